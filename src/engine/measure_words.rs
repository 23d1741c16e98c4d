//! The words of the facts' measure labels, tokenized once per engine, for
//! telling whether a query names a fact's measure ([`super::facts`]).
//!
//! Measure labels need not occur in any passage, so the index does not know
//! their words. Tokenizing and stemming every fact's label on every facts
//! query took hundreds of milliseconds on a large corpus (52,118 facts,
//! 13,768 distinct labels), so each distinct label is tokenized once, on the
//! first query that asks, and then compared with each query's words.

use std::collections::BTreeMap;

use super::fold::is_stop_word;
use super::query::ParsedQuery;
use super::tokenize::tokenize;
use crate::corpus::Corpus;

/// Each fact's measure label as a list of words.
#[derive(Debug, Default)]
pub struct MeasureWords {
    /// For each fact (corpus order), the index of its label in `labels`.
    label_of_fact: Vec<u32>,
    /// The distinct labels' words as `(term, folded word)`.
    labels: Vec<Vec<(String, String)>>,
}

/// Whether a query names each distinct measure label; see
/// [`MeasureWords::named_by`].
pub struct NamedMeasures<'a> {
    words: &'a MeasureWords,
    named: Vec<bool>,
}

impl MeasureWords {
    /// Tokenizes the distinct measure labels of `corpus`'s facts.
    pub fn build(corpus: &Corpus) -> MeasureWords {
        let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
        let mut labels = Vec::new();
        let label_of_fact = (corpus.facts.iter())
            .map(|fact| {
                *ids.entry(&fact.measure).or_insert_with(|| {
                    let words = (tokenize(&fact.measure).into_iter())
                        .map(|t| (t.term, t.word))
                        .collect();
                    labels.push(words);
                    (labels.len() - 1) as u32
                })
            })
            .collect();
        MeasureWords {
            label_of_fact,
            labels,
        }
    }

    /// Which labels `parsed` names: every content word of the query is a
    /// word of the label (the same term), or, for the word being typed,
    /// starts one.
    pub fn named_by(&self, parsed: &ParsedQuery) -> NamedMeasures<'_> {
        let words: Vec<_> = (parsed.words.iter())
            .filter(|w| !is_stop_word(&w.token.word))
            .collect();
        let named = (self.labels.iter())
            .map(|label| {
                !words.is_empty()
                    && words.iter().all(|w| {
                        label.iter().any(|(term, word)| {
                            *term == w.token.term || (w.prefix && word.starts_with(&w.token.word))
                        })
                    })
            })
            .collect();
        NamedMeasures { words: self, named }
    }

    /// Heap bytes, roughly.
    pub fn heap_bytes(&self) -> usize {
        self.label_of_fact.len() * 4
            + (self.labels.iter().flatten())
                .map(|(t, w)| t.len() + w.len() + 48)
                .sum::<usize>()
    }
}

impl NamedMeasures<'_> {
    /// Whether the query names the measure of fact `fact` (corpus index);
    /// unknown facts are not named.
    pub fn fact(&self, fact: usize) -> bool {
        (self.words.label_of_fact.get(fact)).is_some_and(|&l| self.named[l as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixture;
    use crate::engine::query::parse;

    /// The fixture with a fifth fact that shares the first one's measure.
    fn corpus() -> Corpus {
        let mut corpus = fixture::corpus();
        let again = corpus.facts[0].clone();
        corpus.facts.push(again);
        corpus
    }

    /// The measures, one per fact, that `query` names.
    fn named(query: &str) -> Vec<String> {
        let corpus = corpus();
        let words = MeasureWords::build(&corpus);
        let named = words.named_by(&parse(query, 1_000, 32));
        (corpus.facts.iter().enumerate())
            .filter(|(i, _)| named.fact(*i))
            .map(|(_, f)| f.measure.clone())
            .collect()
    }

    #[test]
    fn labels_are_tokenized_once_each() {
        let words = MeasureWords::build(&corpus());
        assert_eq!(words.labels.len(), 4);
        assert_eq!(words.label_of_fact, [0, 1, 2, 3, 0]);
        assert_eq!(
            words.labels[2],
            [
                ("ip".into(), "ip".into()),
                ("talent".into(), "talent".into())
            ]
        );
    }

    #[test]
    fn every_content_word_must_name_the_measure() {
        let granted = "invention patents granted";
        assert_eq!(named("granted"), [granted, granted]);
        assert_eq!(named("the patent granted"), [granted, granted]);
        assert_eq!(named("talent"), ["IP talent", "growth of IP talent"]);
        assert_eq!(named("talent granted"), [] as [&str; 0]);
        // Only the word being typed matches by prefix.
        assert_eq!(named("growth tal"), ["growth of IP talent"]);
        assert_eq!(named("tal growth "), [] as [&str; 0]);
        assert_eq!(named("the"), [] as [&str; 0]);
        assert_eq!(named(""), [] as [&str; 0]);
        assert!(!MeasureWords::build(&corpus())
            .named_by(&parse("talent", 99, 9))
            .fact(99));
    }
}
