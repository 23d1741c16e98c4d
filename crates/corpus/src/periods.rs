//! As-of dates and periods stated in a sentence, in ISO form: `in 2020` →
//! `2020`, `as of the end of 2023` → `2023-12`, `from 2018 to 2020` and
//! `(2016-2020)` → `2018/2020`, `during the 13th Five-Year Plan period` →
//! `2016/2020`, `since the 14th Five-Year Plan` → `2021/..`, and relative
//! phrases (`last year`, `so far`) resolved against the document date.
//!
//! Invariant: every period returned is backed by words of the sentence at the
//! returned byte range; nothing is guessed from outside the sentence except
//! the document date for relative phrases.

use super::dates::years;
use super::model::Date;

/// A date or period phrase and where it stands in the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// Bytes of the phrase in the sentence.
    pub span: std::ops::Range<usize>,
    /// ISO date (`2023`, `2023-12`, `2021-04-25`) or interval (`2016/2020`, `2021/..`).
    pub iso: String,
}

/// Every period phrase of `sentence`, in order.
pub fn find_periods(sentence: &str, doc_date: Option<Date>) -> Vec<Period> {
    let lower = sentence.to_ascii_lowercase();
    let mut out = Vec::new();
    year_periods(sentence, &lower, &mut out);
    plan_periods(&lower, &mut out);
    relative_periods(&lower, doc_date, &mut out);
    out.sort_by_key(|p| (p.span.start, p.span.end));
    out.dedup_by(|b, a| b.span.start < a.span.end);
    out
}

/// The years of the `n`th Five-Year Plan (valid from the third plan on).
pub fn five_year_plan(n: u32) -> Option<(u32, u32)> {
    (3..=30).contains(&n).then(|| {
        let start = 1956 + 5 * (n - 1);
        (start, start + 4)
    })
}

fn year_periods(sentence: &str, lower: &str, out: &mut Vec<Period>) {
    let mentions = years(sentence);
    for (idx, (year, range)) in mentions.iter().enumerate() {
        let before = &lower[..range.start];
        if let Some(lead) = [
            "as of the end of ",
            "by the end of ",
            "at the end of ",
            "the end of ",
            "end of ",
        ]
        .iter()
        .find(|l| before.ends_with(**l))
        {
            out.push(Period {
                span: range.start - lead.len()..range.end,
                iso: format!("{year}-12"),
            });
        } else if before.ends_with("from ") {
            let to = mentions
                .get(idx + 1)
                .filter(|(_, r)| lower[range.end..r.start].trim() == "to");
            let end = to.map_or(range.end, |(_, r)| r.end);
            let iso = to.map_or(format!("{year}/.."), |(y, _)| format!("{year}/{y}"));
            out.push(Period {
                span: range.start - 5..end,
                iso,
            });
        } else if before.ends_with("since ") {
            out.push(Period {
                span: range.start - 6..range.end,
                iso: format!("{year}/.."),
            });
        } else {
            out.push(Period {
                span: range.clone(),
                iso: year.to_string(),
            });
        }
    }
    // Ranges such as `(2016-2020)` that `years` leaves out.
    let bytes = sentence.as_bytes();
    for (pos, dash) in sentence.match_indices(['-', '–']) {
        let end = pos + dash.len();
        let left = pos.checked_sub(4).and_then(|s| sentence.get(s..pos));
        let right = sentence.get(end..end + 4);
        let is_year = |s: Option<&str>| {
            s.is_some_and(|s| {
                s.len() == 4
                    && s.bytes().all(|b| b.is_ascii_digit())
                    && (s.starts_with("19") || s.starts_with("20"))
            })
        };
        let bounded = pos < 5 || !bytes[pos - 5].is_ascii_digit();
        if is_year(left) && is_year(right) && bounded {
            out.push(Period {
                span: pos - 4..end + 4,
                iso: format!("{}/{}", left.unwrap_or(""), right.unwrap_or("")),
            });
        }
    }
}

fn plan_periods(lower: &str, out: &mut Vec<Period>) {
    for (pos, _) in lower.match_indices("five-year plan") {
        let before = lower[..pos]
            .trim_end_matches(['"', ' '])
            .trim_end_matches("“")
            .trim_end_matches('"');
        let Some(ordinal) = before.split([' ', '"']).next_back() else {
            continue;
        };
        let Some(Ok(n)) = ordinal.strip_suffix("th").map(str::parse::<u32>) else {
            continue;
        };
        let Some((start, end)) = five_year_plan(n) else {
            continue;
        };
        let head = &before[..before.len() - ordinal.len()];
        let head = head.trim_end_matches(['"', ' ', '“']);
        let head = head.strip_suffix(" the").unwrap_or(head);
        let after = &lower[pos + 14..];
        let iso = if head.ends_with("end of") {
            end.to_string()
        } else if head.ends_with("since") {
            format!("{start}/..")
        } else if (head.ends_with("during") || head.ends_with(" in") || head.ends_with("over"))
            && after.trim_start_matches(['"', '”']).starts_with(" period")
        {
            format!("{start}/{end}")
        } else {
            continue;
        };
        let phrase_start = [
            "as of the end of",
            "by the end of",
            "at the end of",
            "the end of",
            "since",
            "during",
            "in",
            "over",
        ]
        .iter()
        .find_map(|l| head.rfind(l).filter(|p| head.len() - p - l.len() <= 1))
        .unwrap_or(pos - ordinal.len());
        out.push(Period {
            span: phrase_start..pos + 14,
            iso,
        });
    }
}

fn relative_periods(lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let Some(doc) = doc_date else {
        return;
    };
    let phrases: [(&str, String); 7] = [
        ("last year", (doc.year - 1).to_string()),
        ("this year", doc.year.to_string()),
        ("up to now", doc.iso()),
        ("so far", doc.iso()),
        ("to date", doc.iso()),
        ("at present", doc.iso()),
        ("currently", doc.iso()),
    ];
    for (phrase, iso) in phrases {
        for (pos, _) in lower.match_indices(phrase) {
            let bounded = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
            if bounded {
                out.push(Period {
                    span: pos..pos + phrase.len(),
                    iso: iso.clone(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expect: expect_test::Expect) {
        let doc = Some(Date {
            year: 2022,
            month: Some(3),
            day: Some(30),
        });
        let shown: Vec<String> = find_periods(sentence, doc)
            .iter()
            .map(|p| format!("{} <{}>", p.iso, &sentence[p.span.clone()]))
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn years_ends_and_ranges() {
        check(
            "As of the end of 2023, it rose from 2018 to 2020 (2016-2020) and since 2019, and in 2021.",
            expect_test::expect![[r#"
                2023-12 <As of the end of 2023>
                2018/2020 <from 2018 to 2020>
                2016/2020 <2016-2020>
                2019/.. <since 2019>
                2021 <2021>"#]],
        );
    }

    #[test]
    fn five_year_plans_as_periods() {
        check(
            "From 690 at the end of the \"13th Five-Year Plan\" and during the 13th Five-Year Plan period, since the 14th Five-Year Plan, but the 14th Five-Year Plan says nothing of when.",
            expect_test::expect![[r#"
                2020 <at the end of the "13th Five-Year Plan>
                2016/2020 <during the 13th Five-Year Plan>
                2021/.. <since the 14th Five-Year Plan>"#]],
        );
    }

    #[test]
    fn relative_phrases_use_the_document_date() {
        check(
            "Last year it grew; up to now 5 and so far 6, this year more.",
            expect_test::expect![[r#"
                2021 <Last year>
                2022-03-30 <up to now>
                2022-03-30 <so far>
                2022 <this year>"#]],
        );
    }
}
