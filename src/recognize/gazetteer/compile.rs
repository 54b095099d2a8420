//! From the gazetteer's text (`data/gazetteer/*.tsv`, `data/demonyms.tsv`,
//! `data/not_names.tsv`) to its entries and matching patterns.
//!
//! Shared with `build.rs`, which runs it on the embedded data at build time and
//! stores the result (the patterns' matching forms and flags, the exact-form tables) in
//! `OUT_DIR`: [`super::Gazetteer::embedded`] loads them and builds only the automaton.
//! This file may use only `crate::entity`, `crate::tokenize` (and what they use):
//! build.rs includes those files too.

use std::collections::{HashMap, HashSet};

use crate::entity::EntityType;

/// One known name.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub entity_type: EntityType,
    /// The canonical Arabic name.
    pub arabic: String,
    pub english: String,
    pub wikidata: Option<String>,
    /// What the entry is: country, city, region, media, armed_group… (see data/README.md).
    pub kind: String,
    /// Other Arabic forms (spellings, short forms, abbreviations).
    pub variants: Vec<String>,
}

impl Entry {
    /// Entries whose name is also a common word (الوقت, "time") count only as a
    /// byline: at the start of a line and followed by "-" or ":".
    pub fn byline_only(&self) -> bool {
        self.kind.ends_with("_ambiguous")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub entry: u32,
    /// A fixed phrase that holds a name without mentioning it (مسقط رأسه, صلاة
    /// المغرب): it wins the longest-match sweep and is then dropped.
    pub blocker: bool,
    pub adjective: bool,
    /// The pattern is an ال-name with its alef dropped (لولايات for للولايات).
    pub al_dropped: bool,
}

impl Pattern {
    /// One byte for the three flags (the stored form of a pattern beside its entry).
    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests
    pub fn flags(&self) -> u8 {
        self.blocker as u8 | (self.adjective as u8) << 1 | (self.al_dropped as u8) << 2
    }

    pub fn from_flags(entry: u32, flags: u8) -> Pattern {
        Pattern { entry, blocker: flags & 1 != 0, adjective: flags & 2 != 0, al_dropped: flags & 4 != 0 }
    }
}

/// The entry id of a not-a-name phrase.
pub const BLOCKER: u32 = u32::MAX;

/// Endings of nationality adjectives after the masculine singular stem (ايراني):
/// feminine (ه from ة), plurals, duals.
const ADJECTIVE_ENDINGS: [&str; 8] = ["", "ه", "ين", "ون", "ان", "تين", "تان", "ات"];

/// What the matcher is built from: pattern `i` is `forms[i]` with `patterns[i]`;
/// `by_form` and `demonyms` map exact matching forms to entries (first one wins,
/// already applied: each form appears once).
pub struct Compiled {
    pub forms: Vec<String>,
    pub patterns: Vec<Pattern>,
    pub by_form: Vec<(String, u32)>,
    pub demonyms: Vec<(String, u32)>,
}

fn fields(line: &str) -> Option<Vec<&str>> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return None;
    }
    Some(line.split('\t').map(str::trim).collect())
}

fn opt(s: Option<&&str>) -> Option<String> {
    s.map(|s| s.trim()).filter(|s| !s.is_empty() && *s != "-").map(str::to_string)
}

/// The matching form of a name, laid out as the token stream lays it out.
pub fn stream_form(name: &str) -> String {
    crate::tokenize::stream_of(name)
}

/// The entries of the gazetteer's TSV text that `keep` accepts, in file order.
/// Malformed lines are skipped: the data checker (`data/check.py`) reports them.
pub fn parse_entries(gazetteer: &str, keep: &dyn Fn(&Entry) -> bool) -> Vec<Entry> {
    let mut entries = Vec::new();
    for line in gazetteer.lines() {
        let Some(f) = fields(line) else { continue };
        if f.len() < 3 {
            continue;
        }
        let Some(entity_type) = EntityType::parse(f[0]) else { continue };
        if f[1].is_empty() {
            continue;
        }
        let variants = opt(f.get(4))
            .map(|v| v.split('|').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        let entry = Entry {
            entity_type,
            arabic: f[1].to_string(),
            english: f[2].to_string(),
            wikidata: opt(f.get(3)),
            kind: opt(f.get(5)).unwrap_or_default(),
            variants,
        };
        if keep(&entry) {
            entries.push(entry);
        }
    }
    entries
}

/// The patterns of `entries`, of the nationality adjectives (`demonyms`) and of the
/// fixed phrases that hold a name without mentioning it (`not_names`).
pub fn compile(entries: &[Entry], demonyms: &str, not_names: &str) -> Compiled {
    let mut forms: Vec<String> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut by_form = FirstWins::default();
    let mut demonym_forms = FirstWins::default();
    let mut add = |form: String, p: Pattern, forms: &mut Vec<String>, patterns: &mut Vec<Pattern>| {
        if form.chars().count() < 2 || seen.contains(&form) {
            return;
        }
        seen.insert(form.clone());
        forms.push(form);
        patterns.push(p);
    };
    for (i, e) in entries.iter().enumerate() {
        let entry = i as u32;
        for name in std::iter::once(&e.arabic).chain(e.variants.iter()) {
            let form = stream_form(name);
            if form.is_empty() {
                continue;
            }
            for form in std::iter::once(form.clone()).chain(abd_respelling(&form)) {
                by_form.insert(&form, entry);
                if let Some(rest) = form.strip_prefix("ال") {
                    let dropped = format!("ل{rest}");
                    add(
                        dropped,
                        Pattern { entry, blocker: false, adjective: false, al_dropped: true },
                        &mut forms,
                        &mut patterns,
                    );
                }
                add(
                    form,
                    Pattern { entry, blocker: false, adjective: false, al_dropped: false },
                    &mut forms,
                    &mut patterns,
                );
            }
        }
    }

    // سكاي نيوز العربية for the listed سكاي نيوز عربية: the last word of a multi-word
    // place or organisation also with the article. After every written form, so a
    // form some entry lists keeps its entry; never for persons (محمد العلي is not محمد
    // علي).
    for (i, e) in entries.iter().enumerate() {
        if !matches!(e.entity_type, EntityType::ORG | EntityType::LOC) {
            continue;
        }
        for name in std::iter::once(&e.arabic).chain(e.variants.iter()) {
            if let Some(form) = definite_last_word(&stream_form(name)) {
                by_form.insert(&form, i as u32);
                add(
                    form,
                    Pattern { entry: i as u32, blocker: false, adjective: false, al_dropped: false },
                    &mut forms,
                    &mut patterns,
                );
            }
        }
    }

    // Demonyms point at the country with the same Wikidata id (or English name).
    let mut country_of: HashMap<&str, u32> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.entity_type == EntityType::LOC {
            if let Some(q) = &e.wikidata {
                country_of.entry(q.as_str()).or_insert(i as u32);
            }
            country_of.entry(e.english.as_str()).or_insert(i as u32);
        }
    }
    for line in demonyms.lines() {
        let Some(f) = fields(line) else { continue };
        if f.len() < 2 {
            continue;
        }
        let target = f.get(2).and_then(|q| country_of.get(q)).or_else(|| country_of.get(f[1]));
        let Some(&entry) = target else { continue };
        let stem = stream_form(f[0]);
        if stem.chars().count() < 3 || stem.contains(' ') {
            continue;
        }
        for ending in ADJECTIVE_ENDINGS {
            let form = format!("{stem}{ending}");
            let p = Pattern { entry, blocker: false, adjective: true, al_dropped: false };
            for f in [format!("ال{form}"), format!("ل{form}"), form.clone()] {
                demonym_forms.insert(&f, entry);
            }
            add(format!("ال{form}"), p, &mut forms, &mut patterns);
            add(format!("ل{form}"), Pattern { al_dropped: true, ..p }, &mut forms, &mut patterns);
            add(form, p, &mut forms, &mut patterns);
        }
    }

    for line in not_names.lines() {
        let Some(f) = fields(line) else { continue };
        let p = Pattern { entry: BLOCKER, blocker: true, adjective: false, al_dropped: false };
        add(stream_form(f[0]), p, &mut forms, &mut patterns);
    }

    Compiled { forms, patterns, by_form: by_form.pairs, demonyms: demonym_forms.pairs }
}

/// Form -> entry pairs where the first entry given for a form wins.
#[derive(Default)]
struct FirstWins {
    seen: HashSet<String>,
    pairs: Vec<(String, u32)>,
}

impl FirstWins {
    fn insert(&mut self, form: &str, entry: u32) {
        if !self.seen.contains(form) {
            self.seen.insert(form.to_string());
            self.pairs.push((form.to_string(), entry));
        }
    }
}

/// The other spelling of a name written with عبد: newspapers glue it to the next word
/// or not (عبد العزيز / عبدالعزيز, عبد ربه / عبدربه), and the matcher compares words
/// exactly. `form` is a matching form (words separated by single spaces).
pub fn abd_respelling(form: &str) -> Option<String> {
    let words: Vec<&str> = form.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if w == "عبد" && i + 1 < words.len() {
            out.push(format!("عبد{}", words[i + 1]));
            changed = true;
            i += 2;
            continue;
        }
        if let Some(rest) = w.strip_prefix("عبد") {
            if rest.starts_with("ال") && rest.chars().count() > 3 || rest == "ربه" {
                out.push(format!("عبد {rest}"));
                changed = true;
                i += 1;
                continue;
            }
        }
        out.push(w.to_string());
        i += 1;
    }
    changed.then(|| out.join(" "))
}

/// The form with ال on its last word, for a name of two or more words whose last word
/// is an Arabic word of three letters or more without it (سكاي نيوز عربيه -> سكاي نيوز
/// العربيه). `form` is a matching form.
pub fn definite_last_word(form: &str) -> Option<String> {
    let (head, last) = form.rsplit_once(' ')?;
    let arabic = last.chars().all(|c| ('\u{0621}'..='\u{064a}').contains(&c));
    (arabic && last.chars().count() >= 3 && !last.starts_with("ال")).then(|| format!("{head} ال{last}"))
}

/// The stored form of the patterns' matching forms: one per line, in pattern order.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests
pub fn write_forms(forms: &[String]) -> String {
    let mut out = String::with_capacity(forms.iter().map(|f| f.len() + 1).sum());
    for form in forms {
        out.push_str(form);
        out.push('\n');
    }
    out
}

/// Forms with the entry they name.
pub type FormTable<'a> = Vec<(&'a str, u32)>;

/// The exact-form tables as far as the patterns give them: every name pattern's form
/// (not ال-dropped, not an adjective or blocker) -> its entry, every adjective
/// pattern's form -> its country. Pattern forms are distinct, so each form comes once.
/// Together with what they miss ([`missing`], stored by build.rs) they are
/// [`Compiled::by_form`] and [`Compiled::demonyms`]: storing the whole tables added
/// 280 kB to the wasm.
pub fn derived_tables<'a>(
    forms: impl IntoIterator<Item = &'a str>,
    patterns: &[Pattern],
) -> (FormTable<'a>, FormTable<'a>) {
    let (mut names, mut adjectives) = (Vec::new(), Vec::new());
    for (form, p) in forms.into_iter().zip(patterns) {
        if p.blocker {
            continue;
        }
        if p.adjective {
            adjectives.push((form, p.entry));
        } else if !p.al_dropped {
            names.push((form, p.entry));
        }
    }
    (names, adjectives)
}

/// The pairs of `table` that `derived` does not give as they are.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests
pub fn missing(table: &[(String, u32)], derived: &[(&str, u32)]) -> Vec<(String, u32)> {
    let derived: HashMap<&str, u32> = derived.iter().copied().collect();
    table.iter().filter(|(form, entry)| derived.get(form.as_str()) != Some(entry)).cloned().collect()
}

/// The stored form of the exact-form tables: `form\tentry` lines.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests
pub fn write_table(pairs: &[(String, u32)]) -> String {
    let mut out = String::new();
    for (form, entry) in pairs {
        out.push_str(form);
        out.push('\t');
        out.push_str(&entry.to_string());
        out.push('\n');
    }
    out
}

/// The stored form of the patterns: per pattern its entry (u32, little-endian) and flags.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests
pub fn write_patterns(patterns: &[Pattern]) -> Vec<u8> {
    let mut out = Vec::with_capacity(patterns.len() * 5);
    for p in patterns {
        out.extend_from_slice(&p.entry.to_le_bytes());
        out.push(p.flags());
    }
    out
}
