//! Events, co-occurrence, timeline and graph (src/relate.rs): small sentences through
//! the real analyzer, then the five seed articles.

use std::path::PathBuf;

use rasd::aggregate::Corpus;
use rasd::ingest::{ingest, Article};
use rasd::relate::{Event, EventKind, PlaceRole, Role, WhenSource};
use rasd::{Analyzer, DocumentAnalysis};

fn analyzer() -> &'static Analyzer {
    static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    A.get_or_init(Analyzer::new)
}

fn analyse(text: &str, date: Option<&str>) -> DocumentAnalysis {
    let article = Article { name: "t.txt".to_string(), title: None, date: date.map(str::to_string), text: text.to_string() };
    analyzer().analyze(&article)
}

/// English name (or canonical Arabic) of a participant or place.
fn name(e: &rasd::relate::EntityRef) -> String {
    e.english.clone().unwrap_or_else(|| e.canonical.clone())
}

fn agents(e: &Event) -> Vec<String> {
    e.participants.iter().filter(|p| p.role == Role::Agent).map(|p| name(&p.entity)).collect()
}

fn partners(e: &Event) -> Vec<String> {
    e.participants.iter().filter(|p| p.role == Role::Partner).map(|p| name(&p.entity)).collect()
}

fn places(e: &Event, role: PlaceRole) -> Vec<String> {
    e.places.iter().filter(|p| p.role == role).map(|p| name(&p.entity)).collect()
}

fn dump(doc: &DocumentAnalysis) -> String {
    doc.relations.events.iter().map(|e| format!("{:?} {} | {}\n", e.kind, e.trigger_text, e.gloss)).collect()
}

#[test]
fn debug_print() {
    for s in [
        "قال علي شمخاني أمين المجلس الأعلى للأمن القومي لجمهورية إيران الإسلامية إنه من المقرر أن تشارك إيران في اجتماع الحوار الأمني الإقليمي الخامس الذي سيعقد في موسكو يوم الأربعاء، وإثر ذلك غادر طهران صباح اليوم متوجها إلى روسيا.",
    ] {
        eprintln!("{}", dump(&analyse(s, None)));
    }
}
