//! Lead-ins: a line that ends in a colon or dash and names one period
//! (`Here are the numbers, all for calendar year 2025:`, `In 2024:`, `Q3
//! 2025 at a glance:`, `Figures for the first half of 2025 —`, `As at 31
//! March 2025:`) dates the list lines after it, and so does a section
//! heading that names one (`Caseload, 1 January–30 June 2025`) for the list
//! lines of its section. A list line is a bullet, a numbered or
//! number-first line, a `Label: value` line or a table row; the first line
//! of prose ends the list, and a list line that names its own date keeps it.
//!
//! Invariant: only list lines are dated this way; a lead-in names exactly
//! one period (two periods say nothing about which one the list is of).

use super::data_keys::iso_day;
use super::dates::month_number;
use super::model::Date;
use super::periods::find_periods;
use super::text::{bounded_sentence_spans, word_count};

/// The most words a lead-in sentence holds: it introduces, it says little.
const MAX_LEAD_IN_WORDS: usize = 20;
/// The most words a heading that dates its section's lists holds.
const MAX_HEADING_WORDS: usize = 12;
/// The most words a list line holds.
const MAX_ITEM_WORDS: usize = 25;
/// The most words the label of a `Label: value` line holds.
const MAX_LABEL_WORDS: usize = 10;

/// The period a paragraph leads in with: its last sentence ends in a colon
/// or a dash and names exactly one period.
pub fn lead_in_period(paragraph: &str, doc_date: Option<Date>) -> Option<String> {
    let last = bounded_sentence_spans(paragraph).pop()?;
    let sentence = paragraph[last].trim();
    let body = sentence
        .strip_suffix(':')
        .or_else(|| sentence.strip_suffix('—'))
        .or_else(|| sentence.strip_suffix('–'))?;
    if word_count(body) > MAX_LEAD_IN_WORDS {
        return None;
    }
    one_period(body, doc_date)
}

/// The day a dated entry's heading opens with (`2025-06-30 · Round 14
/// closes`, as a changelog, gemlog or calendar entry is headed), when it
/// is not after the document's date: the entry's "now".
pub fn entry_day(heading: &str, doc_date: Option<Date>) -> Option<Date> {
    let (year, month, day) = iso_day(heading)?;
    let rest = heading[10..].trim_start();
    if !(rest.is_empty() || rest.starts_with(['·', '—', '–', '-', ':', '|'])) {
        return None;
    }
    let date = Date {
        year,
        month: Some(month),
        day: Some(day),
    };
    doc_date.is_none_or(|doc| date <= doc).then_some(date)
}

/// The period a section heading names, for the list lines under it.
pub fn heading_period(heading: &str, doc_date: Option<Date>) -> Option<String> {
    let heading = heading.trim_end_matches([':', '—', '–', ' ']);
    if word_count(heading) > MAX_HEADING_WORDS {
        return None;
    }
    one_period(heading, doc_date)
}

/// The month a paragraph of a month-by-month account opens with (`April.
/// Cases fell to 538 …`, `**March:** …`), as a period in the year the
/// document speaks of: the latest such month not after its date.
pub fn month_lead(paragraph: &str, doc_date: Option<Date>) -> Option<String> {
    let text = paragraph.trim_start().trim_start_matches(['#', '*', ' ']);
    let end = text.find(|c: char| !c.is_ascii_alphabetic())?;
    let (word, rest) = text.split_at(end);
    let rest = rest.replace("**", "");
    let marked = [". ", ": ", " — ", " – ", ".\n", ":\n"]
        .iter()
        .any(|m| rest.starts_with(m));
    month_number(word)?;
    if !marked || word.len() < 3 || word_count(&rest) < 3 {
        return None;
    }
    one_period(&format!("in {word}"), doc_date)
}

/// The one period `text` names, if it names exactly one; a year split over
/// two calendar years and a date in its second year are one.
fn one_period(text: &str, doc_date: Option<Date>) -> Option<String> {
    let mut isos: Vec<String> = find_periods(text, doc_date)
        .into_iter()
        .map(|p| p.iso)
        .collect();
    isos.dedup();
    // `Annual scorecard 2025/26 (year to 31 March 2026)`: a split year and
    // the date it runs to name one period, as of that date.
    if let [a, b] = &isos[..] {
        let ends = |split: &String, date: &String| {
            split.split_once('/').is_some_and(|(_, last)| {
                last.len() == 4 && date.len() > 4 && date.starts_with(last)
            })
        };
        if ends(a, b) || ends(b, a) {
            isos.retain(|iso| !iso.contains('/'));
        }
    }
    match <[String; 1]>::try_from(isos) {
        Ok([iso]) => Some(iso),
        Err(_) => None,
    }
}

/// True for a paragraph that is one line of a list: one short sentence, opening
/// with a list marker, a number or a symbol (`- `, `• `, `1. `, `14,820
/// applications`, `📈 12,400 …`), or shaped `Label: value` with a figure
/// in the value (how key–value lines are written by [`super::fields`]).
pub fn is_list_line(paragraph: &str) -> bool {
    let text = paragraph.trim();
    let one_sentence = bounded_sentence_spans(without_number(text)).len() == 1;
    if !one_sentence || text.contains('\n') || word_count(text) > MAX_ITEM_WORDS {
        return false;
    }
    let Some(first) = text.chars().next() else {
        return false;
    };
    let opens_as_item =
        !first.is_alphabetic() && !matches!(first, '"' | '“' | '‘' | '\'' | '(' | '[' | '>');
    opens_as_item || is_label_value(text)
}

/// `text` without the number of a numbered line (`1. `, `2) `).
fn without_number(text: &str) -> &str {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(after) if digits > 0 && digits <= 2 && after.starts_with(' ') => after.trim_start(),
        _ => text,
    }
}

/// `Vouchers approved: 2,690.`: a short label, a colon, then a figure
/// within the value's first words.
fn is_label_value(text: &str) -> bool {
    let Some((label, value)) = text.split_once(": ") else {
        return false;
    };
    let figure_soon = value
        .split_whitespace()
        .take(4)
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    word_count(label) <= MAX_LABEL_WORDS && figure_soon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(year: u16, month: u8, day: u8) -> Option<Date> {
        Some(Date {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    #[test]
    fn a_paragraph_of_a_month_by_month_account_is_of_its_month() {
        let date = doc(2025, 7, 22);
        let lead = |text| month_lead(text, date);
        assert_eq!(
            lead("April. Cases fell to 538, but articles detained rose to 71,300."),
            Some("2025-04".into())
        );
        assert_eq!(
            lead("**March:** 701 cases and 66,050 articles."),
            Some("2025-03".into())
        );
        // A month later in the year than the document's date is last year's.
        assert_eq!(
            lead("November. Officers opened 480 cases."),
            Some("2024-11".into())
        );
        assert_eq!(lead("May we add that 40 cases remain open."), None);
        assert_eq!(lead("March 2025 saw 701 cases."), None);
    }

    #[test]
    fn a_line_ending_in_a_colon_or_dash_leads_in_with_its_period() {
        let date = doc(2026, 1, 14);
        let lead = |text| lead_in_period(text, date);
        assert_eq!(
            lead("Here are the numbers you asked for, all for calendar year 2025:"),
            Some("2025".into())
        );
        assert_eq!(lead("In 2024:"), Some("2024".into()));
        assert_eq!(lead("As at 31 March 2025:"), Some("2025-03-31".into()));
        assert_eq!(
            lead("Figures for the first half of 2025 —"),
            Some("2025-01/2025-06".into())
        );
        assert_eq!(lead("Q3 2025 at a glance:"), Some("2025-07/2025-09".into()));
        // The last sentence of a paragraph leads in, not an earlier one.
        assert_eq!(
            lead("The scheme opened in April 2022. For 2024, the figures are as follows:"),
            Some("2024".into())
        );
        // Relative periods are read against the document's date.
        assert_eq!(lead("Last year's figures:"), Some("2025".into()));
    }

    #[test]
    fn a_sentence_that_ends_otherwise_or_names_no_single_period_leads_in_nothing() {
        let lead = |text| lead_in_period(text, doc(2026, 1, 14));
        assert_eq!(lead("In 2024 the office had 84 staff."), None);
        assert_eq!(lead("The numbers you asked for:"), None);
        assert_eq!(lead("Figures for 2023 and 2024:"), None);
        assert_eq!(lead("In 2024:\nThe office grew."), None);
    }

    #[test]
    fn a_short_heading_names_the_period_of_its_lists() {
        let date = doc(2025, 7, 18);
        let caseload = heading_period("Caseload, 1 January–30 June 2025", date);
        assert!(caseload
            .as_deref()
            .is_some_and(|p| p.starts_with("2025-01")));
        assert_eq!(heading_period("2023", date), Some("2023".into()));
        assert_eq!(heading_period("Outlook", date), None);
        assert_eq!(
            heading_period("Annual scorecard 2025/26 (year to 31 March 2026)", date),
            Some("2026-03-31".into())
        );
        assert_eq!(
            heading_period("Review 2024/25", date),
            Some("2024/2025".into())
        );
    }

    #[test]
    fn list_lines_are_short_and_open_with_a_marker_a_number_or_a_label() {
        for line in [
            "- 14,820 patent applications received",
            "• 874 settlement agreements signed",
            "1. Voucher applications received: 3,412.",
            "14,820 patent applications received",
            "📈 12,400 trademark applications received in Q1 (+9% y/y)",
            "Design applications: 7,860.",
            "Mediators on the roster: 318.",
            "2019-05-20 Centre opens with 18 staff.",
        ] {
            assert!(is_list_line(line), "{line}");
        }
        for line in [
            "The director has set a target of 8,500 design applications for 2026.",
            "> Also, what is the registry aiming for this year?",
            "Note: figures are provisional and may be revised in the annual report.",
            "(million yuan)",
            // A numbered point of prose is no list line.
            "2. Staffing. The centre has 610 examiners on its books. Eighteen left.",
        ] {
            assert!(!is_list_line(line), "{line}");
        }
    }
}
