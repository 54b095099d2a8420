//! Visible article text from HTML, without a DOM.
//!
//! A full HTML5 parser (html5ever) would triple the size of the wasm bundle, and the
//! job here is narrower: find the text a reader sees, skip scripts and page chrome,
//! turn blocks into line breaks. So this is a single forward pass over the markup with
//! a few counters instead of a tree:
//!
//! - it is linear: every search either consumes what it scanned or ends the input, and
//!   an unclosed quote is detected from a precomputed "last quote" position instead of
//!   being searched for again and again;
//! - it never recurses, so a million nested `<div>`s cost a million counter steps;
//! - skipped regions (`<nav>`, `<form>`, `<svg>`…) are tracked by counting nested tags
//!   of the same name, and end at `</body>` if they were never closed;
//! - the heuristics that skip chrome (page-level `<header>`, class names such as
//!   `share` or `comments`) are dropped in a second pass when they left next to
//!   nothing of a long page, so a page built oddly loses its chrome filter, never
//!   its article;
//! - when an `<article>` (or `<main>`, or `itemprop="articleBody"`) holds a good
//!   share of the text, only its text is kept: menus and teasers built from plain
//!   `<div>`s escape every rule above.

use super::normalize_date;

/// What a reader gets from one HTML document.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct HtmlArticle {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
}

/// How whitespace in text is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Whitespace {
    /// As a browser renders it: runs collapse to one space, blocks make line breaks.
    Collapse,
    /// As written: for HTML embedded in Markdown, whose lines already mean something.
    Preserve,
}

/// Extracts the visible text, title and date of `html`.
pub(crate) fn extract(html: &str, whitespace: Whitespace) -> HtmlArticle {
    let first = Extractor::run(html, whitespace, true);
    // Fewer letters than a short paragraph: the chrome heuristics may have hit the
    // article's own wrapper (a `<div class="with-sidebar">`). Without them, a page
    // with much more text means the article was lost; a page without is just short.
    let first_letters = letters(&first.text);
    if first_letters >= 200 {
        return first;
    }
    let second = Extractor::run(html, whitespace, false);
    if first_letters > 0 && letters(&second.text) < 1000 {
        return first;
    }
    HtmlArticle { title: first.title.or(second.title), date: first.date.or(second.date), text: second.text }
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Elements whose content is raw text up to their end tag: never parsed as markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Elements whose content is never article text.
const ALWAYS_SKIPPED: &[&str] =
    &["template", "svg", "math", "select", "button", "object", "canvas", "audio", "video", "map", "datalist", "dialog"];

/// Page chrome, skipped on the first pass only.
const CHROME: &[&str] = &["nav", "form", "aside", "menu"];

/// Elements without content or end tag.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Blocks that start a new paragraph.
const PARAGRAPH: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "figure",
    "hr",
    "body",
    "header",
    "footer",
    "aside",
    "nav",
    "details",
];

/// Blocks that start a new line.
const LINE: &[&str] = &[
    "div",
    "li",
    "dt",
    "dd",
    "tr",
    "br",
    "figcaption",
    "caption",
    "address",
    "center",
    "summary",
    "legend",
    "fieldset",
    "form",
    "tbody",
    "thead",
    "tfoot",
    "option",
];

/// Words in `class`/`id` values that mark chrome (split on spaces, `-` and `_`).
const CHROME_CLASS_WORDS: &[&str] = &[
    "comment",
    "comments",
    "respond",
    "share",
    "sharing",
    "sharedaddy",
    "social",
    "related",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "sidebar",
    "widget",
    "newsletter",
    "advert",
    "advertisement",
    "ads",
    "ad",
    "menu",
    "navbar",
    "nav",
    "navigation",
    "popup",
    "modal",
    "subscribe",
    "hidden",
    "sr",
    "screen",
    "skip",
    "tags",
];

/// First words of class names that describe a layout rather than a component.
/// ("post-share" and "site-footer" are chrome: only state words qualify.)
const WRAPPER_PREFIXES: &[&str] = &["has", "with", "no", "is", "layout"];

/// `role` values of chrome landmarks.
const CHROME_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"];

/// Meta names and properties that carry the publication date.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Line,
    Paragraph,
}

/// Text being built with HTML whitespace rules.
struct Output {
    text: String,
    whitespace: Whitespace,
    pending: Break,
    space: bool,
}

impl Output {
    fn new(whitespace: Whitespace) -> Output {
        Output { text: String::new(), whitespace, pending: Break::None, space: false }
    }

    fn block(&mut self, level: Break) {
        self.pending = self.pending.max(level);
    }

    fn push(&mut self, text: &str, preformatted: bool) {
        for c in text.chars() {
            let preserve = preformatted || self.whitespace == Whitespace::Preserve;
            if !preserve && (c.is_whitespace() || c == '\u{a0}') {
                self.space = true;
                continue;
            }
            self.flush_break();
            if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.space = false;
            // A no-break space is layout, not content: later stages split words on
            // plain spaces.
            self.text.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    fn flush_break(&mut self) {
        if self.pending == Break::None {
            return;
        }
        if !self.text.is_empty() {
            let trimmed = self.text.trim_end_matches([' ', '\t']).len();
            self.text.truncate(trimmed);
            let have = self.text.len() - self.text.trim_end_matches('\n').len();
            let want = if self.pending == Break::Paragraph { 2 } else { 1 };
            for _ in have..want {
                self.text.push('\n');
            }
        }
        self.pending = Break::None;
        self.space = false;
    }

    fn finish(self) -> String {
        self.text.trim().to_string()
    }

    fn letters(&self) -> usize {
        self.text.chars().filter(|c| c.is_alphabetic()).count()
    }
}

/// A start or end tag as the tokenizer saw it.
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
    self_closing: bool,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// An element followed to its end tag (a skipped region, or the article body): its
/// name, and how many elements of that name are open, itself included.
struct Region {
    name: String,
    depth: usize,
}

struct Extractor<'a> {
    html: &'a str,
    pos: usize,
    /// Byte offset of the last `"` and `'` in the document: a quote opened after it
    /// is never closed, which is known without searching.
    last_double_quote: Option<usize>,
    last_single_quote: Option<usize>,
    heuristics: bool,

    all: Output,
    in_article: Output,
    in_main: Output,
    /// The region whose text is being dropped, if any.
    skip: Option<Region>,
    article_depth: usize,
    main_depth: usize,
    pre_depth: usize,
    h1_depth: usize,
    h1_count: usize,
    /// An element marked itemprop="articleBody" (not an <article>) and how many
    /// elements of its name are open inside it, to find its end tag.
    article_body: Option<Region>,

    title: Option<String>,
    og_title: Option<String>,
    first_h1: String,
    first_h1_in_article: bool,
    meta_date: Option<String>,
    time_date: Option<String>,
    json_ld_date: Option<String>,
}

impl<'a> Extractor<'a> {
    fn run(html: &'a str, whitespace: Whitespace, heuristics: bool) -> HtmlArticle {
        let mut x = Extractor {
            html,
            pos: 0,
            last_double_quote: html.rfind('"'),
            last_single_quote: html.rfind('\''),
            heuristics,
            all: Output::new(whitespace),
            in_article: Output::new(whitespace),
            in_main: Output::new(whitespace),
            skip: None,
            article_depth: 0,
            main_depth: 0,
            pre_depth: 0,
            h1_depth: 0,
            h1_count: 0,
            article_body: None,
            title: None,
            og_title: None,
            first_h1: String::new(),
            first_h1_in_article: false,
            meta_date: None,
            time_date: None,
            json_ld_date: None,
        };
        x.parse();
        x.finish()
    }

    fn rest(&self) -> &'a str {
        self.html.get(self.pos..).unwrap_or("")
    }

    fn parse(&mut self) {
        while self.pos < self.html.len() {
            let rest = self.rest();
            let Some(lt) = rest.find('<') else {
                self.text(rest);
                self.pos = self.html.len();
                break;
            };
            if lt > 0 {
                self.text(&rest[..lt]);
            }
            self.pos += lt;
            self.markup();
        }
    }

    /// At a `<`: a tag, a comment, a declaration, or just a less-than sign.
    fn markup(&mut self) {
        let rest = self.rest().as_bytes();
        match rest.get(1) {
            Some(b'!') if rest.starts_with(b"<!--") => {
                // A comment runs to `-->`, or to the end when never closed.
                self.pos = match self.rest()[4..].find("-->") {
                    Some(end) => self.pos + 4 + end + 3,
                    None => self.html.len(),
                };
            }
            Some(b'!') | Some(b'?') => {
                // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: nothing a reader sees.
                self.pos = match self.rest().find('>') {
                    Some(end) => self.pos + end + 1,
                    None => self.html.len(),
                };
            }
            Some(b'/') if rest.get(2).is_some_and(u8::is_ascii_alphabetic) => {
                self.pos += 2;
                let tag = self.tag();
                self.end_tag(&tag.name);
            }
            Some(c) if c.is_ascii_alphabetic() => {
                self.pos += 1;
                let tag = self.tag();
                self.start_tag(tag);
            }
            _ => {
                self.text("<");
                self.pos += 1;
            }
        }
    }

    /// Reads a tag name and its attributes up to and including the closing `>`.
    fn tag(&mut self) -> Tag {
        let bytes = self.html.as_bytes();
        let name_start = self.pos;
        while self.pos < bytes.len()
            && !matches!(bytes[self.pos], b'>' | b'/')
            && !bytes[self.pos].is_ascii_whitespace()
        {
            self.pos += 1;
        }
        let name = self.html.get(name_start..self.pos).unwrap_or("").to_ascii_lowercase();
        let mut tag = Tag { name, attributes: Vec::new(), self_closing: false };
        loop {
            while self.pos < bytes.len() && (bytes[self.pos].is_ascii_whitespace() || bytes[self.pos] == b'/') {
                tag.self_closing = bytes[self.pos] == b'/';
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                return tag;
            }
            if bytes[self.pos] == b'>' {
                self.pos += 1;
                return tag;
            }
            tag.self_closing = false;
            let attr_start = self.pos;
            // The first character is taken whatever it is ("=" included, as in
            // HTML5), so that every loop iteration makes progress.
            self.pos += 1;
            while self.pos < bytes.len()
                && !matches!(bytes[self.pos], b'>' | b'/' | b'=')
                && !bytes[self.pos].is_ascii_whitespace()
            {
                self.pos += 1;
            }
            let attr_name = self.html.get(attr_start..self.pos).unwrap_or("").to_ascii_lowercase();
            while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            let mut value = String::new();
            if bytes.get(self.pos) == Some(&b'=') {
                self.pos += 1;
                while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
                    self.pos += 1;
                }
                value = self.attribute_value();
            }
            // Only the first few attributes matter and a hostile tag may have
            // millions; keep the work per tag bounded in memory.
            if tag.attributes.len() < 64 {
                tag.attributes.push((attr_name, value));
            }
        }
    }

    fn attribute_value(&mut self) -> String {
        let bytes = self.html.as_bytes();
        let quote = bytes.get(self.pos).copied();
        let last = match quote {
            Some(b'"') => self.last_double_quote,
            Some(b'\'') => self.last_single_quote,
            _ => None,
        };
        let raw = match (quote, last) {
            (Some(q), Some(last)) if last > self.pos => {
                let start = self.pos + 1;
                let end = self.rest()[1..].find(q as char).map_or(self.html.len(), |e| start + e);
                self.pos = (end + 1).min(self.html.len());
                self.html.get(start..end).unwrap_or("")
            }
            _ => {
                // Unquoted, or a quote that is never closed: read to the next space
                // or `>` so that one stray quote does not swallow the document.
                let start = self.pos + usize::from(quote.is_some_and(|q| q == b'"' || q == b'\''));
                self.pos = start;
                while self.pos < bytes.len() && bytes[self.pos] != b'>' && !bytes[self.pos].is_ascii_whitespace() {
                    self.pos += 1;
                }
                self.html.get(start..self.pos).unwrap_or("")
            }
        };
        let mut value = String::with_capacity(raw.len());
        decode_entities(raw, &mut value);
        value
    }

    /// Skips the content of a raw-text element and returns it.
    fn raw_text(&mut self, name: &str) -> &'a str {
        let start = self.pos;
        let bytes = self.html.as_bytes();
        let mut from = start;
        loop {
            let Some(found) = self.html.get(from..).and_then(|r| r.find("</")) else {
                self.pos = self.html.len();
                return self.html.get(start..).unwrap_or("");
            };
            let at = from + found;
            let name_end = at + 2 + name.len();
            let matches = bytes.get(at + 2..name_end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                && bytes.get(name_end).is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
            if matches {
                let content = self.html.get(start..at).unwrap_or("");
                self.pos = match self.html.get(name_end..).and_then(|r| r.find('>')) {
                    Some(gt) => name_end + gt + 1,
                    None => self.html.len(),
                };
                return content;
            }
            from = at + 2;
        }
    }

    fn text(&mut self, raw: &str) {
        if self.skip.is_some() {
            return;
        }
        let mut decoded = String::with_capacity(raw.len());
        decode_entities(raw, &mut decoded);
        let pre = self.pre_depth > 0;
        self.all.push(&decoded, pre);
        if self.article_depth > 0 {
            self.in_article.push(&decoded, pre);
        }
        if self.main_depth > 0 {
            self.in_main.push(&decoded, pre);
        }
        // An <h1> left open would otherwise collect the whole page.
        if self.h1_depth > 0 && self.h1_count == 1 && self.first_h1.len() < MAX_TITLE_BYTES {
            self.first_h1.push_str(&decoded);
        }
    }

    fn block(&mut self, level: Break) {
        self.all.block(level);
        self.in_article.block(level);
        self.in_main.block(level);
    }

    fn start_tag(&mut self, tag: Tag) {
        let name = tag.name.as_str();
        if name == "meta" {
            self.meta(&tag);
            return;
        }
        if RAW_TEXT.contains(&name) && !tag.self_closing {
            let is_json_ld = name == "script"
                && tag.attribute("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            let content = self.raw_text(name);
            if self.skip.is_some() {
                return;
            }
            if name == "title" && self.title.is_none() {
                let mut title = String::new();
                decode_entities(content, &mut title);
                self.title = non_empty(collapse_whitespace(&title));
            } else if is_json_ld && self.json_ld_date.is_none() {
                self.json_ld_date = json_ld_date(content);
            }
            return;
        }
        if let Some(skip) = &mut self.skip {
            if skip.name == name && !tag.self_closing && !VOID.contains(&name) {
                skip.depth += 1;
            }
            return;
        }
        let has_end_tag = !tag.self_closing && !VOID.contains(&name);
        if self.starts_skip(&tag) {
            if has_end_tag {
                self.skip = Some(Region { name: tag.name.clone(), depth: 1 });
            }
            return;
        }
        if let Some(body) = &mut self.article_body {
            if body.name == name && has_end_tag {
                body.depth += 1;
            }
        } else if has_end_tag
            && name != "article"
            && tag.attribute("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
        {
            // itemprop="articleBody" marks the article as well as <article> does.
            self.article_body = Some(Region { name: tag.name.clone(), depth: 1 });
            self.article_depth += 1;
        }
        match name {
            "article" => self.article_depth += 1,
            "main" => self.main_depth += 1,
            "pre" | "listing" => self.pre_depth += 1,
            "h1" => {
                self.h1_depth += 1;
                self.h1_count += 1;
                if self.h1_count == 1 {
                    self.first_h1_in_article = self.article_depth > 0;
                }
            }
            "time" if self.time_date.is_none() => {
                self.time_date = tag.attribute("datetime").and_then(normalize_date);
            }
            "td" | "th" => self.all_space(),
            // Old sites separate paragraphs with <br><br>: a blank line, as shown.
            "br" if self.all.pending >= Break::Line => {
                self.block(Break::Paragraph);
                return;
            }
            _ => {}
        }
        if tag.attribute("itemprop").is_some_and(|v| v.eq_ignore_ascii_case("datePublished"))
            && self.meta_date.is_none()
        {
            self.meta_date = tag.attribute("content").or(tag.attribute("datetime")).and_then(normalize_date);
        }
        self.block_for(name);
    }

    fn all_space(&mut self) {
        for out in [&mut self.all, &mut self.in_article, &mut self.in_main] {
            out.space = true;
        }
    }

    fn block_for(&mut self, name: &str) {
        if PARAGRAPH.contains(&name) {
            self.block(Break::Paragraph);
        } else if LINE.contains(&name) {
            self.block(Break::Line);
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(skip) = &mut self.skip {
            if skip.name == name {
                skip.depth = skip.depth.saturating_sub(1);
                if skip.depth == 0 {
                    self.skip = None;
                }
            } else if name == "body" || name == "html" {
                // A chrome region never closed ends with the page.
                self.skip = None;
            }
            return;
        }
        match name {
            "article" => self.article_depth = self.article_depth.saturating_sub(1),
            "main" => self.main_depth = self.main_depth.saturating_sub(1),
            "pre" | "listing" => self.pre_depth = self.pre_depth.saturating_sub(1),
            "h1" => self.h1_depth = self.h1_depth.saturating_sub(1),
            _ => {}
        }
        if let Some(body) = &mut self.article_body {
            if body.name == name {
                body.depth = body.depth.saturating_sub(1);
                if body.depth == 0 {
                    self.article_body = None;
                    self.article_depth = self.article_depth.saturating_sub(1);
                }
            }
        }
        self.block_for(name);
    }

    /// Whether the element starting with `tag` holds no article text.
    fn starts_skip(&self, tag: &Tag) -> bool {
        let name = tag.name.as_str();
        if ALWAYS_SKIPPED.contains(&name) {
            return true;
        }
        if !self.heuristics {
            return false;
        }
        if CHROME.contains(&name) {
            return true;
        }
        let page_level = self.article_depth == 0 && self.main_depth == 0;
        if page_level && (name == "header" || name == "footer") {
            return true;
        }
        // Never skip the containers the article lives in, whatever their classes.
        if matches!(name, "html" | "body" | "main" | "article") {
            return false;
        }
        if tag.attribute("hidden").is_some() || tag.attribute("aria-hidden").is_some_and(|v| v == "true") {
            return true;
        }
        if tag.attribute("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        }) {
            return true;
        }
        if tag.attribute("role").is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str())) {
            return true;
        }
        if name == "a"
            && tag.attribute("href").is_some_and(|h| h.trim_start().to_ascii_lowercase().starts_with("javascript:"))
        {
            return true;
        }
        let chrome_word = |value: &str| {
            value.split_whitespace().any(|class| {
                let class = class.to_ascii_lowercase();
                let mut words = class.split(['-', '_']).filter(|w| !w.is_empty()).peekable();
                // "has-sidebar", "with-comments", "layout-sidebar" describe a wrapper
                // that holds the article, not the chrome itself.
                if words.peek().is_some_and(|w| WRAPPER_PREFIXES.contains(w)) {
                    return false;
                }
                words.any(|w| CHROME_CLASS_WORDS.contains(&w) || (page_level && (w == "header" || w == "footer")))
            })
        };
        tag.attribute("class").is_some_and(chrome_word) || tag.attribute("id").is_some_and(chrome_word)
    }

    fn meta(&mut self, tag: &Tag) {
        let key = tag
            .attribute("property")
            .or(tag.attribute("name"))
            .or(tag.attribute("itemprop"))
            .map(|k| k.trim().to_ascii_lowercase());
        let Some(key) = key else { return };
        let content = tag.attribute("content").unwrap_or("");
        if (key == "og:title" || key == "twitter:title") && self.og_title.is_none() {
            self.og_title = non_empty(collapse_whitespace(content));
        } else if DATE_METAS.contains(&key.as_str()) && self.meta_date.is_none() {
            self.meta_date = normalize_date(content);
        }
    }

    fn finish(self) -> HtmlArticle {
        let h1 = non_empty(collapse_whitespace(&self.first_h1));
        let all_letters = self.all.letters();
        // The article element wins when it holds a real share of the page's text:
        // outside it are menus, teasers and footers that no pattern list catches.
        // 40%: teaser <article>s in a sidebar must not win over a body kept in divs.
        let substantial = |letters: usize| letters >= 100 && letters * 5 >= all_letters * 2;
        let (mut text, restricted) = if substantial(self.in_article.letters()) {
            (self.in_article.finish(), true)
        } else if substantial(self.in_main.letters()) {
            (self.in_main.finish(), true)
        } else {
            (self.all.finish(), false)
        };
        // The headline often sits above the <article>; the text should start with it.
        if restricted && !self.first_h1_in_article {
            if let Some(h1) = &h1 {
                if !text.contains(h1.as_str()) {
                    text = format!("{h1}\n\n{text}");
                }
            }
        }
        let title = self.og_title.or(h1).or(self.title);
        let date = self.meta_date.or(self.json_ld_date).or(self.time_date);
        HtmlArticle { text, title, date }
    }
}

/// A headline longer than this is an unclosed `<title>` or `<h1>` that ran into the
/// page, not a headline.
const MAX_TITLE_BYTES: usize = 1000;

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty() && s.len() <= MAX_TITLE_BYTES).then_some(s)
}

fn collapse_whitespace(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `"datePublished": "2023-01-05T10:00:00Z"` inside a JSON-LD script. A string search
/// rather than a parse: the blocks are often invalid JSON, and one field is enough.
fn json_ld_date(script: &str) -> Option<String> {
    let at = script.find("\"datePublished\"")?;
    let rest = script.get(at + "\"datePublished\"".len()..)?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    normalize_date(rest.get(..rest.find('"')?)?)
}

/// Decodes character references (`&amp;`, `&#1575;`, `&#x627;`, `&nbsp;`) in `raw`.
/// Unknown names are left as written, as browsers do.
pub(crate) fn decode_entities(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match parse_reference(rest) {
            Some((replacement, len)) => {
                match replacement {
                    Replacement::Text(text) => out.push_str(text),
                    Replacement::Char(c) => out.push(c),
                }
                rest = rest.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// What a character reference stands for.
enum Replacement {
    Text(&'static str),
    Char(char),
}

/// Parses a reference at the start of `s` (which starts with `&`): the replacement
/// text and how many bytes the reference spans.
fn parse_reference(s: &str) -> Option<(Replacement, usize)> {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
        let digits_start = if hex { 3 } else { 2 };
        let mut end = digits_start;
        let mut value: u32 = 0;
        while let Some(&b) = bytes.get(end) {
            let digit = if hex { (b as char).to_digit(16) } else { (b as char).to_digit(10) };
            let Some(digit) = digit else { break };
            // Saturate: a reference with 50 digits is out of range, not a panic.
            value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(digit);
            end += 1;
        }
        if end == digits_start {
            return None;
        }
        if bytes.get(end) == Some(&b';') {
            end += 1;
        }
        return Some((numeric_reference(value), end));
    }
    let name_len = bytes[1..].iter().take(32).take_while(|b| b.is_ascii_alphanumeric()).count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    let terminated = bytes.get(1 + name_len) == Some(&b';');
    let replacement = Replacement::Text(named_reference(name)?);
    if terminated {
        return Some((replacement, name_len + 2));
    }
    // Browsers accept a few old names without the semicolon ("&amp" "&nbsp").
    let legacy = matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy" | "reg" | "AMP" | "LT" | "GT" | "QUOT");
    legacy.then_some((replacement, name_len + 1))
}

/// A numeric reference's text, with the HTML5 fix-ups: windows-1252 for 0x80–0x9F
/// (what pages that say `&#150;` mean), U+FFFD for NUL, surrogates and out of range.
fn numeric_reference(value: u32) -> Replacement {
    const WINDOWS_1252: [&str; 32] = [
        "€", "\u{81}", "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "\u{8d}", "Ž", "\u{8f}", "\u{90}", "‘",
        "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", "\u{9d}", "ž", "Ÿ",
    ];
    if let Some(text) = value.checked_sub(0x80).and_then(|i| WINDOWS_1252.get(i as usize)) {
        return Replacement::Text(text);
    }
    match char::from_u32(value) {
        Some('\0') | None => Replacement::Char('\u{fffd}'),
        Some(c) => Replacement::Char(c),
    }
}

fn named_reference(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "zwnj" => "\u{200c}",
        "zwj" => "\u{200d}",
        "lrm" => "\u{200e}",
        "rlm" => "\u{200f}",
        "shy" => "\u{ad}",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "laquo" => "«",
        "raquo" => "»",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "bull" => "•",
        "middot" => "·",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sup2" => "²",
        "sup3" => "³",
        "micro" => "µ",
        "para" => "¶",
        "sect" => "§",
        "cent" => "¢",
        "pound" => "£",
        "yen" => "¥",
        "euro" => "€",
        "curren" => "¤",
        "permil" => "‰",
        "prime" => "′",
        "Prime" => "″",
        "dagger" => "†",
        "Dagger" => "‡",
        "larr" => "←",
        "rarr" => "→",
        "uarr" => "↑",
        "darr" => "↓",
        "iexcl" => "¡",
        "iquest" => "¿",
        "ordf" => "ª",
        "ordm" => "º",
        "not" => "¬",
        "macr" => "¯",
        "acute" => "´",
        "cedil" => "¸",
        "uml" => "¨",
        "agrave" => "à",
        "aacute" => "á",
        "acirc" => "â",
        "atilde" => "ã",
        "auml" => "ä",
        "ccedil" => "ç",
        "egrave" => "è",
        "eacute" => "é",
        "ecirc" => "ê",
        "euml" => "ë",
        "igrave" => "ì",
        "iacute" => "í",
        "icirc" => "î",
        "iuml" => "ï",
        "ntilde" => "ñ",
        "ograve" => "ò",
        "oacute" => "ó",
        "ocirc" => "ô",
        "otilde" => "õ",
        "ouml" => "ö",
        "ugrave" => "ù",
        "uacute" => "ú",
        "ucirc" => "û",
        "uuml" => "ü",
        "szlig" => "ß",
        "Eacute" => "É",
        "Agrave" => "À",
        "Ccedil" => "Ç",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        "Auml" => "Ä",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        extract(html, Whitespace::Collapse).text
    }

    macro_rules! t {
        ($name:ident, $html:expr, $text:expr) => {
            #[test]
            fn $name() {
                assert_eq!(text($html), $text);
            }
        };
    }

    t!(paragraphs, "<p>الأولى</p><p>الثانية</p>", "الأولى\n\nالثانية");
    t!(whitespace_collapses, "<p>  كلمة \n\t  أخرى  </p>", "كلمة أخرى");
    t!(br_and_div, "سطر<br>سطر<div>كتلة</div>بعد", "سطر\nسطر\nكتلة\nبعد");
    t!(double_br_is_a_paragraph, "فقرة<br><br>أخرى<br />\n<br/>ثالثة", "فقرة\n\nأخرى\n\nثالثة");
    t!(inline_elements_join, "<p>قال <b>الوزير</b> <a href=\"/x\">محمد</a>.</p>", "قال الوزير محمد.");
    t!(
        entities,
        "<p>&amp; &lt;b&gt; &quot;x&quot; &#1575;&#x644; &nbsp;a&nbsp;b &hellip; &laquo;س&raquo; &unknown; & x</p>",
        "& <b> \"x\" ال a b … «س» &unknown; & x"
    );
    // Unknown names stay as written (browsers would read "&notin" as "¬in"; rare).
    t!(entity_without_semicolon, "<p>&amp &copy 2023 &notin</p>", "& © 2023 &notin");
    t!(
        numeric_fixups,
        "<p>&#150; &#0; &#xD800; &#99999999999; &#x110000;</p>",
        "– \u{fffd} \u{fffd} \u{fffd} \u{fffd}"
    );
    t!(script_and_style_dropped,
        "<p>قبل</p><script>document.write('<p>سر</p>'); var x = '</scr' + 'ipt>';</script><style>p { color: red }</style><p>بعد</p>",
        "قبل\n\nبعد");
    t!(script_end_tag_case_and_spaces, "<SCRIPT type=x>alert('نص مخفي')</SCRIPT >ظاهر", "ظاهر");
    t!(unclosed_script_drops_rest, "ظاهر<script>مخفي", "ظاهر");
    t!(onclick_and_javascript_links,
        "<p onclick=\"alert('نقرة')\">نص <a href=\"javascript:void(share('سر'))\">شارك</a> <a href=\" JavaScript:x()\">اطبع</a>النهاية</p>",
        "نص النهاية");
    t!(comments_dropped, "أ<!-- تعليق <p>مخفي</p> -->ب<!-- بلا نهاية", "أب");
    t!(doctype_and_pi, "<!DOCTYPE html><?xml version=\"1.0\"?><p>نص</p>", "نص");
    t!(noscript_template_svg_iframe,
        "<noscript>فعّل جافاسكربت</noscript><template><p>قالب</p></template><svg><title>أيقونة</title><text>رسم</text></svg><iframe src=x>إطار</iframe><p>مقال</p>",
        "مقال");
    t!(self_closing_svg_does_not_swallow, "<svg/><p>مقال</p>", "مقال");
    t!(nav_header_footer_form_aside,
        "<header><a>الرئيسية</a></header><nav><ul><li>سياسة</li></ul></nav><p>المقال</p><aside>إعلان</aside><form><input><label>بريدك</label></form><footer>حقوق</footer>",
        "المقال");
    t!(nested_skip_regions, "<nav><nav>أ</nav>ب</nav>ج", "ج");
    t!(unclosed_nav_ends_at_body, "<body><nav>قائمة<p>نص</p></body>بعد", "بعد");
    t!(
        header_inside_article_is_kept,
        "<article><header><h1>العنوان</h1></header><p>النص</p></article>",
        "العنوان\n\nالنص"
    );
    t!(chrome_classes, "<div class=\"post-share\">ت</div><div class=\"site-footer\">ح</div><div class=\"share-buttons\">تويتر</div><div id=comments>رد</div><div class=\"post_content\">نص</div>", "نص");
    t!(hidden_elements, "<p hidden>أ</p><p aria-hidden=\"true\">ب</p><p style=\"display: none\">ج</p><p>د</p>", "د");
    t!(less_than_in_text, "<p>3 < 5 و 7 <= 8 <٣</p>", "3 < 5 و 7 <= 8 <٣");
    // A quote that never closes ends at the next space or ">": one typo must not hide
    // the rest of the page (browsers would hide it).
    t!(unquoted_and_broken_attributes, "<p class=x id='y>نص</p><p title=\"بلا نهاية>ثان", "نص\n\nثان");
    t!(pre_keeps_whitespace, "<pre>سطر  1\n  سطر 2</pre>", "سطر  1\n  سطر 2");
    t!(
        table_cells,
        "<table><tr><td>الرياض</td><td>5</td></tr><tr><td>جدة</td><td>3</td></tr></table>",
        "الرياض 5\nجدة 3"
    );
    t!(all_chrome_falls_back, "<nav><p>نص وحيد داخل nav</p></nav>", "نص وحيد داخل nav");
    t!(unclosed_h1_and_title, "<title>عنوان<p>ليس نصا</p>", "");
    t!(
        wrapper_classes_are_not_chrome,
        "<div class=\"has-sidebar layout-with-comments\"><p>نص</p></div><div class=\"sidebar\">جانبي</div>",
        "نص"
    );
    t!(body_class_is_never_chrome, "<body class=\"menu-open\"><p>نص</p></body>", "نص");

    #[test]
    fn article_element_wins_over_page_chrome() {
        let body = "جملة من المقال الحقيقي. ".repeat(10);
        let html = format!(
            "<div class=x><a href=/>الرئيسية</a> <a href=/a>اقتصاد</a></div><h1>العنوان الرئيسي</h1>\
             <article><p>{body}</p></article><div>روابط أخرى كثيرة</div>"
        );
        let page = extract(&html, Whitespace::Collapse);
        assert_eq!(page.text, format!("العنوان الرئيسي\n\n{}", body.trim()));
        assert_eq!(page.title.as_deref(), Some("العنوان الرئيسي"));
    }

    #[test]
    fn chrome_heuristics_that_swallow_the_article_are_dropped() {
        let body = "جملة طويلة من نص المقال الحقيقي. ".repeat(40);
        let html = format!("<h1>عنوان</h1><div class=\"social-layout\"><p>{body}</p></div>");
        assert_eq!(text(&html), format!("عنوان\n\n{}", body.trim()));
        // A short page keeps its chrome filter.
        assert_eq!(text("<h1>عنوان</h1><div class=\"share\">تويتر</div>"), "عنوان");
    }

    #[test]
    fn item_prop_article_body() {
        let body = "نص المقال الطويل بما يكفي. ".repeat(8);
        let html = format!(
            "<div>قائمة</div><div itemprop=\"articleBody\"><div>{body}</div><div>تتمة</div></div><div>تذييل</div>"
        );
        assert_eq!(text(&html), format!("{}\nتتمة", body.trim()));
    }

    #[test]
    fn title_and_date() {
        let html = "<html><head><title>عنوان الصفحة | الموقع</title>\
            <meta property=\"article:published_time\" content=\"2023-01-05T10:00:00+03:00\"></head>\
            <body><h1>عنوان &amp; الخبر</h1><p>نص</p></body></html>";
        let page = extract(html, Whitespace::Collapse);
        assert_eq!(page.title.as_deref(), Some("عنوان & الخبر"));
        assert_eq!(page.date.as_deref(), Some("2023-01-05"));
        assert_eq!(page.text, "عنوان & الخبر\n\nنص");

        let page = extract(
            "<title> عنوان\n الصفحة </title><p>نص <time datetime=\"2022-08-10\">10 أغسطس</time></p>",
            Whitespace::Collapse,
        );
        assert_eq!(page.title.as_deref(), Some("عنوان الصفحة"));
        assert_eq!(page.date.as_deref(), Some("2022-08-10"));
        assert_eq!(page.text, "نص 10 أغسطس");

        let page = extract("<meta property=og:title content=\"عنوان og\"><script type=\"application/ld+json\">{\"datePublished\": \"2021-03-04T00:00:00Z\"}</script><h1>ح</h1>", Whitespace::Collapse);
        assert_eq!((page.title.as_deref(), page.date.as_deref()), (Some("عنوان og"), Some("2021-03-04")));
    }

    #[test]
    fn unclosed_headline_is_not_a_title() {
        let html = format!("<h1>{}", "كلمة ".repeat(1000));
        let page = extract(&html, Whitespace::Collapse);
        assert_eq!(page.title, None);
        assert_eq!(page.text.len(), "كلمة ".repeat(1000).trim().len());
    }

    #[test]
    fn preserve_mode_keeps_lines() {
        assert_eq!(extract("سطر\nسطر <b>آخر</b>\n\nفقرة", Whitespace::Preserve).text, "سطر\nسطر آخر\n\nفقرة");
    }

    #[test]
    fn deep_nesting_and_hostile_markup_are_linear_and_safe() {
        let deep = "<div>".repeat(200_000) + "نص" + &"</div>".repeat(200_000);
        assert_eq!(text(&deep), "نص");
        let quotes = "<a b=\"".repeat(50_000);
        let _ = text(&quotes);
        let _ = text(&"<!--".repeat(50_000));
        let _ = text(&"<script>".repeat(50_000));
        let _ = text(&"</".repeat(50_000));
        let _ = text(&"&#".repeat(50_000));
        let _ = text(&"<p a=1 ".repeat(50_000));
        let _ = text(&"<nav>".repeat(100_000));
        let _ = text("<");
        let _ = text("<a");
        let _ = text("</a");
        let _ = text("&");
        let _ = text("<x =>");
    }
}
