//! `rasd`: the command line. Same core as the page.
//!
//! ```text
//! rasd analyze [--format json|csv|table] [--jobs N] PATH...   entity tables of files and folders
//! rasd tag < tokens.txt                            ANERcorp-style BIO tags, one token a line
//! ```

// Native only: `--jobs` runs threads and the browser has its own front end (www/).
// On wasm32 (`cargo check --target wasm32-unknown-unknown --tests`) this binary is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The analysis allocates and frees many small strings and vectors: mimalloc serves them
/// faster than the system's malloc (docs/MEASUREMENTS.md, "Native speed", has the measurement).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use rasd::aggregate::{Corpus, ReportWriter};
use rasd::ingest::{ingest, MAX_FILE_BYTES};
use rasd::{Analyzer, EntityType};

const USAGE: &str = "\
rasd — entity tables from Arabic news (رصد)

usage:
  rasd analyze [--format json|csv|table] [--jobs N] PATH...
      Analyse files (.txt .md .html .htm .json) and folders (recursively).
      JSON (the default) lists each document's entities and the corpus-wide ones.
      --jobs N analyses on N threads (default: the cores available); the output
      is the same for any N.
  rasd tag [--tagger-only | --no-tagger]
      Read one token per line on stdin (a blank line between sentences) and write
      `token TAG` per line, tags B-/I- PERS|LOC|ORG|MISC or O. By default the trained
      tagger's names and the gazetteer's and rules' are merged; the options keep one side.
  rasd help
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Table,
}

fn main() -> ExitCode {
    rasd::allocator::keep_freed_memory();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("tag") => tag(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("rasd: unknown command {other:?}; try `rasd analyze FILE...` or `rasd help`");
            ExitCode::from(2)
        }
        None => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Files under `path`, recursively, in name order (so output is reproducible).
/// Inside a folder, only regular files are read (a named pipe would block forever, a
/// device never end) and links to folders are not followed (a link to `..` would list
/// every file again and again); a path named on the command line is read whatever it is.
fn collect(path: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    collect_in(path, true, out, errors)
}

fn collect_in(path: &Path, named: bool, out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            if !named && std::fs::symlink_metadata(path).is_ok_and(|l| l.file_type().is_symlink()) {
                errors.push(format!(
                    "{}: a link to a folder, not followed; name the folder itself to analyse it",
                    path.display()
                ));
                return;
            }
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(d) => d.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => {
                    errors.push(format!("{}: cannot read this folder ({e})", path.display()));
                    return;
                }
            };
            entries.sort();
            for e in entries {
                let hidden = e.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
                if !hidden {
                    collect_in(&e, false, out, errors);
                }
            }
        }
        Ok(m) if named || m.is_file() => out.push(path.to_path_buf()),
        Ok(_) => errors.push(format!("{}: not a regular file (a pipe, socket or device), skipped", path.display())),
        Err(e) => errors.push(format!("{}: cannot open ({e}); check the path", path.display())),
    }
}

/// The file's bytes, at most one more than ingest accepts: a device or a file growing
/// while it is read cannot fill the memory. Room for the size the file says it has is
/// taken at once: grown by doubling from empty, the vector copied each file's bytes
/// about once more and faulted in fresh pages at every step.
fn read_bounded(path: &Path) -> io::Result<Vec<u8>> {
    let limit = MAX_FILE_BYTES as u64 + 1;
    let file = std::fs::File::open(path)?;
    let size = file.metadata().map_or(0, |m| m.len()).min(limit);
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn analyze(args: &[String]) -> ExitCode {
    let mut format = Format::Json;
    // As many threads as the system lets this process run at once (cores, less any
    // affinity or cgroup limit): the output is the same for any number.
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get().min(256));
    let mut paths = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" | "-f" => {
                i += 1;
                format = match args.get(i).map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("csv") => Format::Csv,
                    Some("table") => Format::Table,
                    other => {
                        eprintln!("rasd: --format takes json, csv or table (got {other:?})");
                        return ExitCode::from(2);
                    }
                };
            }
            s if s.starts_with("--format=") => {
                format = match &s["--format=".len()..] {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    "table" => Format::Table,
                    other => {
                        eprintln!("rasd: --format takes json, csv or table (got {other:?})");
                        return ExitCode::from(2);
                    }
                };
            }
            "--jobs" | "-j" => {
                i += 1;
                match parse_jobs(args.get(i).map(String::as_str)) {
                    Ok(n) => jobs = n,
                    Err(code) => return code,
                }
            }
            s if s.starts_with("--jobs=") => match parse_jobs(Some(&s["--jobs=".len()..])) {
                Ok(n) => jobs = n,
                Err(code) => return code,
            },
            s if s.starts_with("--") => {
                eprintln!("rasd: unknown option {s}; see `rasd help`");
                return ExitCode::from(2);
            }
            _ => paths.push(PathBuf::from(&args[i])),
        }
        i += 1;
    }
    if paths.is_empty() {
        eprintln!("rasd: name at least one file or folder to analyse, e.g. `rasd analyze articles/`");
        return ExitCode::from(2);
    }

    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in &paths {
        collect(p, &mut files, &mut errors);
    }
    let analyzer = Analyzer::new();
    let mut corpus = Corpus::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // JSON: each article's part of the report is written as it comes and the article
    // settled (`ReportWriter`), so that memory stays flat.
    let mut report = (format == Format::Json).then(|| ReportWriter::new(&mut out));
    // Files are read `jobs` at a time, as the analysis needs them: never all the
    // corpus's text in memory at once.
    for read in files.chunks(jobs).flat_map(|chunk| read_all(chunk, jobs)) {
        match read {
            Ok(articles) => {
                for doc in analyzer.analyze_all(articles, jobs) {
                    match report.as_mut() {
                        Some(report) => report.add(&mut corpus, doc),
                        None => corpus.add(doc),
                    };
                }
            }
            Err(e) => errors.push(e),
        }
    }
    for e in &errors {
        eprintln!("rasd: {e}");
    }
    if corpus.documents.is_empty() {
        eprintln!("rasd: no article could be read");
        return ExitCode::FAILURE;
    }
    let written = match report {
        Some(report) => {
            let (written, rest) = report.finish(&mut corpus);
            // Like the corpus below: the process ends, the system takes the memory back.
            std::mem::forget(rest);
            written.map_err(io::Error::from).and_then(|out| writeln!(out))
        }
        None if format == Format::Csv => write_csv(&mut out, &corpus),
        None => write_table(&mut out, &corpus),
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("rasd: cannot write the output ({e})");
            return ExitCode::FAILURE;
        }
    }
    // The process ends here: the system takes the memory back at once, while freeing
    // the corpus piece by piece takes a second on a large one (the analyzer's tables,
    // a few million instructions, likewise).
    drop(out);
    std::mem::forget(corpus);
    std::mem::forget(analyzer);
    ExitCode::SUCCESS
}

fn parse_jobs(value: Option<&str>) -> Result<usize, ExitCode> {
    match value.map(str::parse::<usize>) {
        Some(Ok(n)) if (1..=256).contains(&n) => Ok(n),
        _ => {
            eprintln!("rasd: --jobs takes a number of threads from 1 to 256 (got {value:?})");
            Err(ExitCode::from(2))
        }
    }
}

/// Each file read and ingested, in the order of `files`, on up to `jobs` threads.
/// A file that could not be read or ingested gives its message.
fn read_all(files: &[PathBuf], jobs: usize) -> Vec<Result<Vec<rasd::Article>, String>> {
    let one = |f: &PathBuf| {
        let name = f.to_string_lossy().into_owned();
        let read = match read_bounded(f) {
            Ok(bytes) => ingest(&name, &bytes).map_err(|e| e.to_string()),
            Err(e) => Err(format!("{name}: cannot read ({e})")),
        };
        read
    };
    rasd::jobs::in_order(files.len(), jobs, 1, |i| one(&files[i]))
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_csv(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    writeln!(out, "type,canonical,english,wikidata,aliases,title,role,title_english,role_english,value,mentions,adjective_mentions,articles,documents,affiliations")?;
    for e in corpus.entities() {
        let docs = corpus.document_names(e);
        let row = [
            e.entity_type.as_str().to_string(),
            e.canonical.clone(),
            e.english.clone().unwrap_or_default(),
            e.wikidata.clone().unwrap_or_default(),
            e.aliases.join(" | "),
            e.title.clone().unwrap_or_default(),
            e.role.clone().unwrap_or_default(),
            e.title_english.clone().unwrap_or_default(),
            e.role_english.clone().unwrap_or_default(),
            e.value.clone().unwrap_or_default(),
            e.mentions.to_string(),
            e.adjective_mentions.to_string(),
            docs.len().to_string(),
            docs.join(" | "),
            e.affiliations.iter().map(|a| a.english.as_deref().unwrap_or(&a.arabic)).collect::<Vec<_>>().join(" | "),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", row.join(","))?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    writeln!(out, "{} articles, {} entities", corpus.documents.len(), corpus.entities().len())?;
    for t in EntityType::ALL {
        let mut rows: Vec<_> = corpus.entities_of_type(t).collect();
        if rows.is_empty() {
            continue;
        }
        rows.sort_by(|a, b| {
            (b.mentions + b.adjective_mentions)
                .cmp(&(a.mentions + a.adjective_mentions))
                .then(a.canonical.cmp(&b.canonical))
        });
        writeln!(out, "\n{} ({})", t.as_str(), rows.len())?;
        for e in rows {
            let adj = if e.adjective_mentions > 0 {
                format!(" +{} via adjective", e.adjective_mentions)
            } else {
                String::new()
            };
            let role = e.role.as_deref().map(|r| format!("  [{r}]")).unwrap_or_default();
            writeln!(
                out,
                "  {:>4} {:<3} {}  —  {}{}{}",
                e.mentions,
                corpus.document_names(e).len(),
                e.canonical,
                e.english.as_deref().unwrap_or("?"),
                adj,
                role
            )?;
        }
    }
    Ok(())
}

fn tag(args: &[String]) -> ExitCode {
    let mut analyzer = Analyzer::new();
    let mut tagger_only = false;
    for a in args {
        match a.as_str() {
            "--tagger-only" => tagger_only = true,
            "--no-tagger" => analyzer = analyzer.without_tagger(),
            other => {
                eprintln!("rasd: unknown option {other:?} for `rasd tag` (options: --tagger-only, --no-tagger)");
                return ExitCode::from(2);
            }
        }
    }
    let mut input = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut input) {
        eprintln!("rasd: cannot read stdin as UTF-8 text ({e}); `rasd tag` reads one token per line");
        return ExitCode::FAILURE;
    }
    // Sentences of tokens; the whole line is the token, blank lines end sentences.
    let lines: Vec<&str> = input
        .split_inclusive('\n')
        .map(|l| l.strip_suffix('\n').unwrap_or(l))
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let mut sentences: Vec<Vec<&str>> = vec![Vec::new()];
    for l in &lines {
        if l.is_empty() {
            if !sentences.last().is_some_and(Vec::is_empty) {
                sentences.push(Vec::new());
            }
        } else {
            if let Some(s) = sentences.last_mut() {
                s.push(l);
            }
        }
    }
    let tags = if tagger_only {
        rasd::recognize::tagger::Tagger::embedded().tag_document(&sentences)
    } else {
        analyzer.tag_tokens(&sentences)
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut si = 0;
    let mut ti = 0;
    let mut result = Ok(());
    for l in &lines {
        if l.is_empty() {
            if ti > 0 {
                si += 1;
                ti = 0;
            }
            result = result.and_then(|_| writeln!(out));
            continue;
        }
        let tag = tags.get(si).and_then(|s| s.get(ti)).map_or("O", |t| t.as_str());
        ti += 1;
        result = result.and_then(|_| writeln!(out, "{l} {tag}"));
    }
    if let Err(e) = result.and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("rasd: cannot write the output ({e})");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
