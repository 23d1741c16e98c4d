//! The judged answers set (issue 13): every question of
//! `tests/answers/judged.tsv` asked of its corpus (the embedded seeds, the
//! fixture documents of `tests/answers/fixtures/`, `shapes/`, `forms/`, `plans/`, `studied/`, `periods/`, `profiles/`, `duties/`, `bodies/`, `goals/`, `rosters/`, `boxes/`, `money/`, `counts/`, `leadins/`, ... each compiled on their
//! own, listed in `tests/answers/README.md`), graded on the first answer. Prints `answered at rank 1: N/M`, the
//! counts per intent and each miss with what came first, and holds a floor
//! that only goes up. `tests/answers/held_out.tsv` runs the same way
//! (`held-out answered at rank 1: N/M`): questions nobody tuned for.
//! `tests/answers/unanswerable.tsv` holds questions whose corpus has only
//! a neighbouring measure: it prints `wrongly answered: N/M`, with a
//! ceiling that only goes down.
//!
//! `ANSWERS_VERBOSE=1` also prints the first four answers of each miss.
//!
//! Grading: the value equal (relative 1e-6), the unit loosely compatible
//! (the same words up to case, plural and the engine's synonyms, one inside
//! the other, the same class: both shares, both money, both durations,
//! both rates or both counts of things (`people` and `attorneys`), or the
//! judged unit is a word of the figure's measure), the kind
//! equal, and, where the judged date is given, the date compatible on the
//! year: a year matches the figure's first or last year (or falls in its
//! open range, `2023/..`), a range its first or last year. A figure without
//! a date of its own is dated by its first source document.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use ip_explorer::corpus::{compile, read_source_dir, Corpus, Figure};
use ip_explorer::data;
use ip_explorer::engine::synonyms::canonical;
use ip_explorer::engine::tokenize::{tokenize, TokenKind};
use ip_explorer::engine::{Engine, SearchRequest};

/// One judged question.
struct Question {
    corpus: String,
    intent: String,
    question: String,
    value: f64,
    unit: String,
    date: String,
    kind: String,
}

fn read_set(file: &str) -> Vec<Question> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/answers")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() >= 7, "bad line: {line}");
            Question {
                corpus: f[0].to_string(),
                intent: f[1].to_string(),
                question: f[2].to_string(),
                value: f[3].parse().unwrap_or_else(|_| panic!("bad value: {line}")),
                unit: f[4].to_string(),
                date: f[5].to_string(),
                kind: f[6].to_string(),
            }
        })
        .collect()
}

/// The engines of the corpora a set names, each compiled on its own the
/// first time it is asked for: `seeds` is the embedded seed corpus,
/// `anycorpus` the fixtures of `tests/anycorpus/`, and any other name the
/// directory of that name under `tests/answers/` (judged) or
/// `tests/answers/unseen/` (held out). `tests/answers/README.md` describes
/// each corpus.
#[derive(Default)]
struct Engines(std::collections::BTreeMap<String, Engine>);

impl Engines {
    fn get(&mut self, corpus: &str) -> &Engine {
        self.0
            .entry(corpus.to_string())
            .or_insert_with(|| match corpus {
                "seeds" => Engine::new(data::corpus()),
                "anycorpus" => engine_over("tests/anycorpus"),
                name => {
                    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers");
                    let dir = [root.join(name), root.join("unseen").join(name)]
                        .into_iter()
                        .find(|d| d.is_dir())
                        .unwrap_or_else(|| panic!("no corpus directory for {name:?}"));
                    engine_over(dir.to_str().expect("a UTF-8 path"))
                }
            })
    }
}

/// An engine over the files of `dir` (relative to the package), compiled
/// on their own.
fn engine_over(dir: &str) -> Engine {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let files = read_source_dir(&dir).expect("the fixtures directory reads");
    let (corpus, _) = compile(&files);
    Engine::new(corpus)
}

/// A unit's words: stems mapped through the synonym registry.
fn unit_words(unit: &str) -> String {
    if unit.trim() == "%" {
        return "%".to_string();
    }
    (tokenize(unit).iter())
        .filter(|t| t.kind != TokenKind::Compound)
        .map(|t| canonical(&t.term).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The class of a unit: a share, money, a duration, a rate (`per`), or a
/// count of things.
fn unit_class(unit: &str) -> &'static str {
    let has = |w: &[&str]| w.iter().any(|w| unit.split(' ').any(|u| u.starts_with(w)));
    if unit == "%" || has(&["percent", "point", "fraction"]) {
        "share"
    } else if has(&["yuan", "dollar", "euro", "pound", "rmb"]) {
        "money"
    } else if has(&["day", "week", "month", "year"]) {
        "duration"
    } else if has(&["per"]) {
        "rate"
    } else {
        "count"
    }
}

fn units_compatible(judged: &str, got: &str, measure: &str) -> bool {
    let (a, b) = (unit_words(judged), unit_words(got));
    let measure = format!(" {} ", unit_words(measure));
    a == b
        || a.contains(&b)
        || b.contains(&a)
        || b.is_empty()
        || unit_class(&a) == unit_class(&b)
        || (!a.is_empty() && measure.contains(&format!(" {a} ")))
}

/// `(first year, last year)` of a date or range: `2023`, `2023-12`,
/// `2016..2020`, `2021..`, `2016/2020`.
fn years(date: &str) -> Option<(u16, Option<u16>)> {
    let (from, to) = (date.split_once(".."))
        .or_else(|| date.split_once('/'))
        .unwrap_or((date, date));
    let first: u16 = from.get(..4)?.parse().ok()?;
    let to = to.trim_start_matches(['.', '/']);
    let last = to.get(..4).and_then(|y| y.parse().ok());
    Some((first, last))
}

fn date_compatible(judged: &str, figure_date: Option<&str>) -> bool {
    if judged == "-" {
        return true;
    }
    let (Some((ja, jb)), Some((fa, fb))) = (years(judged), figure_date.and_then(years)) else {
        return false;
    };
    let open = fb.is_none();
    let fb = fb.unwrap_or(fa);
    ja == fa || ja == fb || jb.is_some_and(|jb| jb == fa || jb == fb) || (open && ja >= fa)
}

/// The figure's date, or its first source document's.
fn figure_date(corpus: &Corpus, figure: &Figure) -> Option<String> {
    figure.date.clone().or_else(|| {
        let fact = corpus.facts.get(*figure.facts.first()? as usize)?;
        corpus.documents[fact.doc as usize].date.map(|d| d.iso())
    })
}

fn grade(engine: &Engine, figure: &Figure, q: &Question) -> bool {
    let value_ok = (figure.value - q.value).abs() <= 1e-6 * q.value.abs().max(1e-9);
    let measure =
        (engine.answer_measures().get(figure.measure as usize)).map_or("", |m| m.name.as_str());
    value_ok
        && units_compatible(&q.unit, &figure.unit, measure)
        && figure.kind.as_str() == q.kind
        && date_compatible(&q.date, figure_date(engine.corpus(), figure).as_deref())
}

fn describe(engine: &Engine, figure: &Figure) -> String {
    let measure =
        (engine.answer_measures().get(figure.measure as usize)).map_or("?", |m| m.name.as_str());
    format!(
        "{} {} ({}, {}, {})",
        figure.value,
        figure.unit,
        measure,
        figure_date(engine.corpus(), figure).unwrap_or_else(|| "-".into()),
        figure.kind.as_str()
    )
}

/// Where a missed question's value sits in its corpus: the figures of that
/// value and whether the first would be graded right; else the fact that
/// states it without a figure (its label says too little), or nothing: a
/// miss reads as unread, unmeasured or unmatched.
fn where_the_value_is(engine: &Engine, q: &Question) -> String {
    let same = |value: f64| (value - q.value).abs() <= 1e-6 * q.value.abs().max(1e-9);
    let figures: Vec<&Figure> = (engine.answer_figures().iter())
        .filter(|f| same(f.value))
        .collect();
    if let Some(figure) = figures.first() {
        let grades = if grade(engine, figure, q) {
            "right"
        } else {
            "wrong"
        };
        let more = figures.len() - 1;
        return format!(
            "the value is in {} (graded {grades}) and {more} more figures",
            describe(engine, figure)
        );
    }
    match (engine.corpus().facts.iter()).find(|f| same(f.value)) {
        Some(fact) => format!(
            "the value is in no figure; fact {} {} ({}, {}, {}) of {:?}",
            fact.value,
            fact.unit,
            fact.measure,
            fact.date.as_deref().unwrap_or("-"),
            fact.kind.as_str(),
            fact.sentence
        ),
        None => "the value is in no figure or fact of the corpus".into(),
    }
}

/// Runs a set; returns `(answered at rank 1, questions)` after printing
/// per-intent counts and the misses.
fn run(file: &str, label: &str) -> (usize, usize) {
    let questions = read_set(file);
    let mut engines = Engines::default();
    let mut by_intent: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut by_corpus: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut answered = 0;
    for q in &questions {
        let engine = engines.get(&q.corpus);
        let answers = engine.answers(&SearchRequest::new(&q.question));
        let figures = engine.answer_figures();
        let first = answers.first().map(|a| &figures[a.figure as usize]);
        let ok = first.is_some_and(|f| grade(engine, f, q));
        let entry = by_intent.entry(q.intent.clone()).or_default();
        entry.1 += 1;
        let corpus_entry = by_corpus.entry(q.corpus.clone()).or_default();
        corpus_entry.1 += 1;
        if ok {
            entry.0 += 1;
            corpus_entry.0 += 1;
            answered += 1;
        } else {
            let rank = (answers.iter()).position(|a| grade(engine, &figures[a.figure as usize], q));
            if std::env::var_os("ANSWERS_VERBOSE").is_some() {
                for a in answers.iter().take(4) {
                    println!(
                        "    {:.2} {}",
                        a.score,
                        describe(engine, &figures[a.figure as usize])
                    );
                }
            }
            println!(
                "miss [{} {}] {:?}: want {} {} {} {}; first {}; right one at {:?}",
                q.corpus,
                q.intent,
                q.question,
                q.value,
                q.unit,
                q.date,
                q.kind,
                first.map_or("nothing".into(), |f| describe(engine, f)),
                rank.map(|r| r + 1),
            );
            if rank.is_none() {
                println!("    {}", where_the_value_is(engine, q));
                if std::env::var_os("ANSWERS_EXPLAIN").is_some() {
                    for line in engine.explain_answers(&q.question, q.value) {
                        println!("    {line}");
                    }
                }
            }
        }
    }
    for (intent, (ok, n)) in &by_intent {
        println!("{intent:>8}: {ok}/{n}");
    }
    for (corpus, (ok, n)) in &by_corpus {
        println!("{corpus:>8} answered at rank 1: {ok}/{n}");
    }
    println!("{label}answered at rank 1: {answered}/{}", questions.len());
    (answered, questions.len())
}

/// Floor of the judged set. Only ever raise it, except when held-out
/// questions move in (then it rises by their score).
const JUDGED_FLOOR: usize = 982;

#[test]
fn judged_answers_at_rank_one() {
    let (answered, total) = run("judged.tsv", "");
    assert!(total >= 40, "the judged set has {total} questions");
    assert!(
        answered >= JUDGED_FLOOR,
        "{answered} answered, below the floor {JUDGED_FLOOR}"
    );
}

/// Floor of the held-out set (`held_out.tsv`), run once the feature was
/// built and never tuned on. Only ever raise it, except when a held-out
/// corpus moves to the judged set (then it falls by that corpus's score).
const HELD_OUT_FLOOR: usize = 64;

#[test]
fn held_out_answers_at_rank_one() {
    let (answered, _) = run("held_out.tsv", "held-out ");
    assert!(
        answered >= HELD_OUT_FLOOR,
        "{answered} held-out questions answered, below the floor {HELD_OUT_FLOOR}"
    );
}

/// Ceiling of the unanswerable set: questions answered with a figure of
/// another measure. Only ever lower it.
const WRONGLY_ANSWERED_CEILING: usize = 5;

/// `tests/answers/unanswerable.tsv`: questions whose corpus holds only a
/// neighbouring measure (`trademark agencies` for "patent agencies") get no
/// answer card. Prints `wrongly answered: N/M` and what was given.
#[test]
fn unanswerable_questions_get_no_figure() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/answers/unanswerable.tsv");
    let text = std::fs::read_to_string(&path).expect("the unanswerable set reads");
    let mut engines = Engines::default();
    let (mut wrong, mut total) = (0, 0);
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 3, "bad line: {line}");
        let engine = engines.get(f[0]);
        total += 1;
        let answers = engine.answers(&SearchRequest::new(f[1]));
        if let Some(first) = answers.first() {
            wrong += 1;
            let figure = &engine.answer_figures()[first.figure as usize];
            println!("answered {:?}: {}", f[1], describe(engine, figure));
        }
    }
    println!("wrongly answered: {wrong}/{total}");
    assert!(total >= 10, "the unanswerable set has {total} questions");
    assert!(
        wrong <= WRONGLY_ANSWERED_CEILING,
        "{wrong} unanswerable questions answered, above the ceiling {WRONGLY_ANSWERED_CEILING}"
    );
}

#[test]
fn grading_is_loose_on_units_and_dates_but_not_on_values() {
    assert!(units_compatible("us dollars", "US dollars", ""));
    assert!(units_compatible("patents", "patent", ""));
    assert!(units_compatible("percentage points", "points", ""));
    assert!(units_compatible("%", "%", ""));
    assert!(units_compatible("places", "slots", ""));
    assert!(units_compatible(
        "trademarks",
        "registrations",
        "trademark registrations"
    ));
    assert!(units_compatible("people", "attorneys", ""));
    assert!(!units_compatible("people", "yuan", "IP professionals"));
    assert!(!units_compatible("months", "people", ""));
    assert!(!units_compatible("%", "yuan", ""));
    assert!(!units_compatible("people", "yuan", ""));
    assert!(date_compatible("2024", Some("2023/..")));
    assert!(date_compatible("2023-12", Some("2023")));
    assert!(date_compatible("2016..2020", Some("2020")));
    assert!(date_compatible("2016..2020", Some("2016/2020")));
    assert!(date_compatible("2021..", Some("2021")));
    assert!(date_compatible("2024-04..2025-03", Some("2025")));
    assert!(date_compatible("2024-04..2025-03", Some("2024/2025")));
    assert!(!date_compatible("2024-04..2025-03", Some("2026")));
    assert!(date_compatible("-", None));
    assert!(!date_compatible("2020", Some("2022-03-30")));
    assert!(!date_compatible("2020", None));
}

/// The first answer to `question` over one document of `text`.
fn first_over(text: &str, question: &str) -> String {
    let file = ip_explorer::corpus::SourceFile {
        name: "note.txt".into(),
        bytes: text.as_bytes().to_vec(),
    };
    let (corpus, _) = compile(&[file]);
    let engine = Engine::new(corpus);
    let answers = engine.answers(&SearchRequest::new(question));
    let figures = engine.answer_figures();
    answers.first().map_or("nothing".into(), |a| {
        describe(&engine, &figures[a.figure as usize])
    })
}

/// Two figures of one measure, one stated at a place: a question about
/// that place gets it first, whatever the order of the text (a smaller
/// value would come first otherwise).
#[test]
fn scope_words_put_the_figure_at_the_place_asked_first() {
    let note = "Patent Office Note\n\nDate: 5 March 2025\n\nThe time from filing to grant for an invention patent averaged 2 months in 2024. The time from filing to grant for an invention patent was 5 months in 2024 at the Nansha fast-track centre.\n";
    assert_eq!(
        first_over(note, "How long does it take to get an invention patent granted at the Nansha fast-track centre?"),
        "5 months (time from filing to grant, 2024, actual)"
    );
    let note = "Patent Office Note\n\nDate: 5 March 2025\n\nThe time from filing to grant for an invention patent was 5 months in 2024 at the Nansha fast-track centre. The time from filing to grant for an invention patent averaged 2 months in 2024.\n";
    assert_eq!(
        first_over(
            note,
            "How long does it take to get an invention patent granted in Nansha?"
        ),
        "5 months (time from filing to grant, 2024, actual)"
    );
}

/// A length of time answers a question that asks for one ("how long", "the
/// examination time"), and never one that asks for a count while a count
/// matches.
#[test]
fn a_duration_answers_only_a_question_about_time() {
    let note = "Examination Note\n\nDate: 5 March 2025\n\nThe Nansha centre examined 5,000 trademark applications in 2023. In 2024, trademark applications examined by the Nansha centre took 4 months.\n";
    assert_eq!(
        first_over(
            note,
            "How many trademark applications did the Nansha centre examine?"
        ),
        "5000 applications (trademark applications examined, 2023, actual)"
    );
    assert_eq!(
        first_over(
            note,
            "How long does the Nansha centre take to examine trademark applications?"
        ),
        "4 months (trademark applications examined by the Nansha centre (duration), 2024, actual)"
    );
    let counts_only = "Examination Note\n\nDate: 5 March 2025\n\nThe Nansha centre examined 5,000 trademark applications in 2023.\n";
    assert_eq!(
        first_over(
            counts_only,
            "How long does the Nansha centre take to examine trademark applications?"
        ),
        "nothing"
    );
    assert_eq!(
        first_over(
            note,
            "What is the examination time for trademark applications at the Nansha centre?"
        ),
        "4 months (trademark applications examined by the Nansha centre (duration), 2024, actual)"
    );
}
