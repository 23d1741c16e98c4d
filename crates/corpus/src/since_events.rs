//! Years that date an event, not a figure: "the highest number since the
//! Office opened in 1998", "the most since records began in 1990", "the
//! lowest since 2009". Such a year says how long a record has stood or when
//! a body began; a figure of the sentence never takes it as its period.
//!
//! Invariant: only a period right after `since` and a verb of beginning
//! (`opened`, `began`, `was founded` …, with at most a few words between),
//! or one after `since` that a superlative shortly before qualifies, is
//! read as an event's; `since 2021` alone stays an open range a figure may
//! be counted over ("5,000 patents granted since 2021").

use super::periods::Period;

/// Verbs that say something began, and so date an event.
#[rustfmt::skip]
const BEGINNINGS: &[&str] = &["opened", "began", "begun", "started", "founded", "established", "set up", "created", "launched", "introduced", "came into force", "took effect", "was formed", "were first kept", "first opened"];

/// Words that make a figure a record, measured against the years since.
#[rustfmt::skip]
const SUPERLATIVES: &[&str] = &["highest", "lowest", "largest", "smallest", "most", "fewest", "least", "best", "worst", "biggest", "strongest", "weakest", "busiest", "quietest", "first time"];

/// The most words between `since` and the period.
const MAX_GAP_WORDS: usize = 6;
/// The most words between a superlative and `since`.
const MAX_SUPERLATIVE_WORDS: usize = 5;

/// Whether `period` of `sentence` dates an event of a `since` clause (see
/// the module doc).
pub fn dates_an_event(sentence: &str, period: &Period) -> bool {
    // `since 2009` may be the period's own words.
    let own = sentence[period.span.clone()].to_ascii_lowercase();
    let end = period.span.start
        + if own.starts_with("since ") {
            "since ".len()
        } else {
            0
        };
    let before = sentence[..end].to_ascii_lowercase();
    let Some(since) = before.rfind("since ") else {
        return false;
    };
    if since > 0 && before.as_bytes()[since - 1].is_ascii_alphanumeric() {
        return false;
    }
    let gap = &before[since + "since ".len()..];
    if gap.split_whitespace().count() > MAX_GAP_WORDS || gap.contains([',', ';']) {
        return false;
    }
    let gap = gap.trim_end();
    let gap = gap
        .strip_suffix(" in")
        .or_else(|| gap.strip_suffix(" on"))
        .unwrap_or(gap);
    let began = BEGINNINGS.iter().any(|verb| gap.ends_with(verb));
    let head: Vec<&str> = before[..since].split_whitespace().collect();
    let near = &head[head.len().saturating_sub(MAX_SUPERLATIVE_WORDS)..];
    let record = (near.join(" ").split([',', ';']).next_back())
        .is_some_and(|clause| SUPERLATIVES.iter().any(|s| clause.contains(s)));
    began || record
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::periods::find_periods;

    /// The periods of `sentence` that date an event.
    fn events(sentence: &str) -> Vec<String> {
        (find_periods(sentence, None).into_iter())
            .filter(|p| dates_an_event(sentence, p))
            .map(|p| sentence[p.span].to_string())
            .collect()
    }

    #[test]
    fn a_beginning_or_a_record_since_a_year_dates_no_figure() {
        assert_eq!(
            events("We received 1,284 applications in 2025, the highest number since the Office opened in 1998, and granted 911."),
            ["1998"]
        );
        assert_eq!(
            events("Oppositions fell to 212, the lowest since 2009."),
            ["since 2009"]
        );
        assert_eq!(
            events("It is the busiest year since records began in 1961."),
            ["1961"]
        );
    }

    #[test]
    fn an_open_range_since_a_year_stays_a_figure_period() {
        assert!(events("Since 2021 the office has granted 5,000 patents.").is_empty());
        assert!(events("We have trained 640 examiners since 2019.").is_empty());
        assert!(events("Filings have risen by 12% since March 2024, to 9,100.").is_empty());
    }
}
