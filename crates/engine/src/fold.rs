//! Word normalisation shared by index and query: case and diacritic folding,
//! English stemming (Snowball, via `rust-stemmers`) and the stop-word list.
//!
//! Folding uses a small hand-written table for Latin letters instead of full
//! Unicode decomposition: the corpus is English with occasional accented names,
//! and a decomposition crate would cost tens of kilobytes of wasm for nothing.

use std::sync::LazyLock;

use ipx_corpus::lower::push_lowercase;
use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// English function words, and the question words of a query asked as a
/// question ("how many IP professionals", "what did ... say about ...", the
/// question this explorer answers most). They
/// are indexed with their positions, so phrases that contain them still
/// match, but a query does not require them. Sorted (checked by a test).
const STOP_WORDS: &[&str] = &[
    "a", "about", "an", "and", "are", "as", "at", "be", "been", "between", "by", "did", "do",
    "does", "for", "from", "had", "has", "have", "how", "in", "into", "is", "it", "its", "many",
    "much", "of", "on", "or", "said", "say", "says", "that", "the", "their", "there", "this", "to",
    "was", "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with",
];

/// Lower-cases `word` and strips diacritics and full-width forms: `Übersicht`
/// becomes `ubersicht`, `ＣＮＩＰＡ` becomes `cnipa`.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(word.len());
    for c in word.chars() {
        push_lowercase(c, &mut lower);
    }
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        if let Some(folded) = fold_char(c) {
            out.push_str(folded);
        } else if !is_combining_mark(c) {
            out.push(full_width_to_ascii(c));
        }
    }
    out
}

/// The Snowball English stem of an already folded word. Words with digits are
/// left alone: `2021s` is not a plural.
pub fn stem(folded: &str) -> String {
    if folded.bytes().any(|b| b.is_ascii_digit()) || !folded.is_ascii() {
        return folded.to_string();
    }
    ENGLISH.stem(folded).into_owned()
}

/// Whether a folded word is a stop word.
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

/// Whether `c` is a Han, kana or Hangul character: text in these scripts has no
/// spaces, so the tokenizer cuts it into character bigrams.
pub fn is_cjk(c: char) -> bool {
    if (c as u32) < 0x3040 {
        return false;
    }
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0x20000..=0x2FA1F)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

fn full_width_to_ascii(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    }
}

/// The base letters of lower-case Latin-1 and Latin Extended-A letters.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        '’' | '‘' => "'",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_and_full_width_fold_away() {
        assert_eq!(fold("Übersicht"), "ubersicht");
        assert_eq!(fold("Café"), "cafe");
        assert_eq!(fold("ＣＮＩＰＡ"), "cnipa");
        assert_eq!(fold("Łódź"), "lodz");
        // A decomposed e + combining acute folds like the precomposed letter.
        assert_eq!(fold("Cafe\u{301}"), "cafe");
    }

    #[test]
    fn stemming_joins_inflections_but_not_numbers() {
        assert_eq!(stem("patents"), stem("patent"));
        assert_eq!(stem("protection"), stem("protecting"));
        assert_eq!(stem("2021s"), "2021s");
    }

    #[test]
    fn stop_word_list_is_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stop_word("the"));
        assert!(!is_stop_word("patent"));
    }
}
