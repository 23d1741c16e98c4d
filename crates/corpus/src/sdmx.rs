//! Statistical data messages: an SDMX-ML data message saved as a document
//! (a statistics portal's reply) holds its figures as series of
//! observations, in one of three common shapes: SDMX-ML 2.1 GenericData
//! (`<generic:SeriesKey>` and `<generic:Attributes>` of `<Value id=… value=…>`,
//! `<Obs>` of `<ObsDimension value=…>` and `<ObsValue value=…>`; 2.0's
//! `concept=` and `<Time>` too), StructureSpecificData and SDMX 2.0
//! CompactData (`<Series FREQ="A" TITLE="…">` over `<Obs TIME_PERIOD="2024"
//! OBS_VALUE="118"/>`). Each series is written as one table row on its
//! first line, `Label (unit) — 2023: 131; 2024: 118.`, so
//! [`super::table_facts`] measures it ([`super::sdmx_series`] reads its
//! label, unit, scale, periods and kind), and its longer description as a
//! sentence on the line after. The header's name (else its sender's)
//! becomes the headline, its sender a `Source:` line and its `Prepared`
//! (else `Extracted`) time a `Date:` line; nothing else of the header
//! (contacts, telephone numbers, ids) and no comment is kept.
//!
//! Invariant: the line count never changes (the message's other lines
//! become blank); only a body whose root element is a data message (its
//! name, or an SDMX namespace) holding a series with an observation is
//! rewritten, and lines before the message's first tag are kept as they are.

use super::data_keys::spelled_date;
use super::sdmx_series::{description, series_row, SeriesField};
use super::sdmx_xml::{xml_pieces, Xml};
use super::text::lines_like;

/// Root elements of SDMX-ML data messages.
#[rustfmt::skip]
const MESSAGE_ROOTS: &[&str] = &["GenericData", "StructureSpecificData", "CompactData", "GenericTimeSeriesData", "StructureSpecificTimeSeriesData", "UtilityData", "CrossSectionalData", "MessageGroup"];
/// Attribute names of an observation's period and value.
const PERIOD_ATTRS: &[&str] = &["TIME_PERIOD", "TIME"];
const VALUE_ATTRS: &[&str] = &["OBS_VALUE"];

/// One series of a message, with the first and last line it spans.
#[derive(Debug)]
struct Series {
    lines: (usize, usize),
    fields: Vec<SeriesField>,
    /// Observations as `(period, value)`, as written.
    obs: Vec<(String, String)>,
}

/// What a message says, each text with its line.
#[derive(Debug, Default)]
struct Message {
    /// The first and last line of the root element.
    lines: (usize, usize),
    name: Option<(usize, String)>,
    sender: Option<(usize, String)>,
    prepared: Option<(usize, String)>,
    series: Vec<Series>,
}

/// Rewrites an SDMX-ML data message line for line (see the module doc);
/// any other body is returned as it is.
pub fn sdmx_messages_as_rows(body: &str) -> String {
    if !(body.contains("Series") && body.contains("Obs")) {
        return body.to_string();
    }
    let Some(message) = read_message(body) else {
        return body.to_string();
    };
    let mut out: Vec<String> = body.lines().map(str::to_string).collect();
    let first_tag = (out.iter()).position(|l| l.trim_start().starts_with('<'));
    let start = first_tag.unwrap_or(0).min(message.lines.0);
    let end = message.lines.1.min(out.len().saturating_sub(1));
    for line in &mut out[start..=end] {
        line.clear();
    }
    let mut place = |from: usize, to: usize, text: String| {
        if let Some(line) = (from..=to.min(end)).find(|&l| out[l].is_empty()) {
            out[line] = text;
            return Some(line);
        }
        None
    };
    let root = message.lines.0;
    let headline = (message.name.as_ref().map(|(_, n)| n.clone()))
        .or_else(|| (message.sender.as_ref()).map(|(_, s)| format!("Statistical data from {s}")));
    if let Some(headline) = headline {
        place(root, end, format!("# {}", one_line(&headline)));
    }
    if let Some((line, sender)) = &message.sender {
        place(*line, end, format!("Source: {}", one_line(sender)));
    }
    let date = (message.prepared.as_ref()).and_then(|(l, d)| Some((*l, spelled_date(d)?)));
    if let Some((line, date)) = date {
        place(line, end, format!("Date: {date}"));
    }
    for series in &message.series {
        let Some(row) = series_row(&series.fields, &series.obs) else {
            continue;
        };
        let (from, to) = series.lines;
        let Some(at) = place(from, to, row) else {
            continue;
        };
        if let Some(about) = description(&series.fields) {
            place(at + 1, to, about);
        }
    }
    lines_like(&out, body)
}

/// The message in `body`, or `None` when its root is no data message or it
/// holds no series with an observation.
fn read_message(body: &str) -> Option<Message> {
    let mut message = Message::default();
    // The open elements, outermost first.
    let mut open: Vec<&str> = Vec::new();
    let mut series: Option<Series> = None;
    let mut obs: Option<(String, String)> = None;
    for piece in xml_pieces(body) {
        match piece {
            Xml::Start {
                name,
                attrs,
                empty,
                line,
            } => {
                if open.is_empty() {
                    if !is_message_root(name, &attrs) || !message.series.is_empty() {
                        break;
                    }
                    // Until its end tag, the message runs to the end.
                    message.lines = (line, usize::MAX);
                }
                let attr = |names: &[&str]| {
                    (attrs.iter())
                        .find(|(k, _)| names.contains(k))
                        .map(|(_, v)| v.clone())
                };
                let parent = open.last().copied().unwrap_or_default();
                match (name, series.as_mut(), obs.as_mut()) {
                    ("Series", None, _) => {
                        let fields = (attrs.iter())
                            .filter(|(k, _)| !k.contains(':') && *k != "xmlns")
                            .map(|(k, v)| SeriesField::new(k, v, true))
                            .collect();
                        series = Some(Series {
                            lines: (line, line),
                            fields,
                            obs: Vec::new(),
                        });
                    }
                    ("Obs", Some(_), None) => {
                        let period = attr(PERIOD_ATTRS).unwrap_or_default();
                        obs = Some((period, attr(VALUE_ATTRS).unwrap_or_default()));
                    }
                    ("ObsDimension", _, Some(obs)) => obs.0 = attr(&["value"]).unwrap_or_default(),
                    ("ObsValue", _, Some(obs)) => obs.1 = attr(&["value"]).unwrap_or_default(),
                    ("Value", Some(series), None) => {
                        let id = attr(&["id", "concept"]).unwrap_or_default();
                        let value = attr(&["value"]).unwrap_or_default();
                        let key = parent == "SeriesKey";
                        if key || parent == "Attributes" {
                            series.fields.push(SeriesField::new(&id, &value, key));
                        }
                    }
                    _ => {}
                }
                if empty {
                    close(name, &mut series, &mut obs, &mut message, line);
                } else {
                    open.push(name);
                }
            }
            Xml::End { name, line } => {
                close(name, &mut series, &mut obs, &mut message, line);
                if let Some(at) = open.iter().rposition(|n| *n == name) {
                    open.truncate(at);
                }
                if open.is_empty() {
                    message.lines.1 = line;
                }
            }
            Xml::Text { text, line } => {
                let path: Vec<&str> = open.iter().rev().take(2).copied().collect();
                match path[..] {
                    ["Prepared" | "Extracted", "Header"] if message.prepared.is_none() => {
                        message.prepared = Some((line, text))
                    }
                    ["Name", "Header"] if message.name.is_none() => {
                        message.name = Some((line, text))
                    }
                    ["Name", "Sender"] if message.sender.is_none() => {
                        message.sender = Some((line, text))
                    }
                    ["Time", "Obs"] => {
                        if let Some(obs) = obs.as_mut() {
                            obs.0 = text;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    if let Some(open) = series.take() {
        close_series(open, &mut message, usize::MAX);
    }
    (!message.series.is_empty()).then_some(message)
}

/// Ends the observation or series an end tag (or an empty tag) closes.
fn close(
    name: &str,
    series: &mut Option<Series>,
    obs: &mut Option<(String, String)>,
    message: &mut Message,
    line: usize,
) {
    match name {
        "Obs" => {
            if let (Some(series), Some(obs)) = (series.as_mut(), obs.take()) {
                series.obs.push(obs);
            }
        }
        "Series" => {
            if let Some(open) = series.take() {
                close_series(open, message, line);
            }
        }
        _ => {}
    }
}

fn close_series(mut series: Series, message: &mut Message, line: usize) {
    series.lines.1 = line;
    if !series.obs.is_empty() {
        message.series.push(series);
    }
}

/// True for the root element of a data message: an SDMX-ML message name,
/// or an element whose namespaces are SDMX's.
fn is_message_root(name: &str, attrs: &[(&str, String)]) -> bool {
    let sdmx_namespace = (attrs.iter())
        .any(|(k, v)| k.starts_with("xmlns") && v.to_ascii_lowercase().contains("sdmx"));
    MESSAGE_ROOTS.contains(&name) || sdmx_namespace && name.ends_with("Data")
}

/// Text on one line, with no row or cell marks of its own.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table_facts::row_facts;

    /// The rewritten lines that hold text, numbered, each row followed by
    /// its facts as the row reader measures them.
    fn check(body: &str, expect: expect_test::Expect) {
        let rewritten = sdmx_messages_as_rows(body);
        // Line breaks, not `lines()`: a blanked last line is still a line.
        assert_eq!(rewritten.split('\n').count(), body.split('\n').count());
        let mut shown = Vec::new();
        for (idx, line) in rewritten.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            shown.push(format!("{idx}: {line}"));
            for fact in row_facts(line).unwrap_or_default() {
                shown.push(format!(
                    "   {} {} | {} | {} | {}",
                    fact.value,
                    fact.unit,
                    fact.measure,
                    fact.date.as_deref().unwrap_or("-"),
                    fact.kind.as_str()
                ));
            }
        }
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn a_structure_specific_series_becomes_a_row_and_its_header_a_date() {
        check(
            r#"<?xml version="1.0"?>
<!-- Trade mark office, 2 series. Call 555 0199. -->
<m:StructureSpecificData xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">
<m:Header><m:Prepared>2025-01-20T08:00:00</m:Prepared>
<m:Sender id="TMO"><Name>Tarn Trade Mark Office</Name><m:Contact><m:Telephone>+41 22 555 0100</m:Telephone></m:Contact></m:Sender>
</m:Header>
<m:DataSet>
<Series FREQ="A" UNIT_MEASURE="NUM" TITLE="Oppositions filed &amp; decided">
<Obs TIME_PERIOD="2023" OBS_VALUE="310" OBS_STATUS="A"/><Obs TIME_PERIOD="2024" OBS_VALUE="344" OBS_STATUS="P"/>
</Series>
<Series FREQ="Q" UNIT_MEASURE="PCH_PRE" TITLE="Oppositions filed, growth rate"><Obs TIME_PERIOD="2024-Q4" OBS_VALUE="-2.5"/></Series>
</m:DataSet>
</m:StructureSpecificData>
"#,
            expect_test::expect![[r#"
                2: # Statistical data from Tarn Trade Mark Office
                3: Date: 20 January 2025
                4: Source: Tarn Trade Mark Office
                7: Oppositions filed & decided — 2023: 310; 2024: 344.
                   310 oppositions | oppositions filed & decided | 2023 | actual
                   344 oppositions | oppositions filed & decided | 2024 | actual
                10: Oppositions filed (%) — Q4 2024 (change): -2.5.
                   -2.5 % | oppositions filed | 2024-10/2024-12 | change"#]],
        );
    }

    #[test]
    fn prose_other_xml_and_broken_messages_stay_or_give_what_they_hold() {
        for body in [
            "The Series of talks on Obs and other topics drew 300 people.",
            "<html><body><p>Series 3, Obs 4</p></body></html>",
            "<rss><channel><item><title>Series</title><Obs v=\"1\"/></item></channel></rss>",
            "<GenericData><Series><Obs>",
        ] {
            assert_eq!(sdmx_messages_as_rows(body), body);
        }
        check(
            "<CompactData>\n<Series TITLE=\"Grants\">\n<Obs TIME_PERIOD=\"2024\" OBS_VALUE=\"12\"/>\n<Obs TIME_PERIOD=\"2025",
            expect_test::expect![[r#"
                1: Grants — 2024: 12.
                   12 grants | grants | 2024 | actual"#]],
        );
    }
}
