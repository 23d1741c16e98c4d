//! An interactive session of R or Python saved as text: an analyst's
//! commands after `> ` or `>>> ` prompts (`+ `, `... ` going on), their
//! comments and what the console printed back:
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
//! figures), a printed data frame (R's or pandas') a table of pipe rows
//! (its row numbers dropped, a column named by a comment's gloss: `fee
//! income (thousand marks)`), a lone result (`[1] 4.9`, `4.9`) under a
//! comment that names it a `Label: value` line (`Filings growth 2024 on
//! 2023: 4.9%`), today's date (`Sys.Date()`, `date.today()`) a `Date:`
//! line, and text a command printed (`cat`, `print`) stays. The rest is
//! machinery and goes: the start-up banner, the code, `str()`,
//! `summary()` and `describe()` listings, model coefficients, vectors,
//! `sessionInfo()`.
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
const MACHINERY: &[&str] = &["str", "summary", "coef", "predict", "sessionInfo", "nrow", "ncol", "dim", "names", "class", "file.info", "sum", "length", "fit", "lm", "table", "quantile", "describe", "info", "dtypes", "shape", "len", "type"];
/// Commands whose one result is today's date.
#[rustfmt::skip]
const TODAY: &[&str] = &["Sys.Date()", "Sys.time()", "date()", "today()", "date.today()", "datetime.date.today()", "datetime.now()", "datetime.today()", "datetime.datetime.now()"];
/// Scale words a column's gloss may give its unit with.
const SCALES: &[&str] = &["thousand", "thousands", "million", "millions", "billion"];

/// The body of a console session read as text, or as it is when it is none.
pub fn console_as_text(body: &str) -> Cow<'_, str> {
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

/// True for a console session: prompts of code, and the console's banner
/// or an R `[1]` result.
fn is_session(lines: &[&str]) -> bool {
    let prompts = lines.iter().filter(|l| prompt(l).is_some()).count();
    let code = |p: &str| p.contains("<-") || p.contains("()") || p.starts_with("import ");
    let coded = lines.iter().any(|l| prompt(l).is_some_and(code));
    let banner = (lines.iter().take(5)).any(|l| {
        l.starts_with("R version ") || l.starts_with("Python 3") || l.starts_with("Python 2")
    });
    let result = lines.iter().any(|l| l.starts_with("[1] "));
    let python = lines.iter().any(|l| l.starts_with(">>> "));
    prompts >= MIN_PROMPTS && coded && (banner || result || python)
}

/// The input after a prompt: R's `> ` and `+ `, Python's `>>> ` and `... `.
fn prompt(line: &str) -> Option<&str> {
    [">>> ", "... ", "> ", "+ "]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .or_else(|| matches!(line, ">" | ">>>" | "...").then_some(""))
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
    // `summary(um$filed)`, `q.applications.describe()`: the function called.
    let call = command.split('(').next().unwrap_or("").trim();
    let function = call.rsplit(['.', '$']).next().unwrap_or(call);
    if let [only] = printed {
        let value = only.strip_prefix("[1] ").unwrap_or(only).trim();
        let value = value.trim_matches(['"', '\'']);
        if TODAY.contains(&command) {
            if let Some(day) = day_of(value) {
                out[0] = format!("Date: {day}");
            }
            return false;
        }
        if let (Some(label), true) = (comment, is_number(value)) {
            out[0] = labelled(label, value);
            return true;
        }
        if only.starts_with("[1] ") {
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
    // `grants growth, Q2 2025 on Q2 2024`: the period is the label's own.
    let label = label.replace(", ", " ");
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

/// `2025-02-20`, `2025-02-20 10:14:03 CET` or `datetime.date(2025, 7, 8)`
/// → `2025-07-08`.
fn day_of(value: &str) -> Option<String> {
    let numbers: Vec<u16> = (value.split(|c: char| !c.is_ascii_digit()))
        .filter(|n| !n.is_empty())
        .take(3)
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    let [year, month, day] = numbers[..] else {
        return None;
    };
    let valid =
        (1900..=2100).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
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
        let text = console_as_text(SESSION);
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
    fn a_python_session_reads_the_same_way() {
        let session = "Python 3.11.4 (main, Jun  7 2023) [GCC 12.2.0] on linux
>>> import pandas as pd
>>> from datetime import date
>>> date.today()
datetime.date(2025, 9, 2)
>>> df = pd.read_csv('grants.csv')
>>> df
   year  grants
0  2023    1210
1  2024    1338
>>> # grants growth 2024 on 2023, %
>>> round(100 * (1338 / 1210 - 1), 1)
10.6
>>> df.grants.describe()
count       2.0
mean     1274.0
Name: grants, dtype: float64
>>> print(f\"Grants pending at 31 August 2025: {412:,}\")
Grants pending at 31 August 2025: 412
";
        let text = console_as_text(session);
        let kept: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "Date: 2025-09-02",
                "| year | grants |",
                "| 2023 | 1210 |",
                "| 2024 | 1338 |",
                "Grants growth 2024 on 2023: 10.6%.",
                "Grants pending at 31 August 2025: 412",
            ]
        );
    }

    #[test]
    fn quoted_mail_and_prose_are_no_session() {
        for body in [
            "> Filings rose to 4,210.\n> Grants fell.\n> More.\n> Even more.\n",
            "Text.\n[1] A footnote.\n",
            "",
        ] {
            assert_eq!(console_as_text(body), body);
        }
    }

    #[test]
    fn a_broken_session_never_panics() {
        for body in [
            "> a()\n> b <- 1\n> c()\n> d()\n[1]\n  x\n1\n>",
            "> #\n> ##\n> ()\n> <-\n[1] \"\"\n+ \n",
        ] {
            let text = console_as_text(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count());
        }
    }
}
