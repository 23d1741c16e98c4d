//! Canonical measures and figures over the seed corpus and the answer
//! fixtures: the invariants every corpus must keep, and a snapshot of what
//! the seeds' measures, figures and series are, read line by line.

use std::path::Path;

use ipx_corpus::canonical::says_what_is_counted;
use ipx_corpus::{compile, read_source_dir, Corpus, FactKind};

fn compiled(dir: &str) -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    let files = read_source_dir(&root).expect("corpus directory reads");
    compile(&files).0
}

/// Every measure with its figures (value, unit, date, kind, number of
/// stating facts, conversion), one line each, and the series.
fn shown(corpus: &Corpus) -> String {
    let mut out = String::new();
    for (idx, measure) in corpus.measures.iter().enumerate() {
        let labels = if measure.labels.is_empty() {
            String::new()
        } else {
            format!(" (also: {})", measure.labels.join("; "))
        };
        out.push_str(&format!("{} [{}]{labels}\n", measure.name, measure.unit));
        for figure in corpus.figures.iter().filter(|f| f.measure as usize == idx) {
            let converted = figure
                .converted
                .map(|c| format!(" = {}", corpus.facts[c as usize].text))
                .unwrap_or_default();
            out.push_str(&format!(
                "  {} {} | {} | {} | x{}{converted}\n",
                figure.value,
                figure.unit,
                figure.date.as_deref().unwrap_or("-"),
                figure.kind.as_str(),
                figure.facts.len(),
            ));
        }
    }
    for series in &corpus.series {
        let points: Vec<String> = series
            .facts
            .iter()
            .map(|f| {
                let fact = &corpus.facts[*f as usize];
                format!("{} ({})", fact.text, fact.date.as_deref().unwrap_or("-"))
            })
            .collect();
        out.push_str(&format!(
            "series {}: {}\n",
            series.measure,
            points.join(" → ")
        ));
    }
    out
}

/// The invariants of canonical measures and figures, for any corpus.
fn check_invariants(corpus: &Corpus) {
    let mut keys = std::collections::BTreeSet::new();
    let mut owner = vec![None; corpus.facts.len()];
    for (idx, figure) in corpus.figures.iter().enumerate() {
        let key = (
            figure.measure,
            figure.value.to_bits(),
            figure.unit.clone(),
            figure.date.clone(),
            figure.kind,
        );
        assert!(keys.insert(key), "two figures share {figure:?}");
        assert!(!figure.facts.is_empty(), "figure without facts: {figure:?}");
        for fact in figure.facts.iter().chain(figure.converted.iter()) {
            let slot = &mut owner[*fact as usize];
            assert_eq!(*slot, None, "fact {fact} is in two figures");
            *slot = Some(idx);
        }
        let measure = &corpus.measures[figure.measure as usize];
        for fact in &figure.facts {
            let fact = &corpus.facts[*fact as usize];
            assert_eq!(
                (fact.value, &fact.unit, &fact.kind),
                (figure.value, &figure.unit, &figure.kind)
            );
        }
        // A number of years is a figure only of a measure that is a length
        // of time, never of what went on that long.
        assert!(
            says_what_is_counted(&measure.name, &figure.unit),
            "{figure:?}"
        );
        if figure.kind != FactKind::Change {
            assert_eq!(figure.unit, measure.unit, "{figure:?} in {measure:?}");
        }
    }
    for measure in &corpus.measures {
        assert!(
            says_what_is_counted(&measure.name, &measure.unit),
            "measure names nothing counted on its own: {:?}",
            measure.name
        );
    }
    let order: Vec<_> = corpus
        .figures
        .iter()
        .map(|f| (f.measure, f.date.is_none(), f.date.clone()))
        .collect();
    assert!(order.is_sorted(), "figures out of order");
    for series in &corpus.series {
        for fact in &series.facts {
            let figure = owner[*fact as usize].expect("a series fact states a figure");
            assert_eq!(corpus.figures[figure].facts[0], *fact);
            assert_ne!(corpus.figures[figure].kind, FactKind::Change);
        }
    }
}

#[test]
fn seed_figures_keep_the_invariants() {
    check_invariants(&compiled("seeds"));
}

#[test]
fn fixture_figures_keep_the_invariants() {
    check_invariants(&compiled("tests/answers/fixtures"));
}

#[test]
fn shape_figures_keep_the_invariants() {
    check_invariants(&compiled("tests/answers/shapes"));
}

/// The answer shapes (a year in review with month-only dates, a bilingual
/// brief, an indicator list, a speech saying "last year", a report dated
/// only by its title): every figure with its as-of date, read line by line.
#[test]
fn shape_figures_and_their_dates() {
    expect_test::expect_file!["shape_figures.txt"]
        .assert_eq(&shown(&compiled("tests/answers/shapes")));
}

#[test]
fn form_figures_keep_the_invariants() {
    check_invariants(&compiled("tests/answers/forms"));
}

/// The answer forms (a communiqué dating figures in brackets, "(end of
/// 2023)", "— as at 31 March 2025 —"; a profile in pronouns, "It employs 85
/// examiners"; a court summary of durations; a provincial notice with a
/// national figure beside the province's; a "How long ...?" FAQ): every
/// figure with its measure, as-of date and kind, read line by line.
#[test]
fn form_figures_and_their_dates() {
    expect_test::expect_file!["form_figures.txt"]
        .assert_eq(&shown(&compiled("tests/answers/forms")));
}

#[test]
fn plan_figures_keep_the_invariants() {
    check_invariants(&compiled("tests/answers/plans"));
}

/// The answer plans (a minister's written answer, a court's press
/// conference with named speakers, a bilingual fact sheet with a gapped
/// list "26,100, to enterprises", a work plan of targets phrased "strive
/// to", "no fewer than", "bring ... down to", a news feature saying "has
/// grown to" and "today ... is"): every figure with its measure, as-of date
/// and kind, read line by line.
#[test]
fn plan_figures_and_their_dates() {
    expect_test::expect_file!["plan_figures.txt"]
        .assert_eq(&shown(&compiled("tests/answers/plans")));
}

#[test]
fn record_figures_keep_the_invariants() {
    check_invariants(&compiled("crates/corpus/tests/records"));
}

/// The record fixtures, open-data files of `key: value` records in shapes
/// other than the sirocco file's (a mapping per indicator named by its key,
/// with `metric`, `amount`, `as_of` and `yoy_pct`; a list with `2023-24`
/// periods and money in `GBP thousand` and `USD bn`; a court's records with
/// no units, dated by the file's `reporting_year`, and a `goals:` list), and
/// notes whose colons are prose: every figure with its measure, as-of date
/// and kind, read line by line.
#[test]
fn record_figures_and_their_dates() {
    expect_test::expect_file!["record_figures.txt"]
        .assert_eq(&shown(&compiled("crates/corpus/tests/records")));
}

#[test]
fn sdmx_figures_keep_the_invariants() {
    check_invariants(&compiled("crates/corpus/tests/sdmx"));
}

/// The SDMX fixtures, statistical data messages saved as text: a customs
/// authority's StructureSpecificData (series attributes, half-years, a
/// `NaN`, a series labelled by its codes, an objective), a patent office's
/// GenericData under a saved-from line (months, a change on the same month
/// a year before, a stock of quarters in thousands, a target) and a
/// licensing board's SDMX 2.0 CompactData (quarters in USD thousand, a
/// growth code, a description for a title); no header, contact or
/// comment gives a figure.
#[test]
fn sdmx_figures_and_their_dates() {
    expect_test::expect_file!["sdmx_figures.txt"]
        .assert_eq(&shown(&compiled("crates/corpus/tests/sdmx")));
}

#[test]
fn latex_figures_keep_the_invariants() {
    check_invariants(&compiled("crates/corpus/tests/latex"));
}

/// The LaTeX fixtures, documents saved as their LaTeX source (a `report`
/// with chapters, a title page from its preamble, a `tabularx` ruled with
/// `\hline` under its caption, `\num`, `\SI` and `\qty`, labelled items; an
/// `article` saved as `.txt` with `\euro` before and after its amounts,
/// `17\,\%`, a footnote over two lines, a comment after a figure and a
/// `description` list; a fragment with no preamble holding a `longtable`
/// whose header repeats): every figure with its measure, as-of date and
/// kind, read line by line.
#[test]
fn latex_figures_and_their_dates() {
    expect_test::expect_file!["latex_figures.txt"]
        .assert_eq(&shown(&compiled("crates/corpus/tests/latex")));
}

#[test]
fn seed_measures_figures_and_series() {
    expect_test::expect_file!["seed_figures.txt"].assert_eq(&shown(&compiled("seeds")));
}

/// The figures of one measure of a corpus, found by its name.
fn figures_of<'c>(corpus: &'c Corpus, name: &str) -> Vec<(f64, Option<&'c str>, &'static str)> {
    let idx = corpus
        .measures
        .iter()
        .position(|m| m.name == name)
        .unwrap_or_else(|| panic!("no measure {name}"));
    corpus
        .figures
        .iter()
        .filter(|f| f.measure as usize == idx)
        .map(|f| (f.value, f.date.as_deref(), f.kind.as_str()))
        .collect()
}

#[test]
fn latex_sources_give_their_figures_units_and_dates() {
    let corpus = compiled("crates/corpus/tests/latex");
    let unit_of = |name: &str| {
        let measure = corpus.measures.iter().find(|m| m.name == name);
        measure.map(|m| m.unit.as_str())
    };
    // `\num{1284}` and `up \SI{6.5}{\percent}`, dated by `In 2025`.
    assert_eq!(
        figures_of(&corpus, "applications for plant variety rights"),
        [
            (1284.0, Some("2025"), "actual"),
            (6.5, Some("2025"), "change")
        ]
    );
    // A `tabularx` under its caption, its years as the column headers.
    assert_eq!(
        figures_of(&corpus, "cereals at Westmoor Plant Variety Office"),
        [
            (318.0, Some("2024"), "actual"),
            (344.0, Some("2025"), "actual")
        ]
    );
    // `\euro\,3.62~million`, `1.9~million~\euro{}` and `\EUR{5.4} million`.
    assert_eq!(
        figures_of(&corpus, "Court fees"),
        [(3_620_000.0, Some("2025-01/2025-06"), "actual")]
    );
    assert_eq!(figures_of(&corpus, "Legal aid cost")[0].0, 1_900_000.0);
    assert_eq!(
        figures_of(&corpus, "tribunal's running costs")[0].0,
        5_400_000.0
    );
    assert_eq!(unit_of("Court fees"), Some("euros"));
    // `17\,\%`, a comment after the line before it, in a paragraph wrapped
    // over two lines and dated by its first.
    assert_eq!(
        figures_of(&corpus, "cases closed (part settled)"),
        [(17.0, Some("2025-01/2025-06"), "actual")]
    );
    assert_eq!(unit_of("cases closed (part settled)"), Some("%"));
    // A fragment with no preamble, dated by its section heading's quarter.
    assert_eq!(
        figures_of(&corpus, "licence requests handled"),
        [(215.0, Some("2025-07/2025-09"), "actual")]
    );
    // The preamble's `\title` (with the document's own `\office`) and
    // `\date` are the headline and the dateline.
    let dated: Vec<(String, String)> = (corpus.documents.iter())
        .map(|d| (d.title.clone(), d.date.map(|d| d.iso()).unwrap_or_default()))
        .collect();
    assert_eq!(
        dated[..2],
        [
            (
                "Westmoor Plant Variety Office: Annual Statistics 2025".to_string(),
                "2026-02-12".to_string()
            ),
            (
                "Costs Note of the Lindenau Design Tribunal".to_string(),
                "2025-09-30".to_string()
            )
        ]
    );
}

#[test]
fn fixture_wordings_of_one_measure_connect() {
    let corpus = compiled("tests/answers/fixtures");
    // `IP professionals`, `compared with 690,000 at the end of 2020`, and a
    // goal with no noun of its own, in a report dated by a `Published:` line.
    assert_eq!(
        figures_of(&corpus, "IP professionals"),
        [
            (690_000.0, Some("2020-12"), "actual"),
            (920_000.0, Some("2024-12"), "actual"),
            (1_000_000.0, Some("2025"), "target")
        ]
    );
    // `Loans secured by patents and trademarks` (a wire story) and
    // `Patent and trademark pledge financing` (a bulletin list item).
    assert_eq!(
        figures_of(&corpus, "patent and trademark pledge financing"),
        [
            (70.2e9, Some("2023"), "actual"),
            (26.4, Some("2023"), "change"),
            (83.6e9, Some("2024"), "actual"),
            (19.1, Some("2024"), "change"),
            (100e9, Some("2027"), "target")
        ]
    );
    // `Invention patents granted: 61,300 (2022: 54,600), up 12.3%` (a
    // bulletin) and `East China's Zhejiang Province granted 68,900
    // invention patents last year, up 12.4 percent` (a wire story from the
    // same province, which names China only as its address).
    assert_eq!(
        figures_of(&corpus, "invention patents granted"),
        [
            (54_600.0, Some("2022"), "actual"),
            (61_300.0, Some("2023"), "actual"),
            (12.3, Some("2023"), "change"),
            (12.4, Some("2023"), "change"),
            (68_900.0, Some("2024"), "actual")
        ]
    );
    // `5.2 billion yuan (about $730 million)` is one figure shown both ways.
    let converted: Vec<(f64, f64)> = corpus
        .figures
        .iter()
        .filter_map(|f| Some((f.value, corpus.facts[f.converted? as usize].value)))
        .collect();
    assert_eq!(converted, [(5.2e9, 730e6)]);
}

/// Facts, distinct wordings, measures, figures, series and measures stated
/// by more than one document.
fn counts(corpus: &Corpus) -> String {
    let mut labels: Vec<&str> = corpus.facts.iter().map(|f| f.measure.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    let multi_doc = (0..corpus.measures.len())
        .filter(|m| {
            let mut docs: Vec<u32> = corpus
                .figures
                .iter()
                .filter(|f| f.measure as usize == *m)
                .flat_map(|f| f.facts.iter().map(|x| corpus.facts[*x as usize].doc))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs.len() > 1
        })
        .count();
    format!(
        "facts {}, labels {}, measures {}, figures {}, series {}, measures in >1 document {}",
        corpus.facts.len(),
        labels.len(),
        corpus.measures.len(),
        corpus.figures.len(),
        corpus.series.len(),
        multi_doc
    )
}

#[test]
fn seed_and_fixture_counts() {
    let seeds = counts(&compiled("seeds"));
    let fixtures = counts(&compiled("tests/answers/fixtures"));
    expect_test::expect![
        "facts 140, labels 123, measures 86, figures 100, series 2, measures in >1 document 1"
    ]
    .assert_eq(&seeds);
    expect_test::expect![
        "facts 106, labels 72, measures 54, figures 90, series 9, measures in >1 document 4"
    ]
    .assert_eq(&fixtures);
}

#[test]
fn per_head_rates_meet_whether_per_people_or_per_residents() {
    let corpus = compiled("tests/answers/fixtures");
    let per_head = corpus
        .measures
        .iter()
        .find(|m| m.unit == "patents per 10,000 people" && m.name.starts_with("high-value"))
        .map(|m| m.name.clone())
        .expect("a per-head measure of high-value patents");
    let values: Vec<f64> = figures_of(&corpus, &per_head).iter().map(|f| f.0).collect();
    // 32 is the 2027 target (`will reach 32`), stated without its noun.
    assert_eq!(values, [22.5, 26.4, 29.7, 32.0]);
}
