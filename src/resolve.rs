//! Mentions of one article -> entities of that article. (Being written.)
