//! Articles from JSON: an array of article objects (the SaudiNewsNet shape
//! `{source, url, date_extracted, title, author, content}`), a single such object, an
//! object wrapping the array (`{"articles": [...]}`), or JSON Lines.
//!
//! Field names vary between exports, so each field is looked up under the names
//! scrapers commonly use; unknown fields are ignored.

use serde_json::Value;

use super::html;
use super::normalize_date;
use crate::error::{Error, ErrorKind};

/// One article's raw material from a JSON element.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// Position in the array; `None` when the file is a single article.
    pub index: Option<usize>,
    pub title: Option<String>,
    pub date: Option<String>,
    /// Title and content joined; empty when the element had neither.
    pub text: String,
}

const TITLE_FIELDS: &[&str] = &["title", "headline", "Title", "Headline"];
const CONTENT_FIELDS: &[&str] =
    &["content", "text", "body", "article", "articleBody", "article_body", "full_text", "Content", "Text", "Body"];
/// Used only when no content field is present: a summary is better than nothing.
const SUMMARY_FIELDS: &[&str] = &["description", "summary", "abstract"];
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubDate",
    "datePublished",
    "date_published",
    "publication_date",
    "date_extracted",
    "created_at",
    "Date",
];
/// Keys under which exports wrap their article array.
const WRAPPER_FIELDS: &[&str] = &["articles", "items", "data", "results", "posts", "news", "entries", "documents"];

const SHAPE_ADVICE: &str =
    "expected an array of articles like [{\"title\": \"…\", \"content\": \"…\"}] (the SaudiNewsNet shape), or save the articles as .txt files";

/// Parses a JSON document into article records.
pub(crate) fn parse(shown: &str, text: &str) -> Result<Vec<Record>, Error> {
    let value: Value = serde_json::from_str(text).map_err(|e| malformed(shown, &e, None))?;
    let elements: Vec<(Option<usize>, &Value)> = match &value {
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (Some(i), v)).collect(),
        Value::Object(map) if !is_article(&value) => {
            let wrapped = WRAPPER_FIELDS.iter().find_map(|k| map.get(*k).and_then(Value::as_array));
            match wrapped {
                Some(items) => items.iter().enumerate().map(|(i, v)| (Some(i), v)).collect(),
                None => return Err(no_articles(shown)),
            }
        }
        Value::Object(_) => vec![(None, &value)],
        _ => return Err(no_articles(shown)),
    };
    records(shown, elements)
}

/// Parses JSON Lines: one article object per line.
pub(crate) fn parse_lines(shown: &str, text: &str) -> Result<Vec<Record>, Error> {
    let mut values = Vec::new();
    for (line_number, line) in text.split('\n').enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| malformed(shown, &e, Some(line_number + 1)))?;
        values.push(value);
    }
    let elements = values.iter().enumerate().map(|(i, v)| (Some(i), v)).collect();
    records(shown, elements)
}

fn records(shown: &str, elements: Vec<(Option<usize>, &Value)>) -> Result<Vec<Record>, Error> {
    let had_elements = !elements.is_empty();
    let mut out = Vec::with_capacity(elements.len());
    let mut any_article_shaped = false;
    for (index, element) in elements {
        match element {
            Value::Object(_) if is_article(element) => {
                any_article_shaped = true;
                out.push(record(index, element));
            }
            // An array of plain strings is an array of texts.
            Value::String(s) => {
                any_article_shaped = true;
                out.push(Record { index, title: None, date: None, text: content_text(s) });
            }
            _ => {}
        }
    }
    // An empty array is an empty file, reported as such by the caller.
    if !any_article_shaped && had_elements {
        return Err(no_articles(shown));
    }
    Ok(out)
}

fn is_article(value: &Value) -> bool {
    let Value::Object(map) = value else { return false };
    let texty = |v: &Value| v.is_string() || v.as_array().is_some_and(|items| items.iter().any(Value::is_string));
    TITLE_FIELDS.iter().chain(CONTENT_FIELDS).chain(SUMMARY_FIELDS).any(|k| map.get(*k).is_some_and(texty))
}

fn field<'v>(value: &'v Value, names: &[&str]) -> Option<&'v str> {
    names.iter().find_map(|k| value.get(*k).and_then(Value::as_str)).map(str::trim).filter(|s| !s.is_empty())
}

/// A content field given as a list of paragraphs: `"content": ["…", "…"]`.
fn paragraphs_field(value: &Value, names: &[&str]) -> Option<String> {
    let items = names.iter().find_map(|k| value.get(*k).and_then(Value::as_array))?;
    let paragraphs: Vec<&str> =
        items.iter().filter_map(Value::as_str).map(str::trim).filter(|p| !p.is_empty()).collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

fn record(index: Option<usize>, element: &Value) -> Record {
    let title = field(element, TITLE_FIELDS).map(str::to_string);
    let content = field(element, CONTENT_FIELDS)
        .map(content_text)
        .or_else(|| paragraphs_field(element, CONTENT_FIELDS).map(|p| content_text(&p)))
        .or_else(|| field(element, SUMMARY_FIELDS).map(content_text));
    let date = field(element, DATE_FIELDS).and_then(normalize_date);
    let text = match (&title, content) {
        // Exports sometimes repeat the headline at the start of the content (Al-Jazirah
        // in SaudiNewsNet runs it into the first sentence): once is enough.
        (Some(title), Some(content)) if starts_with_words(&content, title) => content,
        (Some(title), Some(content)) => format!("{title}\n\n{content}"),
        (Some(title), None) => title.clone(),
        (None, Some(content)) => content,
        (None, None) => String::new(),
    };
    Record { index, title, date, text }
}

/// Whether `text` starts with `prefix` as whole words ("السلام قصة" starts with
/// "السلام", "السلامة" does not).
fn starts_with_words(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Content fields of some exports hold the article's HTML rather than its text.
fn content_text(content: &str) -> String {
    if has_markup(content) {
        html::extract(content, html::Whitespace::Collapse).text
    } else {
        content.trim().to_string()
    }
}

/// The tags that make a content field HTML.
const MARKUP: [&str; 5] = ["</p>", "<p>", "<br", "</div>", "<p "];

/// Whether `content` holds one of [`MARKUP`]: one pass over the `<`s, not one search
/// of the whole text per tag.
fn has_markup(content: &str) -> bool {
    content.match_indices('<').any(|(at, _)| MARKUP.iter().any(|tag| content[at..].starts_with(tag)))
}

fn malformed(shown: &str, e: &serde_json::Error, line: Option<usize>) -> Error {
    // serde_json's message ends with " at line L column C"; say it in our own words.
    let message = e.to_string();
    let reason = message.split(" at line ").next().unwrap_or(&message);
    let line = line.unwrap_or(e.line());
    Error::new(
        ErrorKind::Malformed,
        format!(
            "{shown}: the JSON is malformed at line {line}, column {} ({reason}); fix it, or save the articles as .txt files",
            e.column()
        ),
    )
    .with_code("json_malformed")
    .with_param("file", file_param(shown))
    .with_param("line", line.to_string())
    .with_param("column", e.column().to_string())
    .with_param("reason", reason)
}

fn no_articles(shown: &str) -> Error {
    Error::new(ErrorKind::Malformed, format!("{shown}: this JSON holds no articles; {SHAPE_ADVICE}"))
        .with_code("json_no_articles")
        .with_param("file", file_param(shown))
}

/// The file's name for an error's `file` parameter ("the file" stands for no name).
fn file_param(shown: &str) -> &str {
    if shown == "the file" {
        ""
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(json: &str) -> Vec<(Option<usize>, String)> {
        parse("t.json", json).expect("parses").into_iter().map(|r| (r.index, r.text)).collect()
    }

    #[test]
    fn saudinewsnet_shape() {
        let json = r#"[
            {"source": "aawsat", "url": "http://aawsat.com/x", "date_extracted": "2015-07-23 19:28:17",
             "title": "المالكي ونصيحة سعود الفيصل", "author": "", "content": "بهجومه غير المسبوق على السعودية."},
            {"source": "okaz", "url": "", "date_extracted": "", "title": "", "author": "", "content": "  "},
            {"source": "sabq", "title": "", "content": "خبر بلا عنوان."}
        ]"#;
        let records = parse("t.json", json).expect("parses");
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].text, "المالكي ونصيحة سعود الفيصل\n\nبهجومه غير المسبوق على السعودية.");
        assert_eq!(records[0].title.as_deref(), Some("المالكي ونصيحة سعود الفيصل"));
        assert_eq!(records[0].date.as_deref(), Some("2015-07-23"));
        assert_eq!(records[1].text, "");
        assert_eq!(records[2].text, "خبر بلا عنوان.");
        assert_eq!(records[2].index, Some(2));
    }

    #[test]
    fn single_object() {
        assert_eq!(texts(r#"{"headline": "عنوان", "body": "نص."}"#), vec![(None, "عنوان\n\nنص.".to_string())]);
    }

    #[test]
    fn content_as_paragraph_list() {
        assert_eq!(
            texts(r#"[{"title": "ع", "content": ["أولى.", "", "ثانية."]}]"#),
            vec![(Some(0), "ع\n\nأولى.\n\nثانية.".to_string())]
        );
    }

    #[test]
    fn wrapped_array() {
        assert_eq!(texts(r#"{"status": "ok", "articles": [{"text": "نص."}]}"#), vec![(Some(0), "نص.".to_string())]);
    }

    #[test]
    fn array_of_strings() {
        assert_eq!(texts(r#"["أول.", 5, "ثان."]"#), vec![(Some(0), "أول.".to_string()), (Some(2), "ثان.".to_string())]);
    }

    #[test]
    fn content_repeating_title_is_not_doubled() {
        assert_eq!(
            texts(r#"[{"title": "عنوان", "content": "عنوان\nنص."}]"#),
            vec![(Some(0), "عنوان\nنص.".to_string())]
        );
    }

    #[test]
    fn content_starting_with_a_longer_word_gets_the_title() {
        assert_eq!(
            texts(r#"[{"title": "السلام", "content": "السلامة المرورية أولا."}]"#),
            vec![(Some(0), "السلام\n\nالسلامة المرورية أولا.".to_string())]
        );
        assert_eq!(
            texts(r#"[{"title": "431", "content": "\u00a0431 رقم جديد."}]"#),
            vec![(Some(0), "431 رقم جديد.".to_string())]
        );
    }

    #[test]
    fn markup_is_found_as_the_searches_for_each_tag_found_it() {
        let each = |c: &str| MARKUP.iter().any(|tag| c.contains(tag));
        let pieces = ["<", "p", ">", "/", "br", "div", " ", "ب", "<<", "</"];
        let mut state = 11u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 12) {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            assert_eq!(has_markup(&text), each(&text), "{text:?}");
        }
    }

    #[test]
    fn html_content_is_extracted() {
        assert_eq!(
            texts(r#"[{"content": "<p>فقرة &amp; أولى</p><script>x()</script><p>ثانية</p>"}]"#),
            vec![(Some(0), "فقرة & أولى\n\nثانية".to_string())]
        );
    }

    #[test]
    fn malformed_names_line_and_column() {
        let err = parse("bad.json", "[\n  {\"title\": \"x\",}\n]").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Malformed);
        assert!(err.message().starts_with("bad.json: the JSON is malformed at line 2, column 17"), "{}", err.message());
    }

    #[test]
    fn no_articles() {
        for json in ["[1, 2, 3]", "{\"a\": 1}", "\"just a string\"", "{\"items\": [{\"x\": 1}]}"] {
            let err = parse("n.json", json).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Malformed, "{json}");
            assert!(err.message().contains("holds no articles"), "{}", err.message());
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let json = "[".repeat(100_000);
        assert_eq!(parse("deep.json", &json).unwrap_err().kind(), ErrorKind::Malformed);
    }

    #[test]
    fn json_lines() {
        let records =
            parse_lines("t.jsonl", "{\"title\": \"أ\", \"content\": \"ب.\"}\n\n{\"text\": \"ج.\"}\n").expect("parses");
        assert_eq!(records.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), ["أ\n\nب.", "ج."]);
        let err = parse_lines("t.jsonl", "{\"text\": \"a\"}\n{oops}\n").unwrap_err();
        assert!(err.message().contains("line 2"), "{}", err.message());
    }
}
