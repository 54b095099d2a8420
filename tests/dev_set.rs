//! Our own dev set of real articles (data/dev/, 186 SaudiNewsNet articles annotated by
//! hand in seeds_gold.json's format; see data/dev/README.md), scored like
//! ../shared/tools/doc_score.py. The floors sit slightly under the measured figures so
//! that a regression shows; raise them when quality rises. `devtest` is the part kept
//! out of tuning: look at its errors only for a final check.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::{analyse_dir, analyzer_without_people, score as doc_score, Score};
use rasd::Analyzer;

fn dev() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/dev")
}

fn score(split: &str, analyzer: &Analyzer) -> BTreeMap<String, Score> {
    let corpus = analyse_dir(&dev().join(split), analyzer);
    let (scores, notes) = doc_score(&corpus, &dev().join(format!("{split}_gold.json")), &["PER", "LOC", "ORG"]);
    for n in &notes {
        eprintln!("{n}");
    }
    for (t, s) in &scores {
        eprintln!("{split} {t}: F1 {:.4} {s:?}", s.f1());
    }
    scores
}

/// `floors`: PER, LOC, ORG, ALL.
fn assert_floors(split: &str, floors: [f64; 4]) {
    let scores = score(split, &Analyzer::new());
    for (t, floor) in ["PER", "LOC", "ORG", "ALL"].into_iter().zip(floors) {
        let s = scores[t];
        assert!(s.f1() >= floor, "{split} {t} F1 {:.4} fell under its floor {floor}: {s:?}", s.f1());
        assert_eq!(s.over_merged, 0, "{split} {t}: an entity joins two gold entities");
    }
}

#[test]
fn dev_tune_split_stays_above_its_floors() {
    assert_floors("tune", FLOOR_TUNE);
}

#[test]
fn devtest_split_stays_above_its_floors() {
    assert_floors("devtest", FLOOR_DEVTEST);
}

/// devtest2: 12 more articles, annotated before any output on them was read.
#[test]
fn devtest2_split_stays_above_its_floors() {
    assert_floors("devtest2", FLOOR_DEVTEST2);
}

/// devtest3: 12 more articles, annotated before Rasd was run on them (first scored
/// 0.853 0.876 0.754 0.843 after two annotation slips were fixed).
#[test]
fn devtest3_split_stays_above_its_floors() {
    assert_floors("devtest3", FLOOR_DEVTEST3);
}

/// devtest4: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.882 0.898 0.848 0.881 by main f8d91d9).
#[test]
fn devtest4_split_stays_above_its_floors() {
    assert_floors("devtest4", FLOOR_DEVTEST4);
}

/// devtest5: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.887 0.930 0.807 0.894 by main 5110cfd; 0.897 with one slip fixed).
#[test]
fn devtest5_split_stays_above_its_floors() {
    assert_floors("devtest5", FLOOR_DEVTEST5);
}

/// devtest6: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.876 0.906 0.885 0.889 by main 4a70115, with one over-merged entity;
/// 0.893 with one slip fixed).
#[test]
fn devtest6_split_stays_above_its_floors() {
    assert_floors("devtest6", FLOOR_DEVTEST6);
}

/// devtest7: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.810 0.829 0.892 0.842 by main a1aeb07; 0.848 with one slip fixed).
#[test]
fn devtest7_split_stays_above_its_floors() {
    assert_floors("devtest7", FLOOR_DEVTEST7);
}

/// devtest8: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.882 0.918 0.868 0.896 by branch quality11 on main 7466c83).
#[test]
fn devtest8_split_stays_above_its_floors() {
    assert_floors("devtest8", FLOOR_DEVTEST8);
}

/// devtest9: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.919 0.956 0.845 0.918 by branch quality12 on main cd91cdb).
#[test]
fn devtest9_split_stays_above_its_floors() {
    assert_floors("devtest9", FLOOR_DEVTEST9);
}

/// devtest10: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.823 0.903 0.903 0.882 by branch quality13 on main 4e6e35d).
#[test]
fn devtest10_split_stays_above_its_floors() {
    assert_floors("devtest10", FLOOR_DEVTEST10);
}

/// devtest11: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.882 0.862 0.916 0.879 by branch quality14 on main 084fec4; 0.882 0.871
/// 0.924 0.887 once two annotation slips were fixed, the same output).
#[test]
fn devtest11_split_stays_above_its_floors() {
    assert_floors("devtest11", FLOOR_DEVTEST11);
}

/// devtest12: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.795 0.818 0.825 0.814 with one over-merged entity by branch quality15 on
/// main 929b346; 0.795 0.816 0.825 0.813, none over-merged, once an annotation slip was
/// fixed, the same output).
#[test]
fn devtest12_split_stays_above_its_floors() {
    assert_floors("devtest12", FLOOR_DEVTEST12);
}

/// devtest13: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.744 0.920 0.907 0.893 by branch quality16 on main e483045; 0.744 0.920
/// 0.917 0.895 once an annotation slip was fixed, the same output).
#[test]
fn devtest13_split_stays_above_its_floors() {
    assert_floors("devtest13", FLOOR_DEVTEST13);
}

/// devtest14: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.944 0.928 0.880 0.916 by branch quality17 on main 3f869b0; 0.944 0.936
/// 0.880 0.920 once an annotation slip was fixed, the same output).
#[test]
fn devtest14_split_stays_above_its_floors() {
    assert_floors("devtest14", FLOOR_DEVTEST14);
}

/// devtest15: 12 more articles, annotated and committed before Rasd was run on them
/// (first scored 0.828 0.903 0.791 0.860 by branch quality20 on main cb71a0b; 0.828 0.903
/// 0.798 0.862 once an annotation slip was fixed, the same output).
#[test]
fn devtest15_split_stays_above_its_floors() {
    assert_floors("devtest15", FLOOR_DEVTEST15);
}

/// Persons on the tune split with every PER entry removed from the gazetteer (rules and
/// tagger alone): how much of the PER figure holds for people nobody listed.
#[test]
fn dev_tune_persons_without_the_people_gazetteer() {
    let s = score("tune", &analyzer_without_people())["PER"];
    assert!(
        s.f1() >= FLOOR_TUNE_PER_UNLISTED,
        "PER F1 without the people gazetteer {:.4} fell under {FLOOR_TUNE_PER_UNLISTED}: {s:?}",
        s.f1()
    );
}

const FLOOR_TUNE_PER_UNLISTED: f64 = 0.94;

/// PER, LOC, ORG, ALL: a little under what was measured on 2026-11-23 (tune 1.000 0.982
/// 0.987 0.989; devtest 0.917 0.913 0.960 0.926; devtest2 0.923 0.967 0.963 0.956, first
/// scored at 0.831 0.792 0.692 0.774; devtest3 0.935 0.928 0.906 0.924; unlisted persons
/// 0.953, 0.927 before this round). quality2: devtest2 0.923 0.973 0.963 0.960; devtest4
/// 0.927 0.919 0.901 0.916, first scored 0.882 0.898 0.848 0.881. Merged main with the
/// retrained tagger: tune 0.987 0.982 0.987 0.985, devtest3 0.935 0.922 0.906 0.921,
/// devtest4 0.927 0.925 0.890 0.916, the others as above. quality5: devtest5 0.928 0.959
/// 0.903 0.940 (without its one data line, قوات الطوارئ الخاصة), devtest4 0.927 0.932 0.901
/// 0.923. After the quality6 class fixes: devtest3 0.935 0.922 0.955 0.933, devtest4 0.951
/// 0.939 0.949 0.945 (each branch alone; the merged figures are in docs/MEASUREMENTS.md).
const FLOOR_TUNE: [f64; 4] = [0.97, 0.97, 0.96, 0.97];
/// ux6: devtest PER 0.917 -> 0.957 (محمد سلمى سواركة whole, after a title).
const FLOOR_DEVTEST: [f64; 4] = [0.94, 0.89, 0.93, 0.91];
const FLOOR_DEVTEST2: [f64; 4] = [0.90, 0.95, 0.93, 0.94];
const FLOOR_DEVTEST3: [f64; 4] = [0.91, 0.90, 0.93, 0.92];
const FLOOR_DEVTEST4: [f64; 4] = [0.93, 0.92, 0.93, 0.93];
const FLOOR_DEVTEST5: [f64; 4] = [0.91, 0.94, 0.88, 0.92];
/// quality7: devtest6 0.919 0.942 0.955 0.938 after its class fixes (0.930 0.931 for ORG and
/// all without its two data lines; tune ORG 0.987 -> 1.000, the other splits unchanged).
const FLOOR_DEVTEST6: [f64; 4] = [0.90, 0.93, 0.94, 0.92];
/// quality9: devtest7 0.902 0.913 0.916 0.912 after its class fixes (no data line names
/// its entities; the other splits unchanged).
/// quality19: devtest7 ORG 0.916 -> 0.940, all 0.915 -> 0.921 (an agency keeps its head
/// before its listed name; الرسمية after a name that is no nationality ends it).
const FLOOR_DEVTEST7: [f64; 4] = [0.89, 0.90, 0.93, 0.91];
/// quality11: devtest8 0.896 0.974 0.905 0.937 after its class fixes (no data line names its
/// entities); devtest7 LOC 0.913 -> 0.920, the other splits unchanged.
/// ux6: devtest8 PER 0.896 -> 0.939 (محمد الخالد الحمد الصباح one name, not two).
const FLOOR_DEVTEST8: [f64; 4] = [0.92, 0.96, 0.89, 0.92];
/// quality12: devtest9 0.951 0.975 0.954 0.964 after its class fixes and two data lines
/// (ألبرت as a given name, the Syrian National Coalition's full name; without them see
/// data/dev/README); devtest8 ORG 0.905 -> 0.941, the other splits unchanged.
const FLOOR_DEVTEST9: [f64; 4] = [0.94, 0.96, 0.94, 0.95];
/// quality13: devtest10 0.845 0.903 0.956 0.905 after its class fixes (no data line names
/// its entities); devtest8 ORG 0.941 -> 0.952, the other splits unchanged.
/// quality14: devtest10 PER 0.845 -> 0.902 (a name between commas after a position, a
/// kunya's nisba), all 0.905 -> 0.920.
const FLOOR_DEVTEST10: [f64; 4] = [0.88, 0.89, 0.94, 0.90];
/// quality14: devtest11 0.971 0.875 0.934 0.901 after its class fixes (no data line names
/// its entities); devtest10 as above, the other splits and the seeds unchanged.
const FLOOR_DEVTEST11: [f64; 4] = [0.95, 0.86, 0.92, 0.89];
/// quality15: devtest12 0.817 0.894 0.861 0.867 after its class fixes (0.806 0.870 0.861 0.852
/// without the Algerian wilaya capitals, three of which it names); devtest11 LOC 0.875 ->
/// 0.879, ORG 0.944 -> 0.954 (quoted media names), the other splits and the seeds unchanged.
/// quality19: devtest12 ORG 0.861 -> 0.874, all 0.878 -> 0.882 (حكومة إقليم كردستان: a
/// regional government written with its region head is a body).
/// quality21: devtest12 PER 0.833 -> 0.904, all 0.882 -> 0.898 (an honorific the tagger
/// reads inside a name after a listed given name, مارك الحاج موسى; a bare قائد between a
/// listed name and a given name is a first name, قايد صالح).
const FLOOR_DEVTEST12: [f64; 4] = [0.89, 0.90, 0.87, 0.89];
/// quality16: devtest13 0.857 0.947 0.917 0.927 after its class fixes (a name ends before a
/// year; تل and تبة keep their head; no data line), the other splits and the seeds unchanged.
/// quality17: devtest13 PER 0.857 -> 0.905 (a kunya found by the tagger takes its nisba).
const FLOOR_DEVTEST13: [f64; 4] = [0.90, 0.94, 0.91, 0.93];
/// devtest14 as first scored (after the one annotation slip): 0.944 0.936 0.880 0.920.
/// quality17: PER 0.944 -> 0.972, all 0.927 (a kunya found by the tagger takes its nisba).
/// quality19: ORG 0.880 -> 0.924, all 0.927 -> 0.942 (the agency's head as above; a chain
/// of nouns after a head ends in its listed place, مجلس شورى ثوار بنغازي); then ORG 0.936,
/// all 0.945 (the regional government, as devtest12).
const FLOOR_DEVTEST14: [f64; 4] = [0.97, 0.93, 0.93, 0.94];
/// devtest15 as first scored (after the one annotation slip): 0.828 0.903 0.798 0.862.
/// quality20: 0.828 0.921 0.849 0.886 after its class fixes (نقابة and مفوضية as heads; a
/// medium spoken to in brackets; جبل kept in a mountain's name; the wire agencies'
/// initials, a data line no dev article alone names).
const FLOOR_DEVTEST15: [f64; 4] = [0.82, 0.92, 0.84, 0.88];
