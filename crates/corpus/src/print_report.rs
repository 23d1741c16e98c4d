//! Line-printer reports: a batch job's report as printed on a mainframe,
//! each line opening with an ASA carriage-control character (`1` a new
//! page, `0` a blank line before, `-` two, ` ` none, `+` print over the
//! line above) and each page opening with the same header lines:
//!
//! ```text
//! 1REP410   SEED REGISTRY OF ARVELIA            RUN DATE 2025-11-03   PAGE    1
//!  JOB REP410N  STEP 030   REGISTRATIONS BY CROP    RUN TIME 02:14:07
//! 0CROP                    GRANTED  REFUSED
//!  CEREALS                     412       17
//!                         *** CONTINUED ON PAGE 2 ***
//! ```
//!
//! The control characters go. The first page's header becomes a `Date:`
//! line of its run date and a heading of the issuer and the report's
//! title (`SEED REGISTRY OF ARVELIA: REGISTRATIONS BY CROP`), without the
//! job's machinery (program and job names, step, run time, page number);
//! a later page's header lines, and the column heads under them, go where
//! they repeat the page before's (digits aside), and a step's new title
//! becomes a heading. A footer line every page ends with, page subtotals
//! and the printer's `*** … ***` notes go too, so a table split across
//! pages reads as one. Under a heading of targets (`PLAN 2026 TARGETS`),
//! each coded line (`T1 PENDING BELOW 35,000 BY 2026-12-31   CURRENT
//! 38,117`) is written `Target: PENDING BELOW 35,000 BY 2026-12-31.`,
//! without the level now, which the report's tables state.
//!
//! A report printed in capitals only, as a line printer's character set
//! has it, is written in lower case with each cell's first letter and
//! month names capitalised (`Patent applications filed   Oct 2025`), and
//! its issuer in title case, so a label in capitals reads as no name.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when its first line starts a page and every line opens with a control
//! character.

use std::borrow::Cow;

use super::data_keys::{capitalised, iso_day};
use super::dates::month_number;
use super::masthead::title_case;
use super::text::{lines_like, squash_spaces};

/// ASA carriage-control characters.
const CONTROLS: &[char] = &[' ', '0', '1', '-', '+'];
/// Least lines of a print report.
const MIN_LINES: usize = 5;
/// First words of a page's subtotal or carry line, which totals no more
/// than a page's rows.
const PAGE_TOTALS: &[&str] = &[
    "SUBTOTAL PAGE",
    "PAGE TOTAL",
    "PAGE SUBTOTAL",
    "CARRIED FORWARD",
    "BROUGHT FORWARD",
];
/// Words of a heading over a list of targets.
const TARGET_WORDS: &[&str] = &["TARGETS", "TARGET", "GOALS", "OBJECTIVES"];

/// The body with its print report read as text, or as it is when it is no
/// print report.
pub fn print_report_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    // A header in columns on the first line, and a line spaced by its
    // control character, tell a report from indented text.
    let printed = lines.iter().filter(|l| !l.trim().is_empty()).count() >= MIN_LINES
        && lines
            .first()
            .is_some_and(|l| is_eject(l) && l.contains("  "))
        && lines.iter().any(|l| l.starts_with(['0', '-']))
        && lines
            .iter()
            .all(|l| l.trim().is_empty() || l.starts_with(CONTROLS));
    if !printed {
        return Cow::Borrowed(body);
    }
    let mut out: Vec<String> = lines
        .iter()
        .map(|l| match l.chars().next() {
            Some('+') | None => String::new(),
            Some(c) => l[c.len_utf8()..].trim_end().to_string(),
        })
        .collect();
    let pages: Vec<usize> = (0..lines.len()).filter(|&i| is_eject(lines[i])).collect();
    drop_footers(&lines, &pages, &mut out);
    let mut seen_heads: Vec<String> = Vec::new();
    let mut heads_before: Vec<String> = Vec::new();
    for (n, &start) in pages.iter().enumerate() {
        let end = pages.get(n + 1).copied().unwrap_or(lines.len());
        let head_end = start
            + 1
            + (lines[start + 1..end].iter())
                .take_while(|l| l.starts_with(' ') && !l.trim().is_empty())
                .count();
        let mut title = Vec::new();
        let mut date = None;
        for line in &mut out[start..head_end] {
            let masked = masked(line);
            let repeated = seen_heads.contains(&masked);
            seen_heads.push(masked);
            let (cells, day) = header_cells(line);
            date = date.or(day);
            line.clear();
            if !repeated && !cells.is_empty() {
                title.push(cells);
            }
        }
        write_header(&mut out[start..head_end], n == 0, title, date);
        // Column heads the page before printed under its header.
        let heads: Vec<String> = out[head_end..end].to_vec();
        let repeats = (heads.iter().zip(&heads_before))
            .take_while(|(a, b)| !a.trim().is_empty() && a == b)
            .count();
        heads_before = heads;
        for line in &mut out[head_end..head_end + repeats] {
            line.clear();
        }
    }
    for line in &mut out {
        let text = line.trim();
        let note = text.starts_with("**") && text[2..].trim_start_matches('*').contains("**");
        if note || PAGE_TOTALS.iter().any(|t| text.starts_with(t)) {
            line.clear();
        }
    }
    write_targets(&mut out);
    if !body.contains(char::is_lowercase) {
        for line in out.iter_mut().filter(|l| !l.starts_with("Date: ")) {
            *line = match line.strip_prefix("# ") {
                Some(title) => format!("# {}", title_in_case(title)),
                None => in_case(line),
            };
        }
    }
    Cow::Owned(lines_like(&out, body))
}

/// A line that starts a page: `1`, then printed text.
fn is_eject(line: &str) -> bool {
    line.strip_prefix('1')
        .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace() && !c.is_ascii_digit()))
}

/// Blanks the footer line every page ends with: the last printed line
/// before each new page, when it is the same on two pages or more.
fn drop_footers(lines: &[&str], pages: &[usize], out: &mut [String]) {
    let footers: Vec<String> = (pages.iter().skip(1))
        .filter_map(|&eject| (0..eject).rev().find(|&i| !lines[i].trim().is_empty()))
        .map(|i| masked(&out[i]))
        .collect();
    let Some(footer) = footers.first().filter(|f| footers.iter().all(|g| g == *f)) else {
        return;
    };
    if footers.len() < 2 {
        return;
    }
    let footer = footer.clone();
    for line in out.iter_mut().filter(|l| masked(l) == footer) {
        line.clear();
    }
}

/// A line with its digits masked and its spaces squashed, so headers that
/// differ only in page number or run time compare equal.
fn masked(line: &str) -> String {
    let digits: String = line
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    squash_spaces(digits.trim())
}

/// The cells of a header line that say what the report is, without the
/// job's machinery, and the day a `RUN DATE` cell gives.
fn header_cells(line: &str) -> (String, Option<String>) {
    let mut date = None;
    let mut kept = Vec::new();
    for cell in line.split("  ").map(str::trim).filter(|c| !c.is_empty()) {
        let upper = cell.to_ascii_uppercase();
        let words: Vec<&str> = upper.split_whitespace().collect();
        if let Some(day) = (words.last())
            .filter(|_| upper.contains("DATE"))
            .and_then(|w| iso_day(w))
        {
            date = Some(format!("{:04}-{:02}-{:02}", day.0, day.1, day.2));
            continue;
        }
        // `PAGE    1` splits in two cells at its wide gap.
        let machinery = matches!(words[..], ["PAGE" | "JOB" | "STEP" | "PROGRAM", ..])
            || !cell.contains(char::is_alphabetic)
            || upper.starts_with("RUN TIME")
            || upper.starts_with("TIME ")
            || (words.len() == 1 && is_program_name(cell) && kept.is_empty());
        if !machinery {
            kept.push(cell);
        }
    }
    (kept.join(" — "), date)
}

/// `EXR410`, `REP410N`: a program's or a job's name, capitals and digits.
fn is_program_name(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Writes a page header's kept cells: on the first page a `Date:` line
/// and a heading of the issuer and title; on a later one a heading of
/// its new title.
fn write_header(out: &mut [String], first: bool, title: Vec<String>, date: Option<String>) {
    let mut at = 0;
    if let Some(day) = date.filter(|_| first) {
        out[at] = format!("Date: {day}");
        at += 1;
    }
    // The issuer and the report's name are one title; a further line
    // (`REPORTING PERIOD: …`) keeps a line of its own.
    let (name, rest) = title.split_at(title.len().min(2));
    if !name.is_empty() && at < out.len() {
        out[at] = format!("# {}", name.join(": "));
        at += 1;
    }
    for line in rest {
        if at < out.len() {
            out[at].clone_from(line);
            at += 1;
        }
    }
}

/// `ISLAVIAN OFFICE: ACTIVITY BY FIELD` → `Islavian Office: Activity by
/// field`: an issuer in title case before the title's colon.
fn title_in_case(title: &str) -> String {
    match title.split_once(": ") {
        Some((issuer, rest)) => format!("{}: {}", title_case(issuer), in_case(rest)),
        None => in_case(title),
    }
}

/// A line in capitals in lower case, with the first letter of each cell
/// (after two spaces or more, a dash or a colon) and month names
/// capitalised: `JAN-OCT 2025` → `Jan-Oct 2025`.
fn in_case(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut word = String::new();
    let mut cell_start = true;
    let mut spaces = 0;
    for c in line.chars().chain(['\n']) {
        if c.is_alphanumeric() {
            word.push(c);
            spaces = 0;
            continue;
        }
        if !word.is_empty() {
            let lower = word.to_lowercase();
            let capital = cell_start || month_number(&word).is_some();
            out.push_str(&if capital { capitalised(&lower) } else { lower });
            cell_start = false;
            word.clear();
        }
        spaces = if c == ' ' { spaces + 1 } else { 0 };
        cell_start |= spaces >= 2 || matches!(c, ':' | '—' | '.');
        if c != '\n' {
            out.push(c);
        }
    }
    out
}

/// Writes each coded line under a heading of targets as a target.
fn write_targets(out: &mut [String]) {
    let mut under = false;
    for line in out.iter_mut() {
        let text = line.trim().to_string();
        if text.is_empty() {
            under = false;
            continue;
        }
        let first_cell = text.split("  ").next().unwrap_or("");
        let heads_targets = (first_cell.split_whitespace())
            .any(|w| TARGET_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)));
        if heads_targets {
            under = true;
            continue;
        }
        if under {
            if let Some(target) = target_line(&text) {
                *line = target;
            }
        }
    }
}

/// `T1 PENDING BELOW 35,000 BY 2026-12-31   CURRENT   38,117   STATUS
/// AMBER` → `Target: PENDING BELOW 35,000 BY 2026-12-31.`: the goal, without
/// the level now (which the report states in its tables) and its status.
fn target_line(text: &str) -> Option<String> {
    let statement_cell = text.split("  ").next()?;
    let (code, statement) = statement_cell.trim().split_once(' ')?;
    let coded = code.len() <= 4
        && code.starts_with(|c: char| c.is_ascii_alphanumeric())
        && code.chars().any(|c| c.is_ascii_digit());
    coded.then(|| format!("Target: {}.", statement.trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        expect.assert_eq(&print_report_as_text(body));
    }

    const REPORT: &str = "\
1REP410   SEED REGISTRY OF ARVELIA            RUN DATE 2025-11-03   PAGE    1
 JOB REP410N  STEP 030   REGISTRATIONS BY CROP    RUN TIME 02:14:07
0CROP                    GRANTED  REFUSED
 CEREALS                     412       17
 ------------------------------------------
+________
      SUBTOTAL PAGE 1        412       17
                  *** CONTINUED ON PAGE 2 ***
 REP410 V1.2                      CONFIDENTIAL
1REP410   SEED REGISTRY OF ARVELIA            RUN DATE 2025-11-03   PAGE    2
 JOB REP410N  STEP 030   REGISTRATIONS BY CROP    RUN TIME 02:14:07
0CROP                    GRANTED  REFUSED
 FRUIT                        98        4
 REP410 V1.2                      CONFIDENTIAL
1REP410   SEED REGISTRY OF ARVELIA            RUN DATE 2025-11-03   PAGE    3
 JOB REP410N  STEP 040   SUMMARY                  RUN TIME 02:14:09
0PLAN 2026 TARGETS
 T1 VARIETIES PENDING BELOW 900 BY 2026-12-31     CURRENT   1,017   STATUS RED
 T2 ONLINE FILINGS ABOVE 80%
 *** END OF REPORT REP410 ***   PAGES PRINTED 3
";

    #[test]
    fn pages_join_into_one_report_under_its_date_and_title() {
        check(
            REPORT,
            expect![[r#"
                Date: 2025-11-03
                # Seed Registry of Arvelia: Registrations by crop
                Crop                    Granted  Refused
                Cereals                     412       17
                ------------------------------------------







                Fruit                        98        4

                # Summary

                Plan 2026 targets
                Target: Varieties pending below 900 by 2026-12-31.
                Target: Online filings above 80%.

            "#]],
        );
    }

    #[test]
    fn text_that_only_looks_printed_is_kept() {
        for body in [
            "1st quarter report\n second line\n third\n fourth\n fifth\n",
            "1REP  TITLE\n a\n b\nNot controlled\n c\n d\n",
            "1REP  TITLE\n a\n",
        ] {
            assert_eq!(print_report_as_text(body), body, "{body}");
        }
    }

    #[test]
    fn malformed_reports_never_panic() {
        for body in [
            "1X  Y\n1Y  Z\n1Z\n0W\n1V\n",
            "1X  RUN DATE 2025-13-45\n \n\u{3000}\n0\n+\n-\n 1\n 2\n 3\n",
            "1É  PAGE\n 日本  JOB\n0**\n ** x **\n T1\n0TARGETS\n T1 X  CURRENT\n",
        ] {
            let text = print_report_as_text(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count(), "{body}");
        }
        assert_eq!(target_line("T1 X  CURRENT"), Some("Target: X.".into()));
    }
}
