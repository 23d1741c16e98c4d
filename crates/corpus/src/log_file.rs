//! Log files: a program's log saved as a document (a nightly statistics
//! job's output) is a body of timestamped lines, each a prefix of when and
//! who ([`super::log_prefix`]) and a message, most messages the program's
//! own machinery ([`super::log_machinery`]) and some a figure it reports:
//!
//! ```text
//! 2024-03-05T07:10:00Z INFO  [main] regstat 2.1 starting (pid 812)
//! 2024-03-05T07:10:00Z INFO  [main] run_id=88 as_of=2024-03-04
//! 2024-03-05T07:10:04Z INFO  [designs] Designs filed in February 2024: 880
//! 2024-03-05T07:10:09Z INFO  [main] finished in 9.1 s, exit code 0
//! ```
//!
//! Each message that is no machinery is written as a list item of its own
//! (`- Designs filed in February 2024: 880`), without its prefix and its
//! trailing `key=value` settings, so the field and fact rules read it as a
//! line; machinery lines and stack frames become blank. The program's name
//! (a syslog tag, a logger, the word before `starting`) makes a `# name
//! log` headline, and the latest `as_of` date a message gives (else the
//! last timestamp's day) a `Date:` line, both written on blank lines at
//! the head (the date at the foot when the head has none).
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when at least [`MIN_LOG_LINES`] lines, and two in three of its
//! non-blank lines, are log lines.

use std::borrow::Cow;

use super::data_keys::iso_day;
use super::log_machinery::is_machinery;
use super::log_prefix::{log_line, LogLine};
use super::text::lines_like;

/// The fewest log lines that make a body a log.
const MIN_LOG_LINES: usize = 3;
/// Lines from the top where a headline and a date line may be written.
const HEAD_LINES: usize = 10;
/// Keys of the day a run's figures stand at.
const AS_OF_KEYS: &[&str] = &[
    "as_of",
    "asof",
    "as-of",
    "as_at",
    "as at",
    "as of",
    "snapshot_date",
];
/// Words after a program's name when it starts.
const START_WORDS: &[&str] = &["starting", "started", "start"];

/// The body with its log lines read as messages, or as it is when it is no log.
pub fn log_as_messages(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let read: Vec<Option<LogLine>> = lines.iter().map(|l| log_line(l)).collect();
    let n_log = read.iter().flatten().count();
    let n_text = lines.iter().filter(|l| !l.trim().is_empty()).count();
    if n_log < MIN_LOG_LINES || n_log * 3 < n_text * 2 {
        return Cow::Borrowed(body);
    }
    let mut out: Vec<String> = lines
        .iter()
        .zip(&read)
        .map(|(line, read)| match read {
            Some(read) => message_line(read.message),
            None if is_stack_frame(line) => String::new(),
            None => line.to_string(),
        })
        .collect();
    let blank: Vec<usize> = (0..out.len())
        .filter(|&i| out[i].trim().is_empty())
        .collect();
    let mut blank = blank.into_iter();
    let first_kept = out.iter().position(|l| !l.trim().is_empty());
    let mut header = Vec::new();
    if let Some(name) = program(&read) {
        header.push(format!("# {name} log"));
    }
    if let Some((y, m, d)) = log_date(&read) {
        header.push(format!("Date: {y:04}-{m:02}-{d:02}"));
    }
    let mut placed = 0;
    for line in &header {
        match blank.next() {
            Some(i) if i < HEAD_LINES && first_kept.is_none_or(|k| i < k) => {
                out[i].clone_from(line);
                placed += 1;
            }
            _ => break,
        }
    }
    // No room at the head: the date goes on the last blank line, at the foot.
    if placed < header.len() && header.last().is_some_and(|h| h.starts_with("Date:")) {
        let last = (0..out.len()).rev().find(|&i| out[i].trim().is_empty());
        if let (Some(i), Some(date)) = (last, header.last()) {
            out[i].clone_from(date);
        }
    }
    Cow::Owned(lines_like(&out, body))
}

/// A message as a line of its own, or blank when it is machinery.
fn message_line(message: &str) -> String {
    let mut words: Vec<&str> = message.split_whitespace().collect();
    // `… (target: 30 days) status=AMBER`: settings after the text are no text.
    while words.len() > 1 && words.last().is_some_and(|w| is_setting(w)) {
        words.pop();
    }
    let text = words.join(" ");
    if text.is_empty() || is_machinery(&text) {
        String::new()
    } else {
        format!("- {text}")
    }
}

/// `status=AMBER`, `rows=42`: a setting a program prints.
fn is_setting(word: &str) -> bool {
    word.split_once('=').is_some_and(|(key, value)| {
        !key.is_empty() && !value.is_empty() && key.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// `\tat org.example.Main.run(Main.java:12)`, `  File "job.py", line 4`.
fn is_stack_frame(line: &str) -> bool {
    let text = line.trim_start();
    let indented = text.len() < line.len();
    indented && (text.starts_with("at ") || text.starts_with("File \"") || text.starts_with("..."))
        || text.starts_with("Traceback (")
        || text.starts_with("Caused by:")
}

/// The program that wrote the log: its first line's syslog tag or logger,
/// else the word before `starting` in a message.
fn program<'a>(read: &[Option<LogLine<'a>>]) -> Option<&'a str> {
    let first = read.iter().flatten().next()?;
    first.program.or_else(|| {
        read.iter().flatten().find_map(|l| {
            let words: Vec<&str> = l.message.split_whitespace().take(4).collect();
            let starts = words.iter().skip(1).any(|w| START_WORDS.contains(w));
            let name = *words.first()?;
            (starts && name.chars().any(char::is_alphabetic) && !START_WORDS.contains(&name))
                .then_some(name)
        })
    })
}

/// The latest day an `as_of` key names, else the last timestamp's day
/// (when it gives a year).
fn log_date(read: &[Option<LogLine>]) -> Option<(u16, u8, u8)> {
    let as_of = read
        .iter()
        .flatten()
        .filter_map(|l| as_of_day(l.message))
        .max();
    as_of.or_else(|| {
        read.iter()
            .flatten()
            .map(|l| l.day)
            .filter(|d| d.0 > 0)
            .max()
    })
}

/// `as_of=2025-10-31`, `as of 2025-10-31`: the day a run's figures stand at.
fn as_of_day(message: &str) -> Option<(u16, u8, u8)> {
    let lower = message.to_ascii_lowercase();
    AS_OF_KEYS.iter().find_map(|key| {
        let at = lower.find(key)? + key.len();
        let rest = lower.get(at..)?.trim_start_matches(['=', ':', ' ', '"']);
        iso_day(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        expect.assert_eq(&log_as_messages(body));
    }

    #[test]
    fn messages_stand_alone_and_machinery_goes() {
        check(
            "2024-03-05T07:10:00Z INFO  [main] regstat 2.1 starting (pid 812)\n\
             2024-03-05T07:10:00Z INFO  [main] run_id=88 as_of=2024-03-04\n\
             2024-03-05T07:10:02Z INFO  [db] connected to regdb at 10.1.1.9:5432\n\
             2024-03-05T07:10:04Z INFO  [designs] Designs filed in February 2024: 880 (February 2023: 812, +8.4%)\n\
             2024-03-05T07:10:05Z WARN  [designs] Median days to grant, February 2024: 61 (target: 45 days by 31 December 2024) status=RED\n\
             \tat org.example.Job.run(Job.java:12)\n\
             2024-03-05T07:10:09Z INFO  [main] finished in 9.1 s, exit code 0\n",
            expect![[r#"
                # regstat log
                Date: 2024-03-04

                - Designs filed in February 2024: 880 (February 2023: 812, +8.4%)
                - Median days to grant, February 2024: 61 (target: 45 days by 31 December 2024)


            "#]],
        );
    }

    #[test]
    fn a_syslog_without_room_at_the_head_is_dated_at_its_foot() {
        check(
            "Mar  5 07:10:00 host1 regstat[812]: Marks renewed in week 9: 96\n\
             Mar  5 07:10:01 host1 regstat[812]: Marks lapsed in week 9: 12\n\
             Mar  5 07:10:02 host1 regstat[812]: Report saved as week9.csv as_of=2024-03-03\n",
            expect![[r#"
                - Marks renewed in week 9: 96
                - Marks lapsed in week 9: 12
                Date: 2024-03-03
            "#]],
        );
    }

    #[test]
    fn a_python_log_takes_its_last_day() {
        check(
            "[2024-03-04 23:59:58,100] INFO reports.weekly: Oppositions lodged this week: 41\n\
             [2024-03-05 00:00:01,020] INFO reports.weekly: wrote /srv/out/weekly.json\n\
             [2024-03-05 00:00:02,300] ERROR reports.weekly: SMTP relay refused connection; retry 1/3\n",
            expect![[r#"
                - Oppositions lodged this week: 41

                Date: 2024-03-05
            "#]],
        );
    }

    #[test]
    fn prose_with_a_few_timestamps_or_malformed_lines_is_no_log() {
        let prose =
            "Minutes\n2024-03-05 10:00:00 The meeting opened.\nWe discussed filings.\nIt closed.\n";
        assert_eq!(log_as_messages(prose), prose);
        for body in [
            "",
            "=>",
            "\n\n",
            "2024-03-05T07:10:00Z",
            "ü 2024-03-05T07:10:00Z\n2024-03-05T07:1",
        ] {
            assert_eq!(log_as_messages(body), body);
        }
        let bare = "2024-03-05T07:10:00Z\n2024-03-05T07:10:01Z INFO\n2024-03-05T07:10:02Z [x] é\n";
        assert_eq!(log_as_messages(bare), "Date: 2024-03-05\n\n- é\n");
    }
}
