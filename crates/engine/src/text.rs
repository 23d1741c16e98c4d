//! Where passage text lives: inline in the corpus (one bundle), or in text
//! chunks that arrive after start-up ([`crate::chunks`]). Each chunk is set
//! at most once, so readers can hold `&str`s into it while others load.
//!
//! Invariant: a passage's text is either its full text or absent, never a
//! guess; the engine reports absent text as pending instead of snippets.

use std::sync::OnceLock;

use crate::chunks::split::{decode_chunk, TextChunk};
use ipx_corpus::{Corpus, PassageIdx};

/// The passage text store of an engine.
#[derive(Debug, Default)]
pub enum PassageTexts {
    /// Every passage's text is in the corpus.
    #[default]
    Inline,
    /// Text comes in chunks; `loaded[i]` is chunk `i`'s texts once fetched.
    Chunked {
        /// The chunk list, in passage order.
        chunks: Vec<TextChunk>,
        /// Texts of each chunk, set once.
        loaded: Vec<OnceLock<Vec<String>>>,
    },
}

impl PassageTexts {
    /// A store for `chunks`, none loaded.
    pub fn chunked(chunks: Vec<TextChunk>) -> PassageTexts {
        let loaded = chunks.iter().map(|_| OnceLock::new()).collect();
        PassageTexts::Chunked { chunks, loaded }
    }

    /// The text of `passage`, if it is here.
    pub fn get<'a>(&'a self, corpus: &'a Corpus, passage: PassageIdx) -> Option<&'a str> {
        match self {
            PassageTexts::Inline => corpus.passages.get(passage as usize).map(|p| &*p.text),
            PassageTexts::Chunked { chunks, loaded } => {
                let at = self.chunk_of(passage)?;
                let texts = loaded[at].get()?;
                texts
                    .get((passage - chunks[at].passages.start) as usize)
                    .map(String::as_str)
            }
        }
    }

    /// The chunk holding `passage`; `None` when text is inline.
    pub fn chunk_of(&self, passage: PassageIdx) -> Option<usize> {
        let PassageTexts::Chunked { chunks, .. } = self else {
            return None;
        };
        let at = chunks.partition_point(|c| c.passages.end <= passage);
        (at < chunks.len() && chunks[at].passages.contains(&passage)).then_some(at)
    }

    /// The chunks not loaded yet that hold some of `passages`, ascending.
    pub fn missing(&self, passages: impl IntoIterator<Item = PassageIdx>) -> Vec<usize> {
        let PassageTexts::Chunked { loaded, .. } = self else {
            return Vec::new();
        };
        let mut out: Vec<usize> = (passages.into_iter())
            .filter_map(|p| self.chunk_of(p))
            .filter(|&c| loaded[c].get().is_none())
            .collect();
        // A few part numbers: the shared sort, not a `usize` instance of its own.
        super::sort::sort_by(&mut out, Ord::cmp);
        out.dedup();
        out
    }

    /// The chunk list (empty when text is inline).
    pub fn chunks(&self) -> &[TextChunk] {
        match self {
            PassageTexts::Inline => &[],
            PassageTexts::Chunked { chunks, .. } => chunks,
        }
    }

    /// Stores the fetched bytes of chunk `at` after checking them. Loading a
    /// chunk twice is harmless.
    pub fn load(&self, at: usize, bytes: &[u8]) -> Result<(), String> {
        let PassageTexts::Chunked { chunks, loaded } = self else {
            return Ok(());
        };
        let chunk = chunks.get(at).ok_or("no such chunk")?;
        if loaded[at].get().is_some() {
            return Ok(());
        }
        let texts = decode_chunk(chunk, bytes)?;
        let _ = loaded[at].set(texts);
        Ok(())
    }

    /// Bytes of text loaded so far, for statistics.
    pub fn loaded_bytes(&self) -> usize {
        match self {
            PassageTexts::Inline => 0,
            PassageTexts::Chunked { loaded, .. } => (loaded.iter())
                .filter_map(OnceLock::get)
                .flatten()
                .map(String::len)
                .sum(),
        }
    }
}
