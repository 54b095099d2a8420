//! Bytes -> text, with the encoding detected rather than asked.
//!
//! Arabic news files in the wild come in four shapes: UTF-8 (with or without a BOM),
//! UTF-16 from Windows tools (with or without a BOM), legacy windows-1256 from older
//! sites and archives, and UTF-8 damaged here and there by a bad copy or a truncated
//! download. The order of the checks below follows how certain each signal is: a BOM
//! is a declaration, the pattern of zero bytes is near proof of UTF-16, valid UTF-8
//! is near proof of UTF-8 (windows-1256 Arabic is never valid UTF-8), and what is left
//! is decided by counting errors.

use std::borrow::Cow;

use super::{single_byte, sniff};

/// The encodings Rasd reads. (A closed set rather than `encoding_rs::Encoding`: see
/// `single_byte` for why.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Charset {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1256,
    Iso8859_6,
    Windows1252,
}

impl Charset {
    /// The name the WHATWG Encoding Standard gives it.
    pub fn name(self) -> &'static str {
        match self {
            Charset::Utf8 => "UTF-8",
            Charset::Utf16Le => "UTF-16LE",
            Charset::Utf16Be => "UTF-16BE",
            Charset::Windows1256 => "windows-1256",
            Charset::Iso8859_6 => "ISO-8859-6",
            Charset::Windows1252 => "windows-1252",
        }
    }
}

use Charset::{Iso8859_6, Utf16Be, Utf16Le, Utf8, Windows1252, Windows1256};

/// Text decoded from a file, and how. (`encoding` and `replaced` are read by the
/// tests today; they are kept for the diagnostics a "why does my file look wrong"
/// view will need.)
#[derive(Debug)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Decoded<'a> {
    /// The file's own bytes when they are valid UTF-8 (most files), else the text decoded.
    pub text: Cow<'a, str>,
    /// The encoding's name as the WHATWG Encoding Standard spells it ("UTF-8",
    /// "windows-1256", ...), or "UTF-32LE"/"UTF-32BE".
    pub encoding: &'static str,
    /// How many byte sequences could not be decoded and became U+FFFD.
    pub replaced: usize,
}

/// The bytes are not text in any encoding we read (the caller names the format when
/// it can).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NotText;

/// Decodes `bytes`. `declared` is the encoding a document declares about itself (an
/// HTML `<meta charset>`); it is used only when the bytes are not valid UTF-8, because
/// pages that were re-saved keep their old declaration while their bytes change.
pub(crate) fn decode(bytes: &[u8], declared: Option<Charset>) -> Result<Decoded<'_>, NotText> {
    if let Some(decoded) = decode_with_bom(bytes) {
        return Ok(decoded);
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return Ok(decode_as(encoding, bytes));
    }
    if sniff::looks_binary(bytes) {
        return Err(NotText);
    }
    // Valid UTF-8 (the usual case) is checked once and borrowed: what `decode_as(Utf8, _)`
    // gives, without counting its characters for a decision there is no need to make.
    // simdutf8 checks 32 or 64 bytes at a time (std's check slows to a byte at a time
    // on Arabic, where most bytes are not ASCII); its yes or no is std's.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Decoded { text: Cow::Borrowed(text), encoding: Utf8.name(), replaced: 0 });
    }
    let stats = utf8_stats(bytes);
    if stats.errors == 0 {
        return Ok(decode_as(Utf8, bytes));
    }
    // A few bad sequences among many good multi-byte characters is damaged UTF-8:
    // keep it, marking the damage with U+FFFD. windows-1256 Arabic read as UTF-8
    // fails on nearly every letter, so the two cases are far apart; 1 in 20 leaves
    // a wide margin on both sides.
    if stats.errors * 20 <= stats.multibyte_chars {
        return Ok(decode_as(Utf8, bytes));
    }
    match declared {
        Some(charset) if charset != Utf8 => Ok(decode_as(charset, bytes)),
        _ => Ok(decode_as(Windows1256, bytes)),
    }
}

fn decode_as(charset: Charset, bytes: &[u8]) -> Decoded<'static> {
    let (text, replaced) = match charset {
        // from_utf8_lossy replaces maximal invalid subparts, as the Encoding Standard
        // does, so its U+FFFDs are exactly the errors utf8_stats counts.
        Utf8 => match std::str::from_utf8(bytes) {
            // Valid (the usual case): one pass, no error to count.
            Ok(text) => (text.to_owned(), 0),
            Err(_) => (String::from_utf8_lossy(bytes).into_owned(), utf8_stats(bytes).errors),
        },
        Utf16Le | Utf16Be => decode_utf16(bytes, charset == Utf16Le),
        Windows1256 => (single_byte::decode(bytes, &single_byte::WINDOWS_1256), 0),
        Iso8859_6 => {
            let text = single_byte::decode(bytes, &single_byte::ISO_8859_6);
            let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
            (text, replaced)
        }
        Windows1252 => (single_byte::decode(bytes, &single_byte::WINDOWS_1252), 0),
    };
    Decoded { text: Cow::Owned(text), encoding: charset.name(), replaced }
}

/// UTF-16 with unpaired surrogates and a dangling odd byte replaced by U+FFFD.
fn decode_utf16(bytes: &[u8], little_endian: bool) -> (String, usize) {
    let pairs = bytes.chunks_exact(2);
    let odd_byte = !pairs.remainder().is_empty();
    let units =
        pairs.map(|p| if little_endian { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) });
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            '\u{fffd}'
        }));
    }
    if odd_byte {
        replaced += 1;
        text.push('\u{fffd}');
    }
    (text, replaced)
}

fn decode_with_bom(bytes: &[u8]) -> Option<Decoded<'static>> {
    // UTF-32 BOMs first: the UTF-32LE BOM begins with the UTF-16LE one.
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe\x00\x00") {
        return Some(decode_utf32(rest, u32::from_le_bytes, "UTF-32LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\x00\x00\xfe\xff") {
        return Some(decode_utf32(rest, u32::from_be_bytes, "UTF-32BE"));
    }
    let (charset, rest) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        (Utf8, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        (Utf16Le, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        (Utf16Be, rest)
    } else {
        return None;
    };
    Some(decode_as(charset, rest))
}

/// encoding_rs does not do UTF-32 (the web forbids it), but a file saved as "UTF-32"
/// by an editor is unmistakable with its BOM and trivial to read.
fn decode_utf32(bytes: &[u8], to_u32: fn([u8; 4]) -> u32, name: &'static str) -> Decoded<'static> {
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut replaced = 0;
    let chunks = bytes.chunks_exact(4);
    let truncated = !chunks.remainder().is_empty();
    for chunk in chunks {
        let unit = to_u32([chunk[0], chunk[1], chunk[2], chunk[3]]);
        match char::from_u32(unit) {
            Some(c) => text.push(c),
            None => {
                replaced += 1;
                text.push('\u{fffd}');
            }
        }
    }
    if truncated {
        replaced += 1;
        text.push('\u{fffd}');
    }
    Decoded { text: Cow::Owned(text), encoding: name, replaced }
}

/// Detects UTF-16 without a BOM. In UTF-16 every character is two bytes, and for
/// Arabic and ASCII text one byte of each pair is nearly always 0x00 (ASCII, spaces,
/// digits, line breaks) or 0x06 (the Arabic block U+0600..U+06FF): a pattern no UTF-8
/// or single-byte text has. The guess is then confirmed by decoding a sample and
/// checking that it is text, not control characters or broken surrogates.
fn sniff_utf16(bytes: &[u8]) -> Option<Charset> {
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let is_high = |b: u8| b == 0x00 || b == 0x06;
    let (mut high_even, mut high_odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        high_even += usize::from(is_high(pair[0]));
        high_odd += usize::from(is_high(pair[1]));
    }
    // Little-endian puts the high byte second (odd offsets).
    let candidate = if high_odd * 10 >= pairs * 6 && high_odd > high_even * 2 {
        Utf16Le
    } else if high_even * 10 >= pairs * 6 && high_even > high_odd * 2 {
        Utf16Be
    } else {
        return None;
    };
    let units = sample.chunks_exact(2).map(|p| {
        if candidate == Utf16Le {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    let (mut total, mut bad) = (0usize, 0usize);
    for c in char::decode_utf16(units) {
        total += 1;
        match c {
            Ok(c) if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') => bad += 1,
            Ok(_) => {}
            Err(_) => bad += 1,
        }
    }
    // A 64 KiB cut may split one surrogate pair; 2% tolerates that and a few stray
    // controls while refusing arrays of 16-bit numbers.
    (bad * 50 <= total).then_some(candidate)
}

struct Utf8Stats {
    /// Invalid sequences (each becomes one U+FFFD).
    errors: usize,
    /// Valid characters of two or more bytes.
    multibyte_chars: usize,
}

fn utf8_stats(mut bytes: &[u8]) -> Utf8Stats {
    let mut stats = Utf8Stats { errors: 0, multibyte_chars: 0 };
    // In valid UTF-8 every multi-byte character starts with exactly one byte >= 0xC0.
    let count_leads = |valid: &[u8]| valid.iter().filter(|&&b| b >= 0xc0).count();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => {
                stats.multibyte_chars += count_leads(bytes);
                return stats;
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                stats.multibyte_chars += count_leads(valid);
                stats.errors += 1;
                // `None` means the input ends in the middle of a character.
                let skip = e.error_len().unwrap_or(rest.len()).max(1);
                bytes = rest.get(skip..).unwrap_or_default();
            }
        }
    }
}

/// The encoding an HTML document declares in its first 4 KiB (`<meta charset=…>` or
/// `content="text/html; charset=…"`), the way browsers pre-scan for it.
pub(crate) fn html_declared_encoding(bytes: &[u8]) -> Option<Charset> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut i = 0;
    while let Some(found) = find_ascii_ci(&head[i..], b"charset") {
        let mut j = i + found + b"charset".len();
        i = j;
        let skip_spaces = |mut k: usize| {
            while head.get(k).is_some_and(|b| b.is_ascii_whitespace()) {
                k += 1;
            }
            k
        };
        j = skip_spaces(j);
        if head.get(j) != Some(&b'=') {
            continue;
        }
        j = skip_spaces(j + 1);
        while head.get(j).is_some_and(|&b| b == b'"' || b == b'\'') {
            j += 1;
        }
        let start = j;
        while head.get(j).is_some_and(|&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b)) {
            j += 1;
        }
        return declared_label(head.get(start..j)?);
    }
    None
}

/// The encodings an Arabic page declares, by their WHATWG labels. Other labels (CJK,
/// Cyrillic…) are ignored and the bytes decide: Rasd could not analyse those pages
/// anyway, and their tables would weigh down the wasm bundle.
fn declared_label(label: &[u8]) -> Option<Charset> {
    let label = String::from_utf8_lossy(label).to_ascii_lowercase();
    Some(match label.as_str() {
        "utf-8" | "utf8" | "unicode-1-1-utf-8" | "unicode11utf8" | "unicode20utf8" | "x-unicode20utf8" => Utf8,
        // As in browsers: a document read byte by byte cannot be UTF-16, so such a
        // declaration is a mistake for UTF-8.
        "utf-16" | "utf-16le" | "utf-16be" | "unicode" | "unicodefeff" | "unicodefffe" | "ucs-2" | "csunicode"
        | "iso-10646-ucs-2" => Utf8,
        "windows-1256" | "cp1256" | "x-cp1256" => Windows1256,
        "iso-8859-6" | "iso8859-6" | "iso88596" | "iso_8859-6" | "iso_8859-6:1987" | "arabic" | "asmo-708"
        | "csiso88596e" | "csiso88596i" | "csisolatinarabic" | "ecma-114" | "iso-8859-6-e" | "iso-8859-6-i"
        | "iso-ir-127" => Iso8859_6,
        "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1" | "iso88591" | "iso_8859-1" | "latin1"
        | "l1" | "us-ascii" | "ascii" | "ansi_x3.4-1968" | "cp819" | "ibm819" | "iso-ir-100" => Windows1252,
        _ => return None,
    })
}

fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str =
        "أعلنت وزارة الخارجية السعودية اليوم عن زيارة رسمية إلى القاهرة.\nوقال الوزير: «نرحب بالتعاون».";

    /// The SIMD check of `decode` says yes exactly where std's does: on Arabic text of
    /// every length (crossing its block sizes), cut inside a character, with a byte
    /// changed at every position, and on overlong, surrogate and out-of-range forms.
    #[test]
    fn simd_utf8_check_agrees_with_std() {
        let same = |b: &[u8]| {
            assert_eq!(simdutf8::basic::from_utf8(b).is_ok(), std::str::from_utf8(b).is_ok(), "{b:?}");
        };
        let long = ARABIC.repeat(5);
        let bytes = long.as_bytes();
        for n in 0..bytes.len() {
            same(&bytes[..n]);
            same(&bytes[n..]);
        }
        for i in 0..200 {
            for v in [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xd8, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff] {
                let mut b = bytes.to_vec();
                b[i] = v;
                same(&b);
            }
        }
        for bad in [&b"\xc0\xaf"[..], b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80"] {
            let mut b = bytes[..64].to_vec();
            b.extend_from_slice(bad);
            b.extend_from_slice(&bytes[..64]);
            same(&b);
            assert!(simdutf8::basic::from_utf8(&b).is_err());
        }
    }

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = (if bom { Some(0xfeffu16) } else { None }).into_iter().chain(text.encode_utf16());
        for unit in units {
            out.extend_from_slice(&if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() });
        }
        out
    }

    macro_rules! t {
        ($name:ident, $bytes:expr, $encoding:expr, $text:expr) => {
            #[test]
            fn $name() {
                let bytes: Vec<u8> = $bytes;
                let decoded = decode(&bytes, None).expect("text");
                assert_eq!(decoded.encoding, $encoding);
                assert_eq!(decoded.text, $text);
            }
        };
    }

    t!(utf8_plain, ARABIC.as_bytes().to_vec(), "UTF-8", ARABIC);
    t!(utf8_bom, [b"\xef\xbb\xbf", ARABIC.as_bytes()].concat(), "UTF-8", ARABIC);
    t!(utf16le_bom, utf16(ARABIC, true, true), "UTF-16LE", ARABIC);
    t!(utf16be_bom, utf16(ARABIC, false, true), "UTF-16BE", ARABIC);
    t!(utf16le_no_bom, utf16(ARABIC, true, false), "UTF-16LE", ARABIC);
    t!(utf16be_no_bom, utf16(ARABIC, false, false), "UTF-16BE", ARABIC);
    // No spaces, no ASCII: only the 0x06 high bytes betray UTF-16.
    t!(utf16le_no_bom_no_ascii, utf16("مرحباًبالعالم", true, false), "UTF-16LE", "مرحباًبالعالم");
    t!(utf16le_ascii_only, utf16("Hello, world.\n", true, false), "UTF-16LE", "Hello, world.\n");
    t!(windows_1256, encoding_rs::WINDOWS_1256.encode(ARABIC).0.into_owned(), "windows-1256", ARABIC);
    t!(
        utf32le_bom,
        {
            let mut v = b"\xff\xfe\x00\x00".to_vec();
            for c in "سلام".chars() {
                v.extend_from_slice(&(c as u32).to_le_bytes());
            }
            v
        },
        "UTF-32LE",
        "سلام"
    );

    #[test]
    fn invalid_utf8_inside_arabic_is_decoded_lossily() {
        let mut bytes = ARABIC.as_bytes().to_vec();
        // A lone continuation byte and a truncated sequence in the middle.
        bytes.splice(11..11, [0x80u8, 0xd8]); // after "أعلنت "
        let decoded = decode(&bytes, None).expect("text");
        assert_eq!(decoded.encoding, "UTF-8");
        assert_eq!(decoded.replaced, 2);
        assert!(decoded.text.contains("\u{fffd}"));
        assert!(decoded.text.contains("وزارة الخارجية"));
    }

    #[test]
    fn declared_encoding_is_used_when_bytes_are_not_utf8() {
        let text = "وزارة الخارجية السعودية";
        let bytes = encoding_rs::ISO_8859_6.encode(text).0.into_owned();
        assert_ne!(decode(&bytes, None).expect("text").text, text);
        assert_eq!(decode(&bytes, Some(Iso8859_6)).expect("text").text, text);
    }

    #[test]
    fn declared_encoding_is_ignored_for_valid_utf8() {
        let decoded = decode(ARABIC.as_bytes(), Some(Windows1256)).expect("text");
        assert_eq!(decoded.text, ARABIC);
    }

    #[test]
    fn binary_is_not_text() {
        let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert_eq!(decode(&bytes, None).unwrap_err(), NotText);
    }

    #[test]
    fn meta_charset() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<meta charset=\"windows-1256\">", Some("windows-1256")),
            (b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; Charset = cp1256'>", Some("windows-1256")),
            (b"<meta charset=utf-16>", Some("UTF-8")),
            (b"<meta charset=\"klingon\">", None),
            (b"<p>no declaration</p>", None),
            (b"charset", None),
        ];
        for (html, expected) in cases {
            assert_eq!(html_declared_encoding(html).map(|e| e.name()), *expected, "{}", String::from_utf8_lossy(html));
        }
    }

    #[test]
    fn truncated_input_does_not_panic() {
        for bytes in [&b"\xff\xfe\x00\x00\x41"[..], b"\xfe\xff\x06", b"\xd8", b"\x00", b"\xef\xbb\xbf"] {
            let _ = decode(bytes, None);
        }
    }
}
