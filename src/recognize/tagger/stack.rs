//! The stacked second stage (Krishnan & Manning 2006, "An effective two-stage model
//! for exploiting non-local dependencies"): a second linear model that re-decodes each
//! sentence from the first stage's emission scores plus features of the first stage's
//! labels — the token's own and its ±2 neighbours', and non-local ones: the types the
//! first stage gave the same clitic-stripped form, and the same 1-4 token string,
//! elsewhere in the document. Trained on jackknifed first-stage output, so it sees
//! first-stage errors like those at test time.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::train::{repair_bio, spans, Rng};
use super::{fmix, viterbi, HashedKey, Tagger, N_LABELS};

/// What the first stage said about a document: per sentence and token, its emission
/// scores (O penalty included), its labels (before any document pass) and the
/// clitic-stripped form (hash, length in letters) the document pass also uses.
#[derive(Clone, Debug, Default)]
pub struct FirstStage {
    pub em: Vec<Vec<[f32; N_LABELS]>>,
    pub labels: Vec<Vec<u8>>,
    pub forms: Vec<Vec<(u64, usize)>>,
}

/// Which feature groups the second stage uses (bits).
pub mod groups {
    /// The token's own first-stage label, and a bias.
    pub const OWN: u32 = 1;
    /// Neighbours' labels at ±1, ±2, and label pairs with ±1.
    pub const NEIGHBOURS: u32 = 2;
    /// Types given to other tokens of the same clitic-stripped form in the document.
    pub const FORM_DOC: u32 = 4;
    /// Types given to the same 1-4 token string elsewhere in the document.
    pub const SPAN_DOC: u32 = 8;
    /// The first stage's margin (best minus second-best emission), banded.
    pub const MARGIN: u32 = 16;
    pub const ALL: u32 = 31;
}

/// Longest string (in tokens) whose first-stage types are voted.
const SPAN_MAX: usize = 4;

/// A trained second stage.
#[derive(Clone, Debug, Default)]
pub struct Stage2 {
    pub groups: u32,
    /// Weight of the first stage's emission scores.
    pub base: f32,
    rows: HashMap<u32, [f32; N_LABELS], BuildHasherDefault<HashedKey>>,
    trans: [[f32; N_LABELS]; N_LABELS + 1],
}

#[inline]
fn fkey(t: u64, v: u64) -> u32 {
    let k = (fmix(v ^ t.wrapping_mul(0x9E37_79B9_7F4A_7C15)) >> 32) as u32;
    k.max(1)
}

/// Entity type 1..=4 of a label, 0 for O.
#[inline]
fn ty(l: u8) -> u64 {
    if l == 0 {
        0
    } else {
        ((l - 1) % 4 + 1) as u64
    }
}

fn band(c: u32) -> u64 {
    match c {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        _ => 3,
    }
}

fn span_key(f: &[(u64, usize)]) -> u64 {
    f.iter().fold(0x5757u64, |h, x| super::pair(h, x.0))
}

/// The second stage's feature keys of every token of a document (per sentence, per
/// token: a range of `keys`).
pub fn doc_keys(fs: &FirstStage, groups: u32) -> Vec<Vec<Vec<u32>>> {
    // Votes of the whole document: per form, how many of its tokens got O and each type;
    // per string of 1-4 forms that the first stage made a span, its types.
    let mut form_votes: HashMap<u64, [u32; 5], BuildHasherDefault<HashedKey>> = HashMap::default();
    let mut span_votes: HashMap<u64, [u32; 5], BuildHasherDefault<HashedKey>> = HashMap::default();
    for (f, l) in fs.forms.iter().zip(&fs.labels) {
        for (x, &y) in f.iter().zip(l) {
            if x.1 >= 2 {
                form_votes.entry(x.0).or_default()[ty(y) as usize] += 1;
            }
        }
        if groups & groups::SPAN_DOC != 0 {
            for (a, b, t) in spans(l) {
                if b - a <= SPAN_MAX && b <= f.len() && (b - a > 1 || f[a].1 >= 2) {
                    span_votes.entry(span_key(&f[a..b])).or_default()[t as usize + 1] += 1;
                }
            }
        }
    }
    if groups & groups::SPAN_DOC != 0 {
        // How often each voted string stands where the first stage found no span of it.
        for (f, l) in fs.forms.iter().zip(&fs.labels) {
            let n = f.len().min(l.len());
            for a in 0..n {
                for m in 1..=SPAN_MAX.min(n - a) {
                    if let Some(v) = span_votes.get_mut(&span_key(&f[a..a + m])) {
                        let exact = l[a] != 0
                            && l[a] < 5
                            && (a + m == n || l[a + m] < 5 || ty(l[a + m]) != ty(l[a]))
                            && (a + 1..a + m).all(|j| l[j] >= 5 && ty(l[j]) == ty(l[a]));
                        if !exact {
                            v[0] += 1;
                        }
                    }
                }
            }
        }
    }
    let mut out = Vec::with_capacity(fs.labels.len());
    for (si, l) in fs.labels.iter().enumerate() {
        let f = &fs.forms[si];
        let em = &fs.em[si];
        let n = l.len();
        let lab = |j: isize| -> u64 {
            if j < 0 {
                10
            } else if j as usize >= n {
                11
            } else {
                l[j as usize] as u64
            }
        };
        let mut sent = Vec::with_capacity(n);
        for i in 0..n {
            let mut k = Vec::with_capacity(24);
            let own = l[i] as u64;
            let ii = i as isize;
            if groups & groups::OWN != 0 {
                k.push(fkey(1, 0));
                k.push(fkey(2, own));
            }
            if groups & groups::NEIGHBOURS != 0 {
                for d in [-2isize, -1, 1, 2] {
                    k.push(fkey(3, (d + 2) as u64 * 16 + lab(ii + d)));
                }
                k.push(fkey(4, lab(ii - 1) * 16 + own));
                k.push(fkey(5, own * 16 + lab(ii + 1)));
            }
            if groups & groups::FORM_DOC != 0 && i < f.len() && f[i].1 >= 2 {
                if let Some(v) = form_votes.get(&f[i].0) {
                    let mut o = *v;
                    o[ty(l[i]) as usize] -= 1;
                    let total: u32 = o.iter().sum();
                    let maj = (0..5).max_by_key(|&t| (o[t], std::cmp::Reverse(t))).unwrap_or(0) as u64;
                    if let Some(share) = (o[maj as usize] * 4).checked_div(total) {
                        let share = share.min(3) as u64;
                        k.push(fkey(6, maj * 4 + share));
                        k.push(fkey(7, maj * 16 + own));
                        for t in 1..5u64 {
                            if o[t as usize] > 0 {
                                k.push(fkey(8, t * 4 + band(o[t as usize])));
                                k.push(fkey(9, t * 16 + own));
                            }
                        }
                    }
                }
            }
            if groups & groups::SPAN_DOC != 0 {
                // Strings of 1-4 tokens covering this one, starting p tokens before it.
                for m in 1..=SPAN_MAX {
                    for p in 0..m {
                        if p > i || i - p + m > f.len() {
                            continue;
                        }
                        let a = i - p;
                        if m == 1 && f[a].1 < 2 {
                            continue;
                        }
                        let Some(v) = span_votes.get(&span_key(&f[a..a + m])) else { continue };
                        let mut o = *v;
                        // This very occurrence's own vote left out.
                        let exact = l[a] != 0
                            && l[a] < 5
                            && (a + m == n || l[a + m] < 5 || ty(l[a + m]) != ty(l[a]))
                            && (a + 1..a + m).all(|j| l[j] >= 5 && ty(l[j]) == ty(l[a]));
                        if exact {
                            o[ty(l[a]) as usize] -= 1;
                        } else {
                            o[0] = o[0].saturating_sub(1);
                        }
                        let named: u32 = o[1..].iter().sum();
                        if named == 0 {
                            continue;
                        }
                        let maj = (1..5).max_by_key(|&t| (o[t], std::cmp::Reverse(t))).unwrap_or(1) as u64;
                        let pos = if p == 0 { 0u64 } else { 1 };
                        let share = (o[maj as usize] * 4 / (named + o[0])).min(3) as u64;
                        k.push(fkey(10, ((m as u64 * 2 + pos) * 8 + maj) * 4 + share));
                        k.push(fkey(11, (pos * 8 + maj) * 16 + own));
                    }
                }
            }
            if groups & groups::MARGIN != 0 {
                let e = &em[i];
                let best = e[l[i] as usize];
                let second =
                    (0..N_LABELS).filter(|&j| j != l[i] as usize).map(|j| e[j]).fold(f32::NEG_INFINITY, f32::max);
                let gap = (best - second).max(0.0);
                let b = (gap + 1.0).log2().floor().clamp(0.0, 7.0) as u64;
                k.push(fkey(12, b * 16 + own));
            }
            sent.push(k);
        }
        out.push(sent);
    }
    out
}

/// How the second stage is trained.
#[derive(Clone, Copy, Debug)]
pub struct Stage2Config {
    pub groups: u32,
    pub epochs: usize,
    pub cost: f32,
    pub seed: u64,
    /// Weight of the first stage's emission scores in the second stage's.
    pub base: f32,
}

impl Default for Stage2Config {
    fn default() -> Self {
        Stage2Config { groups: groups::ALL, epochs: 10, cost: 3.0, seed: 2026, base: 1.0 }
    }
}

impl Stage2 {
    /// Trains on (first-stage output, gold labels) pairs, one per document.
    pub fn train(docs: &[(FirstStage, Vec<Vec<u8>>)], cfg: Stage2Config) -> Stage2 {
        // Encode: keys -> dense ids.
        let mut ids: HashMap<u32, u32, BuildHasherDefault<HashedKey>> = HashMap::default();
        let mut keys: Vec<u32> = Vec::new();
        // (document, sentence) -> per token feature ids; base emissions; gold.
        struct Enc {
            feats: Vec<Vec<u32>>,
            base: Vec<[f32; N_LABELS]>,
            gold: Vec<u8>,
        }
        let mut data: Vec<Enc> = Vec::new();
        for (fs, gold) in docs {
            let dk = doc_keys(fs, cfg.groups);
            for (si, s) in dk.into_iter().enumerate() {
                let feats = s
                    .into_iter()
                    .map(|t| {
                        t.into_iter()
                            .map(|k| {
                                *ids.entry(k).or_insert_with(|| {
                                    keys.push(k);
                                    (keys.len() - 1) as u32
                                })
                            })
                            .collect()
                    })
                    .collect();
                let base = fs.em[si].iter().map(|e| e.map(|x| x * cfg.base)).collect();
                let mut g = gold[si].clone();
                repair_bio(&mut g);
                data.push(Enc { feats, base, gold: g });
            }
        }
        let nf = keys.len();
        let mut w = vec![0f32; nf * N_LABELS];
        let mut u = vec![0f32; nf * N_LABELS];
        let mut tw = [[0f32; N_LABELS]; N_LABELS + 1];
        let mut tu = [[0f32; N_LABELS]; N_LABELS + 1];
        let mut c = 1f32;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng(cfg.seed ^ 0x5eed_2a5e);
        let mut em: Vec<[f32; N_LABELS]> = Vec::new();
        let mut pred = Vec::new();
        for _ in 0..cfg.epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                let d = &data[si];
                em.clear();
                for (i, fs) in d.feats.iter().enumerate() {
                    let mut s = d.base[i];
                    for &f in fs {
                        let r = &w[f as usize * N_LABELS..f as usize * N_LABELS + N_LABELS];
                        for l in 0..N_LABELS {
                            s[l] += r[l];
                        }
                    }
                    let g = d.gold[i] as usize;
                    for (l, x) in s.iter_mut().enumerate() {
                        if l != g {
                            *x += cfg.cost;
                        }
                    }
                    em.push(s);
                }
                viterbi(&em, &tw, &mut pred);
                if pred != d.gold {
                    for i in 0..d.gold.len() {
                        let (g, p) = (d.gold[i] as usize, pred[i] as usize);
                        if g != p {
                            for &f in &d.feats[i] {
                                let b = f as usize * N_LABELS;
                                w[b + g] += 1.0;
                                u[b + g] += c;
                                w[b + p] -= 1.0;
                                u[b + p] -= c;
                            }
                        }
                        let pg = if i == 0 { N_LABELS } else { d.gold[i - 1] as usize };
                        let pp = if i == 0 { N_LABELS } else { pred[i - 1] as usize };
                        if (pg, g) != (pp, p) {
                            tw[pg][g] += 1.0;
                            tu[pg][g] += c;
                            tw[pp][p] -= 1.0;
                            tu[pp][p] -= c;
                        }
                    }
                }
                c += 1.0;
            }
        }
        let mut rows = HashMap::default();
        for (i, &k) in keys.iter().enumerate() {
            let mut r = [0f32; N_LABELS];
            for l in 0..N_LABELS {
                r[l] = w[i * N_LABELS + l] - u[i * N_LABELS + l] / c;
            }
            if r.iter().any(|&x| x != 0.0) {
                rows.insert(k, r);
            }
        }
        let mut trans = [[0f32; N_LABELS]; N_LABELS + 1];
        for p in 0..=N_LABELS {
            for l in 0..N_LABELS {
                trans[p][l] = tw[p][l] - tu[p][l] / c;
            }
        }
        Stage2 { groups: cfg.groups, rows, trans, base: cfg.base }
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The second stage's labels of a document.
    pub fn label(&self, fs: &FirstStage) -> Vec<Vec<u8>> {
        let dk = doc_keys(fs, self.groups);
        let mut out = Vec::with_capacity(dk.len());
        let mut em: Vec<[f32; N_LABELS]> = Vec::new();
        for (si, s) in dk.iter().enumerate() {
            em.clear();
            for (i, ks) in s.iter().enumerate() {
                let mut e = fs.em[si][i].map(|x| x * self.base);
                for k in ks {
                    if let Some(r) = self.rows.get(k) {
                        for l in 0..N_LABELS {
                            e[l] += r[l];
                        }
                    }
                }
                em.push(e);
            }
            let mut lab = Vec::with_capacity(s.len());
            viterbi(&em, &self.trans, &mut lab);
            out.push(lab);
        }
        out
    }
}

impl Tagger {
    /// The first stage's output on a document (the reference path: every key looked
    /// up), as the second stage reads it.
    pub fn first_stage<S: AsRef<str>>(&self, sentences: &[Vec<S>]) -> FirstStage {
        let mut sc = super::FeatureScratch::new();
        let mut fs = FirstStage::default();
        for s in sentences {
            let mut em = Vec::new();
            let mut out = Vec::new();
            self.labels_with(s, &mut sc, &mut em, &mut out);
            fs.em.push(em);
            fs.labels.push(out);
        }
        fs.forms = super::train::doc_forms(sentences, &self.lex, self.doc_policy.max_freq);
        fs
    }
}

impl Tagger {
    /// Viterbi over given emission scores with this model's transitions (second-order
    /// ones too, if it has them).
    pub fn decode(&self, em: &[[f32; N_LABELS]]) -> Vec<u8> {
        let mut out = Vec::new();
        self.decode_into(em, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One token per sentence; `labels` its first-stage label, every token the same form.
    fn doc(labels: &[u8]) -> FirstStage {
        FirstStage {
            em: labels.iter().map(|_| vec![[0.0; N_LABELS]]).collect(),
            labels: labels.iter().map(|&l| vec![l]).collect(),
            forms: labels.iter().map(|_| vec![(42u64, 5usize)]).collect(),
        }
    }

    #[test]
    fn a_token_does_not_vote_for_itself() {
        // Alone in the document: no other occurrence, no form or string features.
        let k = doc_keys(&doc(&[2]), groups::FORM_DOC | groups::SPAN_DOC);
        assert!(k[0][0].is_empty());
        // Twice: each sees the other's LOC.
        let k = doc_keys(&doc(&[2, 2]), groups::FORM_DOC | groups::SPAN_DOC);
        assert!(!k[0][0].is_empty());
        assert_eq!(k[0][0], k[1][0]);
        // A LOC and an O: the O token sees a LOC elsewhere, the LOC token sees only O.
        let k = doc_keys(&doc(&[0, 2]), groups::FORM_DOC | groups::SPAN_DOC);
        assert_ne!(k[0][0], k[1][0]);
        let span_only = doc_keys(&doc(&[0, 2]), groups::SPAN_DOC);
        assert_eq!(span_only[0][0].len(), 2, "the O token is covered by the other's LOC string");
        assert!(span_only[1][0].is_empty(), "the LOC token's own vote is left out");
    }

    #[test]
    fn learns_to_fix_a_first_stage_that_misses_repeats() {
        // The first stage finds the name (B-LOC) in the first sentence and misses it
        // (O, with a small margin) in the second; gold is LOC in both.
        let fs = FirstStage {
            em: vec![
                vec![[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]],
                vec![[1.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]],
            ],
            labels: vec![vec![2], vec![0]],
            forms: vec![vec![(7, 4)], vec![(7, 4)]],
        };
        let gold = vec![vec![2u8], vec![2u8]];
        let before: Vec<Vec<u8>> = fs.labels.clone();
        assert_ne!(before, gold);
        let s2 = Stage2::train(&[(fs.clone(), gold.clone())], Stage2Config::default());
        assert_eq!(s2.label(&fs), gold);
    }
}
