//! Our own dev set of real articles (data/dev/, 18 SaudiNewsNet articles annotated by
//! hand in seeds_gold.json's format; see data/dev/README.md), scored like
//! ../shared/tools/doc_score.py. The floors sit slightly under the measured figures so
//! that a regression shows; raise them when quality rises. `devtest` is the part kept
//! out of tuning: look at its errors only for a final check.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::Analyzer;
use serde_json::Value;

fn dev() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/dev")
}

/// doc_score.py's normalization.
fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            'ئ' => 'ي',
            '"' | '\'' | '«' | '»' | '“' | '”' | '‘' | '’' | '(' | ')' | '[' | ']' => continue,
            c => c,
        };
        out.push(c);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn forms<'a>(canonical: &'a str, aliases: impl Iterator<Item = &'a str>) -> HashSet<String> {
    std::iter::once(canonical).chain(aliases).map(norm).filter(|s| !s.is_empty()).collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Score {
    gold: usize,
    found: usize,
    pred: usize,
    correct: usize,
    over_merged: usize,
    split: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = if self.pred > 0 { self.correct as f64 / self.pred as f64 } else { 0.0 };
        let r = if self.gold > 0 { self.found as f64 / self.gold as f64 } else { 0.0 };
        if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
    }
}

fn analyse(dir: &Path, analyzer: &Analyzer) -> Corpus {
    let mut corpus = Corpus::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("data/dev split is readable")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().and_then(|n| n.to_str()).expect("utf-8 name").to_string();
        for a in ingest(&name, &std::fs::read(&f).expect("article readable")).expect("article ingests") {
            corpus.add(analyzer.analyze(&a));
        }
    }
    corpus
}

fn score(split: &str, analyzer: &Analyzer) -> BTreeMap<String, Score> {
    let corpus = analyse(&dev().join(split), analyzer);
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(dev().join(format!("{split}_gold.json"))).expect("gold readable"))
        .expect("gold is JSON");
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    for gd in gold.as_array().expect("gold is a list") {
        let file = gd["file"].as_str().expect("file");
        let doc = corpus.documents.iter().find(|d| d.name == file).expect("every gold file analysed");
        for t in ["PER", "LOC", "ORG"] {
            let (mut firm, mut optional) = (Vec::new(), Vec::new());
            for e in gd["entities"].as_array().expect("entities").iter().filter(|e| e["type"].as_str() == Some(t)) {
                let aliases = e["aliases"].as_array().into_iter().flatten().filter_map(|x| x.as_str());
                let f = forms(e["canonical"].as_str().unwrap_or(""), aliases);
                if e["doubtful"].as_bool() == Some(true) { optional.push(f) } else { firm.push((f, e["canonical"].as_str().unwrap_or(""))) }
            }
            let preds: Vec<(HashSet<String>, &str)> = doc
                .entities
                .iter()
                .filter(|e| e.entity_type.as_str() == t && e.mentions > 0)
                .map(|e| (forms(&e.canonical, e.aliases.iter().map(String::as_str)), e.canonical.as_str()))
                .collect();
            for (g, name) in &firm {
                let hits = preds.iter().filter(|(p, _)| !p.is_disjoint(g)).count();
                for k in [t, "ALL"] {
                    let s = scores.entry(k.to_string()).or_default();
                    s.gold += 1;
                    s.found += (hits > 0) as usize;
                    s.split += (hits > 1) as usize;
                }
                if hits == 0 {
                    eprintln!("missed {file} {t} {name}");
                }
            }
            for (p, name) in &preds {
                let hits = firm.iter().filter(|(g, _)| !p.is_disjoint(g)).count();
                if hits == 0 && optional.iter().any(|o| !p.is_disjoint(o)) {
                    continue;
                }
                for k in [t, "ALL"] {
                    let s = scores.entry(k.to_string()).or_default();
                    s.pred += 1;
                    s.correct += (hits > 0) as usize;
                    s.over_merged += (hits > 1) as usize;
                }
                if hits == 0 {
                    eprintln!("false  {file} {t} {name}");
                }
            }
        }
    }
    for (t, s) in &scores {
        eprintln!("{split} {t}: F1 {:.4} {s:?}", s.f1());
    }
    scores
}

fn assert_floors(split: &str, floors: &[(&str, f64)]) {
    let scores = score(split, &Analyzer::new());
    for &(t, floor) in floors {
        let s = scores[t];
        assert!(s.f1() >= floor, "{split} {t} F1 {:.4} fell under its floor {floor}: {s:?}", s.f1());
        assert_eq!(s.over_merged, 0, "{split} {t}: an entity joins two gold entities");
    }
}

#[test]
fn dev_tune_split_stays_above_its_floors() {
    assert_floors("tune", &[("PER", FLOOR_TUNE[0]), ("LOC", FLOOR_TUNE[1]), ("ORG", FLOOR_TUNE[2]), ("ALL", FLOOR_TUNE[3])]);
}

#[test]
fn devtest_split_stays_above_its_floors() {
    assert_floors("devtest", &[("PER", FLOOR_DEVTEST[0]), ("LOC", FLOOR_DEVTEST[1]), ("ORG", FLOOR_DEVTEST[2]), ("ALL", FLOOR_DEVTEST[3])]);
}

/// Persons on the tune split with every PER entry removed from the gazetteer (rules and
/// tagger alone): how much of the PER figure holds for people nobody listed.
#[test]
fn dev_tune_persons_without_the_people_gazetteer() {
    use rasd::recognize::gazetteer::Gazetteer;
    use rasd::recognize::rules::Rules;
    let analyzer = Analyzer::with_parts(Gazetteer::embedded_filtered(|e| e.entity_type != rasd::EntityType::PER), Rules::embedded());
    let s = score("tune", &analyzer)["PER"];
    assert!(s.f1() >= FLOOR_TUNE_PER_UNLISTED, "PER F1 without the people gazetteer {:.4} fell under {FLOOR_TUNE_PER_UNLISTED}: {s:?}", s.f1());
}

const FLOOR_TUNE_PER_UNLISTED: f64 = 0.90;

/// PER, LOC, ORG, ALL: a little under what was measured on 2026-11-22 (tune 1.000 0.991
/// 0.987 0.992; devtest 0.870 0.838 0.783 0.832; unlisted persons 0.927).
const FLOOR_TUNE: [f64; 4] = [0.97, 0.97, 0.96, 0.97];
const FLOOR_DEVTEST: [f64; 4] = [0.84, 0.80, 0.75, 0.81];
