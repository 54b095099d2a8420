//! Hashing for the word tables built from `data/` (gazetteer forms, name lists,
//! titles, triggers): keys are short words looked up several times per token, where
//! std's SipHash cost more than the look-up itself.
//!
//! [`WordHash`] reads a key eight bytes at a time (a multiply and a rotate per word,
//! as rustc's FxHash does) and mixes the result once at the end, so that the low
//! bits hashbrown picks a bucket with depend on every byte. It replaced FNV-1a, which
//! took a multiply per byte: Arabic words are 8 to 16 bytes in UTF-8.
//!
//! It is not keyed, so a table whose keys come from article text could be filled
//! with colliding keys on purpose: use these only for tables whose keys are fixed
//! data (article words are only looked up in them), never for maps built from input.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0xf135_7aea_2e62_a9c5;

/// A word-at-a-time hash for short keys (see the module notes).
#[derive(Default)]
pub(crate) struct WordHash(u64);

impl WordHash {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(K);
    }
}

impl Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        // splitmix64's finalizer: every bit of the state reaches the low bits.
        let mut h = self.0;
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        // The last 1-7 bytes in one word: two loads that may overlap, and the length
        // (which with the loads tells the bytes apart).
        let tail = if n >= 4 {
            let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
            u64::from(lo) | (u64::from(hi) << 32)
        } else if n > 0 {
            u64::from(rest[0]) | (u64::from(rest[n / 2]) << 8) | (u64::from(rest[n - 1]) << 16)
        } else {
            0
        };
        self.add(tail ^ ((n as u64) << 59));
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

pub(crate) type WordBuild = BuildHasherDefault<WordHash>;

/// A map from fixed data keys (see the module notes).
pub(crate) type WordMap<K, V> = HashMap<K, V, WordBuild>;

/// A set of fixed data keys (see the module notes).
pub(crate) type WordSet<K> = HashSet<K, WordBuild>;

/// Maps and sets filled from article text (names, entity keys, pairs of them): foldhash
/// with a seed drawn per process (and a per-map one), which its authors call minimally
/// DoS-resistant: keys cannot be made to collide without knowing the seed. std's SipHash
/// did the same job at several times the cost per key (~1.5 % of `rasd analyze`'s time).
pub(crate) type InputMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A set of [`InputMap`]'s kind.
pub(crate) type InputSet<K> = HashSet<K, foldhash::fast::RandomState>;

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

/// A one-probe bitmap over a fixed word list, asked before the list's hash table:
/// "no" is certain, "maybe" needs the table. Most article words are in none of the
/// small lists of `data/` (titles, heads, given names), and a word is told apart
/// from them by its length and its first and last four bytes in a few instructions,
/// without hashing all of it and probing a table. The bitmap has 16 to 32 bits a
/// word (4 kbit at least): about one word in twenty answers "maybe" falsely.
#[derive(Clone, Debug)]
pub(crate) struct WordBits {
    words: Box<[u64]>,
    /// 64 less the number of bits of a bit's index.
    shift: u32,
}

impl WordBits {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordBits {
        WordBits::from_bytes(words.into_iter().map(str::as_bytes))
    }

    /// [`WordBits::new`] of byte strings.
    pub(crate) fn from_bytes<'a>(words: impl IntoIterator<Item = &'a [u8]>) -> WordBits {
        let words: Vec<&[u8]> = words.into_iter().collect();
        let mut bits = WordBits::with_room(words.len());
        for w in words {
            bits.insert(w);
        }
        bits
    }

    /// An empty bitmap sized for `count` words, filled by [`WordBits::insert`] (for words
    /// made one at a time, which need not all be kept).
    pub(crate) fn with_room(count: usize) -> WordBits {
        let size = (count * 16).next_power_of_two().max(1 << 12);
        WordBits { words: vec![0; size / 64].into_boxed_slice(), shift: 64 - size.trailing_zeros() }
    }

    /// Puts a word in.
    pub(crate) fn insert(&mut self, word: &[u8]) {
        let b = self.bit(word);
        self.words[b / 64] |= 1 << (b % 64);
    }

    /// The bit of a word: its length and its first and last four bytes (which
    /// overlap in short words), mixed by one multiplication.
    #[inline]
    fn bit(&self, b: &[u8]) -> usize {
        let n = b.len();
        let key = if n >= 4 {
            let head = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let tail = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            u64::from(head) | (u64::from(tail) << 32)
        } else if n > 0 {
            u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16)
        } else {
            0
        };
        let h = (key ^ ((n as u64) << 57) ^ (n as u64)).wrapping_mul(K);
        (h >> self.shift) as usize
    }

    /// False only for a word that was not put in.
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.may_contain_bytes(word.as_bytes())
    }

    /// [`WordBits::may_contain`] for a word's bytes.
    #[inline]
    pub(crate) fn may_contain_bytes(&self, word: &[u8]) -> bool {
        let b = self.bit(word);
        self.words[b / 64] & (1 << (b % 64)) != 0
    }
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
    fn word_tables_find_what_was_put_in() {
        let mut m: WordMap<String, u32> = WordMap::default();
        m.insert("طهران".to_string(), 1);
        assert_eq!(m.get("طهران"), Some(&1));
        assert_eq!(m.get("طهرا"), None);
    }

    /// Words that differ in any one byte, or only in length, hash apart, and the low
    /// bits (hashbrown's bucket) spread like random ones: 4096 keys fill about
    /// 1 - 1/e of 4096 buckets; a hash whose low bits missed some bytes would not.
    #[test]
    fn word_hashes_spread_over_the_low_bits() {
        use std::hash::BuildHasher;
        let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
        let mut keys = std::collections::HashSet::new();
        let mut state = 7u64;
        while keys.len() < 4096 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = 1 + (state >> 60) as usize % 9;
            let word: String =
                (0..len).map(|k| letters[((state >> (4 * k)) % letters.len() as u64) as usize]).collect();
            keys.insert(word);
        }
        let build = WordBuild::default();
        let hashes: std::collections::HashSet<u64> = keys.iter().map(|k| build.hash_one(k.as_str())).collect();
        assert_eq!(hashes.len(), keys.len());
        let buckets: std::collections::HashSet<u64> = hashes.iter().map(|h| h & 4095).collect();
        assert!(buckets.len() > 4096 * 58 / 100, "{} of 4096 buckets", buckets.len());
        // Prefixes of one word: only the length tells some of them apart.
        let long = "عبدالعزيز بن عبدالرحمن ال سعود";
        let cuts: std::collections::HashSet<u64> =
            long.char_indices().map(|(i, _)| build.hash_one(&long[..i])).collect();
        assert_eq!(cuts.len(), long.chars().count());
    }

    /// The bitmap says "maybe" for every word put in, and "no" for most others.
    #[test]
    fn word_bits_never_miss_a_word_put_in() {
        let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
        let mut state = 11u64;
        let mut word = || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = 1 + (state >> 60) as usize % 9;
            (0..len).map(|k| letters[((state >> (4 * k)) % letters.len() as u64) as usize]).collect::<String>()
        };
        let put: std::collections::HashSet<String> = (0..2000).map(|_| word()).collect();
        let bits = WordBits::new(put.iter().map(String::as_str).chain(["", "a", "ab", "abc"]));
        assert!(put.iter().all(|w| bits.may_contain(w)));
        assert!(["", "a", "ab", "abc"].iter().all(|w| bits.may_contain(w)));
        let others: Vec<String> = (0..20000).map(|_| word()).filter(|w| !put.contains(w)).collect();
        let maybe = others.iter().filter(|w| bits.may_contain(w)).count();
        assert!(maybe * 100 < others.len() * 10, "{maybe} of {}", others.len());
        // A bigger list gets a bigger bitmap: as few false "maybe"s.
        let many: std::collections::HashSet<String> = (0..30000).map(|_| word()).collect();
        let bits = WordBits::new(many.iter().map(String::as_str));
        assert!(many.iter().all(|w| bits.may_contain(w)));
        let others: Vec<String> = (0..20000).map(|_| word()).filter(|w| !many.contains(w)).collect();
        let maybe = others.iter().filter(|w| bits.may_contain(w)).count();
        assert!(maybe * 100 < others.len() * 10, "{maybe} of {}", others.len());
    }
}
