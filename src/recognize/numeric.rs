//! Time and amounts: DATE, MONEY and QUANTITY mentions with normalized values.
//!
//! The recognizer walks the tokens of [`crate::tokenize`] and matches short phrases
//! on their matching forms (see [`crate::normalize`]), so Arabic-Indic digits, hamza
//! forms, tanween and tatweel need no special cases. It uses no regular expression:
//! every phrase is a hash lookup of a token, so building it is cheap (it matters in
//! wasm) and a document is read in one pass. Each start token tries a handful of
//! bounded patterns (at most a dozen tokens; a token no pattern starts with costs one
//! lookup), so the work is linear in the text.
//!
//! Spans cover the expression as written, without a glued proclitic (لعام 2020 gives
//! "عام 2020", وأغسطس gives "أغسطس") and without the words around it that only
//! situate it (في, من, بين, الماضي, الجاري). A weekday written right before the day
//! is part of the date ("الأحد 5 أكتوبر").
//!
//! # Values
//!
//! | what | written | value |
//! |---|---|---|
//! | day, month, year | 21 يناير 2025, 21/1/2025, 2025-01-21 | `2025-01-21` |
//! | month and year | مايو 2022, أكتوبر/ تشرين أول 2021 | `2022-05` |
//! | year | عام 2018, لعام 2020, 2015م | `2018` |
//! | day and month, no year | 5 أكتوبر, الثاني من يونيو, غرة شوال | `--10-05`, `--06-02` |
//! | month alone | في نوفمبر, مايو/ أيار | `--11` |
//! | range | 10-11 نوفمبر 2020, من 10 إلى 20 أغسطس | `2020-11-10/2020-11-11`, `--08-10/--08-20` |
//! | two days, two years | يومي 7 و14 أكتوبر, عامي 2011 و2012 | `--10-07,--10-14`, `2011,2012` |
//! | Hijri | 1446 هـ, 5 شوال 1436هـ, 5 شوال | `1446H`, `1436H-10-05`, `H--10-05` |
//! | money | 60 مليون دولار, 3,7 ملايين دولار, $60 million | `USD 60000000`, `USD 3700000` |
//! | quantity | 1000 كيلومتر, 621 ميلًا, 20%, 20 في المائة | `1000 km`, `621 mi`, `20 %` |
//! | counts | 1000 جندي, ثلاث طائرات | `1000 soldiers`, `3 aircraft` |
//!
//! The date scheme is ISO 8601 where the date is complete and the truncated ISO forms
//! (`--MM`, `--MM-DD`, as in ISO 8601:2000) where the year is not written. A range is
//! two values joined by `/`, like ISO intervals; a list of two (و, not after بين) joins
//! them with `,`. Hijri dates carry `H` after the year
//! (`H--MM-DD` when the year is not written) so they never pass for Gregorian ones.
//! A month without a year whose range partner has one takes it: in
//! "من إبريل/ نيسان إلى يونيو/ حزيران 2022" the first month is `2022-04`.
//!
//! Money is an ISO 4217 code, a space and the amount in units (no exponent, a
//! decimal point only when the amount is not whole). Where the article does not say
//! which country's dinar, lira or franc it means, the code is the unit's name
//! (`DINAR`, `LIRA`, `FRANC`) rather than a guess; the toman is `IRT` (10 rials), the
//! conventional code. ريال alone is the Saudi riyal, درهم the UAE dirham, جنيه the
//! Egyptian pound: the usual reading in Gulf and Egyptian news.
//!
//! # Numbers
//!
//! `3,7 ملايين` is 3.7 million and `1,500 دولار` is 1500: a comma followed by exactly
//! three digits separates thousands, otherwise it is a decimal comma. A dot is a
//! decimal point, except `1.500` with no scale word after it and `1.000.000` (groups
//! of three). `٫` is decimal, `٬` separates thousands. News agencies write 10.3 as
//! `3ر10` (fraction ر integer). Words: مليار دولار is one billion, مليونا دولار two
//! million (but "يناهز مليارا" one), عشرة ملايين ten million, خمسين مليار fifty
//! billion (number words 1-999), نصف مليون half a million, «4» مليارات and (3.9) مليون
//! as bracketed in Saudi papers.
//! Parts add up: "164 مليارا و400 مليون يورو" is `EUR 164400000000`, "مليون ونصف" 1.5
//! million.
//!
//! # What is not a mention
//!
//! A bare four-digit number (IDEAS 2024) is not a date: a year needs عام/العام/سنة
//! before it (clitics allowed: لعام, وعام, للعام), a month before it, or a calendar
//! marker after it (م, هـ, هجرية, للهجرة). After a year word a bare year 1300-1440 is
//! Hijri (عام 1428 -> `1428H`): modern news dates by those Hijri years, see
//! `MODERN_HIJRI_YEARS`. A weekday alone, relative dates (العام الماضي) and decades
//! are not recognized. A month name flagged `bound` in `data/months.tsv` (آب "father",
//! the Hijri months that are also given names) needs a day, a year, شهر before it or
//! a paired name; one flagged `cue` (مارس "he practised", نيسان, تموز, آذار: also
//! given names) needs في, منذ, خلال… before it. Plain counts without a unit
//! (الفصل 7, 60 مليون alone, 70 مليون صورة), phone numbers and figures cut by a stray
//! mark (9.‏0) are not amounts.
//!
//! Not covered yet: decades (التسعينيات), relative dates (أمس, العام الماضي), times
//! of day, years written in words (عام ألف وتسعمائة…), spans across two months in one
//! mention ("30 سبتمبر - 2 أكتوبر" gives two dates, the first taking the year of the
//! second), money ranges ("10-20 مليون دولار" gives the upper bound only), number
//! words that join hundreds and tens (ثلاثمائة وخمسون), units with a number after
//! them (كيلومتر واحد).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::entity::{EntityType, Mention, MentionSource};
use crate::normalize::normalize;
use crate::span::Span;
use crate::tokenize::{original_offset, tokenize, TokenKind, TokenizedText, PROCLITICS};

const MONTHS_TSV: &str = include_str!("../../data/months.tsv");

/// Finds dates, money and quantities in `text` (the original article text).
///
/// Builds the recognizer once per process; an analyzer that owns a
/// [`NumericRecognizer`] should call it directly.
pub fn find_numeric(text: &str) -> Vec<Mention> {
    static RECOGNIZER: OnceLock<NumericRecognizer> = OnceLock::new();
    RECOGNIZER.get_or_init(NumericRecognizer::new).find(text)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Calendar {
    Gregorian,
    Hijri,
}

#[derive(Clone, Copy, Debug)]
struct MonthName {
    month: u8,
    calendar: Calendar,
    /// False for names that are not a date on their own (see `bound` in months.tsv).
    alone: bool,
    /// True for names that are a date alone only after a word like في or منذ (`cue`).
    needs_cue: bool,
}

use crate::hash::WordBuild;

/// Phrases (token sequences in matching form) mapped to values; the longest wins.
struct Phrases<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>, WordBuild>,
}

impl<V: Copy> Phrases<V> {
    fn new() -> Self {
        Phrases { by_first: HashMap::default() }
    }

    fn insert(&mut self, phrase: &str, value: V) {
        let norm = normalize(phrase);
        let mut words = norm.split(' ').map(str::to_string);
        let Some(first) = words.next() else { return };
        if first.is_empty() {
            return;
        }
        let rest: Vec<String> = words.collect();
        let entries = self.by_first.entry(first).or_default();
        if entries.iter().any(|(r, _)| *r == rest) {
            return;
        }
        entries.push((rest, value));
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    /// The longest phrase whose first word is `first` (a token's matching form, maybe
    /// with a proclitic removed) and whose other words are the tokens after `i`.
    /// Returns the number of tokens and the value.
    fn longest(&self, doc: &Doc, i: usize, first: &str) -> Option<(usize, V)> {
        let entries = self.by_first.get(first)?;
        'entry: for (rest, value) in entries {
            for (k, word) in rest.iter().enumerate() {
                let j = i + 1 + k;
                if !doc.continues(j) || doc.norm(j) != word {
                    continue 'entry;
                }
            }
            return Some((1 + rest.len(), *value));
        }
        None
    }

    /// [`Phrases::longest`] at token `i` as it is.
    fn at(&self, doc: &Doc, i: usize) -> Option<(usize, V)> {
        if i >= doc.len() {
            return None;
        }
        self.longest(doc, i, doc.norm(i))
    }

    /// [`Phrases::longest`] at token `i`, also after a glued proclitic (وعام, لعام,
    /// للعام, وأغسطس). Returns the proclitic's length in matching-form bytes too.
    fn at_with_clitic(&self, doc: &Doc, i: usize) -> Option<(usize, usize, V)> {
        if i >= doc.len() {
            return None;
        }
        let norm = doc.norm(i);
        for prefix in PROCLITICS.iter().chain(["لل", "ولل", "فلل"].iter()) {
            if let Some(rest) = norm.strip_prefix(prefix) {
                if rest.is_empty() {
                    continue;
                }
                if let Some((n, v)) = self.longest(doc, i, rest) {
                    return Some((prefix.len(), n, v));
                }
                // ل + ال writes للـ: "للحادي عشر" is ل + "الحادي عشر".
                if prefix.ends_with("لل") {
                    if let Some((n, v)) = self.longest(doc, i, &format!("ال{rest}")) {
                        return Some((prefix.len(), n, v));
                    }
                }
            }
        }
        None
    }
}

/// The tokens of one text, as the patterns read them.
struct Doc<'a> {
    text: &'a str,
    tt: &'a TokenizedText,
}

impl Doc<'_> {
    fn len(&self) -> usize {
        self.tt.tokens.len()
    }

    fn norm(&self, i: usize) -> &str {
        if i < self.len() {
            self.tt.norm(i)
        } else {
            ""
        }
    }

    fn is_number(&self, i: usize) -> bool {
        i < self.len() && self.tt.tokens[i].kind == TokenKind::Number
    }

    /// True when token `i` exists and is on the same line as the token before it: a
    /// phrase never runs across a line break.
    fn continues(&self, i: usize) -> bool {
        i < self.len() && !self.tt.tokens[i].line_start
    }

    fn start(&self, i: usize) -> usize {
        self.tt.tokens[i].span.start
    }

    fn end(&self, i: usize) -> usize {
        self.tt.tokens[i].span.end
    }

    /// Start of token `i` in the original text after a proclitic of `clitic_len`
    /// matching-form bytes.
    fn start_after_clitic(&self, i: usize, clitic_len: usize) -> usize {
        let span = self.tt.tokens[i].span;
        span.start + original_offset(&self.text[span.start..span.end], clitic_len)
    }

    /// True when nothing but invisible characters separates token `i` from the one
    /// before it.
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && !self.text[self.end(i - 1)..self.start(i)].chars().any(char::is_whitespace)
    }

    /// The value of token `i` when it is a plain integer of `min..=max` digits.
    fn integer(&self, i: usize, min: usize, max: usize) -> Option<u32> {
        if !self.is_number(i) {
            return None;
        }
        let s = self.norm(i);
        if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }
}

/// A decimal number: `mantissa / 10^frac`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    mantissa: u128,
    frac: u32,
}

impl Decimal {
    fn int(n: u128) -> Decimal {
        Decimal { mantissa: n, frac: 0 }
    }

    fn times_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.frac {
            Some(Decimal { mantissa: self.mantissa, frac: self.frac - exp })
        } else {
            let m = self.mantissa.checked_mul(10u128.checked_pow(exp - self.frac)?)?;
            Some(Decimal { mantissa: m, frac: 0 })
        }
    }

    fn less_than_pow10(self, exp: u32) -> bool {
        match 10u128.checked_pow(exp + self.frac) {
            Some(limit) => self.mantissa < limit,
            None => true,
        }
    }

    fn plus(self, other: Decimal) -> Option<Decimal> {
        let frac = self.frac.max(other.frac);
        // Both mantissas at `frac` fractional digits.
        let scale = |d: Decimal| d.mantissa.checked_mul(10u128.checked_pow(frac - d.frac)?);
        Some(Decimal { mantissa: scale(self)?.checked_add(scale(other)?)?, frac })
    }

    /// Parses the matching form of a number token (ASCII digits with `,` and `.`).
    /// `scaled` says whether a scale word follows (1.500 مليار is 1.5 billion).
    fn parse(s: &str, scaled: bool) -> Option<Decimal> {
        if s.is_empty() || s.len() > 40 || !s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
            return None;
        }
        let groups: Vec<&str> = s.split([',', '.']).collect();
        if groups.iter().any(|g| g.is_empty()) {
            return None;
        }
        let seps: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_digit()).collect();
        let thousands_groups = |gs: &[&str]| gs.len() > 1 && gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3);
        // Which separator (if any) is the decimal one.
        let decimal: Option<u8> = match seps.as_slice() {
            [] => None,
            [b','] => (groups[1].len() != 3).then_some(b','),
            [b'.'] => (groups[1].len() != 3 || scaled).then_some(b'.'),
            _ => {
                let last = *seps.last()?;
                if seps.iter().all(|&c| c == last) {
                    // 1.000.000 or 1,000,000: all thousands.
                    if !thousands_groups(&groups) {
                        return None;
                    }
                    None
                } else {
                    // 1,234.5 or 1.234,5: the last separator is decimal, used once.
                    if seps.iter().filter(|&&c| c == last).count() != 1 {
                        return None;
                    }
                    if !thousands_groups(&groups[..groups.len() - 1]) {
                        return None;
                    }
                    Some(last)
                }
            }
        };
        let mut mantissa: u128 = 0;
        let mut frac = 0u32;
        let mut after_point = false;
        for b in s.bytes() {
            if b.is_ascii_digit() {
                mantissa = mantissa.checked_mul(10)?.checked_add(u128::from(b - b'0'))?;
                if after_point {
                    frac += 1;
                }
            } else if Some(b) == decimal {
                after_point = true;
            }
        }
        Some(Decimal { mantissa, frac })
    }
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits = self.mantissa.to_string();
        let frac = self.frac as usize;
        if frac == 0 {
            return f.write_str(&digits);
        }
        let digits =
            if digits.len() <= frac { format!("{}{}", "0".repeat(frac + 1 - digits.len()), digits) } else { digits };
        let (int, fr) = digits.split_at(digits.len() - frac);
        let fr = fr.trim_end_matches('0');
        if fr.is_empty() {
            write!(f, "{int}")
        } else {
            write!(f, "{int}.{fr}")
        }
    }
}

/// What follows an amount and makes it a mention.
#[derive(Clone, Copy, Debug)]
enum Measure {
    Currency(&'static str),
    Unit(&'static str),
}

/// A date as read, before its value is written (a range partner may give it a year).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DateValue {
    calendar: Calendar,
    year: Option<u32>,
    month: Option<u8>,
    day: Option<u8>,
    /// Last day of a day range (same month and year).
    day_end: Option<u8>,
    /// The two days are a list ("7 و14 أكتوبر"), not a range.
    list: bool,
    /// The second year of "عامي 2011 و2012" (then there is no month).
    year_end: Option<u32>,
}

impl DateValue {
    fn year_field(&self) -> String {
        match (self.year, self.calendar) {
            (Some(y), Calendar::Gregorian) => format!("{y:04}"),
            (Some(y), Calendar::Hijri) => format!("{y}H"),
            (None, Calendar::Gregorian) => "-".to_string(),
            (None, Calendar::Hijri) => "H-".to_string(),
        }
    }

    fn one(&self, day: Option<u8>) -> String {
        let mut s = self.year_field();
        if let Some(m) = self.month {
            s.push_str(&format!("-{m:02}"));
            if let Some(d) = day {
                s.push_str(&format!("-{d:02}"));
            }
        }
        s
    }

    fn value(&self) -> String {
        let sep = if self.list { "," } else { "/" };
        if let Some(y2) = self.year_end {
            let end = DateValue { year: Some(y2), year_end: None, ..*self };
            return format!("{}{sep}{}", self.one(None), end.one(None));
        }
        match self.day_end {
            Some(end) => format!("{}{sep}{}", self.one(self.day), self.one(Some(end))),
            None => self.one(self.day),
        }
    }
}

#[derive(Clone, Debug)]
enum Found {
    Date(DateValue),
    Amount(EntityType, String),
}

/// One candidate mention: tokens `first..last` (exclusive), bytes `start..end`.
#[derive(Clone, Debug)]
struct Candidate {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    found: Found,
}

/// The date, money and quantity recognizer. Build once, reuse for every article.
pub struct NumericRecognizer {
    months: Phrases<MonthName>,
    /// عام, العام, سنة … before a year.
    year_words: Phrases<()>,
    weekdays: Phrases<()>,
    /// ألف, مليون … after a number: the power of ten.
    scales: Phrases<u32>,
    /// مليار, مليونا … with no number before them: the amount they stand for.
    scales_alone: Phrases<(Decimal, u32)>,
    /// واحد … عشرة, مئة, نصف (the last only before a scale word).
    number_words: Phrases<(Decimal, bool)>,
    measures: Phrases<Measure>,
    /// Currency signs and Latin scale words around "$60 million".
    signs: Phrases<&'static str>,
    latin_scales: Phrases<u32>,
    /// Between the two days of a range: - إلى حتى و.
    range_links: Phrases<()>,
    /// Words before a month name that make it a date (في, منذ, خلال …).
    cues: Phrases<()>,
    /// الأول … الحادي والثلاثين, غرة: days written as ordinals.
    ordinal_days: Phrases<u8>,
    /// First words of every phrase a mention may start with (see `may_start`).
    starters: HashSet<String, WordBuild>,
    /// Asked before `starters` (see [`crate::hash::WordBits`]).
    starter_bits: crate::hash::WordBits,
}

impl Default for NumericRecognizer {
    fn default() -> Self {
        NumericRecognizer::new()
    }
}

/// Currencies: the names (with their plural and tanween forms), the code when no
/// country is written, and country adjectives that pick another code.
/// Names, code without a country, (country adjectives, code).
type CurrencyRow = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

const CURRENCIES: &[CurrencyRow] = &[
    (
        "دولار دولارا دولارات",
        "USD",
        &[
            ("أمريكي أميركي", "USD"),
            ("كندي", "CAD"),
            ("أسترالي استرالي", "AUD"),
            ("سنغافوري", "SGD"),
            ("نيوزيلندي", "NZD"),
        ],
    ),
    ("يورو", "EUR", &[]),
    ("جنيه جنيها جنيهات", "EGP", &[("إسترليني استرليني", "GBP"), ("مصري", "EGP"), ("سوداني", "SDG")]),
    ("إسترليني استرليني", "GBP", &[]),
    (
        "ريال ريالا ريالات",
        "SAR",
        &[("سعودي", "SAR"), ("قطري", "QAR"), ("عماني", "OMR"), ("يمني", "YER"), ("إيراني", "IRR"), ("برازيلي", "BRL")],
    ),
    ("درهم درهما دراهم", "AED", &[("إماراتي", "AED"), ("مغربي", "MAD")]),
    (
        "دينار دينارا دنانير",
        "DINAR",
        &[
            ("كويتي", "KWD"),
            ("أردني", "JOD"),
            ("عراقي", "IQD"),
            ("بحريني", "BHD"),
            ("ليبي", "LYD"),
            ("تونسي", "TND"),
            ("جزائري", "DZD"),
        ],
    ),
    ("ليرة ليرات", "LIRA", &[("سوري", "SYP"), ("لبناني", "LBP"), ("تركي", "TRY")]),
    ("روبل روبلا روبلات", "RUB", &[("روسي", "RUB")]),
    ("يوان", "CNY", &[("صيني", "CNY")]),
    ("روبية روبيات", "INR", &[("هندي", "INR"), ("باكستاني", "PKR"), ("إندونيسي", "IDR")]),
    ("تومان تومانا", "IRT", &[]),
    ("ين ينا", "JPY", &[("ياباني", "JPY")]),
    ("فرنك فرنكا فرنكات", "FRANC", &[("سويسري", "CHF")]),
    ("شيكل شيكلا شيقل", "ILS", &[]),
    ("usd", "USD", &[]),
    ("eur", "EUR", &[]),
    ("gbp", "GBP", &[]),
    ("sar", "SAR", &[]),
    ("aed", "AED", &[]),
];

/// Units: the names (singular, tanween, plurals; a `_` joins the words of one
/// name) and the unit written in the value.
const UNITS: &[(&str, &str)] = &[
    ("كيلومتر كيلومترا كيلومترات كيلو_متر كيلو_مترا كيلو_مترات كلم كم", "km"),
    ("كلم2 كم2", "km2"),
    ("متر مترا أمتار", "m"),
    ("م2", "m2"),
    ("م3", "m3"),
    ("سنتيمتر سنتيمترا سنتيمترات سم", "cm"),
    ("مليمتر مليمترا مليمترات ملم مم", "mm"),
    ("ميل ميلا أميال", "mi"),
    ("ميل_بحري ميلا_بحريا أميال_بحرية", "nmi"),
    // قدم alone is also "he presented/came" ("عام 2009 قدماً من ليون"): only the plural.
    ("أقدام", "ft"),
    ("بوصة بوصات", "in"),
    ("كيلوغرام كيلوغراما كيلوغرامات كيلوجرام كيلوجراما كيلوجرامات كغ كجم كلغ كيلو_غرام كيلو_جرام", "kg"),
    ("غرام غراما غرامات جرام جراما جرامات", "g"),
    ("طن طنا أطنان", "t"),
    ("برميل برميلا براميل", "bbl"),
    ("لتر لترا لترات", "L"),
    ("هكتار هكتارا هكتارات", "ha"),
    ("دونم دونما دونمات", "dunam"),
    ("ميغاواط ميغاوات ميجاواط ميجاوات ميغا_واط ميجا_وات", "MW"),
    ("كيلوواط كيلووات", "kW"),
    ("غيغاواط غيغاوات جيجاواط جيجاوات", "GW"),
    ("درجة_مئوية درجات_مئوية", "°C"),
    ("كم_/_ساعة كلم_/_ساعة كم_/_س كيلومتر_في_الساعة كيلومترا_في_الساعة كيلومترات_في_الساعة", "km/h"),
    ("ميل_في_الساعة ميلا_في_الساعة أميال_في_الساعة", "mph"),
    ("% ٪ في_المائة في_المئة بالمائة بالمئة في_المية", "%"),
    ("جندي جنديا جنود", "soldiers"),
    ("عسكري عسكريا عسكريين", "soldiers"),
    ("مقاتل مقاتلا مقاتلين", "fighters"),
    ("صاروخ صاروخا صواريخ", "missiles"),
    ("طائرة طائرات", "aircraft"),
    ("طائرة_مسيرة طائرات_مسيرة طائرة_بدون_طيار طائرات_بدون_طيار", "drones"),
    ("دبابة دبابات", "tanks"),
    ("مدرعة مدرعات", "armoured vehicles"),
    ("قتيل قتيلا قتلى", "killed"),
    ("جريح جريحا جرحى", "wounded"),
];

/// Lengths that square and cube: the names and the units of their area and volume,
/// written with an adjective in any agreement (متر مربع, مترا مربعا, أقدام مكعبة).
const SQUARED_UNITS: &[(&str, &str, &str)] = &[
    ("كيلومتر كيلومترا كيلومترات كيلو_متر كلم كم", "km2", "km3"),
    ("متر مترا أمتار", "m2", "m3"),
    ("قدم قدما أقدام", "ft2", "ft3"),
];

/// Number words 1-9: all the forms (masculine, feminine, cases).
const UNIT_WORDS: &[(&str, u128)] = &[
    ("واحد واحدة", 1),
    ("اثنان اثنين اثنتان اثنتين", 2),
    ("ثلاثة ثلاث", 3),
    ("أربعة أربع", 4),
    ("خمسة خمس", 5),
    ("ستة ست", 6),
    ("سبعة سبع", 7),
    ("ثمانية ثماني ثمان", 8),
    ("تسعة تسع", 9),
];

/// Tens 20-90, nominative and oblique.
const TEN_WORDS: &[(&str, u128)] = &[
    ("عشرون عشرين", 20),
    ("ثلاثون ثلاثين", 30),
    ("أربعون أربعين", 40),
    ("خمسون خمسين", 50),
    ("ستون ستين", 60),
    ("سبعون سبعين", 70),
    ("ثمانون ثمانين", 80),
    ("تسعون تسعين", 90),
];

/// Teens 11-19 are written "unit عشر(ة)"; 11 and 12 have their own first words.
const TEEN_FIRST_WORDS: &[(&str, u128)] = &[("أحد إحدى", 1), ("اثنا اثني اثنتا اثنتي", 2)];

impl NumericRecognizer {
    pub fn new() -> Self {
        let mut months = Phrases::new();
        for line in MONTHS_TSV.lines() {
            let line = line.trim_end_matches('\r');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(month)) = (cols.next(), cols.next()) else { continue };
            let Ok(month) = month.trim().parse::<u8>() else { continue };
            if !(1..=12).contains(&month) {
                continue;
            }
            let flags = cols.next().unwrap_or("");
            let has = |f: &str| flags.split(',').any(|x| x.trim() == f);
            let calendar = if has("hijri") { Calendar::Hijri } else { Calendar::Gregorian };
            months.insert(name, MonthName { month, calendar, alone: !has("bound"), needs_cue: has("cue") });
        }

        let mut year_words = Phrases::new();
        for w in ["عام", "العام", "عامي", "سنة", "السنة"] {
            year_words.insert(w, ());
        }
        let mut weekdays = Phrases::new();
        for w in ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
        {
            weekdays.insert(w, ());
        }

        let mut scales = Phrases::new();
        let mut scales_alone = Phrases::new();
        for (words, exp) in [
            ("ألف آلاف ألفا", 3),
            ("مليون ملايين مليونا", 6),
            ("مليار مليارات مليارا بليون بلايين بليونا", 9),
            ("تريليون تريليونات ترليون", 12),
        ] {
            for w in words.split(' ') {
                scales.insert(w, exp);
            }
        }
        for (words, times, exp) in [
            ("ألف", 1, 3),
            ("ألفان ألفي ألفين", 2, 3),
            ("مليون", 1, 6),
            ("مليونان مليوني مليونا مليونين", 2, 6),
            ("مليار بليون", 1, 9),
            ("ملياران ملياري مليارا مليارين", 2, 9),
            ("تريليون", 1, 12),
        ] {
            for w in words.split(' ') {
                if let Some(d) = Decimal::int(times).times_pow10(exp) {
                    scales_alone.insert(w, (d, exp));
                }
            }
        }
        let mut number_words = Phrases::new();
        {
            let mut add = |phrase: &str, n: u128| number_words.insert(phrase, (Decimal::int(n), false));
            for w in ["عشرة", "عشر"] {
                add(w, 10);
            }
            for (tens, t) in TEN_WORDS {
                for ten in tens.split(' ') {
                    add(ten, *t);
                }
            }
            for (units, u) in UNIT_WORDS {
                for unit in units.split(' ') {
                    add(unit, *u);
                    // خمسة وعشرون
                    for (tens, t) in TEN_WORDS {
                        for ten in tens.split(' ') {
                            add(&format!("{unit} و{ten}"), u + t);
                        }
                    }
                    if *u >= 3 {
                        for teen in ["عشر", "عشرة"] {
                            add(&format!("{unit} {teen}"), 10 + u);
                        }
                    }
                }
            }
            for (firsts, u) in TEEN_FIRST_WORDS {
                for first in firsts.split(' ') {
                    for teen in ["عشر", "عشرة"] {
                        add(&format!("{first} {teen}"), 10 + u);
                    }
                }
            }
            // Hundreds: مئة, مئتا/مئتي, ثلاثمائة … تسعمائة (in one word or two).
            for hundred in ["مئة", "مائة"] {
                add(hundred, 100);
                let stem = hundred.trim_end_matches('ة');
                for dual in ["تا", "تي", "تان", "تين"] {
                    add(&format!("{stem}{dual}"), 200);
                }
                for (units, u) in &UNIT_WORDS[2..] {
                    let unit = units.split(' ').nth(1).unwrap_or(units);
                    add(&format!("{unit}{hundred}"), u * 100);
                    add(&format!("{unit} {hundred}"), u * 100);
                }
                add(&format!("ثمان{hundred}"), 800);
            }
        }
        number_words.insert("نصف", (Decimal { mantissa: 5, frac: 1 }, true));

        let mut measures = Phrases::new();
        for (names, code, countries) in CURRENCIES {
            for name in names.split(' ') {
                measures.insert(name, Measure::Currency(code));
                for (adjectives, country_code) in countries.iter() {
                    for adj in adjectives.split(' ') {
                        for form in [adj.to_string(), format!("{adj}ا"), format!("{adj}ة"), format!("ال{adj}")] {
                            measures.insert(&format!("{name} {form}"), Measure::Currency(country_code));
                        }
                    }
                }
            }
        }
        for (names, unit) in UNITS {
            for name in names.split(' ') {
                measures.insert(&name.replace('_', " "), Measure::Unit(unit));
            }
        }
        for (names, square, cube) in SQUARED_UNITS {
            for name in names.split(' ') {
                let name = name.replace('_', " ");
                for (adjectives, unit) in [("مربع مربعا مربعة المربع", square), ("مكعب مكعبا مكعبة المكعب", cube)]
                {
                    for adj in adjectives.split(' ') {
                        measures.insert(&format!("{name} {adj}"), Measure::Unit(unit));
                    }
                }
            }
        }

        let mut signs = Phrases::new();
        for (sign, code) in [("$", "USD"), ("€", "EUR"), ("£", "GBP")] {
            signs.insert(sign, code);
        }
        let mut latin_scales = Phrases::new();
        for (w, exp) in [
            ("thousand", 3),
            ("k", 3),
            ("million", 6),
            ("m", 6),
            ("mn", 6),
            ("billion", 9),
            ("bn", 9),
            ("trillion", 12),
        ] {
            latin_scales.insert(w, exp);
        }
        let mut range_links = Phrases::new();
        for w in ["-", "–", "—", "إلى", "حتى", "و"] {
            range_links.insert(w, ());
        }

        let mut cues = Phrases::new();
        for w in [
            "في",
            "منذ",
            "خلال",
            "شهر",
            "حتى",
            "بعد",
            "قبل",
            "مطلع",
            "أوائل",
            "أواخر",
            "منتصف",
            "نهاية",
            "بداية",
            "أول",
            "آخر",
            "بحلول",
            "من",
            "إلى",
            "مطلع",
            "ابتداء",
            "اعتبارا",
        ] {
            cues.insert(w, ());
        }

        let mut ordinal_days = Phrases::new();
        const ORDINAL_UNITS: [&str; 9] =
            ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
        ordinal_days.insert("الأول", 1);
        ordinal_days.insert("غرة", 1);
        ordinal_days.insert("العاشر", 10);
        ordinal_days.insert("العشرين", 20);
        ordinal_days.insert("الثلاثين", 30);
        for (k, unit) in ORDINAL_UNITS.iter().enumerate() {
            let n = k as u8 + 1;
            if n > 1 {
                ordinal_days.insert(unit, n);
            }
            ordinal_days.insert(&format!("{unit} عشر"), 10 + n);
            ordinal_days.insert(&format!("{unit} والعشرين"), 20 + n);
        }
        ordinal_days.insert("الحادي والثلاثين", 31);

        let mut starters = HashSet::default();
        starters.extend(months.by_first.keys().cloned());
        starters.extend(year_words.by_first.keys().cloned());
        starters.extend(weekdays.by_first.keys().cloned());
        starters.extend(number_words.by_first.keys().cloned());
        starters.extend(scales_alone.by_first.keys().cloned());
        starters.extend(ordinal_days.by_first.keys().cloned());
        starters.extend(signs.by_first.keys().cloned());
        starters.extend(["%", "٪", "(", "«", "\"", "“"].map(String::from));

        NumericRecognizer {
            starter_bits: crate::hash::WordBits::new(starters.iter().map(String::as_str)),
            starters,
            ordinal_days,
            cues,
            months,
            year_words,
            weekdays,
            scales,
            scales_alone,
            number_words,
            measures,
            signs,
            latin_scales,
            range_links,
        }
    }

    /// Finds dates, money and quantities in `text` (the original article text).
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_in_tokens(text, &tokenize(text))
    }

    /// Like [`NumericRecognizer::find`] over tokens the caller already has
    /// (`tokens` must be `tokenize(text)`).
    pub fn find_in_tokens(&self, text: &str, tokens: &TokenizedText) -> Vec<Mention> {
        let doc = Doc { text, tt: tokens };
        let mut candidates = Vec::new();
        for i in 0..doc.len() {
            // Most tokens are words no pattern starts with: one lookup and on.
            if !doc.is_number(i) && !self.may_start(doc.norm(i)) {
                continue;
            }
            if let Some(c) = self.amount_at(&doc, i) {
                candidates.push(c);
            }
            if let Some(c) = self.date_at(&doc, i) {
                candidates.push(c);
            }
        }
        let mut chosen = resolve_overlaps(candidates, doc.len());
        self.share_years(&doc, &mut chosen);
        chosen
            .into_iter()
            .map(|c| {
                let (ty, value) = match c.found {
                    Found::Date(d) => (EntityType::DATE, d.value()),
                    Found::Amount(ty, v) => (ty, v),
                };
                let mut m = Mention::new(Span::new(c.start, c.end), ty, MentionSource::Rule);
                m.value = Some(value);
                m
            })
            .collect()
    }

    /// True when a pattern may start at a word of matching form `word` (maybe after
    /// a proclitic): a month, عام, a weekday, an ordinal, a number word, a sign.
    fn may_start(&self, word: &str) -> bool {
        // The proclitics that `proclitic_splits` reads, then the three ending in لل.
        // Each of لل ولل فلل has لل at byte 0 or 2.
        let lil = |k: usize| word.as_bytes().get(k..k + 4) == Some("لل".as_bytes());
        crate::tokenize::proclitic_splits(word).any(|(_, rest)| !rest.is_empty() && self.is_starter(rest))
            || (lil(0) || lil(2))
                && ["لل", "ولل", "فلل"].iter().any(|prefix| match crate::hash::strip_prefix(word, prefix) {
                    Some("") | None => false,
                    Some(rest) => self.is_starter(rest) || self.is_starter(&format!("ال{rest}")),
                })
    }

    /// `starters.contains(word)`, asking the bitmap first.
    #[inline]
    fn is_starter(&self, word: &str) -> bool {
        self.starter_bits.may_contain(word) && self.starters.contains(word)
    }

    // ---- amounts -------------------------------------------------------------

    /// A scale word at token `i`: its power of ten.
    fn scale_at(&self, doc: &Doc, i: usize) -> Option<u32> {
        if !doc.continues(i) {
            return None;
        }
        self.scales.at(doc, i).map(|(_, exp)| exp)
    }

    /// A number at token `i`: digits, a number word or a scale word alone, with the
    /// scale word after it. Returns the amount, the length of a proclitic glued to a
    /// word (وثلاثة), the token after the number and the power of ten of its scale.
    fn number_at(&self, doc: &Doc, i: usize) -> Option<(Decimal, usize, usize, Option<u32>)> {
        // "(3.9) مليون ريال", "«4» مليارات ريال": Saudi papers bracket the figure.
        if matches!(doc.norm(i), "(" | "«" | "\"" | "“")
            && doc.is_number(i + 1)
            && doc.continues(i + 1)
            && doc.continues(i + 2)
            && matches!(doc.norm(i + 2), ")" | "»" | "\"" | "”")
        {
            let exp = self.scale_at(doc, i + 3);
            let n = Decimal::parse(doc.norm(i + 1), exp.is_some())?;
            return match exp {
                Some(e) => Some((n.times_pow10(e)?, 0, i + 4, Some(e))),
                None => Some((n, 0, i + 3, None)),
            };
        }
        if doc.is_number(i) && doc.norm(i + 1) == "ر" && doc.is_number(i + 2) && doc.glued(i + 1) && doc.glued(i + 2) {
            // "3ر10 ملايين": news agencies (KUNA, SPA) write 10.3 as fraction ر integer.
            let (frac, int) = (doc.norm(i), doc.norm(i + 2));
            if !(frac.bytes().chain(int.bytes()).all(|b| b.is_ascii_digit())) {
                return None;
            }
            let n = Decimal::parse(&format!("{int}.{frac}"), true)?;
            let exp = self.scale_at(doc, i + 3);
            return match exp {
                Some(e) => Some((n.times_pow10(e)?, 0, i + 4, Some(e))),
                None => Some((n, 0, i + 3, None)),
            };
        }
        if doc.is_number(i) {
            let exp = self.scale_at(doc, i + 1);
            let n = Decimal::parse(doc.norm(i), exp.is_some())?;
            return match exp {
                Some(e) => Some((n.times_pow10(e)?, 0, i + 2, Some(e))),
                None => Some((n, 0, i + 1, None)),
            };
        }
        if let Some((clitic, len, (n, needs_scale))) = self.number_words.at_with_clitic(doc, i) {
            return match self.scale_at(doc, i + len) {
                Some(e) => Some((n.times_pow10(e)?, clitic, i + len + 1, Some(e))),
                None if needs_scale => None,
                None => Some((n, clitic, i + len, None)),
            };
        }
        let (clitic, 1, (n, e)) = self.scales_alone.at_with_clitic(doc, i)? else { return None };
        // مليارا is two billion in "مليارا دولار" (a dual before its noun) but one
        // billion in "يناهز مليارا و760 مليون" (the accusative singular).
        let dual_construct = doc.norm(i).ends_with('ا') && !doc.norm(i).ends_with("ان");
        if dual_construct
            && !(doc.continues(i + 1)
                && (self.measures.at(doc, i + 1).is_some() || self.signs.at(doc, i + 1).is_some()))
        {
            return Some((Decimal::int(1).times_pow10(e)?, clitic, i + 1, Some(e)));
        }
        Some((n, clitic, i + 1, Some(e)))
    }

    fn amount_at(&self, doc: &Doc, i: usize) -> Option<Candidate> {
        // "$60 million", "€ 5".
        if let Some((1, code)) = self.signs.at(doc, i) {
            let j = i + 1;
            if !doc.continues(j) || !doc.is_number(j) || doc.is_number(i.wrapping_sub(1)) {
                return None;
            }
            let exp = self
                .scale_at(doc, j + 1)
                .or_else(|| self.latin_scales.at(doc, j + 1).filter(|_| doc.continues(j + 1)).map(|(_, e)| e));
            let amount = Decimal::parse(doc.norm(j), exp.is_some())?;
            let (amount, last) = match exp {
                Some(e) => (amount.times_pow10(e)?, j + 2),
                None => (amount, j + 1),
            };
            return Some(Candidate {
                first: i,
                last,
                start: doc.start(i),
                end: doc.end(last - 1),
                found: Found::Amount(EntityType::MONEY, format!("{code} {amount}")),
            });
        }

        // "%14.2": the sign first, as typed in right-to-left text (not "%20" in a URL).
        if matches!(doc.norm(i), "%" | "٪") && doc.is_number(i + 1) && doc.glued(i + 1) && !doc.glued(i) {
            let after_glued =
                i + 2 < doc.len() && doc.glued(i + 2) && !matches!(doc.norm(i + 2), "." | "،" | "," | ")" | "؛");
            if after_glued {
                return None;
            }
            let amount = Decimal::parse(doc.norm(i + 1), false)?;
            return Some(Candidate {
                first: i,
                last: i + 2,
                start: doc.start(i),
                end: doc.end(i + 1),
                found: Found::Amount(EntityType::QUANTITY, format!("{amount} %")),
            });
        }

        // The number: digits, a number word, or a scale word standing alone.
        if doc.is_number(i) {
            // Part of a longer figure (a date 21/1/2025, a time 2:30, 9.‏0 cut by a
            // mark, 3ر10 written the agency way)?
            if i >= 2
                && matches!(doc.norm(i - 1), "/" | ":" | "." | "ر")
                && doc.is_number(i - 2)
                && doc.glued(i)
                && doc.glued(i - 1)
            {
                return None;
            }
            // "عام 2009": a year, whatever follows.
            if i >= 1 && doc.continues(i) && self.year_words.at_with_clitic(doc, i - 1).is_some() {
                return None;
            }
        } else if i > 0
            && doc.continues(i)
            && (doc.is_number(i - 1)
                || (i >= 2 && doc.is_number(i - 2) && matches!(doc.norm(i - 1), "»" | "\"" | "”" | ")")))
        {
            // "60 مليون": the match starts at the number, not here; after «46» the
            // scale word is not "one million" either.
            return None;
        }
        let (mut amount, clitic, mut j, mut exp) = self.number_at(doc, i)?;
        let start = doc.start_after_clitic(i, clitic);
        // "164 مليارا و400 مليون", "مليون ونصف", "مليون و700 ألف": parts with smaller
        // scales add up.
        while let Some(e) = exp {
            let (part, next, part_exp) = if doc.continues(j) && doc.norm(j) == "و" && doc.continues(j + 1) {
                if doc.norm(j + 1) == "نصف" && self.scale_at(doc, j + 2).is_none() {
                    (Decimal { mantissa: 5, frac: 1 }.times_pow10(e)?, j + 2, None)
                } else {
                    match self.number_at(doc, j + 1) {
                        Some((n, 0, next, part_exp)) => (n, next, part_exp),
                        _ => break,
                    }
                }
            } else if doc.continues(j) && doc.norm(j) == "ونصف" && self.scale_at(doc, j + 1).is_none() {
                // "أربعة مليارات ونصف المليار": the scale may be repeated, definite.
                let repeated = doc.continues(j + 1)
                    && doc.norm(j + 1).strip_prefix("ال").is_some_and(|w| {
                        self.scales.by_first.get(w).is_some_and(|v| v.iter().any(|(r, x)| r.is_empty() && *x == e))
                    });
                (Decimal { mantissa: 5, frac: 1 }.times_pow10(e)?, j + 1 + usize::from(repeated), None)
            } else if doc.continues(j) && doc.norm(j).starts_with('و') {
                // A glued و: "ونصف مليون", "وثلاثة آلاف".
                match self.number_at(doc, j) {
                    Some((n, clitic, next, part_exp)) if clitic == 'و'.len_utf8() => (n, next, part_exp),
                    _ => break,
                }
            } else {
                break;
            };
            // Each part is less than one unit of the scale before it.
            if !part.less_than_pow10(e) {
                break;
            }
            amount = amount.plus(part)?;
            j = next;
            // Scales only go down, so the loop ends within four parts ("مليون ونصف
            // مليون" ends it: the same scale again).
            exp = part_exp.filter(|&p| p < e);
        }

        if !doc.continues(j) {
            return None;
        }
        let (ty, value) = if let Some((1, code)) = self.signs.at(doc, j) {
            j += 1;
            (EntityType::MONEY, format!("{code} {amount}"))
        } else {
            let (n, measure) = self.measures.at(doc, j)?;
            j += n;
            match measure {
                Measure::Currency(code) => (EntityType::MONEY, format!("{code} {amount}")),
                Measure::Unit(unit) => (EntityType::QUANTITY, format!("{amount} {unit}")),
            }
        };
        Some(Candidate { first: i, last: j, start, end: doc.end(j - 1), found: Found::Amount(ty, value) })
    }

    // ---- dates ---------------------------------------------------------------

    /// A day of the month at token `i`.
    fn day_at(&self, doc: &Doc, i: usize) -> Option<u8> {
        doc.integer(i, 1, 2).filter(|d| (1..=31).contains(d)).map(|d| d as u8)
    }

    /// A year at token `i` (for `calendar`), and the tokens it takes with its marker
    /// (2015م, 1436 هـ). A number that is the start of an amount is not a year.
    fn year_at(&self, doc: &Doc, i: usize, calendar: Calendar) -> Option<(u32, Calendar, usize)> {
        self.year_at_after(doc, i, calendar, false)
    }

    /// [`Self::year_at`]; `after_year_word` (عام 2009) keeps the year even when a unit
    /// follows ("عام 2009 قدماً من ليون").
    fn year_at_after(
        &self,
        doc: &Doc,
        i: usize,
        calendar: Calendar,
        after_year_word: bool,
    ) -> Option<(u32, Calendar, usize)> {
        if !doc.continues(i) {
            return None;
        }
        let marker = if doc.continues(i + 1) { doc.norm(i + 1) } else { "" };
        let (year, cal, n) = match (marker, calendar) {
            ("ه", _) => (doc.integer(i, 3, 4).filter(|y| (1..=1600).contains(y))?, Calendar::Hijri, 2),
            // "1436 هجرية", "1319 للهجرة": the calendar written out.
            ("هجري" | "هجريه" | "للهجره" | "هجريا", _) => {
                (doc.integer(i, 3, 4).filter(|y| (1..=1600).contains(y))?, Calendar::Hijri, 2)
            }
            // عام 1428 with no marker: in Arabic news a year 1300-1440 after a year word is
            // the Hijri year of the modern era (1882-2019), not the Gregorian Middle Ages
            // (SaudiNewsNet: see MODERN_HIJRI_YEARS); 1441-1499 stay Gregorian (عام 1492).
            (_, Calendar::Gregorian) if after_year_word && marker != "م" => {
                let y = doc.integer(i, 4, 4).filter(|y| (1000..=2200).contains(y))?;
                (y, if MODERN_HIJRI_YEARS.contains(&y) { Calendar::Hijri } else { Calendar::Gregorian }, 1)
            }
            ("م", Calendar::Gregorian) => {
                (doc.integer(i, 4, 4).filter(|y| (1000..=2200).contains(y))?, Calendar::Gregorian, 2)
            }
            (_, Calendar::Gregorian) => {
                (doc.integer(i, 4, 4).filter(|y| (1000..=2200).contains(y))?, Calendar::Gregorian, 1)
            }
            (_, Calendar::Hijri) => (doc.integer(i, 3, 4).filter(|y| (1..=1600).contains(y))?, Calendar::Hijri, 1),
        };
        // "2000 دولار", "2000 مليون": an amount, not a year.
        if n == 1
            && !after_year_word
            && doc.continues(i + 1)
            && (self.scales.at(doc, i + 1).is_some() || self.measures.at(doc, i + 1).is_some())
        {
            return None;
        }
        // "2018-2019", "2018/19": a span of years or a season, not read here.
        if doc.continues(i + 1) && matches!(doc.norm(i + 1), "/" | "-") && doc.is_number(i + 2) {
            return None;
        }
        Some((year, cal, n))
    }

    fn date_at(&self, doc: &Doc, i: usize) -> Option<Candidate> {
        if let Some(c) = self.numeric_date_at(doc, i) {
            return Some(c);
        }
        // عام 2018, لعام 2020, للعام 2018, سنة 1436 هـ.
        if let Some((clitic, 1, ())) = self.year_words.at_with_clitic(doc, i) {
            // "موسم عام 2015-2016", "العام 2015/16": a span of years.
            if let (Some(y1), true) = (doc.integer(i + 1, 4, 4), matches!(doc.norm(i + 2), "-" | "/" | "–")) {
                let y2 = doc.integer(i + 3, 4, 4).or_else(|| doc.integer(i + 3, 2, 2).map(|yy| y1 - y1 % 100 + yy));
                let joined = (i + 1..=i + 3).all(|k| doc.continues(k)) && !matches!(doc.norm(i + 4), "-" | "/");
                if let Some(y2) = y2.filter(|&y2| joined && (1000..=2200).contains(&y1) && y2 > y1 && y2 - y1 <= 100) {
                    let marker = if doc.continues(i + 4) { doc.norm(i + 4) } else { "" };
                    let calendar = if marker == "ه" { Calendar::Hijri } else { Calendar::Gregorian };
                    let last = i + 4 + usize::from(matches!(marker, "ه" | "م"));
                    return Some(Candidate {
                        first: i,
                        last,
                        start: doc.start_after_clitic(i, clitic),
                        end: doc.end(last - 1),
                        found: Found::Date(DateValue {
                            calendar,
                            year: Some(y1),
                            month: None,
                            day: None,
                            day_end: None,
                            list: false,
                            year_end: Some(y2),
                        }),
                    });
                }
            }
            let (year, calendar, n) = self.year_at_after(doc, i + 1, Calendar::Gregorian, true)?;
            let mut last = i + 1 + n;
            let mut date = DateValue {
                calendar,
                year: Some(year),
                month: None,
                day: None,
                day_end: None,
                list: false,
                year_end: None,
            };
            // "عامي 2011 و2012" (two years), "بين عامي 1932 و1945" (a span).
            if doc.norm(i).ends_with("عامي") && doc.continues(last) && self.range_links.at(doc, last).is_some() {
                if let Some((y2, cal2, n2)) = self.year_at(doc, last + 1, calendar) {
                    if cal2 == calendar && y2 > year {
                        date.year_end = Some(y2);
                        date.list = doc.norm(last) == "و" && !(i > 0 && doc.continues(i) && doc.norm(i - 1) == "بين");
                        last += 1 + n2;
                    }
                }
            }
            return Some(Candidate {
                first: i,
                last,
                start: doc.start_after_clitic(i, clitic),
                end: doc.end(last - 1),
                found: Found::Date(date),
            });
        }
        // 2015م, 1446 هـ: a year with its calendar marker.
        if doc.is_number(i) && !(i > 0 && doc.continues(i) && matches!(doc.norm(i - 1), "/" | "-" | ".")) {
            // "1436 / 1437هـ", "1435-1436هـ": a Hijri span of years (a school or fiscal year).
            if matches!(doc.norm(i + 1), "/" | "-")
                && doc.norm(i + 3) == "ه"
                && (i + 1..=i + 3).all(|k| doc.continues(k))
            {
                if let (Some(y1), Some(y2)) = (doc.integer(i, 4, 4), doc.integer(i + 2, 4, 4)) {
                    if y2 == y1 + 1 && (1300..=1600).contains(&y1) {
                        return Some(Candidate {
                            first: i,
                            last: i + 4,
                            start: doc.start(i),
                            end: doc.end(i + 3),
                            found: Found::Date(DateValue {
                                calendar: Calendar::Hijri,
                                year: Some(y1),
                                month: None,
                                day: None,
                                day_end: None,
                                list: false,
                                year_end: Some(y2),
                            }),
                        });
                    }
                }
            }
            let marker = if doc.continues(i + 1) { doc.norm(i + 1) } else { "" };
            if matches!(marker, "م" | "ه" | "هجري" | "هجريه" | "للهجره" | "هجريا") {
                let (year, calendar, n) = self.year_at(doc, i, Calendar::Gregorian)?;
                if n == 2 && (marker != "م" || (1800..=2200).contains(&year)) {
                    return Some(Candidate {
                        first: i,
                        last: i + 2,
                        start: doc.start(i),
                        end: doc.end(i + 1),
                        found: Found::Date(DateValue {
                            calendar,
                            year: Some(year),
                            month: None,
                            day: None,
                            day_end: None,
                            list: false,
                            year_end: None,
                        }),
                    });
                }
            }
        }
        self.month_date_at(doc, i)
    }

    /// [weekday] [day [- day]] month [/ month] [year [marker]].
    fn month_date_at(&self, doc: &Doc, i: usize) -> Option<Candidate> {
        let mut j = i;
        let weekday = self.weekdays.at(doc, j).is_some() && doc.is_number(j + 1) && doc.continues(j + 1);
        if weekday {
            j += 1;
        }
        let mut day = None;
        let mut day_end = None;
        let mut list = false;
        let mut day_clitic = 0;
        if doc.is_number(j) {
            if j >= 2 && doc.continues(j) && matches!(doc.norm(j - 1), "/" | "-" | ":" | ".") && doc.is_number(j - 2) {
                return None;
            }
            day = Some(self.day_at(doc, j)?);
            j += 1;
            if doc.continues(j) && self.range_links.at(doc, j).is_some() && doc.continues(j + 1) {
                if let Some(d2) = self.day_at(doc, j + 1) {
                    if Some(d2) > day {
                        // "بين 10 و20 أغسطس" is a range, "يومي 7 و14 أكتوبر" two days.
                        list = doc.norm(j) == "و"
                            && Some(d2 - 1) != day
                            && !(i > 0 && doc.continues(i) && doc.norm(i - 1) == "بين");
                        day_end = Some(d2);
                        j += 2;
                    }
                }
            }
            if !doc.continues(j) {
                return None;
            }
        } else if weekday {
            return None;
        } else if let Some((clitic, n, d)) = self.ordinal_days.at_with_clitic(doc, j) {
            // "الثاني من يونيو", "السابع والعشرين من مايو", "غرة شوال".
            let of = doc.norm(j + n) == "من";
            if d == 0 || !(doc.continues(j + n) && (of || doc.norm(j) == "غره")) {
                return None;
            }
            day_clitic = clitic;
            day = Some(d);
            j += n + usize::from(of);
            if !doc.continues(j) {
                return None;
            }
        }
        // "الخامس من شهر أغسطس", "12 من شهر أغسطس", "12 من أغسطس".
        if day.is_some() && doc.continues(j) {
            if doc.norm(j) == "من"
                && doc.continues(j + 1)
                && (doc.norm(j + 1) == "شهر" || self.months.at(doc, j + 1).is_some())
            {
                j += 1;
            }
            if doc.norm(j) == "شهر" && doc.continues(j + 1) && doc.norm(j - 1) == "من" {
                j += 1;
            }
        }
        // The month; a proclitic may be glued to it only when it comes first (وأغسطس).
        let (clitic, n, month) = if day.is_some() {
            let (n, m) = self.months.at(doc, j)?;
            (0, n, m)
        } else {
            self.months.at_with_clitic(doc, j)?
        };
        let month_tok = j;
        j += n;
        let mut paired = false;
        // أكتوبر/ تشرين أول, أكتوبر (تشرين الأول): the same month in the other system.
        // "يوليو تموز": news agencies write the pair with no sign between.
        let sep = usize::from(doc.continues(j) && matches!(doc.norm(j), "/" | "\\" | "(" | "-" | "–"));
        if doc.continues(j + sep) {
            if let Some((n2, m2)) = self.months.at(doc, j + sep) {
                // The same month in the other system: "صفر - صفر" is a score.
                if m2.month == month.month && m2.calendar == month.calendar && doc.norm(j + sep) != doc.norm(month_tok)
                {
                    let after = j + sep + n2;
                    if !(sep == 1 && doc.norm(j) == "(") {
                        paired = true;
                        j = after;
                    } else if doc.continues(after) && doc.norm(after) == ")" {
                        paired = true;
                        j = after + 1;
                    }
                }
            }
        }
        let mut calendar = month.calendar;
        let mut year = None;
        // "28 يونيو عام 2014", "23 يناير من عام 1951": the year word joins the date.
        let mut year_tok = j;
        if doc.continues(j) && doc.norm(j) == "من" && self.year_words.at(doc, j + 1).is_some() && doc.continues(j + 1)
        {
            year_tok = j + 2;
        } else if doc.continues(j) && self.year_words.at(doc, j).is_some() {
            year_tok = j + 1;
        }
        if year_tok > j && self.year_at(doc, year_tok, month.calendar).is_some() {
            j = year_tok;
        }
        if let Some((y, cal, n)) = self.year_at(doc, j, month.calendar) {
            // A Gregorian month with a Hijri marker is a mismatch: leave the number.
            if cal == month.calendar {
                year = Some(y);
                calendar = cal;
                j += n;
            }
        }
        if day.is_none() && year.is_none() && !paired {
            let before = |word: &str| {
                clitic == 0
                    && month_tok > 0
                    && doc.continues(month_tok)
                    && self
                        .cues
                        .at_with_clitic(doc, month_tok - 1)
                        .is_some_and(|(c, _, _)| doc.norm(month_tok - 1)[c..] == *word || word.is_empty())
            };
            // "شهر رمضان", "شهر آب": after شهر any month name is a month.
            if !before(&normalize("شهر")) {
                if !month.alone {
                    return None;
                }
                // نيسان alone is a month after في, منذ… but a name in "نيسان سلومنسكي".
                if month.needs_cue && !before("") {
                    return None;
                }
            }
        }
        let start = if day.is_some() || weekday {
            doc.start_after_clitic(i, day_clitic)
        } else {
            doc.start_after_clitic(month_tok, clitic)
        };
        Some(Candidate {
            first: i,
            last: j,
            start,
            end: doc.end(j - 1),
            found: Found::Date(DateValue {
                calendar,
                year,
                month: Some(month.month),
                day,
                day_end,
                list,
                year_end: None,
            }),
        })
    }

    /// 21/1/2025, 21-1-2025, 2025-01-21, 2025/1/21, 21.1.2025, 1436/10/5هـ.
    fn numeric_date_at(&self, doc: &Doc, i: usize) -> Option<Candidate> {
        if !doc.is_number(i) {
            return None;
        }
        // Not the middle of a longer figure.
        if i > 0 && doc.continues(i) && matches!(doc.norm(i - 1), "/" | "-" | "." | ":" | "+") {
            return None;
        }
        let mut parts: Vec<&str> = Vec::with_capacity(3);
        let mut last;
        let single = doc.norm(i);
        if single.bytes().filter(|&b| b == b'.').count() == 2 && !single.contains(',') {
            parts.extend(single.split('.'));
            last = i + 1;
        } else {
            let sep = doc.norm(i + 1);
            if !matches!(sep, "/" | "-") || doc.norm(i + 3) != sep {
                return None;
            }
            for k in [i + 1, i + 2, i + 3, i + 4] {
                if !doc.continues(k) {
                    return None;
                }
            }
            if !(doc.is_number(i + 2) && doc.is_number(i + 4)) {
                return None;
            }
            parts.extend([doc.norm(i), doc.norm(i + 2), doc.norm(i + 4)]);
            last = i + 5;
            // A fourth group: a phone or reference number.
            if doc.continues(last) && matches!(doc.norm(last), "/" | "-" | ".") && doc.is_number(last + 1) {
                return None;
            }
        }
        if parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let (y, m, d) = if parts[0].len() == 4 {
            (parts[0], parts[1], parts[2])
        } else if parts[2].len() == 4 {
            (parts[2], parts[1], parts[0])
        } else {
            return None;
        };
        if m.len() > 2 || d.len() > 2 {
            return None;
        }
        let (year, month, day): (u32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let marker = if doc.continues(last) { doc.norm(last) } else { "" };
        let calendar = match marker {
            "ه" => Calendar::Hijri,
            _ if (1300..=1500).contains(&year) => Calendar::Hijri,
            _ if (1800..=2200).contains(&year) => Calendar::Gregorian,
            _ => return None,
        };
        if matches!(marker, "ه" | "م") {
            last += 1;
        }
        Some(Candidate {
            first: i,
            last,
            start: doc.start(i),
            end: doc.end(last - 1),
            found: Found::Date(DateValue {
                calendar,
                year: Some(year),
                month: Some(month),
                day: Some(day),
                day_end: None,
                list: false,
                year_end: None,
            }),
        })
    }

    /// "من إبريل/ نيسان إلى يونيو/ حزيران 2022": a date without a year takes the year
    /// of the date right after it when one link word (إلى, حتى, -, و) joins them.
    fn share_years(&self, doc: &Doc, chosen: &mut [Candidate]) {
        for k in 1..chosen.len() {
            let (a, b) = chosen.split_at_mut(k);
            let (prev, next) = (&mut a[k - 1], &b[0]);
            let (Found::Date(p), Found::Date(n)) = (&mut prev.found, &next.found) else { continue };
            if p.year.is_some() || n.year.is_none() || p.calendar != n.calendar || p.month.is_none() {
                continue;
            }
            if next.first == prev.last + 1
                && doc.continues(prev.last)
                && doc.continues(next.first)
                && self.range_links.at(doc, prev.last).is_some()
            {
                p.year = n.year;
            }
        }
    }
}

/// Years that, written bare after عام/سنة, are Hijri: 1300-1440 AH is 1882-2019 CE, the
/// years modern news dates by, while Gregorian years in that range are medieval. Counted
/// on SaudiNewsNet (31,030 articles): 162 bare years 1300-1499 after a year word; of a
/// random 40 read by hand, 38 were Hijri (عام 1433، العام 1440 for plans), one Gregorian
/// (عام 1450, above the range), one unclear; all three above 1440 were Gregorian (1450,
/// 1473, 1492).
const MODERN_HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1440;

/// Keeps the longest candidates that do not overlap, in text order. On equal length
/// an amount beats a date ("2018 طن" is never a year). `tokens` is the token count.
fn resolve_overlaps(mut candidates: Vec<Candidate>, tokens: usize) -> Vec<Candidate> {
    let rank = |c: &Candidate| matches!(c.found, Found::Date(_)) as u8;
    candidates.sort_by(|a, b| {
        (b.end - b.start).cmp(&(a.end - a.start)).then(rank(a).cmp(&rank(b))).then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; tokens];
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in candidates {
        let range = c.first.min(tokens)..c.last.min(tokens);
        if taken[range.clone()].iter().all(|t| !t) {
            taken[range].iter_mut().for_each(|t| *t = true);
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| c.first);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str, String)> {
        find_numeric(text)
            .iter()
            .map(|m| (m.surface(text).to_string(), m.entity_type.as_str(), m.value.clone().unwrap_or_default()))
            .collect()
    }

    /// `t!(input, [(surface, type, value), ...])`: exactly these mentions, in order.
    macro_rules! t {
        ($input:expr, [$(($surface:expr, $ty:ident, $value:expr)),* $(,)?]) => {{
            let want: Vec<(String, &'static str, String)> =
                vec![$(($surface.to_string(), stringify!($ty), $value.to_string())),*];
            assert_eq!(found($input), want, "find_numeric({:?})", $input);
        }};
    }

    /// The bitmap before the starters' table changes no answer (dev words, starters
    /// with clitics and cut short).
    #[test]
    fn starter_bitmap_changes_no_answer() {
        let r = NumericRecognizer::new();
        let mut words: Vec<String> = Vec::new();
        for dir in ["data/dev/tune", "data/dev/devtest"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for f in std::fs::read_dir(path).expect("the dev set is in the repository") {
                let text = std::fs::read_to_string(f.expect("a listed file").path()).unwrap_or_default();
                let tt = tokenize(&text);
                words.extend((0..tt.tokens.len()).map(|i| tt.norm(i).to_string()));
            }
        }
        for w in &r.starters {
            words.extend(["", "و", "ب", "لل", "ال"].iter().map(|c| format!("{c}{w}")));
            let mut cut = w.clone();
            cut.pop();
            words.push(cut);
        }
        assert!(words.len() > 5000);
        for w in &words {
            assert_eq!(r.is_starter(w), r.starters.contains(w.as_str()), "{w}");
        }
    }

    #[test]
    fn dates_with_month_names() {
        t!("في 21 يناير 2025، خلال", [("21 يناير 2025", DATE, "2025-01-21")]);
        t!("منذ يناير 2025", [("يناير 2025", DATE, "2025-01")]);
        t!("إلى مايو 2022، عندما", [("مايو 2022", DATE, "2022-05")]);
        t!("أعلنت في مايو/ أيار أنها", [("مايو/ أيار", DATE, "--05")]);
        t!("منذ أكتوبر/ تشرين أول 2021، معدات", [("أكتوبر/ تشرين أول 2021", DATE, "2021-10")]);
        t!("بين 10-20 أغسطس/ آب الجاري", [("10-20 أغسطس/ آب", DATE, "--08-10/--08-20")]);
        t!("بين 10-20 أغسطس الجاري", [("10-20 أغسطس", DATE, "--08-10/--08-20")]);
        t!("في 10-11 نوفمبر 2020 “.", [("10-11 نوفمبر 2020", DATE, "2020-11-10/2020-11-11")]);
        t!("من 10 إلى 20 أغسطس", [("10 إلى 20 أغسطس", DATE, "--08-10/--08-20")]);
        t!("بين 10 و20 أغسطس 2022", [("10 و20 أغسطس 2022", DATE, "2022-08-10/2022-08-20")]);
        t!("الأحد 5 أكتوبر", [("الأحد 5 أكتوبر", DATE, "--10-05")]);
        t!("في 5 أكتوبر/تشرين الأول", [("5 أكتوبر/تشرين الأول", DATE, "--10-05")]);
        t!("في 5 أكتوبر (تشرين الأول) 2021", [("5 أكتوبر (تشرين الأول) 2021", DATE, "2021-10-05")]);
        t!("زار طهران في نوفمبر. وقال", [("نوفمبر", DATE, "--11")]);
        t!("أغسطس", [("أغسطس", DATE, "--08")]);
        t!("في 14 أكتوبر – العلاقات", [("14 أكتوبر", DATE, "--10-14")]);
        t!("في 3 كانون الثاني 2024", [("3 كانون الثاني 2024", DATE, "2024-01-03")]);
        t!("في حزيران 2014", [("حزيران 2014", DATE, "2014-06")]);
        t!("في أيلول", [("أيلول", DATE, "--09")]);
        t!("يونيه 2015 ويوليه", [("يونيه 2015", DATE, "2015-06"), ("يوليه", DATE, "--07")]);
        t!("في إبريل وأبريل وابريل", [("إبريل", DATE, "--04"), ("أبريل", DATE, "--04"), ("ابريل", DATE, "--04")]);
    }

    #[test]
    fn month_ranges_share_the_year() {
        t!(
            "من إبريل/ نيسان إلى يونيو/ حزيران 2022، زار",
            [("إبريل/ نيسان", DATE, "2022-04"), ("يونيو/ حزيران 2022", DATE, "2022-06")]
        );
        t!(
            "من 30 سبتمبر إلى 2 أكتوبر 2021",
            [("30 سبتمبر", DATE, "2021-09-30"), ("2 أكتوبر 2021", DATE, "2021-10-02")]
        );
    }

    #[test]
    fn years() {
        t!("في عام 2023، وهذه", [("عام 2023", DATE, "2023")]);
        t!("منذ العام 2018 حتى", [("العام 2018", DATE, "2018")]);
        t!("سنة 2018", [("سنة 2018", DATE, "2018")]);
        t!("اتفاق السلام لعام 2020، والدور", [("عام 2020", DATE, "2020")]);
        t!(
            "وعام 2018 بعام 2019 فعام 2017",
            [("عام 2018", DATE, "2018"), ("عام 2019", DATE, "2019"), ("عام 2017", DATE, "2017")]
        );
        t!("للعام 2016", [("عام 2016", DATE, "2016")]);
        t!("وَعامِ 2018", [("عامِ 2018", DATE, "2018")]);
        t!("في 2015م تم", [("2015م", DATE, "2015")]);
        t!("عام 2015 م", [("عام 2015 م", DATE, "2015")]);
        t!("عام 1446 هـ", [("عام 1446 هـ", DATE, "1446H")]);
        t!("في 1446 هـ", [("1446 هـ", DATE, "1446H")]);
        t!("العام ١٤٣٦هـ", [("العام ١٤٣٦هـ", DATE, "1436H")]);
        t!("لهذا العام 1436 / 1437هـ بكمية", [("العام 1436 / 1437هـ", DATE, "1436H/1437H")]);
        t!("توريد 1436 / 1437هـ بكمية", [("1436 / 1437هـ", DATE, "1436H/1437H")]);
        t!("السنة الدراسية 1435-1436هـ في", [("1435-1436هـ", DATE, "1435H/1436H")]);
    }

    #[test]
    fn bare_modern_hijri_years() {
        // After a year word, 1300-1440 is the Hijri year of the modern era.
        t!("التحق بالعمل عام 1428 وعرف", [("عام 1428", DATE, "1428H")]);
        t!("بحلول العام 1440 أكثر", [("العام 1440", DATE, "1440H")]);
        t!("تأسست عام 1376، وتم", [("عام 1376", DATE, "1376H")]);
        t!("في عام 1300 كان", [("عام 1300", DATE, "1300H")]);
        // Above the range, or marked م, or without a year word: as before.
        t!("منذ العام 1492 وكل", [("العام 1492", DATE, "1492")]);
        t!("ولد في عام 1473 توفي", [("عام 1473", DATE, "1473")]);
        t!("عام 1299 كان", [("عام 1299", DATE, "1299")]);
        t!("عام 1428م كان", [("عام 1428م", DATE, "1428")]);
        t!("تم توفير 1400 كفن", []);
        t!("عام 2015 كان", [("عام 2015", DATE, "2015")]);
        // The calendar written out.
        t!("في العام 1399 هجرية", [("العام 1399 هجرية", DATE, "1399H")]);
        t!("شوال عام 1319 للهجرة،", [("شوال عام 1319 للهجرة", DATE, "1319H-10")]);
        t!("منذ عام 1422 هجري عبر", [("عام 1422 هجري", DATE, "1422H")]);
        t!("الصادر في 1395 هجرية", [("1395 هجرية", DATE, "1395H")]);
        // A Hijri month already made the year Hijri.
        t!("10 شوال 1436", [("10 شوال 1436", DATE, "1436H-10-10")]);
    }

    #[test]
    fn two_years() {
        t!("خلال عامي 2011 و2012 بدأت", [("عامي 2011 و2012", DATE, "2011,2012")]);
        t!("ما بين عامي 1932 و1945، ثم", [("عامي 1932 و1945", DATE, "1932/1945")]);
        t!("عامي 2012", [("عامي 2012", DATE, "2012")]);
        t!("ما بين عامي 1940 إلى 1943 على", [("عامي 1940 إلى 1943", DATE, "1940/1943")]);
        t!(
            "موسم عام 2015-2016 والعام 2015/16",
            [("عام 2015-2016", DATE, "2015/2016"), ("العام 2015/16", DATE, "2015/2016")]
        );
    }

    #[test]
    fn hijri_months() {
        t!(
            "5 شوال 1436هـ الموافق 21 يوليو 2015م",
            [("5 شوال 1436هـ", DATE, "1436H-10-05"), ("21 يوليو 2015م", DATE, "2015-07-21")]
        );
        t!("في 27 رمضان", [("27 رمضان", DATE, "H--09-27")]);
        t!("ذي القعدة 1436", [("ذي القعدة 1436", DATE, "1436H-11")]);
        t!("قال رمضان إن شعبان", []);
        t!("خلال شهر رمضان المبارك وبشهر شوال", [("رمضان", DATE, "H--09"), ("شوال", DATE, "H--10")]);
        t!("منذ شهر مارس حتى الآن وفي مارس الماضي", [("مارس", DATE, "--03"), ("مارس", DATE, "--03")]);
        t!("شهر آب", [("آب", DATE, "--08")]);
        t!("بنتيجة صفر - صفر", []);
        t!("الموافق 8 – 10 من شهر نوفمبر", [("8 – 10 من شهر نوفمبر", DATE, "--11-08/--11-10")]);
    }

    #[test]
    fn numeric_dates() {
        t!("بتاريخ 21/1/2025 صدر", [("21/1/2025", DATE, "2025-01-21")]);
        t!("بتاريخ 2025-01-21", [("2025-01-21", DATE, "2025-01-21")]);
        t!("بتاريخ 21.1.2025", [("21.1.2025", DATE, "2025-01-21")]);
        t!("بتاريخ 21-01-2025م", [("21-01-2025م", DATE, "2025-01-21")]);
        t!("الموافق 1436/10/5هـ", [("1436/10/5هـ", DATE, "1436H-10-05")]);
        t!("بتاريخ 5/10/1436", [("5/10/1436", DATE, "1436H-10-05")]);
        t!("بتاريخ 32/1/2025 و1/13/2025", []);
    }

    #[test]
    fn arabic_indic_and_persian_digits() {
        t!("في ٢١ يناير ٢٠٢٥", [("٢١ يناير ٢٠٢٥", DATE, "2025-01-21")]);
        t!("في ۲۱ يناير ۲۰۲۵", [("۲۱ يناير ۲۰۲۵", DATE, "2025-01-21")]);
        t!("عام ٢٠١٨", [("عام ٢٠١٨", DATE, "2018")]);
        t!("٣٫٧ ملايين دولار", [("٣٫٧ ملايين دولار", MONEY, "USD 3700000")]);
        t!("١٬٥٠٠ دولار", [("١٬٥٠٠ دولار", MONEY, "USD 1500")]);
        t!("٢٠٪", [("٢٠٪", QUANTITY, "20 %")]);
    }

    #[test]
    fn glued_clitics() {
        t!("وفي أغسطس", [("أغسطس", DATE, "--08")]);
        t!("وأغسطس", [("أغسطس", DATE, "--08")]);
        t!("بنوفمبر", [("نوفمبر", DATE, "--11")]);
        t!("ومليار دولار", [("مليار دولار", MONEY, "USD 1000000000")]);
        t!("وثلاثة جنود", [("ثلاثة جنود", QUANTITY, "3 soldiers")]);
        t!("بـ20 مليون دولار", [("20 مليون دولار", MONEY, "USD 20000000")]);
    }

    #[test]
    fn money() {
        t!("أكثر من 60 مليون دولار على", [("60 مليون دولار", MONEY, "USD 60000000")]);
        t!("بقيمة 3,7 ملايين دولار \"", [("3,7 ملايين دولار", MONEY, "USD 3700000")]);
        t!("1,500 دولار", [("1,500 دولار", MONEY, "USD 1500")]);
        t!("1.500 ريال", [("1.500 ريال", MONEY, "SAR 1500")]);
        t!("1.5 مليار ريال", [("1.5 مليار ريال", MONEY, "SAR 1500000000")]);
        t!("2.5 دولار", [("2.5 دولار", MONEY, "USD 2.5")]);
        t!("1,000,000 يورو", [("1,000,000 يورو", MONEY, "EUR 1000000")]);
        t!("مليار دولار", [("مليار دولار", MONEY, "USD 1000000000")]);
        t!("مليونا دولار", [("مليونا دولار", MONEY, "USD 2000000")]);
        t!("عشرة ملايين دولار", [("عشرة ملايين دولار", MONEY, "USD 10000000")]);
        t!("نصف مليون دولار", [("نصف مليون دولار", MONEY, "USD 500000")]);
        t!("مئة ألف ريال", [("مئة ألف ريال", MONEY, "SAR 100000")]);
        t!("بخمسين مليار فرنك سويسري", [("خمسين مليار فرنك سويسري", MONEY, "CHF 50000000000")]);
        t!("أكثر من ستين مليار جنيه", [("ستين مليار جنيه", MONEY, "EGP 60000000000")]);
        t!("خمسمائة ألف درهم", [("خمسمائة ألف درهم", MONEY, "AED 500000")]);
        t!("ثلاث مائة دولار", [("ثلاث مائة دولار", MONEY, "USD 300")]);
        t!("مئتي مليون دولار", [("مئتي مليون دولار", MONEY, "USD 200000000")]);
        t!("خمسة وعشرين ألف جندي", [("خمسة وعشرين ألف جندي", QUANTITY, "25000 soldiers")]);
        t!(
            "أحد عشر قتيلا وثلاثة عشر جريحا",
            [("أحد عشر قتيلا", QUANTITY, "11 killed"), ("ثلاثة عشر جريحا", QUANTITY, "13 wounded"),]
        );
        t!("ألفين دولار", [("ألفين دولار", MONEY, "USD 2000")]);
        t!("50 دولاراً و50 دولارًا", [("50 دولاراً", MONEY, "USD 50"), ("50 دولارًا", MONEY, "USD 50")]);
        t!("60 مليون دولار أمريكي", [("60 مليون دولار أمريكي", MONEY, "USD 60000000")]);
        t!("5 ملايين جنيه إسترليني", [("5 ملايين جنيه إسترليني", MONEY, "GBP 5000000")]);
        t!("100 جنيه", [("100 جنيه", MONEY, "EGP 100")]);
        t!("20 ألف ريال سعودي", [("20 ألف ريال سعودي", MONEY, "SAR 20000")]);
        t!("20 ريالا قطريا", [("20 ريالا قطريا", MONEY, "QAR 20")]);
        t!("300 درهم", [("300 درهم", MONEY, "AED 300")]);
        t!("300 دينار كويتي و5 دنانير", [("300 دينار كويتي", MONEY, "KWD 300"), ("5 دنانير", MONEY, "DINAR 5")]);
        t!("1000 ليرة سورية", [("1000 ليرة سورية", MONEY, "SYP 1000")]);
        t!("5 مليارات روبل", [("5 مليارات روبل", MONEY, "RUB 5000000000")]);
        t!("7 آلاف يوان", [("7 آلاف يوان", MONEY, "CNY 7000")]);
        t!("40 ألف روبية باكستانية", [("40 ألف روبية باكستانية", MONEY, "PKR 40000")]);
        t!("10 آلاف تومان", [("10 آلاف تومان", MONEY, "IRT 10000")]);
        t!("2 تريليون دولار", [("2 تريليون دولار", MONEY, "USD 2000000000000")]);
        t!("3 بليون دولار", [("3 بليون دولار", MONEY, "USD 3000000000")]);
        t!("$60 million", [("$60 million", MONEY, "USD 60000000")]);
        t!("بلغ $60 مليون", [("$60 مليون", MONEY, "USD 60000000")]);
        t!("€5", [("€5", MONEY, "EUR 5")]);
        t!("500 $", [("500 $", MONEY, "USD 500")]);
        t!("15 ألفا و20 مليون", []);
    }

    #[test]
    fn quantities() {
        t!(
            "التي يبلغ طولها 1000 كيلومتر (621 ميلًا) بين",
            [("1000 كيلومتر", QUANTITY, "1000 km"), ("621 ميلًا", QUANTITY, "621 mi"),]
        );
        t!(
            "50 كلم و30 كم و5 كيلو مترات",
            [("50 كلم", QUANTITY, "50 km"), ("30 كم", QUANTITY, "30 km"), ("5 كيلو مترات", QUANTITY, "5 km"),]
        );
        t!("ألف كيلومتر", [("ألف كيلومتر", QUANTITY, "1000 km")]);
        t!("3 آلاف كيلومتر مربع", [("3 آلاف كيلومتر مربع", QUANTITY, "3000 km2")]);
        t!("500 متر و10 أمتار", [("500 متر", QUANTITY, "500 m"), ("10 أمتار", QUANTITY, "10 m")]);
        t!("10 أميال", [("10 أميال", QUANTITY, "10 mi")]);
        t!("2 مليون طن و5 أطنان", [("2 مليون طن", QUANTITY, "2000000 t"), ("5 أطنان", QUANTITY, "5 t")]);
        t!("10 ملايين برميل يوميا", [("10 ملايين برميل", QUANTITY, "10000000 bbl")]);
        t!("1000 جندي و300 عسكري", [("1000 جندي", QUANTITY, "1000 soldiers"), ("300 عسكري", QUANTITY, "300 soldiers")]);
        t!("ثلاث طائرات و20 صاروخا", [("ثلاث طائرات", QUANTITY, "3 aircraft"), ("20 صاروخا", QUANTITY, "20 missiles")]);
        t!("500 مقاتل", [("500 مقاتل", QUANTITY, "500 fighters")]);
        t!(
            "نسبة 20% و20 في المائة و15 بالمئة و3,5 في المئة",
            [
                ("20%", QUANTITY, "20 %"),
                ("20 في المائة", QUANTITY, "20 %"),
                ("15 بالمئة", QUANTITY, "15 %"),
                ("3,5 في المئة", QUANTITY, "3.5 %"),
            ]
        );
        t!("100 ميغاواط", [("100 ميغاواط", QUANTITY, "100 MW")]);
        t!("بمعدل %14.2 حيث", [("%14.2", QUANTITY, "14.2 %")]);
        t!("http://x.com/a%20b و%20", []);
        t!(
            "بسرعة 15-35 كم/ ساعة و75 ميلا في الساعة",
            [("35 كم/ ساعة", QUANTITY, "35 km/h"), ("75 ميلا في الساعة", QUANTITY, "75 mph")]
        );
        t!("200 هكتار", [("200 هكتار", QUANTITY, "200 ha")]);
        t!("45 درجة مئوية", [("45 درجة مئوية", QUANTITY, "45 °C")]);
    }

    #[test]
    fn negatives() {
        t!("في 2018 وقع", []);
        t!("معرض IDEAS 2024 الذي", []);
        t!("آب الأسرة", []);
        t!("قال آب إن", []);
        t!("مارس الضغط", []);
        t!("وقد مارس الرئيس ضغوطا", []);
        t!("اتصل على 0501234567 أو 055-123-4567", []);
        t!("الفصل 7 من الميثاق", []);
        t!("أكثر ميلًا لمحاربة", []);
        t!("9 + سبعة =", []);
        t!("30 عاما", []);
        t!("العام الماضي", []);
        t!("الأحد", []);
        t!("آلاف الجنود", []);
        t!("60 مليون", []);
        t!("كانون", []);
        t!("فاز 2-1 في 2015/2016", []);
    }

    #[test]
    fn bound_months_with_context() {
        t!("في آب 2022", [("آب 2022", DATE, "2022-08")]);
        t!("في 5 آب", [("5 آب", DATE, "--08-05")]);
        t!("في 3 مارس", [("3 مارس", DATE, "--03-03")]);
        t!("مارس 2011", [("مارس 2011", DATE, "2011-03")]);
    }

    #[test]
    fn money_and_quantities_are_never_dates() {
        t!("2000 دولار", [("2000 دولار", MONEY, "USD 2000")]);
        t!("2000 كيلومتر", [("2000 كيلومتر", QUANTITY, "2000 km")]);
        // After عام the number is a year, whatever follows.
        t!("عام 2009 قدماً من ليون", [("عام 2009", DATE, "2009")]);
    }

    #[test]
    fn never_panics() {
        for text in [
            "",
            " ",
            "١",
            "$",
            "$ ",
            "%",
            "/",
            "هـ",
            "عام",
            "عام ",
            "10-",
            "10-20",
            "10 إلى",
            "21/1/",
            "21/1/2025/",
            "٣٫",
            "1,,5 دولار",
            "99999999999999999999999999999999999999999999 دولار",
            "999999999999999999999999999999999999 تريليون دولار",
            "0.0000000000000000000000000001 دولار",
            "🙂 21 يناير",
            "يناير\n2025",
            "5\nأكتوبر",
            "ـــ",
            "(",
            "أكتوبر (",
            "أكتوبر / ",
            "\u{200F}2015م",
        ] {
            let _ = find_numeric(text);
        }
        // Every prefix of a rich text, cut on character boundaries.
        let rich = "الأحد ٥ أكتوبر/ تشرين الأول ٢٠٢١ و3,7 ملايين دولار و$60 million و1000 كيلومتر 21/1/2025 1436هـ";
        for (i, _) in rich.char_indices() {
            for m in find_numeric(&rich[..i]) {
                assert!(m.span.end <= i && rich.is_char_boundary(m.span.start) && rich.is_char_boundary(m.span.end));
            }
        }
    }

    #[test]
    fn compound_amounts() {
        t!("إلى 164 مليارا و400 مليون يورو خلال", [("164 مليارا و400 مليون يورو", MONEY, "EUR 164400000000")]);
        t!("مليون ونصف مليون دولار", [("مليون ونصف مليون دولار", MONEY, "USD 1500000")]);
        t!("مليون ونصف دولار", [("مليون ونصف دولار", MONEY, "USD 1500000")]);
        t!("3 ملايين و700 ألف دولار", [("3 ملايين و700 ألف دولار", MONEY, "USD 3700000")]);
        t!("مليونان و 500 ألف ريال", [("مليونان و 500 ألف ريال", MONEY, "SAR 2500000")]);
        t!("ما يناهز مليارا و760 مليون دولار", [("مليارا و760 مليون دولار", MONEY, "USD 1760000000")]);
        t!(
            "ملياراً و760 مليون دولار ومليارا دولار",
            [("ملياراً و760 مليون دولار", MONEY, "USD 1760000000"), ("مليارا دولار", MONEY, "USD 2000000000"),]
        );
        // A larger scale after و starts a new amount.
        t!("5 آلاف و3 ملايين دولار", [("3 ملايين دولار", MONEY, "USD 3000000")]);
    }

    #[test]
    fn day_lists_and_years_after_month() {
        t!("يومي 7 و14 أكتوبر المقبل", [("7 و14 أكتوبر", DATE, "--10-07,--10-14")]);
        t!("يومي 13 و14 يونيو", [("13 و14 يونيو", DATE, "--06-13/--06-14")]);
        t!("في 28 يونيو عام 2014، قامت", [("28 يونيو عام 2014", DATE, "2014-06-28")]);
        t!(
            "في 23 يناير (كانون الثاني) من عام 1951 إضرابا",
            [("23 يناير (كانون الثاني) من عام 1951", DATE, "1951-01-23")]
        );
        t!("(4 أبريل - نيسان 2015)", [("4 أبريل - نيسان 2015", DATE, "2015-04-04")]);
        t!("في مايو من العام الماضي", [("مايو", DATE, "--05")]);
    }

    #[test]
    fn ordinal_days_and_unmarked_pairs() {
        t!("استقالته في الثاني من يونيو الماضي", [("الثاني من يونيو", DATE, "--06-02")]);
        t!("في السابع والعشرين من مايو 2015", [("السابع والعشرين من مايو 2015", DATE, "2015-05-27")]);
        t!("هجمات الحادي عشر من سبتمبر", [("الحادي عشر من سبتمبر", DATE, "--09-11")]);
        t!("والأول من أغسطس", [("الأول من أغسطس", DATE, "--08-01")]);
        t!("غرة شوال 1436هـ", [("غرة شوال 1436هـ", DATE, "1436H-10-01")]);
        t!("الثاني من أمس", []);
        t!("الخامس من شهر أغسطس المقبل", [("الخامس من شهر أغسطس", DATE, "--08-05")]);
        t!("في الـ12 من أغسطس المقبل", [("12 من أغسطس", DATE, "--08-12")]);
        t!("مماثلة للحادي عشر من سبتمبر", [("حادي عشر من سبتمبر", DATE, "--09-11")]);
        t!("حتى نهاية يوليو تموز وبدء", [("يوليو تموز", DATE, "--07")]);
        t!("في 26 فبراير شباط", [("26 فبراير شباط", DATE, "--02-26")]);
        t!("في شباط\\فبراير 2014", [("شباط\\فبراير 2014", DATE, "2014-02")]);
    }

    #[test]
    fn names_that_are_also_months() {
        t!("حزب البيت اليهودي، نيسان سلومنسكي، اقتراح", []);
        t!("قالت جوان جوزيف", []);
        t!("في نيسان الماضي ومنذ تموز", [("نيسان", DATE, "--04"), ("تموز", DATE, "--07")]);
        t!("سيارة نيسان 2015", [("نيسان 2015", DATE, "2015-04")]);
    }

    #[test]
    fn figures_cut_by_invisible_marks() {
        t!("ارتفع 9.\u{200F}0 في المائة عن", []);
        t!("مساحته 2500 قدم مربع", [("2500 قدم مربع", QUANTITY, "2500 ft2")]);
        t!(
            "2.5 مليار قدم مكعبة و80 مترًا مربعًا",
            [("2.5 مليار قدم مكعبة", QUANTITY, "2500000000 ft3"), ("80 مترًا مربعًا", QUANTITY, "80 m2"),]
        );
        t!(
            "نحو 3ر10 ملايين دينار كويتي و224ر2 مليون برميل",
            [("3ر10 ملايين دينار كويتي", MONEY, "KWD 10300000"), ("224ر2 مليون برميل", QUANTITY, "2224000 bbl"),]
        );
        t!("ضم دي بروين مقابل «46» مليون جنيه استرليني", [("«46» مليون جنيه استرليني", MONEY, "GBP 46000000")]);
        t!(
            "أكثر من (3.9) مليون ريال و(320.800.000) ريال",
            [("(3.9) مليون ريال", MONEY, "SAR 3900000"), ("(320.800.000) ريال", MONEY, "SAR 320800000"),]
        );
        t!("نحو أربعة مليارات ونصف المليار دولار", [("أربعة مليارات ونصف المليار دولار", MONEY, "USD 4500000000")]);
        t!("في 5 مسيرات", []);
    }

    /// Random sequences of the pieces the patterns look for, glued or spaced: no
    /// panic, and every span is a non-empty slice of the input on char boundaries.
    #[test]
    fn random_pieces_never_panic() {
        const PIECES: &[&str] = &[
            "21",
            "٢١",
            "2025",
            "1436",
            "3,7",
            "1.500",
            "3",
            "ر",
            "10",
            "-",
            "/",
            "\\",
            "(",
            ")",
            "«",
            "»",
            " ",
            "\n",
            "يناير",
            "تشرين",
            "الأول",
            "أول",
            "آب",
            "من",
            "إلى",
            "و",
            "بين",
            "عام",
            "لعام",
            "للعام",
            "عامي",
            "هـ",
            "م",
            "مليون",
            "مليارا",
            "ونصف",
            "نصف",
            "ألف",
            "دولار",
            "أمريكي",
            "ريال",
            "كيلومتر",
            "مربع",
            "%",
            "في",
            "المائة",
            "$",
            "million",
            "الأحد",
            "الثاني",
            "عشر",
            "شهر",
            "غرة",
            "شوال",
            "ثلاثة",
            "جنود",
            "\u{064B}",
            "ـ",
            "\u{200F}",
            "🙂",
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let recognizer = NumericRecognizer::new();
        for _ in 0..3000 {
            let len = (next() % 12) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                if next() % 3 != 0 {
                    text.push(' ');
                }
            }
            let found = recognizer.find(&text);
            for pair in found.windows(2) {
                assert!(pair[0].span.end <= pair[1].span.start, "{text:?}: overlap {pair:?}");
            }
            for m in found {
                assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{text:?}: {m:?}");
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end), "{text:?}: {m:?}");
                assert!(m.value.as_deref().is_some_and(|v| !v.is_empty()), "{text:?}: {m:?}");
            }
        }
    }

    /// Linear time: a pathological run of joined parts is read once from each start,
    /// not to its end from every start.
    #[test]
    fn long_runs_stay_linear() {
        let text = "مليون ونصف مليون و".repeat(20_000) + " 21 يناير 2025 " + &"10-".repeat(20_000);
        let start = std::time::Instant::now();
        let found = find_numeric(&text);
        assert!(found.iter().any(|m| m.value.as_deref() == Some("2025-01-21")));
        assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    }

    #[test]
    fn line_breaks_end_a_phrase() {
        t!("يناير\n2025", [("يناير", DATE, "--01")]);
        t!("60\nمليون دولار", [("مليون دولار", MONEY, "USD 1000000")]);
    }

    #[test]
    fn values_parse_numbers() {
        assert_eq!(Decimal::parse("3,7", true), Some(Decimal { mantissa: 37, frac: 1 }));
        assert_eq!(Decimal::parse("1,500", false), Some(Decimal::int(1500)));
        assert_eq!(Decimal::parse("1,500", true), Some(Decimal::int(1500)));
        assert_eq!(Decimal::parse("1.500", false), Some(Decimal::int(1500)));
        assert_eq!(Decimal::parse("1.500", true), Some(Decimal { mantissa: 1500, frac: 3 }));
        assert_eq!(Decimal::parse("1,234.5", false), Some(Decimal { mantissa: 12345, frac: 1 }));
        assert_eq!(Decimal::parse("1,23,4", false), None);
        assert_eq!(Decimal { mantissa: 1500, frac: 3 }.to_string(), "1.5");
        assert_eq!(Decimal { mantissa: 5, frac: 3 }.to_string(), "0.005");
        assert_eq!(Decimal { mantissa: 2000, frac: 3 }.to_string(), "2");
    }
}
