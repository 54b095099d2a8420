//! Bytes of a file -> clean article text.
//!
//! (Being written: encodings, HTML, JSON arrays, boilerplate. This first version
//! reads UTF-8 text only.)

use serde::Serialize;

use crate::error::{Error, ErrorKind};

/// One article ready for analysis.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Article {
    /// The file name as given, or `FILE#INDEX` for an element of a JSON array.
    pub name: String,
    /// The headline, when the file says which line it is.
    pub title: Option<String>,
    /// The article's date (ISO 8601, `YYYY-MM-DD`) when the file gives one.
    pub date: Option<String>,
    /// The clean text: what the analyzer reads and what the page shows.
    pub text: String,
}

/// Reads one file into its articles (one for text, HTML and Markdown; one per element
/// for a JSON array).
pub fn ingest(file_name: &str, bytes: &[u8]) -> Result<Vec<Article>, Error> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        Error::new(ErrorKind::Malformed, format!("{file_name}: not UTF-8 text"))
    })?;
    if text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, format!("{file_name}: the file is empty; choose a file with article text")));
    }
    Ok(vec![Article { name: file_name.to_string(), title: None, date: None, text: text.to_string() }])
}
