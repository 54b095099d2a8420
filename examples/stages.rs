//! Where the time goes, stage by stage, on real files (native, one thread).
//!
//! cargo run --release --example stages -- /work/snn/*.json
//!
//! Each stage is timed on its own over every article (the recognizers are run the
//! way `Analyzer::recognize` runs them, then `recognize` as a whole, which also merges
//! them), then resolve, relate, the corpus tables and the JSON as `rasd analyze` does.
use std::time::{Duration, Instant};

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::recognize::tagger::{Tag, Tagger};
use rasd::{Analyzer, EntityType};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: stages FILE...");
        std::process::exit(2);
    }
    let bytes: Vec<(String, Vec<u8>)> =
        files.iter().map(|f| (f.clone(), std::fs::read(f).expect("readable file"))).collect();
    let total_bytes: usize = bytes.iter().map(|(_, b)| b.len()).sum();

    let t = Instant::now();
    let analyzer = Analyzer::new();
    let t_new = t.elapsed();
    let g = analyzer.gazetteer();
    let rules = analyzer.rules();
    let numeric = rasd::recognize::numeric::NumericRecognizer::new();
    let tagger = Tagger::embedded();

    let mut d = [Duration::ZERO; 13];
    let names = [
        "ingest",
        "tokenize",
        "gazetteer",
        "tagger",
        "rules",
        "numeric",
        "recognize (all)",
        "resolve",
        "relate",
        "aggregate",
        "report",
        "JSON",
        "",
    ];
    let mut articles = Vec::new();
    let t = Instant::now();
    for (name, b) in &bytes {
        articles.extend(ingest(name, b).expect("ingestible"));
    }
    d[0] = t.elapsed();
    let mut n_tokens = 0usize;
    let mut corpus = Corpus::new();
    for a in &articles {
        let text = a.text.as_str();
        let t = Instant::now();
        let tokens = rasd::tokenize::tokenize(text);
        d[1] += t.elapsed();
        n_tokens += tokens.tokens.len();
        let t = Instant::now();
        let known = g.find(&tokens);
        d[2] += t.elapsed();
        let t = Instant::now();
        let mut sentences: Vec<Vec<&str>> = Vec::new();
        for (i, tok) in tokens.tokens.iter().enumerate() {
            if i == 0 || tokens.tokens[i - 1].sentence != tok.sentence {
                sentences.push(Vec::new());
            }
            sentences.last_mut().unwrap().push(&text[tok.span.start..tok.span.end]);
        }
        let tags = tagger.tag_document(&sentences);
        let person: Vec<bool> =
            tags.iter().flatten().map(|t| matches!(t, Tag::B(EntityType::PER) | Tag::I(EntityType::PER))).collect();
        d[3] += t.elapsed();
        let t = Instant::now();
        let _ = rules.find(text, &tokens, g, &known, Some(&person));
        d[4] += t.elapsed();
        let t = Instant::now();
        let _ = numeric.find_in_tokens(text, &tokens);
        d[5] += t.elapsed();
        let t = Instant::now();
        let mentions = analyzer.recognize(text);
        d[6] += t.elapsed();
        let t = Instant::now();
        let entities = rasd::resolve::resolve(text, &mentions, g, rules.lexicon());
        d[7] += t.elapsed();
        let t = Instant::now();
        let _ = rasd::relate::relate_tokens(text, &tokens, &mentions, &entities, a.date.as_deref(), g);
        d[8] += t.elapsed();
        let doc = analyzer.analyze(a);
        let t = Instant::now();
        corpus.add(doc);
        d[9] += t.elapsed();
    }
    let t = Instant::now();
    let report = corpus.report();
    d[10] = t.elapsed();
    let t = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::sink());
    rasd::aggregate::write_json_pretty(&mut out, &report).expect("serializable");
    d[11] = t.elapsed();
    drop(report);

    let parts: Duration = d[1..6].iter().sum();
    println!(
        "{} files, {:.1} MB, {} articles, {} tokens; Analyzer::new {:?}",
        files.len(),
        total_bytes as f64 / 1e6,
        articles.len(),
        n_tokens,
        t_new
    );
    let pipeline: Duration = d[0] + d[6] + d[7] + d[8] + d[9] + d[10] + d[11];
    for (i, name) in names.iter().enumerate().take(12) {
        let note =
            if i == 6 { format!("  (the five above sum to {:.3} s)", parts.as_secs_f64()) } else { String::new() };
        let share = d[i].as_secs_f64() / pipeline.as_secs_f64();
        println!("{name:>16} {:>9.3} s {:>5.1} %{note}", d[i].as_secs_f64(), 100.0 * share);
    }
    println!(
        "{:>16} {:>9.3} s (ingest + recognize + resolve + relate + aggregate + report + JSON)",
        "pipeline",
        pipeline.as_secs_f64()
    );
}
