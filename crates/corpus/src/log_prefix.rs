//! Log line prefixes: a line a program writes to its log opens with when it
//! was written and who wrote it, then gives its message:
//!
//! ```text
//! 2025-11-01T02:00:15.001+01:00 INFO  [filings] Applications received: 5,214
//! [2025-11-01 02:00:15,001] INFO stats.monthly: Applications received: 5,214
//! 2025-11-01 02:00:15,001 - stats - WARNING - 3 payments unreconciled
//! Nov  1 02:00:15 host01 tmstats[27961]: Applications received: 5,214
//! time=2025-11-01T02:00:15Z level=info msg="Applications received: 5,214"
//! ```
//!
//! [`log_line`] reads the timestamp (ISO 8601 with a space or `T`, `/`
//! between the date's parts too, or syslog's `Nov  1 02:00:15 host`), the
//! level (`INFO`, `[WARN]`, `error:`), a bracketed component or thread
//! (`[filings]`, `(main)`) and a logger or program name (`stats.monthly:`,
//! `tmstats[27961]:`, `c.e.Stats -`), and gives back the message alone.
//!
//! Invariant: a line is a log line only when it opens with a timestamp that
//! has seconds (a timeline's `2021-03-01  Second floor opens.` or an
//! agenda's `10:00 Opening` is none); the message is a sub-slice of the
//! line (or of its `msg="…"` value), never reworded.

/// Names of log levels, as programs write them (upper or lower case).
#[rustfmt::skip]
const LEVELS: &[&str] = &["TRACE", "DEBUG", "FINE", "FINER", "INFO", "INFORMATION", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "SEVERE", "FATAL", "CRITICAL", "CRIT", "ALERT", "EMERG"];
/// Month abbreviations of syslog's timestamp.
#[rustfmt::skip]
const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/// Most header fields read between a timestamp and the message.
const MAX_HEADER_FIELDS: usize = 4;

/// One line of a log, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine<'a> {
    /// The day it was written, `(year, month, day)`; syslog gives no year (0).
    pub day: (u16, u8, u8),
    /// The program or logger that wrote it, when the line names one.
    pub program: Option<&'a str>,
    /// What the line says, without its prefix.
    pub message: &'a str,
}

/// The line read as a log line, or `None` when it opens with no timestamp.
pub fn log_line(line: &str) -> Option<LogLine<'_>> {
    if let Some(read) = logfmt_line(line) {
        return Some(read);
    }
    let (day, rest, syslog) = match iso_timestamp(line) {
        Some((day, rest)) => (day, rest, false),
        None => {
            let (day, rest) = syslog_timestamp(line)?;
            (day, rest, true)
        }
    };
    let (program, message) = if syslog {
        syslog_header(rest)
    } else {
        header(rest)
    };
    Some(LogLine {
        day,
        program,
        message: message.trim(),
    })
}

/// `2025-11-01T02:00:15.001+01:00`, `[2025-11-01 02:00:15,001]`,
/// `2025/11/01 02:00:15 UTC`: the day and the rest of the line.
fn iso_timestamp(line: &str) -> Option<((u16, u8, u8), &str)> {
    let text = line.trim_start();
    let bracketed = text.starts_with('[');
    let text = text.strip_prefix('[').unwrap_or(text);
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range.clone())
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .map(|_| &text[range])
    };
    let year: u16 = digits(0..4)?.parse().ok()?;
    let sep = *b.get(4)?;
    if !(sep == b'-' || sep == b'/') || b.get(7) != Some(&sep) {
        return None;
    }
    let month: u8 = digits(5..7)?.parse().ok()?;
    let day: u8 = digits(8..10)?.parse().ok()?;
    if !matches!(b.get(10), Some(b'T' | b' ')) || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let end = clock_end(text, 11)?;
    let mut rest = &text[end..];
    // Fractions of a second, then a zone: `.001`, `,001`, `Z`, `+01:00`, ` UTC`.
    rest = rest
        .strip_prefix(['.', ','])
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .unwrap_or(rest);
    rest = rest.strip_prefix('Z').unwrap_or(rest);
    // `+0100` or ` +01:00`, after the time or a space.
    let zoned = rest
        .strip_prefix(' ')
        .filter(|z| z.starts_with(['+', '-']) && z[1..].starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(rest);
    if let Some(zone) = zoned.strip_prefix(['+', '-']) {
        let len = zone
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b':')
            .count();
        rest = &zone[len..];
    }
    rest = rest
        .strip_prefix(" UTC")
        .or_else(|| rest.strip_prefix(" GMT"))
        .unwrap_or(rest);
    if bracketed {
        rest = rest.strip_prefix(']')?;
    }
    // `…:15 message` or `…:15: message`; never a timestamp run into a word.
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(((year, month, day), rest))
}

/// The byte index after `HH:MM:SS` at `at`, when a clock time with seconds is there.
fn clock_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let two = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    (two(at)
        && b.get(at + 2) == Some(&b':')
        && two(at + 3)
        && b.get(at + 5) == Some(&b':')
        && two(at + 6))
    .then_some(at + 8)
}

/// `Nov  1 02:00:15 rest`: syslog's timestamp, which gives no year.
fn syslog_timestamp(line: &str) -> Option<((u16, u8, u8), &str)> {
    let month = MONTHS.iter().position(|m| line.starts_with(m))? as u8 + 1;
    let rest = line.get(3..)?.strip_prefix(' ')?.trim_start_matches(' ');
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let day: u8 = rest
        .get(..len)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let rest = rest[len..].strip_prefix(' ')?;
    let end = clock_end(rest, 0)?;
    let rest = &rest[end..];
    (rest.starts_with(' ') && day >= 1).then_some(((0, month, day), rest))
}

/// Syslog's `host prog[pid]: message`: the program and the message.
fn syslog_header(rest: &str) -> (Option<&str>, &str) {
    let rest = rest.trim_start();
    let Some((_host, after)) = rest.split_once(' ') else {
        return (None, rest);
    };
    match after.split_once(": ") {
        Some((tag, message)) if !tag.contains(' ') && !tag.is_empty() => {
            let program = tag.split('[').next().filter(|p| !p.is_empty());
            (program, message)
        }
        _ => (None, after),
    }
}

/// The level, component and logger fields after a timestamp, read off:
/// the logger's name and the message.
fn header(rest: &str) -> (Option<&str>, &str) {
    let mut rest = rest;
    let mut program = None;
    let mut level_seen = false;
    for _ in 0..MAX_HEADER_FIELDS {
        let text = rest.trim_start_matches([' ', '\t', '|']);
        let text = text.strip_prefix("- ").unwrap_or(text).trim_start();
        let (token, after) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        if !level_seen && is_level(token) {
            level_seen = true;
            rest = after;
        } else if is_component(token) {
            rest = after;
        } else if let Some(name) = logger(token, after).filter(|_| program.is_none()) {
            program = Some(name);
            rest = after;
        } else {
            return (program, text);
        }
    }
    (program, rest.trim_start_matches([' ', '\t', '|']))
}

/// `INFO`, `[WARN]`, `<error>`, `ERROR:`: a level, upper or lower case.
fn is_level(token: &str) -> bool {
    let word = token
        .trim_end_matches(':')
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>']);
    let cased = word == word.to_ascii_uppercase() || word == word.to_ascii_lowercase();
    cased && LEVELS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// `[filings]`, `(main)`, `[pool-1-thread-3]`: a bracketed word naming a
/// component or thread (a bracket of words is text of the message).
fn is_component(token: &str) -> bool {
    let inner = token
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .or_else(|| token.strip_prefix('(').and_then(|t| t.strip_suffix(')')));
    inner.is_some_and(|w| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphanumeric() || "-_.:/#@".contains(c))
    })
}

/// `stats.monthly:`, `tmstats[27961]:`, `c.e.Stats` before ` - `: a
/// logger's or program's name, which is dotted, snake-cased, lower case or
/// carries a pid; a capitalised word before a colon (`Renewals: 2,118`)
/// is the message's label.
fn logger<'a>(token: &'a str, after: &str) -> Option<&'a str> {
    let name = match token.strip_suffix(':') {
        Some(name) => name,
        None if after.starts_with("- ") => token,
        None => return None,
    };
    let name_part = name.split('[').next().unwrap_or(name);
    let pid = name.len() > name_part.len() && name.ends_with(']');
    let identifier = !name_part.is_empty()
        && name_part
            .chars()
            .all(|c| c.is_alphanumeric() || "._-$/".contains(c));
    let lower = name_part == name_part.to_lowercase();
    let dotted = pid || name_part.contains(['.', '_']);
    // `total: 5`: a plain lower-case word before a bare figure is the
    // figure's label, no logger.
    let figure_next = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let plain_label = lower && figure_next && !dotted;
    (identifier && (dotted || lower) && !plain_label).then_some(name_part)
}

/// `time=2025-11-01T02:00:15Z level=info msg="Applications received: 5,214"`.
fn logfmt_line(line: &str) -> Option<LogLine<'_>> {
    let value = ["time=", "ts=", "timestamp="]
        .iter()
        .find_map(|key| line.trim_start().strip_prefix(key))?;
    let value = value.trim_start_matches('"');
    let (day, _) = iso_timestamp(value).or_else(|| {
        // `2025-11-01T02:00:15Z` runs into the next key after one space.
        iso_timestamp(value.split_whitespace().next()?).map(|(d, _)| (d, ""))
    })?;
    let start = line.find(" msg=").or_else(|| line.find(" message="))?;
    let value = &line[start..].split_once('=')?.1;
    let message = match value.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next().unwrap_or(""),
        None => value.split_whitespace().next().unwrap_or(""),
    };
    Some(LogLine {
        day,
        program: None,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str) -> Option<(String, Option<&str>, &str)> {
        log_line(line).map(|l| {
            let (y, m, d) = l.day;
            (format!("{y:04}-{m:02}-{d:02}"), l.program, l.message)
        })
    }

    #[test]
    fn iso_lines_with_level_component_and_zone() {
        assert_eq!(
            check("2024-03-05T23:59:01.5Z WARN [ingest] Designs filed in Q1: 880"),
            Some(("2024-03-05".into(), None, "Designs filed in Q1: 880"))
        );
        assert_eq!(
            check("2024/03/05 23:59:01 +0100 (worker-2) error: queue stalled"),
            Some(("2024-03-05".into(), None, "queue stalled"))
        );
        assert_eq!(
            check("[2024-03-05 07:10:00,250] INFO reports.weekly: Oppositions lodged: 41"),
            Some((
                "2024-03-05".into(),
                Some("reports.weekly"),
                "Oppositions lodged: 41"
            ))
        );
        assert_eq!(
            check("2024-03-05 07:10:00,250 - grants - INFO - Grants issued: 310"),
            Some(("2024-03-05".into(), Some("grants"), "Grants issued: 310"))
        );
    }

    #[test]
    fn a_capitalised_label_or_a_lower_case_one_before_a_figure_stays() {
        assert_eq!(
            check("2024-03-05 07:10:00 INFO Renewals: 2,118").map(|c| c.2),
            Some("Renewals: 2,118")
        );
        assert_eq!(
            check("2024-03-05 07:10:00 total: 17").map(|c| c.2),
            Some("total: 17")
        );
    }

    #[test]
    fn syslog_and_logfmt_lines() {
        assert_eq!(
            check("Mar  5 07:10:00 stats-host regstat[812]: Marks renewed: 96"),
            Some(("0000-03-05".into(), Some("regstat"), "Marks renewed: 96"))
        );
        assert_eq!(
            check(r#"ts=2024-03-05T07:10:00Z level=info msg="Marks renewed: 96" rows=3"#),
            Some(("2024-03-05".into(), None, "Marks renewed: 96"))
        );
    }

    #[test]
    fn dates_without_seconds_and_malformed_lines_are_no_log_lines() {
        for line in [
            "2021-03-01  Second floor opens.",
            "2021-03-01 10:00 Opening address",
            "10:00:00 Opening address",
            "2025-13-01 02:00:15 bad month",
            "2025-11-01T02:00:1",
            "2025-11-01T02:00:15x",
            "",
            "=>",
            "Nov 31",
            "Nov  1 02:00",
            "[2025-11-01 02:00:15",
            "2025-11-01T02:00:15é",
            "ts=",
            "time=2025-11-01T02:00:15Z level=info",
        ] {
            assert_eq!(check(line), None, "{line}");
        }
        assert_eq!(check("2025-11-01T02:00:15").map(|c| c.2), Some(""));
        assert_eq!(check("Dec 9 23:59:59 h").map(|c| c.2), Some("h"));
        assert_eq!(
            check("2025-11-01 02:00:15 INFO ñandú: ü").map(|c| c.2),
            Some("ü")
        );
    }
}
