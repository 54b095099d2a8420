//! Rasd against `wc -w` and a dictionary-lookup tagger on the same files, in one run.
//!
//! cargo run --release --example corpus_bench -- [--jobs N] [--rounds R] FILE...
//!
//! Prints, side by side: `wc -w` over the files (a floor: reading bytes and finding
//! spaces), a baseline tagger (ingest, tokenize, and every token and token pair looked
//! up in the gazetteer: the cheapest tagger worth the name) and Rasd as `rasd analyze
//! --format json --jobs N` runs it (ingest, analysis, corpus tables, JSON written to a
//! sink), each with wall time, CPU time of this process, tokens/s and MB/s.
//!
//! With `--rounds R` (R > 1), `wc -w` and Rasd run R times each, alternately, and each
//! round's ratio is printed, then the ratio of the fastest Rasd to the fastest `wc -w`:
//! on a shared machine the minimum of several runs is the figure least moved by other
//! work, and alternating keeps a slow spell from landing on one side only.

use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

/// The allocator `rasd` (src/bin/rasd.rs) runs with, so that this measures what it does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::Analyzer;

/// CPU time (user + system) of this process so far, or of its finished children,
/// from /proc (Linux, in 10 ms ticks); None elsewhere.
fn proc_cpu(children: bool) -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces):
    // utime, stime, cutime, cstime are the 14th to 17th fields of the line.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split(' ').collect();
    let at = if children { 13 } else { 11 };
    let ticks: u64 = f.get(at)?.parse::<u64>().ok()? + f.get(at + 1)?.parse::<u64>().ok()?;
    // USER_HZ is 100 on every Linux this runs on.
    Some(Duration::from_millis(ticks * 10))
}

fn cpu_time() -> Option<Duration> {
    proc_cpu(false)
}

struct Row {
    name: String,
    wall: Duration,
    cpu: Option<Duration>,
}

/// The environment variable that makes this program one Rasd run in a child process.
const CHILD: &str = "RASD_CORPUS_BENCH_CHILD";

fn main() {
    // What `rasd` does at its start.
    rasd::allocator::keep_freed_memory();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Ok(jobs) = std::env::var(CHILD) {
        child_run(&args, jobs.parse().unwrap_or(1));
        return;
    }
    let mut jobs = 1;
    if let Some(at) = args.iter().position(|a| a == "--jobs" || a == "-j") {
        jobs = args.get(at + 1).and_then(|n| n.parse().ok()).filter(|&n| n >= 1).unwrap_or_else(|| {
            eprintln!("--jobs takes a number of threads");
            std::process::exit(2)
        });
        args.drain(at..at + 2);
    }
    let mut rounds = 1;
    if let Some(at) = args.iter().position(|a| a == "--rounds") {
        rounds = args.get(at + 1).and_then(|n| n.parse().ok()).filter(|&n| n >= 1).unwrap_or_else(|| {
            eprintln!("--rounds takes a number of rounds (1 or more)");
            std::process::exit(2)
        });
        args.drain(at..at + 2);
    }
    if args.is_empty() {
        eprintln!("usage: corpus_bench [--jobs N] [--rounds R] FILE...");
        std::process::exit(2);
    }
    let files = args;
    let bytes: u64 = files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).sum();
    let mb = bytes as f64 / 1e6;

    let (wc_wall, wc_cpu, words) = run_wc(&files);

    let analyzer_t = Instant::now();
    let analyzer = Analyzer::new();
    let analyzer_new = analyzer_t.elapsed();

    // Baseline: a dictionary tagger over the same tokens.
    let c0 = cpu_time();
    let t = Instant::now();
    let g = analyzer.gazetteer();
    let (mut tokens, mut hits, mut articles) = (0usize, 0usize, 0usize);
    for f in &files {
        let b = std::fs::read(f).expect("readable file");
        let Ok(list) = ingest(f, &b) else { continue };
        for a in &list {
            articles += 1;
            let tt = rasd::tokenize::tokenize(&a.text);
            tokens += tt.tokens.len();
            for i in 0..tt.tokens.len() {
                let one = tt.norm(i);
                if g.lookup(one).is_some() {
                    hits += 1;
                }
                if i + 1 < tt.tokens.len() {
                    let two = &tt.stream[tt.tokens[i].norm.start..tt.tokens[i + 1].norm.end];
                    if g.lookup(two).is_some() {
                        hits += 1;
                    }
                }
            }
        }
    }
    let base = Row { name: "dictionary tagger".into(), wall: t.elapsed(), cpu: c0.zip(cpu_time()).map(|(a, b)| b - a) };

    // Rasd, as `rasd analyze --format json --jobs N` does it.
    let (rasd_row, mentions, entities) = run_rasd(&analyzer, &files, jobs);
    // Further rounds, alternating with `wc -w`: (wc wall, rasd wall) per round.
    // Each further Rasd run is a fresh process (this program again, see `child_run`), so
    // that no cache warmed by an earlier round (the tagger's per-thread word-type cache
    // lives as long as its thread) flatters it: every round starts as `rasd analyze` does.
    let mut walls = vec![(wc_wall, rasd_row.wall)];
    for _ in 1..rounds {
        let (w, _, _) = run_wc(&files);
        let r = run_rasd_in_child(&files, jobs);
        walls.push((w, r));
    }

    println!(
        "{} files, {:.1} MB, {} articles, {} tokens, {} words (wc -w); Analyzer::new {:.0} ms (not counted)",
        files.len(),
        mb,
        articles,
        tokens,
        words.map_or("?".to_string(), |w| w.to_string()),
        analyzer_new.as_secs_f64() * 1e3
    );
    println!(
        "{:<20} {:>8} {:>8} {:>12} {:>8} {:>11} {:>10}",
        "", "wall s", "CPU s", "tokens/s", "MB/s", "x wc wall", "x wc CPU"
    );
    let wc_row = Row { name: "wc -w".into(), wall: wc_wall, cpu: wc_cpu };
    let ratio = |a: Option<Duration>, b: Option<Duration>| match (a, b) {
        (Some(a), Some(b)) if !b.is_zero() => format!("{:.1}", a.as_secs_f64() / b.as_secs_f64()),
        _ => "-".to_string(),
    };
    for r in [&wc_row, &base, &rasd_row] {
        let s = r.wall.as_secs_f64();
        println!(
            "{:<20} {:>8.2} {:>8} {:>12.0} {:>8.2} {:>11.1} {:>10}",
            r.name,
            s,
            r.cpu.map_or("-".to_string(), |c| format!("{:.2}", c.as_secs_f64())),
            tokens as f64 / s,
            mb / s,
            s / wc_wall.as_secs_f64(),
            ratio(r.cpu, wc_row.cpu)
        );
    }
    println!(
        "(dictionary tagger: {hits} gazetteer hits; rasd: {mentions} mentions, {} corpus entities; load average {})",
        entities,
        std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|l| l.split(' ').next().map(str::to_string))
            .unwrap_or_else(|| "?".into())
    );
    if rounds > 1 {
        for (i, (w, r)) in walls.iter().enumerate() {
            println!(
                "round {}: wc -w {:.2} s, rasd {:.2} s, {:.1}x",
                i + 1,
                w.as_secs_f64(),
                r.as_secs_f64(),
                r.as_secs_f64() / w.as_secs_f64()
            );
        }
        let wc_min = walls.iter().map(|w| w.0).min().expect("at least one round");
        let rasd_min = walls.iter().map(|w| w.1).min().expect("at least one round");
        println!(
            "fastest of {rounds}: wc -w {:.2} s, rasd {:.2} s, {:.1}x",
            wc_min.as_secs_f64(),
            rasd_min.as_secs_f64(),
            rasd_min.as_secs_f64() / wc_min.as_secs_f64()
        );
    }
}

/// `wc -w` over the files as a child process: wall time, its CPU time (counted once it
/// has been waited for) and the word count it printed.
fn run_wc(files: &[String]) -> (Duration, Option<Duration>, Option<u64>) {
    let c0 = proc_cpu(true);
    let t = Instant::now();
    let wc = Command::new("wc").arg("-w").args(files).output();
    let wall = t.elapsed();
    let cpu = c0.zip(proc_cpu(true)).map(|(a, b)| b - a);
    let words: Option<u64> = wc.ok().filter(|o| o.status.success()).and_then(|o| {
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        out.lines().last().and_then(|l| l.split_whitespace().next()).and_then(|n| n.parse().ok())
    });
    (wall, cpu, words)
}

/// Rasd over the files as `rasd analyze --format json --jobs N` runs it, the JSON written
/// to a sink: its row, the number of mentions and of corpus entities.
fn run_rasd(analyzer: &Analyzer, files: &[String], jobs: usize) -> (Row, usize, usize) {
    let c0 = cpu_time();
    let t = Instant::now();
    // Files read `jobs` at a time, each article's part of the report written as it is
    // added and the article settled, then the rest of the report: as `rasd analyze` does.
    let read = |chunk: &[String]| {
        rasd::jobs::in_order(chunk.len(), jobs, 1, |i| {
            let b = std::fs::read(&chunk[i]).expect("readable file");
            ingest(&chunk[i], &b).unwrap_or_default()
        })
    };
    let mut corpus = Corpus::new();
    let mut sink = std::io::BufWriter::new(std::io::sink());
    let mut report = rasd::aggregate::ReportWriter::new(&mut sink);
    let mut mentions = 0;
    for list in files.chunks(jobs).flat_map(read) {
        for doc in analyzer.analyze_all(list, jobs) {
            mentions += doc.mentions.len();
            report.add(&mut corpus, doc);
        }
    }
    let (written, rest) = report.finish(&mut corpus);
    written.expect("serializable");
    // Left to the system, as `rasd analyze` leaves it at exit.
    std::mem::forget(rest);
    sink.flush().expect("a sink takes anything");
    let row =
        Row { name: format!("rasd --jobs {jobs}"), wall: t.elapsed(), cpu: c0.zip(cpu_time()).map(|(a, b)| b - a) };
    (row, mentions, corpus.entities().len())
}

/// One Rasd run over the files in this process (started by `run_rasd_in_child`): prints
/// its wall time in seconds, the analyzer's set-up not counted, as `run_rasd` measures it.
fn child_run(files: &[String], jobs: usize) {
    let analyzer = Analyzer::new();
    let (row, _, _) = run_rasd(&analyzer, files, jobs);
    println!("{}", row.wall.as_secs_f64());
}

/// Rasd's wall time over the files, in a fresh process running this program again.
fn run_rasd_in_child(files: &[String], jobs: usize) -> Duration {
    let exe = std::env::current_exe().expect("the running program's path");
    let out = Command::new(exe).env(CHILD, jobs.to_string()).args(files).output().expect("a child run");
    let text = String::from_utf8_lossy(&out.stdout);
    let secs: f64 = text.trim().parse().unwrap_or_else(|_| {
        eprintln!("a child run printed no time: {}", String::from_utf8_lossy(&out.stderr));
        std::process::exit(1)
    });
    Duration::from_secs_f64(secs)
}
