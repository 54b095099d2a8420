//! The JavaScript boundary: glue only, no analysis here.
//!
//! One long-lived [`Rasd`] value holds the [`Analyzer`] (built once) and the
//! [`Corpus`] of everything analysed so far. Results cross as plain JS objects
//! (serde-wasm-bindgen, JSON-compatible: maps become objects, `None` becomes `null`).
//! Byte spans become UTF-16 code units here and nowhere else, so the page can
//! `text.slice(start, end)`.
//!
//! Rust types are serialized through `#[serde(flatten)]` wrappers, so a field added
//! to `CorpusEntity`, `DocEntity` or `Mention` reaches the page without a change here.

use std::collections::HashMap;
use std::sync::Mutex;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::aggregate::{is_split_key, Corpus, CorpusEntity, Overrides};
use crate::analyzer::DocumentAnalysis;
use crate::entity::{Affiliation, EntityType, Mention};
use crate::ingest::{ingest, Article};
use crate::relate::{Event, Graph, Summary, TimelineItem};
use crate::resolve::DocEntity;
use crate::span::Span;
use crate::Analyzer;

mod heap;
mod utf16;

pub(crate) use utf16::utf16_offsets;

/// The analyzer and the corpus, kept alive between calls from the page's worker.
#[wasm_bindgen]
pub struct Rasd {
    analyzer: Analyzer,
    corpus: Corpus,
    /// The articles of the file begun with [`Rasd::begin_file`] not analysed yet.
    pending: std::vec::IntoIter<Article>,
    /// That file's fingerprint ([`Corpus::claim_file`]), released if it is cut short.
    pending_file: Option<u64>,
    /// The table as the last [`Rasd::table_update`] left it: a hash of the row's key ->
    /// (index, fingerprint). Hashes rather than copies of the keys (75,000 rows for
    /// SaudiNewsNet, and the map is made anew at every update); the fingerprint covers
    /// the key too, so a row is reused only if both hashes agree.
    sent: HashMap<u64, (u32, u64)>,
}

/// What the page lists for an article (no text: ask [`Rasd::document`] for that).
#[derive(Serialize)]
struct DocumentSummary<'a> {
    index: usize,
    name: &'a str,
    title: Option<&'a str>,
    /// For an article with no title, its opening words to list it by.
    opening: Option<&'a str>,
    date: Option<&'a str>,
    /// Length of the text in UTF-16 code units.
    length: usize,
    mentions: usize,
    entities: usize,
}

/// How much of an untitled article's first line the article list shows.
const OPENING_CHARS: usize = 60;

/// The opening words of an article with no title ([`DocumentSummary::opening`]).
fn opening(doc: &DocumentAnalysis) -> Option<&str> {
    doc.title.is_none().then(|| crate::ingest::opening_words(&doc.text, OPENING_CHARS))
}

/// A corpus row: every field of [`CorpusEntity`] plus the articles it occurs in.
#[derive(Serialize)]
struct EntityRow<'a> {
    index: usize,
    #[serde(flatten)]
    entity: &'a CorpusEntity,
    /// Indices of the articles it occurs in (into `documents`), each once, in order.
    documents: Vec<usize>,
    /// Mentions in each of those articles (by name and via adjective), same order.
    counts: Vec<usize>,
}

#[derive(Serialize)]
struct EntityTable<'a> {
    documents: Vec<DocumentSummary<'a>>,
    entities: Vec<EntityRow<'a>>,
}

/// Article indices a table row lists ([`RowOut::documents_head`]); the rest are asked
/// for when needed ([`Rasd::entity_documents`]).
const DOCUMENTS_HEAD: usize = 20;

/// A corpus row as the page keeps it: every field of [`CorpusEntity`] but the
/// `occurrences` pairs, without its `index` (rows move when the table is rebuilt:
/// [`TableUpdate::at`] says where it goes), and with the number of its articles and
/// the first few instead of all (a much-mentioned row lists thousands, and changes
/// with nearly every article). `table_rows_carry_every_field_but_occurrences` checks
/// the list against [`CorpusEntity`]'s own.
#[derive(Serialize)]
struct RowOut<'a> {
    #[serde(rename = "type")]
    entity_type: EntityType,
    key: &'a str,
    canonical: &'a str,
    aliases: &'a [String],
    alias_mentions: &'a [usize],
    english: Option<&'a str>,
    wikidata: Option<&'a str>,
    title: Option<&'a str>,
    title_english: Option<&'a str>,
    role: Option<&'a str>,
    role_english: Option<&'a str>,
    affiliations: &'a [Affiliation],
    value: Option<&'a str>,
    mentions: usize,
    adjective_mentions: usize,
    keys: &'a [String],
    /// How many articles it occurs in.
    articles: usize,
    /// The first [`DOCUMENTS_HEAD`] of them (indices into the articles).
    documents_head: Vec<usize>,
}

/// What changed in the corpus table since the last [`Rasd::table_update`]: the page
/// keeps the rows it has and receives only new or changed ones.
#[derive(Serialize)]
struct TableUpdate<'a> {
    /// Summaries of the articles from index `from` on (an article's never changes).
    documents: Vec<DocumentSummary<'a>>,
    /// Rows in the table now.
    entities: usize,
    /// The rows that are new or differ from the row of the same key last time.
    rows: Vec<RowOut<'a>>,
    /// Where each of `rows` goes in the table.
    at: Vec<u32>,
    // `reuse` (an Int32Array, one per row of the table: the row's index in the previous
    // update, or -1 for a row of `rows`) is set on the object after serializing.
}

/// A [`std::hash::Hasher`] fed through `io::Write`, to fingerprint a row's JSON.
struct HashWriter(std::collections::hash_map::DefaultHasher);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(&mut self.0, buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A row key's hash for [`Rasd::table_update`] (fixed keys: the same from call to call).
fn key_hash(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(key.as_bytes());
    h.finish()
}

/// A row's article indices (each once, in order) and mentions in each.
fn documents_and_counts(entity: &CorpusEntity) -> (Vec<usize>, Vec<usize>) {
    let mut documents: Vec<usize> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    for (&(d, _), &n) in entity.occurrences.iter().zip(&entity.occurrence_mentions) {
        if documents.last() == Some(&d) {
            if let Some(c) = counts.last_mut() {
                *c += n;
            }
        } else {
            documents.push(d);
            counts.push(n);
        }
    }
    (documents, counts)
}

fn row_out(e: &CorpusEntity) -> RowOut<'_> {
    let (mut documents, _) = documents_and_counts(e);
    let articles = documents.len();
    documents.truncate(DOCUMENTS_HEAD);
    RowOut {
        entity_type: e.entity_type,
        key: &e.key,
        canonical: &e.canonical,
        aliases: &e.aliases,
        alias_mentions: &e.alias_mentions,
        english: e.english.as_deref(),
        wikidata: e.wikidata.as_deref(),
        title: e.title.as_deref(),
        title_english: e.title_english.as_deref(),
        role: e.role.as_deref(),
        role_english: e.role_english.as_deref(),
        affiliations: &e.affiliations,
        value: e.value.as_deref(),
        mentions: e.mentions,
        adjective_mentions: e.adjective_mentions,
        keys: &e.keys,
        articles,
        documents_head: documents,
    }
}

/// The articles of one row, for [`Rasd::entity_documents`].
#[derive(Serialize)]
struct RowDocuments {
    documents: Vec<usize>,
    counts: Vec<usize>,
}

/// One mention: every field of [`Mention`] (its byte `span` included) plus UTF-16 offsets.
#[derive(Serialize)]
struct MentionOut<'a> {
    #[serde(flatten)]
    mention: &'a Mention,
    /// UTF-16 offsets into the article text: `text.slice(start, end)` in JS.
    start: usize,
    end: usize,
    /// Index into the article's `entities`, if the mention was resolved to one.
    entity: Option<usize>,
    /// Its row in the corpus table: the entity's row, or the row of a form split off
    /// by hand when the mention is written in that form.
    corpus: Option<usize>,
}

/// One entity of an article, with its row in the corpus table.
#[derive(Serialize)]
struct DocEntityOut<'a> {
    #[serde(flatten)]
    entity: &'a DocEntity,
    /// Index into the corpus table returned by [`Rasd::entities`].
    corpus: Option<usize>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    index: usize,
    name: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    text: &'a str,
    mentions: Vec<MentionOut<'a>>,
    entities: Vec<DocEntityOut<'a>>,
}

/// A byte span's ends in UTF-16 code units of the article text.
#[derive(Serialize, Clone, Copy, Default)]
struct Units {
    start: usize,
    end: usize,
}

/// Converts many byte spans of one text in one pass.
fn units_of(text: &str, spans: &[Span]) -> Vec<Units> {
    let bytes: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    let units = utf16_offsets(text, &bytes);
    units
        .chunks(2)
        .map(|c| Units { start: c.first().copied().unwrap_or(0), end: c.get(1).copied().unwrap_or(0) })
        .collect()
}

/// One event: every field of [`Event`] (byte spans included) plus its article and the
/// UTF-16 offsets of its sentence (`evidence_units`) and trigger (`trigger_units`).
#[derive(Serialize)]
struct EventOut<'a> {
    document: usize,
    /// Index among the article's events.
    index: usize,
    #[serde(flatten)]
    event: &'a Event,
    evidence_units: Units,
    trigger_units: Units,
}

/// A timeline item with the UTF-16 offsets of its sentence.
#[derive(Serialize)]
struct TimelineItemOut<'a> {
    #[serde(flatten)]
    item: &'a TimelineItem,
    sentence_units: Units,
}

#[derive(Serialize)]
struct TimelineGroupOut<'a> {
    year: Option<&'a str>,
    month: Option<&'a str>,
    items: Vec<TimelineItemOut<'a>>,
}

/// An article's summary, with its index, name, title and date.
#[derive(Serialize)]
struct SummaryOut<'a> {
    document: usize,
    name: &'a str,
    title: Option<&'a str>,
    /// As in [`DocumentSummary`].
    opening: Option<&'a str>,
    date: Option<&'a str>,
    #[serde(flatten)]
    summary: &'a Summary,
}

/// The message of the last panic. A panic aborts (the module traps and the page must
/// start a new instance), but the hook runs first: the page reads this to say why.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Installs the hook once, in front of the one already there (wasm-bindgen-test's, in
/// tests, which prints the message).
fn record_panics() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Ok(mut last) = LAST_PANIC.lock() {
                *last = Some(info.to_string());
            }
            previous(info);
        }));
    });
}

/// The heap the core has allocated, in bytes: `{live, peak}` (`peak`: the most live at
/// once since the module started). The wasm memory (`memory.buffer.byteLength`) is at
/// least `peak` and never shrinks; what it holds beyond `live` is free for the next
/// allocations. For the benchmarks (scripts/bench-browser.mjs).
#[wasm_bindgen(js_name = heapBytes)]
pub fn heap_bytes() -> Result<JsValue, JsError> {
    to_js(&heap::bytes())
}

/// The message of the panic that made the module trap, if one did.
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.lock().ok().and_then(|last| last.clone())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map_err(|e| JsError::new(&format!("Rasd could not pass its results to the page ({e}); please report this.")))
}

/// A refused file as a JS `Error`: the English message, plus `code` and `params`.
fn refusal(e: crate::error::Error) -> JsValue {
    let error = js_sys::Error::new(e.message());
    let params = js_sys::Object::new();
    for (name, value) in e.params() {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&params, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(e.code()));
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("params"), &params);
    error.into()
}

fn summary(index: usize, doc: &DocumentAnalysis) -> DocumentSummary<'_> {
    DocumentSummary {
        index,
        name: &doc.name,
        title: doc.title.as_deref(),
        opening: opening(doc),
        date: doc.date.as_deref(),
        length: doc.text.encode_utf16().count(),
        mentions: doc.mentions.len(),
        entities: doc.entities.len(),
    }
}

#[wasm_bindgen]
impl Rasd {
    /// Builds the analyzer (the costly part: do it once).
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Rasd {
        record_panics();
        Rasd {
            analyzer: Analyzer::new(),
            corpus: Corpus::new(),
            pending: Vec::new().into_iter(),
            pending_file: None,
            sent: HashMap::new(),
        }
    }

    /// Reads one file's bytes, analyses its articles and adds them to the corpus.
    /// Returns the added articles' summaries `[{index, name, title, date, length,
    /// mentions, entities}]`, or throws an `Error` whose message says what was wrong
    /// with the file (the corpus is left as it was). The `Error` also has `code` and
    /// `params` (an object), for a message in the page's language (see `Error::code`).
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<JsValue, JsValue> {
        let first = self.corpus.documents.len();
        self.begin_file(name, bytes)?;
        self.analyze_next(usize::MAX);
        let added: Vec<DocumentSummary> =
            self.corpus.documents[first..].iter().enumerate().map(|(i, d)| summary(first + i, d)).collect();
        to_js(&added).map_err(JsValue::from)
    }

    /// Reads one file's bytes into articles to analyse with [`Rasd::analyze_next`]
    /// (the page's worker reports progress and lets a cancel in between them). Returns
    /// how many articles the file holds, or throws as [`Rasd::add_file`] does (nothing
    /// changes then); also when the file's articles, decoded, are those of a file added
    /// already (code `duplicate_text`, param `earlier`: the same text in another
    /// encoding or under another name would count twice). The articles of a file begun
    /// earlier and not analysed yet are dropped.
    #[wasm_bindgen(js_name = beginFile)]
    pub fn begin_file(&mut self, name: &str, bytes: &[u8]) -> Result<usize, JsValue> {
        let articles = ingest(name, bytes).map_err(refusal)?;
        let claimed = self.corpus.claim_file(name, &articles).map_err(refusal)?;
        self.drop_pending();
        self.pending_file = Some(claimed);
        // Room for the file's articles, no more (growing by doubling would leave up to
        // as much again unused: the corpus lives as long as the page).
        self.corpus.documents.reserve_exact(articles.len());
        self.pending = articles.into_iter();
        Ok(self.pending.len())
    }

    /// Analyses up to `max` articles of the file begun last and adds them to the
    /// corpus; returns how many are left.
    #[wasm_bindgen(js_name = analyzeNext)]
    pub fn analyze_next(&mut self, max: usize) -> usize {
        for article in self.pending.by_ref().take(max) {
            let analysis = self.analyzer.analyze_owned(article);
            self.corpus.add(analysis);
        }
        self.pending.len()
    }

    /// Drops the articles of the file begun last that are not analysed yet (a cancel).
    #[wasm_bindgen(js_name = dropPending)]
    pub fn drop_pending(&mut self) {
        if self.pending.len() > 0 {
            if let Some(f) = self.pending_file.take() {
                self.corpus.release_file(f);
            }
        }
        self.pending = Vec::new().into_iter();
    }

    /// What changed in the corpus table since the last call (everything when `full`
    /// or on the first call): `{documents, entities, rows, at, reuse}`. `documents`
    /// are the summaries from index `from` on; `entities` the number of rows now;
    /// `rows` the new or changed rows (the fields of [`Rasd::entities`]' rows but
    /// `index` and `occurrences`, with `articles`, their number, and `documents_head`,
    /// the first 20, for `documents` and `counts`), going to indices `at`; `reuse` an `Int32Array`, for
    /// each row of the table its index in the previous update's table (the row is the
    /// same), or -1 (the row is in `rows`). Made for a caller that keeps the table:
    /// each call is relative to the one before.
    #[wasm_bindgen(js_name = tableUpdate)]
    pub fn table_update(&mut self, from: usize, full: bool) -> Result<JsValue, JsError> {
        use std::hash::Hasher;
        if full {
            self.sent.clear();
        }
        let table = self.corpus.entities();
        let mut reuse: Vec<i32> = Vec::with_capacity(table.len());
        let mut rows: Vec<RowOut> = Vec::new();
        let mut at: Vec<u32> = Vec::new();
        let mut sent: HashMap<u64, (u32, u64)> = HashMap::with_capacity(table.len());
        for (i, e) in table.iter().enumerate() {
            let row = row_out(e);
            let mut hash = HashWriter(Default::default());
            serde_json::to_writer(&mut hash, &row).map_err(|e| JsError::new(&e.to_string()))?;
            let fingerprint = hash.0.finish();
            let key = key_hash(&e.key);
            match self.sent.get(&key) {
                Some(&(before, f)) if f == fingerprint => reuse.push(before as i32),
                _ => {
                    reuse.push(-1);
                    rows.push(row);
                    at.push(i as u32);
                }
            }
            sent.insert(key, (i as u32, fingerprint));
        }
        let documents = self.corpus.documents.iter().enumerate().skip(from).map(|(i, d)| summary(i, d)).collect();
        let out = to_js(&TableUpdate { documents, entities: table.len(), rows, at })?;
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str("reuse"), &js_sys::Int32Array::from(&reuse[..]));
        self.sent = sent;
        Ok(out)
    }

    /// The articles of the row whose `key` is given, `{documents, counts}` as in
    /// [`Rasd::entities`], or `null` when the table has no such row.
    #[wasm_bindgen(js_name = entityDocuments)]
    pub fn entity_documents(&self, key: &str) -> Result<JsValue, JsError> {
        match self.corpus.entities().iter().find(|e| e.key == key) {
            Some(e) => {
                let (documents, counts) = documents_and_counts(e);
                to_js(&RowDocuments { documents, counts })
            }
            None => Ok(JsValue::NULL),
        }
    }

    /// Number of articles in the corpus.
    #[wasm_bindgen(getter, js_name = documentCount)]
    pub fn document_count(&self) -> usize {
        self.corpus.documents.len()
    }

    /// The corpus table: `{documents: [summary], entities: [row]}` where each row has
    /// every corpus entity field (`type`, `key`, `canonical`, `aliases`, `english`,
    /// `role`, `title`, `value`, `mentions`, `adjective_mentions`, …) plus `index`,
    /// `documents` (article indices) and `counts` (mentions per article).
    pub fn entities(&self) -> Result<JsValue, JsError> {
        let docs = &self.corpus.documents;
        let entities = self
            .corpus
            .entities()
            .iter()
            .enumerate()
            .map(|(index, entity)| {
                let (documents, counts) = documents_and_counts(entity);
                EntityRow { index, entity, documents, counts }
            })
            .collect();
        let documents = docs.iter().enumerate().map(|(i, d)| summary(i, d)).collect();
        to_js(&EntityTable { documents, entities })
    }

    /// Summaries of all articles, in the order they were added.
    pub fn documents(&self) -> Result<JsValue, JsError> {
        let list: Vec<DocumentSummary> = self.corpus.documents.iter().enumerate().map(|(i, d)| summary(i, d)).collect();
        to_js(&list)
    }

    /// One article in full: `{index, name, title, date, text, mentions, entities}`;
    /// mentions carry UTF-16 `start`/`end` and the index of their `entity`; entities
    /// carry `corpus`, their row in [`Rasd::entities`].
    pub fn document(&self, index: usize) -> Result<JsValue, JsError> {
        let doc = self.corpus.documents.get(index).ok_or_else(|| {
            JsError::new(&format!(
                "There is no article number {index}; the corpus has {} articles.",
                self.corpus.documents.len()
            ))
        })?;
        to_js(&document_out(&self.corpus, index, doc))
    }

    /// Every event of every article, in article and text order: each field of
    /// `relate::Event` (`kind`, `label`, `participants`, `places`, `when`, `name`, `gloss`,
    /// `evidence_text`, byte spans…) plus `document` (article index), `index` (among the
    /// article's events) and UTF-16 `evidence_units` / `trigger_units` `{start, end}`.
    pub fn events(&self) -> Result<JsValue, JsError> {
        let mut out: Vec<EventOut> = Vec::new();
        for (d, doc) in self.corpus.documents.iter().enumerate() {
            let events = &doc.relations.events;
            let spans: Vec<Span> = events.iter().flat_map(|e| [e.evidence, e.trigger]).collect();
            let units = units_of(&doc.text, &spans);
            for (index, event) in events.iter().enumerate() {
                out.push(EventOut {
                    document: d,
                    index,
                    event,
                    evidence_units: units.get(2 * index).copied().unwrap_or_default(),
                    trigger_units: units.get(2 * index + 1).copied().unwrap_or_default(),
                });
            }
        }
        to_js(&out)
    }

    /// The corpus timeline: `[{year, month, items}]` in time order (`relate` documents the
    /// item shape); each item also has `sentence_units`, its sentence in UTF-16 offsets
    /// of article `document_index`.
    pub fn timeline(&self) -> Result<JsValue, JsError> {
        let groups = self.corpus.relations.timeline(&self.corpus.documents);
        // Every sentence span of one article converted in one pass over its text.
        let mut per_doc: HashMap<usize, Vec<Span>> = HashMap::new();
        for item in groups.iter().flat_map(|g| g.items.iter()) {
            per_doc.entry(item.document_index).or_default().push(item.sentence);
        }
        let mut converted: HashMap<(usize, usize, usize), Units> = HashMap::new();
        for (d, spans) in per_doc {
            let Some(doc) = self.corpus.documents.get(d) else { continue };
            for (span, units) in spans.iter().zip(units_of(&doc.text, &spans)) {
                converted.insert((d, span.start, span.end), units);
            }
        }
        let out: Vec<TimelineGroupOut> = groups
            .iter()
            .map(|g| TimelineGroupOut {
                year: g.year.as_deref(),
                month: g.month.as_deref(),
                items: g
                    .items
                    .iter()
                    .map(|item| TimelineItemOut {
                        item,
                        sentence_units: converted
                            .get(&(item.document_index, item.sentence.start, item.sentence.end))
                            .copied()
                            .unwrap_or_default(),
                    })
                    .collect(),
            })
            .collect();
        to_js(&out)
    }

    /// The co-occurrence graph `{nodes: [{key, type, canonical, english, mentions,
    /// degree}], edges: [{source, target, weight, documents}]}` (keys are the corpus
    /// rows' `key`).
    pub fn graph(&self) -> Result<JsValue, JsError> {
        let graph: Graph = self.corpus.relations.graph(self.corpus.entities(), &self.corpus.documents);
        to_js(&graph)
    }

    /// Every article's summary: `[{document, name, title, date, actors, places, dates,
    /// events, event_counts}]` (`relate::Summary`; `events[].index` points into the
    /// article's events as numbered by [`Rasd::events`]).
    pub fn summaries(&self) -> Result<JsValue, JsError> {
        let out: Vec<SummaryOut> = self
            .corpus
            .documents
            .iter()
            .enumerate()
            .map(|(d, doc)| SummaryOut {
                document: d,
                name: &doc.name,
                title: doc.title.as_deref(),
                opening: opening(doc),
                date: doc.date.as_deref(),
                summary: &doc.relations.summary,
            })
            .collect();
        to_js(&out)
    }

    /// Forgets every article (the analyzer and the reader's overrides are kept).
    pub fn clear(&mut self) {
        let overrides = self.corpus.overrides().clone();
        self.corpus = Corpus::new();
        self.corpus.set_overrides(overrides);
        self.drop_pending();
        self.sent.clear();
    }

    /// The reader's corrections: `{merges: [[key…]…], splits: [{key, alias}…]}`, to
    /// keep and hand back with [`Rasd::set_overrides`] after a reload.
    pub fn overrides(&self) -> Result<JsValue, JsError> {
        to_js(self.corpus.overrides())
    }

    /// Replaces the corrections (what [`Rasd::overrides`] returned earlier; `{}` for
    /// none). They apply to every later [`Rasd::entities`].
    #[wasm_bindgen(js_name = setOverrides)]
    pub fn set_overrides(&mut self, overrides: JsValue) -> Result<(), JsError> {
        let parsed: Overrides = if overrides.is_null() || overrides.is_undefined() {
            Overrides::default()
        } else {
            serde_wasm_bindgen::from_value(overrides).map_err(|e| {
                JsError::new(&format!("The saved merges and splits could not be read ({e}); they were left out."))
            })?
        };
        self.corpus.set_overrides(parsed);
        Ok(())
    }

    /// Makes two corpus entities one: `keys_a` and `keys_b` are their rows' `keys`.
    /// Returns the overrides.
    pub fn merge(&mut self, keys_a: Vec<String>, keys_b: Vec<String>) -> Result<JsValue, JsError> {
        self.corpus.merge(&keys_a, &keys_b);
        to_js(self.corpus.overrides())
    }

    /// Takes the written form `alias` off the entity whose row `key` is given: its
    /// mentions become an entity of their own. Returns the overrides.
    pub fn split(&mut self, key: &str, alias: &str) -> Result<JsValue, JsError> {
        self.corpus.split(key, alias);
        to_js(self.corpus.overrides())
    }
}

fn document_out<'a>(corpus: &'a Corpus, index: usize, doc: &'a DocumentAnalysis) -> DocumentOut<'a> {
    // Both ends of every span, converted in one pass over the text.
    let bytes: Vec<usize> = doc.mentions.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    let units = utf16_offsets(&doc.text, &bytes);

    let mut entity_of_mention: HashMap<usize, usize> = HashMap::new();
    for (j, e) in doc.entities.iter().enumerate() {
        for &m in &e.mention_ids {
            entity_of_mention.entry(m).or_insert(j);
        }
    }

    let rows = mention_rows(corpus, index, doc);
    let mentions = doc
        .mentions
        .iter()
        .enumerate()
        .map(|(i, mention)| {
            let entity = entity_of_mention.get(&i).copied();
            MentionOut {
                mention,
                start: units.get(2 * i).copied().unwrap_or(0),
                end: units.get(2 * i + 1).copied().unwrap_or(0),
                entity,
                corpus: entity.and_then(|j| rows.row(j, mention, &doc.text)),
            }
        })
        .collect();
    let entities = doc
        .entities
        .iter()
        .enumerate()
        .map(|(j, entity)| DocEntityOut { entity, corpus: corpus.table_row(index, j) })
        .collect();
    DocumentOut {
        index,
        name: &doc.name,
        title: doc.title.as_deref(),
        date: doc.date.as_deref(),
        text: &doc.text,
        mentions,
        entities,
    }
}

/// The corpus rows of one article's entities, per mention. An article entity has one
/// row ([`Corpus::table_row`]) unless the reader split a form off it: then the mentions
/// written in that form belong to the split-off row, the others to the entity's own.
struct MentionRows<'a> {
    corpus: &'a Corpus,
    index: usize,
    /// Article entity -> every row it occurs in, when some form was split off.
    split: Option<HashMap<usize, Vec<usize>>>,
}

fn mention_rows<'a>(corpus: &'a Corpus, index: usize, doc: &DocumentAnalysis) -> MentionRows<'a> {
    // Without splits (the usual case) no scan: one row per article entity.
    if corpus.overrides().splits.is_empty() || doc.entities.is_empty() {
        return MentionRows { corpus, index, split: None };
    }
    let mut split: HashMap<usize, Vec<usize>> = HashMap::new();
    for (c, e) in corpus.entities().iter().enumerate() {
        for &(d, j) in &e.occurrences {
            if d == index {
                split.entry(j).or_default().push(c);
            }
        }
    }
    MentionRows { corpus, index, split: Some(split) }
}

impl MentionRows<'_> {
    fn row(&self, j: usize, mention: &Mention, text: &str) -> Option<usize> {
        let own = self.corpus.table_row(self.index, j);
        let Some(rows) = self.split.as_ref().and_then(|s| s.get(&j)).filter(|r| r.len() > 1) else {
            return own;
        };
        let table = self.corpus.entities();
        if !mention.adjective {
            let alias = mention.alias(text);
            if let Some(&c) = rows.iter().find(|&&c| table[c].aliases.contains(&alias)) {
                return Some(c);
            }
        }
        // An adjective, or a form no row lists: the entity's own row, not a piece split off.
        rows.iter().copied().find(|&c| !table[c].keys.iter().any(|k| is_split_key(k))).or(own)
    }
}

// Run with `cargo test --target wasm32-unknown-unknown --lib` (wasm-bindgen-test-runner,
// in Node). These go through the real boundary: serde-wasm-bindgen and JS strings.
#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn from_js(value: JsValue) -> Value {
        serde_wasm_bindgen::from_value(value).expect("the boundary returns JSON-compatible values")
    }

    fn message(err: JsValue) -> String {
        js_sys::Error::from(err).message().into()
    }

    fn property(object: &JsValue, name: &str) -> String {
        js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap().as_string().unwrap_or_default()
    }

    const EMOJI_ARTICLE: &str = "😀🇮🇷 طهران - أعلن رئيس الأركان الإيراني اللواء محمد باقري أن إيران وطاجيكستان \
        ستوقعان اتفاقية دفاعية في دوشنبه يوم ٢١ يناير ٢٠٢٥ بقيمة 60 مليون دولار.";

    #[wasm_bindgen_test]
    fn emoji_before_arabic_maps_to_js_string_offsets() {
        let text = EMOJI_ARTICLE;
        let start = text.find("إيران").unwrap();
        let end = start + "إيران".len();
        let units = utf16_offsets(text, &[start, end]);
        let js = js_sys::JsString::from(text);
        assert_eq!(String::from(js.slice(units[0] as u32, units[1] as u32)), "إيران");
    }

    #[wasm_bindgen_test]
    fn every_mention_slices_to_its_surface_in_javascript() {
        let mut rasd = Rasd::new();
        let added = from_js(rasd.add_file("emoji.txt", EMOJI_ARTICLE.as_bytes()).unwrap());
        assert_eq!(added[0]["index"], 0);
        assert_eq!(added[0]["name"], "emoji.txt");
        assert_eq!(added[0]["length"], EMOJI_ARTICLE.encode_utf16().count());

        let doc = from_js(rasd.document(0).unwrap());
        assert_eq!(doc["text"], EMOJI_ARTICLE);
        let js = js_sys::JsString::from(EMOJI_ARTICLE);
        let mentions = doc["mentions"].as_array().unwrap();
        // [recognizers] Iran is in the gazetteer: found after the emoji, sliced right in JS.
        assert!(
            mentions.iter().any(|m| m["start"]
                .as_u64()
                .map(|s| s as u32)
                .zip(m["end"].as_u64().map(|e| e as u32))
                .is_some_and(|(s, e)| String::from(js.slice(s, e)) == "إيران")),
            "إيران is found and slices right: {mentions:?}"
        );
        for m in mentions {
            let (bs, be) = (m["span"]["start"].as_u64().unwrap() as usize, m["span"]["end"].as_u64().unwrap() as usize);
            let (s, e) = (m["start"].as_u64().unwrap() as u32, m["end"].as_u64().unwrap() as u32);
            assert_eq!(String::from(js.slice(s, e)), &EMOJI_ARTICLE[bs..be], "mention {m}");
        }
        for (j, e) in doc["entities"].as_array().unwrap().iter().enumerate() {
            assert!(e["corpus"].is_u64(), "entity {j} has a corpus row: {e}");
        }
    }

    #[wasm_bindgen_test]
    fn entity_table_lists_documents_and_plain_object_rows() {
        let mut rasd = Rasd::new();
        rasd.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        rasd.add_file("b.txt", "زار الرئيس الإيراني موسكو.".as_bytes()).unwrap();
        assert_eq!(rasd.document_count(), 2);
        let table = from_js(rasd.entities().unwrap());
        assert_eq!(table["documents"].as_array().unwrap().len(), 2);
        assert_eq!(table["documents"][1]["name"], "b.txt");
        for row in table["entities"].as_array().unwrap() {
            assert!(row["type"].is_string() && row["canonical"].is_string(), "{row}");
            assert_eq!(row["documents"].as_array().unwrap().len(), row["counts"].as_array().unwrap().len());
        }
        rasd.clear();
        assert_eq!(rasd.document_count(), 0);
        assert_eq!(from_js(rasd.entities().unwrap())["entities"].as_array().unwrap().len(), 0);
    }

    #[wasm_bindgen_test]
    fn a_refused_file_throws_its_message_and_keeps_the_corpus() {
        let mut rasd = Rasd::new();
        rasd.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE];
        let err = rasd.add_file("photo.png", &png).err().expect("binary bytes are refused");
        assert!(message(err.clone()).contains("photo.png"));
        assert_eq!(property(&err, "code"), "binary");
        let params = js_sys::Reflect::get(&err, &JsValue::from_str("params")).unwrap();
        assert_eq!(property(&params, "what"), "an image (PNG)");
        assert_eq!(property(&params, "file"), "photo.png");
        let err = rasd.add_file("empty.txt", b"  \n").err().expect("an empty file is refused");
        assert!(message(err.clone()).contains("empty.txt"));
        assert_eq!(property(&err, "code"), "empty");
        assert_eq!(rasd.document_count(), 1);
        // The same article saved as windows-1256 under another name counts once, and the
        // refusal names the file loaded first.
        let plain = "زار رئيس الأركان الإيراني اللواء محمد باقري إسلام آباد أمس.\n";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(plain);
        rasd.add_file("plain.txt", plain.as_bytes()).unwrap();
        let err = rasd.add_file("arabic-1256.txt", &cp1256).err().expect("the same text again is refused");
        assert_eq!(property(&err, "code"), "duplicate_text");
        let params = js_sys::Reflect::get(&err, &JsValue::from_str("params")).unwrap();
        assert_eq!(property(&params, "file"), "arabic-1256.txt");
        assert_eq!(property(&params, "earlier"), "plain.txt");
        assert_eq!(rasd.document_count(), 2);
    }

    /// Seed 003 (Bagheri meets Asim Munir in Islamabad) after an emoji line: every
    /// offset is off by one unit per astral character if bytes or chars leak through.
    fn seed_with_emoji() -> String {
        format!("😀🇮🇷 {}", include_str!("../www/corpus/003_0533fca291f0e961.txt"))
    }

    fn slice(js: &js_sys::JsString, units: &Value) -> String {
        String::from(js.slice(units["start"].as_u64().unwrap() as u32, units["end"].as_u64().unwrap() as u32))
    }

    #[wasm_bindgen_test]
    fn events_carry_utf16_sentences_and_triggers() {
        let text = seed_with_emoji();
        let mut rasd = Rasd::new();
        rasd.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        rasd.add_file("003.txt", text.as_bytes()).unwrap();
        let events = from_js(rasd.events().unwrap());
        let events = events.as_array().unwrap();
        let js = js_sys::JsString::from(text.as_str());
        let of_seed: Vec<&Value> = events.iter().filter(|e| e["document"] == 1).collect();
        assert!(!of_seed.is_empty(), "the seed has events: {events:?}");
        for (i, e) in of_seed.iter().enumerate() {
            assert_eq!(e["index"], i, "events are numbered within their article");
            assert_eq!(slice(&js, &e["evidence_units"]), e["evidence_text"].as_str().unwrap(), "{e}");
            assert!(slice(&js, &e["trigger_units"]).contains(e["trigger_text"].as_str().unwrap()), "{e}");
        }
        // [relate] The issue's example: Bagheri met Asim Munir in Islamabad on 21 January 2025.
        let met = of_seed
            .iter()
            .find(|e| {
                e["kind"] == "meeting"
                    && e["participants"].as_array().unwrap().iter().any(|p| p["english"] == "Asim Munir")
            })
            .expect("the meeting with Asim Munir");
        assert!(met["participants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["english"] == "Mohammad Bagheri" && p["role"] == "agent"));
        assert_eq!(met["places"][0]["english"], "Islamabad");
        assert_eq!(met["when"]["value"], "2025-01-21");
    }

    #[wasm_bindgen_test]
    fn timeline_items_slice_to_their_sentence() {
        let text = seed_with_emoji();
        let mut rasd = Rasd::new();
        rasd.add_file("003.txt", text.as_bytes()).unwrap();
        let js = js_sys::JsString::from(text.as_str());
        let groups = from_js(rasd.timeline().unwrap());
        let items: Vec<&Value> =
            groups.as_array().unwrap().iter().flat_map(|g| g["items"].as_array().unwrap()).collect();
        assert!(items.iter().any(|i| i["value"] == "2025-01-21" && i["type"] == "event"), "{groups}");
        for item in items {
            assert_eq!(slice(&js, &item["sentence_units"]), item["evidence_text"].as_str().unwrap(), "{item}");
        }
    }

    #[wasm_bindgen_test]
    fn graph_and_summaries_name_corpus_keys() {
        let mut rasd = Rasd::new();
        rasd.add_file("003.txt", seed_with_emoji().as_bytes()).unwrap();
        rasd.add_file("b.txt", "زار الرئيس الإيراني موسكو.".as_bytes()).unwrap();
        let table = from_js(rasd.entities().unwrap());
        let keys: Vec<&str> =
            table["entities"].as_array().unwrap().iter().map(|e| e["key"].as_str().unwrap()).collect();
        let graph = from_js(rasd.graph().unwrap());
        let edges = graph["edges"].as_array().unwrap();
        assert!(!edges.is_empty());
        for e in edges {
            assert!(
                keys.contains(&e["source"].as_str().unwrap()) && keys.contains(&e["target"].as_str().unwrap()),
                "{e}"
            );
            assert!(e["weight"].as_u64().unwrap() >= 1);
        }
        assert!(
            edges.iter().any(|e| e["source"] == "PER:عاصم منير" && e["target"] == "PER:محمد حسين باقري"),
            "{edges:?}"
        );
        for n in graph["nodes"].as_array().unwrap() {
            assert!(keys.contains(&n["key"].as_str().unwrap()), "{n}");
        }
        let summaries = from_js(rasd.summaries().unwrap());
        let summaries = summaries.as_array().unwrap();
        assert_eq!(summaries.len(), 2);
        assert_eq!(summaries[1]["name"], "b.txt");
        assert!(
            summaries[0]["actors"].as_array().unwrap().iter().any(|a| a["english"] == "Mohammad Bagheri"),
            "{:?}",
            summaries[0]
        );
        let n_events =
            from_js(rasd.events().unwrap()).as_array().unwrap().iter().filter(|e| e["document"] == 0).count();
        for e in summaries[0]["events"].as_array().unwrap() {
            assert!((e["index"].as_u64().unwrap() as usize) < n_events);
        }
        rasd.clear();
        assert_eq!(from_js(rasd.events().unwrap()).as_array().unwrap().len(), 0);
        assert_eq!(from_js(rasd.graph().unwrap())["edges"].as_array().unwrap().len(), 0);
    }

    #[wasm_bindgen_test]
    fn merge_split_and_overrides_cross_the_boundary() {
        let mut rasd = Rasd::new();
        rasd.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        rasd.add_file("b.txt", "وقال اللواء محمد حسين باقري إن إيران مستعدة. والتقى باقري في دوشنبه.".as_bytes())
            .unwrap();
        fn table(rasd: &Rasd) -> Vec<Value> {
            from_js(rasd.entities().unwrap())["entities"].as_array().unwrap().clone()
        }
        let key_of = |rows: &[Value], english: &str| {
            rows.iter()
                .find(|r| r["english"] == english)
                .map(|r| {
                    r["keys"].as_array().unwrap().iter().map(|k| k.as_str().unwrap().to_string()).collect::<Vec<_>>()
                })
                .unwrap()
        };
        let before = table(&rasd).len();
        let (iran, tajikistan) = (key_of(&table(&rasd), "Iran"), key_of(&table(&rasd), "Tajikistan"));
        let kept = from_js(rasd.merge(iran.clone(), tajikistan).unwrap());
        assert_eq!(kept["merges"].as_array().unwrap().len(), 1);
        assert_eq!(table(&rasd).len(), before - 1);
        // Handing the overrides back to a fresh instance gives the same table.
        let mut again = Rasd::new();
        again.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        again
            .add_file("b.txt", "وقال اللواء محمد حسين باقري إن إيران مستعدة. والتقى باقري في دوشنبه.".as_bytes())
            .unwrap();
        again.set_overrides(to_js(&kept).unwrap()).unwrap(); // a plain object, as the page sends
        assert_eq!(from_js(again.entities().unwrap())["entities"].as_array().unwrap().len(), before - 1);
        // A split takes a form off: one row more.
        let bagheri = table(&rasd).iter().find(|r| r["english"] == "Mohammad Bagheri").cloned().unwrap();
        assert!(bagheri["aliases"].as_array().unwrap().iter().any(|a| a == "باقري"), "{bagheri}");
        assert_eq!(bagheri["alias_mentions"].as_array().unwrap().len(), bagheri["aliases"].as_array().unwrap().len());
        let kept = from_js(rasd.split(bagheri["key"].as_str().unwrap(), "باقري").unwrap());
        assert_eq!(kept["splits"][0]["alias"], "باقري");
        assert_eq!(table(&rasd).len(), before);
        // Garbage is refused with a message and changes nothing; null clears.
        assert!(message(rasd.set_overrides(JsValue::from_str("nonsense")).err().unwrap().into())
            .contains("merges and splits"));
        assert_eq!(table(&rasd).len(), before);
        rasd.set_overrides(JsValue::NULL).unwrap();
        assert_eq!(from_js(rasd.overrides().unwrap())["merges"].as_array().unwrap().len(), 0);
        assert_eq!(table(&rasd).len(), before);
    }

    #[wasm_bindgen_test]
    fn a_form_split_off_takes_its_mentions_to_its_own_row() {
        let mut rasd = Rasd::new();
        let text = "وقال اللواء محمد حسين باقري إن إيران مستعدة. والتقى باقري في دوشنبه. وأكد باقري ذلك.";
        rasd.add_file("b.txt", text.as_bytes()).unwrap();
        let rows = |rasd: &Rasd| from_js(rasd.entities().unwrap())["entities"].as_array().unwrap().clone();
        // The rows the article's mentions of Bagheri point to, by the form written.
        let rows_by_form = |rasd: &Rasd| {
            let doc = from_js(rasd.document(0).unwrap());
            let js = js_sys::JsString::from(text);
            let table = rows(rasd);
            let mut out: Vec<(String, String)> = doc["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|m| {
                    let row = &table[m["corpus"].as_u64()? as usize];
                    (row["type"] == "PER").then(|| (slice(&js, m), row["key"].as_str().unwrap().to_string()))
                })
                .collect();
            out.sort();
            out.dedup();
            out
        };
        let before = rows_by_form(&rasd);
        let bagheri = before.iter().find(|(f, _)| f == "محمد حسين باقري").map(|(_, k)| k.clone()).unwrap();
        assert!(before.iter().all(|(_, k)| *k == bagheri), "one row for every form: {before:?}");
        rasd.split(&bagheri, "باقري").unwrap();
        let after = rows_by_form(&rasd);
        let piece = after.iter().find(|(f, _)| f == "باقري").map(|(_, k)| k.clone()).unwrap();
        assert_ne!(piece, bagheri);
        assert!(crate::aggregate::is_split_key(&piece));
        assert_eq!(
            after.iter().filter(|(f, _)| f == "محمد حسين باقري").map(|(_, k)| k).collect::<Vec<_>>(),
            [&bagheri]
        );
        assert_eq!(
            after.iter().filter(|(f, _)| f == "باقري").count(),
            1,
            "both mentions of the form go to its row: {after:?}"
        );
    }

    #[wasm_bindgen_test]
    fn a_file_analysed_article_by_article_gives_what_add_file_gives() {
        let json = r#"[{"title": "أ", "content": "زار الرئيس الإيراني موسكو."}, {"title": "ب", "content": "وقال اللواء محمد حسين باقري إن إيران مستعدة."}, {"title": "ج", "content": "والتقى باقري في دوشنبه."}]"#;
        let mut whole = Rasd::new();
        whole.add_file("a.json", json.as_bytes()).unwrap();
        let mut steps = Rasd::new();
        assert_eq!(steps.begin_file("a.json", json.as_bytes()).unwrap(), 3);
        assert_eq!(steps.analyze_next(1), 2);
        assert_eq!(steps.document_count(), 1);
        assert_eq!(steps.analyze_next(5), 0);
        assert_eq!(steps.analyze_next(5), 0);
        assert_eq!(from_js(steps.entities().unwrap()), from_js(whole.entities().unwrap()));
        // A refused file changes nothing; a cancel drops what is left.
        assert_eq!(
            property(
                &steps.begin_file("x.png", &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).err().unwrap(),
                "code"
            ),
            "binary"
        );
        // The same articles again (another name) are refused; other articles are not.
        assert_eq!(property(&steps.begin_file("b.json", json.as_bytes()).err().unwrap(), "code"), "duplicate_text");
        let other = json.replace("موسكو", "طهران");
        assert_eq!(steps.begin_file("b.json", other.as_bytes()).unwrap(), 3);
        assert_eq!(steps.analyze_next(1), 2);
        steps.drop_pending();
        assert_eq!(steps.analyze_next(1), 0);
        assert_eq!(steps.document_count(), 4);
        // A file cut short by a cancel may come again.
        assert_eq!(steps.begin_file("b.json", other.as_bytes()).unwrap(), 3);
    }

    /// An update's fields but `reuse` (an Int32Array, which JSON values do not hold).
    fn update_json(update: &JsValue) -> Value {
        let copy = js_sys::Object::assign(&js_sys::Object::new(), &js_sys::Object::from(update.clone()));
        js_sys::Reflect::delete_property(&copy, &JsValue::from_str("reuse")).unwrap();
        from_js(copy.into())
    }

    /// The page's table after an update: the rows it had, moved by `reuse`, and the new ones.
    fn apply(before: &[Value], update: &JsValue) -> Vec<Value> {
        let reuse: Vec<i32> =
            js_sys::Int32Array::from(js_sys::Reflect::get(update, &JsValue::from_str("reuse")).unwrap()).to_vec();
        let update = update_json(update);
        let mut table: Vec<Value> =
            reuse.iter().map(|&r| if r >= 0 { before[r as usize].clone() } else { Value::Null }).collect();
        for (row, at) in update["rows"].as_array().unwrap().iter().zip(update["at"].as_array().unwrap()) {
            table[at.as_u64().unwrap() as usize] = row.clone();
        }
        assert_eq!(table.len() as u64, update["entities"].as_u64().unwrap());
        assert!(table.iter().all(|r| !r.is_null()), "every row is kept or sent");
        table
    }

    /// Rows of `entities()` as the page keeps them: without `index` and `occurrences`.
    fn kept_rows(rasd: &Rasd) -> Vec<Value> {
        let table = from_js(rasd.entities().unwrap());
        table["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let mut r = r.clone();
                let row = r.as_object_mut().unwrap();
                for field in ["index", "occurrences", "occurrence_mentions", "counts"] {
                    row.remove(field);
                }
                let documents = row.remove("documents").unwrap();
                let documents = documents.as_array().unwrap();
                row.insert("articles".into(), documents.len().into());
                row.insert("documents_head".into(), documents.iter().take(DOCUMENTS_HEAD).cloned().collect());
                r
            })
            .collect()
    }

    #[wasm_bindgen_test]
    fn table_rows_carry_every_field_but_occurrences() {
        let mut rasd = Rasd::new();
        rasd.add_file("003.txt", seed_with_emoji().as_bytes()).unwrap();
        let update = rasd.table_update(0, false).unwrap();
        assert_eq!(apply(&[], &update), kept_rows(&rasd));
        assert_eq!(update_json(&update)["documents"].as_array().unwrap().len(), 1);
    }

    #[wasm_bindgen_test]
    fn table_updates_send_only_new_and_changed_rows() {
        let mut rasd = Rasd::new();
        rasd.add_file("a.txt", EMOJI_ARTICLE.as_bytes()).unwrap();
        let mut table = apply(&[], &rasd.table_update(0, false).unwrap());
        // Nothing changed: nothing sent, every row where it was.
        let same = rasd.table_update(1, false).unwrap();
        assert_eq!(update_json(&same)["rows"].as_array().unwrap().len(), 0);
        assert_eq!(update_json(&same)["documents"].as_array().unwrap().len(), 0);
        table = apply(&table, &same);
        // A second article names Iran again (a changed row) and Moscow (a new one).
        rasd.add_file("b.txt", "زار الرئيس الإيراني موسكو.".as_bytes()).unwrap();
        let update = rasd.table_update(1, false).unwrap();
        let sent = update_json(&update);
        let names: Vec<&str> =
            sent["rows"].as_array().unwrap().iter().map(|r| r["english"].as_str().unwrap_or("")).collect();
        assert!(names.contains(&"Iran") && names.contains(&"Moscow"), "{names:?}");
        assert!(!names.contains(&"Tajikistan"), "an untouched row is not sent again: {names:?}");
        table = apply(&table, &update);
        assert_eq!(table, kept_rows(&rasd));
        // A merge by hand moves rows; the update still rebuilds the table.
        let keys = |english: &str| {
            table.iter().find(|r| r["english"] == english).unwrap()["keys"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        rasd.merge(keys("Iran"), keys("Tajikistan")).unwrap();
        table = apply(&table, &rasd.table_update(2, false).unwrap());
        assert_eq!(table, kept_rows(&rasd));
        // A row's articles in full, by key.
        let iran = table.iter().find(|r| r["english"] == "Iran").unwrap();
        let all = from_js(rasd.entity_documents(iran["key"].as_str().unwrap()).unwrap());
        let full_row = from_js(rasd.entities().unwrap())["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == iran["key"])
            .cloned()
            .unwrap();
        assert_eq!((&all["documents"], &all["counts"]), (&full_row["documents"], &full_row["counts"]));
        assert_eq!(all["documents"].as_array().unwrap().len() as u64, iran["articles"].as_u64().unwrap());
        assert!(rasd.entity_documents("no such key").unwrap().is_null());
        // `full` sends everything again.
        let full = update_json(&rasd.table_update(0, true).unwrap());
        assert_eq!(full["rows"].as_array().unwrap().len(), table.len());
        assert_eq!(full["documents"].as_array().unwrap().len(), 2);
    }

    #[wasm_bindgen_test]
    fn asking_for_a_missing_document_throws() {
        let rasd = Rasd::new();
        assert!(message(rasd.document(3).err().unwrap().into()).contains('3'));
    }
}
