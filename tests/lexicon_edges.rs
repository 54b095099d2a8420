//! Every word the rules branch on, at the edges of a text: alone, last after a verb,
//! first before a full stop, twice. Rules look at the next and previous words
//! (`norm(i + 1)`), and a head, title or trigger as the last word of an article once
//! made them read past the end (a text ending in "مركز" or "حركة" panicked). The words
//! come from the lists in `data/` and from the Arabic literals in the rule sources, so
//! a word added to either is covered without touching this test.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use rasd::invariants::check_analysis;
use rasd::{Analyzer, Article};

fn tsv_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("data dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            // data/dev holds annotated articles, not lists.
            if path.file_name().is_some_and(|n| n != "dev") {
                tsv_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
}

fn is_arabic_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Every Arabic word of every list in data/ (names, heads, titles, triggers, the
/// gazetteer's names and variants): inner words of multi-word entries too.
fn list_words(words: &mut BTreeSet<String>) {
    let mut files = Vec::new();
    tsv_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"), &mut files);
    for file in files {
        let text = fs::read_to_string(&file).expect("utf-8 list");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            for w in line.split(|c: char| c == '|' || c == '\t' || c.is_whitespace()) {
                if is_arabic_word(w) {
                    words.insert(w.to_string());
                }
            }
        }
    }
}

/// Arabic string literals in the rule sources (the words they compare with).
fn literal_words(words: &mut BTreeSet<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("analyzer.rs"), root.join("resolve.rs"), root.join("relate.rs")];
    for entry in fs::read_dir(root.join("recognize")).expect("src/recognize").flatten() {
        if entry.path().extension().is_some_and(|e| e == "rs") {
            files.push(entry.path());
        }
    }
    for file in files {
        let source = fs::read_to_string(&file).expect("source");
        for (k, piece) in source.split('"').enumerate() {
            if k % 2 == 1 {
                for w in piece.split_whitespace() {
                    if is_arabic_word(w) {
                        words.insert(w.to_string());
                    }
                }
            }
        }
    }
}

#[test]
fn rule_words_at_the_edges_of_a_text() {
    let mut words = BTreeSet::new();
    list_words(&mut words);
    literal_words(&mut words);
    assert!(
        words.len() > 500,
        "only {} words found in data/ and src/: are the lists where this test looks?",
        words.len()
    );
    let analyzer = Analyzer::new();
    let mut texts = 0;
    for w in &words {
        for text in [w.clone(), format!("وقال {w}"), format!("{w}."), format!("{w} {w}"), format!("و{w}")] {
            let article = Article { name: "edge.txt".into(), title: None, date: None, text };
            check_analysis(&analyzer.analyze(&article));
            texts += 1;
        }
    }
    eprintln!("{} words, {texts} texts analysed", words.len());
}
