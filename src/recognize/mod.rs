//! Tokens -> mentions. Three recognizers run over the same tokens and their results
//! are merged so that none loses what another finds:
//!
//! - [`gazetteer`]: known names from `data/`, looked up along the token stream (forms made at build time), longest first;
//! - [`rules`]: dates, money, quantities, titles before persons, organisation heads;
//! - [`tagger`]: a trained sequence tagger for names nobody listed.

mod forms;
pub mod gazetteer;
pub mod numeric;
pub mod rules;
pub mod tagger;
