//! The embedded tagger model: it loads, it keeps its stated accuracy on the dev split
//! (the last 10% of ANERcorp train.txt; see reports/tagger.md), and `tag_conll` keeps
//! the `rasd tag` format whatever the input.

use rasd::entity::EntityType;
use rasd::recognize::tagger::train::{doc_consistency, predict, read_conll, score, train, DocPolicy, TrainConfig};
use rasd::recognize::tagger::{Lexicon, Tag, Tagger};

/// The shipped model is trained on all of train.txt, dev split included: this only
/// guards against a broken or stale embedded model (it measures far higher).
const MIN_SHIPPED_DEV_F1: f64 = 0.85;

/// Just under the held-out dev F1 of `models/tagger-dev.bin` (0.7646 for the seed
/// it ships with; the settings average 76.56 over ten seeds), the same settings
/// trained without the dev split (reports/tagger.md).
const MIN_DEV_F1: f64 = 0.764;

const TRAIN: &str = "../shared/data/anercorp/train.txt";

fn train_txt() -> Option<String> {
    // The worktree sits next to shared/ (CI: a fresh clone with shared/ beside it).
    for p in [TRAIN, "../../shared/data/anercorp/train.txt", "/work/shared/data/anercorp/train.txt"] {
        if let Ok(t) = std::fs::read_to_string(p) {
            return Some(t);
        }
    }
    None
}

#[test]
fn embedded_model_loads() {
    let t = Tagger::embedded();
    assert!(t.n_features() > 10_000, "embedded model did not load: {}", t.meta);
    assert!(t.lexicon().len() > 1_000 || t.meta.contains("lexicon 0"), "{}", t.meta);
}

#[test]
fn embedded_model_scores_on_dev_split() {
    let Some(text) = train_txt() else {
        eprintln!("skipped: ANERcorp train.txt not found next to the repository");
        return;
    };
    let sents = read_conll(&text);
    let dev = &sents[sents.len() * 9 / 10..];
    let f1 = score(dev, &predict(Tagger::embedded(), dev)).f1();
    assert!(f1 >= MIN_SHIPPED_DEV_F1, "embedded model: dev F1 {f1:.4} < {MIN_SHIPPED_DEV_F1}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/tagger-dev.bin");
    let bytes = std::fs::read(path).expect("models/tagger-dev.bin");
    let dev_model = Tagger::from_bytes(&bytes).expect("models/tagger-dev.bin parses");
    let f1 = score(dev, &predict(&dev_model, dev)).f1();
    assert!(f1 >= MIN_DEV_F1, "dev model: held-out dev F1 {f1:.4} < {MIN_DEV_F1}");
}

/// The fast path (word types summed once and cached) gives exactly the labels of the
/// reference path (every key of every token looked up), with and without the
/// document pass, on a cold and on a warm cache, and after the flags change.
#[test]
fn cached_path_matches_reference() {
    let Some(text) = train_txt() else {
        eprintln!("skipped: ANERcorp train.txt not found next to the repository");
        return;
    };
    let sents = read_conll(&text);
    let dev = &sents[sents.len() * 9 / 10..];
    let words: Vec<Vec<&str>> = dev.iter().map(|s| s.words.iter().map(|w| w.as_str()).collect()).collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/models/tagger-dev.bin");
    let mut dev_model = Tagger::from_bytes(&std::fs::read(path).expect("models/tagger-dev.bin")).expect("parses");
    for t in [Tagger::embedded(), &dev_model] {
        for doc in [false, true] {
            let want = t.label_document_reference(&words, doc);
            assert_eq!(t.label_document_with(&words, doc), want, "cold cache, doc pass {doc}");
            assert_eq!(t.label_document_with(&words, doc), want, "warm cache, doc pass {doc}");
        }
    }
    let fl = dev_model.flags();
    dev_model.set_flags(fl & !rasd::recognize::tagger::flags::CONTEXT2);
    assert_eq!(dev_model.label_document_with(&words, false), dev_model.label_document_reference(&words, false));
}

/// A model with second-order transitions (`--trigram`): trained briefly on part of
/// train.txt, it keeps them through its bytes, and its fast path gives exactly the
/// labels of its reference path (both decode with the second-order Viterbi).
#[test]
fn trigram_model_fast_path_matches_reference() {
    let Some(text) = train_txt() else {
        eprintln!("skipped: ANERcorp train.txt not found next to the repository");
        return;
    };
    let sents = read_conll(&text);
    let cfg = TrainConfig { trigram: true, bags: 1, epochs: 2, min_count: 1, ..TrainConfig::default() };
    let model = train(&sents[..300], Lexicon::new(Vec::new()), &cfg, "", |_, _| {});
    assert!(model.has_trigrams());
    let bytes = model.to_bytes();
    let back = Tagger::from_bytes(&bytes).expect("a trigram model parses");
    assert!(back.has_trigrams());
    assert_eq!(back.to_bytes(), bytes);
    let dev = &sents[sents.len() * 9 / 10..][..120];
    let words: Vec<Vec<&str>> = dev.iter().map(|s| s.words.iter().map(|w| w.as_str()).collect()).collect();
    for t in [&model, &back] {
        for doc in [false, true] {
            let want = t.label_document_reference(&words, doc);
            assert_eq!(t.label_document_with(&words, doc), want, "cold cache, doc pass {doc}");
            assert_eq!(t.label_document_with(&words, doc), want, "warm cache, doc pass {doc}");
        }
    }
    // It learned something: some names found on sentences it was trained on.
    let own: Vec<Vec<&str>> = sents[..50].iter().map(|s| s.words.iter().map(|w| w.as_str()).collect()).collect();
    let labels = back.label_document_with(&own, false);
    assert!(labels.iter().flatten().any(|&l| l != 0), "no name found");
}

#[test]
fn tags_a_sentence() {
    let t = Tagger::embedded();
    let words = ["وقال", "الرئيس", "المصري", "حسني", "مبارك", "في", "القاهرة", "أمس", "."];
    let tags = t.tag_sentence(&words);
    assert_eq!(tags.len(), words.len());
    assert_eq!(tags[6], Tag::B(EntityType::LOC), "{tags:?}");
    assert!(matches!(tags[3], Tag::B(EntityType::PER)), "{tags:?}");
    assert!(matches!(tags[4], Tag::I(EntityType::PER)), "{tags:?}");
    // Never an I- that does not continue a span.
    for w in tags.windows(2) {
        if let Tag::I(ty) = w[1] {
            assert!(matches!(w[0], Tag::B(x) | Tag::I(x) if x == ty), "{tags:?}");
        }
    }
}

#[test]
fn document_pass_keeps_shape() {
    let t = Tagger::embedded();
    let doc = vec![vec!["قال", "محمد", "البرادعي", "إن"], vec![], vec!["وأضاف", "البرادعي", "."]];
    let tags = t.tag_document(&doc);
    assert_eq!(tags.iter().map(|s| s.len()).collect::<Vec<_>>(), vec![4, 0, 3]);
}

#[test]
fn tag_conll_format() {
    let t = Tagger::embedded();
    let input = "وقال\nالرئيس\nحسني\nمبارك\n\n \nفي مدينة\n\n\n.\n";
    let out = t.tag_conll(input);
    let lines: Vec<&str> = out.split('\n').collect();
    let inl: Vec<&str> = input.split('\n').collect();
    assert_eq!(lines.len(), inl.len(), "{out:?}");
    for (a, b) in inl.iter().zip(&lines) {
        if a.is_empty() {
            assert!(b.is_empty(), "{out:?}");
        } else {
            let (tok, tag) = b.rsplit_once(' ').unwrap();
            assert_eq!(tok, *a);
            assert!(Tag::parse(tag).is_some(), "{tag}");
        }
    }
    // No trailing newline, CRLF, empty input, junk.
    assert_eq!(t.tag_conll("").len(), 0);
    assert!(t.tag_conll("a\r\nb").starts_with("a "));
    let junk: String = (0..3000).map(|i| char::from_u32(0x600 + (i * 37) % 900).unwrap_or('x')).collect();
    let _ = t.tag_conll(&junk);
    let _ = t.tag_conll("\u{0}\n\u{FEFF}\n\u{64B}\n");
}

#[test]
fn huge_input_is_linear() {
    let t = Tagger::embedded();
    // One 200k-token "sentence" and 20k short ones.
    let long: String = "محمد\nفي\nالقاهرة\nو\n".repeat(50_000);
    let start = std::time::Instant::now();
    let out = t.tag_conll(&long);
    assert_eq!(out.lines().count(), 200_000);
    let many: String = "قال\nعلي\n.\n\n".repeat(20_000);
    let out = t.tag_conll(&many);
    assert_eq!(out.lines().count(), 80_000);
    assert!(start.elapsed().as_secs() < 60);
}

/// The document pass drops a person whose name repeats a word (ولي ولي العهد is a
/// title), only when the policy says so, and keeps other persons and other types.
#[test]
fn document_pass_drops_persons_with_a_repeated_word() {
    let sentences = vec![
        vec!["التقى", "ولي", "ولي", "العهد", "الأمير", "محمد", "بن", "سلمان"],
        vec!["شبكة", "سي", "ان", "ان"],
        vec!["قال", "وولي", "ولي", "العهد"],
    ];
    // B-PER I-PER on ولي ولي, a person after الأمير; an ORG with a repeated letter
    // name; ولي ولي again with a glued و on the first.
    let given = vec![vec![0, 1, 5, 0, 0, 1, 5, 5], vec![0, 3, 7, 7], vec![0, 1, 5, 0]];
    let lex = Lexicon::new(Vec::new());
    let mut labels = given.clone();
    doc_consistency(&sentences, &mut labels, &lex, DocPolicy { no_repeats: true, ..DocPolicy::default() });
    assert_eq!(labels, vec![vec![0, 0, 0, 0, 0, 1, 5, 5], vec![0, 3, 7, 7], vec![0, 0, 0, 0]]);
    let mut labels = given.clone();
    doc_consistency(&sentences, &mut labels, &lex, DocPolicy { no_repeats: false, ..DocPolicy::default() });
    assert_eq!(labels, given);
}
