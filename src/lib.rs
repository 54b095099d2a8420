//! Rasd (رصد): who, where, which organisations, when and how much in Arabic news.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! ingest     bytes of a file      -> Article (clean text, title)
//! normalize  characters           -> matching form (offsets kept on the original)
//! tokenize   text                 -> Token (words, numbers, punctuation, sentences)
//! recognize  tokens               -> Mention (gazetteer + rules + trained tagger)
//! resolve    mentions             -> Entity per article (aliases merged, demonyms linked)
//! aggregate  entities of articles -> corpus tables
//! relate     entities of an article -> events, co-occurrence, timeline (after resolve)
//! ```
//!
//! [`Analyzer`] owns the automata and the model; build it once, reuse it for every
//! article. `wasm.rs` is the only module that knows about JavaScript.

// The rules read as the guards they are (`i > 0 && …` before `tokens[i - 1]`);
// clippy's "simplified" forms reorder or negate them.
#![allow(clippy::nonminimal_bool)]

mod error;
mod hash;
mod span;

pub mod aggregate;
#[cfg(not(target_arch = "wasm32"))]
pub mod allocator;
pub mod analyzer;
pub mod english;
pub mod entity;
pub mod ingest;
#[doc(hidden)]
pub mod invariants;
#[cfg(not(target_arch = "wasm32"))]
pub mod jobs;
pub mod normalize;
pub mod recognize;
pub mod relate;
pub mod resolve;
pub mod tokenize;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use crate::analyzer::{Analyzer, DocumentAnalysis};
pub use crate::entity::{EntityType, Mention, MentionSource};
pub use crate::error::{Error, ErrorKind};
pub use crate::ingest::Article;
pub use crate::span::Span;
