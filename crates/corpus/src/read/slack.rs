//! Slack channel exports (a `.json` or `.txt` holding one day's or one
//! channel's messages, as Slack's export or its API writes them):
//!
//! ```text
//! [{"type": "message", "user": "U03MJ8ORL1", "ts": "1757398351.003900",
//!   "user_profile": {"real_name": "Maja Orlić"},
//!   "text": "We received *1,146* applications, see <https:\/\/x.example|the sheet> <@U05B2KD19A>",
//!   "blocks": [{"type": "rich_text", …the same text again…}],
//!   "thread_ts": "…", "reactions": […], "files": […], "edited": {…}}]
//! ```
//!
//! become a transcript of one line a message (a line of each of its lines
//! and list items), in time order, stamped with its UTC minute and the
//! sender's name (the form a chat export saved as text has, with an ISO
//! day, whose order no reader can mistake):
//!
//! ```text
//! [2025-09-09 06:12] Maja Orlić: We received 1,146 applications, see the sheet Tomas Kell
//! ```
//!
//! A message's `text` is read once: its `blocks` repeat it, and are read
//! only when there is no text. Slack's markup is undone ([`super::slack_markup`]).
//! A sender is named by their profile's real name, a bot by its
//! `username`; a reply is dated by its own `ts`, never its thread's.
//! Reactions, files, edits, attachments, joins and leaves are how the
//! channel was used, and go; a message with no text goes with them. The
//! document's date is the day of its last message, and its title says it
//! is a chat of that day (or of its first to its last), as an export names
//! no channel.
//!
//! Invariant: the JSON is parsed by serde_json, never by hand; broken JSON
//! is an `Err`, and JSON of another shape (no message with a `ts`) is
//! handed back as it is, to be read as text.

use std::collections::BTreeMap;

use serde_json::Value;

use super::front_matter;
use super::slack_markup::{block_text, plain_text};

/// Subtypes of a message that only say who came or went.
const MEMBERSHIP: &[&str] = &["channel_join", "channel_leave", "group_join", "group_leave"];

/// The latest stamp read, 9999-12-31T23:59:59 UTC: a `ts` beyond it is no
/// time a message was sent.
const MAX_TS: i64 = 253_402_300_799;

/// One message of the transcript: its time, sender and text.
struct Said {
    seconds: i64,
    name: String,
    text: String,
}

/// True when a text looks like a Slack export: a JSON list of objects of
/// `"type": "message"` with `ts` stamps.
pub fn is_slack_export(text: &str) -> bool {
    let squashed: String = text
        .chars()
        .take(4_000)
        .filter(|c| !c.is_whitespace())
        .collect();
    squashed.starts_with("[{")
        && squashed.contains("\"type\":\"message\"")
        && squashed.contains("\"ts\":\"")
}

/// Reads a Slack export into front matter plus one line a message.
pub fn read_slack(text: &str) -> Result<String, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("not a Slack export's JSON: {e}"))?;
    let Some(items) = doc.as_array() else {
        return Ok(text.to_string());
    };
    let names = known_names(items);
    let mut said: Vec<Said> = items
        .iter()
        .filter_map(|item| message(item, &names))
        .collect();
    if said.is_empty() {
        return Ok(text.to_string());
    }
    said.sort_by_key(|s| s.seconds);
    let mut out = String::new();
    for s in &said {
        let (day, minute) = utc(s.seconds);
        // Each line of a message is stamped as its first is: a line of
        // its own is no heading, and its figures are of the message's day.
        for line in s.text.lines().filter(|l| !l.trim().is_empty()) {
            let line = line.trim().strip_prefix("- ").unwrap_or(line.trim());
            out.push_str(&format!("[{day} {minute}] {}: {line}\n", s.name));
        }
    }
    // An export names no channel: the title says what the file is and
    // when, rather than the first message standing in for one.
    let first_day = said.first().map(|s| utc(s.seconds).0);
    let last_day = said.last().map(|s| utc(s.seconds).0);
    let title = match (&first_day, &last_day) {
        (Some(first), Some(last)) if first != last => format!("Chat, {first} to {last}"),
        (_, Some(last)) => format!("Chat of {last}"),
        _ => String::new(),
    };
    let head = front_matter(&[("title", Some(title)), ("date", last_day)]);
    Ok(format!("{head}{out}"))
}

/// The names of the users the messages give profiles for, by user id.
fn known_names(items: &[Value]) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for item in items {
        let (Some(user), Some(name)) = (item.get("user").and_then(Value::as_str), profile(item))
        else {
            continue;
        };
        names.entry(user.to_string()).or_insert(name);
    }
    names
}

/// The real name (else display name) a message's profile gives its sender.
fn profile(item: &Value) -> Option<String> {
    let profile = item.get("user_profile")?;
    ["real_name", "display_name", "name"]
        .iter()
        .filter_map(|k| profile.get(k).and_then(Value::as_str))
        .map(str::trim)
        .find(|n| !n.is_empty())
        .map(str::to_string)
}

/// One message of the export, or `None` for an item that is no message,
/// a join or leave, or one with no text.
fn message(item: &Value, names: &BTreeMap<String, String>) -> Option<Said> {
    if item.get("type").and_then(Value::as_str) != Some("message") {
        return None;
    }
    let subtype = item.get("subtype").and_then(Value::as_str);
    if subtype.is_some_and(|s| MEMBERSHIP.contains(&s)) {
        return None;
    }
    let seconds = seconds(item.get("ts")?.as_str()?)?;
    let user = item.get("user").and_then(Value::as_str);
    let name = profile(item)
        .or_else(|| names.get(user?).cloned())
        .or_else(|| bot_name(item))
        .or_else(|| user.map(str::to_string))
        .unwrap_or_else(|| "Unknown".to_string());
    let text = match item.get("text").and_then(Value::as_str) {
        Some(text) if !text.trim().is_empty() => plain_text(text, names),
        _ => block_text(item.get("blocks")?, names),
    };
    (!text.trim().is_empty()).then_some(Said {
        seconds,
        name: name.replace(':', " "),
        text,
    })
}

/// A bot's name: the `username` its message was posted under, else its
/// profile's.
fn bot_name(item: &Value) -> Option<String> {
    let name = item
        .get("username")
        .or_else(|| item.get("bot_profile")?.get("name"))?
        .as_str()?
        .trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The whole seconds of a `ts` stamp (`1757398351.003900`), when it is a
/// time between 1970 and the end of 9999.
fn seconds(ts: &str) -> Option<i64> {
    let whole = ts.split('.').next()?;
    let seconds: i64 = whole.parse().ok()?;
    (0..=MAX_TS).contains(&seconds).then_some(seconds)
}

/// The UTC day (`2025-09-09`) and minute (`06:12`) of a time in seconds
/// since 1970.
fn utc(seconds: i64) -> (String, String) {
    let (days, of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        format!("{:02}:{:02}", of_day / 3_600, of_day % 3_600 / 60),
    )
}

/// The proleptic Gregorian date of a count of days since 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    /// A message object of `user` (with a profile when `name` is given)
    /// at `ts`, saying `text`, with `more` fields.
    fn message(user: &str, name: Option<&str>, ts: &str, text: &str, more: &str) -> String {
        let profile = name.map_or(String::new(), |n| {
            format!(r#""user_profile": {{"real_name": "{n}", "display_name": "x"}},"#)
        });
        format!(
            r#"{{"type": "message", "user": "{user}", {profile} "ts": "{ts}", "text": {}{more}}}"#,
            serde_json::to_string(text).unwrap()
        )
    }

    fn export(messages: &[String]) -> String {
        format!("[\n{}\n]", messages.join(",\n"))
    }

    #[test]
    fn a_thread_reads_in_time_order_each_reply_at_its_own_time() {
        let text = export(&[
            message(
                "U1",
                Some("Maja Orlić"),
                "1757398351.003900",
                "August numbers are final: 1,146 applications.",
                r#", "thread_ts": "1757398351.003900", "reply_count": 2, "latest_reply": "1757398600.000200", "reactions": [{"name": "tada", "users": ["U2"], "count": 3}]"#,
            ),
            message(
                "U1",
                Some("Maja Orlić"),
                "1757398600.000200",
                "Designs in them: 3,480.",
                r#", "thread_ts": "1757398351.003900", "parent_user_id": "U1""#,
            ),
            message(
                "U2",
                Some("Tomas Kell"),
                "1757398502.000800",
                "incl. the 212 multiples?",
                r#", "thread_ts": "1757398351.003900""#,
            ),
        ]);
        assert!(is_slack_export(&text));
        expect![[r#"
            ---
            title: "Chat of 2025-09-09"
            date: "2025-09-09"
            ---
            [2025-09-09 06:12] Maja Orlić: August numbers are final: 1,146 applications.
            [2025-09-09 06:15] Tomas Kell: incl. the 212 multiples?
            [2025-09-09 06:16] Maja Orlić: Designs in them: 3,480.
        "#]]
        .assert_eq(&read_slack(&text).unwrap());
    }

    #[test]
    fn a_bot_keeps_its_text_and_markup_is_undone_with_the_names_the_export_gives() {
        let text = export(&[
            r#"{"type": "message", "subtype": "bot_message", "username": "RegistryBot", "bot_id": "B04", "ts": "1757397484.001200", "text": "Daily digest: *47* new applications", "attachments": [{"fallback": "Open 12 tickets", "text": "12 tickets"}]}"#.to_string(),
            message("U2", Some("Tomas Kell"), "1757399630.000700", r"<@U3> figures in <https:\/\/x.example\/r\/v5.xlsx|the sheet> &amp; board deck :pray:", ""),
            message("U3", Some("Ines Varga"), "1757399652.000100", "<@U2> will do", ""),
            message("U9", None, "1757399700.000100", "<@U9> joined", r#", "subtype": "channel_join""#),
        ]);
        expect![[r#"
            ---
            title: "Chat of 2025-09-09"
            date: "2025-09-09"
            ---
            [2025-09-09 05:58] RegistryBot: Daily digest: 47 new applications
            [2025-09-09 06:33] Tomas Kell: Ines Varga figures in the sheet & board deck
            [2025-09-09 06:34] Ines Varga: Tomas Kell will do
        "#]]
        .assert_eq(&read_slack(&text).unwrap());
    }

    #[test]
    fn an_edited_message_with_blocks_and_files_is_read_once_at_its_time() {
        let blocks = r#", "blocks": [{"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": "612 waiting"}]}]}]"#;
        let text = export(&[
            message(
                "U4",
                Some("Dragan Petrov"),
                "1757401365.009000",
                "612 waiting",
                &format!(r#"{blocks}, "edited": {{"user": "U4", "ts": "1757487841.000000"}}"#),
            ),
            message("U4", None, "1757401400.000100", "", blocks),
            message(
                "U2",
                Some("Tomas Kell"),
                "1757403669.002500",
                "",
                r#", "subtype": "file_share", "files": [{"id": "F07", "name": "designs_aug2025.xlsx", "size": 49152, "created": 1757403665}]"#,
            ),
        ]);
        let read = read_slack(&text).unwrap();
        expect![[r#"
            ---
            title: "Chat of 2025-09-09"
            date: "2025-09-09"
            ---
            [2025-09-09 07:02] Dragan Petrov: 612 waiting
            [2025-09-09 07:03] Dragan Petrov: 612 waiting
        "#]]
        .assert_eq(&read);
    }

    #[test]
    fn stamps_are_utc_across_midnight_and_the_document_is_of_its_last_day() {
        let text = export(&[
            message(
                "U1",
                Some("Ana"),
                "1735689599.000100",
                "Closed the year at 4,100 filings.\n• of which 900 online",
                "",
            ),
            message("U1", Some("Ana"), "1735689600.000200", "Happy new year", ""),
        ]);
        expect![[r#"
            ---
            title: "Chat, 2024-12-31 to 2025-01-01"
            date: "2025-01-01"
            ---
            [2024-12-31 23:59] Ana: Closed the year at 4,100 filings.
            [2024-12-31 23:59] Ana: of which 900 online
            [2025-01-01 00:00] Ana: Happy new year
        "#]]
        .assert_eq(&read_slack(&text).unwrap());
        assert_eq!(utc(0), ("1970-01-01".into(), "00:00".into()));
        assert_eq!(utc(951_782_400), ("2000-02-29".into(), "00:00".into()));
        assert_eq!(utc(MAX_TS), ("9999-12-31".into(), "23:59".into()));
    }

    #[test]
    fn garbage_is_an_error_or_text_never_a_panic() {
        let broken = r#"[{"type": "message", "ts": "1757398351.0039", "text": "cut"#;
        assert!(read_slack(broken)
            .unwrap_err()
            .starts_with("not a Slack export's JSON"));
        for other in [
            "[1, 2, 3]",
            r#"{"type": "message"}"#,
            r#"[{"type": "message", "ts": "soon", "text": "x"}]"#,
            r#"[{"type": "message", "ts": "-5", "text": "x"}, {"type": "message", "ts": "99999999999999999999", "text": "y"}]"#,
            r#"[{"type": "message", "ts": "1757398351", "text": null, "blocks": 7, "user": 5}]"#,
        ] {
            assert_eq!(read_slack(other).unwrap(), other);
        }
        assert!(!is_slack_export(r#"[{"type": "reply", "ts": "1"}]"#));
        assert!(!is_slack_export(
            "The message type was \"message\", its \"ts\":\"1\"."
        ));
    }

    #[test]
    fn every_cut_of_an_export_is_read_or_refused_without_a_panic() {
        let blocks = r#", "blocks": [{"type": "rich_text", "elements": [{"type": "rich_text_list", "elements": [{"type": "rich_text_section", "elements": [{"type": "user", "user_id": "U1"}, {"type": "link", "url": "https://x.example"}]}]}]}]"#;
        let text = export(&[
            message(
                "U1",
                Some("Ana"),
                "1735689599.000100",
                "*Filings* <@U1> <https://x|4,100> &amp; :tada:",
                "",
            ),
            message("U2", None, "1735689600.000200", "", blocks),
        ]);
        for (at, _) in text.char_indices() {
            let _ = read_slack(&text[..at]);
        }
    }
}
