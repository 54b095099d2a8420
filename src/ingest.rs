//! Bytes of a file -> clean article text.
//!
//! People drop whatever they have: a `.txt` saved from a browser, a whole web page, a
//! Markdown note, a JSON export of a news corpus, and sometimes a photo or a Word
//! document by mistake. [`ingest`] takes the bytes and the file name and returns the
//! articles in them, or an error that names the file, says what it is and what to do.
//!
//! The steps, in order (each in its own submodule, named in brackets):
//!
//! 1. refuse what cannot be an article: too large, empty, or a known binary format
//!    recognised by its magic bytes — PNG, PDF, ZIP/docx, executables… (`sniff`);
//! 2. detect the encoding: a BOM, UTF-16 by its zero bytes, UTF-8 allowing a little
//!    damage, else windows-1256; an HTML `<meta charset>` breaks ties (`decode`,
//!    with the single-byte tables in `single_byte`);
//! 3. read the format, chosen by extension and confirmed by content: plain text,
//!    Markdown (`markdown`), HTML (`html`) or JSON articles (`json`);
//! 4. clean the text: `\r\n` -> `\n`, control characters out, chrome lines such as
//!    comment forms and share bars out (`boilerplate`). Letters, diacritics and
//!    punctuation are never touched: later stages need the text as written.
//!
//! Every step is linear in the input and nothing here panics on any input: the only
//! `expect`s are on constant patterns, checked by the tests.

mod boilerplate;
mod decode;
mod html;
mod json;
mod markdown;
mod single_byte;
mod sniff;

use std::borrow::Cow;

use serde::Serialize;

use crate::error::{Error, ErrorKind};

/// Files larger than this are refused: the browser would hold several copies of the
/// text at once, and no single news file is this large.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The extensions a file picker should offer (`<input accept>`). Files with other
/// names are still read when their content is text.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "json", "jsonl"];

/// A first line longer than this is a paragraph, not a headline.
const MAX_TITLE_CHARS: usize = 200;

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

/// How a file's content is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
    /// Starts like JSON but has another extension: JSON if it parses as articles.
    MaybeJson,
}

/// Reads one file into its articles (one for text, HTML and Markdown; one per element
/// for a JSON array).
pub fn ingest(file_name: &str, bytes: &[u8]) -> Result<Vec<Article>, Error> {
    let shown = if file_name.trim().is_empty() { "the file" } else { file_name };
    if bytes.len() > MAX_FILE_BYTES {
        let (size, max) = (bytes.len().div_ceil(1024 * 1024), MAX_FILE_BYTES / (1024 * 1024));
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!("{shown}: the file is {size} MiB, more than the {max} MiB Rasd reads at once; split it into smaller files"),
        )
        .with_code("too_large")
        .with_param("file", file_name)
        .with_param("size_mib", size.to_string())
        .with_param("max_mib", max.to_string()));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(empty_file(shown, file_name));
    }
    if let Some(kind) = sniff::known_binary(file_name, bytes) {
        return Err(binary(shown, file_name, kind));
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(Error::new(
            ErrorKind::Unsupported,
            format!("{shown}: this is an RTF document, which Rasd does not read; save it as .txt or .html and drop that file"),
        )
        .with_code("rtf")
        .with_param("file", file_name));
    }
    let extension = sniff::extension(file_name);
    let declared = match extension.as_str() {
        "txt" | "text" | "md" | "markdown" | "json" | "jsonl" | "ndjson" => None,
        _ => decode::html_declared_encoding(bytes),
    };
    let decoded = decode::decode(bytes, declared).map_err(|decode::NotText| match sniff::weak_binary(bytes) {
        Some(kind) => binary(shown, file_name, kind),
        None => Error::new(
            ErrorKind::Binary,
            format!("{shown}: this file holds binary data, not text; drop .txt, .html, .md or .json files"),
        )
        .with_code("binary_data")
        .with_param("file", file_name),
    })?;
    let text = clean(&decoded.text);
    if text.trim().is_empty() {
        return Err(empty_file(shown, file_name));
    }
    let mut format = choose_format(shown, file_name, &extension, &text)?;
    let articles = match format {
        Format::Json => match json::parse(shown, &text) {
            Ok(records) => json_articles(file_name, records),
            // JSON Lines saved as .json: one object per line is "trailing characters"
            // to a JSON parser. The first error is the one worth reporting.
            Err(error) => json_articles(file_name, json::parse_lines(shown, &text).map_err(|_| error)?),
        },
        Format::JsonLines => json_articles(file_name, json::parse_lines(shown, &text)?),
        // Article JSON without its extension; if it is not article JSON after all, it
        // is read as the text it is.
        Format::MaybeJson => match json::parse(shown, &text) {
            Ok(records) => {
                format = Format::Json;
                json_articles(file_name, records)
            }
            Err(_) => {
                format = Format::Text;
                vec![text_article(file_name, &text)]
            }
        },
        Format::Html => {
            let page = html::extract(&text, html::Whitespace::Collapse);
            let title = page.title.map(|t| clean(&t).trim().to_string()).filter(|t| !t.is_empty());
            vec![Article { name: file_name.to_string(), title, date: page.date, text: finish(&page.text) }]
        }
        Format::Markdown => {
            let note = markdown::strip(&text);
            let body = finish(&note.text);
            let title =
                note.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).or_else(|| first_line_title(&body));
            vec![Article { name: file_name.to_string(), title, date: note.date, text: body }]
        }
        Format::Text => vec![text_article(file_name, &text)],
    };
    if articles.iter().all(|a| a.text.trim().is_empty()) {
        let (code, what) = match format {
            Format::Json | Format::JsonLines | Format::MaybeJson => {
                ("no_text_json", "none of its articles has a title or content")
            }
            Format::Html => ("no_text_html", "the page has no visible text"),
            Format::Markdown | Format::Text => {
                ("no_text", "it holds only page furniture (share buttons, comment forms), no article text")
            }
        };
        return Err(Error::new(ErrorKind::Empty, format!("{shown}: {what}; choose a file with article text"))
            .with_code(code)
            .with_param("file", file_name));
    }
    Ok(articles)
}

/// One article per JSON element with text, named `FILE#INDEX` (the element's index
/// in the file, so that skipped empty elements leave gaps a user can trace).
fn json_articles(file_name: &str, records: Vec<json::Record>) -> Vec<Article> {
    let mut articles = Vec::with_capacity(records.len());
    for record in records {
        let text = finish(&record.text);
        if text.is_empty() {
            continue;
        }
        let title = record.title.map(|t| clean(&t).trim().to_string()).filter(|t| !t.is_empty());
        let name = match record.index {
            Some(index) => format!("{file_name}#{index}"),
            None => file_name.to_string(),
        };
        articles.push(Article { name, title, date: record.date, text });
    }
    articles
}

fn text_article(file_name: &str, text: &str) -> Article {
    let body = finish(text);
    let title = first_line_title(&body);
    Article { name: file_name.to_string(), title, date: None, text: body }
}

fn empty_file(shown: &str, file_name: &str) -> Error {
    Error::new(ErrorKind::Empty, format!("{shown}: the file is empty; choose a file with article text"))
        .with_code("empty")
        .with_param("file", file_name)
}

fn binary(shown: &str, file_name: &str, kind: sniff::BinaryKind) -> Error {
    Error::new(ErrorKind::Binary, format!("{shown}: this is {}, not an article; {}", kind.what, kind.advice))
        .with_code("binary")
        .with_param("file", file_name)
        .with_param("what", kind.what)
        .with_param("advice", kind.advice_code())
}

/// Picks the reader from the extension, letting the content overrule it where a
/// mislabelled file is common (a web page saved as .txt, JSON without extension).
fn choose_format(shown: &str, file_name: &str, extension: &str, text: &str) -> Result<Format, Error> {
    let start = text.trim_start();
    let head = start.get(..start.len().min(1024)).unwrap_or(start).to_ascii_lowercase();
    let looks_html = head.starts_with("<!doctype html") || head.starts_with("<html") || {
        // XHTML and pages saved with a leading comment or XML declaration.
        (head.starts_with("<?xml") || head.starts_with("<!--")) && head.contains("<html")
    };
    let looks_json = start.starts_with('[') || start.starts_with('{');
    Ok(match extension {
        "html" | "htm" | "xhtml" | "xht" | "shtml" | "mhtml" => Format::Html,
        "md" | "markdown" | "mdown" | "mkd" | "mkdn" | "mdx" => Format::Markdown,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        "xml" | "rss" | "atom" if !looks_html => {
            return Err(Error::new(
                ErrorKind::Unsupported,
                format!("{shown}: this is an XML file (a feed or data export), which Rasd does not read; save the articles as .txt, .html, .md or .json"),
            )
            .with_code("xml")
            .with_param("file", file_name))
        }
        _ if looks_html => Format::Html,
        _ if looks_json => Format::MaybeJson,
        _ => Format::Text,
    })
}

/// The per-article cleaning after a format's reader: control characters, chrome
/// lines, surrounding white space.
fn finish(text: &str) -> String {
    let text = clean(text);
    let kept = boilerplate::remove_boilerplate(text.trim());
    // Copied again only when there is white space to trim (the text kept seldom has).
    if kept.trim().len() == kept.len() {
        kept
    } else {
        kept.trim().to_string()
    }
}

/// Bytes that start a character [`clean`] may change (see there).
const MAY_CHANGE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    t[0x7f] = true;
    t[0xc2] = true;
    t[0xe2] = true;
    t[0xef] = true;
    t
};

/// Whether any of sixteen bytes is below a space or is 7F, C2, E2 or EF: every
/// [`MAY_CHANGE`] byte, and tab and line feed too. A no means none may change; a yes
/// sends [`clean`] through those bytes one by one.
#[inline]
fn block_may_change(v: u128) -> bool {
    const ONES: u128 = u128::MAX / 0xff;
    const HIGH: u128 = ONES * 0x80;
    // Non-zero when some byte is zero (exact as a yes/no answer, whatever borrows do to
    // the bytes above); the five answers are or-ed before the one branch.
    let zero = |x: u128| x.wrapping_sub(ONES) & !x;
    let below_space = v.wrapping_sub(ONES * 0x20) & !v;
    (below_space
        | zero(v ^ (ONES * 0x7f))
        | zero(v ^ (ONES * 0xc2))
        | zero(v ^ (ONES * 0xe2))
        | zero(v ^ (ONES * 0xef)))
        & HIGH
        != 0
}

/// Line endings to `\n`; C0 and C1 control characters other than tab and line feed
/// removed (they are invisible, break display, and come from bad copies); vertical
/// tab, form feed and the Unicode line and paragraph separators become line breaks.
/// Everything else stays exactly as written, diacritics and tatweel included.
///
/// The text itself comes back (borrowed) when nothing in it changes, as in most files:
/// no copy is made then.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // Room is taken at the first change.
    let mut out = String::new();
    // Text up to `kept` is in `out`; runs of characters kept as they are are copied
    // whole. Only characters that start with a `MAY_CHANGE` byte can change:
    // C0 controls and DEL (ASCII), C1 controls (C2 80–9F), U+2028/2029 (E2 80 A8/A9),
    // U+FEFF (EF BB BF); each such byte starts a character.
    let mut kept = 0;
    let mut i = 0;
    // Bytes before this are read one by one (a block of sixteen that may change).
    let mut one_by_one_until = 0;
    while i < bytes.len() {
        // Sixteen bytes at a time while none of them may change (most of any text).
        if i >= one_by_one_until {
            match bytes[i..].first_chunk::<16>() {
                Some(block) if !block_may_change(u128::from_le_bytes(*block)) => {
                    i += 16;
                    continue;
                }
                Some(_) => one_by_one_until = i + 16,
                None => one_by_one_until = bytes.len(),
            }
        }
        let b = bytes[i];
        if !MAY_CHANGE[usize::from(b)] {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let width = c.len_utf8();
        let replacement = match c {
            '\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    // \r\n: the \n is dropped with the \r.
                    out.reserve(text.len());
                    out.push_str(&text[kept..i]);
                    out.push('\n');
                    i += 2;
                    kept = i;
                    continue;
                }
                "\n"
            }
            '\u{0b}' | '\u{0c}' | '\u{2028}' => "\n",
            '\u{2029}' => "\n\n",
            // A BOM that survived inside the text (files concatenated) is invisible.
            '\u{feff}' => "",
            c if c.is_control() => "",
            _ => {
                i += width;
                continue;
            }
        };
        out.reserve(text.len());
        out.push_str(&text[kept..i]);
        out.push_str(replacement);
        i += width;
        kept = i;
    }
    // Every change moves `kept` past the character changed.
    if kept == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[kept..]);
    Cow::Owned(out)
}

/// The first line of a plain text, when it reads as a headline: short, not ending a
/// sentence or introducing one, and followed by more text.
fn first_line_title(text: &str) -> Option<String> {
    let mut lines = text.split('\n').map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    lines.next()?;
    let ends_sentence = first.ends_with(['.', '۔', '…', ':', '：', '،', ',', ';', '؛']);
    (first.chars().count() <= MAX_TITLE_CHARS && !ends_sentence).then(|| first.to_string())
}

/// The opening words of an article with no title, to list it by: the first line's
/// first `max_chars` characters at most, cut at a word boundary ("…" is the reader's
/// to add). Empty for an empty text.
pub fn opening_words(text: &str, max_chars: usize) -> &str {
    let line = text.split('\n').map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let Some((cut, _)) = line.char_indices().nth(max_chars) else { return line };
    let head = &line[..cut];
    // At a space when there is one in the second half, else in the middle of a word.
    match head.rfind(char::is_whitespace) {
        Some(space) if space >= cut / 2 => head[..space].trim_end(),
        _ => head,
    }
}

/// An ISO date `YYYY-MM-DD` from the start of `value` ("2015-07-23 19:28:17",
/// "2023-01-05T10:00:00+03:00", "2015/7/3"). Arabic-Indic digits are accepted.
pub(crate) fn normalize_date(value: &str) -> Option<String> {
    let digits: String = value
        .trim()
        .chars()
        .take(32)
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            c => c,
        })
        .collect();
    let mut parts = digits.splitn(3, ['-', '/', '.']);
    let year = parts.next()?;
    let month = parts.next()?;
    let rest = parts.next()?;
    let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after_day = rest.get(day.len()..).unwrap_or("");
    if year.len() != 4 || !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len()) {
        return None;
    }
    if !after_day.is_empty() && !after_day.starts_with(['T', 't', ' ', 'Z', '+']) {
        return None;
    }
    let (year, month, day): (u32, u32, u32) = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    let valid = (1800..=2200).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests;
