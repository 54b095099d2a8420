//! `ingest(file_name, bytes)` on anything: the first byte of the input picks the file
//! name (and so the reader: extension first, content second), the rest is the file.
//!
//! Checked beyond "no panic, no hang": an `Ok` holds at least one article, every
//! article is named after the file, and its text is already clean (no `\r`, no
//! control characters but tab and line feed, trimmed) — the analyzer and the page
//! rely on that.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rasd::ingest::ingest;

/// The names a user's files have; "" and " " exercise the "the file" wording.
const NAMES: &[&str] = &[
    "a.txt", "a.html", "a.htm", "a.md", "a.json", "noext", "a.png", "a.jsonl", "a.xml", "a.docx", "", " ",
    "dir.d/file", "مقال.TXT", "a.markdown", "a.ndjson",
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(selector) % NAMES.len()];
    let Ok(articles) = ingest(name, bytes) else { return };
    assert!(!articles.is_empty(), "Ok with no article");
    assert!(articles.iter().any(|a| !a.text.trim().is_empty()), "Ok with only empty articles");
    for a in &articles {
        assert!(a.name.starts_with(name), "article {:?} not named after {name:?}", a.name);
        assert_eq!(a.text, a.text.trim(), "untrimmed text");
        assert!(
            !a.text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "control character left in {:?}",
            a.text
        );
    }
});
