//! E-mail in MIME (RFC 2045–2047): a message saved as it was received
//! (`.eml`, or a `.txt` of one or of an mbox of several) whose text is
//! encoded, so its figures cannot be read as they stand:
//!
//! ```text
//! Subject: =?UTF-8?Q?Filings_in_2024_=E2=80=93_final?=
//! MIME-Version: 1.0
//! Content-Type: multipart/alternative; boundary="b1"
//! Content-Transfer-Encoding: quoted-printable
//!
//! --b1
//! The Office received 12,4=
//! 06 applications.
//! ```
//!
//! Quoted-printable cuts lines anywhere, even inside a figure (`12,4=` then
//! `06`), and base64 hides the text altogether; a multipart message holds
//! its text twice, as plain text and as HTML. Each message is read by
//! `mail-parser` and written back as a plain one for [`crate::mbox`] to
//! read: its `From ` separator (one is made of the sender and the date when
//! the file has none), its `Date:`, `From:` and decoded `Subject:` lines,
//! and the text of its first text part (the plain one of an alternative;
//! HTML only when there is no other, as text). Attachments and every other
//! header go.
//!
//! Invariant: only a file whose first message's head declares MIME
//! (`MIME-Version`, `Content-Type` or `Content-Transfer-Encoding`) is read
//! here; a plain mailbox stays text, its lines where they are.

use mail_parser::MessageParser;

/// True for text that opens with a message (or an mbox separator and a
/// message) whose head declares MIME and names a sender or a date.
pub fn is_email(text: &str) -> bool {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty()).peekable();
    if lines.peek().is_some_and(|l| is_separator(l)) {
        lines.next();
    }
    let head: Vec<&str> = lines.take_while(|l| !l.trim().is_empty()).collect();
    let named = |name: &str| {
        head.iter().any(|l| {
            l.split_once(':')
                .is_some_and(|(key, _)| key.eq_ignore_ascii_case(name))
        })
    };
    head.first().is_some_and(|l| is_header(l))
        && (named("mime-version") || named("content-type") || named("content-transfer-encoding"))
        && (named("from") || named("date"))
}

/// The messages of `text` as plain messages of a mailbox.
pub fn read_email(text: &str) -> Result<String, String> {
    let mut out = String::new();
    for (separator, raw) in messages(text) {
        let message = MessageParser::default()
            .parse(raw.as_bytes())
            .ok_or("no e-mail message could be read from the file")?;
        let date = message.header_raw("Date").map(str::trim);
        let sender = message.from().and_then(|from| from.first());
        let address = sender.and_then(|s| s.address()).unwrap_or("MAILER-DAEMON");
        let separator = separator.map(str::to_string).unwrap_or_else(|| {
            format!(
                "From {address} {}",
                date.unwrap_or("Thu Jan  1 00:00:00 1970")
            )
        });
        out.push_str(&separator);
        out.push('\n');
        if let Some(date) = date {
            out.push_str(&format!("Date: {date}\n"));
        }
        match sender.and_then(|s| s.name()) {
            Some(name) => out.push_str(&format!("From: {name} <{address}>\n")),
            None => out.push_str(&format!("From: {address}\n")),
        }
        if let Some(subject) = message.subject() {
            out.push_str(&format!("Subject: {}\n", one_line(subject)));
        }
        out.push('\n');
        let body = message.body_text(0).unwrap_or_default();
        for line in body.lines() {
            out.push_str(line.trim_end_matches('\r'));
            out.push('\n');
        }
        out.push('\n');
    }
    Ok(out)
}

/// The messages of an mbox, each with its `From ` separator line, or the
/// one message of a file without separators.
fn messages(text: &str) -> Vec<(Option<&str>, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| is_separator(lines[i]) && lines.get(i + 1).is_some_and(|l| is_header(l)))
        .collect();
    if starts.is_empty() {
        return vec![(None, text.trim_start().to_string())];
    }
    let ends = starts.iter().skip(1).copied().chain([lines.len()]);
    (starts.iter().zip(ends))
        .map(|(&start, end)| (Some(lines[start]), lines[start + 1..end].join("\n")))
        .collect()
}

/// `From ana@office.example Mon Feb 10 09:12:44 2025`: an mbox separator.
fn is_separator(line: &str) -> bool {
    line.strip_prefix("From ").is_some_and(|rest| {
        rest.split_whitespace()
            .next()
            .is_some_and(|s| s.contains('@'))
    })
}

/// `Content-Type: text/plain`: a field name of letters, digits and dashes,
/// then a colon.
fn is_header(line: &str) -> bool {
    line.split_once(':').is_some_and(|(name, _)| {
        name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

/// A header's value with its folding undone.
fn one_line(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    const ALTERNATIVE: &str = "Received: from relay.example by mx.example; Mon, 3 Mar 2025\n\
        Date: Mon, 03 Mar 2025 09:30:00 +0100\n\
        From: =?ISO-8859-1?Q?Ren=E9e_Lor?= <renee@office.example>\n\
        Subject: =?UTF-8?Q?Filings_in_2024_=E2=80=93_final?=\n\
        MIME-Version: 1.0\n\
        Content-Type: multipart/alternative; boundary=\"b1\"\n\
        \n\
        --b1\n\
        Content-Type: text/plain; charset=utf-8\n\
        Content-Transfer-Encoding: quoted-printable\n\
        \n\
        The Office=E2=80=99s count: 12,4=\n\
        06 applications in 2024, up 3.1%.=20\n\
        \n\
        --b1\n\
        Content-Type: text/html; charset=utf-8\n\
        \n\
        <p>The Office&rsquo;s count: 12,406 applications</p>\n\
        --b1--\n";

    #[test]
    fn a_quoted_printable_alternative_reads_as_its_plain_text_under_a_separator() {
        assert!(is_email(ALTERNATIVE));
        expect![[r#"
            From renee@office.example Mon, 03 Mar 2025 09:30:00 +0100
            Date: Mon, 03 Mar 2025 09:30:00 +0100
            From: Renée Lor <renee@office.example>
            Subject: Filings in 2024 – final

            The Office’s count: 12,406 applications in 2024, up 3.1%. 

        "#]]
        .assert_eq(&read_email(ALTERNATIVE).unwrap());
    }

    #[test]
    fn a_base64_body_in_an_mbox_keeps_its_separator() {
        // "Registered in 2024: 5,210 designs." in base64.
        let mbox = "From ops@registry.example Fri Jan 10 08:00:00 2025\n\
            From: ops@registry.example\n\
            Date: Fri, 10 Jan 2025 08:00:00 +0000\n\
            Content-Type: text/plain; charset=utf-8\n\
            Content-Transfer-Encoding: base64\n\
            \n\
            UmVnaXN0ZXJlZCBpbiAyMDI0OiA1LDIxMCBkZXNpZ25zLg==\n";
        assert!(is_email(mbox));
        let text = read_email(mbox).unwrap();
        assert!(text.starts_with("From ops@registry.example Fri Jan 10 08:00:00 2025\n"));
        assert!(
            text.contains("\n\nRegistered in 2024: 5,210 designs.\n"),
            "{text}"
        );
    }

    #[test]
    fn an_html_only_message_is_read_as_text() {
        let html = "Date: Tue, 4 Feb 2025 10:00:00 +0000\n\
            From: desk@office.example\n\
            Content-Type: text/html\n\
            \n\
            <html><body><p>Grants in 2024: <b>3,377</b> patents.</p></body></html>\n";
        let text = read_email(html).unwrap();
        assert!(text.contains("Grants in 2024: 3,377 patents."), "{text}");
        assert!(!text.contains("<p>"), "{text}");
    }

    #[test]
    fn a_plain_mailbox_and_prose_are_no_mime_messages() {
        let plain = "From li@office.example Mon Mar  3 08:00:00 2025\n\
            Date: Mon, 3 Mar 2025 08:00:00 +0800\n\
            From: Li <li@office.example>\n\nFilings: 8,210.\n";
        assert!(!is_email(plain));
        assert!(!is_email(
            "Title: Filings\nDate: 2025-03-03\n\nMIME-Version: 1.0 of the form."
        ));
        assert!(!is_email(""));
    }

    #[test]
    fn a_broken_message_does_not_panic() {
        let broken = "MIME-Version: 1.0\nFrom: x@y\nContent-Type: multipart/mixed; boundary=\"\n\n--\n=ZZ=\n=";
        assert!(is_email(broken));
        let _ = read_email(broken);
    }
}
