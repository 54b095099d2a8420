//! Mentions of one article -> entities of that article.
//!
//! (First version: one entity per gazetteer entry or per distinct matching form.)

use std::collections::HashMap;

use serde::Serialize;

use crate::entity::{EntityType, Mention};
use crate::normalize::normalize;

/// One entity of one article: all the mentions that name the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocEntity {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The Arabic name shown in tables (the gazetteer's, or the longest form written).
    pub canonical: String,
    /// Distinct forms as written, without glued proclitics, titles or ranks.
    pub aliases: Vec<String>,
    pub english: Option<String>,
    pub wikidata: Option<String>,
    /// What identifies the entity across articles: a Wikidata id, or type + matching form.
    pub key: String,
    pub title: Option<String>,
    pub role: Option<String>,
    /// Machine-readable value for dates, money and quantities.
    pub value: Option<String>,
    /// Mentions by name (adjectives not counted).
    pub mentions: usize,
    /// Mentions through a nationality adjective (الإيراني for Iran).
    pub adjective_mentions: usize,
    /// Indices into the article's mentions.
    pub mention_ids: Vec<usize>,
}

/// Groups an article's mentions into entities.
pub fn resolve(text: &str, mentions: &[Mention]) -> Vec<DocEntity> {
    let mut entities: Vec<DocEntity> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let surface = m.surface(text);
        let norm = normalize(surface);
        let key = format!("{}:{}", m.entity_type.as_str(), norm);
        let at = *by_key.entry(key.clone()).or_insert_with(|| {
            entities.push(DocEntity {
                entity_type: m.entity_type,
                canonical: surface.to_string(),
                aliases: Vec::new(),
                english: None,
                wikidata: None,
                key,
                title: None,
                role: None,
                value: m.value.clone(),
                mentions: 0,
                adjective_mentions: 0,
                mention_ids: Vec::new(),
            });
            entities.len() - 1
        });
        let e = &mut entities[at];
        if m.adjective {
            e.adjective_mentions += 1;
        } else {
            e.mentions += 1;
            if !e.aliases.iter().any(|a| a == surface) {
                e.aliases.push(surface.to_string());
            }
        }
        e.mention_ids.push(i);
        if e.title.is_none() {
            e.title = m.title.clone();
        }
        if e.role.is_none() {
            e.role = m.role.clone();
        }
    }
    entities
}
