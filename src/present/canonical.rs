//! Facts as canonical figures, for every list the UI shows (the facts panel,
//! the overview's key figures, the timeline): a figure stated in several
//! passages, or under several wordings, is shown once, under its measure's
//! canonical name, with the number of passages that state it; a bracketed
//! conversion is shown with its figure, not beside it.
//!
//! A corpus compiled without canonical figures (a hand-built one) gets one
//! figure per fact, so every list still works.
//!
//! Invariant: [`Figures::dedupe`] keeps the order it is given and yields each
//! figure at most once.

use crate::corpus::{Corpus, FactIdx, FactKind, Figure, FigureIdx};
use crate::engine::tokenize::tokenize_words;
use crate::engine::Engine;

/// What a fact stands for in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The fact is one statement of this canonical figure.
    Figure(FigureIdx),
    /// The fact is a figure of its own (no canonical figure lists it).
    Alone(FactIdx),
    /// The fact is the bracketed conversion of another figure: not listed.
    Conversion,
}

/// The corpus's facts mapped onto its canonical figures.
pub struct Figures<'a> {
    corpus: &'a Corpus,
    standing: Vec<Standing>,
    /// `(conversion fact, figure it converts)`, sorted by fact.
    conversions: Vec<(FactIdx, FigureIdx)>,
}

impl<'a> Figures<'a> {
    /// Maps every fact of `corpus` (linear in facts and figures).
    pub fn new(corpus: &'a Corpus) -> Figures<'a> {
        let mut standing: Vec<Standing> = (0..corpus.facts.len())
            .map(|idx| Standing::Alone(idx as FactIdx))
            .collect();
        let mut conversions = Vec::new();
        for (idx, figure) in corpus.figures.iter().enumerate() {
            conversions.extend(figure.converted.map(|f| (f, idx as FigureIdx)));
            for &fact in &figure.facts {
                if let Some(slot) = standing.get_mut(fact as usize) {
                    *slot = Standing::Figure(idx as FigureIdx);
                }
            }
            if let Some(slot) = figure.converted.and_then(|f| standing.get_mut(f as usize)) {
                *slot = Standing::Conversion;
            }
        }
        conversions.sort_unstable();
        Figures {
            corpus,
            standing,
            conversions,
        }
    }

    /// The corpus the figures are of.
    pub fn corpus(&self) -> &'a Corpus {
        self.corpus
    }

    /// The canonical figure that states fact `idx` or shows it as its
    /// conversion; `None` for a fact that stands alone.
    pub fn figure(&self, idx: usize) -> Option<&'a Figure> {
        let figure = match self.standing(idx) {
            Standing::Figure(figure) => figure,
            Standing::Alone(_) => return None,
            Standing::Conversion => {
                let at = (self.conversions)
                    .binary_search_by_key(&(idx as FactIdx), |c| c.0)
                    .ok()?;
                self.conversions[at].1
            }
        };
        self.corpus.figures.get(figure as usize)
    }

    /// What fact `idx` stands for.
    pub fn standing(&self, idx: usize) -> Standing {
        self.standing
            .get(idx)
            .copied()
            .unwrap_or(Standing::Conversion)
    }

    /// The facts in `order`, one per figure: the first statement of each
    /// figure that `order` holds (a document's own, a query's best match).
    pub fn dedupe(&self, order: impl IntoIterator<Item = usize>) -> Vec<usize> {
        self.each_figure_once(order, |_, idx| Some(idx))
    }

    /// The facts in `order`, one per figure: each figure by its best-worded
    /// statement (its first fact), at the place of its first fact in `order`.
    pub fn leads(&self, order: impl IntoIterator<Item = usize>) -> Vec<usize> {
        self.each_figure_once(order, |figure, _| self.lead_fact(figure))
    }

    fn each_figure_once(
        &self,
        order: impl IntoIterator<Item = usize>,
        pick: impl Fn(FigureIdx, usize) -> Option<usize>,
    ) -> Vec<usize> {
        let mut seen_figures = vec![false; self.corpus.figures.len()];
        let mut out = Vec::new();
        for idx in order {
            match self.standing(idx) {
                Standing::Figure(figure) => {
                    let Some(seen) = seen_figures.get_mut(figure as usize) else {
                        continue;
                    };
                    if !*seen {
                        *seen = true;
                        out.extend(pick(figure, idx));
                    }
                }
                Standing::Alone(_) => out.push(idx),
                Standing::Conversion => {}
            }
        }
        out
    }

    /// The canonical measure name, passages stating it and conversion (in
    /// its own unit) of the figure fact `idx` belongs to; `None` for a fact
    /// that stands alone.
    pub fn about(&self, idx: usize) -> Option<FigureFacts<'a>> {
        let Standing::Figure(figure_idx) = self.standing(idx) else {
            return None;
        };
        let figure = self.corpus.figures.get(figure_idx as usize)?;
        let measure = self.corpus.measures.get(figure.measure as usize)?;
        Some(FigureFacts {
            measure: &measure.name,
            sources: figure.facts.len(),
            converted: figure
                .converted
                .and_then(|f| self.corpus.facts.get(f as usize))
                .map(|f| (f.value, f.unit.as_str())),
            figure: figure_idx,
        })
    }

    /// How important the measure named `measure` is, for ordering key
    /// figures: several documents, then a series or several sources, then a
    /// stated date, an actual figure and the latest date. Larger is more
    /// important; trivia (one undated statement of one event) sort last.
    pub fn importance(&self, facts: &[usize]) -> Importance {
        let mut docs: Vec<u32> = Vec::new();
        let mut dates: Vec<&str> = Vec::new();
        let mut sources = 0;
        let mut actual = false;
        for &idx in facts {
            let statements: Vec<FactIdx> = match self.standing(idx) {
                Standing::Figure(f) => self
                    .corpus
                    .figures
                    .get(f as usize)
                    .map(|f| f.facts.clone())
                    .unwrap_or_default(),
                Standing::Alone(f) => vec![f],
                Standing::Conversion => Vec::new(),
            };
            sources = sources.max(statements.len());
            for fact in statements
                .iter()
                .filter_map(|&f| self.corpus.facts.get(f as usize))
            {
                if !docs.contains(&fact.doc) {
                    docs.push(fact.doc);
                }
                actual |= fact.kind == FactKind::Actual;
                if let Some(date) = fact.date.as_deref() {
                    if fact.kind != FactKind::Change && !dates.contains(&date) {
                        dates.push(date);
                    }
                }
            }
        }
        let latest = dates
            .iter()
            .max()
            .map(|d| d.to_string())
            .unwrap_or_default();
        Importance {
            documents: docs.len(),
            followed: dates.len() >= 2 || sources >= 2,
            dated: !dates.is_empty(),
            actual,
            salience: 0,
            latest,
        }
    }

    fn lead_fact(&self, figure: FigureIdx) -> Option<usize> {
        let figure = self.corpus.figures.get(figure as usize)?;
        figure.facts.first().map(|&f| f as usize)
    }
}

/// How central a measure's words are to the corpus, in hundredths: the
/// share of passages that hold all of its telling words together (content
/// words of four letters or more, not a participle such as `authorized`).
/// `invention patents granted` in a corpus on patents is central, as
/// `invention patents` are discussed throughout; `central government
/// organizations` or `securitization products issued` are not. A word the
/// index does not know makes the measure rare. Where a chunked index lacks
/// a word's postings, its passage count bounds the share.
pub fn salience(engine: &Engine, measure: &str) -> u32 {
    let index = engine.index();
    let n_passages = index.n_passages().max(1);
    let words: Vec<String> = tokenize_words(measure)
        .into_iter()
        .map(|t| t.word)
        .filter(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic))
        .filter(|w| !(w.len() > 5 && w.ends_with("ed")))
        .collect();
    if words.is_empty() {
        return 0;
    }
    let mut together: Option<Vec<u32>> = None;
    let mut bound = n_passages;
    for word in &words {
        let Some(term) = index.word_term(word) else {
            return 0;
        };
        bound = bound.min(index.body_df(term));
        let passages: Vec<u32> = index.body_passages(term).to_vec();
        if passages.is_empty() {
            continue;
        }
        together = Some(match together {
            None => passages,
            Some(held) => held
                .into_iter()
                .filter(|p| passages.binary_search(p).is_ok())
                .collect(),
        });
    }
    let count = together.map_or(bound, |t| t.len().min(bound));
    (count * 100 / n_passages) as u32
}

/// What a listed figure adds to its fact.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureFacts<'a> {
    /// The canonical measure's name.
    pub measure: &'a str,
    /// Passages that state it.
    pub sources: usize,
    /// The same amount in another unit (value, unit), from brackets.
    pub converted: Option<(f64, &'a str)>,
    /// The figure.
    pub figure: FigureIdx,
}

/// The signals that order key figures, most important greatest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Importance {
    /// Documents that state the measure.
    pub documents: usize,
    /// It has figures at two or more dates, or one stated several times.
    pub followed: bool,
    /// Some figure has an as-of date.
    pub dated: bool,
    /// Some figure is an achievement, not only a goal or a change.
    pub actual: bool,
    /// How central its words are to the corpus, in hundredths (see
    /// [`salience`]): among dated achievements stated once, the corpus's
    /// headline measures (`invention patents granted`) before the trivia of
    /// one event (`securitization products issued`).
    pub salience: u32,
    /// The latest as-of date (ISO text sorts by time).
    pub latest: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::compiled as corpus;

    fn bulletin() -> Corpus {
        corpus(&[
            (
                "a.txt",
                "---\ntitle: Finance bulletin\ndate: 2021-03-01\nkind: news\n---\n\n\
                 In 2020, patent pledge financing reached 218 billion yuan ($33.6 billion). \
                 The forum drew 300 participants.\n\n\
                 Officials repeated that in 2020, the pledge financing of patents reached \
                 218 billion yuan.\n",
            ),
            (
                "b.txt",
                "---\ntitle: Finance review\ndate: 2022-03-01\nkind: report\n---\n\n\
                 In 2021, patent pledge financing reached 310 billion yuan.\n",
            ),
        ])
    }

    #[test]
    fn a_figure_stated_twice_is_listed_once_without_its_conversion() {
        let corpus = bulletin();
        let figures = Figures::new(&corpus);
        let listed = figures.leads(0..corpus.facts.len());
        let texts: Vec<&str> = listed
            .iter()
            .map(|&f| corpus.facts[f].text.as_str())
            .collect();
        assert_eq!(
            texts.iter().filter(|t| t.contains("218 billion")).count(),
            1,
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("33.6")), "{texts:?}");
        let lead = listed
            .iter()
            .find(|&&f| corpus.facts[f].text.contains("218"))
            .copied()
            .expect("218 listed");
        let about = figures.about(lead).expect("a canonical figure");
        assert_eq!(about.sources, 2);
        assert_eq!(about.converted.map(|c| c.1), Some("US dollars"));
    }

    #[test]
    fn every_statement_and_the_conversion_find_their_one_figure() {
        let corpus = bulletin();
        let figures = Figures::new(&corpus);
        let of = |needle: &str| {
            let idx = (corpus.facts.iter())
                .position(|f| f.text.contains(needle))
                .expect(needle);
            figures.figure(idx).map(|f| f.value)
        };
        assert_eq!(of("218"), Some(218e9));
        assert_eq!(of("33.6"), Some(218e9), "the conversion's figure");
        let both: Vec<usize> = (0..corpus.facts.len())
            .filter(|&f| corpus.facts[f].text.contains("218"))
            .collect();
        assert_eq!(both.len(), 2);
        let first = figures.figure(both[0]).map(|f| f as *const Figure);
        assert_eq!(first, figures.figure(both[1]).map(|f| f as *const Figure));
        assert_eq!(figures.figure(corpus.facts.len()), None);
    }

    #[test]
    fn a_measure_followed_across_documents_outranks_an_event_count() {
        let corpus = bulletin();
        let figures = Figures::new(&corpus);
        let of = |needle: &str| -> Vec<usize> {
            (0..corpus.facts.len())
                .filter(|&f| corpus.facts[f].text.contains(needle))
                .collect()
        };
        let mut pledge = of("218");
        pledge.extend(of("310"));
        let pledge = figures.importance(&pledge);
        let participants = figures.importance(&of("300"));
        assert!(pledge > participants, "{pledge:?} vs {participants:?}");
        assert_eq!(pledge.documents, 2);
        assert_eq!(pledge.latest, "2021");
    }

    #[test]
    fn without_canonical_figures_every_fact_stands_alone() {
        let corpus = crate::fixture::corpus();
        let figures = Figures::new(&corpus);
        let all: Vec<usize> = (0..corpus.facts.len()).collect();
        assert_eq!(figures.dedupe(all.clone()), all);
        assert_eq!(figures.leads(all.clone()), all);
        assert!(figures.about(0).is_none());
    }
}
