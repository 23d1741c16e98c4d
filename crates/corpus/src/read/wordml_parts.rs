//! What [`super::wordml`] reads beside a body: the paragraph styles of a
//! Word document (`word/styles.xml`, or the `w:styles` of a Word 2003 XML
//! file), its title and dates (`docProps/core.xml`, or 2003's
//! `o:DocumentProperties`), and run text that is itself escaped markup.
//!
//! ```text
//! <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>
//!   <w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
//! <cp:coreProperties><dc:title>Annual report</dc:title>
//!   <dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-14T17:22:00Z</dcterms:modified>
//! ```
//!
//! A style is a heading when its name (built-in names stay English in a
//! localised Word, whose ids do not) or its outline level says so, itself
//! or through the styles it is based on; without a styles part, the
//! built-in ids `Title` and `Heading1`…`Heading9` are read as such.
//!
//! Invariant: everything here is read with the forgiving
//! [`crate::sdmx_xml`] reader, so no input fails or panics; a part that
//! says nothing gives nothing.

use std::collections::BTreeMap;

use crate::data_keys::iso_day;
use crate::sdmx_xml::{local, xml_pieces, xml_pieces_spaced, Xml};

/// How far `basedOn` links are followed; a loop of styles must end.
const MAX_BASED_ON: usize = 16;

/// The created and modified time of python-docx's template.
const PYTHON_DOCX_STAMP: &str = "2013-12-23T23:15:00Z";

/// Paragraph styles by id.
#[derive(Debug, Default)]
pub struct Styles {
    by_id: BTreeMap<String, Style>,
}

#[derive(Debug, Default)]
struct Style {
    name: String,
    outline: Option<usize>,
    list: Option<bool>,
    based_on: Option<String>,
}

/// The properties a package states about its document.
#[derive(Debug, Default, PartialEq)]
pub struct Properties {
    pub title: Option<String>,
    /// The day it was last saved, else created (`2025-05-14`).
    pub date: Option<String>,
}

/// The value of the attribute whose local name is `name` (`w:val` → `val`).
pub fn attr<'v>(attrs: &'v [(&str, String)], name: &str) -> Option<&'v str> {
    (attrs.iter())
        .find(|(key, _)| local(key) == name)
        .map(|(_, value)| value.as_str())
}

impl Styles {
    /// The paragraph styles defined in `xml`.
    pub fn read(xml: &str) -> Styles {
        let mut by_id = BTreeMap::new();
        let mut open: Option<(String, Style)> = None;
        for piece in xml_pieces(xml) {
            match piece {
                Xml::Start { name, attrs, .. } => {
                    let val = || attr(&attrs, "val").map(str::to_string);
                    match (name, &mut open) {
                        ("style", _) => {
                            let paragraph = attr(&attrs, "type").is_none_or(|t| t == "paragraph");
                            open = (attr(&attrs, "styleId"))
                                .filter(|_| paragraph)
                                .map(|id| (id.to_string(), Style::default()));
                        }
                        ("name", Some((_, style))) => style.name = val().unwrap_or_default(),
                        ("basedOn", Some((_, style))) => style.based_on = val(),
                        ("outlineLvl", Some((_, style))) => {
                            style.outline = val().and_then(|v| v.trim().parse().ok());
                        }
                        ("numPr" | "listPr", Some((_, style))) => style.list = Some(true),
                        ("numId" | "ilfo", Some((_, style))) if val().as_deref() == Some("0") => {
                            style.list = Some(false);
                        }
                        _ => {}
                    }
                }
                Xml::End { name: "style", .. } => {
                    if let Some((id, style)) = open.take() {
                        by_id.insert(id, style);
                    }
                }
                _ => {}
            }
        }
        Styles { by_id }
    }

    /// The heading level (1 for a title) of a paragraph of style `id`
    /// with the outline level it states itself (0-based; 9 is body text).
    pub fn level(&self, id: &Option<String>, outline: Option<usize>) -> Option<usize> {
        if let Some(outline) = outline {
            return (outline < 9).then_some(outline + 1);
        }
        let id = id.as_deref()?;
        let found = self.chain(id).find_map(|(id, style)| {
            // The name is the surer sign, the outline level the next; an
            // id is named so only by Word's own (English) styles.
            (heading_name(&style.name))
                .or_else(|| style.outline.map(|o| (o < 9).then_some(o + 1)))
                .or_else(|| heading_name(id))
        });
        match found {
            Some(level) => level,
            None if self.by_id.contains_key(id) => None,
            None => heading_name(id).flatten(),
        }
    }

    /// True when paragraphs of style `id` are numbered or bulleted.
    pub fn is_list(&self, id: &Option<String>) -> bool {
        let Some(id) = id.as_deref() else {
            return false;
        };
        let listed = |name: &str| {
            let name = name.replace(' ', "").to_ascii_lowercase();
            name.starts_with("listbullet") || name.starts_with("listnumber")
        };
        let found = (self.chain(id)).find_map(|(id, style)| {
            style
                .list
                .or_else(|| (listed(id) || listed(&style.name)).then_some(true))
        });
        found.unwrap_or_else(|| !self.by_id.contains_key(id) && listed(id))
    }

    /// The style `id` and those it is based on, nearest first.
    fn chain<'s>(&'s self, id: &'s str) -> impl Iterator<Item = (&'s str, &'s Style)> {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next?;
            let (id, style) = self.by_id.get_key_value(id)?;
            next = style.based_on.as_deref();
            Some((id.as_str(), style))
        })
        .take(MAX_BASED_ON)
    }
}

/// `Some(level)` for a style name or id that makes a heading (`heading 2`,
/// `Heading2`: 2; `Title`: 1), `Some(None)` for one that says it is not a
/// heading, and `None` when the name says nothing.
fn heading_name(name: &str) -> Option<Option<usize>> {
    let name = name.replace(' ', "").to_ascii_lowercase();
    if name == "title" {
        return Some(Some(1));
    }
    let level: usize = name.strip_prefix("heading")?.parse().ok()?;
    (1..=9).contains(&level).then_some(Some(level))
}

impl Properties {
    /// The title and date stated in a core properties part (`dc:title`,
    /// `dcterms:modified`, `dcterms:created` in `cp:coreProperties`) or a
    /// Word 2003 document's properties (`o:Title`, `o:LastSaved`,
    /// `o:Created` in `o:DocumentProperties`).
    pub fn read(xml: &str) -> Properties {
        let (mut title, mut modified, mut created) = (None, None, None);
        let mut generated = false;
        let (mut open, mut inside) = ("", 0usize);
        let holds = |name: &str| matches!(name, "coreProperties" | "DocumentProperties");
        for piece in xml_pieces(xml) {
            match piece {
                Xml::Start { name, empty, .. } => {
                    inside += usize::from(holds(name) && !empty);
                    open = name;
                }
                Xml::End { name, .. } => {
                    inside -= usize::from(holds(name) && inside > 0);
                    open = "";
                }
                Xml::Text { .. } if inside == 0 => {}
                Xml::Text { text, .. } => match open.to_ascii_lowercase().as_str() {
                    "title" => title = Some(text),
                    "modified" | "lastsaved" => modified = Some(text),
                    "created" => created = Some(text),
                    _ => generated |= text.contains("python-docx"),
                },
            }
        }
        // python-docx's template carries its own save time, which is no
        // time of a document made from it.
        let stamped = |d: &String| !(generated && d.trim() == PYTHON_DOCX_STAMP);
        let day = |d: &String| iso_day(d.trim()).map(|_| d.trim()[..10].to_string());
        let (modified, created) = (modified.filter(stamped), created.filter(stamped));
        Properties {
            title: title.filter(|t| !t.trim().is_empty()),
            date: modified
                .as_ref()
                .and_then(day)
                .or(created.as_ref().and_then(day)),
        }
    }
}

/// The shown text of a run whose text is itself WordprocessingML escaped
/// as text (`<w:ins …><w:r><w:t>14 May 2025</w:t></w:r></w:ins>`), as a
/// generator that escapes a fragment twice writes it: what the markup
/// would show, deletions and instructions gone. `None` for other text.
pub fn run_fragment(text: &str) -> Option<String> {
    if !(text.contains("<w:") && text.contains("</w:")) {
        return None;
    }
    let mut open: Vec<&str> = Vec::new();
    let mut out = String::new();
    for piece in xml_pieces_spaced(text) {
        match piece {
            Xml::Start {
                name, empty: false, ..
            } if open.len() < 64 => open.push(name),
            Xml::Start { name, .. } => match name {
                "tab" => out.push(' '),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Xml::End { name, .. } => {
                if let Some(at) = open.iter().rposition(|o| *o == name) {
                    open.truncate(at);
                }
            }
            Xml::Text { text, .. } => {
                let dropped = |o: &&str| {
                    matches!(
                        *o,
                        "del" | "moveFrom" | "delText" | "instrText" | "delInstrText"
                    )
                };
                if open.last().is_none_or(|o| *o == "t") && !open.iter().any(dropped) {
                    out.push_str(&text);
                }
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel"/><w:basedOn w:val="berschrift1"/></w:style>
<w:style w:type="paragraph" w:styleId="Gliederung"><w:name w:val="Gliederung"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Aufzaehlung"><w:name w:val="Aufzählung"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Körper"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="A"><w:name w:val="a"/><w:basedOn w:val="B"/></w:style>
<w:style w:type="paragraph" w:styleId="B"><w:name w:val="b"/><w:basedOn w:val="A"/></w:style>
<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="heading 1 Char"/></w:style>
</w:styles>"#;

    fn id(id: &str) -> Option<String> {
        Some(id.to_string())
    }

    #[test]
    fn headings_by_name_outline_or_base_and_lists_by_numbering() {
        let styles = Styles::read(STYLES);
        let level = |s: &str| styles.level(&id(s), None);
        assert_eq!(level("berschrift1"), Some(1), "a localised id, named");
        assert_eq!(level("Kapitel"), Some(1), "based on a heading");
        assert_eq!(level("Gliederung"), Some(2), "by outline level");
        assert_eq!(level("Standard"), None);
        assert_eq!(level("Heading3"), None, "its styles part says body text");
        assert_eq!(level("A"), None, "a loop of bases ends");
        assert_eq!(level("Heading2"), Some(2), "not in the styles part: by id");
        assert_eq!(level("Heading1Char"), None, "a character style");
        assert_eq!(Styles::default().level(&id("Heading4"), None), Some(4));
        assert_eq!(Styles::default().level(&id("heading 10"), None), None);
        assert_eq!(styles.level(&id("Standard"), Some(0)), Some(1));
        assert!(styles.is_list(&id("Aufzaehlung")));
        assert!(styles.is_list(&id("berschrift1")));
        assert!(!styles.is_list(&id("Listenabsatz")));
        assert!(!styles.is_list(&id("Standard")));
        assert!(Styles::default().is_list(&id("ListNumber2")));
        assert!(!Styles::default().is_list(&None));
    }

    #[test]
    fn core_properties_give_the_title_and_the_day_last_saved() {
        let core = r#"<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Annual Report 2024</dc:title><dc:creator>J. Lum</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-14T17:22:00Z</dcterms:modified></cp:coreProperties>"#;
        let expected = Properties {
            title: Some("Annual Report 2024".into()),
            date: Some("2025-05-14".into()),
        };
        assert_eq!(Properties::read(core), expected);
        let unsaved = core.replace("2025-05-14T17:22:00Z", "");
        assert_eq!(
            Properties::read(&unsaved).date.as_deref(),
            Some("2025-03-01")
        );
    }

    #[test]
    fn python_docx_template_times_are_no_dates_and_2003_properties_are_read() {
        let generated = r#"<cp:coreProperties><dc:title></dc:title><dc:creator>python-docx</dc:creator><dc:description>generated by python-docx</dc:description>
<dcterms:created>2013-12-23T23:15:00Z</dcterms:created><dcterms:modified>2013-12-23T23:15:00Z</dcterms:modified></cp:coreProperties>"#;
        assert_eq!(Properties::read(generated), Properties::default());
        let word_2003 = r#"<w:wordDocument><o:DocumentProperties><o:Title>Fees</o:Title><o:Created>2024-01-02T00:00:00Z</o:Created><o:LastSaved>2024-02-03T00:00:00Z</o:LastSaved></o:DocumentProperties>
<w:body><w:p><w:r><w:t>Title</w:t></w:r></w:p></w:body></w:wordDocument>"#;
        let expected = Properties {
            title: Some("Fees".into()),
            date: Some("2024-02-03".into()),
        };
        assert_eq!(Properties::read(word_2003), expected);
    }

    #[test]
    fn a_fragment_is_read_only_when_it_is_markup() {
        assert_eq!(run_fragment("Fees < 5 and w:t"), None);
        let fragment = r#"<w:r><w:t>14</w:t><w:tab/><w:t>May</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"#;
        assert_eq!(run_fragment(fragment).as_deref(), Some("14 May"));
        let deep = "<w:r>".repeat(100) + "<w:t>x</w:t></w:r>";
        assert!(run_fragment(&deep).is_some());
    }
}
