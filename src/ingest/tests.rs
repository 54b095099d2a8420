//! Tests of the whole ingest step: bytes in, articles or an error out. Hostile and
//! binary inputs are generated here rather than committed as blobs, so that each
//! test says what its bytes are.

use super::*;

const ARTICLE: &str = "زيارة رسمية إلى إسلام آباد\n\nأكد رئيس الأركان اللواء محمد حسين باقري عزم إيران على تعزيز العلاقات.\nوقال إن التعاون سيستمر.";

/// One article's text and title, or the error's kind and the start of its message.
#[derive(Debug, PartialEq)]
enum Expect {
    Text(&'static str),
    TextTitle(&'static str, Option<&'static str>),
    Error(ErrorKind, &'static str),
}

fn check(file: &str, bytes: &[u8], expect: Expect) {
    let result = ingest(file, bytes);
    match (&result, &expect) {
        (Ok(articles), Expect::Text(text)) => {
            assert_eq!(articles.len(), 1, "{articles:?}");
            assert_eq!(articles[0].text, *text);
            assert_eq!(articles[0].name, file);
        }
        (Ok(articles), Expect::TextTitle(text, title)) => {
            assert_eq!(articles.len(), 1, "{articles:?}");
            assert_eq!((articles[0].text.as_str(), articles[0].title.as_deref()), (*text, *title));
        }
        (Err(e), Expect::Error(kind, message)) => {
            assert_eq!(e.kind(), *kind, "{}", e.message());
            assert!(e.message().starts_with(message), "message {:?} should start with {:?}", e.message(), message);
        }
        _ => panic!("{file}: expected {expect:?}, got {result:?}"),
    }
}

macro_rules! t {
    ($name:ident, $file:expr, $bytes:expr, $expect:expr) => {
        #[test]
        fn $name() {
            let bytes: Vec<u8> = $bytes;
            check($file, &bytes, $expect);
        }
    };
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let units = bom.then_some(0xfeffu16).into_iter().chain(text.encode_utf16());
    units.flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

fn random_bytes(len: usize, seed: u32) -> Vec<u8> {
    // A linear congruential generator: arbitrary bytes, the same on every run.
    let mut x = seed;
    (0..len)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        })
        .collect()
}

use ErrorKind::{Binary, Empty, Malformed, TooLarge, Unsupported};
use Expect::{Error as E, Text as T, TextTitle as TT};

// Plain text and its title.
t!(txt_plain, "a.txt", ARTICLE.into(), TT(ARTICLE, Some("زيارة رسمية إلى إسلام آباد")));
t!(
    txt_first_line_sentence_is_not_title,
    "a.txt",
    "جملة تامة تنتهي بنقطة.\nوأخرى.".into(),
    TT("جملة تامة تنتهي بنقطة.\nوأخرى.", None)
);
t!(txt_single_line_has_no_title, "a.txt", "سطر وحيد".into(), TT("سطر وحيد", None));
t!(
    txt_long_first_line_is_not_title,
    "a.txt",
    format!("{}\nنص", "كلمة ".repeat(50)).into(),
    TT(&*format!("{}\nنص", "كلمة ".repeat(50)).leak(), None)
);
t!(
    txt_question_title,
    "a.txt",
    "هل تنجح الوساطة؟\n\nنص.".into(),
    TT("هل تنجح الوساطة؟\n\nنص.", Some("هل تنجح الوساطة؟"))
);
t!(txt_diacritics_and_tatweel_kept, "a.txt", "مُحَمَّدٌ قالـــــ: «نعم»".into(), T("مُحَمَّدٌ قالـــــ: «نعم»"));
t!(txt_crlf_and_controls, "a.txt", b"\xef\xbb\xbf\r\n\x00\xd8\xb3\xd8\xb7\xd8\xb1\x07\r\n\xd8\xab\xd8\xa7\xd9\x86\x1b\r\xd8\xab\xd8\xa7\xd9\x84\xd8\xab\t.\r\n".to_vec(), T("سطر\nثان\nثالث\t."));
t!(txt_blank_line_runs_collapse, "a.txt", "أ\n\n\n\nب".into(), T("أ\n\nب"));

// Encodings.
t!(windows_1256, "old.txt", encoding_rs::WINDOWS_1256.encode(ARTICLE).0.into_owned(), T(ARTICLE));
t!(utf16le_bom, "w.txt", utf16(ARTICLE, true, true), T(ARTICLE));
t!(utf16be_bom, "w.txt", utf16(ARTICLE, false, true), T(ARTICLE));
t!(utf16le_no_bom, "w.txt", utf16(ARTICLE, true, false), T(ARTICLE));
t!(utf16be_no_bom, "w.txt", utf16(ARTICLE, false, false), T(ARTICLE));
t!(
    invalid_utf8_inside_arabic,
    "bad.txt",
    {
        let mut bytes = "أكد رئيس الأركان عزم إيران على تعزيز العلاقات".as_bytes().to_vec();
        bytes.insert(7, 0xff); // after "أكد " (3 letters of 2 bytes and a space)
        bytes
    },
    T("أكد \u{fffd}رئيس الأركان عزم إيران على تعزيز العلاقات")
);
t!(
    html_meta_charset_1256,
    "old.html",
    {
        let mut bytes = b"<html><head><meta charset=windows-1256></head><body><p>".to_vec();
        bytes.extend_from_slice(&encoding_rs::WINDOWS_1256.encode("وزارة الخارجية").0);
        bytes.extend_from_slice(b"</p></body></html>");
        bytes
    },
    T("وزارة الخارجية")
);

// Refusals.
t!(
    png,
    "photo.png",
    [&b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"[..], &random_bytes(200, 1)].concat(),
    E(Binary, "photo.png: this is an image (PNG), not an article; drop .txt, .html, .md or .json files")
);
t!(
    png_named_txt,
    "article.txt",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
    E(Binary, "article.txt: this is an image (PNG)")
);
t!(jpeg, "a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00".to_vec(), E(Binary, "a.jpg: this is an image (JPEG)"));
t!(
    pdf,
    "a.pdf",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec(),
    E(Binary, "a.pdf: this is a PDF document, not an article; copy its text")
);
t!(
    docx,
    "report.docx",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml".to_vec(),
    E(Binary, "report.docx: this is a Word document, not an article; save it as .txt or .html")
);
t!(
    zip,
    "a.zip",
    b"PK\x03\x04\x0a\x00\x00\x00\x00\x00data.txt".to_vec(),
    E(Binary, "a.zip: this is an archive (ZIP), not an article; unpack it")
);
t!(
    gzip,
    "a.json.gz",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00".to_vec(),
    E(Binary, "a.json.gz: this is a compressed file (gzip)")
);
t!(elf, "rasd", b"\x7fELF\x02\x01\x01\x00".to_vec(), E(Binary, "rasd: this is a program (ELF executable)"));
t!(wasm, "rasd_bg.wasm", b"\x00asm\x01\x00\x00\x00".to_vec(), E(Binary, "rasd_bg.wasm: this is a WebAssembly module"));
t!(
    mp3_frames,
    "song.mp3",
    [&b"\xff\xfb\x90\x64"[..], &[0u8; 400]].concat(),
    E(Binary, "song.mp3: this is an audio file (MP3)")
);
t!(random, "noise.bin", random_bytes(4096, 7), E(Binary, "noise.bin: this file holds binary data, not text"));
t!(random_named_txt, "noise.txt", random_bytes(300, 99), E(Binary, "noise.txt: this file holds binary data"));
t!(empty, "e.txt", Vec::new(), E(Empty, "e.txt: the file is empty; choose a file with article text"));
t!(whitespace_only, "e.txt", b" \n\t\r\n ".to_vec(), E(Empty, "e.txt: the file is empty"));
t!(utf16_bom_and_spaces_only, "e.txt", utf16("  \n", true, true), E(Empty, "e.txt: the file is empty"));
t!(bom_only, "e.txt", b"\xef\xbb\xbf".to_vec(), E(Empty, "e.txt: the file is empty"));
t!(no_name, "", Vec::new(), E(Empty, "the file: the file is empty"));
t!(
    too_large,
    "big.json",
    vec![b' '; MAX_FILE_BYTES + 1],
    E(TooLarge, "big.json: the file is 65 MiB, more than the 64 MiB Rasd reads at once; split it into smaller files")
);
t!(rtf, "a.rtf", b"{\\rtf1\\ansi hello}".to_vec(), E(Unsupported, "a.rtf: this is an RTF document"));
t!(
    xml_feed,
    "feed.xml",
    b"<?xml version=\"1.0\"?><rss><channel><item><title>x</title></item></channel></rss>".to_vec(),
    E(Unsupported, "feed.xml: this is an XML file")
);
t!(
    only_chrome,
    "tail.txt",
    "شارك\nتويتر فيسبوك واتساب\nزر الذهاب إلى الأعلى".into(),
    E(Empty, "tail.txt: it holds only page furniture")
);
t!(
    html_without_text,
    "blank.html",
    "<html><head><script>var a = 'نص';</script></head><body><img src=x></body></html>".into(),
    E(Empty, "blank.html: the page has no visible text")
);

// Formats.
t!(html_page, "page.html", r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان | الموقع</title>
<style>body { font-family: serif }</style><script>window.secret = "نص سري";</script></head>
<body onload="init()"><nav><a href="/">الرئيسية</a></nav>
<h1>زيارة رسمية</h1>
<p onclick="track('نقرة')">أكد الوزير &laquo;التعاون&raquo; مع <a href="javascript:share('سر')">شارك</a><a href="/p">باكستان</a>.</p>
<noscript>فعّل جافاسكربت</noscript>
<p>شارك</p><footer>&copy; 2023 جميع الحقوق محفوظة</footer></body></html>"#.into(),
    TT("زيارة رسمية\n\nأكد الوزير «التعاون» مع باكستان.", Some("زيارة رسمية")));
t!(html_page_named_txt, "saved.txt", b"<!doctype html><p>\xd9\x86\xd8\xb5</p><script>x</script>".to_vec(), T("نص"));
t!(html_no_extension, "page", b"  <html><body><p>\xd9\x86\xd8\xb5</p></body></html>".to_vec(), T("نص"));
t!(
    markdown,
    "note.md",
    "# عنوان المقال\n\nزار **الوزير** [الرياض](https://x.sa) ![صورة](a.png).\n\n```\ncode\n```\n".into(),
    TT("عنوان المقال\n\nزار الوزير الرياض .", Some("عنوان المقال"))
);
t!(
    markdown_without_heading_uses_first_line,
    "note.md",
    "عنوان قصير\nنص *مائل*.".into(),
    TT("عنوان قصير\nنص مائل.", Some("عنوان قصير"))
);
t!(unknown_extension_text, "article.dat", "نص عربي.".into(), T("نص عربي."));
t!(
    json_single_object,
    "one.json",
    r#"{"title": "عنوان", "content": "نص.", "url": "http://x"}"#.into(),
    TT("عنوان\n\nنص.", Some("عنوان"))
);
t!(
    json_malformed,
    "bad.json",
    b"[{\"title\": \"x\"\n  \"content\": 1}]".to_vec(),
    E(Malformed, "bad.json: the JSON is malformed at line 2, column 3 (expected `,` or `}`); fix it")
);
t!(
    json_all_empty,
    "empty.json",
    br#"[{"title": "", "content": " "}, {"title": "  "}]"#.to_vec(),
    E(Empty, "empty.json: none of its articles has a title or content")
);
t!(json_empty_array, "empty.json", b"[]".to_vec(), E(Empty, "empty.json: none of its articles"));
t!(
    json_not_articles,
    "data.json",
    b"{\"rows\": [1, 2]}".to_vec(),
    E(Malformed, "data.json: this JSON holds no articles")
);
t!(
    json_without_extension,
    "export",
    r#"{"title": "عنوان", "content": "نص."}"#.into(),
    TT("عنوان\n\nنص.", Some("عنوان"))
);
t!(json_like_text_stays_text, "notes.txt", "[ملاحظة] نص عادي".into(), T("[ملاحظة] نص عادي"));

#[test]
fn json_array_saudinewsnet_shape() {
    let json = r#"[
        {"source": "aawsat", "url": "http://aawsat.com/home/article/412746", "date_extracted": "2015-07-23 19:28:17",
         "title": "المالكي ونصيحة سعود الفيصل", "author": "", "content": "بهجومه غير المسبوق على السعودية.\nرحمك الله يا أمير."},
        {"source": "okaz", "url": "", "date_extracted": "2015-07-23 19:30:00", "title": "", "author": "", "content": ""},
        {"source": "alweeam", "url": "", "date_extracted": "2015-07-23 20:00:00", "title": "قتلى حوثيون بتعز",
         "author": "", "content": " وأشار البيان إلى اعتقال العشرات. رابط الخبر بصحيفة الوئام: قتلى حوثيون بتعز "}
    ]"#;
    let articles = ingest("2015-07-23.json", json.as_bytes()).expect("articles");
    let summary: Vec<(&str, Option<&str>, Option<&str>, &str)> =
        articles.iter().map(|a| (a.name.as_str(), a.title.as_deref(), a.date.as_deref(), a.text.as_str())).collect();
    assert_eq!(
        summary,
        [
            (
                "2015-07-23.json#0",
                Some("المالكي ونصيحة سعود الفيصل"),
                Some("2015-07-23"),
                "المالكي ونصيحة سعود الفيصل\n\nبهجومه غير المسبوق على السعودية.\nرحمك الله يا أمير."
            ),
            (
                "2015-07-23.json#2",
                Some("قتلى حوثيون بتعز"),
                Some("2015-07-23"),
                "قتلى حوثيون بتعز\n\nوأشار البيان إلى اعتقال العشرات."
            ),
        ]
    );
}

#[test]
fn json_lines_named_json() {
    let articles = ingest("lines.json", "{\"text\": \"أول.\"}\n{\"text\": \"ثان.\"}\n".as_bytes()).expect("articles");
    let names: Vec<&str> = articles.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["lines.json#0", "lines.json#1"]);
    // When neither reading works, the error is the JSON parser's first complaint.
    let err = ingest("bad.json", b"{\"text\": 1}\n{oops").unwrap_err();
    assert!(
        err.message().starts_with("bad.json: the JSON is malformed at line 2, column 1 (trailing characters)"),
        "{}",
        err.message()
    );
}

#[test]
fn seed_002_tail_is_removed() {
    let text = "في حين ذكرت وكالة أنباء إيرنا أن زيارة باقري “ستفتح صفحة جديدة في العلاقات العسكرية والدفاعية والأمنية”.\n\nتابع ميدل ايست نيوز على التلغرام telegram\nالمصدر\nAl-Monitor\n\nمقالات ذات صلة\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\n9 + سبعة =\n\nزر الذهاب إلى الأعلى";
    let articles = ingest("002.txt", text.as_bytes()).expect("article");
    assert!(articles[0].text.ends_with("والأمنية”.\n\nالمصدر\nAl-Monitor"), "{:?}", articles[0].text);
}

#[test]
fn random_inputs_never_panic() {
    for seed in 0..200u32 {
        let len = (seed as usize * 37) % 3000;
        let mut bytes = random_bytes(len, seed);
        // Half of them made mostly text so that they reach the format readers.
        if seed % 2 == 0 {
            let alphabet = b"<>/&#;=\"' \nabp![]()*_`-{}:,0123456789\xd8\xa7\xd9";
            for b in bytes.iter_mut() {
                *b = alphabet[(*b as usize) % alphabet.len()];
            }
        }
        for name in ["x.html", "x.md", "x.json", "x.txt", "x"] {
            let _ = ingest(name, &bytes);
        }
    }
}

#[test]
fn dates() {
    let cases = [
        ("2015-07-23 19:28:17", Some("2015-07-23")),
        ("2023-01-05T10:00:00+03:00", Some("2023-01-05")),
        ("2015/7/3", Some("2015-07-03")),
        ("٢٠٢٣-٠١-٠٥", Some("2023-01-05")),
        ("2023-13-05", None),
        ("2023-02-40", None),
        ("23-01-05", None),
        ("2023-01-05x", None),
        ("yesterday", None),
        ("", None),
    ];
    for (input, expected) in cases {
        assert_eq!(normalize_date(input).as_deref(), expected, "{input}");
    }
}

#[test]
fn cleaning() {
    let cases = [
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("a\u{0}b\u{7}c\u{1b}d\u{7f}e\u{85}f", "abcdef"),
        ("a\u{b}b\u{c}c\u{2028}d\u{2029}e", "a\nb\nc\nd\n\ne"),
        ("\u{feff}سلام\u{feff}", "سلام"),
        ("tab\tkept", "tab\tkept"),
        ("مُحَمَّد\u{200c}\u{200f}", "مُحَمَّد\u{200c}\u{200f}"),
    ];
    for (input, expected) in cases {
        assert_eq!(clean(input), expected, "{input:?}");
    }
}

/// `clean` character by character, as it was first written: the reference for the
/// run-copying version.
fn clean_by_char(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{0b}' | '\u{0c}' | '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn cleaning_agrees_with_the_char_by_char_reference() {
    // Pieces that share lead bytes with the characters `clean` changes (Â, U+00A0,
    // U+2026, U+2030, U+FEFE, U+FFFD…) and every character it changes, in many orders.
    let pieces = [
        "a", "ب", "\r", "\n", "\r\n", "\t", "\u{0}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "Â", "\u{b}",
        "\u{c}", "\u{2028}", "\u{2029}", "\u{2026}", "\u{2030}", "\u{feff}", "\u{fefe}", "\u{fffd}", "\u{e000}", "🙂",
    ];
    let mut state = 7u64;
    for _ in 0..20_000 {
        let mut text = String::new();
        // Up to 24 pieces: texts longer than the eight bytes `clean` skips at once.
        for _ in 0..(state % 25) {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        assert_eq!(clean(&text), clean_by_char(&text), "{text:?}");
    }
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let text = format!("x{c}y{c}");
        assert_eq!(clean(&text), clean_by_char(&text), "{c:?}");
    }
}

/// Every refusal carries a stable code and the values its message names, so the page
/// can say it in Arabic: (file name, bytes, code, params expected among its params).
#[test]
fn refusals_carry_codes_and_params() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    type Case<'a> = (&'a str, Vec<u8>, &'a str, Vec<(&'a str, &'a str)>);
    let cases: Vec<Case> = vec![
        ("a.txt", b"  \n ".to_vec(), "empty", vec![("file", "a.txt")]),
        ("صورة.png", png, "binary", vec![("file", "صورة.png"), ("what", "an image (PNG)"), ("advice", "drop_text")]),
        ("a.pdf", b"%PDF-1.7\n".to_vec(), "binary", vec![("advice", "copy_text")]),
        ("a.bin", random_bytes(4096, 7), "binary_data", vec![("file", "a.bin")]),
        ("a.rtf", b"{\\rtf1 hello}".to_vec(), "rtf", vec![("file", "a.rtf")]),
        ("feed.xml", b"<?xml version=\"1.0\"?><rss></rss>".to_vec(), "xml", vec![("file", "feed.xml")]),
        ("a.html", b"<html><script>x()</script></html>".to_vec(), "no_text_html", vec![("file", "a.html")]),
        ("a.json", b"[{\"title\": \"\", \"content\": \" \"}]".to_vec(), "no_text_json", vec![("file", "a.json")]),
        ("a.json", b"[{\"title\": \"x\",\n }".to_vec(), "json_malformed", vec![("file", "a.json"), ("line", "2")]),
        ("a.json", b"{\"x\": 1}".to_vec(), "json_no_articles", vec![("file", "a.json")]),
        ("", b"".to_vec(), "empty", vec![("file", "")]),
    ];
    for (file, bytes, code, params) in cases {
        let e = ingest(file, &bytes).expect_err(file);
        assert_eq!(e.code(), code, "{file}: {}", e.message());
        for (name, value) in params {
            assert!(
                e.params().iter().any(|(n, v)| *n == name && v == value),
                "{file}: param {name}={value:?} missing from {:?}",
                e.params()
            );
        }
    }
}

#[test]
fn opening_words_cut_at_a_word_boundary() {
    let cases: &[(&str, usize, &str)] = &[
        ("", 10, ""),
        ("\n\n  \n", 10, ""),
        ("قصير", 10, "قصير"),
        ("\n  الوقت - في وقت أصبح\nسطر ثان", 40, "الوقت - في وقت أصبح"),
        // Cut inside the fourth word: back to the space before it.
        ("الوقت - في وقت أصبح فيه", 12, "الوقت - في"),
        // No space in the second half of the cut: cut in the word.
        ("كلمةطويلةجدابلامسافات واحدة", 8, "كلمةطويل"),
    ];
    for &(text, max, want) in cases {
        assert_eq!(opening_words(text, max), want, "{text:?} at {max}");
    }
}
