//! The corpus compiled by `build.rs`, embedded in the binary. This is the only
//! place that touches `OUT_DIR`.

use crate::corpus::{decode, Corpus};

/// The compiled seed corpus in its binary form.
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus. Callers decode once and build the engine from
/// it. A format mismatch between `build.rs` and this build is a bug in the
/// build itself, so it fails loudly.
pub fn corpus() -> Corpus {
    match decode(CORPUS_BYTES) {
        Ok(corpus) => corpus,
        Err(e) => panic!("embedded corpus: {e}"),
    }
}
