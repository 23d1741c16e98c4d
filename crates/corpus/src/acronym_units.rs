//! Units that are acronyms: a quantity counted in an acronym the corpus
//! defines (`2,600 SMEs`, `11.8 HVIPs per 10,000 people`, after `small and
//! medium-sized enterprises (SMEs)` or `HVIPs (high-value invention
//! patents)`) is counted in the head noun of the acronym's full name
//! (`enterprises`, `patents per 10,000 people`), so that a unit says what
//! is counted in words a reader and a question share. The measure label
//! keeps the acronym as written; the engine widens it to the full name.
//!
//! Invariant: only a unit whose first word is an alias of an entity whose
//! name ends in a plural noun changes, and only that word.

use std::collections::BTreeMap;

use super::measure::unit_for;
use super::model::{Entity, Fact};

/// Replaces acronym units of `facts` by their full names' head nouns.
pub fn spell_out_acronym_units(facts: &mut [Fact], entities: &[Entity]) {
    let heads = acronym_heads(entities);
    if heads.is_empty() {
        return;
    }
    for fact in facts {
        let (first, rest) = match fact.unit.split_once(' ') {
            Some((first, rest)) => (first, format!(" {rest}")),
            None => (fact.unit.as_str(), String::new()),
        };
        if let Some(head) = heads.get(&key(first)) {
            fact.unit = format!("{head}{rest}");
        }
    }
}

/// Acronym (lowercase, without a plural `s`) → the unit of its full name's
/// head noun, for full names of several words ending in a plural noun.
fn acronym_heads(entities: &[Entity]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entity in entities {
        let words: Vec<&str> = entity.name.split_whitespace().collect();
        let Some(last) = words.last().filter(|_| words.len() >= 2) else {
            continue;
        };
        let plural = last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && last.chars().all(|c| c.is_ascii_lowercase());
        if !plural {
            continue;
        }
        for alias in &entity.aliases {
            let acronym =
                alias.chars().filter(char::is_ascii_uppercase).count() >= 2 && !alias.contains(' ');
            if acronym {
                out.insert(key(alias), unit_for(last));
            }
        }
    }
    out
}

fn key(word: &str) -> String {
    let lower = word.to_lowercase();
    lower.strip_suffix('s').unwrap_or(&lower).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, FactKind};

    fn entity(name: &str, alias: &str) -> Entity {
        Entity {
            id: name.into(),
            name: name.into(),
            kind: EntityKind::Concept,
            aliases: vec![alias.into()],
            role: None,
            mentions: Vec::new(),
        }
    }

    fn fact(unit: &str) -> Fact {
        Fact {
            id: "d#p1/f1".into(),
            value: 1.0,
            unit: unit.into(),
            measure: "seed things".into(),
            text: "1".into(),
            sentence: "1 seed thing.".into(),
            span: 0..1,
            sentence_span: 0..13,
            doc: 0,
            passage: 0,
            date: None,
            kind: FactKind::Actual,
        }
    }

    #[test]
    fn an_acronym_unit_is_counted_in_its_full_names_head_noun() {
        let entities = [
            entity("small and medium-sized seed enterprises", "SMSEs"),
            entity("high-value seed patents", "HVSPs"),
            entity("seed trained professionals", "STP"),
            entity("Seed Cooperation Treaty", "SCT"),
        ];
        let mut facts = [
            fact("smses"),
            fact("hvsps per 10,000 people"),
            fact("stps"),
            fact("scts"),
            fact("patents"),
        ];
        spell_out_acronym_units(&mut facts, &entities);
        let units: Vec<&str> = facts.iter().map(|f| f.unit.as_str()).collect();
        assert_eq!(
            units,
            [
                "enterprises",
                "patents per 10,000 people",
                "people",
                "scts",
                "patents"
            ]
        );
    }
}
