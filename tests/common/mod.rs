//! What the quality tests share: a port of ../shared/tools/doc_score.py (forms, the
//! per-type score) and the analysis of a folder of articles. A gold entity is found
//! when a predicted entity of its type shares a form (canonical or alias, lightly
//! normalized) with it; "doubtful" gold entities are optional.

#![allow(dead_code)] // each test file uses its own part of this module

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::recognize::gazetteer::Gazetteer;
use rasd::recognize::rules::Rules;
use rasd::Analyzer;
use serde_json::Value;

/// doc_score.py's normalization.
pub fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}' => {
                continue
            }
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

/// The normalized forms of an entity: its canonical name and its aliases.
pub fn forms<'a>(canonical: &'a str, aliases: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    std::iter::once(canonical).chain(aliases).map(norm).filter(|s| !s.is_empty()).collect()
}

/// A gold entity's aliases, as written in the gold JSON.
pub fn gold_aliases(e: &Value) -> impl Iterator<Item = &str> {
    e["aliases"].as_array().into_iter().flatten().filter_map(|x| x.as_str())
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub pred: usize,
    pub correct: usize,
    pub over_merged: usize,
    pub split: usize,
}

impl Score {
    pub fn f1(&self) -> f64 {
        let p = if self.pred > 0 { self.correct as f64 / self.pred as f64 } else { 0.0 };
        let r = if self.gold > 0 { self.found as f64 / self.gold as f64 } else { 0.0 };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// An analyzer whose gazetteer has no person entries: rules and tagger alone find persons.
pub fn analyzer_without_people() -> Analyzer {
    Analyzer::with_parts(Gazetteer::embedded_filtered(|e| e.entity_type != rasd::EntityType::PER), Rules::embedded())
}

/// Every `.txt` article of `dir`, in name order, analysed into one corpus.
pub fn analyse_dir(dir: &Path, analyzer: &Analyzer) -> Corpus {
    let mut corpus = Corpus::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} is readable: {e}", dir.display()))
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

/// Scores `corpus` against the gold file like doc_score.py, per type in `types` and
/// "ALL"; also returns a note per missed and per false entity.
pub fn score(corpus: &Corpus, gold: &Path, types: &[&str]) -> (BTreeMap<String, Score>, Vec<String>) {
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(gold).expect("gold readable")).expect("gold is JSON");
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut notes = Vec::new();
    for gd in gold.as_array().expect("gold is a list") {
        let file = gd["file"].as_str().expect("file");
        let doc = corpus.documents.iter().find(|d| d.name == file).expect("every gold file analysed");
        for &t in types {
            let (mut firm, mut optional) = (Vec::new(), Vec::new());
            for e in gd["entities"].as_array().expect("entities").iter().filter(|e| e["type"].as_str() == Some(t)) {
                let f = forms(e["canonical"].as_str().unwrap_or(""), gold_aliases(e));
                if e["doubtful"].as_bool() == Some(true) {
                    optional.push(f);
                } else {
                    firm.push((f, e["canonical"].as_str().unwrap_or("")));
                }
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
                    notes.push(format!("missed {file} {t} {name}"));
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
                    notes.push(format!("false {file} {t} {name}"));
                }
            }
        }
    }
    (scores, notes)
}
