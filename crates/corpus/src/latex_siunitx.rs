//! LaTeX numbers and amounts: the text of a `siunitx` number (`\num{1.2e3}`
//! → `1200`, `\num{12 300}` → `12300`, `\num{3,5}` → `3.5`), quantity
//! (`\qty{3.5}{\percent}` → `3.5%`, `\SI{3.62}{\mega\euro}` → `€3.62
//! million`, `\qty{12}{weeks}` → `12 weeks`), range and list, and a
//! currency sign set after an amount (`3.62~million~\euro`) moved before
//! it (`€3.62 million`), the side the rest of the compiler reads it on.
//!
//! Invariant: text that is not a number comes back as it is (spaces
//! squashed), so nothing written inside `\num{…}` is lost.

use super::text::squash_spaces;

/// The largest power of ten written out in full (`1e12`); larger ones stay
/// as written.
const MAX_EXPONENT: i32 = 12;

/// Bytes at the end of a text searched for the amount a sign follows.
const AMOUNT_LOOKBACK: usize = 48;
/// Currency signs a unit or an amount may carry.
const SIGNS: &[char] = &['€', '£', '$', '¥'];

/// Scale prefixes of a unit (`\mega\euro` → `M€`) and the word each is.
const PREFIX_WORDS: &[(char, &str)] = &[('k', "thousand"), ('M', "million"), ('G', "billion")];

/// Words of scale that may stand between an amount and a sign after it.
const SCALE_WORDS: &[&str] = &[
    "thousand", "million", "billion", "trillion", "mn", "bn", "m", "k", "Mio.", "Mrd.",
];

/// The text of a `\num{…}`: digits with a `.` decimal point and no group
/// separators, the exponent written out; else `raw` with spaces squashed.
pub fn number_text(raw: &str) -> String {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    plain_number(&compact).unwrap_or_else(|| squash_spaces(raw.trim()))
}

/// The text of a `\qty{value}{unit}` (or `\SI`).
pub fn quantity_text(value: &str, unit: &str) -> String {
    let value = number_text(value);
    let unit = squash_spaces(unit.trim());
    if unit.is_empty() {
        return value;
    }
    if unit.starts_with('%') {
        return format!("{value}{unit}");
    }
    let mut chars = unit.chars();
    let first = chars.next().unwrap_or(' ');
    let rest = chars.as_str();
    if SIGNS.contains(&first) {
        return format!("{first}{value} {}", rest.trim())
            .trim_end()
            .to_string();
    }
    let scaled = PREFIX_WORDS.iter().find_map(|(prefix, word)| {
        let sign = rest.chars().next().filter(|c| SIGNS.contains(c))?;
        (first == *prefix && rest.chars().count() == 1).then(|| format!("{sign}{value} {word}"))
    });
    scaled.unwrap_or_else(|| format!("{value} {unit}"))
}

/// The text of a `\numrange{low}{high}` or `\qtyrange{low}{high}{unit}`.
pub fn range_text(low: &str, high: &str, unit: &str) -> String {
    format!(
        "{} to {}",
        quantity_text(low, unit),
        quantity_text(high, unit)
    )
}

/// The text of a `\numlist{1;2;3}`: `1, 2 and 3`.
pub fn list_text(raw: &str) -> String {
    let items: Vec<String> = raw
        .split(';')
        .map(number_text)
        .filter(|i| !i.is_empty())
        .collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// Writes a currency `sign` at the end of `text`, or, when `text` ends in
/// an amount (`3.62`, `12 million`), before that amount. Returns true when
/// the sign went before an amount.
pub fn place_sign(text: &mut String, sign: &str) -> bool {
    let trimmed = text.trim_end();
    let mut from = trimmed.len().saturating_sub(AMOUNT_LOOKBACK);
    while !trimmed.is_char_boundary(from) {
        from += 1;
    }
    let (head, last) = split_last_word(&trimmed[from..]);
    let (head, amount) = if SCALE_WORDS.contains(&last) {
        split_last_word(head.trim_end())
    } else {
        (head, last)
    };
    let is_amount = amount.starts_with(|c: char| c.is_ascii_digit())
        && amount
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
    if !is_amount {
        text.push_str(sign);
        return false;
    }
    let at = from + head.len();
    text.truncate(trimmed.len());
    text.insert_str(at, sign);
    true
}

/// The text before the last word of `text`, and that word.
fn split_last_word(text: &str) -> (&str, &str) {
    match text.rfind(' ') {
        Some(at) => (&text[..at + 1], &text[at + 1..]),
        None => ("", text),
    }
}

/// `1.2e3`, `-12,300`, `3,5` as plain decimal text, or `None` for text
/// that is not one number.
fn plain_number(text: &str) -> Option<String> {
    let (sign, text) = match text.strip_prefix(['-', '−', '+']) {
        Some(rest) => (if text.starts_with('+') { "" } else { "-" }, rest),
        None => ("", text),
    };
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().ok()?),
        None => (text, 0),
    };
    let mantissa = decimal_point(mantissa)?;
    if exponent.abs() > MAX_EXPONENT {
        return None;
    }
    Some(format!("{sign}{}", shifted(&mantissa, exponent)))
}

/// A mantissa with `.` as its decimal point and no group separators: a
/// comma is a group separator between groups of three digits (`12,300`,
/// or beside a `.`), else the decimal point (`3,5`, as siunitx reads it).
fn decimal_point(text: &str) -> Option<String> {
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    {
        return None;
    }
    let groups: Vec<&str> = text.split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..groups.len() - 1].iter().all(|g| g.len() == 3)
        && groups
            .last()
            .is_some_and(|g| g.split('.').next().map(str::len) == Some(3));
    let text = if grouped || text.contains('.') {
        text.replace(',', "")
    } else {
        text.replace(',', ".")
    };
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (text.matches('.').count() <= 1 && digits > 0).then_some(text)
}

/// `mantissa` times ten to the `exponent`, as plain decimal text.
fn shifted(mantissa: &str, exponent: i32) -> String {
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let point = whole.len() as i32 + exponent;
    let (whole, fraction) = if point <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat((-point) as usize)),
        )
    } else if point as usize >= digits.len() {
        let zeros = "0".repeat(point as usize - digits.len());
        (format!("{digits}{zeros}"), String::new())
    } else {
        let (w, f) = digits.split_at(point as usize);
        (w.to_string(), f.to_string())
    };
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = if exponent == 0 {
        fraction.as_str()
    } else {
        fraction.trim_end_matches('0')
    };
    if fraction.is_empty() {
        whole.to_string()
    } else {
        format!("{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lose_their_group_separators_and_exponents() {
        let shown: Vec<String> = [
            "1137", "1.2e3", "12 300", "12,300", "1,234.5", "3,5", "-4.25", "5e-3", "0.50",
            "2.5E6", "1e40", "n/a",
        ]
        .iter()
        .map(|n| number_text(n))
        .collect();
        assert_eq!(
            shown,
            [
                "1137", "1200", "12300", "12300", "1234.5", "3.5", "-4.25", "0.005", "0.50",
                "2500000", "1e40", "n/a"
            ]
        );
    }

    #[test]
    fn quantities_put_signs_before_and_percent_after() {
        assert_eq!(quantity_text("3.5", "%"), "3.5%");
        assert_eq!(quantity_text("3.62", "M€"), "€3.62 million");
        assert_eq!(quantity_text("40", "£"), "£40");
        assert_eq!(quantity_text("12", "weeks"), "12 weeks");
        assert_eq!(quantity_text("7", ""), "7");
        assert_eq!(range_text("2", "4", "%"), "2% to 4%");
        assert_eq!(list_text("2021;2022; 2023"), "2021, 2022 and 2023");
    }

    #[test]
    fn a_sign_after_an_amount_goes_before_it() {
        let placed = |text: &str, sign: &str| {
            let mut text = text.to_string();
            let moved = place_sign(&mut text, sign);
            (text, moved)
        };
        assert_eq!(
            placed("cost 3.62 million ", "€"),
            ("cost €3.62 million".into(), true)
        );
        assert_eq!(placed("fees of 250 ", "£"), ("fees of £250".into(), true));
        assert_eq!(placed("paid in ", "€"), ("paid in €".into(), false));
        assert_eq!(placed("", "$"), ("$".into(), false));
    }
}
