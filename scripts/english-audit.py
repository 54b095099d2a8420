#!/usr/bin/env python3
"""English names of entities not in the gazetteer, classified by what makes them unreadable.

Usage: scripts/english-audit.py REPORT.json [--list TYPE:CLASS]
where REPORT.json is `rasd analyze --format json ...` output. Counts distinct
(type, Arabic name) pairs among the articles' entities that have no Wikidata id
(found by rules or the tagger, English made by the resolver), and classifies each English
name (a name may fall in several classes):

  romanised-word   an Arabic common word of data/english_words.tsv (ministry, council,
                   interior, Saudi ...) romanised letter by letter instead of translated
  lower-case       a romanised word starting with an apostrophe or a small letter ('abdalla,
                   al-'arabi), particles (al-, bin, of, de) aside
  unvowelled       a romanised word (not an English word of the gazetteer or the table,
                   not Latin written in the article) with a consonant cluster no English spelling has:
                   two consonants at its start (Wzra'), three in a row (Majls), or no vowel
and, over all persons, their distinct title/role pairs: an epithet shown as a title
apart from the role ("Deposed — President"), a role ending in a preposition
("Spokesperson for"), a role with السابق left unread; and the timeline groups whose
year is 1300-1499 (a bare Hijri year read as Gregorian).
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")


def norm(w):
    w = HARAKAT.sub("", w)
    for a in "أإآٱ":
        w = w.replace(a, "ا")
    return w.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")


def stems(w):
    w = norm(w)
    out = {w}
    for p in ("و", "ف", "ب", "ل", "ك"):
        if w.startswith(p) and len(w) > 3:
            out.add(w[1:])
    for x in list(out):
        if x.startswith("لل"):
            out.add("ال" + x[2:])
        if x.startswith("ال") and len(x) > 3:
            out.add(x[2:])
    return out


def common_words(root):
    words = set()
    p = root / "data" / "english_words.tsv"
    # The word list this audit checks against: the table when it exists, plus the
    # words the issue names, so the 'before' run counts the same words.
    seed = "وزارة مجلس هيئة الداخلية الخارجية الدفاع الوزراء قوات القوات جيش الجيش حزب جبهة لواء"
    for w in seed.split():
        words |= stems(w)
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) >= 2 and " " not in f[0].strip():
                words |= stems(f[0].strip())
    return {w for w in words if len(w) > 2}


CONS = "bcdfghjklmnpqrstvwxz"


def unvowelled(word):
    w = word.lower()
    if w.startswith("al-"):
        w = w[3:]
    w = re.sub(r"[^a-z]", "", w)
    if len(w) < 2:
        return False
    for d in ("sh", "kh", "th", "dh", "gh"):
        w = w.replace(d, "K")
    cons = set(CONS) | {"K"}
    if not any(c in "aeiouy" for c in w):
        return True
    if w[0] in cons and w[1] in cons and w[1] != "y" and w[0] != "K":
        return True
    return re.search(r"[bcdfghjklmnpqrstvwxzK]{3}", w) is not None


PARTICLES = {"al", "bin", "bint", "ibn", "of", "and", "for", "the", "in", "on", "at", "to", "de", "du", "da",
             "di", "del", "der", "van", "von", "la", "le", "el", "y", "e", "al-"}


def lower_case(word):
    """A romanised word that starts with an apostrophe or a small letter ('abdalla,
    al-'arabi), particles (al-, bin, of, de) aside."""
    w = word[3:] if word.startswith("al-") else word
    if not w or w.lower() in PARTICLES or not any(c.isalpha() for c in w):
        return False
    return w[0] == "'" or w[0].islower()


def latin_vocabulary(root):
    """English words of the gazetteer and the word table: not romanisations."""
    vocab = set()
    files = list((root / "data" / "gazetteer").glob("*.tsv")) + [root / "data" / "english_words.tsv", root / "data" / "titles.tsv"]
    for p in files:
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for field in line.split("\t"):
                if field.isascii():
                    vocab.update(w.lower().strip(".,()'") for w in field.split())
    return vocab


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    want = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--list" else None
    root = Path(__file__).resolve().parent.parent
    common = common_words(root)
    vocab = latin_vocabulary(root)
    seen = {}
    for d in report["documents"]:
        for e in d["entities"]:
            if e.get("wikidata") or e["type"] not in ("PER", "LOC", "ORG", "EVENT"):
                continue
            seen.setdefault((e["type"], e["canonical"]), e)
    classes = defaultdict(Counter)
    totals = Counter()
    listing = []
    for (t, ar), e in sorted(seen.items()):
        totals[t] += 1
        en = e.get("english") or ""
        found = set()
        en_words = en.split()
        # Words that came out letter by letter: not in the Latin words of the table.
        for w in ar.split():
            if stems(w) & common:
                if letterwise(w, en):
                    found.add("romanised-word")
        # Words of the gazetteer's or the table's English, and Latin written in the
        # article itself, are not romanisations.
        latin = set(w.lower() for w in ar.split() if w.isascii())
        if any(unvowelled(w) and w.lower().strip(".,()'") not in vocab and w.lower() not in latin for w in en_words):
            found.add("unvowelled")
        if any(lower_case(w) and w.lower().strip(".,()'") not in vocab and w.lower() not in latin for w in en_words):
            found.add("lower-case")
        if not found:
            found.add("readable")
        for c in found:
            classes[t][c] += 1
            if want == f"{t}:{c}":
                listing.append(f"{ar}\t{en}")
    hijri = 0
    for g in report.get("timeline", []):
        y = str(g.get("year", ""))
        if y.isdigit() and 1300 <= int(y) <= 1499:
            hijri += 1
    names = ["readable", "romanised-word", "unvowelled", "lower-case"]
    print("type   names  " + "  ".join(f"{n:>14}" for n in names))
    for t in ("PER", "LOC", "ORG", "EVENT"):
        print(f"{t:<6} {totals[t]:>5}  " + "  ".join(f"{classes[t][n]:>14}" for n in names))
    print(f"timeline groups with a year 1300-1499: {hijri}")
    # Roles of all persons (listed or not): distinct (title, role) pairs.
    roles = Counter()
    pairs = set()
    for d in report["documents"]:
        for e in d["entities"]:
            if e["type"] == "PER" and (e.get("title") or e.get("role")):
                pairs.add((e.get("title"), e.get("role"), e.get("title_english"), e.get("role_english")))
    for t, r, te, re_ in pairs:
        roles["pairs"] += 1
        if te and re_ and t and norm(t).endswith("مخلوع"):
            roles["epithet shown as a title"] += 1
        if re_ and any(p.rstrip().endswith((" for", " of", " to")) for p in re_.split(",")):
            roles["dangling preposition"] += 1
        if r and re_ is None and re.search("(^| )(ال)?(سابق|سابقه|اسبق)( |$)", norm(r)):
            roles["former ... unread"] += 1
        if r and re_ is None:
            roles["role with no English"] += 1
    print("roles (distinct title/role pairs of persons): " + ", ".join(f"{k} {v}" for k, v in sorted(roles.items())))
    for l in listing:
        print(l)


def letterwise(arabic_word, english):
    """True when the English holds the letter-by-letter form of this Arabic word."""
    n = norm(arabic_word)
    if n.startswith("ال"):
        n = n[2:]
    if n.endswith("ه"):
        n = n[:-1]
    skeleton = "".join(MAP.get(c, "") for c in n)
    if len(skeleton) < 2:
        return False
    for w in english.split():
        lw = w.lower()
        if lw.startswith("al-"):
            lw = lw[3:]
        if "".join(c for c in lw if c in CONS and c not in "wy") == skeleton:
            return True
    return False


MAP = {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
       "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
       "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "", "و": "", "ي": "", "ا": ""}

if __name__ == "__main__":
    main()
