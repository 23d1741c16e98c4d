//! Splits text into folded, stemmed tokens with positions and byte offsets.
//! Index and query use this same function, so both sides always agree.
//!
//! Rules: a token is a run of letters and digits. Numbers stay whole (`10,000`
//! is `10000`, `43.9%` and `5.761` keep their point). Words joined by `-`, `_`
//! or `.` (`high-value`, `worldip.cn`) give one [`TokenKind::Compound`] token for
//! the whole run and one [`TokenKind::Part`] token per piece, so both are
//! findable. A possessive `'s` is dropped. Han, kana and Hangul runs, which have
//! no spaces, become overlapping character bigrams. Stop words are kept, with
//! their positions, so phrases across them still match.

use std::ops::Range;

use super::fold::{fold, is_cjk, stem};

/// A word of the text with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The index key: the stem of the folded word (numbers and compounds unstemmed).
    pub term: String,
    /// The folded surface word, before stemming.
    pub word: String,
    /// Word position: parts of a compound take successive positions, the
    /// compound itself takes its first part's.
    pub position: u32,
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// What sort of token this is.
    pub kind: TokenKind,
}

/// The sorts of token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A plain word.
    Word,
    /// A number, kept whole.
    Number,
    /// A whole hyphenated or dotted run (`high-value`) or a percentage (`43.9%`).
    Compound,
    /// One piece of the compound just before it.
    Part,
    /// A character bigram (or single character) of CJK text.
    Cjk,
}

/// Tokens of `text` in reading order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::new();
    let mut position = 0u32;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if is_cjk(c) {
            let mut end = i;
            while end < chars.len() && is_cjk(chars[end].1) {
                end += 1;
            }
            push_cjk(
                text,
                &chars[i..end],
                byte_at(end),
                &mut position,
                &mut tokens,
            );
            i = end;
        } else if is_word_char(c) {
            let end = run_end(&chars, i);
            let percent = chars.get(end).is_some_and(|&(_, c)| c == '%');
            let run = byte_at(i)..byte_at(end);
            push_run(text, run, percent, &mut position, &mut tokens);
            i = end;
        } else {
            i += 1;
        }
    }
    tokens
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// The index just past the word run starting at `start`, taking in connectors
/// that sit between two word characters.
fn run_end(chars: &[(usize, char)], start: usize) -> usize {
    let mut end = start + 1;
    while end < chars.len() {
        let c = chars[end].1;
        if is_word_char(c) {
            end += 1;
            continue;
        }
        let prev = chars[end - 1].1;
        let next = chars.get(end + 1).map(|&(_, c)| c);
        let joins = match (c, next) {
            (_, None) => false,
            (_, Some(n)) if !is_word_char(n) => false,
            ('-' | '_' | '.' | '\'' | '’' | '\u{2010}', _) => true,
            (',', _) => prev.is_ascii_digit() && is_thousands_group(&chars[end + 1..]),
            _ => false,
        };
        if !joins {
            break;
        }
        end += 2;
    }
    end
}

/// Whether `rest` starts with exactly three digits (a `10,000` group).
fn is_thousands_group(rest: &[(usize, char)]) -> bool {
    let digits = rest.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    digits == 3
}

fn push_run(
    text: &str,
    mut run: Range<usize>,
    percent: bool,
    position: &mut u32,
    tokens: &mut Vec<Token>,
) {
    let lower = text[run.clone()].to_lowercase();
    if lower.ends_with("'s") || lower.ends_with("’s") {
        run.end -= if lower.ends_with("'s") { 2 } else { 4 };
    }
    let parts = split_parts(text, run.clone());
    let whole_span = if percent {
        run.start..run.end + 1
    } else {
        run.clone()
    };
    if parts.len() > 1 || percent {
        let word = clean(&text[whole_span.clone()]);
        tokens.push(Token {
            term: word.clone(),
            word,
            position: *position,
            span: whole_span,
            kind: TokenKind::Compound,
        });
    }
    let kind = if parts.len() > 1 || percent {
        TokenKind::Part
    } else {
        TokenKind::Word
    };
    for part in parts {
        let word = clean(&text[part.clone()]);
        let numeric = word.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        tokens.push(Token {
            term: stem(&word),
            word,
            position: *position,
            span: part,
            kind: if numeric && kind == TokenKind::Word {
                TokenKind::Number
            } else {
                kind
            },
        });
        *position += 1;
    }
}

/// Cuts a run at `-`, `_` and at dots that are not decimal points.
fn split_parts(text: &str, run: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[run.clone()];
    let bytes = slice.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in slice.char_indices() {
        let decimal = c == '.'
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if matches!(c, '-' | '_' | '.' | '\u{2010}') && !decimal {
            parts.push(run.start + start..run.start + i);
            start = i + c.len_utf8();
        }
    }
    parts.push(run.start + start..run.end);
    parts
}

/// Folds a word and drops the characters that only join it (apostrophes,
/// thousands separators).
fn clean(raw: &str) -> String {
    fold(raw).replace(['\'', ','], "")
}

fn push_cjk(
    text: &str,
    run: &[(usize, char)],
    run_end: usize,
    position: &mut u32,
    tokens: &mut Vec<Token>,
) {
    let end_of = |i: usize| run.get(i).map_or(run_end, |&(b, _)| b);
    let n_grams = run.len().saturating_sub(1).max(1);
    for i in 0..n_grams {
        let span = run[i].0..end_of((i + 2).min(run.len()));
        let word = text[span.clone()].to_string();
        tokens.push(Token {
            term: word.clone(),
            word,
            position: *position,
            span,
            kind: TokenKind::Cjk,
        });
        *position += 1;
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(text: &str, expected: Expect) {
        let shown: Vec<String> = tokenize(text)
            .iter()
            .map(|t| {
                let kind = match t.kind {
                    TokenKind::Word => "",
                    TokenKind::Number => "#",
                    TokenKind::Compound => "+",
                    TokenKind::Part => "~",
                    TokenKind::Cjk => "漢",
                };
                format!(
                    "{}{}@{}={}",
                    kind,
                    t.term,
                    t.position,
                    &text[t.span.clone()]
                )
            })
            .collect();
        expected.assert_eq(&shown.join(" "));
    }

    #[test]
    fn words_are_folded_and_stemmed_with_offsets() {
        check(
            "Patents PROTECTED in Café",
            expect!["patent@0=Patents protect@1=PROTECTED in@2=in cafe@3=Café"],
        );
    }

    #[test]
    fn numbers_stay_whole() {
        check(
            "10,000 people, 43.9% and 5.761 billion in 2021.",
            expect!["#10000@0=10,000 peopl@1=people +43.9%@2=43.9% ~43.9@2=43.9 and@3=and #5.761@4=5.761 billion@5=billion in@6=in #2021@7=2021"],
        );
    }

    #[test]
    fn hyphenated_and_dotted_words_are_whole_and_parts() {
        check(
            "high-value patents at worldip.cn (2021-2025)",
            expect!["+high-value@0=high-value ~high@0=high ~valu@1=value patent@2=patents at@3=at +worldip.cn@4=worldip.cn ~worldip@4=worldip ~cn@5=cn +2021-2025@6=2021-2025 ~2021@6=2021 ~2025@7=2025"],
        );
    }

    #[test]
    fn possessives_and_trailing_punctuation_are_dropped() {
        check(
            "China's plan. The SCIO’s- end",
            expect!["china@0=China plan@1=plan the@2=The scio@3=SCIO end@4=end"],
        );
    }

    #[test]
    fn cjk_text_becomes_bigrams() {
        check(
            "知识产权 IP 局",
            expect!["漢知识@0=知识 漢识产@1=识产 漢产权@2=产权 ip@3=IP 漢局@4=局"],
        );
    }

    #[test]
    fn empty_and_punctuation_give_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize("-- ... !! %").is_empty());
    }
}
