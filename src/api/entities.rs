//! `ipExplorer.entities()`: the entity registry as plain records. Field names
//! follow DESIGN.md; `passages` lists the ids behind the `mentions` count.

use serde::Serialize;

use crate::corpus::{Corpus, Entity};

/// `ipExplorer.entities()` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRecord {
    /// Stable id (a slug of the name).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `organisation`, `place`, `programme` or `concept`.
    pub kind: &'static str,
    /// Other names of the same entity (acronyms, short forms).
    pub aliases: Vec<String>,
    /// Role or title as the corpus states it, or null.
    pub role: Option<String>,
    /// Number of passages that mention the entity.
    pub mentions: usize,
    /// Ids of those passages, in corpus order.
    pub passages: Vec<String>,
}

/// All entities, in registry order (by id).
pub fn entities(corpus: &Corpus) -> Vec<EntityRecord> {
    corpus.entities.iter().map(|e| entity(corpus, e)).collect()
}

fn entity(corpus: &Corpus, entity: &Entity) -> EntityRecord {
    EntityRecord {
        id: entity.id.clone(),
        name: entity.name.clone(),
        kind: entity.kind.as_str(),
        aliases: entity.aliases.clone(),
        role: entity.role.clone(),
        mentions: entity.mentions.len(),
        passages: entity
            .mentions
            .iter()
            .map(|&p| corpus.passages[p as usize].id.clone())
            .collect(),
    }
}
