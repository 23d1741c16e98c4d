//! The inverted index over a corpus's passages.
//!
//! Shape: `term → passage → tf, positions` for the body, and
//! `term → (field, value) → tf` for the short fields (document title, section
//! heading, speaker), whose values are shared by many passages and so are
//! indexed once per distinct value. Terms are sorted, so a [`TermId`] is a rank
//! in the dictionary and the build is deterministic. A second sorted list maps
//! every folded surface word to its term, for prefix and typo lookups.
//!
//! Invariant: postings are flat arrays addressed by per-term ranges, so the live
//! index stays a small multiple of the corpus text.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::postings::{IndexShard, ShardPostings, ShardedPostings};
use super::sort::sort_by;
use super::strings::SortedStrings;
use super::tokenize::{term_of, tokenize, tokenize_words};
use ipx_corpus::{Corpus, PassageIdx};

/// Rank of a term in the sorted term dictionary.
pub type TermId = u32;
/// Id of a distinct field value: a document for titles, an interned string
/// for sections and speakers.
pub type ValueId = u32;
/// Marks a passage with no section or no speaker.
pub const NO_VALUE: ValueId = ValueId::MAX;

/// The short fields indexed besides the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Field {
    /// The document title, shared by all its passages.
    Title = 0,
    /// The section heading of the passage.
    Section = 1,
    /// The speaker of the passage.
    Speaker = 2,
}

/// One occurrence of a term in a short field value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPosting {
    /// Which field.
    pub field: Field,
    /// Which value of the field.
    pub value: ValueId,
    /// How often the term occurs in the value.
    pub tf: u16,
}

/// Distinct values of one short field and the passages that carry each.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct FieldValues {
    /// Value texts; a [`ValueId`] indexes this list.
    pub names: Vec<String>,
    /// Token count of each value.
    pub lens: Vec<u32>,
    /// The value of each passage, or [`NO_VALUE`].
    pub of_passage: Vec<ValueId>,
    /// For each value, its passages as a range into `passages`.
    pub ranges: Vec<Range<u32>>,
    /// Passages grouped by value, ascending within a value.
    pub passages: Vec<PassageIdx>,
    /// Mean token count over passages that have a value.
    pub avg_len: f32,
}

/// The built index. See the module documentation for its shape. A chunked
/// corpus ships it prebuilt (serialised by `build.rs`, see [`crate::chunks`]).
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Index {
    terms: SortedStrings,
    /// Start of each term's postings in `body_passages`, plus a closing entry.
    body_starts: Vec<u32>,
    body_passages: Vec<PassageIdx>,
    body_offsets: Vec<u32>,
    positions: Vec<u32>,
    /// Start of each term's field postings, plus a closing entry.
    field_starts: Vec<u32>,
    field_postings: Vec<FieldPosting>,
    words: SortedStrings,
    word_terms: Vec<TermId>,
    /// Body token count of each passage.
    pub body_lens: Vec<u32>,
    /// Mean body token count.
    pub avg_body_len: f32,
    /// Values of the title, section and speaker fields, in [`Field`] order.
    pub field_values: [FieldValues; 3],
    /// For a chunked corpus: the body postings live in index shards, and
    /// `body_passages`, `body_offsets` and `positions` are empty.
    #[serde(skip)]
    sharded: Option<ShardedPostings>,
}

#[derive(Default)]
struct TermBuilder {
    passages: Vec<PassageIdx>,
    offsets: Vec<u32>,
    positions: Vec<u32>,
    fields: Vec<FieldPosting>,
}

impl Index {
    /// Indexes every passage of `corpus`.
    pub fn build(corpus: &Corpus) -> Index {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut builders: Vec<TermBuilder> = Vec::new();
        let mut words: HashMap<String, u32> = HashMap::new();
        let mut body_lens = Vec::with_capacity(corpus.passages.len());
        let mut occurrences: Vec<(u32, u32)> = Vec::new();
        for (passage_idx, passage) in corpus.passages.iter().enumerate() {
            occurrences.clear();
            let tokens = tokenize_words(&passage.text);
            body_lens.push(tokens.last().map_or(0, |t| t.position + 1));
            for token in tokens {
                // A word seen before maps to its term without stemming again.
                let id = match words.get(&token.word) {
                    Some(&id) => id,
                    None => {
                        let term = term_of(&token.word, token.kind);
                        let id = intern(&mut ids, &mut builders, term);
                        words.insert(token.word, id);
                        id
                    }
                };
                occurrences.push((id, token.position));
            }
            occurrences.sort_unstable();
            for group in occurrences.chunk_by(|a, b| a.0 == b.0) {
                let builder = &mut builders[group[0].0 as usize];
                builder.passages.push(passage_idx as PassageIdx);
                builder.offsets.push(builder.positions.len() as u32);
                builder.positions.extend(group.iter().map(|&(_, pos)| pos));
            }
        }
        let field_values = [
            titles(corpus),
            interned(corpus, |p| p.section.as_deref()),
            interned(corpus, |p| p.speaker.as_deref()),
        ];
        for (field, values) in [Field::Title, Field::Section, Field::Speaker]
            .into_iter()
            .zip(&field_values)
        {
            for (value, name) in values.names.iter().enumerate() {
                let mut counts: Vec<u32> = Vec::new();
                for token in tokenize(name) {
                    let id = intern(&mut ids, &mut builders, token.term);
                    words.entry(token.word).or_insert(id);
                    counts.push(id);
                }
                counts.sort_unstable();
                for group in counts.chunk_by(|a, b| a == b) {
                    builders[group[0] as usize].fields.push(FieldPosting {
                        field,
                        value: value as ValueId,
                        tf: group.len().min(u16::MAX as usize) as u16,
                    });
                }
            }
        }
        let n_passages = body_lens.len().max(1) as f32;
        let avg_body_len = body_lens.iter().map(|&l| l as f32).sum::<f32>() / n_passages;
        let mut index = Index {
            body_lens,
            avg_body_len: avg_body_len.max(1.0),
            field_values,
            ..Index::default()
        };
        index.freeze(ids, builders, words);
        index
    }

    /// The id of an exact term, if the corpus has it.
    pub fn term_id(&self, term: &str) -> Option<TermId> {
        self.terms.find(term).map(|i| i as TermId)
    }

    /// The text of a term.
    pub fn term(&self, id: TermId) -> &str {
        self.terms.get(id as usize)
    }

    /// Passages whose body holds `term`, ascending. For a chunked corpus,
    /// empty while the term's shard is not loaded (see [`Index::missing_shards`]).
    pub fn body_passages(&self, term: TermId) -> &[PassageIdx] {
        if let Some(sharded) = &self.sharded {
            return sharded
                .get(term)
                .map_or(&[], |(data, local)| data.passages_of(local));
        }
        let t = term as usize;
        &self.body_passages[self.body_starts[t] as usize..self.body_starts[t + 1] as usize]
    }

    /// Positions of `term` in the body of its `nth` passage (see [`Index::body_passages`]).
    pub fn positions(&self, term: TermId, nth: usize) -> &[u32] {
        if let Some(sharded) = &self.sharded {
            return (sharded.get(term)).map_or(&[], |(data, local)| data.positions_of(local, nth));
        }
        let posting = self.body_starts[term as usize] as usize + nth;
        let start = self.body_offsets[posting] as usize;
        let end = self.body_offsets[posting + 1] as usize;
        &self.positions[start..end]
    }

    /// Positions of `term` in `passage`'s body; empty when it does not occur.
    pub fn positions_in(&self, term: TermId, passage: PassageIdx) -> &[u32] {
        match self.body_passages(term).binary_search(&passage) {
            Ok(nth) => self.positions(term, nth),
            Err(_) => &[],
        }
    }

    /// Occurrences of `term` in titles, sections and speakers.
    pub fn field_postings(&self, term: TermId) -> &[FieldPosting] {
        let t = term as usize;
        &self.field_postings[self.field_starts[t] as usize..self.field_starts[t + 1] as usize]
    }

    /// Number of passages whose body holds `term`.
    pub fn body_df(&self, term: TermId) -> usize {
        let t = term as usize;
        (self.body_starts[t + 1] - self.body_starts[t]) as usize
    }

    /// The term of a folded surface word, if the corpus has it.
    pub fn word_term(&self, word: &str) -> Option<TermId> {
        self.words.find(word).map(|i| self.word_terms[i])
    }

    /// The surface words that start with `prefix`, in order, with their terms.
    pub fn words_with_prefix(&self, prefix: &str) -> impl Iterator<Item = (&str, TermId)> + '_ {
        (self.words.with_prefix(prefix)).map(|i| (self.words.get(i), self.word_terms[i]))
    }

    /// Number of passages.
    pub fn n_passages(&self) -> usize {
        self.body_lens.len()
    }

    /// Number of terms.
    pub fn n_terms(&self) -> usize {
        self.terms.len()
    }

    /// Postings plus positions of `term`: what its share of a shard costs.
    pub fn posting_weight(&self, term: TermId) -> usize {
        let t = term as usize;
        let (a, b) = (
            self.body_starts[t] as usize,
            self.body_starts[t + 1] as usize,
        );
        let positions = self.body_offsets.get(b).zip(self.body_offsets.get(a));
        (b - a) + positions.map_or(0, |(end, start)| (end - start) as usize)
    }

    /// The body postings of `terms`, for an index shard (built index only).
    pub fn shard_postings(&self, terms: Range<TermId>) -> ShardPostings {
        let (first, end) = (terms.start as usize, terms.end as usize);
        let (p0, p1) = (self.body_starts[first], self.body_starts[end]);
        let (o0, o1) = (
            self.body_offsets[p0 as usize],
            self.body_offsets[p1 as usize],
        );
        ShardPostings {
            starts: self.body_starts[first..=end]
                .iter()
                .map(|s| s - p0)
                .collect(),
            passages: self.body_passages[p0 as usize..p1 as usize].to_vec(),
            offsets: (self.body_offsets[p0 as usize..=p1 as usize].iter())
                .map(|o| o - o0)
                .collect(),
            positions: self.positions[o0 as usize..o1 as usize].to_vec(),
        }
    }

    /// Drops the body postings, which index shards carry instead; document
    /// frequencies (`body_starts`) stay, so planning and BM25 need no shard.
    pub fn strip_postings(&mut self) {
        self.body_passages = Vec::new();
        self.body_offsets = Vec::new();
        self.positions = Vec::new();
    }

    /// Reads body postings from `shards` from now on (a decoded core).
    pub fn attach_shards(&mut self, shards: Vec<IndexShard>) {
        self.sharded = Some(ShardedPostings::new(shards));
    }

    /// The index shards (empty when the postings are inline).
    pub fn shards(&self) -> &[IndexShard] {
        self.sharded.as_ref().map_or(&[], |s| &s.shards)
    }

    /// The shards not loaded yet that hold some of `terms` (none inline).
    pub fn missing_shards(&self, terms: impl IntoIterator<Item = TermId>) -> Vec<usize> {
        self.sharded
            .as_ref()
            .map_or_else(Vec::new, |s| s.missing(terms))
    }

    /// Stores index shard `at` from its file's bytes.
    pub fn load_shard(&self, at: usize, bytes: &[u8]) -> Result<(), String> {
        let Some(sharded) = &self.sharded else {
            return Ok(());
        };
        let terms = sharded
            .shards
            .get(at)
            .ok_or("no such index shard")?
            .terms
            .clone();
        let starts = self
            .body_starts
            .get(terms.start as usize..=terms.end as usize)
            .ok_or("index shard outside the dictionary")?;
        let dfs: Vec<u32> = starts.windows(2).map(|w| w[1] - w[0]).collect();
        sharded.load(at, bytes, &dfs)
    }

    /// An estimate of the heap bytes the index holds.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let strings = self.terms.heap_bytes() + self.words.heap_bytes() + self.word_terms.len() * 4;
        let values: usize = self
            .field_values
            .iter()
            .map(|v| {
                v.names.iter().map(|n| n.len() + 24).sum::<usize>()
                    + (v.lens.len() + v.of_passage.len() + v.passages.len()) * 4
                    + v.ranges.len() * 8
            })
            .sum();
        strings
            + self.sharded.as_ref().map_or(0, ShardedPostings::heap_bytes)
            + values
            + (self.body_starts.len() + self.field_starts.len()) * 4
            + (self.body_passages.len() + self.body_offsets.len() + self.positions.len()) * 4
            + self.field_postings.len() * size_of::<FieldPosting>()
            + self.body_lens.len() * 4
    }

    /// Sorts the dictionary and flattens the per-term builders.
    fn freeze(
        &mut self,
        ids: HashMap<String, u32>,
        mut builders: Vec<TermBuilder>,
        words: HashMap<String, u32>,
    ) {
        let mut terms: Vec<(String, u32)> = ids.into_iter().collect();
        sort_by(&mut terms, |a, b| a.0.cmp(&b.0));
        let mut new_id = vec![0 as TermId; terms.len()];
        for (rank, (_, old)) in terms.iter().enumerate() {
            new_id[*old as usize] = rank as TermId;
        }
        for (_, old) in &terms {
            let builder = std::mem::take(&mut builders[*old as usize]);
            let base = self.positions.len() as u32;
            self.body_starts.push(self.body_passages.len() as u32);
            self.body_passages.extend(&builder.passages);
            self.body_offsets
                .extend(builder.offsets.iter().map(|o| o + base));
            self.positions.extend(&builder.positions);
            self.field_starts.push(self.field_postings.len() as u32);
            self.field_postings.extend(&builder.fields);
        }
        // Closing entries end the last term's postings and positions.
        self.body_starts.push(self.body_passages.len() as u32);
        self.field_starts.push(self.field_postings.len() as u32);
        self.body_offsets.push(self.positions.len() as u32);
        self.terms = SortedStrings::new(terms.iter().map(|(t, _)| t.as_str()));
        let mut words: Vec<(String, TermId)> = words
            .into_iter()
            .map(|(w, old)| (w, new_id[old as usize]))
            .collect();
        sort_by(&mut words, |a, b| a.0.cmp(&b.0));
        self.words = SortedStrings::new(words.iter().map(|(w, _)| w.as_str()));
        self.word_terms = words.iter().map(|&(_, t)| t).collect();
        // The arrays grew by doubling; the live index should hold no slack.
        self.body_starts.shrink_to_fit();
        self.body_passages.shrink_to_fit();
        self.body_offsets.shrink_to_fit();
        self.positions.shrink_to_fit();
        self.field_starts.shrink_to_fit();
        self.field_postings.shrink_to_fit();
    }
}

fn intern(ids: &mut HashMap<String, u32>, builders: &mut Vec<TermBuilder>, term: String) -> u32 {
    let next = ids.len() as u32;
    let id = *ids.entry(term).or_insert(next);
    if id == next {
        builders.push(TermBuilder::default());
    }
    id
}

/// Titles are per document: the value id is the document index.
fn titles(corpus: &Corpus) -> FieldValues {
    let mut values = FieldValues::default();
    for doc in &corpus.documents {
        values.lens.push(tokenize(&doc.title).len() as u32);
        values.names.push(doc.title.clone());
        values.ranges.push(doc.passages.clone());
    }
    values.of_passage = corpus.passages.iter().map(|p| p.doc).collect();
    values.passages = (0..corpus.passages.len() as u32).collect();
    values.avg_len = average(&values.lens, &values.of_passage);
    values
}

/// Sections and speakers are interned strings shared by many passages.
fn interned(
    corpus: &Corpus,
    value_of: impl Fn(&ipx_corpus::Passage) -> Option<&str>,
) -> FieldValues {
    let mut values = FieldValues::default();
    let mut ids: HashMap<&str, ValueId> = HashMap::new();
    let mut names: Vec<&str> = corpus.passages.iter().filter_map(&value_of).collect();
    sort_by(&mut names, Ord::cmp);
    names.dedup();
    for (id, name) in names.iter().enumerate() {
        ids.insert(name, id as ValueId);
        values.names.push(name.to_string());
        values.lens.push(tokenize(name).len() as u32);
    }
    values.of_passage = corpus
        .passages
        .iter()
        .map(|p| value_of(p).map_or(NO_VALUE, |name| ids[name]))
        .collect();
    let mut by_value: Vec<(ValueId, PassageIdx)> = values
        .of_passage
        .iter()
        .enumerate()
        .filter(|(_, &v)| v != NO_VALUE)
        .map(|(p, &v)| (v, p as PassageIdx))
        .collect();
    by_value.sort_unstable();
    values.passages = by_value.iter().map(|&(_, p)| p).collect();
    let mut start = 0u32;
    for group in by_value.chunk_by(|a, b| a.0 == b.0) {
        values.ranges.push(start..start + group.len() as u32);
        start += group.len() as u32;
    }
    values.avg_len = average(&values.lens, &values.of_passage);
    values
}

fn average(lens: &[u32], of_passage: &[ValueId]) -> f32 {
    let with: Vec<f32> = of_passage
        .iter()
        .filter(|&&v| v != NO_VALUE)
        .map(|&v| lens[v as usize] as f32)
        .collect();
    (with.iter().sum::<f32>() / with.len().max(1) as f32).max(1.0)
}
