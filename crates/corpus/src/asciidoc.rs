//! AsciiDoc markup: reports written in AsciiDoc (and shared as the source)
//! mark their title, sections, tables and notes with markup that is no
//! text of its own:
//!
//! ```text
//! = Designs Unit: Half-Year Report H1 2026
//! P. Vendramin <p.v@office.example>
//! v1.2, 2026-07-08
//! :toc:
//!
//! == Monthly intake
//! .Applications received, H1 2026
//! [cols="2,1",options="header"]
//! |===
//! |Month |Applications
//! |January |812
//! |===
//! ```
//!
//! The `= Title` becomes the headline, the author line a `Source:` line and
//! the revision line's date a `Date:` line; `==` section titles become `#`
//! headings and a `.Caption` its text. A `|===` table's rows become pipe
//! rows, its first row the header (written on the opening `|===` line, with
//! the separator on the header's own line, so no row moves). Attribute
//! entries (`:toc:`), block attributes (`[abstract]`, `[cols=…]`), block
//! delimiters and `////` comment blocks go.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when it opens with a `= Title` line or holds a `|===` table.

use super::text::lines_like;

/// The body with its AsciiDoc markup read as the plain-text dialect, or as
/// it is when it is no AsciiDoc document.
pub fn asciidoc_as_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let titled = first.is_some_and(|i| lines[i].starts_with("= "));
    if !titled && !lines.iter().any(|l| l.trim_end() == "|===") {
        return body.to_string();
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    if let Some(at) = first.filter(|_| titled) {
        header(&lines, at, &mut out);
    }
    let mut idx = first.map_or(0, |i| i + 1);
    while idx < lines.len() {
        let line = lines[idx].trim_end();
        if line == "////" {
            let end = (idx + 1..lines.len()).find(|&j| lines[j].trim_end() == "////");
            let end = end.unwrap_or(lines.len() - 1);
            out[idx..=end].iter_mut().for_each(String::clear);
            idx = end + 1;
            continue;
        }
        if line == "|===" {
            idx = table(&lines, idx, &mut out);
            continue;
        }
        if let Some(title) = section_title(line) {
            out[idx] = format!("# {title}");
        } else if is_markup(line) {
            out[idx].clear();
        } else if let Some(caption) = line
            .strip_prefix('.')
            .filter(|c| c.starts_with(char::is_alphanumeric))
        {
            out[idx] = caption.to_string();
        }
        idx += 1;
    }
    lines_like(&out, body)
}

/// The document header at `at`: the title, then an author line and a
/// revision line (`v1.2, 2026-07-08`) if the next lines are such.
fn header(lines: &[&str], at: usize, out: &mut [String]) {
    out[at] = lines[at][2..].trim().to_string();
    for idx in at + 1..lines.len().min(at + 3) {
        let line = lines[idx].trim();
        if line.is_empty() || line.starts_with(':') {
            break;
        }
        if let Some(date) = revision_date(line) {
            out[idx] = format!("Date: {date}");
        } else if line.contains('<') && line.ends_with('>') {
            let name = line.split('<').next().unwrap_or("").trim();
            out[idx] = format!("Source: {name}");
        }
    }
}

/// The date of a revision line: `v1.2, 2026-07-08` or `v3, 8 July 2026: remark`.
fn revision_date(line: &str) -> Option<&str> {
    let (version, rest) = line.split_once(", ")?;
    let numbered = version.strip_prefix('v').unwrap_or(version);
    if !numbered.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(rest.split(':').next().unwrap_or(rest).trim())
}

/// `== Title` (any depth up to six) as its title.
fn section_title(line: &str) -> Option<&str> {
    let depth = line.len() - line.trim_start_matches('=').len();
    let title = line[depth..].strip_prefix(' ')?;
    ((2..=6).contains(&depth) && !title.trim().is_empty()).then(|| title.trim())
}

/// Attribute entries, block attributes and block delimiters.
fn is_markup(line: &str) -> bool {
    // `:toc:`, `:icons: font`.
    let attribute = (line.strip_prefix(':'))
        .and_then(|rest| rest.split_once(':'))
        .is_some_and(|(key, _)| !key.is_empty() && !key.contains(' '));
    let block = line.starts_with('[') && line.ends_with(']') && !line.contains("](");
    let delimiter = line.len() >= 4
        && line
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '.' | '+'));
    attribute || block || delimiter
}

/// Writes the table that opens at `open` as pipe rows and returns the line
/// after its closing `|===`.
fn table(lines: &[&str], open: usize, out: &mut [String]) -> usize {
    let close = (open + 1..lines.len()).find(|&j| lines[j].trim_end() == "|===");
    let close = close.unwrap_or(lines.len());
    let rows: Vec<usize> = (open + 1..close)
        .filter(|&j| lines[j].trim_start().starts_with('|'))
        .collect();
    out[open].clear();
    for (n, &j) in rows.iter().enumerate() {
        let cells: Vec<&str> = lines[j].trim().split('|').skip(1).map(str::trim).collect();
        let row = format!("| {} |", cells.join(" | "));
        if n == 0 {
            // The header goes up to the opening line; its own line holds
            // the separator.
            out[open] = row;
            out[j] = format!("|{}", "---|".repeat(cells.len()));
        } else {
            out[j] = row;
        }
    }
    if close < lines.len() {
        out[close].clear();
    }
    close + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documents_header_sections_table_and_comments() {
        let body = "= Trade Marks Unit: Quarterly Figures Q1 2026\nJ. Okafor <j.okafor@office.example>\nv2, 3 April 2026: first issue\n:sectnums:\n\n[abstract]\nFigures for the first quarter.\n\n=== Filings\n.Filings by month\n[options=\"header\"]\n|===\n|Month |Filed\n|January |1,204\n|February |1,188\n|===\n\n////\nTo do: add March.\n////\nNOTE: March is provisional.\n";
        expect_test::expect![[r#"
            Trade Marks Unit: Quarterly Figures Q1 2026
            Source: J. Okafor
            Date: 3 April 2026



            Figures for the first quarter.

            # Filings
            Filings by month

            | Month | Filed |
            |---|---|
            | January | 1,204 |
            | February | 1,188 |





            NOTE: March is provisional.
        "#]]
        .assert_eq(&asciidoc_as_text(body));
    }

    #[test]
    fn plain_text_and_markdown_are_left_alone() {
        for body in ["Title\n\n== not a heading here\n", "# Title\n\n| a | b |\n"] {
            assert_eq!(asciidoc_as_text(body), body);
        }
    }
}
