//! Asks one question of a directory's compiled corpus and prints its first
//! answers (score, value, unit, measure, date, kind), then, given the value
//! a user expects, why each measure holding that value did or did not
//! answer: a debugging aid for answer rules, one question at a time.
//! `cargo run -p ipx-engine --example ask -- DIR "QUESTION" [VALUE]`

use ipx_engine::search::{Engine, SearchRequest};

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: ask DIR QUESTION [VALUE]";
    let dir = args.next().expect(usage);
    let question = args.next().expect(usage);
    let value: Option<f64> = args.next().map(|v| v.parse().expect("VALUE is a number"));
    let files = ipx_corpus::read_source_dir(std::path::Path::new(&dir)).expect("reads");
    let (corpus, _) = ipx_corpus::compile(&files);
    let engine = Engine::new(corpus);
    let answers = engine.answers(&SearchRequest::new(&question));
    if answers.is_empty() {
        println!("no answer");
    }
    for answer in answers.iter().take(6) {
        let figure = &engine.answer_figures()[answer.figure as usize];
        let measure = &engine.answer_measures()[figure.measure as usize];
        println!(
            "{:.2} | {} | {} | {} | {} | {}",
            answer.score,
            figure.value,
            figure.unit,
            measure.name,
            figure.date.as_deref().unwrap_or("-"),
            figure.kind.as_str()
        );
    }
    if let Some(value) = value {
        for line in engine.explain_answers(&question, value) {
            println!("{line}");
        }
    }
}
