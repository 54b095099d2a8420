//! Hashing for the word tables built from `data/` (gazetteer forms, name lists,
//! titles, triggers): keys are short words looked up several times per token, where
//! std's SipHash cost more than the look-up itself.
//!
//! FNV-1a is not keyed, so a table whose keys come from article text could be filled
//! with colliding keys on purpose: use these only for tables whose keys are fixed
//! data (article words are only looked up in them), never for maps built from input.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// A map from fixed data keys (see the module notes).
pub(crate) type WordMap<K, V> = HashMap<K, V, FnvBuild>;

/// A set of fixed data keys (see the module notes).
pub(crate) type WordSet<K> = HashSet<K, FnvBuild>;

/// `s.strip_prefix(p)` for the short affixes tried on every token (و، ال، بال…):
/// compares bytes inline instead of calling `memcmp`, which was a tenth of the
/// analysis time when dozens of affixes were tried per token.
#[inline]
pub(crate) fn strip_prefix<'s>(s: &'s str, p: &str) -> Option<&'s str> {
    let (sb, pb) = (s.as_bytes(), p.as_bytes());
    if sb.len() < pb.len() || !sb.iter().zip(pb).all(|(a, b)| a == b) {
        return None;
    }
    // `p` is a whole str and a prefix of `s`: the cut is on a char boundary.
    s.get(pb.len()..)
}

/// `s.strip_suffix(p)`, like [`strip_prefix`].
#[inline]
pub(crate) fn strip_suffix<'s>(s: &'s str, p: &str) -> Option<&'s str> {
    let (sb, pb) = (s.as_bytes(), p.as_bytes());
    if sb.len() < pb.len() || !sb[sb.len() - pb.len()..].iter().zip(pb).all(|(a, b)| a == b) {
        return None;
    }
    s.get(..sb.len() - pb.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_strip_like_std() {
        let words = ["", "و", "والتقى", "بالرياض", "زيارته", "ال", "a", "é", "وé"];
        let affixes = ["", "و", "وال", "بال", "ه", "ته", "ال", "é", "ا"];
        for w in words {
            for p in affixes {
                assert_eq!(strip_prefix(w, p), w.strip_prefix(p), "{w} - {p}");
                assert_eq!(strip_suffix(w, p), w.strip_suffix(p), "{w} - {p}");
            }
        }
    }

    #[test]
    fn fnv_tables_find_what_was_put_in() {
        let mut m: WordMap<String, u32> = WordMap::default();
        m.insert("طهران".to_string(), 1);
        assert_eq!(m.get("طهران"), Some(&1));
        assert_eq!(m.get("طهرا"), None);
    }
}
