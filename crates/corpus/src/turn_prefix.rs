//! The label that opens a speaker's line in a transcript, read apart from
//! what the speaker says: a timestamp before it (`[00:01:44] MARTA
//! LINDQVIST: …`, `(12:05) Host: …`), a bracket after the name giving a
//! role, a seat or the person behind a role (`Mr DAVID OKAFOR (Minister for
//! Innovation): …`, `THE CHAIR (CLLR MORGAN): …`), and a one-word role in
//! capitals (`HOST: …`, `CHAIR: …`). Without this, the prefix stayed in
//! the sentence, so the speaker went unrecorded and a figure in the
//! speaker's words was labelled by the speaker's name.
//!
//! Invariant: only the text before the first `: ` is a label, and it is a
//! label only when what is left of it is a name: capitalised words without
//! a digit (`KPI 2 (designs registered): 5,940` and `Figure 3 (data): …`
//! are fields, not speakers).

/// The most words a bracket after a speaker's name holds.
const MAX_BRACKET_WORDS: usize = 10;

/// `[00:01:44]`, `(01:44)`, `00:01:44` at the start of `text`: the rest.
pub fn strip_timestamp(text: &str) -> &str {
    let trimmed = text.trim_start();
    let (inner, rest) = match trimmed.chars().next() {
        Some(open @ ('[' | '(')) => {
            let close = if open == '[' { ']' } else { ')' };
            match trimmed[1..].split_once(close) {
                Some((inner, rest)) => (inner, rest),
                None => return text,
            }
        }
        _ => match trimmed.split_once(' ') {
            Some((inner, rest)) => (inner, rest),
            None => return text,
        },
    };
    let clock = inner.contains(':')
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        && inner
            .split(':')
            .all(|part| (1..=2).contains(&part.len()) || part.contains('.'));
    if clock {
        rest.trim_start()
    } else {
        text
    }
}

/// `[14/05/2025 09:12] …`, `[2025-09-09 06:12] …`: a line a chat export
/// stamps with a day and a time of day, which starts a message of its own.
pub fn opens_with_stamp(text: &str) -> bool {
    let Some((stamp, _)) = text.strip_prefix('[').and_then(|rest| rest.split_once(']')) else {
        return false;
    };
    let digits = stamp.chars().filter(char::is_ascii_digit).count();
    stamp.len() <= 30
        && stamp.contains(':')
        && stamp.contains(['/', '-', '.'])
        && (6..=16).contains(&digits)
        && stamp
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | ':' | ',' | ' '))
}

/// The label of a speaker's line and what follows it: `[00:01:44] MARTA
/// LINDQVIST: Busier than ever.` → (`MARTA LINDQVIST`, `Busier than
/// ever.`); the name without its bracket (`Mr DAVID OKAFOR (Minister for
/// Innovation)` → `Mr DAVID OKAFOR`). The name is not yet checked to look
/// like one; see [`super::turns::inline_label`].
pub fn split_label(text: &str) -> Option<(&str, &str)> {
    let text = strip_timestamp(text);
    let (label, body) = text.split_once(": ")?;
    let label = label.trim();
    let name = match (label.find(" ("), label.ends_with(')')) {
        (Some(open), true)
            if label[open + 2..label.len() - 1].split_whitespace().count() <= MAX_BRACKET_WORDS =>
        {
            label[..open].trim_end()
        }
        _ => label,
    };
    let has_digit = name.chars().any(|c| c.is_ascii_digit());
    (!has_digit && !name.is_empty() && !name.contains(['(', ')'])).then_some((name, body))
}

/// A role of one word in capitals (`HOST`, `CHAIR`, `MODERATOR`): one of
/// `roles` (`Host`, `Chair`) written in capitals, as transcripts often
/// write every label.
pub fn is_capital_role(name: &str, roles: &[&str]) -> bool {
    name.chars().count() >= 2
        && name.chars().all(|c| c.is_uppercase())
        && roles.iter().any(|r| r.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timestamp_and_a_bracket_are_no_part_of_the_name() {
        assert_eq!(
            split_label("[00:01:44] MARTA LINDQVIST: Busier than ever."),
            Some(("MARTA LINDQVIST", "Busier than ever."))
        );
        assert_eq!(
            split_label("(12:05) Host: Welcome back."),
            Some(("Host", "Welcome back."))
        );
        assert_eq!(
            split_label("00:14:02.5 Dr Ana Ruiz: Yes."),
            Some(("Dr Ana Ruiz", "Yes."))
        );
        assert_eq!(
            split_label("Mr DAVID OKAFOR (Minister for Innovation): At the end of October the backlog stood at 14,300."),
            Some(("Mr DAVID OKAFOR", "At the end of October the backlog stood at 14,300."))
        );
        assert_eq!(
            split_label("THE CHAIR (CLLR MORGAN): Agreed."),
            Some(("THE CHAIR", "Agreed."))
        );
    }

    #[test]
    fn a_coded_field_and_a_time_of_day_are_no_speaker() {
        assert_eq!(split_label("KPI 2 (designs registered): 5,940"), None);
        assert_eq!(split_label("Figure 3 (data): Utility model grants"), None);
        assert_eq!(strip_timestamp("2024: a good year"), "2024: a good year");
        assert_eq!(strip_timestamp("[Chart] Alt: x"), "[Chart] Alt: x");
        assert!(is_capital_role("HOST", &["Host"]));
        assert!(!is_capital_role("NOTE", &["Host"]));
        assert!(!is_capital_role("Host", &["Host"]));
    }

    #[test]
    fn a_chat_stamp_has_a_day_and_a_time() {
        assert!(opens_with_stamp("[14/05/2025 09:12] Ana: at 312"));
        assert!(opens_with_stamp("[2025-09-09 06:12] Maja Orlić: up 11%"));
        assert!(opens_with_stamp("[14.05.25, 09:12:33] Ana: ok"));
        assert!(!opens_with_stamp("[00:01:44] MARTA: yes"));
        assert!(!opens_with_stamp("[12] Smith v Jones, 2024"));
        assert!(!opens_with_stamp("[2024-25] figures"));
        assert!(!opens_with_stamp("[n/4] Processing time"));
    }
}
