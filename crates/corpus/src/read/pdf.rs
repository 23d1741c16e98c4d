//! PDF files: the text layer, laid out again from the positions of the text
//! runs — lines grouped by height, words spaced by their gaps, paragraphs
//! split where the line spacing opens up, larger type as headings, aligned
//! columns as table rows. Running headers, footers and page numbers (lines
//! repeated at the top or foot of the pages) are removed, and words
//! hyphenated at a line end are joined again.
//!
//! Invariant: an encrypted PDF, a PDF without a text layer (scanned) and a
//! file lopdf cannot parse are errors saying which; a page whose content
//! cannot be decoded is skipped, never a panic.

use std::collections::BTreeMap;

use lopdf::{Document, Encoding, Object};

use super::pipe_rows;
use crate::text::{ends_terminal, join_line};

/// Bound on any one page's decompressed content (a decompression bomb costs
/// a page, not the build's memory).
const MAX_PAGE_CONTENT: usize = 32 * 1024 * 1024;

/// True when a text file holds a PDF (saved or pasted as text): one whose
/// objects are written out uncompressed reads as a PDF does.
pub fn is_pdf(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').starts_with("%PDF-")
}

/// Reads a PDF's text into the compiler's dialect.
pub fn read_pdf(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF") {
        return Err("not a PDF file (no %PDF header)".into());
    }
    let doc = Document::load_mem(bytes).map_err(|e| format!("cannot read the PDF: {e}"))?;
    if doc.is_encrypted() {
        return Err("the PDF is encrypted; save a copy without a password".into());
    }
    let read: Vec<Result<Vec<Line>, lopdf::Error>> = doc
        .get_pages()
        .values()
        .map(|&id| page_lines(&doc, id))
        .collect();
    let failed = read.iter().filter(|r| r.is_err()).count();
    let pages: Vec<Vec<Line>> = read.into_iter().map(Result::unwrap_or_default).collect();
    if pages.iter().all(Vec::is_empty) {
        let why = if contains(bytes, b"/Encrypt") {
            "the PDF is encrypted; save a copy without a password"
        } else if !bytes.trim_ascii_end().ends_with(b"%%EOF") {
            "the PDF is truncated (it does not end in %%EOF); copy it again"
        } else if pages.is_empty() || failed > 0 {
            "the PDF is damaged or truncated: its pages cannot be read"
        } else {
            "the PDF has no text layer (a scanned PDF?); run OCR on it first"
        };
        return Err(why.into());
    }
    let pages = drop_running_lines(pages);
    let body_size = body_font_size(&pages);
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    for page in &pages {
        let mut page_paragraphs = paragraphs_of(page, body_size);
        // A paragraph cut by the page break carries on.
        if let (Some(last), Some(first)) = (paragraphs.last_mut(), page_paragraphs.first()) {
            if last.kind == Kind::Text
                && first.kind == Kind::Text
                && !ends_terminal(&last.text)
                && first.text.starts_with(char::is_lowercase)
            {
                let first = page_paragraphs.remove(0);
                join_line(&mut last.text, &first.text);
            }
        }
        paragraphs.extend(page_paragraphs);
    }
    Ok(render(&paragraphs))
}

fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// A run of text placed on the page.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    end: f32,
    y: f32,
    size: f32,
    text: String,
}

/// One line of a page: its height, type size and text, with `\t` between
/// cells where a wide gap separates aligned columns.
#[derive(Debug, Clone)]
struct Line {
    y: f32,
    size: f32,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self × other`, as PDF concatenates matrices.
    fn then(self, other: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty])
    }
}

/// A font's encoding and glyph widths, for decoding and spacing runs.
struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    first_char: i64,
    widths: Vec<f32>,
}

impl Font<'_> {
    /// Width of a shown string in text space units per unit of type size.
    fn width(&self, bytes: &[u8], chars: usize) -> f32 {
        if self.widths.is_empty() {
            return chars as f32 * 0.5;
        }
        bytes
            .iter()
            .map(|&b| {
                let idx = i64::from(b) - self.first_char;
                usize::try_from(idx)
                    .ok()
                    .and_then(|i| self.widths.get(i).copied())
                    .unwrap_or(500.0)
                    / 1000.0
            })
            .sum()
    }
}

fn number(obj: &Object) -> Option<f32> {
    match obj {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn numbers(operands: &[Object]) -> Vec<f32> {
    operands.iter().filter_map(number).collect()
}

/// The runs of one page, as lines from top to bottom.
fn page_lines(doc: &Document, page: lopdf::ObjectId) -> Result<Vec<Line>, lopdf::Error> {
    let fonts: BTreeMap<Vec<u8>, Font> = doc
        .get_page_fonts(page)?
        .into_iter()
        .map(|(name, dict)| {
            let widths = dict
                .get(b"Widths")
                .ok()
                .and_then(|w| match w {
                    Object::Reference(id) => doc.get_object(*id).ok(),
                    other => Some(other),
                })
                .and_then(|w| w.as_array().ok())
                .map(|a| a.iter().filter_map(number).collect())
                .unwrap_or_default();
            let first_char = dict
                .get(b"FirstChar")
                .ok()
                .and_then(|f| f.as_i64().ok())
                .unwrap_or(0);
            let font = Font {
                encoding: dict.get_font_encoding(doc).ok(),
                first_char,
                widths,
            };
            (name, font)
        })
        .collect();
    let content = doc.get_page_content_with_limit(page, MAX_PAGE_CONTENT)?;
    let content = lopdf::content::Content::decode(&content)?;
    let mut runs: Vec<Run> = Vec::new();
    let mut ctm = Matrix::IDENTITY;
    let mut stack: Vec<Matrix> = Vec::new();
    let (mut tm, mut lm) = (Matrix::IDENTITY, Matrix::IDENTITY);
    let mut font: Option<&Font> = None;
    let (mut size, mut leading, mut char_space, mut word_space) = (10.0f32, 0.0f32, 0.0f32, 0.0f32);
    for op in &content.operations {
        let nums = numbers(&op.operands);
        match op.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(Matrix::IDENTITY),
            "cm" if nums.len() == 6 => {
                ctm = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]).then(ctm)
            }
            "BT" => {
                tm = Matrix::IDENTITY;
                lm = Matrix::IDENTITY;
            }
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| fonts.get(n));
                size = nums.first().copied().unwrap_or(size);
            }
            "TL" => leading = nums.first().copied().unwrap_or(leading),
            "Tc" => char_space = nums.first().copied().unwrap_or(0.0),
            "Tw" => word_space = nums.first().copied().unwrap_or(0.0),
            "Tm" if nums.len() == 6 => {
                lm = Matrix([nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]]);
                tm = lm;
            }
            "Td" | "TD" if nums.len() == 2 => {
                if op.operator == "TD" {
                    leading = -nums[1];
                }
                lm = Matrix::translate(nums[0], nums[1]).then(lm);
                tm = lm;
            }
            "T*" => {
                lm = Matrix::translate(0.0, -leading).then(lm);
                tm = lm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if matches!(op.operator.as_str(), "'" | "\"") {
                    lm = Matrix::translate(0.0, -leading).then(lm);
                    tm = lm;
                }
                let Some(font) = font else { continue };
                let parts: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => op
                        .operands
                        .first()
                        .and_then(|a| a.as_array().ok())
                        .map(|a| a.iter().collect())
                        .unwrap_or_default(),
                    _ => op.operands.last().into_iter().collect(),
                };
                for part in parts {
                    if let Some(adjust) = number(part) {
                        tm = Matrix::translate(-adjust / 1000.0 * size, 0.0).then(tm);
                        continue;
                    }
                    let Ok(bytes) = part.as_str() else { continue };
                    let text = match &font.encoding {
                        Some(enc) => Document::decode_text(enc, bytes).unwrap_or_default(),
                        None => String::from_utf8_lossy(bytes).into_owned(),
                    };
                    let chars = text.chars().count();
                    let spaces = text.matches(' ').count() as f32;
                    let advance = font.width(bytes, chars) * size
                        + char_space * chars as f32
                        + word_space * spaces;
                    let start = tm.then(ctm);
                    tm = Matrix::translate(advance, 0.0).then(tm);
                    let end = tm.then(ctm);
                    let scale = (start.0[3].abs()).max(start.0[0].abs()).max(0.01);
                    if !text.trim().is_empty() {
                        runs.push(Run {
                            x: start.0[4],
                            end: end.0[4],
                            y: start.0[5],
                            size: size * scale,
                            text,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    Ok(lines_of(runs))
}

/// Groups runs into lines (top to bottom) and spaces them by their gaps.
fn lines_of(mut runs: Vec<Run>) -> Vec<Line> {
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line[0].y - run.y).abs() <= line[0].size.max(run.size) * 0.4 => {
                line.push(run)
            }
            _ => lines.push(vec![run]),
        }
    }
    lines
        .into_iter()
        .map(|mut runs| {
            runs.sort_by(|a, b| a.x.total_cmp(&b.x));
            let size = runs.iter().map(|r| r.size).fold(0.0, f32::max);
            let mut text = String::new();
            let mut prev_end: Option<f32> = None;
            for run in &runs {
                if let Some(end) = prev_end {
                    let gap = run.x - end;
                    if gap > size * 1.5 {
                        text.push('\t');
                    } else if gap > size * 0.15
                        && !text.ends_with(' ')
                        && !run.text.starts_with(' ')
                    {
                        text.push(' ');
                    }
                }
                text.push_str(&run.text);
                prev_end = Some(run.end);
            }
            let text = text
                .split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\t");
            Line {
                y: runs[0].y,
                size,
                text,
            }
        })
        .filter(|l| !l.text.trim().is_empty())
        .collect()
}

/// A line with its digits blanked, to match running headers and page numbers.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '#'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Removes lines at the top or foot of a page that recur on other pages
/// (running headers, footers, `Page 2 of 3`), and bare page numbers there.
fn drop_running_lines(pages: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    let edge = |page: &Vec<Line>| -> Vec<usize> {
        let n = page.len();
        let mut idx: Vec<usize> = (0..n.min(2)).chain(n.saturating_sub(2)..n).collect();
        idx.dedup();
        idx
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for page in &pages {
        let mut shapes: Vec<String> = edge(page).iter().map(|&i| shape(&page[i].text)).collect();
        shapes.sort();
        shapes.dedup();
        for s in shapes {
            *counts.entry(s).or_default() += 1;
        }
    }
    let several = pages.len() >= 2;
    let running = |s: &String| several && counts.get(s).copied().unwrap_or(0) >= 2;
    let page_number = |t: &str| {
        let bare = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' ' | '(' | ')'));
        !bare.is_empty() && bare.len() <= 4 && bare.bytes().all(|b| b.is_ascii_digit())
    };
    pages
        .into_iter()
        .map(|page| {
            let edges = edge(&page);
            page.into_iter()
                .enumerate()
                .filter(|(i, line)| {
                    !(edges.contains(i) && (running(&shape(&line.text)) || page_number(&line.text)))
                })
                .map(|(_, line)| line)
                .collect()
        })
        .collect()
}

/// The type size most of the text is set in.
fn body_font_size(pages: &[Vec<Line>]) -> f32 {
    let mut by_size: BTreeMap<i64, usize> = BTreeMap::new();
    for line in pages.iter().flatten() {
        *by_size
            .entry((line.size * 10.0).round() as i64)
            .or_default() += line.text.len();
    }
    by_size
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(s, _)| s as f32 / 10.0)
        .unwrap_or(10.0)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Heading,
    Table,
}

#[derive(Debug, Clone)]
struct Paragraph {
    kind: Kind,
    text: String,
    rows: Vec<Vec<String>>,
}

/// Splits a page's lines into paragraphs, headings and tables.
fn paragraphs_of(lines: &[Line], body_size: f32) -> Vec<Paragraph> {
    let gaps: Vec<f32> = lines.windows(2).map(|w| w[0].y - w[1].y).collect();
    let mut sorted = gaps.clone();
    sorted.sort_by(f32::total_cmp);
    let usual = sorted
        .get(sorted.len() / 2)
        .copied()
        .unwrap_or(body_size * 1.2);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut idx = 0;
    while idx < lines.len() {
        // Two or more lines in a row with the same number of cells: a table.
        let cells = |l: &Line| l.text.split('\t').count();
        let n = cells(&lines[idx]);
        let run = lines[idx..].iter().take_while(|l| cells(l) == n).count();
        if n >= 2 && run >= 2 {
            let rows = lines[idx..idx + run]
                .iter()
                .map(|l| l.text.split('\t').map(str::to_string).collect())
                .collect();
            out.push(Paragraph {
                kind: Kind::Table,
                text: String::new(),
                rows,
            });
            idx += run;
            continue;
        }
        let line = &lines[idx];
        let text = line.text.replace('\t', " ");
        let heading = line.size >= body_size * 1.15 && text.split_whitespace().count() <= 20;
        let kind = if heading { Kind::Heading } else { Kind::Text };
        let gap_before = idx.checked_sub(1).map(|i| gaps[i]).unwrap_or(f32::MAX);
        let same_block = out.last().is_some_and(|p| {
            p.kind == kind && gap_before <= usual * 1.3 && gap_before <= line.size * 2.0
        });
        match out.last_mut() {
            Some(p) if same_block => join_line(&mut p.text, &text),
            _ => out.push(Paragraph {
                kind,
                text,
                rows: Vec::new(),
            }),
        }
        idx += 1;
    }
    out
}

fn render(paragraphs: &[Paragraph]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        match p.kind {
            Kind::Heading => out.push_str(&format!("# {}\n\n", p.text)),
            Kind::Text => out.push_str(&format!("{}\n\n", p.text)),
            Kind::Table => {
                out.push_str(&pipe_rows(&p.rows));
                out.push('\n');
            }
        }
    }
    out
}
