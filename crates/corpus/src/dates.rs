//! Calendar dates in running text: `April 25, 2021`, `Jul 03,2024`,
//! `2023-04-19`, `25 April 2021`, `Nov. 30`, `March 2024`. Used for datelines,
//! for inferring a date from the text, and to keep calendar days out of facts.
//!
//! Invariant: every returned range lies on token boundaries of the input and
//! every returned date is valid (month 1–12, day 1–31, year 1900–2100).

use super::model::Date;

/// A date or period phrase and where it stands in the sentence (found by
/// [`super::periods`], [`super::ago`] and [`super::split_years`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// Bytes of the phrase in the sentence.
    pub span: std::ops::Range<usize>,
    /// ISO date (`2023`, `2023-12`, `2021-04-25`) or interval (`2016/2020`, `2021/..`).
    pub iso: String,
}

/// An alphanumeric run of the text and where it is.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// The first full or partial date (with a year) in `text`, and its byte range.
pub fn parse_date(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    parse_date_in_order(text, None)
}

/// Which number of an all-numeric date (`05/09/2025`) is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// `05/09/2025` is 5 September (as `28/02/2030` shows).
    DayFirst,
    /// `05/09/2025` is May 9 (as `02/28/2030` shows).
    MonthFirst,
}

/// As [`parse_date`], reading an all-numeric date whose day could be a
/// month (`05/09/2025`) in the document's `order`, when it has one.
pub fn parse_date_in_order(
    text: &str,
    order: Option<DayOrder>,
) -> Option<(Date, std::ops::Range<usize>)> {
    let tokens = tokens(text);
    (0..tokens.len()).find_map(|idx| date_at(text, &tokens, idx, order))
}

/// The order a document writes all-numeric dates in, from those whose day
/// cannot be a month (`28/02/2030`, `20/10/2025`): `None` when it has none
/// or both kinds.
pub fn day_order<'a>(texts: impl Iterator<Item = &'a str>) -> Option<DayOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for text in texts {
        let tokens = tokens(text);
        for idx in 0..tokens.len() {
            if let Some((a, b)) = numeric_parts(text, &tokens, idx) {
                day_first |= a > 12 && b <= 12;
                month_first |= b > 12 && a <= 12;
            }
        }
    }
    match (day_first, month_first) {
        (true, false) => Some(DayOrder::DayFirst),
        (false, true) => Some(DayOrder::MonthFirst),
        _ => None,
    }
}

/// Every month-and-day mention (`March 30`, `Nov. 30`, `30 March`), with or
/// without a year, and day ranges such as `April 20 to 26`: the calendar
/// spans that are never quantities. Returns (month, day, byte range).
pub fn calendar_spans(text: &str) -> Vec<(u8, u8, std::ops::Range<usize>)> {
    let tokens = tokens(text);
    let mut out = Vec::new();
    let mut idx = 0;
    while idx < tokens.len() {
        let Some((month, day, last)) = month_day_at(text, &tokens, idx) else {
            idx += 1;
            continue;
        };
        let mut end = last;
        // A year, or a second day after `to`/`-`, belongs to the same span.
        if let Some(next) = tokens.get(end + 1) {
            if year_value(next.text).is_some() && gap(text, &tokens[end], next).trim() == "," {
                end += 1;
            }
        }
        if let (Some(link), Some(day2)) = (tokens.get(end + 1), tokens.get(end + 2)) {
            if link.text == "to" && day_value(day2.text).is_some() {
                end += 2;
            }
        }
        if let Some(next) = tokens.get(end + 1) {
            if matches!(gap(text, &tokens[end], next), "-" | "–") && day_value(next.text).is_some()
            {
                end += 1;
            }
        }
        out.push((month, day, tokens[idx].start..tokens[end].end));
        idx = end + 1;
    }
    out
}

/// Four-digit years (1900–2100) standing alone in `text`, not part of a range
/// like `2021-2035`, with their byte ranges.
pub fn years(text: &str) -> Vec<(u16, std::ops::Range<usize>)> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for (idx, tok) in toks.iter().enumerate() {
        let Some(year) = year_value(tok.text) else {
            continue;
        };
        let before = idx.checked_sub(1).map(|p| gap(text, &toks[p], tok));
        let after = toks.get(idx + 1).map(|n| gap(text, tok, n));
        let in_range = [before, after]
            .iter()
            .any(|g| matches!(g, Some("-" | "–" | "/")));
        if !in_range {
            out.push((year, tok.start..tok.end));
        }
    }
    out
}

/// The English month names, lowercase, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `1987`, `2024`: a four-digit year of the last two centuries, alone.
pub fn is_year(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text.starts_with("19") || text.starts_with("20"))
}

/// The month number of an English month name or its abbreviation.
pub fn month_number(word: &str) -> Option<u8> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() < 3 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let idx = MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() <= 4 && m.starts_with(lower.as_str())))?;
    Some(idx as u8 + 1)
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (idx, ch) in text.char_indices().chain([(text.len(), ' ')]) {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(idx),
            (false, Some(s)) => {
                out.push(Token {
                    text: &text[s..idx],
                    start: s,
                    end: idx,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn gap<'a>(text: &'a str, left: &Token, right: &Token) -> &'a str {
    &text[left.end..right.start]
}

fn year_value(word: &str) -> Option<u16> {
    let year: u16 = (word.len() == 4).then(|| word.parse().ok())??;
    (1900..=2100).contains(&year).then_some(year)
}

fn day_value(word: &str) -> Option<u8> {
    // `20th`, `3rd`: a day said as an ordinal.
    let word = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
        .unwrap_or(word);
    let day: u8 = (word.len() <= 2).then(|| word.parse().ok())??;
    (1..=31).contains(&day).then_some(day)
}

/// `Month D` or `D Month` starting at token `idx`: (month, day, last token).
/// The month and day stand a space (or `. `) apart, and a day is never the
/// head of a grouped number (`By the end of September, 1,840 firms`).
fn month_day_at(text: &str, tokens: &[Token], idx: usize) -> Option<(u8, u8, usize)> {
    let first = tokens[idx];
    let second = tokens.get(idx + 1)?;
    let spaced = matches!(gap(text, &first, second), " " | ". " | "." | "\u{a0}");
    let grouped = |day: &Token| {
        let rest = &text.as_bytes()[day.end..];
        matches!(rest.first(), Some(b',' | b'.'))
            && rest.len() >= 4
            && rest[1..4].iter().all(u8::is_ascii_digit)
            && !rest.get(4).is_some_and(u8::is_ascii_digit)
    };
    if !spaced {
        return None;
    }
    if let Some(month) = month_number(first.text) {
        return day_value(second.text)
            .filter(|_| !grouped(second))
            .map(|day| (month, day, idx + 1));
    }
    let day = day_value(first.text)?;
    if second.text.eq_ignore_ascii_case("of") {
        // `the 20th of January`.
        let third = tokens.get(idx + 2)?;
        return (gap(text, second, third) == " ")
            .then(|| month_number(third.text))?
            .map(|month| (month, day, idx + 2));
    }
    month_number(second.text).map(|month| (month, day, idx + 1))
}

fn date_at(
    text: &str,
    tokens: &[Token],
    idx: usize,
    order: Option<DayOrder>,
) -> Option<(Date, std::ops::Range<usize>)> {
    let tok = tokens[idx];
    let start = tok.start;
    if let Some(year) = year_value(tok.text) {
        // ISO-like: 2023-04-19, 2024/07/03, 2023-04.
        let month_tok = tokens.get(idx + 1)?;
        let sep = gap(text, &tok, month_tok);
        let month: u8 = month_tok
            .text
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?;
        if !matches!(sep, "-" | "/" | ".") || month_tok.text.len() > 2 {
            return None;
        }
        let day = tokens
            .get(idx + 2)
            .filter(|d| gap(text, month_tok, d) == sep)
            .and_then(|d| day_value(d.text).map(|v| (v, d.end)));
        let end = day.map_or(month_tok.end, |(_, end)| end);
        let date = Date {
            year,
            month: Some(month),
            day: day.map(|(v, _)| v),
        };
        return Some((date, start..end));
    }
    if let Some(found) = numeric_date_at(text, tokens, idx, order) {
        return Some(found);
    }
    if let Some((month, day, last)) = month_day_at(text, tokens, idx) {
        let year_tok = tokens.get(last + 1)?;
        let sep = gap(text, &tokens[last], year_tok).trim();
        let year = year_value(year_tok.text).filter(|_| sep.is_empty() || sep == ",")?;
        let date = Date {
            year,
            month: Some(month),
            day: Some(day),
        };
        return Some((date, start..year_tok.end));
    }
    let month = month_number(tok.text)?;
    let year_tok = tokens.get(idx + 1)?;
    let year = year_value(year_tok.text).filter(|_| gap(text, &tok, year_tok).trim().is_empty())?;
    Some((
        Date {
            year,
            month: Some(month),
            day: None,
        },
        start..year_tok.end,
    ))
}

/// `14/05/2025`, `5/14/2025`, `14.05.2025`: a day, a month and a year in
/// figures, read only when one of the first two cannot be a month (a
/// chat export's `[14/05/2025 09:12]`); `05/06/2025` says nothing of
/// which is the day.
/// The two leading numbers of an all-numeric date at token `idx`
/// (`05/09/2025` → 5, 9), when one is there.
fn numeric_parts(text: &str, tokens: &[Token], idx: usize) -> Option<(u8, u8)> {
    let [first, second, year_tok] = tokens.get(idx..idx + 3)? else {
        return None;
    };
    let sep = gap(text, first, second);
    let numeric = |t: &Token| t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit());
    if !matches!(sep, "/" | "." | "-") || gap(text, second, year_tok) != sep {
        return None;
    }
    if !numeric(first) || !numeric(second) || year_tok.text.len() != 4 {
        return None;
    }
    year_value(year_tok.text)?;
    Some((first.text.parse().ok()?, second.text.parse().ok()?))
}

fn numeric_date_at(
    text: &str,
    tokens: &[Token],
    idx: usize,
    order: Option<DayOrder>,
) -> Option<(Date, std::ops::Range<usize>)> {
    let (a, b) = numeric_parts(text, tokens, idx)?;
    let (first, year_tok) = (tokens[idx], tokens[idx + 2]);
    let year = year_value(year_tok.text)?;
    let (day, month) = match (a > 12, b > 12, order) {
        (true, false, _) => (a, b),
        (false, true, _) => (b, a),
        (false, false, Some(DayOrder::DayFirst)) => (a, b),
        (false, false, Some(DayOrder::MonthFirst)) => (b, a),
        _ => return None,
    };
    (1..=12).contains(&month).then_some(())?;
    day_value(&day.to_string())?;
    let date = Date {
        year,
        month: Some(month),
        day: Some(day),
    };
    Some((date, first.start..year_tok.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_date_is_read_when_its_day_cannot_be_a_month() {
        assert_eq!(
            iso("[14/05/2025 09:12] Ana:").as_deref(),
            Some("2025-05-14 @1..11")
        );
        assert_eq!(
            iso("posted 5/14/2025").as_deref(),
            Some("2025-05-14 @7..16")
        );
        assert_eq!(iso("am 31.12.2024").as_deref(), Some("2024-12-31 @3..13"));
        assert_eq!(iso("on 05/06/2025"), None);
        assert_eq!(iso("ratio 3/4/2025x"), None);
    }

    #[test]
    fn a_day_said_as_an_ordinal_is_a_day() {
        assert_eq!(
            iso("It's the 20th of January 2026,").as_deref(),
            Some("2026-01-20 @9..29")
        );
        assert_eq!(
            iso("held on March 3rd, 2025").as_deref(),
            Some("2025-03-03 @8..23")
        );
        assert_eq!(iso("the 14th Five-Year Plan of 2021"), None);
        assert_eq!(iso("the 2nd of 3 rounds in May"), None);
    }

    #[test]
    fn an_ambiguous_numeric_date_follows_the_documents_other_dates() {
        let order = day_order(["End: 28/02/2030", "Date: 20/10/2025"].into_iter());
        assert_eq!(order, Some(DayOrder::DayFirst));
        let date = parse_date_in_order("Published 05/09/2025", order).map(|(d, _)| d.iso());
        assert_eq!(date.as_deref(), Some("2025-09-05"));
        let us = day_order(["due 12/31/2025"].into_iter());
        let date = parse_date_in_order("Published 05/09/2025", us).map(|(d, _)| d.iso());
        assert_eq!(date.as_deref(), Some("2025-05-09"));
        assert_eq!(day_order(["31/12/2025 and 12/31/2025"].into_iter()), None);
        assert_eq!(parse_date("Published 05/09/2025"), None);
    }

    fn iso(text: &str) -> Option<String> {
        parse_date(text).map(|(d, r)| format!("{} @{}..{}", d.iso(), r.start, r.end))
    }

    #[test]
    fn datelines_in_their_usual_shapes() {
        assert_eq!(
            iso("Updated: Jul 03,2024 Source:X").as_deref(),
            Some("2024-07-03 @9..20")
        );
        assert_eq!(
            iso("Release time:2023-04-19").as_deref(),
            Some("2023-04-19 @13..23")
        );
        assert_eq!(
            iso("Beijing | 10 a.m. April 25, 2021").as_deref(),
            Some("2021-04-25 @18..32")
        );
        assert_eq!(
            iso("Xinhua | January 16, 2024").as_deref(),
            Some("2024-01-16 @9..25")
        );
        assert_eq!(
            iso("on 5 May 2020 there").as_deref(),
            Some("2020-05-05 @3..13")
        );
        assert_eq!(iso("in March 2024,").as_deref(), Some("2024-03 @3..13"));
        assert_eq!(iso("2024/07/03").as_deref(), Some("2024-07-03 @0..10"));
    }

    #[test]
    fn non_dates_are_not_dates() {
        assert_eq!(iso("the 14th Five-Year Plan (2021-2035)"), None);
        assert_eq!(iso("you may 2020"), None);
        assert_eq!(iso("690,000 people"), None);
        assert_eq!(iso("section 2021.13"), None);
    }

    #[test]
    fn calendar_spans_cover_days_and_day_ranges() {
        let text = "from April 20 to 26, on Nov. 30, 2020 and 30 June; 20 people";
        let spans: Vec<_> = calendar_spans(text)
            .into_iter()
            .map(|(m, d, r)| (m, d, &text[r]))
            .collect();
        assert_eq!(
            spans,
            [
                (4, 20, "April 20 to 26"),
                (11, 30, "Nov. 30, 2020"),
                (6, 30, "30 June")
            ]
        );
    }

    #[test]
    fn years_skip_ranges() {
        let found: Vec<u16> = years("In 2020 and 2021-2025 (2016–2020), 1,999 or 2022.")
            .into_iter()
            .map(|(y, _)| y)
            .collect();
        assert_eq!(found, [2020, 2022]);
    }
}
