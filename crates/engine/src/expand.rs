//! Expands a query word into the index terms it may match: the exact term (its
//! stem), completions of a word being typed, and near spellings of a word the
//! corpus does not have. Each expansion says how it matched, for ranking and
//! for the `why` the UI shows.
//!
//! Invariant: work is bounded. Prefixes keep the most frequent completions,
//! typo tolerance keeps the closest few and only looks at words with the same
//! first letter, and numbers are never fuzzed.

use super::config::SearchConfig;
use super::index::{Index, TermId};
use super::query::QueryWord;
use super::sort::{sort_by, sort_by_key};

/// How a passage word matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The same word.
    Exact,
    /// Another form of the word (same stem).
    Stem,
    /// A completion of the word being typed.
    Prefix,
    /// A near spelling (one or two edits).
    Typo,
    /// Another name of the same entity.
    Alias,
}

/// One index term a query word may match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expansion {
    /// The term.
    pub term: TermId,
    /// How it matched.
    pub kind: MatchKind,
    /// Score multiplier.
    pub weight: f32,
}

impl MatchKind {
    /// The name the JS API uses.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Stem => "stem",
            MatchKind::Prefix => "prefix",
            MatchKind::Typo => "typo",
            MatchKind::Alias => "alias",
        }
    }

    /// A bit for sets of kinds.
    pub fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The kinds in a bit set, in declaration order.
    pub fn from_bits(bits: u8) -> Vec<MatchKind> {
        [
            MatchKind::Exact,
            MatchKind::Stem,
            MatchKind::Prefix,
            MatchKind::Typo,
            MatchKind::Alias,
        ]
        .into_iter()
        .filter(|k| bits & k.bit() != 0)
        .collect()
    }
}

/// The terms `word` may match, exact first.
pub fn expand(index: &Index, config: &SearchConfig, word: &QueryWord) -> Vec<Expansion> {
    let weights = &config.weights;
    let exact = index.term_id(&word.token.term);
    let mut out: Vec<Expansion> = exact
        .map(|term| Expansion {
            term,
            kind: MatchKind::Exact,
            weight: 1.0,
        })
        .into_iter()
        .collect();
    let typed = word.token.word.as_str();
    if word.prefix && typed.chars().count() >= config.min_prefix_len {
        let mut completions: Vec<TermId> = (index.words_with_prefix(typed))
            .map(|(_, term)| term)
            .filter(|&t| Some(t) != exact)
            .collect();
        completions.sort_unstable();
        completions.dedup();
        sort_by_key(&mut completions, |&t| std::cmp::Reverse(index.body_df(t)));
        completions.truncate(config.max_prefix_expansions);
        out.extend(completions.into_iter().map(|term| Expansion {
            term,
            kind: MatchKind::Prefix,
            weight: weights.prefix,
        }));
    }
    let fuzzable = !typed.bytes().any(|b| b.is_ascii_digit()) && word.parts.is_empty();
    if exact.is_none() && out.is_empty() && fuzzable {
        out.extend(typos(index, config, typed));
    }
    out
}

/// Words within the edit budget of `typed` at the smallest distance any
/// word is, most frequent first.
pub fn typos(index: &Index, config: &SearchConfig, typed: &str) -> Vec<Expansion> {
    let len = typed.chars().count();
    let max_edits = match len {
        n if n >= config.typo_two_min_len => 2,
        n if n >= config.typo_one_min_len => 1,
        _ => return Vec::new(),
    };
    let Some(first) = typed.chars().next() else {
        return Vec::new();
    };
    let typed: Vec<char> = typed.chars().collect();
    let mut found: Vec<(usize, std::cmp::Reverse<usize>, TermId)> = Vec::new();
    // Only words with the same first letter are candidates: people rarely
    // mistype the first letter, and the sorted word list makes this a range.
    let mut buf = [0u8; 4];
    for (word, term) in index.words_with_prefix(first.encode_utf8(&mut buf)) {
        if word.len() + max_edits < len || word.len() > 4 * (len + max_edits) {
            continue;
        }
        if let Some(d) = edit_distance(&typed, word, max_edits) {
            found.push((d, std::cmp::Reverse(index.body_df(term)), term));
        }
    }
    sort_by(&mut found, Ord::cmp);
    // Only the closest spellings: when `publicty` is one edit from
    // `publicity`, `public` two edits away is not what was meant, and
    // matching (and marking) it would show words the searcher never asked for.
    let closest = found.first().map_or(0, |f| f.0);
    found.retain(|f| f.0 == closest);
    let mut seen: Vec<TermId> = Vec::new();
    let mut out = Vec::new();
    for (distance, _, term) in found {
        if seen.contains(&term) {
            continue;
        }
        seen.push(term);
        out.push(Expansion {
            term,
            kind: MatchKind::Typo,
            weight: if distance <= 1 {
                config.weights.typo_one
            } else {
                config.weights.typo_two
            },
        });
        if out.len() == config.max_typo_expansions {
            break;
        }
    }
    out
}

/// Longest word, in characters, that typo matching considers.
const MAX_FUZZY_CHARS: usize = 48;

/// Optimal-string-alignment distance (edits, with adjacent swaps as one),
/// or `None` when it exceeds `max`. Works on the stack and gives up on a row
/// as soon as every cell in it is over the budget.
pub fn edit_distance(a: &[char], b: &str, max: usize) -> Option<usize> {
    let mut b_chars = ['\0'; MAX_FUZZY_CHARS];
    let mut n = 0;
    for c in b.chars() {
        if n == MAX_FUZZY_CHARS {
            return None;
        }
        b_chars[n] = c;
        n += 1;
    }
    let b = &b_chars[..n];
    if a.len() > MAX_FUZZY_CHARS || a.len().abs_diff(n) > max {
        return None;
    }
    let mut rows = [[0u8; MAX_FUZZY_CHARS + 1]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j as u8;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur][0] = i as u8;
        let mut row_min = i as u8;
        for j in 1..=n {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = d;
            row_min = row_min.min(d);
        }
        if row_min as usize > max {
            return None;
        }
    }
    let d = rows[a.len() % 3][n] as usize;
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> Option<usize> {
        edit_distance(&a.chars().collect::<Vec<_>>(), b, 2)
    }

    #[test]
    fn edit_distance_counts_swaps_as_one_and_gives_up_past_the_budget() {
        assert_eq!(distance("patent", "patent"), Some(0));
        assert_eq!(distance("patnet", "patent"), Some(1));
        assert_eq!(distance("patnt", "patent"), Some(1));
        assert_eq!(distance("pxtxnx", "patent"), None);
        assert_eq!(distance("", "ab"), Some(2));
    }

    #[test]
    fn typos_keep_only_the_closest_spellings() {
        use ipx_corpus::{Corpus, DocKind, Document, Passage};
        let corpus = Corpus {
            documents: vec![Document {
                id: "d".into(),
                title: "t".into(),
                kind: DocKind::News,
                date: None,
                source: None,
                words: 2,
                sections: vec![],
                speakers: vec![],
                passages: 0..1,
            }],
            passages: vec![Passage {
                id: "d#p1".into(),
                doc: 0,
                section: None,
                speaker: None,
                text: "cartoonist cartoonish".into(),
            }],
            ..Corpus::default()
        };
        let index = Index::build(&corpus);
        let terms = |typed: &str| -> Vec<String> {
            typos(&index, &SearchConfig::default(), typed)
                .iter()
                .map(|e| index.term(e.term).to_string())
                .collect()
        };
        // `cartoonist` is one edit from `cartoonst`, `cartoonish` two: only
        // the closest is meant.
        assert_eq!(terms("cartoonst"), ["cartoonist"]);
        // The other word is found when it is the closest.
        assert_eq!(terms("cartoxnish"), ["cartoonish"]);
    }

    #[test]
    fn match_kinds_round_trip_through_bits() {
        let bits = MatchKind::Exact.bit() | MatchKind::Typo.bit();
        assert_eq!(
            MatchKind::from_bits(bits),
            [MatchKind::Exact, MatchKind::Typo]
        );
    }
}
