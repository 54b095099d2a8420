//! Mentions of one article -> entities of that article.
//!
//! - A gazetteer mention is its entry: every spelling and short form of the entry is
//!   one entity (إسلام أباد = إسلام آباد, أمريكا = الولايات المتحدة).
//! - A nationality adjective counts on its country's row, apart from name mentions.
//! - A person named in part (باقري, محمد باقري, الأسد) joins the one person of the article
//!   whose full name holds those words in order (محمد حسين باقري); when two persons
//!   could own the part, it stays alone rather than merge them (علي باقري كني). A
//!   gazetteer person is found by the words written (الأسد joins بشار الأسد).
//! - Other names group by their matching form; names a rule found that turn out to be
//!   a gazetteer form take the entry.
//! - People and places not in the gazetteer get a readable romanization.

use crate::hash::InputMap;

use serde::Serialize;

use crate::entity::{Affiliation, EntityType, Mention};
use crate::recognize::gazetteer::{stream_form, Gazetteer};
use crate::recognize::rules::Lexicon;

/// One entity of one article: all the mentions that name the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocEntity {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The Arabic name shown in tables (the gazetteer's, or the longest form written).
    pub canonical: String,
    /// Distinct forms as written, without glued proclitics, titles or ranks.
    pub aliases: Vec<String>,
    /// Mentions written in each form of `aliases`, in the same order.
    pub alias_mentions: Vec<usize>,
    pub english: Option<String>,
    pub wikidata: Option<String>,
    /// What identifies the entity across articles: a Wikidata id, or type + matching form.
    pub key: String,
    /// A gazetteer entry (listed entities never join another as a shortened name).
    #[serde(skip)]
    pub listed: bool,
    pub title: Option<String>,
    pub role: Option<String>,
    /// The role in English, composed from the titles' and the gazetteer's English
    /// names (وزير الدفاع الطاجيكي -> "Defence Minister (Tajikistan)"), when the role
    /// starts with a known title.
    pub role_english: Option<String>,
    /// The title in English (اللواء -> "Major General").
    pub title_english: Option<String>,
    /// Countries and organisations a person belongs to, from the role and from a
    /// nationality adjective right before the name.
    pub affiliations: Vec<Affiliation>,
    /// Machine-readable value for dates, money and quantities.
    pub value: Option<String>,
    /// Mentions by name (adjectives not counted).
    pub mentions: usize,
    /// Mentions through a nationality adjective (الإيراني for Iran).
    pub adjective_mentions: usize,
    /// Indices into the article's mentions.
    pub mention_ids: Vec<usize>,
}

/// A short tag of an article's text (FNV-1a, 64 bits, in hex): the same text gives the
/// same tag in every run and build, so keys holding it stay stable across reloads.
fn article_tag(text: &str) -> String {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{h:016x}")
}

fn entry_key(g: &Gazetteer, entry: u32) -> String {
    let e = g.entry(entry);
    match &e.wikidata {
        Some(q) => q.clone(),
        None => format!("{}:{}", e.entity_type.as_str(), stream_form(&e.arabic)),
    }
}

/// A mention's key: the entity key and, for a gazetteer match, its entry.
type MentionKey = (String, Option<u32>);

/// The key of a mention before person parts are joined to full names.
fn mention_key(text: &str, m: &Mention, g: &Gazetteer) -> MentionKey {
    if let Some(e) = m.entry {
        return (entry_key(g, e), Some(e));
    }
    let form = stream_form(&m.alias(text));
    if matches!(m.entity_type, EntityType::DATE | EntityType::MONEY | EntityType::QUANTITY) {
        let v = m.value.clone().unwrap_or(form);
        return (format!("{}:{}", m.entity_type.as_str(), v), None);
    }
    if let Some(e) = g.lookup(&form) {
        if g.entry(e).entity_type == m.entity_type {
            return (entry_key(g, e), Some(e));
        }
    }
    // قاعدة العند الجوية = قاعدة العند: a base is one place with or without its kind.
    let form = match form.strip_prefix("قاعده ").and_then(|rest| rest.rsplit_once(' ')) {
        Some((name, "الجويه" | "العسكريه" | "البحريه")) if m.entity_type == EntityType::LOC => {
            format!("قاعده {name}")
        }
        _ => form,
    };
    (format!("{}:{}", m.entity_type.as_str(), form), None)
}

/// Is `part` (words) a subsequence of `full` (words) that keeps the last word, or the
/// first word alone when the full name has two or more words?
/// Words as `&str` or `String` alike, so that no list of words is copied to compare.
fn part_of_name<P: AsRef<str>, F: AsRef<str>>(part: &[P], full: &[F]) -> bool {
    if part.len() >= full.len() || part.is_empty() {
        return false;
    }
    if part.last().map(AsRef::as_ref) != full.last().map(AsRef::as_ref) {
        return false;
    }
    let mut it = full.iter();
    part.iter().all(|p| it.any(|f| f.as_ref() == p.as_ref()))
}

/// Does `part` name the father of `full`? An Arabic name is a chain of fathers' names:
/// without its first name it names the father (علي عبدالله صالح in أحمد علي عبدالله
/// صالح, سلمان بن عبدالعزيز in محمد بن سلمان بن عبدالعزيز). So a part of two words or
/// more that ends the full name, starts after its first word and starts with a known
/// given name is another person; a family name of two words (تشاوش اوغلو) is still
/// a short form.
fn names_the_father<P: AsRef<str>, F: AsRef<str>>(part: &[P], full: &[F], lexicon: &Lexicon) -> bool {
    if part.len() < 2 || part.len() >= full.len() {
        return false;
    }
    let tail = &full[full.len() - part.len()..];
    tail.iter().zip(part).all(|(f, p)| f.as_ref() == p.as_ref())
        && lexicon.given_name(part[0].as_ref()).is_some()
        && lexicon.given_name(full[0].as_ref()).is_some()
}

/// Words that name a kind of area before a place's name (محافظة تعز، منطقة جازان، إقليم
/// لوغار), as matching forms.
fn is_area_head(word: &str) -> bool {
    is_town_head(word) || matches!(word, "محافظه" | "منطقه" | "اقليم" | "ولايه" | "مديريه" | "ناحيه" | "قضاء")
}

fn is_town_head(word: &str) -> bool {
    matches!(word, "مدينه" | "بلده" | "قريه")
}

/// Is the word right before `span` a town head (مدينة، بمدينة، وبلدة)?
fn after_town_head(text: &str, span_start: usize) -> bool {
    let before = stream_form(text[..span_start].trim_end().rsplit(char::is_whitespace).next().unwrap_or(""));
    ["مدينه", "بلده", "قريه"].iter().any(|h| before.strip_suffix(h).is_some_and(|p| p.chars().count() <= 2))
}

/// Within one article "محافظة تعز" and "تعز" (or "إقليم لوغار" and "لوغار") name one
/// place: writers move between the province and its city or the area and its name.
/// A place written with an area head takes the key of the same name written bare,
/// when the article writes it bare too; never a country's (مدينة الكويت is not
/// الكويت), nor a region's when the article also names the town of that name (إقليم
/// قندز ... مدينة قندز: the province and its capital, set apart by the writer).
fn join_places_named_with_their_area(text: &str, mentions: &[Mention], g: &Gazetteer, keys: &mut [MentionKey]) {
    let is_place = |m: &Mention| m.entity_type == EntityType::LOC && !m.adjective;
    let mut bare: InputMap<String, MentionKey> = InputMap::default();
    let mut towns: Vec<String> = Vec::new();
    // The places' matching forms, made once for both passes.
    let mut forms: Vec<(usize, String)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if !is_place(m) {
            continue;
        }
        let form = stream_form(&m.alias(text));
        forms.push((i, form.clone()));
        match form.split_once(' ') {
            Some((head, rest)) if is_town_head(head) => towns.push(rest.to_string()),
            _ if after_town_head(text, m.span.start) => towns.push(form.clone()),
            _ => {}
        }
        if form.split_once(' ').is_some_and(|(head, _)| is_area_head(head)) {
            continue;
        }
        if keys[i].1.is_some_and(|e| g.entry(e).kind.starts_with("country")) {
            continue;
        }
        bare.entry(form).or_insert_with(|| keys[i].clone());
    }
    for (i, form) in forms {
        if let Some((head, rest)) = form.split_once(' ') {
            if is_area_head(head) && (is_town_head(head) || !towns.iter().any(|t| t == rest)) {
                if let Some(k) = bare.get(rest) {
                    keys[i] = k.clone();
                }
            }
        }
    }
}

/// English names of the entities nobody listed ([`crate::english::name`]), kept across
/// articles: a name comes back in article after article, and reading it into English
/// (word tables, romanisation letter by letter) costs more than looking it up. Belongs
/// to one lexicon: the [`crate::Analyzer`] that owns both.
#[derive(Default)]
pub struct EnglishNames {
    /// Canonical name -> English, one map for names read as persons and one for names
    /// read as institutions (indexed by that flag); std's keyed hash, as the names come
    /// from article text.
    names: std::sync::Mutex<[InputMap<String, String>; 2]>,
}

/// [`EnglishNames`] forgets everything once it holds this many names (a bound on
/// memory for any corpus; the names of one corpus are far fewer).
const ENGLISH_NAMES_MAX: usize = 1 << 18;

impl EnglishNames {
    /// [`crate::english::name`], remembered.
    pub fn name(&self, entity_type: EntityType, canonical: &str, lexicon: &Lexicon) -> String {
        // Only organisations, events and places are read as institutions; everything
        // else is romanised alike.
        let institution = matches!(entity_type, EntityType::ORG | EntityType::EVENT | EntityType::LOC);
        let Ok(mut maps) = self.names.lock() else { return crate::english::name(entity_type, canonical, lexicon) };
        // Looked up by the borrowed name: a name seen before costs no allocation.
        if let Some(en) = maps[usize::from(institution)].get(canonical) {
            return en.clone();
        }
        let en = crate::english::name(entity_type, canonical, lexicon);
        if maps.iter().map(InputMap::len).sum::<usize>() >= ENGLISH_NAMES_MAX {
            maps.iter_mut().for_each(InputMap::clear);
        }
        maps[usize::from(institution)].insert(canonical.to_string(), en.clone());
        en
    }
}

/// Groups an article's mentions into entities.
pub fn resolve(text: &str, mentions: &[Mention], g: &Gazetteer, lexicon: &Lexicon) -> Vec<DocEntity> {
    resolve_with(text, mentions, g, lexicon, None)
}

/// [`resolve`] with English names remembered across articles (`names`, owned with
/// the lexicon) instead of read again for each.
pub fn resolve_with(
    text: &str,
    mentions: &[Mention],
    g: &Gazetteer,
    lexicon: &Lexicon,
    names: Option<&EnglishNames>,
) -> Vec<DocEntity> {
    let mut keys: Vec<MentionKey> = mentions.iter().map(|m| mention_key(text, m, g)).collect();

    // Persons: partial names join the unique full name that contains them.
    let person_forms: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity_type == EntityType::PER)
        .map(|(i, _)| (i, keys[i].0.clone()))
        .collect();
    // Every person's written forms with its key: a gazetteer person (key Q…) is found
    // by the words written (بشار الأسد), a rule's by its matching form.
    let mut full_names: Vec<(Vec<String>, MentionKey)> = Vec::new();
    for (i, key) in &person_forms {
        let written = stream_form(&mentions[*i].alias(text));
        let from_key = key.strip_prefix("PER:").map(str::to_string);
        for form in std::iter::once(written).chain(from_key) {
            let words: Vec<String> = form.split(' ').map(str::to_string).collect();
            if !full_names.iter().any(|(w, k)| *w == words && k.0 == keys[*i].0) {
                full_names.push((words, keys[*i].clone()));
            }
        }
    }
    for (i, key) in &person_forms {
        if keys[*i].1.is_some() && !key.starts_with("PER:") {
            continue;
        }
        let part: Vec<&str> = key.strip_prefix("PER:").unwrap_or(key).split(' ').collect();
        // Full names ending like the part that hold its words in order; their keys.
        let owners: Vec<(&Vec<String>, &MentionKey)> = full_names
            .iter()
            .filter(|(w, _)| part_of_name(&part, w) && !names_the_father(&part, w, lexicon))
            .map(|(w, k)| (w, k))
            .collect();
        // Several candidate owners that are themselves nested (محمد باقري ⊂ محمد حسين باقري)
        // or one person written two ways count as one: take the longest; truly
        // different persons block the merge.
        if let Some((lw, target)) =
            owners.iter().max_by_key(|(w, _)| w.iter().map(String::len).sum::<usize>() + w.len())
        {
            let all_nested = owners.iter().all(|(ow, ok)| {
                ok.0 == target.0 || ow == lw || (part_of_name(ow, lw) && !names_the_father(ow, lw, lexicon))
            });
            if all_nested {
                keys[*i] = (*target).clone();
            }
        }
    }

    // محمد alone in two articles is two men: a person named only by a given name that
    // no list knows, and that no fuller name of the article took, keeps the article in
    // its key, so the corpus does not join every article's محمد into one row.
    let mut tag: Option<String> = None;
    for (i, _) in &person_forms {
        let (key, entry) = &keys[*i];
        let lone = entry.is_none()
            && key.strip_prefix("PER:").is_some_and(|w| !w.contains(' ') && lexicon.given_name(w).is_some());
        if lone {
            let t = tag.get_or_insert_with(|| article_tag(text));
            keys[*i].0 = format!("{key}~{t}");
        }
    }

    join_places_named_with_their_area(text, mentions, g, &mut keys);

    let mut entities: Vec<DocEntity> = Vec::new();
    let mut by_key: InputMap<String, usize> = InputMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let (key, entry) = &keys[i];
        let at = *by_key.entry(key.clone()).or_insert_with(|| {
            let (canonical, english, wikidata) = match entry {
                Some(e) => {
                    let e = g.entry(*e);
                    (e.arabic.clone(), Some(e.english.clone()), e.wikidata.clone())
                }
                None => (m.alias(text), None, None),
            };
            entities.push(DocEntity {
                entity_type: m.entity_type,
                canonical,
                aliases: Vec::new(),
                alias_mentions: Vec::new(),
                english,
                wikidata,
                key: key.clone(),
                listed: entry.is_some(),
                title: None,
                role: None,
                role_english: None,
                title_english: None,
                affiliations: Vec::new(),
                value: m.value.clone(),
                mentions: 0,
                adjective_mentions: 0,
                mention_ids: Vec::new(),
            });
            entities.len() - 1
        });
        let e = &mut entities[at];
        if m.adjective {
            e.adjective_mentions += 1;
        } else {
            e.mentions += 1;
            let alias = m.alias(text);
            match e.aliases.iter().position(|a| *a == alias) {
                Some(k) => e.alias_mentions[k] += 1,
                None => {
                    e.aliases.push(alias);
                    e.alias_mentions.push(1);
                }
            }
        }
        // زار أربعة مسؤولين أميركيين …: نائب وزير الخارجية عزرا زيا: a role that names
        // no country takes the one of the list it is an item of.
        let mut context_country: Option<Affiliation> = None;
        if m.entity_type == EntityType::PER && !m.adjective {
            let mut found = m.role.as_deref().map(|r| role_affiliations(r, g)).unwrap_or_default();
            found.extend(adjective_before(text, mentions, i, g));
            if m.role.is_some() && !found.iter().any(|a| a.entity_type == EntityType::LOC) {
                context_country = list_head_country(text, mentions, i, g);
                found.extend(context_country.clone());
            }
            for a in found {
                if !e.affiliations.iter().any(|b| b.key == a.key) {
                    e.affiliations.push(a);
                }
            }
        }
        e.mention_ids.push(i);
        if e.title.is_none() {
            e.title = m.title.clone();
            e.title_english = e.title.as_deref().and_then(|t| {
                let form = stream_form(t);
                let words: Vec<&str> = form.split(' ').collect();
                lexicon.title_english(&words).filter(|(_, _, len)| *len == words.len()).map(|(en, _, _)| en.to_string())
            });
        }
        if e.role.is_none() {
            e.role = m.role.clone();
            let context = context_country.as_ref().and_then(|a| a.english.as_deref());
            e.role_english = e.role.as_deref().and_then(|r| crate::english::role_in(r, context, g, lexicon));
        }
        if e.value.is_none() {
            e.value = m.value.clone();
        }
    }

    for e in &mut entities {
        (e.title_english, e.role_english) =
            crate::english::title_and_role(e.title.as_deref(), e.title_english.take(), e.role_english.take());
        if e.wikidata.is_none() && e.english.is_none() {
            // The longest written form is the best name for an entity found by rules.
            if let Some(longest) = e.aliases.iter().max_by_key(|a| a.chars().count()) {
                if e.entity_type == EntityType::PER || !e.key.starts_with("Q") {
                    e.canonical = longest.clone();
                }
            }
            if matches!(e.entity_type, EntityType::PER | EntityType::LOC | EntityType::ORG | EntityType::EVENT) {
                e.english = Some(match names {
                    Some(names) => names.name(e.entity_type, &e.canonical, lexicon),
                    None => crate::english::name(e.entity_type, &e.canonical, lexicon),
                });
            }
        }
    }
    // Adjective-only rows still name their country: keep them (the country is
    // mentioned "via adjective") but they carry no alias.
    entities
}

fn affiliation(g: &Gazetteer, entry: u32) -> Affiliation {
    let e = g.entry(entry);
    Affiliation {
        entity_type: e.entity_type,
        key: entry_key(g, entry),
        arabic: e.arabic.clone(),
        english: Some(e.english.clone()),
        wikidata: e.wikidata.clone(),
    }
}

/// Countries and organisations named in a person's role. A nationality adjective
/// says whose official the person is (الممثل الأميركي الخاص لأفغانستان: the United
/// States, not Afghanistan); without one, the countries named in the role count,
/// those after لدى/في/إلى or a glued preposition only when no other is named
/// (سفير إيران لدى باكستان: Iran; أمين المجلس الأعلى للأمن القومي لإيران: Iran).
pub fn role_affiliations(role: &str, g: &Gazetteer) -> Vec<Affiliation> {
    let tokens = crate::tokenize::tokenize(role);
    let mut by_adjective: Vec<u32> = Vec::new();
    for i in 0..tokens.tokens.len() {
        let norm = tokens.norm(i);
        let bare = norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف')).filter(|r| r.chars().count() > 3);
        if let Some(c) = g.demonym(norm).or_else(|| bare.and_then(|b| g.demonym(b))) {
            if !by_adjective.contains(&c) {
                by_adjective.push(c);
            }
        }
    }
    let (mut strong, mut weak, mut orgs): (Vec<u32>, Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new(), Vec::new());
    for m in g.find(&tokens) {
        if m.adjective {
            continue;
        }
        let e = g.entry(m.entry);
        match e.entity_type {
            EntityType::ORG if !e.kind.starts_with("media") => orgs.push(m.entry),
            EntityType::LOC if e.kind == "country" => {
                let before = m.first.checked_sub(1).map(|j| tokens.norm(j));
                if matches!(before, Some("لدي" | "في" | "الي" | "من")) {
                    // Where the person serves or comes from, not whose they are.
                    continue;
                } else if m.prefix_bytes > 0 {
                    weak.push(m.entry);
                } else {
                    strong.push(m.entry);
                }
            }
            _ => {}
        }
    }
    let countries = if !by_adjective.is_empty() {
        by_adjective
    } else if !strong.is_empty() {
        strong
    } else {
        weak
    };
    let mut out: Vec<Affiliation> = Vec::new();
    for entry in countries.into_iter().chain(orgs) {
        let a = affiliation(g, entry);
        if !out.iter().any(|b| b.key == a.key) {
            out.push(a);
        }
    }
    out
}

/// A person's role in English: the title's English name (data/titles.tsv), then what
/// the title is of — an organisation (قائد الجيش الإيراني -> "Commander of the Islamic
/// Republic of Iran Army"), a country, or a nationality adjective, shown in brackets
/// (وزير الدفاع الطاجيكي -> "Defence Minister (Tajikistan)"). Several positions in one
/// role are joined by commas; reading stops at the first word it cannot place, so a
/// part is left out rather than guessed. None when the role starts with no known title.
/// The English name the gazetteer gives the United States (Q30), whose offices have
/// names of their own in `data/titles.tsv`.
const UNITED_STATES: &str = "United States";

pub fn role_english(role: &str, g: &Gazetteer, lexicon: &Lexicon) -> Option<String> {
    role_english_in(role, None, g, lexicon)
}

/// [`role_english`], with the country the role's context gives (`context`, an English
/// name) for a position that names none.
pub fn role_english_in(role: &str, context: Option<&str>, g: &Gazetteer, lexicon: &Lexicon) -> Option<String> {
    let tokens = crate::tokenize::tokenize(role);
    let n = tokens.tokens.len();
    let matches = g.find(&tokens);
    let word = |k: usize| tokens.tokens[k].kind == crate::tokenize::TokenKind::Word;
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < n {
        if !word(i) {
            i += 1;
            continue;
        }
        let words: Vec<&str> = (i..n).take_while(|&k| word(k)).map(|k| tokens.norm(k)).collect();
        // A later position must start a new phrase, not sit inside a genitive (لرئيس).
        let glued = !parts.is_empty() && matches!(tokens.norm(i).chars().next(), Some('ل' | 'ب'));
        let Some((title, _, len)) = lexicon.title_english(&words).filter(|_| !glued) else { break };
        let mut part = title.to_string();
        let mut country: Option<String> = None;
        let mut j = i + len;
        let mut of_done = false;
        while j < n {
            let Some(m) = matches.iter().find(|m| m.first == j) else { break };
            let e = g.entry(m.entry);
            let before = j.checked_sub(1).map(|k| tokens.norm(k));
            if m.adjective {
                country.get_or_insert_with(|| e.english.clone());
            } else if e.entity_type == EntityType::ORG && !of_done {
                let the = if e.english.starts_with("The ") || !e.english.contains(' ') { "" } else { "the " };
                // "Spokesperson for" already ends in its preposition.
                let of = if [" for", " of", " to"].iter().any(|p| part.ends_with(p)) { "" } else { " of" };
                part.push_str(&format!("{of} {the}{}", e.english));
                of_done = true;
            } else if e.entity_type == EntityType::LOC {
                match before {
                    Some("لدي" | "في") => part.push_str(&format!(" in {}", e.english)),
                    Some("الي") => part.push_str(&format!(" to {}", e.english)),
                    _ if (m.prefix_bytes > 0 || of_done) && e.kind == "country" => {
                        country.get_or_insert_with(|| e.english.clone());
                    }
                    _ if m.prefix_bytes > 0 => part.push_str(&format!(" for {}", e.english)),
                    _ => {
                        part.push_str(&format!(" of {}", e.english));
                        of_done = true;
                    }
                }
            } else {
                break;
            }
            j = m.last + 1;
            // لدى، في، إلى before a place: the preposition belongs to what follows.
            if j < n
                && matches!(tokens.norm(j), "لدي" | "في" | "الي")
                && matches.iter().any(|m| m.first == j + 1 && !m.adjective)
            {
                j += 1;
            }
        }
        let unread = j < n && word(j);
        if j == i + len && unread && len == 1 {
            // منسق الاتصالات الاستراتيجية في ... للبيت الأبيض: words that cannot be read,
            // then a listed body or place a few words on: "Coordinator, White House".
            let later =
                matches.iter().filter(|m| !m.adjective && m.first > j && m.first - j <= 8).min_by_key(|m| m.first);
            match later.map(|m| (m, g.entry(m.entry))) {
                Some((m, e)) if matches!(e.entity_type, EntityType::ORG | EntityType::LOC) => {
                    parts.push(format!("{title}, {}", e.english));
                    i = m.last + 1;
                    while i < n && !word(i) {
                        i += 1;
                    }
                    continue;
                }
                // رئيس مجلس الوزراء read as "President": a one-word title followed by
                // words that could not be read says too little; leave it out.
                _ => break,
            }
        }
        if country.is_none() && !of_done {
            // قائد الجيش الإيراني: the nationality inside a listed body.
            country = role_affiliations(role, g)
                .into_iter()
                .find(|a| a.entity_type == EntityType::LOC)
                .and_then(|a| a.english)
                .or_else(|| context.map(str::to_string));
        }
        // مساعد وزير الخارجية الأميركي: an American office reads by its American name
        // (Assistant Secretary of State, not Assistant Foreign Minister).
        if country.as_deref() == Some(UNITED_STATES) {
            if let Some(us) = lexicon.title_english_us(&words) {
                part = part.replacen(title, us, 1);
            }
        }
        if let Some(c) = country {
            if !part.contains(&c) {
                part.push_str(&format!(" ({c})"));
            }
        }
        parts.push(part);
        i = j;
        // Punctuation between positions; anything else unread ends the reading.
        while i < n && !word(i) {
            i += 1;
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A person listed after a colon that closes a plural of people with a nationality
/// adjective (زار أربعة مسؤولين أميركيين رفيعي المستوى طاجيكستان …: نائب وزير الخارجية
/// عزرا زيا، …) is of that country: the last such adjective before the colon, at most
/// ten words and no comma before it, in the same sentence as the person.
fn list_head_country(text: &str, mentions: &[Mention], i: usize, g: &Gazetteer) -> Option<Affiliation> {
    let m = &mentions[i];
    let before = text.get(..m.span.start)?;
    let colon = before.rfind(':')?;
    let after_colon = &before[colon + 1..];
    if after_colon.contains(['.', '؟', '!', '\n']) || after_colon.split_whitespace().count() > 40 {
        return None;
    }
    let adj = mentions[..i].iter().rev().find(|p| p.adjective && p.span.end <= colon)?;
    let between = text.get(adj.span.end..colon)?;
    if between.contains(['.', '،', ',', '؟', '!', '\n']) || between.split_whitespace().count() > 10 {
        return None;
    }
    let written = adj.surface(text);
    let plural = written.ends_with("ين") || written.ends_with("ون");
    plural.then(|| adj.entry.map(|e| affiliation(g, e))).flatten()
}

/// A nationality adjective written right before a person, or before the person's
/// title (نظيره الباكستاني الجنرال قمر جاويد باجوا): the person's country.
fn adjective_before(text: &str, mentions: &[Mention], i: usize, g: &Gazetteer) -> Option<Affiliation> {
    let m = &mentions[i];
    let prev = mentions.get(i.checked_sub(1)?)?;
    if !prev.adjective || prev.span.end > m.span.start {
        return None;
    }
    let gap = text.get(prev.span.end..m.span.start)?.trim();
    // The title may keep a conjunction glued to it in the text (والجنرال).
    let close = gap.is_empty()
        || m.title.as_deref().is_some_and(|t| gap.ends_with(t.trim()) && gap.len() <= t.trim().len() + 'و'.len_utf8());
    close.then(|| prev.entry.map(|e| affiliation(g, e))).flatten()
}

/// A readable romanization of an Arabic name: known given names and name parts from
/// `data/names/`, letter by letter for the rest (محمد حسين باقري -> Mohammad Hossein Bagheri).
pub fn romanize(name: &str, lexicon: &Lexicon) -> String {
    let mut words = Vec::new();
    let written: Vec<&str> = name.split_whitespace().collect();
    // توماس جفرسون: after a Western given name, a word no table knows is a European
    // name, spelled with European vowels (Jeferson, not Jafrisun).
    let western = written.first().is_some_and(|w| lexicon.western_given_name(&stream_form(w)));
    let mut i = 0;
    while i < written.len() {
        let word = written[i];
        i += 1;
        let norm = stream_form(word);
        // A compound given name written in two words (عبد الكريم -> Abdul Karim).
        if let Some(next) = written.get(i) {
            if let Some(r) = lexicon.given_name(&format!("{norm} {}", stream_form(next))) {
                words.push(r.to_string());
                i += 1;
                continue;
            }
        }
        if let Some(r) = lexicon.name_part(&norm) {
            words.push(r.to_string());
            continue;
        }
        if word.is_ascii() {
            words.push(word.to_string());
            continue;
        }
        let (article, rest) = match norm.strip_prefix("ال") {
            Some(rest) if rest.chars().count() > 2 => ("al-", rest.to_string()),
            _ => ("", norm.clone()),
        };
        let body = transliterate(&crate::english::with_vowels(&rest));
        let body = if western && i > 1 && article.is_empty() { european_vowels(&body) } else { body };
        // A word-initial ع or ء is left unwritten, as English news does (عمر -> Omar, not
        // 'umar), so that the name starts with a capital letter.
        let body = match body.trim_start_matches('\'') {
            "" => body.as_str(),
            b => b,
        };
        let mut cap = String::new();
        let mut chars = body.chars();
        if let Some(c) = chars.next() {
            cap.extend(c.to_uppercase());
            cap.push_str(chars.as_str());
        }
        words.push(format!("{article}{cap}"));
    }
    words.join(" ")
}

/// A romanised word read as a European name: a long و between consonants reads o, not
/// u, as in the -son and -ton of English names (جفرسون: Jafrisun -> Jafrison; أديسون:
/// Adisun -> Adison). Names the tables know are spelled as their bearers spell them.
fn european_vowels(body: &str) -> String {
    let consonant = |c: char| c.is_ascii_alphabetic() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w');
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        out.push(if c == 'u' && prev.is_some_and(consonant) && next.is_some_and(consonant) { 'o' } else { c });
    }
    out
}

/// Letter-by-letter romanization of one word in matching form, with the vowels a
/// reader expects: و and ي between consonants read as u/o and i, initial ا as a.
fn transliterate(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    let consonant = |c: char| !matches!(c, 'ا' | 'و' | 'ي' | 'ه' | 'ء');
    for (i, &c) in chars.iter().enumerate() {
        if c == crate::english::NO_VOWEL {
            // A cluster the word keeps: the vowel below is only put in at index 1.
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let s: &str = match c {
            'ا' => "a",
            'ب' => "b",
            'ت' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "s",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            'ع' => "'",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ه' => {
                if i + 1 == chars.len() {
                    "a"
                } else {
                    "h"
                }
            }
            'و' => {
                if i == 0 {
                    "w"
                } else if prev.is_some_and(consonant) && (next.is_none() || next.is_some_and(consonant)) {
                    "u"
                } else {
                    "w"
                }
            }
            'ي' => {
                if i == 0 {
                    "y"
                } else if next.is_none() || (prev.is_some_and(consonant) && next.is_some_and(consonant)) {
                    "i"
                } else {
                    "y"
                }
            }
            'ء' => "'",
            c if c.is_ascii() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        // Two consonants in a row read with a short vowel between them in most names.
        if i > 0 && consonant(c) && prev.is_some_and(consonant) && i == 1 {
            out.push('a');
        }
        out.push_str(s);
    }
    out.replace("''", "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::from_tsv("محمد\tMohammad\tar\nحسين\tHossein\tfa\n", "باقري\tBagheri\n", "", "")
    }

    #[test]
    fn roles_in_english() {
        let lex = Lexicon::from_tsv(
            "",
            "",
            "وزير الدفاع\tDefence Minister\tposition\nقائد\tCommander\tposition\nالسفير\tAmbassador\tposition\nاللواء\tMajor General\trank\nمنسق\tCoordinator\tposition\n",
            "",
        );
        let g = Gazetteer::from_tsv(
            "LOC\tطاجيكستان\tTajikistan\tQ863\t-\tcountry\nLOC\tالولايات المتحدة\tUnited States\tQ30\t-\tcountry\nLOC\tلبنان\tLebanon\tQ822\t-\tcountry\nORG\tالقوات المسلحة الإيرانية\tIranian Armed Forces\t-\t-\tmilitary\nORG\tالبيت الأبيض\tWhite House\tQ35525\t-\torg_government\n",
            "طاجيكي\tTajikistan\tQ863\nأمريكي\tUnited States\tQ30\n",
            "",
        );
        assert_eq!(role_english("وزير الدفاع الطاجيكي", &g, &lex).as_deref(), Some("Defence Minister (Tajikistan)"));
        assert_eq!(
            role_english("قائد القوات المسلحة الإيرانية", &g, &lex).as_deref(),
            Some("Commander of the Iranian Armed Forces")
        );
        assert_eq!(
            role_english("وزير الدفاع، قائد القوات المسلحة الإيرانية", &g, &lex).as_deref(),
            Some("Defence Minister, Commander of the Iranian Armed Forces")
        );
        assert_eq!(
            role_english("السفير الأمريكي في لبنان", &g, &lex).as_deref(),
            Some("Ambassador in Lebanon (United States)")
        );
        assert_eq!(role_english("مدير المكتب", &g, &lex), None);
        // Unread words between a one-word title and a listed body: the title and the body.
        assert_eq!(
            role_english("منسق الاتصالات الاستراتيجية في مجلس الأمن القومي للبيت الأبيض", &g, &lex).as_deref(),
            Some("Coordinator, White House")
        );
        assert_eq!(role_english("قائد العمليات الخاصة في لبنان", &g, &lex).as_deref(), Some("Commander, Lebanon"));
        assert_eq!(role_english("قائد العمليات الخاصة", &g, &lex), None);
    }

    #[test]
    fn english_names_remembered_are_the_names_read() {
        let lex = Lexicon::embedded();
        let names = EnglishNames::default();
        let forms = ["محمد حسين باقري", "وزارة الداخلية", "حزب الإصلاح", "مدينة الوهط", "كيربي", "IDEAS 2024", ""];
        let types = [EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::EVENT, EntityType::MISC];
        // Twice over: the second round is answered from what the first remembered.
        for _ in 0..2 {
            for form in forms {
                for t in types {
                    assert_eq!(names.name(t, form, &lex), crate::english::name(t, form, &lex), "{t:?} {form}");
                }
            }
        }
    }

    #[test]
    fn romanizes_with_known_parts_first() {
        assert_eq!(romanize("محمد حسين باقري", &lex()), "Mohammad Hossein Bagheri");
        assert_eq!(romanize("كيربي", &lex()), "Kirbi");
        assert_eq!(romanize("IDEAS 2024", &lex()), "IDEAS 2024");
        assert!(romanize("الظلام", &lex()).starts_with("al-"));
    }

    /// A Western given name's family name: from the table when listed (توماس جفرسون,
    /// "Thomas Jafrisun" in the page, found by helper ux3), else with the European o
    /// (Harrison-like -son); after an Arabic given name the Arabic reading stands.
    #[test]
    fn family_names_after_western_given_names() {
        let lex = Lexicon::embedded();
        assert_eq!(romanize("توماس جفرسون", &lex), "Thomas Jefferson");
        assert_eq!(romanize("توماس أديسون", &lex), "Thomas Edison");
        assert_eq!(romanize("دونالد سذرلاند", &lex), "Donald Sutherland");
        let western = romanize("توماس كلبرسون", &lex);
        assert!(western.starts_with("Thomas ") && western.ends_with("son"), "{western}");
        let arabic = romanize("محمد كلبرسون", &lex);
        assert!(arabic.ends_with("sun"), "{arabic}");
    }

    #[test]
    fn romanized_names_start_with_a_capital() {
        let lex = Lexicon::from_tsv("عبد الكريم\tAbdul Karim\tar\nعمر\tOmar\tar\n", "", "", "");
        let cases = [
            // A compound given name written in two words, or in one.
            ("عبد الكريم الحوثي", "Abdul Karim al-Huthi"),
            ("عبدالكريم", "Abdul Karim"),
            // A word-initial ع is not written: a capital letter, not 'a.
            ("عبد الرازق", "Abd al-Razq"),
            ("عثمان العصفور", "Athman al-Asfur"),
            ("عمر عريبي", "Omar Aribi"),
            // Inside a word it stays.
            ("مساعد", "Masa'd"),
            // Not a given name when the second word is not its part.
            ("عبد", "Abd"),
        ];
        for (ar, en) in cases {
            assert_eq!(romanize(ar, &lex), en, "{ar}");
        }
    }

    #[test]
    fn family_name_alone_joins_the_listed_full_name() {
        use crate::entity::MentionSource;
        use crate::span::Span;
        let g = Gazetteer::from_tsv("PER\tبشار الأسد\tBashar al-Assad\tQ44461\t-\tperson\n", "", "");
        let text = "قال بشار الأسد إن ... وأكد الاسد أن";
        let at = |w: &str| {
            let start = text.find(w).unwrap();
            Span::new(start, start + w.len())
        };
        let mut full = Mention::new(at("بشار الأسد"), EntityType::PER, MentionSource::Gazetteer);
        full.entry = g.lookup(&stream_form("بشار الأسد"));
        assert!(full.entry.is_some());
        let alone = Mention::new(at("الاسد"), EntityType::PER, MentionSource::Rule);
        let e = resolve(text, &[full.clone(), alone.clone()], &g, &lex());
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions, 2);
        // Two persons ending in the same family name: the part stays alone.
        let text2 = "قال بشار الأسد وحافظ الأسد ثم الاسد";
        let at2 = |w: &str, from: usize| {
            let start = from + text2[from..].find(w).unwrap();
            Span::new(start, start + w.len())
        };
        let a = Mention::new(at2("بشار الأسد", 0), EntityType::PER, MentionSource::Rule);
        let b = Mention::new(at2("حافظ الأسد", 0), EntityType::PER, MentionSource::Rule);
        let c = Mention::new(at2("الاسد", 0), EntityType::PER, MentionSource::Rule);
        assert_eq!(resolve(text2, &[a, b, c], &g, &lex()).len(), 3);
    }

    fn given_names() -> Lexicon {
        let given = ["محمد", "حسين", "علي", "أحمد", "سلمان", "عبدالعزيز", "مولود", "عبد الله"];
        let tsv: String = given.iter().map(|g| format!("{g}\tx\tar\n")).collect();
        Lexicon::from_tsv(&tsv, "باقري\tBagheri\n", "", "")
    }

    #[test]
    fn a_name_without_its_first_name_is_the_father() {
        let lex = given_names();
        // (part, full name, the part names the father)
        let cases: &[(&str, &str, bool)] = &[
            ("علي عبدالله صالح", "احمد علي عبدالله صالح", true),
            ("علي عبد الله صالح", "احمد علي عبد الله صالح", true),
            ("سلمان بن عبدالعزيز", "محمد بن سلمان بن عبدالعزيز", true),
            ("عبدالعزيز ال سعود", "سلمان بن عبدالعزيز ال سعود", true),
            // Short forms of the same person.
            ("تشاوش اوغلو", "مولود تشاوش اوغلو", false),
            ("محمد باقري", "محمد حسين باقري", false),
            ("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز", false),
            ("باقري", "محمد حسين باقري", false),
            ("بن دغر", "احمد عبيد بن دغر", false),
        ];
        for (part, full, want) in cases {
            let p: Vec<&str> = part.split(' ').collect();
            let f: Vec<&str> = full.split(' ').collect();
            assert_eq!(names_the_father(&p, &f, &lex), *want, "{part} / {full}");
        }
    }

    #[test]
    fn a_son_and_his_father_stay_two_persons() {
        use crate::entity::MentionSource;
        use crate::span::Span;
        let g = Gazetteer::from_tsv("", "", "");
        let text = "جمدت أموال علي عبدالله صالح وابنه أحمد علي عبدالله صالح وقال صالح";
        let at = |w: &str, from: usize| {
            let start = from + text[from..].find(w).unwrap();
            Span::new(start, start + w.len())
        };
        let father = Mention::new(at("علي عبدالله صالح", 0), EntityType::PER, MentionSource::Rule);
        let son = Mention::new(at("أحمد علي عبدالله صالح", 0), EntityType::PER, MentionSource::Rule);
        let alone = Mention::new(at("صالح", text.rfind("وقال").unwrap()), EntityType::PER, MentionSource::Rule);
        let e = resolve(text, &[father, son, alone], &g, &given_names());
        // The lone family name could be either: it stays alone (three entities), and
        // the father never joins the son.
        assert_eq!(e.len(), 3, "{e:?}");
    }

    #[test]
    fn name_parts() {
        assert!(part_of_name(&["باقري"], &["محمد", "حسين", "باقري"]));
        assert!(part_of_name(&["محمد", "باقري"], &["محمد", "حسين", "باقري"]));
        assert!(!part_of_name(&["باقري"], &["علي", "باقري", "كني"]));
        assert!(!part_of_name(&["محمد"], &["محمد", "باقري"]));
    }

    #[test]
    fn a_place_written_with_its_area_joins_the_bare_name() {
        use crate::entity::MentionSource;
        use crate::span::Span;
        let g = Gazetteer::from_tsv(
            "LOC\tتعز\tTaiz\t-\t-\tcity\nLOC\tمحافظة تعز\tTaiz Governorate\t-\t-\tprovince\nLOC\tالكويت\tKuwait\tQ817\t-\tcountry\n",
            "",
            "",
        );
        let place = |text: &str, w: &str, from: usize| {
            let start = from + text[from..].find(w).unwrap();
            let mut m = Mention::new(Span::new(start, start + w.len()), EntityType::LOC, MentionSource::Gazetteer);
            m.entry = g.lookup(&stream_form(w));
            m
        };
        // (text, places as written in order, entities expected)
        let cases: &[(&str, &[&str], usize)] = &[
            ("في محافظة تعز ثم في تعز", &["محافظة تعز", "تعز"], 1),
            ("في تعز ثم في محافظة تعز", &["تعز", "محافظة تعز"], 1),
            ("في إقليم لوغار قرب لوغار", &["إقليم لوغار", "لوغار"], 1),
            ("في محافظة تعز وحدها", &["محافظة تعز"], 1),
            ("في مدينة الكويت وفي الكويت", &["مدينة الكويت", "الكويت"], 2),
            ("في منطقة جازان وفي تعز", &["منطقة جازان", "تعز"], 2),
            // The region and the town of one name, both written: two places.
            ("في إقليم قندز ثم مدينة قندز", &["إقليم قندز", "قندز"], 2),
            ("في إقليم قندز ثم بمدينة قندز", &["إقليم قندز", "مدينة قندز"], 2),
            ("في مدينة عدن وفي عدن", &["مدينة عدن", "عدن"], 1),
        ];
        for (text, words, want) in cases {
            let mut from = 0;
            let ms: Vec<Mention> = words
                .iter()
                .map(|w| {
                    let m = place(text, w, from);
                    from = m.span.end;
                    m
                })
                .collect();
            let e = resolve(text, &ms, &g, &lex());
            assert_eq!(e.len(), *want, "{text}: {e:?}");
        }
    }
}
