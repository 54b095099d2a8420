//! The whole pipeline behind one reusable value.

use serde::Serialize;

use crate::entity::Mention;
use crate::resolve::{resolve, DocEntity};
use crate::ingest::Article;
use crate::tokenize::tokenize;

/// Owns what is costly to build (automata, model); build once, reuse.
pub struct Analyzer {}

/// Everything found in one article.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentAnalysis {
    pub name: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub text: String,
    pub mentions: Vec<Mention>,
    pub entities: Vec<DocEntity>,
}

impl Analyzer {
    pub fn new() -> Analyzer {
        Analyzer {}
    }

    pub fn analyze(&self, article: &Article) -> DocumentAnalysis {
        let _tokens = tokenize(&article.text);
        let mentions = Vec::new();
        let entities = resolve(&article.text, &mentions);
        DocumentAnalysis {
            name: article.name.clone(),
            title: article.title.clone(),
            date: article.date.clone(),
            text: article.text.clone(),
            mentions,
            entities,
        }
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}
