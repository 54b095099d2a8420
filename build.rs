//! Gathers the data people edit (`data/`) into `OUT_DIR` so the crate can embed it
//! with `include_str!`: every `data/gazetteer/*.tsv` is concatenated (in name order,
//! so builds are reproducible) and each single-file list is copied, or written empty
//! when absent, so a missing list never breaks the build.
//!
//! It also compiles the gazetteer (`src/recognize/gazetteer/compile.rs`, with the
//! tokenizer it uses): its patterns and exact-form tables, so that
//! `Gazetteer::embedded` loads them instead of tokenizing every name at start-up.

use std::fs;
use std::path::Path;

// The crate's own files, so the build compiles the gazetteer with the same code as
// the crate does at run time (`crate::` in them resolves to these modules).
#[allow(dead_code)]
#[path = "src/recognize/gazetteer/compile.rs"]
mod compile;
#[allow(dead_code)]
#[path = "src/entity.rs"]
mod entity;
#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;
#[allow(dead_code)]
#[path = "src/span.rs"]
mod span;
#[allow(dead_code)]
#[path = "src/tokenize.rs"]
mod tokenize;

const SOURCES: [&str; 5] =
    ["src/normalize.rs", "src/span.rs", "src/entity.rs", "src/tokenize.rs", "src/recognize/gazetteer/compile.rs"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=data");

    let mut gazetteer = String::new();
    if let Ok(dir) = fs::read_dir("data/gazetteer") {
        let mut files: Vec<_> = dir
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        files.sort();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            gazetteer.push_str(&format!("# file: {}\n", f.display()));
            gazetteer.push_str(&fs::read_to_string(&f).expect("gazetteer files are UTF-8"));
            gazetteer.push('\n');
        }
    }
    fs::write(out.join("gazetteer.tsv"), &gazetteer).expect("write OUT_DIR");

    for name in [
        "demonyms.tsv",
        "titles.tsv",
        "names/given.tsv",
        "names/parts.tsv",
        "variants.tsv",
        "not_names.tsv",
        "context_names.tsv",
    ] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src).unwrap_or_default();
        fs::write(out.join(name.replace('/', "_")), text).expect("write OUT_DIR");
    }

    for src in SOURCES {
        println!("cargo:rerun-if-changed={src}");
    }
    let entries = compile::parse_entries(&gazetteer, &|_| true);
    let read = |name: &str| fs::read_to_string(out.join(name)).expect("written above");
    let c = compile::compile(&entries, &read("demonyms.tsv"), &read("not_names.tsv"));
    fs::write(out.join("gazetteer_patterns.bin"), compile::write_patterns(&c.patterns)).expect("write OUT_DIR");
    let (names, adjectives) = compile::derived_tables(c.forms.iter().map(String::as_str), &c.patterns);
    fs::write(out.join("gazetteer_forms.tsv"), compile::write_table(&compile::missing(&c.by_form, &names)))
        .expect("write OUT_DIR");
    fs::write(out.join("gazetteer_demonyms.tsv"), compile::write_table(&compile::missing(&c.demonyms, &adjectives)))
        .expect("write OUT_DIR");
    fs::write(out.join("gazetteer_patterns.txt"), compile::write_forms(&c.forms)).expect("write OUT_DIR");
}
