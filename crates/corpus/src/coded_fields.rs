//! Coded indicator lines: a scorecard or KPI report names each figure by a
//! code and a bracketed label (`KPI 2 (designs registered): 5,940`,
//! `Indicator 4 (trained mediators on the panel) — 58 (target: 65)`), often
//! with an earlier year's figure of the same measure in brackets after the
//! value (`87% (2024: 81%)`, `74% (previous year: 69%)`). The code says
//! nothing of what is counted and its number is no figure; the bracket does.
//! Each such line is written as a table row of its label (`Designs
//! registered — 5,940.`, `Applications examined within 3 months — 87%;
//! 2024: 81%.`), so [`super::table_facts`] measures every value by the
//! label, dates a bracketed year's value by that year and reads `previous
//! year` as the year before the line's own.
//!
//! Invariant: the line count never changes; a line is only rewritten when
//! it is a code (a capitalised word and a number, `KPI 2`, `Indicator 4`,
//! `Measure A3`), a bracket of words, a colon or dash, and a figure with at
//! most bracketed `label: figure` notes after it.

use super::aligned::is_cell;
use super::tables::{CELL_SEP, LABEL_SEP, ROW_MARK};
use super::text::each_line_rewritten;

/// The most words of a code (`KPI 2`, `Service standard 4`).
const MAX_CODE_WORDS: usize = 3;
/// The most words of a bracketed label.
const MAX_LABEL_WORDS: usize = 16;
/// Separators between the bracket and the value.
const SEPARATORS: [&str; 4] = [": ", " — ", " – ", " - "];

/// `KPI 2`, `Indicator 4`, `Measure A3`, `Target 2.1`: capitalised words
/// ending in a number (or a letter and a number).
fn is_code(code: &str) -> bool {
    let words: Vec<&str> = code.split_whitespace().collect();
    let Some((last, first)) = words.split_last() else {
        return false;
    };
    let numbered = last.chars().any(|c| c.is_ascii_digit())
        && last.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && last.len() <= 5;
    (1..MAX_CODE_WORDS).contains(&first.len())
        && numbered
        && first[0].starts_with(|c: char| c.is_uppercase())
        && first.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// The value and its bracketed notes: `87% (2024: 81%)` → (`87%`,
/// [(`2024`, `81%`)]).
fn value_and_notes(text: &str) -> Option<(&str, Vec<(&str, &str)>)> {
    let (value, mut rest) = match text.find(" (") {
        Some(at) => (text[..at].trim(), &text[at..]),
        None => (text.trim(), ""),
    };
    if !is_cell(value) || !value.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut notes = Vec::new();
    while !rest.trim().is_empty() {
        let inner_start = rest.find('(')? + 1;
        let close = rest.find(')')?;
        let (label, figure) = rest[inner_start..close].split_once(": ")?;
        if !is_cell(figure.trim()) || label.split_whitespace().count() > 3 {
            return None;
        }
        notes.push((label.trim(), figure.trim()));
        rest = &rest[close + 1..];
    }
    Some((value, notes))
}

/// One line written as a row, or `None` when it is no coded line.
fn rewrite_line(line: &str) -> Option<String> {
    let text = line.trim().trim_end_matches('.');
    let open = text.find(" (")?;
    let code = &text[..open];
    if !is_code(code) {
        return None;
    }
    let after = &text[open + 2..];
    let close = after.find(')')?;
    let label = after[..close].trim();
    let rest = &after[close + 1..];
    let value = SEPARATORS.iter().find_map(|sep| rest.strip_prefix(sep))?;
    let words = label.split_whitespace().count();
    let named = label.chars().any(char::is_alphabetic) && !label.contains([':', ';']);
    if !named || words > MAX_LABEL_WORDS {
        return None;
    }
    let (value, notes) = value_and_notes(value)?;
    let mut cells = vec![value.to_string()];
    cells.extend(notes.iter().map(|(l, f)| format!("{l}{LABEL_SEP}{f}")));
    let mut chars = label.chars();
    let label: String = chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
    Some(format!("{label}{ROW_MARK}{}.", cells.join(CELL_SEP)))
}

/// Rewrites every coded indicator line of `body` as a table row, line for line.
pub fn coded_fields_as_rows(body: &str) -> String {
    if !body.contains(" (") {
        return body.to_string();
    }
    each_line_rewritten(body, rewrite_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_and_bracket_give_way_to_the_bracket_as_label() {
        assert_eq!(
            coded_fields_as_rows("KPI 1 (applications examined within 3 months): 87% (2024: 81%)."),
            "Applications examined within 3 months — 87%; 2024: 81%."
        );
        assert_eq!(
            coded_fields_as_rows("Indicator 4 (trained mediators on the panel) — 58 (target: 65)"),
            "Trained mediators on the panel — 58; target: 65."
        );
        assert_eq!(
            coded_fields_as_rows(
                "Measure A3 (average cost to the parties): £2,150 (previous year: £2,300)."
            ),
            "Average cost to the parties — £2,150; previous year: £2,300."
        );
    }

    #[test]
    fn lines_that_are_not_coded_fields_stay() {
        for line in [
            "Mr DAVID OKAFOR (Minister for Innovation): At the end of October the backlog stood at 14,300.",
            "Patents (invention): 5,940",
            "KPI 2 (designs registered): about a third more than last year",
            "Figure 3 (data): Utility model grants, 2020-2025: 2020 - 4,100; 2021 - 4,450.",
            "Room 4 (ground floor): open",
        ] {
            assert_eq!(coded_fields_as_rows(line), line);
        }
    }
}
