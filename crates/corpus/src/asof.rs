//! As-of dates of facts: which stated period belongs to which number in a
//! sentence, and the time frame a section or speaker turn sets for the
//! enumerated points that follow it.
//!
//! Invariant: a number only gets a period that the sentence, its paragraph's
//! opener, or its turn's frame states; the start value of `from X to Y`
//! never borrows the period stated for `Y`.

use super::model::Passage;
use super::numbers::Quantity;
use super::periods::Period;

/// Words that open the next point of an enumeration, which stays in the
/// time frame the points were introduced with.
#[rustfmt::skip]
const ENUMERATION: &[&str] = &["First,", "Second,", "Third,", "Fourth,", "Fifth,", "Sixth,", "Seventh,", "Finally,", "Lastly,", "Meanwhile,", "In addition,", "Additionally,", "Moreover,", "Besides,"];

/// The period a section or speaker turn has set (`In 2020, … First, …
/// Second, …`), carried to the enumerated points that follow it.
#[derive(Debug, Default)]
pub struct Frame {
    /// Document, section and speaker the frame belongs to.
    place: Option<(u32, Option<String>, Option<String>)>,
    /// The last period a paragraph of this place opened with.
    pub period: Option<String>,
    /// The year of the last line of this place that held only a year
    /// (`2016` above `The office employs 40 staff.`), a heading for the
    /// paragraphs under it.
    pub heading: Option<String>,
    /// The period of the lead-in line above the list being read
    /// (`In 2024:`), see [`super::lead_ins`].
    pub lead_in: Option<String>,
}

/// The period bound to a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bound {
    /// The period, ISO (`2020`, `2023-12`, `2016/2020`).
    pub iso: String,
    /// True when another number of the sentence took the period first
    /// (`Agencies, of which there were 3,250 in 2020, number 4,950`): a
    /// present-tense clause is as of its own time, not that one.
    pub shared: bool,
    /// Bytes of the period phrase in the sentence.
    pub span: std::ops::Range<usize>,
}

/// True when the period sits in an aside set off by commas before the
/// number (`Renewals, which made up a third in 2016, account for 97.2%`,
/// `Renewals, a third of the total in 2016, account for`): it dates the
/// aside, not the clause that states the number. An opener (`In 2016,
/// renewals …`) is no aside.
pub fn in_aside(sentence: &str, period: &std::ops::Range<usize>, number: usize) -> bool {
    period.end <= number
        && sentence[..period.start].contains(", ")
        && sentence[period.end..number].contains(',')
}

/// True for the start value of `from X to Y`: the period the sentence states
/// belongs to `Y`, so `X` only gets a period stated right after it. The
/// `to` follows in the same phrase: `from 1,176 licensees and paid out 131.9
/// million euros to its 37 licensors` is a source, then another clause.
pub fn is_from_side(sentence: &str, q: &Quantity) -> bool {
    let before = sentence[..q.span.start].trim_end();
    let after = &sentence[q.span.end..];
    before.ends_with(" from")
        && after.split_once(" to ").is_some_and(|(between, _)| {
            !between.contains(" and ") && between.split_whitespace().count() <= MAX_FROM_TO_WORDS
        })
}

/// The most words between the start value of `from X to Y` and its `to`
/// (`from 4,812 cases in 2023 to`).
const MAX_FROM_TO_WORDS: usize = 8;

/// The period of each quantity: a phrase shortly after it in the same clause
/// (`690,000 at the end of 2020`, `one million … by 2025`, `5.2 billion
/// yuan (about $730 million) last year`) binds to it; other
/// quantities take the nearest free phrase before them, else the nearest
/// phrase before them at all.
pub fn bind_periods(
    sentence: &str,
    quantities: &[Quantity],
    periods: &[Period],
) -> Vec<Option<Bound>> {
    if let Some(paired) = respectively(sentence, quantities, periods) {
        return paired;
    }
    let mut taken = vec![false; periods.len()];
    let mut out: Vec<Option<Bound>> = vec![None; quantities.len()];
    for (qi, q) in quantities.iter().enumerate() {
        if let Some(base) = bracketed_after_period(sentence, q) {
            out[qi] = Some(base);
            continue;
        }
        // `5.2 billion yuan (about $730 million) last year`: the period
        // after a bracketed conversion is the amount's.
        let converted = quantities
            .get(qi + 1)
            .filter(|n| sentence[q.span.end..n.span.start].trim() == "(")
            .and_then(|n| {
                let close = sentence[n.span.end..].find(')')?;
                sentence[n.span.end..n.span.end + close]
                    .trim()
                    .is_empty()
                    .then_some(n.span.end + close + 1)
            });
        let (end, skip) = converted.map_or((q.span.end, 1), |end| (end, 2));
        let next_q = quantities
            .get(qi + skip)
            .map_or(sentence.len(), |n| n.span.start);
        let right_after = periods.iter().position(|p| {
            let gap = &sentence[end.min(p.span.start)..p.span.start];
            // `filed in the corresponding period of 2024`: the words
            // naming the part of the year are the period's own.
            let part = [
                "the same period",
                "the corresponding period",
                "the comparable period",
            ]
            .iter()
            .find_map(|w| {
                let g = gap.trim_end();
                let g = g.strip_suffix(" of").or_else(|| g.strip_suffix(" in"))?;
                g.strip_suffix(w)
            })
            .unwrap_or(gap);
            p.span.start >= end
                && p.span.start < next_q
                && part.split_whitespace().count() <= 6
                && !gap.contains(", ")
                && !gap.contains(';')
                && (!gap.contains('(') || dates_in_brackets(sentence, gap, p))
                && !compares_with(gap)
        });
        if let Some(pi) = right_after.filter(|pi| !taken[*pi]) {
            taken[pi] = true;
            out[qi] = Some(Bound {
                iso: periods[pi].iso.clone(),
                shared: false,
                span: periods[pi].span.clone(),
            });
        }
    }
    for (qi, q) in quantities.iter().enumerate() {
        if out[qi].is_some() || is_from_side(sentence, q) {
            continue;
        }
        // `61,300 (2022: 54,600), up 12.3%`: a period in brackets that
        // close before the number belongs to the bracket only.
        let before = |pi: &usize| {
            let span = &periods[*pi].span;
            // `Spent in this period (August 2025): A£ 288,000`: a bracket
            // that holds nothing but a period dates the label it closes.
            let only_a_period =
                sentence[..span.start].ends_with('(') && sentence[span.end..].starts_with(')');
            span.end <= q.span.start
                && (only_a_period || !in_closed_brackets(sentence, span.start, q.span.start))
        };
        let free = (0..periods.len()).filter(|pi| !taken[*pi]).rfind(before);
        // `accepted 1,842 in 2025, against 1,507 in 2024, and concluded
        // 1,796`: the period of a value compared with is no period the
        // sentence goes on in.
        let of_base = |pi: usize| {
            (0..qi).any(|other| {
                out[other]
                    .as_ref()
                    .is_some_and(|b| b.span == periods[pi].span)
                    && is_compared_value(sentence, &quantities[other])
            })
        };
        let any = (0..periods.len()).filter(|pi| !of_base(*pi)).rfind(before);
        // `cover of 2.3 billion yuan to 640 enterprises in 2024`: with no
        // period before it, a number shares the one that ends its clause
        // (`15 patents per 10,000 people as the goal for 2027`: a comma
        // inside a number ends nothing).
        let between = |from: usize, to: usize| &sentence[from..to];
        let later = || {
            (0..periods.len()).find(|pi| {
                let span = &periods[*pi].span;
                span.start >= q.span.end
                    && !between(q.span.end, span.start).contains([';', '(', ')'])
                    && !between(q.span.end, span.start).contains(", ")
                    && !than_compared(between(q.span.end, span.start))
            })
        };
        out[qi] = match free {
            Some(pi) => Some((pi, false)),
            None => any
                .map(|pi| (pi, true))
                .or_else(|| later().map(|pi| (pi, false))),
        }
        .map(|(pi, shared)| Bound {
            iso: periods[pi].iso.clone(),
            shared,
            span: periods[pi].span.clone(),
        });
    }
    out
}

/// `7.9% more than in September 2024 (6,007)`, `up from 2023 (1,200)`: a
/// number alone in a bracket right after a period is that period's value,
/// even when the sentence only compares with the period (such a base is
/// no period of the sentence, see [`super::periods`]).
fn bracketed_after_period(sentence: &str, q: &Quantity) -> Option<Bound> {
    let lead = sentence[..q.span.start].trim_end().strip_suffix('(')?;
    let inside = &sentence[q.span.end..];
    let close = inside.find(')')?;
    let unit_only = inside[..close].split_whitespace().count() <= 2
        && inside[..close]
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ');
    if !unit_only {
        return None;
    }
    let lead = lead.trim_end();
    let end = lead.len();
    // The period that ends right where the bracket opens, read from as
    // few words back as make it whole (`2024`, `September 2024`).
    let mut starts: Vec<usize> = lead.match_indices(' ').map(|(i, _)| i + 1).collect();
    starts.insert(0, 0);
    let from = starts.len().saturating_sub(4);
    let dated = starts[from..].iter().find_map(|&start| {
        let (date, range) = super::dates::parse_date(&lead[start..])?;
        (start + range.end == end).then(|| (start + range.start, date.iso()))
    });
    let year = || {
        let start = starts.last().copied().unwrap_or(0);
        let word = &lead[start..];
        let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
        (year && (word.starts_with("19") || word.starts_with("20"))).then(|| (start, word.into()))
    };
    let (start, iso) = dated.or_else(year)?;
    Some(Bound {
        iso,
        shared: false,
        span: start..end,
    })
}

/// `In 2023 and 2024 the office granted 4,100 and 4,650 design rights
/// respectively`: as many periods as numbers, all on one side of them, in
/// a sentence that says `respectively`, pair in order.
fn respectively(
    sentence: &str,
    quantities: &[Quantity],
    periods: &[Period],
) -> Option<Vec<Option<Bound>>> {
    let lower = sentence.to_ascii_lowercase();
    if !lower.contains("respectively") || quantities.len() < 2 || periods.len() != quantities.len()
    {
        return None;
    }
    let first = quantities.first()?.span.start;
    let last = quantities.last()?.span.end;
    let before = periods.iter().all(|p| p.span.end <= first);
    let after = periods.iter().all(|p| p.span.start >= last);
    (before || after).then(|| {
        (periods.iter())
            .map(|p| {
                Some(Bound {
                    iso: p.iso.clone(),
                    shared: false,
                    span: p.span.clone(),
                })
            })
            .collect()
    })
}

/// True for a value a figure is compared with: `against 1,507`, `up from
/// 298,000`, `compared with 33 percent` (but not `more than 41`, which
/// only rounds).
fn is_compared_value(sentence: &str, q: &Quantity) -> bool {
    let before = sentence[..q.span.start].trim_end().to_ascii_lowercase();
    let last = before.rsplit(' ').next().unwrap_or("");
    matches!(last, "against" | "from" | "versus" | "vs" | "vs.")
        || before.ends_with("compared with")
        || before.ends_with("compared to")
}

/// `14% more than a year earlier`, `up 9% on 2023`, `a rise of 5% over
/// last year`: a gap that ends in a word of comparison makes the period
/// after it the base compared with, not the number's own.
fn compares_with(gap: &str) -> bool {
    let last = gap.split_whitespace().next_back().unwrap_or("");
    let compared = matches!(
        last.to_ascii_lowercase().as_str(),
        "on" | "over" | "against" | "versus" | "vs" | "vs."
    );
    compared || than_compared(gap)
}

/// `more than a year earlier`, `9.4% more money than the autumn run of
/// 2024`: a `than`, with at most the thing compared between it and the
/// period (`on 31 October` dates a stock, so only `than` reaches past
/// such words).
fn than_compared(gap: &str) -> bool {
    let words: Vec<String> = gap
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let Some(at) = words.iter().rposition(|w| w == "than") else {
        return false;
    };
    let rest = &words[at + 1..];
    rest.is_empty()
        || rest.len() <= MAX_COMPARED_WORDS
            && rest
                .last()
                .is_some_and(|w| matches!(w.as_str(), "of" | "in" | "for"))
            && rest.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// The most words of the thing compared between `than` and its period.
const MAX_COMPARED_WORDS: usize = 5;

/// True for a period that is all a bracket right after a number holds, but
/// for a few lead words: `2,508 (end of 2024)`, `1.2 million (as of June
/// 2024)`, `85 (2022)`, `26.7 billion yuan (full year 2024)`. A bracket
/// that holds more (`61,300 (2022: 54,600)`) dates its own contents only.
fn dates_in_brackets(sentence: &str, gap: &str, period: &Period) -> bool {
    let Some(lead) = gap.trim_start().strip_prefix('(') else {
        return false;
    };
    !lead.contains(['(', ')'])
        && lead.split_whitespace().count() <= 3
        && !lead.contains(|c: char| c.is_ascii_digit())
        && sentence[period.span.end..].trim_start().starts_with(')')
}

/// True when `at` sits inside brackets that close before `until`.
fn in_closed_brackets(sentence: &str, at: usize, until: usize) -> bool {
    let open = sentence[..at].rfind('(');
    let closed_before_at = sentence[..at].rfind(')');
    let inside = open.is_some_and(|o| closed_before_at.is_none_or(|c| c < o));
    inside && sentence[at..until].contains(')')
}

impl Frame {
    /// Starts a new frame when the passage is in another section or turn.
    pub fn enter(&mut self, passage: &Passage) {
        let place = Some((
            passage.doc,
            passage.section.clone(),
            passage.speaker.clone(),
        ));
        if self.place != place {
            *self = Frame {
                place,
                ..Frame::default()
            };
        }
    }

    /// The period a paragraph inherits: the frame's, for an enumerated point.
    pub fn carried(&self, paragraph: &str) -> Option<String> {
        let enumerated = ENUMERATION.iter().any(|w| paragraph.starts_with(w));
        self.period.clone().filter(|_| enumerated)
    }
}

#[cfg(test)]
mod tests {
    use super::{bind_periods, compares_with, than_compared};
    use crate::numbers::find_quantities;
    use crate::periods::find_periods;

    /// Each number of `sentence` with the period bound to it.
    fn bound(sentence: &str) -> Vec<(String, Option<String>)> {
        let quantities = find_quantities(sentence);
        let periods = find_periods(sentence, None);
        let bounds = bind_periods(sentence, &quantities, &periods);
        (quantities.iter().zip(bounds))
            .map(|(q, b)| (sentence[q.span.clone()].to_string(), b.map(|b| b.iso)))
            .collect()
    }

    #[test]
    fn a_number_alone_in_brackets_after_a_compared_period_is_that_periods() {
        let both = |a: &str, b: &str| vec![(a.to_string(), Some(b.to_string()))];
        assert_eq!(
            bound("In March 2025 it lodged 812 claims, 4.0% fewer than in March 2024 (846).")[2],
            both("846", "2024-03")[0]
        );
        assert_eq!(
            bound("Designs rose 9% on 2022 (1,310 designs) to 1,428 in 2023.")[1],
            both("1,310", "2022")[0]
        );
        // A bracket that holds more than a value dates its own contents.
        assert_eq!(
            bound("Fees reached 3.1 million in 2024 (2023: 2.8 million).")[1],
            both("2.8 million", "2023")[0]
        );
        // A conversion in brackets is no value of the period before it.
        assert_eq!(
            bound("It raised 5.2 billion yuan in 2024 (about $730 million).")[1].1,
            Some("2024".to_string())
        );
    }

    #[test]
    fn a_period_after_than_and_the_thing_compared_is_the_base() {
        assert!(compares_with(" more income than the spring round of "));
        assert!(compares_with(" higher than in "));
        assert!(compares_with(" on "));
        assert!(!compares_with(" on demand in "));
        assert!(!compares_with(" more than 40 works in "));
        assert!(!compares_with(""));
        assert!(than_compared(" fewer than "));
        assert!(!than_compared(" on "));
    }
}
