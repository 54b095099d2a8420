//! Entities of all articles -> corpus tables.
//!
//! Adding an article costs time in proportion to its entities (a hash map from entity
//! key to corpus row); nothing is recomputed for the articles already in.

use std::collections::HashMap;

use serde::Serialize;

use crate::analyzer::DocumentAnalysis;
use crate::entity::EntityType;

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CorpusEntity {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub key: String,
    pub canonical: String,
    pub aliases: Vec<String>,
    pub english: Option<String>,
    pub wikidata: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    pub value: Option<String>,
    pub mentions: usize,
    pub adjective_mentions: usize,
    /// (article index, entity index in that article), in the order articles came in.
    pub occurrences: Vec<(usize, usize)>,
}

/// All analysed articles and their corpus-level entities.
#[derive(Default)]
pub struct Corpus {
    pub documents: Vec<DocumentAnalysis>,
    pub entities: Vec<CorpusEntity>,
    by_key: HashMap<String, usize>,
    /// Timeline and co-occurrence graph ([`crate::relate`]).
    pub relations: crate::relate::CorpusRelations,
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus::default()
    }

    /// Adds one analysed article; returns its index.
    pub fn add(&mut self, doc: DocumentAnalysis) -> usize {
        let d = self.documents.len();
        for (j, e) in doc.entities.iter().enumerate() {
            let at = match self.by_key.get(&e.key) {
                Some(&at) => at,
                None => {
                    self.entities.push(CorpusEntity {
                        entity_type: e.entity_type,
                        key: e.key.clone(),
                        canonical: e.canonical.clone(),
                        aliases: Vec::new(),
                        english: e.english.clone(),
                        wikidata: e.wikidata.clone(),
                        title: None,
                        role: None,
                        value: e.value.clone(),
                        mentions: 0,
                        adjective_mentions: 0,
                        occurrences: Vec::new(),
                    });
                    self.by_key.insert(e.key.clone(), self.entities.len() - 1);
                    self.entities.len() - 1
                }
            };
            let c = &mut self.entities[at];
            c.mentions += e.mentions;
            c.adjective_mentions += e.adjective_mentions;
            for a in &e.aliases {
                if !c.aliases.contains(a) {
                    c.aliases.push(a.clone());
                }
            }
            if c.title.is_none() {
                c.title = e.title.clone();
            }
            if c.role.is_none() {
                c.role = e.role.clone();
            }
            if c.english.is_none() {
                c.english = e.english.clone();
            }
            c.occurrences.push((d, j));
        }
        self.relations.add(d, &doc);
        self.documents.push(doc);
        d
    }

    /// Names of the articles an entity occurs in.
    pub fn document_names(&self, entity: &CorpusEntity) -> Vec<&str> {
        entity.occurrences.iter().map(|&(d, _)| self.documents[d].name.as_str()).collect()
    }

    pub fn entities_of_type(&self, t: EntityType) -> impl Iterator<Item = &CorpusEntity> {
        self.entities.iter().filter(move |e| e.entity_type == t)
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
    pub timeline: Vec<crate::relate::TimelineGroup<'c>>,
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
            value: e.value.as_deref(),
            mentions: e.mentions,
            adjective_mentions: e.adjective_mentions,
        }
    }
}

impl Corpus {
    pub fn report<'c>(&'c self) -> Report<'c> {
        let documents = self
            .documents
            .iter()
            .map(|d| {
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
            })
            .collect();
        let (named, adjective_only): (Vec<_>, Vec<_>) = self.entities.iter().partition(|e| e.mentions > 0);
        let corpus_row = |e: &'c CorpusEntity| CorpusEntityReport {
            entity: EntityReport::of_corpus(e),
            documents: self.document_names(e),
        };
        let entities = named.into_iter().map(corpus_row).collect();
        let via_adjective_only = adjective_only.into_iter().map(corpus_row).collect();
        let timeline = self.relations.timeline();
        let graph = self.relations.graph(&self.entities);
        Report { documents, entities, via_adjective_only, timeline, graph }
    }
}
