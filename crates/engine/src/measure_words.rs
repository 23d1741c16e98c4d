//! The words of the facts' measure labels, tokenized once per engine, for
//! telling whether a query names a fact's measure ([`super::facts`]).
//!
//! Measure labels need not occur in any passage, so the index does not know
//! their words. Tokenizing and stemming every fact's label on every facts
//! query took hundreds of milliseconds on a large corpus (52,118 facts,
//! 13,768 distinct labels), so each distinct label is tokenized once, on the
//! first query that asks, and then compared with each query's words.

use std::collections::HashMap;

use super::fold::is_stop_word;
use super::query::ParsedQuery;
use super::tokenize::tokenize;
use ipx_corpus::Corpus;

/// Each fact's measure label as a list of words, packed: one string holds
/// every distinct label's terms and words, so the table costs about the
/// labels' own bytes rather than two allocations per word.
#[derive(Debug, Default)]
pub struct MeasureWords {
    /// For each fact (corpus order), the index of its label.
    label_of_fact: Vec<u32>,
    /// For each distinct label, where its words start in `words`, plus a
    /// closing entry.
    label_starts: Vec<u32>,
    /// Each word of each label: where its term starts in `text`, where its
    /// folded word starts (the term ends there) and ends.
    words: Vec<[u32; 3]>,
    /// Terms and words, back to back.
    text: String,
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
        let mut table = MeasureWords {
            label_starts: vec![0],
            ..MeasureWords::default()
        };
        // A lookup only (never iterated): the index's own `HashMap<&str, u32>`.
        let mut ids: HashMap<&str, u32> = HashMap::new();
        for fact in &corpus.facts {
            let next = ids.len() as u32;
            let id = *ids.entry(&fact.measure).or_insert_with(|| {
                for token in tokenize(&fact.measure) {
                    let term = table.text.len() as u32;
                    table.text.push_str(&token.term);
                    let word = table.text.len() as u32;
                    table.text.push_str(&token.word);
                    table.words.push([term, word, table.text.len() as u32]);
                }
                table.label_starts.push(table.words.len() as u32);
                next
            });
            table.label_of_fact.push(id);
        }
        table
    }

    /// Number of distinct labels.
    pub fn n_labels(&self) -> usize {
        self.label_starts.len() - 1
    }

    /// The `(term, folded word)` pairs of label `label`.
    pub fn label(&self, label: usize) -> impl Iterator<Item = (&str, &str)> {
        let (start, end) = (self.label_starts[label], self.label_starts[label + 1]);
        (self.words[start as usize..end as usize].iter()).map(|&[term, word, end]| {
            (
                &self.text[term as usize..word as usize],
                &self.text[word as usize..end as usize],
            )
        })
    }

    /// Which labels `parsed` names: every content word of the query is a
    /// word of the label (the same term), or, for the word being typed,
    /// starts one.
    pub fn named_by(&self, parsed: &ParsedQuery) -> NamedMeasures<'_> {
        let words: Vec<_> = (parsed.words.iter())
            .filter(|w| !is_stop_word(&w.token.word))
            .collect();
        let named = (0..self.n_labels())
            .map(|label| {
                !words.is_empty()
                    && words.iter().all(|w| {
                        self.label(label).any(|(term, word)| {
                            term == w.token.term || (w.prefix && word.starts_with(&w.token.word))
                        })
                    })
            })
            .collect();
        NamedMeasures { words: self, named }
    }

    /// Heap bytes.
    pub fn heap_bytes(&self) -> usize {
        (self.label_of_fact.len() + self.label_starts.len()) * 4
            + self.words.len() * 12
            + self.text.len()
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
    use crate::fixture;
    use crate::query::parse;

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
        assert_eq!(words.n_labels(), 4);
        assert_eq!(words.label_of_fact, [0, 1, 2, 3, 0]);
        let label = |l| words.label(l).collect::<Vec<_>>();
        assert_eq!(label(2), [("ip", "ip"), ("talent", "talent")]);
        assert_eq!(
            label(0),
            [
                ("invent", "invention"),
                ("patent", "patents"),
                ("grant", "granted")
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
