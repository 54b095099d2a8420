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

use crate::aggregate::{Corpus, CorpusEntity};
use crate::analyzer::DocumentAnalysis;
use crate::entity::Mention;
use crate::ingest::ingest;
use crate::resolve::DocEntity;
use crate::Analyzer;

mod utf16;

pub(crate) use utf16::utf16_offsets;

/// The analyzer and the corpus, kept alive between calls from the page's worker.
#[wasm_bindgen]
pub struct Rasd {
    analyzer: Analyzer,
    corpus: Corpus,
}

/// What the page lists for an article (no text: ask [`Rasd::document`] for that).
#[derive(Serialize)]
struct DocumentSummary<'a> {
    index: usize,
    name: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    /// Length of the text in UTF-16 code units.
    length: usize,
    mentions: usize,
    entities: usize,
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

/// The message of the last panic. A panic aborts (the module traps and the page must
/// start a new instance), but the hook runs first: the page reads this to say why.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

fn record_panics() {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(info.to_string());
        }
    }));
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

fn summary(index: usize, doc: &DocumentAnalysis) -> DocumentSummary<'_> {
    DocumentSummary {
        index,
        name: &doc.name,
        title: doc.title.as_deref(),
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
        Rasd { analyzer: Analyzer::new(), corpus: Corpus::new() }
    }

    /// Reads one file's bytes, analyses its articles and adds them to the corpus.
    /// Returns the added articles' summaries `[{index, name, title, date, length,
    /// mentions, entities}]`, or throws an `Error` whose message says what was wrong
    /// with the file (the corpus is left as it was).
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
        let articles = ingest(name, bytes).map_err(|e| JsError::new(e.message()))?;
        let first = self.corpus.documents.len();
        for article in articles {
            let analysis = self.analyzer.analyze_owned(article);
            self.corpus.add(analysis);
        }
        let added: Vec<DocumentSummary> = self.corpus.documents[first..]
            .iter()
            .enumerate()
            .map(|(i, d)| summary(first + i, d))
            .collect();
        to_js(&added)
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
            .entities
            .iter()
            .enumerate()
            .map(|(index, entity)| {
                let mut documents: Vec<usize> = Vec::new();
                let mut counts: Vec<usize> = Vec::new();
                for &(d, j) in &entity.occurrences {
                    let n = docs
                        .get(d)
                        .and_then(|doc| doc.entities.get(j))
                        .map_or(0, |e| e.mentions + e.adjective_mentions);
                    if documents.last() == Some(&d) {
                        if let Some(c) = counts.last_mut() {
                            *c += n;
                        }
                    } else {
                        documents.push(d);
                        counts.push(n);
                    }
                }
                EntityRow { index, entity, documents, counts }
            })
            .collect();
        let documents = docs.iter().enumerate().map(|(i, d)| summary(i, d)).collect();
        to_js(&EntityTable { documents, entities })
    }

    /// Summaries of all articles, in the order they were added.
    pub fn documents(&self) -> Result<JsValue, JsError> {
        let list: Vec<DocumentSummary> =
            self.corpus.documents.iter().enumerate().map(|(i, d)| summary(i, d)).collect();
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

    /// Forgets every article (the analyzer is kept).
    pub fn clear(&mut self) {
        self.corpus = Corpus::new();
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
    let mut corpus_of_entity: HashMap<usize, usize> = HashMap::new();
    for (c, e) in corpus.entities.iter().enumerate() {
        for &(d, j) in &e.occurrences {
            if d == index {
                corpus_of_entity.insert(j, c);
            }
        }
    }

    let mentions = doc
        .mentions
        .iter()
        .enumerate()
        .map(|(i, mention)| MentionOut {
            mention,
            start: units.get(2 * i).copied().unwrap_or(0),
            end: units.get(2 * i + 1).copied().unwrap_or(0),
            entity: entity_of_mention.get(&i).copied(),
        })
        .collect();
    let entities = doc
        .entities
        .iter()
        .enumerate()
        .map(|(j, entity)| DocEntityOut { entity, corpus: corpus_of_entity.get(&j).copied() })
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

    fn message(err: JsError) -> String {
        js_sys::Error::from(JsValue::from(err)).message().into()
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
            mentions.iter().any(|m| m["start"].as_u64().map(|s| s as u32)
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
        assert!(message(err).contains("photo.png"));
        let err = rasd.add_file("empty.txt", b"  \n").err().expect("an empty file is refused");
        assert!(message(err).contains("empty.txt"));
        assert_eq!(rasd.document_count(), 1);
    }

    #[wasm_bindgen_test]
    fn asking_for_a_missing_document_throws() {
        let rasd = Rasd::new();
        assert!(message(rasd.document(3).err().unwrap()).contains('3'));
    }
}
