//! Prints every fact of a directory's compiled corpus, one a line (value,
//! unit, measure, date, kind, text): a debugging aid for fact rules. With
//! `--figures` after the directory, prints the canonical figures instead
//! (value, unit, canonical measure name, date, kind, number of facts); with
//! `--passages`, each document's date, kind and title, then each passage's
//! id, section and text, to see how layout was read.
//! `cargo run -p ipx-corpus --example facts_of -- DIR [--figures|--passages]`

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: facts_of DIR [--figures|--passages]");
    let flag = std::env::args().nth(2).unwrap_or_default();
    let figures = flag == "--figures";
    let files = ipx_corpus::read_source_dir(std::path::Path::new(&dir)).expect("reads");
    let (corpus, issues) = ipx_corpus::compile(&files);
    for issue in &issues {
        eprintln!("{issue:?}");
    }
    if flag == "--passages" {
        for doc in &corpus.documents {
            let date = doc.date.map_or("-".to_string(), |d| d.iso());
            println!("## {} | {date} | {:?} | {}", doc.id, doc.kind, doc.title);
            println!("   sections: {}", doc.sections.join(" / "));
        }
        for passage in &corpus.passages {
            let section = passage.section.as_deref().unwrap_or("-");
            println!("== {} [{section}]\n{}", passage.id, passage.text);
        }
        return;
    }
    if figures {
        for figure in &corpus.figures {
            let measure = &corpus.measures[figure.measure as usize];
            println!(
                "{} | {} | {} | {} | {} | {} facts",
                figure.value,
                figure.unit,
                measure.name,
                figure.date.as_deref().unwrap_or("-"),
                figure.kind.as_str(),
                figure.facts.len()
            );
        }
        return;
    }
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
