//! HTML pages: the main text of a saved page, without navigation, headers,
//! footers, sidebars, forms, scripts and styles; the title from the page's
//! headline (`<h1>`), else its `og:title` or `<title>`; the date and source
//! from meta tags (`article:published_time`, `og:site_name`, …) or a
//! `<time datetime>` in the text. Headings, list items and data tables come
//! out in the compiler's text dialect; layout tables are read as text.
//!
//! Invariant: only text nodes are copied, so no markup reaches a passage; the
//! walk is iterative, so nesting depth cannot overflow the stack.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

use super::xhtml::HIDDEN_PARTS;
use super::{front_matter, pipe_rows, squash};
use crate::dates::parse_date;

/// Elements whose content is never text.
#[rustfmt::skip]
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "aside", "footer", "form", "button", "select", "input", "textarea", "head", "title", "dialog", "menu"];

/// Elements that end a line of text.
#[rustfmt::skip]
const BLOCKS: &[&str] = &["p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "figcaption", "address", "hr", "body", "center"];

/// Class and id words of page furniture.
#[rustfmt::skip]
const CHROME_TOKENS: &[&str] = &["breadcrumb", "breadcrumbs", "crumbs", "crumb", "nav", "navbar", "navigation", "menu", "sidebar", "share", "sharing", "social", "related", "footer", "comment", "comments", "cookie", "cookies", "advert", "ads", "pagination", "pager", "subscribe", "newsletter", "toolbar", "print", "location", "position", "sitemap"];

/// ARIA roles of page furniture.
#[rustfmt::skip]
const CHROME_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"];

/// Meta tag names (lower case) that give the publication date, best first.
#[rustfmt::skip]
const DATE_METAS: &[&str] = &["article:published_time", "datepublished", "og:published_time", "citation_publication_date", "dc.date.issued", "dcterms.issued", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dcterms.date", "date", "article:modified_time"];

/// Meta tag names that give the publisher.
#[rustfmt::skip]
const SOURCE_METAS: &[&str] = &["og:site_name", "source", "publisher", "dc.publisher", "citation_publisher", "contentsource", "application-name"];

/// Meta tag names that give the title.
const TITLE_METAS: &[&str] = &["og:title", "twitter:title", "dc.title", "citation_title"];

/// Deepest element nesting read; html5ever's tree builder takes time
/// quadratic in the depth (20,000 nested `<div>`s took 14 s), and no real
/// page comes near this.
pub const MAX_DEPTH: usize = 2_000;

/// Elements that never nest: void elements and those the parser closes
/// implicitly (`<p>`, `<li>`, `<td>` without end tags).
#[rustfmt::skip]
const NOT_NESTING: &[&str] = &["br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr", "param", "p", "li", "td", "th", "tr", "option", "dt", "dd", "tbody", "thead", "tfoot", "colgroup", "optgroup", "rb", "rt", "rp", "!doctype"];

/// Reads a page into front matter plus body text.
pub fn read_html(page: &str) -> Result<String, String> {
    let depth = nesting_depth(page);
    if depth > MAX_DEPTH {
        return Err(format!(
            "its markup nests at least {depth} elements deep (the limit is {MAX_DEPTH})"
        ));
    }
    let doc = Html::parse_document(page);
    let metas = meta_tags(&doc);
    let meta = |names: &[&str]| {
        names.iter().find_map(|n| {
            metas
                .iter()
                .find(|(k, v)| k == n && !v.trim().is_empty())
                .map(|(_, v)| v.clone())
        })
    };
    let root = content_root(&doc);
    let headline = first_headline(root).or_else(|| {
        doc.root_element()
            .descendent_elements()
            .find(|e| e.value().name() == "h1" && !in_chrome(*e))
            .map(|e| squash(&e.text().collect::<String>()))
            .filter(|h| !h.is_empty())
    });
    let title = headline
        .clone()
        .or_else(|| meta(TITLE_METAS))
        .or_else(|| page_title(&doc));
    let date = meta(DATE_METAS)
        .and_then(|d| checked_date(&d))
        .or_else(|| time_element(root));
    let mut body = String::new();
    if let Some(h) = headline.filter(|h| first_headline(root).is_none_or(|r| &r != h)) {
        body.push_str(&format!("# {h}\n\n"));
    }
    body.push_str(&walk(root));
    // A `Source:` line in the text names the original outlet, which is
    // more exact than the site that carries the page.
    let source = meta(SOURCE_METAS).filter(|_| !body.contains("Source:"));
    Ok(format!(
        "{}{}",
        front_matter(&[("title", title), ("date", date), ("source", source)]),
        body
    ))
}

/// The deepest nesting of start and end tags, in one pass over the bytes;
/// comments and the contents of `<script>` and `<style>` are skipped.
fn nesting_depth(page: &str) -> usize {
    let bytes = page.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut idx = 0;
    while let Some(pos) = memchr_lt(&bytes[idx..]) {
        idx += pos + 1;
        if bytes[idx..].starts_with(b"!--") {
            idx = find(bytes, idx, b"-->").unwrap_or(bytes.len());
            continue;
        }
        let closing = bytes.get(idx) == Some(&b'/');
        let start = idx + usize::from(closing);
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!')
            .count();
        if len == 0 {
            continue;
        }
        let name = page[start..start + len].to_ascii_lowercase();
        let tag_end = find(bytes, start, b">").unwrap_or(bytes.len());
        let self_closing = bytes[..tag_end].ends_with(b"/");
        if !closing && matches!(name.as_str(), "script" | "style") {
            let end = format!("</{name}");
            idx = find_ci(page, tag_end, &end).unwrap_or(bytes.len());
            continue;
        }
        if NOT_NESTING.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Case-insensitive search for an ASCII needle.
fn find_ci(page: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = page.as_bytes();
    let needle = needle.as_bytes();
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// `<meta name|property|itemprop="…" content="…">` pairs, names in lower case.
fn meta_tags(doc: &Html) -> Vec<(String, String)> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
        .filter_map(|e| {
            let el = e.value();
            let name = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"))?;
            Some((
                name.trim().to_ascii_lowercase(),
                el.attr("content")?.to_string(),
            ))
        })
        .collect()
}

/// The element holding the text: the page's only `<article>`, else `<main>`,
/// else `<body>`, else the whole document.
fn content_root(doc: &Html) -> ElementRef<'_> {
    let all = || doc.root_element().descendent_elements();
    let articles: Vec<ElementRef> = all()
        .filter(|e| e.value().name() == "article" && !in_chrome(*e))
        .collect();
    if let [only] = articles.as_slice() {
        return *only;
    }
    all()
        .find(|e| e.value().name() == "main" || e.value().attr("role") == Some("main"))
        .or_else(|| all().find(|e| e.value().name() == "body"))
        .unwrap_or_else(|| doc.root_element())
}

fn first_headline(root: ElementRef<'_>) -> Option<String> {
    root.descendent_elements()
        .find(|e| e.value().name() == "h1" && !in_chrome(*e))
        .map(|e| squash(&e.text().collect::<String>()))
        .filter(|h| !h.is_empty())
}

/// `<title>`, without the site name after a separator: the longest part.
fn page_title(doc: &Html) -> Option<String> {
    let title = doc
        .root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "title")?;
    let text = squash(&title.text().collect::<String>());
    let mut parts = vec![text.as_str()];
    for sep in [" | ", " - ", " – ", " — ", " _ ", " :: ", " » "] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    let best = parts.into_iter().max_by_key(|p| p.len())?.trim();
    (!best.is_empty()).then(|| best.to_string())
}

/// The first `<time datetime>` (or its text) in the content.
fn time_element(root: ElementRef<'_>) -> Option<String> {
    root.descendent_elements()
        .filter(|e| e.value().name() == "time" && !in_chrome(*e))
        .find_map(|e| {
            let text = e.text().collect::<String>();
            e.value()
                .attr("datetime")
                .and_then(checked_date)
                .or_else(|| checked_date(&text))
        })
}

/// A meta date the front matter will accept: `2024-03-05T10:30:00+08:00` →
/// `2024-03-05`; `2024/03/05` → `2024-03-05`; other forms when they parse.
fn checked_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let head = raw
        .split(['T', ' '])
        .next()
        .unwrap_or(raw)
        .replace('/', "-");
    let parses = |c: &str| parse_date(c).is_some_and(|(_, r)| r.start == 0);
    if parses(&head) {
        Some(head)
    } else {
        parses(raw).then(|| raw.to_string())
    }
}

/// True for furniture: skipped elements, chrome roles and classes, hidden content.
fn is_chrome_element(e: ElementRef<'_>) -> bool {
    let el = e.value();
    // A fact panel inside the article (`<article>…<aside>`) is its
    // content; a page's own sidebar is not.
    if el.name() == "aside" && in_article(e) {
        return false_unless_marked(e);
    }
    if SKIPPED.contains(&el.name()) || HIDDEN_PARTS.contains(&el.name()) {
        return true;
    }
    // A site's header (logo, menus); an article's header holds its headline.
    if el.name() == "header" && !e.descendent_elements().any(|d| d.value().name() == "h1") {
        return true;
    }
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    let style = el
        .attr("style")
        .unwrap_or("")
        .replace(' ', "")
        .to_lowercase();
    if style.contains("display:none") || style.contains("visibility:hidden") {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    let names = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.id().unwrap_or("")
    );
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|t| CHROME_TOKENS.contains(&t.to_ascii_lowercase().as_str()))
}

/// True when an ancestor of `e` is the page's `<main>` or an `<article>`.
fn in_article(e: ElementRef<'_>) -> bool {
    (e.ancestors().filter_map(ElementRef::wrap))
        .any(|a| matches!(a.value().name(), "main" | "article"))
}

/// For an element read as content by its place: still furniture when its
/// role, class or id says so, or it is hidden.
fn false_unless_marked(e: ElementRef<'_>) -> bool {
    let el = e.value();
    let hidden = el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true");
    let role = (el.attr("role"))
        .is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()));
    let names = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.id().unwrap_or("")
    );
    let marked = (names.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|t| CHROME_TOKENS.contains(&t.to_ascii_lowercase().as_str()));
    hidden || role || marked
}

/// True when the element or an ancestor is furniture.
fn in_chrome(e: ElementRef<'_>) -> bool {
    std::iter::successors(Some(*e), |n| n.parent())
        .filter_map(ElementRef::wrap)
        .any(is_chrome_element)
}

/// The text of `root` in the compiler's dialect.
fn walk(root: ElementRef<'_>) -> String {
    let mut out = Writer::default();
    let mut skip_until: Option<ego_tree::NodeId> = None;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_until.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => out.text(text),
                    Node::Element(el) => {
                        let Some(e) = ElementRef::wrap(node) else {
                            continue;
                        };
                        let name = el.name();
                        if node.id() != root.id() && is_chrome_element(e) {
                            skip_until = Some(node.id());
                            continue;
                        }
                        if name == "table" && is_data_table(node) {
                            out.end_block();
                            out.raw(&pipe_rows(&table_rows(e)));
                            skip_until = Some(node.id());
                            continue;
                        }
                        open_element(&mut out, name);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_until == Some(node.id()) {
                    skip_until = None;
                    continue;
                }
                if skip_until.is_none() {
                    if let Node::Element(el) = node.value() {
                        // A term runs on into its definition: `<dt>Cases
                        // settled in 2024</dt><dd>1,785</dd>` is one line.
                        if el.name() == "dt" && !out.line.trim().is_empty() {
                            out.term = true;
                        } else if BLOCKS.contains(&el.name()) {
                            out.end_block();
                        }
                    }
                }
            }
        }
    }
    out.end_block();
    out.text
}

fn open_element(out: &mut Writer, name: &str) {
    match name {
        "br" => out.end_block(),
        "li" => {
            out.end_block();
            out.prefix = "- ".into();
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            out.end_block();
            let level = name[1..].parse::<usize>().unwrap_or(1);
            out.prefix = format!("{} ", "#".repeat(level));
        }
        "td" | "th" => {
            // A layout table's cells are text blocks.
            out.end_block();
        }
        // A definition list is a list: its terms are items.
        "dt" => {
            out.end_block();
            out.prefix = "- ".into();
        }
        "dd" if out.term => {
            out.term = false;
            let line = out.line.trim_end().trim_end_matches(':').to_string();
            out.line = format!("{line}: ");
        }
        _ if BLOCKS.contains(&name) => out.end_block(),
        _ => {}
    }
}

/// A table of data rather than of layout: no nested tables or block
/// content, short cells, and at least two rows of at least two cells.
fn is_data_table(table: NodeRef<'_, Node>) -> bool {
    let Some(e) = ElementRef::wrap(table) else {
        return false;
    };
    let nested = e.descendent_elements().skip(1).any(|d| {
        matches!(
            d.value().name(),
            "table" | "p" | "div" | "ul" | "ol" | "h1" | "h2" | "h3" | "blockquote"
        )
    });
    let rows = table_rows(e);
    let long_cell = rows
        .iter()
        .flatten()
        .any(|c| c.split_whitespace().count() > 20);
    !nested && !long_cell && rows.iter().filter(|r| r.len() >= 2).count() >= 2
}

/// The cells of each row (`<tr>`), header and body alike, in order.
fn table_rows(table: ElementRef<'_>) -> Vec<Vec<String>> {
    table
        .descendent_elements()
        .filter(|e| e.value().name() == "tr")
        .map(|tr| {
            tr.child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .flat_map(|c| {
                    let text = squash(&c.text().collect::<String>());
                    let span = c
                        .value()
                        .attr("colspan")
                        .and_then(|s| s.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 20);
                    std::iter::repeat_n(text, span)
                })
                .collect()
        })
        .collect()
}

/// Accumulates lines: a pending prefix (`# `, `- `) and the current line.
#[derive(Default)]
struct Writer {
    text: String,
    line: String,
    prefix: String,
    /// The line holds a `<dt>` term its `<dd>` definition goes on.
    term: bool,
}

impl Writer {
    fn text(&mut self, text: &str) {
        if text.starts_with(char::is_whitespace) && !self.line.is_empty() {
            self.line.push(' ');
        }
        let squashed = squash(text);
        self.line.push_str(&squashed);
        if text.ends_with(char::is_whitespace) && !squashed.is_empty() {
            self.line.push(' ');
        }
    }

    fn raw(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push('\n');
    }

    fn end_block(&mut self) {
        self.term = false;
        // An empty block keeps its prefix: `<li><p>text</p></li>`.
        let line = squash(&self.line);
        if !line.is_empty() {
            self.text.push_str(&self.prefix);
            self.text.push_str(&line);
            self.text.push_str("\n\n");
            self.prefix.clear();
        }
        self.line.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_panel_in_the_article_is_read_as_a_list_of_terms() {
        let page = r#"<html><body><aside class="sidebar">Latest news</aside><main><h1>Seed Centre</h1>
            <p>The centre opened in 2019.</p>
            <aside id="numbers"><h2>In numbers</h2><dl><dt>Seeds banked in 2024</dt><dd>41,200</dd>
            <dt>Staff</dt><dd>88</dd></dl></aside><aside class="related">Read more</aside></main></body></html>"#;
        expect_test::expect![[r#"
            ---
            title: "Seed Centre"
            ---
            # Seed Centre

            The centre opened in 2019.

            ## In numbers

            - Seeds banked in 2024: 41,200

            - Staff: 88

        "#]]
        .assert_eq(&read_html(page).unwrap());
    }

    #[test]
    fn title_from_the_title_tag_source_from_the_site_and_date_from_time() {
        let page = r#"<html><head><title>Fees fall for small firms | Some IP Office</title>
            <meta property="og:site_name" content="Some IP Office"></head>
            <body><div class="crumbs">Home &gt; News</div><article><p>Posted <time datetime="2023-11-02T08:00:00Z">Nov 2</time></p>
            <table><tr><td><div><p>A layout cell with a paragraph of text.</p></div></td><td><p>Another cell.</p></td></tr></table>
            </article></body></html>"#;
        expect_test::expect![[r#"
            ---
            title: "Fees fall for small firms"
            date: "2023-11-02"
            source: "Some IP Office"
            ---
            Posted Nov 2

            A layout cell with a paragraph of text.

            Another cell.

        "#]]
        .assert_eq(&read_html(page).unwrap());
    }

    #[test]
    fn nesting_depth_skips_scripts_comments_and_implied_ends() {
        assert_eq!(nesting_depth("<div><p>a<p>b<li>c</div>"), 1);
        assert_eq!(
            nesting_depth("<script>'<div><div><div>'</script><!-- <div> --><b><i>x</i></b>"),
            2
        );
    }
}
