//! Criterion benchmarks: each stage, and the whole analysis, on the five seed articles
//! and (when `RASD_BENCH_SNN` names a SaudiNewsNet JSON file) on its first 100 articles.
//!
//! cargo bench --bench pipeline                                  # seeds only
//! RASD_BENCH_SNN=/path/2015-07-23.json cargo bench --bench pipeline
//!
//! `cargo test --all-targets` runs each benchmark once, as a smoke test.
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::recognize::numeric::NumericRecognizer;
use rasd::recognize::tagger::Tagger;
use rasd::tokenize::tokenize;
use rasd::{Analyzer, Article};

/// A file's name and bytes.
type File = (String, Vec<u8>);

/// (label, articles, the file bytes they came from).
fn inputs() -> Vec<(&'static str, Vec<Article>, Vec<File>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seeds");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    let raw: Vec<File> = files.iter().filter_map(|f| Some((f.display().to_string(), std::fs::read(f).ok()?))).collect();
    let seeds: Vec<Article> = raw.iter().flat_map(|(n, b)| ingest(n, b).unwrap_or_default()).collect();
    let mut out = Vec::new();
    if !seeds.is_empty() {
        out.push(("seeds", seeds, raw));
    }
    if let Ok(path) = std::env::var("RASD_BENCH_SNN") {
        let b = std::fs::read(&path).expect("RASD_BENCH_SNN names a readable file");
        // The first 100 elements of the array, as a file of their own.
        let mut all: Vec<serde_json::Value> =
            serde_json::from_slice(&b).expect("RASD_BENCH_SNN is a SaudiNewsNet JSON array");
        all.truncate(100);
        let b = serde_json::to_vec(&all).expect("JSON values serialize");
        let articles = ingest(&path, &b).expect("SaudiNewsNet articles ingest");
        out.push(("snn100", articles, vec![(path, b)]));
    }
    out
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let numeric = NumericRecognizer::new();
    let tagger = Tagger::embedded();
    for (label, articles, raw) in inputs() {
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let mut g = c.benchmark_group(format!("stage/{label}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("ingest", |b| {
            b.iter(|| raw.iter().map(|(n, by)| ingest(n, by).map_or(0, |a| a.len())).sum::<usize>())
        });
        let tokens: Vec<_> = articles.iter().map(|a| tokenize(&a.text)).collect();
        g.bench_function("tokenize", |b| {
            b.iter(|| articles.iter().map(|a| tokenize(&a.text).tokens.len()).sum::<usize>())
        });
        g.bench_function("gazetteer", |b| {
            b.iter(|| tokens.iter().map(|t| analyzer.gazetteer().find(t).len()).sum::<usize>())
        });
        let known: Vec<_> = tokens.iter().map(|t| analyzer.gazetteer().find(t)).collect();
        g.bench_function("rules", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .zip(&tokens)
                    .zip(&known)
                    .map(|((a, t), k)| analyzer.rules().find(&a.text, t, analyzer.gazetteer(), k, None).len())
                    .sum::<usize>()
            })
        });
        g.bench_function("numeric", |b| {
            b.iter(|| {
                articles.iter().zip(&tokens).map(|(a, t)| numeric.find_in_tokens(&a.text, t).len()).sum::<usize>()
            })
        });
        let sentences: Vec<Vec<Vec<&str>>> = articles
            .iter()
            .zip(&tokens)
            .map(|(a, t)| {
                let mut s: Vec<Vec<&str>> = Vec::new();
                for (i, tok) in t.tokens.iter().enumerate() {
                    if i == 0 || t.tokens[i - 1].sentence != tok.sentence {
                        s.push(Vec::new());
                    }
                    if let Some(last) = s.last_mut() {
                        last.push(&a.text[tok.span.start..tok.span.end]);
                    }
                }
                s
            })
            .collect();
        g.bench_function("tagger", |b| {
            b.iter(|| sentences.iter().map(|s| tagger.tag_document(s).len()).sum::<usize>())
        });
        g.bench_function("recognize (all recognizers, merged)", |b| {
            b.iter(|| {
                articles.iter().zip(&tokens).map(|(a, t)| analyzer.recognize_tokens(&a.text, t).len()).sum::<usize>()
            })
        });
        let mentions: Vec<_> =
            articles.iter().zip(&tokens).map(|(a, t)| analyzer.recognize_tokens(&a.text, t)).collect();
        g.bench_function("resolve", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .zip(&mentions)
                    .map(|(a, m)| {
                        rasd::resolve::resolve(&a.text, m, analyzer.gazetteer(), analyzer.rules().lexicon()).len()
                    })
                    .sum::<usize>()
            })
        });
        let entities: Vec<_> = articles
            .iter()
            .zip(&mentions)
            .map(|(a, m)| rasd::resolve::resolve(&a.text, m, analyzer.gazetteer(), analyzer.rules().lexicon()))
            .collect();
        g.bench_function("relate", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .zip(&tokens)
                    .zip(mentions.iter().zip(&entities))
                    .map(|((a, t), (m, e))| {
                        rasd::relate::relate_tokens(&a.text, t, m, e, a.date.as_deref(), analyzer.gazetteer())
                            .events
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        let docs: Vec<_> = articles.iter().map(|a| analyzer.analyze(a)).collect();
        g.bench_function("aggregate + report + JSON", |b| {
            b.iter(|| {
                let mut corpus = Corpus::new();
                for d in &docs {
                    corpus.add(d.clone());
                }
                serde_json::to_vec(&corpus.report()).map_or(0, |v| v.len())
            })
        });
        g.finish();
    }
}

fn end_to_end(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let mut g = c.benchmark_group("end_to_end");
    for (label, _, raw) in inputs() {
        let bytes: usize = raw.iter().map(|(_, b)| b.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        // The file bytes in, the JSON report out: what `rasd analyze` does per file.
        g.bench_with_input(BenchmarkId::new("analyze", label), &raw, |b, raw| {
            b.iter(|| {
                let mut corpus = Corpus::new();
                for (n, by) in raw {
                    for a in ingest(n, by).unwrap_or_default() {
                        corpus.add(analyzer.analyze_owned(a));
                    }
                }
                serde_json::to_vec(&corpus.report()).map_or(0, |v| v.len())
            })
        });
    }
    g.finish();
    c.bench_function("startup/Analyzer::new (model already parsed)", |b| b.iter(Analyzer::new));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    targets = stages, end_to_end
}
criterion_main!(benches);
