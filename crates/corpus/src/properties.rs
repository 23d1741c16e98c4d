//! Java `.properties` exports: a dashboard's or registry's statistics
//! written as dotted keys, the period a figure is of often the key's last
//! part:
//!
//! ```text
//! #Mon Nov 03 07:15:42 CET 2025
//! registry.applications.filed.2024=51377
//! registry.registrations.in_force.2025-09-30=612480
//! registry.fee_income_eur.2024=14820000
//! target.registrations.in_force.2027-12-31=700000
//! ```
//!
//! Each figure becomes a `Label, period: value` line
//! (`Registry applications filed, 2024: 51377`), which the row reader
//! dates by its period; a key part ending in `_pct` or `_eur` gives the
//! unit, a `target`/`goal` part makes the line a target's. A `title` or
//! `name` key is the headline, the date of the comment Java's `store`
//! writes (`#Mon Nov 03 07:15:42 CET 2025`) a `Date:` line. Settings with
//! no period (`refresh.seconds`, `export.rows`, checksums) and other
//! comments go. `\uXXXX` escapes are read.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_KEYS`] lines are dotted `key=value` pairs and every
//! other line is a comment or blank.

use std::borrow::Cow;

use super::data_keys::{capitalised, iso_day, key_words, spelled_date};
use super::dates::month_number;
use super::text::lines_like;

/// Dotted key lines that make a body a properties file.
const MIN_KEYS: usize = 4;
/// Key parts that make a figure a goal.
const GOAL_PARTS: &[&str] = &["target", "targets", "goal", "goals", "plan"];
/// Key parts that name the page's headline.
const TITLE_PARTS: &[&str] = &["title", "name", "heading"];

/// The body with its figures as dated lines, or as it is when it is no
/// properties file.
pub fn properties_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let pairs: Vec<Option<(&str, String)>> = lines.iter().map(|l| pair(l)).collect();
    let other = (lines.iter().zip(&pairs))
        .any(|(l, p)| p.is_none() && !l.trim().is_empty() && !is_comment(l));
    if other || pairs.iter().flatten().count() < MIN_KEYS {
        return Cow::Borrowed(body);
    }
    let mut out = vec![String::new(); lines.len()];
    let mut titled = false;
    for (i, (key, value)) in pairs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((i, p.as_ref()?)))
    {
        let parts: Vec<&str> = key.split('.').collect();
        let last = parts.last().copied().unwrap_or("");
        if TITLE_PARTS.contains(&last) && !titled && !value.is_empty() {
            out[i] = format!("# {value}");
            titled = true;
        } else if let Some(line) = figure_line(&parts, value) {
            out[i] = line;
        }
    }
    let stamp = (lines.iter().enumerate())
        .filter(|(_, l)| is_comment(l))
        .find_map(|(i, l)| Some((i, stored_day(l)?)));
    if let Some((i, day)) = stamp {
        out[i] = format!("Date: {day}");
    }
    Cow::Owned(lines_like(&out, body))
}

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with(['#', '!'])
}

/// `a.b.c=value` (or `:` or a space between): the dotted key and the
/// value with its escapes read.
fn pair(line: &str) -> Option<(&str, String)> {
    let line = line.trim();
    if is_comment(line) {
        return None;
    }
    let at = line.find(['=', ':'])?;
    let (key, value) = (line[..at].trim(), line[at + 1..].trim());
    let keyed = key.contains('.')
        && !key.contains(char::is_whitespace)
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || "._-".contains(c));
    keyed.then(|| (key, unescaped(value)))
}

/// `\u2013` → `–`, `\:` → `:`.
fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                    out.extend(c);
                }
                Some('t') => out.push(' '),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// The line a figure's key and value make, when the value is a number
/// and the key ends in the period it is of.
fn figure_line(parts: &[&str], value: &str) -> Option<String> {
    let number = value.replace([',', '_'], "");
    number.parse::<f64>().ok()?;
    let (period, label_parts) = parts.split_last()?;
    let period = period_words(period)?;
    let goal = label_parts.iter().any(|p| GOAL_PARTS.contains(p));
    let mut unit = "";
    let mut words: Vec<String> = Vec::new();
    for part in label_parts.iter().filter(|p| !GOAL_PARTS.contains(p)) {
        let mut part = *part;
        if let Some(rest) = part
            .strip_suffix("_pct")
            .or_else(|| part.strip_prefix("pct_"))
        {
            (part, unit) = (rest, "%");
        } else if let Some(rest) = part.strip_suffix("_eur") {
            (part, unit) = (rest, " euros");
        }
        words.extend(key_words(part));
    }
    let label = capitalised(&words.join(" "));
    let value = format!("{number}{unit}");
    Some(if goal {
        format!("Target: {label} of {value} by {period}.")
    } else {
        format!("{label}, {period}: {value}")
    })
}

/// A key part that names a period, spelled: `2024`, `2025-09-30` → `30
/// September 2025`, `2025-09` → `September 2025`.
fn period_words(part: &str) -> Option<String> {
    let year = part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit());
    if year {
        return Some(part.to_string());
    }
    if iso_day(part).is_some() || (part.len() == 7 && part.as_bytes()[4] == b'-') {
        return spelled_date(part);
    }
    None
}

/// The day of a `store` comment: `#Mon Nov 03 07:15:42 CET 2025`, or one
/// with words before it, → `2025-11-03`.
fn stored_day(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.len() == 3 && month_number(w).is_some())?;
    let month = month_number(words[at])?;
    let day: u8 = words.get(at + 1)?.parse().ok()?;
    let year: u16 = words[at + 2..]
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    (1..=31)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = properties_as_text(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn dotted_keys_ending_in_a_period_become_dated_lines() {
        check(
            "#Tue Mar 04 09:00:01 GMT 2025\npage.title=Seed Office \\u2013 figures\ncache.seconds=600\noffice.varieties_granted.2024=1,212\noffice.share_pct.2024-12=41.5\ngoal.office.varieties_granted.2026=1500\noffice.fee_income_eur.2024 = 2300000\n",
            expect![[r#"
                Date: 2025-03-04
                # Seed Office – figures

                Office varieties granted, 2024: 1212
                Office share, December 2024: 41.5%
                Target: Office varieties granted of 1500 by 2026.
                Office fee income, 2024: 2300000 euros
            "#]],
        );
    }

    #[test]
    fn other_text_is_kept() {
        let prose = "Note: see the annex.\nkey.one=1\nkey.two=2\nkey.three=3\nkey.four=4";
        assert_eq!(properties_as_text(prose), prose);
        let few = "a.b=1\n# c";
        assert_eq!(properties_as_text(few), few);
        for body in [
            "a.b=\\u12\nc.d=\\\ne.f=:\ng.h=1",
            "x.y.2024=1\nx.y.2025-13-40=2\nz.z=3\nq.q=4",
        ] {
            assert_eq!(
                properties_as_text(body).split('\n').count(),
                body.split('\n').count()
            );
        }
    }
}
