//! What must hold of ingest's and the analyzer's output for any input: the checks
//! the fuzz targets (fuzz/fuzz_targets/) and the mutation test that runs in every
//! `cargo test` (tests/fuzz_smoke.rs) share. Each check panics with a message that
//! names what broke; nothing here runs in the page or the command line.

use crate::analyzer::DocumentAnalysis;
use crate::ingest::ingest;

/// The names a user's files have; the first byte of a fuzz input picks one, and so
/// the reader (extension first, content second). "" and " " exercise the "the file"
/// wording of refusals.
pub const FILE_NAMES: &[&str] = &[
    "a.txt",
    "a.html",
    "a.htm",
    "a.md",
    "a.json",
    "noext",
    "a.png",
    "a.jsonl",
    "a.xml",
    "a.docx",
    "",
    " ",
    "dir.d/file",
    "مقال.TXT",
    "a.markdown",
    "a.ndjson",
];

/// Splits a fuzz input into a file name (picked by its first byte) and the file's
/// bytes; `None` for an empty input.
pub fn named_file(data: &[u8]) -> Option<(&'static str, &[u8])> {
    let (&selector, bytes) = data.split_first()?;
    Some((FILE_NAMES[usize::from(selector) % FILE_NAMES.len()], bytes))
}

/// Ingests `bytes` as the file `name` and checks the result: a refusal is fine; an
/// `Ok` holds at least one article with text, every article is named after the file,
/// and its text is already clean (trimmed, no `\r`, no control character but tab
/// and line feed) — the analyzer and the page rely on that. Returns the articles.
pub fn check_ingest(name: &str, bytes: &[u8]) -> Vec<crate::Article> {
    let Ok(articles) = ingest(name, bytes) else { return Vec::new() };
    assert!(!articles.is_empty(), "{name:?}: Ok with no article");
    assert!(articles.iter().any(|a| !a.text.trim().is_empty()), "{name:?}: Ok with only empty articles");
    for a in &articles {
        assert!(a.name.starts_with(name), "article {:?} not named after {name:?}", a.name);
        assert_eq!(a.text, a.text.trim(), "{name:?}: untrimmed text");
        assert!(
            !a.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{name:?}: control character left in {:?}",
            a.text
        );
    }
    articles
}

/// Checks one article's analysis: every mention's span is non-empty, inside the
/// text and on char boundaries; mentions are in text order and do not overlap;
/// every entity's `mention_ids` point at mentions of the document and its counts
/// add up.
pub fn check_analysis(doc: &DocumentAnalysis) {
    let text = doc.text.as_str();
    let mut previous_end = 0;
    for (i, m) in doc.mentions.iter().enumerate() {
        let s = m.span;
        assert!(s.start < s.end, "mention {i}: empty or reversed span {s:?}");
        assert!(s.end <= text.len(), "mention {i}: span {s:?} past the end ({})", text.len());
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "mention {i}: {s:?} not on char boundaries"
        );
        assert!(
            s.start >= previous_end,
            "mention {i}: {s:?} overlaps or precedes the one before (ends at {previous_end})"
        );
        previous_end = s.end;
        let _ = m.alias(text);
    }
    for e in &doc.entities {
        for &id in &e.mention_ids {
            assert!(id < doc.mentions.len(), "entity {:?}: mention id {id} of {}", e.canonical, doc.mentions.len());
        }
        assert_eq!(e.mentions + e.adjective_mentions, e.mention_ids.len(), "entity {:?}: counts vs ids", e.canonical);
    }
}
