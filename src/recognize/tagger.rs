//! The trained sequence tagger. (Being written.)
