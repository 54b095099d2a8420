#!/usr/bin/env bash
# Fuzz each target for SECONDS (default 60) after writing its seed corpus.
#
#   fuzz/run.sh [SECONDS] [TARGET...]      e.g. fuzz/run.sh 600 ingest analyze
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and runs it on the stable compiler
# with RUSTC_BOOTSTRAP=1. One target at a time, one fuzzing process: the machine
# is shared. Seeds are generated here, not committed: the five seed articles,
# a SaudiNewsNet-style JSON array, small HTML pages with scripts, UTF-16 and
# windows-1256 text. libFuzzer's final statistics (executions, corpus size) are
# appended to fuzz/stats.log. FUZZ_NO_BUILD=1 runs the targets as last built. A crash leaves its input in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ingest analyze)
seeds=../../shared/corpus/seeds

# One ingest seed: NAME_INDEX (the first byte picks the file name, see
# fuzz_targets/ingest.rs: 0 .txt 1 .html 2 .htm 3 .md 4 .json 5 none 6 .png 7 .jsonl)
# followed by the file's bytes on stdin.
ingest_seed() {
    local out=corpus/ingest/$2
    { printf "\\x$(printf %02x "$1")"; cat; } > "$out"
}

make_seeds() {
    mkdir -p corpus/ingest corpus/analyze
    if [ -d "$seeds" ]; then
        for f in "$seeds"/*.txt; do
            b=$(basename "$f" .txt)
            ingest_seed 0 "seed_$b.txt" < "$f"
            cp "$f" "corpus/analyze/seed_$b.txt"
        done
    fi
    ingest_seed 4 saudinewsnet.json <<'JSON'
[{"source": "aawsat", "url": "http://aawsat.com/home/article/1", "date_extracted": "2015-07-23 19:28:17",
  "title": "إيران والسعودية", "author": "", "content": "أعلنت إيران اليوم أن وزير الخارجية زار الرياض.\nوقال إن التعاون سيستمر."},
 {"source": "okaz", "url": "http://okaz.com.sa/2", "date_extracted": "2015-07-24", "title": "", "author": "", "content": "   "}]
JSON
    ingest_seed 7 lines.jsonl <<'JSON'
{"title": "خبر", "content": "زار محمد بن سلمان القاهرة في 3 مارس 2024.", "date": "2024-03-03"}
{"title": "خبر ثان", "text": "دفعت الحكومة 60 مليون دولار."}
JSON
    ingest_seed 1 script.html <<'HTML'
<!doctype html><html><head><meta charset="utf-8"><title>خبر عاجل</title>
<script>alert("طهران")</script><style>p{}</style></head>
<body onload="x()"><nav>الرئيسية | أخبار</nav><article><h1>زيارة</h1>
<p onclick="alert('موسكو')">أعلنت <b>إيران</b> اليوم أن وزير الخارجية زار الرياض&nbsp;&amp; جدة.</p>
<a href="javascript:alert(1)">اضغط</a><!-- تعليق --><p>وقال اللواء محمد حسين باقري إن التعاون سيستمر.</p></article>
<footer>اترك تعليقاً</footer><script>never closed
HTML
    ingest_seed 3 note.md <<'MD'
---
title: مذكرة
date: 2024-01-05
---
# عنوان الخبر

زار **وزير الخارجية** [طهران](https://example.com) في ١٥ يناير ٢٠٢٤.

- بند أول
> اقتباس عن السعودية
MD
    printf 'أعلنت إيران اليوم أن وزير الخارجية زار الرياض.\n' | iconv -f UTF-8 -t UTF-16LE | ingest_seed 5 utf16le_nobom
    printf '\xfe\xff' | cat - <(printf 'زار الرئيس القاهرة.\n' | iconv -f UTF-8 -t UTF-16BE) | ingest_seed 0 utf16be_bom.txt
    printf 'أعلنت إيران اليوم أن وزير الخارجية زار الرياض.\n' | iconv -f UTF-8 -t WINDOWS-1256 | ingest_seed 0 cp1256.txt
    printf '<meta charset="windows-1256"><p>%s</p>' "$(printf 'مرحبا بالعالم' | iconv -f UTF-8 -t WINDOWS-1256)" | ingest_seed 2 cp1256.htm
    printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' | ingest_seed 6 png.png
    printf 'PK\x03\x04\x14\x00\x06\x00word/document.xml' | ingest_seed 5 docx
    # analyze: short texts with the shapes the rules look for.
    printf 'قال الرئيس الأمريكي دونالد ترامب في واشنطن يوم 21 يناير 2025 إن الولايات المتحدة ستدفع 60 مليون دولار.' > corpus/analyze/rules.txt
    printf 'وللولايات المتحدة والبالإيراني ١٢٣٫٥ كم٢ \u202bإيران\u202c 🇮🇷 ـــ ٱلْقَاهِرَةُ ک ی' > corpus/analyze/odd.txt
}

make_seeds
: > stats.log.tmp
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    echo "== $t: ${seconds}s, $(ls "corpus/$t" | wc -l) files in the corpus before" | tee -a stats.log.tmp
    # -max_len: 16 KB is large enough for the seed articles (~14 KB); FUZZ_MAX_LEN
    # lowers it for many more executions per second. -timeout: a hang is a bug.
    # FUZZ_SANITIZER=none builds without AddressSanitizer: safe Rust gains little
    # from it and runs several times more inputs per second.
    [ -n "${FUZZ_NO_BUILD:-}" ] || RUSTC_BOOTSTRAP=1 cargo fuzz build -O -s "${FUZZ_SANITIZER:-address}" "$t"
    "${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release/$t" "corpus/$t" \
        -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -print_final_stats=1 2>&1 | tee "fuzz-$t.log" | grep -E 'stat::|Done|ERROR|panicked|SUMMARY' | tee -a stats.log.tmp || echo "   $t exited with an error: see fuzz/fuzz-$t.log and fuzz/artifacts/$t/" | tee -a stats.log.tmp
    echo "   corpus after: $(ls "corpus/$t" | wc -l) files, $(du -sh "corpus/$t" | cut -f1)" | tee -a stats.log.tmp
done
{ date -u; cat stats.log.tmp; } >> stats.log
rm -f stats.log.tmp
