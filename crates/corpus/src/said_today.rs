//! A date said as today's: a video, a podcast or a speech gives its own date
//! in its opening words rather than in a dateline (`It's the 20th of January
//! 2026, and this is our look back…`, `Today is Tuesday, 4 March 2025.`,
//! `Good morning on this 12th of May 2024`).
//!
//! Invariant: only a full date (day, month and year) right after a phrase
//! that says it is the present day counts, and only in the document's
//! first [`OPENING_BLOCKS`] blocks; a date anywhere else says when
//! something happened, not when the text was spoken.

use super::clean::Block;
use super::dates::parse_date;
use super::model::Date;

/// Blocks at the top of a document that may say today's date.
const OPENING_BLOCKS: usize = 3;
/// Phrases that present the date that follows as today's (lowercase, each
/// ending where the date may start).
const TODAY_PHRASES: &[&str] = &[
    "it's the ",
    "it’s the ",
    "it is the ",
    "it's ",
    "it’s ",
    "it is ",
    "today is the ",
    "today is ",
    "today, ",
    "today's date is ",
    "on this ",
];
/// Most characters between a phrase and the date (a weekday: `Tuesday, `).
const MAX_GAP: usize = 12;

/// Today's date as the opening blocks say it, if they do.
pub fn said_today(blocks: &[Block]) -> Option<Date> {
    blocks
        .iter()
        .take(OPENING_BLOCKS)
        .find_map(|b| in_text(&b.text))
}

fn in_text(text: &str) -> Option<Date> {
    let lower = text.to_lowercase();
    TODAY_PHRASES.iter().find_map(|phrase| {
        lower.match_indices(phrase).find_map(|(at, _)| {
            // The phrase starts a clause: `It's …`, `…, today is …`.
            let before = lower[..at].trim_end();
            if !(before.is_empty() || before.ends_with([',', '.', '!', '?', ';', ':', '—'])) {
                return None;
            }
            let start = at + phrase.len();
            // Lowercasing keeps byte offsets for the scripts a date is written in.
            let rest = text.get(start..)?;
            let (date, span) = parse_date(rest)?;
            (span.start <= MAX_GAP && date.day.is_some() && date.month.is_some()).then_some(date)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_in(text: &str) -> Option<String> {
        in_text(text).map(|d| d.iso())
    }

    #[test]
    fn a_date_said_as_today_dates_the_text() {
        assert_eq!(
            date_in("Hello, I'm Ana. It's the 3rd of February 2025, and here is our round-up."),
            Some("2025-02-03".into())
        );
        assert_eq!(
            date_in("Welcome back. Today is Tuesday, 4 March 2025."),
            Some("2025-03-04".into())
        );
        assert_eq!(
            date_in("It is May 12, 2024 and we are live."),
            Some("2024-05-12".into())
        );
    }

    #[test]
    fn a_date_of_something_else_or_without_a_year_is_not_today() {
        assert_eq!(
            date_in("The office that opened on 3 February 2001 is ours."),
            None
        );
        assert_eq!(
            date_in("It's the 3rd of February, and here is our round-up."),
            None
        );
        assert_eq!(
            date_in("Since it is 2025, the 4 March 2025 report matters."),
            None
        );
        assert_eq!(date_in("We said it's time, on 4 March 2025."), None);
    }
}
