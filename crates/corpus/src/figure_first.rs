//! Figure-first lines: a number stated on its own, then named by a clause
//! that points back to it (`4,812 — that's how many trade mark applications
//! reached us in October`, `312: the number of design applications filed
//! online`, `1,204. That's how many patents we granted.`). The clause after
//! the number says what it counts: the noun after `how many` or `the number
//! of`, with the participle of a verb done to it (`patents granted`,
//! `design applications filed`).
//!
//! Invariant: only a number that opens its sentence (after a list marker at
//! most) is labelled, and only when the text right after it (past a dash,
//! colon, comma or full stop) opens with `how many` or `the number of`,
//! itself at most after a pointer (`that's`, `that is`, `this is`); the
//! label is words of that clause, in order.

use super::verbs::{base_participle, is_irregular_past, is_past_form};

/// Pointers that may open the naming clause (`that's how many`).
#[rustfmt::skip]
const POINTERS: &[&str] = &["that's ", "that’s ", "that is ", "that was ", "this is ", "which is ", "the "];
/// What opens the naming clause itself.
const OPENERS: &[&str] = &["how many ", "number of ", "total number of ", "count of "];
/// Words that end the counted noun: auxiliaries, subjects and prepositions.
#[rustfmt::skip]
const NOUN_ENDS: &[&str] = &["are", "is", "was", "were", "do", "does", "did", "have", "has", "had", "will", "can", "we", "you", "they", "i", "it", "in", "on", "at", "for", "during", "since", "this", "last", "to", "from", "by", "with", "so", "that", "which", "who", "than", "across", "per", "each", "every", "a", "an", "the", "our", "your", "and", "or"];
/// Plurals that do not end in `s`.
const IRREGULAR_PLURALS: &[&str] = &["people", "children", "staff", "personnel", "women", "men"];
/// Object pronouns after a verb that make it a verb of the counted things
/// (`reached us`), not one done to them.
const OBJECTS: &[&str] = &["us", "me", "them", "you", "him", "her"];
/// Most words of a counted noun.
const MAX_NOUN_WORDS: usize = 5;

/// A number's label read from the clause after it.
#[derive(Debug, PartialEq)]
pub struct Named<'a> {
    /// What the number counts (`patents granted`).
    pub label: String,
    /// The counted noun's head (`patents`).
    pub head: String,
    /// The naming clause as written, up to its sentence's end, whose
    /// period (`in October`) dates the number.
    pub clause: &'a str,
}

/// The label of a number `start..end` that opens `sentence`, read from the
/// clause after it, or from `following` (the text after the sentence) when
/// the number is the whole sentence.
pub fn figure_first_label<'a>(
    sentence: &'a str,
    (start, end): (usize, usize),
    following: &'a str,
) -> Option<Named<'a>> {
    let lead = sentence[..start].trim();
    if !lead.is_empty() && !matches!(lead, "-" | "*" | "•" | "–" | "—") {
        return None;
    }
    let rest = sentence[end..].trim_start();
    let rest = ["—", "–", "-", ":", ","]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))
        .map(str::trim_start)
        .unwrap_or(rest);
    let rest = match rest.trim_end() {
        "." | "" => following.trim_start(),
        _ => rest,
    };
    let lower = rest.to_lowercase();
    let pointed = POINTERS
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower);
    let clause = OPENERS.iter().find_map(|o| pointed.strip_prefix(o))?;
    let (label, head) = label_of(clause)?;
    let clause_end = [". ", ".\n", "? ", "! ", "\n"]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    Some(Named {
        label,
        head,
        clause: &rest[..clause_end],
    })
}

/// `trade mark applications reached us in october` → `trade mark
/// applications`; `patents we granted` → `patents granted`; `design
/// applications filed online` → `design applications filed`.
fn label_of(clause: &str) -> Option<(String, String)> {
    let words: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || ",.;:!?()—–".contains(c))
        .take_while(|w| !w.is_empty())
        .collect();
    let end = words
        .iter()
        .position(|w| NOUN_ENDS.contains(w) || is_past_form(w))
        .unwrap_or(words.len());
    // `how many examiners work here`: the counted noun ends at its plural
    // head, before a verb in the present.
    let plural =
        |w: &&str| (w.ends_with('s') && !w.ends_with("ss")) || IRREGULAR_PLURALS.contains(w);
    let noun_len = words[..end].iter().position(plural).map_or(end, |i| i + 1);
    if noun_len == 0 || noun_len > MAX_NOUN_WORDS {
        return None;
    }
    let noun = words[..noun_len].join(" ");
    let head = words[noun_len - 1].to_string();
    let rest = &words[noun_len..];
    let done = match rest {
        // `patents we granted`: a verb the subject did to them.
        [subject, verb, ..] if matches!(*subject, "we" | "you" | "they" | "i") => participle(verb),
        // `applications filed online`, but not `applications reached us`.
        [verb, object, ..] if is_past_form(verb) && OBJECTS.contains(object) => None,
        [verb, ..] if is_past_form(verb) => Some(verb.to_string()),
        _ => None,
    };
    let label = match done {
        Some(done) => format!("{noun} {done}"),
        None => noun,
    };
    Some((label, head))
}

/// The participle of a verb form (`granted`, `grant` → `granted`).
fn participle(verb: &str) -> Option<String> {
    if verb.ends_with("ed") || is_irregular_past(verb) {
        Some(verb.to_string())
    } else {
        base_participle(verb)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, following: &str, expect: expect_test::Expect) {
        let q = crate::numbers::find_quantities(sentence)
            .into_iter()
            .next()
            .expect("a number");
        let label = figure_first_label(sentence, (q.span.start, q.span.end), following)
            .map_or("-".to_string(), |n| {
                format!("{} [{}] <{}>", n.label, n.head, n.clause)
            });
        expect.assert_eq(&label);
    }

    #[test]
    fn a_clause_after_the_number_names_what_it_counts() {
        check(
            "4,812 — that's how many trade mark applications reached us in October.",
            "",
            expect_test::expect!["trade mark applications [applications] <that's how many trade mark applications reached us in October.>"],
        );
        check(
            "312: the number of design applications filed online last week.",
            "",
            expect_test::expect!["design applications filed [applications] <the number of design applications filed online last week.>"],
        );
        check(
            "- 58 – that is how many examiners work in the design unit",
            "",
            expect_test::expect![
                "examiners [examiners] <that is how many examiners work in the design unit>"
            ],
        );
    }

    #[test]
    fn the_next_sentence_names_a_number_standing_alone() {
        check(
            "1,204.",
            "That's how many patents we granted in March.",
            expect_test::expect![
                "patents granted [patents] <That's how many patents we granted in March.>"
            ],
        );
    }

    #[test]
    fn numbers_inside_a_clause_or_named_otherwise_are_left_alone() {
        check(
            "We granted 1,204 — that's how many patents we promised.",
            "",
            expect_test::expect!["-"],
        );
        check(
            "1,204 patents were granted.",
            "That's how many we promised.",
            expect_test::expect!["-"],
        );
        check(
            "58 — more than how many we had.",
            "",
            expect_test::expect!["-"],
        );
    }
}
