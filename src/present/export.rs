//! Exports of the facts on screen as CSV (RFC 4180: comma separated, CRLF line
//! ends, fields quoted when they hold a comma, quote or line break) and as a
//! JSON array of the JS API's fact records plus document title and speaker.
//!
//! Invariant: no CSV cell reaches a spreadsheet as a formula. A text cell
//! that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (which
//! Excel, LibreOffice and Google Sheets evaluate) gets a leading `'`, as
//! OWASP advises; the `value` column is a number the explorer wrote itself.

use super::facts::FactView;
pub(crate) use crate::json_text::string as json_string;

/// The CSV header, in column order. `sources` lists the ids of every
/// passage that states the same figure, separated by spaces.
pub const CSV_COLUMNS: [&str; 15] = [
    "id",
    "value",
    "unit",
    "measure",
    "kind",
    "date",
    "text",
    "sentence",
    "doc",
    "doc_title",
    "doc_date",
    "passage",
    "speaker",
    "canonical_measure",
    "sources",
];

/// The facts as CSV text, header first.
pub fn facts_csv(facts: &[FactView]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for fact in facts {
        let value = number(fact.value).unwrap_or_default();
        let sources = fact.sources.join(" ");
        let fields: [&str; 15] = [
            &fact.id,
            &value,
            &fact.unit,
            &fact.measure,
            fact.kind,
            fact.date.as_deref().unwrap_or(""),
            &fact.text,
            &fact.sentence,
            &fact.doc,
            &fact.doc_title,
            fact.doc_date.as_deref().unwrap_or(""),
            &fact.passage,
            fact.speaker.as_deref().unwrap_or(""),
            fact.canonical_measure.as_deref().unwrap_or(""),
            &sources,
        ];
        let quoted: Vec<String> = fields
            .iter()
            .enumerate()
            .map(|(column, f)| match column {
                1 => csv_field(f),
                _ => csv_field(&inert(f)),
            })
            .collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The facts as a pretty-printed JSON array.
pub fn facts_json(facts: &[FactView]) -> String {
    let records: Vec<String> = facts
        .iter()
        .map(|f| {
            let fields = [
                ("id", json_string(&f.id)),
                (
                    "value",
                    number(f.value).unwrap_or_else(|| "null".to_string()),
                ),
                ("unit", json_string(&f.unit)),
                ("measure", json_string(&f.measure)),
                (
                    "canonicalMeasure",
                    json_option(f.canonical_measure.as_deref()),
                ),
                ("text", json_string(&f.text)),
                ("sentence", json_string(&f.sentence)),
                ("doc", json_string(&f.doc)),
                ("doc_title", json_string(&f.doc_title)),
                ("passage", json_string(&f.passage)),
                ("speaker", json_option(f.speaker.as_deref())),
                ("date", json_option(f.date.as_deref())),
                ("kind", json_string(f.kind)),
                ("sources", json_strings(&f.sources)),
            ];
            let body: Vec<String> = fields
                .iter()
                .map(|(name, value)| format!("    \"{name}\": {value}"))
                .collect();
            format!("  {{\n{}\n  }}", body.join(",\n"))
        })
        .collect();
    if records.is_empty() {
        return "[]\n".to_string();
    }
    format!("[\n{}\n]\n", records.join(",\n"))
}

/// A finite number as plain decimal text (`218000000000`, `12.5`); `None` for NaN or infinity.
fn number(value: f64) -> Option<String> {
    value.is_finite().then(|| crate::decimal::plain(value))
}

/// `text`, with a leading `'` when a spreadsheet would read it as a formula.
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn json_option(text: Option<&str>) -> String {
    text.map(json_string).unwrap_or_else(|| "null".to_string())
}

/// A JSON array of string literals.
fn json_strings(texts: &[String]) -> String {
    let items: Vec<String> = texts.iter().map(|t| json_string(t)).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::present::canonical::Figures;
    use crate::present::facts::fact_view;

    fn facts() -> Vec<FactView> {
        let corpus = fixture::corpus();
        let figures = Figures::new(&corpus);
        (0..corpus.facts.len())
            .filter_map(|idx| fact_view(&figures, idx))
            .collect()
    }

    #[test]
    fn csv_quotes_commas_quotes_and_line_breaks() {
        let mut facts = facts();
        facts[0].sentence = "He said \"218 billion\",\nthen left.".to_string();
        let csv = facts_csv(&facts[..2]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], CSV_COLUMNS.join(","));
        assert_eq!(
            lines[1],
            "conf#p2/f1,218000000000,yuan,pledge financing,actual,2021,218 billion yuan,\
             \"He said \"\"218 billion\"\",\nthen left.\",conf,Press conference on IP protection,\
             2022-04-24,conf#p2,Shen Changyu,,conf#p2"
        );
        assert!(lines[2].starts_with("conf#p2/f2,12,\"patents per 10,000 people\","));
        assert_eq!(lines.len(), 4, "header, two rows, and the final line end");
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        let mut facts = facts();
        facts[0].sentence = "=HYPERLINK(\"https://evil.example\",\"x\")".to_string();
        facts[0].text = "-5%".to_string();
        facts[0].doc_title = "@SUM(A1)".to_string();
        facts[0].unit = "+1".to_string();
        facts[0].measure = "\tcmd".to_string();
        facts[0].value = -5.0;
        let csv = facts_csv(&facts[..1]);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(
            row.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\","),
            "{row}"
        );
        assert!(row.contains(",'-5%,"), "{row}");
        assert!(row.contains(",'@SUM(A1),"), "{row}");
        assert!(row.contains(",-5,'+1,'\tcmd,"), "{row}");
        for cell in row.split(',').skip(2) {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t']), "{cell}");
        }
    }

    #[test]
    fn one_figure_stated_twice_carries_its_canonical_measure_and_both_sources() {
        let mut corpus = fixture::corpus();
        let mut again = corpus.facts[0].clone();
        again.id = "conf#p4/f9".into();
        again.passage = 3;
        again.measure = "national pledge financing".into();
        corpus.facts.push(again);
        crate::corpus::fill_canonical(&mut corpus);
        let figures = Figures::new(&corpus);
        let views: Vec<FactView> = (0..corpus.facts.len())
            .filter_map(|idx| fact_view(&figures, idx))
            .collect();
        let csv = facts_csv(&views[..1]);
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.ends_with(",pledge financing,conf#p2 conf#p4"), "{row}");
        let json = facts_json(&views[4..]);
        assert!(
            json.contains(r#""canonicalMeasure": "pledge financing","#),
            "{json}"
        );
        assert!(
            json.contains(r#""sources": ["conf#p2", "conf#p4"]"#),
            "{json}"
        );
    }

    #[test]
    fn csv_of_nothing_is_the_header() {
        assert_eq!(facts_csv(&[]), format!("{}\r\n", CSV_COLUMNS.join(",")));
    }

    #[test]
    fn json_escapes_and_uses_null() {
        let mut facts = facts();
        facts[2].sentence = "a \"quote\" \\ and\ttab\u{1}".to_string();
        let json = facts_json(&facts[2..3]);
        assert!(
            json.contains(r#""sentence": "a \"quote\" \\ and\ttab\u0001","#),
            "{json}"
        );
        assert!(json.contains(r#""date": null,"#), "{json}");
        assert!(json.contains(r#""value": 480000,"#), "{json}");
        assert_eq!(facts_json(&[]), "[]\n");
    }
}
