//! Did-you-mean: when a query matches nothing, each plain word the corpus
//! lacks is replaced by the closest corpus word with the same first letter
//! (fewest edits, then most frequent), and the corrected query is offered
//! only if it matches, says no word twice, and corrects the whole query (a
//! query longer than the engine reads gets none).

use super::expand::edit_distance;
use super::fold::fold;
use super::search::{Engine, SearchRequest};
use super::tokenize::{tokenize, TokenKind};

/// Most edits a suggestion may make to one word.
const MAX_EDITS: usize = 2;

/// A corrected query that has results, or `None`.
pub fn suggest(engine: &Engine, request: &SearchRequest) -> Option<String> {
    let mut changed = false;
    let mut words = Vec::new();
    // The same cut as the search itself, so a huge query costs no more here.
    let query: String = (request.query.chars())
        .take(engine.config().max_query_chars)
        .collect();
    for chunk in query
        .split_whitespace()
        .take(engine.config().max_query_words)
    {
        match correct(engine, chunk) {
            Some(better) => {
                words.push(better);
                changed = true;
            }
            None => words.push(chunk.to_string()),
        }
    }
    // A suggestion never says a word twice, and never drops the part of an
    // over-long query the search left out: it would be no correction of it.
    let cut = query.chars().count() < request.query.chars().count()
        || request.query.split_whitespace().count() > words.len();
    if !changed || cut || repeats_a_word(&words) {
        return None;
    }
    let corrected = words.join(" ");
    let retry = SearchRequest {
        query: corrected.clone(),
        ..request.clone()
    };
    (engine.search_without_suggestion(&retry).total > 0).then_some(corrected)
}

/// Whether two of `words` are the same word (case and accents aside).
fn repeats_a_word(words: &[String]) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    words.iter().any(|w| !seen.insert(fold(w)))
}

/// The closest corpus word to a plain one-word chunk the corpus lacks.
fn correct(engine: &Engine, chunk: &str) -> Option<String> {
    if chunk.starts_with('-') || chunk.contains(':') || chunk.contains('"') {
        return None;
    }
    let tokens = tokenize(chunk);
    let [token] = tokens.as_slice() else {
        return None;
    };
    let index = engine.index();
    if token.kind != TokenKind::Word || index.term_id(&token.term).is_some() {
        return None;
    }
    let typed: Vec<char> = fold(&token.word).chars().collect();
    let max = if typed.len() <= 3 { 1 } else { MAX_EDITS };
    let mut best: Option<(usize, std::cmp::Reverse<usize>, &str)> = None;
    let first = token.word.chars().next()?;
    let mut buf = [0u8; 4];
    for (word, term) in index.words_with_prefix(first.encode_utf8(&mut buf)) {
        if word.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Some(d) = edit_distance(&typed, word, max) {
            let candidate = (d, std::cmp::Reverse(index.body_df(term)), word);
            if best.is_none_or(|b| candidate < b) {
                best = Some(candidate);
            }
        }
    }
    best.map(|(_, _, word)| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn suggestion(query: &str) -> Option<String> {
        fixture::engine()
            .search(&SearchRequest::new(query))
            .suggestion
    }

    #[test]
    fn short_misspellings_get_a_suggestion() {
        assert_eq!(suggestion("lwa "), Some("law".to_string()));
        assert_eq!(suggestion("protect lwa "), Some("protect law".to_string()));
    }

    #[test]
    fn no_suggestion_when_something_matched_or_nothing_is_close() {
        assert_eq!(suggestion("patent "), None);
        assert_eq!(suggestion("qqqzzzxxx "), None);
        assert_eq!(suggestion(""), None);
    }

    #[test]
    fn no_suggestion_repeats_a_word_or_drops_the_queries_tail() {
        // Both misspellings would become `law`.
        assert_eq!(suggestion("lwa lqw "), None);
        let long = "lwa ".repeat(40);
        assert_eq!(suggestion(&long), None);
        let words_cut = format!("lwa {}", "protect ".repeat(40));
        assert_eq!(suggestion(&words_cut), None);
    }
}
