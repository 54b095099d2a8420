//! Entities of all articles -> corpus tables. (Being written.)
