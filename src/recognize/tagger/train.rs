//! Training, scoring and the document-level pass of the tagger.
//!
//! Training is an averaged structured perceptron (Collins 2002): decode each sentence
//! with Viterbi under the current weights, and where the best path differs from the
//! gold one, add the gold path's features and subtract the predicted path's. The
//! average of the weights over all steps is what ships. Sentence order is shuffled
//! per epoch with a fixed seed, and feature ids are given in order of first
//! appearance, so a run is reproducible bit for bit.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::{
    allowed, clitics, flags, label_of, sentence_features, viterbi, viterbi2, FeatureScratch, HashedKey, Lexicon, Tag,
    Tagger, Trans2, N_LABELS,
};

/// One sentence of a CoNLL file: tokens as written and their labels (see `N_LABELS`).
#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
}

/// Reads `token TAG` lines (the tag is the last space-separated field; the token may
/// be empty or hold a space), sentences separated by blank lines. Unknown tags read as O.
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let line = line.trim_end();
        let (tok, tag) = match line.rsplit_once(' ') {
            Some((t, g)) => (t.trim(), g),
            None => ("", line),
        };
        cur.words.push(tok.to_string());
        cur.labels.push(Tag::parse(tag).map_or(0, label_of));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// Writes sentences with labels as `token TAG` lines.
pub fn write_conll(sents: &[Sentence], labels: &[Vec<u8>]) -> String {
    let mut out = String::new();
    for (s, l) in sents.iter().zip(labels) {
        for (w, &t) in s.words.iter().zip(l) {
            out.push_str(w);
            out.push(' ');
            out.push_str(super::LABEL_NAMES[t as usize]);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// An I-X that does not continue an X span starts one (the conlleval reading): make it
/// a B-X so that training sees only paths the decoder can produce.
pub fn repair_bio(labels: &mut [u8]) {
    let mut prev = 0u8;
    for l in labels.iter_mut() {
        if *l >= 5 && !(prev == *l || prev + 4 == *l) {
            *l -= 4;
        }
        prev = *l;
    }
}

/// Spans (start, end, type 0..4) of a label sequence, conlleval convention.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut kind: Option<u8> = None;
    for i in 0..=labels.len() {
        let l = labels.get(i).copied().unwrap_or(0);
        let ty = if l == 0 { None } else { Some((l - 1) % 4) };
        let continues = l >= 5 && kind == ty;
        if !continues {
            if let Some(k) = kind {
                out.push((start, i, k));
            }
            kind = ty;
            start = i;
        }
    }
    out
}

/// Exact-span counts per type (PERS, LOC, ORG, MISC).
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub gold: [usize; 4],
    pub pred: [usize; 4],
    pub tp: [usize; 4],
}

pub fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred > 0 { tp as f64 / pred as f64 } else { 0.0 };
    let r = if gold > 0 { tp as f64 / gold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

impl Scores {
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g = spans(gold);
        let p = spans(pred);
        for s in &g {
            self.gold[s.2 as usize] += 1;
        }
        for s in &p {
            self.pred[s.2 as usize] += 1;
            if g.contains(s) {
                self.tp[s.2 as usize] += 1;
            }
        }
    }

    /// (P, R, F1) of type `t`, or micro-averaged over all four with `None`.
    pub fn prf(&self, t: Option<usize>) -> (f64, f64, f64) {
        match t {
            Some(t) => prf(self.tp[t], self.pred[t], self.gold[t]),
            None => prf(self.tp.iter().sum(), self.pred.iter().sum(), self.gold.iter().sum()),
        }
    }

    pub fn f1(&self) -> f64 {
        self.prf(None).2
    }
}

pub fn score(gold: &[Sentence], pred: &[Vec<u8>]) -> Scores {
    let mut s = Scores::default();
    for (g, p) in gold.iter().zip(pred) {
        s.add(&g.labels, p);
    }
    s
}

/// Tags sentences as one document with the tagger's own flags.
pub fn predict(tagger: &Tagger, sents: &[Sentence]) -> Vec<Vec<u8>> {
    let words: Vec<Vec<&str>> = sents.iter().map(|s| s.words.iter().map(|w| w.as_str()).collect()).collect();
    tagger.label_document(&words)
}

// ---------------------------------------------------------------------------------
// Document-level consistency

/// Longest name (in tokens) the document pass looks for.
const DOC_MAX_LEN: usize = 4;

/// The second pass: every name of a type in `policy.types` (by default LOC, ORG and
/// MISC: spreading persons lost 0.4 F1 on the dev split) that the first pass found (keyed by its tokens' matching
/// forms without و/ف/ب/ك/ل) is looked for where the first pass said O, and found
/// strings take the type most often given to them in the document. Single tokens
/// of fewer than 3 letters are not spread (too ambiguous).
///
/// `policy.window` > 0 runs the pass on blocks of that many sentences (for inputs that
/// are many articles run together); `policy.max_freq` keeps single common words
/// (corpus log2 frequency above it, like دين "religion" vs. Dean) from spreading.
pub fn doc_consistency<S: AsRef<str>>(sentences: &[Vec<S>], labels: &mut [Vec<u8>], lex: &Lexicon, policy: DocPolicy) {
    let forms = doc_forms(sentences, lex, policy.max_freq);
    doc_consistency_forms(&forms, labels, policy);
}

/// Per token, the hash of its matching form without و/ف/ب/ك/ل and that form's length
/// in letters (0 when its corpus log2 frequency is above `max_freq`: never spread alone).
pub fn doc_forms<S: AsRef<str>>(sentences: &[Vec<S>], lex: &Lexicon, max_freq: u8) -> Vec<Vec<(u64, usize)>> {
    let mut buf = String::new();
    sentences
        .iter()
        .map(|s| {
            s.iter()
                .map(|w| {
                    buf.clear();
                    for c in w.as_ref().chars() {
                        if let Some(n) = super::fast_normalize_char(c) {
                            buf.push(n);
                        }
                    }
                    let cl = clitics(&buf);
                    let s1 = &buf[cl.s1..];
                    let h = super::hash_bytes(s1.as_bytes());
                    // Too short or too common to spread alone: length 0.
                    let freq = lex.lookup_hash(h).map_or(0, |e| e.freq);
                    let len = if freq > max_freq { 0 } else { s1.chars().count().min(255) };
                    (h, len)
                })
                .collect()
        })
        .collect()
}

/// [`doc_consistency`] over precomputed forms: per token, the hash of its matching
/// form without و/ف/ب/ك/ل and that form's length in letters (0: never spread alone).
pub fn doc_consistency_forms(forms: &[Vec<(u64, usize)>], labels: &mut [Vec<u8>], policy: DocPolicy) {
    if policy.no_repeats {
        for (f, l) in forms.iter().zip(labels.iter_mut()) {
            drop_repeated_persons(f, l);
        }
    }
    if policy.window > 0 && forms.len() > policy.window {
        let w = policy.window;
        for (s, l) in forms.chunks(w).zip(labels.chunks_mut(w)) {
            doc_block(s, l, policy);
        }
    } else {
        doc_block(forms, labels, policy);
    }
}

/// How the document pass spreads names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocPolicy {
    pub window: usize,
    pub max_freq: u8,
    /// Which types spread (bit t for PERS, LOC, ORG, MISC).
    pub types: u8,
    /// A person found with two or more tokens also spreads its last token alone
    /// (حسني مبارك … مبارك).
    pub surnames: bool,
    /// A name found with a type other than the one its string (of a type in `types`)
    /// is given most often in the document takes that type: one sense per document
    /// (ليل once a club and twice a city is a city throughout).
    pub retype: bool,
    /// A person whose name has the same word twice in a row (ولي ولي العهد, a title)
    /// is no person: no person of ANERcorp's training file has one, and it is not
    /// spread either.
    pub no_repeats: bool,
}

impl Default for DocPolicy {
    fn default() -> Self {
        DocPolicy { window: 0, max_freq: 255, types: 0b1110, surnames: false, retype: true, no_repeats: true }
    }
}

/// Sets to O every person span in which two neighbouring tokens have the same matching
/// form without و/ف/ب/ك/ل (see [`DocPolicy::no_repeats`]).
fn drop_repeated_persons(forms: &[(u64, usize)], labels: &mut [u8]) {
    for (s, e, t) in spans(labels) {
        if t == 0 && e <= forms.len() && forms[s..e].windows(2).any(|w| w[0].0 == w[1].0) {
            labels[s..e].fill(0);
        }
    }
}

fn doc_block(forms: &[Vec<(u64, usize)>], labels: &mut [Vec<u8>], policy: DocPolicy) {
    let span_key = |f: &[(u64, usize)]| f.iter().fold(0x1234u64, |h, x| super::pair(h, x.0));
    let mut votes: HashMap<u64, [u32; 4], BuildHasherDefault<HashedKey>> = HashMap::default();
    // The forms that start a voted span, as a 4096-bit filter: a token whose form is
    // not in it starts no span that could be looked up (most tokens).
    let mut starts = [0u64; 64];
    let bit = |h: u64| ((h >> 6) as usize & 63, 1u64 << (h & 63));
    let mut mark = |h: u64| {
        let (w, b) = bit(h);
        starts[w] |= b;
    };
    for (f, l) in forms.iter().zip(labels.iter()) {
        for (s, e, t) in spans(l) {
            if e - s > DOC_MAX_LEN || (e - s == 1 && f[s].1 < 3) {
                continue;
            }
            if policy.types & (1 << t) == 0 {
                continue;
            }
            votes.entry(span_key(&f[s..e])).or_insert([0; 4])[t as usize] += 1;
            mark(f[s].0);
            if policy.surnames && t == 0 && e - s >= 2 && f[e - 1].1 >= 3 {
                votes.entry(span_key(&f[e - 1..e])).or_insert([0; 4])[0] += 1;
                mark(f[e - 1].0);
            }
        }
    }
    if votes.is_empty() {
        return;
    }
    if policy.retype {
        for (f, l) in forms.iter().zip(labels.iter_mut()) {
            for (s, e, t) in spans(l) {
                if e - s > DOC_MAX_LEN || e > f.len() {
                    continue;
                }
                if let Some(v) = votes.get(&span_key(&f[s..e])) {
                    let mut best = t as usize;
                    for u in 0..4 {
                        if v[u] > v[best] {
                            best = u;
                        }
                    }
                    if best != t as usize {
                        l[s] = 1 + best as u8;
                        for x in &mut l[s + 1..e] {
                            *x = 5 + best as u8;
                        }
                    }
                }
            }
        }
    }
    for (f, l) in forms.iter().zip(labels.iter_mut()) {
        let n = l.len().min(f.len());
        let mut i = 0;
        while i < n {
            let (w, b) = bit(f[i].0);
            if l[i] != 0 || starts[w] & b == 0 {
                i += 1;
                continue;
            }
            // The keys of the spans starting here, longest last (as `span_key` folds).
            let most = DOC_MAX_LEN.min(n - i);
            let mut keys = [0u64; DOC_MAX_LEN];
            let mut h = 0x1234u64;
            for (k, x) in keys.iter_mut().zip(&f[i..i + most]) {
                h = super::pair(h, x.0);
                *k = h;
            }
            let mut hit = None;
            for len in (1..=most).rev() {
                if l[i..i + len].iter().any(|&x| x != 0) {
                    continue;
                }
                // A name continuing right after would be cut: leave it.
                if i + len < n && l[i + len] >= 5 {
                    continue;
                }
                debug_assert_eq!(keys[len - 1], span_key(&f[i..i + len]));
                if let Some(v) = votes.get(&keys[len - 1]) {
                    let mut best = 0;
                    for t in 1..4 {
                        if v[t] > v[best] {
                            best = t;
                        }
                    }
                    hit = Some((len, best as u8));
                    break;
                }
            }
            match hit {
                Some((len, t)) => {
                    l[i] = 1 + t;
                    for x in &mut l[i + 1..i + len] {
                        *x = 5 + t;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Mention replacement

/// Names to swap in, per type (0 PERS, 1 LOC, 2 ORG, 3 MISC), each as its tokens.
#[derive(Clone, Debug, Default)]
pub struct MentionPool {
    pub names: [Vec<Vec<String>>; 4],
}

impl MentionPool {
    /// Adds a name of type `ty` (0..4) given as its tokens; duplicates are dropped by
    /// [`MentionPool::finish`].
    pub fn add(&mut self, ty: u8, tokens: Vec<String>) {
        if !tokens.is_empty() && (ty as usize) < 4 {
            self.names[ty as usize].push(tokens);
        }
    }

    /// The names of every span of `sents`.
    pub fn add_spans(&mut self, sents: &[Sentence]) {
        for s in sents {
            for (a, b, t) in spans(&s.labels) {
                self.add(t, s.words[a..b].to_vec());
            }
        }
    }

    /// Sorts and deduplicates each type's names, so the draws depend only on the set.
    pub fn finish(&mut self) {
        for v in &mut self.names {
            v.sort();
            v.dedup();
        }
    }
}

/// Mention replacement (Dai & Adel 2020): `copies` copies of each sentence that names
/// something, in which each name is swapped, with probability `p`, for a name of the
/// same type drawn uniformly from `pool` (the copy's labels B-/I- of that type over the
/// new tokens). A copy in which no name was swapped is not kept (it would only weigh
/// its sentence twice). Deterministic in `seed`.
pub fn replace_mentions(sents: &[Sentence], pool: &MentionPool, copies: usize, p: f32, seed: u64) -> Vec<Sentence> {
    let mut rng = Rng(seed ^ 0x6d65_6e74_696f_6e73);
    let mut out = Vec::new();
    for s in sents {
        let names = spans(&s.labels);
        if names.is_empty() {
            continue;
        }
        for _ in 0..copies {
            let mut copy = Sentence::default();
            let mut last = 0;
            let mut swapped = false;
            for &(a, b, t) in &names {
                copy.words.extend_from_slice(&s.words[last..a]);
                copy.labels.extend_from_slice(&s.labels[last..a]);
                let choices = &pool.names[t as usize];
                let draw = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
                let other = (!choices.is_empty() && draw < p as f64).then(|| &choices[rng.below(choices.len())]);
                match other.filter(|o| o[..] != s.words[a..b]) {
                    Some(o) => {
                        swapped = true;
                        copy.words.extend(o.iter().cloned());
                        copy.labels.push(1 + t);
                        copy.labels.extend(std::iter::repeat_n(5 + t, o.len() - 1));
                    }
                    None => {
                        copy.words.extend_from_slice(&s.words[a..b]);
                        copy.labels.extend_from_slice(&s.labels[a..b]);
                    }
                }
                last = b;
            }
            copy.words.extend_from_slice(&s.words[last..]);
            copy.labels.extend_from_slice(&s.labels[last..]);
            if swapped {
                out.push(copy);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// Training

#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub epochs: usize,
    pub flags: u32,
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Weights whose magnitude (after averaging) is below this are dropped.
    pub prune: f32,
    /// Runs with different shuffles whose averaged weights are averaged again
    /// (cuts the variance that the sentence order alone causes).
    pub bags: usize,
    /// Cost-augmented decoding while training: every wrong label gets this much extra
    /// score (a structured hinge with Hamming cost), so updates also happen on
    /// correct-but-close paths.
    pub cost: f32,
    /// The cost of `O` where the gold label is a name (None: `cost`): above `cost`,
    /// training asks for a wider margin against missing a name than against the other
    /// mistakes (a recall-leaning, cost-sensitive update).
    pub cost_o: Option<f32>,
    /// Lexicons whose name lists hold the training part's own entities minus those of
    /// one block of sentences: sentence block `i * folds.len() / n` is encoded with
    /// `folds[i * folds.len() / n]`, so that no sentence sees its own entities listed
    /// (jackknifing). Empty: every sentence uses the lexicon passed to `train`.
    pub folds: Vec<Lexicon>,
    /// Word-identity dropout: in each epoch, each token's own identity features (its
    /// form, clitic-stripped form and core) are left out with this probability, so the
    /// weights learn to tag from context, affixes and clusters too, as they must for
    /// names never seen in training.
    pub dropout: f32,
    /// Passive-aggressive steps (PA-II, Crammer et al. 2006) with this aggressiveness
    /// C instead of unit perceptron steps: each update is scaled by
    /// τ = loss / (‖Δφ‖² + 1/(2C)), the loss being how far the cost-augmented best path
    /// outscores the gold one. None: the perceptron.
    pub pa: Option<f32>,
    /// A linear-chain CRF (conditional log-likelihood with an L2 penalty, fitted by
    /// L-BFGS) on the same features instead of the perceptron. None: the perceptron.
    pub crf: Option<CrfConfig>,
    /// With `crf`: the perceptron is trained too, and the model is the perceptron's
    /// weights plus this times the CRF's (one linear model, log-linear interpolation).
    pub crf_mix: Option<f32>,
    /// Second-order (tag-trigram) transitions besides the first-order ones, learned
    /// by the same perceptron steps and decoded by [`viterbi2`] while training and in
    /// the model (not with `pa` or `crf`).
    pub trigram: bool,
    /// The epoch from which the perceptron's weights are averaged (1: every step of
    /// every epoch, the usual averaged perceptron; E: only the steps of epochs E and
    /// later, tail averaging, so that the early, far-from-converged weights do not
    /// weigh in the model).
    pub avg_from: usize,
}

/// Settings of the CRF objective (see [`TrainConfig::crf`]).
#[derive(Clone, Copy, Debug)]
pub struct CrfConfig {
    /// The L2 penalty: λ/2 ‖w‖² is added to the summed negative log-likelihood.
    pub l2: f64,
    /// L-BFGS iterations at most (each one pass over the data, more when the line
    /// search backtracks).
    pub iters: usize,
    /// Softmax-margin: every wrong label's score gets this much extra while training
    /// (0: the plain CRF), the CRF's counterpart of the perceptron's Hamming cost.
    pub cost: f64,
    /// Stochastic instead of L-BFGS: this many epochs of AdaGrad steps (Duchi et al.
    /// 2011), one per sentence in an order shuffled by the training seed (`bags` runs
    /// with different shuffles, their weights averaged), with step
    /// size `eta`; the L2 penalty is spread over the sentences (λ/N per step, on the
    /// rows the sentence touches); with `true`, the model is the average of the
    /// weights after every step (as the perceptron's is). None: L-BFGS.
    pub adagrad: Option<(usize, f64, bool)>,
}

impl Default for CrfConfig {
    fn default() -> Self {
        CrfConfig { l2: 1.0, iters: 200, cost: 0.0, adagrad: None }
    }
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 20,
            flags: flags::DEFAULT,
            seed: 2026,
            min_count: 3,
            prune: 0.0,
            bags: 9,
            cost: 3.0,
            cost_o: None,
            folds: Vec::new(),
            dropout: 0.0,
            pa: None,
            crf: None,
            crf_mix: None,
            trigram: false,
            avg_from: 1,
        }
    }
}

/// splitmix64: a tiny seeded generator so shuffles are reproducible everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

struct Encoded {
    feats: Vec<u32>,
    starts: Vec<usize>,
    labels: Vec<u8>,
    /// Per token, the ids of its identity features (u32::MAX: none), for dropout.
    ident: Vec<[u32; 3]>,
}

/// Trains a tagger. `on_epoch(epoch, tagger)` sees the averaged model after each epoch
/// (for dev scores); the last epoch's averaged model is returned.
pub fn train(
    sents: &[Sentence],
    lex: Lexicon,
    cfg: &TrainConfig,
    meta: &str,
    mut on_epoch: impl FnMut(usize, &Tagger),
) -> Tagger {
    // Encode: feature keys -> dense ids in order of first appearance.
    let mut sc = FeatureScratch::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let lex_of = |si: usize| -> &Lexicon {
        if cfg.folds.is_empty() {
            &lex
        } else {
            &cfg.folds[si * cfg.folds.len() / sents.len()]
        }
    };
    for (si, s) in sents.iter().enumerate() {
        sentence_features(&s.words, lex_of(si), cfg.flags, &mut sc);
        for &k in &sc.keys {
            *counts.entry(k).or_insert(0) += 1;
        }
    }
    let mut ids: HashMap<u32, u32> = HashMap::new();
    let mut keys: Vec<u32> = Vec::new();
    let mut data = Vec::with_capacity(sents.len());
    for (si, s) in sents.iter().enumerate() {
        sentence_features(&s.words, lex_of(si), cfg.flags, &mut sc);
        let mut feats = Vec::with_capacity(sc.keys.len());
        let mut starts = Vec::with_capacity(sc.starts.len());
        let mut ident = Vec::with_capacity(s.words.len());
        for i in 0..s.words.len() {
            let f = &sc.facts[i];
            let id_keys = [
                super::key(super::t::W + 2, f.w),
                super::key(super::t::S1 + 2, f.s1),
                super::key(super::t::CORE + 2, f.core),
            ];
            let mut row = [u32::MAX; 3];
            for (r, k) in row.iter_mut().zip(id_keys) {
                if counts.get(&k).copied().unwrap_or(0) >= cfg.min_count {
                    *r = *ids.entry(k).or_insert_with(|| {
                        keys.push(k);
                        (keys.len() - 1) as u32
                    });
                }
            }
            ident.push(row);
            starts.push(feats.len());
            for &k in &sc.keys[sc.starts[i]..sc.starts[i + 1]] {
                if counts.get(&k).copied().unwrap_or(0) < cfg.min_count {
                    continue;
                }
                let id = *ids.entry(k).or_insert_with(|| {
                    keys.push(k);
                    (keys.len() - 1) as u32
                });
                feats.push(id);
            }
        }
        starts.push(feats.len());
        let mut labels = s.labels.clone();
        repair_bio(&mut labels);
        data.push(Encoded { feats, starts, labels, ident });
    }
    drop(counts);
    drop(ids);
    let nf = keys.len();
    let mut crf_fit = None;
    if let Some(crf) = cfg.crf {
        let on_iter = |iter: usize, w: &[f32], t: &[[f32; N_LABELS]; N_LABELS + 1]| {
            if cfg.crf_mix.is_none() {
                let tagger = make_tagger(&keys, w, t, None, cfg, &lex, meta);
                on_epoch(iter, &tagger);
            }
        };
        let mut on_iter = on_iter;
        let (w, t) = match crf.adagrad {
            // By AdaGrad, `bags` runs with different shuffles, their weights averaged
            // (as the perceptron's bags are).
            Some(_) => {
                let bags = cfg.bags.max(1);
                let mut acc_w = vec![0f32; nf * N_LABELS];
                let mut acc_t = [[0f32; N_LABELS]; N_LABELS + 1];
                for bag in 0..bags {
                    let seed = cfg.seed.wrapping_add(bag as u64 * 7919);
                    let (w, t) = run_crf_adagrad(&data, nf, crf, seed, &mut on_iter);
                    for (a, x) in acc_w.iter_mut().zip(&w) {
                        *a += x / bags as f32;
                    }
                    for (ar, tr) in acc_t.iter_mut().zip(&t) {
                        for (a, x) in ar.iter_mut().zip(tr) {
                            *a += x / bags as f32;
                        }
                    }
                }
                (acc_w, acc_t)
            }
            None => run_crf(&data, nf, crf, on_iter),
        };
        if cfg.crf_mix.is_none() {
            return make_tagger(&keys, &w, &t, None, cfg, &lex, meta);
        }
        crf_fit = Some((w, t));
    }
    let bags = cfg.bags.max(1);
    let mut acc_w = vec![0f32; nf * N_LABELS];
    let mut acc_t = [[0f32; N_LABELS]; N_LABELS + 1];
    let mut acc_t2: Option<Box<Trans2>> = cfg.trigram.then(zero_trans2);
    for bag in 0..bags {
        let seed = cfg.seed.wrapping_add(bag as u64 * 7919);
        let (w, t, t2) = run_perceptron(
            &data,
            nf,
            cfg.epochs,
            seed,
            (cfg.cost, cfg.cost_o.unwrap_or(cfg.cost)),
            cfg.dropout,
            cfg.pa,
            cfg.trigram,
            cfg.avg_from,
            |epoch, w, t, t2| {
                if bag == 0 && bags == 1 {
                    let tagger = make_tagger(&keys, w, t, t2, cfg, &lex, meta);
                    on_epoch(epoch, &tagger);
                }
            },
        );
        for (a, x) in acc_w.iter_mut().zip(&w) {
            *a += x / bags as f32;
        }
        for p in 0..=N_LABELS {
            for l in 0..N_LABELS {
                acc_t[p][l] += t[p][l] / bags as f32;
            }
        }
        if let (Some(acc), Some(t2)) = (acc_t2.as_mut(), t2) {
            for (a, x) in acc.iter_mut().flatten().flatten().zip(t2.iter().flatten().flatten()) {
                *a += x / bags as f32;
            }
        }
        if bags > 1 {
            let tagger = make_tagger(&keys, &acc_w, &acc_t, acc_t2.as_deref(), cfg, &lex, meta);
            on_epoch(bag + 1, &tagger);
        }
    }
    if let (Some((cw, ct)), Some(mix)) = (crf_fit, cfg.crf_mix) {
        let w: Vec<f32> = acc_w.iter().zip(&cw).map(|(a, c)| a + mix * c).collect();
        let mut t = acc_t;
        for p in 0..=N_LABELS {
            for l in 0..N_LABELS {
                t[p][l] += mix * ct[p][l];
            }
        }
        return make_tagger(&keys, &w, &t, None, cfg, &lex, meta);
    }
    make_tagger(&keys, &acc_w, &acc_t, acc_t2.as_deref(), cfg, &lex, meta)
}

fn zero_trans2() -> Box<Trans2> {
    Box::new([[[0f32; N_LABELS]; N_LABELS]; N_LABELS + 1])
}

fn make_tagger(
    keys: &[u32],
    w: &[f32],
    t: &[[f32; N_LABELS]; N_LABELS + 1],
    t2: Option<&Trans2>,
    cfg: &TrainConfig,
    lex: &Lexicon,
    meta: &str,
) -> Tagger {
    let mut feats = Vec::with_capacity(keys.len());
    for (i, &k) in keys.iter().enumerate() {
        let mut row = [0f32; N_LABELS];
        let mut any = false;
        for l in 0..N_LABELS {
            let v = w[i * N_LABELS + l];
            if v.abs() > cfg.prune {
                row[l] = v;
                any = true;
            }
        }
        if any {
            feats.push((k, row));
        }
    }
    Tagger::from_parts(cfg.flags, lex.clone(), feats, *t, meta.to_string()).with_trans2(t2.map(|x| Box::new(*x)))
}

/// One averaged-perceptron run; `on_epoch` sees the averaged weights after each epoch.
/// Returns the averaged weights and transitions (with `trigram`, the second-order
/// ones too: the triple of labels ending at each token from the second on, the first
/// of them the start for the second token).
#[allow(clippy::type_complexity, clippy::too_many_arguments)] // the run's settings, spelled out
fn run_perceptron(
    data: &[Encoded],
    nf: usize,
    epochs: usize,
    seed: u64,
    (cost, cost_o): (f32, f32),
    dropout: f32,
    pa: Option<f32>,
    trigram: bool,
    avg_from: usize,
    mut on_epoch: impl FnMut(usize, &[f32], &[[f32; N_LABELS]; N_LABELS + 1], Option<&Trans2>),
) -> (Vec<f32>, [[f32; N_LABELS]; N_LABELS + 1], Option<Box<Trans2>>) {
    let mut w = vec![0f32; nf * N_LABELS];
    let mut u = vec![0f32; nf * N_LABELS];
    let mut tw = [[0f32; N_LABELS]; N_LABELS + 1];
    let mut tu = [[0f32; N_LABELS]; N_LABELS + 1];
    let mut c: f32 = 1.0;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(seed);
    let mut em: Vec<[f32; N_LABELS]> = Vec::new();
    let mut pred: Vec<u8> = Vec::new();
    let mut dropped: Vec<[u32; 3]> = Vec::new();
    let mut avg = vec![0f32; nf * N_LABELS];
    let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
    let (mut tw2, mut tu2, mut trans2) = (zero_trans2(), zero_trans2(), trigram.then(zero_trans2));
    for epoch in 1..=epochs {
        if epoch == avg_from && epoch > 1 {
            // Restart the running sums: w − u/c is then the mean of the weights over
            // the steps from here on (w keeps what the earlier epochs learned).
            u.fill(0.0);
            tu = [[0f32; N_LABELS]; N_LABELS + 1];
            tu2 = zero_trans2();
            c = 1.0;
        }
        rng.shuffle(&mut order);
        for &si in &order {
            let d = &data[si];
            let n = d.labels.len();
            em.clear();
            dropped.clear();
            for i in 0..n {
                let drop = dropout > 0.0 && (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32 <= dropout;
                dropped.push(if drop { d.ident[i] } else { [u32::MAX; 3] });
            }
            for i in 0..n {
                let mut s = [0f32; N_LABELS];
                for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
                    if dropped[i].contains(&f) {
                        continue;
                    }
                    let row = &w[f as usize * N_LABELS..f as usize * N_LABELS + N_LABELS];
                    for l in 0..N_LABELS {
                        s[l] += row[l];
                    }
                }
                if cost != 0.0 || cost_o != 0.0 {
                    let g = d.labels[i] as usize;
                    for (l, x) in s.iter_mut().enumerate() {
                        if l != g {
                            *x += if l == 0 { cost_o } else { cost };
                        }
                    }
                }
                em.push(s);
            }
            if trigram {
                viterbi2(&em, &tw, &tw2, &mut pred);
            } else {
                viterbi(&em, &tw, &mut pred);
            }
            // The step: 1 (perceptron) or PA-II's τ.
            let mut step = 1.0f32;
            if let (Some(agg), true) = (pa, pred != d.labels) {
                // loss = cost-augmented score of the predicted path − score of the gold
                // path (the gold path has no cost); ‖Δφ‖² over (feature, label) pairs
                // and transitions, each counted with its multiplicity.
                let mut loss = 0f32;
                let mut delta: HashMap<(u32, u8), f32> = HashMap::new();
                let mut tdelta: HashMap<(usize, usize), f32> = HashMap::new();
                for i in 0..n {
                    let (g, p) = (d.labels[i] as usize, pred[i] as usize);
                    let pg = if i == 0 { N_LABELS } else { d.labels[i - 1] as usize };
                    let pp = if i == 0 { N_LABELS } else { pred[i - 1] as usize };
                    loss += em[i][p] + tw[pp][p] - em[i][g] - tw[pg][g];
                    if g != p {
                        // em[i][g] carries no cost, em[i][p] does: as wanted.
                        for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
                            if dropped[i].contains(&f) {
                                continue;
                            }
                            *delta.entry((f, g as u8)).or_insert(0.0) += 1.0;
                            *delta.entry((f, p as u8)).or_insert(0.0) -= 1.0;
                        }
                    }
                    if (pg, g) != (pp, p) {
                        *tdelta.entry((pg, g)).or_insert(0.0) += 1.0;
                        *tdelta.entry((pp, p)).or_insert(0.0) -= 1.0;
                    }
                }
                let norm: f32 = delta.values().chain(tdelta.values()).map(|x| x * x).sum();
                step = (loss.max(0.0)) / (norm + 0.5 / agg);
            }
            if pred != d.labels && step > 0.0 {
                for i in 0..n {
                    let (g, p) = (d.labels[i] as usize, pred[i] as usize);
                    if g != p {
                        for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
                            if dropped[i].contains(&f) {
                                continue;
                            }
                            let b = f as usize * N_LABELS;
                            w[b + g] += step;
                            u[b + g] += c * step;
                            w[b + p] -= step;
                            u[b + p] -= c * step;
                        }
                    }
                    let pg = if i == 0 { N_LABELS } else { d.labels[i - 1] as usize };
                    let pp = if i == 0 { N_LABELS } else { pred[i - 1] as usize };
                    if (pg, g) != (pp, p) {
                        tw[pg][g] += step;
                        tu[pg][g] += c * step;
                        tw[pp][p] -= step;
                        tu[pp][p] -= c * step;
                    }
                    if trigram && i >= 1 {
                        let gg = if i == 1 { N_LABELS } else { d.labels[i - 2] as usize };
                        let ppp = if i == 1 { N_LABELS } else { pred[i - 2] as usize };
                        if (gg, pg, g) != (ppp, pp, p) {
                            tw2[gg][pg][g] += step;
                            tu2[gg][pg][g] += c * step;
                            tw2[ppp][pp][p] -= step;
                            tu2[ppp][pp][p] -= c * step;
                        }
                    }
                }
            }
            c += 1.0;
        }
        for i in 0..avg.len() {
            avg[i] = w[i] - u[i] / c;
        }
        for p in 0..=N_LABELS {
            for l in 0..N_LABELS {
                trans[p][l] = tw[p][l] - tu[p][l] / c;
            }
        }
        if let Some(t2) = trans2.as_mut() {
            for ((a, w), u) in t2
                .iter_mut()
                .flatten()
                .flatten()
                .zip(tw2.iter().flatten().flatten())
                .zip(tu2.iter().flatten().flatten())
            {
                *a = w - u / c;
            }
        }
        on_epoch(epoch, &avg, &trans, trans2.as_deref());
    }
    (avg, trans, trans2)
}

// ---------------------------------------------------------------------------------
// The CRF

/// The transition row of "before the first token".
const START: usize = N_LABELS;

/// Per-sentence buffers of the CRF's forward-backward pass.
#[derive(Default)]
struct CrfScratch {
    em: Vec<[f64; N_LABELS]>,
    /// exp(emission − the token's largest emission).
    e: Vec<[f64; N_LABELS]>,
    alpha: Vec<[f64; N_LABELS]>,
    beta: Vec<[f64; N_LABELS]>,
    /// The forward pass's per-token normalisers.
    c: Vec<f64>,
}

/// The CRF's objective at `x` (feature rows, `N_LABELS` weights each, then the
/// transitions, row `START` first-token): the summed negative log-likelihood of the gold
/// labels, the partition function summing over the paths Viterbi may take (BIO-valid),
/// plus λ/2 ‖x‖². Its gradient is written to `grad`.
/// The exponentiated transitions of `x` (0 where BIO forbids one).
fn crf_texp(x: &[f64], nf: usize) -> [[f64; N_LABELS]; N_LABELS + 1] {
    let tb = nf * N_LABELS;
    let mut texp = [[0f64; N_LABELS]; N_LABELS + 1];
    for a in 0..=N_LABELS {
        for b in 0..N_LABELS {
            if allowed(a, b) {
                texp[a][b] = x[tb + a * N_LABELS + b].exp();
            }
        }
    }
    texp
}

/// One sentence's negative log-likelihood under `x` (transitions from `tb` on,
/// exponentiated in `texp`; softmax-margin `cost`); each term of its gradient (without
/// the L2 penalty) goes to `add(index, value)`.
fn crf_sentence(
    d: &Encoded,
    x: &[f64],
    tb: usize,
    texp: &[[f64; N_LABELS]; N_LABELS + 1],
    cost: f64,
    ws: &mut CrfScratch,
    mut add: impl FnMut(usize, f64),
) -> f64 {
    let n = d.labels.len();
    if n == 0 {
        return 0.0;
    }
    let CrfScratch { em, e, alpha, beta, c } = ws;
    em.clear();
    for i in 0..n {
        let mut s = [0f64; N_LABELS];
        for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
            let row = &x[f as usize * N_LABELS..f as usize * N_LABELS + N_LABELS];
            for l in 0..N_LABELS {
                s[l] += row[l];
            }
        }
        if cost != 0.0 {
            let g = d.labels[i] as usize;
            for (l, v) in s.iter_mut().enumerate() {
                if l != g {
                    *v += cost;
                }
            }
        }
        em.push(s);
    }
    let mut gold = 0f64;
    let mut prev = START;
    for i in 0..n {
        let y = d.labels[i] as usize;
        gold += em[i][y] + x[tb + prev * N_LABELS + y];
        prev = y;
    }
    // Forward, each step normalised to sum 1.
    e.clear();
    alpha.clear();
    c.clear();
    let mut log_z = 0f64;
    for i in 0..n {
        let m = em[i].iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
        let mut ei = [0f64; N_LABELS];
        for l in 0..N_LABELS {
            ei[l] = (em[i][l] - m).exp();
        }
        let mut a = [0f64; N_LABELS];
        if i == 0 {
            for l in 0..N_LABELS {
                a[l] = texp[START][l] * ei[l];
            }
        } else {
            let p = &alpha[i - 1];
            for b in 0..N_LABELS {
                let mut s = 0f64;
                for q in 0..N_LABELS {
                    s += p[q] * texp[q][b];
                }
                a[b] = s * ei[b];
            }
        }
        let sum: f64 = a.iter().sum();
        for v in a.iter_mut() {
            *v /= sum;
        }
        log_z += sum.ln() + m;
        e.push(ei);
        alpha.push(a);
        c.push(sum);
    }
    // Backward, scaled by the same normalisers: alpha[i][l] * beta[i][l] is the
    // marginal probability of label l at token i.
    beta.clear();
    beta.resize(n, [0f64; N_LABELS]);
    beta[n - 1] = [1f64; N_LABELS];
    for i in (0..n - 1).rev() {
        let mut b = [0f64; N_LABELS];
        for q in 0..N_LABELS {
            let mut s = 0f64;
            for r in 0..N_LABELS {
                s += texp[q][r] * e[i + 1][r] * beta[i + 1][r];
            }
            b[q] = s / c[i + 1];
        }
        beta[i] = b;
    }
    let nll = log_z - gold;
    for i in 0..n {
        let mut p = [0f64; N_LABELS];
        for l in 0..N_LABELS {
            p[l] = alpha[i][l] * beta[i][l];
        }
        p[d.labels[i] as usize] -= 1.0;
        for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
            for l in 0..N_LABELS {
                add(f as usize * N_LABELS + l, p[l]);
            }
        }
        if i == 0 {
            for l in 0..N_LABELS {
                add(tb + START * N_LABELS + l, alpha[0][l] * beta[0][l]);
            }
        } else {
            for q in 0..N_LABELS {
                for r in 0..N_LABELS {
                    if texp[q][r] != 0.0 {
                        add(tb + q * N_LABELS + r, alpha[i - 1][q] * texp[q][r] * e[i][r] * beta[i][r] / c[i]);
                    }
                }
            }
        }
    }
    let mut prev = START;
    for i in 0..n {
        let y = d.labels[i] as usize;
        add(tb + prev * N_LABELS + y, -1.0);
        prev = y;
    }
    nll
}

fn crf_objective(data: &[Encoded], nf: usize, x: &[f64], cfg: CrfConfig, grad: &mut [f64], ws: &mut CrfScratch) -> f64 {
    grad.iter_mut().for_each(|g| *g = 0.0);
    let tb = nf * N_LABELS;
    let texp = crf_texp(x, nf);
    let mut nll = 0f64;
    for d in data {
        nll += crf_sentence(d, x, tb, &texp, cfg.cost, ws, |i, v| grad[i] += v);
    }
    let mut reg = 0f64;
    for (g, w) in grad.iter_mut().zip(x) {
        *g += cfg.l2 * w;
        reg += w * w;
    }
    nll + 0.5 * cfg.l2 * reg
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The CRF's weights as the tagger keeps them: feature rows, and transitions with 0
/// where BIO forbids one (Viterbi never reads those).
fn crf_weights(x: &[f64], nf: usize) -> (Vec<f32>, [[f32; N_LABELS]; N_LABELS + 1]) {
    let tb = nf * N_LABELS;
    let w = x[..tb].iter().map(|&v| v as f32).collect();
    let mut t = [[0f32; N_LABELS]; N_LABELS + 1];
    for a in 0..=N_LABELS {
        for b in 0..N_LABELS {
            if allowed(a, b) {
                t[a][b] = x[tb + a * N_LABELS + b] as f32;
            }
        }
    }
    (w, t)
}

/// Fits the CRF by L-BFGS (Nocedal 1980; 8 correction pairs, backtracking line search
/// with the Armijo condition) from all-zero weights: deterministic, no shuffle, so no
/// seed. Stops after `cfg.iters` iterations or when an iteration improves the
/// objective by less than 1e-7 of its value three times in a row. `on_iter` sees the
/// weights every 25 iterations.
fn run_crf(
    data: &[Encoded],
    nf: usize,
    cfg: CrfConfig,
    mut on_iter: impl FnMut(usize, &[f32], &[[f32; N_LABELS]; N_LABELS + 1]),
) -> (Vec<f32>, [[f32; N_LABELS]; N_LABELS + 1]) {
    const M: usize = 8;
    let dim = nf * N_LABELS + (N_LABELS + 1) * N_LABELS;
    let mut ws = CrfScratch::default();
    let mut x = vec![0f64; dim];
    let mut g = vec![0f64; dim];
    let mut f = crf_objective(data, nf, &x, cfg, &mut g, &mut ws);
    let mut hist: std::collections::VecDeque<(Vec<f64>, Vec<f64>, f64)> = std::collections::VecDeque::new();
    let mut d = vec![0f64; dim];
    let mut xn = vec![0f64; dim];
    let mut gn = vec![0f64; dim];
    let mut alphas = Vec::with_capacity(M);
    let mut flat = 0;
    for iter in 1..=cfg.iters {
        // The two-loop recursion: d = −H g.
        for (di, gi) in d.iter_mut().zip(&g) {
            *di = -gi;
        }
        alphas.clear();
        for (s, y, rho) in hist.iter().rev() {
            let a = rho * dot(s, &d);
            for (di, yi) in d.iter_mut().zip(y) {
                *di -= a * yi;
            }
            alphas.push(a);
        }
        let gamma = match hist.back() {
            Some((s, y, _)) => dot(s, y) / dot(y, y),
            None => 1.0 / dot(&g, &g).sqrt().max(1e-12),
        };
        for di in d.iter_mut() {
            *di *= gamma;
        }
        for ((s, y, rho), a) in hist.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &d);
            for (di, si) in d.iter_mut().zip(s) {
                *di += (a - b) * si;
            }
        }
        let mut gd = dot(&g, &d);
        if gd >= 0.0 {
            // Not a descent direction: start the history again from the gradient.
            hist.clear();
            let norm = dot(&g, &g).sqrt().max(1e-12);
            for (di, gi) in d.iter_mut().zip(&g) {
                *di = -gi / norm;
            }
            gd = dot(&g, &d);
        }
        let mut step = 1.0f64;
        let fn_ = loop {
            for ((xi, &x0), &di) in xn.iter_mut().zip(&x).zip(&d) {
                *xi = x0 + step * di;
            }
            let v = crf_objective(data, nf, &xn, cfg, &mut gn, &mut ws);
            if v <= f + 1e-4 * step * gd || step < 1e-10 {
                break v;
            }
            step *= 0.5;
        };
        let s: Vec<f64> = xn.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = gn.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        if sy > 1e-10 {
            if hist.len() == M {
                hist.pop_front();
            }
            hist.push_back((s, y, 1.0 / sy));
        }
        let rel = (f - fn_) / f.abs().max(1e-12);
        std::mem::swap(&mut x, &mut xn);
        std::mem::swap(&mut g, &mut gn);
        f = fn_;
        if iter % 25 == 0 {
            let (w, t) = crf_weights(&x, nf);
            on_iter(iter, &w, &t);
        }
        flat = if rel < 1e-7 { flat + 1 } else { 0 };
        if flat >= 3 {
            break;
        }
    }
    crf_weights(&x, nf)
}

/// Fits the CRF by AdaGrad (see [`CrfConfig::adagrad`]) from all-zero weights;
/// deterministic for a seed. `on_epoch` sees the weights after each epoch.
fn run_crf_adagrad(
    data: &[Encoded],
    nf: usize,
    cfg: CrfConfig,
    seed: u64,
    mut on_epoch: impl FnMut(usize, &[f32], &[[f32; N_LABELS]; N_LABELS + 1]),
) -> (Vec<f32>, [[f32; N_LABELS]; N_LABELS + 1]) {
    let (epochs, eta, average) = cfg.adagrad.unwrap_or((10, 0.5, true));
    let tb = nf * N_LABELS;
    let rows = nf + N_LABELS + 1;
    let mut x = vec![0f64; rows * N_LABELS];
    let mut g2 = vec![0f64; rows * N_LABELS];
    // The averaging trick: u sums step × update, so the average of the weights after
    // steps 1..=c is x − u / c.
    let mut u = vec![0f64; if average { rows * N_LABELS } else { 0 }];
    let mut c = 1f64;
    let averaged = |x: &[f64], u: &[f64], c: f64| -> Vec<f64> {
        if u.is_empty() {
            x.to_vec()
        } else {
            x.iter().zip(u).map(|(x, u)| x - u / c).collect()
        }
    };
    let mut grad = vec![0f64; rows * N_LABELS];
    let mut seen = vec![false; rows];
    let mut touched: Vec<usize> = Vec::new();
    let mut ws = CrfScratch::default();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(seed);
    let l2 = cfg.l2 / data.len().max(1) as f64;
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let texp = crf_texp(&x, nf);
            crf_sentence(&data[si], &x, tb, &texp, cfg.cost, &mut ws, |i, v| {
                let r = i / N_LABELS;
                if !seen[r] {
                    seen[r] = true;
                    touched.push(r);
                }
                grad[i] += v;
            });
            for &r in &touched {
                for i in r * N_LABELS..(r + 1) * N_LABELS {
                    let g = grad[i] + l2 * x[i];
                    grad[i] = 0.0;
                    if g != 0.0 {
                        g2[i] += g * g;
                        let step = eta * g / g2[i].sqrt();
                        x[i] -= step;
                        if average {
                            u[i] -= c * step;
                        }
                    }
                }
                seen[r] = false;
            }
            touched.clear();
            c += 1.0;
        }
        let (w, t) = crf_weights(&averaged(&x, &u, c), nf);
        on_epoch(epoch, &w, &t);
    }
    crf_weights(&averaged(&x, &u, c), nf)
}

// ---------------------------------------------------------------------------------
// Reading a model's decisions

/// Emission scores (per token, per label, O penalty included) of one sentence under
/// the model's weights with only the feature groups in `flags` on: the difference to
/// the scores with all of the model's groups says what a group contributes to a
/// decision (`rasd-train explain`).
pub fn emissions_with_flags<S: AsRef<str>>(tagger: &Tagger, words: &[S], flags: u32) -> Vec<[f32; N_LABELS]> {
    let mut sc = FeatureScratch::new();
    let mut em = Vec::new();
    sentence_features(words, &tagger.lex, flags, &mut sc);
    tagger.emissions(&sc, &mut em);
    em
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two short sentences over 5 features, random weights.
    fn toy() -> (Vec<Encoded>, usize, Vec<f64>) {
        let sent = |feats: &[&[u32]], labels: &[u8]| {
            let mut f = Vec::new();
            let mut starts = Vec::new();
            for t in feats {
                starts.push(f.len());
                f.extend_from_slice(t);
            }
            starts.push(f.len());
            Encoded { feats: f, starts, labels: labels.to_vec(), ident: vec![[u32::MAX; 3]; labels.len()] }
        };
        let data =
            vec![sent(&[&[0, 1], &[2], &[1, 3, 4]], &[1, 5, 0]), sent(&[&[4], &[0, 2], &[3], &[1]], &[0, 3, 7, 2])];
        let nf = 5;
        let mut rng = Rng(7);
        let x: Vec<f64> = (0..nf * N_LABELS + (N_LABELS + 1) * N_LABELS)
            .map(|_| (rng.next_u64() % 2001) as f64 / 1000.0 - 1.0)
            .collect();
        (data, nf, x)
    }

    fn sent(words: &str, labels: &[u8]) -> Sentence {
        Sentence { words: words.split(' ').map(String::from).collect(), labels: labels.to_vec() }
    }

    #[test]
    fn mention_replacement_swaps_names_for_names_of_their_type() {
        // قال محمد علي في بغداد: PERS over two tokens, LOC over one.
        let sents = vec![sent("قال محمد علي في بغداد", &[0, 1, 5, 0, 2]), sent("لا اسم هنا", &[0, 0, 0])];
        let mut pool = MentionPool::default();
        pool.add(0, vec!["زيد".into()]);
        pool.add(1, vec!["دار".into(), "السلام".into()]);
        pool.add(1, vec!["دار".into(), "السلام".into()]);
        pool.finish();
        assert_eq!(pool.names[1].len(), 1);
        let out = replace_mentions(&sents, &pool, 3, 1.0, 7);
        // Only the sentence with names is copied, three times, every name swapped.
        assert_eq!(out.len(), 3);
        for c in &out {
            assert_eq!(c.words.join(" "), "قال زيد في دار السلام");
            assert_eq!(c.labels, vec![0, 1, 0, 2, 6]);
        }
        // p = 0: nothing swapped, so no copy.
        assert!(replace_mentions(&sents, &pool, 3, 0.0, 7).is_empty());
        // With p = 0.5 some copies swap one name only; each copy's labels still cover
        // its tokens, and the same seed gives the same copies.
        let a = replace_mentions(&sents, &pool, 20, 0.5, 11);
        let b = replace_mentions(&sents, &pool, 20, 0.5, 11);
        assert!(!a.is_empty() && a.len() <= 20);
        assert!(a.iter().any(|c| c.words.join(" ") == "قال محمد علي في دار السلام"));
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.words, y.words);
            assert_eq!(x.words.len(), x.labels.len());
        }
    }

    #[test]
    fn crf_likelihood_matches_enumerating_every_path() {
        let (data, nf, x) = toy();
        let cfg = CrfConfig { l2: 0.0, iters: 0, cost: 0.0, adagrad: None };
        let mut g = vec![0f64; x.len()];
        let nll = crf_objective(&data, nf, &x, cfg, &mut g, &mut CrfScratch::default());
        let tb = nf * N_LABELS;
        let mut want = 0f64;
        for d in &data {
            let n = d.labels.len();
            let score = |path: &[usize]| {
                let mut s = 0f64;
                let mut prev = START;
                for (i, &y) in path.iter().enumerate() {
                    for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
                        s += x[f as usize * N_LABELS + y];
                    }
                    s += x[tb + prev * N_LABELS + y];
                    prev = y;
                }
                s
            };
            let mut z = 0f64;
            for code in 0..N_LABELS.pow(n as u32) {
                let path: Vec<usize> = (0..n).map(|i| code / N_LABELS.pow(i as u32) % N_LABELS).collect();
                let mut prev = START;
                if path.iter().all(|&y| {
                    let ok = allowed(prev, y);
                    prev = y;
                    ok
                }) {
                    z += score(&path).exp();
                }
            }
            let gold: Vec<usize> = d.labels.iter().map(|&l| l as usize).collect();
            want += z.ln() - score(&gold);
        }
        assert!((nll - want).abs() < 1e-9, "{nll} vs {want}");
    }

    #[test]
    fn crf_gradient_matches_finite_differences() {
        let (data, nf, x) = toy();
        for cfg in [
            CrfConfig { l2: 0.5, iters: 0, cost: 0.0, adagrad: None },
            CrfConfig { l2: 0.0, iters: 0, cost: 1.0, adagrad: None },
        ] {
            let mut ws = CrfScratch::default();
            let mut g = vec![0f64; x.len()];
            crf_objective(&data, nf, &x, cfg, &mut g, &mut ws);
            let mut scratch = vec![0f64; x.len()];
            let tb = nf * N_LABELS;
            // Every feature weight, and the allowed transitions (a forbidden one is in no
            // path: its gradient is the L2 term alone, which the loop checks too).
            for j in 0..x.len() {
                let h = 1e-5;
                let mut xp = x.clone();
                xp[j] += h;
                let fp = crf_objective(&data, nf, &xp, cfg, &mut scratch, &mut ws);
                xp[j] -= 2.0 * h;
                let fm = crf_objective(&data, nf, &xp, cfg, &mut scratch, &mut ws);
                let num = (fp - fm) / (2.0 * h);
                assert!((num - g[j]).abs() < 1e-5, "coordinate {j} (transitions from {tb}): {num} vs {}", g[j]);
            }
        }
    }

    /// Every toy sentence decodes to its own labels with these weights and transitions.
    fn assert_decodes_the_toy(data: &[Encoded], w: &[f32], t: &[[f32; N_LABELS]; N_LABELS + 1]) {
        for d in data {
            let em: Vec<[f32; N_LABELS]> = (0..d.labels.len())
                .map(|i| {
                    let mut s = [0f32; N_LABELS];
                    for &f in &d.feats[d.starts[i]..d.starts[i + 1]] {
                        for l in 0..N_LABELS {
                            s[l] += w[f as usize * N_LABELS + l];
                        }
                    }
                    s
                })
                .collect();
            let mut out = Vec::new();
            viterbi(&em, t, &mut out);
            assert_eq!(out, d.labels);
        }
    }

    #[test]
    fn crf_adagrad_fits_a_separable_toy_and_is_deterministic() {
        let (data, nf, _) = toy();
        let cfg = CrfConfig { l2: 0.01, iters: 0, cost: 0.0, adagrad: Some((60, 0.5, false)) };
        let (w, t) = run_crf_adagrad(&data, nf, cfg, 9, |_, _, _| {});
        let (w2, t2) = run_crf_adagrad(&data, nf, cfg, 9, |_, _, _| {});
        assert_eq!((&w, &t), (&w2, &t2));
        assert_decodes_the_toy(&data, &w, &t);
    }

    #[test]
    fn crf_training_fits_a_separable_toy() {
        let (data, nf, _) = toy();
        let (w, t) = run_crf(&data, nf, CrfConfig { l2: 0.01, iters: 100, cost: 0.0, adagrad: None }, |_, _, _| {});
        assert_decodes_the_toy(&data, &w, &t);
    }
}
