//! Snippets: the window of a passage with the most distinct matching words,
//! as segments of plain and marked text. Highlighting goes by the tokenizer's
//! byte offsets, so it never re-searches the text.
//!
//! Invariant: a snippet is cut only at whitespace, so no character or word is
//! ever cut in half; the segments concatenate to a substring of the passage
//! (plus `…` where text was left out).

use std::ops::Range;

use super::tokenize::{clean, scan, TokenKind};

/// Window starts tried at most, so a passage full of matches stays cheap.
const MAX_WINDOW_STARTS: usize = 500;

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

/// Byte ranges of the words of `text` at `positions` (sorted body positions
/// where a query term matched): every match of a whole passage, for the
/// reader, marked by the same rules as a snippet's.
pub fn match_spans(text: &str, positions: &[u32]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let Some(&last) = positions.last() else {
        return spans;
    };
    scan(text, last, |span, position, kind| {
        if kind != TokenKind::Compound && positions.binary_search(&position).is_ok() {
            spans.push(span);
        }
    });
    spans
}

/// The best window of at most `max_words` words of `text`. `matches` are
/// the body positions where a query term matched, with the term, sorted by
/// position (the index knows them, so the text is not searched again);
/// `exact_words` are the query's `(term, folded word)` pairs, to tell exact
/// matches from stem matches among the matches the window shows.
pub fn snippet(
    text: &str,
    matches: &[(u32, u32)],
    exact_words: &[(u32, &str)],
    max_words: usize,
) -> Snippet {
    let width = max_words.max(1) as u32;
    let first = best_window(matches, width).saturating_sub(width / 6);
    let last = first + width - 1;
    let (mut start, mut end) = (None, 0);
    let mut marks: Vec<Range<usize>> = Vec::new();
    let mut result = Snippet::default();
    // Positions where a query word's own term matched, and whether a token
    // there (a compound or one of its parts) is spelt as typed.
    let mut exact_at: Vec<(u32, bool)> = Vec::new();
    // Scanning stops after the window: exact-versus-stem is judged on the
    // matches the snippet shows, and a long passage is not read to its end.
    scan(text, last, |span, position, kind| {
        let from = matches.partition_point(|&(p, _)| p < position);
        let here = &matches[from..from + matches[from..].partition_point(|&(p, _)| p == position)];
        for &(_, word) in exact_words
            .iter()
            .filter(|(t, _)| here.iter().any(|m| m.1 == *t))
        {
            let typed = clean(&text[span.clone()]) == word;
            match exact_at.last_mut() {
                Some((p, seen)) if *p == position => *seen |= typed,
                _ => exact_at.push((position, typed)),
            }
        }
        if kind == TokenKind::Compound || position < first || position > last {
            return;
        }
        start.get_or_insert(span.start);
        end = span.end;
        if !here.is_empty() {
            marks.push(span);
        }
    });
    result.exact = exact_at.iter().any(|&(_, typed)| typed);
    result.stem = exact_at.iter().any(|&(_, typed)| !typed);
    let start = match start {
        Some(s) if first > 0 => word_start(text, s),
        _ => 0,
    };
    // The window reaches the end when no word follows its last token.
    let end = match no_word_after(text, end) {
        true => text.len(),
        false => word_end(text, end),
    };
    let mut segments = Vec::new();
    let mut at = start;
    for span in marks {
        if span.start < at || span.end > end {
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

/// The start position of the window of `width` positions with the most
/// distinct matched terms, then the most matches, earliest on ties.
fn best_window(matches: &[(u32, u32)], width: u32) -> u32 {
    let mut best = (0usize, 0usize, 0u32);
    for (i, &(start, _)) in matches.iter().enumerate().take(MAX_WINDOW_STARTS) {
        let mut terms: Vec<u32> = (matches[i..].iter())
            .take_while(|(p, _)| *p < start + width)
            .map(|&(_, t)| t)
            .collect();
        let n_matches = terms.len();
        terms.sort_unstable();
        terms.dedup();
        if (terms.len(), n_matches) > (best.0, best.1) {
            best = (terms.len(), n_matches, start);
        }
    }
    best.2
}

/// Whether no word follows byte `end` of `text`.
fn no_word_after(text: &str, end: usize) -> bool {
    !text[end..].chars().any(char::is_alphanumeric)
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
    use crate::tokenize::tokenize;

    /// Matches of the words whose stem is one of `stems` (the stem's index
    /// in the list stands in for a term id), found by tokenizing.
    fn matches(text: &str, stems: &[&str]) -> Vec<(u32, u32)> {
        (tokenize(text).iter())
            .filter(|t| t.kind != TokenKind::Compound)
            .filter_map(|t| {
                let term = stems.iter().position(|s| *s == t.term)?;
                Some((t.position, term as u32))
            })
            .collect()
    }

    fn check(text: &str, stems: &[&str], max_words: usize, expected: Expect) {
        let snippet = snippet(text, &matches(text, stems), &[], max_words);
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
        let snippet = snippet(text, &matches(text, &["valu"]), &[], 3);
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
        let text = "The patent office";
        let exact = snippet(text, &matches(text, &["patent"]), &[(0, "patent")], 10);
        assert!(exact.exact && !exact.stem);
        let text = "Many patents";
        let stem = snippet(text, &matches(text, &["patent"]), &[(0, "patent")], 10);
        assert!(!stem.exact && stem.stem);
    }
}
