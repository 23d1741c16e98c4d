//! Word documents: a `.docx` (a zip package of XML parts), or its
//! WordprocessingML saved as text (a `.txt` or `.xml` holding
//! `word/document.xml`, a Flat OPC package as Word's "Word XML Document",
//! or a Word 2003 XML document):
//!
//! ```text
//! _rels/.rels            → Target="word/document.xml"
//! word/document.xml      <w:document xmlns:w="…/wordprocessingml/2006/main"><w:body><w:p>…
//! word/styles.xml        <w:style w:styleId="Heading1"><w:name w:val="heading 1"/>…
//! docProps/core.xml      <dc:title>…</dc:title><dcterms:modified>2025-05-14T…
//! ```
//!
//! The body is read by [`super::wordml`] with the package's styles
//! ([`super::wordml_parts`]); the core properties' title and day (last
//! saved, else created) become front matter. A bare `document.xml` has
//! neither: its title and date are left to the compiler's text rules (an
//! `Approved … on 14 May 2025` line), not made up from the revision marks'
//! times, which say when someone edited, not what the document is dated.
//! Headers, footers, footnotes and comments are parts of their own and
//! are not read.
//!
//! Invariant: no part is unpacked past [`MAX_READER_INPUT_BYTES`] in all,
//! whatever the zip's headers claim, so a zip bomb is an `Err`; so are a
//! file that is no zip package (an encrypted document or an old binary
//! `.doc` renamed) and a package without a document part.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use super::wordml::body_text;
use super::wordml_parts::{attr, Properties, Styles};
use super::{front_matter, MAX_READER_INPUT_BYTES};
use crate::sdmx_xml::{local, xml_pieces, Xml};

/// How far into a text file its root element's start tag may end (Word
/// declares some thirty namespaces on it).
const ROOT_TAG_BYTES: usize = 16 * 1024;

/// Namespaces of WordprocessingML: transitional, strict, and Word 2003's.
const NAMESPACES: &[&str] = &[
    "schemas.openxmlformats.org/wordprocessingml/2006/main",
    "purl.oclc.org/ooxml/wordprocessingml/main",
    "schemas.microsoft.com/office/word/2003/wordml",
];

/// What a text file holding Word markup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `word/document.xml` alone.
    Document,
    /// A Flat OPC package (`pkg:package`) with a document part.
    FlatPackage,
    /// A Word 2003 XML document (`w:wordDocument`).
    Word2003,
}

/// True when a text file holds WordprocessingML: its root element (after
/// an XML declaration and comments) is a `document` or `wordDocument` in
/// the WordprocessingML namespace (or written `w:document`), or a Flat OPC
/// package holding `/word/document.xml`.
pub fn is_wordml(text: &str) -> bool {
    shape(text).is_some()
}

/// Reads a text file holding WordprocessingML (see [`is_wordml`]).
pub fn read_wordml(text: &str) -> Result<String, String> {
    match shape(text) {
        Some(Shape::Document) => body_text(text, &Styles::default()),
        Some(Shape::FlatPackage) => {
            let document = flat_part(text, "/word/document.xml")
                .ok_or("its package has no /word/document.xml part with XML data")?;
            let styles = flat_part(text, "/word/styles.xml").map(Styles::read);
            let properties = flat_part(text, "/docProps/core.xml").map(Properties::read);
            with_front_matter(document, styles, properties)
        }
        Some(Shape::Word2003) => {
            let properties = Properties::read(text);
            with_front_matter(text, Some(Styles::read(text)), Some(properties))
        }
        None => Err("not a WordprocessingML document (no w:document root)".into()),
    }
}

/// Reads a `.docx` package.
pub fn read_docx(bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err("an encrypted document or a Word 97-2003 .doc, not a .docx package".into());
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a .docx (zip) package: {e}"))?;
    let mut budget = MAX_READER_INPUT_BYTES;
    let rels = part(&mut archive, "_rels/.rels", &mut budget)?;
    let target = |kind: &str| rels.as_deref().and_then(|r| relationship(r, kind));
    let main = target("/officeDocument").unwrap_or_else(|| "word/document.xml".into());
    let core = target("/core-properties").unwrap_or_else(|| "docProps/core.xml".into());
    let document = part(&mut archive, &main, &mut budget)?
        .ok_or_else(|| format!("the package has no document part ({main})"))?;
    let folder = main.rsplit_once('/').map_or("", |(folder, _)| folder);
    let styles = part(&mut archive, &format!("{folder}/styles.xml"), &mut budget)?;
    let properties = part(&mut archive, &core, &mut budget)?;
    with_front_matter(
        &document,
        styles.as_deref().map(Styles::read),
        properties.as_deref().map(Properties::read),
    )
}

fn with_front_matter(
    document: &str,
    styles: Option<Styles>,
    properties: Option<Properties>,
) -> Result<String, String> {
    let body = body_text(document, &styles.unwrap_or_default())?;
    let Properties { title, date } = properties.unwrap_or_default();
    Ok(front_matter(&[("title", title), ("date", date)]) + &body)
}

/// What the text's root element says it is.
fn shape(text: &str) -> Option<Shape> {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    while let Some(after) = (rest.strip_prefix("<?").map(|r| (r, "?>")))
        .or_else(|| rest.strip_prefix("<!--").map(|r| (r, "-->")))
        .map(|(r, close)| r.find(close).map(|at| r[at + close.len()..].trim_start()))
    {
        rest = after?;
    }
    if !rest.starts_with('<') {
        return None;
    }
    let head = &rest.as_bytes()[..rest.len().min(ROOT_TAG_BYTES)];
    let end = head.iter().position(|&b| b == b'>')?;
    let tag = &rest[1..end];
    let name = tag.split(|c: char| c.is_whitespace() || c == '/').next()?;
    let namespaced = NAMESPACES.iter().any(|ns| tag.contains(ns));
    match local(name) {
        "document" if namespaced || name == "w:document" => Some(Shape::Document),
        "wordDocument" if namespaced || name == "w:wordDocument" => Some(Shape::Word2003),
        "package" if flat_part(text, "/word/document.xml").is_some() => Some(Shape::FlatPackage),
        _ => None,
    }
}

/// The XML data of a Flat OPC package's part named `name`.
fn flat_part<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    let at = text.find(&format!("pkg:name=\"{name}\""))?;
    let rest = &text[at..];
    let data = rest.find("<pkg:xmlData")?;
    // The data must be this part's, not a later one's.
    if rest[..data].contains("</pkg:part>") {
        return None;
    }
    let open = data + rest[data..].find('>')? + 1;
    let close = open + rest[open..].find("</pkg:xmlData>")?;
    Some(&rest[open..close])
}

/// The target of the package relationship whose type ends with `kind`.
fn relationship(rels: &str, kind: &str) -> Option<String> {
    xml_pieces(rels).into_iter().find_map(|piece| match piece {
        Xml::Start {
            name: "Relationship",
            attrs,
            ..
        } => {
            let matches = attr(&attrs, "Type").is_some_and(|t| t.ends_with(kind));
            let target = attr(&attrs, "Target").filter(|_| matches)?;
            Some(target.trim_start_matches('/').to_string())
        }
        _ => None,
    })
}

/// A part's text, or `None` when the package has no such part; every
/// part read counts against `budget`.
fn part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut usize,
) -> Result<Option<String>, String> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot unpack {name}: {e}")),
    };
    let mut bytes = Vec::new();
    // The size a header states may lie; the reading is capped regardless.
    let limit = u64::try_from(*budget).unwrap_or(u64::MAX);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot unpack {name}: {e}"))?;
    if bytes.len() > *budget {
        return Err(format!(
            "its parts unpack to more than {MAX_READER_INPUT_BYTES} bytes (a zip bomb?)"
        ));
    }
    *budget -= bytes.len();
    Ok(Some(decoded(&bytes)))
}

/// A part's bytes as text: UTF-8 as Word writes it, UTF-16 by its mark.
fn decoded(bytes: &[u8]) -> String {
    let utf16 = |be: bool| {
        let units = bytes[2..].chunks_exact(2).map(|pair| match be {
            true => u16::from_be_bytes([pair[0], pair[1]]),
            false => u16::from_le_bytes([pair[0], pair[1]]),
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => {
            let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{read, Format};
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// A zip package of `parts`, deflated as Word writes them.
    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for (name, text) in parts {
            zip.start_file(*name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn document(body: &str) -> String {
        format!("<?xml version=\"1.0\"?><w:document {W}><w:body>{body}</w:body></w:document>")
    }

    #[test]
    fn a_docx_reads_its_main_part_with_styles_and_properties() {
        let rels = r#"<Relationships><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let styles = format!("<w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"Titre1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>");
        let body = document(
            "<w:p><w:pPr><w:pStyle w:val=\"Titre1\"/></w:pPr><w:r><w:t>1. Red</w:t></w:r><w:r><w:t>evances</w:t></w:r></w:p>\
             <w:p><w:r><w:t>Fees: 4,120.</w:t></w:r></w:p>",
        );
        let core = "<cp:coreProperties><dc:title>Rapport annuel \"2024\"</dc:title><dcterms:modified>2025-05-14T17:22:00Z</dcterms:modified></cp:coreProperties>";
        let bytes = package(&[
            ("[Content_Types].xml", "<Types/>"),
            ("_rels/.rels", rels),
            ("word/document2.xml", &body),
            ("word/styles.xml", &styles),
            (
                "word/footer1.xml",
                "<w:ftr><w:p><w:r><w:t>Page furniture</w:t></w:r></w:p></w:ftr>",
            ),
            ("docProps/core.xml", core),
        ]);
        expect_test::expect![[r#"
            ---
            title: "Rapport annuel '2024'"
            date: "2025-05-14"
            ---
            # 1. Redevances

            Fees: 4,120.
        "#]]
        .assert_eq(&read(Format::Docx, &bytes).unwrap());
    }

    #[test]
    fn broken_packages_are_errors_saying_why() {
        let good = package(&[(
            "word/document.xml",
            &document("<w:p><w:r><w:t>Fees</w:t></w:r></w:p>"),
        )]);
        assert_eq!(read_docx(&good).unwrap(), "Fees\n");
        let cut = read_docx(&good[..good.len() / 2]).unwrap_err();
        assert!(cut.starts_with("not a .docx (zip) package"), "{cut}");
        let mut corrupt = good.clone();
        let data = corrupt.len() / 4;
        corrupt[data..data + 8].copy_from_slice(b"\xff\x00\xff\x00garb");
        assert!(read(Format::Docx, &corrupt).is_err());
        let ole = read_docx(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 encrypted").unwrap_err();
        assert!(ole.contains("Word 97-2003"), "{ole}");
        let other = read_docx(&package(&[("xl/workbook.xml", "<workbook/>")])).unwrap_err();
        assert_eq!(
            other,
            "the package has no document part (word/document.xml)"
        );
        for garbage in [
            &b""[..],
            b"PK\x03\x04",
            b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff",
            b"\xff\xfe<\0",
        ] {
            assert!(read_docx(garbage).is_err());
        }
    }

    #[test]
    fn unpacking_stops_at_the_budget() {
        // 4 MB of zeros deflate to a few kilobytes.
        let zeros = "0".repeat(4 << 20);
        let bytes = package(&[("word/document.xml", &zeros)]);
        assert!(bytes.len() < 64 << 10);
        let mut archive = ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let mut budget = 1 << 20;
        let err = part(&mut archive, "word/document.xml", &mut budget).unwrap_err();
        assert!(err.contains("zip bomb"), "{err}");
        let mut budget = 8 << 20;
        assert!(part(&mut archive, "word/document.xml", &mut budget).is_ok());
        assert_eq!(budget, 4 << 20);
    }

    #[test]
    fn text_holding_wordprocessingml_is_known_by_its_root() {
        let saved = document("<w:p><w:r><w:t>Fees</w:t></w:r></w:p>");
        assert_eq!(Format::Text.of_content(&saved), Format::WordXml);
        assert_eq!(read(Format::WordXml, saved.as_bytes()).unwrap(), "Fees\n");
        let lxml = "<ns0:document xmlns:ns0=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><ns0:body/></ns0:document>";
        assert!(is_wordml(lxml));
        assert!(is_wordml(
            "\u{feff}<!-- saved --><w:document><w:body/></w:document>"
        ));
        assert!(!is_wordml("<document><body/></document>"));
        assert!(!is_wordml("The <w:document> element holds the body."));
        assert!(!is_wordml(
            "<?xml version=\"1.0\"?><Workbook><Worksheet/></Workbook>"
        ));
        assert!(!is_wordml("<?xml version=\"1.0\"?"));
        assert!(!is_wordml(&format!(
            "<w:document {}>",
            " ".repeat(ROOT_TAG_BYTES)
        )));
        assert_eq!(Format::of_extension("DOCX"), Some(Format::Docx));
        assert_eq!(Format::of_extension("xml"), Some(Format::Text));
    }

    #[test]
    fn a_flat_package_and_word_2003_xml_read_with_their_properties() {
        let flat = format!(
            r#"<?xml version="1.0" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/_rels/.rels"><pkg:xmlData><Relationships/></pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>{}</pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/media/image1.png"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>
<pkg:part pkg:name="/docProps/core.xml"><pkg:xmlData><cp:coreProperties><dc:title>Fees</dc:title></cp:coreProperties></pkg:xmlData></pkg:part>
</pkg:package>"#,
            document("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Fees</w:t></w:r></w:p>")
        );
        assert_eq!(Format::Text.of_content(&flat), Format::WordXml);
        assert_eq!(
            read_wordml(&flat).unwrap(),
            "---\ntitle: \"Fees\"\n---\n# Fees\n"
        );
        let word_2003 = r#"<?xml version="1.0"?><?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:aml="http://schemas.microsoft.com/aml/2001/core">
<o:DocumentProperties><o:Title>Fees</o:Title><o:LastSaved>2024-02-03T00:00:00Z</o:LastSaved></o:DocumentProperties>
<w:styles><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style></w:styles>
<w:body><w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>1. Fees</w:t></w:r></w:p>
<w:p><w:pPr><w:listPr><w:ilfo w:val="1"/></w:listPr></w:pPr><w:r><w:t>4,120 filed</w:t></w:r>
<aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText> (est.)</w:delText></w:r></aml:content></aml:annotation>
<aml:annotation w:type="Word.Comment"><aml:content><w:p><w:r><w:t>Check this</w:t></w:r></w:p></aml:content></aml:annotation>
<w:r><w:footnote><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote></w:r></w:p></w:body></w:wordDocument>"#;
        assert_eq!(Format::Text.of_content(word_2003), Format::WordXml);
        expect_test::expect![[r#"
            ---
            title: "Fees"
            date: "2024-02-03"
            ---
            # 1. Fees

            - 4,120 filed
        "#]]
        .assert_eq(&read_wordml(word_2003).unwrap());
    }
}
