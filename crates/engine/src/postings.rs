//! Body postings shipped in index shards, for a chunked corpus: the
//! passages, term frequencies and positions of a contiguous range of terms.
//! On the wire passages and positions are delta-coded (postcard varints then
//! take a byte or two each); in memory they are flat arrays like the index's.
//!
//! [`ShardedPostings`] is the index's store of them: a list of shards, each
//! set at most once when its file arrives.

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::index::TermId;
use ipx_corpus::PassageIdx;

/// The body postings of a term range, flat, with offsets relative to it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ShardPostings {
    /// Start of each term's postings in `passages`, plus a closing entry.
    pub starts: Vec<u32>,
    /// Passages, ascending within a term.
    pub passages: Vec<PassageIdx>,
    /// Start of each posting's positions in `positions`, plus a closing entry.
    pub offsets: Vec<u32>,
    /// Body positions, ascending within a posting.
    pub positions: Vec<u32>,
}

/// The wire form: counts and deltas.
#[derive(Serialize, Deserialize)]
struct Wire {
    /// Postings per term.
    dfs: Vec<u32>,
    /// Passages, each minus the previous one of the same term.
    passage_gaps: Vec<u32>,
    /// Positions per posting.
    tfs: Vec<u32>,
    /// Positions, each minus the previous one of the same posting.
    position_gaps: Vec<u32>,
}

impl ShardPostings {
    /// The shard file's bytes.
    pub fn encode(&self) -> Vec<u8> {
        let dfs = self.starts.windows(2).map(|w| w[1] - w[0]).collect();
        let tfs = self.offsets.windows(2).map(|w| w[1] - w[0]).collect();
        let gaps = |values: &[u32], bounds: &[u32]| -> Vec<u32> {
            let mut out = Vec::with_capacity(values.len());
            for w in bounds.windows(2) {
                let run = &values[w[0] as usize..w[1] as usize];
                let mut previous = 0;
                for &v in run {
                    out.push(v - previous);
                    previous = v;
                }
            }
            out
        };
        let wire = Wire {
            dfs,
            passage_gaps: gaps(&self.passages, &self.starts),
            tfs,
            position_gaps: gaps(&self.positions, &self.offsets),
        };
        postcard::to_allocvec(&wire).expect("postings are postcard-encodable")
    }

    /// Reads a shard file; any inconsistency is an error, never a panic.
    pub fn decode(bytes: &[u8]) -> Result<ShardPostings, String> {
        let wire: Wire = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
        let starts = prefix_sums(&wire.dfs)?;
        let offsets = prefix_sums(&wire.tfs)?;
        if *starts.last().unwrap_or(&0) as usize != wire.passage_gaps.len()
            || wire.tfs.len() != wire.passage_gaps.len()
            || *offsets.last().unwrap_or(&0) as usize != wire.position_gaps.len()
        {
            return Err("index shard counts do not add up".into());
        }
        Ok(ShardPostings {
            passages: undo_gaps(&wire.passage_gaps, &starts)?,
            positions: undo_gaps(&wire.position_gaps, &offsets)?,
            starts,
            offsets,
        })
    }

    /// Passages of the `local`-th term of the shard.
    pub fn passages_of(&self, local: usize) -> &[PassageIdx] {
        match (self.starts.get(local), self.starts.get(local + 1)) {
            (Some(&a), Some(&b)) => &self.passages[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Positions of the `nth` posting of the `local`-th term.
    pub fn positions_of(&self, local: usize, nth: usize) -> &[u32] {
        let Some(&start) = self.starts.get(local) else {
            return &[];
        };
        let posting = start as usize + nth;
        match (self.offsets.get(posting), self.offsets.get(posting + 1)) {
            (Some(&a), Some(&b)) => &self.positions[a as usize..b as usize],
            _ => &[],
        }
    }
}

fn prefix_sums(counts: &[u32]) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(counts.len() + 1);
    let mut total = 0u32;
    out.push(0);
    for &c in counts {
        total = total.checked_add(c).ok_or("index shard too large")?;
        out.push(total);
    }
    Ok(out)
}

fn undo_gaps(gaps: &[u32], bounds: &[u32]) -> Result<Vec<u32>, String> {
    let mut out = Vec::with_capacity(gaps.len());
    for w in bounds.windows(2) {
        let mut value = 0u32;
        for &gap in &gaps[w[0] as usize..w[1] as usize] {
            value = value
                .checked_add(gap)
                .ok_or("index shard value overflows")?;
            out.push(value);
        }
    }
    Ok(out)
}

/// One index shard as the core lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexShard {
    /// File name, `index-<hash>.bin`, beside the wasm.
    pub file: String,
    /// The terms whose body postings it holds.
    pub terms: Range<TermId>,
}

/// The body postings of a chunked corpus's index, shard by shard.
#[derive(Debug, Default)]
pub struct ShardedPostings {
    /// The shards in term order; their ranges cover every term.
    pub shards: Vec<IndexShard>,
    loaded: Vec<OnceLock<ShardPostings>>,
}

impl ShardedPostings {
    /// A store of `shards`, none loaded.
    pub fn new(shards: Vec<IndexShard>) -> ShardedPostings {
        let loaded = shards.iter().map(|_| OnceLock::new()).collect();
        ShardedPostings { shards, loaded }
    }

    /// The shard holding `term`.
    pub fn shard_of(&self, term: TermId) -> Option<usize> {
        let at = self.shards.partition_point(|s| s.terms.end <= term);
        (at < self.shards.len() && self.shards[at].terms.contains(&term)).then_some(at)
    }

    /// The loaded postings holding `term` and the term's place in them.
    pub fn get(&self, term: TermId) -> Option<(&ShardPostings, usize)> {
        let at = self.shard_of(term)?;
        let data = self.loaded[at].get()?;
        Some((data, (term - self.shards[at].terms.start) as usize))
    }

    /// The shards not loaded yet that hold some of `terms`, ascending.
    pub fn missing(&self, terms: impl IntoIterator<Item = TermId>) -> Vec<usize> {
        let mut out: Vec<usize> = (terms.into_iter())
            .filter_map(|t| self.shard_of(t))
            .filter(|&s| self.loaded[s].get().is_none())
            .collect();
        // A few part numbers: the shared sort, not a `usize` instance of its own.
        super::sort::sort_by(&mut out, Ord::cmp);
        out.dedup();
        out
    }

    /// Stores shard `at` from its file's bytes (already checked against the
    /// hash); `n_postings` is what the core's document frequencies expect.
    pub fn load(&self, at: usize, bytes: &[u8], n_postings: &[u32]) -> Result<(), String> {
        let shard = self.shards.get(at).ok_or("no such index shard")?;
        if self.loaded[at].get().is_some() {
            return Ok(());
        }
        let data = ShardPostings::decode(bytes).map_err(|e| format!("{}: {e}", shard.file))?;
        let dfs: Vec<u32> = data.starts.windows(2).map(|w| w[1] - w[0]).collect();
        if dfs != n_postings {
            return Err(format!("{} does not fit the index", shard.file));
        }
        let _ = self.loaded[at].set(data);
        Ok(())
    }

    /// Heap bytes of the loaded shards.
    pub fn heap_bytes(&self) -> usize {
        (self.loaded.iter().filter_map(OnceLock::get))
            .map(|d| (d.starts.len() + d.passages.len() + d.offsets.len() + d.positions.len()) * 4)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip_through_their_wire_form() {
        let postings = ShardPostings {
            starts: vec![0, 2, 2, 3],
            passages: vec![4, 9, 1],
            offsets: vec![0, 2, 3, 6],
            positions: vec![5, 17, 0, 2, 3, 40],
        };
        let bytes = postings.encode();
        assert_eq!(ShardPostings::decode(&bytes), Ok(postings.clone()));
        assert_eq!(postings.passages_of(0), &[4, 9]);
        assert_eq!(postings.passages_of(1), &[] as &[u32]);
        assert_eq!(postings.positions_of(2, 0), &[2, 3, 40]);
        assert_eq!(postings.positions_of(7, 0), &[] as &[u32]);
    }

    #[test]
    fn inconsistent_shards_are_errors() {
        let wire = Wire {
            dfs: vec![3],
            passage_gaps: vec![1],
            tfs: vec![1],
            position_gaps: vec![0],
        };
        let bytes = postcard::to_allocvec(&wire).unwrap();
        assert!(ShardPostings::decode(&bytes).is_err());
        assert!(ShardPostings::decode(b"\xff\xff").is_err());
    }
}
