#!/usr/bin/env python3
"""Sanity checker for the hand-curated data in data/.

Run from anywhere:  python3 data/check.py
Exit status 0 when every file is clean, 1 when an error was found.
Warnings (redundant variants) do not fail the run.

It mirrors the matching normalization of src/normalize.rs so that "duplicate"
means "the matcher could not tell these apart".
"""
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent
TYPES = {"LOC", "ORG", "PER", "EVENT", "MISC"}
QID = re.compile(r"^(Q[1-9][0-9]*|-)$")
LATIN = re.compile(r"[A-Za-z]")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
# Arabic fields that are allowed to hold Latin letters (brand names written in Latin).
LATIN_OK = set()

errors = 0
warnings = 0


def err(path, lineno, msg):
    global errors
    errors += 1
    print(f"ERROR {path.relative_to(DATA.parent)}:{lineno}: {msg}")


def warn(path, lineno, msg):
    global warnings
    warnings += 1
    print(f"warn  {path.relative_to(DATA.parent)}:{lineno}: {msg}")


def norm(s):
    """The matching form, as in src/normalize.rs."""
    out = []
    for c in s:
        o = ord(c)
        if 0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A or 0x06D6 <= o <= 0x06ED:
            continue
        if c in "\u0640\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u061c" or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069:
            continue
        c = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
             "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
             "ة": "ه", "ۀ": "ه", "ە": "ه", "ؤ": "و", "ئ": "ي",
             "ک": "ك", "گ": "ك", "ڪ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف"}.get(c, c)
        out.append(c.lower())
    return re.sub(r"\s+", " ", "".join(out)).strip()


def rows(path, ncols):
    """Yields (lineno, fields) of the data lines of a TSV file."""
    if not path.exists():
        err(path, 0, "file is missing")
        return
    text = path.read_text(encoding="utf-8")
    if text.startswith("\ufeff"):
        err(path, 1, "byte order mark at start of file")
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line != line.rstrip() and line.rstrip("\r") != line:
            err(path, lineno, "carriage return (use LF line ends)")
        fields = line.split("\t")
        if len(fields) != ncols:
            err(path, lineno, f"{len(fields)} columns, want {ncols}: {line!r}")
            continue
        bad = False
        for f in fields:
            if f == "" or f != f.strip():
                err(path, lineno, f"empty field or stray white space in {line!r} (use '-' for empty)")
                bad = True
                break
            if "  " in f:
                err(path, lineno, f"double space in {f!r}")
        if not bad:
            yield lineno, fields


LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 .&'+-]*$")


def check_arabic(path, lineno, s, what):
    if s == "-":
        return
    if what == "variant" and LATIN_NAME.match(s):
        # A name wholly in Latin letters, as Arabic articles print it (NATO, IDEAS,
        # Al-Monitor): intended. Mixed Arabic and Latin is not.
        return
    if s not in LATIN_OK and LATIN.search(s):
        err(path, lineno, f"{what} {s!r} contains Latin letters")
    if not ARABIC_LETTER.search(s):
        err(path, lineno, f"{what} {s!r} has no Arabic letter")
    if unicodedata.normalize("NFC", s) != s:
        err(path, lineno, f"{what} {s!r} is not in NFC")


def check_gazetteer():
    # (type, matching form) -> (path, lineno, canonical) of the entry that owns it
    owner = {}
    canon_seen = {}
    entries = []
    for path in sorted((DATA / "gazetteer").glob("*.tsv")):
        for lineno, (typ, ar, en, qid, variants, kind) in rows(path, 6):
            if typ not in TYPES:
                err(path, lineno, f"type {typ!r} not one of {sorted(TYPES)}")
            if not QID.match(qid):
                err(path, lineno, f"wikidata {qid!r} is not Q<digits> or '-'")
            if LATIN.search(ar) or not ARABIC_LETTER.search(ar):
                err(path, lineno, f"arabic name {ar!r} must be Arabic script")
            check_arabic(path, lineno, ar, "arabic name")
            if ARABIC_LETTER.search(en):
                err(path, lineno, f"english name {en!r} contains Arabic letters")
            if not re.match(r"^[a-z_]+$", kind):
                err(path, lineno, f"kind {kind!r} should be lower_snake_case")
            names = [ar]
            if variants != "-":
                vs = variants.split("|")
                for v in vs:
                    if v != v.strip() or not v:
                        err(path, lineno, f"empty or padded variant in {variants!r}")
                        continue
                    check_arabic(path, lineno, v, "variant")
                    names.append(v)
            key = (typ, norm(ar))
            if key in canon_seen:
                p, l = canon_seen[key]
                err(path, lineno, f"canonical {ar!r} ({typ}) already at {p.name}:{l}")
            canon_seen[key] = (path, lineno)
            seen_here = set()
            for n in names:
                k = (typ, norm(n))
                if k in seen_here:
                    if n != ar:
                        warn(path, lineno, f"variant {n!r} is the same as another name of this entry after normalization")
                    continue
                seen_here.add(k)
                if k in owner and owner[k][2] != ar:
                    p, l, c = owner[k]
                    err(path, lineno, f"{n!r} ({typ}) also claimed by {c!r} at {p.name}:{l}")
                else:
                    owner[k] = (path, lineno, ar)
            entries.append((path, lineno, typ, names))
    # Proclitic-glued forms: a name that is و/ف/ب/ل/ك + another name of the same entry,
    # or لل + the ال-less rest of one.
    for path, lineno, typ, names in entries:
        forms = {norm(n) for n in names}
        for n in names:
            m = norm(n)
            if len(m) > 3 and m[0] in "وفبلك" and m[1:] in forms:
                err(path, lineno, f"{n!r} looks like a proclitic form of {m[1:]!r}: matching handles و ف ب ل ك")
            if m.startswith("لل") and ("ا" + m[1:]) in forms:
                err(path, lineno, f"{n!r} looks like لل + a name of this entry")
    return len(entries)


def gazetteer_english():
    names = set()
    for path in (DATA / "gazetteer").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            if not line.startswith("#") and len(f) == 6 and f[0] == "LOC":
                names.add((f[2], f[3]))
    return names


def check_demonyms():
    path = DATA / "demonyms.tsv"
    known = gazetteer_english()
    known_names = {n for n, _ in known}
    seen = {}
    n = 0
    for lineno, (adj, country, qid) in rows(path, 3):
        n += 1
        check_arabic(path, lineno, adj, "adjective")
        if not QID.match(qid):
            err(path, lineno, f"wikidata {qid!r} is not Q<digits> or '-'")
        if country not in known_names:
            err(path, lineno, f"country {country!r} is not the English name of a LOC gazetteer entry")
        elif qid != "-" and (country, qid) not in known:
            err(path, lineno, f"wikidata {qid} differs from the gazetteer entry for {country!r}")
        if adj.startswith("ال"):
            err(path, lineno, f"adjective {adj!r} should be written without ال")
        k = norm(adj)
        if k in seen and seen[k] != country:
            err(path, lineno, f"{adj!r} already maps to {seen[k]!r}")
        elif k in seen:
            warn(path, lineno, f"{adj!r} duplicated")
        seen[k] = country
    return n


def check_two_col(path, ncols, origins=None):
    seen = {}
    n = 0
    for lineno, fields in rows(path, ncols):
        n += 1
        ar, en = fields[0], fields[1]
        check_arabic(path, lineno, ar, "arabic")
        if ARABIC_LETTER.search(en):
            err(path, lineno, f"romanization {en!r} contains Arabic letters")
        if origins is not None and fields[2] not in origins:
            err(path, lineno, f"origin {fields[2]!r} not one of {sorted(origins)}")
        k = norm(ar)
        if k in seen:
            err(path, lineno, f"{ar!r} already at line {seen[k]}")
        seen[k] = lineno
    return n


def fix_redundant():
    """Rewrites gazetteer files without variants that normalize like another name."""
    for path in sorted((DATA / "gazetteer").glob("*.tsv")):
        out = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            if line.startswith("#") or len(f) != 6 or f[4] == "-":
                out.append(line)
                continue
            seen = {norm(f[1])}
            keep = []
            for v in f[4].split("|"):
                if norm(v) not in seen:
                    seen.add(norm(v))
                    keep.append(v)
            f[4] = "|".join(keep) or "-"
            out.append("\t".join(f))
        path.write_text("\n".join(out), encoding="utf-8")


def check_not_names():
    path = DATA / "not_names.tsv"
    known = set()
    for gpath in (DATA / "gazetteer").glob("*.tsv"):
        for line in gpath.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            if not line.startswith("#") and len(f) == 6:
                known.add(norm(f[1]))
                if f[4] != "-":
                    known.update(norm(v) for v in f[4].split("|"))
    n = 0
    seen = set()
    for lineno, (phrase, inside, _note) in rows(path, 3):
        n += 1
        check_arabic(path, lineno, phrase, "phrase")
        if norm(inside) not in known:
            err(path, lineno, f"{inside!r} is not a gazetteer name")
        ins, phr = norm(inside), f" {norm(phrase)} "
        bare = ins[2:] if ins.startswith("ال") else ins
        # The name may stand in the phrase with or without the article (نصف القطر).
        if not any(f" {x} " in phr for x in (ins, bare, "ال" + bare)):
            err(path, lineno, f"{inside!r} is not a word sequence inside {phrase!r}")
        if norm(phrase) in known:
            err(path, lineno, f"{phrase!r} is itself a gazetteer name")
        if norm(phrase) in seen:
            err(path, lineno, f"{phrase!r} duplicated")
        seen.add(norm(phrase))
    return n


def check_context_names():
    """data/context_names.tsv: every English name must be a gazetteer entry's (the
    target a country's or a listed person's)."""
    path = DATA / "context_names.tsv"
    english = set()
    for gpath in (DATA / "gazetteer").glob("*.tsv"):
        for line in gpath.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            if not line.startswith("#") and len(f) == 6:
                english.add(f[2])
    countries = {n for n, _ in gazetteer_english()}
    persons = set()
    for gpath in (DATA / "gazetteer").glob("*.tsv"):
        for line in gpath.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            # A listed person or organisation may be the "country" too (the file's header says when).
            if not line.startswith("#") and len(f) == 6 and f[0] in ("PER", "ORG"):
                persons.add(f[2])
    n = 0
    for lineno, (form, country, evidence, rivals) in rows(path, 4):
        n += 1
        check_arabic(path, lineno, form, "form")
        if country not in countries and country not in persons:
            err(path, lineno, f"country {country!r} is not the English name of a LOC, PER or ORG gazetteer entry")
        for name in evidence.split("|") + ([] if rivals == "-" else rivals.split("|")):
            if name not in english:
                err(path, lineno, f"{name!r} is not the English name of a gazetteer entry")
    return n


def main():
    if "--fix-redundant" in sys.argv:
        fix_redundant()
    counts = {}
    counts["gazetteer entries"] = check_gazetteer()
    counts["demonyms"] = check_demonyms()
    counts["given names"] = check_two_col(
        DATA / "names" / "given.tsv", 3,
        {"ar", "fa", "ku", "tr", "ur", "hi", "ps", "tg", "uz", "kk", "az", "ru", "uk", "en", "fr", "de", "it", "es", "he", "zh", "ko", "ja", "other"})
    counts["name parts"] = check_two_col(DATA / "names" / "parts.tsv", 2)
    counts["not-names phrases"] = check_not_names()
    counts["titles"] = check_two_col(DATA / "titles.tsv", 3, {"rank", "honorific", "position"})
    counts["context names"] = check_context_names()
    for k, v in counts.items():
        print(f"{k}: {v}")
    print(f"{errors} errors, {warnings} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
