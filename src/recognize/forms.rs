//! Where a set of matching forms (the gazetteer's patterns) occur in a token stream,
//! token-aligned: each match starts where a token starts or after a proclitic
//! sequence glued to it ([`crate::tokenize::proclitic_splits`]) and ends where a token
//! ends.
//!
//! Those are exactly the hits of an overlapping multi-pattern search that the
//! gazetteer keeps, found by look-ups instead of a scan: a form is a slice of the
//! stream (token forms one space apart), so from each token start only the slices
//! ending at the next few token ends need asking about, and only when the first word
//! starts some form. Most tokens cost one to three look-ups of a short word.

use crate::hash::{WordBits, WordMap};
use crate::tokenize::{proclitic_splits, TokenizedText};

/// The forms, by their text and by their first word.
#[derive(Clone, Debug)]
pub(crate) struct FormIndex {
    /// Form -> its index in the list given to [`FormIndex::new`] (the first, if repeated).
    forms: WordMap<String, u32>,
    /// First word of a form -> the numbers of words the forms starting with it have,
    /// one bit each (bit k: k + 1 words; bit 63: 64 words or more, see
    /// [`FormIndex::find`]).
    first_words: WordMap<String, u64>,
    /// Asked before `first_words`: most words start no form.
    first_bits: WordBits,
}

impl Default for FormIndex {
    fn default() -> FormIndex {
        FormIndex { forms: WordMap::default(), first_words: WordMap::default(), first_bits: WordBits::new([]) }
    }
}

/// One occurrence of a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FormMatch {
    /// First and last token (inclusive).
    pub first: usize,
    pub last: usize,
    /// Byte of the stream where the form starts (inside `first` after a proclitic).
    pub start: usize,
    /// Index of the form in the list given to [`FormIndex::new`].
    pub form: u32,
}

impl FormIndex {
    /// The index of `forms`: matching forms, words separated by single spaces.
    pub(crate) fn new<S: AsRef<str>>(forms: impl IntoIterator<Item = S>) -> FormIndex {
        let mut index = FormIndex::default();
        for (i, form) in forms.into_iter().enumerate() {
            let form = form.as_ref();
            if form.is_empty() {
                continue;
            }
            index.forms.entry(form.to_string()).or_insert(i as u32);
            let words = form.split(' ').count();
            let first = form.split(' ').next().unwrap_or_default();
            *index.first_words.entry(first.to_string()).or_insert(0) |= 1 << (words.min(64) - 1);
        }
        index.first_bits = WordBits::new(index.first_words.keys().map(String::as_str));
        index
    }

    /// Every occurrence of a form in `text`'s stream that starts at a token start or
    /// after a proclitic sequence and ends at a token end, by first token, then
    /// proclitic length, then last token.
    pub(crate) fn find(&self, text: &TokenizedText) -> Vec<FormMatch> {
        let mut out = Vec::new();
        let n = text.tokens.len();
        for i in 0..n {
            let token = text.tokens[i].norm;
            for (prefix, first_word) in proclitic_splits(text.norm(i)) {
                if !self.first_bits.may_contain(first_word) {
                    continue;
                }
                let Some(&lengths) = self.first_words.get(first_word) else { continue };
                let start = token.start + prefix;
                // Only the lengths some form starting with this word has (a form of 64
                // words or more: every length from 64 on).
                let most = if lengths >> 63 != 0 { n - i } else { 64 - lengths.leading_zeros() as usize };
                for last in i..n.min(i + most) {
                    let k = (last - i).min(63);
                    if lengths & (1 << k) == 0 {
                        continue;
                    }
                    if let Some(&form) = self.forms.get(&text.stream[start..text.tokens[last].norm.end]) {
                        out.push(FormMatch { first: i, last, start, form });
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::{proclitic_prefix_ok, tokenize};

    /// The same hits by brute force: every occurrence of every form anywhere in the
    /// stream, kept when it is token-aligned as [`FormIndex::find`] promises.
    fn every_occurrence(forms: &[String], text: &TokenizedText) -> Vec<FormMatch> {
        let mut out = Vec::new();
        for (f, form) in forms.iter().enumerate() {
            if form.is_empty() || forms[..f].contains(form) {
                continue;
            }
            let starts =
                text.stream.char_indices().map(|(i, _)| i).filter(|&i| text.stream[i..].starts_with(form.as_str()));
            for start in starts {
                let end = start + form.len();
                let Some(last) = text.token_ending_at(end) else { continue };
                let Some(first) = text.token_at(start) else { continue };
                if proclitic_prefix_ok(&text.stream[text.tokens[first].norm.start..start]) {
                    out.push(FormMatch { first, last, start, form: f as u32 });
                }
            }
        }
        out.sort_by_key(|m| (m.first, m.start, m.last));
        out
    }

    #[test]
    fn finds_what_a_scan_finds() {
        let forms: Vec<String> = [
            "ايران",
            "الولايات المتحده",
            "لولايات المتحده",
            "المتحده",
            "لبنان",
            "بنان",
            "ال",
            "و",
            "طهران",
            "سرت",
            "عبد العزيز",
            "عبدالعزيز",
            "ا ب ج",
            "ب ج",
            "ايران",
            "مجلس الامن",
            "مجلس الامن القومي",
            "الامن",
        ]
        .map(String::from)
        .to_vec();
        let index = FormIndex::new(&forms);
        let texts = [
            "زار وطهران ولبنان وإيران، ثم للولايات المتحدة الأمريكية. مجلس الأمن القومي والأمن",
            "كسرت بسرت فلبنان ا ب ج ب ج ج ب ا عبد العزيز عبدالعزيز وعبد العزيز",
            "",
            "و ال وال والولايات المتحدة",
        ];
        for t in texts {
            let tt = tokenize(t);
            assert_eq!(index.find(&tt), every_occurrence(&forms, &tt), "{t}");
        }
    }
}
