//! HTTP Archives (`.har`, or their JSON saved as `.txt`): a browser's
//! capture of a page and the requests it made, whose text is the bodies the
//! server sent back, each a JSON string inside an entry:
//!
//! ```text
//! {"log": {"pages": [{"startedDateTime": "2025-10-21T09:14:02+02:00",
//!                     "title": "Patent statistics dashboard"}],
//!          "entries": [{"request": {"url": "…/api/summary", "headers": […]},
//!                       "response": {"status": 200, "content": {
//!                         "mimeType": "application/json",
//!                         "text": "{\"label\":\"Filings\",\"value\":4100}"}},
//!                       "timings": {…}, "serverIPAddress": "203.0.113.42"}]}}
//! ```
//!
//! Each successful response's body (base64 decoded when its `encoding`
//! says so) is read as a file of its type would be: a page by
//! [`super::html`] (its text, without its front matter), a JSON reply laid
//! out a member a line ([`super::json_layout`]) for [`crate::json_fields`]
//! to read its records and `"key": value` lines, plain text and CSV as they
//! are; scripts, styles, images and fonts go, and so does a body the
//! capture holds twice. Requests, headers, cookies, timings, sizes and
//! addresses are how the page was fetched, and are never read. The first
//! page's `title` is the title (else a page body's); the date is the one
//! a page body states, else the day the capture started
//! (`startedDateTime`, as the browser wrote it).
//!
//! Invariant: the JSON is parsed by serde_json, never by hand; a file
//! whose JSON is broken, or has no `log` with `entries`, is an `Err`.

use std::collections::BTreeSet;

use serde_json::Value;

use super::front_matter;
use super::html::read_html;
use super::json_layout::json_lines;
use crate::frontmatter::split_front_matter;

/// What a response body is read as.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Body {
    Page,
    Json,
    Plain,
}

/// True when a text's JSON shape is an HTTP Archive's: an object opening
/// with a `log` that has `entries` of requests.
pub fn is_har(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(200).collect();
    head.starts_with('{')
        && head.contains("\"log\"")
        && text.contains("\"entries\"")
        && text.contains("\"request\"")
}

/// Reads an HTTP Archive into front matter plus the text of its bodies.
pub fn read_har(text: &str) -> Result<String, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not an HTTP archive: {e}"))?;
    let log = doc
        .get("log")
        .filter(|l| l.is_object())
        .ok_or("not an HTTP archive: no `log` object")?;
    let entries = log
        .get("entries")
        .and_then(Value::as_array)
        .ok_or("not an HTTP archive: its log has no `entries` list")?;
    let pages = log.get("pages").and_then(Value::as_array);
    let mut title = pages.and_then(|p| p.iter().find_map(|p| non_empty(p.get("title"))));
    let mut date = None;
    let mut source = None;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut body = String::new();
    for entry in entries {
        let Some((kind, raw)) = response_body(entry) else {
            continue;
        };
        if !seen.insert(raw.clone()) {
            continue;
        }
        let part = match kind {
            Body::Page => {
                let Ok(page) = read_html(&raw) else { continue };
                let ((front, text, _), _) = split_front_matter("", &page);
                title = title.or(front.title);
                date = date.or(front.date.map(|d| d.iso()));
                source = source.or(front.source);
                text.to_string()
            }
            Body::Json if serde_json::from_str::<Value>(&raw).is_ok() => json_lines(&raw),
            Body::Json => continue,
            Body::Plain => raw.clone(),
        };
        if !part.trim().is_empty() {
            body.push_str(part.trim_end());
            body.push_str("\n\n");
        }
    }
    let started = pages
        .into_iter()
        .flatten()
        .chain(entries)
        .find_map(|p| capture_day(p.get("startedDateTime")?.as_str()?));
    let fields = [
        ("title", title),
        ("date", date.or(started)),
        ("source", source),
    ];
    Ok(format!("{}{body}", front_matter(&fields)))
}

/// A successful response's body and what to read it as, decoded; `None`
/// for a failed request, an empty body, or a type that holds no text
/// (scripts, styles, images, fonts).
fn response_body(entry: &Value) -> Option<(Body, String)> {
    let response = entry.get("response")?;
    let status = response.get("status").and_then(Value::as_u64);
    if status.is_some_and(|s| !(200..300).contains(&s)) {
        return None;
    }
    let content = response.get("content")?;
    let text = entry_text(entry)?;
    let text = match content.get("encoding").and_then(Value::as_str) {
        Some(e) if e.eq_ignore_ascii_case("base64") => {
            let bytes = mail_parser::decoders::base64::base64_decode(text.trim().as_bytes())?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        _ => text.to_string(),
    };
    let mime = content
        .get("mimeType")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let kind = body_kind(&mime, &text)?;
    (!text.trim().is_empty()).then_some((kind, text))
}

/// A response's `content.text`, as the archive holds it.
fn entry_text(entry: &Value) -> Option<&str> {
    entry.get("response")?.get("content")?.get("text")?.as_str()
}

/// What a body of media type `mime` is read as; with no type, what it
/// opens with says (`{` or `[` JSON, `<` a page).
fn body_kind(mime: &str, text: &str) -> Option<Body> {
    let essence = mime.split(';').next().unwrap_or_default().trim();
    if essence.contains("json") {
        return Some(Body::Json);
    }
    if essence.contains("html") {
        return Some(Body::Page);
    }
    if matches!(essence, "text/plain" | "text/csv" | "text/markdown") {
        return Some(Body::Plain);
    }
    if !essence.is_empty() {
        return None;
    }
    match text.trim_start().chars().next() {
        Some('{' | '[') => Some(Body::Json),
        Some('<') => Some(Body::Page),
        _ => None,
    }
}

/// The day of an ISO timestamp as written (`2025-10-21T09:14:02+02:00` →
/// `2025-10-21`), when it starts with one.
fn capture_day(stamp: &str) -> Option<String> {
    let day = stamp.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        .then(|| day.to_string())
}

/// A string value that is not blank.
fn non_empty(value: Option<&Value>) -> Option<String> {
    let text = value?.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json_fields::json_records_as_rows;

    /// An archive of `entries`, each `(mime type, text, extra content
    /// fields)`, with one page titled `title` when one is given.
    fn archive(title: Option<&str>, entries: &[(&str, &str, &str)]) -> String {
        let pages = title.map_or(String::new(), |t| {
            format!(r#""pages": [{{"startedDateTime": "2025-10-21T09:14:02.113+02:00", "id": "page_1", "title": "{t}", "pageTimings": {{"onLoad": 1187}}}}],"#)
        });
        let entries: Vec<String> = entries
            .iter()
            .map(|(mime, text, extra)| {
                format!(
                    r#"{{"startedDateTime": "2025-10-20T23:59:58.000Z",
                    "request": {{"method": "GET", "url": "https://stats.example/api/v2/summary?year=2024", "headers": [{{"name": "accept", "value": "application/json"}}], "headersSize": 412}},
                    "response": {{"status": 200, "headers": [{{"name": "content-length", "value": "7261"}}],
                      "content": {{"size": 7261, "mimeType": "{mime}", "text": {text}{extra}}}}},
                    "timings": {{"wait": 96.4, "receive": 0.8}}, "time": 97.6, "serverIPAddress": "203.0.113.42"}}"#,
                    text = serde_json::to_string(text).unwrap()
                )
            })
            .collect();
        format!(
            r#"{{"log": {{"version": "1.2", "creator": {{"name": "Firefox", "version": "131.0.3"}}, {pages} "entries": [{}]}}}}"#,
            entries.join(",")
        )
    }

    const SUMMARY: &str = r#"{"office":"Harlow Patent Office","reference_year":2024,"indicators":[{"id":"APP","label":"Patent applications filed","value":22418,"previous":21037,"change_pct":6.6,"unit":"applications"},{"id":"FEES","label":"Fee revenue","value":31.7,"unit":"million euros"}],"page":1,"page_size":50,"total":2}"#;

    #[test]
    fn a_json_body_is_laid_out_for_its_records_and_the_capture_itself_goes() {
        let har = archive(
            Some("Statistics dashboard"),
            &[("application/json", SUMMARY, "")],
        );
        assert!(is_har(&har));
        let text = read_har(&har).unwrap();
        assert!(
            text.starts_with("---\ntitle: \"Statistics dashboard\"\ndate: \"2025-10-21\"\n---\n"),
            "{text}"
        );
        for noise in ["203.0.113", "7261", "96.4", "Firefox", "accept", "api/v2"] {
            assert!(!text.contains(noise), "{noise} in {text}");
        }
        let rows = json_records_as_rows(&text);
        assert!(rows.contains("\nPatent applications filed — 2024: 22418; previous year: 21037; 2024 (change): 6.6%.\n"), "{rows}");
        assert!(
            rows.contains("\nFee revenue (million euros) — 2024: 31.7.\n"),
            "{rows}"
        );
        assert!(!rows.contains("Total") && !rows.contains("Page"), "{rows}");
    }

    #[test]
    fn an_html_body_is_read_as_a_page_titled_and_dated_by_itself() {
        let page = r#"<html><head><title>Grants | Office</title><meta name="date" content="2025-03-02"></head><body><nav>Home</nav><h1>Grants in 2024</h1><p>The Office granted 9,812 patents.</p><footer>Helpline 800 214 600</footer></body></html>"#;
        let text = read_har(&archive(None, &[("text/html; charset=utf-8", page, "")])).unwrap();
        assert_eq!(
            text,
            "---\ntitle: \"Grants in 2024\"\ndate: \"2025-03-02\"\n---\n# Grants in 2024\n\nThe Office granted 9,812 patents.\n\n"
        );
        // Without a date of its own, the page is of the day of capture.
        let undated = page.replace(r#"<meta name="date" content="2025-03-02">"#, "");
        let text = read_har(&archive(None, &[("text/html", &undated, "")])).unwrap();
        assert!(text.contains("date: \"2025-10-20\""), "{text}");
    }

    #[test]
    fn a_base64_body_is_decoded() {
        // `{"label": "Designs", "value": 5210, "unit": "designs"}`.
        let encoded = "eyJsYWJlbCI6ICJEZXNpZ25zIiwgInZhbHVlIjogNTIxMCwgInVuaXQiOiAiZGVzaWducyJ9";
        let har = archive(
            None,
            &[("application/json", encoded, r#", "encoding": "base64""#)],
        );
        let text = read_har(&har).unwrap();
        assert!(text.contains("\n  \"value\": 5210,\n"), "{text}");
        assert!(!text.contains(encoded));
    }

    #[test]
    fn scripts_images_failures_and_repeats_are_not_read() {
        let har = archive(
            Some("Dashboard"),
            &[
                ("application/javascript", "var total = 4100;", ""),
                ("image/png", "iVBORw0KGgo=", r#", "encoding": "base64""#),
                ("text/plain", "Filings: 4,100.", ""),
                ("text/plain", "Filings: 4,100.", ""),
                ("application/json", "{\"broken\": ", ""),
            ],
        );
        let text = read_har(&har).unwrap();
        assert_eq!(text.matches("Filings: 4,100.").count(), 1, "{text}");
        for unread in ["var total", "iVBOR", "broken"] {
            assert!(!text.contains(unread), "{unread} in {text}");
        }
        let failed = archive(None, &[("text/plain", "Not found: 404 pages.", "")]).replacen(
            "\"status\": 200",
            "\"status\": 404",
            1,
        );
        assert_eq!(
            read_har(&failed).unwrap(),
            "---\ndate: \"2025-10-20\"\n---\n"
        );
    }

    #[test]
    fn an_empty_log_has_no_text_and_other_json_is_an_error() {
        assert_eq!(read_har(r#"{"log": {"entries": []}}"#).unwrap(), "");
        for (json, why) in [
            (
                r#"{"log": {"entries": [{"response": "#,
                "not an HTTP archive: EOF",
            ),
            (r#"{"log": 5}"#, "no `log` object"),
            (r#"{"log": {"pages": []}}"#, "no `entries` list"),
            (r#"[{"log": 1}]"#, "no `log` object"),
        ] {
            let err = read_har(json).unwrap_err();
            assert!(err.contains(why), "{json}: {err}");
        }
        assert!(!is_har("{\"records\": [{\"log\": \"x\"}]}"));
        assert!(!is_har("The log entries were lost."));
    }

    #[test]
    fn every_cut_of_an_archive_is_read_or_refused_without_a_panic() {
        let har = archive(
            Some("Dashboard"),
            &[
                ("application/json", SUMMARY, ""),
                ("text/html", "<p>Grants: <b>9,812</b></p>", ""),
            ],
        );
        for (at, _) in har.char_indices() {
            let _ = read_har(&har[..at]);
            let _ = json_lines(&SUMMARY[..at.min(SUMMARY.len())]);
        }
    }
}
