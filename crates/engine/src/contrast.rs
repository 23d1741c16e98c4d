//! Contrasting words: terms that the corpus's own measure names set side by
//! side as alternatives ("patent and trademark pledge financing", "import and
//! export of royalties", "primary and secondary schools"). A measure that
//! names one of such a pair but not the other does not answer a question
//! that asks for the other: "how many patent agencies" is not answered by
//! `trademark agencies`, though both count agencies.
//!
//! A few alternatives are known beforehand ([`KNOWN`]: patent, trademark,
//! copyright; invention, utility model, design; import, export; domestic,
//! foreign); the rest are read once, on the first question, from the measures'
//! names and labels and the sentences that state figures: the words either
//! side of "and", "or", "versus", "&" or "/", skipping an article after it
//! ("patents and the trademarks"), and every single-word item of a list
//! before it ("patents, trademarks and copyrights"); a pair read from
//! sentences needs two distinct sentences, since prose also joins clauses
//! and larger phrases that way. Words the synonym
//! registry makes one term never contrast, since they are one term; numbers
//! never do.
//!
//! Invariant: the relation is symmetric and never pairs a term with itself;
//! reading it never fails.

use ipx_corpus::lower::Lowercase;
use std::collections::{HashMap, HashSet};

use super::answer_words::content_terms;
use super::fold::is_stop_word;
use ipx_corpus::Measure;

/// Alternatives every corpus of this kind knows without saying: the kinds of
/// IP right, the kinds of patent, the two directions of trade and of
/// origin. A corpus need not set them side by side itself (a text may
/// speak of trademark agencies and never list trademarks beside
/// copyrights).
const KNOWN: &[&[&str]] = &[
    &["patent", "trademark", "copyright", "geographical"],
    &["invention", "utility", "design"],
    &["import", "export"],
    &["domestic", "foreign"],
];

/// Words that join alternatives.
const JOINERS: &[&str] = &["and", "or", "versus", "vs", "&", "/"];

/// Articles skipped after a joiner.
const ARTICLES: &[&str] = &["a", "an", "the"];

/// A piece of text, as coordination reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece<'a> {
    Word(&'a str),
    Comma,
    /// Any other punctuation: a list does not run across it.
    Break,
}

/// The contrasting pairs of terms of a corpus's measures.
#[derive(Debug, Default)]
pub struct Contrasts {
    /// Each pair once, as its [`pair_key`] (the value is unused). A lookup
    /// only, never iterated in order, so the index's own `HashMap<String,
    /// u32>` serves rather than a B-tree set of pairs of its own: a set type
    /// used nowhere else costs the bundle its whole B-tree code.
    pairs: HashMap<String, u32>,
    /// Pairs seen in one sentence so far, waiting for a second.
    once: HashMap<String, u32>,
    /// Whether pairs read now need a second sentence to count.
    from_sentences: bool,
}

impl Contrasts {
    /// Reads the pairs from every measure's name and labels and from
    /// `sentences` (those that state figures; each distinct one once).
    pub fn build<'a>(
        measures: &[Measure],
        sentences: impl IntoIterator<Item = &'a str>,
    ) -> Contrasts {
        let mut contrasts = Contrasts::default();
        for group in KNOWN {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    if let (Some(a), Some(b)) = (first_term(a), first_term(b)) {
                        contrasts.add(&a, &b);
                    }
                }
            }
        }
        for measure in measures {
            for wording in std::iter::once(&measure.name).chain(&measure.labels) {
                contrasts.read(wording);
            }
        }
        let mut seen: HashSet<&str> = HashSet::new();
        contrasts.from_sentences = true;
        for sentence in sentences {
            if seen.insert(sentence) {
                contrasts.read(sentence);
            }
        }
        contrasts.once = HashMap::new();
        contrasts
    }

    fn read(&mut self, text: &str) {
        let lower = text.lowercase();
        let pieces = pieces(&lower);
        let word = |i: usize| match pieces.get(i) {
            Some(Piece::Word(w)) if !JOINERS.contains(w) => Some(*w),
            _ => None,
        };
        for (i, piece) in pieces.iter().enumerate() {
            let Piece::Word(joiner) = piece else {
                continue;
            };
            if !JOINERS.contains(joiner) || i == 0 {
                continue;
            }
            let Some(before) = word(i - 1) else {
                continue;
            };
            let after_at = match word(i + 1) {
                Some(w) if ARTICLES.contains(&w) => i + 2,
                _ => i + 1,
            };
            let Some(after) = word(after_at) else {
                continue;
            };
            let (Some(a), Some(b)) = (last_term(before), first_term(after)) else {
                continue;
            };
            self.add(&a, &b);
            // A list before the joiner, of one word per item: "patents,
            // trademarks and copyrights".
            let mut at = i - 1;
            while at >= 2 && pieces[at - 1] == Piece::Comma {
                let Some(item) = word(at - 2) else {
                    break;
                };
                // The item is one word: a list's start, an article or a
                // preposition before it, but not a sentence's opener ("In
                // Guangdong, patents and …" lists nothing).
                let opener = at >= 3 && (at == 3 || pieces[at - 4] == Piece::Break);
                let one_word =
                    at < 3 || (!opener && !matches!(word(at - 3), Some(w) if !is_stop_word(w)));
                let Some(x) = last_term(item).filter(|_| one_word) else {
                    break;
                };
                self.add(&x, &a);
                self.add(&x, &b);
                at -= 2;
            }
        }
    }

    fn add(&mut self, a: &str, b: &str) {
        if a == b || a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit())
        {
            return;
        }
        let pair = pair_key(a, b);
        // Prose coordinates clauses as well as alternatives ("… property
        // and training …"): a pair read from sentences counts once two
        // distinct sentences set it side by side.
        if self.from_sentences
            && !self.pairs.contains_key(&pair)
            && self.once.insert(pair.clone(), 0).is_none()
        {
            return;
        }
        self.pairs.insert(pair, 0);
    }

    /// Whether `a` and `b` are alternatives in some measure's wording.
    pub fn contrast(&self, a: &str, b: &str) -> bool {
        self.pairs.contains_key(&pair_key(a, b))
    }

    /// Whether a measure whose terms are `terms` (sorted) answers something
    /// other than a question asking for `asked`: it lacks `asked` but names
    /// an alternative to it that the question (`query_terms`, sorted) does
    /// not name.
    pub fn contradicts(&self, terms: &[String], asked: &str, query_terms: &[String]) -> bool {
        terms.binary_search_by(|t| t.as_str().cmp(asked)).is_err()
            && terms
                .iter()
                .any(|t| self.contrast(t, asked) && query_terms.binary_search(t).is_err())
    }

    /// Number of pairs.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether no measure sets two terms side by side.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// Heap bytes, roughly.
    pub fn heap_bytes(&self) -> usize {
        (self.pairs.keys()).map(|key| key.len() - 1 + 64).sum()
    }
}

/// The one key of the pair `a`, `b` in either order: the smaller term, a NUL
/// (which no term holds), the larger.
fn pair_key(a: &str, b: &str) -> String {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    [a, "\0", b].concat()
}

/// `text` as words, commas and breaks.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'';
        match (in_word, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push(Piece::Word(&text[s..at]));
                start = None;
            }
            _ => {}
        }
        if !in_word && !c.is_whitespace() {
            out.push(match c {
                ',' => Piece::Comma,
                '&' => Piece::Word("&"),
                '/' => Piece::Word("/"),
                _ => Piece::Break,
            });
        }
    }
    if let Some(s) = start {
        out.push(Piece::Word(&text[s..]));
    }
    out
}

/// The term of a word's last part (`patent-intensive` → `intens`).
fn last_term(word: &str) -> Option<String> {
    content_terms(word).pop()
}

/// The term of a word's first part.
fn first_term(word: &str) -> Option<String> {
    content_terms(word).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(name: &str, labels: &[&str]) -> Measure {
        Measure {
            id: String::new(),
            name: name.to_string(),
            labels: labels.iter().map(|l| l.to_string()).collect(),
            unit: String::new(),
        }
    }

    fn terms(text: &str) -> Vec<String> {
        let mut terms = content_terms(text);
        terms.sort();
        terms.dedup();
        terms
    }

    #[test]
    fn coordinated_words_of_names_and_labels_are_alternatives() {
        let contrasts = Contrasts::build(
            &[
                measure("Patent and trademark pledge financing", &[]),
                measure("royalties", &["import or export of royalties"]),
                measure("Primary, secondary and vocational schools", &[]),
                measure("Design registrations / utility models", &[]),
            ],
            [],
        );
        let t = |w: &str| content_terms(w).remove(0);
        assert!(contrasts.contrast(&t("patents"), &t("trademark")));
        assert!(contrasts.contrast(&t("trademarks"), &t("patent")));
        assert!(contrasts.contrast(&t("imports"), &t("export")));
        assert!(contrasts.contrast(&t("primary"), &t("secondary")));
        assert!(contrasts.contrast(&t("secondary"), &t("vocational")));
        assert!(contrasts.contrast(&t("registrations"), &t("utility")));
        assert!(!contrasts.contrast(&t("pledge"), &t("financing")));
        assert!(contrasts.contrast(&t("primary"), &t("vocational")));
        assert!(!contrasts.contrast(&t("primary"), &t("schools")));
        let known = Contrasts::build(&[], []).len();
        assert_eq!(contrasts.len(), known + 4, "{contrasts:?}");
    }

    #[test]
    fn sentences_add_their_lists_but_not_their_clauses() {
        let contrasts = Contrasts::build(
            &[],
            [
                "Filings of patents, trademarks and the copyrights of software rose.",
                "In Guangdong, invention patents and utility models grew; in 2023, exports or imports fell.",
                "In Hainan, designs and models rose.",
                "Patents, trademarks and copyrights: invention patents and utility models, exports or imports, designs and models.",
                "Filings of patents, trademarks and the copyrights of software rose.",
                "Quality and training rose.",
            ],
        );
        let t = |w: &str| content_terms(w).remove(0);
        for (a, b) in [
            ("patent", "trademark"),
            ("patent", "copyright"),
            ("trademark", "copyright"),
        ] {
            assert!(contrasts.contrast(&t(a), &t(b)), "{a} {b}");
        }
        assert!(contrasts.contrast(&t("patents"), &t("utility")));
        assert!(contrasts.contrast(&t("exports"), &t("imports")));
        assert!(contrasts.contrast(&t("designs"), &t("models")));
        // Once is not enough, and a repeated sentence counts once.
        assert!(!contrasts.contrast(&t("quality"), &t("training")));
        for place in ["guangdong", "hainan"] {
            for w in ["invention", "patents", "designs", "models"] {
                assert!(!contrasts.contrast(&t(place), &t(w)), "{place} {w}");
            }
        }
    }

    #[test]
    fn a_measure_naming_only_the_alternative_contradicts_the_question() {
        let contrasts = Contrasts::build(&[measure("pledge loans", &[])], []);
        let asked = content_terms("patent").remove(0);
        let trademark_agencies = terms("trademark agencies interviewed");
        let both = terms("patent and trademark agencies");
        let agencies = terms("agencies");
        let question = terms("how many patent agencies");
        assert!(contrasts.contradicts(&trademark_agencies, &asked, &question));
        assert!(!contrasts.contradicts(&both, &asked, &question));
        assert!(!contrasts.contradicts(&agencies, &asked, &question));
        // A question naming both is answered by either.
        let both_asked = terms("patent and trademark agencies");
        assert!(!contrasts.contradicts(&trademark_agencies, &asked, &both_asked));
    }

    #[test]
    fn synonyms_numbers_and_odd_wordings_make_no_pairs() {
        let contrasts = Contrasts::build(
            &[
                measure("2021 and 2022 filings", &[]),
                measure("and", &[",", " / ", "patents and patents", "and or /"]),
                measure("", &[]),
            ],
            [],
        );
        assert_eq!(contrasts.len(), Contrasts::build(&[], []).len());
    }
}
