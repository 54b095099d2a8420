//! Removing lines that are page furniture, not article text.
//!
//! Text copied or scraped from news sites ends with the site's chrome: comment forms
//! ("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني"), captchas ("9 + سبعة ="),
//! share and follow buttons, "related articles" headers, "back to top" links. Left in,
//! they pollute entity tables (Telegram becomes an organisation in every article).
//!
//! The rules are deliberately conservative, because removing a real sentence is worse
//! than keeping a button label:
//!
//! - only whole lines are removed, and only lines that match a known pattern exactly
//!   (after ignoring diacritics, tatweel, alef forms and trailing punctuation);
//! - no line longer than [`MAX_BOILERPLATE_CHARS`] is ever removed;
//! - a "related articles"/"comments" header near the end removes the block below it
//!   only when that block holds nothing but headline-like short lines and chrome;
//! - a label such as "المصدر" is kept when a source name follows it, and removed only
//!   when it is left dangling at the end.

use std::sync::OnceLock;

/// Longer lines are article text whatever words they contain.
const MAX_BOILERPLATE_CHARS: usize = 300;

/// Lines under a trailing "related articles" header may be other articles' headlines;
/// longer lines, or lines ending a sentence, mean the article itself goes on.
const MAX_HEADLINE_CHARS: usize = 140;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    Blank,
    Content,
    /// Chrome wherever it appears.
    Chrome,
    /// Chrome that introduces a trailing block of links ("مقالات ذات صلة").
    SectionHeader,
    /// A label that belongs to what follows it ("المصدر"): chrome only when nothing does.
    Label,
}

/// One piece of a line pattern. The patterns are few and short, written in the form
/// of a line that [`match_key`] makes; a line is matched by trying every way the pieces
/// can fit it (see [`Pattern::matches`]), so the answer is exactly the one a regular
/// expression made of the same pieces would give. They used to be such expressions
/// (the `regex` crate); building those cost the first article ~0.1 s in the browser,
/// and the test at the end of this file checks the two agree.
#[derive(Clone, Copy)]
enum Part {
    /// This text.
    Text(&'static str),
    /// One of these texts.
    OneOf(&'static [&'static str]),
    /// These parts, one after the other.
    Seq(&'static [Part]),
    /// One of these parts.
    Either(&'static [Part]),
    /// The part, or nothing.
    Optional(&'static Part),
    /// One character of the class.
    Char(fn(char) -> bool),
    /// One or more characters of the class.
    Run(fn(char) -> bool),
    /// At most this many more words: each a space, then characters other than a space.
    Words(usize),
    /// Anything, or nothing.
    Any,
}

use Part::*;

/// Parts from the start of the line; `whole`: they must reach its end (else whatever
/// follows them is allowed).
struct Pattern {
    parts: &'static [Part],
    whole: bool,
}

/// A pattern that must cover the whole line.
const fn line(parts: &'static [Part]) -> Pattern {
    Pattern { parts, whole: true }
}

/// A pattern for the start of the line.
const fn start(parts: &'static [Part]) -> Pattern {
    Pattern { parts, whole: false }
}

impl Pattern {
    fn matches(&self, key: &str) -> bool {
        seq(self.parts, key, 0, &mut |end| !self.whole || end == key.len())
    }
}

/// Calls `then` with each position where `parts` can end when they start at `at`, until
/// it says yes.
fn seq(parts: &[Part], key: &str, at: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    match parts.split_first() {
        None => then(at),
        Some((first, rest)) => ends(first, key, at, &mut |end| seq(rest, key, end, then)),
    }
}

/// Calls `then` with each position where `part` can end when it starts at `at`, until it
/// says yes.
fn ends(part: &Part, key: &str, at: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    let rest = &key[at..];
    match *part {
        Text(text) => rest.starts_with(text) && then(at + text.len()),
        OneOf(texts) => texts.iter().any(|text| rest.starts_with(text) && then(at + text.len())),
        Seq(parts) => seq(parts, key, at, then),
        Either(parts) => parts.iter().any(|p| ends(p, key, at, then)),
        Optional(p) => then(at) || ends(p, key, at, then),
        Char(class) => rest.chars().next().is_some_and(|c| class(c) && then(at + c.len_utf8())),
        Run(class) => {
            let mut end = at;
            for c in rest.chars().take_while(|&c| class(c)) {
                end += c.len_utf8();
                if then(end) {
                    return true;
                }
            }
            false
        }
        Words(n) => {
            then(at)
                || (n > 0
                    && rest.starts_with(' ')
                    && ends(&Run(not_space), key, at + 1, &mut |end| ends(&Words(n - 1), key, end, then)))
        }
        Any => rest.char_indices().map(|(i, _)| at + i).chain([key.len()]).any(then),
    }
}

fn not_space(c: char) -> bool {
    c != ' '
}

fn digit(c: char) -> bool {
    c.is_ascii_digit() || ('٠'..='٩').contains(&c)
}

/// A space, or none.
const SPACE: Part = Optional(&Text(" "));

/// A number as captchas write it (after [`match_key`]: no hamza on alef).
const NUM: Part = Either(&[
    Run(digit),
    OneOf(&[
        "صفر",
        "واحد",
        "اثنان",
        "اثنين",
        "ثلاثه",
        "ثلاثة",
        "اربعه",
        "اربعة",
        "خمسه",
        "خمسة",
        "سته",
        "ستة",
        "سبعه",
        "سبعة",
        "ثمانيه",
        "ثمانية",
        "تسعه",
        "تسعة",
        "عشره",
        "عشرة",
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ]),
]);

/// Chrome wherever it appears.
const CHROME: &[Pattern] = &[
    // Comment forms (WordPress and friends, Arabic and English).
    line(&[
        OneOf(&["اترك", "اكتب", "اضف", "ارسل", "شاركنا"]),
        Text(" "),
        OneOf(&["تعليقا", "تعليقك", "تعليق", "ردا", "رد", "رايك"]),
        Words(4),
    ]),
    start(&[Text("لن يتم نشر "), Optional(&Text("عنوان ")), Text("بريدك")]),
    start(&[
        OneOf(&["الحقول", "الخانات"]),
        Text(" "),
        OneOf(&["الالزاميه", "الالزامية", "المطلوبه", "المطلوبة", "الاجبارية", "الاجباريه"]),
    ]),
    start(&[Text("حفظ اسمي"), Any, OneOf(&["المتصفح", "تعليقي", "التعليق"])]),
    line(&[OneOf(&[
        "الاسم",
        "الاسم الكامل",
        "البريد الالكتروني",
        "الموقع الالكتروني",
        "الموقع",
        "التعليق",
        "تعليق",
        "الايميل",
        "البريد",
        "name",
        "email",
        "website",
        "comment",
    ])]),
    line(&[OneOf(&["ارسال", "ارسل", "نشر", "اضافه", "اضافة"]), Text(" "), OneOf(&["التعليق", "تعليق"])]),
    line(&[OneOf(&[
        "الغاء الرد",
        "cancel reply",
        "post comment",
        "submit comment",
        "leave a reply",
        "leave a comment",
    ])]),
    line(&[Run(digit), Text(" "), OneOf(&["تعليق", "تعليقات", "comment", "comments"])]),
    line(&[
        OneOf(&["لا توجد", "لا يوجد"]),
        Text(" "),
        OneOf(&["تعليقات", "تعليق"]),
        Optional(&OneOf(&[" بعد", " حتى الان"])),
    ]),
    start(&[Text("your email address will not be published")]),
    start(&[Text("required fields are marked")]),
    // Arithmetic captchas: "9 + سبعة =", "3 × 4 = ?".
    line(&[
        NUM,
        SPACE,
        Char(|c| matches!(c, '+' | '×' | 'x' | '*' | '÷' | '/' | '-')),
        SPACE,
        NUM,
        SPACE,
        Text("="),
        SPACE,
        Optional(&Either(&[NUM, Text("?"), Run(|c| c == '_'), Run(|c| c == '.')])),
    ]),
    // Back to top.
    line(&[
        Optional(&Text("زر ")),
        Optional(&Seq(&[OneOf(&["الذهاب", "العوده", "العودة", "الانتقال", "انتقل", "اذهب", "عد"]), Text(" ")])),
        OneOf(&["الى", "لل"]),
        SPACE,
        OneOf(&["الاعلى", "الاعلي", "اعلى", "اعلي"]),
        Optional(&OneOf(&[" الصفحه", " الصفحة"])),
    ]),
    line(&[OneOf(&["back", "scroll", "go"]), Text(" to top")]),
    // Read also: "اقرأ أيضاً: <another article's headline>", "شاهد أيضا: …".
    start(&[
        OneOf(&["اقرا", "اقرئي", "شاهد", "شاهدي"]),
        Text(" "),
        OneOf(&["ايضا", "كذلك", "المزيد"]),
        SPACE,
        Char(|c| matches!(c, ':' | '：' | '-')),
    ]),
    start(&[OneOf(&["read also", "see also", "read more"]), SPACE, Char(|c| matches!(c, ':' | '：' | '-'))]),
    // Share buttons.
    line(&[OneOf(&[
        "شارك",
        "شاركها",
        "شارك الخبر",
        "شارك المقال",
        "شارك هذا المقال",
        "شارك هذا الخبر",
        "شارك الموضوع",
        "شارك عبر",
        "مشاركه",
        "مشاركة",
        "مشاركه عبر",
        "مشاركة عبر",
        "share",
        "share this",
        "share this article",
        "share on",
        "tweet",
    ])]),
    // Post navigation, "load more", log-in and app buttons.
    line(&[
        Optional(&Seq(&[OneOf(&["المقال", "الخبر", "الموضوع", "المنشور"]), Text(" ")])),
        OneOf(&["السابق", "التالي"]),
    ]),
    line(&[Either(&[
        Seq(&[OneOf(&["previous", "next"]), Text(" "), OneOf(&["article", "post", "story"])]),
        OneOf(&["previous", "next"]),
    ])]),
    line(&[OneOf(&["تحميل", "عرض", "اظهار"]), Text(" "), OneOf(&["المزيد", "الكل"])]),
    line(&[OneOf(&["load more", "show more", "view all", "close", "اغلاق"])]),
    line(&[OneOf(&["اضغط", "انقر"]), Text(" هنا")]),
    line(&[
        OneOf(&[
            "اشترك",
            "اشتركوا",
            "سجل",
            "سجل الدخول",
            "تسجيل الدخول",
            "انشاء حساب",
            "login",
            "log in",
            "sign in",
            "sign up",
            "subscribe",
        ]),
        Optional(&OneOf(&[" الان", " now"])),
    ]),
    start(&[OneOf(&["حمل", "نزل", "download"]), Text(" "), OneOf(&["تطبيق", "التطبيق", "our app", "the app"])]),
    // Short links and copy buttons.
    line(&[
        OneOf(&[
            "رابط مختصر",
            "الرابط المختصر",
            "نسخ الرابط",
            "انسخ الرابط",
            "تم نسخ الرابط",
            "copy link",
            "short link",
            "permalink",
        ]),
        Optional(&Seq(&[SPACE, Char(|c| matches!(c, ':' | '：')), SPACE, Optional(&Run(not_space))])),
    ]),
    // Advertising slots.
    line(&[OneOf(&[
        "اعلان",
        "الاعلانات",
        "اعلانات",
        "مساحه اعلانيه",
        "مساحة اعلانية",
        "محتوى مدفوع",
        "advertisement",
        "ads",
        "sponsored",
    ])]),
    // Breadcrumbs: "الرئيسية » أخبار » سياسة".
    line(&[
        OneOf(&["الرئيسيه", "الرئيسية", "الصفحه الرئيسيه", "الصفحة الرئيسية", "home"]),
        Optional(&Seq(&[SPACE, Char(|c| matches!(c, '»' | '›' | '>' | '/' | '|' | '\\')), SPACE, Any])),
    ]),
    // Font size controls.
    line(&[Either(&[
        OneOf(&["حجم الخط", "تكبير الخط", "تصغير الخط", "ا ا"]),
        Seq(&[Text("a"), Optional(&Text("+")), SPACE, Text("a"), Optional(&Text("-"))]),
    ])]),
    // Cookie banner buttons (the banner text itself: `is_cookie_notice`).
    line(&[OneOf(&["قبول الكل", "accept all", "accept cookies", "i agree", "got it", "اوافق", "موافق"])]),
    // Tag lists under an article: "الوسوم: إيران، باكستان".
    start(&[
        OneOf(&["الوسوم", "وسوم", "الكلمات المفتاحيه", "الكلمات المفتاحية", "كلمات مفتاحيه", "كلمات مفتاحية", "tags"]),
        SPACE,
        Char(|c| matches!(c, ':' | '：')),
    ]),
    // SaudiNewsNet's Al-Weeam template repeats the headline as a link line.
    start(&[OneOf(&["رابط الخبر بصحيفه", "رابط الخبر بصحيفة"])]),
];

/// Chrome that introduces a trailing block of links ("مقالات ذات صلة").
const SECTION_HEADERS: &[Pattern] = &[
    line(&[
        OneOf(&["مقالات", "اخبار", "مواضيع", "مواد", "قصص", "تقارير", "منشورات", "فيديوهات"]),
        Text(" "),
        OneOf(&["ذات صله", "ذات صلة", "متعلقه", "متعلقة", "مشابهه", "مشابهة", "مقترحه", "مقترحة"]),
    ]),
    line(&[OneOf(&["اقرا", "اقرئي", "شاهد", "شاهدي"]), Text(" "), OneOf(&["ايضا", "كذلك", "المزيد"])]),
    line(&[Text("قد "), OneOf(&["يعجبك", "يهمك", "تعجبك", "يهمك ايضا", "يعجبك ايضا"]), Optional(&Text(" ايضا"))]),
    line(&[Text("الاكثر "), OneOf(&["قراءه", "قراءة", "مشاهده", "مشاهدة", "تداولا", "تعليقا"])]),
    line(&[OneOf(&["المزيد من", "مزيد من"]), Text(" "), OneOf(&["الاخبار", "المقالات"])]),
    line(&[
        OneOf(&["related", "recommended", "more", "latest"]),
        Text(" "),
        OneOf(&["articles", "posts", "stories", "news"]),
    ]),
    line(&[OneOf(&["read more", "you may also like", "see also"])]),
    line(&[OneOf(&["اترك", "اكتب", "اضف"]), Text(" "), OneOf(&["تعليقا", "تعليقك", "تعليق", "ردا", "رايك"])]),
    line(&[OneOf(&["التعليقات", "تعليقات", "comments", "leave a reply", "leave a comment"])]),
];

/// A label that belongs to what follows it ("المصدر"): chrome only when nothing does.
const LABELS: &[Pattern] = &[line(&[OneOf(&[
    "المصدر",
    "المصادر",
    "مصدر",
    "source",
    "sources",
    "الوسوم",
    "وسوم",
    "الكلمات المفتاحيه",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    "tags",
])])];

/// Patterns and, for each, the characters a line it matches can start with (found once):
/// a line is tried only against the patterns its first character allows (most lines are
/// article text that no pattern allows).
struct PatternSet {
    patterns: &'static [Pattern],
    firsts: OnceLock<Vec<Option<Vec<char>>>>,
}

impl PatternSet {
    const fn new(patterns: &'static [Pattern]) -> PatternSet {
        PatternSet { patterns, firsts: OnceLock::new() }
    }

    fn matches(&self, key: &str) -> bool {
        let firsts = self.firsts.get_or_init(|| self.patterns.iter().map(Pattern::first_chars).collect());
        let first = key.chars().next();
        self.patterns.iter().zip(firsts).any(|(pattern, firsts)| {
            let allowed = match (firsts, first) {
                (None, _) => true,
                (Some(firsts), Some(c)) => firsts.contains(&c),
                (Some(_), None) => false,
            };
            allowed && pattern.matches(key)
        })
    }
}

static CHROME_SET: PatternSet = PatternSet::new(CHROME);
static SECTION_HEADER_SET: PatternSet = PatternSet::new(SECTION_HEADERS);
static LABEL_SET: PatternSet = PatternSet::new(LABELS);

impl Pattern {
    /// The characters a line this pattern matches can start with; `None` when that can
    /// be any (a class or anything comes first, or the pattern matches an empty line).
    fn first_chars(&self) -> Option<Vec<char>> {
        let mut chars = Vec::new();
        let empty = firsts(&Seq(self.parts), &mut chars)?;
        (!empty).then_some(chars)
    }
}

/// Adds to `chars` the characters `part` can start with; says whether it can match
/// nothing at all (then what follows it can come first). `None`: any character.
fn firsts(part: &Part, chars: &mut Vec<char>) -> Option<bool> {
    let mut add = |text: &str| {
        chars.extend(text.chars().next());
        text.is_empty()
    };
    match *part {
        Text(text) => Some(add(text)),
        OneOf(texts) => Some(texts.iter().fold(false, |empty, text| add(text) | empty)),
        Seq(parts) => {
            for p in parts {
                if !firsts(p, chars)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        Either(parts) => {
            let mut empty = false;
            for p in parts {
                empty |= firsts(p, chars)?;
            }
            Some(empty)
        }
        Optional(p) => firsts(p, chars).map(|_| true),
        Words(_) => {
            add(" ");
            Some(true)
        }
        Char(_) | Run(_) | Any => None,
    }
}

/// Social networks and share targets; a line made only of these is a share bar.
const SOCIAL: &[&str] = &[
    "تويتر",
    "فيسبوك",
    "فيس",
    "بوك",
    "واتساب",
    "واتس",
    "اب",
    "تيليجرام",
    "تيليغرام",
    "تلغرام",
    "التلغرام",
    "تليجرام",
    "تلجرام",
    "لينكدان",
    "لينكد",
    "ان",
    "انستغرام",
    "انستجرام",
    "انستقرام",
    "يوتيوب",
    "سناب",
    "شات",
    "سنابشات",
    "تيك",
    "توك",
    "تيكتوك",
    "بينتريست",
    "ريديت",
    "ماسنجر",
    "طباعه",
    "طباعة",
    "ايميل",
    "البريد",
    "الالكتروني",
    "بريد",
    "نسخ",
    "الرابط",
    "مشاركه",
    "مشاركة",
    "شارك",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "reddit",
    "email",
    "e-mail",
    "mail",
    "print",
    "messenger",
    "tumblr",
    "vk",
    "copy",
    "link",
    "share",
    "tweet",
    "instagram",
    "youtube",
    "tiktok",
    "snapchat",
    "x",
];

/// Networks named at the end of a "follow us" line.
const NETWORKS: &[&str] = &[
    "تويتر",
    "فيسبوك",
    "واتساب",
    "تيليجرام",
    "تيليغرام",
    "تلغرام",
    "التلغرام",
    "تليجرام",
    "تلجرام",
    "لينكدان",
    "انستغرام",
    "انستجرام",
    "انستقرام",
    "يوتيوب",
    "سنابشات",
    "تيكتوك",
    "قناتنا",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "instagram",
    "youtube",
    "tiktok",
    "newsletter",
    "البريديه",
    "البريدية",
];

/// Imperatives addressed to the reader: a line starting with one is never narration.
const FOLLOW_US: &[&str] =
    &["تابعونا", "تابعوا", "تابعنا", "تابعي", "انضموا", "انضمي", "اشتركوا", "اشتركي", "follow", "join", "subscribe"];

/// Singular forms that are also past tense ("تابع الوزير جولته", "the minister went
/// on with his tour"): only a short line ending on a network name counts.
const FOLLOW_AMBIGUOUS: &[&str] = &["تابع", "انضم", "اشترك"];

/// The form of a line that patterns are written against: no diacritics or tatweel,
/// one alef, ASCII lower case, single spaces, no bullets before or punctuation after.
fn match_key(line: &str) -> String {
    let mut key = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        let c = match c {
            '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' | '\u{200c}'..='\u{200f}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            c if c.is_whitespace() => {
                space = !key.is_empty();
                continue;
            }
            c => c.to_ascii_lowercase(),
        };
        if space {
            key.push(' ');
            space = false;
        }
        key.push(c);
    }
    let bullets: &[char] = &['•', '·', '-', '–', '—', '*', '|', '●', '▪', '►', ' '];
    let trailing: &[char] = &[':', '：', '.', '…', '*', '!', ' ', '|', '-', '»', '›'];
    key.trim_start_matches(bullets).trim_end_matches(trailing).to_string()
}

fn classify(line: &str) -> Line {
    if line.trim().is_empty() {
        return Line::Blank;
    }
    // A character is one to four bytes: the byte length settles most lines uncounted.
    if line.len() > 4 * MAX_BOILERPLATE_CHARS
        || (line.len() > MAX_BOILERPLATE_CHARS && line.chars().count() > MAX_BOILERPLATE_CHARS)
    {
        return Line::Content;
    }
    let key = match_key(line);
    if key.is_empty() {
        // Only bullets or punctuation: a separator, harmless either way.
        return Line::Content;
    }
    if SECTION_HEADER_SET.matches(&key) {
        Line::SectionHeader
    } else if LABEL_SET.matches(&key) {
        Line::Label
    } else if CHROME_SET.matches(&key)
        || is_share_bar(&key)
        || is_follow_line(&key, line.trim_end().ends_with('.'))
        || is_cookie_notice(&key)
        || is_copyright(&key)
    {
        Line::Chrome
    } else {
        Line::Content
    }
}

fn words(key: &str) -> impl Iterator<Item = &str> {
    key.split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | ',' | '،' | '/' | '-'))
        .filter(|w| !w.is_empty())
}

/// "تويتر فيسبوك واتساب", "Facebook | Twitter | Email".
fn is_share_bar(key: &str) -> bool {
    let mut any_network = false;
    for word in words(key) {
        if !SOCIAL.contains(&word) {
            return false;
        }
        // A lone "x" or "ان" is a letter or a word, not a share bar.
        any_network |= !matches!(word, "x" | "ان" | "اب" | "بريد");
    }
    any_network
}

/// "تابع ميدل ايست نيوز على التلغرام telegram", "تابعونا على تويتر",
/// "اشترك في النشرة البريدية". `ends_sentence`: the line ends with a full stop.
fn is_follow_line(key: &str, ends_sentence: bool) -> bool {
    if key.chars().count() > 120 {
        return false;
    }
    let ws: Vec<&str> = words(key).collect();
    let Some(first) = ws.first() else { return false };
    // "وتابعونا" carries the conjunction as a clitic.
    let verb =
        first.strip_prefix('و').filter(|v| FOLLOW_US.contains(v) || FOLLOW_AMBIGUOUS.contains(v)).unwrap_or(first);
    let network_named =
        ws.iter().any(|w| NETWORKS.contains(w)) || key.contains("جوجل نيوز") || key.contains("google news");
    // An imperative to the reader anywhere in a short line with a network in it:
    // "للمزيد من الأخبار تابعونا على تويتر".
    let addresses_reader = ws.iter().any(|w| FOLLOW_US.contains(&w.strip_prefix('و').unwrap_or(w)));
    if FOLLOW_US.contains(&verb) || addresses_reader {
        return network_named;
    }
    FOLLOW_AMBIGUOUS.contains(&verb)
        && !ends_sentence
        && ws.len() <= 10
        && ws.last().is_some_and(|w| NETWORKS.contains(w) || matches!(*w, "نيوز" | "news"))
}

/// "نستخدم ملفات تعريف الارتباط لتحسين تجربتك": cookies *and* the reader's visit.
/// News about cookies ("غوغل تتخلى عن ملفات تعريف الارتباط في كروم") has the first
/// without the second.
const COOKIES: &[&str] = &["cookie", "كوكيز", "الكوكيز", "ملفات تعريف الارتباط", "ملفات الارتباط"];
/// Every entry of [`COOKIES`] holds one of these: one search for them settles most lines.
const IN_EVERY_COOKIE: &[&str] = &["cookie", "كوكيز", "الارتباط"];

fn is_cookie_notice(key: &str) -> bool {
    const VISIT: &[&str] = &[
        "موقعنا",
        "هذا الموقع",
        "تجربتك",
        "تصفحك",
        "استخدامك",
        "بمواصلة",
        "our site",
        "this site",
        "this website",
        "your experience",
        "by continuing",
        "we use",
    ];
    IN_EVERY_COOKIE.iter().any(|c| key.contains(c))
        && COOKIES.iter().any(|c| key.contains(c))
        && VISIT.iter().any(|v| key.contains(v))
}

const RESERVED: &[&str] =
    &["الحقوق محفوظه", "الحقوق محفوظة", "حقوق النشر محفوظه", "حقوق النشر محفوظة", "all rights reserved", "copyright"];
/// Every entry of [`RESERVED`] holds one of these: one search for them settles most lines.
const IN_EVERY_RESERVED: &[&str] = &["محفوظ", "reserved", "copyright"];

/// "© 2023 الوقت", "جميع الحقوق محفوظة لموقع الوقت": a © sign, or a rights-reserved
/// phrase in a line too short to be a sentence about rights.
fn is_copyright(key: &str) -> bool {
    key.contains('©')
        || (IN_EVERY_RESERVED.iter().any(|r| key.contains(r))
            && RESERVED.iter().any(|r| key.contains(r))
            && words(key).count() <= 10)
}

/// A line under a trailing "related" header that may be another article's headline.
fn is_headline_like(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= MAX_HEADLINE_CHARS && !line.ends_with(['.', '۔', '。'])
}

/// Removes chrome lines from `text` (lines separated by `\n`). Lines that are kept are
/// kept byte for byte.
pub(crate) fn remove_boilerplate(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut classes: Vec<Line> = lines.iter().map(|l| classify(l)).collect();

    // Trailing block: from the first section header after some content, when
    // everything below it is blank, chrome, a label, or a headline-like line.
    let mut cuttable_from = lines.len();
    for i in (0..lines.len()).rev() {
        let ok = match classes[i] {
            Line::Content => is_headline_like(lines[i]),
            _ => true,
        };
        if !ok {
            break;
        }
        cuttable_from = i;
    }
    let first_content = classes.iter().position(|&c| c == Line::Content);
    if let Some(first_content) = first_content {
        let header = (cuttable_from.max(first_content + 1)..lines.len()).find(|&i| classes[i] == Line::SectionHeader);
        if let Some(header) = header {
            for class in &mut classes[header..] {
                if *class != Line::Blank {
                    *class = Line::Chrome;
                }
            }
        }
    }

    // Labels stay when something other than chrome follows them.
    let mut content_follows = false;
    for class in classes.iter_mut().rev() {
        match *class {
            Line::Content => content_follows = true,
            Line::Label if !content_follows => *class = Line::Chrome,
            Line::Label => {}
            Line::SectionHeader => *class = Line::Chrome,
            Line::Blank | Line::Chrome => {}
        }
    }

    let mut out = String::with_capacity(text.len());
    let mut pending_blank = false;
    for (line, class) in lines.iter().zip(&classes) {
        match class {
            Line::Blank => pending_blank = true,
            Line::Chrome | Line::SectionHeader => {}
            Line::Content | Line::Label => {
                if !out.is_empty() {
                    out.push_str(if pending_blank { "\n\n" } else { "\n" });
                }
                out.push_str(line);
                pending_blank = false;
            }
        }
    }
    strip_inline_tail(&mut out);
    out
}

/// Al-Weeam articles in SaudiNewsNet end their last paragraph with
/// "رابط الخبر بصحيفة الوئام: <headline>", on the same line as the last sentence.
/// Only that template, and only at the very end, is cut.
fn strip_inline_tail(text: &mut String) {
    const MARKER: &str = "رابط الخبر بصحيفة";
    if let Some(at) = text.rfind(MARKER) {
        let tail = &text[at..];
        if !tail.contains('\n') && tail.chars().count() <= MAX_BOILERPLATE_CHARS {
            text.truncate(at);
            let kept = text.trim_end().len();
            text.truncate(kept);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns as regular expressions, as they were before `Part`s replaced them.
    const CHROME_RE: &[&str] = &[
        // Comment forms (WordPress and friends, Arabic and English).
        r"^(اترك|اكتب|اضف|ارسل|شاركنا) (تعليقا|تعليقك|تعليق|ردا|رد|رايك)( [^ ]+){0,4}$",
        r"^لن يتم نشر (عنوان )?بريدك",
        r"^(الحقول|الخانات) (الالزاميه|الالزامية|المطلوبه|المطلوبة|الاجبارية|الاجباريه)",
        r"^حفظ اسمي.*(المتصفح|تعليقي|التعليق)",
        r"^(الاسم|الاسم الكامل|البريد الالكتروني|الموقع الالكتروني|الموقع|التعليق|تعليق|الايميل|البريد|name|email|website|comment)$",
        r"^(ارسال|ارسل|نشر|اضافه|اضافة) (التعليق|تعليق)$",
        r"^(الغاء الرد|cancel reply|post comment|submit comment|leave a (reply|comment))$",
        r"^[0-9٠-٩]+ (تعليق|تعليقات|comments?)$",
        r"^(لا توجد|لا يوجد) (تعليقات|تعليق)( بعد| حتى الان)?$",
        r"^your email address will not be published",
        r"^required fields are marked",
        // Arithmetic captchas: "9 + سبعة =", "3 × 4 = ?".
        r"^(NUM) ?[+×x*÷/-] ?(NUM) ?= ?(NUM|\?|_+|\.+)?$",
        // Back to top.
        r"^(زر )?((الذهاب|العوده|العودة|الانتقال|انتقل|اذهب|عد) )?(الى|لل)( ?)(الاعلى|الاعلي|اعلى|اعلي)( الصفحه| الصفحة)?$",
        r"^(back|scroll|go) to top$",
        // Read also: "اقرأ أيضاً: <another article's headline>", "شاهد أيضا: …".
        r"^(اقرا|اقرئي|شاهد|شاهدي) (ايضا|كذلك|المزيد) ?[:：-]",
        r"^(read also|see also|read more) ?[:：-]",
        // Share buttons.
        r"^(شارك|شاركها|شارك الخبر|شارك المقال|شارك هذا المقال|شارك هذا الخبر|شارك الموضوع|شارك عبر|مشاركه|مشاركة|مشاركه عبر|مشاركة عبر|share|share this|share this article|share on|tweet)$",
        // Post navigation, "load more", log-in and app buttons.
        r"^((المقال|الخبر|الموضوع|المنشور) )?(السابق|التالي)$",
        r"^((previous|next) (article|post|story)|previous|next)$",
        r"^(تحميل|عرض|اظهار) (المزيد|الكل)$",
        r"^(load more|show more|view all|close|اغلاق)$",
        r"^(اضغط|انقر) هنا$",
        r"^(اشترك|اشتركوا|سجل|سجل الدخول|تسجيل الدخول|انشاء حساب|login|log in|sign in|sign up|subscribe)( الان| now)?$",
        r"^(حمل|نزل|download) (تطبيق|التطبيق|our app|the app)",
        // Short links and copy buttons.
        r"^(رابط مختصر|الرابط المختصر|نسخ الرابط|انسخ الرابط|تم نسخ الرابط|copy link|short link|permalink)( ?[:：] ?[^ ]*)?$",
        // Advertising slots.
        r"^(اعلان|الاعلانات|اعلانات|مساحه اعلانيه|مساحة اعلانية|محتوى مدفوع|advertisement|ads|sponsored)$",
        // Breadcrumbs: "الرئيسية » أخبار » سياسة".
        r"^(الرئيسيه|الرئيسية|الصفحه الرئيسيه|الصفحة الرئيسية|home)( ?[»›>/|\\] ?.*)?$",
        // Font size controls.
        r"^(حجم الخط|تكبير الخط|تصغير الخط|a\+? ?a-?|ا ا)$",
        // Cookie banner buttons (the banner text itself: `is_cookie_notice`).
        r"^(قبول الكل|accept all|accept cookies|i agree|got it|اوافق|موافق)$",
        // Tag lists under an article: "الوسوم: إيران، باكستان".
        r"^(الوسوم|وسوم|الكلمات المفتاحيه|الكلمات المفتاحية|كلمات مفتاحيه|كلمات مفتاحية|tags) ?[:：]",
        // SaudiNewsNet's Al-Weeam template repeats the headline as a link line.
        r"^رابط الخبر بصحيفه|^رابط الخبر بصحيفة",
    ];

    const SECTION_HEADERS_RE: &[&str] = &[
        r"^(مقالات|اخبار|مواضيع|مواد|قصص|تقارير|منشورات|فيديوهات) (ذات صله|ذات صلة|متعلقه|متعلقة|مشابهه|مشابهة|مقترحه|مقترحة)$",
        r"^(اقرا|اقرئي|شاهد|شاهدي) (ايضا|كذلك|المزيد)$",
        r"^قد (يعجبك|يهمك|تعجبك|يهمك ايضا|يعجبك ايضا)( ايضا)?$",
        r"^(الاكثر) (قراءه|قراءة|مشاهده|مشاهدة|تداولا|تعليقا)$",
        r"^(المزيد من|مزيد من) (الاخبار|المقالات)$",
        r"^(related|recommended|more|latest) (articles|posts|stories|news)$",
        r"^(read more|you may also like|see also)$",
        r"^(اترك|اكتب|اضف) (تعليقا|تعليقك|تعليق|ردا|رايك)$",
        r"^(التعليقات|تعليقات|comments|leave a reply|leave a comment)$",
    ];

    const LABELS_RE: &[&str] =
        &[r"^(المصدر|المصادر|مصدر|source|sources|الوسوم|وسوم|الكلمات المفتاحيه|الكلمات المفتاحية|كلمات مفتاحية|tags)$"];

    const NUM_RE: &str = r"[0-9٠-٩]+|صفر|واحد|اثنان|اثنين|ثلاثه|ثلاثة|اربعه|اربعة|خمسه|خمسة|سته|ستة|سبعه|سبعة|ثمانيه|ثمانية|تسعه|تسعة|عشره|عشرة|zero|one|two|three|four|five|six|seven|eight|nine|ten";

    /// The three sets as the regular expressions they were.
    fn reference() -> [(regex::RegexSet, &'static PatternSet); 3] {
        let chrome: Vec<String> = CHROME_RE.iter().map(|p| p.replace("NUM", NUM_RE)).collect();
        [
            (regex::RegexSet::new(chrome).unwrap(), &CHROME_SET),
            (regex::RegexSet::new(SECTION_HEADERS_RE).unwrap(), &SECTION_HEADER_SET),
            (regex::RegexSet::new(LABELS_RE).unwrap(), &LABEL_SET),
        ]
    }

    /// A xorshift generator: the same numbers on every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// Characters for the classes, words and gaps of sampled lines.
    const ALPHABET: &[char] = &[
        '0', '7', '٣', '٩', '_', '.', '+', '×', 'x', '*', '÷', '/', '-', ':', '：', '»', '›', '>', '|', '\\', 'a', 'b',
        'ا', 'ب', ' ', '?', '=',
    ];

    /// Appends to `out` a random text that `part` can match.
    fn sample(part: &Part, rng: &mut Rng, out: &mut String) {
        let chars = |class: fn(char) -> bool, rng: &mut Rng, out: &mut String, n: usize| {
            let fits: Vec<char> = ALPHABET.iter().copied().filter(|&c| class(c)).collect();
            for _ in 0..n {
                out.push(fits[rng.below(fits.len())]);
            }
        };
        match *part {
            Text(text) => out.push_str(text),
            OneOf(texts) => out.push_str(texts[rng.below(texts.len())]),
            Seq(parts) => parts.iter().for_each(|p| sample(p, rng, out)),
            Either(parts) => sample(&parts[rng.below(parts.len())], rng, out),
            Optional(p) => {
                if rng.below(2) == 0 {
                    sample(p, rng, out);
                }
            }
            Char(class) => chars(class, rng, out, 1),
            Run(class) => {
                let n = 1 + rng.below(3);
                chars(class, rng, out, n);
            }
            Words(n) => {
                for _ in 0..rng.below(n + 2) {
                    out.push(' ');
                    let n = 1 + rng.below(3);
                    chars(not_space, rng, out, n);
                }
            }
            Any => {
                let n = rng.below(4);
                chars(|_| true, rng, out, n);
            }
        }
    }

    /// The `Part`s answer as the regular expressions did, pattern by pattern, on every
    /// literal of the expressions alone, on 50,000 lines made of those literals, digits,
    /// punctuation, spaces and other words put together at random, and on 300 lines
    /// sampled from each pattern's parts with three near misses each, as they are and
    /// after [`match_key`] (each pattern matches some, so both answers are exercised).
    #[test]
    fn every_cookie_and_reserved_phrase_holds_a_word_searched_first() {
        for (list, first) in [(COOKIES, IN_EVERY_COOKIE), (RESERVED, IN_EVERY_RESERVED)] {
            for phrase in list {
                assert!(first.iter().any(|f| phrase.contains(f)), "{phrase}");
            }
        }
    }

    #[test]
    fn parts_match_as_the_regular_expressions_did() {
        let sets = reference();
        // The literals of the expressions: what is between their operators.
        let mut pieces: Vec<String> = Vec::new();
        for re in CHROME_RE.iter().chain(SECTION_HEADERS_RE).chain(LABELS_RE).chain([&NUM_RE]) {
            for piece in re.split(|c| "^$()|?+*{}[].\\".contains(c)) {
                for piece in [piece, piece.trim()] {
                    if !piece.is_empty() && !pieces.iter().any(|p| p == piece) {
                        pieces.push(piece.to_string());
                    }
                }
            }
        }
        let extra = [
            " ",
            " ",
            " ",
            "",
            "7",
            "١٢",
            "3",
            "_",
            "__",
            "..",
            ".",
            "?",
            "=",
            " = ",
            "+",
            "×",
            "x",
            "*",
            "÷",
            "/",
            "-",
            ":",
            "：",
            "»",
            "›",
            ">",
            "|",
            "\\",
            "a",
            "a+",
            "a-",
            "ا",
            "زر",
            "لل",
            "عد",
            "الوزير",
            "قال",
            "نص طويل",
            "0",
            "2023",
            "e",
            "n",
            "commentsx",
            "ال",
        ];
        pieces.extend(extra.iter().map(|s| s.to_string()));
        let mut lines: Vec<String> = pieces.clone();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut next = |n: usize| rng.below(n);
        for _ in 0..50_000 {
            let mut line = String::new();
            for _ in 0..1 + next(2) + next(3) * next(2) {
                line.push_str(&pieces[next(pieces.len())]);
                if next(3) > 0 {
                    line.push(' ');
                }
            }
            let line = if next(2) == 0 { line.trim_end().to_string() } else { line };
            lines.push(line);
        }
        // Lines each pattern's parts describe, and near misses: each with a character
        // dropped, one inserted, and more text after it.
        let mut rng = Rng(7);
        for (_, set) in &sets {
            for pattern in set.patterns {
                for _ in 0..300 {
                    let mut line = String::new();
                    for part in pattern.parts {
                        sample(part, &mut rng, &mut line);
                    }
                    let chars: Vec<char> = line.chars().collect();
                    let cut = rng.below(chars.len() + 1);
                    let dropped: String = chars.iter().enumerate().filter(|&(i, _)| i != cut).map(|(_, c)| c).collect();
                    let mut inserted: String = chars[..cut].iter().collect();
                    inserted.push(ALPHABET[rng.below(ALPHABET.len())]);
                    inserted.extend(&chars[cut..]);
                    let longer = format!("{line}{}", pieces[rng.below(pieces.len())]);
                    lines.extend([line, dropped, inserted, longer]);
                }
            }
        }
        // How many texts each pattern matched, set by set.
        let mut matched: Vec<Vec<usize>> = sets.iter().map(|(_, set)| vec![0; set.patterns.len()]).collect();
        for line in &lines {
            let key = match_key(line);
            for ((regexes, set), matched) in sets.iter().zip(&mut matched) {
                for text in [line.as_str(), key.as_str()] {
                    let want = regexes.matches(text);
                    assert_eq!(set.matches(text), want.matched_any(), "{text:?}");
                    for (i, pattern) in set.patterns.iter().enumerate() {
                        assert_eq!(pattern.matches(text), want.matched(i), "pattern {i} on {text:?}");
                        matched[i] += usize::from(want.matched(i));
                    }
                }
            }
        }
        eprintln!("{matched:?}");
        assert!(matched.iter().flatten().all(|&n| n >= 10), "a pattern matched fewer than 10 texts: {matched:?}");
    }

    macro_rules! t {
        ($name:ident, $line:expr, $class:ident) => {
            #[test]
            fn $name() {
                assert_eq!(classify($line), Line::$class, "{:?} (key {:?})", $line, match_key($line));
            }
        };
    }

    t!(leave_comment, "اترك تعليقاً", SectionHeader);
    t!(leave_reply_cancel, "اترك تعليقاً إلغاء الرد", Chrome);
    t!(email_not_published, "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", Chrome);
    t!(required_fields, "الحقول الإلزامية مشار إليها بـ *", Chrome);
    t!(save_my_name, "احفظ اسمي", Content);
    t!(
        save_name_browser,
        "حفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
        Chrome
    );
    t!(captcha_words, "9 + سبعة =", Chrome);
    t!(captcha_digits, "3 × 4 = ?", Chrome);
    t!(captcha_arabic_digits, "٥ - ثلاثة =", Chrome);
    t!(back_to_top, "زر الذهاب إلى الأعلى", Chrome);
    t!(back_to_top_short, "للأعلى", Chrome);
    t!(related, "مقالات ذات صلة", SectionHeader);
    t!(related_news, "أخبار ذات صلة", SectionHeader);
    t!(read_also_headline, "اقرأ أيضاً: الرياض تستضيف القمة", Chrome);
    t!(follow_telegram, "تابع ميدل ايست نيوز على التلغرام telegram", Chrome);
    t!(follow_us_google, "تابعونا على جوجل نيوز", Chrome);
    t!(share, "شارك", Chrome);
    t!(share_colon, "شارك هذا المقال:", Chrome);
    t!(share_bar, "تويتر فيسبوك واتساب", Chrome);
    t!(share_bar_english, "Facebook | Twitter | WhatsApp | Telegram | Email", Chrome);
    t!(source_label, "المصدر", Label);
    t!(source_label_colon, "المصدر:", Label);
    t!(cookie, "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا.", Chrome);
    t!(copyright, "© 2023 جميع الحقوق محفوظة لموقع الوقت", Chrome);
    t!(copyright_without_sign, "جميع الحقوق محفوظة لصحيفة الوئام 2015", Chrome);
    t!(
        sentence_about_rights,
        "وأكد المحامي أن جميع الحقوق محفوظة للمتضررين من القرار وأنهم سيلجؤون إلى القضاء قريبا.",
        Content
    );
    t!(news_about_cookies, "غوغل تتخلى عن ملفات تعريف الارتباط في متصفح كروم", Content);
    t!(breadcrumb, "الرئيسية » أخبار » سياسة", Chrome);
    // Real text that shares words with the patterns must stay.
    t!(al_monitor, "Al-Monitor", Content);
    t!(sentence_with_share, "شارك الرئيس في القمة العربية التي عقدت في الرياض.", Content);
    t!(sentence_with_follow, "تابع الوزير جولته في المنطقة الشرقية أمس.", Content);
    t!(follow_without_network, "تابعونا", Content);
    t!(follow_us_telegram, "تابعونا على قناتنا في تيليجرام للمزيد من الأخبار", Chrome);
    t!(follow_newsletter, "اشتركوا في النشرة البريدية", Chrome);
    t!(sentence_follow_channel, "تابع الوزير جولته في قناة السويس", Content);
    t!(sentence_follow_news, "تابع مراسل سكاي نيوز الأحداث من القاهرة", Content);
    t!(sentence_follow_twitter_period, "تابع ترامب هجومه على تويتر.", Content);
    t!(no_comments_sentence, "لا توجد تعليقات من الوزارة على القرار حتى مساء اليوم.", Content);
    t!(no_comments, "لا توجد تعليقات", Chrome);
    t!(watch_also, "شاهد أيضاً: لحظة وصول الوفد", Chrome);
    t!(follow_us_mid_line, "للمزيد من الأخبار تابعونا على تويتر", Chrome);
    t!(previous_article, "المقال السابق", Chrome);
    t!(next_alone, "التالي", Chrome);
    t!(load_more, "تحميل المزيد", Chrome);
    t!(subscribe_now, "اشترك الآن", Chrome);
    t!(download_app, "حمّل تطبيق الجزيرة", Chrome);
    t!(click_here, "اضغط هنا", Chrome);
    t!(home_page, "الصفحة الرئيسية", Chrome);
    t!(sentence_previous, "وكان الاتفاق السابق قد انهار في العام الماضي.", Content);
    t!(sentence_subscribe, "اشترك الفريق في البطولة للمرة الأولى.", Content);
    t!(sentence_source, "المصدر: وكالة الأنباء السعودية", Content);
    t!(sentence_with_top, "وصل الفريق إلى الأعلى في الترتيب بعد فوزه.", Content);
    t!(sentence_about_cookies_long, &"الكوكيز ".repeat(60), Content);
    t!(arithmetic_in_text, "قال إن 9 + 7 = 16 في كل الأحوال", Content);
    t!(comments_count, "12 تعليق", Chrome);
    t!(tags_line, "الوسوم: إيران، باكستان", Chrome);
    t!(name_alone, "الاسم *", Chrome);

    macro_rules! r {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(remove_boilerplate($input), $expected);
            }
        };
    }

    r!(seed_002_tail,
        "في حين ذكرت وكالة أنباء إيرنا أن زيارة باقري ستفتح صفحة جديدة.\n\nتابع ميدل ايست نيوز على التلغرام telegram\nالمصدر\nAl-Monitor\n\nمقالات ذات صلة\n\nاترك تعليقاً\n\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n\n9 + سبعة =\n\nزر الذهاب إلى الأعلى",
        "في حين ذكرت وكالة أنباء إيرنا أن زيارة باقري ستفتح صفحة جديدة.\n\nالمصدر\nAl-Monitor");
    r!(dangling_source_label, "نص المقال.\n\nالمصدر\n\nشارك", "نص المقال.");
    r!(
        related_headlines_removed,
        "نص المقال الطويل.\n\nمقالات ذات صلة\nالرياض تستضيف القمة العربية\nارتفاع أسعار النفط",
        "نص المقال الطويل."
    );
    r!(
        related_header_followed_by_sentences_keeps_sentences,
        "نص المقال.\n\nمقالات ذات صلة\nهذه جملة حقيقية من المقال تنتهي بنقطة.\nوأخرى.",
        "نص المقال.\n\nهذه جملة حقيقية من المقال تنتهي بنقطة.\nوأخرى."
    );
    r!(header_at_start_is_not_a_tail, "مقالات ذات صلة\nعنوان", "عنوان");
    r!(
        weeam_inline_tail,
        "وأشار البيان إلى إنقاذ 6 أشخاص. رابط الخبر بصحيفة الوئام: مصرع 15 مصريًا في حادث غرق ",
        "وأشار البيان إلى إنقاذ 6 أشخاص."
    );
    r!(nothing_to_remove, "سطر أول\n\nسطر ثان\nسطر ثالث", "سطر أول\n\nسطر ثان\nسطر ثالث");
}
