//! Counts of the members of a group or of a unit of an organisation, in the
//! shapes that name the group around the number rather than as the
//! clause's subject: `a secretariat of 16 case managers administers the
//! files`, `a young-talent panel of 6 members`, `39 examiners staff the
//! electronics section`, `12 examiners are attached to the quality
//! assurance unit`, `25 reviewers serve on the panel`, `the licensing team
//! is eight people strong`. The label names the counted noun AND whose it
//! is (`case managers of the secretariat`, `examiners of the electronics
//! section`), so a question naming the unit finds it above other counts of
//! the same noun, and one unit's count never reads as another's.
//!
//! Invariant: the label is the counted noun as the measure rule read it
//! (without a trailing participle), `of`, and the group's noun phrase as
//! written (a leading `a`, `an`, `our`, `its` or `their` read as `the`).

use super::measure_key::measure_key;
use super::text::{after_last_break, is_function_word};
use super::verbs::irregular_participle;

/// Nouns of a group of people or a unit of an organisation.
#[rustfmt::skip]
pub const GROUP_NOUNS: &[&str] = &["team", "panel", "pool", "roster", "rota", "secretariat", "board", "committee", "jury", "bench", "corps", "network", "cohort", "delegation", "group", "unit", "crew", "taskforce", "council", "sub-list", "register", "squad", "division", "section", "department", "chamber", "office", "centre", "center", "bureau", "directorate", "commission", "tribunal", "workforce", "contingent", "staff", "faculty", "desk", "branch", "service", "agency", "registry", "court", "academy", "institute", "lab", "laboratory"];

/// Verbs (with their particle) by which counted people make up a group:
/// `39 examiners staff the electronics section`.
#[rustfmt::skip]
const MEMBERSHIP: &[&str] = &["staff", "staffs", "sit on", "sit in", "serve on", "serve in", "serve at", "work in", "work at", "work for", "are attached to", "were attached to", "belong to", "make up", "made up", "form", "formed", "man", "run", "ran", "lead", "led", "are assigned to", "were assigned to", "are posted to", "are based in", "are based at", "are on", "were on", "are in", "sat on", "served on", "worked in", "worked at"];

/// The label of a count whose group is named around the number, from the
/// text of the clause `before` the number, the `measure` the measure rule
/// read, and the text `after` the number; `None` for any other shape.
pub fn group_label(before: &str, measure: &str, after: &str) -> Option<String> {
    let noun = counted_noun(measure)?;
    if let Some(group) = relative_owner(before) {
        return Some(format!("{noun} of {group}"));
    }
    if let Some(group) = group_before(before) {
        return Some(format!("{noun} of {group}"));
    }
    if let Some(group) = strong_group(before, after) {
        let noun = noun.strip_suffix(" strong").unwrap_or(&noun);
        return Some(format!("{noun} of {group}"));
    }
    // `39 examiners staff the electronics section`: the measure rule may
    // have read the verb as a noun (`examiners staff`), so every leading
    // part of the measure is tried as the counted noun.
    let words: Vec<&str> = noun.split(' ').collect();
    (1..=words.len()).find_map(|n| {
        let noun = words[..n].join(" ");
        let rest = after_phrase(after, &noun)?;
        let lower = rest.to_lowercase();
        let verb = MEMBERSHIP.iter().find(|v| {
            lower
                .strip_prefix(**v)
                .is_some_and(|r| r.starts_with(' ') || r.is_empty())
        })?;
        let group = group_phrase(&rest[verb.len()..])?;
        Some(format!("{noun} of {group}"))
    })
}

/// The counted noun of a measure: the measure without a trailing
/// participle or verb (`reviewers drawn` → `reviewers`); `None` for a
/// label that is no plain noun phrase of at most four words.
fn counted_noun(measure: &str) -> Option<String> {
    let measure = measure.split(" (").next().unwrap_or(measure);
    if measure.is_empty() || measure.contains(',') || measure.contains(" of ") {
        return None;
    }
    let mut words: Vec<&str> = measure.split(' ').collect();
    // `reviewers drawn from industry`: the noun before the first verb.
    if let Some(verb) = words.iter().skip(1).position(|w| is_verb_like(w)) {
        words.truncate(verb + 1);
    }
    let plain = words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (plain && words.len() <= 4 && !measure_key(&words.join(" ")).is_empty())
        .then(|| words.join(" "))
}

fn is_verb_like(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || irregular_participle(word) == Some(word)
        || matches!(
            word,
            "administers" | "acts" | "serves" | "works" | "sits" | "scores" | "staffs"
        )
}

/// `The Advisory Board, which has ` → `the Advisory Board`; `The Friends
/// of the Library, which has some ` → `the Friends of the Library`: the
/// noun phrase a relative clause of having is about, from the clause's
/// start, of at most seven words opening with a determiner or a capital.
fn relative_owner(before: &str) -> Option<String> {
    let mut rest = before.trim_end();
    for qualifier in [" some", " about", " around", " nearly", " over", " almost"] {
        rest = rest.strip_suffix(qualifier).unwrap_or(rest);
    }
    let verbs = ["has", "have", "had", "counts", "employs", "numbers"];
    let head = verbs.iter().find_map(|v| {
        rest.strip_suffix(v)?
            .strip_suffix(", which ")
            .or_else(|| rest.strip_suffix(v)?.strip_suffix(", who "))
    })?;
    let mut words: Vec<&str> = after_last_break(head).split_whitespace().collect();
    // `In March the Friends of the Library`: the phrase opens at its
    // determiner.
    let det = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "its" | "our" | "their" | "this"
        )
    };
    if let Some(at) = words.iter().position(det) {
        words.drain(..at);
    }
    let first = *words.first()?;
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '&'))
    });
    if !plain || words.len() < 2 || words.len() > 7 {
        return None;
    }
    let rest = words[1..].join(" ");
    match first.to_lowercase().as_str() {
        "the" | "its" | "our" | "their" | "this" => Some(format!("the {rest}")),
        _ if first.starts_with(char::is_uppercase) => Some(words.join(" ")),
        _ => None,
    }
}

/// `A secretariat of ` → `the secretariat`; `the office's advisory
/// council of ` → `the office's advisory council`: a group noun phrase
/// ending in `of` right before the number.
fn group_before(before: &str) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let [head @ .., last, of] = &words[..] else {
        return None;
    };
    if !of.eq_ignore_ascii_case("of") {
        return None;
    }
    let group = [head, &[*last][..]].concat();
    group_noun_phrase(&group)
}

/// `Our licensing team is ` before `eight people strong` → `the licensing
/// team`.
fn strong_group(before: &str, after: &str) -> Option<String> {
    let strong = after
        .split([',', '.', ';'])
        .next()?
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w == "strong");
    if !strong {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let [head @ .., verb] = &words[..] else {
        return None;
    };
    matches!(*verb, "is" | "are" | "was" | "were").then_some(())?;
    group_noun_phrase(head)
}

/// The text after the counted noun phrase (`16 case managers| administers`).
fn after_phrase<'a>(after: &'a str, noun: &str) -> Option<&'a str> {
    let rest = after.trim_start();
    let rest = rest.strip_prefix(noun)?;
    Some(rest.trim_start())
}

/// `the electronics section.` → `the electronics section`: a group noun
/// phrase opening with a determiner, to the clause's end.
fn group_phrase(rest: &str) -> Option<String> {
    let clause = rest.split([',', '.', ';', ':', '(']).next()?;
    let words: Vec<&str> = clause.split_whitespace().take(7).collect();
    let first = words.first()?.to_lowercase();
    let det = matches!(
        first.as_str(),
        "the" | "a" | "an" | "its" | "their" | "our" | "this"
    ) || first.ends_with("'s");
    if !det {
        return None;
    }
    // The group ends at its head: the last group noun before a
    // preposition or verb.
    let end = words
        .iter()
        .position(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "of" | "in" | "at" | "for" | "and" | "or" | "to" | "with" | "that" | "which"
            )
        })
        .unwrap_or(words.len());
    group_noun_phrase(&words[..end])
}

/// The words of a group's noun phrase, from its determiner to its head,
/// when the head is a group noun: `["A", "separate", "young-talent",
/// "panel"]` → `the young-talent panel`; a capitalised possessive keeps
/// no `the` (`Eastport's electronics section`).
fn group_noun_phrase(words: &[&str]) -> Option<String> {
    let head = words.last()?;
    if !GROUP_NOUNS.contains(&head.to_lowercase().as_str()) {
        return None;
    }
    let modifier = |w: &&&str| {
        let lower = w.to_lowercase();
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && !is_function_word(&lower)
            && !matches!(
                lower.as_str(),
                "our" | "its" | "their" | "this" | "his" | "her"
            )
    };
    let start = words.len() - words.iter().rev().take_while(modifier).count();
    let kept: Vec<&str> = words[start..]
        .iter()
        .copied()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "separate" | "further"))
        .collect();
    if kept.is_empty() || kept.len() > 5 {
        return None;
    }
    let first = kept[0];
    let named =
        first.starts_with(char::is_uppercase) && (first.ends_with("'s") || first.ends_with("’s"));
    let common = |w: &str| w.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
    let first = if start == 0 && !named && kept.iter().all(|w| common(w)) {
        first.to_lowercase()
    } else {
        first.to_string()
    };
    let rest = kept[1..]
        .iter()
        .map(|w| format!(" {w}"))
        .collect::<String>();
    Some(if named {
        format!("{first}{rest}")
    } else {
        format!("the {first}{rest}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(before: &str, measure: &str, after: &str) -> String {
        group_label(before, measure, after).unwrap_or_else(|| "-".into())
    }

    #[test]
    fn a_group_of_n_counts_its_members() {
        assert_eq!(
            label(
                "A secretariat of ",
                "case managers",
                " case managers administers the files."
            ),
            "case managers of the secretariat"
        );
        assert_eq!(
            label(
                "A separate young-talent panel of ",
                "members",
                " members will judge."
            ),
            "members of the young-talent panel"
        );
        assert_eq!(
            label("The applications go to a bench of ", "judges", " judges."),
            "judges of the bench"
        );
        assert_eq!(
            label(
                "the registry can draw on a roster of ",
                "translators",
                " translators"
            ),
            "translators of the roster"
        );
        assert_eq!(
            label(
                "A panel of ",
                "reviewers drawn",
                " reviewers, drawn from industry"
            ),
            "reviewers of the panel"
        );
    }

    #[test]
    fn a_relative_clause_of_having_names_whose_the_count_is() {
        assert_eq!(
            label(
                "The Advisory Board, which has ",
                "members",
                " members, meets twice a year."
            ),
            "members of the Advisory Board"
        );
        assert_eq!(
            label(
                "In March the Friends of the Library, which has some ",
                "members",
                " members, raised funds."
            ),
            "members of the Friends of the Library"
        );
        assert_eq!(
            label(
                "Our mediation panel, which now has ",
                "mediators",
                " mediators."
            ),
            "-"
        );
        // One word says nothing of whose: `Hangzhou, which has 40 firms`.
        assert_eq!(label("Hangzhou, which has ", "firms", " firms."), "-");
    }

    #[test]
    fn people_who_staff_or_sit_on_a_unit_are_its_members() {
        assert_eq!(
            label(
                "Some ",
                "examiners staff",
                " examiners staff the electronics section."
            ),
            "examiners of the electronics section"
        );
        assert_eq!(
            label(
                "A further ",
                "examiners attached",
                " examiners are attached to the quality assurance unit."
            ),
            "examiners of the quality assurance unit"
        );
        assert_eq!(
            label(
                "",
                "inspectors",
                " inspectors work in the border office, and"
            ),
            "inspectors of the border office"
        );
        assert_eq!(
            label("Today ", "members", " members sit on the council."),
            "members of the council"
        );
        assert_eq!(
            label(
                "",
                "reviewers",
                " reviewers serve on Northfield's grant panel"
            ),
            "reviewers of Northfield's grant panel"
        );
    }

    #[test]
    fn a_unit_n_people_strong_counts_its_people() {
        assert_eq!(
            label(
                "Our licensing team is ",
                "people strong",
                " people strong, and"
            ),
            "people of the licensing team"
        );
        assert_eq!(
            label("the export desk is ", "staff strong", " staff strong."),
            "staff of the export desk"
        );
    }

    #[test]
    fn other_nouns_and_verbs_are_left_alone() {
        // A container that is no group.
        assert_eq!(label("a total of ", "interactions", " interactions"), "-");
        assert_eq!(label("a batch of ", "cases", " cases"), "-");
        // A verb of no membership, or no group after it.
        assert_eq!(
            label("", "witnesses", " witnesses testified by video link"),
            "-"
        );
        assert_eq!(label("", "examiners", " examiners staff the phones"), "-");
        // A label that already says whose it is.
        assert_eq!(label("a panel of ", "examiners of the office", ""), "-");
    }
}
