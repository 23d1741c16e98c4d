//! The words of a query as a heading or a title quotes them: its words and
//! phrases as typed, without the query language around them (field filters
//! such as `speaker:shen`, `-excluded` words, quote marks).
//!
//! A question's heading quotes only the words that carry its content
//! ([`asked_words`]): "how many patent agencies are there in China?" is
//! about “patent agencies China”.
//!
//! Invariant: the result holds only characters of the query, in its order,
//! on one line.

use crate::engine::fold::fold;
use crate::engine::intent::read_text;
use crate::engine::Facet;

/// The words a query is about: for a question, its content words as typed
/// (without question, filler and cue words, and the punctuation around
/// them); for keywords, [`query_words`].
pub fn asked_words(query: &str) -> String {
    let all = query_words(query);
    let intent = read_text(query);
    if !intent.question {
        return all;
    }
    let content = |part: &str| intent.words.iter().any(|w| w.word == fold(part));
    let kept: Vec<&str> = (all.split(' '))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.split('-').any(content) || w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept.join(" ")
    }
}

/// The query's words and phrases, space-separated; empty when it has none.
pub fn query_words(query: &str) -> String {
    let mut words = Vec::new();
    let mut rest = query.trim();
    while !rest.is_empty() {
        let len = token_len(rest);
        let token = &rest[..len];
        rest = rest[len..].trim_start();
        let is_field = token
            .split_once(':')
            .is_some_and(|(name, _)| Facet::parse(name).is_some());
        if is_field || token.starts_with('-') {
            continue;
        }
        let bare = token.trim_matches(|c: char| matches!(c, '"' | '“' | '”'));
        words.extend(bare.split_whitespace());
    }
    words.join(" ")
}

/// Length of the token at the start of `text`: up to whitespace, with a
/// quoted value (`name:"two words"`) kept whole.
pub(super) fn token_len(text: &str) -> usize {
    let mut in_quote = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            c if c.is_whitespace() && !in_quote => return at,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_quoted_by_its_content_words() {
        assert_eq!(
            asked_words("How many patent agencies are there in China?"),
            "patent agencies China"
        );
        assert_eq!(
            asked_words("what is the target for high-value invention patents per 10,000 people"),
            "high-value invention patents per 10,000 people"
        );
        // Keywords stay as typed; a question of cue words alone too.
        assert_eq!(asked_words("pledge financing"), "pledge financing");
        assert_eq!(asked_words("how many?"), "how many?");
    }

    #[test]
    fn syntax_is_left_out_and_words_stay_as_typed() {
        assert_eq!(
            query_words(" Pledge \"IP financing\" speaker:shen -loan year:2021 "),
            "Pledge IP financing"
        );
        assert_eq!(query_words("speaker:\"shen changyu\""), "");
        assert_eq!(query_words("what is a:b"), "what is a:b");
        assert_eq!(query_words("\"unclosed phrase"), "unclosed phrase");
    }
}
