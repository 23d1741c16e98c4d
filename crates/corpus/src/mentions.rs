//! Mentions: which passages name each entity, found in one pass over the
//! words of every passage with an index of entity names by their first word,
//! so the cost grows with the corpus, not with corpus × registry.
//!
//! Invariant: a name matches only as a run of whole words (letters and
//! digits between separators), so `IP` never matches inside `IPR` and `NIPA`
//! never inside `CNIPA`; each passage is listed once per entity, ascending.

use std::collections::BTreeMap;

use super::model::{Corpus, PassageIdx};

/// The words of a text: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// For each entity (given by its surface forms), the passages whose text
/// names it. A turn's speaker label is not its text: speaking is no mention.
pub fn find_mentions(entities: &[Vec<String>], corpus: &Corpus) -> Vec<Vec<PassageIdx>> {
    let surfaces: Vec<(usize, Vec<&str>)> = entities
        .iter()
        .enumerate()
        .flat_map(|(idx, forms)| {
            forms
                .iter()
                .map(move |f| (idx, words(f).collect::<Vec<_>>()))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut by_first: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (surface_idx, (_, surface)) in surfaces.iter().enumerate() {
        by_first.entry(surface[0]).or_default().push(surface_idx);
    }
    let mut out: Vec<Vec<PassageIdx>> = vec![Vec::new(); entities.len()];
    for (passage_idx, passage) in corpus.passages.iter().enumerate() {
        let mut mark = |entity: usize| {
            if out[entity].last() != Some(&(passage_idx as PassageIdx)) {
                out[entity].push(passage_idx as PassageIdx);
            }
        };
        // The text as written, and without bracketed acronyms when it has any.
        let unbracketed = without_bracketed_acronyms(&passage.text);
        let readings = if unbracketed.len() == passage.text.len() {
            vec![passage.text.as_str()]
        } else {
            vec![passage.text.as_str(), unbracketed.as_str()]
        };
        for reading in readings {
            let text: Vec<&str> = words(reading).collect();
            for pos in 0..text.len() {
                for &surface_idx in by_first.get(text[pos]).into_iter().flatten() {
                    let (entity, surface) = &surfaces[surface_idx];
                    if text[pos..].starts_with(surface) {
                        mark(*entity);
                    }
                }
            }
        }
    }
    out
}

/// The text without acronyms in brackets (`Party of China (CPC) Central
/// Committee`), so a name written around its acronym still matches whole.
fn without_bracketed_acronyms(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let inner_end = rest[open + 1..].find(')').map(|c| open + 1 + c);
        let acronym = inner_end.is_some_and(|end| {
            let inner = &rest[open + 1..end];
            inner.len() >= 2 && inner.chars().all(|c| c.is_ascii_uppercase())
        });
        match (acronym, inner_end) {
            (true, Some(end)) => {
                out.push_str(&rest[..open]);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Passage;

    #[test]
    fn whole_words_only_and_own_turns_do_not_count() {
        let passage = |text: &str, speaker: Option<&str>| Passage {
            id: String::new(),
            doc: 0,
            section: None,
            speaker: speaker.map(str::to_string),
            text: text.into(),
        };
        let corpus = Corpus {
            passages: vec![
                passage("The CNIPA and IPR work.", None),
                passage("The NIPA said (IP) work; Mr. Wang agreed.", None),
                passage("Thanks.", Some("Wang Wu")),
                passage("Wang Wu will answer.", Some("Host")),
                passage("The Party of Ruritania (PR) Board met (NIPA).", None),
            ],
            ..Corpus::default()
        };
        let entities = vec![
            vec!["NIPA".to_string()],
            vec!["IP".to_string()],
            vec!["Wang Wu".to_string(), "Mr. Wang".to_string()],
            vec!["Party of Ruritania Board".to_string()],
        ];
        // Wang Wu is named in passages 1 and 3; his own turn (2) is no mention.
        // A name written around a bracketed acronym matches, and so does the acronym.
        assert_eq!(
            find_mentions(&entities, &corpus),
            [vec![1, 4], vec![1], vec![1, 3], vec![4]]
        );
    }
}
