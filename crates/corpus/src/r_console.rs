//! An R console session saved as text: an analyst's commands after `> `
//! prompts, their comments and what R printed back:
//!
//! ```text
//! > ## Utility model figures for the brief
//! > Sys.Date()
//! [1] "2025-02-20"
//! > # fees_k = fee income in thousand marks
//! > um
//!   year filed fees_k
//! 1 2023  9968  11620
//! 2 2024 10453  12318
//! > # filings growth 2024 on 2023, %
//! > round(100 * (um$filed[2] / um$filed[1] - 1), 1)
//! [1] 4.9
//! ```
//!
//! The session reads as the brief it prepares: a `##` comment is a
//! heading, a `#` comment a line of text (what the analyst says of the
//! figures), a printed data frame a table of pipe rows (its row numbers
//! dropped, a column named by a comment's gloss: `fee income (thousand
//! marks)`), a lone result under a comment that names it a `Label: value`
//! line (`Filings growth 2024 on 2023: 4.9%`), `Sys.Date()`'s answer a
//! `Date:` line, and text a command printed (`cat`) stays. The rest is
//! machinery and goes: the start-up banner, the code, `str()` and
//! `summary()` listings, model coefficients, vectors, `sessionInfo()`.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_PROMPTS`] lines are prompts and R printed a `[1]`
//! result or opened with its banner.

use std::borrow::Cow;

use super::text::{ends_terminal, lines_like};

/// Prompt lines that make a body a console session.
const MIN_PROMPTS: usize = 4;
/// Commands whose output is a listing of the machinery, never text.
#[rustfmt::skip]
const MACHINERY: &[&str] = &["str", "summary", "coef", "predict", "sessionInfo", "nrow", "ncol", "dim", "names", "class", "file.info", "sum", "length", "fit", "lm", "table", "quantile"];
/// Commands whose one result is today's date.
const TODAY: &[&str] = &["Sys.Date()", "Sys.time()", "date()", "today()"];
/// Scale words a column's gloss may give its unit with.
const SCALES: &[&str] = &["thousand", "thousands", "million", "millions", "billion"];

/// The body of a console session read as text, or as it is when it is none.
pub fn r_console_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    if !is_session(&lines) {
        return Cow::Borrowed(body);
    }
    let glosses = glosses(&lines);
    let mut out: Vec<String> = vec![String::new(); lines.len()];
    let mut command: Option<&str> = None;
    // The comment just above the command, and its line.
    let mut comment: Option<(usize, String)> = None;
    let mut headline = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(input) = prompt(line) {
            let input = input.trim();
            if let Some(text) = input.strip_prefix('#') {
                let level = 1 + text.len() - text.trim_start_matches('#').len();
                let text = text.trim_start_matches('#').trim();
                let after_heading =
                    i > 0 && prompt(lines[i - 1]).is_some_and(|p| p.trim().starts_with("##"));
                let gloss = glosses
                    .iter()
                    .any(|(name, _)| text.starts_with(&format!("{name} = ")));
                out[i] = if level >= 2 && !after_heading {
                    headline = true;
                    format!("# {text}")
                } else if gloss {
                    String::new()
                } else {
                    as_sentence(text)
                };
                comment = (level == 1).then(|| (i, text.to_string()));
                command = None;
            } else if !input.is_empty() {
                command = Some(input);
            } else {
                comment = None;
            }
            i += 1;
            continue;
        }
        // What R printed for the command, up to the next prompt.
        let end = (i..lines.len())
            .find(|&j| prompt(lines[j]).is_some())
            .unwrap_or(lines.len());
        if headline || command.is_some() {
            let label = comment.as_ref().map(|(_, text)| text.as_str());
            let named = read_output(&lines[i..end], command, label, &glosses, &mut out[i..end]);
            // The comment now labels its result, and says nothing else.
            if let (true, Some((at, _))) = (named, &comment) {
                out[*at].clear();
            }
        }
        comment = None;
        i = end;
    }
    Cow::Owned(lines_like(&out, body))
}

/// True for a console session: prompts, and R's banner or a `[1]` result.
fn is_session(lines: &[&str]) -> bool {
    let prompts = lines.iter().filter(|l| prompt(l).is_some()).count();
    let code = lines
        .iter()
        .any(|l| prompt(l).is_some_and(|p| p.contains("<-") || p.contains("()")));
    let banner = lines.iter().take(5).any(|l| l.starts_with("R version "));
    let result = lines.iter().any(|l| l.starts_with("[1] "));
    prompts >= MIN_PROMPTS && code && (banner || result)
}

/// The input after a `> ` or `+ ` prompt.
fn prompt(line: &str) -> Option<&str> {
    line.strip_prefix("> ")
        .or_else(|| line.strip_prefix("+ "))
        .or_else(|| (line == ">").then_some(""))
}

/// What a command printed, written to `out`: a data frame as pipe rows, a
/// named result as a `Label: value` line, today's date as a `Date:` line,
/// a `cat` line as it is; machinery stays blank. True when the comment
/// became the result's label.
fn read_output(
    printed: &[&str],
    command: Option<&str>,
    comment: Option<&str>,
    glosses: &[(String, String)],
    out: &mut [String],
) -> bool {
    let command = command.unwrap_or("");
    let function = command.split('(').next().unwrap_or("").trim();
    if let [only] = printed {
        if let Some(value) = only.strip_prefix("[1] ") {
            let value = value.trim().trim_matches('"');
            if TODAY.contains(&command) {
                out[0] = format!("Date: {value}");
            } else if let (Some(label), true) = (comment, is_number(value)) {
                out[0] = labelled(label, value);
                return true;
            }
            return false;
        }
    }
    if MACHINERY.contains(&function) {
        return false;
    }
    if let Some(rows) = data_frame(printed, glosses) {
        for (slot, row) in out.iter_mut().zip(rows) {
            *slot = row;
        }
    } else if matches!(function, "cat" | "message" | "print" | "writeLines") {
        for (slot, line) in out.iter_mut().zip(printed) {
            *slot = line.trim_end().to_string();
        }
    }
    false
}

/// `filings growth 2024 on 2023, %` and `4.9` → `Filings growth 2024 on
/// 2023: 4.9%`.
fn labelled(label: &str, value: &str) -> String {
    let mut label = label.trim().trim_end_matches([':', '.']).to_string();
    let mut unit = "";
    for mark in [", %", " (%)", " %", ", percent", " in %"] {
        if let Some(rest) = label.strip_suffix(mark) {
            label = rest.to_string();
            unit = "%";
        }
    }
    format!("{}: {value}{unit}.", capitalised(&label))
}

/// A printed data frame as pipe rows: a header of column names, then rows
/// that open with a row name (dropped when it is a row number).
fn data_frame(printed: &[&str], glosses: &[(String, String)]) -> Option<Vec<String>> {
    let (header, rows) = printed.split_first()?;
    let names: Vec<&str> = header.split_whitespace().collect();
    let named = !names.is_empty()
        && names.iter().all(|n| {
            n.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
        });
    let cells: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.split_whitespace().collect())
        .collect();
    let fits = !cells.is_empty() && cells.iter().all(|c| c.len() == names.len() + 1);
    if !(named && fits) {
        return None;
    }
    let head = names.iter().map(|n| column_name(n, glosses));
    let mut out = vec![format!("| {} |", head.collect::<Vec<_>>().join(" | "))];
    for row in &cells {
        out.push(format!("| {} |", row[1..].join(" | ")));
    }
    Some(out)
}

/// A column's name as a reader of the table would say it: its gloss from a
/// comment (`fees_k = fee income in thousand marks` → `fee income
/// (thousand marks)`), else its words (`fees_k` → `fees k`).
fn column_name(name: &str, glosses: &[(String, String)]) -> String {
    let Some((_, gloss)) = glosses.iter().find(|(n, _)| n == name) else {
        return name.replace(['_', '.'], " ");
    };
    let gloss = gloss.split([',', ';', '(']).next().unwrap_or(gloss).trim();
    match gloss.rsplit_once(" in ") {
        Some((what, unit)) if SCALES.iter().any(|s| unit.starts_with(s)) => {
            format!("{what} ({unit})")
        }
        _ => gloss.to_string(),
    }
}

/// The glosses comments give column names: `# fees_k = fee income in
/// thousand marks`, `# filed/granted = applications and registrations`
/// (one gloss for each name of a group).
fn glosses(lines: &[&str]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in lines {
        let Some(text) = prompt(line).and_then(|p| p.trim().strip_prefix('#')) else {
            continue;
        };
        let Some((names, gloss)) = text.trim_start_matches('#').split_once(" = ") else {
            continue;
        };
        let names: Vec<&str> = names.trim().split('/').collect();
        if names.len() == 1 && !names[0].contains(' ') {
            out.push((names[0].to_string(), gloss.trim().to_string()));
        }
    }
    out
}

fn is_number(value: &str) -> bool {
    value.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A comment as a line of text, with a stop when it has none.
fn as_sentence(text: &str) -> String {
    if text.is_empty() || ends_terminal(text) || text.ends_with(':') {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &str = "R version 4.3.2 (2023-10-31) -- \"Eye Holes\"
Type 'q()' to quit R.

> ## Design registry figures
> Sys.Date()
[1] \"2025-03-04\"
> d <- read.csv(\"designs.csv\")
> # fee_k = fee income in thousand marks
> d
  year designs fee_k
1 2023    4210  1630
2 2024    4588  1744
> summary(d$designs)
   Min. 1st Qu.  Median    Mean 3rd Qu.    Max.
   4210    4304    4399    4399    4494    4588
> # designs growth 2024 on 2023, %
> round(100 * (d$designs[2] / d$designs[1] - 1), 1)
[1] 9
> nrow(d)
[1] 2
> cat(\"Registered at end of February 2025:\", 61204, \"\\n\")
Registered at end of February 2025: 61204
> sessionInfo()
R version 4.3.2 (2023-10-31)
Platform: x86_64-pc-linux-gnu
";

    #[test]
    fn a_session_reads_as_its_headings_tables_named_results_and_printed_text() {
        let text = r_console_as_text(SESSION);
        let kept: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# Design registry figures",
                "Date: 2025-03-04",
                "| year | designs | fee income (thousand marks) |",
                "| 2023 | 4210 | 1630 |",
                "| 2024 | 4588 | 1744 |",
                "Designs growth 2024 on 2023: 9%.",
                "Registered at end of February 2025: 61204",
            ]
        );
        assert_eq!(text.split('\n').count(), SESSION.split('\n').count());
    }

    #[test]
    fn quoted_mail_and_prose_are_no_session() {
        for body in [
            "> Filings rose to 4,210.\n> Grants fell.\n> More.\n> Even more.\n",
            "Text.\n[1] A footnote.\n",
            "",
        ] {
            assert_eq!(r_console_as_text(body), body);
        }
    }

    #[test]
    fn a_broken_session_never_panics() {
        for body in [
            "> a()\n> b <- 1\n> c()\n> d()\n[1]\n  x\n1\n>",
            "> #\n> ##\n> ()\n> <-\n[1] \"\"\n+ \n",
        ] {
            let text = r_console_as_text(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count());
        }
    }
}
