//! What a search hit says about where it comes from: its document's title,
//! kind and date, and the "why" labels in words; which answer the results
//! list shows while a chunked corpus fetches the index shards of a new
//! query; and the further passages of one document that "N more passages in
//! this document" shows. All of it over the engine's own `SearchResults`.

use std::collections::BTreeMap;

use crate::api::records::{SearchOptions, MAX_LIMIT};
use crate::corpus::{Corpus, Document, PassageIdx};
use crate::engine::{Hit, SearchResults};

/// Further passages of each document the results list shows before its
/// "N more passages in this document" button.
pub const SUB_HITS: usize = 2;

/// The document line of a hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HitSource {
    /// Document title, or the id when the corpus does not know it.
    pub title: String,
    /// `transcript`, `news`, `report` or `notice`; empty for an unknown id.
    pub kind: &'static str,
    /// ISO date at its own precision, if known.
    pub date: Option<String>,
}

/// The document line for document `doc_id`.
pub fn hit_source(corpus: &Corpus, doc_id: &str) -> HitSource {
    match corpus.document(doc_id) {
        Some(doc) => source_of(doc),
        None => HitSource {
            title: doc_id.to_string(),
            kind: "",
            date: None,
        },
    }
}

/// The document line of `doc`, for a hit that names it by index.
pub fn source_of(doc: &Document) -> HitSource {
    HitSource {
        title: doc.title.clone(),
        kind: doc.kind.as_str(),
        date: doc.date.map(|d| d.iso()),
    }
}

/// A "why" tag (`exact`, `stem`, `prefix`, `typo`, `alias`) as a short label
/// with a tooltip saying what it means.
pub fn why_label(why: &str) -> (&str, &'static str) {
    let tip = match why {
        "exact" => "The words appear as typed",
        "stem" => "Another form of a word matched (e.g. plural)",
        "prefix" => "A word starting with what was typed matched",
        "typo" => "A word spelled slightly differently matched",
        "alias" => "Another name for the same thing matched",
        _ => "",
    };
    (why, tip)
}

/// The line above the results: how many passages matched, in how many documents.
pub fn result_count_label(passages: usize, documents: usize) -> String {
    match passages {
        0 => "No passages match.".to_string(),
        _ => format!(
            "{} in {}",
            plural(passages, "passage"),
            plural(documents, "document")
        ),
    }
}

/// `n` and `word`, plural unless `n` is 1: "1 passage", "10 passages".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// How long the search took, for the line above the results. Browsers
/// coarsen `performance.now()` (to 0.1 ms in Chromium without cross-origin
/// isolation), so a reading of zero means "under 0.1 ms", and times under
/// 10 ms keep one decimal, which is all the clock can tell.
pub fn elapsed_label(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.05 {
        "under 0.1 ms".to_string()
    } else if ms < 9.95 {
        format!("{} ms", crate::decimal::fixed(ms, 1))
    } else {
        format!("{} ms", crate::decimal::fixed(ms, 0))
    }
}

/// Whether `results` wait for index shards of their query (a chunked
/// corpus): nothing is counted or listed yet.
pub fn waits_for_shards(results: &SearchResults) -> bool {
    !results.pending.is_empty() && results.total == 0
}

/// The answer the results list and the facets show, given the `latest`
/// search and what they `shown` before: while the latest waits for index
/// shards, the last answer stays on screen (the count line says
/// "Searching…"), so typing on a chunked corpus does not empty the list at
/// every new prefix and fill it again a moment later.
pub fn results_to_show(shown: Option<&SearchResults>, latest: &SearchResults) -> SearchResults {
    match shown {
        Some(previous) if waits_for_shards(latest) => previous.clone(),
        _ => latest.clone(),
    }
}

/// The options that list every further passage of document `doc` under the
/// page's `filters` (up to [`MAX_LIMIT`] of them).
pub fn document_options(filters: &BTreeMap<String, Vec<String>>, doc: &str) -> SearchOptions {
    let mut filters = filters.clone();
    filters.insert("doc".to_string(), vec![doc.to_string()]);
    SearchOptions {
        filters,
        limit: Some(1),
        more_limit: Some(MAX_LIMIT),
        ..SearchOptions::default()
    }
}

/// The passages of `results` (a search narrowed to one document) that are
/// not among the passages `shown` already, best first.
pub fn rest_of_document(results: &SearchResults, shown: &[PassageIdx]) -> Vec<Hit> {
    let Some(best) = results.hits.first() else {
        return Vec::new();
    };
    (std::iter::once(best).chain(&best.more))
        .filter(|h| !shown.contains(&h.passage))
        .map(|h| Hit {
            more: Vec::new(),
            ..h.clone()
        })
        .collect()
}

/// The label of the button that shows a document's further passages.
pub fn more_passages_label(n: usize, expanded: bool) -> String {
    match (n, expanded) {
        (1, false) => "1 more passage in this document".to_string(),
        (_, false) => format!("{n} more passages in this document"),
        (1, true) => "Hide 1 passage".to_string(),
        (_, true) => format!("Hide {n} passages"),
    }
}

/// The note above results that hold most, not all, of the query's words.
pub const PARTIAL_NOTE: &str =
    "No passage has all of these words. Showing the passages with the most of them:";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::records::{search_request, SearchOptions};
    use crate::engine::Engine;
    use crate::fixture;

    #[test]
    fn known_and_unknown_documents() {
        let corpus = fixture::corpus();
        assert_eq!(
            hit_source(&corpus, "conf"),
            HitSource {
                title: "Press conference on IP protection".to_string(),
                kind: "transcript",
                date: Some("2022-04-24".to_string()),
            }
        );
        assert_eq!(hit_source(&corpus, "note").date, None);
        assert_eq!(hit_source(&corpus, "gone").title, "gone");
    }

    #[test]
    fn a_document_by_index_has_the_line_its_id_has() {
        let corpus = fixture::corpus();
        for doc in &corpus.documents {
            assert_eq!(source_of(doc), hit_source(&corpus, &doc.id));
        }
        assert_eq!(source_of(&corpus.documents[0]).kind, "transcript");
    }

    #[test]
    fn why_tags_have_tooltips() {
        assert_eq!(
            why_label("alias").1,
            "Another name for the same thing matched"
        );
        assert_eq!(why_label("other"), ("other", ""));
    }

    #[test]
    fn result_count_names_passages_and_documents() {
        assert_eq!(result_count_label(0, 0), "No passages match.");
        assert_eq!(result_count_label(1, 1), "1 passage in 1 document");
        assert_eq!(result_count_label(24, 1), "24 passages in 1 document");
        assert_eq!(result_count_label(52, 4), "52 passages in 4 documents");
        assert_eq!(plural(1, "passage"), "1 passage");
        assert_eq!(plural(0, "passage"), "0 passages");
    }

    #[test]
    fn search_times_are_rounded_to_what_the_clock_can_tell() {
        assert_eq!(elapsed_label(0.0), "under 0.1 ms");
        assert_eq!(elapsed_label(f64::NAN), "under 0.1 ms");
        assert_eq!(elapsed_label(0.1), "0.1 ms");
        assert_eq!(elapsed_label(0.4000000001), "0.4 ms");
        assert_eq!(elapsed_label(3.26), "3.3 ms");
        assert_eq!(elapsed_label(12.6), "13 ms");
    }

    fn search(engine: &Engine, query: &str, options: &SearchOptions) -> SearchResults {
        engine.search_passages(&search_request(query, options))
    }

    fn record(query: &str) -> SearchResults {
        let engine = Engine::new(fixture::corpus());
        search(&engine, query, &SearchOptions::default())
    }

    #[test]
    fn a_document_lists_every_further_passage_once() {
        let engine = Engine::new(fixture::corpus());
        let corpus = engine.corpus();
        // "courts" or "cases": conf#p3 and conf#p4; the page shows one further.
        let options = SearchOptions {
            more_limit: Some(0),
            ..SearchOptions::default()
        };
        let page = search(&engine, "cases ", &options);
        let hit = &page.hits[0];
        let doc = &corpus.documents[hit.doc as usize].id;
        assert_eq!((hit.more.len(), hit.more_total), (0, 1));
        let mut filters = BTreeMap::new();
        filters.insert("doc".to_string(), vec!["note".to_string()]);
        filters.insert("kind".to_string(), vec!["transcript".to_string()]);
        let narrowed = document_options(&filters, doc);
        assert_eq!(narrowed.filters["doc"], std::slice::from_ref(doc));
        assert_eq!(narrowed.filters["kind"], ["transcript"]);
        let whole = search(&engine, "cases ", &narrowed);
        let rest = rest_of_document(&whole, std::slice::from_ref(&hit.passage));
        let ids: Vec<PassageIdx> = rest.iter().map(|h| h.passage).collect();
        assert_eq!(ids.len(), hit.more_total, "{ids:?}");
        assert!(!ids.contains(&hit.passage));
        assert!(rest_of_document(&record("zzzzqqq"), &[]).is_empty());
    }

    #[test]
    fn the_more_button_says_how_many() {
        assert_eq!(
            more_passages_label(16, false),
            "16 more passages in this document"
        );
        assert_eq!(
            more_passages_label(1, false),
            "1 more passage in this document"
        );
        assert_eq!(more_passages_label(16, true), "Hide 16 passages");
    }

    #[test]
    fn a_search_waiting_for_shards_keeps_the_last_answer_on_screen() {
        let before = record("cases");
        assert!(before.total > 0 && !waits_for_shards(&before));
        let mut waiting = record("pledge");
        waiting.hits.clear();
        (waiting.total, waiting.total_docs) = (0, 0);
        waiting.facets.clear();
        waiting.pending = vec![3];
        assert!(waits_for_shards(&waiting));
        assert_eq!(results_to_show(Some(&before), &waiting), before);
        // Nothing shown yet: the empty waiting answer.
        assert_eq!(results_to_show(None, &waiting), waiting);
    }

    #[test]
    fn complete_answers_and_those_waiting_only_for_text_replace_the_last() {
        let before = record("cases");
        let after = record("pledge");
        assert_ne!(before, after);
        assert_eq!(results_to_show(Some(&before), &after), after);
        // Hits whose text is on its way are counted and listed already.
        let mut text_pending = after.clone();
        text_pending.pending = vec![0];
        assert!(!waits_for_shards(&text_pending));
        assert_eq!(results_to_show(Some(&before), &text_pending), text_pending);
        // A query with no match is an answer too.
        let none = record("zzzzqqq");
        assert_eq!(none.total, 0);
        assert_eq!(results_to_show(Some(&before), &none), none);
    }
}
