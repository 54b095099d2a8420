//! The whole pipeline behind one reusable value.

use std::collections::HashMap;

use serde::Serialize;

use crate::entity::{EntityType, Mention, MentionSource};
use crate::ingest::Article;
use crate::recognize::gazetteer::{stream_form, Gazetteer, GazetteerMatch};
use crate::recognize::numeric::NumericRecognizer;
use crate::recognize::rules::Rules;
use crate::resolve::{resolve, DocEntity};
use crate::span::Span;
use crate::tokenize::{original_offset, tokenize, TokenKind, TokenizedText, PROCLITICS};

/// Owns what is costly to build (automata, word lists, model); build once, reuse.
pub struct Analyzer {
    gazetteer: Gazetteer,
    rules: Rules,
    numeric: NumericRecognizer,
}

/// Everything found in one article.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentAnalysis {
    pub name: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub text: String,
    /// Mentions in text order, not overlapping.
    pub mentions: Vec<Mention>,
    pub entities: Vec<DocEntity>,
    /// Events, co-occurring pairs, dated mentions and a summary ([`crate::relate`]).
    pub relations: crate::relate::Relations,
}

impl Analyzer {
    /// The analyzer with the gazetteer, word lists and model compiled into the binary.
    pub fn new() -> Analyzer {
        Analyzer::with_parts(Gazetteer::embedded(), Rules::embedded())
    }

    pub fn with_parts(gazetteer: Gazetteer, rules: Rules) -> Analyzer {
        Analyzer { gazetteer, rules, numeric: NumericRecognizer::new() }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// Runs the pipeline on one article.
    pub fn analyze(&self, article: &Article) -> DocumentAnalysis {
        let text = article.text.as_str();
        let mentions = self.recognize(text);
        let entities = resolve(text, &mentions, &self.gazetteer, self.rules.lexicon());
        let relations = crate::relate::relate(text, &mentions, &entities, article.date.as_deref(), &self.gazetteer);
        DocumentAnalysis {
            name: article.name.clone(),
            title: article.title.clone(),
            date: article.date.clone(),
            text: article.text.clone(),
            mentions,
            entities,
            relations,
        }
    }

    /// Text -> merged, non-overlapping mentions in text order.
    pub fn recognize(&self, text: &str) -> Vec<Mention> {
        let tokens = tokenize(text);
        let mut known = self.gazetteer.find(&tokens);
        // "وزير الخارجية الأميركية" is a minister's title: the ministry it names is
        // part of the role, not a mention of its own (unlike "وزارة الخارجية").
        known.retain(|m| {
            let e = self.gazetteer.entry(m.entry);
            let title_before = m.first > 0 && m.prefix_bytes == 0 && matches!(tokens.norm(m.first - 1), "وزير" | "وزيره" | "رييس" | "رييسه");
            !(e.entity_type == EntityType::ORG && !m.adjective && title_before && tokens.norm(m.first).starts_with("ال"))
        });
        let mut candidates: Vec<Mention> = known.iter().map(|m| self.gazetteer_mention(text, &tokens, m)).collect();
        candidates.extend(self.rules.find(text, &tokens, &self.gazetteer, &known));
        candidates.extend(self.numeric.find_in_tokens(text, &tokens));
        let mut mentions = merge(candidates);
        propagate_names(text, &tokens, &mut mentions);
        mentions
    }

    fn gazetteer_mention(&self, text: &str, tokens: &TokenizedText, m: &GazetteerMatch) -> Mention {
        let first = &tokens.tokens[m.first];
        let word = &text[first.span.start..first.span.end];
        let start = first.span.start + original_offset(word, m.prefix_bytes);
        let span = Span::new(start, tokens.tokens[m.last].span.end);
        let entry = self.gazetteer.entry(m.entry);
        let mut mention = Mention::new(span, entry.entity_type, MentionSource::Gazetteer);
        mention.entry = Some(m.entry);
        mention.adjective = m.adjective;
        mention.restored_al = m.al_dropped;
        mention
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

/// Keeps non-overlapping mentions: the longer span wins, then gazetteer over rules
/// over the tagger, then names over adjectives.
pub fn merge(mut candidates: Vec<Mention>) -> Vec<Mention> {
    candidates.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.adjective.cmp(&b.adjective))
            .then(a.source.cmp(&b.source))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Mention> = Vec::with_capacity(candidates.len());
    for c in candidates {
        match kept.iter_mut().find(|k| k.span.overlaps(c.span)) {
            None => kept.push(c),
            // The same name found twice: keep what each recognizer knows (a rule
            // knows the title and role of a person the gazetteer knows by name).
            Some(k) if k.span == c.span && k.entity_type == c.entity_type => {
                if k.title.is_none() {
                    k.title = c.title;
                }
                if k.role.is_none() {
                    k.role = c.role;
                }
                if k.value.is_none() {
                    k.value = c.value;
                }
            }
            Some(_) => {}
        }
    }
    kept.sort_by_key(|m| m.span.start);
    kept
}

/// A person named in full once is the same person when the article later writes only
/// the family name (باقري after محمد حسين باقري), as long as no other person in the
/// article has that name part.
fn propagate_names(text: &str, tokens: &TokenizedText, mentions: &mut Vec<Mention>) {
    let mut owners: HashMap<String, Option<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.entity_type != EntityType::PER {
            continue;
        }
        let full = stream_form(m.surface(text));
        let Some((_, surname)) = full.rsplit_once(' ') else { continue };
        for key in [surname.to_string(), full.clone()] {
            let slot = owners.entry(key).or_insert(Some(i));
            if let Some(owner) = *slot {
                if stream_form(mentions[owner].surface(text)) != full {
                    *slot = None;
                }
            }
        }
    }
    if owners.is_empty() {
        return;
    }
    let covered = |span: Span, ms: &[Mention]| ms.iter().any(|m| m.span.overlaps(span));
    let mut added = Vec::new();
    for (ti, t) in tokens.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || covered(t.span, mentions) {
            continue;
        }
        let norm = tokens.norm(ti);
        for p in PROCLITICS {
            let Some(stem) = norm.strip_prefix(p) else { continue };
            if let Some(Some(owner)) = owners.get(stem) {
                let word = &text[t.span.start..t.span.end];
                let span = Span::new(t.span.start + original_offset(word, p.len()), t.span.end);
                let mut m = Mention::new(span, EntityType::PER, MentionSource::Rule);
                m.entry = mentions[*owner].entry;
                added.push(m);
                break;
            }
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_analyzer_builds_and_survives_empty_text() {
        let a = Analyzer::new();
        assert!(a.recognize("").is_empty());
        assert!(a.recognize("   \n ").is_empty());
    }

    #[test]
    fn merge_prefers_longer_then_gazetteer() {
        let m = |s, e, src| Mention::new(Span::new(s, e), EntityType::LOC, src);
        let out = merge(vec![m(0, 5, MentionSource::Tagger), m(0, 9, MentionSource::Rule), m(0, 9, MentionSource::Gazetteer), m(10, 12, MentionSource::Tagger)]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].source, MentionSource::Gazetteer);
        assert_eq!(out[0].span, Span::new(0, 9));
    }
}
