//! Prints every fact of a directory's compiled corpus, one a line (value,
//! unit, measure, date, kind, text): a debugging aid for fact rules.
//! `cargo run -p ipx-corpus --example facts_of -- DIR`

fn main() {
    let dir = std::env::args().nth(1).expect("usage: facts_of DIR");
    let files = ipx_corpus::read_source_dir(std::path::Path::new(&dir)).expect("reads");
    let (corpus, _) = ipx_corpus::compile(&files);
    for fact in &corpus.facts {
        println!(
            "{} | {} | {} | {} | {} | {:?}",
            fact.value,
            fact.unit,
            fact.measure,
            fact.date.as_deref().unwrap_or("-"),
            fact.kind.as_str(),
            fact.text
        );
    }
}
