//! Gathers the data people edit (`data/`) into `OUT_DIR` so the crate can embed it
//! with `include_str!`: every `data/gazetteer/*.tsv` is concatenated (in name order,
//! so builds are reproducible) and each single-file list is copied, or written empty
//! when absent, so a missing list never breaks the build.

use std::fs;
use std::path::Path;

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
    fs::write(out.join("gazetteer.tsv"), gazetteer).expect("write OUT_DIR");

    for name in ["demonyms.tsv", "titles.tsv", "names/given.tsv", "names/parts.tsv", "variants.tsv", "not_names.tsv", "context_names.tsv"] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src).unwrap_or_default();
        fs::write(out.join(name.replace('/', "_")), text).expect("write OUT_DIR");
    }
}
