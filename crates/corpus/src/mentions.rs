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

/// For each entity (given by its surface forms and its own name, which also
/// matches the turns it speaks), the passages that mention it.
pub fn find_mentions(entities: &[(Vec<String>, String)], corpus: &Corpus) -> Vec<Vec<PassageIdx>> {
    let surfaces: Vec<(usize, Vec<&str>)> = entities
        .iter()
        .enumerate()
        .flat_map(|(idx, (forms, _))| {
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
    let by_name: BTreeMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(idx, (_, name))| (name.as_str(), idx))
        .collect();
    let mut out: Vec<Vec<PassageIdx>> = vec![Vec::new(); entities.len()];
    for (passage_idx, passage) in corpus.passages.iter().enumerate() {
        let mut mark = |entity: usize| {
            if out[entity].last() != Some(&(passage_idx as PassageIdx)) {
                out[entity].push(passage_idx as PassageIdx);
            }
        };
        if let Some(&entity) = passage.speaker.as_deref().and_then(|s| by_name.get(s)) {
            mark(entity);
        }
        let text: Vec<&str> = words(&passage.text).collect();
        for pos in 0..text.len() {
            for &surface_idx in by_first.get(text[pos]).into_iter().flatten() {
                let (entity, surface) = &surfaces[surface_idx];
                if text[pos..].starts_with(surface) {
                    mark(*entity);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Passage;

    #[test]
    fn whole_words_only_and_turns_count() {
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
            ],
            ..Corpus::default()
        };
        let entities = vec![
            (vec!["NIPA".to_string()], "NIPA".to_string()),
            (vec!["IP".to_string()], "IP".to_string()),
            (
                vec!["Wang Wu".to_string(), "Mr. Wang".to_string()],
                "Wang Wu".to_string(),
            ),
        ];
        assert_eq!(
            find_mentions(&entities, &corpus),
            [vec![1], vec![1], vec![1, 2]]
        );
    }
}
