//! Common abbreviations a question may use for words a document spells
//! out: `R&D`, which the tokenizer splits at `&` into two letters that name
//! nothing, and `SMEs`. The intent reader spells them out before it reads a
//! question, so "How much did it spend on R&D?" finds `Research and
//! development expenses`.
//!
//! Invariant: only whole runs of the tokenizer's words are replaced, and
//! only by the words of the table.

/// Each abbreviation as the tokenizer's words, and the words it stands for.
const ABBREVIATIONS: &[(&[&str], &[&str])] = &[
    (&["r", "d"], &["research", "development"]),
    (&["smes"], &["small", "medium", "enterprises"]),
    (&["sme"], &["small", "medium", "enterprise"]),
];

/// `words` with each abbreviation spelled out; `word_of` reads a word's
/// folded surface and `make` builds a word from one of the long form.
pub(crate) fn spelled_out<W>(
    words: Vec<W>,
    word_of: impl Fn(&W) -> &str,
    make: impl Fn(&str) -> W,
) -> Vec<W> {
    let mut out: Vec<W> = Vec::with_capacity(words.len());
    for w in words {
        out.push(w);
        for (short, long) in ABBREVIATIONS {
            let Some(start) = out.len().checked_sub(short.len()) else {
                continue;
            };
            let matches = (out[start..].iter().zip(short.iter())).all(|(w, s)| word_of(w) == *s);
            if matches {
                out.truncate(start);
                out.extend(long.iter().map(|l| make(l)));
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell(words: &[&str]) -> Vec<String> {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        spelled_out(words, String::as_str, str::to_string)
    }

    #[test]
    fn abbreviations_are_spelled_out_and_other_words_kept() {
        assert_eq!(
            spell(&["spend", "on", "r", "d", "in", "2023"]),
            ["spend", "on", "research", "development", "in", "2023"]
        );
        assert_eq!(
            spell(&["from", "smes"]),
            ["from", "small", "medium", "enterprises"]
        );
        assert_eq!(spell(&["d", "r", "smesh"]), ["d", "r", "smesh"]);
    }
}
