//! The JavaScript boundary. (Being written.)
