//! The entity registry: people, organisations, places, programmes and
//! concepts named in the corpus, with alias groups and the passages that
//! mention them.
//!
//! Alias rules: an acronym defined in parentheses names the same entity as
//! its full name; names that differ only by a leading `China`/`Chinese`/`the`
//! are one entity (so CNIPA and NIPA are one body); variants in another word
//! order, with `of the`, or with an acronym, and a short form qualified by
//! one parent body, are one entity (see `variants`); `IP` and `IPR` stand for
//! intellectual property (rights); `Mr. Shen` is Shen Changyu when only one
//! person has that surname. A transcript's speaker list gives roles; turn
//! labels that are not people are the outlets asking.
//!
//! Mentions are the passages whose text names the entity; a person's own
//! turns are not mentions of them (the speaker facet has those).
//!
//! Invariant: entities are sorted by id, ids are unique, every entity has at
//! least one mention or speaks a turn, and mentions are ascending without repeats.

use std::collections::{BTreeMap, BTreeSet};

use super::lexicon::HONORIFICS;
use super::mentions::{find_mentions, words};
use super::model::{Corpus, Entity, EntityKind};
use super::names::find_names;
use super::people::is_person_name;
use super::turns::{is_role_label, ListedSpeaker};
use super::variants::{variant_groups, Variant};

/// An entity while the registry is built.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    kind: EntityKind,
    aliases: BTreeSet<String>,
    role: Option<String>,
}

/// The registry: drafts in first-seen order and a lookup by normalised name.
#[derive(Debug, Default)]
struct Registry {
    drafts: Vec<Draft>,
    by_key: BTreeMap<String, usize>,
}

impl Registry {
    /// Adds a name, merging it into an entity with the same key.
    fn add(&mut self, name: &str, kind: EntityKind, role: Option<&str>) -> usize {
        let key = name_key(name);
        if let Some(&idx) = self.by_key.get(&key) {
            let draft = &mut self.drafts[idx];
            if draft.name != name {
                // The longer form (`China National …`) is the canonical name.
                let (long, short) = if name.len() > draft.name.len() {
                    (name.to_string(), draft.name.clone())
                } else {
                    (draft.name.clone(), name.to_string())
                };
                draft.name = long;
                draft.aliases.insert(short);
            }
            if draft.role.is_none() {
                draft.role = role.map(str::to_string);
            }
            return idx;
        }
        self.drafts.push(Draft {
            name: name.to_string(),
            kind,
            aliases: BTreeSet::new(),
            role: role.map(str::to_string),
        });
        self.by_key.insert(key, self.drafts.len() - 1);
        self.drafts.len() - 1
    }

    fn find(&self, name: &str) -> Option<&Draft> {
        self.by_key
            .get(&name_key(name))
            .map(|&idx| &self.drafts[idx])
    }
}

/// Builds the registry from the listed speakers, turn labels and passage text.
pub fn extract_entities(corpus: &Corpus, listed: &[(u32, ListedSpeaker)]) -> Vec<Entity> {
    let mut registry = Registry::default();
    for (name, aliases) in [
        ("intellectual property", ["IP", "IPs"]),
        ("intellectual property rights", ["IPR", "IPRs"]),
    ] {
        let idx = registry.add(name, EntityKind::Concept, None);
        registry.drafts[idx]
            .aliases
            .extend(aliases.iter().map(|a| a.to_string()));
    }
    for (_, speaker) in listed {
        registry.add(&speaker.name, EntityKind::Person, Some(&speaker.role));
    }
    for passage in &corpus.passages {
        if let Some(speaker) = &passage.speaker {
            let words: Vec<&str> = speaker.split(' ').collect();
            let known = registry.find(speaker).is_some() || is_role_label(speaker);
            if !known {
                let kind = if is_person_name(&words) {
                    EntityKind::Person
                } else {
                    EntityKind::Organisation
                };
                registry.add(speaker, kind, None);
            }
        }
        for hit in find_names(&passage.text) {
            let clash = registry
                .find(&hit.name)
                .is_some_and(|d| d.kind != hit.kind && hit.kind == EntityKind::Person);
            if clash {
                continue;
            }
            let idx = registry.add(&hit.name, hit.kind, hit.role.as_deref());
            if let Some(acronym) = hit.acronym {
                registry.drafts[idx].aliases.insert(acronym);
            }
        }
    }
    add_honorific_aliases(&mut registry, corpus);
    merge_variants(&mut registry);
    finish(registry, corpus)
}

/// `Mr. Shen` for Shen Changyu, when the text uses it and the surname is unique.
fn add_honorific_aliases(registry: &mut Registry, corpus: &Corpus) {
    let honorifics: Vec<&str> = HONORIFICS.iter().map(|h| h.trim_end_matches('.')).collect();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    for passage in &corpus.passages {
        let text: Vec<&str> = words(&passage.text).collect();
        for pair in text.windows(2).filter(|p| honorifics.contains(&p[0])) {
            used.insert((pair[0].to_string(), pair[1].to_string()));
        }
    }
    let surnames: Vec<(usize, String)> = registry
        .drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Person)
        .filter_map(|(idx, d)| d.name.split(' ').next().map(|s| (idx, s.to_string())))
        .collect();
    for (idx, surname) in &surnames {
        if surnames.iter().filter(|(_, s)| s == surname).count() > 1 {
            continue;
        }
        for (honorific, bare) in HONORIFICS.iter().zip(&honorifics) {
            if used.contains(&(bare.to_string(), surname.clone())) {
                registry.drafts[*idx]
                    .aliases
                    .insert(format!("{honorific} {surname}"));
            }
        }
    }
}

/// Merges drafts whose names are variants of one name (see [`variant_groups`]):
/// the longest name is the canonical one, the others become aliases.
fn merge_variants(registry: &mut Registry) {
    let variants: Vec<Variant> = registry
        .drafts
        .iter()
        .map(|d| Variant {
            name: &d.name,
            kind: d.kind,
            aliases: d.aliases.iter().map(String::as_str).collect(),
        })
        .collect();
    let groups = variant_groups(&variants);
    let mut merged: Vec<Draft> = Vec::new();
    let mut at_of_group: BTreeMap<usize, usize> = BTreeMap::new();
    for (draft, group) in std::mem::take(&mut registry.drafts).into_iter().zip(groups) {
        let Some(&at) = at_of_group.get(&group) else {
            at_of_group.insert(group, merged.len());
            merged.push(draft);
            continue;
        };
        let into = &mut merged[at];
        let (long, short) = if draft.name.chars().count() > into.name.chars().count() {
            (draft.name, std::mem::take(&mut into.name))
        } else {
            (into.name.clone(), draft.name)
        };
        into.name = long;
        into.aliases.insert(short);
        into.aliases.extend(draft.aliases);
        if into.role.is_none() {
            into.role = draft.role;
        }
    }
    registry.drafts = merged;
}

/// Finds mentions, drops unmentioned entities, assigns ids and sorts.
fn finish(registry: Registry, corpus: &Corpus) -> Vec<Entity> {
    let forms: Vec<Vec<String>> = registry.drafts.iter().map(surfaces).collect();
    let mentions = find_mentions(&forms, corpus);
    let speakers: BTreeSet<&str> = corpus
        .passages
        .iter()
        .filter_map(|p| p.speaker.as_deref())
        .collect();
    let mut out: Vec<Entity> = Vec::new();
    for (draft, mentions) in registry.drafts.into_iter().zip(mentions) {
        // A speaker no passage names is still a person the corpus knows
        // (with a role for citations), with no mentions.
        if mentions.is_empty() && !speakers.contains(draft.name.as_str()) {
            continue;
        }
        let aliases: Vec<String> = draft
            .aliases
            .into_iter()
            .filter(|a| *a != draft.name)
            .collect();
        out.push(Entity {
            id: slug(&draft.name),
            name: draft.name,
            kind: draft.kind,
            aliases,
            role: draft.role,
            mentions,
        });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id).then(a.kind.cmp(&b.kind)));
    for idx in 1..out.len() {
        let previous = out[idx - 1].id.clone();
        let previous_base = previous.trim_end_matches(&format!("-{}", out[idx - 1].kind.as_str()));
        if out[idx].id == previous_base {
            out[idx].id = format!("{}-{}", out[idx].id, out[idx].kind.as_str());
        }
    }
    out
}

/// The forms an entity is written in: its name, its aliases, and lower-case
/// names capitalised as at the start of a sentence.
fn surfaces(draft: &Draft) -> Vec<String> {
    let mut surfaces: Vec<String> = std::iter::once(draft.name.clone())
        .chain(draft.aliases.iter().cloned())
        .collect();
    let capitalised: Vec<String> = surfaces
        .iter()
        .filter(|s| s.starts_with(char::is_lowercase))
        .map(|s| capitalise(s))
        .collect();
    surfaces.extend(capitalised);
    surfaces
}

/// The key names are merged on: lower case, without a leading article or `China`.
fn name_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut key = lower.as_str();
    for prefix in ["the ", "china's ", "china ", "chinese "] {
        key = key.strip_prefix(prefix).unwrap_or(key);
    }
    // `IP` spelled out or not is the same name.
    key.split(' ')
        .map(|w| {
            if w == "ip" {
                "intellectual property"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A lower-case, hyphenated id.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocKind, Passage};

    fn corpus(texts: &[(&str, Option<&str>)]) -> Corpus {
        let passages = texts
            .iter()
            .enumerate()
            .map(|(n, (text, speaker))| Passage {
                id: format!("d#p{n}"),
                doc: 0,
                section: None,
                speaker: speaker.map(str::to_string),
                text: text.to_string(),
            })
            .collect::<Vec<_>>();
        Corpus::of_one_document(DocKind::Transcript, None, passages)
    }

    fn check(texts: &[(&str, Option<&str>)], listed: &[(&str, &str)], expect: expect_test::Expect) {
        let listed: Vec<(u32, ListedSpeaker)> = listed
            .iter()
            .map(|(n, r)| {
                (
                    0,
                    ListedSpeaker {
                        name: n.to_string(),
                        role: r.to_string(),
                    },
                )
            })
            .collect();
        let shown: Vec<String> = extract_entities(&corpus(texts), &listed)
            .iter()
            .map(|e| {
                format!(
                    "{} | {} | {} | {:?} | {:?} | {:?}",
                    e.id,
                    e.name,
                    e.kind.as_str(),
                    e.aliases,
                    e.role,
                    e.mentions
                )
            })
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn acronyms_and_country_prefix_make_one_alias_group() {
        check(
            &[
                ("The China National Patent Office (CNPO) met.", None),
                (
                    "The National Patent Office (NPO) and IP rules; IPR cases.",
                    None,
                ),
                ("The CNPO and the NPO again; IPRs.", None),
            ],
            &[],
            expect_test::expect![[r#"
                china-national-patent-office | China National Patent Office | organisation | ["CNPO", "NPO", "National Patent Office"] | None | [0, 1, 2]
                intellectual-property | intellectual property | concept | ["IP", "IPs"] | None | [1]
                intellectual-property-rights | intellectual property rights | concept | ["IPR", "IPRs"] | None | [1, 2]"#]],
        );
    }

    #[test]
    fn speakers_roles_outlets_and_honorifics() {
        check(
            &[
                ("Welcome, Mr. Wang.", Some("Li Si")),
                ("How many?", Some("Morning Daily")),
                ("Many.", Some("Wang Wu")),
            ],
            &[("Wang Wu", "head of the office"), ("Li Si", "spokesperson")],
            expect_test::expect![[r#"
                li-si | Li Si | person | [] | Some("spokesperson") | []
                morning-daily | Morning Daily | organisation | [] | None | []
                wang-wu | Wang Wu | person | ["Mr. Wang"] | Some("head of the office") | [0]"#]],
        );
    }

    #[test]
    fn variant_names_of_one_body_are_one_entity_with_aliases() {
        check(
            &[
                ("The Green Party of Ruritania (GPR) met.", None),
                (
                    "The Central Committee of the Green Party of Ruritania decided.",
                    None,
                ),
                (
                    "The GPR Central Committee and the Central Committee again.",
                    None,
                ),
                (
                    "The Green Party of Ruritania Central Committee met once more.",
                    None,
                ),
                ("The National Seed Administration of China spoke.", None),
                ("The China National Seed Administration agreed.", None),
            ],
            &[],
            expect_test::expect![[r#"
                central-committee-of-the-green-party-of-ruritania | Central Committee of the Green Party of Ruritania | organisation | ["Central Committee", "GPR Central Committee", "Green Party of Ruritania Central Committee"] | None | [1, 2, 3]
                green-party-of-ruritania | Green Party of Ruritania | organisation | ["GPR"] | None | [0, 1, 2, 3]
                national-seed-administration-of-china | National Seed Administration of China | organisation | ["China National Seed Administration"] | None | [4, 5]"#]],
        );
    }
}
