//! Mastheads: a page that opens with its issuer's name in capitals over its
//! title (`OFFICE OF THE SEED OMBUDSMAN` over `Complaint Handling Report
//! 2024-25`) names who issued it on the first line and what it is on the
//! second. The page's title names both, the issuer in title case (`Office
//! of the Seed Ombudsman: Complaint Handling Report 2024-25`), so the
//! title's year or financial year dates the report and its words name
//! whose figures the page gives.
//!
//! Invariant: a masthead is taken only when it is all capitals, names an
//! organisation, and a short title line in mixed case follows it.

use super::clean::{is_numbered_heading, Block};
use super::pronouns::last_organisation;
use super::text::{ends_terminal, word_count};

/// Most words of a masthead, and of the title line under it.
const MAX_WORDS: usize = 12;
/// Words a name in title case keeps in lower case after its first.
const SMALL_WORDS: &[&str] = &["of", "the", "and", "for", "on", "in", "at", "to", "a", "an"];
/// Longest word in capitals kept in capitals (`IP`, `UK`, `EU`).
const ACRONYM_LETTERS: usize = 3;

/// Takes the masthead off the top of `blocks` and returns it in title
/// case, when the page opens with one.
pub fn take_masthead(blocks: &mut Vec<Block>) -> Option<String> {
    let [first, second, ..] = &blocks[..] else {
        return None;
    };
    let letters: Vec<char> = first.text.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 6 && letters.iter().all(|c| c.is_uppercase());
    let title_line = !ends_terminal(&second.text)
        && !second.text.ends_with(':')
        && word_count(&second.text) <= MAX_WORDS
        && second.text.chars().any(char::is_lowercase)
        && !is_numbered_heading(&second.text);
    let name = title_case(&first.text);
    let masthead = capitals
        && (2..=MAX_WORDS).contains(&word_count(&first.text))
        && title_line
        && last_organisation(&name).is_some();
    masthead.then(|| {
        blocks.remove(0);
        name
    })
}

/// `OFFICE OF THE IP SERVICES OMBUDSMAN` → `Office of the IP Services
/// Ombudsman`.
pub(crate) fn title_case(text: &str) -> String {
    let words = text.split_whitespace().enumerate().map(|(idx, word)| {
        let lower = word.to_lowercase();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if idx > 0 && SMALL_WORDS.contains(&lower.as_str()) {
            lower
        } else if letters <= ACRONYM_LETTERS {
            word.to_string()
        } else {
            let mut chars = lower.chars();
            (chars.next()).map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(lines: &[&str]) -> Vec<Block> {
        (lines.iter().enumerate())
            .map(|(idx, text)| Block {
                text: text.to_string(),
                line: idx + 1,
                heading: false,
            })
            .collect()
    }

    #[test]
    fn an_issuer_in_capitals_over_a_title_line_is_a_masthead() {
        let mut page = blocks(&[
            "OFFICE OF THE SEED OMBUDSMAN",
            "Seed Report 2024-25",
            "We grew.",
        ]);
        assert_eq!(
            take_masthead(&mut page).as_deref(),
            Some("Office of the Seed Ombudsman")
        );
        assert_eq!(page[0].text, "Seed Report 2024-25");
        assert_eq!(title_case("UK SEED BOARD OF IP"), "UK Seed Board of IP");
    }

    #[test]
    fn capitals_that_name_no_issuer_or_stand_over_no_title_are_no_masthead() {
        for lines in [
            [
                "PRESS RELEASE",
                "Seed Board reports a record year",
                "We grew.",
            ],
            ["SEED BOARD", "THE ANNUAL REPORT", "We grew."],
            [
                "SEED BOARD",
                "We grew in every quarter of the year.",
                "More.",
            ],
            ["Seed Board", "Seed Report 2024-25", "We grew."],
        ] {
            let mut page = blocks(&lines);
            assert_eq!(take_masthead(&mut page), None, "{lines:?}");
            assert_eq!(page.len(), 3);
        }
    }
}
