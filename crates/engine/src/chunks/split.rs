//! Splits a compiled corpus into the core embedded in the wasm and the files
//! fetched on demand: text chunks and index shards.
//!
//! A text chunk holds the text of consecutive passages, closed once it
//! reaches the target size (so a chunk is never empty and one long passage
//! is a chunk of its own); its file is the postcard encoding of the texts,
//! named `text-<hash of the bytes>.bin`. An index shard holds the body
//! postings of consecutive terms, closed at about the same size, in the
//! delta-coded form of [`crate::postings::ShardPostings`], named `index-<hash>.bin`. The core
//! lists each file with its range. Deterministic: the same corpus gives the
//! same bytes and names.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::hash;
use crate::index::{Index, TermId};
use crate::postings::IndexShard;
use ipx_corpus::format::{decode_tagged, encode_tagged};
use ipx_corpus::{Corpus, FormatError};

/// Marks the start of an encoded [`Core`].
#[rustfmt::skip]
const MAGIC: &[u8; 4] = b"IPXK";

/// One text chunk as the core lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextChunk {
    /// File name, `text-<hash>.bin`, beside the wasm.
    pub file: String,
    /// The passages whose text the file holds.
    pub passages: Range<u32>,
}

/// What a chunked corpus embeds besides its corpus (whose passages have no
/// text): the prebuilt index without its body postings, the file lists and
/// the facts' own text.
#[derive(Debug, Serialize, Deserialize)]
pub struct Core {
    /// The index over the whole corpus, built at build time: dictionaries,
    /// document frequencies, field postings and lengths; no body postings.
    pub index: Index,
    /// The text chunks in passage order; their ranges cover every passage.
    pub chunks: Vec<TextChunk>,
    /// The index shards in term order; their ranges cover every term.
    pub shards: Vec<IndexShard>,
    /// The facts' own text, which the core cannot slice out of passage
    /// text it does not hold.
    pub fact_texts: FactTexts,
}

/// The quantity text and sentence of every fact. Several facts often stand
/// in one sentence, so each distinct sentence is stored once (on the 20 MB
/// benchmark corpus: 6.0 MB instead of 21.4 MB).
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FactTexts {
    /// The quantity as written, in fact order.
    pub texts: Vec<String>,
    /// For each fact, its sentence's index in `sentences`.
    pub sentence_of: Vec<u32>,
    /// Distinct sentences, in order of first use.
    pub sentences: Vec<String>,
}

impl FactTexts {
    /// Collects the texts of `corpus`'s facts.
    pub fn of(corpus: &Corpus) -> FactTexts {
        let mut out = FactTexts::default();
        let mut seen: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
        for fact in &corpus.facts {
            out.texts.push(fact.text.clone());
            let next = seen.len() as u32;
            let at = *seen.entry(fact.sentence.as_str()).or_insert(next);
            if at == next {
                out.sentences.push(fact.sentence.clone());
            }
            out.sentence_of.push(at);
        }
        out
    }

    /// `(text, sentence)` of fact `i`, if the lists hold it.
    pub fn get(&self, i: usize) -> Option<(&str, &str)> {
        let text = self.texts.get(i)?;
        let sentence = self.sentences.get(*self.sentence_of.get(i)? as usize)?;
        Some((text, sentence))
    }
}

/// A chunk file: its name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkFile {
    /// File name, as in [`TextChunk::file`].
    pub name: String,
    /// The postcard encoding of the chunk's passage texts.
    pub bytes: Vec<u8>,
}

/// The result of [`split`].
#[derive(Debug)]
pub struct Split {
    /// The corpus without passage text.
    pub corpus: Corpus,
    /// Index, file lists and fact texts.
    pub core: Core,
    /// The text chunk files in passage order, then the index shard files in
    /// term order: a file's place here is its part number in the engine
    /// (`Engine::load_part`).
    pub files: Vec<ChunkFile>,
}

/// Splits `corpus` into text chunks and index shards of about `chunk_bytes`.
pub fn split(corpus: &Corpus, chunk_bytes: usize) -> Split {
    let mut index = Index::build(corpus);
    let mut files = Vec::new();
    let mut chunks = Vec::new();
    let mut start = 0usize;
    let mut size = 0usize;
    for (i, passage) in corpus.passages.iter().enumerate() {
        size += passage.text.len();
        let last = i + 1 == corpus.passages.len();
        if size >= chunk_bytes.max(1) || last {
            let texts: Vec<&str> = (corpus.passages[start..=i].iter())
                .map(|p| p.text.as_str())
                .collect();
            let bytes = postcard::to_allocvec(&texts).expect("strings are postcard-encodable");
            let name = format!("text-{}.bin", hash::hex(&bytes));
            chunks.push(TextChunk {
                file: name.clone(),
                passages: start as u32..i as u32 + 1,
            });
            files.push(ChunkFile { name, bytes });
            start = i + 1;
            size = 0;
        }
    }
    let (shards, shard_files) = shard_index(&index, chunk_bytes);
    files.extend(shard_files);
    index.strip_postings();
    let fact_texts = FactTexts::of(corpus);
    let mut stripped = corpus.clone();
    for passage in &mut stripped.passages {
        passage.text = String::new();
    }
    Split {
        corpus: stripped,
        core: Core {
            index,
            chunks,
            shards,
            fact_texts,
        },
        files,
    }
}

/// Cuts the body postings into shards of consecutive terms, each closed once
/// its postings and positions (about two bytes each on the wire) reach
/// `shard_bytes`.
fn shard_index(index: &Index, shard_bytes: usize) -> (Vec<IndexShard>, Vec<ChunkFile>) {
    let mut shards = Vec::new();
    let mut files = Vec::new();
    let n = index.n_terms() as TermId;
    let mut start: TermId = 0;
    let mut size = 0usize;
    for term in 0..n {
        size += 2 * index.posting_weight(term);
        if size >= shard_bytes.max(1) || term + 1 == n {
            let bytes = index.shard_postings(start..term + 1).encode();
            let name = format!("index-{}.bin", hash::hex(&bytes));
            shards.push(IndexShard {
                file: name.clone(),
                terms: start..term + 1,
            });
            files.push(ChunkFile { name, bytes });
            start = term + 1;
            size = 0;
        }
    }
    (shards, files)
}

/// Serialises a core: magic tag, the corpus format version, postcard.
pub fn encode_core(core: &Core) -> Vec<u8> {
    encode_tagged(MAGIC, core)
}

/// Reads a core written by [`encode_core`].
pub fn decode_core(bytes: &[u8]) -> Result<Core, FormatError> {
    decode_tagged(MAGIC, bytes)
}

/// Reads a chunk file's passage texts, checking their number against the
/// passage range it stands for. The content hash is checked once for every
/// kind of part, by `Engine::load_part`, before this runs.
pub fn decode_chunk(chunk: &TextChunk, bytes: &[u8]) -> Result<Vec<String>, String> {
    let texts: Vec<String> =
        postcard::from_bytes(bytes).map_err(|e| format!("{}: {e}", chunk.file))?;
    let n = (chunk.passages.end - chunk.passages.start) as usize;
    if texts.len() != n {
        return Err(format!(
            "{} holds {} passages, expected {n}",
            chunk.file,
            texts.len()
        ));
    }
    Ok(texts)
}
