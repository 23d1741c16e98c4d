//! LaTeX paragraphs: LaTeX reads a single line end as a space, so the
//! lines of a paragraph of source (wrapped at any width, a sentence or a
//! footnote broken anywhere) are one paragraph of text. Each is written on
//! its first line and its other lines left blank, as a subtitle file's
//! cues are joined ([`super::subtitles`]), so no sentence is cut where its
//! source line happened to end and its block points at its first line.
//!
//! Invariant: a line is joined only to the lines of text just above it;
//! a blank line (a blank source line, or one whose commands wrote nothing,
//! such as `\begin{itemize}` or a table's), a `#` heading and verbatim
//! text end a paragraph, and a `- ` list item starts one.

use std::ops::Range;

/// Joins the paragraphs of `lines`, none of the lines in `verbatim`.
pub fn join_paragraphs(lines: &mut [String], verbatim: &[Range<usize>]) {
    let mut as_written = vec![false; lines.len()];
    for range in verbatim {
        let end = range.end.min(lines.len());
        as_written[range.start.min(end)..end].fill(true);
    }
    let mut head: Option<usize> = None;
    for idx in 0..lines.len() {
        let text = lines[idx].trim();
        if text.is_empty() || text.starts_with('#') || as_written[idx] {
            head = None;
            continue;
        }
        match head {
            Some(first) if !text.starts_with("- ") => {
                let text = std::mem::take(&mut lines[idx]);
                lines[first].push(' ');
                lines[first].push_str(text.trim());
            }
            _ => head = Some(idx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraphs_lines_join_on_its_first_and_structure_breaks_it() {
        let mut lines: Vec<String> = [
            "# Licensing",
            "We began to offer standard",
            "“easy access” terms.",
            "",
            "- CryoSeal: licensed in 2023 to",
            "  Nordvale Pharma.",
            "- GridSense: 6 staff.",
            "code line one",
            "code line two",
            "After the code.",
        ]
        .map(String::from)
        .to_vec();
        let code = 7..9;
        join_paragraphs(&mut lines, std::slice::from_ref(&code));
        assert_eq!(
            lines,
            [
                "# Licensing",
                "We began to offer standard “easy access” terms.",
                "",
                "",
                "- CryoSeal: licensed in 2023 to Nordvale Pharma.",
                "",
                "- GridSense: 6 staff.",
                "code line one",
                "code line two",
                "After the code."
            ]
        );
    }
}
