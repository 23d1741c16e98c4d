//! The binary form of a compiled [`Corpus`]: a magic tag, a format version and
//! the postcard encoding of the data.
//!
//! Invariant: `decode(&encode(c)) == Ok(c)`, and `encode` is byte-deterministic
//! because the corpus holds only vectors in a fixed order (no hash maps).

use super::model::Corpus;

/// Bumped whenever a type in `model` changes shape or meaning.
pub const FORMAT_VERSION: u32 = 2;

/// Marks the start of a compiled corpus.
#[rustfmt::skip]
const MAGIC: &[u8; 4] = b"IPXC";

/// Why a byte string is not a compiled corpus this build can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// The bytes do not start with the corpus magic tag.
    NotACorpus,
    /// The corpus was written by a different format version.
    VersionMismatch {
        /// The version found in the bytes.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },
    /// The payload does not decode.
    Corrupt(String),
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::NotACorpus => write!(f, "not a compiled corpus (bad magic tag)"),
            FormatError::VersionMismatch { found, expected } => write!(
                f,
                "compiled corpus has format version {found}, this build reads version {expected}"
            ),
            FormatError::Corrupt(why) => write!(f, "compiled corpus is corrupt: {why}"),
        }
    }
}

/// Serialises a corpus to its binary form.
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Encoding plain vectors and strings cannot fail; a failure is a bug in the model.
    let payload = postcard::to_allocvec(corpus).expect("corpus model is postcard-encodable");
    out.extend_from_slice(&payload);
    out
}

/// Reads a corpus written by [`encode`], failing loudly on a version mismatch.
pub fn decode(bytes: &[u8]) -> Result<Corpus, FormatError> {
    let rest = bytes.strip_prefix(MAGIC).ok_or(FormatError::NotACorpus)?;
    let (version, payload) = rest
        .split_first_chunk::<4>()
        .ok_or(FormatError::NotACorpus)?;
    let found = u32::from_le_bytes(*version);
    if found != FORMAT_VERSION {
        return Err(FormatError::VersionMismatch {
            found,
            expected: FORMAT_VERSION,
        });
    }
    postcard::from_bytes(payload).map_err(|e| FormatError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_of_empty_corpus() {
        let corpus = Corpus::default();
        assert_eq!(decode(&encode(&corpus)), Ok(corpus));
    }

    #[test]
    fn wrong_version_is_reported() {
        let mut bytes = encode(&Corpus::default());
        bytes[4] = bytes[4].wrapping_add(1);
        assert!(matches!(
            decode(&bytes),
            Err(FormatError::VersionMismatch { .. })
        ));
    }

    #[test]
    fn garbage_is_not_a_corpus() {
        assert_eq!(decode(b"hello"), Err(FormatError::NotACorpus));
        assert_eq!(decode(b""), Err(FormatError::NotACorpus));
    }
}
