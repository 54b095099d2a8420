//! The date, money and quantity recognizer against the hand-checked tables of the
//! five seed articles (`../shared/gold/seeds_gold.json`): every DATE, MONEY and
//! QUANTITY entity the gold marks as not doubtful must be found, with the same
//! surface in matching form (alef forms, diacritics), as one of its aliases; and
//! nothing is found that the gold does not list (doubtful entries included).

use std::path::PathBuf;

use rasd::normalize::normalize;
use rasd::recognize::numeric::NumericRecognizer;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

#[test]
fn seed_articles_gold_dates_money_quantities() {
    let gold_path = shared().join("gold/seeds_gold.json");
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&gold_path).unwrap_or_else(|e| panic!("read {}: {e}", gold_path.display())),
    )
    .expect("seeds_gold.json is JSON");
    let recognizer = NumericRecognizer::new();
    let mut checked = 0;
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    for doc in gold.as_array().expect("a list of documents") {
        let file = doc["file"].as_str().expect("file");
        let text = std::fs::read_to_string(shared().join("corpus/seeds").join(file)).expect("seed article");
        let found: Vec<(String, &str)> =
            recognizer.find(&text).iter().map(|m| (normalize(m.surface(&text)), m.entity_type.as_str())).collect();
        // Precision: every mention is some gold entity's alias.
        let gold_surfaces: Vec<(String, &str)> = doc["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|e| {
                let ty = e["type"].as_str().unwrap_or("");
                e["aliases"].as_array().into_iter().flatten().filter_map(move |a| Some((normalize(a.as_str()?), ty)))
            })
            .collect();
        for f in &found {
            if !gold_surfaces.contains(f) {
                extra.push(format!("{file}: {} {}", f.1, f.0));
            }
        }
        for e in doc["entities"].as_array().expect("entities") {
            let ty = e["type"].as_str().unwrap_or("");
            if !matches!(ty, "DATE" | "MONEY" | "QUANTITY") || e["doubtful"].as_bool() != Some(false) {
                continue;
            }
            checked += 1;
            let aliases: Vec<String> = e["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(std::iter::once(&e["canonical"]))
                .filter_map(|a| a.as_str())
                .map(normalize)
                .collect();
            if !found.iter().any(|(s, t)| *t == ty && aliases.contains(s)) {
                missing.push(format!("{file}: {ty} {}", e["canonical"]));
            }
        }
    }
    assert!(checked >= 15, "only {checked} gold entities checked");
    assert!(missing.is_empty(), "not found:\n{}", missing.join("\n"));
    assert!(extra.is_empty(), "found but not in the gold:\n{}", extra.join("\n"));
}
