//! Key–value and number-first lines: a fact box, term sheet or budget in
//! `Field — value` / `Field: value` / `Field ........ value` / `Field |
//! value` / `Field      value` lines (`Fund size — 800 million yuan`, `Staff in post ...... 84`),
//! and a dashboard of number-first lines (`**4,120** — applications received
//! (3,560 a year earlier)`, `▲ 7.5% | filings, year on year`), written as
//! sentences the fact reader already knows: `Field: value.` and `Label:
//! 4,120 (3,560 a year earlier).`, `Filings: up 7.5%, year on year.`. A
//! units line above such a run (`(million yuan)`, `(units: %)`) is written
//! after every bare number of the run.
//!
//! Without this, such lines end in no full stop, so the cleaner took each
//! for a heading and a document made of them had no passages at all.
//!
//! Invariant: the line count never changes (a units line that was folded
//! into its run becomes blank); a line is only rewritten inside a run of at
//! least two such lines (or as a form's numbered item, `C1. …`, in a
//! document of them), each with a figure that is no date, no phone
//! number and not the only thing in a long sentence; a line ending like a
//! sentence, a row of three or more cells and a `Field: date` header line
//! (`Updated: 5 March 2024`) are left as they are.

use super::numbers::find_quantities;
use super::periods::find_periods;
use super::text::{ends_terminal, lines_like, squash_spaces, word_count};

/// Separators between a field and its value, or a number and its label;
/// a tab is how spreadsheets and e-mail clients paste a two-column table.
const SEPARATORS: [&str; 6] = [" — ", " – ", " | ", " - ", ": ", "\t"];
/// Spaces that align a list's values in a column (`Delays in examination
///      512`), as a tab does; a sentence never holds three in a row.
const SPACE_GAP: &str = "   ";
/// The most words a field (or a number-first line's label) holds.
const MAX_FIELD_WORDS: usize = 10;
/// The most words a form's numbered question (`A1. …`) holds.
const MAX_FORM_FIELD_WORDS: usize = 24;
/// The most words a value holds.
const MAX_VALUE_WORDS: usize = 20;
/// The value's figure must start within its first this many words.
const FIGURE_WITHIN_WORDS: usize = 4;
/// Arrows and signs before a number-first figure, as the words they mean.
const ARROWS: &[(&str, &str)] = &[
    ("▲", "up "),
    ("△", "up "),
    ("↑", "up "),
    ("⬆", "up "),
    ("+", "up "),
    ("▼", "down "),
    ("▽", "down "),
    ("↓", "down "),
    ("⬇", "down "),
    ("−", "down "),
];
/// Words a units line may hold.
#[rustfmt::skip]
const UNIT_WORDS: &[&str] = &["ten", "hundred", "thousand", "thousands", "million", "millions", "billion", "billions", "yuan", "rmb", "cny", "us", "usd", "dollars", "euros", "eur", "%", "percent", "per", "cent", "of", "in"];

/// One line read as a field and its value.
#[derive(Debug, Clone, PartialEq)]
enum Line {
    /// `Field — value`: the field and the value.
    KeyValue { field: String, value: String },
    /// `4,120 — label, rest`: the arrow word (`up `, `down ` or empty), the
    /// figure as written, the label and the rest after it (`, year on
    /// year`, ` (3,560 in 2024)`).
    NumberFirst {
        arrow: &'static str,
        figure: String,
        label: String,
        rest: String,
    },
}

/// Rewrites every run of key–value or number-first lines of `body` as
/// sentences, line for line.
pub fn rewrite_fields(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let read: Vec<Option<(String, Line)>> = lines.iter().map(|l| read_line(l)).collect();
    if read.iter().filter(|r| r.is_some()).count() < 2 {
        return body.to_string();
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut idx = 0;
    while idx < lines.len() {
        let run = read[idx..].iter().take_while(|r| r.is_some()).count();
        // A form's numbered question stands alone under its section heading.
        let form_item = run == 1 && item_code(lines[idx].trim_start()) > 0;
        if run < 2 && !form_item {
            idx += 1;
            continue;
        }
        // The units line right above the run, or above one blank line.
        let units = (1..=2)
            .filter_map(|back| idx.checked_sub(back))
            .take_while(|&at| at + 1 == idx || lines[at + 1].trim().is_empty())
            .find_map(|at| units_line(lines[at]).map(|u| (at, u)));
        let mut used_units = false;
        for at in idx..idx + run {
            let Some((marker, line)) = &read[at] else {
                continue;
            };
            let (text, with_units) = write(line, units.as_ref().map(|(_, u)| u.as_str()));
            used_units |= with_units;
            out[at] = format!("{marker}{text}");
        }
        if let (Some((at, _)), true) = (units, used_units) {
            out[at] = String::new();
        }
        idx += run;
    }
    lines_like(&out, body)
}

/// The sentence a line is written as, and whether the units line went into it.
fn write(line: &Line, units: Option<&str>) -> (String, bool) {
    match line {
        Line::KeyValue { field, value } => {
            let bare = is_bare_number(value);
            match units {
                Some(units) if bare => (format!("{field}: {value} {units}."), true),
                _ => (format!("{field}: {value}."), false),
            }
        }
        Line::NumberFirst {
            arrow,
            figure,
            label,
            rest,
        } => {
            let bare = is_bare_number(figure);
            let figure = match units {
                Some(units) if bare => format!("{figure} {units}"),
                _ => figure.clone(),
            };
            (
                format!("{}: {arrow}{figure}{rest}.", upper_first(label)),
                bare && units.is_some(),
            )
        }
    }
}

/// A line read as a field and its value, with the list marker or
/// indentation it starts with; `None` for any other line.
fn read_line(raw: &str) -> Option<(String, Line)> {
    let text = raw.trim_end();
    let body = text.trim_start();
    let mut marker = text[..text.len() - body.len()].to_string();
    let body = match ["- ", "* ", "• ", "· "]
        .iter()
        .find(|m| body.starts_with(*m))
    {
        Some(m) => {
            marker.push_str("- ");
            body[m.len()..].trim_start()
        }
        None => body,
    };
    let code = item_code(body);
    marker.push_str(&body[..code]);
    let body = body[code..].replace("**", "").replace("__", "");
    let body = body.trim();
    if body.is_empty() || ends_terminal(body) || body.starts_with('|') || body.starts_with('#') {
        return None;
    }
    // A form's numbered question may be long (`A1. Number of registered
    // patent attorneys employed by the firm at 31 March 2025 — 47`).
    let max_words = if code > 0 {
        MAX_FORM_FIELD_WORDS
    } else {
        MAX_FIELD_WORDS
    };
    let line = number_first(body).or_else(|| key_value(body, max_words))?;
    Some((marker, line))
}

/// The length of a form's item code and the space after it (`A1. `, `12) `,
/// `B2. `), or 0.
fn item_code(body: &str) -> usize {
    let letters = body.chars().take_while(char::is_ascii_uppercase).count();
    let digits = body[letters..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let end = letters + digits;
    let closed = body[end..].starts_with(". ") || body[end..].starts_with(") ");
    if letters <= 2 && (1..=3).contains(&digits) && closed {
        end + 2
    } else {
        0
    }
}

/// `Field — value`, `Field: value`, `Field ...... value`; a field ending in
/// its units (`Gross fee income (£) — 6,240,000`) gives them to a bare value.
fn key_value(body: &str, max_words: usize) -> Option<Line> {
    let (field, value) = split_once_at_separator(body)?;
    let value = squash_spaces(value.trim());
    let (field, value) = (field.trim(), value.trim_end_matches([',', ';']));
    let (field, value) = match field_units(field).filter(|_| is_bare_number(value)) {
        Some((field, (before, after))) => (field, format!("{before}{value}{after}")),
        None => (field, value.to_string()),
    };
    let field_ok = (1..=max_words).contains(&word_count(field))
        && field.starts_with(char::is_alphanumeric)
        && field.chars().any(char::is_alphabetic)
        && !field.ends_with(['.', ',', ';', ':']);
    (field_ok && holds_figure(&value)).then(|| Line::KeyValue {
        field: field.to_string(),
        value,
    })
}

/// The field without its closing bracket of units, and the units as written
/// before and after a number: `(£)`, `(£m)`, `(€'000)`, `(%)`, `(million
/// yuan)`.
fn field_units(field: &str) -> Option<(&str, (&str, String))> {
    // `Duration in months`, `Value in EUR`: the unit the label names.
    if let Some((rest, unit)) = field.rsplit_once(" in ") {
        let lower = unit.trim().to_lowercase();
        if LABEL_UNITS.contains(&lower.as_str()) && !rest.trim().is_empty() {
            return Some((rest.trim_end(), ("", format!(" {}", unit.trim()))));
        }
    }
    let open = field.rfind(" (")?;
    let inner = field[open + 2..].strip_suffix(')')?.trim();
    let rest = field[..open].trim_end();
    let sign = ["US$", "HK$", "£", "€", "$", "¥"]
        .into_iter()
        .find(|s| inner.starts_with(s));
    let units = match sign {
        Some(sign) => {
            let scale = match inner[sign.len()..].trim() {
                "" => "",
                "m" | "mn" | "million" => " million",
                "bn" | "billion" => " billion",
                "k" | "000" | "'000" | "thousand" => " thousand",
                _ => return None,
            };
            (sign, scale.to_string())
        }
        None => ("", format!(" {}", units_line(&format!("({inner})"))?)),
    };
    Some((rest, units))
}

/// Units a field's label may name after `in` (`Duration in months`,
/// `Value in EUR`).
#[rustfmt::skip]
const LABEL_UNITS: &[&str] = &["days", "working days", "weeks", "months", "years", "hours", "eur", "euros", "usd", "us dollars", "gbp", "pounds", "yuan", "cny", "rmb", "chf", "jpy", "yen"];

/// `4,120 — label`, `▲ 7.5% | label, rest`, `38 days — label`.
fn number_first(body: &str) -> Option<Line> {
    let (head, label) = split_once_at_separator(body)
        .or_else(|| arrow_then_label(body))
        .filter(|(_, label)| label.trim_start().starts_with(char::is_alphabetic))?;
    let (arrow, figure) = match ARROWS.iter().find(|(a, _)| head.starts_with(a)) {
        Some((a, word)) => (*word, head[a.len()..].trim()),
        None => ("", head.trim()),
    };
    // The head is one quantity and at most one word of unit (`38 days`).
    let q = find_quantities(figure).into_iter().next()?;
    let after = figure[q.span.end..].trim();
    let unit_ok = after.is_empty()
        || (word_count(after) == 1 && after.chars().all(|c| c.is_alphabetic() || c == '%'));
    if q.span.start != 0 || !unit_ok {
        return None;
    }
    let label = label.trim();
    let cut = [", ", " (", "; "]
        .iter()
        .filter_map(|sep| label.find(sep))
        .min()
        .unwrap_or(label.len());
    let (name, rest) = label.split_at(cut);
    (1..=MAX_FIELD_WORDS)
        .contains(&word_count(name))
        .then(|| Line::NumberFirst {
            arrow,
            figure: figure.to_string(),
            label: name.to_string(),
            rest: rest.trim_end_matches([',', ';']).to_string(),
        })
}

/// `▲ 18% filings online`: an arrow, a figure and its label with no
/// separator between them.
fn arrow_then_label(body: &str) -> Option<(&str, &str)> {
    let (arrow, _) = ARROWS
        .iter()
        .filter(|(a, _)| !matches!(*a, "+" | "−"))
        .find(|(a, _)| body.starts_with(a))?;
    let rest = &body[arrow.len()..];
    let q = find_quantities(rest).into_iter().next()?;
    (rest[..q.span.start].trim().is_empty()).then(|| body.split_at(arrow.len() + q.span.end))
}

/// The line split at its first separator: a spaced dash or pipe, a colon, or
/// a leader of three or more dots; `None` when a dash or pipe separates more
/// than two cells (a table row).
fn split_once_at_separator(body: &str) -> Option<(&str, &str)> {
    let leader = dot_leader(body);
    let gap = body.find(SPACE_GAP).map(|at| {
        let end = at
            + body[at..]
                .find(|c: char| c != ' ')
                .unwrap_or(body.len() - at);
        (at, end, SPACE_GAP)
    });
    let sep = SEPARATORS
        .iter()
        .filter_map(|s| body.find(s).map(|at| (at, at + s.len(), *s)))
        .chain(leader.map(|(a, b)| (a, b, "...")))
        .chain(gap)
        .min_by_key(|(at, _, _)| *at)?;
    let (at, end, s) = sep;
    if s != ": " && s != "..." && body[end..].contains(s) && !currency_apart(&body[end..], s) {
        return None;
    }
    Some((&body[..at], &body[end..]))
}

/// `A£   288,000` after a label's gap: a currency mark (a few letters or
/// signs, no digit) set apart from its amount by a gap of its own.
fn currency_apart(value: &str, gap: &str) -> bool {
    let parts: Vec<&str> = (value.trim_end().split(gap).map(str::trim))
        .filter(|p| !p.is_empty())
        .collect();
    let mark = |p: &str| {
        (1..=3).contains(&p.chars().count()) && !p.chars().any(|c| c.is_ascii_digit() || c == ' ')
    };
    gap == SPACE_GAP
        && matches!(parts[..], [m, amount] if mark(m) && amount.starts_with(|c: char| c.is_ascii_digit()))
}

/// The bytes of the first leader of dots (or ellipses), with the spaces
/// around it: three or more dots, or two after a space (`markets .. 31.0`).
fn dot_leader(body: &str) -> Option<(usize, usize)> {
    let is_dot = |c: char| c == '.' || c == '…';
    let dots = |i: usize, n: usize| body[i..].chars().take(n).filter(|&c| is_dot(c)).count() == n;
    let start = body
        .char_indices()
        .find(|&(i, c)| is_dot(c) && (dots(i, 3) || (dots(i, 2) && body[..i].ends_with(' '))))?
        .0;
    let end = start + body[start..].find(|c: char| !is_dot(c) && c != ' ')?;
    let start = body[..start].trim_end().len();
    Some((start, end))
}

/// True when `value` holds a figure near its start that is no date, no
/// year and no phone number, in at most [`MAX_VALUE_WORDS`] words.
fn holds_figure(value: &str) -> bool {
    if value.is_empty() || word_count(value) > MAX_VALUE_WORDS || is_phone_like(value) {
        return false;
    }
    let periods = find_periods(value, None);
    let within = value
        .split_whitespace()
        .take(FIGURE_WITHIN_WORDS)
        .map(|w| w.len() + 1)
        .sum::<usize>();
    find_quantities(value).iter().any(|q| {
        q.span.start < within
            && !periods
                .iter()
                .any(|p| p.span.start <= q.number_start && q.number_start < p.span.end)
    })
}

/// `+86 10 6208 3114`, `010-6208-3114`: digits in groups split by spaces or
/// hyphens, as telephone and reference numbers are written.
fn is_phone_like(value: &str) -> bool {
    let v = value.trim_start();
    if v.starts_with('+') && v[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if is_space_grouped_number(v) {
        return false;
    }
    let bytes = v.as_bytes();
    (1..bytes.len().saturating_sub(1)).any(|i| {
        matches!(bytes[i], b' ' | b'-')
            && bytes[i - 1].is_ascii_digit()
            && bytes[i + 1].is_ascii_digit()
    })
}

/// `6 900 000`, `2 550 000.00 EUR`: thousands grouped by spaces, as
/// European notices write amounts: a first group of one to three digits
/// (no leading zero) and then groups of exactly three, the last possibly
/// with decimals. A telephone number's groups (`0800 552 919`, `21 490
/// 7731`) break that pattern.
fn is_space_grouped_number(value: &str) -> bool {
    let digits_end = value
        .find(|c: char| !(c.is_ascii_digit() || c == ' ' || c == '.' || c == ','))
        .unwrap_or(value.len());
    let groups: Vec<&str> = value[..digits_end]
        .split(' ')
        .filter(|g| !g.is_empty())
        .collect();
    let Some((first, rest)) = groups.split_first() else {
        return false;
    };
    let whole = |g: &str| g.split(['.', ',']).next().unwrap_or(g).len();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest.iter().enumerate().all(|(i, g)| {
            let last = i + 1 == rest.len();
            whole(g) == 3 && (last || g.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// True when `value` is only a number (`14.2`, `1,320`), with no unit.
fn is_bare_number(value: &str) -> bool {
    let v = value.trim();
    if is_space_grouped_number(v) && !v.contains(char::is_alphabetic) {
        return true;
    }
    v.starts_with(|c: char| c.is_ascii_digit())
        && v.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// A units line: a bracket of unit words (`(million yuan)`, `(in CNY
/// million)`, `(units: %)`) or `Unit: million yuan`; the units as written
/// after a number.
fn units_line(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) => inner,
        None => ["Unit:", "Units:", "unit:", "units:"]
            .iter()
            .find_map(|p| t.strip_prefix(p))?,
    };
    let inner = inner.trim();
    let inner = ["units:", "unit:", "Units:", "Unit:", "in "]
        .iter()
        .find_map(|p| inner.strip_prefix(p))
        .unwrap_or(inner)
        .trim();
    let words: Vec<String> = inner.split_whitespace().map(str::to_lowercase).collect();
    let ok = !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| UNIT_WORDS.contains(&w.as_str()));
    if !ok {
        return None;
    }
    // `CNY million` is written `million yuan` after a number; `%` stays;
    // `ten thousand yuan` and `hundred million yuan` keep both scale words
    // (万 and 亿 in translation).
    let scale: Vec<&str> = (words.iter())
        .map(|w| w.trim_end_matches('s'))
        .filter(|w| matches!(*w, "ten" | "hundred" | "thousand" | "million" | "billion"))
        .collect();
    let scale = (!scale.is_empty()).then(|| scale.join(" "));
    let currency = words.iter().find_map(|w| match w.as_str() {
        "yuan" | "rmb" | "cny" => Some("yuan"),
        "usd" | "dollars" => Some("US dollars"),
        "eur" | "euros" => Some("euros"),
        "%" | "percent" => Some("%"),
        _ => None,
    });
    match (scale, currency) {
        (_, Some("%")) => Some("%".to_string()),
        (Some(s), Some(c)) => Some(format!("{s} {c}")),
        (None, Some(c)) => Some(c.to_string()),
        (Some(s), None) => Some(s),
        (None, None) => None,
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(body: &str) -> Vec<String> {
        rewrite_fields(body).lines().map(str::to_string).collect()
    }

    #[test]
    fn amounts_grouped_by_spaces_are_figures_and_phone_numbers_are_not() {
        let body = "Value in EUR: 6 900 000\nValue excluding VAT: 2 550 000.00 EUR\nHotline: 0800 552 919\n";
        assert_eq!(
            rewritten(body),
            [
                "Value: 6 900 000 EUR.",
                "Value excluding VAT: 2 550 000.00 EUR.",
                "Hotline: 0800 552 919",
            ]
        );
        assert!(is_phone_like("21 490 7731"));
        assert_eq!(
            rewritten("Duration in months: 48\nValue in EUR: 6 900 000\n"),
            ["Duration: 48 months.", "Value: 6 900 000 EUR."]
        );
        assert_eq!(
            rewritten("Offices in Europe: 14\nStaff in post: 96\n"),
            ["Offices in Europe: 14.", "Staff in post: 96."]
        );
        assert!(!is_phone_like("1 500 000"));
    }

    #[test]
    fn a_fact_box_of_dashed_fields_becomes_sentences() {
        let body = "Fund size — 800 million yuan, of which 300 million yuan from the city\n\
                    Maximum guarantee per borrower — 20 million yuan\n\
                    Guarantee fee – 0.8% of the guaranteed amount a year\n\
                    Eligible collateral — invention patents, trademarks\n";
        assert_eq!(
            rewritten(body),
            [
                "Fund size: 800 million yuan, of which 300 million yuan from the city.",
                "Maximum guarantee per borrower: 20 million yuan.",
                "Guarantee fee: 0.8% of the guaranteed amount a year.",
                "Eligible collateral — invention patents, trademarks",
            ]
        );
    }

    #[test]
    fn dotted_leaders_take_the_units_line_above_them() {
        let body = "Spending by line\n(million yuan)\n  A1  Examiner training ......... 22.5\n\
                    Budget line 3.2 Enforcement ....... 12.5\nTotal …… 35.0\nReserve .. 1.5\n\nStaff in post ........ 84\nVacancies ..... 3\n";
        assert_eq!(
            rewritten(body),
            [
                "Spending by line",
                "",
                "  A1  Examiner training: 22.5 million yuan.",
                "Budget line 3.2 Enforcement: 12.5 million yuan.",
                "Total: 35.0 million yuan.",
                "Reserve: 1.5 million yuan.",
                "",
                "Staff in post: 84.",
                "Vacancies: 3.",
            ]
        );
    }

    #[test]
    fn a_forms_numbered_questions_are_fields_with_their_units() {
        let body = "A1. Number of registered patent attorneys employed by the firm at 31 March 2025 — 47\n\
                    B1. Gross fee income for the year ended 31 March 2025 (£) — 6,240,000\n\
                    12) Licence income in the year (€'000) — 830\n\
                    Q3. Share of filings made online (%) — 96.1\n\nSECTION C\n\
                    C1. Trainees the firm expects to recruit next year — 5\n";
        assert_eq!(
            rewritten(body),
            [
                "A1. Number of registered patent attorneys employed by the firm at 31 March 2025: 47.",
                "B1. Gross fee income for the year ended 31 March 2025: £6,240,000.",
                "12) Licence income in the year: €830 thousand.",
                "Q3. Share of filings made online: 96.1 %.",
                "",
                "SECTION C",
                "C1. Trainees the firm expects to recruit next year: 5.",
            ]
        );
    }

    #[test]
    fn colon_and_pipe_fields_are_read_alike() {
        let body = "Annual premium: 1.2% of the sum insured\nStaff | 84\nPolicy term: 12 months\n";
        assert_eq!(
            rewritten(body),
            [
                "Annual premium: 1.2% of the sum insured.",
                "Staff: 84.",
                "Policy term: 12 months.",
            ]
        );
    }

    #[test]
    fn number_first_bullets_put_their_label_first() {
        let body =
            "- **4,120** — design applications received in October (3,560 in October 2024)\n\
                    - 38 days — average time to registration, down from 46 days a year ago\n\
                    * ▲ 7.5% | invention filings, year on year\n\
                    - ▼ 12% pending appeals since June\n\
                    - 96.1% - share of applications filed online\n";
        assert_eq!(
            rewritten(body),
            [
                "- Design applications received in October: 4,120 (3,560 in October 2024).",
                "- Average time to registration: 38 days, down from 46 days a year ago.",
                "- Invention filings: up 7.5%, year on year.",
                "- Pending appeals since June: down 12%.",
                "- Share of applications filed online: 96.1%.",
            ]
        );
    }

    #[test]
    fn header_lines_of_dates_and_contacts_are_left_alone() {
        let body = "Updated: 5 March 2024\nDate: 2024-03-05\nTel: +86 10 6208 3114\n\
                    Fax: 010-6208-3115\nPresent: the Chair and six members.\n";
        assert_eq!(rewrite_fields(body), body);
    }

    #[test]
    fn a_single_field_line_or_a_table_row_is_no_run() {
        let single = "Background\nFund size — 800 million yuan\n\nThe fund opened in May.\n";
        assert_eq!(rewrite_fields(single), single);
        let rows = "Item — 2023 — 2024\nPatents — 45,200 — 51,800\nMarks — 1,200 — 1,300\n";
        assert_eq!(rewrite_fields(rows), rows);
    }

    #[test]
    fn sentences_with_a_colon_are_no_fields() {
        let body = "The office reported two figures: 4,120 applications and 2,875 grants.\n\
                    Our view is simple: 38 days is too long\n\
                    Note: see the annex for 2023\n";
        // The first ends like a sentence; the second's field is a clause
        // whose value holds a figure, so it is a field line, but it stands
        // alone; the third's only figure is a year.
        assert_eq!(rewrite_fields(body), body);
    }

    #[test]
    fn tab_separated_label_and_value_lines_are_fields() {
        let body = "Renewals\t3,410\nLapsed rights\t288\n";
        assert_eq!(
            rewrite_fields(body),
            "Renewals: 3,410.\nLapsed rights: 288.\n"
        );
    }

    #[test]
    fn a_currency_mark_set_apart_from_its_amount_stays_with_it() {
        assert_eq!(
            rewritten("   Spent this month (May 2025)       NZ$   288,000\n   Left in reserve                    NZ$ 2,140,000\n   Staff    2023    412\n"),
            [
                "   Spent this month (May 2025): NZ$ 288,000.",
                "   Left in reserve: NZ$ 2,140,000.",
                "   Staff    2023    412"
            ]
        );
    }

    #[test]
    fn a_list_with_its_values_aligned_by_spaces_is_fields() {
        let body = "    Seed renewals                 3,410\n    Lapsed seed rights              288\nIt  was  a  year.\n";
        assert_eq!(
            rewrite_fields(body),
            "    Seed renewals: 3,410.\n    Lapsed seed rights: 288.\nIt  was  a  year.\n"
        );
    }

    #[test]
    fn units_lines_in_several_spellings() {
        assert_eq!(
            units_line("(million yuan)").as_deref(),
            Some("million yuan")
        );
        assert_eq!(
            units_line("(in CNY million)").as_deref(),
            Some("million yuan")
        );
        assert_eq!(
            units_line("Unit: thousand US dollars").as_deref(),
            Some("thousand US dollars")
        );
        assert_eq!(units_line("(units: %)").as_deref(), Some("%"));
        assert_eq!(units_line("(see note 3)"), None);
        assert_eq!(units_line("(million)").as_deref(), Some("million"));
        assert_eq!(
            units_line("(ten thousand yuan)").as_deref(),
            Some("ten thousand yuan")
        );
        assert_eq!(
            units_line("(hundred million yuan)").as_deref(),
            Some("hundred million yuan")
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for body in [
            "",
            "—",
            " — ",
            "▲",
            "▲ —",
            "...",
            "a ... ",
            "…… 3",
            ": 3\n: 4",
            "- ▲\n- ▼ 5",
        ] {
            let _ = rewrite_fields(body);
        }
    }
}
