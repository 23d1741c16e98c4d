//! Years named by their financial or academic form: `FY2024`, `FY 2024`,
//! `FY24` (the year named), and a year split over two calendar years,
//! `FY2024/25`, `FY24-25`, `2024/25`, `2025-26` (both years, `2024/2025`,
//! since its months are not stated).
//!
//! Invariant: a bare split year is two years in a row, the second written
//! with two digits (`2024/25`); a range (`2016-2020`), a date (`2024-05-12`)
//! or a reference number (`Recommendation 2003/361`) is none.

use super::dates::Period;

/// A financial year by its abbreviation (`FY2024`, `FY 2024`, `FY24`):
/// the year it is named by, `2024`; a year split over two calendar years
/// (`FY2024/25`, `FY24-25`) is both, `2024/2025`, since its months are not
/// stated.
pub fn financial_year_periods(sentence: &str, out: &mut Vec<Period>) {
    let bytes = sentence.as_bytes();
    for (pos, _) in sentence.match_indices("FY") {
        if pos > 0 && bytes[pos - 1].is_ascii_alphanumeric() {
            continue;
        }
        let at = pos + 2 + usize::from(bytes.get(pos + 2) == Some(&b' '));
        let digits = |from: usize| {
            (sentence.get(from..).unwrap_or(""))
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count()
        };
        let named = match digits(at) {
            4 => sentence[at..at + 4].parse::<u16>().ok(),
            2 => sentence[at..at + 2].parse::<u16>().ok().map(|y| 2000 + y),
            _ => None,
        };
        let Some(year) = named.filter(|y| (1900..=2100).contains(y)) else {
            continue;
        };
        let mut end = at + digits(at);
        let mut iso = year.to_string();
        // `FY2024/25`: from the year it starts in to the one it ends in.
        if matches!(bytes.get(end), Some(b'/' | b'-')) && digits(end + 1) == 2 {
            let ends = year / 100 * 100 + sentence[end + 1..end + 3].parse::<u16>().unwrap_or(0);
            let ends = if ends < year { ends + 100 } else { ends };
            if ends > year {
                iso = format!("{year}/{ends}");
            }
            end += 3;
        }
        out.push(Period {
            span: pos..end,
            iso,
        });
    }
}

/// `Research income reached £18.7m in 2024/25`, `the budget for 2025-26`:
/// a year split over two calendar years without `FY`, `2024/2025`. The second
/// part must be the next year in two digits, standing alone.
pub fn split_year_periods(sentence: &str, out: &mut Vec<Period>) {
    let bytes = sentence.as_bytes();
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    for (pos, _) in sentence.match_indices(['/', '-', '–']) {
        let sep = sentence[pos..].chars().next().map_or(1, char::len_utf8);
        let Some(start) = pos.checked_sub(4) else {
            continue;
        };
        let first = (sentence.get(start..pos)).and_then(|y| {
            (y.bytes().all(|b| b.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20")))
                .then(|| y.parse::<u16>().ok())
                .flatten()
        });
        let (Some(year), true) = (first, !digit(start.wrapping_sub(1)) || start == 0) else {
            continue;
        };
        let end = pos + sep + 2;
        let second =
            (sentence.get(pos + sep..end)).filter(|s| s.bytes().all(|b| b.is_ascii_digit()));
        let stands_alone = !digit(end)
            && !matches!(bytes.get(end), Some(b'/' | b'-'))
            && !sentence[..start].ends_with("FY")
            && !sentence[..start].ends_with("FY ");
        let next = second.and_then(|s| s.parse::<u16>().ok()) == Some((year + 1) % 100);
        if next && stands_alone {
            out.push(Period {
                span: start..end,
                iso: format!("{year}/{}", year + 1),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(sentence: &str) -> Vec<String> {
        let mut out = Vec::new();
        split_year_periods(sentence, &mut out);
        out.into_iter()
            .map(|p| format!("{} <{}>", p.iso, &sentence[p.span]))
            .collect()
    }

    #[test]
    fn a_year_split_over_two_calendar_years_is_both() {
        assert_eq!(
            split("Research income reached £18.7m in 2024/25."),
            ["2024/2025 <2024/25>"]
        );
        assert_eq!(
            split("The budget for 2025-26 was GBP 41.2mn."),
            ["2025/2026 <2025-26>"]
        );
        assert_eq!(split("Annual Review 1999/00"), ["1999/2000 <1999/00>"]);
        assert_eq!(split("in the 2023–24 season"), ["2023/2024 <2023–24>"]);
    }

    #[test]
    fn ranges_dates_and_reference_numbers_are_no_split_year() {
        assert!(split("from 2016-2020 the plan ran").is_empty());
        assert!(split("on 2004-05-12 the office opened").is_empty());
        assert!(split("Recommendation 2003/361 defines SMEs").is_empty());
        assert!(split("case 12024/25 was heard").is_empty());
        assert!(split("in 2024/26 the cycle changes").is_empty());
        assert!(split("FY2024/25 closed").is_empty());
    }
}
