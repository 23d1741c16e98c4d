//! Mailbox files (mbox): a thread of e-mails saved one after another, each
//! opening with a `From ` separator line and its header lines:
//!
//! ```text
//! From ana@office.example Mon Feb 10 09:12:44 2025
//! Message-ID: <1@office.example>
//! Date: Mon, 10 Feb 2025 09:12:44 +0100
//! From: Ana Ruiz <ana@office.example>
//! Subject: Re: Filings in 2024
//!
//! Corrected figure: 8,120 applications.
//!
//! On Mon, 10 Feb 2025 at 08:00, Li Wen wrote:
//! > Filings in 2024: 8,210.
//! ```
//!
//! Each figure is read once, from the message that states it: a reply's
//! quoted lines (`> `, `>> `) and the `… wrote:` line over them go, and so
//! do signatures (from a `-- ` line to the message's end), a sign-off that
//! is the sender's name, and the header lines of a forwarded message (its
//! text stays: the thread holds it nowhere else). Header lines go; the
//! first message's separator becomes a heading of the thread's subject
//! (without `Re:` and `Fwd:`), after the organisation a signature names
//! as masthead titles do (`Registry of Seeds (ROS): Filings in 2024`), so
//! the title says whose figures the thread gives, and the line under it a
//! `Date:` line of the newest message's day, so `today` in the last
//! message is its day; a later message with a subject of its own is
//! headed by it.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when its first line is a separator with a header line under it.

use std::borrow::Cow;

use super::dates::parse_date;
use super::pronouns::last_organisation;
use super::text::lines_like;

/// Prefixes of a reply's or a forward's subject.
const SUBJECT_PREFIXES: &[&str] = &["re:", "fwd:", "fw:", "aw:", "wg:", "sv:", "tr:"];

/// The body with its mailbox read as the text of its messages, or as it
/// is when it is no mailbox.
pub fn mbox_as_text(body: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = body.lines().collect();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| is_separator(lines[i]) && lines.get(i + 1).is_some_and(|l| is_header(l)))
        .collect();
    if starts.first() != Some(&0) {
        return Cow::Borrowed(body);
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut newest: Option<String> = None;
    let mut organisation: Option<String> = None;
    let mut subject_before: Option<String> = None;
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        let message = &lines[start..end];
        let head = header_len(message);
        let field = |name: &str| message[1..head].iter().find_map(|l| header_value(l, name));
        if let Some(day) = field("date").and_then(parse_date).map(|(d, _)| d) {
            let iso = day.iso();
            if day.day.is_some() && newest.as_ref().is_none_or(|n| *n < iso) {
                newest = Some(iso);
            }
        }
        let subject = field("subject").map(bare_subject).filter(|s| !s.is_empty());
        let sender = field("from").map(display_name).unwrap_or_default();
        for line in &mut out[start..start + head] {
            line.clear();
        }
        if subject.is_some() && subject != subject_before {
            out[start] = format!("# {}", subject.clone().unwrap_or_default());
        }
        subject_before = subject.or(subject_before);
        let body_out = &mut out[start + head..end];
        let signed = read_message_body(&message[head..], &sender, body_out);
        organisation = organisation.or(signed);
    }
    if let (Some(name), Some(title)) = (organisation, out[0].strip_prefix("# ")) {
        out[0] = format!("# {name}: {title}");
    }
    if let Some(day) = newest {
        out[1] = format!("Date: {day}");
    }
    Cow::Owned(lines_like(&out, body))
}

/// `From ana@office.example Mon Feb 10 09:12:44 2025`: `From `, an address
/// and a time stamp with a year.
fn is_separator(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("From ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let sender = words.next().unwrap_or("");
    let year = words.any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()));
    (sender.contains('@') || sender == "MAILER-DAEMON") && year
}

/// `Message-ID: <…>`: a field name of letters, digits and dashes, a colon
/// and a space.
fn is_header(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(name, _)| {
        !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

/// The lines of a message's head: its separator, then header lines and
/// their indented continuations, up to the first blank line.
fn header_len(message: &[&str]) -> usize {
    1 + message[1..]
        .iter()
        .take_while(|l| is_header(l) || l.starts_with([' ', '\t']) && !l.trim().is_empty())
        .count()
}

/// The value of a header line named `name` (case-folded).
fn header_value<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let (key, value) = line.split_once(':')?;
    key.eq_ignore_ascii_case(name).then(|| value.trim())
}

/// `Re: Fwd: Board paper` → `Board paper`.
fn bare_subject(subject: &str) -> String {
    let mut rest = subject.trim();
    while let Some(prefix) = (SUBJECT_PREFIXES.iter()).find(|p| {
        rest.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) {
        rest = rest[prefix.len()..].trim_start();
    }
    rest.to_string()
}

/// `Ana Ruiz <ana@office.example>` → `Ana Ruiz`; a bare address → nothing.
fn display_name(from: &str) -> String {
    let name = from
        .split('<')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"');
    if name.contains('@') {
        String::new()
    } else {
        name.to_string()
    }
}

/// Writes a message body's lines to `out`: quotes and the lines that
/// introduce them, the signature, a sign-off of the sender's name and a
/// forwarded message's header lines become blank. Returns the
/// organisation the signature names.
fn read_message_body(lines: &[&str], sender: &str, out: &mut [String]) -> Option<String> {
    let mut in_signature = false;
    let mut organisation = None;
    let mut forwarded_head = false;
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim();
        in_signature |= matches!(line.trim_end_matches('\r'), "-- " | "--") || is_valediction(text);
        forwarded_head = (forwarded_head && is_header(text)) || is_forward_marker(text);
        let quote_below = (lines[i + 1..].iter())
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| is_quote(l));
        let attribution = text.ends_with("wrote:") && quote_below;
        if in_signature && organisation.is_none() {
            organisation = organisation_named(text);
        }
        if in_signature
            || forwarded_head
            || is_quote(line)
            || attribution
            || is_sign_off(text, sender)
        {
            out[i].clear();
        }
    }
    organisation
}

/// `Registry of Seeds (ROS)`: the organisation a line of a signature
/// names, with the acronym in brackets after it; none on a line with
/// digits (an address, a telephone number).
fn organisation_named(line: &str) -> Option<String> {
    if line.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let name = last_organisation(line)?;
    let after = line[line.find(&name)? + name.len()..].trim_start();
    let acronym = (after.strip_prefix('('))
        .and_then(|rest| rest.split_once(')'))
        .map(|(inner, _)| inner)
        .filter(|inner| inner.len() >= 2 && inner.chars().all(|c| c.is_ascii_uppercase()));
    Some(match acronym {
        Some(acronym) => format!("{name} ({acronym})"),
        None => name,
    })
}

/// `Kind regards,`, `Yours sincerely,`: a closing that only a signature
/// follows.
fn is_valediction(text: &str) -> bool {
    let Some(words) = text.strip_suffix(',') else {
        return false;
    };
    let words = words.to_ascii_lowercase();
    let closing = [
        "regards",
        "wishes",
        "sincerely",
        "faithfully",
        "truly",
        "cheers",
    ];
    (words.split_whitespace().count() <= 3)
        && words
            .split_whitespace()
            .next_back()
            .is_some_and(|w| closing.contains(&w))
}

/// `> text`, `>> text`, `>`: a line quoted from an earlier message.
fn is_quote(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// `---------- Forwarded message ---------`, `-----Original Message-----`,
/// `Begin forwarded message:`.
fn is_forward_marker(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words = lower.trim_matches(|c: char| c == '-' || c == ':' || c.is_whitespace());
    matches!(
        words,
        "forwarded message" | "original message" | "begin forwarded message"
    )
}

/// A line that is only the sender's name or first name (`Mara`, `Mara
/// Lindqvist`), with at most a closing mark.
fn is_sign_off(text: &str, sender: &str) -> bool {
    let name = text.trim_end_matches(['.', ',', '!']);
    let first = sender.split_whitespace().next().unwrap_or("");
    !name.is_empty() && (name == sender || name == first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        expect.assert_eq(&mbox_as_text(body));
    }

    const THREAD: &str = "From li.wen@office.example Mon Mar  3 08:00:00 2025\n\
        Message-ID: <1@office.example>\n\
        Date: Mon, 3 Mar 2025 08:00:00 +0800\n\
        From: Li Wen <li.wen@office.example>\n\
        Subject: Filings in 2024\n\
        \n\
        Filings in 2024: 8,210.\n\
        \n\
        Li\n\
        \n\
        -- \n\
        Li Wen | Statistics\n\
        Registry of Seeds (ROS)\n\
        Seed Street 4 | +1 555 0100\n\
        \n\
        From ana@office.example Tue Mar  4 09:30:00 2025\n\
        Message-ID: <2@office.example>\n\
        In-Reply-To: <1@office.example>\n\
        References: <1@office.example>\n \
         <0@office.example>\n\
        Date: Tue, 4 Mar 2025 09:30:00 +0800\n\
        From: Ana Ruiz <ana@office.example>\n\
        Subject: Re: Filings in 2024\n\
        \n\
        Corrected figure: 8,120 applications.\n\
        \n\
        On Mon, 3 Mar 2025 at 08:00, Li Wen wrote:\n\
        > Filings in 2024: 8,210.\n\
        >> Older text.\n\
        \n\
        From ana@office.example Wed Mar  5 10:00:00 2025\n\
        Date: Wed, 5 Mar 2025 10:00:00 +0800\n\
        Subject: Fwd: Targets\n\
        \n\
        ---------- Forwarded message ---------\n\
        From: Board <board@office.example>\n\
        Subject: Targets\n\
        \n\
        The office is to cut pendency below 20 months by 2027.\n";

    #[test]
    fn quotes_signatures_sign_offs_and_headers_go_and_the_newest_day_dates_the_thread() {
        check(
            THREAD,
            expect![[r#"
                # Registry of Seeds (ROS): Filings in 2024
                Date: 2025-03-05




                Filings in 2024: 8,210.

















                Corrected figure: 8,120 applications.





                # Targets







                The office is to cut pendency below 20 months by 2027.
            "#]],
        );
    }

    #[test]
    fn a_closing_starts_the_signature_that_names_the_organisation() {
        let body = "From desk@office.example Tue Apr  1 10:00:00 2025\n\
            Date: Tue, 1 Apr 2025 10:00:00 +0000\n\
            From: Press Desk <desk@office.example>\n\
            Subject: Designs in March\n\
            \n\
            Designs registered in March: 1,204.\n\
            \n\
            Best regards,\n\
            Tom Ash\n\
            Communications | Lorvic Designs Registry\n";
        let text = mbox_as_text(body);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines[0], "# Lorvic Designs Registry: Designs in March");
        assert_eq!(lines[5], "Designs registered in March: 1,204.");
        assert!(lines[7..].iter().all(|l| l.is_empty()), "{text}");
        assert!(is_valediction("Yours sincerely,"));
        assert!(!is_valediction("In regards to fees,"));
        assert!(!is_valediction("Kind regards"));
    }

    #[test]
    fn text_that_only_looks_like_mail_is_kept() {
        for body in [
            "From the registry we hear 2024 was busy.\nFilings: 8,210.\n",
            "Subject: Filings\nFrom: Ana\n\n> quoted\n",
            "From ana@office.example Mon Mar  3 2025\n\nNo headers.\n",
        ] {
            assert_eq!(mbox_as_text(body), body, "{body}");
        }
    }

    #[test]
    fn malformed_mail_never_panics() {
        for body in [
            "From a@b 2025\nX: y",
            "From a@b 2025\nDate: nonsense\n\n>\n--\n",
            "From a@b 2025\nSubject: Re: \n\nwrote:\n",
            "From a@b 2025\nFrom: <a@b>\n\n\n",
        ] {
            let text = mbox_as_text(body);
            assert_eq!(text.split('\n').count(), body.split('\n').count(), "{body}");
        }
        assert_eq!(bare_subject("Re: Fwd: RE:  Board paper"), "Board paper");
        assert_eq!(display_name("\"Ana Ruiz\" <ana@o.example>"), "Ana Ruiz");
        assert_eq!(display_name("ana@o.example"), "");
    }
}
