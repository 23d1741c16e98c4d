//! Property tests (proptest) of invariants the rest of the code relies on:
//! the tokenizer never panics and its spans are on character boundaries
//! inside the input; snippet segments join back to a piece of the passage;
//! search never returns a passage holding an excluded word; compiling is
//! deterministic. Case counts are small so `cargo test` stays fast; the fuzz
//! targets in `fuzz/` explore the same ground for longer.

use std::sync::LazyLock;

use ip_explorer::corpus::{self, SourceFile};
use ip_explorer::data;
use ip_explorer::engine::snippet::snippet;
use ip_explorer::engine::tokenize::{tokenize, TokenKind};
use ip_explorer::engine::{Engine, SearchRequest};
use proptest::prelude::*;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(data::corpus()));

/// Text with the characters the tokenizer treats specially: connectors,
/// apostrophes, digits, percent signs, accents, combining marks, CJK,
/// emoji, blank lines and controls.
fn texty() -> impl Strategy<Value = String> {
    "([a-zA-Z]{1,9}|[0-9]{1,5}|[ ,.;:'’%\\-_\"()\n]|\n\n|é|e\u{301}|知识产权|👩‍🔬|\u{200b}|\u{202e}|\u{0}){0,80}"
}

/// Words that occur in the seed corpus, so queries built from them match.
const CORPUS_WORDS: &[&str] = &[
    "patent",
    "protection",
    "intellectual",
    "property",
    "rights",
    "trademark",
    "copyright",
    "china",
    "enterprises",
    "cases",
    "national",
    "development",
    "the",
    "of",
    "and",
    "innovation",
    "law",
    "year",
    "system",
    "cnipa",
    "examination",
    "market",
    "international",
    "public",
];

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn tokens_lie_on_character_boundaries_inside_the_input(text in any::<String>()) {
        for token in tokenize(&text) {
            prop_assert!(token.span.start < token.span.end);
            prop_assert!(token.span.end <= text.len());
            prop_assert!(text.is_char_boundary(token.span.start));
            prop_assert!(text.is_char_boundary(token.span.end));
        }
    }

    #[test]
    fn tokens_of_texty_input_lie_inside_it(text in texty()) {
        let mut last = 0;
        for token in tokenize(&text) {
            prop_assert!(text.get(token.span.clone()).is_some(), "{:?}", token);
            prop_assert!(token.span.start >= last);
            last = token.span.start;
        }
    }

    #[test]
    fn snippet_segments_join_back_to_a_piece_of_the_text(
        text in texty(),
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
        max_words in 1usize..40,
    ) {
        let tokens: Vec<_> = (tokenize(&text).into_iter())
            .filter(|t| t.kind != TokenKind::Compound)
            .collect();
        let mut terms: Vec<String> = picks
            .iter()
            .filter(|_| !tokens.is_empty())
            .map(|i| tokens[i.index(tokens.len())].term.clone())
            .collect();
        terms.dedup();
        let matches: Vec<(u32, u32)> = (tokens.iter())
            .filter_map(|t| {
                let term = terms.iter().position(|s| *s == t.term)?;
                Some((t.position, term as u32))
            })
            .collect();
        let snip = snippet(&text, &matches, &[], max_words);
        let joined: String = snip.segments.iter().map(|s| s.text.as_str()).collect();
        let inner = joined.strip_prefix("… ").unwrap_or(&joined);
        let inner = inner.strip_suffix(" …").unwrap_or(inner);
        prop_assert!(text.contains(inner), "{:?} is not in {:?}", inner, text);
        for segment in snip.segments.iter().filter(|s| s.mark) {
            prop_assert!(text.contains(&segment.text));
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn search_never_returns_a_passage_holding_an_excluded_word(
        wanted in prop::sample::select(CORPUS_WORDS),
        excluded in prop::sample::select(CORPUS_WORDS),
    ) {
        prop_assume!(wanted != excluded);
        let mut request = SearchRequest::new(&format!("{wanted} -{excluded} "));
        request.limit = usize::MAX;
        let results = ENGINE.search(&request);
        let excluded_term = &tokenize(excluded)[0].term;
        let passages = &ENGINE.corpus().passages;
        for hit in results.hits.iter().chain(results.hits.iter().flat_map(|h| &h.more)) {
            let text = &passages[hit.passage as usize].text;
            prop_assert!(
                tokenize(text).iter().all(|t| &t.term != excluded_term),
                "{} holds {}",
                passages[hit.passage as usize].id,
                excluded
            );
        }
    }

    #[test]
    fn compiling_is_deterministic_whatever_the_file_order(
        files in proptest::collection::vec(("[a-c]{1,2}\\.(txt|md)", texty()), 1..4),
    ) {
        let mut files: Vec<SourceFile> = files
            .into_iter()
            .map(|(name, text)| SourceFile { name, bytes: text.into_bytes() })
            .collect();
        let (first, first_issues) = corpus::compile(&files);
        files.reverse();
        let (second, second_issues) = corpus::compile(&files);
        prop_assert_eq!(corpus::encode(&first), corpus::encode(&second));
        prop_assert_eq!(first_issues, second_issues);
    }
}
