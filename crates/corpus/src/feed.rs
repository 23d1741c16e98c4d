//! News feeds: an Atom feed (`<feed>`) or an RSS channel (`<rss>`,
//! `<rdf:RDF>`) saved as a document holds an office's announcements as
//! entries, each with a title, a date and its text, often as escaped HTML:
//!
//! ```text
//! <entry>
//!   <title>Applications, January–October 2025</title>
//!   <updated>2025-11-28T16:05:00+01:00</updated>
//!   <content type="html">&lt;p&gt;The Office received 1,362 …&lt;/p&gt;</content>
//! </entry>
//! ```
//!
//! Each entry (`entry`, `item`) becomes a section headed by its day and
//! title (`# 2025-11-28 · Applications, January–October 2025`), so what it
//! says in the present is as of that day, and its content, summary or
//! description the paragraphs under it: escaped HTML (and `CDATA`) is read
//! as HTML, a paragraph per block element, tags gone. The feed's title is
//! the headline, its subtitle or description a paragraph, and its newest
//! date (`updated`, `lastBuildDate`) a `Date:` line. Ids, links, authors,
//! categories and generators go.
//!
//! Invariant: the line count never changes, and a body is only rewritten
//! when its first element is a `feed`, `rss` or `RDF` element with at
//! least one entry; an entry's text is laid out on the lines it spans.

use std::borrow::Cow;

use super::data_keys::iso_day;
use super::dates::parse_date;
use super::icalendar::{as_sentences, lay_out};
use super::sdmx_xml::{local, xml_pieces, Xml};
use super::text::lines_like;

/// Elements that are one entry of a feed.
const ENTRIES: &[&str] = &["entry", "item"];
/// Elements whose text is an entry's text, best first.
const TEXT_ELEMENTS: &[&str] = &["content", "encoded", "description", "summary"];
/// Elements whose text dates an entry or the feed, best first.
const DATE_ELEMENTS: &[&str] = &["updated", "published", "pubDate", "date", "lastBuildDate"];
/// HTML elements that end a paragraph.
#[rustfmt::skip]
const BLOCKS: &[&str] = &["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"];
/// HTML's named characters that XML does not define, as feeds escape them.
#[rustfmt::skip]
const HTML_NAMED: &[(&str, &str)] = &[("&rsquo;", "’"), ("&lsquo;", "‘"), ("&rdquo;", "”"), ("&ldquo;", "“"), ("&ndash;", "–"), ("&mdash;", "—"), ("&nbsp;", " "), ("&hellip;", "…"), ("&euro;", "€"), ("&pound;", "£"), ("&yen;", "¥"), ("&copy;", "©"), ("&reg;", "®"), ("&deg;", "°"), ("&times;", "×"), ("&middot;", "·")];

/// The body with its feed's entries read as dated sections, or as it is
/// when it is no feed.
pub fn feed_as_text(body: &str) -> Cow<'_, str> {
    if !looks_like_feed(body) {
        return Cow::Borrowed(body);
    }
    let unwrapped = without_cdata(body);
    let pieces = xml_pieces(&unwrapped);
    let lines = body.lines().count();
    let mut out = vec![String::new(); lines];
    let mut stack: Vec<&str> = Vec::new();
    let mut entry: Option<Entry> = None;
    let mut headline = None;
    let mut newest = None;
    for piece in &pieces {
        match piece {
            Xml::Start {
                name,
                empty: false,
                line,
                ..
            } => {
                let name = local(name);
                if ENTRIES.contains(&name) && entry.is_none() {
                    entry = Some(Entry {
                        line: *line,
                        ..Entry::default()
                    });
                }
                stack.push(name);
            }
            Xml::Start { .. } => {}
            Xml::End { name, line } => {
                let name = local(name);
                if let Some(at) = stack.iter().rposition(|n| *n == name) {
                    stack.truncate(at);
                }
                if ENTRIES.contains(&name) {
                    if let Some(entry) = entry.take() {
                        entry.write(&mut out, *line);
                    }
                }
            }
            Xml::Text { text, line } => {
                let Some(&element) = stack.last() else {
                    continue;
                };
                let day = DATE_ELEMENTS
                    .contains(&element)
                    .then(|| day_of(text))
                    .flatten();
                match entry.as_mut() {
                    Some(entry) => entry.read(element, text, *line, day),
                    None if element == "title" && headline.is_none() && *line < lines => {
                        out[*line] = format!("# {}", text.trim());
                        headline = Some(*line);
                    }
                    // What the feed is (`subtitle`, a channel's
                    // `description`): a paragraph under the headline.
                    None if matches!(element, "subtitle" | "description") && *line < lines => {
                        out[*line] = as_sentences(html_paragraphs(text)).join(" ");
                    }
                    None => newest = newest.max(day),
                }
            }
        }
    }
    let free = headline.and_then(|at| (at + 1..lines).find(|&i| out[i].is_empty()));
    if let (Some(day), Some(free)) = (newest, free) {
        out[free] = format!("Date: {day}");
    }
    Cow::Owned(lines_like(&out, body))
}

/// The first element is a feed's, and some line opens an entry.
fn looks_like_feed(body: &str) -> bool {
    let start = body.trim_start();
    let start = match start.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map_or("", |(_, r)| r).trim_start(),
        None => start,
    };
    let root = ["<feed", "<rss", "<rdf:RDF"]
        .iter()
        .any(|r| start.starts_with(r));
    let entries = body.lines().any(|l| {
        ["<entry", "<item"]
            .iter()
            .any(|e| l.trim_start().starts_with(e))
    });
    root && entries
}

/// `CDATA` sections written as escaped text, so their HTML is read as a
/// feed's escaped HTML is; the line count stays.
fn without_cdata(body: &str) -> Cow<'_, str> {
    if !body.contains("<![CDATA[") {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find("<![CDATA[") {
        out.push_str(&rest[..open]);
        let inner = &rest[open + 9..];
        let close = inner.find("]]>").unwrap_or(inner.len());
        out.push_str(
            &inner[..close]
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        );
        rest = inner.get(close + 3..).unwrap_or("");
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// `2025-11-28T16:05:00+01:00` or `Fri, 28 Nov 2025 16:00:00 +0100` → `2025-11-28`.
fn day_of(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some((y, m, d)) = iso_day(text) {
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    let (date, _) = parse_date(text)?;
    date.day.map(|_| date.iso())
}

/// An entry being read.
#[derive(Default)]
struct Entry {
    /// The line its element opens on, where its heading goes.
    line: usize,
    title: Option<String>,
    /// The best date element's rank and its day.
    day: Option<(usize, String)>,
    /// The best text element's rank, its line and its paragraphs.
    text: Option<(usize, usize, Vec<String>)>,
}

impl Entry {
    fn read(&mut self, element: &str, text: &str, line: usize, day: Option<String>) {
        if element == "title" && self.title.is_none() {
            self.title = Some(html_paragraphs(text).join(" "));
        }
        if let (Some(rank), Some(day)) = (DATE_ELEMENTS.iter().position(|e| *e == element), day) {
            if self.day.as_ref().is_none_or(|(best, _)| rank < *best) {
                self.day = Some((rank, day));
            }
        }
        if let Some(rank) = TEXT_ELEMENTS.iter().position(|e| *e == element) {
            if self.text.as_ref().is_none_or(|(best, _, _)| rank < *best) {
                self.text = Some((rank, line, as_sentences(html_paragraphs(text))));
            }
        }
    }

    /// Writes the heading and the text on the lines up to `end`.
    fn write(self, out: &mut [String], end: usize) {
        if self.line >= out.len() {
            return;
        }
        // An entry on one line: its title and text one paragraph.
        if end <= self.line {
            let text = self.text.map(|(_, _, text)| text.join(" "));
            out[self.line] = [self.title, text]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(": ");
            return;
        }
        out[self.line] = match (self.day, self.title) {
            (Some((_, day)), Some(title)) => format!("# {day} · {title}"),
            (None, Some(title)) => format!("# {title}"),
            (Some((_, day)), None) => format!("# {day}"),
            (None, None) => String::new(),
        };
        if let Some((_, line, text)) = self.text {
            lay_out(out, line.max(self.line + 1), end, &text);
        }
    }
}

/// The paragraphs of a text that may be HTML: tags gone, a paragraph per
/// block element, HTML's named characters read.
fn html_paragraphs(text: &str) -> Vec<String> {
    let mut named = text.to_string();
    for (entity, c) in HTML_NAMED {
        named = named.replace(entity, c);
    }
    let mut paragraphs = vec![String::new()];
    for piece in xml_pieces(&named) {
        match piece {
            Xml::Text { text, .. } => {
                let last = paragraphs.last_mut().expect("never empty");
                let glued = text.starts_with([',', '.', ';', ':', ')', '%']);
                if !last.is_empty() && !glued {
                    last.push(' ');
                }
                last.push_str(&text);
            }
            Xml::Start { name, .. } | Xml::End { name, .. } if BLOCKS.contains(&local(name)) => {
                paragraphs.push(String::new());
            }
            _ => {}
        }
    }
    paragraphs
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(body: &str, expect: expect_test::Expect) {
        let text = feed_as_text(body);
        assert_eq!(text.split('\n').count(), body.split('\n').count());
        expect.assert_eq(&text);
    }

    #[test]
    fn entries_become_sections_dated_by_their_day() {
        check(
            r#"<?xml version="1.0"?>
<rss version="2.0"><channel>
<title>Seed Office news</title>
<lastBuildDate>Tue, 02 Dec 2025 09:00:00 +0000</lastBuildDate>
<item>
<title>Backlog falls</title>
<link>https://example.org/1</link>
<pubDate>Mon, 01 Dec 2025 10:00:00 +0000</pubDate>
<description><![CDATA[<p>2,104 files now await a decision,</p><p>down from <b>2,530</b>.</p>]]></description>
</item>
<item><title>Fees</title><description>Fee: 40&amp;nbsp;euros &amp;ndash; unchanged</description></item>
</channel></rss>
"#,
            expect![[r#"


                # Seed Office news
                Date: 2025-12-02
                # 2025-12-01 · Backlog falls



                2,104 files now await a decision.
                down from 2,530.
                Fees: Fee: 40 euros – unchanged.

            "#]],
        );
    }

    #[test]
    fn other_text_and_broken_feeds_are_kept_or_survive() {
        let prose = "<feed> is where a feed starts.\nNo entries here.";
        assert_eq!(feed_as_text(prose), prose);
        for body in [
            "<feed>\n<entry>",
            "<feed>\n<entry><title>x</title><content type=\"html\">&lt;p",
            "<rss>\n<item><description><![CDATA[<p>open",
            "<feed>\n<entry></feed></entry><updated>2025-13-45</updated>",
        ] {
            let text = feed_as_text(body);
            assert_eq!(
                text.split('\n').count(),
                body.split('\n').count(),
                "{body:?}"
            );
        }
    }
}
