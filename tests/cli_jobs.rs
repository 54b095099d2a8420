//! `rasd analyze` gives the same bytes whatever the number of threads, and by default
//! (as many threads as cores).

use std::path::Path;
use std::process::Command;

fn analyze(args: &[&str]) -> Vec<u8> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/dev");
    let (devtest, devtest2, tune) = (dev.join("devtest"), dev.join("devtest2"), dev.join("tune"));
    let out = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .arg("analyze")
        .args(args)
        .args([&seeds, &devtest, &devtest2, &tune])
        .output()
        .expect("run rasd");
    assert!(out.status.success(), "rasd failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn the_output_is_the_same_for_any_number_of_threads() {
    let one = analyze(&["--jobs", "1"]);
    assert!(one.len() > 10_000, "the seeds and data/dev give a real report");
    assert_eq!(analyze(&[]), one, "default --jobs");
    for n in ["2", "3", "7"] {
        assert_eq!(analyze(&["--jobs", n]), one, "--jobs {n}");
    }
    let csv = analyze(&["--format", "csv", "--jobs", "1"]);
    assert_eq!(analyze(&["--format", "csv"]), csv, "default --jobs, CSV");
}
