//! Facets: kind, year, doc, speaker, entity and topic values of every passage,
//! filters over them, and counts for the current query.
//!
//! Counting is disjunctive: several selected values of one facet are ORed, and
//! a facet's counts are taken over the passages that pass every *other* facet's
//! filter, so selecting a value does not collapse its own facet to that value.
//! Different facets are ANDed. Counts are passages, not documents.
//!
//! `topic` is the passage's section heading: the corpus has no separate topic
//! labels, and section headings are how the documents say what a part is about.

use std::collections::BTreeMap;

use super::fold::fold;
use super::index::{Field, Index, ValueId, NO_VALUE};
use super::sort::sort_by;
use ipx_corpus::{Corpus, PassageIdx};

/// Facet selections keyed by facet name, as the JS API and the URL give them,
/// in the engine's form; unknown facet names are ignored.
pub fn facet_filters(by_name: &BTreeMap<String, Vec<String>>) -> BTreeMap<Facet, Vec<String>> {
    let mut filters: BTreeMap<Facet, Vec<String>> = BTreeMap::new();
    for (name, values) in by_name {
        if let Some(facet) = Facet::parse(name) {
            filters
                .entry(facet)
                .or_default()
                .extend(values.iter().cloned());
        }
    }
    filters
}

/// The facets, in the order of [`Facet::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// Document kind.
    Kind,
    /// Year of the document date.
    Year,
    /// Document id.
    Doc,
    /// Passage speaker.
    Speaker,
    /// Entities the passage mentions.
    Entity,
    /// The passage's section heading.
    Topic,
}

/// Allowed values per facet; `None` means the facet is not filtered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection(pub [Option<Vec<ValueId>>; 6]);

/// Facet values of every passage, built once with the index.
#[derive(Debug, Default)]
pub struct FacetTables {
    names: [Vec<String>; 6],
    /// Alternative spellings of each entity (id and aliases), folded.
    entity_keys: Vec<Vec<String>>,
    passage_doc: Vec<u32>,
    doc_kind: Vec<ValueId>,
    doc_year: Vec<ValueId>,
    speaker: Vec<ValueId>,
    topic: Vec<ValueId>,
    entity_offsets: Vec<u32>,
    entity_ids: Vec<ValueId>,
}

impl Facet {
    /// Every facet.
    pub const ALL: [Facet; 6] = [
        Facet::Kind,
        Facet::Year,
        Facet::Doc,
        Facet::Speaker,
        Facet::Entity,
        Facet::Topic,
    ];

    /// The name used in the JS API, URLs and the query language.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Year => "year",
            Facet::Doc => "doc",
            Facet::Speaker => "speaker",
            Facet::Entity => "entity",
            Facet::Topic => "topic",
        }
    }

    /// Reads a facet name (case-insensitive; `section` means `topic`).
    pub fn parse(name: &str) -> Option<Facet> {
        let name = name.to_ascii_lowercase();
        if name == "section" {
            return Some(Facet::Topic);
        }
        Facet::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

impl FacetTables {
    /// Collects the facet values of every passage.
    pub fn build(corpus: &Corpus, index: &Index) -> FacetTables {
        let mut tables = FacetTables::default();
        let mut kinds: Vec<&str> = corpus.documents.iter().map(|d| d.kind.as_str()).collect();
        let mut years: Vec<String> = (corpus.documents.iter())
            .filter_map(|d| d.date.map(|date| date.year.to_string()))
            .collect();
        sort_by(&mut kinds, Ord::cmp);
        kinds.dedup();
        sort_by(&mut years, Ord::cmp);
        years.dedup();
        for doc in &corpus.documents {
            let kind = kinds
                .binary_search(&doc.kind.as_str())
                .map_or(NO_VALUE, |i| i as u32);
            let year = doc.date.map(|d| d.year.to_string());
            let year = year.and_then(|y| years.binary_search(&y).ok());
            tables.doc_kind.push(kind);
            tables.doc_year.push(year.map_or(NO_VALUE, |i| i as u32));
        }
        tables.names[Facet::Kind as usize] = kinds.iter().map(|k| k.to_string()).collect();
        tables.names[Facet::Year as usize] = years;
        tables.names[Facet::Doc as usize] = corpus.documents.iter().map(|d| d.id.clone()).collect();
        let speakers = &index.field_values[Field::Speaker as usize];
        let sections = &index.field_values[Field::Section as usize];
        tables.names[Facet::Speaker as usize] = speakers.names.clone();
        tables.names[Facet::Topic as usize] = sections.names.clone();
        tables.speaker = speakers.of_passage.clone();
        tables.topic = sections.of_passage.clone();
        tables.passage_doc = corpus.passages.iter().map(|p| p.doc).collect();
        tables.names[Facet::Entity as usize] =
            corpus.entities.iter().map(|e| e.name.clone()).collect();
        tables.entity_keys = (corpus.entities.iter())
            .map(|e| {
                std::iter::once(&e.id)
                    .chain(&e.aliases)
                    .map(|s| fold(s))
                    .collect()
            })
            .collect();
        let mut mentions: Vec<(PassageIdx, ValueId)> = Vec::new();
        for (entity, e) in corpus.entities.iter().enumerate() {
            mentions.extend(e.mentions.iter().map(|&p| (p, entity as ValueId)));
        }
        mentions.sort_unstable();
        mentions.dedup();
        let mut next = 0;
        for passage in 0..corpus.passages.len() as u32 {
            tables.entity_offsets.push(next as u32);
            while next < mentions.len() && mentions[next].0 == passage {
                tables.entity_ids.push(mentions[next].1);
                next += 1;
            }
        }
        tables.entity_offsets.push(next as u32);
        tables.entity_offsets.shrink_to_fit();
        tables.entity_ids.shrink_to_fit();
        tables
    }

    /// The value ids of `facet` that `value` names. Exact matching is folded
    /// equality (for entities also the id and any alias); fuzzy matching, used
    /// for filters typed into the query, also accepts a word prefix of the value.
    pub fn resolve(&self, facet: Facet, value: &str, fuzzy: bool) -> Vec<ValueId> {
        let wanted = fold(value.trim());
        let names = &self.names[facet as usize];
        let mut ids = Vec::new();
        for (id, name) in names.iter().enumerate() {
            let folded = fold(name);
            let keys = match facet {
                Facet::Entity => self.entity_keys.get(id).map_or(&[][..], Vec::as_slice),
                _ => &[][..],
            };
            let exact = folded == wanted || keys.contains(&wanted);
            let near = fuzzy
                && !wanted.is_empty()
                && (folded.starts_with(&wanted)
                    || folded.split([' ', '-']).any(|w| w.starts_with(&wanted))
                    || keys.iter().any(|k| k.starts_with(&wanted)));
            if exact || near {
                ids.push(id as ValueId);
            }
        }
        ids
    }

    /// The name of value `id` of `facet`, as filters and the URL name it.
    pub fn value_name(&self, facet: Facet, id: ValueId) -> Option<&str> {
        self.names[facet as usize]
            .get(id as usize)
            .map(String::as_str)
    }

    /// Calls `each` with every value of `facet` that `passage` has.
    pub fn for_each_value(&self, facet: Facet, passage: PassageIdx, mut each: impl FnMut(ValueId)) {
        let doc = self.passage_doc[passage as usize] as usize;
        let single = match facet {
            Facet::Kind => self.doc_kind[doc],
            Facet::Year => self.doc_year[doc],
            Facet::Doc => doc as ValueId,
            Facet::Speaker => self.speaker[passage as usize],
            Facet::Topic => self.topic[passage as usize],
            Facet::Entity => {
                let start = self.entity_offsets[passage as usize] as usize;
                let end = self.entity_offsets[passage as usize + 1] as usize;
                self.entity_ids[start..end].iter().for_each(|&v| each(v));
                return;
            }
        };
        if single != NO_VALUE {
            each(single);
        }
    }

    /// Whether `passage` has one of the `allowed` values of `facet`.
    pub fn passes(&self, facet: Facet, passage: PassageIdx, allowed: &[ValueId]) -> bool {
        let mut found = false;
        self.for_each_value(facet, passage, |v| found |= allowed.contains(&v));
        found
    }

    /// A bit per facet whose filter `passage` fails.
    pub fn failures(&self, passage: PassageIdx, selection: &Selection) -> u8 {
        let mut mask = 0;
        for facet in Facet::ALL {
            if let Some(allowed) = &selection.0[facet as usize] {
                if !self.passes(facet, passage, allowed) {
                    mask |= 1 << facet as u8;
                }
            }
        }
        mask
    }

    /// Disjunctive counts over `matched` (the passages that match the query,
    /// before facet filters): each facet counts the passages that pass all
    /// other facets' filters. Values with no passage are left out, and a
    /// facet keeps at most `max_values` values (the most frequent, ties by
    /// name) plus any selected value, so a large corpus does not hand the UI
    /// thousands of document ids per query.
    pub fn count(
        &self,
        matched: &[PassageIdx],
        selection: &Selection,
        max_values: usize,
    ) -> BTreeMap<String, BTreeMap<String, usize>> {
        let mut counts: Vec<Vec<usize>> = self.names.iter().map(|n| vec![0; n.len()]).collect();
        for &passage in matched {
            let mask = self.failures(passage, selection);
            for facet in Facet::ALL {
                if mask & !(1 << facet as u8) == 0 {
                    let facet_counts = &mut counts[facet as usize];
                    self.for_each_value(facet, passage, |v| facet_counts[v as usize] += 1);
                }
            }
        }
        // Maps are filled by `insert`, not `collect`: collecting into a B-tree
        // compiles a stable sort of its pairs, one per map type.
        let mut out = BTreeMap::new();
        for facet in Facet::ALL {
            out.insert(facet.as_str().to_string(), {
                let names = &self.names[facet as usize];
                let selected = selection.0[facet as usize].as_deref().unwrap_or(&[]);
                let mut values: Vec<(usize, ValueId)> = (counts[facet as usize].iter())
                    .enumerate()
                    .filter(|(_, &n)| n > 0)
                    .map(|(id, &n)| (n, id as ValueId))
                    .collect();
                if values.len() > max_values {
                    // Only which values are kept matters, since the result is
                    // keyed by name; the shared sort costs less code than a
                    // selection of its own.
                    sort_by(&mut values, |a, b| {
                        b.0.cmp(&a.0)
                            .then(names[a.1 as usize].cmp(&names[b.1 as usize]))
                    });
                    let (kept, dropped) = values.split_at(max_values);
                    let keep_selected = dropped.iter().filter(|(_, id)| selected.contains(id));
                    values = kept.iter().chain(keep_selected).copied().collect();
                }
                let mut by_name = BTreeMap::new();
                for (n, id) in values {
                    by_name.insert(names[id as usize].clone(), n);
                }
                by_name
            });
        }
        out
    }

    /// Approximate heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        let names: usize = self.names.iter().flatten().map(|n| n.len() + 24).sum();
        names
            + 4 * (self.passage_doc.len()
                + self.speaker.len()
                + self.topic.len()
                + self.entity_offsets.len()
                + self.entity_ids.len())
    }
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::*;
    use crate::{fixture, SearchRequest};

    fn check(query: &str, filters: &[(Facet, &str)], expected: Expect) {
        let engine = fixture::engine();
        let mut request = SearchRequest::new(query);
        for (facet, value) in filters {
            request
                .filters
                .entry(*facet)
                .or_default()
                .push(value.to_string());
        }
        let results = engine.search(&request);
        let mut shown = format!("total={}", results.total);
        for (facet, values) in &results.facets {
            let values: Vec<String> = values.iter().map(|(v, n)| format!("{v}:{n}")).collect();
            shown.push_str(&format!("\n{facet}: {}", values.join(", ")));
        }
        expected.assert_eq(&shown);
    }

    #[test]
    fn counts_cover_every_facet_for_the_query() {
        check(
            "ip ",
            &[],
            expect![[r#"
            total=6
            doc: briefing:2, culture:2, talent:2
            entity: China National Intellectual Property Administration:2, Shen Changyu:1, intellectual property:5, intellectual property rights:2
            kind: news:2, report:2, transcript:2
            speaker: Reuters:1, Xing Huina:1
            topic: Opening:1, Questions:1, Talent:2
            year: 2021:2, 2022:2, 2024:2"#]],
        );
    }

    #[test]
    fn selected_values_do_not_collapse_their_own_facet() {
        check(
            "ip ",
            &[(Facet::Kind, "news")],
            expect![[r#"
            total=2
            doc: culture:2
            entity: China National Intellectual Property Administration:1, intellectual property:2, intellectual property rights:1
            kind: news:2, report:2, transcript:2
            speaker: 
            topic: 
            year: 2022:2"#]],
        );
        check(
            "ip ",
            &[(Facet::Kind, "news"), (Facet::Kind, "Report")],
            expect![[r#"
            total=4
            doc: culture:2, talent:2
            entity: China National Intellectual Property Administration:1, intellectual property:3, intellectual property rights:1
            kind: news:2, report:2, transcript:2
            speaker: 
            topic: Talent:2
            year: 2022:2, 2024:2"#]],
        );
    }

    #[test]
    fn different_facets_are_anded() {
        check(
            "ip ",
            &[(Facet::Kind, "transcript"), (Facet::Speaker, "Reuters")],
            expect![[r#"
            total=1
            doc: briefing:1
            entity: intellectual property:1, intellectual property rights:1
            kind: transcript:1
            speaker: Reuters:1, Xing Huina:1
            topic: Questions:1
            year: 2021:1"#]],
        );
        check(
            "ip ",
            &[(Facet::Entity, "IPR")],
            expect![[r#"
            total=2
            doc: briefing:1, culture:1
            entity: China National Intellectual Property Administration:2, Shen Changyu:1, intellectual property:5, intellectual property rights:2
            kind: news:1, transcript:1
            speaker: Reuters:1
            topic: Questions:1
            year: 2021:1, 2022:1"#]],
        );
    }

    #[test]
    fn large_facets_keep_the_most_frequent_and_the_selected_values() {
        let engine = fixture::engine();
        let tables = &engine.facets_tables();
        let all: Vec<PassageIdx> = (0..engine.corpus().passages.len() as u32).collect();
        let mut selection = Selection::default();
        selection.0[Facet::Doc as usize] = Some(tables.resolve(Facet::Doc, "talent", false));
        let counts = tables.count(&all, &selection, 1);
        let docs: Vec<(&String, &usize)> = counts["doc"].iter().collect();
        // `briefing` has the most passages; `talent` stays because it is selected.
        assert_eq!(
            docs,
            [(&"briefing".to_string(), &4), (&"talent".to_string(), &2)]
        );
        assert_eq!(
            tables.count(&all, &Selection::default(), 10)["doc"].len(),
            3
        );
    }

    #[test]
    fn unknown_values_select_nothing() {
        check(
            "ip ",
            &[(Facet::Year, "1999")],
            expect![[r#"
            total=0
            doc: 
            entity: 
            kind: 
            speaker: 
            topic: 
            year: 2021:2, 2022:2, 2024:2"#]],
        );
    }
}
