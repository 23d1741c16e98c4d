//! The words a clause opens with before its subject, which a measure label
//! does without: list markers (`- `, `• `), time adverbials (`Last year`,
//! `So far`, `Now`, `In 2020` without its comma), a possessive (`Their satisfaction score`), and a
//! pronoun with its verbs (`We plan to keep the average period` → `average
//! period`), and a frame of saying (`I'm really pleased to say we`, `I can
//! tell you that the office`, `We're proud to report our panel`).
//!
//! Invariant: only leading words are removed; what remains is in order.

use super::dates::is_year;
use super::text::LIST_MARKERS;

/// First words of a time adverbial, followed by a unit of time.
const TIME_OPENERS: &[&str] = &["last", "this", "next", "past", "each", "every"];
/// Units of time that close such an adverbial.
const TIME_WORDS: &[&str] = &["year", "month", "week", "quarter", "day"];
/// One-word adverbials of time.
const NOW_WORDS: &[&str] = &["now", "currently", "today", "recently", "meanwhile"];
/// Most words of a greeting or tag before a dash (`morning all -`).
const MAX_WORDS_BEFORE_DASH: usize = 3;
/// Pronouns that open a clause whose subject is no measure.
const PRONOUNS: &[&str] = &["we", "they", "i", "you", "he", "she", "it"];
/// Auxiliaries and adverbs between a pronoun and its verb.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &["will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "also", "now", "still", "then", "to", "be", "are", "is", "was", "were", "have", "has", "had", "'ll", "really", "certainly"];
/// Words of an object that only points back (`most of them`).
#[rustfmt::skip]
const PRONOUN_OBJECTS: &[&str] = &["most", "all", "some", "many", "half", "each", "both", "of", "them", "it", "these", "those", "this", "that", "one"];
/// Possessives a label does without.
const POSSESSIVES: &[&str] = &["their", "its", "our", "his", "her", "my", "your"];
/// Words after which a pronoun clause's object starts.
const DETERMINERS: &[&str] = &["the", "a", "an", "our", "their", "its"];

/// Words of a frame of saying before its verb: speakers, auxiliaries,
/// adverbs and feelings (`I'm really pleased to`, `we can`, `let me`).
#[rustfmt::skip]
const SAYING_FRAME: &[&str] = &["i", "we", "i'm", "i’m", "we're", "we’re", "am", "are", "'m", "let", "me", "us", "can", "could", "must", "would", "like", "really", "very", "so", "truly", "also", "now", "happy", "glad", "pleased", "proud", "delighted", "thrilled", "excited", "able", "to"];
/// Verbs of saying that close such a frame.
#[rustfmt::skip]
const SAYING_VERBS: &[&str] = &["say", "report", "announce", "confirm", "tell", "share", "note"];
/// Words after a verb of saying that still belong to its frame.
const SAYING_TAIL: &[&str] = &["you", "everyone", "all", "that"];

/// Prepositions that open a time adverbial (`In 2020`, `By the end of 2023`).
const TIME_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "since",
    "during",
    "until",
    "through",
    "throughout",
    "at",
    "as",
];
/// Words that close a time adverbial besides a year or a month name.
const TIME_CLOSERS: &[&str] = &[
    "year", "quarter", "quarters", "half", "period", "plan", "months",
];
/// Words that may stand inside a time adverbial.
#[rustfmt::skip]
const TIME_INNER: &[&str] = &["the", "of", "end", "first", "second", "third", "fourth", "last", "this", "next", "same", "previous", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "five-year", "\"five-year", "“five-year"];

/// The number of leading words that frame what follows as said (`I'm
/// really pleased to say`, `I can tell you that`): a speaker and frame
/// words, a verb of saying and its tail, with words left after them.
fn saying_frame(words: &[&str]) -> Option<usize> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let verb = lower
        .iter()
        .position(|w| !SAYING_FRAME.contains(&w.as_str()))?;
    let speaker = lower
        .first()
        .is_some_and(|w| ["i", "we", "i'm", "i’m", "we're", "we’re", "let"].contains(&w.as_str()));
    if !speaker || !SAYING_VERBS.contains(&lower[verb].as_str()) {
        return None;
    }
    let tail = (lower[verb + 1..].iter())
        .take_while(|w| SAYING_TAIL.contains(&w.as_str()))
        .count();
    let end = verb + 1 + tail;
    (end < words.len()).then_some(end)
}

/// The number of leading words that form a time adverbial without its
/// comma: a preposition, then only time words up to a year, a month or a
/// unit of time (`In 2020`, `By the end of June`, `During the 14th
/// Five-Year Plan period`, `In the first three quarters of 2024`).
fn time_adverbial(words: &[&str]) -> Option<usize> {
    let first = words.first()?.to_lowercase();
    let bare = |w: &str| {
        w.trim_matches(['"', '“', '”', ',', ';', ':'])
            .to_lowercase()
    };
    let closes = |w: &str| {
        let w = bare(w);
        let year = w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"));
        let month =
            crate::dates::month_number(&capitalized(w.trim_start_matches("end-"))).is_some();
        year || month || TIME_CLOSERS.contains(&w.as_str())
    };
    let inner = |w: &str| {
        let w = bare(w);
        let ordinal = w.ends_with("th") && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit());
        TIME_INNER.contains(&w.as_str()) || ordinal
    };
    // `2020 seed exports`, once `In` has gone as a link word.
    if !TIME_PREPOSITIONS.contains(&first.as_str()) {
        return (closes(&first) && first.bytes().all(|b| b.is_ascii_digit()) && words.len() > 1)
            .then_some(1);
    }
    let mut end = None;
    for (idx, word) in words.iter().enumerate().skip(1).take(8) {
        if closes(word) {
            end = Some(idx + 1);
        } else if !inner(word) {
            break;
        }
    }
    // Something must be left for the subject.
    end.filter(|n| *n < words.len())
}

/// `june` → `June`, for the month names the date reader knows.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// Removes the clause's leading words that are not its subject.
pub fn drop_clause_lead(words: &mut Vec<&str>) {
    loop {
        // `morning all - entries for the prize`, `Update — new filings`: a
        // greeting or tag set off by a spaced dash opens no subject.
        let dash = (words.iter().take(MAX_WORDS_BEFORE_DASH + 1))
            .position(|w| matches!(*w, "-" | "–" | "—"));
        if let Some(dash) = dash.filter(|&d| d + 1 < words.len()) {
            words.drain(..=dash);
            continue;
        }
        if let Some(n) = time_adverbial(words).or_else(|| saying_frame(words)) {
            words.drain(..n);
            continue;
        }
        let lower: Vec<String> = words.iter().take(2).map(|w| w.to_lowercase()).collect();
        let first = lower.first().map_or("", String::as_str);
        let second = lower.get(1).map_or("", String::as_str);
        let second = second.trim_end_matches([',', 's']);
        let dated = is_date_word(first) && words.len() > 1;
        if dated
            || LIST_MARKERS.contains(&first)
            || (is_item_marker(first) && words.len() > 1)
            || NOW_WORDS.contains(&first.trim_end_matches(','))
        {
            words.remove(0);
        } else if (TIME_OPENERS.contains(&first) && TIME_WORDS.contains(&second))
            || (first == "so" && second == "far")
        {
            words.drain(..2);
        } else if POSSESSIVES.contains(&first) && words.len() > 1 {
            words.remove(0);
        } else if PRONOUNS.contains(&first) {
            // The object starts at the first determiner: `we will raise
            // the number of centres in the province` counts centres.
            let object = words
                .iter()
                .position(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
            match object {
                Some(pos) if pos + 1 < words.len() => {
                    words.drain(..=pos);
                }
                // `we expect licensing revenue of`, `we want ARR of`: with
                // no determiner, the object follows the verb group.
                _ => {
                    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
                    let mut verb =
                        (1..words.len()).find(|&i| !AUXILIARIES.contains(&lower[i].as_str()));
                    // `we aim to close`: a verb and its infinitive are one group.
                    while let Some(v) =
                        verb.filter(|&v| lower.get(v + 1).is_some_and(|w| w == "to"))
                    {
                        verb = Some(v + 2);
                    }
                    // `they settled most of them`: an object of pronouns names nothing.
                    let names = |from: usize| {
                        lower[from..]
                            .iter()
                            .any(|w| !PRONOUN_OBJECTS.contains(&w.as_str()))
                    };
                    match verb {
                        Some(verb) if verb + 1 < words.len() && names(verb + 1) => {
                            words.drain(..=verb);
                        }
                        _ => words.clear(),
                    }
                }
            }
        } else if let Some(at) = causative_object(words) {
            // `the province will strive to make the annual amount of
            // pledge financing exceed`: what is made to reach the figure.
            words.drain(..at);
        } else {
            return;
        }
    }
}

/// Where the object of a causative verb starts (`… strive to make the
/// annual amount …`, `help the share of …`), when one comes before the end.
fn causative_object(words: &[&str]) -> Option<usize> {
    let verb = (words.iter()).position(|w| matches!(*w, "make" | "makes" | "making" | "help"))?;
    let object = verb + 1;
    let determined =
        (words.get(object)).is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
    (verb > 0 && determined && object + 1 < words.len()).then_some(object)
}

/// `(1)`, `2)`, `(b)`, `iv)`: the marker of an enumerated item.
fn is_item_marker(word: &str) -> bool {
    word.strip_suffix(')')
        .map(|inner| inner.strip_prefix('(').unwrap_or(inner))
        .is_some_and(super::text::is_item_marker)
}

/// `2023-12-31`, `31/12/2023`, `2024`, `2026:`: a word that is a date with
/// its year, as a dated line opens with.
fn is_date_word(word: &str) -> bool {
    let word = word.trim_end_matches([':', ',']);
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    let digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    let year = parts.iter().any(|p| is_year(p));
    digits && year && parts.len() <= 3
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
    fn a_frame_of_saying_goes() {
        assert_eq!(
            lead("I'm really pleased to say the registry"),
            "the registry"
        );
        assert_eq!(
            lead("I can tell you that the mediation panel"),
            "the mediation panel"
        );
        assert_eq!(
            lead("We're proud to report our examining corps"),
            "examining corps"
        );
        assert_eq!(lead("Let me share the backlog"), "the backlog");
        // A frame without a speaker, or without a verb of saying, stays.
        assert_eq!(
            lead("I'm really pleased with the registry"),
            "I'm really pleased with the registry"
        );
        assert_eq!(
            lead("Pleased to say the registry"),
            "Pleased to say the registry"
        );
    }

    #[test]
    fn markers_time_words_pronouns_and_possessives_go() {
        assert_eq!(lead("- Seed exports"), "Seed exports");
        assert_eq!(lead("2) seed loans"), "seed loans");
        assert_eq!(lead("(iii) seed loans"), "seed loans");
        assert_eq!(lead("(b) seed loans"), "seed loans");
        assert_eq!(lead("(2024) seed loans"), "(2024) seed loans");
        assert_eq!(
            lead("Last year the average wait for permits"),
            "the average wait for permits"
        );
        assert_eq!(lead("So far, seed farms"), "seed farms");
        assert_eq!(
            lead("2023-12-31 Pre-examinations completed"),
            "Pre-examinations completed"
        );
        assert_eq!(lead("14/02/2025 Entries received"), "Entries received");
        assert_eq!(lead("2024: Patent grants"), "Patent grants");
        assert_eq!(lead("12 seed farms"), "12 seed farms");
        assert_eq!(lead("We aim to keep the average wait"), "average wait");
        assert_eq!(lead("Their satisfaction score"), "satisfaction score");
        assert_eq!(lead("they said"), "");
        assert_eq!(lead("we have trained"), "");
        assert_eq!(lead("we expect licensing revenue"), "licensing revenue");
        assert_eq!(lead("we will also want ARR"), "ARR");
        assert_eq!(lead("We aim to close"), "");
        assert_eq!(lead("they settled most of them"), "");
        assert_eq!(lead("seed exports last year"), "seed exports last year");
        assert_eq!(
            lead("In 2020 seed pledge financing"),
            "seed pledge financing"
        );
        assert_eq!(
            lead("By the end of June the stock of seed patents"),
            "the stock of seed patents"
        );
        assert_eq!(
            lead("During the 14th Five-Year Plan period the province"),
            "the province"
        );
        assert_eq!(lead("In seed farms"), "In seed farms");
        assert_eq!(lead("In 2020"), "In 2020");
        assert_eq!(lead("2020 seed exports"), "seed exports");
        assert_eq!(
            lead("we will raise the number of seed banks in the province"),
            "number of seed banks in the province"
        );
    }
}
