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

/// Tokens of `text` in reading order, with their terms.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = tokenize_words(text);
    for token in &mut tokens {
        token.term = term_of(&token.word, token.kind);
    }
    tokens
}

/// The index term of a folded word: its stem, except for numbers, compounds
/// and CJK, which are kept as they are.
pub fn term_of(word: &str, kind: TokenKind) -> String {
    if word == US {
        return US.to_string();
    }
    match kind {
        TokenKind::Word | TokenKind::Part => stem(word),
        TokenKind::Number | TokenKind::Compound | TokenKind::Cjk => word.to_string(),
    }
}

/// Like [`tokenize`] but leaves every `term` empty, for callers that map
/// words to terms themselves (stemming is the costly part of tokenizing).
pub fn tokenize_words(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    scan(text, u32::MAX, |span, position, kind| {
        // `US patents` in capitals is the country of `U.S. patents`, never
        // the pronoun `us`.
        let raw = &text[span.clone()];
        let word = if matches!(raw, "US" | "USA") {
            US.to_string()
        } else {
            clean(raw)
        };
        tokens.push(Token {
            term: String::new(),
            word,
            position,
            span,
            kind,
        });
    });
    tokens
}

/// The word of `U.S.` as a whole, which `US` and `USA` in capitals are too.
const US: &str = "u.s";

/// Finds the tokens of `text` without building their words: calls `each`
/// with every token's byte range, position and kind, in reading order, and
/// stops once positions pass `last_position`. The cheap core of
/// [`tokenize_words`], for callers that fold only some tokens.
pub fn scan(text: &str, last_position: u32, mut each: impl FnMut(Range<usize>, u32, TokenKind)) {
    // Byte offsets, decoding characters as they come, so a caller that stops
    // early pays only for the text it scanned.
    let mut position = 0u32;
    let mut i = 0;
    while i < text.len() && position <= last_position {
        // ASCII spaces and punctuation between words: nothing to decode.
        let b = text.as_bytes()[i];
        if b.is_ascii() && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if is_cjk(c) {
            let run: Vec<(usize, char)> = (text[i..].char_indices())
                .map(|(b, c)| (i + b, c))
                .take_while(|&(_, c)| is_cjk(c))
                .collect();
            let end = run.last().map_or(i, |&(b, c)| b + c.len_utf8());
            push_cjk(&run, end, &mut position, &mut each);
            i = end;
        } else if is_word_char(c) {
            let end = run_end(text, i);
            let percent = text[end..].starts_with('%');
            push_run(text, i..end, percent, &mut position, &mut each);
            i = end;
        } else {
            i += c.len_utf8();
        }
    }
}

fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or('\0')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// The byte offset just past the word run starting at `start`, taking in
/// connectors that sit between two word characters.
fn run_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut prev = char_at(text, start);
    let mut end = start + prev.len_utf8();
    while end < text.len() {
        // ASCII letters and digits are word characters (and never CJK):
        // most of a run, taken without decoding a character each.
        if bytes[end].is_ascii_alphanumeric() {
            prev = char::from(bytes[end]);
            end += 1;
            continue;
        }
        let c = char_at(text, end);
        if is_word_char(c) {
            prev = c;
            end += c.len_utf8();
            continue;
        }
        let after = end + c.len_utf8();
        let next = text[after..].chars().next();
        let joins = match (c, next) {
            (_, None) => false,
            (_, Some(n)) if !is_word_char(n) => false,
            ('-' | '_' | '.' | '\'' | '’' | '\u{2010}', _) => true,
            (',', _) => prev.is_ascii_digit() && is_thousands_group(&text[after..]),
            _ => false,
        };
        match next {
            Some(n) if joins => {
                prev = n;
                end = after + n.len_utf8();
            }
            _ => break,
        }
    }
    end
}

/// Whether `rest` starts with exactly three digits (a `10,000` group).
fn is_thousands_group(rest: &str) -> bool {
    rest.bytes().take_while(u8::is_ascii_digit).count() == 3
}

fn push_run(
    text: &str,
    mut run: Range<usize>,
    percent: bool,
    position: &mut u32,
    each: &mut impl FnMut(Range<usize>, u32, TokenKind),
) {
    let slice = text[run.clone()].as_bytes();
    let run_end = run.end;
    if slice.ends_with(b"'s") || slice.ends_with(b"'S") {
        run.end -= 2;
    } else if slice.ends_with("’s".as_bytes()) || slice.ends_with("’S".as_bytes()) {
        run.end -= "’s".len();
    }
    // A `%` after a dropped possessive (`China's%`) does not make a percentage:
    // the sign is not next to the word any more, and the span would end inside
    // the apostrophe.
    let percent = percent && run.end == run_end;
    let parts = split_parts(text, run.clone());
    let whole_span = if percent {
        run.start..run.end + 1
    } else {
        run.clone()
    };
    if parts.len() > 1 || percent {
        each(whole_span, *position, TokenKind::Compound);
    }
    let kind = if parts.len() > 1 || percent {
        TokenKind::Part
    } else {
        TokenKind::Word
    };
    if let Parts::One(part) = parts {
        each_part(text, part, kind, position, each);
        return;
    }
    for part in parts.into_vec() {
        each_part(text, part, kind, position, each);
    }
}

fn each_part(
    text: &str,
    part: Range<usize>,
    kind: TokenKind,
    position: &mut u32,
    each: &mut impl FnMut(Range<usize>, u32, TokenKind),
) {
    let numeric = (text[part.clone()].bytes()).all(|b| matches!(b, b'0'..=b'9' | b'.' | b','));
    let part_kind = if numeric && kind == TokenKind::Word {
        TokenKind::Number
    } else {
        kind
    };
    each(part, *position, part_kind);
    *position += 1;
}

/// Cuts a run at `-`, `_` and at dots that are not decimal points. Most runs
/// are one part, so that case does not allocate.
fn split_parts(text: &str, run: Range<usize>) -> Parts {
    let slice = &text[run.clone()];
    let bytes = slice.as_bytes();
    if !bytes.iter().any(|b| matches!(b, b'-' | b'_' | b'.' | 0xE2)) {
        return Parts::One(run);
    }
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
    Parts::Many(parts)
}

/// The parts of a run.
enum Parts {
    One(Range<usize>),
    Many(Vec<Range<usize>>),
}

impl Parts {
    fn len(&self) -> usize {
        match self {
            Parts::One(_) => 1,
            Parts::Many(parts) => parts.len(),
        }
    }

    fn into_vec(self) -> Vec<Range<usize>> {
        match self {
            Parts::One(part) => vec![part],
            Parts::Many(parts) => parts,
        }
    }
}

/// Folds a word and drops the characters that only join it (apostrophes,
/// thousands separators).
pub fn clean(raw: &str) -> String {
    let folded = fold(raw);
    if folded.contains(['\'', ',']) {
        folded.replace(['\'', ','], "")
    } else {
        folded
    }
}

fn push_cjk(
    run: &[(usize, char)],
    run_end: usize,
    position: &mut u32,
    each: &mut impl FnMut(Range<usize>, u32, TokenKind),
) {
    let end_of = |i: usize| run.get(i).map_or(run_end, |&(b, _)| b);
    let n_grams = run.len().saturating_sub(1).max(1);
    for i in 0..n_grams {
        let span = run[i].0..end_of((i + 2).min(run.len()));
        each(span, *position, TokenKind::Cjk);
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

    /// `run_end` as it was before its ASCII fast path: one decoded
    /// character at a time.
    fn run_end_decoding(text: &str, start: usize) -> usize {
        let mut prev = char_at(text, start);
        let mut end = start + prev.len_utf8();
        while end < text.len() {
            let c = char_at(text, end);
            if is_word_char(c) {
                prev = c;
                end += c.len_utf8();
                continue;
            }
            let after = end + c.len_utf8();
            let next = text[after..].chars().next();
            let joins = match (c, next) {
                (_, None) => false,
                (_, Some(n)) if !is_word_char(n) => false,
                ('-' | '_' | '.' | '\'' | '’' | '\u{2010}', _) => true,
                (',', _) => prev.is_ascii_digit() && is_thousands_group(&text[after..]),
                _ => false,
            };
            match next {
                Some(n) if joins => {
                    prev = n;
                    end = after + n.len_utf8();
                }
                _ => break,
            }
        }
        end
    }

    #[test]
    fn the_ascii_fast_path_ends_runs_where_decoding_does() {
        let texts = [
            "Patents PROTECTED in Café, naïve co-operation of 10,000 firms",
            "x.y 43.9% l'état Müller-Lüdenscheid 1,00 2,000,000 a,b",
            "IP中文protection 한국어 ñandú_2023 O’Brien ‐dash‐ end.",
            "ab\u{300}c d\u{2010}e ٣٤٥ digits ⅫⅫ ½ 9,99",
        ];
        for text in texts {
            for (start, c) in text.char_indices() {
                if is_word_char(c) {
                    assert_eq!(
                        run_end(text, start),
                        run_end_decoding(text, start),
                        "{text:?} at {start}"
                    );
                }
            }
        }
    }

    #[test]
    fn us_in_capitals_is_the_country_of_u_s() {
        let terms =
            |text: &str| -> Vec<String> { tokenize(text).into_iter().map(|t| t.term).collect() };
        assert!(terms("2,150 issued U.S. patents").contains(&"u.s".to_string()));
        assert_eq!(terms("US patents")[0], "u.s");
        assert_eq!(terms("USA")[0], "u.s");
        // The pronoun stays a word of its own.
        assert_eq!(terms("tell us")[1], "us");
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
    fn percent_sign_after_a_possessive_stays_out_of_the_word() {
        // Found by the `tokenize` fuzz target: the span ran into the `’`.
        check(
            "yi’S% and China's%",
            expect!["yi@0=yi and@1=and china@2=China"],
        );
    }

    #[test]
    fn empty_and_punctuation_give_no_tokens() {
        assert!(tokenize("").is_empty());
        assert!(tokenize("-- ... !! %").is_empty());
    }
}
