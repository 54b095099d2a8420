//! Tags pre-tokenized text (the `rasd tag` format on stdin) with the *document*
//! pipeline that `rasd analyze` runs — gazetteer, rules and tagger merged as for an
//! article — so its names can be scored against ANERcorp with conll_score.py.
//! `--no-tagger` leaves the tagger out (gazetteer and rules alone).
//!
//! cargo run --release --example analyze_bio [-- --no-tagger] < tokens > tags

use std::io::{Read, Write};

use rasd::{Analyzer, EntityType, Span};

fn main() {
    let no_tagger = std::env::args().any(|a| a == "--no-tagger");
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        eprintln!("analyze_bio: stdin is not UTF-8 text");
        std::process::exit(1);
    }
    let mut analyzer = Analyzer::new();
    if no_tagger {
        analyzer = analyzer.without_tagger();
    }
    let lines: Vec<&str> = input.lines().collect();
    let mut text = String::new();
    let mut spans: Vec<Option<Span>> = Vec::new();
    for l in &lines {
        if l.is_empty() {
            text.push('\n');
            spans.push(None);
        } else {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push(' ');
            }
            let s = text.len();
            text.push_str(l);
            spans.push(Some(Span::new(s, text.len())));
        }
    }
    let mut tags = vec!["O".to_string(); lines.len()];
    for m in analyzer.recognize(&text) {
        let ty = match m.entity_type {
            EntityType::PER => "PERS",
            EntityType::LOC => "LOC",
            EntityType::ORG => "ORG",
            EntityType::MISC => "MISC",
            _ => continue,
        };
        if m.adjective {
            continue;
        }
        let mut first = true;
        for (i, sp) in spans.iter().enumerate() {
            if let Some(sp) = sp {
                if sp.overlaps(m.span) {
                    tags[i] = format!("{}-{ty}", if first { "B" } else { "I" });
                    first = false;
                }
            }
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (l, t) in lines.iter().zip(&tags) {
        let _ = if l.is_empty() { writeln!(out) } else { writeln!(out, "{l} {t}") };
    }
}
