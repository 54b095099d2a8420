//! Entities of all articles -> corpus tables.
//!
//! Adding an article costs time in proportion to its entities: each article entity
//! joins its row by key through a hash map, and nothing is recomputed for the
//! articles already in. The table people read ([`Corpus::entities`]) is built from
//! those rows when asked for (and kept until the next article or override):
//!
//! - a person nobody listed, named in part in one article (محمد باقري) and in full in
//!   another (محمد حسين باقري), is one entity when exactly one person of the corpus
//!   has a full name holding the part: same first and last word, the other words in
//!   order. Two people who share only a family name, or whose names differ inside
//!   (علي باقري كني, محمد رضا باقري), stay apart. A new article can make a part
//!   ambiguous again, which is why the table is rebuilt rather than patched.
//! - the reader's own corrections ([`Overrides`]) come last: entities merged by
//!   hand, and forms split off an entity by hand.

mod json;
pub use json::{write_json_pretty, JsonObject};

use crate::hash::InputMap;
use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use crate::analyzer::DocumentAnalysis;
use crate::entity::{Affiliation, EntityType};
use crate::recognize::gazetteer::stream_form;

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CorpusEntity {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub key: String,
    pub canonical: String,
    pub aliases: Vec<String>,
    /// Mentions written in each form of `aliases`, in the same order.
    pub alias_mentions: Vec<usize>,
    pub english: Option<String>,
    pub wikidata: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    /// The role in English (see [`crate::resolve::role_english`]).
    pub role_english: Option<String>,
    pub title_english: Option<String>,
    /// A gazetteer entry: never a shortened name of someone else (سعود الفيصل is not
    /// سعود بن خالد الفيصل).
    #[serde(skip)]
    pub listed: bool,
    /// Countries and organisations the person belongs to (see [`Affiliation`]).
    pub affiliations: Vec<Affiliation>,
    pub value: Option<String>,
    pub mentions: usize,
    pub adjective_mentions: usize,
    /// (article index, entity index in that article), in the order articles came in.
    pub occurrences: Vec<(usize, usize)>,
    /// Mentions (by name and via adjective) behind each occurrence, same order.
    pub occurrence_mentions: Vec<usize>,
    /// The keys of the article entities gathered here, this row's own key first:
    /// what [`Overrides`] refer to.
    pub keys: Vec<String>,
}

/// Corrections made by hand, kept by the page across reloads and applied every
/// time the table is built. They name entities by key, so they survive reloading
/// the same articles; a key no loaded article has is simply left waiting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Overrides {
    /// Each list of keys is one entity.
    #[serde(default)]
    pub merges: Vec<Vec<String>>,
    /// A form written for an entity that is in fact another one.
    #[serde(default)]
    pub splits: Vec<Split>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    /// The key of the entity the form is taken from.
    pub key: String,
    /// The form as written (one of the entity's `aliases`).
    pub alias: String,
}

/// The key of the entity a split form becomes.
pub fn split_key(key: &str, alias: &str) -> String {
    format!("split:{}@{}", stream_form(alias), key)
}

/// True for the key of an entity made of a form split off by hand ([`split_key`]).
pub fn is_split_key(key: &str) -> bool {
    key.starts_with("split:")
}

/// Where each article's entities are in the table: article `d`'s entities are
/// `rows[starts[d]..starts[d + 1]]` (`u32::MAX`: in no row).
#[derive(Default)]
struct RowIndex {
    starts: Vec<usize>,
    rows: Vec<u32>,
}

/// All analysed articles and their corpus-level entities.
#[derive(Default)]
pub struct Corpus {
    pub documents: Vec<DocumentAnalysis>,
    /// One row per article-entity key, in the order keys first came in.
    rows: Vec<CorpusEntity>,
    by_key: InputMap<String, usize>,
    /// Per row of a person: the matching forms of its written forms, kept so that
    /// building the table never normalizes the same name twice.
    person_forms: InputMap<usize, Vec<String>>,
    overrides: Overrides,
    /// The table built from `rows` and `overrides`; emptied when either changes.
    table: OnceCell<Vec<CorpusEntity>>,
    /// The table row of every article entity ([`Corpus::table_row`]), built from the
    /// table on first use and emptied with it.
    row_index: OnceCell<RowIndex>,
    /// Timeline and co-occurrence graph ([`crate::relate`]).
    pub relations: crate::relate::CorpusRelations,
    /// The files added, by the fingerprint of their decoded articles
    /// ([`file_fingerprint`]): a file read again under another name or encoding is
    /// refused ([`Corpus::claim_file`]).
    files: InputMap<u64, String>,
    /// The timeline items of the articles settled so far ([`Corpus::settle`]): the
    /// first `settled` articles.
    settled_timeline: crate::relate::Timeline,
    settled: usize,
}

/// A fingerprint of a file's articles as decoded (titles and texts, in order; FNV-1a,
/// 64 bits): the same text saved as UTF-8 and as windows-1256, or under another name,
/// gives the same fingerprint.
pub fn file_fingerprint(articles: &[crate::ingest::Article]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for a in articles {
        // A separator no text holds between the parts, so that moving a line from the
        // title to the text changes the fingerprint.
        eat(a.title.as_deref().unwrap_or("").as_bytes());
        eat(&[0xff]);
        eat(a.text.as_bytes());
        eat(&[0xfe]);
    }
    h
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Claims a file's articles for the corpus before they are analysed: refused (an
    /// [`Error`](crate::error::Error) coded `duplicate_text`, naming the file added
    /// earlier) when a file with the same decoded articles was added already; else
    /// remembered under `name`. Returns the fingerprint, for [`Corpus::release_file`].
    pub fn claim_file(&mut self, name: &str, articles: &[crate::ingest::Article]) -> Result<u64, crate::error::Error> {
        let fingerprint = file_fingerprint(articles);
        if let Some(earlier) = self.files.get(&fingerprint) {
            return Err(crate::error::Error::duplicate(name, earlier));
        }
        self.files.insert(fingerprint, name.to_string());
        Ok(fingerprint)
    }

    /// Forgets a claimed file (its analysis was cancelled before its end), so that it
    /// may be added again.
    pub fn release_file(&mut self, fingerprint: u64) {
        self.files.remove(&fingerprint);
    }

    /// Adds one analysed article; returns its index.
    pub fn add(&mut self, mut doc: DocumentAnalysis) -> usize {
        compact(&mut doc);
        self.push(doc)
    }

    /// Adds an article already compacted ([`compact`], or [`compact_kept`] when it is to
    /// be settled at once).
    fn push(&mut self, doc: DocumentAnalysis) -> usize {
        let d = self.documents.len();
        for (j, e) in doc.entities.iter().enumerate() {
            let at = match self.by_key.get(&e.key) {
                Some(&at) => at,
                None => {
                    self.rows.push(CorpusEntity {
                        entity_type: e.entity_type,
                        key: e.key.clone(),
                        canonical: e.canonical.clone(),
                        aliases: Vec::new(),
                        alias_mentions: Vec::new(),
                        english: e.english.clone(),
                        wikidata: e.wikidata.clone(),
                        title: None,
                        role: None,
                        role_english: None,
                        title_english: None,
                        affiliations: Vec::new(),
                        value: e.value.clone(),
                        mentions: 0,
                        adjective_mentions: 0,
                        occurrences: Vec::new(),
                        occurrence_mentions: Vec::new(),
                        keys: vec![e.key.clone()],
                        listed: e.listed,
                    });
                    self.by_key.insert(e.key.clone(), self.rows.len() - 1);
                    self.rows.len() - 1
                }
            };
            let c = &mut self.rows[at];
            c.mentions += e.mentions;
            c.adjective_mentions += e.adjective_mentions;
            for (a, n) in e.aliases.iter().zip(&e.alias_mentions) {
                // A span that ran over a dash (إبراهيم الزبيدي ـ شايع ـ عبد العزيز) is no name;
                // asked only of a person's new form (the Unicode letter test is not free).
                let dashed = || a.split_whitespace().any(|w| w.chars().all(|ch| ch == 'ـ' || !ch.is_alphabetic()));
                if add_alias(c, a, *n) && c.entity_type == EntityType::PER && !dashed() {
                    let forms = self.person_forms.entry(at).or_default();
                    let form = stream_form(a);
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
            }
            let c = &mut self.rows[at];
            fill_person_details(
                c,
                Details {
                    title: &e.title,
                    title_english: &e.title_english,
                    role: &e.role,
                    role_english: &e.role_english,
                },
                &e.affiliations,
            );
            if c.english.is_none() {
                c.english = e.english.clone();
            }
            c.occurrences.push((d, j));
            c.occurrence_mentions.push(e.mentions + e.adjective_mentions);
        }
        self.relations.add(&doc);
        self.documents.push(doc);
        self.table.take();
        self.row_index.take();
        d
    }

    /// The corpus table: one row per entity, after merging persons across articles
    /// and applying the overrides. Built on first use after a change.
    pub fn entities(&self) -> &[CorpusEntity] {
        self.table.get_or_init(|| self.build_table())
    }

    /// The row of the table ([`Corpus::entities`]) that holds entity `j` of article `d`
    /// (the first, when a form split off gave it two). Answered from an index built
    /// once per table: one look-up, not a scan of every row per article.
    pub fn table_row(&self, d: usize, j: usize) -> Option<usize> {
        let index = self.row_index.get_or_init(|| self.build_row_index());
        let (start, end) = (*index.starts.get(d)?, *index.starts.get(d + 1)?);
        let row = *index.rows.get(start + j).filter(|_| start + j < end)?;
        (row != u32::MAX).then_some(row as usize)
    }

    fn build_row_index(&self) -> RowIndex {
        let mut starts = Vec::with_capacity(self.documents.len() + 1);
        let mut n = 0;
        for doc in &self.documents {
            starts.push(n);
            n += doc.entities.len();
        }
        starts.push(n);
        let mut rows = vec![u32::MAX; n];
        for (c, e) in self.entities().iter().enumerate() {
            for &(d, j) in &e.occurrences {
                let (Some(&start), Some(&end)) = (starts.get(d), starts.get(d + 1)) else { continue };
                if start + j < end && rows[start + j] == u32::MAX {
                    rows[start + j] = c as u32;
                }
            }
        }
        RowIndex { starts, rows }
    }

    /// Names of the articles an entity occurs in.
    /// Each once: an entity merged by hand may gather two entities of one article.
    pub fn document_names(&self, entity: &CorpusEntity) -> Vec<&str> {
        let mut names: Vec<&str> = entity.occurrences.iter().map(|&(d, _)| self.documents[d].name.as_str()).collect();
        names.dedup();
        names
    }

    pub fn entities_of_type(&self, t: EntityType) -> impl Iterator<Item = &CorpusEntity> {
        self.entities().iter().filter(move |e| e.entity_type == t)
    }

    pub fn overrides(&self) -> &Overrides {
        &self.overrides
    }

    /// Replaces the corrections (the page hands back what it kept).
    pub fn set_overrides(&mut self, overrides: Overrides) {
        self.overrides = overrides;
        self.table.take();
        self.row_index.take();
    }

    /// Makes the entities with keys `a` and those with keys `b` one entity. A form
    /// split off earlier and merged back into its entity is simply un-split.
    pub fn merge(&mut self, a: &[String], b: &[String]) {
        let mut keys: Vec<String> = Vec::new();
        for k in a.iter().chain(b) {
            if let Some(at) = self.overrides.splits.iter().position(|s| split_key(&s.key, &s.alias) == *k) {
                let s = self.overrides.splits.remove(at);
                keys.push(s.key);
            } else {
                keys.push(k.clone());
            }
        }
        keys.sort();
        keys.dedup();
        if keys.len() > 1 {
            self.overrides.merges.push(keys);
        }
        self.table.take();
        self.row_index.take();
    }

    /// Takes the form `alias` off the entity with key `key`: the mentions written
    /// that way become an entity of their own.
    pub fn split(&mut self, key: &str, alias: &str) {
        let s = Split { key: key.to_string(), alias: alias.to_string() };
        if !self.overrides.splits.contains(&s) {
            self.overrides.splits.push(s);
        }
        self.table.take();
        self.row_index.take();
    }

    fn build_table(&self) -> Vec<CorpusEntity> {
        let n = self.rows.len();
        let mut sets = UnionFind::new(n);
        for (part, owner) in person_parts(&self.rows, &self.person_forms) {
            sets.union(part, owner);
        }
        for keys in &self.overrides.merges {
            let mut at = keys.iter().filter_map(|k| self.by_key.get(k).copied());
            if let Some(first) = at.next() {
                for other in at {
                    sets.union(first, other);
                }
            }
        }
        let mut groups: Vec<Vec<usize>> = Vec::new();
        // The group of each root row, by row index (usize::MAX: none yet).
        let mut group_of: Vec<usize> = vec![usize::MAX; n];
        for i in 0..n {
            let root = sets.find(i);
            if group_of[root] == usize::MAX {
                group_of[root] = groups.len();
                groups.push(Vec::new());
            }
            groups[group_of[root]].push(i);
        }
        let mut table: Vec<CorpusEntity> = groups.iter().map(|g| self.join(g)).collect();
        for s in &self.overrides.splits {
            let Some(&row) = self.by_key.get(&s.key) else { continue };
            let Some(&g) = group_of.get(sets.find(row)).filter(|&&g| g != usize::MAX) else { continue };
            if let Some(piece) = self.split_off(&mut table[g], s) {
                table.push(piece);
            }
        }
        table.retain(|e| !e.occurrences.is_empty());
        table
    }

    /// One row for several rows: the listed entity, else the longest name, leads.
    fn join(&self, group: &[usize]) -> CorpusEntity {
        let lead = *group
            .iter()
            .max_by_key(|&&i| {
                let r = &self.rows[i];
                (r.wikidata.is_some(), r.canonical.split_whitespace().count(), std::cmp::Reverse(i))
            })
            .expect("groups are never empty");
        let mut out = self.rows[lead].clone();
        for &i in group {
            if i == lead {
                continue;
            }
            let r = &self.rows[i];
            out.keys.push(r.key.clone());
            out.mentions += r.mentions;
            out.adjective_mentions += r.adjective_mentions;
            for (a, n) in r.aliases.iter().zip(&r.alias_mentions) {
                add_alias(&mut out, a, *n);
            }
            fill_person_details(
                &mut out,
                Details {
                    title: &r.title,
                    title_english: &r.title_english,
                    role: &r.role,
                    role_english: &r.role_english,
                },
                &r.affiliations,
            );
            out.english = out.english.or_else(|| r.english.clone());
            out.occurrences.extend(r.occurrences.iter().copied());
            out.occurrence_mentions.extend(r.occurrence_mentions.iter().copied());
        }
        if group.len() > 1 {
            let mut both: Vec<((usize, usize), usize)> =
                out.occurrences.iter().copied().zip(out.occurrence_mentions.iter().copied()).collect();
            both.sort();
            (out.occurrences, out.occurrence_mentions) = both.into_iter().unzip();
        }
        out
    }

    /// Moves the mentions written as `s.alias` from `entity` to an entity of their own.
    fn split_off(&self, entity: &mut CorpusEntity, s: &Split) -> Option<CorpusEntity> {
        let k = entity.aliases.iter().position(|a| *a == s.alias)?;
        if entity.aliases.len() < 2 {
            return None;
        }
        let moved = entity.alias_mentions[k];
        entity.aliases.remove(k);
        entity.alias_mentions.remove(k);
        entity.mentions = entity.mentions.saturating_sub(moved);
        let mut piece = CorpusEntity {
            entity_type: entity.entity_type,
            key: split_key(&s.key, &s.alias),
            canonical: s.alias.clone(),
            aliases: vec![s.alias.clone()],
            alias_mentions: vec![moved],
            english: None,
            wikidata: None,
            title: None,
            role: None,
            role_english: None,
            title_english: None,
            affiliations: Vec::new(),
            value: None,
            mentions: moved,
            adjective_mentions: 0,
            occurrences: Vec::new(),
            occurrence_mentions: Vec::new(),
            keys: Vec::new(),
            listed: false,
        };
        piece.keys.push(piece.key.clone());
        let mut kept = (Vec::new(), Vec::new());
        for (&(d, j), &count) in entity.occurrences.iter().zip(&entity.occurrence_mentions) {
            let de = &self.documents[d].entities[j];
            let here = de.aliases.iter().zip(&de.alias_mentions).find(|(a, _)| **a == s.alias).map_or(0, |(_, n)| *n);
            if here > 0 {
                piece.occurrences.push((d, j));
                piece.occurrence_mentions.push(here);
                if de.canonical == s.alias && piece.english.is_none() {
                    piece.english = de.english.clone();
                }
            }
            if count > here {
                kept.0.push((d, j));
                kept.1.push(count - here);
            }
        }
        (entity.occurrences, entity.occurrence_mentions) = kept;
        if entity.canonical == s.alias {
            if let Some(longest) = entity.aliases.iter().max_by_key(|a| a.chars().count()) {
                entity.canonical = longest.clone();
            }
        }
        Some(piece)
    }
}

/// Gives back the room an article's lists grew into while it was analysed: the corpus
/// keeps every article for as long as it lives, and a list filled by pushes has a third
/// more room than items on average (SaudiNewsNet's 31,030 articles: room for 1,005,518
/// mentions held 683,130, and for 532,948 article entities 381,478). Under mimalloc (the
/// command line's allocator) a block shrunk to half or more stays where it is, a smaller
/// one is copied to a smaller block.
fn compact(doc: &mut DocumentAnalysis) {
    compact_kept(doc);
    compact_settled(doc);
}

/// [`compact`] of the lists a settled article keeps ([`Corpus::settle`]).
fn compact_kept(doc: &mut DocumentAnalysis) {
    doc.entities.shrink_to_fit();
    doc.relations.cooccurrences.shrink_to_fit();
    doc.relations.pair_sentences.shrink_to_fit();
}

/// [`compact`] of the lists [`Corpus::settle`] drops: an article settled as soon as it
/// is added (`ReportWriter`) skips it, shrinking (with a copy when a block shrinks to
/// less than half, as mimalloc does) what is dropped right after.
fn compact_settled(doc: &mut DocumentAnalysis) {
    doc.mentions.shrink_to_fit();
    for e in &mut doc.entities {
        e.aliases.shrink_to_fit();
        e.alias_mentions.shrink_to_fit();
        e.affiliations.shrink_to_fit();
        e.mention_ids.shrink_to_fit();
    }
    let r = &mut doc.relations;
    r.events.shrink_to_fit();
    for ev in &mut r.events {
        ev.participants.shrink_to_fit();
        ev.places.shrink_to_fit();
    }
    r.dated_mentions.shrink_to_fit();
    for dm in &mut r.dated_mentions {
        dm.entities.shrink_to_fit();
    }
    let s = &mut r.summary;
    s.actors.shrink_to_fit();
    s.places.shrink_to_fit();
    s.dates.shrink_to_fit();
    s.events.shrink_to_fit();
}

/// A title and a role with their English forms, as an article entity or a row has them.
struct Details<'a> {
    title: &'a Option<String>,
    title_english: &'a Option<String>,
    role: &'a Option<String>,
    role_english: &'a Option<String>,
}

/// Gives a row the title and the role it lacks (each with its English form, so the two
/// never come from different sources) and the affiliations it does not have yet: the
/// same when an article's entity joins a row and when rows are merged.
fn fill_person_details(row: &mut CorpusEntity, d: Details, affiliations: &[Affiliation]) {
    if row.title.is_none() {
        row.title = d.title.clone();
        row.title_english = d.title_english.clone();
    }
    if row.role.is_none() {
        row.role = d.role.clone();
        row.role_english = d.role_english.clone();
    }
    // An epithet from one article and a role from another read together too.
    (row.title_english, row.role_english) =
        crate::english::title_and_role(row.title.as_deref(), row.title_english.take(), row.role_english.take());
    for a in affiliations {
        if !row.affiliations.iter().any(|b| b.key == a.key) {
            row.affiliations.push(a.clone());
        }
    }
}

/// Counts `n` mentions written `alias`; true when the form is new to the row.
fn add_alias(c: &mut CorpusEntity, alias: &str, n: usize) -> bool {
    match c.aliases.iter().position(|a| a == alias) {
        Some(k) => {
            c.alias_mentions[k] += n;
            false
        }
        None => {
            c.aliases.push(alias.to_string());
            c.alias_mentions.push(n);
            true
        }
    }
}

/// Links of a lineage or a compound name (بن، آل، أبو، عبد…), in matching form: the
/// word after one belongs to it.
fn is_link(word: &str) -> bool {
    matches!(word, "بن" | "بنت" | "ابن" | "ال" | "ابو" | "ابي" | "ام" | "عبد" | "ولد")
}

/// A Latin initial written out in Arabic letters (matching form): إتش، دبليو، جي.
fn is_initial(word: &str) -> bool {
    matches!(
        word,
        "اتش"
            | "ايتش"
            | "دبليو"
            | "جي"
            | "اف"
            | "كي"
            | "بي"
            | "اس"
            | "ار"
            | "تي"
            | "واي"
            | "زد"
            | "اكس"
            | "اي"
    )
}

/// Is `part` the name `full` with words left out: same first and last word, at
/// least two words, the others in order (محمد باقري in محمد حسين باقري)? A link keeps
/// its word: محمد بن سعود is not محمد بن نايف … آل سعود, عبد الرحمن not عبد العزيز بن
/// عبد الرحمن.
pub fn shortened_name(part: &[&str], full: &[&str]) -> bool {
    if part.len() < 2 || part.len() >= full.len() || part.first() != full.first() || part.last() != full.last() {
        return false;
    }
    // Initials tell namesakes apart (جورج إتش دبليو بوش, George H. W. Bush, is not
    // جورج بوش, often his son): a full name with an initial the part leaves out does
    // not own it.
    if full.iter().any(|f| is_initial(f) && !part.contains(f)) {
        return false;
    }
    // A name cut after a link (عبدالعزيز بن عبدالرحمن آل) is not a full name.
    if full.last().is_some_and(|w| is_link(w)) {
        return false;
    }
    // A name that ends in a father's or grandfather's name (محمد بن فيصل بن بندر بن
    // خالد) has no family name: only its links may be left out (بندر محمد = بندر بن محمد).
    if full.len() >= 2 && matches!(full[full.len() - 2], "بن" | "بنت" | "ابن") {
        let bare: Vec<&&str> = full.iter().filter(|w| !is_link(w)).collect();
        if bare.len() != part.iter().filter(|w| !is_link(w)).count() {
            return false;
        }
    }
    let mut at = 0; // next position of `full` to look at
    let mut previous: Option<usize> = None;
    for (k, p) in part.iter().enumerate() {
        let Some(found) = full[at..].iter().position(|f| f == p).map(|i| at + i) else { return false };
        if k > 0 && is_link(part[k - 1]) && previous.is_some_and(|q| found != q + 1) {
            return false;
        }
        previous = Some(found);
        at = found + 1;
    }
    // The last words must be the same word of the name, not an earlier one.
    previous == Some(full.len() - 1)
}

/// Persons named in part in some articles and in full in others: (part row, owner
/// row) where exactly one full name of the corpus holds the part (or several that
/// hold one another: the longest owns it). Only persons nobody listed are parts.
fn person_parts(rows: &[CorpusEntity], person_forms: &InputMap<usize, Vec<String>>) -> Vec<(usize, usize)> {
    // Every written form of every person, in matching form, by its last word.
    let mut by_last: InputMap<String, Vec<(usize, Vec<String>)>> = InputMap::default();
    let mut parts: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if r.entity_type != EntityType::PER {
            continue;
        }
        for f in person_forms.get(&i).into_iter().flatten() {
            let words: Vec<String> = f.split(' ').map(str::to_string).collect();
            let Some(last) = words.last().cloned() else { continue };
            by_last.entry(last).or_default().push((i, words));
        }
        if r.wikidata.is_none() && !r.listed && r.key.starts_with("PER:") {
            let words: Vec<String> = r.key["PER:".len()..].split(' ').map(str::to_string).collect();
            if words.len() >= 2 {
                parts.push((i, words));
            }
        }
    }
    let mut out = Vec::new();
    for (i, part) in parts {
        let part_words: Vec<&str> = part.iter().map(String::as_str).collect();
        let Some(candidates) = part.last().and_then(|l| by_last.get(l)) else { continue };
        // The owners, each with its longest form holding the part.
        let mut owners: Vec<(usize, Vec<&str>)> = Vec::new();
        for (row, words) in candidates {
            if *row == i {
                continue;
            }
            let w: Vec<&str> = words.iter().map(String::as_str).collect();
            if shortened_name(&part_words, &w) {
                match owners.iter_mut().find(|(r, _)| r == row) {
                    Some((_, best)) if best.len() < w.len() => *best = w,
                    Some(_) => {}
                    None => owners.push((*row, w)),
                }
            }
        }
        let Some((lead, longest)) = owners.iter().max_by_key(|(_, w)| w.len()).cloned() else { continue };
        if owners.iter().all(|(_, w)| *w == longest || shortened_name(w, &longest)) {
            out.push((i, lead));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shortened_name;

    /// The same article as UTF-8 and as windows-1256 (two files, two names) is one file
    /// to the corpus: the second is refused, naming the first; a file released (its
    /// analysis cancelled) may come again. Found by helper ux3 in the page.
    #[test]
    fn the_same_text_in_another_encoding_is_claimed_once() {
        let text = "زار رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية محمد باقري إسلام آباد.\n";
        let (cp1256, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
        assert!(!unmappable);
        let utf8 = crate::ingest::ingest("a.txt", text.as_bytes()).unwrap();
        let other = crate::ingest::ingest("b-1256.txt", &cp1256).unwrap();
        let mut corpus = super::Corpus::new();
        let claimed = corpus.claim_file("a.txt", &utf8).unwrap();
        let err = corpus.claim_file("b-1256.txt", &other).unwrap_err();
        assert_eq!(err.code(), "duplicate_text");
        assert!(err.params().contains(&("earlier", "a.txt".to_string())), "{err}");
        assert!(err.message().starts_with("b-1256.txt: "), "{err}");
        let another = crate::ingest::ingest("c.txt", "زار محمد باقري طهران.".as_bytes()).unwrap();
        assert!(corpus.claim_file("c.txt", &another).is_ok());
        corpus.release_file(claimed);
        assert!(corpus.claim_file("b-1256.txt", &other).is_ok());
    }

    fn w(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn shortened_names() {
        assert!(shortened_name(&w("محمد باقري"), &w("محمد حسين باقري")));
        assert!(shortened_name(&w("خالد العيسي"), &w("خالد بن عبدالرحمن العيسي")));
        assert!(shortened_name(&w("محمد عبد العزيز"), &w("محمد يوسف عبد العزيز")));
        assert!(!shortened_name(&w("باقري"), &w("محمد حسين باقري")), "a family name alone");
        assert!(!shortened_name(&w("حسين باقري"), &w("محمد حسين باقري")), "another first word");
        assert!(!shortened_name(&w("محمد باقري"), &w("محمد باقري كني")), "another last word");
        assert!(!shortened_name(&w("محمد بن سعود"), &w("محمد بن نايف بن عبدالعزيز ال سعود")));
        assert!(!shortened_name(&w("عبد الرحمن"), &w("عبد العزيز بن عبد الرحمن")));
        assert!(!shortened_name(&w("فهد بن محمد"), &w("فهد بن عبد الله بن محمد")));
        assert!(!shortened_name(&w("محمد باقري"), &w("محمد باقري")), "the same name is not a part");
        assert!(!shortened_name(&w("جورج بوش"), &w("جورج اتش دبليو بوش")), "initials tell namesakes apart");
        assert!(!shortened_name(&w("جورج دبليو بوش"), &w("جورج اتش دبليو بوش")), "another initial left out");
        assert!(shortened_name(&w("بندر محمد"), &w("بندر بن محمد")));
        assert!(!shortened_name(&w("محمد خالد"), &w("محمد بن فيصل بن بندر بن خالد")), "no family name");
        assert!(!shortened_name(&w("عبدالعزيز ال"), &w("عبدالعزيز بن عبدالرحمن ال")), "a cut name");
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The shape `rasd analyze --format json` writes: a contract evaluations read.
/// Fields may be added; the ones named in the README are never renamed.
#[derive(Serialize)]
pub struct Report<'c> {
    pub documents: Vec<DocumentReport<'c>>,
    /// Entities named at least once in the corpus.
    pub entities: Vec<CorpusEntityReport<'c>>,
    /// Countries and places only ever referred to by a nationality adjective.
    pub via_adjective_only: Vec<CorpusEntityReport<'c>>,
    /// Dated events and mentions by year and month ([`crate::relate`] documents the shape).
    pub timeline: Vec<crate::relate::TimelineGroup>,
    /// Entities that share sentences.
    pub graph: crate::relate::Graph<'c>,
}

#[derive(Serialize)]
pub struct DocumentReport<'c> {
    pub name: &'c str,
    pub title: Option<&'c str>,
    pub date: Option<&'c str>,
    /// Entities named at least once in the article.
    pub entities: Vec<EntityReport<'c>>,
    /// Places the article refers to only by a nationality adjective (الطاجيكي).
    pub via_adjective_only: Vec<EntityReport<'c>>,
    /// Who met whom, where and when ([`crate::relate::Event`]).
    pub events: &'c [crate::relate::Event],
    pub summary: &'c crate::relate::Summary,
}

#[derive(Serialize)]
pub struct EntityReport<'c> {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub canonical: &'c str,
    pub aliases: &'c [String],
    pub english: Option<&'c str>,
    pub wikidata: Option<&'c str>,
    pub title: Option<&'c str>,
    pub role: Option<&'c str>,
    /// The role in English, composed from the titles' and the gazetteer's English names.
    pub role_english: Option<&'c str>,
    /// The title in English (اللواء -> "Major General").
    pub title_english: Option<&'c str>,
    /// Countries and organisations a person belongs to: `{type, key, arabic,
    /// english, wikidata}`.
    pub affiliations: &'c [Affiliation],
    pub value: Option<&'c str>,
    pub mentions: usize,
    pub adjective_mentions: usize,
}

#[derive(Serialize)]
pub struct CorpusEntityReport<'c> {
    #[serde(flatten)]
    pub entity: EntityReport<'c>,
    /// Names of the articles it occurs in.
    pub documents: Vec<&'c str>,
}

impl<'c> EntityReport<'c> {
    fn of_corpus(e: &'c CorpusEntity) -> EntityReport<'c> {
        EntityReport {
            entity_type: e.entity_type,
            canonical: &e.canonical,
            aliases: &e.aliases,
            english: e.english.as_deref(),
            wikidata: e.wikidata.as_deref(),
            title: e.title.as_deref(),
            role: e.role.as_deref(),
            role_english: e.role_english.as_deref(),
            title_english: e.title_english.as_deref(),
            affiliations: &e.affiliations,
            value: e.value.as_deref(),
            mentions: e.mentions,
            adjective_mentions: e.adjective_mentions,
        }
    }

    fn of_document(e: &'c crate::resolve::DocEntity) -> EntityReport<'c> {
        EntityReport {
            entity_type: e.entity_type,
            canonical: &e.canonical,
            aliases: &e.aliases,
            english: e.english.as_deref(),
            wikidata: e.wikidata.as_deref(),
            title: e.title.as_deref(),
            role: e.role.as_deref(),
            role_english: e.role_english.as_deref(),
            title_english: e.title_english.as_deref(),
            affiliations: &e.affiliations,
            value: e.value.as_deref(),
            mentions: e.mentions,
            adjective_mentions: e.adjective_mentions,
        }
    }
}

/// The report after its `documents`, as [`ReportWriter::finish`] wrote it.
pub struct ReportRest<'c> {
    pub entities: Vec<CorpusEntityReport<'c>>,
    pub via_adjective_only: Vec<CorpusEntityReport<'c>>,
    pub timeline: Vec<crate::relate::TimelineGroup>,
    pub graph: crate::relate::Graph<'c>,
}

/// The JSON report ([`Report`], the same bytes as [`write_json_pretty`] of
/// [`Corpus::report`]) written while the articles are added, as `rasd analyze` does:
/// the report lists the articles first, so each article's part is written when it is
/// added, and the article then settled ([`Corpus::settle`]): memory does not grow with
/// every article's text, mentions and events. Nothing reaches the writer before the
/// first article's part (64 KiB are gathered first), and nothing at all if no article
/// is added and [`ReportWriter::finish`] is not called.
pub struct ReportWriter<W: std::io::Write> {
    object: JsonObject<W>,
    /// The first error writing, after which nothing more is written or settled.
    failed: Option<serde_json::Error>,
}

impl<W: std::io::Write> ReportWriter<W> {
    pub fn new(out: W) -> ReportWriter<W> {
        let mut object = JsonObject::new(out);
        object.begin_array("documents");
        ReportWriter { object, failed: None }
    }

    /// Adds an analysed article to `corpus`, writes its part of the report and settles it.
    pub fn add(&mut self, corpus: &mut Corpus, mut doc: DocumentAnalysis) -> usize {
        // Only what settling keeps is compacted; an article left whole (a write failed,
        // or splits among the corrections) has the rest compacted in `settle`.
        compact_kept(&mut doc);
        let d = corpus.push(doc);
        if self.failed.is_none() {
            match self.object.element(&corpus.document_report(d)) {
                Ok(()) => {
                    corpus.settle();
                }
                Err(e) => {
                    self.failed = Some(e);
                    compact_settled(&mut corpus.documents[d]);
                }
            }
        }
        d
    }

    /// Writes the rest of the report (the corpus table, the timeline, the graph) and
    /// hands the writer back, with what that rest was built from (for the caller to drop,
    /// or to leave to the system at exit as the command line does).
    pub fn finish(mut self, corpus: &mut Corpus) -> (Result<W, serde_json::Error>, ReportRest<'_>) {
        self.object.end_array();
        let timeline = corpus.take_timeline();
        let corpus: &Corpus = corpus;
        let (entities, via_adjective_only) = corpus.entity_reports();
        let graph = corpus.relations.graph(corpus.entities(), &corpus.documents);
        let rest = ReportRest { entities, via_adjective_only, timeline, graph };
        let written = match self.failed.take() {
            Some(e) => Err(e),
            None => (|| {
                self.object.field("entities", &rest.entities)?;
                self.object.field("via_adjective_only", &rest.via_adjective_only)?;
                self.object.field("timeline", &rest.timeline)?;
                self.object.field("graph", &rest.graph)?;
                self.object.end()
            })(),
        };
        (written, rest)
    }
}

impl Corpus {
    pub fn report<'c>(&'c self) -> Report<'c> {
        let documents = (0..self.documents.len()).map(|d| self.document_report(d)).collect();
        let (entities, via_adjective_only) = self.entity_reports();
        let timeline = self.timeline_from(self.settled_timeline.clone());
        let graph = self.relations.graph(self.entities(), &self.documents);
        Report { documents, entities, via_adjective_only, timeline, graph }
    }

    /// Article `d`'s part of the report (`documents[d]`).
    pub fn document_report(&self, d: usize) -> DocumentReport<'_> {
        let d = &self.documents[d];
        let (named, adjective_only): (Vec<_>, Vec<_>) = d.entities.iter().partition(|e| e.mentions > 0);
        DocumentReport {
            name: &d.name,
            title: d.title.as_deref(),
            date: d.date.as_deref(),
            entities: named.into_iter().map(EntityReport::of_document).collect(),
            via_adjective_only: adjective_only.into_iter().map(EntityReport::of_document).collect(),
            events: &d.relations.events,
            summary: &d.relations.summary,
        }
    }

    /// The report's `entities` and `via_adjective_only`: the table's rows named at least
    /// once, and the others.
    pub fn entity_reports(&self) -> (Vec<CorpusEntityReport<'_>>, Vec<CorpusEntityReport<'_>>) {
        let (named, adjective_only): (Vec<_>, Vec<_>) = self.entities().iter().partition(|e| e.mentions > 0);
        let corpus_row =
            |e| CorpusEntityReport { entity: EntityReport::of_corpus(e), documents: self.document_names(e) };
        (named.into_iter().map(corpus_row).collect(), adjective_only.into_iter().map(corpus_row).collect())
    }

    /// Settles the next article not settled yet, once its part of the report is written
    /// ([`Corpus::document_report`]): its timeline items are gathered now, and what only
    /// its report and its timeline read is dropped (text, mentions, events, dates,
    /// summary; its entities keep their key, type and counts): what the corpus table,
    /// the graph and the rest of the report need stays. The command line settles each
    /// article as it writes it, so that its memory stays flat; the page keeps its
    /// articles whole (it shows them, and a form split off by hand needs them: with
    /// splits among the corrections only the timeline is gathered). Returns false when
    /// every article is settled.
    pub fn settle(&mut self) -> bool {
        let d = self.settled;
        let Some(doc) = self.documents.get_mut(d) else { return false };
        self.settled_timeline.add(d, doc);
        self.settled += 1;
        if !self.overrides.splits.is_empty() {
            // Kept whole: what `ReportWriter::add` left uncompacted is compacted now
            // (for an article compacted whole already, this changes nothing).
            compact_settled(doc);
            return true;
        }
        doc.title = None;
        doc.date = None;
        doc.text = String::new();
        doc.mentions = Vec::new();
        let r = &mut doc.relations;
        r.events = Vec::new();
        r.dated_mentions = Vec::new();
        r.summary = Default::default();
        for e in &mut doc.entities {
            e.canonical = String::new();
            e.aliases = Vec::new();
            e.alias_mentions = Vec::new();
            e.english = None;
            e.wikidata = None;
            e.title = None;
            e.role = None;
            e.role_english = None;
            e.title_english = None;
            e.affiliations = Vec::new();
            e.value = None;
            e.mention_ids = Vec::new();
        }
        true
    }

    /// The report's timeline, taken: the settled articles' items ([`Corpus::settle`])
    /// and those of the articles after them. For a corpus written once (the command
    /// line): the settled articles' items are no longer in the corpus afterwards.
    pub fn take_timeline(&mut self) -> Vec<crate::relate::TimelineGroup> {
        let settled = std::mem::take(&mut self.settled_timeline);
        self.timeline_from(settled)
    }

    /// The timeline's groups: `settled`, the items of the settled articles, with those
    /// of the articles after them (all of them when none is settled).
    fn timeline_from(&self, mut settled: crate::relate::Timeline) -> Vec<crate::relate::TimelineGroup> {
        for d in self.settled..self.documents.len() {
            settled.add(d, &self.documents[d]);
        }
        settled.groups()
    }
}
