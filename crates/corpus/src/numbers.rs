//! Quantities in a sentence: numerals (`690,000`, `5.761`, `1.4M`), number
//! words (`nine`, `a hundred`), scale words (`218 billion`), currency and
//! percent marks (`$46.31 billion`, `43.9%`, `27.5 percent`), qualifiers
//! (`more than`), and ranks (`14th place`).
//!
//! Invariant: years, year ranges, ordinals that are not ranks, calendar days,
//! clock times, telephone numbers (`0300 555 0142`, see [`super::phones`]),
//! numbers glued to letters or URL characters (`COVID-19`, `G20`,
//! `art_2609`), and vague plurals (`millions of`) are never quantities.

use super::currency::{currency_before, AFTER as CURRENCY_AFTER};
use super::dates::calendar_spans;
use super::number_words::{word_number_at, word_tail};
use super::phones::phone_spans;
use super::text::lower_tail;

/// A number found in a sentence, fully scaled.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The value with its scale applied.
    pub value: f64,
    /// Bytes of the quantity as written: qualifier, currency, number, scale, `%`.
    pub span: std::ops::Range<usize>,
    /// Where the number itself (with scale) starts, after any qualifier.
    pub number_start: usize,
    /// A unit the quantity carries itself (`%`, `yuan`, `US dollars`, `rank`).
    pub unit: Option<&'static str>,
}

const SCALES: &[(&str, u32)] = &[
    // `3.12 ten thousand pieces`: 万 in translation.
    ("ten thousand", 4),
    ("hundred", 2),
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    // Chinese units in pinyin (`31.8 yi yuan`, `308 wan`): 亿 and 万.
    ("yi", 8),
    ("wan", 4),
];
const QUALIFIERS: &[&str] = &[
    // Before the shorter ones they end with.
    "no fewer than ",
    "not fewer than ",
    "no less than ",
    "not less than ",
    "no more than ",
    "not more than ",
    "more than ",
    "over ",
    "nearly ",
    "around ",
    "about ",
    "almost ",
    "approximately ",
    "at least ",
    "up to ",
    "less than ",
    "fewer than ",
    "some ",
    "below ",
    "under ",
    "above ",
    "roughly ",
    "as many as ",
    "as much as ",
    "in excess of ",
    "upwards of ",
    "close to ",
];
/// Units written after an amount: percent words, then currency words.
const PERCENT_AFTER: &[(&str, &str)] = &[(" percent", "%"), (" per cent", "%")];

/// Every quantity in `sentence`, in order.
pub fn find_quantities(sentence: &str) -> Vec<Quantity> {
    let calendar: Vec<_> = calendar_spans(sentence)
        .into_iter()
        .map(|(_, _, r)| r)
        .collect();
    let phones = phone_spans(sentence);
    let mut out = Vec::new();
    let mut idx = 0;
    while idx < sentence.len() {
        if let Some(phone) = phones.iter().find(|r| r.contains(&idx)) {
            idx = phone.end;
            continue;
        }
        // An amount glued to a currency code (`RMB3 billion`) starts with a
        // digit: looking for codes only there saves a table lookup per byte,
        // which was a third of the compiler's time.
        let at_boundary = idx == 0
            || !prev_char(sentence, idx).is_alphanumeric()
            || (sentence.as_bytes()[idx].is_ascii_digit()
                && currency_before(&sentence[..idx]).is_some());
        let found = if at_boundary {
            number_at(sentence, idx)
        } else {
            None
        };
        match found {
            Some((mantissa, end, hint)) => {
                let in_calendar = calendar.iter().any(|r| r.contains(&idx));
                if !in_calendar {
                    if let Some(q) = finish(sentence, idx, end, mantissa, hint) {
                        idx = q.span.end.max(idx + 1);
                        // Quantities never overlap: a currency code read
                        // back before a number (`… 8 CNY 8`) may reach into
                        // the quantity before it, and every later step
                        // slices the text between two quantities.
                        let last_end = out.last().map_or(0, |p: &Quantity| p.span.end);
                        if q.span.start >= last_end {
                            out.push(q);
                        }
                        continue;
                    }
                }
                idx = end.max(idx + 1);
            }
            None => idx += sentence[idx..].chars().next().map_or(1, char::len_utf8),
        }
    }
    join_compound_durations(sentence, out)
}

/// Adjacent units of time and how many of the smaller make the larger.
const TIME_STEPS: &[(&str, &str, f64)] = &[
    ("year", "month", 12.0),
    ("week", "day", 7.0),
    ("day", "hour", 24.0),
    ("hour", "minute", 60.0),
    ("minute", "second", 60.0),
];

/// `2 minutes 10 seconds`, `1 year and 4 months`: one length of time in
/// the smaller unit (130 seconds, 16 months), not two figures.
fn join_compound_durations(sentence: &str, found: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    for q in found {
        let joined = out.last().and_then(|p| {
            let (big, gap) = time_word(&sentence[p.span.end..q.span.start])?;
            let gap = gap.trim();
            let linked = gap.is_empty() || gap == "and";
            let (small, _) = time_word(&sentence[q.span.end..])?;
            let (_, _, per) = TIME_STEPS
                .iter()
                .find(|(b, s, _)| *b == big && *s == small)?;
            (linked && p.unit.is_none() && q.unit.is_none()).then(|| Quantity {
                value: p.value * per + q.value,
                span: p.span.start..q.span.end,
                number_start: p.number_start,
                unit: None,
            })
        });
        match joined {
            Some(j) => *out.last_mut().expect("joined to the last") = j,
            None => out.push(q),
        }
    }
    out
}

/// The unit of time (singular) that starts `text` after a space, and the
/// text after it.
fn time_word(text: &str) -> Option<(&'static str, &str)> {
    let rest = text.strip_prefix(' ')?;
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].trim_end_matches('s');
    let unit = TIME_STEPS
        .iter()
        .flat_map(|(b, s, _)| [*b, *s])
        .find(|u| *u == word)?;
    Some((unit, &rest[word_len..]))
}

/// A decimal mantissa: integer digits and how many of them follow the point.
pub type Mantissa = (u64, u32);

/// The character before byte `idx`, or a space at the start.
pub fn prev_char(text: &str, idx: usize) -> char {
    text[..idx].chars().next_back().unwrap_or(' ')
}

/// The number starting at `idx`: (mantissa, end, the unit the word itself
/// carries: `rank`, `times` or `fraction`).
fn number_at(text: &str, idx: usize) -> Option<(Mantissa, usize, Option<&'static str>)> {
    if text[idx..].starts_with(|c: char| c.is_ascii_digit()) {
        numeral_at(text, idx)
    } else {
        word_number_at(text, idx)
    }
}

/// A numeral with commas and a decimal part, and an ordinal suffix if any.
fn numeral_at(text: &str, idx: usize) -> Option<(Mantissa, usize, Option<&'static str>)> {
    let before = prev_char(text, idx);
    let glued = matches!(before, '_' | '/' | '.' | '@' | '#' | '-')
        && idx >= 2
        && text[..idx - 1].ends_with(|c: char| c.is_alphanumeric());
    let clock = before == ':' && text[..idx - 1].ends_with(|c: char| c.is_ascii_digit());
    if glued || clock || matches!(before, '_' | '/' | '@' | '#') {
        return None;
    }
    let bytes = text.as_bytes();
    let (mut digits, mut decimals, mut end) = (0u64, 0u32, idx);
    let mut in_fraction = false;
    // Digits since the last separator, and whether a comma separated any.
    let (mut group, mut commas) = (0usize, false);
    let spaced_ok = before != '+' && bytes[idx] != b'0';
    while end < bytes.len() {
        let b = bytes[end];
        let next_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() {
            digits = digits.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
            decimals += u32::from(in_fraction);
            group += 1;
        } else if b == b','
            && !in_fraction
            && next_digit
            && bytes.get(end + 3).is_some_and(u8::is_ascii_digit)
        {
            (group, commas) = (0, true);
        } else if b == b'.' && !in_fraction && next_digit {
            in_fraction = true;
        } else if let Some(width) =
            (spaced_ok && !in_fraction && !commas && (1..=3).contains(&group))
                .then(|| space_group(text, end, group == 3 && digits < 1000))
                .flatten()
        {
            group = 0;
            end += width;
            continue;
        } else {
            break;
        }
        end += 1;
    }
    let suffix_len = text[end..]
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(text.len() - end);
    let suffix = &text[end..end + suffix_len];
    let is_ordinal = matches!(suffix, "st" | "nd" | "rd" | "th");
    if is_ordinal {
        let after = end + suffix_len;
        let noun = [" place", " position"]
            .iter()
            .find(|n| text[after..].starts_with(**n));
        return noun.map(|n| ((digits, decimals), after + n.len(), Some("rank")));
    }
    // `1.4M`, `$780K`, `1.2k`, `£3.4m`, `GBP 41.2mn`, `$2bn`, `$1tn`.
    if !suffix.is_empty() && !matches!(suffix, "K" | "k" | "M" | "m" | "mn" | "B" | "bn" | "tn") {
        return None;
    }
    // `release 5.0.0`, `v2.3.1`: a version, no quantity.
    let version = in_fraction
        && text[end..]
            .strip_prefix('.')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let time_or_path = version
        || (text[end..].starts_with([':', '/']) && !names_after_colon(text, idx, end))
        || text[end..].starts_with(" a.m")
        || text[end..].starts_with(" p.m")
        || ["-", "–"].iter().any(|d| {
            text[end..]
                .strip_prefix(d)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphanumeric()))
        });
    let plain = !text[idx..end].contains([',', '.']);
    let year = plain && end - idx == 4 && (1900..=2100).contains(&digits) && suffix.is_empty();
    (!time_or_path && !year).then_some(((digits, decimals), end, None))
}

/// `312: the number of design applications filed`: a number that opens its
/// text with a colon and a lowercase clause after it is named by that
/// clause, not a clock time (`12:30`), a path or a numbered heading (`1:
/// Introduction`).
fn names_after_colon(text: &str, idx: usize, end: usize) -> bool {
    let opens = text[..idx].trim_matches(|c: char| c.is_whitespace() || "-*•".contains(c));
    opens.is_empty()
        && text[end..]
            .strip_prefix(": ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Thin, no-break and plain spaces that group the thousands of a number
/// (`12 450`, `1 904`, SI style).
const GROUP_SPACES: &[&str] = &[" ", "\u{a0}", "\u{202f}"];

/// The width of a space at `at` that groups thousands: one space, then
/// exactly three digits that end the number or are grouped again. A row of
/// bare numbers (`371 412`, ending its line or followed by another number)
/// is two values, not one, when its first group already has three digits
/// (`first_full`).
fn space_group(text: &str, at: usize, first_full: bool) -> Option<usize> {
    let space = GROUP_SPACES.iter().find(|s| text[at..].starts_with(**s))?;
    let rest = &text[at + space.len()..];
    if rest.bytes().take_while(u8::is_ascii_digit).count() != 3 {
        return None;
    }
    // Three digits, so byte 3 is a boundary; a comma group after them
    // (`3 275,000`) mixes two styles.
    let tail = &rest[3..];
    if tail
        .strip_prefix(',')
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let after = tail.trim_start_matches(' ');
    let row = after.is_empty() || after.starts_with(|c: char| c.is_ascii_digit() || c == '\n');
    (!(first_full && row)).then_some(space.len())
}

/// The scale words right after a number, and their length. Scales stack
/// as they multiply, smaller first: `286.4 hundred million` is 2.864e10 and
/// `19.46 ten thousand` 194,600, as Chinese figures (亿, 万) read in English.
pub fn next_scale(rest: &str) -> Option<(u32, usize)> {
    let (exp, len) = one_scale(rest)?;
    match one_scale(&rest[len..]) {
        Some((more, more_len)) if more > exp => Some((exp + more, len + more_len)),
        _ => Some((exp, len)),
    }
}

fn one_scale(rest: &str) -> Option<(u32, usize)> {
    let trimmed = rest.strip_prefix(' ')?;
    SCALES.iter().find_map(|(word, exp)| {
        let after = trimmed.strip_prefix(word)?;
        let ends_word = !after.starts_with(|c: char| c.is_alphanumeric());
        ends_word.then_some((*exp, 1 + word.len()))
    })
}

/// Applies scale, units and qualifiers around a number.
fn finish(
    text: &str,
    start: usize,
    mut end: usize,
    mantissa: Mantissa,
    hint: Option<&'static str>,
) -> Option<Quantity> {
    let (digits, decimals) = mantissa;
    let mut exp = 0i32;
    match &text[end.min(text.len())..] {
        s if s.starts_with("bn") => (exp, end) = (9, end + 2),
        s if s.starts_with("mn") => (exp, end) = (6, end + 2),
        s if s.starts_with("tn") => (exp, end) = (12, end + 2),
        s if s.starts_with(['K', 'k']) => (exp, end) = (3, end + 1),
        s if s.starts_with(['M', 'm']) => (exp, end) = (6, end + 1),
        s if s.starts_with('B') => (exp, end) = (9, end + 1),
        _ => {}
    }
    if let Some((scale, len)) = next_scale(&text[end..]) {
        exp += scale as i32;
        end += len;
    }
    // `Two hundred and twelve`, `four thousand five hundred`: a number in
    // words goes on past its scale word.
    let mut tail = 0;
    let in_words = !text[start..].starts_with(|c: char| c.is_ascii_digit());
    if in_words && exp > 0 && decimals == 0 && hint.is_none() {
        if let Some((value, stop)) = word_tail(text, end, exp as u32) {
            (tail, end) = (value, stop);
        }
    }
    // A rate's denominator (`per 10,000 people`) belongs to the unit of the
    // number before it; vague plurals (`millions of`) are not figures.
    let denominator = ["per ", "for every ", "per every "]
        .iter()
        .any(|w| text[..start].ends_with(w));
    if denominator
        || text[end..].starts_with("s of") && exp > 0
        || attributive_size(text, start, end)
    {
        return None;
    }
    let mut unit = hint;
    let mut span_start = start;
    if let Some((prefix, name)) = currency_before(&text[..start]) {
        unit = Some(name);
        span_start = start - prefix;
    }
    // `97.4 %`, French and SI style, is a percentage too.
    let spaced_percent = [" %", "\u{a0}%", "\u{202f}%"]
        .iter()
        .find(|p| text[end..].starts_with(**p))
        .filter(|p| !text[end + p.len()..].starts_with(|c: char| c.is_alphanumeric()));
    if text[end..].starts_with('%') {
        (unit, end) = (Some("%"), end + 1);
    } else if let Some(p) = spaced_percent {
        (unit, end) = (Some("%"), end + p.len());
    } else if let Some((word, name)) =
        (PERCENT_AFTER.iter().chain(CURRENCY_AFTER)).find(|(w, _)| text[end..].starts_with(w))
    {
        if !text[end + word.len()..].starts_with(|c: char| c.is_alphanumeric()) {
            (unit, end) = (Some(*name), end + word.len());
        }
    }
    let (before, whole) = lower_tail(text, span_start);
    let qualifier = QUALIFIERS.iter().find(|q| {
        let head = before.strip_suffix(**q);
        head.is_some_and(|h| (h.is_empty() && whole) || h.ends_with([' ', '(', ',', '"', '“']))
    });
    if let Some(q) = qualifier {
        span_start -= q.len();
    }
    let value = scale(digits, exp - decimals as i32) + tail as f64;
    Some(Quantity {
        value,
        span: span_start..end,
        number_start: start,
        unit,
    })
}

/// `a 20 MB set of drawings`, `a 3 km stretch`: a size that describes a
/// thing, after `a`, is no figure of its own.
fn attributive_size(text: &str, start: usize, end: usize) -> bool {
    let article = text[..start].ends_with(" a ") || text[..start].ends_with(" an ");
    let unit = text[end..].trim_start_matches(' ');
    let word = unit
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    article && end < text.len() && SIZE_UNITS.contains(&word) && unit.len() > word.len() + 1
}

/// Abbreviated units of size, weight and length.
#[rustfmt::skip]
const SIZE_UNITS: &[&str] = &["KB", "MB", "GB", "TB", "kB", "Mb", "Gb", "km", "kg", "mm", "cm", "m", "g", "t", "px"];

/// `digits × 10^exp`, exact for whole results.
fn scale(digits: u64, exp: i32) -> f64 {
    if exp >= 0 {
        digits as f64 * 10f64.powi(exp)
    } else {
        digits as f64 / 10f64.powi(-exp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expect: expect_test::Expect) {
        let shown: Vec<String> = find_quantities(sentence)
            .iter()
            .map(|q| {
                format!(
                    "{} {} [{}]",
                    q.value,
                    q.unit.unwrap_or("-"),
                    &sentence[q.span.clone()]
                )
            })
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn scaled_values_and_units() {
        check(
            "It reached 218 billion yuan, up 27.5 percent, or $46.31 billion and 1.4M users; 5.761 million marks, 43.9% and ¥3 and RMB 7 billion.",
            expect_test::expect![[r#"
                218000000000 yuan [218 billion yuan]
                27.5 % [27.5 percent]
                46310000000 US dollars [$46.31 billion]
                1400000 - [1.4M]
                5761000 - [5.761 million]
                43.9 % [43.9%]
                3 yuan [¥3]
                7000000000 yuan [RMB 7 billion]"#]],
        );
    }

    #[test]
    fn currency_codes_before_and_after_amounts() {
        check(
            "Loans came to CNY 15.7 billion and RMB3 billion, exports to US$ 1.2 billion and USD 45 million, fees to 830 million CNY and EUR 2 million; a MUSD 9 code is no currency.",
            expect_test::expect![[r#"
                15700000000 yuan [CNY 15.7 billion]
                3000000000 yuan [RMB3 billion]
                1200000000 US dollars [US$ 1.2 billion]
                45000000 US dollars [USD 45 million]
                830000000 yuan [830 million CNY]
                2000000 euros [EUR 2 million]
                9 - [9]"#]],
        );
    }

    #[test]
    fn currency_signs_and_codes_with_scale_suffixes() {
        check(
            "Income rose to £3.4m and 1.2k patents; GBP 41.2mn, €850k, NZ$50,000, $2.5mn, HK$96.5 million, A$3bn and 7 million pounds; 5kg and 3km are no amounts.",
            expect_test::expect![[r#"
                3400000 pounds [£3.4m]
                1200 - [1.2k]
                41200000 pounds [GBP 41.2mn]
                850000 euros [€850k]
                50000 NZ dollars [NZ$50,000]
                2500000 US dollars [$2.5mn]
                96500000 Hong Kong dollars [HK$96.5 million]
                3000000000 Australian dollars [A$3bn]
                7000000 pounds [7 million pounds]"#]],
        );
    }

    #[test]
    fn stacked_scales_multiply() {
        check(
            "Patents reached 19.46 ten thousand pieces and loans 286.4 hundred million yuan, or 2.8 thousand million; two hundred thousand users, 5 million ten firms.",
            expect_test::expect![[r#"
                194600 - [19.46 ten thousand]
                28640000000 yuan [286.4 hundred million yuan]
                2800000000 - [2.8 thousand million]
                200000 - [two hundred thousand]
                5000000 - [5 million]
                10 - [ten]"#]],
        );
    }

    #[test]
    fn a_length_of_time_in_two_units_is_one_figure() {
        check(
            "It took 2 minutes 10 seconds, then 1 year and 4 months, not 3 days, 5 hours or 2 months 40 cases.",
            expect_test::expect![[r#"
                130 - [2 minutes 10]
                16 - [1 year and 4]
                3 - [3]
                5 - [5]
                2 - [2]
                40 - [40]"#]],
        );
    }

    #[test]
    fn a_size_describing_a_thing_is_no_figure() {
        check(
            "Uploading a 20 MB set of drawings takes 38 seconds in release 5.1.0; the limit is 50 MB and a 3 km road.",
            expect_test::expect![[r#"
                38 - [38]
                50 - [50]"#]],
        );
    }

    #[test]
    fn limits_are_qualifiers() {
        check(
            "to below 8,000, under 9 months, above 40 per cent, as many as 300 and in excess of €2m",
            expect_test::expect![[r#"
                8000 - [below 8,000]
                9 - [under 9]
                40 % [above 40 per cent]
                300 - [as many as 300]
                2000000 euros [in excess of €2m]"#]],
        );
    }

    #[test]
    fn number_words_and_qualifiers() {
        check(
            "Over nine million visits, more than one million people, a hundred talents, nearly two million pupils and twenty-one days.",
            expect_test::expect![[r#"
                9000000 - [Over nine million]
                1000000 - [more than one million]
                100 - [a hundred]
                2000000 - [nearly two million]
                21 - [twenty-one]"#]],
        );
    }

    #[test]
    fn numbers_in_words_go_on_past_their_scale_word() {
        check(
            "Two hundred and twelve joined; forty-four thousand five hundred works, a hundred and one cases, three thousand and five thousand, but 2 thousand and five.",
            expect_test::expect![[r#"
                212 - [Two hundred and twelve]
                44500 - [forty-four thousand five hundred]
                101 - [a hundred and one]
                3000 - [three thousand]
                5000 - [five thousand]
                2000 - [2 thousand]
                5 - [five]"#]],
        );
    }

    #[test]
    fn fractions_and_multiples() {
        check(
            "It gave 67.7%, or around two-thirds; down by more than half the time, more than double the average, twice that of 2019; half a year later, double digits, one-quarter.",
            expect_test::expect![[r#"
                67.7 % [67.7%]
                66.67 % [around two-thirds]
                50 % [more than half]
                2 times [more than double]
                2 times [twice]
                25 % [one-quarter]"#]],
        );
    }

    #[test]
    fn ranks_are_quantities_but_other_ordinals_are_not() {
        check(
            "The 19th CPC Central Committee and the 14th Five-Year Plan, the 100th anniversary; it rose to 14th place, ranking first in the world, in the first phase.",
            expect_test::expect![[r#"
                14 rank [14th place]
                1 rank [first]"#]],
        );
    }

    #[test]
    fn years_days_times_and_glued_numbers_are_not_quantities() {
        check(
            "In 2020 (2021-2035) on April 20 to 26 at 10 a.m. during COVID-19 and G20, see art_2609_158917.html or 2021/4/27, 3:30, a 10-year plan, millions of views.",
            expect_test::expect![""],
        );
    }

    #[test]
    fn comma_lists_are_separate_numbers() {
        check(
            "the 2nd, 3rd, 4th sessions had 3, 4 and 1,200 people",
            expect_test::expect![[r#"
                3 - [3]
                4 - [4]
                1200 - [1,200]"#]],
        );
    }

    #[test]
    fn spaces_group_thousands_but_rows_of_numbers_stay_apart() {
        check(
            "received 12 450 applications (2023: 11 980), 1 904¹ by SMEs, 1\u{a0}234\u{202f}567 in all and 97.4 % online",
            expect_test::expect![[r#"
                12450 - [12 450]
                11980 - [11 980]
                1904 - [1 904]
                1234567 - [1 234 567]
                97.4 % [97.4 %]"#]],
        );
        check(
            "Patent agencies 371 412\nCall +49 000 000 000; 3 or 4 250 cases, 3 275, of which",
            expect_test::expect![[r#"
                371 - [371]
                412 - [412]
                3 - [3]
                4250 - [4 250]
                3275 - [3 275]"#]],
        );
    }

    #[test]
    fn a_number_opening_a_clause_after_a_colon() {
        check(
            "312: the number of files",
            expect_test::expect!["312 - [312]"],
        );
        check("1: Introduction at 12:30", expect_test::expect![""]);
    }

    #[test]
    fn telephone_numbers_are_no_quantities() {
        check(
            "Our 14 advisers answer on 0800 917 2260 (extension 3) and took 2,310 calls; Tel: 555 0142.",
            expect_test::expect![[r#"
                14 - [14]
                2310 - [2,310]"#]],
        );
    }
}
