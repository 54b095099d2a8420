use std::fmt;

/// The one error type of the crate. Its message says what was wrong and what to do.
///
/// Besides the English message, an error has a stable `code` and named `params`, so
/// that a user interface in another language can say the same thing in its own words
/// (the page does this in Arabic; the command line prints the message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    code: &'static str,
    params: Vec<(&'static str, String)>,
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
    /// The file's articles are those of a file loaded already (the same text, whatever
    /// the encoding or the name).
    Duplicate,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), code: "other", params: Vec::new() }
    }

    /// The same error with a stable code (see [`Error::code`]).
    pub(crate) fn with_code(mut self, code: &'static str) -> Error {
        self.code = code;
        self
    }

    /// The same error with one more named parameter of its message.
    pub(crate) fn with_param(mut self, name: &'static str, value: impl Into<String>) -> Error {
        self.params.push((name, value.into()));
        self
    }

    /// `file` holds the same articles as `earlier`, loaded already.
    pub(crate) fn duplicate(file: &str, earlier: &str) -> Error {
        Error::new(
            ErrorKind::Duplicate,
            format!(
                "{file}: the same articles as {earlier}, loaded already (another encoding or name of the same \
                 text); not added again, so that they do not count twice"
            ),
        )
        .with_code("duplicate_text")
        .with_param("file", file)
        .with_param("earlier", earlier)
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    /// What went wrong, as a stable identifier: `too_large`, `empty`, `binary`,
    /// `binary_data`, `rtf`, `xml`, `no_text`, `no_text_html`, `no_text_json`,
    /// `json_malformed`, `json_no_articles`, `duplicate_text`, or `other` (read the message).
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The values the message names, by name (`file` is always there for files;
    /// `what` and `advice` for `binary`; `size_mib` and `max_mib` for `too_large`;
    /// `line`, `column` and `reason` for `json_malformed`; `earlier`, the file loaded
    /// already, for `duplicate_text`).
    pub fn params(&self) -> &[(&'static str, String)] {
        &self.params
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
