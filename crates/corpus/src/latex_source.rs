//! LaTeX sources: a document saved as its LaTeX source (a `.tex` file, or
//! one saved as `.txt`) is written in the plain-text dialect the rest of
//! the compiler reads. Its markup goes (comments, the preamble, `\label`,
//! `\centering`), its words keep their text (`\textbf{x}` → `x`,
//! `\footnote{x}` → ` (x)`, `\euro\,3.62~million` → `€3.62 million`,
//! `\num{1137}` → `1137`, `17\,\%` → `17%`, `\'e` → `é`), sections become
//! `#` headings, list items `- ` lines, each paragraph one line of text
//! ([`super::latex_paragraphs`]), tables `| a | b |` rows under their
//! caption ([`super::latex_scan`], [`super::latex_tables`]), and the
//! `\title`, `\author` and `\date` the lines the metadata reader knows: a
//! `# Title` headline first, then `Source: Author` (the issuer) and a
//! `Date:` dateline.
//!
//! Invariant: the line count never changes (a paragraph is written on its
//! first line, a table's rows on its environment's lines, the title lines
//! on the preamble's), and a body is rewritten only when it is plainly
//! LaTeX: it has a `\documentclass` or `\begin{document}` line, or
//! [`MIN_STRUCTURE_LINES`] lines that open with a sectioning or environment
//! command, so prose that quotes a command stays as it is.

use std::borrow::Cow;

use super::latex_commands::FrontKind;
use super::latex_macros::macros_of;
use super::latex_paragraphs::join_paragraphs;
use super::latex_scan::{scan, FrontLine};
use super::latex_tables::lay_out_tables;
use super::text::{lines_like, squash_spaces};

/// Lines opening with a sectioning or environment command that make a
/// body without a preamble LaTeX.
const MIN_STRUCTURE_LINES: usize = 3;
/// Commands whose lines show a LaTeX body's structure.
const STRUCTURE: &[&str] = &[
    "\\section",
    "\\subsection",
    "\\subsubsection",
    "\\chapter",
    "\\begin{",
    "\\end{",
    "\\item",
];

/// The body written as plain text when it is LaTeX (see the module doc),
/// else the body as it is.
pub fn latex_source_as_text(body: &str) -> Cow<'_, str> {
    if !is_latex_source(body) {
        return Cow::Borrowed(body);
    }
    let mut scanned = scan(body, &macros_of(body));
    join_paragraphs(&mut scanned.lines, &scanned.verbatim);
    lay_out_tables(&mut scanned.lines, &scanned.tables, &scanned.captions);
    lay_out_front(&mut scanned.lines, &scanned.front);
    let mut lines: Vec<String> = scanned.lines.iter().map(|l| tidy(l)).collect();
    // The scan holds a line after the body's last line end; it is empty
    // but for marks closing at the end of the file.
    if body.ends_with('\n') {
        if let Some(last) = lines.pop().filter(|l| !l.is_empty()) {
            if let Some(before) = lines.last_mut() {
                before.push(' ');
                before.push_str(&last);
            }
        }
    }
    Cow::Owned(lines_like(&lines, body))
}

/// True when `body` is plainly LaTeX source.
pub fn is_latex_source(body: &str) -> bool {
    let mut structure = 0;
    let mut sections = false;
    for line in body.lines() {
        let text = line.trim_start();
        if text.starts_with("\\documentclass") || text.starts_with("\\begin{document}") {
            return true;
        }
        if let Some(command) = STRUCTURE.iter().find(|c| text.starts_with(*c)) {
            structure += 1;
            sections |= !matches!(*command, "\\item" | "\\end{");
        }
    }
    structure >= MIN_STRUCTURE_LINES && sections
}

/// A line's spaces squashed, and a space left before a closing mark by a
/// dropped reference (`as in \cite{x}; see Table~\ref{t}.` → `as in; see
/// Table.`) taken out.
fn tidy(line: &str) -> String {
    let squashed = squash_spaces(line.trim());
    let mut out = String::with_capacity(squashed.len());
    let mut chars = squashed.chars();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let mut ahead = chars.clone();
            let closing = matches!(ahead.next(), Some(',' | ';' | ':' | '.' | ')'))
                && ahead
                    .next()
                    .is_none_or(|a| matches!(a, ' ' | ')' | ',' | ';' | '.'));
            if closing {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Writes the title, author and date on the lines they were given on, in
/// that order (the title first, as the headline): `# Title`, `Source:
/// Author` (the issuer) and `Date: 2 March 2026` (only a date with a year).
fn lay_out_front(lines: &mut [String], front: &[FrontLine]) {
    let first = |kind: FrontKind| front.iter().find(|f| f.kind == kind && !f.text.is_empty());
    let title = first(FrontKind::Title);
    let author = first(FrontKind::Author);
    let date = first(FrontKind::Date).filter(|d| d.text.bytes().any(|b| b.is_ascii_digit()));
    let written: Vec<(usize, String)> = [
        title.map(|t| (t.line, format!("# {}", t.text))),
        author.map(|a| (a.line, format!("Source: {}", a.text))),
        date.map(|d| (d.line, format!("Date: {}", d.text))),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut slots: Vec<usize> = written.iter().map(|(line, _)| *line).collect();
    slots.sort_unstable();
    slots.dedup();
    // Two on one line: the next blank lines take the others.
    let mut next = slots.last().map_or(0, |l| l + 1);
    while slots.len() < written.len() && next < lines.len() {
        if lines[next].trim().is_empty() {
            slots.push(next);
        }
        next += 1;
    }
    for (slot, (_, text)) in slots.into_iter().zip(written) {
        if lines.get(slot).is_some_and(|l| l.trim().is_empty()) {
            lines[slot] = text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rewritten body, each line numbered from 1, blank lines left out.
    fn check(body: &str, expect: expect_test::Expect) {
        let text = latex_source_as_text(body);
        assert_eq!(text.lines().count(), body.lines().count(), "line count");
        let shown: Vec<String> = (text.lines().enumerate())
            .filter(|(_, l)| !l.is_empty())
            .map(|(idx, l)| format!("{}: {l}", idx + 1))
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn a_report_with_chapters_a_title_page_and_a_ruled_table() {
        check(
            r#"\documentclass[11pt]{report}
\usepackage{siunitx}
\usepackage{tabularx}
\author{Harbour Seed Registry}
\title{Plant Variety Rights: Annual Statistics\\ 2025}
\date{14 January 2026}
\begin{document}
\maketitle
\tableofcontents
\chapter{Overview}\label{ch:overview}
The registry received \num{1137} applications in 2025, of which
\SI{62.5}{\percent} came from domestic breeders.\footnote{Counted by
the breeder's address; see \cite[p.~4]{rules2024} for the {\em old} rule.}
Fees came to \textdollar\,2.4~million.
\section*{Examinations}
\begin{table}[htbp]
\centering
\caption{Examinations by crop group, 2025}
\begin{tabularx}{\textwidth}{lXr}
\hline
Crop group & Tests begun & Share \\
\hline
Cereals & \num{412} & 36\,\% \\
Vegetables & 388 & 34\% \\ \hline
\end{tabularx}
\end{table}
\end{document}
Anything after the end is not the document's.
"#,
            expect_test::expect![[r#"
                4: # Plant Variety Rights: Annual Statistics 2025
                5: Source: Harbour Seed Registry
                6: Date: 14 January 2026
                10: # Overview
                11: The registry received 1137 applications in 2025, of which 62.5% came from domestic breeders. (Counted by the breeder's address; see for the old rule.) Fees came to $2.4 million.
                15: # Examinations
                18: Examinations by crop group, 2025:
                19: | Crop group | Tests begun | Share |
                20: | --- | --- | --- |
                21: | Cereals | 412 | 36% |
                22: | Vegetables | 388 | 34% |"#]],
        );
    }

    #[test]
    fn a_fragment_with_lists_escapes_comments_and_quantities() {
        check(
            r#"\section{Fees and caseload}
The office charged \pounds 40 per renewal in 2024--2025, and 12\% % provisional
of renewals were late; about 3\% of filers paid in \euro.
\subsection*{Targets for 2026}
\begin{enumerate}[label=(\alph*)]
  \item[(a)] Clear \qty{1.2e3}{files} of the backlog.
  \item[(b)] Keep ``late renewals'' under \SI{10}{\percent}.
\end{enumerate}
\begin{description}
\item[Examiners] \num{58}, of whom \enquote{senior} 14.
\item[Median wait:] \qty{11.5}{weeks}
\end{description}
\paragraph{Staff} The Caf\'e na\"ive team of 6 --- all of them in M\"unchen.
"#,
            expect_test::expect![[r#"
                1: # Fees and caseload
                2: The office charged £40 per renewal in 2024–2025, and 12% of renewals were late; about 3% of filers paid in €.
                4: ## Targets for 2026
                6: - (a) Clear 1200 files of the backlog.
                7: - (b) Keep “late renewals” under 10%.
                10: - Examiners: 58, of whom “senior” 14.
                11: - Median wait: 11.5 weeks
                13: Staff. The Café naïve team of 6 — all of them in München."#]],
        );
    }

    #[test]
    fn a_footnote_with_nested_braces_reads_inside_its_paragraph() {
        check(
            "\\begin{document}\n\\section{Loans}\nBanks lent \\euro\\,3.62~million\\footnote{Of which \\textbf{\\emph{1.1 million}}\nwent to {small {firms}} in \\textsc{Eastmere}.} in 2025.\n\\end{document}\n",
            expect_test::expect![[r#"
                2: # Loans
                3: Banks lent €3.62 million (Of which 1.1 million went to small firms in Eastmere.) in 2025."#]],
        );
    }

    #[test]
    fn a_longtable_with_a_spanning_header_repeats_no_header() {
        check(
            r#"\begin{document}
\begin{longtable}{lrrrr}
\caption{Filings and grants}\\
\toprule
 & \multicolumn{2}{c}{Filed} & \multicolumn{2}{c}{Granted} \\
\cmidrule(lr){2-3}\cmidrule(lr){4-5}
Route & 2024 & 2025 & 2024 & 2025 \\
\midrule
\endfirsthead
Route & 2024 & 2025 & 2024 & 2025 \\
\endhead
Online & \num{1 204} & 1\,310 & 980 & 1,022 \\
Paper & 96 & 71 & 88 & 60 \\
\bottomrule
\end{longtable}
Two tables, one after the other:
\begin{tabular}{lr}
Offices & 4 \\
Staff & 212 \\
\end{tabular}
\begin{tabular}{lr}
Budget & \euro 9.1m \\
Income & 8.4~million~\euro \\
\end{tabular}
\end{document}
"#,
            expect_test::expect![[r#"
                2: Filings and grants:
                3: | Route | Filed 2024 | Filed 2025 | Granted 2024 | Granted 2025 |
                4: | --- | --- | --- | --- | --- |
                5: | Online | 1204 | 1,310 | 980 | 1,022 |
                6: | Paper | 96 | 71 | 88 | 60 |
                16: Two tables, one after the other:
                17: | Offices | 4 |
                18: | Staff | 212 |
                21: | Budget | €9.1m |
                22: | Income | €8.4 million |"#]],
        );
    }

    #[test]
    fn prose_that_quotes_a_command_stays_as_it_is() {
        let prose = "To start a section, type \\section{Name}.\nA list is \\begin{itemize} … \\end{itemize}.\n";
        assert!(matches!(latex_source_as_text(prose), Cow::Borrowed(_)));
        let markdown = "# Fees\n\n- Renewal: £40\n";
        assert!(matches!(latex_source_as_text(markdown), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_and_hostile_sources_keep_their_lines_in_linear_time() {
        let broken = "\\documentclass{article}\n\\begin{document}\n\\textbf{open\n\nNext paragraph } \\\\[\n\\end{itemize}\\begin{tabular}{l\nx & y \\verb|a\n\\'{\\\n";
        check(
            broken,
            expect_test::expect![[r#"
            3: open
            5: Next paragraph ["#]],
        );
        let started = std::time::Instant::now();
        for unit in [
            "{",
            "}",
            "\\begin{a}",
            "\\end{b}",
            "\\item[",
            "\\footnote{",
            "&",
            "\\\\",
            "\\'",
        ] {
            let body = format!(
                "\\begin{{document}}\n\\begin{{tabular}}{{l}}\n{}\n",
                unit.repeat(100_000)
            );
            let text = latex_source_as_text(&body);
            assert_eq!(text.lines().count(), body.lines().count(), "{unit}");
        }
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }
}
