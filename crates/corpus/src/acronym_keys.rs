//! Measure keys that see through the acronyms a corpus defines: where any
//! document defines an acronym (`Patent Cooperation Treaty (PCT)`, `SMEs
//! (small and medium-sized enterprises)`), a label that uses it (`PCT
//! applications`, `SME loans`) has the key of the same label with the full
//! name written out, so that one document's `PCT applications` and
//! another's `Patent Cooperation Treaty applications` are one measure and
//! their figures one series. The definitions are gathered from the whole
//! corpus at compile time (they are the acronym aliases of the entity
//! registry), so a document that never spells an acronym out still meets
//! one that does.
//!
//! Invariant: only a word written in capitals (two or more, an optional
//! plural `s`) that some document defines is replaced; a label without one
//! has exactly its [`measure_key`].

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::measure_key::measure_key;
use super::model::Entity;

/// The acronyms a corpus defines, each with the full name it stands for.
#[derive(Debug, Default, Clone)]
pub struct AcronymKeys {
    /// Acronym letters (`PCT`, `SME`) → full name as written.
    full_names: BTreeMap<String, String>,
}

impl AcronymKeys {
    /// The acronym definitions of an entity registry: every alias written
    /// as an acronym of an entity whose name has two or more words.
    pub fn of_entities(entities: &[Entity]) -> Self {
        let mut full_names = BTreeMap::new();
        for entity in entities {
            if !entity.name.contains(' ') {
                continue;
            }
            for alias in &entity.aliases {
                if let Some(letters) = acronym_letters(alias) {
                    full_names
                        .entry(letters.to_string())
                        .or_insert_with(|| entity.name.clone());
                }
            }
        }
        AcronymKeys { full_names }
    }

    /// `label` with every defined acronym replaced by its full name
    /// (`SME loans` → `small and medium-sized enterprises loans`).
    pub fn spell_out<'a>(&self, label: &'a str) -> Cow<'a, str> {
        if self.full_names.is_empty() {
            return Cow::Borrowed(label);
        }
        let mut changed = false;
        let words: Vec<String> = label
            .split(' ')
            .map(|raw| {
                let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
                let stem = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .unwrap_or(word);
                match acronym_letters(stem).and_then(|l| self.full_names.get(l)) {
                    Some(full) => {
                        changed = true;
                        raw.replace(word, full)
                    }
                    None => raw.to_string(),
                }
            })
            .collect();
        if changed {
            Cow::Owned(words.join(" "))
        } else {
            Cow::Borrowed(label)
        }
    }

    /// The [`measure_key`] of `label` with its defined acronyms spelled out.
    pub fn key(&self, label: &str) -> String {
        measure_key(&self.spell_out(label))
    }
}

/// The letters of a word written as an acronym (`SMEs` → `SME`): 2 to 7
/// capitals and an optional plural `s`, nothing else.
fn acronym_letters(word: &str) -> Option<&str> {
    let letters = word.strip_suffix('s').unwrap_or(word);
    let capitals = letters.chars().all(|c| c.is_ascii_uppercase());
    (capitals && (2..=7).contains(&letters.len())).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn entity(name: &str, aliases: &[&str]) -> Entity {
        Entity {
            id: name.into(),
            name: name.into(),
            kind: EntityKind::Concept,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            role: None,
            mentions: Vec::new(),
        }
    }

    fn keys() -> AcronymKeys {
        AcronymKeys::of_entities(&[
            entity("Seed Filing Treaty", &["SFT"]),
            entity("small and medium-sized seed firms", &["SMSFs"]),
            entity("Seedland Patent Office", &["Seedland office", "SPO"]),
            entity("Seedwell", &["SW"]),
        ])
    }

    #[test]
    fn an_acronym_and_its_full_name_have_one_key() {
        let keys = keys();
        assert_eq!(
            keys.key("SFT applications"),
            keys.key("Seed Filing Treaty applications")
        );
        assert_eq!(
            keys.key("SMSF loans secured by patents"),
            keys.key("loans to small and medium-sized seed firms secured by patents")
        );
        assert_eq!(
            keys.key("patents granted by the SPO's examiners"),
            keys.key("patents granted by the Seedland Patent Office's examiners")
        );
        assert_eq!(
            keys.key("SMSFs"),
            keys.key("small and medium-sized seed firms")
        );
    }

    #[test]
    fn words_that_are_no_defined_acronym_stay_as_written() {
        let keys = keys();
        // Not defined anywhere: unchanged.
        assert_eq!(
            keys.key("ABC applications"),
            measure_key("ABC applications")
        );
        // A one-word name defines nothing to spell out.
        assert_eq!(keys.key("SW licences"), measure_key("SW licences"));
        // Lower case is a word, not the acronym.
        assert_eq!(
            keys.key("sft applications"),
            measure_key("sft applications")
        );
        assert_eq!(keys.spell_out("SPO staff"), "Seedland Patent Office staff");
        assert!(matches!(keys.spell_out("patent staff"), Cow::Borrowed(_)));
        // An empty registry changes nothing.
        let none = AcronymKeys::default();
        assert_eq!(
            none.key("SFT applications"),
            measure_key("SFT applications")
        );
    }
}
