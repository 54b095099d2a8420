//! A short, deterministic stand-in for the fuzzers that runs in every `cargo test`
//! (and so in CI): mutated copies of real files go through ingest and the analyzer,
//! checked by the same `rasd::invariants` the cargo-fuzz targets use (fuzz/, and
//! docs/FUZZING.md for the long runs). A libFuzzer build needs cargo-fuzz and an
//! instrumented rebuild of every crate, several minutes before the first input; this
//! needs none, but it is blind: it does not learn which inputs reach new code.
//!
//! `RASD_SMOKE_ROUNDS=N` runs more rounds (the default is sized for a debug build).

use std::fs;
use std::path::Path;

use rasd::invariants::{check_analysis, check_ingest, named_file, FILE_NAMES};
use rasd::Analyzer;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Byte strings the readers and the analyzer branch on.
const INTERESTING: &[&[u8]] = &[
    b"\0",
    b"\xff",
    b"\xfe\xff",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\r",
    b"\r\n",
    b"<",
    b">",
    b"</",
    b"<script>",
    b"<!--",
    b"-->",
    b"&amp;",
    b"&#x",
    b"\"",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"\\u0627",
    b"---\n",
    b"# ",
    "\u{202b}".as_bytes(),
    "\u{200f}".as_bytes(),
    "🇮🇷".as_bytes(),
    "ـ".as_bytes(),
    "و".as_bytes(),
    "ال".as_bytes(),
    "اللواء ".as_bytes(),
    "وزير الدفاع ".as_bytes(),
    " مليون دولار".as_bytes(),
    "٢٠٢٥".as_bytes(),
    " يناير ".as_bytes(),
    "إيران".as_bytes(),
    b"\xc7\xe1",
    b"\xd8",
    b"\x80",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, others: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        match rng.below(8) {
            0 if len > 0 => {
                let i = rng.below(len);
                input[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                input[i] = rng.next() as u8;
            }
            2 => {
                let i = rng.below(len + 1);
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                input.splice(i..i, piece.iter().copied());
            }
            3 if len > 1 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(64)).min(len);
                input.drain(start..end);
            }
            4 if len > 1 => {
                // Copy a piece of the input elsewhere in it.
                let start = rng.below(len);
                let end = (start + 1 + rng.below(256)).min(len);
                let piece = input[start..end].to_vec();
                let at = rng.below(input.len() + 1);
                input.splice(at..at, piece);
            }
            5 => {
                // Splice in a piece of another file.
                let other = &others[rng.below(others.len())];
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + 1 + rng.below(512)).min(other.len());
                    let at = rng.below(len + 1);
                    input.splice(at..at, other[start..end].iter().copied());
                }
            }
            6 if len > 0 => input.truncate(rng.below(len)),
            _ => {
                let i = rng.below(len + 1);
                let run = vec![rng.next() as u8; 1 + rng.below(32)];
                input.splice(i..i, run);
            }
        }
    }
    input.truncate(16 * 1024);
}

/// The starting files: the fixtures of tests/testdata/ingest, the hand-annotated
/// articles of data/dev and the page's five seeds, each behind a selector byte that
/// picks the file name its extension suggests; plus made-up hostile shapes.
fn starting_inputs() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let selector = |name: &str| {
        let ext = name.rsplit('.').next().unwrap_or("");
        let want = match ext {
            "html" => "a.html",
            "md" => "a.md",
            "json" => "a.json",
            _ => "a.txt",
        };
        FILE_NAMES.iter().position(|n| *n == want).unwrap() as u8
    };
    let mut inputs = Vec::new();
    for dir in ["tests/testdata/ingest", "data/dev/tune", "data/dev/devtest", "www/corpus"] {
        let mut entries: Vec<_> = fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".expected.json") || name == "index.json" || name == "README.md" {
                continue;
            }
            let mut bytes = vec![selector(&name)];
            bytes.extend(fs::read(&path).unwrap());
            inputs.push(bytes);
        }
    }
    let html = "<html><body onload=\"x()\"><script>alert('طهران')</script><p onclick=\"y()\">زار \
                <b>وزير الخارجية</b> الرياض</p><a href=\"javascript:z()\">اضغط</a></body>";
    inputs.push([&[1u8][..], html.as_bytes()].concat());
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("زار اللواء محمد باقري دوشنبه.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    inputs.push([&[5u8][..], &utf16[..]].concat());
    inputs
}

#[test]
fn mutated_files_keep_ingest_and_analysis_invariants() {
    let rounds: usize = std::env::var("RASD_SMOKE_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(1500);
    let inputs = starting_inputs();
    assert!(inputs.len() >= 20, "expected the fixtures, the dev articles and the seeds, found {}", inputs.len());
    let analyzer = Analyzer::new();
    let mut rng = Rng(0x005e_ed0f_7a5d);
    let (mut accepted, mut analysed) = (0, 0);
    for round in 0..rounds {
        let mut input = inputs[round % inputs.len()].clone();
        mutate(&mut rng, &mut input, &inputs);
        let Some((name, bytes)) = named_file(&input) else { continue };
        let articles = check_ingest(name, bytes);
        accepted += usize::from(!articles.is_empty());
        // Analysis costs far more than ingest in a debug build: every fifth round,
        // on the first article, cut to 4 KB (on a char boundary).
        if round % 5 == 0 {
            if let Some(mut article) = articles.into_iter().next() {
                let mut cut = article.text.len().min(4096);
                while !article.text.is_char_boundary(cut) {
                    cut -= 1;
                }
                article.text.truncate(cut);
                check_analysis(&analyzer.analyze(&article));
                analysed += 1;
            }
        }
    }
    eprintln!("{rounds} mutated files: {accepted} read, {analysed} analysed");
    // The mutations must leave most files readable, or the analyzer is never reached.
    assert!(accepted * 2 > rounds, "only {accepted} of {rounds} mutated files were read");
    assert!(analysed * 10 > rounds, "only {analysed} analyses in {rounds} rounds");
}
