//! Sentence figures: the facts that no canonical figure states, made answer
//! figures of their own. The compiler leaves a fact out of the canonical
//! figures when its label says too little on its own (`witnesses`,
//! `contract`, a broken label such as `compared`), though its value, unit,
//! date, kind and sentence are right: "took evidence from 63 witnesses"
//! still answers "how many witnesses gave evidence to the committee". Each
//! group of equal facts (the same label, value, unit, date and kind) becomes
//! one [`Figure`] of a [`Measure`] of its own, whose name says what is
//! counted in the words of the sentence (the label, then the clause around
//! the quantity in quotes), so an answer card and the JS API show it like
//! any figure. They are matched through their sentence, never through the
//! measure tables ([`super::sentence_answers`]).
//!
//! Invariant: a sentence figure's facts are stated by no canonical figure
//! (nor given as one's conversion), and its measure is its own; measure and
//! figure ids follow the canonical ones, in corpus order of their first fact.

use ipx_corpus::lower::Lowercase;
use std::collections::HashMap;

use ipx_corpus::canonical::says_what_is_counted;
use ipx_corpus::{Corpus, Fact, Figure, Measure};

/// Words of the clause around a quantity kept on each side in a measure
/// name: a clause without punctuation can run on.
const CLAUSE_WORDS: usize = 8;

/// The sentence measures and figures of `corpus`: one per group of equal
/// facts that no figure states, the measures numbered from `first_measure`.
pub fn sentence_figures(corpus: &Corpus, first_measure: u32) -> (Vec<Measure>, Vec<Figure>) {
    let mut stated = vec![false; corpus.facts.len()];
    for figure in &corpus.figures {
        for &f in figure.facts.iter().chain(&figure.converted) {
            if let Some(s) = stated.get_mut(f as usize) {
                *s = true;
            }
        }
    }
    let mut measures: Vec<Measure> = Vec::new();
    let mut figures: Vec<Figure> = Vec::new();
    let mut groups: HashMap<(String, u64, &str, Option<&str>, u8), usize> = HashMap::new();
    for (i, fact) in corpus.facts.iter().enumerate() {
        if stated[i] || !fact.value.is_finite() {
            continue;
        }
        let key = (
            fact.measure.lowercase(),
            fact.value.to_bits(),
            fact.unit.as_str(),
            fact.date.as_deref(),
            fact.kind as u8,
        );
        if let Some(&g) = groups.get(&key) {
            figures[g].facts.push(i as u32);
            continue;
        }
        groups.insert(key, figures.len());
        let measure = first_measure + measures.len() as u32;
        measures.push(Measure {
            id: format!("sentence-{}", fact.id),
            name: what_is_counted(fact),
            labels: vec![fact.measure.clone()],
            unit: fact.unit.clone(),
        });
        figures.push(fact_figure(fact, i as u32, measure));
    }
    (measures, figures)
}

/// The figure of one fact, `facts[i]`, as a figure of measure `measure`.
pub fn fact_figure(fact: &Fact, i: u32, measure: u32) -> Figure {
    Figure {
        measure,
        value: fact.value,
        unit: fact.unit.clone(),
        date: fact.date.clone(),
        kind: fact.kind,
        facts: vec![i],
        converted: None,
    }
}

/// What a sentence figure counts, for a reader: its label when the label is
/// a short phrase of the clause (`witnesses`) or says what is counted on its
/// own, then the clause around the quantity in quotes (`witnesses: “took
/// evidence from 63 witnesses”`); the clause alone otherwise (a broken
/// label: `that's`, `compared`).
pub fn what_is_counted(fact: &Fact) -> String {
    let clause = clause_of(fact);
    let lower = clause.lowercase();
    let label = fact.measure.trim();
    let label_words: Vec<String> = label
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).lowercase())
        .collect();
    let in_clause = !label_words.is_empty()
        && label_words.len() <= 4
        && !label.contains(['\'', '’'])
        && (label_words.iter()).all(|w| !w.is_empty() && lower.contains(w.as_str()));
    // A label that says what is counted on its own is kept whole (the
    // fact's figure was left out for another reason, or by an older
    // compiler).
    if in_clause || says_what_is_counted(label, &fact.unit) {
        format!("{label}: “{clause}”")
    } else {
        format!("“{clause}”")
    }
}

/// The clause of the fact's sentence that holds its quantity: from the
/// last clause mark before it to the first after it (a comma between digits
/// is no mark), at most [`CLAUSE_WORDS`] words each side, with `…` where
/// the sentence goes on.
pub fn clause_of(fact: &Fact) -> String {
    let (start, end) = clause_range(fact);
    let sentence = fact.sentence.as_str();
    let text = sentence[start..end].trim();
    let text = text.trim_end_matches(['.', ',', ';', ':']);
    let head = if sentence[..start].trim().is_empty() {
        ""
    } else {
        "…"
    };
    let tail = if sentence[end..].trim_matches(['.', ' ']).is_empty() {
        ""
    } else {
        "…"
    };
    format!("{head}{text}{tail}")
}

/// Byte range of the fact's clause within its sentence (see [`clause_of`]).
pub fn clause_range(fact: &Fact) -> (usize, usize) {
    let sentence = fact.sentence.as_str();
    let len = sentence.len();
    let at = (fact.span.start.saturating_sub(fact.sentence_span.start) as usize).min(len);
    let end_at = (fact.span.end.saturating_sub(fact.sentence_span.start) as usize).clamp(at, len);
    let at = floor_boundary(sentence, at);
    let end_at = floor_boundary(sentence, end_at);
    let bytes = sentence.as_bytes();
    let is_mark = |i: usize| -> bool {
        match bytes[i] {
            b';' | b':' | b'(' | b')' | b'!' | b'?' => true,
            // `1,507` and `3.9` are numbers, not clause marks.
            b',' | b'.' => {
                let digit =
                    |j: Option<usize>| j.and_then(|j| bytes.get(j)).is_some_and(u8::is_ascii_digit);
                !(digit(i.checked_sub(1)) && digit(Some(i + 1)))
            }
            _ => false,
        }
    };
    let mut start = (0..at).rev().find(|&i| is_mark(i)).map_or(0, |i| i + 1);
    // `Licensees at 30 September 2025: 1,284`: a value alone after its
    // mark takes the words before the mark, which say what it counts.
    let bare = |from: usize| !sentence[from..at].chars().any(char::is_alphabetic);
    if start > 0 && bare(start) {
        start = (0..start - 1)
            .rev()
            .find(|&i| is_mark(i))
            .map_or(0, |i| i + 1);
    }
    let mut stop = (end_at..len).find(|&i| is_mark(i)).unwrap_or(len);
    // At most CLAUSE_WORDS words each side of the quantity.
    let before: Vec<usize> = word_starts(sentence, start, at);
    if before.len() > CLAUSE_WORDS {
        start = before[before.len() - CLAUSE_WORDS];
    }
    let after: Vec<usize> = word_ends(sentence, end_at, stop);
    if after.len() > CLAUSE_WORDS {
        stop = after[CLAUSE_WORDS - 1];
    }
    (
        floor_boundary(sentence, start),
        floor_boundary(sentence, stop),
    )
}

/// Byte offsets where words start in `text[from..to]`.
fn word_starts(text: &str, from: usize, to: usize) -> Vec<usize> {
    let slice = &text[from..to];
    let mut out = Vec::new();
    let mut prev_space = true;
    for (i, c) in slice.char_indices() {
        if !c.is_whitespace() && prev_space {
            out.push(from + i);
        }
        prev_space = c.is_whitespace();
    }
    out
}

/// Byte offsets where words end in `text[from..to]`.
fn word_ends(text: &str, from: usize, to: usize) -> Vec<usize> {
    let slice = &text[from..to];
    let mut out = Vec::new();
    let mut in_word = false;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() && in_word {
            out.push(from + i);
        }
        in_word = !c.is_whitespace();
    }
    if in_word {
        out.push(to);
    }
    out
}

/// The nearest character boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipx_corpus::FactKind;

    /// A fact of `value` written `text` in `sentence`, labelled `label`.
    fn fact(sentence: &str, text: &str, label: &str, unit: &str) -> Fact {
        let at = sentence
            .find(text)
            .expect("the quantity is in the sentence") as u32;
        Fact {
            id: "d#p0/f0".into(),
            value: 1.0,
            unit: unit.into(),
            measure: label.into(),
            text: text.into(),
            sentence: sentence.into(),
            span: at..at + text.len() as u32,
            sentence_span: 0..sentence.len() as u32,
            doc: 0,
            passage: 0,
            date: None,
            kind: FactKind::Actual,
        }
    }

    #[test]
    fn the_clause_around_the_quantity_says_what_is_counted() {
        let f = fact(
            "In the course of the inspection the committee held 14 hearings and took evidence from 63 witnesses, among them judges.",
            "63 witnesses",
            "witnesses",
            "witnesses",
        );
        assert_eq!(
            what_is_counted(&f),
            "witnesses: “…committee held 14 hearings and took evidence from 63 witnesses…”"
        );
        // A comma inside a number is no clause mark.
        let f = fact(
            "In 2025 the court took in 1,284 new cases, against 1,106 in 2024.",
            "1,106",
            "new cases",
            "cases",
        );
        assert_eq!(what_is_counted(&f), "“…against 1,106 in 2024”");
        let f = fact(
            "The contract is worth up to 8.6 million yuan over two years.",
            "8.6 million yuan",
            "contract",
            "yuan",
        );
        assert_eq!(
            what_is_counted(&f),
            "contract: “The contract is worth up to 8.6 million yuan over two years”"
        );
    }

    #[test]
    fn a_value_alone_after_its_mark_takes_the_words_before_it() {
        let f = fact(
            "Licensees at 30 June 2025: 1,239, of which 201 signed the module licence.",
            "1,239",
            "Licensees",
            "licensees",
        );
        assert_eq!(
            what_is_counted(&f),
            "Licensees: “Licensees at 30 June 2025: 1,239…”"
        );
    }

    #[test]
    fn a_broken_label_gives_way_to_the_clause() {
        let f = fact(
            "Sales of licensed goods were 40 million yuan, compared with 31 million yuan a year before.",
            "31 million yuan",
            "that's",
            "yuan",
        );
        assert_eq!(
            what_is_counted(&f),
            "“…compared with 31 million yuan a year before”"
        );
    }

    #[test]
    fn facts_a_figure_states_make_no_sentence_figure() {
        let mut corpus = crate::fixture::with_figures();
        let (measures, figures) = sentence_figures(&corpus, corpus.measures.len() as u32);
        assert_eq!(measures.len(), figures.len());
        for figure in &figures {
            for &f in &figure.facts {
                assert!(!(corpus.figures.iter()).any(|g| g.facts.contains(&f)));
            }
        }
        // With no figures at all, every fact is a sentence figure's.
        corpus.figures.clear();
        let (_, figures) = sentence_figures(&corpus, 0);
        let facts: usize = figures.iter().map(|f| f.facts.len()).sum();
        assert_eq!(facts, corpus.facts.len());
    }
}
