//! Host-side integration tests through the library's public API: the real seed
//! corpus as compiled by `build.rs`, the engine over it, and the JS API records.
#![cfg(not(target_arch = "wasm32"))]

use ip_explorer::api::records;
use ip_explorer::corpus::{self, SourceFile};
use ip_explorer::data;
use ip_explorer::engine::{Engine, SearchRequest};

/// Number of files in `seeds/` with an extension the compiler reads.
fn seed_file_count() -> usize {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .filter(|e| {
            matches!(
                e.path().extension().and_then(|x| x.to_str()),
                Some("txt" | "md")
            )
        })
        .count()
}

#[test]
fn embedded_corpus_has_every_seed_document() {
    let corpus = data::corpus();
    assert_eq!(corpus.documents.len(), seed_file_count());
    for doc in &corpus.documents {
        assert!(!doc.title.is_empty(), "{} has a title", doc.id);
        assert!(
            doc.passages.start < doc.passages.end,
            "{} has passages",
            doc.id
        );
    }
}

#[test]
fn embedded_corpus_is_what_the_compiler_makes_of_seeds() {
    // The bytes in the binary are exactly what compiling seeds/ now gives:
    // the build is deterministic and the embedded copy is not stale.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<SourceFile> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| SourceFile {
            name: e.file_name().to_string_lossy().into_owned(),
            bytes: std::fs::read(e.path()).unwrap(),
        })
        .collect();
    let (first, _) = corpus::compile(&files);
    files.reverse();
    let (second, _) = corpus::compile(&files);
    assert_eq!(corpus::encode(&first), corpus::encode(&second));
    assert_eq!(corpus::encode(&first), data::CORPUS_BYTES);
}

#[test]
fn documents_record_lists_the_seeds_with_counts() {
    let corpus = data::corpus();
    let docs = records::documents(&corpus);
    assert_eq!(docs.len(), corpus.documents.len());
    let passages: u32 = docs.iter().map(|d| d.passages).sum();
    assert_eq!(passages as usize, corpus.passages.len());
    assert!(docs.iter().all(|d| d.words > 100));
}

#[test]
fn search_over_seeds_finds_passages_containing_every_word() {
    let engine = Engine::new(data::corpus());
    let options = records::SearchOptions::default();
    let res = records::search(&engine, "patent protection ", &options);
    assert!(res.total > 0);
    for hit in &res.hits {
        let text = hit.text.to_lowercase();
        assert!(
            text.contains("patent") && text.contains("protect"),
            "{}",
            hit.passage
        );
    }
    assert_eq!(records::search(&engine, "", &options).total, 0);
    assert_eq!(records::search(&engine, "zzzqqqxxy", &options).total, 0);
}

/// One judged query: what was typed and which passages answer it.
struct Judged {
    category: String,
    query: String,
    /// `(document id, lower-cased phrase the answering passage contains)`.
    answers: Vec<(String, String)>,
}

fn judged_set() -> Vec<Judged> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/judged.tsv");
    let text = std::fs::read_to_string(path).expect("tests/judged.tsv exists");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() >= 4 && fields.len().is_multiple_of(2),
                "bad line: {line}"
            );
            Judged {
                category: fields[0].to_string(),
                query: fields[1].to_string(),
                answers: fields[2..]
                    .chunks(2)
                    .map(|a| (a[0].to_string(), a[1].to_lowercase()))
                    .collect(),
            }
        })
        .collect()
}

/// 1-based rank of the first answering passage in the order the user sees
/// hits (each document's best passage, then its sub-results), if any.
fn first_answer_rank(engine: &Engine, judged: &Judged) -> Option<usize> {
    let corpus = engine.corpus();
    let results = engine.search(&SearchRequest::new(&judged.query));
    let shown = results
        .hits
        .iter()
        .flat_map(|h| std::iter::once(h).chain(&h.more));
    for (rank, hit) in shown.enumerate() {
        let passage = &corpus.passages[hit.passage as usize];
        let doc = &corpus.documents[passage.doc as usize].id;
        let text = passage
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if judged
            .answers
            .iter()
            .any(|(d, phrase)| d == doc && text.contains(phrase.as_str()))
        {
            return Some(rank + 1);
        }
    }
    None
}

/// Floors for the judged set. They only ever go up: raise them when the
/// engine or the corpus gets better, never lower them.
const MRR_FLOOR: f64 = 0.72;
const RECALL_AT_3_FLOOR: f64 = 0.80;

#[test]
fn judged_set_relevance() {
    let engine = Engine::new(data::corpus());
    let judged = judged_set();
    assert!(
        judged.len() >= 40,
        "the judged set has {} queries",
        judged.len()
    );
    let mut by_category: std::collections::BTreeMap<&str, (usize, f64, usize)> =
        std::collections::BTreeMap::new();
    let (mut rr_sum, mut at_3) = (0.0, 0usize);
    for j in &judged {
        let rank = first_answer_rank(&engine, j);
        let rr = rank.map_or(0.0, |r| 1.0 / r as f64);
        let hit_3 = rank.is_some_and(|r| r <= 3);
        rr_sum += rr;
        at_3 += usize::from(hit_3);
        let entry = by_category.entry(&j.category).or_default();
        entry.0 += 1;
        entry.1 += rr;
        entry.2 += usize::from(hit_3);
        if !hit_3 {
            println!("miss@3 [{}] {:?}: rank {:?}", j.category, j.query, rank);
        }
    }
    let n = judged.len() as f64;
    let (mrr, recall_3) = (rr_sum / n, at_3 as f64 / n);
    for (category, (count, rr, hits)) in &by_category {
        println!(
            "{category:>10}: {count:>2} queries, MRR {:.3}, recall@3 {:.3}",
            rr / *count as f64,
            *hits as f64 / *count as f64
        );
    }
    println!(
        "judged set: {} queries, MRR {mrr:.3}, recall@3 {recall_3:.3}",
        judged.len()
    );
    assert!(mrr >= MRR_FLOOR, "MRR {mrr:.3} fell below {MRR_FLOOR}");
    assert!(
        recall_3 >= RECALL_AT_3_FLOOR,
        "recall@3 {recall_3:.3} fell below {RECALL_AT_3_FLOOR}"
    );
}

#[test]
fn search_record_has_the_shape_of_the_js_api() {
    let engine = Engine::new(data::corpus());
    let mut options = records::SearchOptions::default();
    options
        .filters
        .insert("nonsense".into(), vec!["ignored".into()]);
    let res = records::search(&engine, "intellectual property ", &options);
    let facet_names: Vec<&str> = res.facets.keys().map(String::as_str).collect();
    assert_eq!(
        facet_names,
        ["doc", "entity", "kind", "speaker", "topic", "year"]
    );
    assert!(res.total > 0 && res.suggestion.is_none());
    let shown = res
        .hits
        .iter()
        .flat_map(|h| std::iter::once(h).chain(&h.more));
    for hit in shown {
        // Snippets are cut at whitespace: without the ellipses they are a
        // substring of the passage.
        let joined: String = hit.snippet.iter().map(|s| s.text.as_str()).collect();
        let inner = joined.trim_start_matches("… ").trim_end_matches(" …");
        assert!(hit.text.contains(inner), "{}: {joined}", hit.passage);
        assert!(!hit.why.is_empty(), "{}", hit.passage);
    }
    // A passage may match through its title or speaker alone, so only the
    // best hit is sure to show a marked word.
    assert!(res.hits[0].snippet.iter().any(|s| s.mark));
}

#[test]
fn search_options_are_read_leniently() {
    let mut options = records::SearchOptions {
        limit: Some(1_000_000),
        offset: Some(1),
        sort: Some("date".into()),
        ..records::SearchOptions::default()
    };
    options.filters.insert("Kind".into(), vec!["news".into()]);
    options.filters.insert("bogus".into(), vec!["x".into()]);
    let request = records::search_request("q", &options);
    assert_eq!(request.limit, records::MAX_LIMIT);
    assert_eq!(request.offset, 1);
    assert_eq!(request.sort, ip_explorer::engine::Sort::Date);
    assert_eq!(request.filters.len(), 1);
    let unknown_sort = records::SearchOptions {
        sort: Some("sideways".into()),
        ..records::SearchOptions::default()
    };
    let request = records::search_request("q", &unknown_sort);
    assert_eq!(request.sort, ip_explorer::engine::Sort::Relevance);
    assert_eq!(request.limit, records::DEFAULT_LIMIT);
}

#[test]
fn a_misspelt_query_without_matches_gets_a_suggestion() {
    let engine = Engine::new(data::corpus());
    let res = records::search(&engine, "patnet lwa ", &records::SearchOptions::default());
    assert_eq!(res.total, 0);
    let suggestion = res.suggestion.expect("a suggestion");
    let retry = records::search(&engine, &suggestion, &records::SearchOptions::default());
    assert!(retry.total > 0, "{suggestion}");
}
