//! The binary form of a compiled [`Corpus`]: a magic tag, a format version and
//! the postcard encoding of the data.
//!
//! A fact's quantity text and sentence are not stored: they are byte ranges
//! of its passage's text, which [`decode`] copies out again.
//!
//! Invariant: `decode(&encode(c)) == Ok(c)` for every corpus whose facts'
//! `text` and `sentence` are their spans of the passage text (as `compile`
//! makes them), and `encode` is byte-deterministic because the corpus holds
//! only vectors in a fixed order (no hash maps).

use super::model::{Corpus, Passage};

/// Bumped whenever a type in `model` changes shape or meaning.
pub const FORMAT_VERSION: u32 = 5;

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
    encode_tagged(MAGIC, corpus)
}

/// `magic`, [`FORMAT_VERSION`] and the postcard encoding of `value`: the
/// framing of every binary file the build writes for the explorer to read.
pub fn encode_tagged<T: serde::Serialize>(magic: &[u8; 4], value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 * 1024);
    out.extend_from_slice(magic);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    // Encoding plain vectors and strings cannot fail; a failure is a bug in the model.
    let payload = postcard::to_allocvec(value).expect("model is postcard-encodable");
    out.extend_from_slice(&payload);
    out
}

/// Reads what [`encode_tagged`] wrote with the same `magic`, failing loudly on
/// another tag or a version mismatch.
pub fn decode_tagged<T: serde::de::DeserializeOwned>(
    magic: &[u8; 4],
    bytes: &[u8],
) -> Result<T, FormatError> {
    let rest = bytes.strip_prefix(magic).ok_or(FormatError::NotACorpus)?;
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
    postcard::from_bytes(payload).map_err(corrupt)
}

/// postcard's reason, natively. The wasm bundle only decodes what its own
/// build wrote, so there the reason is one fixed sentence: postcard's
/// messages and their formatting stay out of the bundle.
fn corrupt(error: postcard::Error) -> FormatError {
    #[cfg(not(target_arch = "wasm32"))]
    let why = error.to_string();
    #[cfg(target_arch = "wasm32")]
    let why = {
        let _ = error;
        "the payload does not decode".to_string()
    };
    FormatError::Corrupt(why)
}

/// Reads a corpus written by [`encode`], failing loudly on a version mismatch.
pub fn decode(bytes: &[u8]) -> Result<Corpus, FormatError> {
    let mut corpus = decode_without_fact_texts(bytes)?;
    fill_fact_texts(&mut corpus)?;
    Ok(corpus)
}

/// Like [`decode`], but leaves each fact's `text` and `sentence` empty: the
/// core of a chunked corpus has no passage text to copy them from and ships
/// them beside it (see the engine crate's `chunks`).
pub fn decode_without_fact_texts(bytes: &[u8]) -> Result<Corpus, FormatError> {
    decode_tagged(MAGIC, bytes)
}

/// Copies each fact's quantity text and sentence out of its passage, failing
/// on a passage index or byte range that does not fit.
fn fill_fact_texts(corpus: &mut Corpus) -> Result<(), FormatError> {
    let Corpus {
        passages, facts, ..
    } = corpus;
    for fact in facts.iter_mut() {
        let passage = passages.get(fact.passage as usize);
        fact.text = slice_of(passage, &fact.span, &fact.id)?;
        fact.sentence = slice_of(passage, &fact.sentence_span, &fact.id)?;
    }
    Ok(())
}

fn slice_of(
    passage: Option<&Passage>,
    range: &std::ops::Range<u32>,
    fact_id: &str,
) -> Result<String, FormatError> {
    passage
        .and_then(|p| p.text.get(range.start as usize..range.end as usize))
        .map(str::to_string)
        .ok_or_else(|| FormatError::Corrupt(format!("fact {fact_id} points outside its passage")))
}

#[cfg(test)]
mod tests {
    use super::super::model::{Fact, FactKind};
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
    fn fact_text_and_sentence_come_back_from_their_passage() {
        let text = "Intro. It reached 218 billion yuan. Done.";
        let corpus = Corpus {
            passages: vec![Passage {
                id: "d#p1".into(),
                doc: 0,
                section: None,
                speaker: None,
                text: text.into(),
            }],
            facts: vec![fact(18..29, 7..35)],
            ..Corpus::default()
        };
        let decoded = decode(&encode(&corpus)).unwrap();
        assert_eq!(decoded.facts[0].text, "218 billion");
        assert_eq!(decoded.facts[0].sentence, "It reached 218 billion yuan.");
        assert_eq!(decoded, corpus);
    }

    #[test]
    fn fact_range_outside_its_passage_is_corrupt() {
        let mut corpus = Corpus::default();
        corpus.facts.push(fact(0..5, 0..5));
        assert!(matches!(
            decode(&encode(&corpus)),
            Err(FormatError::Corrupt(_))
        ));
    }

    fn fact(span: std::ops::Range<u32>, sentence_span: std::ops::Range<u32>) -> Fact {
        let text = "Intro. It reached 218 billion yuan. Done.";
        Fact {
            id: "d#p1/f1".into(),
            value: 218e9,
            unit: "yuan".into(),
            measure: "reached".into(),
            text: text[span.start as usize..span.end as usize].into(),
            sentence: text[sentence_span.start as usize..sentence_span.end as usize].into(),
            span,
            sentence_span,
            doc: 0,
            passage: 0,
            date: None,
            kind: FactKind::Actual,
        }
    }

    #[test]
    fn garbage_is_not_a_corpus() {
        assert_eq!(decode(b"hello"), Err(FormatError::NotACorpus));
        assert_eq!(decode(b""), Err(FormatError::NotACorpus));
    }
}
