//! Rule-based recognizers. (Being written.)
