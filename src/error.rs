use std::fmt;

/// The one error type of the crate. Its message says what was wrong and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// What kind of failure an [`Error`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is empty or holds only white space.
    Empty,
    /// The file is not text (an image, an archive, an executable, random bytes).
    Binary,
    /// The file's type is not one Rasd reads.
    Unsupported,
    /// The file looked like a format Rasd reads but could not be parsed.
    Malformed,
    /// The file or input is larger than Rasd accepts.
    TooLarge,
    /// Reading from disk failed (command line only).
    Io,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into() }
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
