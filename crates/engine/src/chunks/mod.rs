//! Chunked corpora: past a size threshold the build ships the corpus as a
//! *core* embedded in the wasm (documents, passage metadata without text,
//! entities, facts with their own text, and the prebuilt index without its
//! body postings) plus content-addressed *parts* the page fetches when a
//! query needs them: *index shards* (the body postings of a term range) and
//! *text chunks* (the text of a passage range).
//!
//! Reading order: [`hash`] (the content hash that names a file), [`split`]
//! (corpus → core + part files, run by `build.rs`). The engine's
//! `open_chunked` turns core bytes into an `Engine` whose postings and text
//! arrive later; this module sits below the engine and never imports it.
//! The app's `fetch_parts` brings the parts in from beside the wasm; this
//! module only defines and reads their format, so it builds natively too.
//!
//! Invariant: splitting is deterministic and lossless: a chunked engine with
//! every part loaded answers exactly as the engine over the whole corpus.

pub mod hash;
pub mod split;

pub use split::{split, ChunkFile, Core, FactTexts, Split, TextChunk};

/// Passage text bytes past which the build chunks the corpus, unless
/// `IPX_CHUNK_THRESHOLD` says otherwise.
pub const DEFAULT_THRESHOLD: usize = 2_000_000;

/// Target bytes per text chunk and per index shard, unless `IPX_CHUNK_BYTES`
/// says otherwise.
pub const DEFAULT_CHUNK_BYTES: usize = 256 * 1024;

/// Total bytes of passage text, the measure the threshold applies to.
pub fn text_bytes(corpus: &ipx_corpus::Corpus) -> usize {
    corpus.passages.iter().map(|p| p.text.len()).sum()
}

/// Reads a byte count from an environment variable value; anything that is
/// not a positive whole number gives `default`.
pub fn bytes_setting(value: Option<&str>, default: usize) -> usize {
    value
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_fall_back_on_unusable_values() {
        assert_eq!(bytes_setting(Some("4096"), 7), 4096);
        assert_eq!(bytes_setting(Some(" 12 "), 7), 12);
        assert_eq!(bytes_setting(Some("0"), 7), 7);
        assert_eq!(bytes_setting(Some("2MB"), 7), 7);
        assert_eq!(bytes_setting(None, 7), 7);
    }
}
