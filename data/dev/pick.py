#!/usr/bin/env python3
"""Candidates for a new dev split, in the order a split's seed shuffles them.

Usage: python3 data/dev/pick.py SEED [SNN_DIR [SPLITS]]   (SNN_DIR: the unzipped day
files, default /work/snn; SPLITS: the splits already taken, comma-separated, default all
of data/dev). Prints source, day, index and title, one candidate a line.

The filter of data/dev/README: articles of 700-2,200 characters whose content holds the
defence and diplomacy keywords at least four times in total; left out: the articles
already in data/dev and any with the same title as one of them. The rest, in day-file
order, are shuffled with random.seed(SEED). The split then takes, by hand, the first
article of each newspaper that is news on defence, diplomacy or security (README says
what was skipped and why). `pick.py 2026115 /work/snn tune,devtest,devtest2,devtest3,devtest4`
lists devtest5's picks first (965 candidates); `pick.py 2026116 /work/snn
tune,devtest,devtest2,devtest3,devtest4,devtest5` devtest6's (952).
"""
import glob, json, os, random, sys

KEYWORDS = ["وزير الدفاع", "وزير الخارجية", "مناورات", "تمرين", "الحوثي", "التحالف", "داعش", "قوات",
            "زيارة رسمية", "المبعوث", "مجلس الأمن", "الجيش"]
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    seed = int(sys.argv[1])
    snn = sys.argv[2] if len(sys.argv) > 2 else "/work/snn"
    splits = sys.argv[3].split(",") if len(sys.argv) > 3 else ["*"]
    taken, titles = set(), set()
    for path in [p for s in splits for p in glob.glob(os.path.join(HERE, s, "*.txt"))]:
        _, source, day, index = os.path.basename(path)[:-4].split("_")
        taken.add((source, day, int(index)))
        with open(path, encoding="utf-8") as f:
            titles.add(f.readline().strip())
    rest = []
    for path in sorted(glob.glob(os.path.join(snn, "*.json"))):
        day = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            articles = json.load(f)
        for i, a in enumerate(articles):
            content = a.get("content") or ""
            title = (a.get("title") or "").strip()
            if not 700 <= len(content) <= 2200 or sum(content.count(k) for k in KEYWORDS) < 4:
                continue
            if (a["source"], day, i) in taken or title in titles:
                continue
            rest.append((a["source"], day, i, title))
    random.seed(seed)
    random.shuffle(rest)
    print(f"{len(rest)} candidates", file=sys.stderr)
    for row in rest:
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
