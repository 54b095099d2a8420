//! `Analyzer::analyze` on arbitrary UTF-8 (lossily decoded, so that every input is
//! used), with the analyzer built once.
//!
//! Checked beyond "no panic, no hang" by `rasd::invariants::check_analysis` (shared
//! with tests/fuzz_smoke.rs): spans inside the text, on char boundaries, in order and
//! disjoint; entity mention ids and counts consistent.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rasd::invariants::check_analysis;
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
        check_analysis(&analyzer.analyze(&article));
    }
);
