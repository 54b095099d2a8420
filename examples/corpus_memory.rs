//! Where a corpus's memory goes: live heap bytes (a counting allocator) after adding
//! the files, then what each part of it holds, measured by dropping it.
//!
//! cargo run --release --example corpus_memory -- FILE...
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::Analyzer;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(p, layout)
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mib(n: usize) -> String {
    format!("{:.1} MiB", n as f64 / 1048576.0)
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let analyzer = Analyzer::new();
    let base = LIVE.load(Ordering::Relaxed);
    let mut corpus = Corpus::new();
    let mut input = 0;
    for f in &files {
        let bytes = std::fs::read(f).expect("readable file");
        input += bytes.len();
        for a in ingest(f, &bytes).expect("a file Rasd reads") {
            corpus.add(analyzer.analyze_owned(a));
        }
    }
    let live = LIVE.load(Ordering::Relaxed) - base;
    println!(
        "{} files, {} in, {} articles: corpus {} live (peak {} over the analyzer)",
        files.len(),
        mib(input),
        corpus.documents.len(),
        mib(live),
        mib(PEAK.load(Ordering::Relaxed) - base)
    );
    let before = LIVE.load(Ordering::Relaxed);
    let n = corpus.entities().len();
    println!("table ({n} rows): {}", mib(LIVE.load(Ordering::Relaxed) - before));
    let text: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    println!("article text: {}", mib(text));
    let mut step = |name: &str, f: &mut dyn FnMut(&mut Corpus)| {
        let before = LIVE.load(Ordering::Relaxed);
        f(&mut corpus);
        println!("{name}: {}", mib(before - LIVE.load(Ordering::Relaxed)));
    };
    step("relations.events", &mut |c| {
        c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.relations.events)))
    });
    step("relations.cooccurrences", &mut |c| {
        c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.relations.cooccurrences)))
    });
    step("relations.pair_sentences", &mut |c| {
        c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.relations.pair_sentences)))
    });
    step("relations.dated_mentions", &mut |c| {
        c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.relations.dated_mentions)))
    });
    step("relations.summary", &mut |c| {
        c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.relations.summary)))
    });
    step("mentions", &mut |c| c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.mentions))));
    step("entities", &mut |c| c.documents.iter_mut().for_each(|d| drop(std::mem::take(&mut d.entities))));
    step("corpus relations (the graph's edges)", &mut |c| drop(std::mem::take(&mut c.relations)));
    step("documents (text, names)", &mut |c| drop(std::mem::take(&mut c.documents)));
    println!("left (rows, keys, table): {}", mib(LIVE.load(Ordering::Relaxed) - base));
}
