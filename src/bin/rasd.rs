//! `rasd`: the command line. Same core as the page.
//!
//! ```text
//! rasd analyze [--format json|csv|table] PATH...   entity tables of files and folders
//! rasd tag < tokens.txt                            ANERcorp-style BIO tags, one token a line
//! ```

use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rasd::aggregate::Corpus;
use rasd::ingest::ingest;
use rasd::{Analyzer, EntityType};

const USAGE: &str = "\
rasd — entity tables from Arabic news (رصد)

usage:
  rasd analyze [--format json|csv|table] PATH...
      Analyse files (.txt .md .html .htm .json) and folders (recursively).
      JSON (the default) lists each document's entities and the corpus-wide ones.
  rasd tag
      Read one token per line on stdin (a blank line between sentences) and write
      `token TAG` per line, tags B-/I- PERS|LOC|ORG|MISC or O.
  rasd help
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
    Table,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("tag") => tag(),
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
fn collect(path: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
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
                    collect(&e, out, errors);
                }
            }
        }
        Ok(_) => out.push(path.to_path_buf()),
        Err(e) => errors.push(format!("{}: cannot open ({e}); check the path", path.display())),
    }
}

fn analyze(args: &[String]) -> ExitCode {
    let mut format = Format::Json;
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
    for f in &files {
        let name = f.to_string_lossy();
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                errors.push(format!("{name}: cannot read ({e})"));
                continue;
            }
        };
        match ingest(&name, &bytes) {
            Ok(articles) => {
                for a in &articles {
                    corpus.add(analyzer.analyze(a));
                }
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    for e in &errors {
        eprintln!("rasd: {e}");
    }
    if corpus.documents.is_empty() {
        eprintln!("rasd: no article could be read");
        return ExitCode::FAILURE;
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &corpus.report()).map_err(io::Error::from).and_then(|_| writeln!(out)),
        Format::Csv => write_csv(&mut out, &corpus),
        Format::Table => write_table(&mut out, &corpus),
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("rasd: cannot write the output ({e})");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn write_csv(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    writeln!(out, "type,canonical,english,wikidata,aliases,title,role,value,mentions,adjective_mentions,articles,documents")?;
    for e in &corpus.entities {
        let docs = corpus.document_names(e);
        let row = [
            e.entity_type.as_str().to_string(),
            e.canonical.clone(),
            e.english.clone().unwrap_or_default(),
            e.wikidata.clone().unwrap_or_default(),
            e.aliases.join(" | "),
            e.title.clone().unwrap_or_default(),
            e.role.clone().unwrap_or_default(),
            e.value.clone().unwrap_or_default(),
            e.mentions.to_string(),
            e.adjective_mentions.to_string(),
            docs.len().to_string(),
            docs.join(" | "),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        writeln!(out, "{}", row.join(","))?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, corpus: &Corpus) -> io::Result<()> {
    writeln!(out, "{} articles, {} entities", corpus.documents.len(), corpus.entities.len())?;
    for t in EntityType::ALL {
        let mut rows: Vec<_> = corpus.entities_of_type(t).collect();
        if rows.is_empty() {
            continue;
        }
        rows.sort_by(|a, b| (b.mentions + b.adjective_mentions).cmp(&(a.mentions + a.adjective_mentions)).then(a.canonical.cmp(&b.canonical)));
        writeln!(out, "\n{} ({})", t.as_str(), rows.len())?;
        for e in rows {
            let adj = if e.adjective_mentions > 0 { format!(" +{} via adjective", e.adjective_mentions) } else { String::new() };
            let role = e.role.as_deref().map(|r| format!("  [{r}]")).unwrap_or_default();
            writeln!(
                out,
                "  {:>4} {:<3} {}  —  {}{}{}",
                e.mentions,
                e.occurrences.len(),
                e.canonical,
                e.english.as_deref().unwrap_or("?"),
                adj,
                role
            )?;
        }
    }
    Ok(())
}

fn tag() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut input) {
        eprintln!("rasd: cannot read stdin as UTF-8 text ({e})");
        return ExitCode::FAILURE;
    }
    let _ = input;
    eprintln!("rasd: the tagger is not built into this version yet");
    ExitCode::FAILURE
}
