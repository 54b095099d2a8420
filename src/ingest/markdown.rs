//! Article text from Markdown: the words, without the syntax.
//!
//! Not a CommonMark renderer: the goal is text for entity extraction, so the rules
//! are line based and forgiving. Headings, emphasis, links and lists keep their words;
//! images, code blocks, link targets, reference definitions and HTML markup go. A
//! front matter block (`---` YAML or `+++` TOML) gives the title and date.

use super::html;
use super::normalize_date;

/// A Markdown note reduced to text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Note {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
}

pub(crate) fn strip(markdown: &str) -> Note {
    let (front, body) = split_front_matter(markdown);
    let mut title = front.title;
    let date = front.date;

    // HTML inside Markdown (a pasted <div>, <br>, entities) is handled by the HTML
    // reader first, keeping the line structure Markdown relies on.
    let has_markup = body
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'));
    let owned;
    let body = if has_markup || body.contains('&') {
        owned = html::extract(body, html::Whitespace::Preserve).text;
        owned.as_str()
    } else {
        body
    };

    let mut lines_out: Vec<String> = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut first_heading: Option<(usize, String)> = None;
    let mut saw_text = false;
    for line in body.split('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();

        if let Some((marker, len)) = fence {
            let run = trimmed.chars().take_while(|&c| c == marker).count();
            if run >= len && trimmed[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if indent <= 3 {
            if let Some(marker) = trimmed.chars().next().filter(|&c| c == '`' || c == '~') {
                let run = trimmed.chars().take_while(|&c| c == marker).count();
                if run >= 3 {
                    fence = Some((marker, run));
                    continue;
                }
            }
        }

        // Setext underline: "====" makes the previous line a level-1 heading.
        if indent <= 3 && !trimmed.is_empty() && trimmed.trim_end().chars().all(|c| c == '=') {
            if let Some(previous) = lines_out.last().filter(|l| !l.trim().is_empty()) {
                if title.is_none() && first_heading.as_ref().is_none_or(|(level, _)| *level > 1) {
                    first_heading = Some((1, previous.trim().to_string()));
                }
                continue;
            }
        }
        if indent <= 3 && is_thematic_break(trimmed) {
            lines_out.push(String::new());
            continue;
        }
        if indent <= 3 && is_reference_definition(trimmed) {
            continue;
        }

        let mut content = trimmed;
        // Block quotes, possibly nested: "> > text".
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.strip_prefix(' ').unwrap_or(rest);
        }
        if let Some((level, heading)) = atx_heading(content) {
            let text = inline(heading);
            if first_heading.as_ref().is_none_or(|(l, _)| level < *l && level == 1) && (level == 1 || !saw_text) {
                first_heading = Some((level, text.trim().to_string()));
            }
            saw_text = true;
            lines_out.push(text);
            continue;
        }
        content = strip_list_marker(content);
        if is_table_separator(content) {
            continue;
        }
        let text = if content.starts_with('|') { table_row(content) } else { inline(content) };
        saw_text |= !text.trim().is_empty();
        lines_out.push(text);
    }
    if title.is_none() {
        title = first_heading.map(|(_, t)| t).filter(|t| !t.is_empty());
    }
    Note { text: lines_out.join("\n"), title, date }
}

struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
}

/// Splits a leading `---`…`---` (YAML) or `+++`…`+++` (TOML) block from the body.
fn split_front_matter(markdown: &str) -> (FrontMatter, &str) {
    let mut front = FrontMatter { title: None, date: None };
    let delimiter = if markdown.starts_with("---\n") {
        "---"
    } else if markdown.starts_with("+++\n") {
        "+++"
    } else {
        return (front, markdown);
    };
    let after_open = &markdown[4..];
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == delimiter || (delimiter == "---" && bare == "...") {
            return (front, &after_open[offset + line.len()..]);
        }
        if let Some((key, value)) = bare.split_once([':', '=']) {
            let value = value.trim().trim_matches(['"', '\'']).trim();
            match key.trim().to_ascii_lowercase().as_str() {
                "title" if !value.is_empty() => front.title = Some(value.to_string()),
                "date" | "published" | "pubdate" => front.date = normalize_date(value),
                _ => {}
            }
        }
        offset += line.len();
    }
    // No closing delimiter: it was a thematic break, not front matter.
    (FrontMatter { title: None, date: None }, markdown)
}

fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    // A closing run of #s is syntax too: "## Title ##".
    let rest = rest.trim();
    let without_closing = rest.trim_end_matches('#');
    let rest = if without_closing.is_empty() || without_closing.ends_with([' ', '\t']) {
        without_closing.trim_end()
    } else {
        rest
    };
    Some((level, rest))
}

fn is_thematic_break(line: &str) -> bool {
    let line = line.trim_end();
    let Some(marker) = line.chars().next().filter(|c| matches!(c, '-' | '*' | '_')) else { return false };
    line.chars().all(|c| c == marker || c == ' ' || c == '\t') && line.chars().filter(|&c| c == marker).count() >= 3
}

/// `[label]: https://…`
fn is_reference_definition(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else { return false };
    match rest.find("]:") {
        Some(end) => end > 0 && !rest[..end].contains('['),
        None => false,
    }
}

fn strip_list_marker(line: &str) -> &str {
    if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        if rest.starts_with([' ', '\t']) {
            return rest.trim_start();
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(['.', ')']) {
            if rest.starts_with([' ', '\t']) {
                return rest.trim_start();
            }
        }
    }
    line
}

fn is_table_separator(line: &str) -> bool {
    let line = line.trim();
    line.contains('-') && line.contains('|') && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn table_row(line: &str) -> String {
    let cells: Vec<String> =
        line.trim().trim_matches('|').split('|').map(|cell| inline(cell.trim())).filter(|c| !c.is_empty()).collect();
    cells.join("\t")
}

/// Inline syntax out, words in: `![alt](src)` -> nothing, `[text](url)` -> text,
/// `**x**`/`_x_`/`~~x~~` -> x, `` `code` `` -> code, `\*` -> `*`.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let matches = matching_brackets(&chars);
    let mut out = String::with_capacity(line.len());
    // Positions of `]` that close a link text, with where the link's target ends.
    let mut link_closes: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(&(close, resume)) = link_closes.last() {
            if close == i {
                link_closes.pop();
                i = resume;
                continue;
            }
        }
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link_at(&chars, &matches, i + 1) {
                Some((_, resume)) => i = resume,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            '[' if chars.get(i + 1) == Some(&'^') => {
                // A footnote reference "[^1]": a marker, not words.
                match matches[i] {
                    Some(end) => i = end + 1,
                    None => {
                        out.push('[');
                        i += 1;
                    }
                }
            }
            '[' => match link_at(&chars, &matches, i) {
                // Links close in order, so a stack of closing positions suffices.
                Some((close, resume)) if link_closes.last().is_none_or(|&(c, _)| close < c) => {
                    link_closes.push((close, resume));
                    i += 1;
                }
                _ => {
                    out.push('[');
                    i += 1;
                }
            },
            '`' => i += 1,
            '*' | '_' | '~' => {
                let run = chars[i..].iter().take_while(|&&x| x == c).count();
                let before = if i == 0 { None } else { chars.get(i - 1).copied() };
                let after = chars.get(i + run).copied();
                let is_space = |x: Option<char>| x.is_none_or(char::is_whitespace);
                let is_word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                let delimiter = if c == '~' && run < 2 {
                    false
                } else if c == '_' && is_word(before) && is_word(after) {
                    // snake_case and the like
                    false
                } else {
                    // Emphasis delimiters touch text on one side: "**x**" opens and
                    // closes, "9 * 3" (space both sides) is arithmetic. Touching on
                    // both sides, "«**x**»" is emphasis next to punctuation, "2*3" is not.
                    match (!is_space(before), !is_space(after)) {
                        (true, false) | (false, true) => true,
                        (false, false) => false,
                        (true, true) => c == '*' && !(is_word(before) && is_word(after)),
                    }
                };
                if !delimiter {
                    out.extend(std::iter::repeat_n(c, run));
                }
                i += run;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For each `[` and `(` in `chars`, the index of the bracket that closes it (nearest
/// match, as a stack finds it): one pass, so lines full of brackets stay linear.
fn matching_brackets(chars: &[char]) -> Vec<Option<usize>> {
    let mut matches = vec![None; chars.len()];
    let (mut squares, mut rounds) = (Vec::new(), Vec::new());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '[' => squares.push(i),
            '(' => rounds.push(i),
            ']' => {
                if let Some(open) = squares.pop() {
                    matches[open] = Some(i);
                }
            }
            ')' => {
                if let Some(open) = rounds.pop() {
                    matches[open] = Some(i);
                }
            }
            _ => {}
        }
    }
    matches
}

/// At a `[`: when it opens `[text](target)` or `[text][ref]`, the index of its `]` and
/// the index just after the whole link.
fn link_at(chars: &[char], matches: &[Option<usize>], open: usize) -> Option<(usize, usize)> {
    let close = (*matches.get(open)?)?;
    if !matches!(chars.get(close + 1), Some('(' | '[')) {
        return None;
    }
    let end = (*matches.get(close + 1)?)?;
    Some((close, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $md:expr, $text:expr) => {
            #[test]
            fn $name() {
                assert_eq!(strip($md).text, $text);
            }
        };
    }

    t!(heading, "# عنوان الخبر\n\nنص.", "عنوان الخبر\n\nنص.");
    t!(heading_closing_hashes, "## عنوان ##", "عنوان");
    t!(hashtag_is_not_heading, "#وسم", "#وسم");
    t!(emphasis, "قال **الوزير** إن _الاتفاق_ ~~لم~~ تم.", "قال الوزير إن الاتفاق لم تم.");
    t!(arithmetic_stars_stay, "9 * 3 = 27", "9 * 3 = 27");
    t!(snake_case_stays, "file_name_here", "file_name_here");
    t!(link, "زار [الرياض](https://example.com/riyadh) أمس.", "زار الرياض أمس.");
    t!(link_with_parens_in_url, "[ويكي](https://x.org/a_(b)) هنا", "ويكي هنا");
    t!(reference_link, "زار [الرياض][1].\n\n[1]: https://example.com", "زار الرياض.\n");
    t!(image_removed, "قبل ![صورة](a.png) بعد", "قبل  بعد");
    t!(nested_emphasis_in_link, "[**عاجل**](u)", "عاجل");
    t!(unclosed_bracket, "[ليس رابطا", "[ليس رابطا");
    t!(escaped, r"\*نجمة\*", "*نجمة*");
    t!(inline_code, "استخدم `cargo` الآن", "استخدم cargo الآن");
    t!(code_fence_removed, "قبل\n```rust\nfn main() {}\n```\nبعد", "قبل\nبعد");
    t!(tilde_fence_removed, "قبل\n~~~\ncode\n~~~~\nبعد", "قبل\nبعد");
    t!(unclosed_fence_drops_rest, "قبل\n```\ncode", "قبل");
    t!(lists, "- أول\n* ثان\n1. ثالث\n2) رابع", "أول\nثان\nثالث\nرابع");
    t!(blockquote, "> اقتباس\n> > متداخل", "اقتباس\nمتداخل");
    t!(thematic_break, "فوق\n\n---\n\nتحت", "فوق\n\n\n\nتحت");
    t!(table, "| المدينة | العدد |\n|---|:-:|\n| الرياض | 5 |", "المدينة\tالعدد\nالرياض\t5");
    t!(html_inside, "نص <b>عريض</b> و<script>alert(1)</script>آخر &amp; <!-- تعليق -->نهاية", "نص عريض وآخر & نهاية");
    t!(html_block_inside, "قبل\n<div>\nداخل\n</div>\nبعد", "قبل\n\nداخل\n\nبعد");
    t!(footnote_ref, "جملة[^1] أخرى", "جملة أخرى");
    t!(setext, "عنوان\n=====\nنص", "عنوان\nنص");

    #[test]
    fn title_from_first_h1() {
        assert_eq!(strip("مقدمة\n\n# العنوان\n\nنص").title.as_deref(), Some("العنوان"));
        assert_eq!(strip("## فرعي\n\nنص").title.as_deref(), Some("فرعي"));
        assert_eq!(strip("نص\n\n## فرعي").title, None);
        assert_eq!(strip("عنوان\n===\nنص").title.as_deref(), Some("عنوان"));
    }

    #[test]
    fn front_matter() {
        let note = strip("---\ntitle: \"زيارة رسمية\"\ndate: 2023-01-05T10:00:00Z\ntags: [a]\n---\n# عنوان آخر\nنص");
        assert_eq!(note.title.as_deref(), Some("زيارة رسمية"));
        assert_eq!(note.date.as_deref(), Some("2023-01-05"));
        assert_eq!(note.text, "عنوان آخر\nنص");
        let toml = strip("+++\ntitle = 'عنوان'\n+++\nنص");
        assert_eq!((toml.title.as_deref(), toml.text.as_str()), (Some("عنوان"), "نص"));
    }

    #[test]
    fn hostile_brackets_are_linear_and_safe() {
        let line = "[".repeat(50_000) + &"]".repeat(10) + "(" + &"(".repeat(50_000);
        let _ = strip(&line);
        let _ = strip(&"![".repeat(30_000));
        let _ = strip(&"*_~`\\".repeat(30_000));
    }
}
