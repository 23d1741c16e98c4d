//! The words a clause opens with before its subject, which a measure label
//! does without: list markers (`- `, `• `), time adverbials (`Last year`,
//! `So far`, `Now`), a possessive (`Their satisfaction score`), and a
//! pronoun with its verbs (`We plan to keep the average period` → `average
//! period`).
//!
//! Invariant: only leading words are removed; what remains is in order.

/// Leading list markers.
const MARKERS: &[&str] = &["-", "•", "*", "–", "·"];
/// First words of a time adverbial, followed by a unit of time.
const TIME_OPENERS: &[&str] = &["last", "this", "next", "past", "each", "every"];
/// Units of time that close such an adverbial.
const TIME_WORDS: &[&str] = &["year", "month", "week", "quarter", "day"];
/// One-word adverbials of time.
const NOW_WORDS: &[&str] = &["now", "currently", "today", "recently", "meanwhile"];
/// Pronouns that open a clause whose subject is no measure.
const PRONOUNS: &[&str] = &["we", "they", "i", "you", "he", "she", "it"];
/// Possessives a label does without.
const POSSESSIVES: &[&str] = &["their", "its", "our", "his", "her", "my", "your"];
/// Words after which a pronoun clause's object starts.
const DETERMINERS: &[&str] = &["the", "a", "an", "our", "their", "its"];

/// Removes the clause's leading words that are not its subject.
pub fn drop_clause_lead(words: &mut Vec<&str>) {
    loop {
        let lower: Vec<String> = words.iter().take(2).map(|w| w.to_lowercase()).collect();
        let first = lower.first().map_or("", String::as_str);
        let second = lower.get(1).map_or("", String::as_str);
        let second = second.trim_end_matches([',', 's']);
        if MARKERS.contains(&first) || NOW_WORDS.contains(&first.trim_end_matches(',')) {
            words.remove(0);
        } else if (TIME_OPENERS.contains(&first) && TIME_WORDS.contains(&second))
            || (first == "so" && second == "far")
        {
            words.drain(..2);
        } else if POSSESSIVES.contains(&first) && words.len() > 1 {
            words.remove(0);
        } else if PRONOUNS.contains(&first) {
            let object = words
                .iter()
                .rposition(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
            match object {
                Some(pos) if pos + 1 < words.len() => {
                    words.drain(..=pos);
                }
                _ => words.clear(),
            }
        } else {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lead(text: &str) -> String {
        let mut words: Vec<&str> = text.split(' ').collect();
        drop_clause_lead(&mut words);
        words.join(" ")
    }

    #[test]
    fn markers_time_words_pronouns_and_possessives_go() {
        assert_eq!(lead("- Seed exports"), "Seed exports");
        assert_eq!(
            lead("Last year the average wait for permits"),
            "the average wait for permits"
        );
        assert_eq!(lead("So far, seed farms"), "seed farms");
        assert_eq!(lead("We aim to keep the average wait"), "average wait");
        assert_eq!(lead("Their satisfaction score"), "satisfaction score");
        assert_eq!(lead("they said"), "");
        assert_eq!(lead("seed exports last year"), "seed exports last year");
    }
}
