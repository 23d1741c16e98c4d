//! The canonical measures and figures as words, built once per engine on the
//! first query that asks for answers ([`super::answers`]).
//!
//! Each measure's name and labels become their content terms, mapped through
//! the synonym registry ([`super::synonyms`]) and widened by the corpus's
//! acronyms: an entity alias of one word whose full name has several
//! (`IP` for `intellectual property`) adds the full name's terms wherever the
//! acronym stands, and the acronym wherever every word of the full name
//! stands, so `IP talent` and `intellectual property talent` share words.
//!
//! A corpus compiled without canonical figures (an older compiler, or one
//! whose facts had none) still answers: each fact becomes a figure and each
//! distinct measure label a measure ([`AnswerWords::build`] says which).
//! A corpus with canonical figures gets its facts that no figure states as
//! sentence figures after them ([`super::sentence_figures`]): they have
//! terms like any measure, but no entry in the term table, so only
//! [`super::sentence_answers`] looks at them.
//!
//! Invariant: every figure's `measure` indexes `measures`, and
//! `figures_of[m]` lists exactly the figures of measure `m`, ascending;
//! figures from `first_sentence_figure` on are sentence figures, and so are
//! measures from `first_sentence_measure` on.

use ipx_corpus::lower::Lowercase;
use std::collections::{BTreeMap, HashMap};

use super::fold::is_stop_word;
use super::intent::FILLER;
use super::sentence_figures::{fact_figure, sentence_figures};
use super::sort::sort_by;
use super::synonyms::{answer_term, loosely_same, MIN_SHARED_PREFIX};
use super::tokenize::{tokenize, TokenKind};
use ipx_corpus::{Corpus, Figure, FigureIdx, Measure};

/// The measures' words and, for a corpus without figures, derived figures.
#[derive(Debug, Default)]
pub struct AnswerWords {
    /// The measures answers use when not the corpus's as they are: derived
    /// from facts, or the corpus's followed by sentence measures; empty
    /// when the corpus's are used as they are.
    own_measures: Vec<Measure>,
    /// The figures answers use when not the corpus's as they are (as
    /// `own_measures`).
    own_figures: Vec<Figure>,
    /// The first measure that is a sentence figure's.
    first_sentence_measure: usize,
    /// The first figure that is a sentence figure.
    first_sentence_figure: usize,
    /// Term of a sentence figure's label or unit → the sentence figures,
    /// ascending.
    sentence_by_term: BTreeMap<String, Vec<FigureIdx>>,
    /// For each measure, the terms of its name and labels (with acronym
    /// widening), sorted and without repeats.
    terms: Vec<Vec<String>>,
    /// For each measure, each wording (name first, then labels) as its
    /// content terms, for telling how much of a wording a query covers.
    wordings: Vec<Vec<Vec<String>>>,
    /// For each measure, its figures, ascending.
    pub figures_of: Vec<Vec<FigureIdx>>,
    /// Term → the measures whose widened terms hold it, ascending.
    by_term: BTreeMap<String, Vec<u32>>,
    /// Acronym term → the terms of its full name.
    acronyms: Vec<(String, Vec<String>)>,
    /// Acronym term → its index in `acronyms` (a lookup, never iterated).
    by_acronym: HashMap<String, u32>,
    /// First term of a full name → the acronyms with that full name.
    by_first_full: BTreeMap<String, Vec<u32>>,
}

impl AnswerWords {
    /// Builds the tables over `corpus`.
    pub fn build(corpus: &Corpus) -> AnswerWords {
        let acronyms = acronyms(corpus);
        let mut words = AnswerWords::default();
        for (a, (acronym, full)) in acronyms.iter().enumerate() {
            words.by_acronym.insert(acronym.clone(), a as u32);
            if let Some(first) = full.first() {
                words
                    .by_first_full
                    .entry(first.clone())
                    .or_default()
                    .push(a as u32);
            }
        }
        words.acronyms = acronyms;
        if corpus.figures.is_empty() {
            words.derive(corpus);
            words.first_sentence_measure = words.own_measures.len();
            words.first_sentence_figure = words.own_figures.len();
        } else {
            words.first_sentence_measure = corpus.measures.len();
            words.first_sentence_figure = corpus.figures.len();
            let (measures, figures) = sentence_figures(corpus, corpus.measures.len() as u32);
            if !figures.is_empty() {
                words.own_measures = corpus.measures.iter().cloned().chain(measures).collect();
                words.own_figures = corpus.figures.iter().cloned().chain(figures).collect();
            }
        }
        let measures = if words.own_measures.is_empty() {
            &corpus.measures
        } else {
            &words.own_measures
        };
        let mut all_terms = Vec::with_capacity(measures.len());
        let mut all_wordings = Vec::with_capacity(measures.len());
        for (m, measure) in measures.iter().enumerate() {
            // A sentence measure's name quotes its clause: its label and
            // unit say what it counts.
            let sentence = m >= words.first_sentence_measure;
            let named = (!sentence).then_some(&measure.name);
            let wordings: Vec<Vec<String>> = (named.into_iter().chain(&measure.labels))
                .map(|w| content_terms(w))
                .filter(|t| !t.is_empty())
                .collect();
            let mut terms: Vec<String> = wordings.iter().flatten().cloned().collect();
            if sentence {
                terms.extend(content_terms(&measure.unit));
            }
            words.widen(&mut terms);
            all_terms.push(terms);
            all_wordings.push(wordings);
        }
        let mut by_term: BTreeMap<String, Vec<u32>> = BTreeMap::new();
        for (m, terms) in all_terms.iter().enumerate() {
            let table = if m < words.first_sentence_measure {
                &mut by_term
            } else {
                &mut words.sentence_by_term
            };
            for term in terms {
                table.entry(term.clone()).or_default().push(m as u32);
            }
        }
        words.by_term = by_term;
        words.terms = all_terms;
        words.wordings = all_wordings;
        let mut figures_of = vec![Vec::new(); measures.len()];
        for (i, figure) in words.figures(corpus).iter().enumerate() {
            if let Some(list) = figures_of.get_mut(figure.measure as usize) {
                list.push(i as FigureIdx);
            }
        }
        // Sentence measures were keyed by measure: each has one figure.
        for list in words.sentence_by_term.values_mut() {
            for m in list.iter_mut() {
                *m = figures_of[*m as usize][0];
            }
        }
        words.figures_of = figures_of;
        words
    }

    /// One measure per distinct label (case-folded) and one figure per fact.
    fn derive(&mut self, corpus: &Corpus) {
        let mut ids: HashMap<String, u32> = HashMap::new();
        for (i, fact) in corpus.facts.iter().enumerate() {
            let key = fact.measure.lowercase();
            let next = ids.len() as u32;
            let measure = *ids.entry(key).or_insert_with(|| {
                self.own_measures.push(Measure {
                    id: format!("m{next}"),
                    name: fact.measure.clone(),
                    labels: Vec::new(),
                    unit: fact.unit.clone(),
                });
                next
            });
            self.own_figures.push(fact_figure(fact, i as u32, measure));
        }
    }

    /// The measures answers use: the corpus's, or derived ones, then the
    /// sentence figures' measures.
    pub fn measures<'a>(&'a self, corpus: &'a Corpus) -> &'a [Measure] {
        if self.own_figures.is_empty() {
            &corpus.measures
        } else {
            &self.own_measures
        }
    }

    /// The measures that are no sentence figure's (see [`Self::measures`]).
    pub fn named_measures<'a>(&'a self, corpus: &'a Corpus) -> &'a [Measure] {
        let measures = self.measures(corpus);
        &measures[..self.first_sentence_measure.min(measures.len())]
    }

    /// The figures answers use: the corpus's, or derived ones, then the
    /// sentence figures.
    pub fn figures<'a>(&'a self, corpus: &'a Corpus) -> &'a [Figure] {
        if self.own_figures.is_empty() {
            &corpus.figures
        } else {
            &self.own_figures
        }
    }

    /// Whether figure `f` is a sentence figure.
    pub fn is_sentence_figure(&self, f: FigureIdx) -> bool {
        f as usize >= self.first_sentence_figure
    }

    /// The sentence figures whose label or unit holds `term` or another
    /// form of it, ascending and without repeats.
    pub fn sentence_figures_with(&self, term: &str) -> Vec<FigureIdx> {
        with_term(&self.sentence_by_term, term)
    }

    /// Number of measures.
    pub fn n_measures(&self) -> usize {
        self.terms.len()
    }

    /// The measures whose terms hold `term` or another form of it (see
    /// [`loosely_same`]), ascending and without repeats.
    pub fn measures_with(&self, term: &str) -> Vec<u32> {
        with_term(&self.by_term, term)
    }

    /// Whether some measure's terms hold `term`.
    pub fn names(&self, term: &str) -> bool {
        self.by_term.contains_key(term)
    }

    /// The widened terms of measure `m`, sorted.
    pub fn terms(&self, m: usize) -> &[String] {
        &self.terms[m]
    }

    /// The wordings of measure `m` as content terms.
    pub fn wordings(&self, m: usize) -> &[Vec<String>] {
        &self.wordings[m]
    }

    /// Adds to sorted-or-not `terms` the full names of the acronyms in them
    /// and the acronyms whose full names they hold; leaves them sorted and
    /// without repeats. Looks up each term rather than each acronym, so the
    /// cost follows the text, not the corpus's thousands of acronyms.
    pub fn widen(&self, terms: &mut Vec<String>) {
        sort_by(terms, Ord::cmp);
        terms.dedup();
        let has = |terms: &[String], t: &str| terms.binary_search_by(|x| x.as_str().cmp(t)).is_ok();
        let mut extra = Vec::new();
        for term in terms.iter() {
            if let Some(full) = self.expansion(term) {
                if !full.iter().all(|t| has(terms, t)) {
                    extra.extend(full.iter().cloned());
                }
            }
            if let Some(list) = self.by_first_full.get(term.as_str()) {
                for &a in list {
                    let (acronym, full) = &self.acronyms[a as usize];
                    if !has(terms, acronym) && full.iter().all(|t| has(terms, t)) {
                        extra.push(acronym.clone());
                    }
                }
            }
        }
        terms.extend(extra);
        sort_by(terms, Ord::cmp);
        terms.dedup();
    }

    /// The full-name terms of `term` when it is an acronym.
    pub fn expansion(&self, term: &str) -> Option<&[String]> {
        (self.by_acronym.get(term)).map(|&a| self.acronyms[a as usize].1.as_slice())
    }

    /// Heap bytes, roughly.
    pub fn heap_bytes(&self) -> usize {
        let strings = |v: &Vec<String>| v.iter().map(|s| s.len() + 24).sum::<usize>();
        self.terms.iter().map(strings).sum::<usize>()
            + self.wordings.iter().flatten().map(strings).sum::<usize>()
            + self
                .figures_of
                .iter()
                .map(|f| f.len() * 4 + 24)
                .sum::<usize>()
            + self.own_figures.len() * std::mem::size_of::<Figure>()
            + self.own_measures.len() * std::mem::size_of::<Measure>()
            + (self.sentence_by_term.iter())
                .map(|(k, v)| k.len() + 24 + v.len() * 4 + 24)
                .sum::<usize>()
    }
}

/// The entries of `table` under `term` or another form of it (see
/// [`loosely_same`]), ascending and without repeats.
fn with_term(table: &BTreeMap<String, Vec<u32>>, term: &str) -> Vec<u32> {
    let mut out: Vec<u32> = table.get(term).cloned().unwrap_or_default();
    // Longer forms: keys that start with the term.
    if term.len() >= MIN_SHARED_PREFIX {
        let longer = (table.range(term.to_string()..))
            .take_while(|(k, _)| k.starts_with(term))
            .filter(|(k, _)| loosely_same(k, term));
        out.extend(longer.flat_map(|(_, ms)| ms.iter().copied()));
    }
    // Shorter forms: prefixes of the term.
    for end in MIN_SHARED_PREFIX..term.len() {
        let Some(prefix) = term.get(..end) else {
            continue;
        };
        if let Some(ms) = table.get(prefix).filter(|_| loosely_same(prefix, term)) {
            out.extend(ms.iter().copied());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The content terms of a text: stems of the words that are neither stop
/// nor filler words, mapped to their synonym group, in order (compound
/// wholes left out: their parts stand for them).
pub fn content_terms(text: &str) -> Vec<String> {
    // `U.S.` counts as one word, not as the letters `u` and `s`.
    let dotted = |w: &str| w.contains('.') && w.split('.').all(|p| p.chars().count() == 1);
    let tokens: Vec<_> = (tokenize(text).into_iter())
        .filter(|t| t.kind != TokenKind::Compound || dotted(&t.word))
        .filter(|t| !is_stop_word(&t.word) && FILLER.binary_search(&t.word.as_str()).is_err())
        .collect();
    let mut out = Vec::with_capacity(tokens.len());
    for (at, t) in tokens.iter().enumerate() {
        out.push(answer_term(&t.word, &t.term));
        if let Some(agent) = agent_of_staff(&t.word, tokens.get(at + 1).map(|n| n.word.as_str())) {
            out.push(answer_term(&agent, &t.term));
        }
    }
    out
}

/// Nouns of a body of people named by what they do (`examining staff`).
const STAFF_NOUNS: &[&str] = &["staff", "corps", "team", "teams", "workforce", "personnel"];

/// `examining` before `staff` → `examiners`: a body of people named by
/// its activity counts the activity's agents, so "how many examiners"
/// finds `the examining corps` (the stemmer cuts `examining` to the stem
/// of `examination`, which an agent noun keeps apart from).
fn agent_of_staff(word: &str, next: Option<&str>) -> Option<String> {
    let stem = word.strip_suffix("ing").filter(|s| s.len() >= 4)?;
    next.filter(|n| STAFF_NOUNS.contains(n))?;
    Some(format!("{stem}ers"))
}

/// One-word aliases whose entity's name has several words: `ip` →
/// `[intellectu, properti]`.
fn acronyms(corpus: &Corpus) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for entity in &corpus.entities {
        let full = content_terms(&entity.name);
        if full.len() < 2 {
            continue;
        }
        for alias in &entity.aliases {
            let terms = content_terms(alias);
            if let [acronym] = terms.as_slice() {
                if !out.iter().any(|(a, _)| a == acronym) {
                    out.push((acronym.clone(), full.clone()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn a_staff_named_by_its_activity_counts_its_agents() {
        let examiner = answer_term("examiners", &crate::fold::stem("examiners"));
        assert!(content_terms("Office's examining staff").contains(&examiner));
        assert!(content_terms("examining corps").contains(&examiner));
        // Without a noun of people after it, the activity is no agent.
        assert!(!content_terms("examining time").contains(&examiner));
    }

    #[test]
    fn acronyms_widen_both_ways() {
        let words = AnswerWords::build(&fixture::corpus());
        let mut terms = vec!["ip".to_string(), "profession".to_string()];
        words.widen(&mut terms);
        assert_eq!(terms, ["intellectu", "ip", "profession", "properti"]);
        let mut terms = content_terms("intellectual property talent");
        words.widen(&mut terms);
        assert!(terms.contains(&"ip".to_string()), "{terms:?}");
    }

    #[test]
    fn measures_are_found_by_their_terms_and_other_forms() {
        let corpus = fixture::with_figures();
        let words = AnswerWords::build(&corpus);
        let names = |term: &str| -> Vec<&str> {
            (words.measures_with(term).iter())
                .map(|&m| corpus.measures[m as usize].name.as_str())
                .collect()
        };
        assert_eq!(names("util"), ["utility model patents granted"]);
        // `registrations` is `registr`; `registered` is `regist`.
        assert_eq!(names("regist"), ["trademark registrations"]);
        assert_eq!(names("intellectu"), ["IP professionals"]);
        assert!(names("zhejiang").is_empty());
        assert!(words.names("util") && !words.names("zhejiang"));
    }

    #[test]
    fn a_corpus_without_figures_answers_from_its_facts() {
        let mut corpus = fixture::corpus();
        corpus.figures.clear();
        corpus.measures.clear();
        let words = AnswerWords::build(&corpus);
        assert_eq!(words.figures(&corpus).len(), corpus.facts.len());
        let names: Vec<&str> = (words.measures(&corpus).iter())
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(names.len(), words.n_measures());
        assert!(names.contains(&"IP talent"), "{names:?}");
    }

    #[test]
    fn every_figure_is_listed_under_its_measure() {
        let corpus = fixture::with_figures();
        let words = AnswerWords::build(&corpus);
        for (m, list) in words.figures_of.iter().enumerate() {
            for &f in list {
                assert_eq!(corpus.figures[f as usize].measure as usize, m);
            }
        }
        let listed: usize = words.figures_of.iter().map(Vec::len).sum();
        assert_eq!(listed, corpus.figures.len());
    }
}
