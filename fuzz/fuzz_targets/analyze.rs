//! `Analyzer::analyze` on arbitrary UTF-8 (lossily decoded, so that every input is
//! used), with the analyzer built once.
//!
//! Checked beyond "no panic, no hang": every mention's span is non-empty, inside the
//! text and on char boundaries; mentions are in text order and do not overlap; every
//! entity's `mention_ids` point at mentions of the document and its counts add up.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rasd::{Analyzer, Article};

static ANALYZER: OnceLock<Analyzer> = OnceLock::new();

fuzz_target!(
    // Built before the first input, so that its construction (slow in an instrumented
    // build on a loaded machine) never counts against an input's -timeout.
    init: {
        ANALYZER.get_or_init(Analyzer::new);
    },
    |data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let analyzer = ANALYZER.get_or_init(Analyzer::new);
    let article = Article { name: "fuzz.txt".into(), title: None, date: None, text };
    let doc = analyzer.analyze(&article);
    let text = doc.text.as_str();
    let mut previous_end = 0;
    for (i, m) in doc.mentions.iter().enumerate() {
        let s = m.span;
        assert!(s.start < s.end, "mention {i}: empty or reversed span {s:?}");
        assert!(s.end <= text.len(), "mention {i}: span {s:?} past the end ({})", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "mention {i}: {s:?} not on char boundaries");
        assert!(s.start >= previous_end, "mention {i}: {s:?} overlaps or precedes the one before (ends at {previous_end})");
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
);
