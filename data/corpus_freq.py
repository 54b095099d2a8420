#!/usr/bin/env python3
"""How often each gazetteer name matches in real news, with one context each.

    python3 data/corpus_freq.py [N_ZIPS] [TOP] > report.txt

Reads the first N_ZIPS day files of ../shared/data/saudinewsnet (default 3, about
6,000 articles), matches every gazetteer name and variant with a crude longest-match
(one proclitic و/ف then ب/ل/ك stripped, لل -> ال) and prints the TOP most frequent
matches: count, type, surface form, canonical name, kind and a context.

It is the tool that found the common-word collisions listed in the file comments
(العديد "many" for Al Udeid, ماليه "financial" for Malé, قم "stand up" for Qom …):
read the contexts of frequent single-word names and either drop the variant, mark the
entry `*_ambiguous`, or add the fixed phrase to not_names.tsv.
"""
import collections
import glob
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import DATA, norm  # noqa: E402

CORPUS = DATA.parent.parent / "shared" / "data" / "saudinewsnet"
WORD = re.compile(r"[\u0621-\u064A0-9a-z]+")


def load_names():
    names = {}
    for path in sorted((DATA / "gazetteer").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            f = line.split("\t")
            if line.startswith("#") or len(f) != 6:
                continue
            for form in [f[1]] + ([] if f[4] == "-" else f[4].split("|")):
                names[tuple(norm(form).split())] = (f[0], form, f[1], f[5])
    return names


def readings(tok):
    """The token and its forms without one conjunction and one preposition."""
    out = [tok]
    if len(tok) > 3 and tok[0] in "وف":
        out.append(tok[1:])
    for base in list(out):
        if len(base) > 3 and base[0] in "بلك":
            out.append(base[1:])
        if base.startswith("لل") and len(base) > 4:
            out.append("ال" + base[2:])
    return out


def main():
    nzips = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    names = load_names()
    maxlen = max(len(k) for k in names)
    counts = collections.Counter()
    context = {}
    zips = sorted(glob.glob(str(CORPUS / "*.zip")))[:nzips]
    if not zips:
        sys.exit(f"no corpus zips under {CORPUS}: is ../shared there?")
    for zpath in zips:
        with zipfile.ZipFile(zpath) as z:
            for member in z.namelist():
                for article in json.loads(z.read(member)):
                    toks = WORD.findall(norm(article.get("content") or ""))
                    i = 0
                    while i < len(toks):
                        hit = None
                        for n in range(min(maxlen, len(toks) - i), 0, -1):
                            for r in readings(toks[i]):
                                key = (r,) + tuple(toks[i + 1:i + n])
                                if key in names:
                                    hit = (n, key)
                                    break
                            if hit:
                                break
                        if not hit:
                            i += 1
                            continue
                        n, key = hit
                        counts[key] += 1
                        context.setdefault(key, " ".join(toks[max(0, i - 5):i + n + 5]))
                        i += n
    for key, c in counts.most_common(top):
        typ, form, canon, kind = names[key]
        print(c, typ, form, canon, kind, context[key], sep="\t")


if __name__ == "__main__":
    main()
