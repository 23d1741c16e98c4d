//! Telephone numbers in prose: `call our helpline on 0300 555 0142`, `Press
//! office: +49 30 000 000`, `call 555-0142`, `extension 4417`. A telephone
//! number is dialled, not counted, so none of its digit groups is a figure.
//!
//! A run of digit groups (separated by single spaces or hyphens, a group may
//! be bracketed: `(020)`, `(0)`) is a telephone number when
//! - its first group has a leading zero (`0300`, `020`) or a `+` country code,
//!   and it has at least seven digits in all; or
//! - it follows a telephone cue (`call`, `phone`, `tel`, `helpline`, `us on`,
//!   `desk on`, …) and has at least three digits, unless a plural noun
//!   follows it (`call 300 customers` counts customers).
//!
//! An extension after a telephone number (`(extension 4)`, `, ext. 12`), or
//! a lone `extension 4417` closing its clause, is part of it.
//!
//! Invariant: a run whose first group has no leading zero is never a
//! telephone number without a cue, so space-grouped thousands (`12 450`) stay
//! figures; nor is one with a decimal point or a comma group (`0 2,500`).

use std::ops::Range;

/// Words right before a number that say it is dialled (`call 555 0142`,
/// `Tel: 555 0142`, `helpline on 555 0142`).
#[rustfmt::skip]
const DIAL_CUES: &[&str] = &["call", "phone", "tel", "tel.", "telephone", "helpline", "hotline", "ring", "dial", "fax", "freephone", "mobile"];

/// Words that cue a telephone number only with `on` or `at` between
/// (`contact us on`, `our statistics desk on`).
#[rustfmt::skip]
const ON_CUES: &[&str] = &["us", "me", "desk", "line", "switchboard", "number"];

/// Words that announce an extension.
const EXTENSION_WORDS: &[&str] = &["extension ", "ext. ", "ext "];

/// The byte ranges of every telephone number in `text`, with any extension,
/// in order and never overlapping.
pub fn phone_spans(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut idx = 0;
    while idx < text.len() {
        let span = if run_start(text, idx) {
            let run = read_run(text, idx).filter(|run| is_phone(text, idx, run));
            run.map(|run| idx..run.end + extension_len(&text[run.end..]))
                .or_else(|| lone_extension(text, idx))
        } else {
            None
        };
        match span {
            Some(span) => {
                idx = span.end;
                out.push(span);
            }
            None => idx += text[idx..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// A run of digit groups read from its first byte.
struct Run {
    /// Where the run ends, after its last group.
    end: usize,
    /// Digits in all groups.
    digits: usize,
    /// The run opens with `+` or a first group with a leading zero.
    dialling_prefix: bool,
}

/// Whether a run may start at `idx`: a digit, `+` or `(` not glued to a
/// word or another number before it.
fn run_start(text: &str, idx: usize) -> bool {
    let rest = &text[idx..];
    let digit_after = |p: &str| {
        rest.strip_prefix(p)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    };
    let opens = digit_after("") || digit_after("+") || digit_after("(");
    let before = text[..idx].chars().next_back().unwrap_or(' ');
    // `(+39 055 010 2274)`: a country code may open a bracket; a digit
    // right after `(` is inside a bracketed group (`(020)`).
    let bracketed_plus = before == '(' && rest.starts_with('+');
    opens
        && !before.is_alphanumeric()
        && (bracketed_plus || !matches!(before, '.' | ',' | '+' | '-' | '(' | ')'))
}

/// The digit groups from `idx`, when they end cleanly (no decimal point or
/// comma group after them, no letter glued to them).
fn read_run(text: &str, idx: usize) -> Option<Run> {
    let bytes = text.as_bytes();
    let plus = bytes[idx] == b'+';
    let mut at = idx + usize::from(plus);
    let (mut digits, mut groups, mut leading_zero) = (0, 0, false);
    loop {
        let (group_len, width) = group_at(text, at)?;
        if groups == 0 {
            // `(0)31 553 2190`: a bracketed trunk zero opens a number too.
            let bracketed = text[at..].starts_with('(');
            leading_zero = (group_len >= 2 || bracketed)
                && text[at..].trim_start_matches('(').starts_with('0');
        }
        digits += group_len;
        groups += 1;
        at += width;
        // A bracketed group may be glued to the next (`+44 (0)20`).
        let sep = match bytes.get(at) {
            Some(b' ' | b'-') => 1,
            Some(b) if b.is_ascii_digit() && bytes[at - 1] == b')' => 0,
            _ => break,
        };
        if group_at(text, at + sep).is_none() {
            break;
        }
        at += sep;
    }
    let tail = &text[at..];
    let continues_number = [".", ","].iter().any(|p| {
        tail.strip_prefix(p)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    let glued = tail.starts_with(|c: char| c.is_alphanumeric());
    (!continues_number && !glued).then_some(Run {
        end: at,
        digits,
        dialling_prefix: plus || leading_zero,
    })
}

/// One group at `at`: its digit count and width (`0142` or `(020)`).
fn group_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    let bracketed = rest.starts_with('(');
    let inner = &rest[usize::from(bracketed)..];
    let n = inner.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || (bracketed && !inner[n..].starts_with(')')) {
        return None;
    }
    Some((n, n + 2 * usize::from(bracketed)))
}

/// Whether the run from `start` is a telephone number: a dialling prefix,
/// or a cue before it.
fn is_phone(text: &str, start: usize, run: &Run) -> bool {
    if run.dialling_prefix {
        return run.digits >= 7;
    }
    run.digits >= 3 && has_cue(last_words(text, start)) && !counts_noun(&text[run.end..])
}

/// The last few dozen bytes before `end`: enough for a cue, and cheap to
/// lowercase at every number.
fn last_words(text: &str, end: usize) -> &str {
    let mut start = end.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// Whether `before` (the text up to a run) ends in a telephone cue.
fn has_cue(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let trimmed = lower.trim_end().trim_end_matches(':').trim_end();
    let (rest, with_on) = match [" on", " at"].iter().find_map(|p| trimmed.strip_suffix(p)) {
        Some(rest) => (rest, true),
        None => (trimmed, false),
    };
    let last = rest.rsplit([' ', '\n', '(']).next().unwrap_or("");
    DIAL_CUES.contains(&last) || (with_on && ON_CUES.contains(&last))
}

/// Whether a plural noun follows a run (`300 customers`): a count after all.
fn counts_noun(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
    word.len() > 3 && word.ends_with('s') && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// The length of an extension right after a telephone number: ` (extension
/// 4)`, `, ext. 12`, ` ext 3`.
fn extension_len(after: &str) -> usize {
    let opened = after.strip_prefix(" (").map(|r| (r, true));
    let (rest, bracketed) = opened
        .or_else(|| after.strip_prefix(", ").map(|r| (r, false)))
        .or_else(|| after.strip_prefix(' ').map(|r| (r, false)))
        .unwrap_or((after, false));
    let lower = rest.to_ascii_lowercase();
    let Some(word) = EXTENSION_WORDS.iter().find(|w| lower.starts_with(**w)) else {
        return 0;
    };
    let n = rest[word.len()..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if n == 0 {
        return 0;
    }
    let end = after.len() - rest.len() + word.len() + n;
    end + usize::from(bracketed && after[end..].starts_with(')'))
}

/// `extension 4417` on its own, closing its clause (`Contact: Head of
/// Audit, extension 4417.`): the digits from `idx` when an extension word
/// stands right before them and no word follows.
fn lone_extension(text: &str, idx: usize) -> Option<Range<usize>> {
    let lower = last_words(text, idx).to_ascii_lowercase();
    EXTENSION_WORDS.iter().find(|w| lower.ends_with(**w))?;
    let n = text[idx..].bytes().take_while(u8::is_ascii_digit).count();
    let after = text[idx + n..].trim_start_matches(' ');
    (n > 0 && !after.starts_with(|c: char| c.is_alphanumeric())).then_some(idx..idx + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: expect_test::Expect) {
        let shown: Vec<&str> = phone_spans(text).into_iter().map(|r| &text[r]).collect();
        expect.assert_eq(&shown.join(" | "));
    }

    #[test]
    fn leading_zero_numbers_with_their_extension() {
        check(
            "Ring the desk on 0161 555 0199 (extension 4) or write to us; the archive is on 020 7946 0318, ext. 12.",
            expect_test::expect!["0161 555 0199 (extension 4) | 020 7946 0318, ext. 12"],
        );
    }

    #[test]
    fn country_codes_and_bracketed_groups() {
        check(
            "Media: +32 2 555 01 90, +44 (0)20 7946 0318 or (020) 7946-0318.",
            expect_test::expect!["+32 2 555 01 90 | +44 (0)20 7946 0318 | (020) 7946-0318"],
        );
        check(
            "Questions go to the registry (+353 1 555 0190) or the press desk (+1 212 555 0142).",
            expect_test::expect!["+353 1 555 0190 | +1 212 555 0142"],
        );
        check(
            "The seed desk is open 10:00 to 15:00, on (0)41 662 3018; (0) 12 items were lost.",
            expect_test::expect!["(0)41 662 3018"],
        );
    }

    #[test]
    fn cue_words_without_a_leading_zero() {
        check(
            "Call 555-0142 today, or phone us on 555 0100; Tel: 212 555 0199.",
            expect_test::expect!["555-0142 | 555 0100 | 212 555 0199"],
        );
    }

    #[test]
    fn lone_extension_closing_its_clause() {
        check(
            "Contact: Head of Internal Audit, extension 4417.",
            expect_test::expect!["4417"],
        );
    }

    #[test]
    fn counts_and_thousands_are_no_telephone_numbers() {
        // A cue word before a count of a plural noun, space-grouped
        // thousands, a signed change, a zero, a decimal and a short number.
        check(
            "The helpline answered 12 450 calls; we call 300 000 customers, up +5 000 from 0 and 0.75, on 3 desks; call 12 of them.",
            expect_test::expect![""],
        );
    }
}
