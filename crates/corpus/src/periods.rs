//! As-of dates and periods stated in a sentence, in ISO form: `in 2020` →
//! `2020`, `as of the end of 2023` → `2023-12`, `from 2018 to 2020` and
//! `(2016-2020)` → `2018/2020`, `during the 13th Five-Year Plan period` →
//! `2016/2020`, `since the 14th Five-Year Plan` → `2021/..`, calendar dates
//! (`as of 30 September 2024` → `2024-09-30`), parts of a year (`in the
//! first three quarters of 2024` → `2024-01/2024-09`), and relative
//! phrases (`last year`, `so far`, `by end-June`, `the previous year`)
//! resolved against the document date or the sentence's own year.
//!
//! A year the sentence compares with (`up 11.2% on the previous year`,
//! `0.42 points lower than in 2023`) is the base of a change, not a period
//! of the sentence, and is left out.
//!
//! Invariant: every period returned is backed by words of the sentence at the
//! returned byte range; nothing is guessed from outside the sentence except
//! the document date for relative phrases; a month without a year is the
//! latest such month not after the document date.

pub use super::dates::Period;
use super::dates::{month_number, parse_date, years};
use super::model::Date;
use super::text::whole_word_matches;

/// Every period phrase of `sentence`, in order.
pub fn find_periods(sentence: &str, doc_date: Option<Date>) -> Vec<Period> {
    find_periods_in_year(sentence, doc_date, None)
}

/// [`find_periods`] for a sentence under a year heading of a timeline
/// (`2019`, `## 2021`) before the document's year: a month or part of a
/// year without a year of its own (`opened in September`, `in the first
/// quarter`) is in that year, while `now`, `last year` and `ago` stay read
/// against the document's date.
pub fn find_periods_in_year(
    sentence: &str,
    doc_date: Option<Date>,
    heading_year: Option<u16>,
) -> Vec<Period> {
    let lower = sentence.to_ascii_lowercase();
    let mut out = Vec::new();
    let months_date = (heading_year)
        .filter(|&y| doc_date.is_none_or(|d| y < d.year))
        .map_or(doc_date, |year| {
            Some(Date {
                year,
                month: Some(12),
                day: Some(31),
            })
        });
    day_range_periods(sentence, &mut out);
    calendar_periods(sentence, &mut out);
    dated_range_periods(sentence, &mut out);
    month_range_periods(sentence, &lower, months_date, &mut out);
    quarter_periods(sentence, months_date, &mut out);
    part_of_year_periods(&lower, months_date, &mut out);
    month_periods(sentence, &lower, months_date, &mut out);
    day_month_periods(sentence, &lower, months_date, &mut out);
    year_periods(sentence, &lower, &mut out);
    super::split_years::financial_year_periods(sentence, &mut out);
    super::split_years::split_year_periods(sentence, &mut out);
    plan_periods(&lower, &mut out);
    relative_periods(&lower, doc_date, &mut out);
    super::ago::years_ago(sentence, &lower, doc_date, &mut out);
    super::ended::ended_periods(sentence, &mut out);
    // Longest phrase first at each start, so `30 September 2024` beats `30`.
    out.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    out.dedup_by(|b, a| b.span.start < a.span.end);
    previous_years(&lower, doc_date, &mut out);
    previous_months(&lower, months_date, &mut out);
    same_part_of_a_base(&lower, &mut out);
    out.retain(|p| !is_comparison_base(&lower, p));
    out
}

/// The values given in brackets right after the period a change is
/// measured from (`up 6.8% on Q3 2024 (3,195)`, `against 2023 (1,102)`):
/// the byte where each value starts, with that period, for the value is
/// the base's own.
pub fn bracketed_bases(sentence: &str, doc_date: Option<Date>) -> Vec<(usize, String)> {
    let lower = sentence.to_ascii_lowercase();
    let mut all = Vec::new();
    quarter_periods(sentence, doc_date, &mut all);
    year_periods(sentence, &lower, &mut all);
    part_of_year_periods(&lower, doc_date, &mut all);
    all.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    all.dedup_by(|b, a| b.span.start < a.span.end);
    (all.into_iter())
        .filter(|p| is_comparison_base(&lower, p))
        .filter_map(|p| {
            let after = &sentence[p.span.end..];
            let inner = after
                .strip_prefix(" (")
                .or_else(|| after.strip_prefix('('))?;
            inner
                .starts_with(|c: char| c.is_ascii_digit())
                .then(|| (sentence.len() - inner.len(), p.iso))
        })
        .collect()
}

/// `1,140 cases in the first nine months, up from 1,020 in the same period
/// of 2024`: the same part of another year, told of the value a change is
/// measured from, dates that value. Rewrites such a year (`2024`, `last
/// year`) to the months of the part stated before it (`2024-01/2024-09`);
/// [`is_comparison_base`] drops it when no value comes just before it.
fn same_part_of_a_base(lower: &str, out: &mut [Period]) {
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let period = &mut rest[0];
        let lead = lower[..period.span.start].trim_end();
        let lead = (lead
            .strip_suffix(" of")
            .or_else(|| lead.strip_suffix(" in")))
        .unwrap_or(lead);
        let Some(head) = [
            "the same period",
            "the corresponding period",
            "the comparable period",
        ]
        .iter()
        .find_map(|p| lead.strip_suffix(p)) else {
            continue;
        };
        // `from 1,020 in the same period`, `compared with the 234
        // applications filed in the corresponding period`: a number just
        // before, as the start of a comparison.
        let head = head.trim_end();
        let head = (head
            .strip_suffix(" in")
            .or_else(|| head.strip_suffix(" during")))
        .unwrap_or(head);
        let words: Vec<&str> = head.rsplit(' ').take(4).collect();
        let base = words.iter().enumerate().any(|(k, number)| {
            let at = head.len() - words[..=k].iter().map(|w| w.len() + 1).sum::<usize>() + 1;
            let lead = head[..at].trim_end();
            let lead = lead.strip_suffix(" the").unwrap_or(lead);
            number.starts_with(|c: char| c.is_ascii_digit())
                && [" from", " against", " compared with", " versus"]
                    .iter()
                    .any(|w| lead.ends_with(w))
        });
        let Some(year) = period.iso.get(..4).filter(|_| period.iso.len() == 4) else {
            continue;
        };
        let part = before.iter().rev().find_map(|p| {
            let (from, to) = p.iso.split_once('/').unwrap_or((&p.iso, &p.iso));
            let months = (from.get(4..7)?, to.get(4..7)?);
            (from.len() == 7 && to.len() == 7).then_some(months)
        });
        if let (true, Some((first, last))) = (base, part) {
            period.iso = format!("{year}{first}/{year}{last}");
        }
    }
}

/// True for a year a change is measured against (`on the previous year`,
/// `over 2022`, `lower than in 2023`, `compared with 2022`).
pub(crate) fn is_comparison_base(lower: &str, period: &Period) -> bool {
    let before = &lower[..period.span.start];
    // `down 12% from 2023`, `up 3 points from 2022`: the year a change is
    // measured from, not an open period starting then.
    let change_from = lower[period.span.clone()].starts_with("from ")
        && period.iso.ends_with("/..")
        && ["%", " percent", " per cent", " points", " point"]
            .iter()
            .any(|u| before.trim_end().ends_with(u));
    let year_only = period.iso.len() == 4;
    // `2% over March 2021`: a month of a year.
    let month_of_year = period.iso.len() == 7 && period.iso.as_bytes()[4] == b'-';
    // `up 9% on the first half of 2024`, `compared with the same period
    // of 2024`: a part of a year named with `the` after a comparison word.
    let named_part = lower[period.span.clone()].starts_with("the ");
    // `up 7.8% on the same period last year`: the period a part of this
    // year is compared with, whatever word names it.
    let same_part = {
        let lead = before.trim_end();
        let lead = (lead
            .strip_suffix(" of")
            .or_else(|| lead.strip_suffix(" in")))
        .unwrap_or(lead);
        [
            "period", "time", "quarter", "months", "month", "half", "weeks",
        ]
        .iter()
        .any(|noun| lead.ends_with(&format!("the same {noun}")))
            && period.iso.len() == 4
    };
    // `up 9% on February last year`, `over March 2024`: a month of a
    // year compared with.
    let month_base = {
        let lead = before.trim_end();
        let month_start = lead.rfind(' ').map_or(0, |p| p + 1);
        let mut word = lead[month_start..].to_string();
        if let Some(first) = word.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        let month = super::dates::month_number(&word).is_some();
        let compared = lead[..month_start].trim_end();
        month
            && period.iso.len() == 4
            && [
                " on", " over", " than", " with", " versus", " vs", " against",
            ]
            .iter()
            .any(|w| compared.ends_with(w))
    };
    // `up 6.8% on Q3 2024`: a quarter or half named by its letter.
    let lettered_part = (lower[period.span.clone()].split([' ', '-', '/']))
        .any(|w| matches!(w.as_bytes(), [b'q' | b'h', b'1'..=b'4']));
    change_from
        || same_part
        || month_base
        || (year_only || named_part || lettered_part || month_of_year)
            && [
                " on ",
                " over ",
                " than ",
                " than in ",
                " compared with ",
                " compared to ",
                " versus ",
                " vs ",
                " vs. ",
            ]
            .iter()
            .any(|w| before.ends_with(w) || before.ends_with(&format!("{w}the ")[..]))
}

/// Calendar dates with a month (`30 September 2024`, `April 25, 2021`,
/// `March 2024`): `2024-09-30`, `2021-04-25`, `2024-03`.
fn calendar_periods(sentence: &str, out: &mut Vec<Period>) {
    let mut from = 0;
    while let Some((date, range)) = sentence.get(from..).and_then(parse_date) {
        let span = from + range.start..from + range.end;
        if date.month.is_some() {
            out.push(Period {
                span: span.clone(),
                iso: date.iso(),
            });
        }
        from = span.end;
    }
}

/// A range of days whose end states the year (`1 January–30 June 2025`,
/// `January 1 to June 30, 2025`): `2025-01/2025-06` when it runs from a
/// month's first day to a month's last, else `2025-01-15/2025-06-20`.
fn day_range_periods(sentence: &str, out: &mut Vec<Period>) {
    for link in ["–", "—", "-", " to ", " until ", " through "] {
        for (pos, _) in sentence.match_indices(link) {
            let after = &sentence[pos + link.len()..];
            let skip = after.len() - after.trim_start().len();
            let Some((end, range)) = parse_date(&after[skip..]) else {
                continue;
            };
            let (Some(m2), Some(d2)) = (end.month, end.day) else {
                continue;
            };
            let Some((m1, d1, start)) = month_and_day_before(&sentence[..pos]) else {
                continue;
            };
            if range.start != 0 || (m1, d1) >= (m2, d2) {
                continue;
            }
            let year = end.year;
            let whole_months = d1 == 1 && d2 == last_day(year, m2);
            let iso = if whole_months {
                format!("{year}-{m1:02}/{year}-{m2:02}")
            } else {
                format!("{year}-{m1:02}-{d1:02}/{year}-{m2:02}-{d2:02}")
            };
            out.push(Period {
                span: start..pos + link.len() + skip + range.end,
                iso,
            });
        }
    }
}

/// A range between two dates that each state their year (`1 April 2024 to
/// 31 March 2025`, `15 October 2023 - 14 February 2024`): one period, of
/// whole months when it runs from a month's first day to a month's last.
/// Pushed beside the two dates, it outlasts them when periods are sorted.
fn dated_range_periods(sentence: &str, out: &mut Vec<Period>) {
    let days: Vec<Period> = (out.iter())
        .filter(|p| p.iso.len() == 10)
        .cloned()
        .collect();
    for pair in days.windows(2) {
        let (first, last) = (&pair[0], &pair[1]);
        let Some(between) = sentence.get(first.span.end..last.span.start) else {
            continue;
        };
        let linked = matches!(
            between.trim(),
            "to" | "until" | "through" | "-" | "–" | "—" | "and"
        );
        if !linked || first.iso >= last.iso {
            continue;
        }
        let (y1, m1, d1) = (&first.iso[..4], &first.iso[5..7], &first.iso[8..]);
        let (y2, m2, d2) = (&last.iso[..4], &last.iso[5..7], &last.iso[8..]);
        let last_of_month = (y2.parse().ok())
            .zip(m2.parse().ok())
            .is_some_and(|(y, m)| d2.parse::<u8>().ok() == Some(last_day(y, m)));
        let iso = if d1 == "01" && last_of_month {
            format!("{y1}-{m1}/{y2}-{m2}")
        } else {
            format!("{}/{}", first.iso, last.iso)
        };
        out.push(Period {
            span: first.span.start..last.span.end,
            iso,
        });
    }
}

/// The month and day that `text` ends with (`1 January`, `January 1`,
/// `Jan. 1,`), and the byte where they start.
fn month_and_day_before(text: &str) -> Option<(u8, u8, usize)> {
    let trimmed = text.trim_end().trim_end_matches(',');
    let mut words = trimmed.rsplitn(3, ' ');
    let (last, first) = (words.next()?, words.next()?);
    let start = trimmed.len() - last.len() - 1 - first.len();
    let day = |w: &str| w.parse::<u8>().ok().filter(|d| (1..=31).contains(d));
    let month = |w: &str| month_number(w.trim_end_matches('.'));
    match (month(first), day(last), day(first), month(last)) {
        (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => Some((m, d, start)),
        _ => None,
    }
}

/// The last day of a month.
fn last_day(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The latest year in which `month` has ended by the document date (the
/// document's year when it gives no month).
fn year_of_month(month: u8, doc: Date) -> u16 {
    match doc.month {
        Some(m) if month > m => doc.year - 1,
        _ => doc.year,
    }
}

/// A four-digit year (1900–2100) at the start of `text`, not followed by
/// another digit.
fn year_at(text: &str) -> Option<u16> {
    let digits = text.get(..4)?;
    let next_digit = text[4..].starts_with(|c: char| c.is_ascii_digit());
    let year: u16 = digits.parse().ok().filter(|_| !next_digit)?;
    (1900..=2100).contains(&year).then_some(year)
}

/// A range of months (`January–June`, `Jan-Jun 2025`, `January to June`,
/// `from January to September, 2024`): `2025-01/2025-06`, in the year
/// stated after it, else the latest such range that ended by the document
/// date. A lead word (`in`, `for`, `from`, `during`, `between`) is part
/// of the phrase.
fn month_range_periods(sentence: &str, lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let word_at = |at: usize| {
        let end = sentence[at..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(sentence.len(), |e| at + e);
        (month_number(&sentence[at..end]), end)
    };
    let mut at = 0;
    while at < sentence.len() {
        let start = at;
        let word_end = sentence[at..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .map_or(sentence.len(), |e| at + e);
        at = sentence[word_end..]
            .find(|c: char| c.is_ascii_alphabetic())
            .map_or(sentence.len(), |e| word_end + e);
        let bounded = start == 0 || !sentence.as_bytes()[start - 1].is_ascii_alphanumeric();
        let (Some(first), _) = word_at(start) else {
            continue;
        };
        if !bounded || word_end == start {
            continue;
        }
        let rest = &sentence[word_end..];
        let link = ["–", "—", "-", " to ", " – ", " - ", " through "]
            .iter()
            .find(|l| rest.starts_with(**l));
        let Some(link) = link else {
            continue;
        };
        let second_at = word_end + link.len();
        let (Some(last), second_end) = word_at(second_at) else {
            continue;
        };
        if last <= first {
            continue;
        }
        let after = &sentence[second_end..];
        let gap = after.len() - after.trim_start_matches([' ', ',']).len();
        let stated = year_at(&after[gap..]);
        let (year, end) = match (stated, doc_date) {
            (Some(year), _) => (year, second_end + gap + 4),
            (None, Some(doc)) => (year_of_month(last, doc), second_end),
            (None, None) => continue,
        };
        let lead = ["between ", "during ", "from ", "for ", "in "]
            .iter()
            .find(|w| lower[..start].ends_with(**w))
            .map_or(0, |w| w.len());
        out.push(Period {
            span: start - lead..end,
            iso: format!("{year}-{first:02}/{year}-{last:02}"),
        });
        at = end;
    }
}

/// A quarter or half named by its letter (`Q1 2025`, `2025 Q3`, `Q4`,
/// `H1 2024`): `2025-01/2025-03`; without a year, the latest such part of
/// a year that ended by the document date.
fn quarter_periods(sentence: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let bytes = sentence.as_bytes();
    for (pos, _) in sentence.match_indices(['Q', 'H']) {
        let bounded = pos == 0 || !bytes[pos - 1].is_ascii_alphanumeric();
        let (Some(&n), next) = (bytes.get(pos + 1), bytes.get(pos + 2)) else {
            continue;
        };
        if !bounded || next.is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let months = match (bytes[pos], n) {
            (b'Q', b'1'..=b'4') => {
                let q = n - b'0';
                (q * 3 - 2, q * 3)
            }
            (b'H', b'1'..=b'2') => {
                let h = n - b'0';
                (h * 6 - 5, h * 6)
            }
            _ => continue,
        };
        let after = &sentence[pos + 2..];
        let gap = after.len() - after.trim_start_matches([' ', '-', '/', ',']).len();
        let before_year = sentence[..pos]
            .strip_suffix(' ')
            .and_then(|b| b.get(b.len().saturating_sub(4)..))
            .filter(|_| pos >= 5)
            .and_then(year_at)
            .filter(|_| pos < 6 || !bytes[pos - 6].is_ascii_alphanumeric());
        let (year, span) = match (year_at(&after[gap..]).filter(|_| gap <= 2), before_year) {
            (Some(year), _) => (year, pos..pos + 2 + gap + 4),
            (None, Some(year)) => (year, pos - 5..pos + 2),
            (None, None) => match doc_date {
                Some(doc) => (year_of_month(months.1, doc), pos..pos + 2),
                None => continue,
            },
        };
        out.push(Period {
            span,
            iso: format!("{year}-{:02}/{year}-{:02}", months.0, months.1),
        });
    }
}

/// `(first month, last month)` of a part of a year named in lower case at
/// the start of `text`: `first three quarters`, `first half`, `first
/// quarter`, `first eight months`, `second half`.
fn part_of_year(text: &str) -> Option<((u8, u8), usize)> {
    const COUNTS: [&str; 11] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    ];
    let parts: [(&str, (u8, u8)); 6] = [
        ("first half", (1, 6)),
        ("second half", (7, 12)),
        ("first quarter", (1, 3)),
        ("second quarter", (4, 6)),
        ("third quarter", (7, 9)),
        ("fourth quarter", (10, 12)),
    ];
    if let Some((phrase, months)) = parts.iter().find(|(p, _)| text.starts_with(p)) {
        return Some((*months, phrase.len()));
    }
    let rest = text.strip_prefix("first ")?;
    let (count, unit) = rest.split_once(' ')?;
    let n = COUNTS.iter().position(|c| *c == count)? as u8 + 1;
    let months = if unit.starts_with("quarters") {
        n.checked_mul(3).filter(|m| *m <= 12)?
    } else if unit.starts_with("months") {
        n
    } else {
        return None;
    };
    let len = "first ".len() + count.len() + 1 + if months == n { 6 } else { 8 };
    Some(((1, months), len))
}

/// `in the first three quarters of 2024` → `2024-01/2024-09`; without a
/// year, the latest such part of a year that ended by the document date.
fn part_of_year_periods(lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    // `the second-quarter count`, `first-half filings`: the same part, as
    // an adjective (one byte for one, so the spans hold).
    let lower = &lower
        .replace("-quarter", " quarter")
        .replace("-half", " half");
    for (pos, _) in lower.match_indices(['f', 's', 't']) {
        let bounded = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
        let Some(((first, last), len)) = part_of_year(&lower[pos..]).filter(|_| bounded) else {
            continue;
        };
        let after = &lower[pos + len..];
        let stated = after
            .strip_prefix(" of ")
            .and_then(|rest| rest.get(..4))
            .and_then(|y| y.parse::<u16>().ok())
            .filter(|y| (1900..=2100).contains(y));
        let (year, end) = match (stated, doc_date) {
            (Some(year), _) => (year, pos + len + 8),
            (None, Some(doc)) => {
                let relative = [(" of this year", 0), (" of last year", 1)]
                    .iter()
                    .find(|(w, _)| after.starts_with(w));
                match relative {
                    Some((w, back)) => (doc.year - back, pos + len + w.len()),
                    None => (year_of_month(last, doc), pos + len),
                }
            }
            (None, None) => continue,
        };
        let start = ["in the ", "during the ", "for the ", "over the ", "the "]
            .iter()
            .find(|w| lower[..pos].ends_with(**w))
            .map_or(pos, |w| pos - w.len());
        out.push(Period {
            span: start..end,
            iso: format!("{year}-{first:02}/{year}-{last:02}"),
        });
    }
}

/// A month without a year (`By end-June`, `by the end of September`, `In
/// December`) as the latest such month not after the document date.
fn month_periods(sentence: &str, lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let Some(doc) = doc_date else {
        return;
    };
    // `(February: 6.1 weeks)`: a month's comparative in brackets.
    const LEADS: [&str; 7] = ["end-", "end of ", "by ", "in ", "since ", "until ", "("];
    for lead in LEADS {
        for (pos, _) in lower.match_indices(lead) {
            let bounded = pos == 0 || !lower.as_bytes()[pos - 1].is_ascii_alphanumeric();
            let at = pos + lead.len();
            let word_end = sentence[at..]
                .find(|c: char| !c.is_ascii_alphabetic())
                .map_or(sentence.len(), |e| at + e);
            let Some(month) = month_number(&sentence[at..word_end]).filter(|_| bounded) else {
                continue;
            };
            // A day or year after the month is a calendar date, read elsewhere.
            let after = &sentence[word_end..];
            let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
            let year_next = digits(after.trim_start_matches([' ', ','])) == 4;
            let day_next = after.starts_with(' ') && (1..=2).contains(&digits(&after[1..]));
            if year_next || day_next || lead == "(" && !after.starts_with(':') {
                continue;
            }
            let start = ["by the ", "at the ", "as of the ", "the ", "by ", "as of "]
                .iter()
                .find(|w| lower[..pos].ends_with(**w))
                .map_or(pos, |w| pos - w.len());
            // The bracket is no part of the period: it still sets the
            // comparative apart from the value before it.
            let start = if lead == "(" { at } else { start };
            let year = year_of_month(month, doc);
            let iso = if lead == "since " {
                format!("{year}-{month:02}/..")
            } else {
                format!("{year}-{month:02}")
            };
            out.push(Period {
                span: start..word_end,
                iso,
            });
        }
    }
}

/// What leads a day and month that date a stock (`at 30 September`).
const DAY_MONTH_LEADS: &[&str] = &["at ", "as at ", "as of "];

/// A day and month without a year that a stock is counted at (`Examiners
/// at 30 September: 88`, `as of June 30`) as the latest such day not
/// after the document date. `by 31 March` and `on 1 January` may look
/// ahead (a goal, a rule coming into force), so they are left alone.
fn day_month_periods(sentence: &str, lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let Some(doc) = doc_date else {
        return;
    };
    for lead in DAY_MONTH_LEADS {
        for pos in whole_word_matches(lower, lead.trim_end()) {
            let at = pos + lead.len();
            let Some(rest) = sentence
                .get(at..)
                .filter(|_| lower[pos..].starts_with(lead))
            else {
                continue;
            };
            let words: Vec<&str> = rest.splitn(3, ' ').collect();
            let [first, second, ..] = words[..] else {
                continue;
            };
            let second_core = second.trim_end_matches(|c: char| !c.is_alphanumeric());
            let phrase = format!("{first} {second_core}");
            let Some((month, day, _)) = month_and_day_before(&phrase) else {
                continue;
            };
            // A year after the day is a calendar date, read elsewhere.
            let after = rest[first.len() + 1 + second_core.len()..].trim_start_matches([',', ' ']);
            if year_at(after).is_some() || !second_core.chars().all(|c| c.is_alphanumeric()) {
                continue;
            }
            let passed = (doc.month, doc.day) >= (Some(month), Some(day)) || doc.month.is_none();
            let year = if passed { doc.year } else { doc.year - 1 };
            // `June 31` is no day.
            if day > last_day(year, month) {
                continue;
            }
            out.push(Period {
                span: pos..at + phrase.len(),
                iso: format!("{year}-{month:02}-{day:02}"),
            });
        }
    }
}

/// `a month earlier`, `the previous month`, `last month`: the month
/// before the nearest month the sentence states before it (`in October
/// 2025` → `2025-09`), else before the document's month.
fn previous_months(lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    for phrase in ["the previous month", "a month earlier", "last month"] {
        for (pos, _) in lower.match_indices(phrase) {
            let stated = (out.iter().rfind(|p| p.span.end <= pos))
                .filter(|_| phrase != "last month")
                .and_then(|p| {
                    let year = p.iso.get(..4)?.parse::<u16>().ok()?;
                    let month = p.iso.get(5..7)?.parse::<u8>().ok()?;
                    (p.iso.as_bytes().get(4) == Some(&b'-')).then_some((year, month))
                });
            let doc = doc_date.and_then(|d| Some((d.year, d.month?)));
            let Some((year, month)) = stated.or(doc) else {
                continue;
            };
            if out
                .iter()
                .any(|p| p.span.start < pos + phrase.len() && pos < p.span.end)
            {
                continue;
            }
            let (year, month) = if month == 1 {
                (year - 1, 12)
            } else {
                (year, month - 1)
            };
            out.push(Period {
                span: pos..pos + phrase.len(),
                iso: format!("{year}-{month:02}"),
            });
        }
    }
    out.sort_by_key(|p| p.span.start);
}

/// `the previous year` / `the year before`: the year before the nearest
/// year the sentence states before it, else before the document's year.
fn previous_years(lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    // `(previous year: 9.1 months)`, `prior year`: a label without `the`.
    for phrase in [
        "the previous year",
        "the year before",
        "a year earlier",
        "a year before",
        "the year earlier",
        "previous year",
        "prior year",
    ] {
        for (pos, _) in lower.match_indices(phrase) {
            let stated = out.iter().rfind(|p| p.span.end <= pos).and_then(|p| {
                let year = p.iso.get(..4)?.parse::<u16>().ok()?;
                Some((year, p.iso.get(4..7).filter(|m| m.starts_with('-'))))
            });
            let Some((year, month)) = stated.or(doc_date.map(|d| (d.year, None))) else {
                continue;
            };
            // `18,400 in October, compared with 16,900 a year earlier`:
            // the same month of the year before.
            let month = month
                .filter(|_| matches!(phrase, "a year earlier" | "a year before"))
                .unwrap_or("");
            if out
                .iter()
                .any(|p| p.span.start < pos + phrase.len() && pos < p.span.end)
            {
                continue;
            }
            out.push(Period {
                span: pos..pos + phrase.len(),
                iso: format!("{}{month}", year - 1),
            });
        }
    }
    out.sort_by_key(|p| p.span.start);
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

/// Quotation marks a plan's name may stand in (`the ‘14th Five-Year
/// Plan’`, `"the 13th Five-Year Plan period"`).
const QUOTES: &[char] = &['"', '\'', '‘', '’', '“', '”', ' '];

/// Words before a plan's name that make it the plan's whole range
/// (`During the 13th Five-Year Plan` → `2016/2020`); `in` only with
/// `period` after the name.
const OVER_THE_PLAN: &[&str] = &[
    "in the course of",
    "over the course of",
    "throughout",
    "during",
    "over",
];
/// Words before a plan's name that make it an open range from its start.
const SINCE_THE_PLAN: &[&str] = &[
    "since the start of",
    "since the beginning of",
    "since the launch of",
    "since",
];
/// Words before a plan's name that make it the plan's last year.
const END_OF_THE_PLAN: &[&str] = &[
    "as of the end of",
    "by the end of",
    "at the end of",
    "the end of",
];

/// `during the 13th Five-Year Plan (period)` → `2016/2020`, `since the
/// 14th Five-Year Plan` → `2021/..`, `at the end of the 13th Five-Year
/// Plan` → `2020`, the name in any quotation marks or none.
fn plan_periods(lower: &str, out: &mut Vec<Period>) {
    for (pos, _) in lower.match_indices("five-year plan") {
        let before = lower[..pos].trim_end_matches(QUOTES);
        let Some(ordinal) = before.split([' ', '"', '\'', '‘', '“']).next_back() else {
            continue;
        };
        let number = ["th", "st", "nd", "rd"]
            .iter()
            .find_map(|s| ordinal.strip_suffix(s))
            .and_then(|n| n.parse::<u32>().ok());
        let Some((start, end)) = number.and_then(five_year_plan) else {
            continue;
        };
        let head = before[..before.len() - ordinal.len()].trim_end_matches(QUOTES);
        let head = head.strip_suffix("the").unwrap_or(head);
        let head = head.trim_end_matches(QUOTES);
        let period_after = lower[pos + 14..]
            .trim_start_matches(QUOTES)
            .starts_with("period");
        let ends = |leads: &[&'static str]| -> Option<&'static str> {
            leads.iter().copied().find(|l| {
                head.ends_with(l)
                    && (head.len() == l.len()
                        || !head.as_bytes()[head.len() - l.len() - 1].is_ascii_alphanumeric())
            })
        };
        let (lead, iso) = if let Some(lead) = ends(END_OF_THE_PLAN) {
            (lead, end.to_string())
        } else if let Some(lead) = ends(SINCE_THE_PLAN) {
            (lead, format!("{start}/.."))
        } else if let Some(lead) = ends(OVER_THE_PLAN) {
            (lead, format!("{start}/{end}"))
        } else if let Some(lead) = ends(&["in"]).filter(|_| period_after) {
            (lead, format!("{start}/{end}"))
        } else {
            continue;
        };
        out.push(Period {
            span: head.len() - lead.len()..pos + 14,
            iso,
        });
    }
}

fn relative_periods(lower: &str, doc_date: Option<Date>, out: &mut Vec<Period>) {
    let Some(doc) = doc_date else {
        return;
    };
    // A year is whole once it has ended: `for the full year` in a review
    // dated early in a year is the year before; from May on, it is the
    // year still running (`For the full year we are aiming at 15,000`).
    let full_year = match doc.month {
        Some(month) if month <= 4 => doc.year - 1,
        _ => doc.year,
    };
    let phrases: [(&str, String); 15] = [
        ("for the full year", full_year.to_string()),
        ("for the whole year", full_year.to_string()),
        ("last year", (doc.year - 1).to_string()),
        ("this year", doc.year.to_string()),
        ("next year", (doc.year + 1).to_string()),
        ("up to now", doc.iso()),
        ("so far", doc.iso()),
        ("to date", doc.iso()),
        ("at present", doc.iso()),
        ("currently", doc.iso()),
        // `The average trial now takes 96 days`: as of the day it is said.
        ("now", doc.iso()),
        ("today", doc.iso()),
        ("these days", doc.iso()),
        ("nowadays", doc.iso()),
        ("at the moment", doc.iso()),
    ];
    past_years(lower, doc, out);
    for (phrase, iso) in phrases {
        for pos in whole_word_matches(lower, phrase) {
            // `up to now` is one phrase, already read; `the last year of
            // the plan` and `for the full year of 2025` name a year of
            // something else, not one counted from the document's date.
            let inside_longer = phrase == "now" && lower[..pos].ends_with("up to ");
            let of_something = phrase.ends_with(" year")
                && (phrase.starts_with("for ") || lower[..pos].ends_with("the "))
                && lower[pos + phrase.len()..].starts_with(" of ");
            if !inside_longer && !of_something {
                out.push(Period {
                    span: pos..pos + phrase.len(),
                    iso: iso.clone(),
                });
            }
        }
    }
}

/// Counts of years a `past`/`last` span names, in words.
const YEAR_COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// `over the past five years`, `in the last three years`: the whole years
/// before the document's, ending with its own year once it is past
/// mid-year (`2021/2025` in a report of March 2026).
fn past_years(lower: &str, doc: Date, out: &mut Vec<Period>) {
    for opener in ["the past ", "the last "] {
        for (pos, _) in lower.match_indices(opener) {
            let rest = &lower[pos + opener.len()..];
            let (count, word) = match rest.split_once(' ') {
                Some((word, _)) => (
                    (YEAR_COUNTS.iter().position(|w| *w == word))
                        .map(|i| i as u16 + 2)
                        .or_else(|| word.parse::<u16>().ok().filter(|n| (2..=30).contains(n))),
                    word,
                ),
                None => continue,
            };
            let Some(count) = count else {
                continue;
            };
            let after = &rest[word.len()..];
            if !after.starts_with(" years") {
                continue;
            }
            let last = if doc.month.is_some_and(|m| m > 6) {
                doc.year
            } else {
                doc.year - 1
            };
            let end = pos + opener.len() + word.len() + " years".len();
            out.push(Period {
                span: pos..end,
                iso: format!("{}/{last}", last + 1 - count),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_years_are_the_whole_years_before_the_document() {
        check(
            "Over the past five years, seed grants doubled; in the last 3 years they rose by a third.",
            expect_test::expect![[r#"
                2017/2021 <the past five years>
                2019/2021 <the last 3 years>"#]],
        );
    }

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
    fn a_day_and_month_a_stock_is_counted_at_is_the_latest_such_day() {
        // The document is dated 2022-03-30.
        check(
            "Examiners at 31 December: 88; as of March 1, 61 pending; on 15 June 2021 we had 9; due by 30 June; fees rise on 1 July; as at 31 June, 4.",
            expect_test::expect![[r#"
                2021-12-31 <at 31 December>
                2022-03-01 <as of March 1>
                2021-06-15 <15 June 2021>"#]],
        );
    }

    #[test]
    fn a_quarter_a_change_is_measured_from_is_its_base_and_dates_the_value_in_brackets() {
        check(
            "Filings rose 6.8% on Q3 2021 (3,195) to 3,412.",
            expect_test::expect![""],
        );
        let at = |s: &str| bracketed_bases(s, None);
        let sentence = "Filings rose 6.8% on Q3 2021 (3,195) to 3,412.";
        assert_eq!(at(sentence), vec![(30, "2021-07/2021-09".to_string())]);
        assert_eq!(&sentence[30..35], "3,195");
        assert!(at("Filings rose 6.8% in Q3 2021 (3,195).").is_empty());
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
    fn ranges_of_months_with_or_without_a_year() {
        // The document is dated 2022-03-30: a range ending in June has not
        // ended yet in 2022, so without a year it is 2021's.
        check(
            "Filings: 14,300 in January–June, 9,100 from Jan-Mar 2022, 800 for April to September, 2020 and 5 between May and July.",
            expect_test::expect![[r#"
                2021-01/2021-06 <in January–June>
                2022-01/2022-03 <from Jan-Mar 2022>
                2020-04/2020-09 <for April to September, 2020>"#]],
        );
        // A month after a later one is no range.
        check(
            "From June to March 2022.",
            expect_test::expect!["2022-03 <March 2022>"],
        );
    }

    #[test]
    fn ranges_of_days_ending_in_a_year() {
        check(
            "Caseload, 1 January–30 June 2025: 412 patent disputes.",
            expect_test::expect!["2025-01/2025-06 <1 January–30 June 2025>"],
        );
        check(
            "From January 15 to June 20, 2024 the office received 300.",
            expect_test::expect!["2024-01-15/2024-06-20 <January 15 to June 20, 2024>"],
        );
        // A day after a later one is no range.
        check(
            "Between 30 June – 1 January 2025.",
            expect_test::expect!["2025-01-01 <1 January 2025>"],
        );
    }

    #[test]
    fn a_part_of_a_year_as_an_adjective() {
        check(
            "The second-quarter count was revised to 8,910; first-half filings of 2021 rose.",
            expect_test::expect![[r#"
                2021-04/2021-06 <The second-quarter>
                2021-01/2021-06 <first-half>
                2021 <2021>"#]],
        );
    }

    #[test]
    fn financial_years_by_their_abbreviation() {
        check(
            "FY2024 (forecast): 45 million yuan; FY 2023: 38 million; FY24-25: 50; FY2019/20: 1.",
            expect_test::expect![[r#"
                2024 <FY2024>
                2023 <FY 2023>
                2024/2025 <FY24-25>
                2019/2020 <FY2019/20>"#]],
        );
    }

    #[test]
    fn a_part_of_a_year_a_change_is_measured_against_is_no_period() {
        check(
            "Filings: 14,300 in the first half of 2021, up 9% on the first half of 2020.",
            expect_test::expect!["2021-01/2021-06 <in the first half of 2021>"],
        );
        check(
            "Grants rose 4% compared with the first quarter of 2021.",
            expect_test::expect![""],
        );
        // `over the first quarter` may be the period the rise took.
        check(
            "Grants rose 4% over the first quarter of 2021.",
            expect_test::expect!["2021-01/2021-03 <over the first quarter of 2021>"],
        );
    }

    #[test]
    fn quarters_and_halves_by_their_letter() {
        check(
            "Q1 2025, 2024 Q3, H2 2023, Q4-2021 and Q2, but not FAQ1 or Q12.",
            expect_test::expect![[r#"
                2025-01/2025-03 <Q1 2025>
                2024-07/2024-09 <2024 Q3>
                2023-07/2023-12 <H2 2023>
                2021-10/2021-12 <Q4-2021>
                2021-04/2021-06 <Q2>"#]],
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
    fn a_plan_in_any_quotation_marks_after_since_during_or_over_is_its_range() {
        check(
            "Since the start of the ‘14th Five-Year Plan’, 5; during \"the 13th Five-Year Plan period\", 6; over the '13th Five-Year Plan' 7; in the course of the “14th Five-Year Plan”, 8; throughout the 12th Five-Year Plan, 9; in the 13th Five-Year Plan 10.",
            expect_test::expect![[r#"
                2021/.. <Since the start of the ‘14th Five-Year Plan>
                2016/2020 <during "the 13th Five-Year Plan>
                2016/2020 <over the '13th Five-Year Plan>
                2021/2025 <in the course of the “14th Five-Year Plan>
                2011/2015 <throughout the 12th Five-Year Plan>"#]],
        );
    }

    #[test]
    fn calendar_dates_and_parts_of_a_year_keep_their_precision() {
        check(
            "As of 30 September 2024, 5 were valid; in the first three quarters of 2023 and the first half of 2021, and in March 2020.",
            expect_test::expect![[r#"
                2024-09-30 <30 September 2024>
                2023-01/2023-09 <in the first three quarters of 2023>
                2021-01/2021-06 <the first half of 2021>
                2020-03 <March 2020>"#]],
        );
    }

    #[test]
    fn months_and_quarters_without_a_year_are_the_latest_by_the_document_date() {
        // The document is dated 2022-03-30: June and September have not yet
        // come in 2022, so they are 2021's; January and March are 2022's.
        check(
            "By end-June, 5; by the end of September, 6; In January, 7; since March, 8; in the first eight months 9; in the first quarter of this year 10.",
            expect_test::expect![[r#"
                2021-06 <By end-June>
                2021-09 <by the end of September>
                2022-01 <In January>
                2022-03/.. <since March>
                2021-01/2021-08 <in the first eight months>
                2022-01/2022-03 <in the first quarter of this year>"#]],
        );
    }

    #[test]
    fn a_month_before_a_colon_in_brackets_is_a_comparative() {
        check(
            "The median wait was 5.8 weeks (February: 6.1 weeks), and the March (provisional) figure is out.",
            expect_test::expect!["2022-02 <February>"],
        );
    }

    #[test]
    fn the_previous_year_is_the_year_before_the_one_the_sentence_states() {
        check(
            "In 2019, 40 cases, up from 31 the previous year; the year before, 20.",
            expect_test::expect![[r#"
                2019 <2019>
                2018 <the previous year>
                2017 <the year before>"#]],
        );
        check(
            "Disputes rose to 40, up from 31 the previous year.",
            expect_test::expect!["2021 <the previous year>"],
        );
        check(
            "Disputes came to 40 in October 2020, against 31 a year earlier and 25 the previous year.",
            expect_test::expect![[r#"
                2020-10 <October 2020>
                2019-10 <a year earlier>
                2019 <the previous year>"#]],
        );
        check(
            "Disputes came to 40 in January 2021, against 31 a month earlier; last month 20 were filed.",
            expect_test::expect![[r#"
                2021-01 <January 2021>
                2020-12 <a month earlier>
                2022-02 <last month>"#]],
        );
    }

    #[test]
    fn a_range_of_two_dates_with_their_years_is_one_period() {
        check(
            "Financial year: 1 July 2023 to 30 June 2024",
            expect_test::expect!["2023-07/2024-06 <1 July 2023 to 30 June 2024>"],
        );
        check(
            "The audit covered 15 October 2023 - 14 February 2024.",
            expect_test::expect!["2023-10-15/2024-02-14 <15 October 2023 - 14 February 2024>"],
        );
    }

    #[test]
    fn a_month_of_another_year_compared_with_is_no_period() {
        check(
            "Renewals are up 6% on October last year and 2% over March 2021, but in May 2022 they fell.",
            expect_test::expect!["2022-05 <May 2022>"],
        );
    }

    #[test]
    fn the_same_part_of_another_year_is_no_period() {
        check(
            "Registrations reached 96,500 in the first nine months of this year, up 7.8% on the same period last year.",
            expect_test::expect!["2022-01/2022-09 <in the first nine months of this year>"],
        );
        check(
            "Filings rose 4% on the same quarter of 2024 and 9% compared with the same time in 2023.",
            expect_test::expect![[r#""#]],
        );
        // The value a change is measured from is dated by the same part of
        // its year.
        check(
            "The court closed 1,140 cases in the first nine months, up from 1,020 in the same period of 2024 and 990 in the same period last year.",
            expect_test::expect![[r#"
                2021-01/2021-09 <in the first nine months>
                2024-01/2024-09 <2024>"#]],
        );
        check(
            "During the six months ended 30 June 2025, the Group filed 276 applications, an increase of 18.0% as compared with the 234 applications filed in the corresponding period of 2024.",
            expect_test::expect![[r#"
                2025-01/2025-06 <six months ended 30 June 2025>
                2024-01/2024-06 <2024>"#]],
        );
    }

    #[test]
    fn a_year_a_change_is_measured_against_is_no_period() {
        check(
            "In 2023 it rose 18% over 2022, 5% on the previous year and 2 points higher than in 2021, compared with 2020.",
            expect_test::expect!["2023 <2023>"],
        );
        check(
            "In 2024 filings were down 12% from 2023 and 3 points from 2022, and have grown since 2019 and from 2020.",
            expect_test::expect![[r#"
                2024 <2024>
                2019/.. <since 2019>
                2020/.. <from 2020>"#]],
        );
        check(
            "Seed loans reached 12 million yuan in June 2021, up from 10 million yuan a year before.",
            expect_test::expect![[r#"
                2021-06 <June 2021>
                2020-06 <a year before>"#]],
        );
        check(
            "For the full year, grants came to 137,000.",
            expect_test::expect!["2021 <For the full year>"],
        );
        let july = Some(Date {
            year: 2022,
            month: Some(7),
            day: Some(3),
        });
        let outlook = find_periods("For the full year we aim at 150,000 grants.", july);
        assert_eq!(outlook.first().map(|p| p.iso.as_str()), Some("2022"));
    }

    #[test]
    fn now_and_today_are_the_document_date_but_not_inside_other_words() {
        check(
            "The average trial now takes 96 days; today 40 judges, as is well known, and nowhere else; these days 5, nowadays 6 and at the moment 7.",
            expect_test::expect![[r#"
                2022-03-30 <now>
                2022-03-30 <today>
                2022-03-30 <these days>
                2022-03-30 <nowadays>
                2022-03-30 <at the moment>"#]],
        );
    }

    #[test]
    fn relative_phrases_use_the_document_date() {
        check(
            "Last year it grew; up to now 5 and so far 6, this year more and next year 7.",
            expect_test::expect![[r#"
                2021 <Last year>
                2022-03-30 <up to now>
                2022-03-30 <so far>
                2022 <this year>
                2023 <next year>"#]],
        );
    }

    #[test]
    fn the_last_year_of_something_is_no_year_before_the_documents() {
        check(
            "The goal for the full year of 2025, the last year of the seed plan, is 15; last year it was 9.",
            expect_test::expect![[r#"
                2025 <2025>
                2021 <last year>"#]],
        );
    }
}
