//! The query language: words (ANDed, ranked), `"exact phrases"`, `-excluded`
//! words or phrases, and field filters `speaker:`, `year:`, `doc:`, `kind:`,
//! `entity:`, `topic:` (a filter value may be quoted: `speaker:"shen changyu"`).
//! The last word is a prefix while it is still being typed, that is, when the
//! query does not end in a space.
//!
//! Invariant: parsing never fails. Unbalanced quotes are dropped and the text
//! is read as plain words; an unknown `name:` is read as words too.

use super::facets::Facet;
use super::fold::is_stop_word;
use super::tokenize::{tokenize, Token, TokenKind};

/// A query word: one token, or a compound or CJK run with its pieces.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryWord {
    /// The word as the tokenizer gives it (the whole run for a compound).
    pub token: Token,
    /// Pieces that must stand side by side when the whole does not match:
    /// compound parts or CJK bigrams. Empty for a plain word.
    pub parts: Vec<Token>,
    /// Whether the word may be the start of a longer word.
    pub prefix: bool,
    /// The word as typed (a whole compound or CJK run), to name it back to
    /// the searcher.
    pub text: String,
    /// Whether a possessive `'s` followed the word ("the office's fees"):
    /// the word names whose the thing after it is.
    pub possessive: bool,
}

/// What the user asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedQuery {
    /// Words that must all match, in query order.
    pub words: Vec<QueryWord>,
    /// Quoted phrases that must match word for word; each is its tokens
    /// without compounds, with their relative positions.
    pub phrases: Vec<Vec<Token>>,
    /// Words or phrases that must not match.
    pub excluded: Vec<Vec<Token>>,
    /// Field filters from the query text.
    pub filters: Vec<(Facet, String)>,
    /// Whether the query went past the character or word limits and was cut.
    pub truncated: bool,
}

impl ParsedQuery {
    /// Whether the query asks for nothing at all.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty() && self.filters.is_empty()
    }
}

/// Parses `query`, reading at most `max_chars` characters and `max_words` words.
pub fn parse(query: &str, max_chars: usize, max_words: usize) -> ParsedQuery {
    // Text pasted from PDFs and web pages hides zero-width characters and
    // ligatures inside words; the corpus was cleaned the same way.
    let query = &ipx_corpus::clean::plain_letters(query);
    let cut_chars = query.chars().nth(max_chars).is_some();
    let query = without_unbalanced_quotes(query.chars().take(max_chars).collect());
    let ends_open = query
        .chars()
        .last()
        .is_some_and(|c| !c.is_whitespace() && !is_quote(c));
    let mut parsed = ParsedQuery::default();
    let mut last_plain_chunk = false;
    for (chunk, _) in chunks(&query) {
        last_plain_chunk = false;
        match chunk {
            Chunk::Phrase { text, negated } => {
                let tokens = phrase_tokens(&text);
                if tokens.is_empty() {
                    continue;
                }
                if negated {
                    parsed.excluded.push(tokens);
                } else {
                    parsed.phrases.push(tokens);
                }
            }
            Chunk::Filter { facet, value } => parsed.filters.push((facet, value)),
            Chunk::Plain {
                text,
                negated: true,
            } => {
                let tokens = phrase_tokens(&text);
                if !tokens.is_empty() {
                    parsed.excluded.push(tokens);
                }
            }
            Chunk::Plain {
                text,
                negated: false,
            } => {
                parsed.words.extend(words(&text));
                last_plain_chunk = true;
            }
        }
    }
    parsed.truncated = cut_chars
        || parsed.words.len() > max_words
        || parsed.phrases.len() > max_words
        || parsed.excluded.len() > max_words
        || parsed.filters.len() > max_words;
    parsed.words.truncate(max_words);
    parsed.phrases.truncate(max_words);
    parsed.excluded.truncate(max_words);
    parsed.filters.truncate(max_words);
    if ends_open && last_plain_chunk {
        if let Some(last) = parsed.words.last_mut() {
            last.prefix = last.token.kind == TokenKind::Word;
        }
    }
    parsed
}

enum Chunk {
    Plain { text: String, negated: bool },
    Phrase { text: String, negated: bool },
    Filter { facet: Facet, value: String },
}

/// `query` with every quote turned into a space when they do not pair up,
/// so its text is read as plain words.
fn without_unbalanced_quotes(query: String) -> String {
    if query.chars().filter(|&c| is_quote(c)).count() % 2 == 1 {
        query.replace(is_quote, " ")
    } else {
        query
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// A top-level piece of a query as typed: a word, a quoted phrase, an
/// excluded word or phrase, or a field filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The piece as typed, with its `-`, quotes or `name:`.
    pub text: String,
    /// Whether a passage must contain it: a phrase, or a plain word that is
    /// not a stop word (not an exclusion, a filter, or punctuation).
    pub required: bool,
}

/// The pieces of `query` in order, read as [`parse`] reads them (unbalanced
/// quotes are dropped).
pub fn pieces(query: &str) -> Vec<Piece> {
    let query = without_unbalanced_quotes(query.to_string());
    let chars: Vec<char> = query.chars().collect();
    chunks(&query)
        .into_iter()
        .map(|(chunk, span)| Piece {
            text: chars[span].iter().collect(),
            required: match chunk {
                Chunk::Plain {
                    text,
                    negated: false,
                } => words(&text).iter().any(|w| !is_stop_word(&w.token.word)),
                Chunk::Phrase {
                    text,
                    negated: false,
                } => !phrase_tokens(&text).is_empty(),
                _ => false,
            },
        })
        .collect()
}

/// Cuts the query at whitespace outside quotes; each chunk comes with its
/// span in `query`'s chars.
fn chunks(query: &str) -> Vec<(Chunk, std::ops::Range<usize>)> {
    let chars: Vec<char> = query.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let negated = chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
        let start = if negated { i + 1 } else { i };
        if is_quote(chars[start]) {
            let end = (start + 1..chars.len())
                .find(|&j| is_quote(chars[j]))
                .unwrap_or(chars.len());
            let text = chars[start + 1..end].iter().collect();
            out.push((
                Chunk::Phrase { text, negated },
                i..(end + 1).min(chars.len()),
            ));
            i = end + 1;
            continue;
        }
        let mut end = start;
        while end < chars.len() && !chars[end].is_whitespace() {
            if chars[end] == ':' && chars.get(end + 1).copied().is_some_and(is_quote) {
                // A quoted filter value runs to its closing quote.
                end = (end + 2..chars.len())
                    .find(|&j| is_quote(chars[j]))
                    .unwrap_or(chars.len());
            }
            end += 1;
        }
        let end = end.min(chars.len());
        let text: String = chars[start..end].iter().collect();
        out.push((
            filter(&text, negated).unwrap_or(Chunk::Plain { text, negated }),
            i..end,
        ));
        i = end;
    }
    out
}

/// Reads `name:value` as a filter when `name` is a facet.
fn filter(text: &str, negated: bool) -> Option<Chunk> {
    let (name, value) = text.split_once(':')?;
    let facet = Facet::parse(name)?;
    let value = value.trim_matches(is_quote).trim();
    (!negated && !value.is_empty()).then(|| Chunk::Filter {
        facet,
        value: value.to_string(),
    })
}

/// True when `rest`, the text just after a word, opens with a possessive
/// `'s` (or `’s`) that ends there.
pub(crate) fn is_possessive(rest: &str) -> bool {
    ["'s", "’s", "'S", "’S"].iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Groups tokens into words: a compound with its parts, a CJK run with its bigrams.
fn words(text: &str) -> Vec<QueryWord> {
    let mut out: Vec<QueryWord> = Vec::new();
    for token in tokenize(text) {
        let joins_cjk = token.kind == TokenKind::Cjk
            && out.last().is_some_and(|w| {
                w.token.kind == TokenKind::Cjk
                    && w.parts
                        .last()
                        .is_some_and(|p| p.span.end > token.span.start)
            });
        match (token.kind, out.last_mut()) {
            (TokenKind::Part, Some(word)) => word.parts.push(token),
            (TokenKind::Cjk, Some(word)) if joins_cjk => word.parts.push(token),
            (TokenKind::Cjk, _) => out.push(QueryWord {
                token: token.clone(),
                parts: vec![token],
                prefix: false,
                text: String::new(),
                possessive: false,
            }),
            _ => out.push(QueryWord {
                token,
                parts: Vec::new(),
                prefix: false,
                text: String::new(),
                possessive: false,
            }),
        }
    }
    for word in &mut out {
        let end = (word.parts.iter())
            .map(|p| p.span.end)
            .fold(word.token.span.end, usize::max);
        word.text = text
            .get(word.token.span.start..end)
            .unwrap_or_default()
            .to_string();
        word.possessive = is_possessive(text.get(end..).unwrap_or_default());
    }
    out
}

/// The tokens of a phrase, leaving out compound wholes so positions are consecutive.
fn phrase_tokens(text: &str) -> Vec<Token> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Compound)
        .collect()
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;

    fn check(query: &str, expected: Expect) {
        let parsed = parse(query, 1_000, 32);
        let mut shown = Vec::new();
        for w in &parsed.words {
            let parts: Vec<&str> = w.parts.iter().map(|p| p.term.as_str()).collect();
            let star = if w.prefix { "*" } else { "" };
            shown.push(format!("word:{}{star}{parts:?}", w.token.term));
        }
        for p in &parsed.phrases {
            let terms: Vec<&str> = p.iter().map(|t| t.term.as_str()).collect();
            shown.push(format!("phrase:{}", terms.join("_")));
        }
        for p in &parsed.excluded {
            let terms: Vec<&str> = p.iter().map(|t| t.term.as_str()).collect();
            shown.push(format!("not:{}", terms.join("_")));
        }
        for (facet, value) in &parsed.filters {
            shown.push(format!("{}={value}", facet.as_str()));
        }
        expected.assert_eq(&shown.join(" "));
    }

    #[test]
    fn pasted_zero_width_characters_soft_hyphens_and_ligatures_read_as_the_word() {
        let parsed = parse(
            "pat\u{200b}ent signi\u{fb01}cant ex\u{ad}amination",
            1_000,
            32,
        );
        let words: Vec<&str> = parsed.words.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(words, ["patent", "significant", "examination"]);
    }

    #[test]
    fn words_phrases_exclusions_and_filters() {
        check(
            r#"patent "high-value patents" -trademark speaker:shen year:2021 prot"#,
            expect![[
                r#"word:patent[] word:prot*[] phrase:high_valu_patent not:trademark speaker=shen year=2021"#
            ]],
        );
    }

    #[test]
    fn last_word_is_a_prefix_only_while_typing() {
        check(
            "intellectual prop",
            expect!["word:intellectu[] word:prop*[]"],
        );
        check(
            "intellectual prop ",
            expect!["word:intellectu[] word:prop[]"],
        );
        check("2021", expect!["word:2021[]"]);
    }

    #[test]
    fn quoted_filter_values_and_unknown_fields() {
        check(
            r#"speaker:"Shen Changyu" note:ipr"#,
            expect!["word:note[] word:ipr*[] speaker=Shen Changyu"],
        );
    }

    #[test]
    fn unbalanced_quotes_and_punctuation_are_plain_words() {
        check(r#""patent law"#, expect!["word:patent[] word:law*[]"]);
        check(r#"!!! -- "" ::"#, expect![""]);
    }

    #[test]
    fn compounds_and_cjk_keep_their_parts() {
        check(
            "worldip.cn 知识产权",
            expect![[r#"word:worldip.cn["worldip", "cn"] word:知识["知识", "识产", "产权"]"#]],
        );
    }

    #[test]
    fn pathological_queries_are_truncated() {
        let long = "patent ".repeat(2_000);
        let parsed = parse(&long, 1_000, 32);
        assert_eq!(parsed.words.len(), 32);
    }

    fn show_pieces(query: &str) -> String {
        (pieces(query).iter())
            .map(|p| format!("{}{}", p.text, if p.required { "" } else { "(-)" }))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn pieces_keep_each_part_as_typed_and_say_which_a_passage_needs() {
        expect![[r#"patent | "utility model" | -design(-) | year:2021(-) | speaker:"shen changyu"(-) | &&(-)"#]]
            .assert_eq(&show_pieces(
                r#"patent  "utility model" -design year:2021 speaker:"shen changyu" &&"#,
            ));
        expect![[r#"-"trade mark"(-) | well-known | 商标"#]]
            .assert_eq(&show_pieces(r#"-"trade mark" well-known 商标"#));
        expect!["how(-) | many(-) | patents"].assert_eq(&show_pieces("how many patents"));
    }

    #[test]
    fn pieces_read_unbalanced_quotes_as_words() {
        expect!["patent | law"].assert_eq(&show_pieces(r#"patent "law"#));
        assert!(pieces("   ").is_empty());
    }
}
