//! Variant names of one body: `Central Committee of the Communist Party of
//! China`, `Communist Party of China Central Committee` and `CPC Central
//! Committee` are one organisation; so are `China National Patent
//! Administration` and `National Patent Administration of China`, and a
//! plan's `Talent` and `Talents`.
//!
//! Two rules, both about words, never about particular names:
//! - Same words: names whose content words are the same bag (order, `of`,
//!   `the`, a possessive, `China`/`Chinese`, plural `-s` and acronyms the
//!   corpus defines all set aside) name one thing.
//! - Qualified short form: `Central Committee` is `CPC Central Committee`
//!   when that is the only name of its kind that adds exactly the words of
//!   another named body (its parent) to it, with the same head word
//!   (`Committee`), so the short form is unambiguous.
//!
//! Invariant: names merge only with names of the same kind; the groups are a
//! partition, returned as a representative index per name.

use std::collections::BTreeMap;

use super::model::EntityKind;

/// A name to group: the name, its kind and its known aliases.
#[derive(Debug, Clone)]
pub struct Variant<'a> {
    /// The name as written.
    pub name: &'a str,
    /// What it names.
    pub kind: EntityKind,
    /// Other forms it already has (acronyms among them).
    pub aliases: Vec<&'a str>,
}

/// For each name, the index of the first name of its group.
pub fn variant_groups(names: &[Variant]) -> Vec<usize> {
    let acronyms = acronyms(names);
    let bags: Vec<Vec<String>> = names.iter().map(|v| bag(v.name, &acronyms)).collect();
    let mut group: Vec<usize> = (0..names.len()).collect();
    let mut first_of: BTreeMap<(EntityKind, &Vec<String>), usize> = BTreeMap::new();
    for (idx, v) in names.iter().enumerate() {
        if bags[idx].is_empty() {
            continue;
        }
        let first = *first_of.entry((v.kind, &bags[idx])).or_insert(idx);
        group[idx] = first;
    }
    for (idx, v) in names.iter().enumerate() {
        if group[idx] != idx || bags[idx].len() < 2 {
            continue;
        }
        let parents: Vec<usize> = (0..names.len())
            .filter(|&other| group[other] == other && other != idx)
            .filter(|&other| names[other].kind == v.kind)
            .filter(|&other| head(names[other].name) == head(v.name))
            .filter(|&other| adds_a_body(&bags[idx], &bags[other], &bags, names, other))
            .collect();
        if let [parent] = parents[..] {
            for g in group.iter_mut().filter(|g| **g == idx) {
                *g = parent;
            }
        }
    }
    // Point every name at its group's final representative.
    (0..names.len())
        .map(|mut idx| {
            while group[idx] != idx {
                idx = group[idx];
            }
            idx
        })
        .collect()
}

/// The content words of a name: lower case, acronyms expanded, joiners,
/// country words and plural endings dropped, sorted.
pub fn bag(name: &str, acronyms: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for raw in name.split_whitespace() {
        let word = raw
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        if let Some(full) = acronyms.get(word) {
            out.extend(bag(full, &BTreeMap::new()));
            continue;
        }
        let lower = word.to_lowercase();
        match lower.as_str() {
            "" | "of" | "the" | "china" | "chinese" | "prc" => {}
            "ip" | "ips" => out.extend(["intellectual", "property"].map(String::from)),
            _ => out.push(singular(&lower)),
        }
    }
    out.sort();
    out
}

/// The word a name is about: the last word before `of`, `for`, `at` or `in`.
fn head(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at" | "in" | "on"))
        .unwrap_or(words.len());
    words[..end]
        .last()
        .map(|w| singular(&w.to_lowercase()))
        .unwrap_or_default()
}

/// Whether `long` is `short` plus exactly the words of another body.
fn adds_a_body(
    short: &[String],
    long: &[String],
    bags: &[Vec<String>],
    names: &[Variant],
    long_idx: usize,
) -> bool {
    let Some(extra) = minus(long, short) else {
        return false;
    };
    !extra.is_empty()
        && bags.iter().enumerate().any(|(idx, b)| {
            idx != long_idx
                && *b == extra
                && matches!(
                    names[idx].kind,
                    EntityKind::Organisation | EntityKind::Place
                )
        })
}

/// `long` without the words of `short`, when it has them all.
fn minus(long: &[String], short: &[String]) -> Option<Vec<String>> {
    let mut rest = long.to_vec();
    for word in short {
        let at = rest.iter().position(|w| w == word)?;
        rest.remove(at);
    }
    Some(rest)
}

/// Acronyms the names define: an all-capitals alias of a name of several words.
fn acronyms(names: &[Variant]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for v in names.iter().filter(|v| v.name.contains(' ')) {
        for alias in &v.aliases {
            let letters = alias.trim_end_matches('s');
            if letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase()) {
                out.entry(alias.to_string())
                    .or_insert_with(|| v.name.to_string());
            }
        }
    }
    out
}

fn singular(word: &str) -> String {
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is");
    if plural {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(names: &[(&str, EntityKind, &[&str])], expect: expect_test::Expect) {
        let variants: Vec<Variant> = names
            .iter()
            .map(|(name, kind, aliases)| Variant {
                name,
                kind: *kind,
                aliases: aliases.to_vec(),
            })
            .collect();
        let groups = variant_groups(&variants);
        let shown: Vec<String> = names
            .iter()
            .zip(&groups)
            .map(|((name, ..), g)| format!("{name} -> {}", names[*g].0))
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    const ORG: EntityKind = EntityKind::Organisation;
    const PROG: EntityKind = EntityKind::Programme;

    #[test]
    fn word_order_of_the_acronyms_and_country_words() {
        check(
            &[
                ("Assembly of the Green Party", ORG, &[]),
                ("Green Party of Ruritania", ORG, &["GPR"]),
                ("Standing Board of the Green Party of Ruritania", ORG, &[]),
                ("GPR Standing Board", ORG, &[]),
                ("Green Party of Ruritania Standing Board", ORG, &[]),
                ("China National Seed Administration", ORG, &["CNSA"]),
                ("National Seed Administration of China", ORG, &[]),
                ("the National Seed Administration", ORG, &[]),
                ("Plan for Seed Breeders", PROG, &[]),
                ("Plan for Seed Breeder", PROG, &[]),
                ("Seed Breeder Plan", ORG, &[]),
            ],
            expect_test::expect![[r#"
                Assembly of the Green Party -> Assembly of the Green Party
                Green Party of Ruritania -> Green Party of Ruritania
                Standing Board of the Green Party of Ruritania -> Standing Board of the Green Party of Ruritania
                GPR Standing Board -> Standing Board of the Green Party of Ruritania
                Green Party of Ruritania Standing Board -> Standing Board of the Green Party of Ruritania
                China National Seed Administration -> China National Seed Administration
                National Seed Administration of China -> China National Seed Administration
                the National Seed Administration -> China National Seed Administration
                Plan for Seed Breeders -> Plan for Seed Breeders
                Plan for Seed Breeder -> Plan for Seed Breeders
                Seed Breeder Plan -> Seed Breeder Plan"#]],
        );
    }

    #[test]
    fn a_short_form_joins_the_one_body_that_qualifies_it_by_a_parent() {
        check(
            &[
                ("Workers Union of Ruritania", ORG, &["WUR"]),
                ("Standing Board", ORG, &[]),
                ("WUR Standing Board", ORG, &[]),
                ("3rd WUR Standing Board", ORG, &[]),
                // Two bodies qualify `Press Office`: it stays itself.
                ("Press Office", ORG, &[]),
                ("Press Office of the WUR", ORG, &[]),
                ("Harbour Authority", ORG, &[]),
                ("Harbour Authority Press Office", ORG, &[]),
                // A qualifier that is no named body is not a parent.
                ("Five-Year Plan", PROG, &[]),
                ("14th Five-Year Plan", PROG, &[]),
            ],
            expect_test::expect![[r#"
                Workers Union of Ruritania -> Workers Union of Ruritania
                Standing Board -> WUR Standing Board
                WUR Standing Board -> WUR Standing Board
                3rd WUR Standing Board -> 3rd WUR Standing Board
                Press Office -> Press Office
                Press Office of the WUR -> Press Office of the WUR
                Harbour Authority -> Harbour Authority
                Harbour Authority Press Office -> Harbour Authority Press Office
                Five-Year Plan -> Five-Year Plan
                14th Five-Year Plan -> 14th Five-Year Plan"#]],
        );
    }
}
