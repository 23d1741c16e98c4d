//! Snippets: the window of a passage with the most distinct matching words,
//! as segments of plain and marked text. Highlighting goes by the tokenizer's
//! byte offsets, so it never re-searches the text.
//!
//! Invariant: a snippet is cut only at whitespace, so no character or word is
//! ever cut in half; the segments concatenate to a substring of the passage
//! (plus `…` where text was left out).

use std::ops::Range;

use super::tokenize::{tokenize, Token};

/// A run of snippet text, marked when it matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text, to be shown as text (never as HTML).
    pub text: String,
    /// Whether it matched.
    pub mark: bool,
}

/// A snippet with what it learnt about the match on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    /// The segments in reading order.
    pub segments: Vec<Segment>,
    /// Whether some query word occurs in the passage exactly as typed.
    pub exact: bool,
    /// Whether some query word occurs only in another form of its stem.
    pub stem: bool,
}

/// The best window of at most `max_words` words of `text`, with tokens whose
/// term is in `terms` (sorted) marked. `exact_words` are `(term, word)` pairs of
/// the query, to tell exact matches from stem matches.
pub fn snippet(
    text: &str,
    terms: &[&str],
    exact_words: &[(&str, &str)],
    max_words: usize,
) -> Snippet {
    let tokens = tokenize(text);
    let marked: Vec<bool> = (tokens.iter())
        .map(|t| terms.binary_search(&t.term.as_str()).is_ok())
        .collect();
    let mut result = Snippet::default();
    for t in &tokens {
        for &(term, word) in exact_words {
            if t.term == term {
                if t.word == word {
                    result.exact = true;
                } else {
                    result.stem = true;
                }
            }
        }
    }
    let (first, last) = best_window(&tokens, &marked, max_words.max(1));
    let start = if first == 0 {
        0
    } else {
        word_start(text, tokens[first].span.start)
    };
    let end = if last + 1 >= tokens.len() {
        text.len()
    } else {
        word_end(text, tokens[last].span.end)
    };
    let marks: Vec<Range<usize>> = (tokens.iter().zip(&marked))
        .filter(|(t, &m)| m && t.span.start >= start && t.span.end <= end)
        .map(|(t, _)| t.span.clone())
        .collect();
    let mut segments = Vec::new();
    let mut at = start;
    for span in marks {
        if span.start < at {
            continue;
        }
        push(&mut segments, &text[at..span.start], false);
        push(&mut segments, &text[span.clone()], true);
        at = span.end;
    }
    push(&mut segments, &text[at..end], false);
    if start > 0 {
        prepend_ellipsis(&mut segments);
    }
    if end < text.len() {
        push(&mut segments, " …", false);
    }
    result.segments = segments;
    result
}

/// Token range (inclusive) of the window with the most distinct marked terms,
/// then the most marks, earliest on ties.
fn best_window(tokens: &[Token], marked: &[bool], width: usize) -> (usize, usize) {
    if tokens.is_empty() {
        return (0, 0);
    }
    let mut best = (0usize, 0usize, 0usize);
    for first in 0..tokens.len().saturating_sub(width) + 1 {
        if first > 0 && !marked[first] {
            continue;
        }
        let last = (first + width).min(tokens.len()) - 1;
        let mut distinct: Vec<&str> = (first..=last)
            .filter(|&i| marked[i])
            .map(|i| tokens[i].term.as_str())
            .collect();
        let n_marks = distinct.len();
        distinct.sort_unstable();
        distinct.dedup();
        if (distinct.len(), n_marks) > (best.0, best.1) {
            best = (distinct.len(), n_marks, first);
        }
    }
    // Start a little before the first match, so it is read in context.
    let first = best.2.saturating_sub(width / 6);
    let last = (first + width).min(tokens.len()) - 1;
    (first, last)
}

fn word_start(text: &str, at: usize) -> usize {
    text[..at].rfind(char::is_whitespace).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    })
}

fn word_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i)
}

fn push(segments: &mut Vec<Segment>, text: &str, mark: bool) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.mark == mark => last.text.push_str(text),
        _ => segments.push(Segment {
            text: text.to_string(),
            mark,
        }),
    }
}

fn prepend_ellipsis(segments: &mut Vec<Segment>) {
    match segments.first_mut() {
        Some(first) if !first.mark => first.text.insert_str(0, "… "),
        _ => segments.insert(
            0,
            Segment {
                text: "… ".to_string(),
                mark: false,
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(text: &str, terms: &[&str], max_words: usize, expected: Expect) {
        let snippet = snippet(text, terms, &[], max_words);
        let shown: String = (snippet.segments.iter())
            .map(|s| {
                if s.mark {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect();
        expected.assert_eq(&shown);
    }

    #[test]
    fn short_passages_are_whole_with_marks() {
        check(
            "Patents granted in 2020.",
            &["2020", "patent"],
            30,
            expect!["[Patents] granted in [2020]."],
        );
    }

    #[test]
    fn long_passages_show_the_window_with_most_distinct_terms() {
        let text = "Alpha beta gamma patent delta epsilon zeta eta theta iota kappa lambda mu nu patent xi omicron trademark pi rho sigma tau.";
        check(
            text,
            &["patent", "trademark"],
            8,
            expect!["… nu [patent] xi omicron [trademark] pi rho sigma …"],
        );
    }

    #[test]
    fn cuts_fall_between_whole_words() {
        let text =
            "Über-long high-value patents 知识产权 are counted here and there and everywhere.";
        let snippet = snippet(text, &["valu"], &[], 3);
        let joined: String = snippet.segments.iter().map(|s| s.text.as_str()).collect();
        let inner = joined.trim_start_matches("… ").trim_end_matches(" …");
        assert!(text.contains(inner), "{joined}");
        assert!(
            inner.starts_with("Über-long") || inner.starts_with("high-value"),
            "{joined}"
        );
    }

    #[test]
    fn snippet_with_term_not_in_text_is_the_start() {
        check("One two three four.", &["zzz"], 2, expect!["One two …"]);
    }

    #[test]
    fn exact_and_stem_matches_are_told_apart() {
        let exact = snippet(
            "The patent office",
            &["patent"],
            &[("patent", "patent")],
            10,
        );
        assert!(exact.exact && !exact.stem);
        let stem = snippet("Many patents", &["patent"], &[("patent", "patent")], 10);
        assert!(!stem.exact && stem.stem);
    }
}
