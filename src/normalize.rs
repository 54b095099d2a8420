//! Matching forms of Arabic text.
//!
//! Normalization never rewrites the article: the user always sees what the article
//! says. It produces a *matching form* used to look names up, and callers keep byte
//! spans on the original text. Each rule, with an example:
//!
//! | rule | example |
//! |---|---|
//! | harakat, shadda, sukun, dagger alef and Quranic marks are dropped | مُحَمَّد -> محمد |
//! | tatweel (kashida) is dropped | إيـــران -> ايران |
//! | alef forms أ إ آ ٱ become ا | إسلام آباد -> اسلام اباد |
//! | alef maqsura ى becomes ي | موسى -> موسي |
//! | ta marbuta ة becomes ه | سورية -> سوريه |
//! | hamza seats ؤ ئ become و ي | رئيس -> رييس |
//! | Arabic-Indic ٠-٩ and Persian ۰-۹ digits become 0-9 | ٢٠٢٥ -> 2025 |
//! | Arabic decimal separator ٫ becomes `.`, thousands separator ٬ becomes `,` | ٣٫٧ -> 3.7 |
//! | Persian letters ک ی گ پ چ ژ become ك ي ك ب ج ز | تاجیکستان -> تاجيكستان |
//! | Latin letters are lower-cased, full-width forms folded | IDEAS -> ideas |
//! | zero-width and bidi controls are dropped | (invisible) |
//!
//! The same function serves the gazetteer (patterns are normalized once when the
//! [`crate::Analyzer`] is built) and the tokens (normalized as they are read), so
//! both sides always agree.

/// The matching form of one character: `None` drops it, otherwise the replacement.
///
/// ASCII and the Arabic block (U+0600–U+06FF), nearly every character of an article,
/// are answered without asking Unicode's case tables (neither block has an upper-case
/// letter other than A–Z); a test checks every character against the general rules.
#[inline]
pub fn normalize_char(c: char) -> Option<char> {
    let u = c as u32;
    if u < 0x80 {
        return Some(c.to_ascii_lowercase());
    }
    if (0x0600..=0x06FF).contains(&u) {
        return ARABIC_BLOCK[(u - 0x0600) as usize];
    }
    normalize_char_general(c)
}

/// [`normalize_char`] of U+0600–U+06FF, one entry per code point, filled at compile
/// time by [`arabic_block_rule`]: one load instead of a chain of range tests.
/// [`normalize_char`] of U+0600 + `at` (`at` < 256): the Arabic block's table.
#[inline]
pub(crate) fn arabic_block_form(at: usize) -> Option<char> {
    ARABIC_BLOCK[at]
}

static ARABIC_BLOCK: [Option<char>; 256] = {
    let mut t = [None; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_block_rule(0x0600 + i as u32);
        i += 1;
    }
    t
};

/// The rules of [`normalize_char_general`] for the Arabic block, as a `const fn` (the
/// test `fast_paths_agree_with_the_general_rules` compares them for every character).
const fn arabic_block_rule(u: u32) -> Option<char> {
    let Some(c) = char::from_u32(u) else { return None };
    match c {
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{061C}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => Some('ا'),
        'ى' | 'ی' | 'ې' | 'ۍ' | 'ئ' => Some('ي'),
        'ة' | 'ۀ' | 'ە' => Some('ه'),
        'ؤ' => Some('و'),
        'ک' | 'گ' | 'ڪ' => Some('ك'),
        'پ' => Some('ب'),
        'چ' => Some('ج'),
        'ژ' => Some('ز'),
        'ڤ' => Some('ف'),
        '٠'..='٩' => Some((b'0' + (u - '٠' as u32) as u8) as char),
        '۰'..='۹' => Some((b'0' + (u - '۰' as u32) as u8) as char),
        '٫' => Some('.'),
        '٬' => Some(','),
        _ => Some(c),
    }
}

/// [`normalize_char`] for any character, by the rules in the table above.
fn normalize_char_general(c: char) -> Option<char> {
    Some(match c {
        // Harakat (fathatan..sukun), superscript alef, Quranic annotation signs.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' => return None,
        // Tatweel.
        '\u{0640}' => return None,
        // Zero-width and bidi controls, BOM, soft hyphen.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{061C}' => return None,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ۍ' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' | 'گ' | 'ڪ' => 'ك',
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        'ڤ' => 'ف',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '٫' => '.',
        '٬' => ',',
        'A'..='Z' => c.to_ascii_lowercase(),
        // Full-width ASCII (ＩＤＥＡＳ) folds to ASCII.
        '\u{FF01}'..='\u{FF5E}' => {
            let ascii = char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c);
            ascii.to_ascii_lowercase()
        }
        _ if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        _ => c,
    })
}

/// The matching form of a word or phrase. White space runs become one space.
///
/// ```
/// assert_eq!(rasd::normalize::normalize("إيـــرانُ"), "ايران");
/// assert_eq!(rasd::normalize::normalize("إسلام  آباد"), "اسلام اباد");
/// ```
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalized(&mut out, s);
    out
}

/// Appends the matching form of `s` to `out` (no allocation of its own).
pub fn push_normalized(out: &mut String, s: &str) {
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if let Some(n) = normalize_char(c) {
            if pending_space && !out.ends_with(' ') {
                out.push(' ');
            }
            pending_space = false;
            out.push(n);
        }
    }
}

/// True for letters of the Arabic script (after or before normalization).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'
        | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && !matches!(c, '\u{0640}' | '\u{FEFF}')
}

/// True for marks that attach to the previous letter (harakat and the like).
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($input:expr, $want:expr) => {
            assert_eq!(normalize($input), $want, "normalize({:?})", $input);
        };
    }

    #[test]
    fn rules() {
        t!("مُحَمَّد", "محمد");
        t!("إيـــران", "ايران");
        t!("إسلام آباد", "اسلام اباد");
        t!("إسلام أباد", "اسلام اباد");
        t!("موسى", "موسي");
        t!("سورية", "سوريه");
        t!("رئيس", "رييس");
        t!("مؤتمر", "موتمر");
        t!("٢٠٢٥", "2025");
        t!("۱۴۰۲", "1402");
        t!("٣٫٧", "3.7");
        t!("تاجیکستان", "تاجيكستان");
        t!("IDEAS 2024", "ideas 2024");
        t!("ＩＤＥＡＳ", "ideas");
        t!("  a \t b  ", "a b");
        t!("\u{200F}إيران\u{200E}", "ايران");
        t!("", "");
    }

    #[test]
    fn fast_paths_agree_with_the_general_rules() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(normalize_char(c), normalize_char_general(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_and_marks() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('ک'));
        assert!(!is_arabic_letter('ـ'));
        assert!(!is_arabic_letter('a'));
        assert!(is_arabic_mark('\u{064E}'));
        assert!(!is_arabic_mark('ب'));
    }
}
