//! `ingest(file_name, bytes)` on anything: the first byte of the input picks the file
//! name (and so the reader: extension first, content second), the rest is the file.
//!
//! Checked beyond "no panic, no hang" by `rasd::invariants::check_ingest` (shared
//! with tests/fuzz_smoke.rs): an `Ok` holds at least one article, every article is
//! named after the file, and its text is already clean.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rasd::invariants::{check_ingest, named_file};

fuzz_target!(|data: &[u8]| {
    if let Some((name, bytes)) = named_file(data) {
        check_ingest(name, bytes);
    }
});
