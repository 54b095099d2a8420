//! Times the parts of start-up and the analysis of the seed articles (native).
//! cargo run --release --example startup
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let g = rasd::recognize::gazetteer::Gazetteer::embedded();
    let t_g = t.elapsed();
    let t = Instant::now();
    let _ = rasd::recognize::gazetteer::Gazetteer::embedded_filtered(|_| true);
    let t_gb = t.elapsed();
    let t = Instant::now();
    let r = rasd::recognize::rules::Rules::embedded();
    let t_r = t.elapsed();
    let t = Instant::now();
    let _ = rasd::recognize::tagger::Tagger::embedded();
    let t_t = t.elapsed();
    let t = Instant::now();
    let a = rasd::Analyzer::with_parts(g, r);
    let t_a = t.elapsed();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("seeds").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).expect("utf-8")).collect();
    let t = Instant::now();
    let mut n = 0;
    for text in &texts {
        n += a.recognize(text).len();
    }
    let t_an = t.elapsed();
    let tok = rasd::tokenize::tokenize(&texts.concat()).tokens.len();
    let t = Instant::now();
    for (f, text) in files.iter().zip(&texts) {
        let article = rasd::Article { name: f.display().to_string(), title: None, date: None, text: text.clone() };
        let _ = a.analyze(&article);
    }
    println!("full analyze of the 5 seeds (with resolve and relate): {:?}", t.elapsed());
    // Stage by stage on the same texts.
    let g2 = rasd::recognize::gazetteer::Gazetteer::embedded();
    let r2 = rasd::recognize::rules::Rules::embedded();
    let tagger = rasd::recognize::tagger::Tagger::embedded();
    let num = rasd::recognize::numeric::NumericRecognizer::new();
    let (mut tt, mut tg, mut tr, mut tn, mut tx) = (
        Default::default(),
        Default::default(),
        Default::default(),
        Default::default(),
        std::time::Duration::default(),
    );
    for text in &texts {
        let t = Instant::now();
        let toks = rasd::tokenize::tokenize(text);
        tt += t.elapsed();
        let t = Instant::now();
        let known = g2.find(&toks);
        tg += t.elapsed();
        let t = Instant::now();
        let _ = r2.find(text, &toks, &g2, &known, None);
        tr += t.elapsed();
        let t = Instant::now();
        let _ = num.find_in_tokens(text, &toks);
        tn += t.elapsed();
        let t = Instant::now();
        let sents: Vec<Vec<&str>> = vec![toks.tokens.iter().map(|t| &text[t.span.start..t.span.end]).collect()];
        let _ = tagger.tag_document(&sents);
        tx += t.elapsed();
    }
    let (tt, tg, tr, tn): (std::time::Duration, std::time::Duration, std::time::Duration, std::time::Duration) =
        (tt, tg, tr, tn);
    println!("tokenize {tt:?}, gazetteer {tg:?}, rules {tr:?}, numeric {tn:?}, tagger {tx:?}");
    println!("gazetteer built from data/ at run time (as embedded_filtered does) {t_gb:?}");
    println!("gazetteer {t_g:?}, rules {t_r:?}, tagger model {t_t:?}, analyzer rest {t_a:?}; 5 seeds ({tok} tokens, {n} mentions) {t_an:?}");
}

#[allow(dead_code)]
fn unused() {}
