//! A forgiving XML reader for [`super::sdmx`]: the elements of a text as
//! start tags (local name, attributes), end tags and text, each with the
//! 0-based line it starts on. Namespace prefixes are dropped from element
//! element names (`generic:Value` → `Value`); attribute names are kept as
//! written (`xmlns:generic`, `xsi:type`), for the reader to judge.
//! Comments, processing instructions and declarations give nothing.
//! [`xml_pieces_spaced`] keeps the spaces of text as written, for markup
//! whose runs of text join mid-word (WordprocessingML's `<w:t>`).
//!
//! Invariant: reading never fails and never panics: a tag that does not
//! close ends the reading, and an attribute that is not `name="value"`
//! ends its tag's attributes; the five named entities and numeric
//! character references are decoded, any other `&` is kept as written.

/// One piece of an XML text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Xml<'a> {
    /// `<name a="1">` (`empty` for `<name/>`).
    Start {
        name: &'a str,
        attrs: Vec<(&'a str, String)>,
        empty: bool,
        line: usize,
    },
    /// `</name>`.
    End { name: &'a str, line: usize },
    /// Text between tags, trimmed (as written by [`xml_pieces_spaced`])
    /// and never empty.
    Text { text: String, line: usize },
}

/// The pieces of `text`, in order.
pub(crate) fn xml_pieces(text: &str) -> Vec<Xml<'_>> {
    pieces(text, true)
}

/// The pieces of `text`, in order, its text with spaces as written
/// (whitespace-only text between tags too). Only the Word reader needs
/// them, so only builds with the `readers` feature have them.
#[cfg(feature = "readers")]
pub(crate) fn xml_pieces_spaced(text: &str) -> Vec<Xml<'_>> {
    pieces(text, false)
}

fn pieces(text: &str, trim: bool) -> Vec<Xml<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut line = 0;
    while at < text.len() {
        let Some(open) = text[at..].find('<').map(|o| at + o) else {
            push_text(&mut out, &text[at..], line, trim);
            break;
        };
        push_text(&mut out, &text[at..open], line, trim);
        line += text[at..open].matches('\n').count();
        let rest = &text[open..];
        let (skip_to, cdata) = if rest.starts_with("<!--") {
            (rest.find("-->").map(|e| e + 3), false)
        } else if let Some(inner) = rest.strip_prefix("<![CDATA[") {
            (inner.find("]]>").map(|e| e + 12), true)
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            (rest.find('>').map(|e| e + 1), false)
        } else {
            (None, false)
        };
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let Some(len) = skip_to else { break };
            if cdata {
                push_text(&mut out, &rest[9..len - 3], line, trim);
            }
            line += rest[..len].matches('\n').count();
            at = open + len;
            continue;
        }
        let Some(close) = tag_end(rest) else { break };
        let tag = &rest[1..close];
        out.extend(read_tag(tag, line));
        line += tag.matches('\n').count();
        at = open + close + 1;
    }
    out
}

/// The local part of a name: `generic:Value` → `Value`.
pub(crate) fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The byte of the `>` that closes the tag `rest` opens, quotes skipped.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (at, c) in rest.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(at),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// A tag's text between `<` and `>` as a start or end tag.
fn read_tag(tag: &str, line: usize) -> Option<Xml<'_>> {
    if let Some(name) = tag.strip_prefix('/') {
        return Some(Xml::End {
            name: local(name.trim()),
            line,
        });
    }
    let empty = tag.ends_with('/');
    let tag = tag.trim_end_matches('/');
    let name_len = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let name = local(&tag[..name_len]);
    if name.is_empty() {
        return None;
    }
    let mut attrs = Vec::new();
    let mut rest = tag[name_len..].trim_start();
    while let Some((key, after)) = rest.split_once('=') {
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            break;
        };
        let Some(len) = after[1..].find(quote) else {
            break;
        };
        attrs.push((key.trim(), decoded(&after[1..1 + len])));
        rest = after[len + 2..].trim_start();
    }
    Some(Xml::Start {
        name,
        attrs,
        empty,
        line,
    })
}

fn push_text(out: &mut Vec<Xml>, text: &str, line: usize, trim: bool) {
    if !trim {
        if !text.is_empty() {
            out.push(Xml::Text {
                text: decoded(text),
                line,
            });
        }
        return;
    }
    let trimmed = text.trim();
    if !trimmed.is_empty() {
        let lead = text.len() - text.trim_start().len();
        let line = line + text[..lead].matches('\n').count();
        out.push(Xml::Text {
            text: decoded(trimmed),
            line,
        });
    }
}

/// `R&amp;D` → `R&D`, `&#233;` → `é`.
fn decoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = rest[1..].find(';').map(|e| &rest[1..1 + e]);
        let char = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => (e.strip_prefix("#x").map(|h| u32::from_str_radix(h, 16)))
                .or_else(|| e.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        });
        match (char, entity) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_and_lines_with_comments_and_prefixes_dropped() {
        let text = "<?xml version=\"1.0\"?>\n<!-- a\ncomment -->\n<m:Data xmlns:m=\"x\" a='1'>\n  <m:Name>R&amp;D &#233;</m:Name><Obs v=\"2\"/>\n</m:Data>";
        let shown: Vec<String> = (xml_pieces(text).iter())
            .map(|p| match p {
                Xml::Start {
                    name,
                    attrs,
                    empty,
                    line,
                } => format!(
                    "{line}: <{name} {attrs:?}{}>",
                    if *empty { "/" } else { "" }
                ),
                Xml::End { name, .. } => format!("</{name}>"),
                Xml::Text { text, line } => format!("{line}: {text:?}"),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "3: <Data [(\"xmlns:m\", \"x\"), (\"a\", \"1\")]>",
                "4: <Name []>",
                "4: \"R&D é\"",
                "</Name>",
                "4: <Obs [(\"v\", \"2\")]/>",
                "</Data>"
            ]
        );
    }

    #[test]
    fn spaced_pieces_keep_the_spaces_of_text() {
        let text = "<r><t xml:space=\"preserve\">in </t></r>\n<r><t>roy</t></r>";
        let texts: Vec<String> = (xml_pieces_spaced(text).into_iter())
            .filter_map(|p| match p {
                Xml::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["in ", "\n", "roy"]);
    }

    #[test]
    fn broken_markup_ends_the_reading_without_panicking() {
        for text in [
            "<a b=\"1",
            "<a><!-- open",
            "<a b=1 c=\"2\">x",
            "&#xFFFFFFFF; & <",
            "<",
            "</>",
        ] {
            let _ = xml_pieces(text);
        }
        assert_eq!(decoded("a &bogus; b & c"), "a &bogus; b & c");
    }
}
