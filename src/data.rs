//! The corpus compiled by `build.rs`, embedded in the binary. This is the only
//! place that touches `OUT_DIR`.

use crate::corpus::{decode, Corpus};
use crate::engine::Engine;

/// The compiled seed corpus in its binary form (without passage text when
/// the corpus is chunked).
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The core of a chunked corpus (see `crate::chunks`); empty when the corpus
/// is one bundle. A `const`, so the one-bundle build drops the chunked path.
pub const CORE_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/core.bin"));

/// Whether the embedded corpus is chunked. A constant evaluated at compile
/// time, so code behind `if !CHUNKED` is left out of a one-bundle build.
pub const CHUNKED: bool = !CORE_BYTES.is_empty();

/// The engine over the embedded corpus: built here from the whole corpus,
/// or opened from the prebuilt core of a chunked one.
pub fn engine() -> Engine {
    if !CHUNKED {
        return Engine::new(corpus());
    }
    match crate::engine::open_chunked(CORPUS_BYTES, CORE_BYTES) {
        Ok(engine) => engine,
        Err(e) => panic!("embedded corpus: {e}"),
    }
}

/// Decodes the embedded corpus. Callers decode once and build the engine from
/// it. A format mismatch between `build.rs` and this build is a bug in the
/// build itself, so it fails loudly.
pub fn corpus() -> Corpus {
    match decode(CORPUS_BYTES) {
        Ok(corpus) => corpus,
        Err(e) => panic!("embedded corpus: {e}"),
    }
}
