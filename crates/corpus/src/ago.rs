//! Years counted back from the document date: `five years ago`, `a decade
//! ago`, `3 years ago` in a column dated 2024 mean 2019, 2014 and 2021.
//!
//! Invariant: only `ago` counts back, and only from the document's own date;
//! `two years earlier` is relative to a year the text states, and is left to
//! the sentence's other periods.

use super::dates::Period;
use super::model::Date;
use super::numbers::find_quantities;

/// The periods `N years ago`, `N decades ago`, `a year ago` and `a decade
/// ago` of `sentence`, as years, against `doc_date`.
pub fn years_ago(sentence: &str, lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let Some(doc) = doc_date else {
        return;
    };
    let mut push = |start: usize, end: usize, years: f64| {
        let back = years.round() as i64;
        if years.fract() == 0.0 && (1..=100).contains(&back) && i64::from(doc.year) > back {
            out.push(Period {
                span: start..end,
                iso: (i64::from(doc.year) - back).to_string(),
            });
        }
    };
    for q in find_quantities(sentence) {
        let rest = &lower[q.span.end..];
        for (unit, scale) in [(" years ago", 1.0), (" decades ago", 10.0)] {
            if rest.starts_with(unit) {
                push(q.span.start, q.span.end + unit.len(), q.value * scale);
            }
        }
    }
    for (phrase, years) in [("a year ago", 1.0), ("a decade ago", 10.0)] {
        for (pos, _) in lower.match_indices(phrase) {
            let bounded = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
            if bounded {
                push(pos, pos + phrase.len(), years);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_back_from_the_document_year() {
        let doc = Some(Date {
            year: 2024,
            month: Some(9),
            day: Some(2),
        });
        let sentence = "Staff grew from 600 five years ago and 900 3 years ago; a decade ago there were none, and two years earlier fewer.";
        let mut out = Vec::new();
        years_ago(sentence, &sentence.to_ascii_lowercase(), doc, &mut out);
        let shown: Vec<String> = (out.iter())
            .map(|p| format!("{} = {}", &sentence[p.span.clone()], p.iso))
            .collect();
        assert_eq!(
            shown,
            [
                "five years ago = 2019",
                "3 years ago = 2021",
                "a decade ago = 2014"
            ]
        );
        let mut none = Vec::new();
        years_ago(sentence, &sentence.to_ascii_lowercase(), None, &mut none);
        assert!(none.is_empty(), "no document date, no year");
    }
}
