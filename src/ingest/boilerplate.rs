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

use regex::RegexSet;

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

/// Whole-line patterns, matched against [`match_key`] of a line.
const CHROME: &[&str] = &[
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

const SECTION_HEADERS: &[&str] = &[
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

const LABELS: &[&str] =
    &[r"^(المصدر|المصادر|مصدر|source|sources|الوسوم|وسوم|الكلمات المفتاحيه|الكلمات المفتاحية|كلمات مفتاحية|tags)$"];

/// Number words as captchas write them (after [`match_key`]: no hamza on alef).
const NUM: &str = r"[0-9٠-٩]+|صفر|واحد|اثنان|اثنين|ثلاثه|ثلاثة|اربعه|اربعة|خمسه|خمسة|سته|ستة|سبعه|سبعة|ثمانيه|ثمانية|تسعه|تسعة|عشره|عشرة|zero|one|two|three|four|five|six|seven|eight|nine|ten";

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

struct Patterns {
    chrome: RegexSet,
    section_headers: RegexSet,
    labels: RegexSet,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let chrome: Vec<String> = CHROME.iter().map(|p| p.replace("NUM", NUM)).collect();
        // The patterns are constants checked by the tests below: a failure here is a
        // bug in this file, never a property of the input.
        Patterns {
            chrome: RegexSet::new(chrome).expect("boilerplate patterns compile"),
            section_headers: RegexSet::new(SECTION_HEADERS).expect("section patterns compile"),
            labels: RegexSet::new(LABELS).expect("label patterns compile"),
        }
    })
}

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
    if line.chars().count() > MAX_BOILERPLATE_CHARS {
        return Line::Content;
    }
    let key = match_key(line);
    if key.is_empty() {
        // Only bullets or punctuation: a separator, harmless either way.
        return Line::Content;
    }
    let p = patterns();
    if p.section_headers.is_match(&key) {
        Line::SectionHeader
    } else if p.labels.is_match(&key) {
        Line::Label
    } else if p.chrome.is_match(&key)
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
fn is_cookie_notice(key: &str) -> bool {
    const COOKIES: &[&str] = &["cookie", "كوكيز", "الكوكيز", "ملفات تعريف الارتباط", "ملفات الارتباط"];
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
    COOKIES.iter().any(|c| key.contains(c)) && VISIT.iter().any(|v| key.contains(v))
}

/// "© 2023 الوقت", "جميع الحقوق محفوظة لموقع الوقت": a © sign, or a rights-reserved
/// phrase in a line too short to be a sentence about rights.
fn is_copyright(key: &str) -> bool {
    const RESERVED: &[&str] = &[
        "الحقوق محفوظه",
        "الحقوق محفوظة",
        "حقوق النشر محفوظه",
        "حقوق النشر محفوظة",
        "all rights reserved",
        "copyright",
    ];
    key.contains('©') || (RESERVED.iter().any(|r| key.contains(r)) && words(key).count() <= 10)
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

    #[test]
    fn patterns_compile() {
        let _ = patterns();
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
