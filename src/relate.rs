//! Entities of one article -> events (who met whom, where and when), co-occurrence
//! pairs and a short summary; and, across articles, a timeline and a graph.
//!
//! This stage runs last in [`crate::Analyzer::analyze`]: it reads the article text,
//! its mentions and its entities ([`crate::resolve::DocEntity`]) and adds nothing to
//! them. It is pattern-based and works one sentence at a time:
//!
//! 1. **Triggers.** Words from `data/event_triggers.tsv` (زار، وصل إلى، التقى، اجتماع،
//!    استقبل، وقّع، مناورات، شارك، أعلن، قال…) are found on the tokens' matching forms,
//!    with clitics analysed: و ف before anything, س before verbs, ب ل ك ال لل before
//!    nouns, and pronoun suffixes after (وزار، بلقاء، زيارته، التقاه). A trigger may
//!    require a word after it (وصل needs إلى, وقّع an agreement word: وقع انفجار is
//!    not a signature).
//! 2. **Who.** The *agents* are the subject: for a verb, the first person or
//!    organisation after it (Arabic news is verb-subject-object; after a common noun
//!    such as قال الدبلوماسي only a name that follows at once), else a name right
//!    before it (باقري قال, no comma between); for a noun, the name right after it
//!    (زيارة باقري) or the nearest one before it. Names joined by و to the agent are
//!    agents too, and a verb joined by و to the deed before it shares its subject
//!    (زار منير طهران والتقى قائد الجيش). *Partners* are the other side: names after
//!    مع, نظيره, بدعوة من, بين (both sides), a ب glued after a meeting verb (التقى
//!    بالرئيس), or a person that is the object (استقبل الرئيس X الوزير Y); a marker far
//!    from the trigger, its subject and its place belongs to another clause. An
//!    organisation named in a person's title (رئيس أركان الجيش الباكستاني الجنرال عاصم
//!    منير) gives way to the person. News media (وكالة تسنيم) are sources, never
//!    actors. When a sentence names no person or organisation, countries and capitals
//!    in subject position act (تشارك إيران، بدأت تركيا وباكستان تدريبات، المفاوضات بين
//!    دمشق وأنقرة). When the subject is a pronoun — a verb followed by a preposition,
//!    a particle or its object (وقال إن، وشدد على، غادر طهران), or a noun with a
//!    pronoun suffix (زيارته) — the last person (else organisation) who acted is taken,
//!    one sentence back for deeds and two for statements, marked `from_context`.
//! 3. **Where.** Places (LOC, not adjectives) after إلى (destination of a travel),
//!    في or a glued ب (location), من after a departure (origin), the object of زار or
//!    غادر; else a city or capital of the clause. Travels look only after the trigger;
//!    other events stop at a comma, and every event at a relative clause (الذي، حيث)
//!    unless it says where the event is held (الذي سيعقد في موسكو). A meeting of the
//!    traveller with no place of its own happens where the visit of the last two
//!    sentences went (`from_context`), unless it is dated otherwise.
//! 4. **When.** A DATE mention of the sentence (the nearest), else a relative word
//!    (أمس، اليوم، غدا، الأسبوع الماضي، الشهر المقبل، العام الجاري…) resolved against the
//!    article's date when it is known, else the date of the visit the event belongs
//!    to, else the article's date. Anything not written as a date in the sentence is
//!    `inferred: true`; a relative word with no article date keeps its text and no
//!    value. (The issue put the article date before relative words; a resolved أمس
//!    is more precise than the article date, so it comes first.)
//!
//! Every window is bounded (20 tokens around a trigger, 25 for dates, at most
//! [`MAX_TRIGGERS_PER_SENTENCE`] triggers and [`MAX_ENTITIES_PER_SENTENCE`] entities
//! per sentence), so the work is linear in the article, and nothing here indexes
//! input without a check.
//!
//! # Event kinds
//!
//! | kind | triggers (examples) |
//! |---|---|
//! | `visit` | زار، زيارة، وصل إلى، توجه إلى، حل ضيفا، رحلة، ترأس وفدا |
//! | `departure` | غادر، مغادرة (origin after the verb, destination after إلى) |
//! | `meeting` | التقى، لقاء، اجتمع، اجتماع، استقبل، بحث مع، محادثات، قمة، استضاف |
//! | `call` | اتصال هاتفي، مكالمة، اتصل |
//! | `agreement` | وقّع اتفاقية/مذكرة، توقيع، اتفق، اتفاق، اتفاقية، معاهدة |
//! | `exercise` | مناورات، تدريبات، تمرين |
//! | `participation` | شارك في، مشاركة |
//! | `announcement` | أعلن |
//! | `statement` | قال، أكد، صرح، شدد، أوضح، أضاف (many per article: filter them if noisy) |
//!
//! # JSON shapes (`rasd analyze --format json`)
//!
//! Spans are byte offsets `{"start","end"}` into the document text, like mentions'.
//! Entities are referred to by `entity` (index into the document's `entities` in
//! [`crate::DocumentAnalysis`]; the JSON report lists only named entities, so use
//! `key`) and by `key` (the same key as the corpus `entities` rows), with readable
//! names alongside so a reader needs no lookup.
//!
//! Per document, `"events"` (a real one, from seed 003; the agent is named the
//! sentence before, hence `from_context`, and so is Islamabad, where the visit went):
//!
//! ```json
//! {"kind": "meeting", "label": "met",
//!  "trigger": {"start": 489, "end": 501}, "trigger_text": "اجتماع",
//!  "sentence": 1, "evidence": {"start": 349, "end": 592},
//!  "evidence_text": "جاء هذا التصريح، الذي أوردته وكالة أنباء تسنيم الإيرانية في 21 يناير 2025، خلال اجتماع مع رئيس أركان الجيش الباكستاني الجنرال عاصم منير.",
//!  "participants": [
//!    {"entity": 1, "key": "PER:محمد حسين باقري", "type": "PER", "canonical": "محمد حسين باقري",
//!     "english": "Mohammad Bagheri", "role": "agent", "from_context": true},
//!    {"entity": 8, "key": "PER:عاصم منير", "type": "PER", "canonical": "عاصم منير",
//!     "english": "Asim Munir", "role": "partner", "from_context": false}],
//!  "places": [{"entity": 2, "key": "Q1362", "type": "LOC", "canonical": "إسلام آباد",
//!     "english": "Islamabad", "role": "location", "from_context": true}],
//!  "when": {"value": "2025-01-21", "text": "21 يناير 2025", "source": "sentence",
//!           "inferred": false, "entity": 6},
//!  "name": null,
//!  "gloss": "Mohammad Bagheri met Asim Munir in Islamabad on 2025-01-21"}
//! ```
//!
//! `role` of a participant: `agent` | `partner`; of a place: `destination` |
//! `location` | `origin`. `when.source`: `sentence` (a DATE mention, `entity` is its
//! index) | `relative` (أمس… resolved against the article date, or `value: null`
//! when the article has none) | `context` (the visit this event belongs to) |
//! `article` (the article's date). `when` is `null` when nothing dates the event.
//! `name` is an EVENT entity named next to the trigger (التدريبات العسكرية "التعاون
//! الإقليمي 22"), in the participant shape without `role`.
//!
//! Per document, `"summary"`: `{"actors": [ref…], "places": [ref…], "dates": [{"value",
//! "text"}…], "events": [{"index", "kind", "gloss"}…], "event_counts": {"meeting": 2, …}}`
//! where a ref is `{"entity","key","type","canonical","english","mentions"}`: the top
//! five persons and organisations (news media left out: they report, they do not act),
//! the top five places by mentions, the distinct dates in text order (at most ten) and
//! the five most informative events (`index` into `events`; statements last, then by
//! the number of slots filled). Seed 003:
//! `{"actors": [{"entity": 1, "key": "PER:محمد حسين باقري", "type": "PER", "canonical":
//! "محمد حسين باقري", "english": "Mohammad Bagheri", "mentions": 6}, …], "places":
//! [{… "english": "Pakistan", "mentions": 10}, …], "dates": [{"value": "2025-01-21",
//! "text": "21 يناير 2025"}, {"value": "2018", "text": "عام 2018"}, {"value": "--11",
//! "text": "نوفمبر"}], "events": [{"index": 2, "kind": "meeting", "gloss": "Mohammad
//! Bagheri met Asim Munir in Islamabad on 2025-01-21"}, …], "event_counts": {"agreement":
//! 1, "meeting": 2, "statement": 5, "visit": 2}}`.
//!
//! At top level, `"timeline"`: groups in time order,
//! `[{"year": "2025", "month": "01", "items": [item…]}, …, {"year": null, "month": null,
//! "items": […]}]`. `month` is `null` for items that give a year only (they come
//! first in their year); the last group (year `null`) holds values with no year
//! (`--11`, `--10-05`) and Hijri dates, sorted by value. An item:
//! `{"type": "event"|"date", "value": "2025-01-21", "text": "21 يناير 2025",
//! "inferred": false, "document": "003_….txt", "sentence": {"start","end"},
//! "evidence_text": "…", "event": {"kind","label","gloss"} | null,
//! "entities": [{"key","type","canonical","english"}…]}`. Seed 003 gives the group
//! `{"year": "2025", "month": "01", "items": [{"type": "event", "value": "2025-01-21",
//! "text": "21 يناير 2025", "inferred": false, "document": "003_0533fca291f0e961.txt",
//! "document_index": 3, "sentence": {"start": 349, "end": 592}, "evidence_text": "جاء هذا
//! التصريح…", "event": {"kind": "meeting", "label": "met", "gloss": "Mohammad Bagheri met
//! Asim Munir in Islamabad on 2025-01-21"}, "entities": [{"key": "PER:محمد حسين باقري",
//! "type": "PER", "canonical": "محمد حسين باقري", "english": "Mohammad Bagheri"}, …]}]}`.
//! Events come with their date;
//! a DATE mention comes with the persons, places, organisations and named events of
//! its sentence (and is left out when an event of that sentence already carries it).
//!
//! At top level, `"graph"`: entities that share a sentence (PER, LOC, ORG, EVENT;
//! names only, not nationality adjectives):
//! `{"nodes": [{"key","type","canonical","english","mentions","degree"}…],
//!   "edges": [{"source": key, "target": key, "weight": sentences shared,
//!              "documents": articles where they share one}…]}`,
//! edges by weight, heaviest first, nodes by mentions. The pair is unordered (source <
//! target by key). A sentence also counts for a pair when one of them is an event's
//! participant or place taken from context there, so the seeds have
//! `{"source": "PER:عاصم منير", "target": "PER:محمد حسين باقري", "weight": 1,
//! "documents": 1}` and the node `{"key": "Q794", "type": "LOC", "canonical": "إيران",
//! "english": "Iran", "mentions": 48, "degree": 61}`.

use std::collections::BTreeMap;

use crate::hash::InputMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::entity::{EntityType, Mention};
use crate::normalize::normalize;
use crate::recognize::gazetteer::Gazetteer;
use crate::resolve::DocEntity;
use crate::span::Span;
use crate::tokenize::{original_offset, tokenize, TokenKind, TokenizedText};

const TRIGGERS_TSV: &str = include_str!("../data/event_triggers.tsv");

/// A long list sentence (forty countries named in a row) must not cost forty squared
/// pairs: only its first entities count.
pub const MAX_ENTITIES_PER_SENTENCE: usize = 30;
/// A sentence with more triggers than this is a list or garbage; the rest are skipped.
pub const MAX_TRIGGERS_PER_SENTENCE: usize = 16;
/// How far (tokens) a trigger looks for its participants and places.
const WINDOW: usize = 20;
/// How far (tokens) a trigger looks for a date of its sentence.
const DATE_WINDOW: usize = 25;
/// How many sentences back a pronoun subject or a visit's place still holds.
const CONTEXT_SENTENCES: u32 = 2;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Visit,
    Departure,
    Meeting,
    Call,
    Agreement,
    Exercise,
    Participation,
    Announcement,
    Statement,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Visit => "visit",
            EventKind::Departure => "departure",
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Agreement => "agreement",
            EventKind::Exercise => "exercise",
            EventKind::Participation => "participation",
            EventKind::Announcement => "announcement",
            EventKind::Statement => "statement",
        }
    }

    pub fn parse(s: &str) -> Option<EventKind> {
        Some(match s {
            "visit" => EventKind::Visit,
            "departure" => EventKind::Departure,
            "meeting" => EventKind::Meeting,
            "call" => EventKind::Call,
            "agreement" => EventKind::Agreement,
            "exercise" => EventKind::Exercise,
            "participation" => EventKind::Participation,
            "announcement" => EventKind::Announcement,
            "statement" => EventKind::Statement,
            _ => return None,
        })
    }

    /// Said-type events: many per article, weakest evidence of a relation.
    fn is_speech(self) -> bool {
        matches!(self, EventKind::Statement | EventKind::Announcement)
    }

    fn is_travel(self) -> bool {
        matches!(self, EventKind::Visit | EventKind::Departure)
    }
}

/// The part a person or organisation plays in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The subject: who visits, meets, signs, says.
    Agent,
    /// The other side: who is met, received, signed with.
    Partner,
}

/// The part a place plays in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceRole {
    /// Where a visit goes (إلى X, زار X).
    Destination,
    /// Where it happens (في X, بـX).
    Location,
    /// Where a departure leaves from (غادر X).
    Origin,
}

/// Where the date of an event comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WhenSource {
    /// A DATE mention of the event's sentence.
    Sentence,
    /// A relative word (أمس، الأسبوع الماضي) of the sentence.
    Relative,
    /// The date of the visit the event belongs to (an earlier sentence).
    Context,
    /// The article's own date.
    Article,
}

/// An entity of the article, with the names a reader needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRef {
    /// Index into the article's entities.
    pub entity: usize,
    pub key: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub canonical: String,
    pub english: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Participant {
    #[serde(flatten)]
    pub entity: EntityRef,
    pub role: Role,
    /// Taken from an earlier sentence (the subject is a pronoun here).
    pub from_context: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    #[serde(flatten)]
    pub entity: EntityRef,
    pub role: PlaceRole,
    pub from_context: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct When {
    /// A date value in the scheme of [`crate::recognize::numeric`] (`2025-01-21`,
    /// `2022-05`, `--11`, ranges `a/b`); `None` for a relative word with no article date.
    pub value: Option<String>,
    /// The words as written (or the article's date).
    pub text: String,
    pub source: WhenSource,
    /// True when the value was not written as a date in the sentence.
    pub inferred: bool,
    /// Index of the DATE entity, when the source is a mention.
    pub entity: Option<usize>,
}

/// One event: a trigger word with its participants, places and date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub kind: EventKind,
    /// English verb phrase of the trigger (`met`, `visited`, `signed an agreement with`).
    pub label: String,
    /// The trigger word as written, without glued proclitics.
    pub trigger: Span,
    pub trigger_text: String,
    /// Sentence index (the tokenizer's) and its bytes: the evidence.
    pub sentence: u32,
    pub evidence: Span,
    pub evidence_text: String,
    pub participants: Vec<Participant>,
    pub places: Vec<Place>,
    pub when: Option<When>,
    /// A named event (EVENT entity) next to the trigger.
    pub name: Option<EntityRef>,
    /// One English line: "Mohammad Bagheri met Asim Munir in Islamabad on 2025-01-21".
    pub gloss: String,
}

impl Event {
    pub fn agents(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.role == Role::Agent)
    }

    pub fn partners(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.role == Role::Partner)
    }
}

/// Two entities of one article that share sentences.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cooccurrence {
    /// Entity indices, `a < b`.
    pub a: usize,
    pub b: usize,
    /// Number of sentences where both are named.
    pub weight: u32,
}

/// A DATE mention with its sentence and the other entities there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DatedMention {
    /// The DATE entity.
    pub entity: usize,
    pub mention: usize,
    pub value: String,
    pub text: String,
    pub sentence: u32,
    pub evidence: Span,
    /// Persons, places, organisations and named events of the sentence.
    pub entities: Vec<usize>,
    /// An event of the same sentence is dated by this mention (the timeline shows the
    /// event instead).
    pub dates_event: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryRef {
    #[serde(flatten)]
    pub entity: EntityRef,
    pub mentions: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SummaryDate {
    pub value: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryEvent {
    /// Index into the article's events.
    pub index: usize,
    pub kind: EventKind,
    pub gloss: String,
}

/// An article at a glance.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Top persons and organisations by mentions.
    pub actors: Vec<SummaryRef>,
    /// Top places by mentions.
    pub places: Vec<SummaryRef>,
    /// Distinct dates in text order.
    pub dates: Vec<SummaryDate>,
    /// The most informative events.
    pub events: Vec<SummaryEvent>,
    pub event_counts: BTreeMap<&'static str, usize>,
}

/// What this stage adds to a [`crate::DocumentAnalysis`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Relations {
    pub events: Vec<Event>,
    /// Pairs by weight, heaviest first.
    pub cooccurrences: Vec<Cooccurrence>,
    pub dated_mentions: Vec<DatedMention>,
    pub summary: Summary,
    /// The sentences behind `cooccurrences`, flattened: for each sentence with two or
    /// more graph entities, their number, the sentence's bytes (start, end), then their
    /// entity indices. Kept so that the corpus graph can count a sentence once when
    /// entities are merged (by hand, or across articles) into one node, and give a
    /// sentence to the form split off by hand that it names: see
    /// [`CorpusRelations::graph`].
    #[serde(skip)]
    pub pair_sentences: Vec<u32>,
}

// ---------------------------------------------------------------------------------
// Triggers

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pos {
    Verb,
    Noun,
}

#[derive(Clone, Debug)]
struct Trigger {
    kind: EventKind,
    label: String,
    /// What the gloss says when the label's verb finds no object ("made a statement"
    /// for "stressed"); `None` when the label reads whole alone ("said", "left").
    alone: Option<String>,
    pos: Pos,
    /// Matching forms, one of which must start a word after the trigger.
    requires: Vec<String>,
    /// Matching forms that, right after the trigger, make it another word.
    unless: Vec<String>,
}

struct TriggerTable {
    triggers: Vec<Trigger>,
    by_form: crate::hash::WordMap<String, usize>,
    /// The forms ending in ه (زياره) and in ي (التقي) by what comes before that
    /// letter: `before_ha[b]` is `by_form[b + "ه"]`, so a stem written with ت or ا
    /// before a suffix (زيارت، التقا) is looked up without building the respelled word.
    before_ha: crate::hash::WordMap<String, usize>,
    before_ya: crate::hash::WordMap<String, usize>,
    /// Asked before the three tables: most stems tried are in none.
    bits: [crate::hash::WordBits; 3],
    /// The first three letters of every form (and of its spellings before a suffix,
    /// see [`TriggerTable::lookup`]), one bit each by [`start_bit`]: a word whose stem
    /// cannot start so is passed over without trying its suffixes (most words are no
    /// trigger). Letters that share a bit only cost a look-up that finds nothing.
    starts: Box<[u64; 1024]>,
    /// Every word [`TriggerTable::lookup`] can find a trigger in (each proclitic
    /// sequence, form or its spelling before a suffix, and suffix), asked first: most
    /// words are passed over by one bit test.
    words: crate::hash::WordBits,
}

/// The pronoun suffixes a trigger may carry, longest first, and none.
const TRIGGER_SUFFIXES: [&str; 10] = ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ي", "ك", ""];

/// The bit of `TriggerTable::starts` for a stem's first three letters: the low six
/// bits of the first two (which tell every Arabic letter apart) and four of the third.
#[inline]
fn start_bit(a: char, b: char, c: char) -> usize {
    (a as usize & 0x3F) | ((b as usize & 0x3F) << 6) | ((c as usize & 0xF) << 12)
}

/// The proclitic sequences a trigger word starting with `first` may carry, longest
/// first ("والتقى" is و + التقى, not a word of its own): of وبال فبال وال فال بال كال
/// ولل فلل وس فس وب ول فب فل لل ال و ف س ب ل and none, those that start with `first`
/// (a test checks the lists against that one).
fn prefixes_for(first: Option<char>) -> &'static [&'static str] {
    match first {
        Some('و') => &["وبال", "وال", "ولل", "وس", "وب", "ول", "و", ""],
        Some('ف') => &["فبال", "فال", "فلل", "فس", "فب", "فل", "ف", ""],
        Some('ب') => &["بال", "ب", ""],
        Some('ك') => &["كال", ""],
        Some('ل') => &["لل", "ل", ""],
        Some('س') => &["س", ""],
        Some('ا') => &["ال", ""],
        _ => &[""],
    }
}

fn triggers() -> &'static TriggerTable {
    static TABLE: OnceLock<TriggerTable> = OnceLock::new();
    TABLE.get_or_init(|| TriggerTable::from_tsv(TRIGGERS_TSV))
}

impl TriggerTable {
    /// Reads the trigger list; a malformed line is skipped (the data test in
    /// `tests/relate.rs` checks that none is).
    fn from_tsv(tsv: &str) -> TriggerTable {
        let mut table = TriggerTable {
            triggers: Vec::new(),
            by_form: Default::default(),
            before_ha: Default::default(),
            before_ya: Default::default(),
            bits: [crate::hash::WordBits::new([]), crate::hash::WordBits::new([]), crate::hash::WordBits::new([])],
            starts: Box::new([0; 1024]),
            words: crate::hash::WordBits::new([]),
        };
        for line in tsv.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let (Some(form), Some(kind), Some(label), Some(pos)) = (f.first(), f.get(1), f.get(2), f.get(3)) else {
                continue;
            };
            let Some(kind) = EventKind::parse(kind.trim()) else { continue };
            let pos = match pos.trim() {
                "verb" => Pos::Verb,
                "noun" => Pos::Noun,
                _ => continue,
            };
            let requires = match f.get(4).map(|s| s.trim()) {
                None | Some("-") | Some("") => Vec::new(),
                Some(r) => r.split('|').map(normalize).filter(|w| !w.is_empty()).collect(),
            };
            let unless = match f.get(5).map(|s| s.trim()) {
                None | Some("-") | Some("") => Vec::new(),
                Some(r) => r.split('|').map(normalize).filter(|w| !w.is_empty()).collect(),
            };
            let form = normalize(form.trim());
            if form.is_empty() {
                continue;
            }
            let (label, alone) = match label.split_once('|') {
                Some((l, a)) => (l.trim().to_string(), Some(a.trim().to_string()).filter(|a| !a.is_empty())),
                None => (label.trim().to_string(), None),
            };
            table.triggers.push(Trigger { kind, label, alone, pos, requires, unless });
            let mut letters = form.chars();
            if let (Some(a), Some(b), Some(c)) = (letters.next(), letters.next(), letters.next()) {
                let mut set = |c: char| {
                    let bit = start_bit(a, b, c);
                    table.starts[bit / 64] |= 1 << (bit % 64);
                };
                set(c);
                // A three-letter stem is looked up with its last letter respelled.
                match c {
                    'ه' => set('ت'),
                    'ي' => set('ا'),
                    _ => {}
                }
            }
            table.by_form.entry(form).or_insert(table.triggers.len() - 1);
        }
        for (form, &t) in &table.by_form {
            if let Some(base) = form.strip_suffix('ه') {
                table.before_ha.insert(base.to_string(), t);
            }
            if let Some(base) = form.strip_suffix('ي') {
                table.before_ya.insert(base.to_string(), t);
            }
        }
        table.bits = [&table.by_form, &table.before_ha, &table.before_ya]
            .map(|m| crate::hash::WordBits::new(m.keys().map(String::as_str)));
        // What `lookup` can read in a word: a proclitic sequence, then a form (or, before
        // a suffix, its spelling with ت for ه or ا for ي), then a suffix.
        let mut prefixes: Vec<&str> = Vec::new();
        for first in [Some('و'), Some('ف'), Some('ب'), Some('ك'), Some('ل'), Some('س'), Some('ا'), None] {
            for p in prefixes_for(first) {
                if !prefixes.contains(p) {
                    prefixes.push(p);
                }
            }
        }
        let respellings = |s: &str| usize::from(!s.is_empty()) * (table.before_ha.len() + table.before_ya.len());
        let count: usize =
            TRIGGER_SUFFIXES.iter().map(|s| prefixes.len() * (table.by_form.len() + respellings(s))).sum();
        let mut words = crate::hash::WordBits::with_room(count);
        let mut word = String::new();
        for s in TRIGGER_SUFFIXES {
            let forms = table.by_form.keys().map(|f| (f.as_str(), ""));
            let before_ha = table.before_ha.keys().map(|b| (b.as_str(), "ت"));
            let before_ya = table.before_ya.keys().map(|b| (b.as_str(), "ا"));
            let respelled = before_ha.chain(before_ya).filter(|_| !s.is_empty());
            for (stem, end) in forms.chain(respelled) {
                for p in &prefixes {
                    word.clear();
                    word.extend([*p, stem, end, s]);
                    words.insert(word.as_bytes());
                }
            }
        }
        table.words = words;
        table
    }

    /// `map.get(key)` for one of the three tables, asking its bitmap first.
    #[inline]
    fn get(&self, which: usize, key: &str) -> Option<usize> {
        if !self.bits[which].may_contain(key) {
            return None;
        }
        [&self.by_form, &self.before_ha, &self.before_ya][which].get(key).copied()
    }

    /// The trigger a word (matching form) is, the bytes of its proclitics and whether
    /// a pronoun suffix is glued to it (زيارته: "his visit").
    ///
    /// `ta_marbuta` says the word is written with a final ة: its ه is not a pronoun
    /// (إضافة "in addition" is not أضاف + ه).
    #[cfg(test)]
    fn lookup(&self, norm: &str, ta_marbuta: bool) -> Option<(usize, usize, bool)> {
        self.lookup_with(norm, || ta_marbuta)
    }

    /// [`TriggerTable::lookup`] that asks whether the word is written with a final ة
    /// only when the answer matters (most words are passed over before).
    fn lookup_with(&self, norm: &str, ta_marbuta: impl FnOnce() -> bool) -> Option<(usize, usize, bool)> {
        let mut ta_marbuta = Some(ta_marbuta);
        let mut written_ta = None;
        let mut ta_marbuta = move || *written_ta.get_or_insert_with(|| ta_marbuta.take().is_some_and(|f| f()));
        if !self.words.may_contain(norm) {
            return None;
        }
        // The letters of each suffix (all Arabic, two bytes a letter).
        const SUFFIX_LETTERS: [usize; 10] = [3, 2, 2, 2, 2, 2, 1, 1, 1, 0];
        // Longest proclitic first, among those that start with the word's first letter.
        for &p in prefixes_for(norm.chars().next()) {
            let Some(rest) = crate::hash::strip_prefix(norm, p) else { continue };
            // Every stem tried below starts with the first three letters of `rest`
            // (it has three letters at least, and only its last letter is respelled).
            let bit = match rest.as_bytes() {
                // Three two-byte letters (Arabic): the low bits of each code point are
                // the low bits of its second byte.
                &[a0, a1, b0, b1, c0, c1, ..] if [a0, b0, c0].iter().all(|x| (0xC2..=0xDF).contains(x)) => {
                    usize::from(a1 & 0x3F) | (usize::from(b1 & 0x3F) << 6) | (usize::from(c1 & 0xF) << 12)
                }
                _ => {
                    let mut letters = rest.chars();
                    let (Some(a), Some(b), Some(c)) = (letters.next(), letters.next(), letters.next()) else {
                        continue;
                    };
                    start_bit(a, b, c)
                }
            };
            if self.starts[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            let nominal = p.contains('ب') || p.contains('ل') || p.contains('ك');
            let future = p.contains('س');
            // A suffix is whole letters: the stem has this many less.
            let letters = rest.chars().count();
            for (s, s_letters) in TRIGGER_SUFFIXES.into_iter().zip(SUFFIX_LETTERS) {
                if s == "ه" && ta_marbuta() {
                    continue;
                }
                let Some(stem) = crate::hash::strip_suffix(rest, s) else { continue };
                if letters - s_letters < 3 {
                    continue;
                }
                let mut hit = self.get(0, stem);
                // زيارته: the ta marbuta of زيارة is written ت before a suffix.
                if hit.is_none() && !s.is_empty() {
                    if let Some(base) = stem.strip_suffix('ت') {
                        hit = self.get(1, base);
                    }
                    // التقاه: the final ى of التقى is written ا before a suffix.
                    if let Some(base) = stem.strip_suffix('ا').filter(|_| hit.is_none()) {
                        hit = self.get(2, base);
                    }
                }
                let Some(t) = hit else { continue };
                let pos = self.triggers[t].pos;
                if (nominal && pos != Pos::Noun) || (future && pos != Pos::Verb) {
                    continue;
                }
                return Some((t, p.len(), !s.is_empty()));
            }
        }
        None
    }
}

/// Does a word (matching form) count as the required `word`? Clitics و ف ب ل ال
/// may come first; short words must match whole (إلى is not اليوم), longer ones
/// may go on (اتفاق -> اتفاقية, هاتف -> هاتفيا), and tanween alef is allowed (وفدا).
fn word_matches(norm: &str, word: &str) -> bool {
    const CLITICS: [&str; 14] = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "لل", "ولل"];
    let long = word.chars().count() >= 4;
    CLITICS.iter().any(|c| {
        crate::hash::strip_prefix(norm, c).is_some_and(|rest| {
            rest == word || (long && rest.starts_with(word)) || rest.strip_suffix('ا') == Some(word)
        })
    })
}

// ---------------------------------------------------------------------------------
// Dates

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD` -> days since the epoch.
fn parse_iso_day(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// A relative time word of news, resolved against the article's day when known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relative {
    /// Days from the article's day: أمس -1, اليوم 0, غدا +1.
    Day(i64),
    /// Weeks, months, years from the article's: الأسبوع الماضي -1, العام المقبل +1.
    Week(i64),
    Month(i64),
    Year(i64),
}

impl Relative {
    fn resolve(self, article_day: i64) -> String {
        match self {
            Relative::Day(n) => iso(article_day + n),
            Relative::Week(n) => {
                // Weeks run Monday to Sunday (ISO); 1970-01-01 was a Thursday.
                let weekday = (article_day + 3).rem_euclid(7);
                let monday = article_day - weekday + 7 * n;
                format!("{}/{}", iso(monday), iso(monday + 6))
            }
            Relative::Month(n) => {
                let (y, m, _) = civil_from_days(article_day);
                let total = y * 12 + (m as i64 - 1) + n;
                format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
            }
            Relative::Year(n) => {
                let (y, _, _) = civil_from_days(article_day);
                format!("{:04}", y + n)
            }
        }
    }
}

/// The relative time phrase starting at token `i`, and how many tokens it takes.
fn relative_at(tokens: &TokenizedText, i: usize) -> Option<(Relative, usize)> {
    let norm = tokens.norm(i);
    let strip = |w: &str| -> String {
        for p in ["وبال", "بال", "وال", "ال", "و", "ب"] {
            if let Some(r) = w.strip_prefix(p) {
                if r.chars().count() >= 3 {
                    return r.to_string();
                }
            }
        }
        w.to_string()
    };
    let next = (i + 1 < tokens.tokens.len() && tokens.tokens[i + 1].sentence == tokens.tokens[i].sentence)
        .then(|| tokens.norm(i + 1));
    let bare = strip(norm);
    match bare.as_str() {
        "امس" => {
            let before_first = i > 0 && matches!(tokens.norm(i - 1), "اول" | "واول");
            return Some((Relative::Day(if before_first { -2 } else { -1 }), 1));
        }
        // في اليوم الأخير is "on the last day", not "today"; اليوم الأربعاء is today.
        "يوم" if norm.ends_with("اليوم") => {
            let weekday =
                |w: &str| matches!(w, "السبت" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه");
            if next.is_some_and(|w| w.starts_with("ال") && !weekday(w)) {
                return None;
            }
            return Some((Relative::Day(0), 1));
        }
        "غدا" => return Some((Relative::Day(1), 1)),
        _ => {}
    }
    let unit: fn(i64) -> Relative = match bare.as_str() {
        "اسبوع" => Relative::Week,
        "شهر" => Relative::Month,
        "عام" | "سنه" => Relative::Year,
        _ => return None,
    };
    if !norm.contains("ال") {
        return None;
    }
    let shift = match next? {
        "الماضي" | "الماضيه" | "المنصرم" | "المنصرمه" | "السابق" => -1,
        "المقبل" | "المقبله" | "القادم" | "القادمه" => 1,
        "الجاري" | "الجاريه" | "الحالي" | "الحاليه" => 0,
        _ => return None,
    };
    Some((unit(shift), 2))
}

// ---------------------------------------------------------------------------------
// One article

/// A name mention placed on the tokens.
#[derive(Clone, Copy, Debug)]
struct Placed {
    mention: usize,
    entity: usize,
    first: usize,
    last: usize,
    entity_type: EntityType,
}

struct Article<'a> {
    text: &'a str,
    tokens: &'a TokenizedText,
    mentions: &'a [Mention],
    entities: &'a [DocEntity],
    /// Name mentions (no adjectives) in text order.
    placed: Vec<Placed>,
    /// For each token, the index in `placed` of the mention covering it.
    at_token: Vec<Option<usize>>,
    /// Gazetteer kind of each entity (city, country, media…), when known.
    kinds: Vec<Option<String>>,
    article_day: Option<i64>,
}

impl<'a> Article<'a> {
    fn entity_ref(&self, e: usize) -> EntityRef {
        let d = &self.entities[e];
        EntityRef {
            entity: e,
            key: d.key.clone(),
            entity_type: d.entity_type,
            canonical: d.canonical.clone(),
            english: d.english.clone(),
        }
    }

    fn name(&self, e: usize) -> &str {
        let d = &self.entities[e];
        d.english.as_deref().unwrap_or(&d.canonical)
    }

    fn kind(&self, e: usize) -> &str {
        self.kinds.get(e).and_then(|k| k.as_deref()).unwrap_or("")
    }

    /// Persons and organisations that act; news media are sources, not actors.
    fn is_actor(&self, p: &Placed) -> bool {
        matches!(p.entity_type, EntityType::PER | EntityType::ORG) && !self.kind(p.entity).starts_with("media")
    }

    /// Countries act in news, and so do capitals standing for their governments
    /// (المفاوضات بين دمشق وأنقرة).
    fn is_country(&self, p: &Placed) -> bool {
        p.entity_type == EntityType::LOC
            && matches!(self.kind(p.entity), "country" | "former_country" | "territory" | "capital")
    }

    fn is_city(&self, p: &Placed) -> bool {
        p.entity_type == EntityType::LOC
            && matches!(self.kind(p.entity), "city" | "capital" | "city_ambiguous" | "military_base" | "port")
    }

    /// Placed mentions whose first token is in `[from, to)`.
    fn placed_in(&self, from: usize, to: usize) -> &[Placed] {
        let a = self.placed.partition_point(|p| p.first < from);
        let b = self.placed.partition_point(|p| p.first < to);
        &self.placed[a..b.max(a)]
    }

    /// The proclitics glued before a mention inside its first token (بإسلام -> ب).
    fn glued_prefix(&self, p: &Placed) -> String {
        let tok = self.tokens.tokens[p.first].span;
        let start = self.mentions[p.mention].span.start;
        if start > tok.start && start <= tok.end {
            normalize(self.text.get(tok.start..start).unwrap_or(""))
        } else {
            String::new()
        }
    }

    /// The preposition governing a name: the word before it (في, إلى, من, مع), or a
    /// glued ب/ل. Skips words that only say what kind of place follows
    /// (في العاصمة الباكستانية إسلام آباد) and titles before a person.
    fn preposition(&self, p: &Placed, floor: usize) -> Option<&'static str> {
        let glued = self.glued_prefix(p);
        let glued = glued.trim_start_matches(['و', 'ف']);
        if glued.starts_with('ب') {
            return Some("في");
        }
        if glued.starts_with('ل') {
            return Some("الي");
        }
        let mut i = p.first;
        let mut skipped = 0;
        while i > floor && skipped <= 3 {
            i -= 1;
            let w = self.tokens.norm(i);
            let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(w);
            match w {
                // الوضع في سوريا is what they talk about, not where they are.
                "في" if i > floor && topic_noun(self.tokens.norm(i - 1)) => return Some("عن"),
                "في" | "داخل" => return Some("في"),
                "الي" | "نحو" | "حتي" => return Some("الي"),
                "من" | "عن" => return Some("من"),
                "مع" => return Some("مع"),
                "بين" => return Some("بين"),
                _ => {}
            }
            // A place word or an adjective mention between the preposition and the name.
            let place_word = matches!(
                w,
                "مدينه"
                    | "المدينه"
                    | "العاصمه"
                    | "عاصمه"
                    | "ميناء"
                    | "قاعده"
                    | "محافظه"
                    | "منطقه"
                    | "اقليم"
                    | "جزيره"
            ) || w.starts_with("بمدينه")
                || w.starts_with("بالعاصمه")
                || w.starts_with("لمدينه");
            if w.starts_with("بمدينه") || w.starts_with("بالعاصمه") {
                return Some("في");
            }
            let adjective = self.mentions_at_token(i).any(|m| m.adjective);
            if !(place_word
                || adjective
                || self.tokens.tokens[i].kind == TokenKind::Punct && matches!(w, "\"" | "«" | "“"))
            {
                return None;
            }
            skipped += 1;
        }
        None
    }

    fn mentions_at_token(&self, i: usize) -> impl Iterator<Item = &Mention> {
        let span = self.tokens.tokens[i].span;
        let from = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions[from..].iter().take_while(move |m| m.span.start < span.end)
    }
}

/// Nouns after which في introduces a topic, not a place (الوضع في سوريا).
fn topic_noun(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        w,
        "الوضع"
            | "الاوضاع"
            | "التطورات"
            | "الازمه"
            | "الحرب"
            | "الصراع"
            | "الملف"
            | "الهجوم"
            | "الهجمات"
            | "الاحداث"
            | "التوتر"
            | "التوترات"
            | "الاستقرار"
            | "السلام"
            | "الامن"
    )
}

/// A trigger found on a token.
#[derive(Clone, Copy, Debug)]
struct Found {
    token: usize,
    trigger: usize,
    prefix_bytes: usize,
    /// A pronoun suffix is the noun's genitive (زيارته): its agent is in context.
    suffixed: bool,
}

/// Events, co-occurrences, dated mentions and the summary of one article.
///
/// `date` is the article's date (`YYYY-MM-DD`) when the file gave one; `gazetteer`
/// tells cities from countries and media from other organisations.
pub fn relate(
    text: &str,
    mentions: &[Mention],
    entities: &[DocEntity],
    date: Option<&str>,
    gazetteer: &Gazetteer,
) -> Relations {
    relate_tokens(text, &tokenize(text), mentions, entities, date, gazetteer)
}

/// [`relate`] on the article's tokens as [`tokenize`] gave them (the analyzer has them
/// already: tokenizing twice was a tenth of the time of `relate`).
pub fn relate_tokens(
    text: &str,
    tokens: &TokenizedText,
    mentions: &[Mention],
    entities: &[DocEntity],
    date: Option<&str>,
    gazetteer: &Gazetteer,
) -> Relations {
    let mut entity_of = vec![None; mentions.len()];
    for (e, d) in entities.iter().enumerate() {
        for &m in &d.mention_ids {
            if let Some(slot) = entity_of.get_mut(m) {
                *slot = Some(e);
            }
        }
    }
    let kinds: Vec<Option<String>> = entities
        .iter()
        .map(|d| {
            d.mention_ids
                .iter()
                .filter_map(|&m| mentions.get(m).and_then(|m| m.entry))
                .find(|&e| (e as usize) < gazetteer.len())
                .map(|e| gazetteer.entry(e).kind.clone())
        })
        .collect();

    let mut placed = Vec::new();
    let mut at_token = vec![None; tokens.tokens.len()];
    for (mi, m) in mentions.iter().enumerate() {
        let Some(entity) = entity_of[mi] else { continue };
        if m.adjective || m.span.is_empty() {
            continue;
        }
        let first = tokens.tokens.partition_point(|t| t.span.end <= m.span.start);
        let last = tokens.tokens.partition_point(|t| t.span.end < m.span.end);
        if first >= tokens.tokens.len() || last < first {
            continue;
        }
        let last = last.min(tokens.tokens.len() - 1);
        for slot in &mut at_token[first..=last] {
            *slot = Some(placed.len());
        }
        placed.push(Placed { mention: mi, entity, first, last, entity_type: m.entity_type });
    }
    let article = Article {
        text,
        tokens,
        mentions,
        entities,
        placed,
        at_token,
        kinds,
        article_day: date.and_then(parse_iso_day),
    };

    let sentences = sentence_ranges(article.tokens);
    let events = find_events(&article, &sentences, date);
    let (cooccurrences, pair_sentences) = cooccurrences(&article, &sentences, &events);
    let dated_mentions = dated_mentions(&article, &sentences, &events);
    let summary = summarize(&article, &events);
    Relations { events, cooccurrences, dated_mentions, summary, pair_sentences }
}

/// Token ranges `[first, end)` of each sentence, by sentence index.
fn sentence_ranges(tokens: &TokenizedText) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, t) in tokens.tokens.iter().enumerate() {
        let s = t.sentence as usize;
        while out.len() <= s {
            out.push((i, i));
        }
        out[s].1 = i + 1;
    }
    out
}

fn sentence_span(a: &Article, range: (usize, usize)) -> Span {
    let (first, end) = range;
    match (a.tokens.tokens.get(first), end.checked_sub(1).and_then(|l| a.tokens.tokens.get(l))) {
        (Some(f), Some(l)) if f.span.start <= l.span.end => Span::new(f.span.start, l.span.end),
        _ => Span::default(),
    }
}

fn find_triggers(a: &Article, range: (usize, usize)) -> Vec<Found> {
    let table = triggers();
    let mut found = Vec::new();
    for i in range.0..range.1 {
        if found.len() >= MAX_TRIGGERS_PER_SENTENCE {
            break;
        }
        let t = &a.tokens.tokens[i];
        if t.kind != TokenKind::Word {
            continue;
        }
        // A trigger inside a name is part of the name (منظمة شنغهاي للتعاون), unless the
        // name is an event's (اتفاق السلام is still an agreement). A name that a rule or
        // the tagger guessed and that starts with a trigger word (اتصالا هاتفيا after a
        // person) is more likely a miss of theirs than a name.
        if let Some(p) = a.at_token[i] {
            let p = &a.placed[p];
            let guessed = a.mentions[p.mention].source != crate::entity::MentionSource::Gazetteer && p.first == i;
            if p.entity_type != EntityType::EVENT && !guessed {
                continue;
            }
        }
        let ta_marbuta = || {
            let written = a.text.get(t.span.start..t.span.end).unwrap_or("");
            written.trim_end_matches(|c| crate::normalize::normalize_char(c).is_none()).ends_with('ة')
        };
        let Some((trigger, prefix_bytes, suffixed)) = table.lookup_with(a.tokens.norm(i), ta_marbuta) else { continue };
        let tr = &table.triggers[trigger];
        // هذا الاجتماع, تلك الزيارة: an event told before, not a new one.
        if tr.pos == Pos::Noun
            && i > range.0
            && matches!(a.tokens.norm(i - 1), "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين")
        {
            continue;
        }
        // تبحث الحكومة الإيرانية عن: the word may come after a short subject.
        if (i + 1..(i + 5).min(range.1)).any(|j| tr.unless.iter().any(|u| a.tokens.norm(j) == u)) {
            continue;
        }
        if !tr.requires.is_empty() {
            let end = (i + 1 + WINDOW).min(range.1);
            let ok = (i + 1..end).any(|j| {
                let w = a.tokens.norm(j);
                tr.requires.iter().any(|r| word_matches(w, r))
            });
            if !ok {
                continue;
            }
        }
        found.push(Found { token: i, trigger, prefix_bytes, suffixed });
    }
    found
}

/// Words that mark the other side of a meeting (مع, نظيره, بدعوة من).
fn partner_marker(norm: &str) -> bool {
    let w = ["و", "ف", "ب", "ل"]
        .iter()
        .find_map(|p| norm.strip_prefix(p).filter(|r| r.chars().count() >= 2))
        .unwrap_or(norm);
    matches!(norm, "مع" | "ومع")
        || w.starts_with("نظير")
        || w.starts_with("نظراء")
        || w.starts_with("دعوه")
        || norm == "بدعوه"
}

/// Adverbs that may stand between a verb and the ب of its object (التقى أيضا بـ).
fn adverb(norm: &str) -> bool {
    matches!(norm, "ايضا" | "امس" | "اليوم" | "كذلك" | "بدوره" | "بدورها" | "،" | ",")
}

struct Draft {
    found: Found,
    sentence: u32,
    agents: Vec<(usize, bool)>,
    partners: Vec<usize>,
    places: Vec<(usize, PlaceRole, bool)>,
    when: Option<When>,
    name: Option<usize>,
    /// A participant, place or date was found in the sentence itself.
    own_evidence: bool,
    /// The subject may be a pronoun for someone named before (false for زيارة الوفد).
    context_subject: bool,
    /// The agent was named after the trigger.
    subject_after: bool,
    /// The subject is "the two sides" (الجانبان، البلدين): the two sides of the
    /// event before.
    both_sides: bool,
}

/// "The two sides" of news: the parties of an earlier event.
fn two_sides(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    let w = w.strip_prefix("ال").or_else(|| w.strip_prefix("لل")).or_else(|| w.strip_prefix("بال")).unwrap_or(w);
    matches!(
        w,
        "جانبان"
            | "جانبين"
            | "طرفان"
            | "طرفين"
            | "بلدان"
            | "بلدين"
            | "دولتان"
            | "دولتين"
            | "وزيران"
            | "وزيرين"
            | "رييسان"
            | "رييسين"
            | "زعيمان"
            | "زعيمين"
            | "وفدان"
            | "وفدين"
    )
}

fn find_events(a: &Article, sentences: &[(usize, usize)], date: Option<&str>) -> Vec<Event> {
    let table = triggers();
    let mut drafts: Vec<Draft> = Vec::new();
    for (si, &range) in sentences.iter().enumerate() {
        let found = find_triggers(a, range);
        let mut in_sentence: Vec<Draft> = Vec::new();
        for (k, f) in found.iter().enumerate() {
            let bounds = Bounds {
                prev_trigger: k.checked_sub(1).map(|p| found[p].token + 1).unwrap_or(range.0),
                next_trigger: found.get(k + 1).map(|n| n.token).unwrap_or(range.1),
                // A date belongs to the nearest event, not to the one beyond it; what is
                // said shares the date of what is done.
                prev_deed: found[..k]
                    .iter()
                    .rev()
                    .find(|p| !table.triggers[p.trigger].kind.is_speech())
                    .map(|p| p.token + 1)
                    .unwrap_or(range.0),
                next_deed: found[k + 1..]
                    .iter()
                    .find(|n| !table.triggers[n.trigger].kind.is_speech())
                    .map(|n| n.token)
                    .unwrap_or(range.1),
            };
            let mut d = draft_event(a, table, *f, si as u32, range, bounds);
            // زار X طهران والتقى قائد الجيش: a verb joined by و to the deed before it
            // shares its subject; the names after it are what it is done to.
            let joined = a.tokens.norm(f.token).starts_with('و')
                && f.prefix_bytes > 0
                && table.triggers[f.trigger].pos == Pos::Verb;
            if joined && d.subject_after {
                let prev = in_sentence
                    .iter()
                    .rev()
                    .find(|p| !table.triggers[p.found.trigger].kind.is_speech() && !p.agents.is_empty());
                if let Some(prev) = prev {
                    let subject = prev.agents[0].0;
                    if d.agents.iter().all(|x| x.0 != subject) {
                        let objects: Vec<usize> = d.agents.drain(..).map(|x| x.0).collect();
                        d.agents.push((subject, false));
                        if !table.triggers[f.trigger].kind.is_speech() {
                            for o in objects {
                                if !d.partners.contains(&o) {
                                    d.partners.insert(0, o);
                                }
                            }
                        }
                    }
                }
            }
            // The same event told twice in one sentence (أجرى مناورات… التدريبات), or a
            // departure and where it heads (غادر طهران متوجها إلى روسيا): merge.
            let kind = table.triggers[f.trigger].kind;
            if let Some(prev) = in_sentence.iter_mut().rev().find(|p| {
                let pk = table.triggers[p.found.trigger].kind;
                let same_agent = !p.agents.is_empty() && p.agents.first().map(|x| x.0) == d.agents.first().map(|x| x.0);
                let near = f.token - p.found.token <= 12;
                // One sentence tells one visit of one person (وصل أردوغان إلى الدوحة في زيارة رسمية).
                (pk == kind || (pk == EventKind::Departure && kind == EventKind::Visit))
                    && ((near && (p.agents.is_empty() || d.agents.is_empty()))
                        || (same_agent && (near || kind.is_travel())))
            }) {
                merge_draft(prev, d);
                continue;
            }
            in_sentence.push(d);
        }
        drafts.extend(in_sentence);
    }

    // Pronoun subjects and the scene of a visit, from earlier sentences.
    let mut events = Vec::new();
    // The last person and the last organisation that acted: a pronoun is more often
    // a person (وقال في هذا الاجتماع… after اجتماع أمناء المجلس is Shamkhani speaking).
    let mut last_person: Option<(usize, u32)> = None;
    let mut last_body: Option<(usize, u32)> = None;
    // The parties of the last event that had two sides (agent and partner).
    let mut last_pair: Option<(Vec<usize>, u32)> = None;
    // (place, sentence, date, who travelled)
    let mut scene: Option<(usize, u32, Option<When>, Vec<usize>)> = None;
    for mut d in drafts {
        let tr = &table.triggers[d.found.trigger];
        // "وقال إن…" may follow a sentence or two later; a deed's pronoun subject is
        // the person of the sentence just before.
        let reach = if tr.kind.is_speech() { CONTEXT_SENTENCES } else { 1 };
        let recent = |s: u32, reach: u32| d.sentence >= s && d.sentence - s <= reach;
        if d.agents.is_empty() && d.both_sides {
            if let Some((sides, s)) = &last_pair {
                if recent(*s, CONTEXT_SENTENCES) {
                    d.agents.extend(sides.iter().map(|&e| (e, true)));
                }
            }
        } else if d.agents.is_empty() && d.context_subject && (tr.kind.is_speech() || d.own_evidence) {
            let candidate = [last_person, last_body]
                .into_iter()
                .flatten()
                .find(|&(e, s)| recent(s, reach) && !d.partners.contains(&e));
            if let Some((e, _)) = candidate {
                d.agents.push((e, true));
            }
        }
        if !tr.kind.is_speech() && !d.agents.is_empty() && (!d.partners.is_empty() || d.agents.len() > 1) {
            let sides: Vec<usize> = d.agents.iter().map(|x| x.0).chain(d.partners.iter().copied()).collect();
            last_pair = Some((sides, d.sentence));
        }
        // The first agent is the subject: walk back so that it is the one kept. The one
        // named after a noun (بعد زيارة "نيكولاي باتروشيف") is inside a phrase, not the
        // subject a later pronoun stands for.
        let in_phrase = tr.pos == Pos::Noun && d.subject_after;
        for &(e, ctx) in d.agents.iter().rev().filter(|_| !in_phrase) {
            match a.entities.get(e).map(|x| x.entity_type) {
                Some(EntityType::PER) if !ctx => last_person = Some((e, d.sentence)),
                Some(EntityType::ORG) if !ctx => last_body = Some((e, d.sentence)),
                _ => {}
            }
        }
        if d.places.is_empty() && matches!(tr.kind, EventKind::Meeting | EventKind::Call) {
            if let Some((place, s, when, travellers)) = &scene {
                // A meeting dated otherwise than the visit is another occasion.
                let same_time = match (&d.when, when) {
                    (Some(own), Some(visit)) if own.source == WhenSource::Sentence => own.value == visit.value,
                    _ => true,
                };
                // Only the traveller meets people there.
                let traveller =
                    d.agents.iter().map(|x| x.0).chain(d.partners.iter().copied()).any(|e| travellers.contains(&e));
                if recent(*s, CONTEXT_SENTENCES) && same_time && traveller && !d.agents.iter().any(|x| x.0 == *place) {
                    d.places.push((*place, PlaceRole::Location, true));
                    if d.when.is_none() {
                        d.when = when.clone().map(|w| When {
                            source: WhenSource::Context,
                            inferred: true,
                            entity: None,
                            ..w
                        });
                    }
                }
            }
        }
        let who = !d.agents.is_empty() || !d.partners.is_empty();
        let written_when =
            d.when.as_ref().is_some_and(|w| matches!(w.source, WhenSource::Sentence | WhenSource::Relative));
        let informative =
            !d.partners.is_empty() || !d.places.is_empty() || d.name.is_some() || written_when || d.agents.len() > 1;
        let keep = if tr.kind.is_speech() {
            !d.agents.is_empty()
        } else {
            informative && (who || !d.places.is_empty() || d.name.is_some())
        };
        if !keep {
            continue;
        }
        if d.when.is_none() {
            if let Some(day) = date {
                d.when = Some(When {
                    value: Some(day.to_string()),
                    text: day.to_string(),
                    source: WhenSource::Article,
                    inferred: true,
                    entity: None,
                });
            }
        }
        if tr.kind.is_travel() {
            let went = d.places.iter().find(|p| p.1 == PlaceRole::Destination && !p.2);
            let went = went.or_else(|| {
                d.places.iter().find(|p| p.1 == PlaceRole::Location && !p.2 && tr.kind == EventKind::Visit)
            });
            if let Some(&(p, _, _)) = went {
                let when = d.when.clone().filter(|w| matches!(w.source, WhenSource::Sentence | WhenSource::Relative));
                scene = Some((p, d.sentence, when, d.agents.iter().map(|x| x.0).collect()));
            }
        }
        events.push(finish_event(a, tr, d, sentences));
    }
    events
}

/// Token limits around one trigger of a sentence.
#[derive(Clone, Copy, Debug)]
struct Bounds {
    /// Just after the previous trigger, and the next trigger.
    prev_trigger: usize,
    next_trigger: usize,
    /// The same, counting only triggers that are not speech.
    prev_deed: usize,
    next_deed: usize,
}

fn merge_draft(into: &mut Draft, d: Draft) {
    for x in d.agents {
        if !into.agents.iter().any(|y| y.0 == x.0) {
            into.agents.push(x);
        }
    }
    for x in d.partners {
        if !into.partners.contains(&x) && !into.agents.iter().any(|y| y.0 == x) {
            into.partners.push(x);
        }
    }
    for x in d.places {
        if !into.places.iter().any(|y| y.0 == x.0) {
            into.places.push(x);
        }
    }
    if into.when.is_none() {
        into.when = d.when;
    }
    if into.name.is_none() {
        into.name = d.name;
    }
    into.own_evidence |= d.own_evidence;
}

/// Prefer a person to the organisation named in their title just before them
/// (رئيس أركان الجيش الباكستاني الجنرال عاصم منير).
fn person_over_title(a: &Article, p: Placed, limit: usize) -> Placed {
    if p.entity_type != EntityType::ORG {
        return p;
    }
    a.placed_in(p.last + 1, (p.last + 5).min(limit))
        .iter()
        .find(|q| q.entity_type == EntityType::PER)
        .copied()
        .unwrap_or(p)
}

/// Forms of "is held" (يعقد، تقام، جرى): a relative clause with them says where the
/// event itself takes place (الذي سيعقد في موسكو).
fn is_held(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    let w = w.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت'])).unwrap_or(w);
    matches!(
        w,
        "عقد"
            | "عقدت"
            | "يعقد"
            | "تعقد"
            | "اقيم"
            | "اقيمت"
            | "يقام"
            | "تقام"
            | "جري"
            | "جرت"
            | "يجري"
            | "تجري"
    )
}

fn draft_event(a: &Article, table: &TriggerTable, f: Found, sentence: u32, range: (usize, usize), b: Bounds) -> Draft {
    let tr = &table.triggers[f.trigger];
    let t = f.token;
    let before_start = b.prev_trigger.max(t.saturating_sub(WINDOW)).max(range.0);
    let mut after_end = b.next_trigger.min(t + 1 + WINDOW).min(range.1);
    // A relative clause after the trigger tells another story (تأتي الزيارة في الوقت
    // الذي استولت فيه طالبان…), unless it says where the event is held.
    for j in t + 1..after_end {
        if matches!(
            a.tokens.norm(j),
            "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "حيث" | "عندما" | "بينما" | "بعدما"
        ) && !(j + 1 < range.1 && is_held(a.tokens.norm(j + 1)))
        {
            after_end = j;
            break;
        }
    }
    let meets = matches!(tr.kind, EventKind::Meeting | EventKind::Call);
    let mutual = matches!(tr.kind, EventKind::Meeting | EventKind::Call | EventKind::Agreement | EventKind::Exercise);
    // A ب glued to a word (بالرئيس, بقائد, بأردوغان), not the first letter of a name (بوتين).
    let b_object = |j: usize| -> bool {
        j < after_end
            && a.tokens.tokens[j].kind == TokenKind::Word
            && a.tokens.norm(j).starts_with('ب')
            && a.tokens.norm(j).chars().count() > 2
            && a.at_token[j].is_none_or(|p| a.glued_prefix(&a.placed[p]).ends_with('ب'))
    };
    let prefix = a.tokens.norm(t).get(..f.prefix_bytes).unwrap_or("");
    let definite = prefix.contains("ال") || prefix.ends_with("لل");

    // Where the other side starts: مع, نظيره, بدعوة من (and بين for mutual events).
    let mut marker: Option<usize> = (t + 1..after_end.min(t + 13))
        .find(|&j| partner_marker(a.tokens.norm(j)) || (mutual && a.tokens.norm(j) == "بين"));

    // Agents.
    let mut agents: Vec<(usize, bool)> = Vec::new();
    let mut agent_last: Option<usize> = None;
    let mut context_subject = true;
    // A quotation opens after a colon or quote mark: the names in it are not the subject.
    // A quote mark right after a noun opens a quoted name, not a quotation (زيارة
    // "نيكولاي باتروشيف" إلى طهران: Patrushev is the visitor).
    let quoted_name = |j: usize| {
        j == t + 1
            && tr.pos == Pos::Noun
            && a.at_token.get(j + 1).copied().flatten().is_some()
            && a.tokens.norm(j) != ":"
    };
    let quote =
        (t + 1..after_end).find(|&j| matches!(a.tokens.norm(j), ":" | "\"" | "“" | "«" | "”") && !quoted_name(j));
    let subject_end = marker.unwrap_or(after_end).min(quote.unwrap_or(after_end));
    // قال الرئيس الروسي فلاديمير بوتين: after a definite common noun the name comes
    // at once or not at all (قال الدبلوماسي … تنظيم الدولة is not the subject).
    let demonstrative = t + 1 < after_end && matches!(a.tokens.norm(t + 1), "هذا" | "هذه" | "ذلك" | "تلك" | "هولاء");
    let definite_next = demonstrative
        || t + 1 < after_end
            && a.tokens.tokens[t + 1].kind == TokenKind::Word
            && a.tokens.norm(t + 1).starts_with("ال")
            && a.tokens.norm(t + 1).chars().count() >= 5
            && !matches!(
                a.tokens.norm(t + 1),
                "الذي"
                    | "التي"
                    | "الذين"
                    | "اليوم"
                    | "الاحد"
                    | "الاثنين"
                    | "الثلاثاء"
                    | "الاربعاء"
                    | "الخميس"
                    | "الجمعه"
                    | "السبت"
            )
            && a.at_token[t + 1].is_none();
    let verb_reach = if definite_next { t + 4 } else { t + 12 };
    let after: Vec<Placed> = a.placed_in(t + 1, subject_end).to_vec();
    let subject_after = match tr.pos {
        // A ب glued right after a meeting verb opens its object (التقى بقائد): the
        // subject is then before the verb.
        Pos::Verb if meets && b_object(t + 1) => None,
        Pos::Verb => {
            after.iter().find(|p| p.first <= verb_reach && a.is_actor(p) && a.preposition(p, t) != Some("من")).copied()
        }
        // زيارته: the pronoun is the subject; it is in context, not in this sentence.
        Pos::Noun if f.suffixed => None,
        Pos::Noun => after.iter().find(|p| p.first <= t + 5 && a.is_actor(p) && a.preposition(p, t).is_none()).copied(),
    };
    // زيارة الوفد العسكري: the subject is a common noun right after the trigger.
    let common_genitive = tr.pos == Pos::Noun
        && !definite
        && !f.suffixed
        && subject_after.is_none()
        && t + 1 < after_end
        && a.tokens.tokens[t + 1].kind == TokenKind::Word
        && a.tokens.norm(t + 1).starts_with("ال")
        && !matches!(a.tokens.norm(t + 1), "الي" | "الذي" | "التي" | "الذين" | "اللذين" | "اللتين")
        && a.at_token[t + 1].is_none();
    if common_genitive {
        context_subject = false;
    }
    let look_before = !(tr.pos == Pos::Noun && (f.suffixed || common_genitive));
    // تشارك إيران: a country right after a verb is its subject.
    let subject_after = subject_after.or_else(|| {
        let p = a.at_token.get(t + 1).copied().flatten().map(|p| a.placed[p])?;
        (tr.pos == Pos::Verb
            && !tr.kind.is_travel()
            && t + 1 < subject_end
            && a.is_country(&p)
            && a.preposition(&p, t).is_none())
        .then_some(p)
    });
    // أن إيران ستستضيف: a country right before a verb is its subject.
    let subject_after = subject_after.or_else(|| {
        let p = t.checked_sub(1).and_then(|j| a.at_token[j]).map(|p| a.placed[p])?;
        (tr.pos == Pos::Verb
            && !tr.kind.is_travel()
            && a.is_country(&p)
            && p.first >= before_start
            && a.preposition(&p, before_start).is_none())
        .then_some(p)
    });
    // مشاركة عسكريين من كازاخستان وقيرغيزستان: who takes part comes after من.
    let subject_after = subject_after.or_else(|| {
        if !matches!(tr.kind, EventKind::Participation | EventKind::Exercise | EventKind::Meeting)
            || tr.pos != Pos::Noun
        {
            return None;
        }
        a.placed_in(t + 1, (t + 7).min(subject_end))
            .iter()
            .find(|p| a.is_country(p) && a.preposition(p, t) == Some("من"))
            .copied()
    });
    // قال الدبلوماسي: a verb whose subject is a common noun right after it.
    // A verb with no named subject has a pronoun one only when a preposition, a
    // particle, an adverb or its object follows it (وقال إن، وشدد على، غادر طهران);
    // another word there is the subject, unnamed (وقّع وزيرا الدفاع).
    let pronoun_cue = t + 1 >= range.1 || {
        let w = a.tokens.norm(t + 1);
        a.tokens.tokens[t + 1].kind != TokenKind::Word
            || a.at_token[t + 1].is_some()
            || matches!(
                w,
                "ان" | "انه"
                    | "انها"
                    | "انهم"
                    | "بان"
                    | "بانه"
                    | "علي"
                    | "في"
                    | "الي"
                    | "عن"
                    | "مع"
                    | "من"
                    | "امس"
                    | "اليوم"
                    | "ايضا"
                    | "خلال"
                    | "كذلك"
                    | "قد"
                    | "لدي"
                    | "امام"
                    | "حول"
                    | "اثناء"
                    | "عقب"
                    | "بعد"
                    | "قبل"
                    | "فيه"
                    | "فيها"
            )
            || w.starts_with("بال")
            || w.starts_with("لل")
            || (tr.pos == Pos::Verb && b_object(t + 1))
    };
    let common_subject = tr.pos == Pos::Verb && subject_after.is_none() && (definite_next || !pronoun_cue);
    if common_subject {
        context_subject = false;
    }
    let look_before = look_before && !common_subject;
    let subject = subject_after.or_else(|| {
        if !look_before {
            return None;
        }
        // Before a verb, only a name right before it is its subject (باقري قال); one
        // further back belongs to an earlier clause, and the subject is a pronoun.
        let floor = if tr.pos == Pos::Verb { t.saturating_sub(3).max(before_start) } else { before_start };
        let p = a.placed_in(floor, t).iter().rev().find(|p| a.is_actor(p))?;
        let marked = matches!(a.preposition(p, before_start), Some("مع") | Some("من") | Some("بين"));
        // جيش الظلام، وشدد: a comma ends the clause the name was in.
        let comma = tr.pos == Pos::Verb && (p.last + 1..t).any(|j| a.tokens.tokens[j].kind == TokenKind::Punct);
        (!marked && !comma).then_some(*p)
    });
    if let Some(s) = subject {
        let s = person_over_title(a, s, subject_end.max(s.last + 1));
        agents.push((s.entity, false));
        agent_last = Some(s.last);
        // Names joined by و to the subject are subjects too (اجتمع الرئيسان X وY).
        let mut last = s.last;
        for q in a.placed_in(s.last + 1, subject_end.min(s.last + 1 + WINDOW)) {
            if q.first > last + 3 {
                break;
            }
            let joined = a.tokens.norm(q.first).starts_with('و') || (q.first > 0 && a.tokens.norm(q.first - 1) == "و");
            if q.entity_type == s.entity_type && joined {
                if !agents.iter().any(|x| x.0 == q.entity) {
                    agents.push((q.entity, false));
                }
                last = q.last;
                agent_last = Some(q.last);
            }
        }
    }

    // A ب after the subject of a meeting verb opens the object (التقى باقري أيضا بالرئيس).
    if marker.is_none() && meets && tr.pos == Pos::Verb {
        let mut j = match agent_last {
            Some(l) if l > t => l + 1,
            _ => t + 1,
        };
        while j < after_end && adverb(a.tokens.norm(j)) {
            j += 1;
        }
        if b_object(j) {
            marker = Some(j);
        }
    }
    // A marker far from the trigger, its subject and its destination belongs to
    // another clause (زيارة إلى إسلام آباد عزم إيران على تعزيز العلاقات مع باكستان).
    if let Some(m) = marker {
        let mut anchor = t;
        if let Some(l) = agent_last.filter(|&l| l > t && l < m) {
            anchor = anchor.max(l);
        }
        for p in a.placed_in(t + 1, m) {
            if p.entity_type == EntityType::DATE
                || (p.entity_type == EntityType::LOC && matches!(a.preposition(p, t), Some("الي") | Some("في")))
            {
                anchor = anchor.max(p.last);
            }
        }
        if m > anchor + 4 {
            marker = None;
        }
    }

    // Partners.
    let mut partners: Vec<usize> = Vec::new();
    let mut countries_as_partners = false;
    // What is said has a speaker, not a partner (قال في مقابلة مع وكالة…).
    if tr.kind.is_speech() {
        marker = None;
    }
    if let Some(m) = marker {
        let end = after_end.min(m + 12);
        let mut stop = end;
        for j in m + 1..end {
            if matches!(a.tokens.norm(j), "." | "،" | "؛" | ";" | ":") {
                stop = j;
                break;
            }
        }
        // The marker token itself may hold the name (بباجوا): start there. Places
        // (في طهران) on that side say where, not who.
        let side: Vec<Placed> = a
            .placed_in(m, stop.max(m + 1))
            .iter()
            .filter(|p| p.first <= m || !matches!(a.preposition(p, m), Some("في") | Some("الي") | Some("عن")))
            .copied()
            .collect();
        let persons: Vec<usize> = side.iter().filter(|p| p.entity_type == EntityType::PER).map(|p| p.entity).collect();
        let bodies: Vec<usize> = side.iter().filter(|p| a.is_actor(p)).map(|p| p.entity).collect();
        let countries: Vec<usize> = side.iter().filter(|p| a.is_country(p)).map(|p| p.entity).collect();
        let chosen = if !persons.is_empty() {
            persons
        } else if !bodies.is_empty() {
            bodies
        } else if tr.kind.is_travel() {
            Vec::new()
        } else {
            countries_as_partners = !countries.is_empty();
            countries
        };
        for e in chosen {
            if !partners.contains(&e) && !agents.iter().any(|x| x.0 == e) {
                partners.push(e);
            }
        }
        // بين X وY: both sides are named there; the first is the agent if none is.
        if a.tokens.norm(m) == "بين" && agents.is_empty() && !partners.is_empty() {
            agents.push((partners.remove(0), false));
        }
    }
    // The object person of a verb (استقبل الرئيس X الوزير Y, زار باقري الرئيس Z).
    if marker.is_none() && tr.pos == Pos::Verb && !tr.kind.is_speech() && tr.kind != EventKind::Participation {
        if let Some(l) = agent_last {
            for q in a.placed_in(l + 1, after_end.min(l + 13)) {
                if q.entity_type == EntityType::PER
                    && a.preposition(q, l).is_none()
                    && !agents.iter().any(|x| x.0 == q.entity)
                {
                    partners.push(q.entity);
                    break;
                }
            }
        }
    }

    // Countries act when no person or organisation does (تشارك إيران، بدأت تركيا وباكستان).
    if agents.is_empty() && !tr.kind.is_travel() && look_before && !common_genitive && !common_subject {
        let unmarked = |p: &&Placed, floor: usize| a.is_country(p) && a.preposition(p, floor).is_none();
        let anchor = match tr.pos {
            Pos::Verb => a.placed_in(t + 1, (t + 3).min(subject_end)).iter().find(|p| unmarked(p, t)).copied(),
            Pos::Noun => None,
        }
        .or_else(|| {
            let p = a
                .placed_in(before_start.max(t.saturating_sub(6)), t)
                .iter()
                .rev()
                .find(|p| unmarked(p, before_start))?;
            // طهران الأسبوع المقبل، حيث يلتقي: not across a comma.
            let comma = (p.last + 1..t).any(|j| matches!(a.tokens.norm(j), "،" | "," | ":" | "؛"));
            (!comma).then_some(*p)
        });
        if let Some(anchor) = anchor {
            // The whole coordinated group: walk back to its head, then forward.
            let group_from = anchor.first.saturating_sub(8).max(before_start);
            let mut group: Vec<Placed> = vec![anchor];
            let mut head = anchor;
            for q in a.placed_in(group_from, anchor.first).iter().rev() {
                let joined = a.tokens.norm(head.first).starts_with('و') && q.last + 1 == head.first;
                if a.is_country(q) && joined {
                    group.insert(0, *q);
                    head = *q;
                } else {
                    break;
                }
            }
            let mut tail = anchor;
            for q in a.placed_in(anchor.last + 1, (anchor.last + 3).min(after_end.max(anchor.last + 1))) {
                if a.is_country(q) && a.tokens.norm(q.first).starts_with('و') && q.first == tail.last + 1 {
                    group.push(*q);
                    tail = *q;
                }
            }
            for g in group {
                if !agents.iter().any(|x| x.0 == g.entity) && !partners.contains(&g.entity) {
                    agents.push((g.entity, false));
                }
            }
        }
    }

    // Places.
    let mut places: Vec<(usize, PlaceRole, bool)> = Vec::new();
    let used = |e: usize, agents: &[(usize, bool)], partners: &[usize]| {
        agents.iter().any(|x| x.0 == e) || partners.contains(&e)
    };
    // A travel goes where the words after it say; other events may name their place
    // before the trigger too (في موسكو، عقد الاجتماع).
    let place_from = if tr.kind.is_travel() { t + 1 } else { before_start };
    let place_to = after_end;
    let mut marked: Vec<(Placed, PlaceRole)> = Vec::new();
    // Other events name their place in the same clause: a comma between the trigger
    // and a place ends it (بدأت تدريبات مع أذربيجان، مما زاد الوضع تعقيدا بالنسبة لطهران).
    let clause_break = |p: &Placed| {
        let (x, y) = if p.first > t { (t + 1, p.first) } else { (p.last + 1, t) };
        !tr.kind.is_travel() && (x..y).any(|j| matches!(a.tokens.norm(j), "،" | "," | "؛" | ";"))
    };
    for p in a.placed_in(place_from, place_to) {
        if p.entity_type != EntityType::LOC || used(p.entity, &agents, &partners) || clause_break(p) {
            continue;
        }
        let role = match a.preposition(p, place_from) {
            // إلى is where a travel goes; after a statement or a meeting it is what
            // they are about (في إشارة إلى الأزمة في أوكرانيا).
            Some("الي") if tr.kind.is_travel() => Some(PlaceRole::Destination),
            Some("في") => Some(PlaceRole::Location),
            Some("من") if tr.kind == EventKind::Departure && p.first > t => Some(PlaceRole::Origin),
            Some(_) => None,
            // The object of زار/غادر: right after the verb or its subject.
            None if tr.kind.is_travel()
                && p.first > t
                && (p.first == t + 1 || agent_last.is_some_and(|l| p.first <= l + 6 && p.first > l))
                && !countries_as_partners =>
            {
                Some(if tr.kind == EventKind::Departure { PlaceRole::Origin } else { PlaceRole::Destination })
            }
            None if tr.kind == EventKind::Visit && p.first > t && p.first <= t + 6 && tr.pos == Pos::Verb => {
                Some(PlaceRole::Destination)
            }
            None => None,
        };
        if let Some(role) = role {
            marked.push((*p, role));
        }
    }
    let distance = |p: &Placed| p.first.abs_diff(t);
    // A travel has one destination (the nearest after the trigger) and one origin.
    if let Some((p, _)) =
        marked.iter().filter(|(p, r)| *r == PlaceRole::Destination && p.first > t).min_by_key(|(p, _)| distance(p))
    {
        places.push((p.entity, PlaceRole::Destination, false));
    }
    if let Some((p, _)) = marked.iter().filter(|(_, r)| *r == PlaceRole::Origin).min_by_key(|(p, _)| distance(p)) {
        if !places.iter().any(|x| x.0 == p.entity) {
            places.push((p.entity, PlaceRole::Origin, false));
        }
    }
    let mut locations: Vec<&(Placed, PlaceRole)> = marked
        .iter()
        .filter(|(p, r)| {
            (*r == PlaceRole::Location || (*r == PlaceRole::Destination && !tr.kind.is_travel()))
                && !places.iter().any(|x| x.0 == p.entity)
        })
        .collect();
    // Cities before countries, then the nearest.
    locations.sort_by_key(|(p, _)| (!a.is_city(p), distance(p)));
    let mut taken = 0;
    for (p, _) in locations {
        if taken == 2 || places.iter().any(|x| x.0 == p.entity) {
            continue;
        }
        places.push((p.entity, PlaceRole::Location, false));
        taken += 1;
    }
    if places.is_empty() && !tr.kind.is_speech() && !tr.kind.is_travel() {
        // No preposition names a place: a city of the sentence is still where it is.
        if let Some(p) = a
            .placed_in(place_from, place_to)
            .iter()
            .filter(|p| a.is_city(p) && !used(p.entity, &agents, &partners) && !clause_break(p))
            .min_by_key(|p| distance(p))
        {
            places.push((p.entity, PlaceRole::Location, false));
        }
    }

    // When.
    let date_from = t.saturating_sub(DATE_WINDOW).max(range.0).max(b.prev_deed);
    let date_to = (t + 1 + DATE_WINDOW).min(range.1).min(b.next_deed).max(t + 1);
    let mut when = a
        .placed_in(date_from, date_to)
        .iter()
        .filter(|p| p.entity_type == EntityType::DATE)
        .min_by_key(|p| distance(p))
        .map(|p| {
            let m = &a.mentions[p.mention];
            When {
                value: m.value.clone().or_else(|| a.entities[p.entity].value.clone()),
                text: m.surface(a.text).to_string(),
                source: WhenSource::Sentence,
                inferred: false,
                entity: Some(p.entity),
            }
        });
    if when.is_none() {
        // (distance, phrase, first token, last token)
        let mut best: Option<(usize, Relative, usize, usize)> = None;
        for j in date_from..date_to {
            if a.at_token[j].is_some() {
                continue;
            }
            if let Some((rel, len)) = relative_at(a.tokens, j) {
                let d = j.abs_diff(t);
                if best.is_none_or(|b| d < b.0) {
                    best = Some((d, rel, j, j + len - 1));
                }
            }
        }
        if let Some((_, rel, first, last)) = best {
            let span = Span::new(a.tokens.tokens[first].span.start, a.tokens.tokens[last].span.end);
            let value = a.article_day.map(|d| rel.resolve(d));
            when = Some(When {
                inferred: value.is_some(),
                value,
                text: a.text.get(span.start..span.end).unwrap_or("").to_string(),
                source: WhenSource::Relative,
                entity: None,
            });
        }
    }

    // A named event next to the trigger (التدريبات العسكرية "التعاون الإقليمي 22").
    let name = a
        .at_token
        .get(t)
        .copied()
        .flatten()
        .map(|p| a.placed[p])
        .or_else(|| {
            a.placed_in(t.saturating_sub(3).max(range.0), (t + 6).min(range.1))
                .iter()
                .find(|p| p.entity_type == EntityType::EVENT)
                .copied()
        })
        .filter(|p| p.entity_type == EntityType::EVENT && !tr.kind.is_speech())
        .map(|p| p.entity);

    let own_evidence = !agents.is_empty()
        || !partners.is_empty()
        || !places.is_empty()
        || when.as_ref().is_some_and(|w| w.source == WhenSource::Sentence);
    let subject_after = subject.is_some_and(|s| s.first > t);
    // In subject position only: وقع الجانبان، الجانبين وقعا، لقاء الجانبين.
    let both_sides = agents.is_empty()
        && !tr.kind.is_speech()
        && [t.checked_sub(1).filter(|&j| j >= range.0), Some(t + 1).filter(|&j| j < range.1)]
            .into_iter()
            .flatten()
            .any(|j| two_sides(a.tokens.norm(j)));
    Draft {
        found: f,
        sentence,
        agents,
        partners,
        places,
        when,
        name,
        own_evidence,
        context_subject,
        subject_after,
        both_sides,
    }
}

fn finish_event(a: &Article, tr: &Trigger, d: Draft, sentences: &[(usize, usize)]) -> Event {
    let tok = a.tokens.tokens[d.found.token].span;
    let word = a.text.get(tok.start..tok.end).unwrap_or("");
    let start = tok.start + original_offset(word, d.found.prefix_bytes).min(word.len());
    let trigger = Span::new(start.min(tok.end), tok.end);
    let evidence = sentences.get(d.sentence as usize).map(|&r| sentence_span(a, r)).unwrap_or_default();
    let mut participants: Vec<Participant> = d
        .agents
        .iter()
        .map(|&(e, ctx)| Participant { entity: a.entity_ref(e), role: Role::Agent, from_context: ctx })
        .collect();
    participants.extend(d.partners.iter().map(|&e| Participant {
        entity: a.entity_ref(e),
        role: Role::Partner,
        from_context: false,
    }));
    let places: Vec<Place> =
        d.places.iter().map(|&(e, role, ctx)| Place { entity: a.entity_ref(e), role, from_context: ctx }).collect();
    let gloss = gloss(a, tr, &d);
    Event {
        kind: tr.kind,
        label: tr.label.clone(),
        trigger,
        trigger_text: a.text.get(trigger.start..trigger.end).unwrap_or("").to_string(),
        sentence: d.sentence,
        evidence,
        evidence_text: a.text.get(evidence.start..evidence.end).unwrap_or("").to_string(),
        participants,
        places,
        when: d.when,
        name: d.name.map(|e| a.entity_ref(e)),
        gloss,
    }
}

fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// "Mohammad Bagheri met Asim Munir in Islamabad on 2025-01-21".
fn gloss(a: &Article, tr: &Trigger, d: &Draft) -> String {
    let agents: Vec<&str> = d.agents.iter().map(|&(e, _)| a.name(e)).collect();
    let partners: Vec<&str> = d.partners.iter().map(|&e| a.name(e)).collect();
    let place = |role: PlaceRole| d.places.iter().find(|p| p.1 == role).map(|p| a.name(p.0));
    // A label's last preposition waits for its object: "held talks with" + partners,
    // "arrived in" + a place; with no object it goes ("held talks").
    let label = tr.label.as_str();
    let (verb, prep) = match label.rsplit_once(' ') {
        Some((v, p)) if matches!(p, "with" | "to" | "in") => (v, Some(p)),
        _ => (label, None),
    };
    let object_place = match tr.kind {
        EventKind::Departure => place(PlaceRole::Origin),
        EventKind::Visit => place(PlaceRole::Destination).or_else(|| place(PlaceRole::Location)),
        _ => None,
    };
    let object: Option<String> = match tr.kind {
        EventKind::Visit | EventKind::Departure => object_place.map(str::to_string),
        EventKind::Participation => d.name.map(|n| a.name(n).to_string()),
        // What was said is not read: the partners of a statement are who it was said with.
        k if k.is_speech() => None,
        _ if !partners.is_empty() => Some(join_names(&partners)),
        _ => None,
    };
    // A verb that needs an object and has none reads its complete form ("made a
    // statement", not "stressed").
    let verb = match (&object, &tr.alone) {
        (None, Some(alone)) => alone.as_str(),
        _ => verb,
    };
    // No one named as its subject: the event is said as a noun ("A visit to Pakistan"),
    // never with a placeholder subject.
    let (mut out, prep) = if agents.is_empty() {
        let (noun, of_object) = match tr.kind {
            EventKind::Visit => ("A visit", "to"),
            EventKind::Departure => ("A departure", "from"),
            EventKind::Meeting => ("A meeting", "with"),
            EventKind::Call => ("A call", "with"),
            EventKind::Agreement => ("An agreement", "with"),
            EventKind::Exercise => ("Exercises", "with"),
            EventKind::Participation => ("Participation", "in"),
            EventKind::Announcement => ("An announcement", "with"),
            EventKind::Statement => ("A statement", "with"),
        };
        (noun.to_string(), Some(of_object))
    } else {
        (format!("{} {verb}", join_names(&agents)), prep)
    };
    if let Some(o) = &object {
        if let Some(p) = prep {
            out.push(' ');
            out.push_str(p);
        }
        out.push(' ');
        out.push_str(o);
    }
    let partners_said =
        matches!(tr.kind, EventKind::Visit | EventKind::Departure | EventKind::Participation) || tr.kind.is_speech();
    if partners_said && !partners.is_empty() {
        out.push_str(" with ");
        out.push_str(&join_names(&partners));
    }
    if let Some(n) = d.name.filter(|_| tr.kind != EventKind::Participation) {
        out.push_str(&format!(" ({})", a.name(n)));
    }
    if tr.kind == EventKind::Departure {
        if let Some(dest) = place(PlaceRole::Destination) {
            out.push_str(&format!(" for {dest}"));
        }
    }
    let located: Vec<&str> = d
        .places
        .iter()
        .filter(|p| p.1 == PlaceRole::Location && Some(a.name(p.0)) != object_place)
        .map(|p| a.name(p.0))
        .collect();
    if !located.is_empty() {
        out.push_str(" in ");
        out.push_str(&join_names(&located));
    }
    if let Some(w) = &d.when {
        match &w.value {
            // A year or a month reads "in 2018", "in 2022-05", "in --11" (a month of no
            // year written: في نوفمبر); a day "on 2025-01-21", "on --10-05".
            Some(v)
                if v.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                    && (v.len() <= 7 && !v.starts_with('-') || v.len() == 4 && v.starts_with("--")) =>
            {
                out.push_str(&format!(" in {v}"));
            }
            Some(v) => out.push_str(&format!(" on {v}")),
            None => out.push_str(&format!(" ({})", w.text)),
        }
    }
    out
}

// ---------------------------------------------------------------------------------
// Co-occurrence, dated mentions, summary

fn graph_type(t: EntityType) -> bool {
    matches!(t, EntityType::PER | EntityType::LOC | EntityType::ORG | EntityType::EVENT)
}

/// Distinct PER/LOC/ORG/EVENT entities named in a sentence, in text order, capped.
fn sentence_entities(a: &Article, range: (usize, usize)) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for p in a.placed_in(range.0, range.1) {
        if graph_type(p.entity_type) && !out.contains(&p.entity) {
            out.push(p.entity);
            if out.len() == MAX_ENTITIES_PER_SENTENCE {
                break;
            }
        }
    }
    out
}

/// A sentence counts for a pair when both are named in it, or when one is and the
/// other takes part in an event of that sentence from context (the pronoun subject of
/// "خلال اجتماع مع … عاصم منير" is Bagheri, named the sentence before).
/// Also returns the sentences themselves, flattened (see [`Relations::pair_sentences`]).
fn cooccurrences(a: &Article, sentences: &[(usize, usize)], events: &[Event]) -> (Vec<Cooccurrence>, Vec<u32>) {
    let mut weights: InputMap<(usize, usize), u32> = InputMap::default();
    let mut pair_sentences: Vec<u32> = Vec::new();
    let mut next_event = 0;
    for (si, &range) in sentences.iter().enumerate() {
        let mut es = sentence_entities(a, range);
        while next_event < events.len() && events[next_event].sentence as usize <= si {
            let e = &events[next_event];
            next_event += 1;
            if e.sentence as usize != si {
                continue;
            }
            let linked = e.participants.iter().filter(|p| p.from_context).map(|p| p.entity.entity);
            let linked = linked.chain(e.places.iter().filter(|p| p.from_context).map(|p| p.entity.entity));
            for x in linked {
                if es.len() < MAX_ENTITIES_PER_SENTENCE && !es.contains(&x) {
                    es.push(x);
                }
            }
        }
        if es.len() >= 2 {
            let bytes = sentence_span(a, range);
            pair_sentences.push(es.len() as u32);
            pair_sentences.push(bytes.start as u32);
            pair_sentences.push(bytes.end as u32);
            pair_sentences.extend(es.iter().map(|&x| x as u32));
        }
        for (i, &x) in es.iter().enumerate() {
            for &y in &es[i + 1..] {
                *weights.entry((x.min(y), x.max(y))).or_insert(0) += 1;
            }
        }
    }
    let mut out: Vec<Cooccurrence> =
        weights.into_iter().map(|((a, b), weight)| Cooccurrence { a, b, weight }).collect();
    out.sort_by(|x, y| y.weight.cmp(&x.weight).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    pair_sentences.shrink_to_fit(); // kept with the article
    (out, pair_sentences)
}

fn dated_mentions(a: &Article, sentences: &[(usize, usize)], events: &[Event]) -> Vec<DatedMention> {
    // Dates events took from their own sentence: (sentence, date entity).
    let dating: crate::hash::InputSet<(u32, usize)> = events
        .iter()
        .filter_map(|e| {
            e.when.as_ref().filter(|w| w.source == WhenSource::Sentence).and_then(|w| w.entity).map(|d| (e.sentence, d))
        })
        .collect();
    let mut out = Vec::new();
    for (si, &range) in sentences.iter().enumerate() {
        let dates: Vec<&Placed> =
            a.placed_in(range.0, range.1).iter().filter(|p| p.entity_type == EntityType::DATE).collect();
        if dates.is_empty() {
            continue;
        }
        let others = sentence_entities(a, range);
        let evidence = sentence_span(a, range);
        for p in dates {
            let m = &a.mentions[p.mention];
            let Some(value) = m.value.clone().or_else(|| a.entities[p.entity].value.clone()) else { continue };
            out.push(DatedMention {
                entity: p.entity,
                mention: p.mention,
                value,
                text: m.surface(a.text).to_string(),
                sentence: si as u32,
                evidence,
                entities: others.clone(),
                dates_event: dating.contains(&(si as u32, p.entity)),
            });
        }
    }
    out
}

fn summarize(a: &Article, events: &[Event]) -> Summary {
    let top = |pred: &dyn Fn(EntityType) -> bool| -> Vec<SummaryRef> {
        let mut rows: Vec<(usize, &DocEntity)> = a
            .entities
            .iter()
            .enumerate()
            .filter(|(i, e)| pred(e.entity_type) && e.mentions > 0 && !a.kind(*i).starts_with("media"))
            .collect();
        // Ties keep text order (the entities are in order of first mention).
        rows.sort_by(|x, y| y.1.mentions.cmp(&x.1.mentions).then(x.0.cmp(&y.0)));
        rows.into_iter().take(5).map(|(i, e)| SummaryRef { entity: a.entity_ref(i), mentions: e.mentions }).collect()
    };
    let actors = top(&|t| matches!(t, EntityType::PER | EntityType::ORG));
    let places = top(&|t| t == EntityType::LOC);
    let mut dates: Vec<SummaryDate> = Vec::new();
    for p in &a.placed {
        if p.entity_type != EntityType::DATE || dates.len() == 10 {
            continue;
        }
        let m = &a.mentions[p.mention];
        if let Some(v) = &m.value {
            if !dates.iter().any(|d| &d.value == v) {
                dates.push(SummaryDate { value: v.clone(), text: m.surface(a.text).to_string() });
            }
        }
    }
    let mut ranked: Vec<(usize, &Event)> = events.iter().enumerate().collect();
    let filled = |e: &Event| {
        e.participants.len() + e.places.len() + usize::from(e.when.is_some()) + usize::from(e.name.is_some())
    };
    ranked.sort_by(|x, y| {
        x.1.kind.is_speech().cmp(&y.1.kind.is_speech()).then(filled(y.1).cmp(&filled(x.1))).then(x.0.cmp(&y.0))
    });
    let top_events = ranked
        .into_iter()
        .take(5)
        .map(|(i, e)| SummaryEvent { index: i, kind: e.kind, gloss: e.gloss.clone() })
        .collect();
    let mut event_counts = BTreeMap::new();
    for e in events {
        *event_counts.entry(e.kind.as_str()).or_insert(0) += 1;
    }
    Summary { actors, places, dates, events: top_events, event_counts }
}

// ---------------------------------------------------------------------------------
// Across articles: timeline and graph

/// What a timeline item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimelineItemType {
    Event,
    Date,
}

/// An entity as the timeline names it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NamedEntity {
    pub key: String,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub canonical: String,
    pub english: Option<String>,
}

impl NamedEntity {
    fn of(e: &DocEntity) -> NamedEntity {
        NamedEntity {
            key: e.key.clone(),
            entity_type: e.entity_type,
            canonical: e.canonical.clone(),
            english: e.english.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineEvent {
    pub kind: EventKind,
    pub label: String,
    pub gloss: String,
}

/// One dated thing: an event with its date, or a DATE mention with its sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimelineItem {
    #[serde(rename = "type")]
    pub item_type: TimelineItemType,
    pub value: String,
    pub text: String,
    pub inferred: bool,
    /// The article's name and its index in the report's `documents`.
    pub document: String,
    pub document_index: usize,
    /// The sentence's bytes in that article, and its text.
    pub sentence: Span,
    pub evidence_text: String,
    pub event: Option<TimelineEvent>,
    pub entities: Vec<NamedEntity>,
}

/// Year and month a value starts with; `None` year for values without one (`--11`)
/// and Hijri dates.
fn bucket_of(value: &str) -> (Option<String>, Option<String>) {
    let first = value.split(['/', ',']).next().unwrap_or("");
    let b = first.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !digits(0..4) || !(b.len() == 4 || b.get(4) == Some(&b'-')) {
        return (None, None);
    }
    let year = first.get(0..4).map(str::to_string);
    let month = (b.len() >= 7 && digits(5..7)).then(|| first.get(5..7).map(str::to_string)).flatten();
    (year, month)
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct EdgeWeight {
    weight: u32,
    documents: u32,
}

/// The co-occurrence graph of a corpus, grown one article at a time: adding an article
/// costs time in proportion to its pairs. The timeline is not kept here: it is built
/// from the articles when asked for ([`CorpusRelations::timeline`]), since its items
/// copy their sentences and names (about 45 MiB of the page's memory for SaudiNewsNet).
#[derive(Clone, Debug, Default)]
pub struct CorpusRelations {
    /// Each entity key an edge names, numbered in the order they came (a pair of
    /// numbers per edge instead of a pair of strings: 262,469 edges for SaudiNewsNet).
    ids: InputMap<String, u32>,
    /// Unordered pair of entity keys (their numbers, the smaller key first) -> weight.
    edges: InputMap<(u32, u32), EdgeWeight>,
}

/// The timeline items of article number `d`: its dated events, then its dates that
/// date no event, in text order.
fn timeline_items(d: usize, doc: &crate::analyzer::DocumentAnalysis, mut push: impl FnMut(TimelineItem)) {
    let rel = &doc.relations;
    let named = |e: usize| doc.entities.get(e).map(NamedEntity::of);
    for ev in &rel.events {
        let Some(value) = ev.when.as_ref().and_then(|w| w.value.clone()) else { continue };
        let when = ev.when.as_ref();
        let mut entities: Vec<NamedEntity> = ev.participants.iter().filter_map(|p| named(p.entity.entity)).collect();
        entities.extend(ev.places.iter().filter_map(|p| named(p.entity.entity)));
        entities.extend(ev.name.iter().filter_map(|n| named(n.entity)));
        push(TimelineItem {
            item_type: TimelineItemType::Event,
            text: when.map(|w| w.text.clone()).unwrap_or_default(),
            inferred: when.is_some_and(|w| w.inferred),
            value,
            document: doc.name.clone(),
            document_index: d,
            sentence: ev.evidence,
            evidence_text: ev.evidence_text.clone(),
            event: Some(TimelineEvent { kind: ev.kind, label: ev.label.clone(), gloss: ev.gloss.clone() }),
            entities,
        });
    }
    for dm in &rel.dated_mentions {
        if dm.dates_event {
            continue;
        }
        push(TimelineItem {
            item_type: TimelineItemType::Date,
            value: dm.value.clone(),
            text: dm.text.clone(),
            inferred: false,
            document: doc.name.clone(),
            document_index: d,
            sentence: dm.evidence,
            evidence_text: doc.text.get(dm.evidence.start..dm.evidence.end).unwrap_or("").to_string(),
            event: None,
            entities: dm.entities.iter().filter_map(|&e| named(e)).collect(),
        });
    }
}

impl CorpusRelations {
    /// Adds the relations of an article.
    pub fn add(&mut self, doc: &crate::analyzer::DocumentAnalysis) {
        let rel = &doc.relations;
        // The pairs of key numbers counted for this article (a number stands for one key).
        let mut seen: crate::hash::InputSet<(u32, u32)> = crate::hash::InputSet::default();
        // Each entity's key number, looked up once per article and in the order the pairs
        // name them, so keys are numbered as they come.
        let mut numbers: Vec<Option<u32>> = vec![None; doc.entities.len()];
        for c in &rel.cooccurrences {
            let (Some(x), Some(y)) = (doc.entities.get(c.a), doc.entities.get(c.b)) else { continue };
            if x.key == y.key {
                continue;
            }
            let ((e1, k1), (e2, k2)) = if x.key < y.key { ((c.a, x), (c.b, y)) } else { ((c.b, y), (c.a, x)) };
            let mut number = |e: usize, k: &DocEntity| *numbers[e].get_or_insert_with(|| self.id(&k.key));
            let pair = (number(e1, k1), number(e2, k2));
            let w = self.edges.entry(pair).or_default();
            w.weight = w.weight.saturating_add(c.weight);
            if seen.insert(pair) {
                w.documents = w.documents.saturating_add(1);
            }
        }
    }

    /// Number of (unordered) pairs in the graph.
    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// The weight of the edge between two entity keys (0 when they never share a sentence).
    pub fn edge_weight(&self, a: &str, b: &str) -> u64 {
        let (a, b) = if a < b { (a, b) } else { (b, a) };
        let (Some(&a), Some(&b)) = (self.ids.get(a), self.ids.get(b)) else { return 0 };
        self.edges.get(&(a, b)).map_or(0, |w| u64::from(w.weight))
    }

    /// The number of entity key `key`, given on first sight.
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(key.to_string(), id);
        id
    }

    /// The timeline of the articles `documents` (the corpus's, in the order they were
    /// added): groups in time order, items sorted inside each group. Dated groups come
    /// first, a year's year-only group first in its year, values without a year last.
    pub fn timeline(&self, documents: &[crate::analyzer::DocumentAnalysis]) -> Vec<TimelineGroup> {
        let mut timeline = Timeline::default();
        for (d, doc) in documents.iter().enumerate() {
            timeline.add(d, doc);
        }
        timeline.groups()
    }

    /// The co-occurrence graph; node names come from the corpus entities, of which
    /// `documents` are the articles (in the order they were added).
    pub fn graph<'c>(
        &'c self,
        entities: &'c [crate::aggregate::CorpusEntity],
        documents: &'c [crate::analyzer::DocumentAnalysis],
    ) -> Graph<'c> {
        // A corpus row may gather several article keys (a person named in part in one
        // article, in full in another; entities merged by hand): edges go between rows,
        // under the row's key.
        let mut by_key: InputMap<&str, &crate::aggregate::CorpusEntity> =
            InputMap::with_capacity_and_hasher(entities.iter().map(|e| e.keys.len()).sum(), Default::default());
        by_key.extend(entities.iter().flat_map(|e| e.keys.iter().map(move |k| (k.as_str(), e))));
        let row_key = |k: &'c str| by_key.get(k).map_or(k, |e| e.key.as_str());
        let ordered = |a: &'c str, b: &'c str| if a < b { (a, b) } else { (b, a) };
        // Rows are numbered once (`Rows`), each article key's row looked up once: the
        // edges are then summed under pairs of numbers, not pairs of strings.
        let mut rows = Rows::default();
        let mut id_row: Vec<u32> = vec![0; self.ids.len()];
        for (key, &id) in &self.ids {
            id_row[id as usize] = rows.number(row_key(key.as_str()));
        }
        let mut joined: InputMap<(u32, u32), (u64, u64)> =
            InputMap::with_capacity_and_hasher(self.edges.len(), Default::default());
        for (&(a, b), w) in &self.edges {
            let (a, b) = (id_row[a as usize], id_row[b as usize]);
            if a == b {
                continue;
            }
            let slot = joined.entry(rows.ordered(a, b)).or_insert((0, 0));
            slot.0 += u64::from(w.weight);
            slot.1 += u64::from(w.documents);
        }
        // A form split off by hand (`aggregate::split_key`) is a row no article key
        // names: per article entity, the forms taken off it and the rows they went to.
        let mut pieces: InputMap<(usize, usize), Vec<(&'c str, &'c str)>> = InputMap::default();
        for e in entities.iter().filter(|e| crate::aggregate::is_split_key(&e.key)) {
            let Some(form) = e.aliases.first() else { continue };
            for &occurrence in &e.occurrences {
                pieces.entry(occurrence).or_default().push((form.as_str(), e.key.as_str()));
            }
        }
        // Summing key pairs is exact unless one article has two entities of one row:
        // then a sentence naming both with a third was counted twice, and the article
        // too; or unless an article entity is in two rows (a form split off it). Those
        // articles (rare: merges and splits by hand, mostly) are counted again from
        // their sentences.
        let mut recount: Vec<usize> = entities
            .iter()
            .filter(|e| e.keys.len() > 1)
            .flat_map(|e| e.occurrences.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| w[0].0))
            .chain(pieces.keys().map(|&(d, _)| d))
            .collect();
        recount.sort_unstable();
        recount.dedup();
        for d in recount {
            let Some(doc) = documents.get(d) else { continue };
            let key = |e: usize| doc.entities.get(e).map(|x| x.key.as_str());
            // The rows article entity `e` stands for in the sentence at bytes
            // [start, end): its row, or, once forms were split off it, the rows of the
            // forms it is written in there (named from context only: its row, unless
            // every mention in the article went to split forms).
            let rows_of = |e: usize, start: usize, end: usize, out: &mut Vec<&'c str>| {
                let Some(x) = key(e) else { return };
                let row = row_key(x);
                let Some(split) = pieces.get(&(d, e)) else {
                    out.push(row);
                    return;
                };
                let before = out.len();
                for &m in &doc.entities[e].mention_ids {
                    let Some(m) = doc.mentions.get(m) else { continue };
                    if m.adjective || m.span.start < start || m.span.start >= end {
                        continue;
                    }
                    let written = m.alias(&doc.text);
                    out.push(split.iter().find(|(form, _)| *form == written).map_or(row, |&(_, piece)| piece));
                }
                if out.len() == before {
                    let keeps = by_key.get(x).is_some_and(|r| r.occurrences.binary_search(&(d, e)).is_ok());
                    out.push(if keeps { row } else { split[0].1 });
                }
            };
            let mut counted: crate::hash::InputSet<(&str, &str)> = crate::hash::InputSet::default();
            for c in &doc.relations.cooccurrences {
                let (Some(x), Some(y)) = (key(c.a), key(c.b)) else { continue };
                let (a, b) = (row_key(x), row_key(y));
                if x == y || a == b {
                    continue;
                }
                let (a, b) = (rows.number(a), rows.number(b));
                if let Some(slot) = joined.get_mut(&rows.ordered(a, b)) {
                    slot.0 = slot.0.saturating_sub(u64::from(c.weight));
                    if counted.insert(ordered(x, y)) {
                        slot.1 = slot.1.saturating_sub(1);
                    }
                }
            }
            let mut pairs_here: crate::hash::InputSet<(u32, u32)> = crate::hash::InputSet::default();
            let mut rest = doc.relations.pair_sentences.as_slice();
            while let [n, start, end, tail @ ..] = rest {
                let (sentence, after) = tail.split_at((*n as usize).min(tail.len()));
                rest = after;
                let mut here: Vec<&str> = Vec::new();
                for &e in sentence {
                    rows_of(e as usize, *start as usize, *end as usize, &mut here);
                }
                here.sort_unstable();
                here.dedup();
                let here: Vec<u32> = here.into_iter().map(|r| rows.number(r)).collect();
                for (i, &a) in here.iter().enumerate() {
                    for &b in &here[i + 1..] {
                        let slot = joined.entry((a, b)).or_insert((0, 0));
                        slot.0 += 1;
                        if pairs_here.insert((a, b)) {
                            slot.1 += 1;
                        }
                    }
                }
            }
        }
        joined.retain(|_, (weight, _)| *weight > 0);
        // Per row: its degree and its number in `ends`.
        let mut degree: Vec<(usize, u32)> = vec![(0, u32::MAX); rows.names.len()];
        let mut ends: Vec<u32> = Vec::new();
        let mut numbered: Vec<(u32, u32, GraphEdge<'c>)> = Vec::with_capacity(joined.len());
        for ((a, b), (weight, documents)) in joined {
            let [na, nb] = [a, b].map(|r| {
                let slot = &mut degree[r as usize];
                if slot.1 == u32::MAX {
                    ends.push(r);
                    slot.1 = (ends.len() - 1) as u32;
                }
                slot.0 += 1;
                slot.1
            });
            let (source, target) = (rows.names[a as usize], rows.names[b as usize]);
            numbered.push((na, nb, GraphEdge { source, target, weight, documents }));
        }
        // Edges by weight, then source and target: the ends' keys compared once, when
        // they are ranked, rather than at every comparison of the sort. No two edges have
        // the same ends: the order is total, and an unstable sort gives the same list as
        // a stable one.
        let mut by_key_order: Vec<u32> = (0..ends.len() as u32).collect();
        by_key_order.sort_unstable_by_key(|&n| rows.names[ends[n as usize] as usize]);
        let mut rank = vec![0u32; ends.len()];
        for (r, &n) in by_key_order.iter().enumerate() {
            rank[n as usize] = r as u32;
        }
        numbered.sort_unstable_by_key(|(a, b, e)| (std::cmp::Reverse(e.weight), rank[*a as usize], rank[*b as usize]));
        let edges: Vec<GraphEdge<'c>> = numbered.into_iter().map(|(_, _, e)| e).collect();
        let mut nodes: Vec<GraphNode<'c>> = ends
            .iter()
            .filter_map(|&r| {
                let deg = degree[r as usize].0;
                by_key.get(rows.names[r as usize]).map(|e| GraphNode {
                    key: &e.key,
                    entity_type: e.entity_type,
                    canonical: &e.canonical,
                    english: e.english.as_deref(),
                    mentions: e.mentions,
                    degree: deg,
                })
            })
            .collect();
        nodes.sort_by(|x, y| y.mentions.cmp(&x.mentions).then(x.key.cmp(y.key)));
        Graph { nodes, edges }
    }
}

/// The graph's rows, numbered in the order they are first met, with their keys.
#[derive(Default)]
struct Rows<'c> {
    numbers: InputMap<&'c str, u32>,
    names: Vec<&'c str>,
}

impl<'c> Rows<'c> {
    fn number(&mut self, key: &'c str) -> u32 {
        let names = &mut self.names;
        *self.numbers.entry(key).or_insert_with(|| {
            names.push(key);
            (names.len() - 1) as u32
        })
    }

    /// Two rows in the order of their keys: an edge's source first.
    fn ordered(&self, a: u32, b: u32) -> (u32, u32) {
        if self.names[a as usize] < self.names[b as usize] {
            (a, b)
        } else {
            (b, a)
        }
    }
}

/// A timeline gathered one article at a time ([`CorpusRelations::timeline`] gathers
/// it from all the articles at once): the command line adds each article's items as it
/// comes, after which the article's text, events and dates are no longer needed.
#[derive(Clone, Default)]
pub struct Timeline {
    /// Items by (no year, year, month), in the order their articles came.
    groups: BTreeMap<(bool, Option<String>, Option<String>), Vec<TimelineItem>>,
}

impl Timeline {
    /// Adds the items of article number `d` (articles added in the corpus's order).
    pub fn add(&mut self, d: usize, doc: &crate::analyzer::DocumentAnalysis) {
        timeline_items(d, doc, |item| {
            let (year, month) = bucket_of(&item.value);
            self.groups.entry((year.is_none(), year, month)).or_default().push(item);
        });
    }

    /// Groups in time order, items sorted inside each group. Dated groups come first, a
    /// year's year-only group first in its year, values without a year last.
    pub fn groups(self) -> Vec<TimelineGroup> {
        self.groups
            .into_iter()
            .map(|((_, year, month), mut items)| {
                items.sort_by(|x, y| {
                    x.value
                        .cmp(&y.value)
                        .then(x.document_index.cmp(&y.document_index))
                        .then(x.sentence.start.cmp(&y.sentence.start))
                });
                TimelineGroup { year, month, items }
            })
            .collect()
    }
}

/// One timeline group: a month of a year, a year (month `null`), or no year at all.
#[derive(Serialize)]
pub struct TimelineGroup {
    pub year: Option<String>,
    pub month: Option<String>,
    pub items: Vec<TimelineItem>,
}

#[derive(Serialize)]
pub struct Graph<'c> {
    pub nodes: Vec<GraphNode<'c>>,
    pub edges: Vec<GraphEdge<'c>>,
}

#[derive(Serialize)]
pub struct GraphNode<'c> {
    pub key: &'c str,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub canonical: &'c str,
    pub english: Option<&'c str>,
    pub mentions: usize,
    /// Number of edges.
    pub degree: usize,
}

#[derive(Serialize)]
pub struct GraphEdge<'c> {
    pub source: &'c str,
    pub target: &'c str,
    /// Sentences where both are named, summed over articles.
    pub weight: u64,
    /// Articles where they share a sentence.
    pub documents: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for (y, m, d) in [(1970, 1, 1), (2024, 2, 29), (2025, 1, 21), (2000, 12, 31), (1999, 3, 1)] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 2), 1);
    }

    #[test]
    fn relative_words_resolve_against_the_article_day() {
        let day = parse_iso_day("2025-01-21").unwrap_or_default(); // a Tuesday
        let cases = [
            (Relative::Day(-1), "2025-01-20"),
            (Relative::Day(0), "2025-01-21"),
            (Relative::Day(1), "2025-01-22"),
            (Relative::Week(-1), "2025-01-13/2025-01-19"),
            (Relative::Month(-1), "2024-12"),
            (Relative::Month(1), "2025-02"),
            (Relative::Year(-1), "2024"),
        ];
        for (rel, want) in cases {
            assert_eq!(rel.resolve(day), want, "{rel:?}");
        }
        assert_eq!(parse_iso_day("2025-13-01"), None);
        assert_eq!(parse_iso_day("2025"), None);
        assert_eq!(parse_iso_day("٢٠٢٥-01-01"), None);
    }

    #[test]
    fn trigger_words_with_clitics() {
        let t = triggers();
        let kind = |w: &str| t.lookup(&normalize(w), w.ends_with('ة')).map(|(i, _, _)| t.triggers[i].kind);
        let cases = [
            ("زار", Some(EventKind::Visit)),
            ("وزار", Some(EventKind::Visit)),
            ("زيارته", Some(EventKind::Visit)),
            ("بزيارة", Some(EventKind::Visit)),
            ("والتقى", Some(EventKind::Meeting)),
            ("التقاه", Some(EventKind::Meeting)),
            ("لقاءً", Some(EventKind::Meeting)),
            ("وفي", None),
            ("الاجتماع", Some(EventKind::Meeting)),
            ("سيلتقي", Some(EventKind::Meeting)),
            ("وسيزور", Some(EventKind::Visit)),
            ("بزار", None),
            ("والمناورات", Some(EventKind::Exercise)),
            ("وقّع", Some(EventKind::Agreement)),
            ("الاتفاقية", Some(EventKind::Agreement)),
            ("وقال", Some(EventKind::Statement)),
            ("قالب", None),
            ("إضافة", None),
            ("أضافه", Some(EventKind::Statement)),
            ("إيران", None),
        ];
        for (w, want) in cases {
            assert_eq!(kind(w), want, "{w}");
        }
    }

    const PREFIXES: [&str; 22] = [
        "وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "وس", "فس", "وب", "ول", "فب", "فل", "لل", "ال", "و",
        "ف", "س", "ب", "ل", "",
    ];

    #[test]
    fn proclitics_by_first_letter() {
        for first in "وفبكلسامن".chars().map(Some).chain([None]) {
            let want: Vec<&str> =
                PREFIXES.iter().copied().filter(|p| p.is_empty() || p.chars().next() == first).collect();
            assert_eq!(prefixes_for(first), want.as_slice(), "{first:?}");
        }
    }

    /// [`TriggerTable::lookup`] without its shortcuts: every proclitic and suffix tried.
    fn lookup_every_way(t: &TriggerTable, norm: &str, ta_marbuta: bool) -> Option<(usize, usize, bool)> {
        const SUFFIXES: [&str; 10] = ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ي", "ك", ""];
        for p in PREFIXES {
            let Some(rest) = norm.strip_prefix(p) else { continue };
            let nominal = p.contains('ب') || p.contains('ل') || p.contains('ك');
            let future = p.contains('س');
            for s in SUFFIXES {
                if ta_marbuta && s == "ه" {
                    continue;
                }
                let Some(stem) = rest.strip_suffix(s) else { continue };
                if stem.chars().count() < 3 {
                    continue;
                }
                let mut hit = t.by_form.get(stem).copied();
                if hit.is_none() && !s.is_empty() {
                    if let Some(base) = stem.strip_suffix('ت') {
                        hit = t.by_form.get(&format!("{base}ه")).copied();
                    }
                    if let Some(base) = stem.strip_suffix('ا').filter(|_| hit.is_none()) {
                        hit = t.by_form.get(&format!("{base}ي")).copied();
                    }
                }
                let Some(i) = hit else { continue };
                let pos = t.triggers[i].pos;
                if (nominal && pos != Pos::Noun) || (future && pos != Pos::Verb) {
                    continue;
                }
                return Some((i, p.len(), !s.is_empty()));
            }
        }
        None
    }

    #[test]
    fn trigger_shortcuts_change_no_answer() {
        let t = triggers();
        // Every trigger with every proclitic and suffix, and every word of the dev articles.
        let mut words: Vec<String> = Vec::new();
        for form in t.by_form.keys() {
            for p in PREFIXES {
                for s in TRIGGER_SUFFIXES {
                    words.push(format!("{p}{form}{s}"));
                    for (end, respelled) in [('ه', 'ت'), ('ي', 'ا')] {
                        if let Some(base) = form.strip_suffix(end) {
                            words.push(format!("{p}{base}{respelled}{s}"));
                        }
                    }
                }
            }
        }
        for dir in ["data/dev/tune", "data/dev/devtest"] {
            for f in std::fs::read_dir(dir).expect("the dev set is in the repository") {
                let text = std::fs::read_to_string(f.expect("a listed file").path()).unwrap_or_default();
                let tt = crate::tokenize::tokenize(&text);
                words.extend((0..tt.tokens.len()).map(|i| tt.norm(i).to_string()));
            }
        }
        assert!(words.len() > 5000);
        for w in &words {
            for ta in [false, true] {
                assert_eq!(t.lookup(w, ta), lookup_every_way(t, w, ta), "{w} {ta}");
            }
        }
    }

    #[test]
    fn required_words() {
        for (w, req, ok) in [
            ("الي", "الي", true),
            ("اليوم", "الي", false),
            ("وفدا", "وفد", true),
            ("الاتفاقيه", "اتفاق", true),
            ("هاتفيا", "هاتف", true),
            ("ومع", "مع", true),
        ] {
            assert_eq!(word_matches(w, req), ok, "{w} {req}");
        }
    }

    #[test]
    fn timeline_buckets() {
        let cases = [
            ("2025-01-21", (Some("2025"), Some("01"))),
            ("2022-05", (Some("2022"), Some("05"))),
            ("2018", (Some("2018"), None)),
            ("2020-11-10/2020-11-11", (Some("2020"), Some("11"))),
            ("2011,2012", (Some("2011"), None)),
            ("--11", (None, None)),
            ("--10-05", (None, None)),
            ("1446H", (None, None)),
            ("1436H-10-05", (None, None)),
            ("", (None, None)),
        ];
        for (v, (y, m)) in cases {
            let (gy, gm) = bucket_of(v);
            assert_eq!((gy.as_deref(), gm.as_deref()), (y, m), "{v}");
        }
    }
}
