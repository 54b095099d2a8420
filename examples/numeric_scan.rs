//! Runs the date, money and quantity recognizer over article files and prints every
//! mention (type, value, surface, context) and the throughput; for eyeballing false
//! positives on real news.
//!
//! ```text
//! cargo run --release --example numeric_scan -- ../shared/corpus/seeds/*.txt
//! cargo run --release --example numeric_scan -- /tmp/2015-07-21.json 300   # SaudiNewsNet, first 300
//! ```

use std::time::Instant;

use rasd::recognize::numeric::NumericRecognizer;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let limit = match args.last().and_then(|a| a.parse::<usize>().ok()) {
        Some(n) => {
            args.pop();
            n
        }
        None => usize::MAX,
    };
    let quiet = std::env::var_os("QUIET").is_some();
    let mut texts = Vec::new();
    for path in &args {
        let data = match std::fs::read_to_string(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                std::process::exit(1);
            }
        };
        if path.ends_with(".json") {
            let articles: serde_json::Value = serde_json::from_str(&data).unwrap_or_else(|e| {
                eprintln!("{path} is not a JSON array of articles: {e}");
                std::process::exit(1)
            });
            for a in articles.as_array().into_iter().flatten() {
                for key in ["title", "content"] {
                    if let Some(t) = a[key].as_str() {
                        texts.push(t.to_string());
                    }
                }
            }
        } else {
            texts.push(data);
        }
    }
    texts.truncate(limit.saturating_mul(2).min(texts.len()));
    let built = Instant::now();
    let recognizer = NumericRecognizer::new();
    let build_time = built.elapsed();
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    let mut count = 0;
    let mut all = Vec::new();
    for t in &texts {
        let found = recognizer.find(t);
        count += found.len();
        all.push(found);
    }
    let secs = start.elapsed().as_secs_f64();
    // The tokenizer alone, to tell its share from the recognizer's.
    let tok_start = Instant::now();
    let mut tokens = 0;
    for t in &texts {
        tokens += rasd::tokenize::tokenize(t).tokens.len();
    }
    let tok_secs = tok_start.elapsed().as_secs_f64();
    // MISSES=1: words that usually belong to a mention but are outside every span.
    if std::env::var_os("MISSES").is_some() {
        const WORDS: &[&str] = &[
            "دولار",
            "ريال",
            "يورو",
            "جنيه",
            "درهم",
            "دينار",
            "مليون",
            "مليار",
            "كيلومتر",
            "كلم",
            "في المائة",
            "بالمئة",
            "%",
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
            "هـ",
            "عام 1",
            "عام 2",
        ];
        for (t, found) in texts.iter().zip(&all) {
            for w in WORDS {
                for (at, _) in t.match_indices(w) {
                    if found.iter().any(|m| m.span.start <= at && at < m.span.end) {
                        continue;
                    }
                    let lo = t.floor_char_boundary(at.saturating_sub(40));
                    let hi = t.ceil_char_boundary((at + w.len() + 40).min(t.len()));
                    println!("MISS\t{w}\t{}", t[lo..hi].replace('\n', " "));
                }
            }
        }
        return;
    }
    if !quiet {
        for (t, found) in texts.iter().zip(&all) {
            for m in found {
                let lo = t.floor_char_boundary(m.span.start.saturating_sub(40));
                let hi = t.ceil_char_boundary((m.span.end + 40).min(t.len()));
                let ctx = t[lo..hi].replace('\n', " ");
                println!("{}\t{}\t{}\t{}", m.entity_type.as_str(), m.value.as_deref().unwrap_or(""), m.surface(t), ctx);
            }
        }
    }
    eprintln!(
        "{} texts, {:.2} MB, {count} mentions in {:.3} s: {:.1} MB/s (recognizer built in {:.1} ms); \
         tokenizing alone ({tokens} tokens) {:.3} s: {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        build_time.as_secs_f64() * 1e3,
        tok_secs,
        bytes as f64 / 1e6 / tok_secs,
    );
}
