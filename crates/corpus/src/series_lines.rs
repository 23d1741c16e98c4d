//! A whole series on one line: a measure's label, often with the span of
//! years it covers, then one value per year (`Figure 3 (data): Utility
//! model grants, 2020-2025: 2020 - 4,100; 2021 - 4,450; …`, a chart's alt
//! text `Copyright registrations, 2020 to 2025: 12,300 in 2020, 13,050 in
//! 2021 and 13,900 in 2022.`, `Grants: 140 (2023), 155 (2024), 171
//! (2025)`), and a label dated by its one year (`Share of grants going to
//! SMEs, 2025: 62%`). Each is written as a table row (`Utility model
//! grants — 2020: 4,100; 2021: 4,450.`), so [`super::table_facts`] gives
//! one figure per item, dated by its year and measured by the label.
//!
//! Invariant: the line count never changes; a line is only rewritten when
//! everything after the label's colon is such a list (three or more items
//! of one shape, or one figure after a label ending in its year), and what
//! comes before the label is at most a short caption (`Figure 3 (data):`,
//! `[Chart. Alt text:`), never a sentence, which would be lost.

use super::aligned::is_cell;
use super::dates::is_year;
use super::periods::find_periods;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};
use super::text::each_line_rewritten;

/// The fewest items of a series.
const MIN_ITEMS: usize = 3;
/// The most words of a caption before the label.
const MAX_CAPTION_WORDS: usize = 4;
/// The most words of a label.
const MAX_LABEL_WORDS: usize = 14;

/// How an item gives its year and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `2020 - 4,100`, `2020: 4,100`, `2020 = 4,100`.
    YearFirst,
    /// `4,100 in 2020`.
    InYear,
    /// `4,100 (2020)`.
    YearInBrackets,
}

/// A value cell: a figure, perhaps with a bracketed note (`6,240
/// (provisional)`).
fn is_value(text: &str) -> bool {
    let bare = text.split(" (").next().unwrap_or(text).trim();
    !bare.is_empty() && is_cell(bare) && bare.chars().any(|c| c.is_ascii_digit())
}

/// One item: its shape, year and value.
fn item(text: &str) -> Option<(Shape, &str, &str)> {
    let text = text.trim();
    for sep in [" - ", " – ", " — ", ": ", " = "] {
        if let Some((year, value)) = text.split_once(sep) {
            if is_year(year.trim()) && is_value(value.trim()) {
                return Some((Shape::YearFirst, year.trim(), value.trim()));
            }
        }
    }
    if let Some((value, year)) = text.rsplit_once(" in ") {
        if is_year(year.trim()) && is_value(value.trim()) {
            return Some((Shape::InYear, year.trim(), value.trim()));
        }
    }
    let inner = text.strip_suffix(')')?;
    let (value, year) = inner.rsplit_once(" (")?;
    (is_year(year.trim()) && is_value(value.trim()))
        .then(|| (Shape::YearInBrackets, year.trim(), value.trim()))
}

/// The items of a list (`a; b; c`, `a, b, c and d`), when all are of one
/// shape and there are at least [`MIN_ITEMS`].
fn series(list: &str) -> Option<Vec<(&str, &str)>> {
    let parts: Vec<&str> = if list.contains("; ") {
        list.split("; ").collect()
    } else {
        list.split(", ")
            .flat_map(|part| part.split(" and "))
            .collect()
    };
    let items: Vec<(Shape, &str, &str)> = parts.iter().map(|p| item(p)).collect::<Option<_>>()?;
    let shape = items.first()?.0;
    (items.len() >= MIN_ITEMS && items.iter().all(|i| i.0 == shape))
        .then(|| items.iter().map(|i| (i.1, i.2)).collect())
}

/// The label before a list: the text after the caption (`Figure 3
/// (data):`, `[Chart. Alt text:`), or `None` when a sentence comes first.
fn label_of(prefix: &str) -> Option<&str> {
    let (caption, label) = match prefix.rfind(": ") {
        Some(at) => (&prefix[..at], &prefix[at + 2..]),
        None => ("", prefix),
    };
    let caption_ok = caption.split_whitespace().count() <= MAX_CAPTION_WORDS;
    let label = label.trim().trim_start_matches(['[', '(']);
    let words = label.split_whitespace().count();
    let named = label.chars().any(char::is_alphabetic) && !label.contains(". ");
    (caption_ok && named && (1..=MAX_LABEL_WORDS).contains(&words)).then_some(label)
}

/// `Utility model grants, 2020-2025` → (`Utility model grants`, the span's
/// period); a label without a trailing period is itself.
fn split_period(label: &str) -> (&str, Option<String>) {
    if let Some((head, tail)) = label.rsplit_once(", ") {
        let periods = find_periods(tail, None);
        let whole = periods
            .first()
            .is_some_and(|p| p.span.start == 0 && p.span.end == tail.trim_end().len());
        let span = if whole {
            periods.first().map(|p| p.iso.clone())
        } else {
            year_span(tail)
        };
        if span.is_some() && head.chars().any(char::is_alphabetic) {
            return (head.trim(), span);
        }
    }
    (label, None)
}

/// `2020 to 2025`, `2020-2025`: the years a series spans, as `2020/2025`.
fn year_span(tail: &str) -> Option<String> {
    let tail = tail.trim();
    [" to ", "-", "–", "—", " - ", " – "]
        .iter()
        .find_map(|sep| {
            let (from, to) = tail.split_once(sep)?;
            (is_year(from.trim()) && is_year(to.trim()))
                .then(|| format!("{}/{}", from.trim(), to.trim()))
        })
}

/// One line written as a row, or `None` when it holds no series.
fn rewrite_line(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let body = trimmed.trim_end_matches(['.', ']']).trim_end();
    // The list starts after the first colon that leaves a whole list.
    let mut search = 0;
    while let Some(found) = body[search..].find(": ") {
        let at = search + found;
        search = at + 2;
        let Some(label) = label_of(&body[..at]) else {
            continue;
        };
        let (name, span) = split_period(label);
        let list = &body[at + 2..];
        let cells: Vec<String> = match series(list) {
            Some(items) => items
                .iter()
                .map(|(year, value)| format!("{year}{LABEL_SEP}{value}"))
                .collect(),
            // `Share of grants going to SMEs, 2025: 62%`: one year's figure.
            None => match span.as_deref() {
                Some(year) if is_year(year) && is_value(list) && !list.contains([';', ',']) => {
                    vec![format!("{year}{LABEL_SEP}{list}")]
                }
                _ => continue,
            },
        };
        return Some(format!("{name}{ROW_MARK}{}.", cells.join(CELL_SEP)));
    }
    None
}

/// Rewrites every series line of `body` as a table row, line for line.
pub fn series_lines_as_rows(body: &str) -> String {
    if !body.contains(": ") {
        return body.to_string();
    }
    each_line_rewritten(body, rewrite_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_series_of_year_value_items_becomes_a_row_of_its_label() {
        assert_eq!(
            series_lines_as_rows("Figure 3 (data): Utility model grants, 2020-2025: 2020 - 4,100; 2021 - 4,450; 2022 - 4,980; 2025 - 6,240 (provisional)."),
            "Utility model grants — 2020: 4,100; 2021: 4,450; 2022: 4,980; 2025: 6,240 (provisional)."
        );
        assert_eq!(
            series_lines_as_rows("Seed loans by year: 2019: 12.5%, 2020: 13.1%, 2021: 14.0%"),
            "Seed loans by year — 2019: 12.5%; 2020: 13.1%; 2021: 14.0%."
        );
    }

    #[test]
    fn alt_text_in_a_sentence_and_bracketed_years() {
        assert_eq!(
            series_lines_as_rows("[Chart. Alt text: Copyright registrations in Tamsin Valley, 2020 to 2025: 12,300 in 2020, 13,050 in 2021 and 13,900 in 2022.]"),
            "Copyright registrations in Tamsin Valley — 2020: 12,300; 2021: 13,050; 2022: 13,900."
        );
        assert_eq!(
            series_lines_as_rows("Grants of seed rights: 140 (2023), 155 (2024), 171 (2025)."),
            "Grants of seed rights — 2023: 140; 2024: 155; 2025: 171."
        );
    }

    #[test]
    fn a_label_ending_in_its_year_dates_its_one_figure() {
        assert_eq!(
            series_lines_as_rows("Figure 4 (data): Share of grants going to SMEs, 2025: 62%."),
            "Share of grants going to SMEs — 2025: 62%."
        );
    }

    #[test]
    fn sentences_short_lists_and_mixed_items_stay() {
        for line in [
            "Output grew. Seed rights granted in the valley: 140 (2023), 155 (2024), 171 (2025).",
            "Grants: 140 (2023), 155 (2024).",
            "Grants: 140 (2023), 155 in 2024, 171 (2025).",
            "Note: in 2023, 2024 and 2025 the office grew.",
            "Fees, 2025: see the table.",
        ] {
            assert_eq!(series_lines_as_rows(line), line);
        }
    }
}
