//! The trained sequence tagger: names nobody listed, found from how they are written
//! and what stands around them.
//!
//! A linear-chain model over BIO tags (ANERcorp's PERS, LOC, ORG, MISC), trained as an
//! averaged structured perceptron (see [`train`]) and decoded with Viterbi under the
//! BIO constraint (an `I-X` only after `B-X` or `I-X`). Features are hashed straight
//! into 32-bit keys — a template id mixed with the hash of the bytes it looks at — so
//! the hot path allocates nothing per token: a sentence's matching forms go into one
//! reused buffer, and each key is looked up in an open-addressing table of weight rows.
//!
//! Features learned without labels come from SaudiNewsNet (31,030 articles): two
//! granularities of word clusters (k-means over randomized-SVD vectors of PPMI context
//! counts), a frequency band, and mined name lists (how often a word follows a title,
//! "بن", a place trigger or an organisation trigger). They live in the model file next
//! to the weights; `rasd-train clusters` computes them, `rasd-train train` fits the
//! weights, `rasd-train report` writes `reports/tagger.md` (method, measurements and
//! the commands to rebuild everything).
//!
//! `tag_document` adds a second pass for document-level consistency: a place,
//! organisation or other name found once is looked for everywhere in the document.
//!
//! The model (`models/tagger.bin`, ~1.5 MB, ~0.8 MB gzipped) is embedded with
//! `include_bytes!` and parsed once on first use; a model that fails to parse gives a
//! tagger that says `O` everywhere rather than a panic.

// Index loops over the 9 labels and over neighbouring tokens read clearer than zips.
#![allow(clippy::needless_range_loop)]

use std::sync::OnceLock;

use crate::entity::EntityType;
use crate::normalize::normalize_char;

pub mod stack;
pub mod train;

/// A BIO tag over ANERcorp's four name types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    B(EntityType),
    I(EntityType),
}

impl Tag {
    /// ANERcorp's spelling: `O`, `B-PERS`, `I-LOC`, …
    pub fn as_str(self) -> &'static str {
        LABEL_NAMES[label_of(self) as usize]
    }

    /// Parses `O`, `B-PERS`/`B-PER`, `I-LOC`, …; anything else is `None`.
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (bio, ty) = s.split_once('-')?;
        let ty = EntityType::parse(ty)?;
        if !matches!(ty, EntityType::PER | EntityType::LOC | EntityType::ORG | EntityType::MISC) {
            return None;
        }
        match bio {
            "B" => Some(Tag::B(ty)),
            "I" => Some(Tag::I(ty)),
            _ => None,
        }
    }

    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Tag::O => None,
            Tag::B(t) | Tag::I(t) => Some(t),
        }
    }
}

/// Labels as small integers: 0 = O, 1..=4 = B-PERS/LOC/ORG/MISC, 5..=8 = I-….
pub const N_LABELS: usize = 9;
pub(crate) const LABEL_NAMES: [&str; N_LABELS] =
    ["O", "B-PERS", "B-LOC", "B-ORG", "B-MISC", "I-PERS", "I-LOC", "I-ORG", "I-MISC"];
const TYPES: [EntityType; 4] = [EntityType::PER, EntityType::LOC, EntityType::ORG, EntityType::MISC];

pub(crate) fn label_of(tag: Tag) -> u8 {
    let ty = |t: EntityType| match t {
        EntityType::PER => 0,
        EntityType::LOC => 1,
        EntityType::ORG => 2,
        _ => 3,
    };
    match tag {
        Tag::O => 0,
        Tag::B(t) => 1 + ty(t),
        Tag::I(t) => 5 + ty(t),
    }
}

pub(crate) fn tag_of(label: u8) -> Tag {
    match label {
        1..=4 => Tag::B(TYPES[label as usize - 1]),
        5..=8 => Tag::I(TYPES[label as usize - 5]),
        _ => Tag::O,
    }
}

/// May label `cur` follow label `prev` (`prev == N_LABELS` is the sentence start)?
#[inline]
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    if cur < 5 {
        return true;
    }
    prev < N_LABELS && (prev == cur || prev + 4 == cur)
}

// ---------------------------------------------------------------------------------
// Hashing

const K_FX: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash-like hash of bytes, 8 at a time.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ v).wrapping_mul(K_FX);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K_FX);
    }
    fmix(h)
}

#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// The 32-bit feature key of template `t` over value `v` (never 0: 0 marks an empty slot).
#[inline]
fn key(t: u32, v: u64) -> u32 {
    let h = fmix(v ^ (t as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let k = (h >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

#[inline]
fn pair(a: u64, b: u64) -> u64 {
    fmix(a.rotate_left(17) ^ b.wrapping_mul(K_FX))
}

/// Open addressing from nonzero u64 keys to u32 values; linear probing, ≤ 50% full.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyTable {
    keys: Vec<u64>,
    vals: Vec<u32>,
    mask: usize,
    /// Home slot = top bits of the key: inserting keys in sorted order writes the
    /// table front to back.
    shift: u32,
}

impl KeyTable {
    pub(crate) fn with_capacity(n: usize) -> KeyTable {
        let cap = (n.max(8) * 2).next_power_of_two();
        KeyTable { keys: vec![0; cap], vals: vec![0; cap], mask: cap - 1, shift: 64 - cap.trailing_zeros() }
    }

    pub(crate) fn insert(&mut self, k: u64, v: u32) {
        let k = k.max(1);
        let mut i = (k >> self.shift) as usize;
        loop {
            if self.keys[i] == 0 || self.keys[i] == k {
                self.keys[i] = k;
                self.vals[i] = v;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline]
    pub(crate) fn get(&self, k: u64) -> Option<u32> {
        if self.keys.is_empty() {
            return None;
        }
        let k = k.max(1);
        // The keys are hashes already; their top bits are as good as any.
        let mut i = (k >> self.shift) as usize;
        loop {
            let s = self.keys[i];
            if s == k {
                return Some(self.vals[i]);
            }
            if s == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

// ---------------------------------------------------------------------------------
// The lexicon learned without labels

/// What the unlabelled corpus says about one word (its matching form).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LexEntry {
    /// Cluster at the coarse granularity (256), +1 (0 = none).
    pub coarse: u16,
    /// Cluster at the fine granularity (1024), +1 (0 = none).
    pub fine: u16,
    /// Cluster at the finest granularity (4096), +1 (0 = none).
    pub finest: u16,
    /// log2 frequency band in the corpus.
    pub freq: u8,
    /// Mined name lists, 2 bits each (a ratio band, 0 = never): after a person title
    /// or a say-verb, after بن/ابو, after a place trigger, after an organisation trigger.
    pub mined: u8,
    /// Self-training bands, 2 bits per type (PERS, LOC, ORG, MISC): how often a tagger
    /// trained on the labelled part tagged this word as that type across the corpus.
    pub auto: u8,
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Entries in the order of the sorted words.
    entries: Vec<LexEntry>,
    /// Word hash -> index into `entries`.
    table: KeyTable,
    /// The words front-coded as in the model file: kept as bytes so that loading a
    /// model makes no string per word.
    encoded: Vec<u8>,
    /// Name lists from `data/` snapshotted at training time.
    pub(crate) lists: NameLists,
}

/// Name lists from `data/`, keyed by the hashes of clitic-stripped matching forms (the
/// `s1` form: و/ف and ب/ك/ل stripped, ال kept), as the model file stores them.
#[derive(Clone, Debug, Default)]
pub struct NameLists {
    /// Word hash -> bits: 1 given name, 2 other name part, 4 first word of a
    /// gazetteer entry.
    words: KeyTable,
    /// Hash of a gazetteer entry's words ([`span_hash`]) -> type bits (1 PERS, 2 LOC,
    /// 4 ORG, 8 MISC).
    entries: KeyTable,
    /// Longest entry, in words.
    max_len: usize,
    /// (key, bits) of both tables, sorted, for serialization.
    word_list: Vec<(u64, u8)>,
    entry_list: Vec<(u64, u8)>,
    /// `words` is keyed by each listed word as written (normalized), not by its `s1`
    /// form, and a token takes the bits of itself, of itself without و/ف and of its `s1`
    /// form ([`NameLists::token_bits`]): a listed word whose first letter only looks
    /// like a proclitic (كابار, ليما, فيصل) no longer lends its bits to every word that
    /// ends like it (بابار, فيما, يصل). Models trained before it read `false`.
    strict: bool,
}

/// Entries of up to `PREFIXES - 1` words (all that [`NameLists::new`] keeps) are
/// matched from the prefixes of one span hash.
const PREFIXES: usize = 16;

/// The key of a run of words (hashes of their `s1` forms).
#[inline]
pub(crate) fn span_hash(words: impl Iterator<Item = u64>) -> u64 {
    words.fold(0x1234u64, pair)
}

impl NameLists {
    /// Builds the lists: gazetteer entries as (type bit, form) and single names as
    /// (bit, form); forms are tokenized, normalized and clitic-stripped like text.
    ///
    /// `strict`: the word table is keyed by each word as written (see
    /// [`NameLists::strict`]); else by its `s1` form, as models before it were.
    pub fn new(entries: &[(u8, &str)], names: &[(u8, &str)], strict: bool) -> NameLists {
        let mut words: std::collections::BTreeMap<u64, u8> = Default::default();
        let mut spans: std::collections::BTreeMap<u64, u8> = Default::default();
        let mut max_len = 0;
        // Per word of the form: the hash of its s1 form and of the word as written.
        let hashes = |form: &str| -> Vec<(u64, u64)> {
            let toks = crate::tokenize::tokenize(form);
            toks.tokens
                .iter()
                .map(|t| {
                    let mut n = String::new();
                    push_normalized(&mut n, &form[t.span.start..t.span.end]);
                    let c = clitics(&n);
                    (hash_bytes(&n.as_bytes()[c.s1..]), hash_bytes(n.as_bytes()))
                })
                .collect()
        };
        let word_key = |(s1, whole): (u64, u64)| if strict { whole } else { s1 };
        for &(bit, form) in names {
            if let [h] = hashes(form)[..] {
                *words.entry(word_key(h)).or_insert(0) |= bit;
            }
        }
        for &(bit, form) in entries {
            let hs = hashes(form);
            if hs.is_empty() || hs.len() > 8 {
                continue;
            }
            max_len = max_len.max(hs.len());
            *words.entry(word_key(hs[0])).or_insert(0) |= 4;
            *spans.entry(span_hash(hs.into_iter().map(|h| h.0))).or_insert(0) |= bit;
        }
        NameLists::from_lists(words.into_iter().collect(), spans.into_iter().collect(), max_len, strict)
    }

    /// The word-table bits of a token (normalized) with these clitics.
    #[inline]
    fn token_bits(&self, w: &str, cl: &Clitics, hw: u64, hs1: u64) -> u8 {
        if !self.strict {
            return self.word_bits(hs1);
        }
        let wf = if cl.code & 3 != 0 { 2 } else { 0 };
        let mut bits = self.word_bits(hw) | self.word_bits(hs1);
        if wf != 0 {
            bits |= self.word_bits(hash_bytes(&w.as_bytes()[wf..]));
        }
        bits
    }

    fn from_lists(word_list: Vec<(u64, u8)>, entry_list: Vec<(u64, u8)>, max_len: usize, strict: bool) -> NameLists {
        let mut words = KeyTable::with_capacity(word_list.len());
        for &(k, v) in &word_list {
            words.insert(k, v as u32);
        }
        let mut entries = KeyTable::with_capacity(entry_list.len());
        for &(k, v) in &entry_list {
            entries.insert(k, v as u32);
        }
        NameLists { words, entries, max_len, word_list, entry_list, strict }
    }

    pub fn is_empty(&self) -> bool {
        self.word_list.is_empty()
    }

    /// Number of gazetteer entries and of listed words.
    pub fn sizes(&self) -> (usize, usize) {
        (self.entry_list.len(), self.word_list.len())
    }

    /// What the lists say of each word of a sentence, as the tagger's features see it:
    /// per token (gazetteer code, name bits), the code being 0 outside a gazetteer
    /// match, else (type bits: 1 PERS, 2 LOC, 4 ORG, 8 MISC) × 2 + (0 first word, 1
    /// later word), the name bits 1 for a given name and 2 for another name part.
    pub fn match_words<S: AsRef<str>>(&self, words: &[S]) -> Vec<(u8, u8)> {
        let (hs, bits): (Vec<u64>, Vec<u8>) = words
            .iter()
            .map(|w| {
                let mut n = String::new();
                push_normalized(&mut n, w.as_ref());
                let cl = clitics(&n);
                let hs1 = hash_bytes(&n.as_bytes()[cl.s1..]);
                (hs1, self.token_bits(&n, &cl, hash_bytes(n.as_bytes()), hs1))
            })
            .unzip();
        let mut codes = Vec::new();
        self.codes(words.len(), |i| hs[i], |i| bits[i] & 4 != 0, &mut codes);
        codes.into_iter().zip(bits).map(|(c, b)| (c, b & NAME_BITS)).collect()
    }

    #[inline]
    fn word_bits(&self, h: u64) -> u8 {
        self.words.get(h).map_or(0, |v| v as u8)
    }

    /// Longest match, left to right, of a sentence (per token: its `s1` hash and
    /// whether it starts some entry) against the gazetteer entries. Writes per token
    /// a code: 0 outside, else (type bits) × 2 + (0 first word, 1 later word).
    fn codes(&self, n: usize, s1: impl Fn(usize) -> u64, starts: impl Fn(usize) -> bool, out: &mut Vec<u8>) {
        out.clear();
        out.resize(n, 0);
        let mut i = 0;
        while i < n {
            if starts(i) {
                let mut found = None;
                let longest = self.max_len.min(n - i);
                if longest < PREFIXES {
                    // The span hash is a fold: the hashes of all the lengths tried are
                    // the prefixes of one fold.
                    let mut prefix = [0u64; PREFIXES];
                    let mut h = span_hash(std::iter::empty());
                    for len in 1..=longest {
                        h = pair(h, s1(i + len - 1));
                        prefix[len] = h;
                    }
                    for len in (1..=longest).rev() {
                        if let Some(bits) = self.entries.get(prefix[len].max(1)) {
                            found = Some((len, bits as u8));
                            break;
                        }
                    }
                } else {
                    for len in (1..=longest).rev() {
                        if let Some(bits) = self.entries.get(span_hash((i..i + len).map(&s1)).max(1)) {
                            found = Some((len, bits as u8));
                            break;
                        }
                    }
                }
                if let Some((len, bits)) = found {
                    out[i] = bits * 2;
                    for c in &mut out[i + 1..i + len] {
                        *c = bits * 2 + 1;
                    }
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if self.strict { b"NAMES2" } else { b"NAMES1" });
        out.extend_from_slice(&(self.max_len as u32).to_le_bytes());
        for list in [&self.word_list, &self.entry_list] {
            out.extend_from_slice(&(list.len() as u32).to_le_bytes());
            for &(k, v) in list {
                out.extend_from_slice(&k.to_le_bytes());
                out.push(v);
            }
        }
    }

    fn read(r: &mut Reader) -> Result<NameLists, String> {
        let strict = match r.take(6)? {
            b"NAMES1" => false,
            b"NAMES2" => true,
            _ => return Err("bad name-list section in model file".into()),
        };
        let max_len = r.u32()? as usize;
        let mut lists = [Vec::new(), Vec::new()];
        for list in lists.iter_mut() {
            let n = r.u32()? as usize;
            list.reserve(n.min(1 << 20));
            for _ in 0..n {
                let s = r.take(8)?;
                let k = u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
                list.push((k, r.u8()?));
            }
        }
        let [w, e] = lists;
        Ok(NameLists::from_lists(w, e, max_len.min(8), strict))
    }
}

impl Lexicon {
    pub fn new(mut words: Vec<(String, LexEntry)>) -> Lexicon {
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let mut encoded = Vec::new();
        let mut prev: &[u8] = &[];
        for (w, e) in &words {
            let wb = w.as_bytes();
            let common = prev.iter().zip(wb).take_while(|(a, b)| a == b).count().min(255);
            encoded.push(common as u8);
            put_varint(&mut encoded, (wb.len() - common) as u32);
            encoded.extend_from_slice(&wb[common..]);
            encoded.extend_from_slice(&e.coarse.to_le_bytes());
            encoded.extend_from_slice(&e.fine.to_le_bytes());
            encoded.extend_from_slice(&e.finest.to_le_bytes());
            encoded.push(e.freq);
            encoded.push(e.mined);
            encoded.push(e.auto);
            prev = wb;
        }
        Lexicon::decode(words.len(), &encoded, |_| {}).expect("a lexicon we just encoded decodes")
    }

    /// Reads `n` front-coded words (one reused buffer, no string per word); `each`
    /// sees every (word bytes, entry).
    fn decode(n: usize, encoded: &[u8], mut each: impl FnMut((&[u8], LexEntry))) -> Result<Lexicon, String> {
        let mut r = Reader { b: encoded, at: 0 };
        let mut entries = Vec::with_capacity(n.min(1 << 20));
        // Filled as the words are read: linear probing finds every key whatever the
        // order of insertion (sorting the hashes first cost more at start-up than the
        // front-to-back writes saved), and a later duplicate still wins. A word takes at
        // least 11 bytes, which bounds the table by the bytes there are whatever `n` says.
        let mut table = KeyTable::with_capacity(n.min(encoded.len() / 11 + 1));
        let mut w: Vec<u8> = Vec::with_capacity(64);
        for i in 0..n {
            let common = r.u8()? as usize;
            let rest = r.varint()? as usize;
            if common > w.len() {
                return Err("bad lexicon entry in model file".into());
            }
            w.truncate(common);
            w.extend_from_slice(r.take(rest)?);
            let e = LexEntry {
                coarse: r.u16()?,
                fine: r.u16()?,
                finest: r.u16()?,
                freq: r.u8()?,
                mined: r.u8()?,
                auto: r.u8()?,
            };
            table.insert(hash_bytes(&w).max(1), i as u32);
            entries.push(e);
            each((&w, e));
        }
        Ok(Lexicon { entries, table, encoded: encoded[..r.at].to_vec(), lists: NameLists::default() })
    }

    /// Attaches name lists (see [`NameLists`]).
    pub fn set_lists(&mut self, lists: NameLists) {
        self.lists = lists;
    }

    pub fn lists(&self) -> &NameLists {
        &self.lists
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The words and their entries, sorted by word (decoded on each call).
    pub fn words(&self) -> Vec<(String, LexEntry)> {
        let mut out = Vec::with_capacity(self.entries.len());
        let _ = Lexicon::decode(self.entries.len(), &self.encoded, |(w, e)| {
            out.push((String::from_utf8_lossy(w).into_owned(), e))
        });
        out
    }

    #[inline]
    pub(crate) fn lookup_hash(&self, h: u64) -> Option<LexEntry> {
        self.table.get(h).map(|i| self.entries[i as usize])
    }

    pub fn lookup(&self, word: &str) -> Option<LexEntry> {
        self.lookup_hash(hash_bytes(word.as_bytes()))
    }
}

// ---------------------------------------------------------------------------------
// Features

/// Feature groups that can be switched off (for ablations); stored in the model.
pub mod flags {
    pub const CONTEXT2: u32 = 1 << 0;
    pub const CLITICS: u32 = 1 << 1;
    pub const AFFIXES: u32 = 1 << 2;
    pub const SHAPE: u32 = 1 << 3;
    pub const TRIGGERS: u32 = 1 << 4;
    pub const BIGRAMS: u32 = 1 << 5;
    pub const CLUSTERS: u32 = 1 << 6;
    pub const MINED: u32 = 1 << 7;
    pub const FREQ: u32 = 1 << 8;
    /// Document-level consistency as a second pass in `tag_document`.
    pub const DOC: u32 = 1 << 9;
    /// Self-training bands from the corpus tagged by a first model.
    pub const AUTO: u32 = 1 << 10;
    /// Conjunctions of neighbouring words, clusters and triggers.
    pub const CONJ: u32 = 1 << 11;
    /// Corpus frequency of the core with and without ال.
    pub const ALRATIO: u32 = 1 << 12;
    /// Longest match of the sentence against the gazetteer (`data/gazetteer/*.tsv`):
    /// the type and B/I position of the token and of its neighbours.
    pub const GAZ: u32 = 1 << 13;
    /// Given names and name parts (`data/names/`) of the token and its neighbours.
    pub const NAMELIST: u32 = 1 << 14;
    /// Short spans between quotation marks (« », " ", “ ”): the token's place in
    /// the span, the span's length, and the word before the opening mark.
    pub const QUOTES: u32 = 1 << 15;
    /// Four-letter prefix and suffix of the word, four-letter prefix of its core.
    pub const AFFIX4: u32 = 1 << 16;
    /// The fine cluster of the word before a quoted span, with the token's place in it
    /// (برنامج, مسلسل, فيلم «…» share clusters where each alone is rare in training).
    pub const QUOTECTX: u32 = 1 << 17;
    pub const ALL: u32 = (1 << 18) - 1;
    /// What `rasd-train train` uses: everything but the self-training bands, which
    /// cost 1.5 points of dev F1 when measured (the first model's mistakes come back
    /// as features), and `QUOTES`: `QUOTECTX` in its place scored better on the dev
    /// split (mean of five seeds 77.00 against 76.31; reports/tagger.md, fourth and
    /// fifth rounds). Two word-pair templates are left out (the word bigram and the
    /// word × cluster conjunction): with nine bags, ten training seeds scored the same
    /// without them (paired difference −0.05, SE 0.13) and the tagger asks for 7 pair
    /// keys per token instead of 11 (docs/MEASUREMENTS.md, eleventh round).
    pub const DEFAULT: u32 = (ALL & !AUTO & !QUOTES) | NO_BIGRAM | NO_CJ_WORD_CLUSTER;
    /// Pair templates left out one by one (set bits switch a template off, so models
    /// without them keep every pair key): for measuring what each of the per-token
    /// word-pair look-ups is worth (`rasd-train train --pairs-off NAMES`).
    pub const NO_S1_L: u32 = 1 << 18;
    pub const NO_BIGRAM: u32 = 1 << 19;
    pub const NO_COARSE_BI: u32 = 1 << 20;
    pub const NO_CJ_WORD_CLUSTER: u32 = 1 << 21;
    pub const NO_CJ_TRIG_FINE: u32 = 1 << 22;
    pub const NO_CJ_FINE_FINE: u32 = 1 << 23;
    pub const NO_CJ_S1_S1: u32 = 1 << 24;
    /// The model has second-order (tag-trigram) transitions, written after the
    /// first-order ones (`rasd-train train --trigram`; older models lack the bit and
    /// the block and load as before). Set from the model, not a feature group.
    pub const TRIGRAM: u32 = 1 << 25;
    pub const PAIRS_OFF: [(&str, u32); 7] = [
        ("s1_l", NO_S1_L),
        ("bigram", NO_BIGRAM),
        ("coarse_bi", NO_COARSE_BI),
        ("cj_word_cluster", NO_CJ_WORD_CLUSTER),
        ("cj_trig_fine", NO_CJ_TRIG_FINE),
        ("cj_fine_fine", NO_CJ_FINE_FINE),
        ("cj_s1_s1", NO_CJ_S1_S1),
    ];
    pub const NAMES: [(&str, u32); 18] = [
        ("context2", CONTEXT2),
        ("clitics", CLITICS),
        ("affixes", AFFIXES),
        ("shape", SHAPE),
        ("triggers", TRIGGERS),
        ("bigrams", BIGRAMS),
        ("clusters", CLUSTERS),
        ("mined", MINED),
        ("freq", FREQ),
        ("doc", DOC),
        ("auto", AUTO),
        ("conj", CONJ),
        ("alratio", ALRATIO),
        ("gaz", GAZ),
        ("namelist", NAMELIST),
        ("quotes", QUOTES),
        ("affix4", AFFIX4),
        ("quotectx", QUOTECTX),
    ];
}

/// Trigger words (matching forms, clitic-stripped) and their classes.
const TRIGGERS: &[(&str, u8)] = &[
    // 1: titles and ranks before persons
    ("الرييس", 1),
    ("رييس", 1),
    ("الوزير", 1),
    ("وزير", 1),
    ("السيد", 1),
    ("السيده", 1),
    ("الشيخ", 1),
    ("الامير", 1),
    ("الاميره", 1),
    ("الملك", 1),
    ("الملكه", 1),
    ("الدكتور", 1),
    ("د", 1),
    ("المهندس", 1),
    ("الاستاذ", 1),
    ("اللواء", 1),
    ("العميد", 1),
    ("الفريق", 1),
    ("العقيد", 1),
    ("الجنرال", 1),
    ("المستشار", 1),
    ("النايب", 1),
    ("السفير", 1),
    ("القاضي", 1),
    ("الامام", 1),
    ("البابا", 1),
    ("المتحدث", 1),
    ("الناطق", 1),
    ("الزعيم", 1),
    ("المرشح", 1),
    ("الرييسه", 1),
    ("المدير", 1),
    ("مدير", 1),
    ("الامين", 1),
    ("المبعوث", 1),
    ("الكاتب", 1),
    ("الفنان", 1),
    ("اللاعب", 1),
    ("المدرب", 1),
    ("زميله", 1),
    ("نظيره", 1),
    ("عضو", 1),
    ("المخرج", 1),
    ("الممثل", 1),
    // 2: say-verbs
    ("قال", 2),
    ("اعلن", 2),
    ("اكد", 2),
    ("اوضح", 2),
    ("اشار", 2),
    ("صرح", 2),
    ("اضاف", 2),
    ("ذكر", 2),
    ("قالت", 2),
    ("اعلنت", 2),
    ("اكدت", 2),
    ("اوضحت", 2),
    ("اشارت", 2),
    ("ذكرت", 2),
    ("اضافت", 2),
    ("دعا", 2),
    ("طالب", 2),
    ("التقي", 2),
    ("استقبل", 2),
    ("بحث", 2),
    // 3: place triggers
    ("مدينه", 3),
    ("محافظه", 3),
    ("منطقه", 3),
    ("دوله", 3),
    ("عاصمه", 3),
    ("العاصمه", 3),
    ("ولايه", 3),
    ("جزيره", 3),
    ("قريه", 3),
    ("بلده", 3),
    ("اقليم", 3),
    ("شمال", 3),
    ("جنوب", 3),
    ("شرق", 3),
    ("غرب", 3),
    ("وسط", 3),
    ("مطار", 3),
    ("نهر", 3),
    ("بحر", 3),
    ("جبل", 3),
    ("حي", 3),
    ("ميناء", 3),
    ("مخيم", 3),
    // 4: organisation triggers
    ("شركه", 4),
    ("وزاره", 4),
    ("منظمه", 4),
    ("حزب", 4),
    ("جامعه", 4),
    ("وكاله", 4),
    ("هييه", 4),
    ("جمعيه", 4),
    ("بنك", 4),
    ("صحيفه", 4),
    ("مجلس", 4),
    ("جماعه", 4),
    ("حركه", 4),
    ("اتحاد", 4),
    ("موسسه", 4),
    ("لجنه", 4),
    ("نادي", 4),
    ("مركز", 4),
    ("مجموعه", 4),
    ("قناه", 4),
    ("اذاعه", 4),
    ("محكمه", 4),
    ("جبهه", 4),
    ("مصرف", 4),
    ("مجله", 4),
    ("تلفزيون", 4),
    ("برلمان", 4),
    ("منتدي", 4),
    ("معهد", 4),
    ("البنك", 4),
    // 5: nationality / relation words that follow names of places
    ("الجنسيه", 5),
    ("الاصل", 5),
    // 6: time words (not names, but often next to MISC and LOC)
    ("يوم", 6),
    ("عام", 6),
    ("شهر", 6),
    ("امس", 6),
    ("اليوم", 6),
];

/// The trigger class of a clitic-stripped matching form (0 = none): 1 title,
/// 2 say-verb, 3 place trigger, 4 organisation trigger, 5 origin, 6 time word.
pub fn trigger_class(s: &[u8]) -> u8 {
    trigger_class_hashed(hash_bytes(s))
}

fn trigger_class_hashed(h: u64) -> u8 {
    static TABLE: OnceLock<KeyTable> = OnceLock::new();
    let t = TABLE.get_or_init(|| {
        let mut t = KeyTable::with_capacity(TRIGGERS.len());
        for (w, c) in TRIGGERS {
            t.insert(hash_bytes(w.as_bytes()), *c as u32);
        }
        t
    });
    t.get(h).map_or(0, |c| c as u8)
}

/// The clitic analysis of a matching form: `s1` strips a conjunction and a
/// preposition (و ف, then ب ل ك; لل keeps its ال as "ال"), `core` strips ال too.
/// A strip happens only when enough letters remain (لبنان keeps its ل as `w`, and the
/// learner sees both forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clitics {
    /// Byte offset where `s1` starts (0 = nothing stripped).
    pub s1: usize,
    /// Byte offset where `core` starts.
    pub core: usize,
    /// The proclitic code: which of و/ف, ب/ل/ك, ال were stripped.
    pub code: u8,
}

fn chars_from(w: &str, at: usize) -> usize {
    w[at..].chars().count()
}

pub fn clitics(w: &str) -> Clitics {
    let b = w.as_bytes();
    let starts = |at: usize, p: &str| b.len() >= at + p.len() && &b[at..at + p.len()] == p.as_bytes();
    let mut at = 0usize;
    let mut code = 0u8;
    if (starts(0, "و") || starts(0, "ف")) && chars_from(w, 2) >= 3 {
        code |= if starts(0, "و") { 1 } else { 2 };
        at = 2;
    }
    // لل = ل + ال with the alef dropped.
    if starts(at, "لل") && chars_from(w, at + 4) >= 2 {
        code |= 3 << 2;
        // s1 is the ال-form: we cannot point at a missing alef, so s1 = the core and
        // the code says "ال was there".
        let core = at + 4;
        return Clitics { s1: core, core, code: code | 16 };
    }
    for (i, p) in ["ب", "ك", "ل"].iter().enumerate() {
        if starts(at, p) && starts(at + 2, "ال") && chars_from(w, at + 6) >= 2 {
            code |= ((i + 1) as u8) << 2;
            let s1 = at + 2;
            return Clitics { s1, core: s1 + 4, code: code | 16 };
        }
    }
    if starts(at, "ال") && chars_from(w, at + 4) >= 2 {
        return Clitics { s1: at, core: at + 4, code: code | 16 };
    }
    for (i, p) in ["ب", "ك", "ل"].iter().enumerate() {
        if starts(at, p) && chars_from(w, at + 2) >= 3 {
            code |= ((i + 1) as u8) << 2;
            return Clitics { s1: at + 2, core: at + 2, code };
        }
    }
    Clitics { s1: at, core: at, code }
}

/// Per-token facts that the feature templates combine.
#[derive(Clone, Copy, Debug, Default)]
struct TokFacts {
    w: u64,
    s1: u64,
    core: u64,
    code: u8,
    shape: u8,
    len: u8,
    trig: u8,
    lex: LexEntry,
    lex_core: LexEntry,
    pre: [u64; 3],
    suf: [u64; 3],
    cpre: [u64; 2],
    /// Four-letter prefix, suffix and core prefix (NONE when the word is too short).
    affix4: [u64; 3],
    /// Corpus log2 frequencies (halved) of the core with and without ال: names of
    /// persons rarely take the article, common nouns often do.
    al_ratio: u64,
    /// Name-list bits of the `s1` form (see [`NameLists`]).
    names: u8,
    /// Quotation mark kind (see [`quote_kind`]).
    quote: u8,
}

const NONE: u64 = 0x5a5a_5a5a_0000_0001;
const BOS: u64 = 0x5a5a_5a5a_0000_0002;
const EOS: u64 = 0x5a5a_5a5a_0000_0003;

fn shape_of(w: &str) -> u8 {
    let mut digits = 0;
    let mut latin = 0;
    let mut arabic = 0;
    let mut other = 0;
    for c in w.chars() {
        if c.is_ascii_digit() {
            digits += 1
        } else if c.is_ascii_alphabetic() {
            latin += 1
        } else if crate::normalize::is_arabic_letter(c) {
            arabic += 1
        } else {
            other += 1
        }
    }
    let n = digits + latin + arabic + other;
    match () {
        _ if n == 0 => 0,
        _ if digits == n => 1,
        _ if digits > 0 => 2,
        _ if latin > 0 && arabic == 0 => 3,
        _ if latin > 0 => 4,
        _ if arabic == n => 5,
        _ if arabic > 0 => 6,
        _ if n == 1 => 7,
        _ => 8,
    }
}

/// Byte offsets of the first `n` chars / last `n` chars.
fn prefix_len(w: &str, n: usize) -> Option<usize> {
    let mut it = w.char_indices();
    let mut count = 0;
    for (i, _) in &mut it {
        if count == n {
            return Some(i);
        }
        count += 1;
    }
    (count == n).then_some(w.len())
}

fn suffix_start(w: &str, n: usize) -> Option<usize> {
    let mut count = 0;
    for (i, _) in w.char_indices().rev() {
        count += 1;
        if count == n {
            return Some(i);
        }
    }
    None
}

/// Where a word's clusters come from: 0 the word itself is in the lexicon, 1 only its
/// clitic-stripped form is, 2 neither (its cluster features read 0). For
/// `rasd-train unseen`, which counts the names the cluster vocabulary does not cover.
pub fn cluster_source(word: &str, lex: &Lexicon) -> u8 {
    let mut norm = String::new();
    push_normalized(&mut norm, word);
    let f = facts(&norm, lex);
    if f.lex.coarse != 0 {
        0
    } else if f.lex_core.coarse != 0 {
        1
    } else {
        2
    }
}

fn facts(w: &str, lex: &Lexicon) -> TokFacts {
    let b = w.as_bytes();
    let cl = clitics(w);
    let s1 = &w[cl.s1..];
    let core = &w[cl.core..];
    let hw = hash_bytes(b);
    let hs1 = hash_bytes(s1.as_bytes());
    let hcore = hash_bytes(core.as_bytes());
    let mut f = TokFacts {
        w: hw,
        s1: hs1,
        core: hcore,
        code: cl.code,
        shape: shape_of(w),
        len: w.chars().count().min(12) as u8,
        trig: trigger_class_hashed(hs1),
        lex: lex.lookup_hash(hw).unwrap_or_default(),
        lex_core: LexEntry::default(),
        pre: [NONE; 3],
        suf: [NONE; 3],
        cpre: [NONE; 2],
        affix4: [NONE; 3],
        al_ratio: 0,
        names: lex.lists.token_bits(w, &cl, hw, hs1),
        quote: quote_kind(w),
    };
    if f.trig == 0 && cl.core != cl.s1 {
        // لل-forms: the trigger list holds the ال-form; try the core with ال.
        f.trig = trigger_class_hashed(hcore);
    }
    f.lex_core = if cl.s1 != 0 {
        lex.lookup_hash(hs1).unwrap_or_default()
    } else if cl.core != 0 {
        lex.lookup_hash(hcore).unwrap_or_default()
    } else {
        f.lex
    };
    for n in 1..=3 {
        if let Some(e) = prefix_len(w, n) {
            if e < b.len() {
                f.pre[n - 1] = hash_bytes(&b[..e]);
            }
        }
        if let Some(s) = suffix_start(w, n) {
            if s > 0 {
                f.suf[n - 1] = hash_bytes(&b[s..]);
            }
        }
    }
    for n in 2..=3 {
        if let Some(e) = prefix_len(core, n) {
            if e < core.len() {
                f.cpre[n - 2] = hash_bytes(&core.as_bytes()[..e]);
            }
        }
    }
    if let Some(e) = prefix_len(w, 4) {
        if e < b.len() {
            f.affix4[0] = hash_bytes(&b[..e]);
        }
    }
    if let Some(s) = suffix_start(w, 4) {
        if s > 0 {
            f.affix4[1] = hash_bytes(&b[s..]);
        }
    }
    if let Some(e) = prefix_len(core, 4) {
        if e < core.len() {
            f.affix4[2] = hash_bytes(&core.as_bytes()[..e]);
        }
    }
    let mut buf = [0u8; 64];
    let cb = core.as_bytes();
    if !cb.is_empty() && cb.len() + 4 <= buf.len() {
        buf[..4].copy_from_slice("ال".as_bytes());
        buf[4..4 + cb.len()].copy_from_slice(cb);
        let with_al = lex.lookup_hash(hash_bytes(&buf[..4 + cb.len()])).map_or(0, |e| e.freq);
        let bare = lex.lookup_hash(hcore).map_or(0, |e| e.freq);
        f.al_ratio = ((with_al / 2) as u64) << 8 | (bare / 2) as u64;
    }
    f
}

/// Template ids (stable: changing one invalidates trained models).
mod t {
    pub const BIAS: u32 = 0;
    pub const W: u32 = 1; // + offset 0..5 (−2..+2)
    pub const S1: u32 = 10; // + offset
    pub const CORE: u32 = 20;
    pub const CODE: u32 = 30;
    pub const PRE: u32 = 31; // +0..3
    pub const SUF: u32 = 35;
    pub const CPRE: u32 = 39;
    pub const CSUF_S1: u32 = 41;
    pub const SHAPE: u32 = 45; // + offset
    pub const LEN: u32 = 50;
    pub const POS: u32 = 51;
    pub const BIGRAM_L: u32 = 52;
    pub const BIGRAM_R: u32 = 53;
    pub const TRIG: u32 = 55; // + offset
    pub const COARSE: u32 = 60; // + offset
    pub const FINE: u32 = 65; // + offset
    pub const COARSE_CORE: u32 = 70;
    pub const FINE_CORE: u32 = 71;
    pub const COARSE_BI_L: u32 = 72;
    pub const COARSE_BI_R: u32 = 73;
    pub const MINED: u32 = 75; // + offset (−1, 0, +1)
    pub const MINED_CORE: u32 = 78;
    pub const FREQ: u32 = 80;
    pub const FREQ_CORE: u32 = 81;
    pub const TRIG_W: u32 = 82;
    pub const S1_L: u32 = 83;
    pub const FINEST: u32 = 84; // + offset
    pub const FINEST_CORE: u32 = 90;
    pub const AUTO: u32 = 91; // + offset (−1, 0, +1), 4 types
    pub const AUTO_CORE: u32 = 103;
    pub const CJ_WL_C0: u32 = 104;
    pub const CJ_CL_W0: u32 = 105;
    pub const CJ_TL_F0: u32 = 106;
    pub const CJ_S0_SR: u32 = 107;
    pub const CJ_F0_FR: u32 = 108;
    pub const CJ_FL_F0: u32 = 109;
    pub const ALRATIO: u32 = 110;
    pub const ALRATIO_L: u32 = 111;
    pub const NAMELIST: u32 = 112; // + offset (−1, 0, +1)
    pub const GAZ: u32 = 115; // + offset (−1, 0, +1)
    pub const QUOTE: u32 = 118;
    pub const QUOTE_W: u32 = 119;
    pub const AFFIX4: u32 = 120; // +0..2: prefix, suffix, core prefix
    pub const QUOTE_C: u32 = 123;
}

/// 1 an opening quotation mark (« “), 2 a closing one (» ”), 3 either (").
#[inline]
fn quote_kind(w: &str) -> u8 {
    match w {
        "«" | "“" => 1,
        "»" | "”" => 2,
        "\"" => 3,
        _ => 0,
    }
}

/// Longest quoted span that gets the quote features (tokens between the marks).
const QUOTE_MAX: usize = 6;

/// For each token of a sentence, its place in a short quoted span: `(code, before)`
/// where `code` is 0 outside, else the place (1 first, 2 inside, 3 last, 4 alone)
/// plus 8 × the span length (capped at 4), `before` is the `s1` hash of the word
/// before the opening mark (BOS at the start) and `cluster` that word's fine cluster
/// (0 at the start). `kind(i)` is the token's [`quote_kind`], `s1(i)` its
/// clitic-stripped hash, `fine(i)` its fine cluster.
fn quote_codes(
    n: usize,
    kind: impl Fn(usize) -> u8,
    s1: impl Fn(usize) -> u64,
    fine: impl Fn(usize) -> u64,
    out: &mut Vec<QuoteCode>,
) {
    out.clear();
    out.resize(n, QuoteCode::default());
    let mut i = 0;
    while i < n {
        let k = kind(i);
        if k == 1 || k == 3 {
            let mut j = i + 1;
            while j < n && j - i - 1 <= QUOTE_MAX && kind(j) != 2 && kind(j) != 3 && kind(j) != 1 {
                j += 1;
            }
            let len = j.saturating_sub(i + 1);
            if j < n && (kind(j) == 2 || kind(j) == 3) && (1..=QUOTE_MAX).contains(&len) {
                let before = if i == 0 { BOS } else { s1(i - 1) };
                let cluster = if i == 0 { 0 } else { fine(i - 1) };
                for p in i + 1..j {
                    let place = if len == 1 {
                        4
                    } else if p == i + 1 {
                        1
                    } else if p + 1 == j {
                        3
                    } else {
                        2
                    };
                    out[p] = QuoteCode { code: place | (len.min(4) as u8) << 3, before, cluster };
                }
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
}

/// A token's place in a short quoted span (see [`quote_codes`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct QuoteCode {
    code: u8,
    before: u64,
    cluster: u64,
}

/// The keys a token gets from its place in a quoted span (see [`quote_codes`]).
#[inline]
fn quote_keys(q: QuoteCode, fl: u32, k: &mut impl FnMut(u32)) {
    if fl & flags::QUOTES != 0 && q.code != 0 {
        k(key(t::QUOTE, q.code as u64));
        k(key(t::QUOTE_W, pair(q.before, (q.code & 7) as u64)));
    }
    if fl & flags::QUOTECTX != 0 && q.code != 0 {
        k(key(t::QUOTE_C, q.cluster << 3 | (q.code & 7) as u64));
    }
}

/// Computes the feature keys of every token of a sentence.
///
/// `buf` and `facts_buf` are scratch space reused across sentences; keys are appended
/// to `keys`, and `starts[i]..starts[i+1]` are token `i`'s keys.
pub(crate) struct FeatureScratch {
    norm: String,
    bounds: Vec<(usize, usize)>,
    facts: Vec<TokFacts>,
    codes: Vec<u8>,
    quotes: Vec<QuoteCode>,
    pub keys: Vec<u32>,
    pub starts: Vec<usize>,
}

impl FeatureScratch {
    pub fn new() -> FeatureScratch {
        FeatureScratch {
            norm: String::new(),
            bounds: Vec::new(),
            facts: Vec::new(),
            codes: Vec::new(),
            quotes: Vec::new(),
            keys: Vec::new(),
            starts: Vec::new(),
        }
    }
}

/// `normalize_char` without white space, with a fast path for the Arabic letters it
/// keeps as they are (its general path asks Unicode tables about case).
#[inline]
pub(crate) fn fast_normalize_char(c: char) -> Option<char> {
    match c {
        'ء' | 'ا' | 'ب' | 'ت'..='غ' | 'ف'..='و' | 'ي' => Some(c),
        'a'..='z' | '0'..='9' => Some(c),
        _ if c.is_whitespace() => None,
        _ => normalize_char(c),
    }
}

/// What the pair templates read of a neighbouring token.
#[derive(Clone, Copy, Debug, Default)]
struct PairFacts {
    w: u64,
    s1: u64,
    trig: u8,
    /// Coarse and fine cluster of the word, else of its clitic-stripped form.
    coarse: u64,
    fine: u64,
}

impl TokFacts {
    fn pair(&self) -> PairFacts {
        PairFacts {
            w: self.w,
            s1: self.s1,
            trig: self.trig,
            coarse: if self.lex.coarse != 0 { self.lex.coarse } else { self.lex_core.coarse } as u64,
            fine: if self.lex.fine != 0 { self.lex.fine } else { self.lex_core.fine } as u64,
        }
    }
}

/// The feature keys a token is given by the word `d` places away from it
/// (d in −2..=2; 0 is the token itself) that depend on that word alone. Their sum is
/// what the inference cache keeps per word type.
#[inline]
fn unary_keys(y: &TokFacts, d: isize, fl: u32, k: &mut impl FnMut(u32)) {
    let span: isize = if fl & flags::CONTEXT2 != 0 { 2 } else { 1 };
    if d.abs() > span {
        return;
    }
    let o = (d + 2) as u32;
    k(key(t::W + o, y.w));
    if fl & flags::CLITICS != 0 && d.abs() <= 1 {
        k(key(t::S1 + o, y.s1));
        k(key(t::CORE + o, y.core));
    }
    if fl & flags::SHAPE != 0 && d.abs() <= 1 {
        k(key(t::SHAPE + o, y.shape as u64));
    }
    if fl & flags::TRIGGERS != 0 && d != 0 && y.trig != 0 {
        k(key(t::TRIG + o, y.trig as u64));
    }
    if fl & flags::CLUSTERS != 0 {
        let c = if y.lex.coarse != 0 { y.lex.coarse } else { y.lex_core.coarse };
        k(key(t::COARSE + o, c as u64));
        if d.abs() <= 1 {
            let c = if y.lex.fine != 0 { y.lex.fine } else { y.lex_core.fine };
            k(key(t::FINE + o, c as u64));
            let c = if y.lex.finest != 0 { y.lex.finest } else { y.lex_core.finest };
            if c != 0 {
                k(key(t::FINEST + o, c as u64));
            }
        }
    }
    if fl & flags::AUTO != 0 && d.abs() <= 1 {
        let a = if y.lex.auto != 0 { y.lex.auto } else { y.lex_core.auto };
        for ty in 0..4u32 {
            k(key(t::AUTO + (d + 1) as u32 * 4 + ty, ((a >> (2 * ty)) & 3) as u64));
        }
    }
    if fl & flags::MINED != 0 && d.abs() <= 1 {
        k(key(t::MINED + (d + 1) as u32, y.lex.mined as u64));
    }
    if fl & flags::ALRATIO != 0 && d == -1 {
        k(key(t::ALRATIO_L, y.al_ratio));
    }
    if fl & flags::NAMELIST != 0 && d.abs() <= 1 && y.names & NAME_BITS != 0 {
        k(key(t::NAMELIST + (d + 1) as u32, (y.names & NAME_BITS) as u64));
    }
    if d != 0 {
        return;
    }
    let x = y;
    if fl & flags::CLITICS != 0 {
        k(key(t::CODE, x.code as u64));
    }
    if fl & flags::AFFIXES != 0 {
        for j in 0..3 {
            k(key(t::PRE + j as u32, x.pre[j]));
            k(key(t::SUF + j as u32, x.suf[j]));
        }
        for j in 0..2 {
            k(key(t::CPRE + j as u32, x.cpre[j]));
        }
        // Suffix of the core with its ال-status: names rarely take ال and ي/ه endings.
        k(key(t::CSUF_S1, pair(x.suf[1], (x.code & 16) as u64)));
    }
    if fl & flags::AFFIX4 != 0 {
        for j in 0..3 {
            if x.affix4[j] != NONE {
                k(key(t::AFFIX4 + j as u32, x.affix4[j]));
            }
        }
    }
    if fl & flags::SHAPE != 0 {
        k(key(t::LEN, x.len as u64));
    }
    if fl & flags::TRIGGERS != 0 && x.trig != 0 {
        k(key(t::TRIG_W, x.trig as u64));
    }
    if fl & flags::CLUSTERS != 0 {
        k(key(t::COARSE_CORE, x.lex_core.coarse as u64));
        k(key(t::FINE_CORE, x.lex_core.fine as u64));
        if x.lex_core.finest != 0 {
            k(key(t::FINEST_CORE, x.lex_core.finest as u64));
        }
    }
    if fl & flags::ALRATIO != 0 {
        k(key(t::ALRATIO, x.al_ratio));
    }
    if fl & flags::AUTO != 0 {
        k(key(t::AUTO_CORE, x.lex_core.auto as u64));
    }
    if fl & flags::MINED != 0 {
        k(key(t::MINED_CORE, x.lex_core.mined as u64));
    }
    if fl & flags::FREQ != 0 {
        k(key(t::FREQ, x.lex.freq as u64));
        k(key(t::FREQ_CORE, x.lex_core.freq as u64));
    }
}

/// Name-list bits that are features: given name, name part.
const NAME_BITS: u8 = 1 | 2;

/// The key a token is given by the gazetteer code (see [`NameLists::codes`]) of the
/// token `d` places away (d in −1..=1).
#[inline]
fn gaz_key(code: u8, d: isize, fl: u32) -> Option<u32> {
    (fl & flags::GAZ != 0 && code != 0 && d.abs() <= 1).then(|| key(t::GAZ + (d + 1) as u32, code as u64))
}

/// The key a token is given when the place `d` away is beyond the sentence.
#[inline]
fn edge_key(d: isize, fl: u32) -> Option<u32> {
    let span: isize = if fl & flags::CONTEXT2 != 0 { 2 } else { 1 };
    (d != 0 && d.abs() <= span).then(|| key(t::W + (d + 2) as u32, if d < 0 { BOS } else { EOS }))
}

/// Keys that do not depend on any word: the bias and the sentence position.
#[inline]
fn position_keys(i: usize, n: usize, fl: u32, k: &mut impl FnMut(u32)) {
    k(key(t::BIAS, 0));
    if fl & flags::SHAPE != 0 {
        k(key(t::POS, position_code(i, n)));
    }
}

#[inline]
fn position_code(i: usize, n: usize) -> u64 {
    if i == 0 {
        0
    } else if i == 1 {
        1
    } else if i + 1 == n {
        3
    } else {
        2
    }
}

/// The hashes of a word pair that keys of both words use (the left word's right-pair
/// keys and the right word's left-pair keys): computed once per pair of neighbours.
/// `l` is `None` at the sentence start, `r` at its end.
#[derive(Clone, Copy, Debug)]
struct PairHashes {
    /// Words (BOS / EOS beyond the sentence).
    w: u64,
    /// Clitic-stripped forms; none at the sentence start.
    s1: Option<u64>,
    /// Fine clusters.
    fine: u64,
}

#[inline]
fn pair_hashes(l: Option<&PairFacts>, r: Option<&PairFacts>) -> PairHashes {
    PairHashes {
        w: pair(l.map_or(BOS, |y| y.w), r.map_or(EOS, |y| y.w)),
        s1: l.map(|l| pair(l.s1, r.map_or(EOS, |y| y.s1))),
        fine: pair(l.map_or(BOS, |y| y.fine), r.map_or(EOS, |y| y.fine)),
    }
}

/// Keys token `x` gets from the pair (its left neighbour `l`, itself); `h` is
/// `pair_hashes(l, Some(x))`.
#[inline]
fn left_pair_keys(h: &PairHashes, l: Option<&PairFacts>, x: &PairFacts, fl: u32, k: &mut impl FnMut(u32)) {
    if fl & flags::CLITICS != 0 && fl & flags::NO_S1_L == 0 {
        if let Some(s1) = h.s1 {
            k(key(t::S1_L, s1));
        }
    }
    if fl & flags::BIGRAMS != 0 && fl & flags::NO_BIGRAM == 0 {
        k(key(t::BIGRAM_L, h.w));
    }
    if fl & flags::CLUSTERS != 0 && fl & flags::NO_COARSE_BI == 0 {
        k(key(t::COARSE_BI_L, l.map_or(9999, |y| y.coarse) << 16 | x.coarse));
    }
    if fl & flags::CONJ != 0 {
        if fl & flags::NO_CJ_WORD_CLUSTER == 0 {
            k(key(t::CJ_WL_C0, pair(l.map_or(BOS, |y| y.s1), x.coarse)));
            k(key(t::CJ_CL_W0, pair(l.map_or(BOS, |y| y.coarse), x.s1)));
        }
        if fl & flags::NO_CJ_TRIG_FINE == 0 {
            k(key(t::CJ_TL_F0, pair(l.map_or(99, |y| y.trig as u64), x.fine)));
        }
        if fl & flags::NO_CJ_FINE_FINE == 0 {
            k(key(t::CJ_FL_F0, h.fine));
        }
    }
}

/// Keys token `x` gets from the pair (itself, its right neighbour `r`); `h` is
/// `pair_hashes(Some(x), r)`.
#[inline]
fn right_pair_keys(h: &PairHashes, x: &PairFacts, r: Option<&PairFacts>, fl: u32, k: &mut impl FnMut(u32)) {
    if fl & flags::BIGRAMS != 0 && fl & flags::NO_BIGRAM == 0 {
        k(key(t::BIGRAM_R, h.w));
    }
    if fl & flags::CLUSTERS != 0 && fl & flags::NO_COARSE_BI == 0 {
        k(key(t::COARSE_BI_R, x.coarse << 16 | r.map_or(9999, |y| y.coarse)));
    }
    if fl & flags::CONJ != 0 {
        if fl & flags::NO_CJ_S1_S1 == 0 {
            if let Some(s1) = h.s1 {
                k(key(t::CJ_S0_SR, s1));
            }
        }
        if fl & flags::NO_CJ_FINE_FINE == 0 {
            k(key(t::CJ_F0_FR, h.fine));
        }
    }
}

/// Appends the normalized form of `w` to `buf` (see [`fast_normalize_char`]).
#[inline]
fn push_normalized(buf: &mut String, w: &str) {
    for c in w.chars() {
        if let Some(n) = fast_normalize_char(c) {
            buf.push(n);
        }
    }
}

/// Computes the feature keys of every token of a sentence: the reference that
/// training uses; inference sums the same keys' weights through a cache
/// ([`Tagger::label_document_with`]) and a test checks both agree.
pub(crate) fn sentence_features<S: AsRef<str>>(words: &[S], lex: &Lexicon, fl: u32, sc: &mut FeatureScratch) {
    sc.norm.clear();
    sc.bounds.clear();
    sc.facts.clear();
    sc.keys.clear();
    sc.starts.clear();
    for w in words {
        let start = sc.norm.len();
        push_normalized(&mut sc.norm, w.as_ref());
        sc.bounds.push((start, sc.norm.len()));
    }
    for &(s, e) in &sc.bounds {
        sc.facts.push(facts(&sc.norm[s..e], lex));
    }
    let n = words.len();
    let f = &sc.facts;
    lex.lists.codes(n, |i| f[i].s1, |i| f[i].names & 4 != 0, &mut sc.codes);
    quote_codes(n, |i| f[i].quote, |i| f[i].s1, |i| f[i].pair().fine, &mut sc.quotes);
    let keys = &mut sc.keys;
    for i in 0..n {
        sc.starts.push(keys.len());
        let mut push = |k: u32| keys.push(k);
        position_keys(i, n, fl, &mut push);
        for d in -1isize..=1 {
            let j = i as isize + d;
            if j >= 0 && (j as usize) < n {
                if let Some(k) = gaz_key(sc.codes[j as usize], d, fl) {
                    push(k);
                }
            }
        }
        for d in -2isize..=2 {
            let j = i as isize + d;
            if j < 0 || j as usize >= n {
                if let Some(k) = edge_key(d, fl) {
                    push(k);
                }
            } else {
                unary_keys(&f[j as usize], d, fl, &mut push);
            }
        }
        let x = f[i].pair();
        let l = (i > 0).then(|| f[i - 1].pair());
        let r = (i + 1 < n).then(|| f[i + 1].pair());
        left_pair_keys(&pair_hashes(l.as_ref(), Some(&x)), l.as_ref(), &x, fl, &mut push);
        right_pair_keys(&pair_hashes(Some(&x), r.as_ref()), &x, r.as_ref(), fl, &mut push);
        quote_keys(sc.quotes[i], fl, &mut push);
    }
    sc.starts.push(keys.len());
}

/// Viterbi over emission scores `em` (n × N_LABELS) and transitions
/// `trans[prev][cur]` (`prev == N_LABELS` is the start), under the BIO constraint.
///
/// The forward pass keeps only each token's best scores (a maximum, which the compiler
/// vectorizes); the way back asks, for the one label chosen at each token, which label
/// before it gave that maximum — the first in increasing order, as a forward pass that
/// kept back pointers would have recorded (the same sums, so the same ties).
pub(crate) fn viterbi(em: &[[f32; N_LABELS]], trans: &[[f32; N_LABELS]; N_LABELS + 1], out: &mut Vec<u8>) {
    out.clear();
    let n = em.len();
    if n == 0 {
        return;
    }
    let mut scores: Vec<[f32; N_LABELS]> = Vec::with_capacity(n);
    let mut score = [f32::NEG_INFINITY; N_LABELS];
    for c in 0..N_LABELS {
        if allowed(N_LABELS, c) {
            score[c] = trans[N_LABELS][c] + em[0][c];
        }
    }
    scores.push(score);
    for e in &em[1..] {
        // Any label may come before O and B- (all five side by side); only B- and I-
        // of the same type before I-.
        let mut best = [f32::NEG_INFINITY; 5];
        for p in 0..N_LABELS {
            for c in 0..5 {
                let s = score[p] + trans[p][c];
                best[c] = if s > best[c] { s } else { best[c] };
            }
        }
        let mut next = [0f32; N_LABELS];
        for c in 0..5 {
            next[c] = best[c] + e[c];
        }
        for c in 5..N_LABELS {
            let b = score[c - 4] + trans[c - 4][c];
            let i = score[c] + trans[c][c];
            next[c] = if i > b { i } else { b } + e[c];
        }
        score = next;
        scores.push(score);
    }
    let mut best = 0usize;
    for c in 1..N_LABELS {
        if score[c] > score[best] {
            best = c;
        }
    }
    out.resize(n, 0);
    out[n - 1] = best as u8;
    for i in (1..n).rev() {
        let c = out[i] as usize;
        let prev = &scores[i - 1];
        let (mut top, mut arg) = (f32::NEG_INFINITY, 0u8);
        let mut consider = |p: usize| {
            let s = prev[p] + trans[p][c];
            if s > top {
                top = s;
                arg = p as u8;
            }
        };
        if c < 5 {
            (0..N_LABELS).for_each(&mut consider);
        } else {
            consider(c - 4);
            consider(c);
        }
        out[i - 1] = arg;
    }
}

/// Second-order (tag-trigram) transition weights: `trans2[a][b][c]` counts when labels
/// a, b, c stand on three tokens in a row (`a == N_LABELS`: b is the first token). A
/// model has them only when trained with `--trigram` (flag [`flags::TRIGRAM`]).
pub type Trans2 = [[[f32; N_LABELS]; N_LABELS]; N_LABELS + 1];

const EVERY_LABEL: [u8; N_LABELS] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
/// The labels that may stand right before label `b` inside a sentence (BIO): any
/// before O and B-, only B- and I- of the same type before I-.
const PREDECESSORS: [&[u8]; N_LABELS] =
    [&EVERY_LABEL, &EVERY_LABEL, &EVERY_LABEL, &EVERY_LABEL, &EVERY_LABEL, &[1, 5], &[2, 6], &[3, 7], &[4, 8]];
/// The labels that may follow label `b`: O, every B-, and the I- of b's type.
const SUCCESSORS: [&[u8]; N_LABELS] = [
    &[0, 1, 2, 3, 4],
    &[0, 1, 2, 3, 4, 5],
    &[0, 1, 2, 3, 4, 6],
    &[0, 1, 2, 3, 4, 7],
    &[0, 1, 2, 3, 4, 8],
    &[0, 1, 2, 3, 4, 5],
    &[0, 1, 2, 3, 4, 6],
    &[0, 1, 2, 3, 4, 7],
    &[0, 1, 2, 3, 4, 8],
];

/// Second-order Viterbi: the best BIO-valid path under emissions `em`, first-order
/// transitions `trans` and second-order ones `trans2`. The states are pairs of labels
/// (previous, current), only the 53 pairs BIO allows; a pair (b, c) is reached from
/// the pairs (a, b) with a before b allowed, so a token costs about 300 additions
/// instead of 9³. Ties go to the first pair in increasing order.
pub(crate) fn viterbi2(
    em: &[[f32; N_LABELS]],
    trans: &[[f32; N_LABELS]; N_LABELS + 1],
    trans2: &Trans2,
    out: &mut Vec<u8>,
) {
    const NEG: f32 = f32::NEG_INFINITY;
    out.clear();
    let n = em.len();
    if n == 0 {
        return;
    }
    let start = N_LABELS;
    let mut first = [NEG; N_LABELS];
    for c in 0..N_LABELS {
        if allowed(start, c) {
            first[c] = trans[start][c] + em[0][c];
        }
    }
    if n == 1 {
        let mut best = 0usize;
        for c in 1..N_LABELS {
            if first[c] > first[best] {
                best = c;
            }
        }
        out.push(best as u8);
        return;
    }
    // delta[b][c]: the best score of a path whose last two labels are b, c.
    let mut delta = [[NEG; N_LABELS]; N_LABELS];
    for b in 0..N_LABELS {
        if first[b] == NEG {
            continue;
        }
        for &c in SUCCESSORS[b] {
            let c = c as usize;
            delta[b][c] = first[b] + trans[b][c] + trans2[start][b][c] + em[1][c];
        }
    }
    // back[i - 2][b][c]: the label two tokens before c on the best path ending b, c at i.
    let mut back: Vec<[[u8; N_LABELS]; N_LABELS]> = Vec::with_capacity(n - 2);
    for e in &em[2..] {
        let mut next = [[NEG; N_LABELS]; N_LABELS];
        let mut bp = [[0u8; N_LABELS]; N_LABELS];
        for b in 0..N_LABELS {
            for &c in SUCCESSORS[b] {
                let c = c as usize;
                let (mut top, mut arg) = (NEG, PREDECESSORS[b][0]);
                for &a in PREDECESSORS[b] {
                    let s = delta[a as usize][b] + trans2[a as usize][b][c];
                    if s > top {
                        top = s;
                        arg = a;
                    }
                }
                next[b][c] = top + trans[b][c] + e[c];
                bp[b][c] = arg;
            }
        }
        delta = next;
        back.push(bp);
    }
    let (mut bb, mut bc) = (0usize, 0usize);
    for b in 0..N_LABELS {
        for c in 0..N_LABELS {
            if delta[b][c] > delta[bb][bc] {
                (bb, bc) = (b, c);
            }
        }
    }
    out.resize(n, 0);
    out[n - 1] = bc as u8;
    out[n - 2] = bb as u8;
    for i in (2..n).rev() {
        out[i - 2] = back[i - 2][out[i - 1] as usize][out[i] as usize];
    }
}

// ---------------------------------------------------------------------------------
// The model

/// A trained tagger: lexicon, feature weights and transition weights.
pub struct Tagger {
    pub(crate) flags: u32,
    pub(crate) lex: Lexicon,
    /// Open addressing on the feature key: the keys alone (4 bytes a slot, so the
    /// table's 512 kB stay in a core's L2 cache and a key the model lacks costs no
    /// trip further), and each slot's row of 8-bit weights apart in `rows` (all zeros
    /// for an empty slot).
    ///
    /// A key's home slot is its top bits (`key >> slot_shift`) and keys are placed in
    /// sorted order with linear probing, never wrapping around (the table runs on past
    /// its last home slot as far as needed): the slots are then sorted, and an empty
    /// slot holds [`EMPTY`], above every key. A look-up walks from the home slot while
    /// the slots hold smaller keys, and a key the model lacks (most word pairs) stops
    /// at the first larger one instead of running to an empty slot: at this table's
    /// two-thirds fill that is about two slots read instead of five. Loading a sorted
    /// model is also a stream of writes rather than 80,000 cache misses.
    slots: Vec<u32>,
    rows: Vec<[i8; N_LABELS]>,
    slot_shift: u32,
    n_rows: usize,
    /// Weight = i8 value × scale.
    scale: f32,
    pub(crate) trans: [[f32; N_LABELS]; N_LABELS + 1],
    /// Second-order transitions, when the model has them (flag [`flags::TRIGRAM`]):
    /// decoding is then [`viterbi2`], on the fast and the reference path alike.
    pub(crate) trans2: Option<Box<Trans2>>,
    /// Free text recorded at training time (settings, data, timing).
    pub meta: String,
    /// Subtracted from every token's O score: trades precision for recall (tuned on the
    /// dev split by `rasd-train train`).
    pub o_penalty: f32,
    /// How the document pass spreads names (tuned on the dev split).
    pub doc_policy: train::DocPolicy,
    /// Identifies these weights and flags for the per-thread word-type cache.
    id: u64,
    /// Summed rows of the keys that depend on no word: per sentence position (bias
    /// included), and per offset −2..=2 for a neighbour beyond the sentence.
    pos_rows: [Row16; 4],
    edge_rows: [Row16; 5],
    /// Rows of the gazetteer keys, per offset −1..=1 and code (0..32).
    gaz_rows: Box<[[Row16; 32]; 3]>,
}

const MAGIC: &[u8; 8] = b"RASDTAG6";

/// An empty slot of the weight table: above every key (a key equal to it is found
/// just the same, see [`Tagger::add_row`]).
const EMPTY: u32 = u32::MAX;

static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/tagger.bin");

fn next_tagger_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// What inference needs of one word type (keyed by the hash of the token as written):
/// computed once, then reused for every occurrence.
#[derive(Clone, Copy, Debug)]
struct TypeInfo {
    /// Sum of the weights (i8 units) of the keys this word gives a token `d` places
    /// away from it, d = −2..=2 at index d + 2 (see [`unary_keys`]).
    unary: [[i16; N_LABELS]; 5],
    w: u64,
    /// Hash of the form without و/ف/ب/ك/ل (pair features and the document pass).
    s1: u64,
    coarse: u16,
    fine: u16,
    trig: u8,
    /// For the document pass: the length in letters of the `s1` form (capped at 255)
    /// and its corpus frequency band.
    s1_len: u8,
    s1_freq: u8,
    /// Name-list bits (see [`NameLists`]).
    names: u8,
    /// Quotation mark kind (see [`quote_kind`]).
    quote: u8,
}

impl TypeInfo {
    #[inline]
    fn pair(&self) -> PairFacts {
        PairFacts { w: self.w, s1: self.s1, trig: self.trig, coarse: self.coarse as u64, fine: self.fine as u64 }
    }
}

/// Word types already seen, per thread, for one tagger at a time.
struct TypeCache {
    owner: u64,
    /// Open addressing from token hash (never 0) to index into `infos` (+1; 0 = empty):
    /// the hash and the index side by side, so a look-up touches one cache line.
    keys: Vec<TypeSlot>,
    infos: Vec<TypeInfo>,
    norm: String,
    /// A word type's feature keys at one offset, while [`Tagger::type_info`] sums them.
    keys_scratch: Vec<u32>,
    hashes: Vec<u64>,
    ids: Vec<u32>,
    codes: Vec<u8>,
    quotes: Vec<QuoteCode>,
    em: Vec<[f32; N_LABELS]>,
    /// Word pairs already seen (by the ids of their two types), with the weights their
    /// pair keys give each of the two tokens: most neighbours in news text are a pair
    /// seen before, so one look-up here replaces hashing and looking up eleven keys.
    pairs: PairCache,
    /// Per sentence: the rows of each pair of neighbours (`pairs`' values).
    pair_rows: Vec<PairRows>,
    /// Per sentence: the [`PairCache`] key of each pair of neighbours.
    pair_keys: Vec<u64>,
}

/// One slot of [`TypeCache::keys`]: a token hash (0 = empty) and its index in
/// `infos` + 1.
#[derive(Clone, Copy, Default)]
struct TypeSlot {
    key: u64,
    id: u32,
}

/// The summed weights (i8 units) the pair keys of two neighbours give each of them:
/// `[0]` the left token's right-pair keys, `[1]` the right token's left-pair keys
/// (see [`right_pair_keys`], [`left_pair_keys`]). At most seven keys of weights within
/// ±127 each: the sums fit an i16.
type PairRows = [[i16; N_LABELS]; 2];

/// One slot of [`PairCache`]: the key and its rows side by side, in one cache line.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct PairSlot {
    key: u64,
    rows: PairRows,
}

const EMPTY_PAIR: PairSlot = PairSlot { key: 0, rows: [[0; N_LABELS]; 2] };

/// A direct-mapped cache from a pair of type ids to their [`PairRows`]: each pair has
/// one slot, where a later pair with the same slot replaces it. Nothing is ever
/// emptied wholesale but when the type ids are (they index [`TypeCache::infos`]),
/// and a look-up reads one cache line: frequent pairs stay, rare ones pass through.
#[derive(Default)]
struct PairCache {
    slots: Vec<PairSlot>,
    shift: u32,
}

/// Slots of the pair cache (64 bytes each: 4 MB, natively and in the browser). Measured
/// with callgrind on one SaudiNewsNet file, last-level cache simulated at 8 MB: 2^14,
/// 2^16 and 2^18 slots within 0.3 % of each other in estimated cycles, all ahead of
/// the earlier table emptied when half full (2^19 slots of 48 bytes).
const PAIR_SLOTS: usize = 1 << 16;

impl PairCache {
    fn clear(&mut self) {
        if self.slots.len() != PAIR_SLOTS {
            self.slots = vec![EMPTY_PAIR; PAIR_SLOTS];
            self.shift = 64 - PAIR_SLOTS.trailing_zeros();
        } else {
            self.slots.fill(EMPTY_PAIR);
        }
    }

    /// The key of the pair of type ids (`a`, `b`): never 0.
    #[inline]
    fn key(a: u32, b: u32) -> u64 {
        (u64::from(a) + 1) << 32 | u64::from(b)
    }

    /// The one slot `key` can be in.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(K_FX) >> self.shift) as usize
    }

    /// The rows kept for `key`, if its slot holds it.
    #[inline]
    fn get(&self, key: u64) -> Option<&PairRows> {
        let s = &self.slots[self.slot(key)];
        (s.key == key).then_some(&s.rows)
    }

    /// Keeps `rows` for `key` in its slot, in place of what was there.
    #[inline]
    fn insert(&mut self, key: u64, rows: PairRows) {
        let i = self.slot(key);
        self.slots[i] = PairSlot { key, rows };
    }
}

impl TypeCache {
    fn reset(&mut self, owner: u64) {
        self.owner = owner;
        self.keys.clear();
        self.keys.resize(1 << 12, TypeSlot::default());
        self.infos.clear();
        self.pairs.clear();
    }

    /// Position of `h` in the table: its slot, or the empty slot where it goes.
    #[inline]
    fn find(&self, h: u64) -> usize {
        let mask = self.keys.len() - 1;
        let mut i = h as usize & mask;
        while self.keys[i].key != 0 && self.keys[i].key != h {
            i = (i + 1) & mask;
        }
        i
    }

    fn insert(&mut self, h: u64, info: TypeInfo) -> u32 {
        if (self.infos.len() + 1) * 2 > self.keys.len() {
            let n = self.keys.len() * 2;
            let old = std::mem::replace(&mut self.keys, vec![TypeSlot::default(); n]);
            for slot in old {
                if slot.key != 0 {
                    let i = self.find(slot.key);
                    self.keys[i] = slot;
                }
            }
        }
        let i = self.find(h);
        self.infos.push(info);
        self.keys[i] = TypeSlot { key: h, id: self.infos.len() as u32 };
        self.infos.len() as u32 - 1
    }
}

/// A row of summed weights in i8 units, as the fast path adds them up.
///
/// Exact: a token is given at most [`MAX_KEYS`] keys (a test counts them with every
/// feature group on), each of weight within ±127, so neither a token's sum nor any
/// part of it leaves the i16 range, and the sums are the reference path's i32 sums
/// ([`Tagger::emissions`]). In i16 a row of nine is one 128-bit addition and one more
/// lane instead of nine widening additions.
type Row16 = [i16; N_LABELS];

/// Keys one token may be given before its sum of 8-bit weights could leave the i16
/// range of [`Row16`] (`i16::MAX / 127`).
const MAX_KEYS: usize = 258;
const _: () = assert!(MAX_KEYS * 127 <= i16::MAX as usize);

/// `acc += u`, lane by lane.
#[inline(always)]
fn add16(acc: &mut Row16, u: &Row16) {
    for l in 0..N_LABELS {
        acc[l] += u[l];
    }
}

/// Word types kept before the cache starts afresh (~120 bytes each). Natively 2^19:
/// all of SaudiNewsNet (roughly 280k word types as written) fits, where 2^18 started afresh two
/// thirds of the way through and `type_info` went from ~4 % to ~12 % of the samples
/// for the rest of the run (docs/MEASUREMENTS.md, "Native speed", speed10).
#[cfg(target_arch = "wasm32")]
const TYPE_CACHE_MAX: usize = 1 << 16;
#[cfg(not(target_arch = "wasm32"))]
const TYPE_CACHE_MAX: usize = 1 << 19;

/// A hasher for keys that are hashes already.
#[derive(Default)]
pub(crate) struct HashedKey(u64);

impl std::hash::Hasher for HashedKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(K_FX);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

thread_local! {
    static TYPE_CACHE: std::cell::RefCell<TypeCache> = const {
        std::cell::RefCell::new(TypeCache {
            owner: 0,
            keys: Vec::new(),
            infos: Vec::new(),
            norm: String::new(),
            keys_scratch: Vec::new(),
            hashes: Vec::new(),
            ids: Vec::new(),
            codes: Vec::new(),
            quotes: Vec::new(),
            em: Vec::new(),
            pairs: PairCache { slots: Vec::new(), shift: 64 },
            pair_rows: Vec::new(),
            pair_keys: Vec::new(),
        })
    };
}

/// Little-endian reader that never panics.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

// Inlined: the model is read once, at start-up, and in the browser that first run is
// baseline-compiled wasm, where a call per byte read cost more than the reading.
impl<'a> Reader<'a> {
    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.b.len() - self.at < n {
            return Err(truncated(self.at));
        }
        let s = &self.b[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }
    #[inline]
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    #[inline]
    fn u16(&mut self) -> Result<u16, String> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    #[inline]
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    #[inline]
    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }
    #[inline]
    fn varint(&mut self) -> Result<u32, String> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| "bad varint in model file".to_string());
            }
        }
        Err("bad varint in model file".into())
    }
}

#[cold]
fn truncated(at: usize) -> String {
    format!("model file truncated at byte {at}")
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Tagger {
    /// The model compiled into the binary, parsed on first use. A missing or broken
    /// model gives a tagger that says `O` everywhere (and `meta` says why).
    pub fn embedded() -> &'static Tagger {
        static MODEL: OnceLock<Tagger> = OnceLock::new();
        MODEL.get_or_init(|| {
            Tagger::from_bytes(EMBEDDED_MODEL).unwrap_or_else(|e| {
                let mut t = Tagger::empty();
                t.meta = format!("no usable embedded model: {e}");
                t
            })
        })
    }

    /// A tagger with no weights (tags everything `O`).
    pub fn empty() -> Tagger {
        Tagger {
            flags: 0,
            lex: Lexicon::default(),
            slots: Vec::new(),
            rows: Vec::new(),
            slot_shift: 32,
            n_rows: 0,
            scale: 1.0,
            trans: [[0.0; N_LABELS]; N_LABELS + 1],
            trans2: None,
            meta: String::new(),
            o_penalty: 0.0,
            doc_policy: train::DocPolicy::default(),
            id: next_tagger_id(),
            pos_rows: [[0; N_LABELS]; 4],
            edge_rows: [[0; N_LABELS]; 5],
            gaz_rows: Box::new([[[0; N_LABELS]; 32]; 3]),
        }
    }

    /// Builds the weight table from (key, 8-bit row) pairs; all-zero rows are left out.
    fn with_rows(
        flags: u32,
        lex: Lexicon,
        n: usize,
        rows: impl Iterator<Item = (u32, [i8; N_LABELS])>,
        scale: f32,
        trans: [[f32; N_LABELS]; N_LABELS + 1],
        meta: String,
    ) -> Tagger {
        // ≤ 75% full: small enough to stay in cache longer, probes stay short.
        let cap = (n.max(8) * 4 / 3 + 1).next_power_of_two();
        let shift = 32 - cap.trailing_zeros();
        // One slot past the last home slot at least, so that every walk ends on EMPTY.
        let mut slots = vec![EMPTY; cap + 1];
        let mut weights = vec![[0i8; N_LABELS]; cap + 1];
        let mut n_rows = 0;
        // The last key placed and its slot: in sorted order a key goes to its home slot
        // or right after the last one placed, whichever comes later.
        let mut last: Option<(u32, usize)> = None;
        // Keys that came out of order (a model never writes them so; training may).
        let mut late: Vec<(u32, [i8; N_LABELS])> = Vec::new();
        for (k, q) in rows {
            let k = k.max(1);
            if q.iter().all(|&x| x == 0) {
                continue;
            }
            let home = (k >> shift) as usize;
            let i = match last {
                Some((lk, li)) if lk == k => {
                    weights[li] = q;
                    continue;
                }
                Some((lk, _)) if lk > k => {
                    late.push((k, q));
                    continue;
                }
                Some((_, li)) => home.max(li + 1),
                None => home,
            };
            if i + 1 >= slots.len() {
                slots.resize(i + 2, EMPTY);
                weights.resize(i + 2, [0; N_LABELS]);
            }
            slots[i] = k;
            weights[i] = q;
            n_rows += 1;
            last = Some((k, i));
        }
        if !late.is_empty() {
            // Placed in sorted order after all: what is in the table, then the late keys
            // (a later row of the same key wins, as it would have in order).
            let mut all: Vec<(u32, [i8; N_LABELS])> = slots
                .iter()
                .zip(&weights)
                .filter(|(_, w)| w.iter().any(|&x| x != 0))
                .map(|(&k, w)| (k, *w))
                .chain(late)
                .collect();
            all.sort_by_key(|x| x.0);
            let n = all.len();
            return Tagger::with_rows(flags, lex, n, all.into_iter(), scale, trans, meta);
        }
        let mut t = Tagger {
            flags,
            lex,
            slots,
            rows: weights,
            slot_shift: shift,
            n_rows,
            scale,
            trans,
            meta,
            ..Tagger::empty()
        };
        t.refresh();
        t
    }

    /// Recomputes what depends on the weights and flags: the constant rows, and a new
    /// id so that no cached word type of other weights or flags is reused.
    fn refresh(&mut self) {
        self.id = next_tagger_id();
        for p in 0..4u64 {
            let mut acc: Row16 = [0; N_LABELS];
            let (i, n) = match p {
                0 => (0, 5),
                1 => (1, 5),
                2 => (2, 5),
                _ => (4, 5),
            };
            debug_assert_eq!(position_code(i, n), p);
            position_keys(i, n, self.flags, &mut |k| self.add_row16(&mut acc, k));
            self.pos_rows[p as usize] = acc;
        }
        for d in -2isize..=2 {
            let mut acc: Row16 = [0; N_LABELS];
            if let Some(k) = edge_key(d, self.flags) {
                self.add_row16(&mut acc, k);
            }
            self.edge_rows[(d + 2) as usize] = acc;
        }
        for d in -1isize..=1 {
            for code in 0..32u8 {
                let mut acc: Row16 = [0; N_LABELS];
                if let Some(k) = gaz_key(code, d, self.flags) {
                    self.add_row16(&mut acc, k);
                }
                self.gaz_rows[(d + 1) as usize][code as usize] = acc;
            }
        }
    }

    /// The weight row of key `k`, if the model has it.
    #[inline]
    fn row(&self, k: u32) -> Option<&[i8; N_LABELS]> {
        if self.slots.is_empty() {
            return None;
        }
        let mut j = (k >> self.slot_shift) as usize;
        // The walk ends: the last slot is EMPTY, which no key is above.
        while self.slots[j] < k {
            j += 1;
        }
        // EMPTY itself may be asked for (a key the model lacks): its row is zeros.
        (self.slots[j] == k).then(|| &self.rows[j])
    }

    /// Adds the weight row of key `k` (if any) to `acc`.
    #[inline]
    fn add_row(&self, acc: &mut [i32; N_LABELS], k: u32) {
        if let Some(w) = self.row(k) {
            for l in 0..N_LABELS {
                acc[l] += w[l] as i32;
            }
        }
    }

    /// [`Tagger::add_row`] for the fast path's i16 sums (see [`Row16`]).
    #[inline(always)]
    fn add_row16(&self, acc: &mut Row16, k: u32) {
        if let Some(w) = self.row(k) {
            for l in 0..N_LABELS {
                acc[l] += w[l] as i16;
            }
        }
    }

    /// Builds a tagger from feature keys and their weight rows.
    pub(crate) fn from_parts(
        flags: u32,
        lex: Lexicon,
        feats: Vec<(u32, [f32; N_LABELS])>,
        trans: [[f32; N_LABELS]; N_LABELS + 1],
        meta: String,
    ) -> Tagger {
        let max = feats.iter().flat_map(|(_, r)| r.iter()).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let rows = feats.iter().map(|(k, row)| {
            let mut q = [0i8; N_LABELS];
            for l in 0..N_LABELS {
                q[l] = (row[l] / scale).round().clamp(-127.0, 127.0) as i8;
            }
            (*k, q)
        });
        Tagger::with_rows(flags, lex, feats.len(), rows, scale, trans, meta)
    }

    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// The same tagger with second-order transitions (or without: `None`); sets or
    /// clears [`flags::TRIGRAM`] to match.
    pub(crate) fn with_trans2(mut self, trans2: Option<Box<Trans2>>) -> Tagger {
        self.flags = if trans2.is_some() { self.flags | flags::TRIGRAM } else { self.flags & !flags::TRIGRAM };
        self.trans2 = trans2;
        self
    }

    /// Does the model have second-order transitions?
    pub fn has_trigrams(&self) -> bool {
        self.trans2.is_some()
    }

    /// Best labels of one sentence from its emission scores: first- or second-order
    /// Viterbi, whichever the model was trained for.
    #[inline]
    pub(crate) fn decode_into(&self, em: &[[f32; N_LABELS]], out: &mut Vec<u8>) {
        match &self.trans2 {
            Some(t2) => viterbi2(em, &self.trans, t2, out),
            None => viterbi(em, &self.trans, out),
        }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Number of feature rows.
    pub fn n_features(&self) -> usize {
        self.n_rows
    }

    /// Same tagger with other flags (only switches off what the weights ignore
    /// anyway, or the document pass).
    pub fn set_flags(&mut self, flags: u32) {
        // Whether there are second-order transitions is the model's, not a switch.
        self.flags = flags & !flags::TRIGRAM | self.flags & flags::TRIGRAM;
        self.refresh();
    }

    /// Serializes: lexicon as front-coded words, weights as 8-bit values with one scale,
    /// keys sorted and delta-coded, a 9-bit mask saying which labels are nonzero.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        let fl = if self.trans2.is_some() { self.flags | flags::TRIGRAM } else { self.flags & !flags::TRIGRAM };
        out.extend_from_slice(&fl.to_le_bytes());
        out.extend_from_slice(&self.o_penalty.to_bits().to_le_bytes());
        out.extend_from_slice(&(self.doc_policy.window as u32).to_le_bytes());
        out.push(self.doc_policy.max_freq);
        out.push(self.doc_policy.types);
        let p = &self.doc_policy;
        out.push(p.surnames as u8 | (p.retype as u8) << 1 | (p.no_repeats as u8) << 2);
        let meta = self.meta.as_bytes();
        out.extend_from_slice(&(meta.len() as u32).to_le_bytes());
        out.extend_from_slice(meta);
        // Lexicon: front coding against the previous (sorted) word.
        out.extend_from_slice(&(self.lex.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.lex.encoded);
        for row in &self.trans {
            for v in row {
                out.extend_from_slice(&v.to_bits().to_le_bytes());
            }
        }
        // Optional block, present when the flag says so (older models lack both).
        if let Some(t2) = &self.trans2 {
            for v in t2.iter().flatten().flatten() {
                out.extend_from_slice(&v.to_bits().to_le_bytes());
            }
        }
        // Weights.
        let mut kept: Vec<(u32, u16, [i8; N_LABELS])> = Vec::new();
        for (&key, w) in self.slots.iter().zip(&self.rows) {
            // Rows of empty slots are zeros; every kept key has a nonzero row.
            if w.iter().any(|&x| x != 0) {
                let mut mask = 0u16;
                for l in 0..N_LABELS {
                    if w[l] != 0 {
                        mask |= 1 << l;
                    }
                }
                kept.push((key, mask, *w));
            }
        }
        kept.sort_unstable_by_key(|x| x.0);
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for (k, _, _) in &kept {
            put_varint(&mut out, k - last);
            last = *k;
        }
        for (_, mask, _) in &kept {
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for (_, mask, q) in &kept {
            for l in 0..N_LABELS {
                if mask & (1 << l) != 0 {
                    out.push(q[l] as u8);
                }
            }
        }
        if !self.lex.lists.is_empty() {
            self.lex.lists.write(&mut out);
        }
        out
    }

    /// Reads a model written by [`Tagger::to_bytes`]. One pass, no string per word and
    /// no intermediate weight vectors: the 8-bit rows go straight into the lookup table.
    pub fn from_bytes(b: &[u8]) -> Result<Tagger, String> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err("not a rasd tagger model (bad magic)".into());
        }
        let flags = r.u32()?;
        let o_penalty = r.f32()?;
        let doc_policy =
            train::DocPolicy { window: r.u32()? as usize, max_freq: r.u8()?, types: r.u8()?, ..Default::default() };
        // Bit 0: surnames, bit 1: retype, bit 2: no_repeats (models before them wrote 0).
        let bits = r.u8()?;
        let doc_policy = train::DocPolicy {
            surnames: bits & 1 != 0,
            retype: bits & 2 != 0,
            no_repeats: bits & 4 != 0,
            ..doc_policy
        };
        let meta_len = r.u32()? as usize;
        let meta = String::from_utf8_lossy(r.take(meta_len)?).into_owned();
        let n_lex = r.u32()? as usize;
        let lex = Lexicon::decode(n_lex, &b[r.at..], |_| {})?;
        r.take(lex.encoded.len())?;
        let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = r.f32()?;
            }
        }
        let trans2 = if flags & flags::TRIGRAM != 0 {
            let mut t2: Box<Trans2> = Box::new([[[0f32; N_LABELS]; N_LABELS]; N_LABELS + 1]);
            for v in t2.iter_mut().flatten().flatten() {
                *v = r.f32()?;
            }
            Some(t2)
        } else {
            None
        };
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        // Keys (varints), then masks (2 bytes each), then the nonzero values.
        let mut kr = Reader { b, at: r.at };
        for _ in 0..n {
            kr.varint()?;
        }
        let masks_at = kr.at;
        let values_at =
            masks_at.checked_add(n.checked_mul(2).ok_or("model file too large")?).ok_or("model file too large")?;
        if values_at > b.len() {
            return Err(format!("model file truncated at byte {}", b.len()));
        }
        let mut keys = Reader { b, at: r.at };
        let mut masks = Reader { b, at: masks_at };
        let mut values = Reader { b, at: values_at };
        let mut err: Option<String> = None;
        let mut last = 0u32;
        let rows = (0..n).map_while(|_| {
            let mut step = || -> Result<(u32, [i8; N_LABELS]), String> {
                last = last.wrapping_add(keys.varint()?);
                let mask = masks.u16()?;
                let mut q = [0i8; N_LABELS];
                for (l, v) in q.iter_mut().enumerate() {
                    if mask & (1 << l) != 0 {
                        *v = values.u8()? as i8;
                    }
                }
                Ok((last, q))
            };
            match step() {
                Ok(x) => Some(x),
                Err(e) => {
                    err = Some(e);
                    None
                }
            }
        });
        let mut t = Tagger::with_rows(flags, lex, n, rows, scale, trans, meta);
        if let Some(e) = err {
            return Err(e);
        }
        // Optional trailing section: the name lists.
        if values.at < b.len() {
            t.lex.lists = NameLists::read(&mut values)?;
            t.refresh();
        }
        t.o_penalty = if o_penalty.is_finite() { o_penalty } else { 0.0 };
        t.doc_policy = doc_policy;
        t.trans2 = trans2;
        Ok(t)
    }

    /// Emission scores of a sentence whose features are in `sc` (the reference path).
    fn emissions(&self, sc: &FeatureScratch, em: &mut Vec<[f32; N_LABELS]>) {
        em.clear();
        for i in 0..sc.starts.len().saturating_sub(1) {
            let mut acc = [0i32; N_LABELS];
            for &k in &sc.keys[sc.starts[i]..sc.starts[i + 1]] {
                self.add_row(&mut acc, k);
            }
            em.push(self.scores(&acc));
        }
    }

    #[inline]
    fn scores(&self, acc: &[i32; N_LABELS]) -> [f32; N_LABELS] {
        let mut s = [0f32; N_LABELS];
        for l in 0..N_LABELS {
            s[l] = acc[l] as f32 * self.scale;
        }
        s[0] -= self.o_penalty;
        s
    }

    /// [`Tagger::scores`] of the fast path's i16 sums (the same values, so the same
    /// scores).
    #[inline]
    fn scores16(&self, acc: &Row16) -> [f32; N_LABELS] {
        let mut s = [0f32; N_LABELS];
        for l in 0..N_LABELS {
            s[l] = acc[l] as f32 * self.scale;
        }
        s[0] -= self.o_penalty;
        s
    }

    /// The reference path: every key of every token looked up (what training sees).
    pub(crate) fn labels_with<S: AsRef<str>>(
        &self,
        words: &[S],
        sc: &mut FeatureScratch,
        em: &mut Vec<[f32; N_LABELS]>,
        out: &mut Vec<u8>,
    ) {
        sentence_features(words, &self.lex, self.flags, sc);
        self.emissions(sc, em);
        self.decode_into(em, out);
    }

    /// Tags one sentence. `words` are tokens as written (clitics, diacritics and all).
    pub fn tag_sentence(&self, words: &[&str]) -> Vec<Tag> {
        let labels = self.label_document_with(&[words.to_vec()], false);
        labels.into_iter().next().unwrap_or_default().into_iter().map(tag_of).collect()
    }

    /// Tags the sentences of one article; a name found in one sentence is looked for in
    /// the others (see [`train::doc_consistency`]) when the model says that helps.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Tag>> {
        let labels = self.label_document(sentences);
        labels.into_iter().map(|s| s.into_iter().map(tag_of).collect()).collect()
    }

    pub(crate) fn label_document<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> Vec<Vec<u8>> {
        self.label_document_with(sentences, self.flags & flags::DOC != 0)
    }

    /// The reference path over a document: every feature key of every token hashed
    /// and looked up, no cache. Same labels as [`Tagger::label_document_with`] (a test
    /// checks it); kept as the baseline the benchmark compares against.
    pub fn label_document_reference<S: AsRef<str>>(&self, sentences: &[Vec<S>], doc: bool) -> Vec<Vec<u8>> {
        let mut sc = FeatureScratch::new();
        let mut em = Vec::new();
        let mut labels: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
        for s in sentences {
            let mut out = Vec::new();
            self.labels_with(s, &mut sc, &mut em, &mut out);
            labels.push(out);
        }
        if doc {
            train::doc_consistency(sentences, &mut labels, &self.lex, self.doc_policy);
        }
        labels
    }

    /// What a word type contributes, computed from its features. Once per word type,
    /// so kept out of the per-token loop (inlined there, it crowds the loop's own
    /// look-ups out of line).
    #[inline(never)]
    fn type_info(&self, word: &str, norm: &mut String, keys: &mut Vec<u32>) -> TypeInfo {
        norm.clear();
        push_normalized(norm, word);
        let f = facts(norm, &self.lex);
        let mut unary = [[0i16; N_LABELS]; 5];
        for d in -2isize..=2 {
            // The keys first, then their look-ups in one loop: independent loads that
            // overlap (a word type new to the cache finds the table cold), and no call
            // per key.
            keys.clear();
            unary_keys(&f, d, self.flags, &mut |k| keys.push(k));
            let acc = &mut unary[(d + 2) as usize];
            for &k in keys.iter() {
                self.add_row16(acc, k);
            }
        }
        let cl = clitics(norm);
        let s1 = &norm[cl.s1..];
        let p = f.pair();
        TypeInfo {
            unary,
            w: f.w,
            s1: f.s1,
            coarse: p.coarse as u16,
            fine: p.fine as u16,
            trig: f.trig,
            s1_len: s1.chars().count().min(255) as u8,
            s1_freq: self.lex.lookup_hash(f.s1).map_or(0, |e| e.freq),
            names: f.names,
            quote: f.quote,
        }
    }

    /// Labels (see `N_LABELS`) of a document, with or without the document pass.
    ///
    /// The fast path: what depends on one word alone is summed once per word type and
    /// kept in a per-thread cache across documents; per token only the keys of the
    /// word pairs it stands in are hashed and looked up. Nothing is allocated per token
    /// once the buffers have grown.
    pub fn label_document_with<S: AsRef<str>>(&self, sentences: &[Vec<S>], doc: bool) -> Vec<Vec<u8>> {
        TYPE_CACHE.with(|cell| match cell.try_borrow_mut() {
            Ok(mut cache) => self.label_cached(sentences, doc, &mut cache),
            // Re-entered on this thread (cannot happen today): take the slow road.
            Err(_) => self.label_document_reference(sentences, doc),
        })
    }

    fn label_cached<S: AsRef<str>>(&self, sentences: &[Vec<S>], doc: bool, cache: &mut TypeCache) -> Vec<Vec<u8>> {
        if cache.owner != self.id || cache.infos.len() > TYPE_CACHE_MAX || cache.keys.is_empty() {
            cache.reset(self.id);
        }
        let mut labels: Vec<Vec<u8>> = Vec::with_capacity(sentences.len());
        let mut forms: Vec<Vec<(u64, usize)>> = Vec::new();
        // Loads whose only purpose is to bring table lines into cache ahead of use:
        // independent of each other and free of branches, so they overlap (a safe
        // stand-in for prefetch instructions).
        let mut touched = 0u64;
        for s in sentences {
            cache.hashes.clear();
            cache.hashes.extend(s.iter().map(|w| hash_bytes(w.as_ref().as_bytes()).max(1)));
            let mask = cache.keys.len() - 1;
            for &h in &cache.hashes {
                touched ^= cache.keys[h as usize & mask].key;
            }
            cache.ids.clear();
            for (w, k) in s.iter().enumerate() {
                let h = cache.hashes[w];
                let i = cache.find(h);
                let id = if cache.keys[i].key == h {
                    cache.keys[i].id - 1
                } else {
                    let info = self.type_info(k.as_ref(), &mut cache.norm, &mut cache.keys_scratch);
                    cache.insert(h, info)
                };
                cache.ids.push(id);
            }
            let TypeCache { infos, ids, codes, quotes, em, pairs, pair_rows, pair_keys, .. } = &mut *cache;
            let n = ids.len();
            // The pair keys of the sentence, and their home slots touched, so that the
            // cache misses of the look-ups below overlap instead of coming one by one.
            pair_keys.clear();
            for j in 1..n {
                let key = PairCache::key(ids[j - 1], ids[j]);
                pair_keys.push(key);
                touched ^= pairs.slots[pairs.slot(key)].key;
            }
            self.lex.lists.codes(n, |i| infos[ids[i] as usize].s1, |i| infos[ids[i] as usize].names & 4 != 0, codes);
            quote_codes(
                n,
                |i| infos[ids[i] as usize].quote,
                |i| infos[ids[i] as usize].s1,
                |i| infos[ids[i] as usize].fine as u64,
                quotes,
            );
            // The pair keys' rows of each pair of neighbours: from the pair cache, else
            // hashed and looked up once (each pair of neighbours hashed once for the
            // keys of both) and kept there.
            pair_rows.clear();
            for j in 1..n {
                let key = pair_keys[j - 1];
                if let Some(rows) = pairs.get(key) {
                    pair_rows.push(*rows);
                    continue;
                }
                let (l, x) = (infos[ids[j - 1] as usize].pair(), infos[ids[j] as usize].pair());
                let h = pair_hashes(Some(&l), Some(&x));
                let mut right: Row16 = [0; N_LABELS];
                right_pair_keys(&h, &l, Some(&x), self.flags, &mut |k| self.add_row16(&mut right, k));
                let mut left: Row16 = [0; N_LABELS];
                left_pair_keys(&h, Some(&l), &x, self.flags, &mut |k| self.add_row16(&mut left, k));
                let rows = [right, left];
                pairs.insert(key, rows);
                pair_rows.push(rows);
            }
            em.clear();
            for i in 0..n {
                let mut acc = self.pos_rows[position_code(i, n) as usize];
                for d in 0..3 {
                    let j = (i + d).wrapping_sub(1);
                    if j < n && codes[j] != 0 {
                        add16(&mut acc, &self.gaz_rows[d][codes[j] as usize & 31]);
                    }
                }
                for d in 0..5 {
                    let j = (i + d).wrapping_sub(2);
                    if j < n {
                        add16(&mut acc, &infos[ids[j] as usize].unary[d]);
                    } else {
                        add16(&mut acc, &self.edge_rows[d]);
                    }
                }
                // The pair (left neighbour, this token), then (this token, right
                // neighbour); at the sentence's edges the keys with BOS / EOS.
                if i > 0 {
                    add16(&mut acc, &pair_rows[i - 1][1]);
                } else {
                    let x = infos[ids[i] as usize].pair();
                    let h = pair_hashes(None, Some(&x));
                    left_pair_keys(&h, None, &x, self.flags, &mut |k| self.add_row16(&mut acc, k));
                }
                if i + 1 < n {
                    add16(&mut acc, &pair_rows[i][0]);
                } else {
                    let x = infos[ids[i] as usize].pair();
                    let h = pair_hashes(Some(&x), None);
                    right_pair_keys(&h, &x, None, self.flags, &mut |k| self.add_row16(&mut acc, k));
                }
                quote_keys(quotes[i], self.flags, &mut |k| self.add_row16(&mut acc, k));
                em.push(self.scores16(&acc));
            }
            let mut out = Vec::with_capacity(n);
            self.decode_into(em, &mut out);
            labels.push(out);
            if doc {
                let p = self.doc_policy;
                forms.push(
                    ids.iter()
                        .map(|&id| {
                            let t = &infos[id as usize];
                            let len = if t.s1_freq > p.max_freq { 0 } else { t.s1_len as usize };
                            (t.s1, len)
                        })
                        .collect(),
                );
            }
        }
        std::hint::black_box(touched);
        if doc {
            train::doc_consistency_forms(&forms, &mut labels, self.doc_policy);
        }
        labels
    }

    /// The `rasd tag` format: one token per line (the whole line is the token), a blank
    /// line between sentences; returns `token TAG` lines with the same blank lines. The
    /// whole input is one document.
    pub fn tag_conll(&self, input: &str) -> String {
        let mut sentences: Vec<Vec<&str>> = Vec::new();
        // Layout: for each line, Some(sentence, index) or None for a blank line.
        let mut layout: Vec<Option<(usize, usize)>> = Vec::new();
        let mut cur: Vec<&str> = Vec::new();
        if input.is_empty() {
            return String::new();
        }
        let mut lines: Vec<&str> = input.split('\n').collect();
        if input.ends_with('\n') {
            lines.pop();
        }
        for line in lines {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() {
                if !cur.is_empty() {
                    sentences.push(std::mem::take(&mut cur));
                }
                layout.push(None);
            } else {
                layout.push(Some((sentences.len(), cur.len())));
                cur.push(line);
            }
        }
        if !cur.is_empty() {
            sentences.push(cur);
        }
        let labels = self.label_document(&sentences);
        let mut out = String::with_capacity(input.len() + layout.len() * 8);
        for l in layout {
            if let Some((s, i)) = l {
                let tok = sentences[s][i];
                let lab = labels.get(s).and_then(|v| v.get(i)).copied().unwrap_or(0);
                out.push_str(tok);
                out.push(' ');
                out.push_str(LABEL_NAMES[lab as usize % N_LABELS]);
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitic_analyses() {
        let f = |w: &str| {
            let c = clitics(w);
            (w[c.s1..].to_string(), w[c.core..].to_string())
        };
        assert_eq!(f("وايران"), ("ايران".into(), "ايران".into()));
        assert_eq!(f("والرييس"), ("الرييس".into(), "رييس".into()));
        assert_eq!(f("للحكومه"), ("حكومه".into(), "حكومه".into()));
        assert_eq!(f("بالقاهره"), ("القاهره".into(), "قاهره".into()));
        assert_eq!(f("لبنان"), ("بنان".into(), "بنان".into()));
        assert_eq!(f("ولد"), ("ولد".into(), "ولد".into()));
        assert_eq!(f("ال"), ("ال".into(), "ال".into()));
    }

    #[test]
    fn strict_lists_key_listed_words_as_written() {
        // كابار (a news agency) and ليما (a city) start with letters that clitics()
        // strips as proclitics; فيصل is a given name whose ف is part of the name.
        let entries = [(4u8, "كابار"), (2, "ليما"), (2, "بغداد")];
        let names = [(1u8, "فيصل")];
        let code = |l: &NameLists, w: &str| l.match_words(&[w])[0];
        let old = NameLists::new(&entries, &names, false);
        let strict = NameLists::new(&entries, &names, true);
        // The s1-keyed lists give a word that only ends like a listed one its bits.
        assert_eq!(code(&old, "بابار"), (8, 0));
        assert_eq!(code(&old, "فيما"), (4, 0));
        assert_eq!(code(&old, "يصل"), (0, 1));
        // Strict lists do not ...
        for w in ["بابار", "فيما", "يصل", "ولا"] {
            assert_eq!(code(&strict, w), (0, 0), "{w}");
        }
        // ... and still find the listed words alone and after و/ف/ب/ك/ل. (An entry
        // is matched by the s1 forms of its words in both modes, and s1 strips one
        // proclitic: بكابار, whose s1 is كابار, is not كابار's match in either.)
        for w in ["كابار", "وكابار"] {
            assert_eq!(code(&strict, w), (8, 0), "{w}");
        }
        assert_eq!(code(&old, "بكابار"), (0, 0));
        assert_eq!(code(&strict, "بكابار"), (0, 0));
        for w in ["ليما", "وليما", "بغداد", "وبغداد"] {
            assert_eq!(code(&strict, w), (4, 0), "{w}");
        }
        for w in ["بليما", "لبغداد"] {
            assert_eq!((code(&old, w), code(&strict, w)), ((0, 0), (0, 0)), "{w}");
        }
        for w in ["فيصل", "وفيصل", "لفيصل"] {
            assert_eq!(code(&strict, w), (0, 1), "{w}");
        }
        // The mode travels with the lists in a model file.
        for lists in [old, strict] {
            let mut bytes = Vec::new();
            lists.write(&mut bytes);
            let back = NameLists::read(&mut Reader { b: &bytes, at: 0 }).unwrap();
            assert_eq!(back.strict, lists.strict);
            assert_eq!(code(&back, "بابار"), code(&lists, "بابار"));
        }
    }

    #[test]
    fn fast_normalization_agrees() {
        for c in (0x600u32..0x700).chain(0x20..0x80).filter_map(char::from_u32) {
            let want = if c.is_whitespace() { None } else { normalize_char(c) };
            assert_eq!(fast_normalize_char(c), want, "{c:?}");
        }
    }

    #[test]
    fn quoted_spans() {
        let words =
            ["برنامج", "«", "اصل", "الكلمه", "»", "و", "\"", "x", "\"", "«", "a", "b", "c", "d", "e", "f", "g", "»"];
        let kinds: Vec<u8> = words.iter().map(|w| quote_kind(w)).collect();
        let mut out = Vec::new();
        quote_codes(words.len(), |i| kinds[i], |i| i as u64 + 100, |i| i as u64 + 500, &mut out);
        let got = |i: usize| (out[i].code, out[i].before, out[i].cluster);
        // Two-token span after برنامج: first and last, length 2, the word before is token 0.
        assert_eq!(got(2), (1 | 2 << 3, 100, 500));
        assert_eq!(got(3), (3 | 2 << 3, 100, 500));
        // A one-token span between straight quotes.
        assert_eq!(got(7), (4 | 1 << 3, 105, 505));
        // Marks and words outside spans get nothing, nor does a span longer than QUOTE_MAX.
        for i in [0, 1, 4, 5, 6, 8, 9, 10, 16, 17] {
            assert_eq!(out[i].code, 0, "token {i}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for l in 0..N_LABELS as u8 {
            assert_eq!(label_of(tag_of(l)), l);
            assert_eq!(Tag::parse(tag_of(l).as_str()), Some(tag_of(l)));
        }
        assert_eq!(Tag::parse("B-PER"), Some(Tag::B(EntityType::PER)));
        assert_eq!(Tag::parse("X"), None);
    }

    /// Viterbi trying every pair of labels and asking `allowed` about each.
    fn viterbi_every_pair(em: &[[f32; N_LABELS]], trans: &[[f32; N_LABELS]; N_LABELS + 1]) -> Vec<u8> {
        let n = em.len();
        let mut back = vec![[0u8; N_LABELS]; n];
        let mut score = [f32::NEG_INFINITY; N_LABELS];
        for c in 0..N_LABELS {
            if allowed(N_LABELS, c) {
                score[c] = trans[N_LABELS][c] + em[0][c];
            }
        }
        for i in 1..n {
            let mut next = [f32::NEG_INFINITY; N_LABELS];
            for c in 0..N_LABELS {
                let (mut best, mut arg) = (f32::NEG_INFINITY, 0u8);
                for p in 0..N_LABELS {
                    if allowed(p, c) && score[p] + trans[p][c] > best {
                        best = score[p] + trans[p][c];
                        arg = p as u8;
                    }
                }
                next[c] = best + em[i][c];
                back[i][c] = arg;
            }
            score = next;
        }
        let mut best = 0usize;
        for c in 1..N_LABELS {
            if score[c] > score[best] {
                best = c;
            }
        }
        let mut out = vec![0u8; n];
        out[n - 1] = best as u8;
        for i in (1..n).rev() {
            out[i - 1] = back[i][out[i] as usize];
        }
        out
    }

    /// Deterministic pseudo-random scores in [-4, 4) for the decoder tests (a 64-bit LCG).
    fn random_scores(seed: u64) -> impl FnMut() -> f32 {
        let mut state = seed;
        move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 40) as f32 / (1u64 << 24) as f32 * 8.0 - 4.0
        }
    }

    #[test]
    fn viterbi_matches_the_every_pair_version() {
        let mut score = random_scores(11);
        let mut next = |coarse: bool| {
            let v = score();
            // Coarse values make ties, which must be broken the same way.
            if coarse {
                v.round()
            } else {
                v
            }
        };
        for round in 0..3000 {
            let coarse = round % 2 == 0;
            let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
            for row in trans.iter_mut() {
                for x in row.iter_mut() {
                    *x = next(coarse);
                }
            }
            let n = 1 + round % 12;
            let em: Vec<[f32; N_LABELS]> = (0..n).map(|_| std::array::from_fn(|_| next(coarse))).collect();
            let mut out = Vec::new();
            viterbi(&em, &trans, &mut out);
            assert_eq!(out, viterbi_every_pair(&em, &trans), "round {round}");
        }
    }

    #[test]
    fn viterbi_respects_bio() {
        let trans = [[0f32; N_LABELS]; N_LABELS + 1];
        let mut em = vec![[0f32; N_LABELS]; 2];
        em[0][0] = 1.0;
        em[0][1] = -10.0;
        em[1][5] = 5.0; // I-PERS after O is not allowed
        em[1][1] = 1.0;
        let mut out = Vec::new();
        viterbi(&em, &trans, &mut out);
        assert_eq!(out, vec![0, 1]);
    }

    /// Score of one label path under first- and second-order transitions.
    fn path_score(em: &[[f32; N_LABELS]], trans: &[[f32; N_LABELS]; N_LABELS + 1], t2: &Trans2, y: &[u8]) -> f32 {
        let mut s = 0f32;
        for i in 0..y.len() {
            let c = y[i] as usize;
            let b = if i == 0 { N_LABELS } else { y[i - 1] as usize };
            s += em[i][c] + trans[b][c];
            if i >= 1 {
                let a = if i == 1 { N_LABELS } else { y[i - 2] as usize };
                s += t2[a][b][c];
            }
        }
        s
    }

    fn bio_valid(y: &[u8]) -> bool {
        (0..y.len()).all(|i| allowed(if i == 0 { N_LABELS } else { y[i - 1] as usize }, y[i] as usize))
    }

    /// The second-order Viterbi finds a BIO-valid path scoring as high as the best of
    /// every path, enumerated, on short random sentences.
    #[test]
    fn viterbi2_matches_brute_force() {
        let mut next = random_scores(29);
        for round in 0..300 {
            let n = 1 + round % 5;
            let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
            trans.iter_mut().flatten().for_each(|x| *x = next());
            let mut t2: Box<Trans2> = Box::new([[[0f32; N_LABELS]; N_LABELS]; N_LABELS + 1]);
            t2.iter_mut().flatten().flatten().for_each(|x| *x = next());
            let em: Vec<[f32; N_LABELS]> = (0..n).map(|_| std::array::from_fn(|_| next())).collect();
            let mut best = f32::NEG_INFINITY;
            let mut y = vec![0u8; n];
            for code in 0..N_LABELS.pow(n as u32) {
                let mut c = code;
                for v in y.iter_mut() {
                    *v = (c % N_LABELS) as u8;
                    c /= N_LABELS;
                }
                if bio_valid(&y) {
                    best = best.max(path_score(&em, &trans, &t2, &y));
                }
            }
            let mut out = Vec::new();
            viterbi2(&em, &trans, &t2, &mut out);
            assert_eq!(out.len(), n);
            assert!(bio_valid(&out), "round {round}: {out:?}");
            let got = path_score(&em, &trans, &t2, &out);
            assert!((got - best).abs() < 1e-4, "round {round}: {got} vs best {best}");
        }
    }

    /// With every second-order weight zero it is the first-order Viterbi.
    #[test]
    fn viterbi2_without_trigram_weights_is_viterbi() {
        let mut next = random_scores(5);
        let t2: Box<Trans2> = Box::new([[[0f32; N_LABELS]; N_LABELS]; N_LABELS + 1]);
        for round in 0..500 {
            let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
            trans.iter_mut().flatten().for_each(|x| *x = next());
            let em: Vec<[f32; N_LABELS]> = (0..1 + round % 20).map(|_| std::array::from_fn(|_| next())).collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            viterbi(&em, &trans, &mut a);
            viterbi2(&em, &trans, &t2, &mut b);
            assert_eq!(a, b, "round {round}");
        }
        let mut out = vec![7];
        viterbi2(&[], &[[0.0; N_LABELS]; N_LABELS + 1], &t2, &mut out);
        assert!(out.is_empty());
    }

    /// A model with second-order transitions writes the flag and the block and reads
    /// back the same; one without writes neither (older models load unchanged).
    #[test]
    fn trigram_block_round_trips() {
        let rows = vec![(12345u32, [0.5f32, -0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.1])];
        let plain = Tagger::from_parts(
            flags::DEFAULT,
            Lexicon::default(),
            rows.clone(),
            [[0.0; N_LABELS]; N_LABELS + 1],
            String::new(),
        );
        let plain_bytes = plain.to_bytes();
        let back = Tagger::from_bytes(&plain_bytes).unwrap();
        assert!(!back.has_trigrams());
        assert_eq!(back.flags() & flags::TRIGRAM, 0);
        let mut t2: Box<Trans2> = Box::new([[[0f32; N_LABELS]; N_LABELS]; N_LABELS + 1]);
        t2[N_LABELS][1][5] = 1.5;
        t2[0][3][7] = -2.25;
        let tri = Tagger::from_parts(
            flags::DEFAULT,
            Lexicon::default(),
            rows,
            [[0.0; N_LABELS]; N_LABELS + 1],
            String::new(),
        )
        .with_trans2(Some(t2.clone()));
        let bytes = tri.to_bytes();
        assert_eq!(bytes.len(), plain_bytes.len() + 4 * (N_LABELS + 1) * N_LABELS * N_LABELS);
        let mut back = Tagger::from_bytes(&bytes).unwrap();
        assert!(back.has_trigrams());
        assert_ne!(back.flags() & flags::TRIGRAM, 0);
        assert_eq!(back.trans2.as_deref(), Some(&*t2));
        assert_eq!(back.to_bytes(), bytes);
        // Changing the feature flags keeps the model's own bit.
        back.set_flags(flags::DEFAULT);
        assert!(back.has_trigrams() && back.flags() & flags::TRIGRAM != 0);
        assert_eq!(back.to_bytes(), bytes);
    }

    #[test]
    fn empty_model_and_odd_input() {
        let t = Tagger::empty();
        assert_eq!(t.tag_conll(""), "");
        assert_eq!(t.tag_conll("\n\n"), "\n\n");
        assert_eq!(t.tag_conll("a\n \nb c\n\nd"), "a O\n  O\nb c O\n\nd O\n");
        assert_eq!(t.tag_sentence(&[]), vec![]);
    }

    /// The pair cache gives back the rows of a kept pair until a pair with the same slot
    /// replaces it, never the rows of another pair, and nothing once emptied.
    #[test]
    fn pair_cache_gives_only_what_it_keeps() {
        let mut c = PairCache::default();
        c.clear();
        let rows = |a: u32, b: u32| -> PairRows { [[a as i16; N_LABELS], [b as i16; N_LABELS]] };
        let mut kept: std::collections::HashMap<usize, (u32, u32)> = std::collections::HashMap::new();
        for a in 0..(2 * PAIR_SLOTS) as u32 {
            let (x, y) = (a, a.wrapping_mul(2654435761) % 5000);
            let key = PairCache::key(x, y);
            assert_ne!(key, 0);
            if c.get(key).is_none() {
                c.insert(key, rows(x, y));
            }
            kept.insert(c.slot(key), (x, y));
            assert_eq!(c.get(key), Some(&rows(x, y)));
        }
        // Every pair in its slot's last occupant's place, the replaced ones gone.
        let mut replaced = 0;
        for a in 0..(2 * PAIR_SLOTS) as u32 {
            let (x, y) = (a, a.wrapping_mul(2654435761) % 5000);
            let key = PairCache::key(x, y);
            match c.get(key) {
                Some(r) => assert_eq!((r, kept[&c.slot(key)]), (&rows(x, y), (x, y))),
                None => replaced += 1,
            }
            // (y, x) is another pair: found only if it was kept itself.
            if x != y {
                if let Some(r) = c.get(PairCache::key(y, x)) {
                    assert_eq!(r, &rows(y, x));
                }
            }
        }
        assert!(replaced >= PAIR_SLOTS, "twice as many pairs as slots: {replaced} replaced");
        c.clear();
        assert_eq!(c.get(PairCache::key(7, 7)), None);
        assert!(c.slots.iter().all(|s| s.key == 0));
    }

    #[test]
    fn weight_table_finds_what_a_map_finds() {
        // Keys crowded together (long runs, some past the last home slot), the extremes,
        // out of order and repeated: every key's row is what a map of the same rows
        // says, in order or not, and a key the table lacks adds nothing.
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut rows: Vec<(u32, [i8; N_LABELS])> = Vec::new();
        for i in 0..3000u32 {
            let r = next();
            let k = match i % 4 {
                0 => r as u32,
                1 => 0xffff_f000 | (r as u32 & 0xfff),
                2 => 1 + (r as u32 & 0x3ff),
                _ => (r >> 32) as u32 & 0x8000_ffff,
            };
            let mut q = [0i8; N_LABELS];
            q[(r >> 40) as usize % N_LABELS] = (r >> 48) as i8 | 1;
            rows.push((k, q));
        }
        rows.push((u32::MAX, [3; N_LABELS]));
        rows.push((1, [0; N_LABELS]));
        // All-zero rows are left out (they do not undo an earlier row of the key).
        let mut want: std::collections::HashMap<u32, [i8; N_LABELS]> = Default::default();
        for &(k, q) in &rows {
            if q.iter().any(|&v| v != 0) {
                want.insert(k, q);
            }
        }
        let mut sorted = rows.clone();
        sorted.sort_by_key(|r| r.0);
        let trans = [[0.0; N_LABELS]; N_LABELS + 1];
        for input in [sorted, rows] {
            let t = Tagger::with_rows(0, Lexicon::default(), 2000, input.into_iter(), 1.0, trans, String::new());
            assert_eq!(t.n_features(), want.len());
            for probe in want.keys().copied().chain((0..5000).map(|_| next() as u32)).chain([0, 2, u32::MAX - 1]) {
                let mut acc = [0i32; N_LABELS];
                t.add_row(&mut acc, probe.max(1));
                let q = want.get(&probe.max(1)).copied().unwrap_or([0; N_LABELS]);
                assert_eq!(acc, q.map(|v| v as i32), "key {probe:#x}");
            }
            let u = Tagger::from_bytes(&t.to_bytes()).unwrap();
            assert_eq!((u.slots.clone(), u.rows.clone()), (t.slots.clone(), t.rows.clone()));
        }
    }

    #[test]
    fn a_token_gets_few_enough_keys_for_i16_sums() {
        // Every feature group on, words the lexicon knows at every granularity, a
        // quoted span, clitics, long words: the most keys one token gets stays within
        // what the fast path's i16 sums allow (see `Row16`).
        let e = LexEntry { coarse: 3, fine: 7, finest: 9, freq: 5, mined: 0xff, auto: 0x55 };
        let lex =
            Lexicon::new(["محمد", "الرياض", "قال", "المملكة", "عبدالله"].iter().map(|w| (w.to_string(), e)).collect());
        let words = ["قال", "«", "وبمحمد", "الرياض", "»", "وللمملكة", "عبدالله", "2015", "x"];
        let mut sc = FeatureScratch::new();
        sentence_features(&words, &lex, flags::ALL, &mut sc);
        let most = (0..words.len()).map(|i| sc.starts[i + 1] - sc.starts[i]).max().unwrap();
        assert!(most >= 60, "the feature groups fire: {most} keys at most");
        assert!(most <= MAX_KEYS, "{most} keys for one token");
    }

    #[test]
    fn serialization_round_trip() {
        let lex = Lexicon::new(vec![(
            "ايران".into(),
            LexEntry { coarse: 3, fine: 7, finest: 9, freq: 5, mined: 2, auto: 1 },
        )]);
        let mut row = [0f32; N_LABELS];
        row[2] = 1.0;
        row[0] = -0.5;
        let t = Tagger::from_parts(flags::ALL, lex, vec![(42, row)], [[0.25; N_LABELS]; N_LABELS + 1], "m".into());
        let b = t.to_bytes();
        let u = Tagger::from_bytes(&b).unwrap();
        assert_eq!(u.flags, flags::ALL);
        assert_eq!(u.meta, "m");
        assert_eq!(u.lex.lookup("ايران").unwrap().fine, 7);
        assert_eq!(u.n_features(), 1);
        assert!(Tagger::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Tagger::from_bytes(b"junk").is_err());
    }
}
