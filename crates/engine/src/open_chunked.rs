//! Opens a chunked corpus ([`crate::chunks`]) in the page: the embedded corpus (passages without
//! text) and core become an [`Engine`] over the prebuilt index whose body
//! postings and passage text arrive part by part ([`Engine::load_part`]).

use crate::chunks::split::decode_core;
use crate::{Engine, SearchConfig};
use ipx_corpus::{decode_without_fact_texts, FormatError};

/// The engine of a chunked corpus, from the bytes `build.rs` wrote.
pub fn open_chunked(corpus_bytes: &[u8], core_bytes: &[u8]) -> Result<Engine, FormatError> {
    let mut corpus = decode_without_fact_texts(corpus_bytes)?;
    let core = decode_core(core_bytes)?;
    let texts = &core.fact_texts;
    if texts.texts.len() != corpus.facts.len() || texts.sentence_of.len() != corpus.facts.len() {
        return Err(FormatError::Corrupt(
            "fact texts do not match the facts".into(),
        ));
    }
    for (i, fact) in corpus.facts.iter_mut().enumerate() {
        let (text, sentence) = (texts.get(i))
            .ok_or_else(|| FormatError::Corrupt("a fact's sentence is missing".into()))?;
        fact.text = text.to_string();
        fact.sentence = sentence.to_string();
    }
    let covered = core.chunks.last().map_or(0, |c| c.passages.end) as usize;
    if covered != corpus.passages.len() || core.index.n_passages() != corpus.passages.len() {
        return Err(FormatError::Corrupt(
            "chunks do not cover the passages".into(),
        ));
    }
    let terms = core.shards.last().map_or(0, |s| s.terms.end) as usize;
    if terms != core.index.n_terms() {
        return Err(FormatError::Corrupt("shards do not cover the terms".into()));
    }
    let mut index = core.index;
    index.attach_shards(core.shards);
    Ok(Engine::chunked(
        corpus,
        index,
        core.chunks,
        SearchConfig::default(),
    ))
}
