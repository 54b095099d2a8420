//! Where two tagger models disagree: tags the articles given with both model files
//! (document pass on) and prints each token whose label differs, with its context.
//! With `EXPLAIN=1`, also the margin of the changed label over O in each model and
//! what each feature group adds to it (the margin with all groups minus the margin
//! with that group off, same weights; shares of 0.5 or more).
//!
//! `cargo run --release --example tagdiff -- OLD.bin NEW.bin data/dev/*/*.txt`
use rasd::recognize::tagger::{flags, train, Tagger};
fn main() {
    let a: Vec<String> = std::env::args().skip(1).collect();
    if a.len() < 3 {
        eprintln!("usage: tagdiff OLD.bin NEW.bin FILE...");
        std::process::exit(2);
    }
    let load = |p: &str| {
        let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("cannot read {p}: {e}"));
        Tagger::from_bytes(&bytes).unwrap_or_else(|e| panic!("{p}: {e}"))
    };
    let (ma, mb) = (load(&a[0]), load(&a[1]));
    const L: [&str; 9] = ["O", "B-PER", "B-LOC", "B-ORG", "B-MISC", "I-PER", "I-LOC", "I-ORG", "I-MISC"];
    for f in &a[2..] {
        let Ok(text) = std::fs::read_to_string(f) else {
            eprintln!("cannot read {f}");
            continue;
        };
        let toks = rasd::tokenize::tokenize(&text);
        let mut sents: Vec<Vec<&str>> = Vec::new();
        for (i, t) in toks.tokens.iter().enumerate() {
            if i == 0 || toks.tokens[i - 1].sentence != t.sentence {
                sents.push(Vec::new());
            }
            sents.last_mut().expect("pushed above").push(&text[t.span.start..t.span.end]);
        }
        let la = ma.label_document_with(&sents, true);
        let lb = mb.label_document_with(&sents, true);
        for ((s, x), y) in sents.iter().zip(&la).zip(&lb) {
            for i in 0..s.len() {
                if x[i] != y[i] {
                    let lo = i.saturating_sub(4);
                    let hi = (i + 5).min(s.len());
                    println!("{f}: {} | {} -> {} | {}", s[i], L[x[i] as usize], L[y[i] as usize], s[lo..hi].join(" "));
                    if std::env::var("EXPLAIN").is_ok() {
                        let lab = if y[i] != 0 { y[i] } else { x[i] } as usize;
                        for (name, m) in [("A", &ma), ("B", &mb)] {
                            let full = train::emissions_with_flags(m, s, m.flags());
                            let margin = |e: &[[f32; 9]]| e[i][lab] - e[i][0];
                            let mut parts = vec![format!("{name} {}-O {:+.2}", L[lab], margin(&full))];
                            for (g, b) in flags::NAMES {
                                if m.flags() & b != 0 && b != flags::DOC {
                                    let e = train::emissions_with_flags(m, s, m.flags() & !b);
                                    let d = margin(&full) - margin(&e);
                                    if d.abs() >= 0.5 {
                                        parts.push(format!("{g} {d:+.1}"));
                                    }
                                }
                            }
                            println!("    {}", parts.join(", "));
                        }
                    }
                }
            }
        }
    }
}
