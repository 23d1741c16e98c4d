//! Accounting periods named by their end: `the six months ended 30 June
//! 2025` (January to June 2025), `the nine months ending 30 September 2024`,
//! `the year ended 31 March 2025` (April 2024 to March 2025). Company
//! results, 10-Ks and interim reports date their figures this way.
//!
//! Invariant: only a count of months (or `year`) right before `ended` or
//! `ending` and a date with a month and a year right after it make a
//! period; the period ends with that date's month.

use super::dates::{parse_date, Period};

/// Counts of months in words.
const MONTH_COUNTS: &[(&str, u16)] = &[
    ("three", 3),
    ("six", 6),
    ("nine", 9),
    ("twelve", 12),
    ("3", 3),
    ("6", 6),
    ("9", 9),
    ("12", 12),
];

/// The periods `N months ended DATE` and `year ended DATE` of `sentence`.
pub fn ended_periods(sentence: &str, out: &mut Vec<Period>) {
    let lower = sentence.to_ascii_lowercase();
    for marker in [" ended ", " ending "] {
        for (pos, _) in lower.match_indices(marker) {
            let lead = &lower[..pos];
            let (months, start) = if let Some(rest) = lead.strip_suffix(" months") {
                let word_start = rest.rfind(' ').map_or(0, |i| i + 1);
                let Some(&(_, n)) = MONTH_COUNTS.iter().find(|(w, _)| *w == &rest[word_start..])
                else {
                    continue;
                };
                (n, word_start)
            } else if let Some(rest) = lead.strip_suffix("year") {
                let bounded = rest.is_empty() || rest.ends_with(' ');
                if !bounded {
                    continue;
                }
                (12, rest.len())
            } else {
                continue;
            };
            let after = pos + marker.len();
            let Some((date, span)) = parse_date(&sentence[after..]) else {
                continue;
            };
            let Some(month) = date.month.filter(|_| span.start == 0) else {
                continue;
            };
            let end_index = i32::from(date.year) * 12 + i32::from(month) - 1;
            let start_index = end_index - i32::from(months) + 1;
            let (first_year, first_month) = (start_index / 12, start_index % 12 + 1);
            let iso = if months == 12 && month == 12 {
                date.year.to_string()
            } else {
                format!("{first_year}-{first_month:02}/{}-{month:02}", date.year)
            };
            out.push(Period {
                span: start..after + span.end,
                iso,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn periods(sentence: &str) -> Vec<String> {
        let mut out = Vec::new();
        ended_periods(sentence, &mut out);
        out.iter()
            .map(|p| format!("{} <{}>", p.iso, &sentence[p.span.clone()]))
            .collect()
    }

    #[test]
    fn a_period_named_by_its_end() {
        assert_eq!(
            periods("Seed revenue for the six months ended 30 June 2025 rose."),
            ["2025-01/2025-06 <six months ended 30 June 2025>"]
        );
        assert_eq!(
            periods("In the year ended 31 March 2025, and the year ended December 31, 2024."),
            [
                "2024-04/2025-03 <year ended 31 March 2025>",
                "2024 <year ended December 31, 2024>"
            ]
        );
        assert_eq!(
            periods("For the nine months ending 30 September 2024, seed loans grew."),
            ["2024-01/2024-09 <nine months ending 30 September 2024>"]
        );
        assert!(periods("The contract ended 30 June 2025.").is_empty());
        assert!(periods("The five months ended in June.").is_empty());
    }
}
