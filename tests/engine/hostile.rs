//! Hostile queries through the engine and the JS API records: very long
//! queries, a thousand terms, emoji, combining marks, right-to-left text,
//! control characters, lone punctuation, unbalanced quotes, unknown facets
//! and huge pages. Each answers sensibly, says when it cut the query, and
//! stays cheap: the engine caps the work (see `SearchConfig`), so even a
//! debug build answers each well within the generous bound below.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use ip_explorer::api::records::{self, SearchOptions};
use ip_explorer::data;
use ip_explorer::engine::{Engine, SearchConfig, SearchRequest};

/// A generous bound for one search in an unoptimised test build; the release
/// bundle is held to 50 ms in `tests/e2e/hostile.test.mjs`.
const DEBUG_BUILD_BOUND: Duration = Duration::from_millis(500);

/// The hostile queries, named for the failure message.
pub fn hostile_queries() -> Vec<(&'static str, String)> {
    vec![
        ("10,000 characters", "patent ".repeat(1_430)),
        ("10,000 chars, one word", "a".repeat(10_000)),
        (
            "1,000 terms",
            (0..1_000)
                .map(|i| format!("w{i}"))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "1,000 corpus words",
            "protection patent rights ".repeat(334),
        ),
        ("1,000 prefixes", "pa pr co in ".repeat(250)),
        ("1,000 typos", "protectoin ".repeat(1_000)),
        (
            "1,000 exclusions",
            "patent ".to_string() + &"-the ".repeat(1_000),
        ),
        ("1,000 phrases", "\"patent protection\" ".repeat(1_000)),
        ("1,000 filters", "year:2021 ".repeat(1_000)),
        ("emoji", "👩‍🔬 patent 🇨🇳 🔥🔥".into()),
        (
            "combining marks",
            "pa\u{301}\u{302}\u{303}tent e\u{301}".repeat(3),
        ),
        ("zalgo", "p\u{300}".repeat(3_000)),
        (
            "right-to-left",
            "\u{202e}tnetap براءة الاختراع \u{200f}patent".into(),
        ),
        (
            "NUL and controls",
            "pat\0ent\u{1}\u{7}\u{1b}[31m\u{7f}\r\n\t".into(),
        ),
        (
            "only punctuation",
            "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./".into(),
        ),
        ("unbalanced quotes", "\"patent protection".into()),
        ("many quotes", "\"".repeat(999)),
        ("minus alone", "-".into()),
        ("minus and quote", "-\"".into()),
        ("colon filters", "speaker: year: :kind kind:: doc:\"".into()),
        ("unknown field", "nosuch:thing patent".into()),
        ("percent junk", "%E0%A4%A %ZZ %".into()),
        ("cjk run", "知识产权".repeat(2_500)),
        (
            "markup",
            "<script>window.__pwned=1</script> <img src=x onerror=alert(1)>".into(),
        ),
        ("surrogate-like", "\u{fffd}\u{fffe}\u{ffff}".into()),
    ]
}

fn engine() -> Engine {
    Engine::new(data::corpus())
}

fn timed<T>(what: &str, run: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = run();
    let took = start.elapsed();
    assert!(took < DEBUG_BUILD_BOUND, "{what} took {took:?}");
    out
}

#[test]
fn hostile_queries_answer_quickly_without_panicking() {
    let engine = engine();
    for (name, query) in hostile_queries() {
        let results = timed(name, || engine.search(&SearchRequest::new(&query)));
        assert!(
            results.hits.len() <= 20,
            "{name}: a page holds at most the limit"
        );
        assert!(results.total >= results.hits.len(), "{name}");
        let typed_again = timed(name, || {
            engine.search(&SearchRequest::new(&(query.clone() + " ")))
        });
        assert!(typed_again.total_docs >= typed_again.hits.len(), "{name}");
    }
}

#[test]
fn a_query_over_the_limits_is_cut_and_says_so() {
    let engine = engine();
    let config = SearchConfig::default();
    let long = "patent ".repeat(config.max_query_chars);
    let many = (0..config.max_query_words + 1)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(engine.search(&SearchRequest::new(&long)).truncated);
    assert!(engine.search(&SearchRequest::new(&many)).truncated);
    let fits = "patent protection";
    assert!(!engine.search(&SearchRequest::new(fits)).truncated);
    // Cutting keeps what fits: a long repetition of one word still finds it.
    assert!(engine.search(&SearchRequest::new(&long)).total > 0);
}

#[test]
fn punctuation_and_lone_operators_give_empty_results_not_errors() {
    let engine = engine();
    for query in ["-", "\"", "\"\"", "-\"\"", "!!!", ":", "::", "---"] {
        let results = engine.search(&SearchRequest::new(query));
        assert_eq!(results.total, 0, "{query:?}");
        assert!(results.hits.is_empty());
    }
}

#[test]
fn unbalanced_quotes_search_the_words() {
    let engine = engine();
    let open = engine.search(&SearchRequest::new("\"patent protection"));
    let plain = engine.search(&SearchRequest::new("patent protection"));
    assert!(plain.total > 0);
    assert_eq!(open.total, plain.total);
}

#[test]
fn control_characters_separate_words() {
    let engine = engine();
    let with_controls = engine.search(&SearchRequest::new("patent\0protection\u{1b}"));
    let plain = engine.search(&SearchRequest::new("patent protection"));
    assert_eq!(with_controls.total, plain.total);
}

#[test]
fn unknown_facets_and_values_are_ignored_or_match_nothing() {
    let engine = engine();
    let mut by_name = BTreeMap::new();
    by_name.insert("nosuch".to_string(), vec!["x".to_string()]);
    let options = SearchOptions {
        filters: by_name,
        ..SearchOptions::default()
    };
    let unknown_facet = records::search(&engine, "patent", &options);
    let plain = records::search(&engine, "patent", &SearchOptions::default());
    assert_eq!(
        unknown_facet.total, plain.total,
        "an unknown facet is ignored"
    );

    let mut by_name = BTreeMap::new();
    by_name.insert("kind".to_string(), vec!["no such kind".to_string()]);
    let options = SearchOptions {
        filters: by_name,
        ..SearchOptions::default()
    };
    assert_eq!(records::search(&engine, "patent", &options).total, 0);
}

#[test]
fn thousands_of_filter_values_stay_cheap() {
    let engine = engine();
    let values: Vec<String> = (0..10_000).map(|i| format!("value {i}")).collect();
    let mut by_name = BTreeMap::new();
    for facet in ["kind", "year", "doc", "speaker", "entity", "topic"] {
        by_name.insert(facet.to_string(), values.clone());
    }
    let options = SearchOptions {
        filters: by_name,
        ..SearchOptions::default()
    };
    let record = timed("60,000 filter values", || {
        records::search(&engine, "patent", &options)
    });
    assert_eq!(record.total, 0);
}

#[test]
fn huge_limit_and_offset_are_capped_or_empty() {
    let engine = engine();
    let options = SearchOptions {
        limit: Some(usize::MAX),
        offset: Some(usize::MAX),
        ..SearchOptions::default()
    };
    let record = timed("huge offset", || {
        records::search(&engine, "patent", &options)
    });
    assert!(record.hits.is_empty());
    assert!(record.total > 0);
    let options = SearchOptions {
        limit: Some(usize::MAX),
        ..SearchOptions::default()
    };
    let record = timed("huge limit", || {
        records::search(&engine, "patent", &options)
    });
    assert!(record.hits.len() <= records::MAX_LIMIT);
    assert_eq!(record.hits.len(), record.documents);
}

#[test]
fn the_js_api_reads_as_many_filter_values_as_the_engine_uses() {
    assert_eq!(
        records::MAX_FILTER_VALUES,
        SearchConfig::default().max_filter_values
    );
}
