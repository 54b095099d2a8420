//! Byte offsets (what Rust slices with) -> UTF-16 code units (what JavaScript's
//! `String.prototype.slice` counts). Pure and dependency-free so it is tested natively
//! (`tests/wasm_utf16.rs` includes this file) as well as on wasm32.

/// Converts byte offsets into `text` to UTF-16 offsets with one pass over the text,
/// whatever the number of offsets (they may come in any order and repeat).
///
/// Never panics: an offset inside a character maps to that character's start, an
/// offset past the end maps to the text's length in UTF-16 units.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut units = 0;
    for i in order {
        let target = byte_offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at + c.len_utf8() > target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        out[i] = units;
    }
    out
}

// `#[test]` alone is silently skipped on wasm32; there these run under wasm-bindgen-test.
#[cfg(test)]
mod tests {
    use super::utf16_offsets;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// What JavaScript would count: the UTF-16 length of the prefix.
    fn js_index(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    macro_rules! t {
        ($text:expr, $bytes:expr, $want:expr) => {
            assert_eq!(utf16_offsets($text, &$bytes), $want.to_vec(), "text {:?}", $text)
        };
    }

    #[test]
    fn ascii_is_identity() {
        t!("abc", [0, 1, 3], [0, 1, 3]);
    }

    #[test]
    fn arabic_letters_are_two_bytes_one_unit() {
        // إيران: 5 letters, 10 bytes.
        t!("إيران", [0, 2, 10], [0, 1, 5]);
    }

    #[test]
    fn emoji_before_arabic_is_two_units() {
        // 😀 is 4 bytes and a surrogate pair (2 units); then a space.
        let text = "😀 زار إيران";
        let start = text.find("إيران").unwrap();
        let end = start + "إيران".len();
        t!(text, [start, end], [js_index(text, start), js_index(text, end)]);
        t!(text, [start, end], [7, 12]);
    }

    #[test]
    fn combining_marks_count_as_their_own_units() {
        let text = "مُحَمَّد في طهران";
        let start = text.find("طهران").unwrap();
        t!(text, [start, text.len()], [js_index(text, start), js_index(text, text.len())]);
    }

    #[test]
    fn unsorted_and_repeated_offsets_keep_their_order() {
        let text = "😀أب😀ت";
        let want: Vec<usize> = [14, 0, 4, 14, 6].iter().map(|&b| js_index(text, b)).collect();
        t!(text, [14, 0, 4, 14, 6], want);
    }

    #[test]
    fn out_of_range_and_mid_character_offsets_do_not_panic() {
        // Inside the emoji (byte 2) -> its start; past the end -> the length.
        t!("😀a", [2, 99], [0, 3]);
        t!("", [0, 5], [0, 0]);
        t!("abc", [], [] as [usize; 0]);
    }

    #[test]
    fn every_char_boundary_matches_javascript() {
        let text = "😀 الوقت - إيران 🇮🇷 ٢٠٢٥ e\u{301} مُحَمَّد\u{200F}!";
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let want: Vec<usize> = bounds.iter().map(|&b| js_index(text, b)).collect();
        assert_eq!(utf16_offsets(text, &bounds), want);
    }
}
