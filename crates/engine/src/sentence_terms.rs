//! The words of each answer figure's source sentences, read once per figure
//! and kept: tokenizing and stemming a sentence is most of what ranking
//! answers costs, and the same figures come up query after query (every
//! keystroke of a question ranks the same candidate measures).
//!
//! A figure's slot is filled by the first query that reads its sentences,
//! never at start-up, so an engine that never answers pays nothing.
//!
//! Invariant: a slot, once filled, holds exactly what the reader given to
//! [`SentenceTerms::get_or_read`] returned for that figure; the reader must
//! depend on the figure alone (not on the query), so kept and fresh agree.

use std::sync::OnceLock;

use ipx_corpus::FigureIdx;

/// One slot per answer figure.
#[derive(Debug, Default)]
pub struct SentenceTerms {
    per_figure: Vec<OnceLock<Vec<String>>>,
}

impl SentenceTerms {
    /// Empty slots for `n_figures` figures.
    pub fn new(n_figures: usize) -> SentenceTerms {
        SentenceTerms {
            per_figure: (0..n_figures).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The terms of `figure`, read by `read` the first time. A figure
    /// beyond the slots is read every time and not kept.
    pub fn get_or_read(
        &self,
        figure: FigureIdx,
        read: impl FnOnce() -> Vec<String>,
    ) -> std::borrow::Cow<'_, [String]> {
        match self.per_figure.get(figure as usize) {
            Some(slot) => std::borrow::Cow::Borrowed(slot.get_or_init(read)),
            None => std::borrow::Cow::Owned(read()),
        }
    }

    /// Heap bytes, roughly.
    pub fn heap_bytes(&self) -> usize {
        let slots = self.per_figure.capacity() * std::mem::size_of::<OnceLock<Vec<String>>>();
        let terms: usize = (self.per_figure.iter())
            .filter_map(OnceLock::get)
            .map(|terms| {
                terms.capacity() * std::mem::size_of::<String>()
                    + terms.iter().map(String::capacity).sum::<usize>()
            })
            .sum();
        slots + terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_figure_is_read_once_and_then_kept() {
        let terms = SentenceTerms::new(2);
        let reads = Cell::new(0);
        let read = || {
            reads.set(reads.get() + 1);
            vec!["patent".to_string()]
        };
        assert_eq!(&*terms.get_or_read(1, read), ["patent"]);
        assert_eq!(&*terms.get_or_read(1, read), ["patent"]);
        assert_eq!(reads.get(), 1);
        assert!(terms.heap_bytes() > 0);
    }

    #[test]
    fn a_figure_beyond_the_slots_is_read_every_time() {
        let terms = SentenceTerms::new(0);
        let reads = Cell::new(0);
        let read = || {
            reads.set(reads.get() + 1);
            vec!["trademark".to_string()]
        };
        assert_eq!(&*terms.get_or_read(7, read), ["trademark"]);
        assert_eq!(&*terms.get_or_read(7, read), ["trademark"]);
        assert_eq!(reads.get(), 2);
    }
}
