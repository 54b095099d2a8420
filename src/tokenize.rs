//! Tokens with their matching forms, and the proclitics glued to Arabic words.
//!
//! A document is tokenized once into a [`TokenizedText`]: the tokens keep byte spans
//! on the original text, and their matching forms (see [`crate::normalize`]) are laid
//! end to end in one `stream`, separated by single spaces, so a name of several
//! words is one slice of it.
//!
//! Clitics are *not* stripped here: "البانيا" and "لبنان" must survive. Recognizers
//! ask [`proclitic_prefix_ok`] whether the letters before a match are a proclitic
//! sequence (و ف ب ل ك, and their combinations) when they find a name that starts
//! inside a token.

use crate::normalize::{is_arabic_letter, is_arabic_mark, normalize_char};
use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (Arabic or Latin), with their marks.
    Word,
    /// Digits, with inner separators: 2025, 3,7, ٣٫٧, 1.5
    Number,
    /// Anything else, one character per token.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Bytes of the original text.
    pub span: Span,
    /// Bytes of [`TokenizedText::stream`] holding the matching form.
    pub norm: Span,
    pub kind: TokenKind,
    /// Index of the sentence the token belongs to (0-based, per document).
    pub sentence: u32,
    /// True when a line break comes right before this token.
    pub line_start: bool,
    /// How the word is written at its end (nothing for numbers and punctuation).
    pub ending: WrittenEnd,
}

/// How a word is written at its end, in what normalization folds away: read once
/// by the tokenizer, for the rules that ask it of every token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WrittenEnd(u8);

impl WrittenEnd {
    const ALEF_MAQSURA: u8 = 1;
    const TA_MARBUTA: u8 = 1 << 1;
    const TANWEEN: u8 = 1 << 2;

    /// The end of a word as written, from its bytes (UTF-8: a word token's text).
    #[inline(always)]
    fn of_bytes(b: &[u8]) -> WrittenEnd {
        // Most words end in an ASCII character or a letter of the Arabic block (two
        // bytes, lead byte D8–DB) that normalization keeps: that is their last letter.
        let last = match *b {
            [.., b] if b < 0x80 => None,
            [.., b0 @ 0xD8..=0xDB, b1]
                if crate::normalize::arabic_block_form(
                    (usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F)) - 0x600,
                )
                .is_some() =>
            {
                Some([b0, b1])
            }
            _ => last_kept_letter(b),
        };
        let mut bits = match last {
            Some([0xD9, 0x89]) => WrittenEnd::ALEF_MAQSURA, // ى U+0649
            Some([0xD8, 0xA9]) => WrittenEnd::TA_MARBUTA,   // ة U+0629
            _ => 0,
        };
        // Tanween (ً ٌ ٍ: D9 8B–8D), the first also before the accusative alif (ا: D8 A7).
        let b = b.strip_suffix(&[0xD8, 0xA7]).unwrap_or(b);
        if matches!(b, [.., 0xD9, 0x8B..=0x8D]) {
            bits |= WrittenEnd::TANWEEN;
        }
        WrittenEnd(bits)
    }

    /// The last letter normalization keeps is alef maqsura (على, not علي).
    #[inline]
    pub fn alef_maqsura(self) -> bool {
        self.0 & WrittenEnd::ALEF_MAQSURA != 0
    }

    /// The last letter normalization keeps is ta marbuta (مناقشة, not زاده).
    #[inline]
    pub fn ta_marbuta(self) -> bool {
        self.0 & WrittenEnd::TA_MARBUTA != 0
    }

    /// The word ends in tanween (مهزوماً، زورًا، إيمانٌ), as `rules::written_with_tanween` reads it.
    #[inline]
    pub fn tanween(self) -> bool {
        self.0 & WrittenEnd::TANWEEN != 0
    }
}

/// The last character of a word (UTF-8 bytes) that normalization keeps, when it
/// has two bytes in UTF-8, as those bytes: [`WrittenEnd`]'s way for the few words
/// that do not end in such a letter (a mark, a tatweel, a letter of another script).
#[cold]
#[inline(never)]
fn last_kept_letter(b: &[u8]) -> Option<[u8; 2]> {
    let word = std::str::from_utf8(b).unwrap_or_default();
    let c = word.chars().rev().find(|c| normalize_char(*c).is_some())?;
    let mut utf8 = [0; 4];
    (c.len_utf8() == 2).then(|| {
        c.encode_utf8(&mut utf8);
        [utf8[0], utf8[1]]
    })
}

/// Tokens of one text plus their matching forms laid out as one string.
#[derive(Clone, Debug, Default)]
pub struct TokenizedText {
    pub stream: String,
    pub tokens: Vec<Token>,
}

impl TokenizedText {
    /// The matching form of token `i`; "" past the last token, so that a rule looking at
    /// the next word (`norm(i + 1)`) sees nothing at the end of a text instead of
    /// panicking (no pattern matches "").
    pub fn norm(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            Some(t) => &self.stream[t.norm.start..t.norm.end],
            None => "",
        }
    }

    /// The index of the token whose matching form starts at stream byte `pos`, if any.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&pos, |t| t.norm.start).ok()
    }

    /// The index of the token whose matching form contains stream byte `pos`.
    pub fn token_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.norm.end <= pos);
        (i < self.tokens.len() && self.tokens[i].norm.start <= pos).then_some(i)
    }

    /// The index of the token whose span in the article's text contains byte `pos`.
    pub fn token_in_text_at(&self, pos: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= pos);
        (i < self.tokens.len() && self.tokens[i].span.start <= pos).then_some(i)
    }

    /// The index of the token whose matching form ends at stream byte `pos`, if any.
    pub fn token_ending_at(&self, pos: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&pos, |t| t.norm.end).ok()
    }
}

#[inline]
fn class(c: char) -> TokenKind {
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_ascii_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
    }
    // The letters of most Arabic words first (a subset of `is_arabic_letter`).
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') {
        return TokenKind::Word;
    }
    if ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c) {
        TokenKind::Number
    } else if is_arabic_letter(c) || is_arabic_mark(c) || c.is_alphabetic() {
        TokenKind::Word
    } else {
        TokenKind::Punct
    }
}

/// `c.is_whitespace()`, answered at once for ASCII and the Arabic block (which has
/// no white space).
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace() || c == '\u{0b}'
    } else {
        !('\u{0600}'..='\u{06FF}').contains(&c) && c.is_whitespace()
    }
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔')
}

/// Splits `text` into words, numbers and punctuation.
///
/// A number keeps an inner `,` `.` `٫` `٬` when a digit follows (3,7 and 1.000 are one
/// token); a word keeps its marks and tatweel. Sentences end after . ! ? ؟ and at
/// blank lines or line breaks.
pub fn tokenize(text: &str) -> TokenizedText {
    let mut stream = String::with_capacity(text.len());
    let mut tokens = Vec::with_capacity(text.len() / 5);
    scan(text, &mut stream, true, |t| tokens.push(t));
    TokenizedText { stream, tokens }
}

/// The matching forms of `text`'s tokens laid out as [`tokenize`] lays them out
/// ([`TokenizedText::stream`]), without the tokens.
pub fn stream_of(text: &str) -> String {
    let mut stream = String::with_capacity(text.len());
    scan(text, &mut stream, false, |_| {});
    stream
}

/// How each character of the Arabic block (U+0600 + index) stands in a word, for the
/// tokenizer's two-byte fast path: [`ENDS_WORD`] where [`class`] does not say `Word`
/// (no white space does), [`AS_WRITTEN`] where its matching form is itself (most
/// letters: copied with their neighbours as one slice of the text), [`REWRITTEN`]
/// where the form differs or the character is dropped. Made from `class` and
/// [`crate::normalize::arabic_block_form`] themselves, so they cannot disagree.
static ARABIC_IN_WORD: std::sync::LazyLock<[u8; 256]> = std::sync::LazyLock::new(|| {
    std::array::from_fn(|i| match char::from_u32(0x0600 + i as u32) {
        Some(c) if class(c) == TokenKind::Word && !is_space(c) => {
            if crate::normalize::arabic_block_form(i) == Some(c) {
                AS_WRITTEN
            } else {
                REWRITTEN
            }
        }
        _ => ENDS_WORD,
    })
});

const ENDS_WORD: u8 = 0;
const AS_WRITTEN: u8 = 1;
const REWRITTEN: u8 = 2;

/// Appends the matching form of `c` (nothing for a dropped character).
#[inline]
fn put(stream: &mut String, c: char) {
    if let Some(n) = normalize_char(c) {
        stream.push(n);
    }
}

/// The tokenizer: appends the matching forms to `stream` and hands each token over
/// (with its [`WrittenEnd`] read when `ends` is true).
fn scan(text: &str, stream: &mut String, ends: bool, mut token: impl FnMut(Token)) {
    let bytes = text.as_bytes();
    let in_word = &*ARABIC_IN_WORD;
    let mut sentence = 0u32;
    let mut sentence_has_tokens = false;
    let mut line_start = true;
    let mut pos = 0;
    while pos < bytes.len() {
        let start = pos;
        let b = bytes[pos];
        if b == b' ' {
            pos += 1;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            match text[pos..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        pos += c.len_utf8();
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            line_start = true;
            if sentence_has_tokens {
                sentence += 1;
                sentence_has_tokens = false;
            }
            continue;
        }
        if is_space(c) || is_invisible(c) {
            continue;
        }
        let kind = class(c);
        let mut end = pos;
        // The matching form is written as the token is read: its characters' forms
        // (a token holds no white space).
        if !stream.is_empty() {
            stream.push(' ');
        }
        let norm_start = stream.len();
        put(stream, c);
        match kind {
            TokenKind::Word => {
                // Most of a word is two-byte characters of the Arabic block (lead
                // bytes D8–DB): their class and matching form come from a table, and
                // a run of those written as their own form goes to the stream as one
                // slice of the text (from `copied` to `end`).
                let mut copied = end;
                loop {
                    if let &[b0 @ 0xD8..=0xDB, b1, ..] = &bytes[end..] {
                        let at = (usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F)) - 0x600;
                        match in_word[at] {
                            AS_WRITTEN => {
                                end += 2;
                                continue;
                            }
                            REWRITTEN => {
                                stream.push_str(&text[copied..end]);
                                if let Some(n) = crate::normalize::arabic_block_form(at) {
                                    stream.push(n);
                                }
                                end += 2;
                                copied = end;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    match text[end..].chars().next() {
                        Some(d) if class(d) == TokenKind::Word && !is_space(d) => {
                            stream.push_str(&text[copied..end]);
                            put(stream, d);
                            end += d.len_utf8();
                            copied = end;
                        }
                        _ => break,
                    }
                }
                stream.push_str(&text[copied..end]);
            }
            TokenKind::Number => {
                while let Some(d) = text[end..].chars().next() {
                    if class(d) == TokenKind::Number {
                        put(stream, d);
                        end += d.len_utf8();
                    } else if matches!(d, ',' | '.' | '٫' | '٬') {
                        // Keep a separator only when a digit follows it.
                        let after = &text[end + d.len_utf8()..];
                        if after.chars().next().map(class) == Some(TokenKind::Number) {
                            put(stream, d);
                            end += d.len_utf8();
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
            }
            TokenKind::Punct => {}
        }
        pos = end;
        if stream.len() == norm_start {
            // A token made only of dropped characters (a lone tatweel or mark).
            if stream.ends_with(' ') {
                stream.pop();
            }
            continue;
        }
        token(Token {
            span: Span::new(start, end),
            norm: Span::new(norm_start, stream.len()),
            kind,
            sentence,
            line_start,
            ending: if ends && kind == TokenKind::Word {
                WrittenEnd::of_bytes(&bytes[start..end])
            } else {
                WrittenEnd::default()
            },
        });
        line_start = false;
        sentence_has_tokens = true;
        if kind == TokenKind::Punct && ends_sentence(c) {
            sentence += 1;
            sentence_has_tokens = false;
        }
    }
}

/// Proclitic sequences that may be glued to a name, in matching form: a conjunction
/// (و ف), then a preposition (ب ل ك). "لل" (ل + ال) is handled by the gazetteer,
/// which also stores ال-names with their alef dropped.
pub const PROCLITICS: [&str; 12] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// True when `prefix` (a matching form) is a proclitic sequence that may be glued to
/// a name: "", و, ف, ب, ل, ك, وب, ول, وك, فب, فل, فك.
#[inline]
pub fn proclitic_prefix_ok(prefix: &str) -> bool {
    let mut letters = prefix.chars();
    match (letters.next(), letters.next(), letters.next()) {
        (None, _, _) => true,
        (Some(a), None, _) => matches!(a, 'و' | 'ف' | 'ب' | 'ل' | 'ك'),
        (Some(a), Some(b), None) => matches!(a, 'و' | 'ف') && matches!(b, 'ب' | 'ل' | 'ك'),
        _ => false,
    }
}

/// Every way to read `norm` (a matching form) as one of [`PROCLITICS`] and the rest:
/// (bytes of the proclitics, the rest), in the order of [`PROCLITICS`]. The same as
/// trying each of them with `strip_prefix`, without trying the twelve.
#[inline]
pub fn proclitic_splits(norm: &str) -> impl Iterator<Item = (usize, &str)> {
    // In UTF-8: و D9 88, ف D9 81, ب D8 A8, ل D9 84, ك D9 83 (two bytes each).
    let b = norm.as_bytes();
    let at = |i: usize| (b.get(i).copied(), b.get(i + 1).copied());
    let conjunction = matches!(at(0), (Some(0xD9), Some(0x88 | 0x81)));
    let one = conjunction || matches!(at(0), (Some(0xD8), Some(0xA8)) | (Some(0xD9), Some(0x84 | 0x83)));
    let two = conjunction && matches!(at(2), (Some(0xD8), Some(0xA8)) | (Some(0xD9), Some(0x84 | 0x83)));
    // "" always, then the one-letter proclitic, then the two-letter one (which
    // starts with the one-letter one).
    let n = 1 + usize::from(one) + usize::from(two);
    (0..n).map(move |k| (2 * k, &norm[2 * k..]))
}

/// Byte offset in the original `word` where its first `norm_bytes` bytes of matching
/// form end: maps a position in a token's matching form back onto the original text
/// (dropped marks before the position are skipped, marks after it stay with it).
pub fn original_offset(word: &str, norm_bytes: usize) -> usize {
    if norm_bytes == 0 {
        return 0;
    }
    let mut seen = 0usize;
    for (i, c) in word.char_indices() {
        if let Some(n) = crate::normalize::normalize_char(c) {
            seen += n.len_utf8();
            if seen >= norm_bytes {
                // Keep marks that follow the last counted letter.
                let mut end = i + c.len_utf8();
                for d in word[end..].chars() {
                    if crate::normalize::normalize_char(d).is_none() {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
                return end;
            }
        }
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).tokens.iter().map(|t| &text[t.span.start..t.span.end]).collect()
    }

    #[test]
    fn splits_words_numbers_punct() {
        assert_eq!(words("قال باقري: 3,7 ملايين."), vec!["قال", "باقري", ":", "3,7", "ملايين", "."]);
        assert_eq!(words("10-20 أغسطس/ آب"), vec!["10", "-", "20", "أغسطس", "/", "آب"]);
        assert_eq!(words("عام 2024، ثم"), vec!["عام", "2024", "،", "ثم"]);
        assert_eq!(words("IDEAS 2024"), vec!["IDEAS", "2024"]);
        assert_eq!(words("🙂إيران"), vec!["🙂", "إيران"]);
        assert_eq!(words("مُحَمَّد"), vec!["مُحَمَّد"]);
        assert_eq!(words("  "), Vec::<&str>::new());
        assert_eq!(words("ـ"), Vec::<&str>::new());
    }

    #[test]
    fn stream_and_sentences() {
        let t = tokenize("وصل إلى طهران. ثم غادر\nإيران");
        assert_eq!(t.stream, "وصل الي طهران . ثم غادر ايران");
        let s: Vec<u32> = t.tokens.iter().map(|t| t.sentence).collect();
        assert_eq!(s, vec![0, 0, 0, 0, 1, 1, 2]);
        assert_eq!(t.norm(2), "طهران");
        assert_eq!(t.token_starting_at(t.tokens[2].norm.start), Some(2));
        assert_eq!(t.token_at(t.tokens[2].norm.start + 2), Some(2));
        assert!(t.tokens[6].line_start);
    }

    #[test]
    fn fast_character_classes_agree_with_std() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            let general = if c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c) {
                TokenKind::Number
            } else if is_arabic_letter(c) || is_arabic_mark(c) || c.is_alphabetic() {
                TokenKind::Word
            } else {
                TokenKind::Punct
            };
            assert_eq!(class(c), general, "{c:?}");
        }
    }

    #[test]
    fn arabic_block_inside_a_word_reads_as_class_and_normalize_say() {
        // Every character of the Arabic block between two letters, alone and doubled:
        // the fast path's table against `class` and `normalize_char`.
        for c in (0x0600..=0x06FFu32).filter_map(char::from_u32) {
            for text in [format!("ب{c}ب"), format!("بت{c}{c}ثج"), format!("{c}ب")] {
                let t = tokenize(&text);
                if class(c) == TokenKind::Word {
                    let form: String = text.chars().filter_map(normalize_char).collect();
                    assert_eq!(t.tokens.len(), 1, "{c:?}");
                    assert_eq!(t.stream, form, "{c:?}");
                } else {
                    assert!(t.tokens.len() > 1 || text.starts_with(c), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn stream_alone_is_the_tokens_stream() {
        for text in ["وصل إلى طهران. ثم غادر\nإيران", "  ـ مُحَمَّد 3,7 IDEAS", "", "ـ", "a ـ b"]
        {
            assert_eq!(stream_of(text), tokenize(text).stream, "{text:?}");
        }
    }

    #[test]
    fn proclitic_splits_are_the_list_tried_in_order() {
        let words = [
            "",
            "و",
            "وب",
            "وبال",
            "فلندن",
            "كسرت",
            "لبنان",
            "ببيروت",
            "فكك",
            "ال",
            "a",
            "وé",
            "é",
            "ولل",
            "ففف",
            "بب",
        ];
        for w in words {
            let slow: Vec<(usize, &str)> =
                PROCLITICS.iter().filter_map(|p| w.strip_prefix(p).map(|r| (p.len(), r))).collect();
            assert_eq!(proclitic_splits(w).collect::<Vec<_>>(), slow, "{w}");
        }
        for p in ["", "و", "وب", "ول", "وك", "فب", "فل", "فك", "ف", "ب", "ل", "ك", "بب", "ال", "وال", "a", "ا", "وبب"]
        {
            assert_eq!(proclitic_prefix_ok(p), PROCLITICS.contains(&p), "{p}");
        }
    }

    #[test]
    fn proclitics() {
        assert!(proclitic_prefix_ok("و"));
        assert!(proclitic_prefix_ok("وب"));
        assert!(!proclitic_prefix_ok("ال"));
        assert!(!proclitic_prefix_ok("ا"));
    }

    #[test]
    fn offsets_back_to_original() {
        let w = "وَطاجيكستان";
        // matching form "وطاجيكستان": the و is 2 bytes; the fatha stays with it.
        assert_eq!(&w[original_offset(w, 2)..], "طاجيكستان");
        assert_eq!(original_offset(w, 0), 0);
    }
}
