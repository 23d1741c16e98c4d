//! Figures counted as what a named subject has (`The intellectual property
//! tribunal has 23 judges`, `the centre has 146 staff`, `The office employs
//! 420 staff`, `Its search database has grown to 46.2 million documents`):
//! a bare counted noun says little on its own, so the label names whose it
//! is (`judges of the intellectual property tribunal`, `staff employed by
//! the office`). A short subject whose head is an organisation's (`the
//! centre`) stands for the organisation of that head the passage named
//! before (`staff of Xi'an Intellectual Property Service Centre`).
//!
//! Invariant: the label only grows by the clause's subject as written (or
//! the organisation it stands for), `of`, and the clause's own verb made a
//! participle; a label of two content words or more is left as it is. A
//! verb the subject aims to do (`aims to register 250,000 works`) or did
//! (`handled 7,420 disputes`) goes with the noun as a participle (`works
//! registered by the provincial copyright office`).

use super::clause_lead::drop_clause_lead;
use super::measure_key::measure_key;
use super::pronouns::{last_organisation, participle};

/// Verbs of having: the label names the subject with `of`.
const HAVE: &[&str] = &["has", "have", "had", "boasts", "counts", "numbers"];
/// Verbs whose object is counted as the subject's (`employs`, `hires`).
const ACTIONS: &[&str] = &["employs", "employed", "hires", "hired", "houses", "holds"];
/// Words between the verb of having and the number (`has grown to`).
const GROWTH: &[&str] = &[
    "to",
    "grown",
    "risen",
    "increased",
    "expanded",
    "climbed",
    "reached",
    "now",
    "currently",
    "still",
    "already",
    "also",
    "nearly",
    "about",
    "over",
    "some",
];
/// Subjects that are pronouns or pointers, handled elsewhere or not at all.
const NOT_SUBJECTS: &[&str] = &[
    "it", "they", "we", "i", "you", "he", "she", "this", "that", "there", "which", "who",
];

/// The label of a figure whose clause reads `<subject> has <figure>
/// <noun>` (or `employs`, `has grown to`), from `measure`, the bare noun
/// the measure rule read after the number; `None` for any other shape.
/// `earlier` is the passage's text before the sentence.
pub fn owned_label(before: &str, measure: &str, earlier: &str) -> Option<String> {
    let key = measure_key(measure);
    if key.is_empty() || key.contains(' ') || measure.contains('(') {
        return None;
    }
    let clause_start = [", ", "; ", ": ", ". ", "\" ", "“"]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let mut words: Vec<&str> = before[clause_start..].split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| GROWTH.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    let verb = words.pop()?;
    let have = HAVE.contains(&verb);
    // `aims to register 250,000 works`, `will issue 5,000 certificates`:
    // the verb is in its base form after `to` or a modal.
    let intent = |w: &str| INTENT_WORDS.contains(&w.to_lowercase().as_str()) && w != "to";
    let to_do = match words[..] {
        [.., before, "to"] => intent(before),
        [.., modal] => matches!(modal.to_lowercase().as_str(), "will" | "shall" | "should"),
        _ => false,
    };
    let done = if have {
        None
    } else if to_do {
        Some(base_participle(verb)?)
    } else if ACTIONS.contains(&verb) || verb.ends_with("ed") {
        Some(participle(verb)?)
    } else {
        return None;
    };
    // `the NIPA had rejected 150,000 filings`: the auxiliary is no subject.
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "had" | "has" | "have" | "was" | "were" | "is" | "are" | "been"
        )
    }) {
        words.pop();
    }
    if to_do {
        while words
            .last()
            .is_some_and(|w| INTENT_WORDS.contains(&w.to_lowercase().as_str()))
        {
            words.pop();
        }
    }
    drop_clause_lead(&mut words);
    let determiner = words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "this"));
    if words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "this" | "its" | "their" | "our"
        )
    }) {
        words.remove(0);
    }
    let plain = |w: &&str| {
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    if words.is_empty()
        || words.len() > 6
        || !words.iter().all(plain)
        || NOT_SUBJECTS.contains(&words[0].to_lowercase().as_str())
        || words
            .iter()
            .any(|w| matches!(*w, "and" | "or" | "but" | "nor"))
    {
        return None;
    }
    let head = words[words.len() - 1];
    let named = (words.len() <= 2)
        .then(|| last_organisation(earlier))
        .flatten()
        .filter(|org| {
            org.split(' ')
                .next_back()
                .is_some_and(|last| last.eq_ignore_ascii_case(head))
        });
    let subject = match named {
        Some(org) => org,
        None if determiner => format!("the {}", words.join(" ")),
        None => words.join(" "),
    };
    match done {
        None => Some(format!("{measure} of {subject}")),
        Some(done) => Some(format!("{measure} {done} by {subject}")),
    }
}

/// Words of intent between a subject and a verb in its base form (`aims
/// to`, `will`, `plans to`, `would like to`).
#[rustfmt::skip]
const INTENT_WORDS: &[&str] = &["to", "will", "shall", "should", "would", "aims", "aim", "plans", "plan", "wants", "want", "strives", "strive", "intends", "intend", "seeks", "seek", "like", "expects", "expect", "hopes", "hope", "also", "further"];

/// A regular verb's base form as a participle: `register` → `registered`,
/// `issue` → `issued`, `license` → `licensed`; `None` for what is no
/// plain lowercase word or is a linking verb.
fn base_participle(verb: &str) -> Option<String> {
    let plain = verb.len() >= 3 && verb.chars().all(|c| c.is_ascii_lowercase());
    if !plain
        || matches!(
            verb,
            "be" | "have" | "reach" | "exceed" | "hit" | "see" | "get" | "make" | "take"
        )
    {
        return None;
    }
    Some(if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(before: &str, measure: &str, earlier: &str) -> String {
        owned_label(before, measure, earlier).unwrap_or_else(|| "-".into())
    }

    #[test]
    fn a_named_subject_says_whose_the_bare_noun_is() {
        assert_eq!(
            label("The intellectual property tribunal has ", "judges", ""),
            "judges of the intellectual property tribunal"
        );
        assert_eq!(
            label("Its patent search database has grown to ", "documents", ""),
            "documents of patent search database"
        );
        assert_eq!(
            label("The office employs ", "staff", ""),
            "staff employed by the office"
        );
    }

    #[test]
    fn what_a_named_subject_did_or_aims_to_do_says_what_is_counted() {
        assert_eq!(
            label("The court's mediation centre handled ", "disputes", ""),
            "disputes handled by the court's mediation centre"
        );
        assert_eq!(
            label(
                "3. Copyright. The provincial copyright office aims to register ",
                "works",
                ""
            ),
            "works registered by the provincial copyright office"
        );
    }

    #[test]
    fn a_short_subject_stands_for_the_organisation_named_before() {
        assert_eq!(
            label(
                "Ten years on, the centre has ",
                "staff",
                "When the Xi'an Intellectual Property Service Centre opened in 2014, it grew."
            ),
            "staff of Xi'an Intellectual Property Service Centre"
        );
    }

    #[test]
    fn other_shapes_and_qualified_labels_are_left_alone() {
        assert_eq!(label("The service has ", "patent examiners", ""), "-");
        assert_eq!(label("It has ", "examiners", ""), "-");
        assert_eq!(label("Punitive damages were applied in ", "cases", ""), "-");
        assert_eq!(label("It has ", "patents", ""), "-");
        assert_eq!(label(" staff and will add ", "add", ""), "-");
        assert_eq!(label("as the pilot is extended to all ", "cities", ""), "-");
        assert_eq!(label("In 2024 the number was ", "cases", ""), "-");
    }
}
