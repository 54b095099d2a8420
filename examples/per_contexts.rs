//! Every person mention of the files given, one per line, with the words around it, as
//! TSV: article, source (gazetteer/rule/tagger), the name as written, the context
//! (60 characters either side, the name in [brackets]). For reading the persons of a
//! SaudiNewsNet week by hand (docs/MEASUREMENTS.md, "False single-word persons").
//!
//! `cargo run --release --example per_contexts -- SNN/2015-08-0*.json > per.tsv`
use rasd::{Analyzer, EntityType};

fn main() {
    let analyzer = Analyzer::new();
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let articles = rasd::ingest::ingest(&path, &bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        for d in analyzer.analyze_all(articles, 1) {
            let t = &d.text;
            for m in d.mentions.iter().filter(|m| m.entity_type == EntityType::PER) {
                let before: String =
                    t[..m.span.start].chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
                let after: String = t[m.span.end..].chars().take(60).collect();
                let clean = |s: &str| s.replace(['\n', '\t'], " ");
                println!(
                    "{}\t{:?}\t{}\t{}[{}]{}",
                    d.name,
                    m.source,
                    m.alias(t),
                    clean(&before),
                    m.surface(t),
                    clean(&after)
                );
            }
        }
    }
}
