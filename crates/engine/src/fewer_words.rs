//! Fewer words: the words of a query are ANDed, so a query whose words never
//! meet in one passage matches nothing ("patent applications 2021"). When
//! that happens and no spelling correction helps, the queries that leave out
//! one word or phrase and still match are offered, with their counts, so the
//! searcher sees which word was one too many and can pick what to drop.
//!
//! Only what a passage must contain is ever left out: exclusions (`-word`)
//! and field filters (`year:2021`) stay, since the searcher asked for them
//! explicitly. Each candidate is an ordinary search (counts only, no page of
//! hits), so its count is exactly what following it will show.

use super::query::pieces;
use super::search::{Engine, SearchRequest};
use super::sort::sort_by_key;

/// Most pieces a query may have for the candidates to be tried: each costs
/// one search, and a long query that matches nothing is rarely one word off.
const MAX_PIECES: usize = 8;

/// Most candidates offered.
const MAX_OFFERED: usize = 3;

/// A query with one word or phrase left out, and how many passages it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FewerWords {
    /// The query without the piece, ready to search.
    pub query: String,
    /// The word or phrase left out, as typed.
    pub without: String,
    /// Passages the shorter query matches (with the request's filters).
    pub total: usize,
}

/// The queries that leave one piece of `request.query` out and match, most
/// matches first (query order on ties), at most [`MAX_OFFERED`]. Empty when
/// the query has fewer than two pieces a passage must contain.
pub fn fewer_words(engine: &Engine, request: &SearchRequest) -> Vec<FewerWords> {
    // The same cut as the search itself, so a huge query costs no more here.
    let query: String = (request.query.chars())
        .take(engine.config().max_query_chars)
        .collect();
    let pieces = pieces(&query);
    let required: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].required).collect();
    if required.len() < 2 || pieces.len() > MAX_PIECES {
        return Vec::new();
    }
    // A query still being typed (no final space) keeps that state, so the
    // last word stays a prefix exactly when it was one.
    let tail = if query.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let mut offered = Vec::new();
    for &left_out in &required {
        let kept: Vec<&str> = (pieces.iter().enumerate())
            .filter(|&(i, _)| i != left_out)
            .map(|(_, p)| p.text.as_str())
            .collect();
        let shorter = format!("{}{tail}", kept.join(" "));
        let retry = SearchRequest {
            query: shorter.clone(),
            limit: 0,
            offset: 0,
            ..request.clone()
        };
        let found = engine.search_without_suggestion(&retry);
        if found.total > 0 && found.pending.is_empty() {
            offered.push(FewerWords {
                query: shorter,
                without: pieces[left_out].text.clone(),
                total: found.total,
            });
        }
    }
    // Stable: equal counts keep the query's order.
    sort_by_key(&mut offered, |f| std::cmp::Reverse(f.total));
    offered.truncate(MAX_OFFERED);
    offered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn offered(engine: &Engine, query: &str) -> Vec<(String, String, usize)> {
        (engine
            .search(&SearchRequest::new(query))
            .fewer_words
            .into_iter())
        .map(|f| (f.query, f.without, f.total))
        .collect()
    }

    fn total(engine: &Engine, query: &str) -> usize {
        engine.search(&SearchRequest::new(query)).total
    }

    #[test]
    fn words_that_never_meet_offer_each_shorter_query_that_matches() {
        let engine = fixture::engine();
        // Each word matches on its own, never together.
        assert_eq!(total(&engine, "welcome reuters "), 0);
        let got = offered(&engine, "welcome reuters ");
        assert_eq!(got.len(), 2, "{got:?}");
        for (query, without, count) in &got {
            assert!(
                ["welcome", "reuters"].contains(&without.as_str()),
                "{got:?}"
            );
            assert!(!query.contains(without.as_str()), "{got:?}");
            assert_eq!(*count, total(&engine, query), "the count is the search's");
        }
        assert!(
            got.windows(2).all(|w| w[0].2 >= w[1].2),
            "most matches first"
        );
    }

    #[test]
    fn a_word_the_corpus_lacks_is_the_one_left_out() {
        let engine = fixture::engine();
        let got = offered(&engine, "patents qqqzzzxxx ");
        assert_eq!(
            got,
            vec![(
                "patents ".to_string(),
                "qqqzzzxxx".to_string(),
                total(&engine, "patents ")
            )]
        );
    }

    #[test]
    fn exclusions_filters_and_phrases_are_kept_or_left_out_whole() {
        let engine = fixture::engine();
        let got = offered(
            &engine,
            r#""press conference" qqqzzzxxx -reuters kind:transcript "#,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "qqqzzzxxx");
        assert_eq!(got[0].0, r#""press conference" -reuters kind:transcript "#);
        let got = offered(&engine, r#"qqqzzzxxx "press conference" "#);
        assert_eq!(got[0].0, r#""press conference" "#);
    }

    #[test]
    fn nothing_is_offered_when_something_matched_a_correction_exists_or_one_word_is_left() {
        let engine = fixture::engine();
        assert!(offered(&engine, "patents ").is_empty());
        assert!(offered(&engine, "qqqzzzxxx ").is_empty());
        assert!(offered(&engine, "qqqzzzxxx -patents year:2021 ").is_empty());
        // "protect lwa" has a spelling correction, which comes first.
        let results = engine.search(&SearchRequest::new("protect lwa "));
        assert_eq!(results.suggestion.as_deref(), Some("protect law"));
        assert!(results.fewer_words.is_empty());
    }

    #[test]
    fn the_request_filters_apply_to_the_shorter_queries() {
        let engine = fixture::engine();
        let mut request = SearchRequest::new("patents qqqzzzxxx ");
        request
            .filters
            .insert(crate::Facet::Kind, vec!["news".to_string()]);
        let filtered = engine.search(&request);
        let unfiltered = engine.search(&SearchRequest::new("patents qqqzzzxxx "));
        let mut shorter = SearchRequest::new("patents ");
        shorter.filters = request.filters.clone();
        let expected = engine.search(&shorter).total;
        assert_eq!(
            filtered.fewer_words.first().map(|f| f.total).unwrap_or(0),
            expected
        );
        assert!(expected < unfiltered.fewer_words[0].total);
    }
}
