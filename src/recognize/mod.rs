//! Tokens -> mentions. Three recognizers run over the same tokens and their results
//! are merged so that none loses what another finds:
//!
//! - [`gazetteer`]: known names from `data/`, matched with one Aho-Corasick automaton (built at build time), longest first;
//! - [`rules`]: dates, money, quantities, titles before persons, organisation heads;
//! - [`tagger`]: a trained sequence tagger for names nobody listed.

pub mod gazetteer;
pub mod numeric;
pub mod rules;
pub mod tagger;
