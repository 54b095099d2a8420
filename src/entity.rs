//! The domain types every stage after tokenization speaks: entity types and mentions.

use serde::Serialize;

use crate::span::Span;

/// What an entity is. `PER`, `LOC`, `ORG` follow the usual NER names; the rest are
/// the "when and how much" types that rules find.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[allow(clippy::upper_case_acronyms)] // the names written in the JSON and CoNLL files
pub enum EntityType {
    PER,
    LOC,
    ORG,
    EVENT,
    DATE,
    MONEY,
    QUANTITY,
    MISC,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::PER,
        EntityType::LOC,
        EntityType::ORG,
        EntityType::EVENT,
        EntityType::DATE,
        EntityType::MONEY,
        EntityType::QUANTITY,
        EntityType::MISC,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::PER => "PER",
            EntityType::LOC => "LOC",
            EntityType::ORG => "ORG",
            EntityType::EVENT => "EVENT",
            EntityType::DATE => "DATE",
            EntityType::MONEY => "MONEY",
            EntityType::QUANTITY => "QUANTITY",
            EntityType::MISC => "MISC",
        }
    }

    /// Parses `PER`/`PERS`, `LOC`, `ORG`, … (ANERcorp says `PERS`).
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PER" | "PERS" => EntityType::PER,
            "LOC" | "GPE" => EntityType::LOC,
            "ORG" => EntityType::ORG,
            "EVENT" => EntityType::EVENT,
            "DATE" => EntityType::DATE,
            "MONEY" => EntityType::MONEY,
            "QUANTITY" => EntityType::QUANTITY,
            "MISC" => EntityType::MISC,
            _ => return None,
        })
    }
}

/// Which recognizer found a mention. When two overlap, the merge prefers the longer
/// span, then gazetteer over rules over the tagger.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionSource {
    Gazetteer,
    Rule,
    Tagger,
}

/// One occurrence of a name (or a date, an amount…) in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mention {
    /// The name as written, without glued proclitics (و ف ب ل ك) and without a
    /// title or rank in front of it.
    pub span: Span,
    pub entity_type: EntityType,
    pub source: MentionSource,
    /// Index of the gazetteer entry this mention is known to be, if any.
    pub entry: Option<u32>,
    /// True for a nationality adjective (الإيراني) that points at its country: counted
    /// on the country's row "via adjective", never as a name mention.
    pub adjective: bool,
    /// The name was written after the contraction لل (للولايات المتحدة): spelled
    /// alone it takes ال back.
    pub restored_al: bool,
    /// Title or rank written before a person (اللواء، الجنرال).
    pub title: Option<String>,
    /// Position written around a person (وزير الدفاع الطاجيكي).
    pub role: Option<String>,
    /// A machine-readable value for dates, money and quantities (2025-01-21, USD 60000000).
    pub value: Option<String>,
}

impl Mention {
    pub fn new(span: Span, entity_type: EntityType, source: MentionSource) -> Mention {
        Mention {
            span,
            entity_type,
            source,
            entry: None,
            adjective: false,
            restored_al: false,
            title: None,
            role: None,
            value: None,
        }
    }

    /// The mention's text as written in `text`, the article it was found in.
    pub fn surface<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.start..self.span.end]
    }

    /// The name as it would be written alone: the surface, with ال restored after لل.
    pub fn alias(&self, text: &str) -> String {
        let surface = self.surface(text);
        if self.restored_al {
            // The surface starts with the article's lam (لولايات): put the alef back.
            format!("ا{surface}")
        } else {
            surface.to_string()
        }
    }
}

/// A country or organisation a person belongs to, read from the person's role
/// (وزير الدفاع الطاجيكي -> Tajikistan) or from a nationality adjective written right
/// before the name (نظيره الباكستاني الجنرال قمر جاويد باجوا -> Pakistan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Affiliation {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The same key as the entity's own row (a Wikidata id, or type + matching form).
    pub key: String,
    pub arabic: String,
    pub english: Option<String>,
    pub wikidata: Option<String>,
}
