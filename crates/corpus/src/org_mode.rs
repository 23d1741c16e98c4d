//! Emacs Org-mode markup: working notes kept in Org and shared as the
//! `.org` file itself carry their metadata, task state and tables in
//! markup that is no text of its own:
//!
//! ```text
//! #+TITLE: Examination Unit — quarterly notes, Q2 2025
//! #+DATE: [2025-07-09 Wed]
//! * DONE Recruit examiners                                   :staff:
//!   CLOSED: [2025-06-30 Mon 17:02]
//!   :PROPERTIES:
//!   :EFFORT:   2:00
//!   :END:
//! | Month | Filed |
//! |-------+-------|
//! | April |   801 |
//! ```
//!
//! `#+TITLE` becomes the headline, `#+AUTHOR` a `Source:` line and
//! `#+DATE` a `Date:` line; `#+CAPTION` stays as the line over its table;
//! other keywords go. A heading's stars, task keyword (`TODO`, `DONE` and
//! those a `#+TODO:` line declares), priority cookie and tags go, leaving a
//! `#` heading. Property and logbook drawers, planning lines (`CLOSED:`,
//! `DEADLINE:`, `SCHEDULED:`), source and example blocks and the fixed-width
//! `: …` results under `#+RESULTS:` go; a table's `|---+---|` rules become
//! the separators of pipe tables; links leave their description; a list
//! item's indented continuation lines join the item; footnote labels go.
//!
//! Invariant: the line count never changes (a removed or joined line is
//! left blank), and a body is only rewritten when at least
//! [`MIN_ORG_SIGNS`] lines are Org keywords or drawers.

use super::text::lines_like;

/// Org keyword and drawer lines that make a body an Org file.
const MIN_ORG_SIGNS: usize = 2;
/// Task keywords every Org file knows.
const TASK_WORDS: &[&str] = &["TODO", "DONE"];
/// Lines that plan a task, under its heading.
const PLANNING: &[&str] = &["CLOSED:", "DEADLINE:", "SCHEDULED:"];

/// The body with its Org markup read as the plain-text dialect, or as it
/// is when it is no Org file.
pub fn org_mode_as_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let signs = lines
        .iter()
        .filter(|l| keyword(l).is_some() || is_drawer(l))
        .count();
    if signs < MIN_ORG_SIGNS {
        return body.to_string();
    }
    let tasks = task_words(&lines);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut skipping: Option<&str> = None;
    let mut item: Option<(usize, usize)> = None;
    for line in &lines {
        let trimmed = line.trim();
        let mut text = String::new();
        if let Some(end) = skipping {
            if trimmed.eq_ignore_ascii_case(end) {
                skipping = None;
            }
            out.push(text);
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        match item {
            Some((at, depth)) if indent > depth && !trimmed.is_empty() && !is_drawer(line) => {
                out[at].push(' ');
                out[at].push_str(&inline(trimmed));
                out.push(text);
                continue;
            }
            _ => item = None,
        }
        if let Some((key, value)) = keyword(line) {
            text = match key.to_ascii_uppercase().as_str() {
                "TITLE" | "CAPTION" => inline(value),
                "AUTHOR" => format!("Source: {}", inline(value)),
                "DATE" => format!("Date: {}", strip_timestamp(value)),
                "BEGIN_SRC" => skip(&mut skipping, "#+END_SRC"),
                "BEGIN_EXAMPLE" => skip(&mut skipping, "#+END_EXAMPLE"),
                "BEGIN_COMMENT" => skip(&mut skipping, "#+END_COMMENT"),
                _ => String::new(),
            };
        } else if is_drawer(line) {
            skipping = Some(":END:");
        } else if trimmed == ":END:"
            || PLANNING.iter().any(|p| trimmed.starts_with(p))
            // Fixed-width output of a block, as `#+RESULTS:` shows it.
            || trimmed.starts_with(": ")
            || trimmed == ":"
        {
            // Markup with no text: the line stays blank.
        } else if let Some(title) = heading(line, &tasks) {
            text = format!("# {}", inline(title));
        } else if trimmed.starts_with('|') {
            text = table_line(trimmed);
        } else {
            text = inline(line);
            let bullet = ["- ", "+ "].iter().any(|b| trimmed.starts_with(b)) || numbered(trimmed);
            if bullet {
                item = Some((out.len(), indent));
            }
        }
        out.push(text);
    }
    lines_like(&out, body)
}

/// Skips lines up to `end`, leaving the block's own line blank.
fn skip(skipping: &mut Option<&'static str>, end: &'static str) -> String {
    *skipping = Some(end);
    String::new()
}

/// `#+KEY: value` (the value may be empty, as `#+RESULTS:` is).
fn keyword(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix("#+")?;
    let (key, value) = rest.split_once(':').unwrap_or((rest, ""));
    let word = key.split_whitespace().next()?;
    let is_key = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_key {
        return None;
    }
    // `#+BEGIN_SRC emacs-lisp :exports results` has no colon after its key.
    let block = word.len() < key.len() || !rest.contains(':');
    Some(if block {
        (word, "")
    } else {
        (key, value.trim())
    })
}

/// `:PROPERTIES:` or `:LOGBOOK:`, a drawer's opening line.
fn is_drawer(line: &str) -> bool {
    let t = line.trim();
    t.len() > 2
        && t != ":END:"
        && t.starts_with(':')
        && t.ends_with(':')
        && t[1..t.len() - 1]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_')
}

/// The task words of the file: Org's own and those `#+TODO:` lines declare.
fn task_words<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let declared = (lines.iter().filter_map(|l| keyword(l)))
        .filter(|(k, _)| k.eq_ignore_ascii_case("TODO") || k.eq_ignore_ascii_case("SEQ_TODO"))
        .flat_map(|(_, v)| v.split_whitespace())
        .filter(|w| *w != "|")
        .map(|w| w.split('(').next().unwrap_or(w));
    TASK_WORDS.iter().copied().chain(declared).collect()
}

/// A heading's title, without its stars, task word, priority and tags.
fn heading<'a>(line: &'a str, tasks: &[&str]) -> Option<&'a str> {
    let stars = line.len() - line.trim_start_matches('*').len();
    let rest = line[stars..].strip_prefix(' ').filter(|_| stars > 0)?;
    let mut title = rest.trim();
    if let Some((first, after)) = title.split_once(' ') {
        if tasks.contains(&first) {
            title = after.trim_start();
        }
    }
    if let Some(after) = title.strip_prefix("[#").and_then(|t| t.get(2..)) {
        title = after.trim_start();
    }
    // `Notes on the table      :noexport:`
    if let Some((head, tags)) = title.rsplit_once(char::is_whitespace) {
        if tags.len() > 2 && tags.starts_with(':') && tags.ends_with(':') {
            title = head.trim_end();
        }
    }
    Some(title)
}

fn numbered(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// A table row as it is, and a `|---+---|` rule as a pipe table's separator.
fn table_line(line: &str) -> String {
    let rule = line.starts_with("|-") && line.chars().all(|c| matches!(c, '|' | '-' | '+' | ':'));
    if !rule {
        return inline(line);
    }
    let columns = line.matches('+').count() + 1;
    format!("|{}", "---|".repeat(columns))
}

/// `[2025-10-14 Tue]` or `<2025-10-14 Tue 10:00>` as `2025-10-14`.
fn strip_timestamp(value: &str) -> String {
    let inner = value
        .trim()
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>']);
    inner.split_whitespace().next().unwrap_or("").to_string()
}

/// Links as their description, footnote labels gone, `\\` line ends gone,
/// `*bold*` and `=code=` markers unwrapped at word edges.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let Some(close) = after.find("]]") else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let link = &after[..close];
        let shown = link.split_once("][").map_or(link, |(_, d)| d);
        out.push_str(shown.trim_start_matches('*'));
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    let out = out.trim_end().trim_end_matches("\\\\").trim_end();
    let words: Vec<String> = out.split(' ').map(unwrap_emphasis).collect();
    let joined = words.join(" ");
    match joined.strip_prefix("[fn:") {
        Some(rest) => rest
            .split_once("] ")
            .map_or(joined.clone(), |(_, t)| t.to_string()),
        None => joined,
    }
}

/// `*3,412*,` → `3,412,`: emphasis markers around a word.
fn unwrap_emphasis(word: &str) -> String {
    let core = word.trim_end_matches([',', '.', ';', ')', ':']);
    let tail = &word[core.len()..];
    for mark in ['*', '=', '~', '/', '+', '_'] {
        let inner = core.strip_prefix(mark).and_then(|c| c.strip_suffix(mark));
        if let Some(inner) = inner.filter(|i| !i.is_empty() && !i.starts_with(' ')) {
            return format!("{inner}{tail}");
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_org_files_markup_goes_and_its_text_tables_and_dates_stay() {
        let body = "#+TITLE: Design Unit — notes, Q2 2025\n#+AUTHOR: R. Amari\n#+DATE: <2025-07-09 Wed>\n#+TODO: TODO REVIEW | DONE\n\n* REVIEW [#A] Filings                         :stats:\n  SCHEDULED: <2025-07-11 Fri>\n  :PROPERTIES:\n  :ID: f1\n  :END:\n- Design applications in the quarter: *1,204*, up 3.1% on\n  Q2 2024 (1,168).\n#+CAPTION: Designs filed\n| Month | Filed |\n|-------+-------|\n| April | 401 |\n#+BEGIN_SRC python\nprint(401 + 388)\n#+END_SRC\n#+RESULTS:\n: 789\nSee [[*Filings][the filings]] and [fn:1].\n[fn:1] Revised figures.\n";
        expect_test::expect![[r#"
            Design Unit — notes, Q2 2025
            Source: R. Amari
            Date: 2025-07-09


            # Filings




            - Design applications in the quarter: 1,204, up 3.1% on Q2 2024 (1,168).

            Designs filed
            | Month | Filed |
            |---|---|
            | April | 401 |





            See the filings and [fn:1].
            Revised figures.
        "#]]
        .assert_eq(&org_mode_as_text(body));
    }

    #[test]
    fn text_that_only_mentions_a_keyword_is_left_alone() {
        let body = "* Not a heading in Markdown\n#+TITLE: quoted once\nText.\n";
        assert_eq!(org_mode_as_text(body), body);
    }
}
