//! Characters OCR confuses: a scanned page's text reads `0FFICE` for
//! `OFFICE`, `wil1` for `will`, `l4` for `14` and `9l` for `91`, a zero
//! or a one where a letter stands, an `l`, `I` or `O` where a digit does.
//!
//! A word of letters with one such digit, or a number with one such
//! letter, is read as it was printed: `0` is `O` in a word of capitals and
//! `o` in one of small letters, `1` is `l`; in a number, `l` and `I` are
//! `1`, `O` and `o` are `0`. Only a text with at least
//! [`MIN_CONFUSIONS`] such words is an OCR's: one `O2` or `x1` alone is a
//! name or a code.
//!
//! Invariant: the line count never changes, and only the confused
//! characters of such words are replaced.

use std::borrow::Cow;

/// Confused words that show a text came from OCR.
const MIN_CONFUSIONS: usize = 3;
/// The fewest characters of a word read back.
const MIN_WORD: usize = 3;

/// The body with OCR's confused characters read back, or as it is when it
/// shows none.
pub fn ocr_confusions_read(body: &str) -> Cow<'_, str> {
    let count: usize = (body.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| read_back(w).is_some())
        .count();
    if count < MIN_CONFUSIONS {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut word = String::new();
    for c in body.chars() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        out.push_str(read_back(&word).as_deref().unwrap_or(&word));
        word.clear();
        out.push(c);
    }
    out.push_str(read_back(&word).as_deref().unwrap_or(&word));
    Cow::Owned(out)
}

/// The word as printed, when OCR confused one of its characters.
fn read_back(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let digits = chars.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = chars.len() - digits;
    if !chars.iter().all(char::is_ascii_alphanumeric) {
        return None;
    }
    // `0FFICE`, `wil1`: one digit among letters of one case.
    if digits == 1 && letters >= MIN_WORD - 1 {
        let upper = chars.iter().filter(|c| c.is_ascii_uppercase()).count();
        let lower = chars.iter().filter(|c| c.is_ascii_lowercase()).count();
        let (all_upper, all_lower) = (upper == letters, lower == letters);
        return chars
            .iter()
            .map(|&c| match c {
                '0' if all_upper => Some('O'),
                '0' if all_lower => Some('o'),
                '1' if all_lower => Some('l'),
                '1' if all_upper => Some('I'),
                c if c.is_ascii_digit() => None,
                c => Some(c),
            })
            .collect();
    }
    // `l4`, `9l`, `1O5`: one letter among digits.
    if letters == 1 && digits >= 1 {
        return chars
            .iter()
            .map(|&c| match c {
                'l' | 'I' => Some('1'),
                'O' | 'o' => Some('0'),
                c if c.is_ascii_digit() => Some(c),
                _ => None,
            })
            .collect();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scanned_text_reads_as_printed() {
        let scan = "COPYRIGHT 0FFICE\nThe Office thanks l4 associations; figures wil1 follow.\nBroadcasters: 19, not 9l.\n";
        assert_eq!(
            ocr_confusions_read(scan),
            "COPYRIGHT OFFICE\nThe Office thanks 14 associations; figures will follow.\nBroadcasters: 19, not 91.\n"
        );
    }

    #[test]
    fn codes_and_names_in_clean_text_stay() {
        for text in [
            "O2 and x1 reported; Q3 2025 rose; COVID-19 and G20 met.",
            "The A1 road, the H1 filings and 3D prints: B2B sales of MP3 players.",
        ] {
            assert_eq!(ocr_confusions_read(text), text);
        }
        // A code of two digits or a word of mixed case is no confusion.
        assert_eq!(read_back("Win10"), None);
        assert_eq!(read_back("iPhone1"), None);
        assert_eq!(read_back("ÉT0"), None);
    }
}
