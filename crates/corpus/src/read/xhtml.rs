//! XHTML pages saved as text, Inline XBRL reports among them: a `.txt`
//! whose first element is `<html>` (after an `<?xml …?>` declaration,
//! comments or a doctype) is a page, and is read as HTML. An Inline XBRL
//! annual report tags the figures of its text and tables:
//!
//! ```text
//! <ix:header><ix:hidden>…</ix:hidden><ix:resources><xbrli:context id="I2024">…
//! <td>(<ix:nonFraction name="x:Costs" contextRef="FY2024" scale="6" sign="-">2.6</ix:nonFraction>)</td>
//! ```
//!
//! The page reads as what it shows. A fact's displayed text stays as it
//! is: its `scale` is the page's `million` or its column's units already,
//! and its `sign="-"` is shown by the page itself, outside the tag, as
//! brackets, a minus or a word (`a loss of`), so adding a minus would say
//! it twice. The header of hidden facts, contexts and units is no text of
//! the page and goes, as the page's own `display:none` would hide it.
//!
//! Invariant: only tag names are read here; no text is made up.

/// Elements of Inline XBRL (as the HTML parser names them, lower case)
/// that hold no text of the page.
pub const HIDDEN_PARTS: &[&str] = &["ix:header", "ix:hidden", "ix:resources", "ix:references"];

/// True when a text file holds a web page: its first element is `<html>`.
pub fn is_html_page(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        let skipped = [("<?", "?>"), ("<!--", "-->")]
            .iter()
            .find(|(open, _)| rest.starts_with(open))
            .map(|(_, close)| rest.find(close).map(|at| &rest[at + close.len()..]));
        let doctype = (rest.get(..9)).is_some_and(|h| h.eq_ignore_ascii_case("<!doctype"));
        rest = match (skipped, doctype) {
            (Some(Some(after)), _) => after.trim_start(),
            (Some(None), _) => return false,
            (None, true) => match rest.find('>') {
                Some(at) => rest[at + 1..].trim_start(),
                None => return false,
            },
            (None, false) => break,
        };
    }
    let head = rest.get(..5).unwrap_or("");
    let after = rest[head.len()..].chars().next();
    head.eq_ignore_ascii_case("<html") && after.is_none_or(|c| c == '>' || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::super::html::read_html;
    use super::*;

    fn check(page: &str, expect: expect_test::Expect) {
        assert!(is_html_page(page));
        expect.assert_eq(&read_html(page).unwrap_or_else(|why| why));
    }

    #[test]
    fn a_report_reads_as_it_shows_without_its_header() {
        check(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>
<p>Royalties fell to <ix:nonFraction name="a:Royalties" contextRef="D1" unitRef="EUR" scale="3" decimals="-3">1,250</ix:nonFraction> thousand euros,
a net loss of <ix:nonFraction name="a:Result" contextRef="D1" unitRef="EUR" scale="3" sign="-">310</ix:nonFraction> thousand.</p>
<ix:header><ix:hidden><ix:nonFraction name="a:Staff" contextRef="I1" unitRef="u">40</ix:nonFraction></ix:hidden>
<ix:resources><xbrli:context id="D1"><xbrli:period><xbrli:startDate>2023-07-01</xbrli:startDate></xbrli:period></xbrli:context></ix:resources></ix:header>
<table><tr><th>Item</th><th>FY2024</th></tr>
<tr><td>Margin (%)</td><td><ix:nonFraction name="a:Margin" contextRef="D1" unitRef="pure" scale="-2" decimals="1">12.5</ix:nonFraction></td></tr>
<tr><td>Write-offs</td><td>(<ix:nonFraction name="a:WriteOffs" contextRef="D1" unitRef="EUR" sign="-">75</ix:nonFraction>)</td></tr>
<tr><td>Status</td><td><ix:nonNumeric name="a:Status" contextRef="D1">Audited</ix:nonNumeric></td></tr>
</table></body></html>"#,
            expect_test::expect![[r#"
                Royalties fell to 1,250 thousand euros, a net loss of 310 thousand.

                | Item | FY2024 |
                | Margin (%) | 12.5 |
                | Write-offs | (75) |
                | Status | Audited |

            "#]],
        );
    }

    #[test]
    fn broken_markup_reads_as_far_as_it_goes() {
        check(
            "<html><body><p>Fees: <ix:nonFraction sign=\"-\" scale=\"6\">4.2</ix:nonFr",
            expect_test::expect![[r#"
                Fees: 4.2

            "#]],
        );
    }

    #[test]
    fn a_page_is_known_by_its_first_element() {
        assert!(is_html_page("<html><body>x</body></html>"));
        assert!(is_html_page(
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- tagged -->\n<!DOCTYPE html>\n<HTML lang=\"en\">"
        ));
        assert!(!is_html_page("<htmlish>"));
        assert!(!is_html_page("The <html> element opens a page."));
        assert!(!is_html_page("<?xml version=\"1.0\"?><Workbook>"));
        // Unclosed declarations and comments are no page, and no panic.
        assert!(!is_html_page("<!-- never closed <html>"));
        assert!(!is_html_page("<!DOCTYPE"));
        assert!(!is_html_page("<?"));
    }
}
