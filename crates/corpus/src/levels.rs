//! Levels a clause brings something to: the object of a verb of change
//! with `to` before the number (`bringing the examining corps to 212`,
//! `which took the Office's examining staff to 184`, `to clear the backlog
//! to below 8,000`, `to double the number of vouchers to around 640`) is
//! what the number counts, not the subject of the clause or the figure
//! before it (`45 additional examiners`).
//!
//! Invariant: the label is words of the clause, in order, without a
//! leading determiner or container (`the number of`); a pointer (`it`,
//! `this wait`) or an object with a number in it is no label.

use super::text::is_function_word;

/// Verbs that move a thing to a level (`bring … to`, `cut … to`), in every
/// form a clause uses them.
#[rustfmt::skip]
const LEVEL_VERBS: &[&str] = &["bring", "brings", "brought", "bringing", "take", "takes", "took", "taking", "taken", "raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting", "push", "pushes", "pushed", "pushing", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering", "increase", "increases", "increased", "increasing", "grow", "grows", "grew", "grown", "growing", "expand", "expands", "expanded", "expanding", "double", "doubles", "doubled", "doubling", "triple", "triples", "tripled", "tripling", "halve", "halves", "halved", "halving", "clear", "clears", "cleared", "clearing", "boost", "boosts", "boosted", "boosting", "shrink", "shrinks", "shrank", "shrinking", "trim", "trims", "trimmed", "trimming"];
/// Auxiliaries of a passive verb (`was cut to`, `be brought down to`).
const PASSIVE_AUX: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "get", "gets", "got",
];
/// Prepositions that open a part of a subject (`the wait for a decision`).
const PREPOSITIONS: &[&str] = &[
    "for", "of", "in", "on", "at", "to", "from", "with", "by", "under", "per",
];
/// Modal verbs before a passive auxiliary.
const MODALS: &[&str] = &[
    "should", "must", "will", "would", "could", "can", "may", "might", "shall", "to", "has",
    "have", "had",
];
/// Words that open the object and say nothing of what it is.
const DETERMINERS: &[&str] = &[
    "the", "its", "their", "our", "his", "her", "your", "a", "an",
];
/// Containers before what an object counts (`the number of vouchers`).
const CONTAINERS: &[&str] = &["total number of ", "number of ", "total of ", "size of "];
/// Objects that point back to an earlier figure: no label of their own.
#[rustfmt::skip]
const POINTERS: &[&str] = &["it", "this", "that", "them", "these", "those", "total", "overall total", "figure", "number", "tally", "count", "sum", "this figure", "that figure", "this number", "that number"];

/// `… bringing the examining corps to ` → `examining corps`: the object of
/// a verb of change that ends `prefix` (the text before a number), when the
/// clause moves it `to` the number.
pub fn level_object(prefix: &str) -> Option<String> {
    let clause = prefix.rsplit([',', ';', ':', '(']).next()?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    // `bring the average time to judgment below ten months`: a bound is
    // a level too.
    if !matches!(*last, "to" | "below" | "under" | "above" | "beneath") {
        return None;
    }
    let rest = match rest.split_last() {
        Some((&"to", before)) if *last != "to" => before,
        _ => rest,
    };
    let verb_at = rest
        .iter()
        .rposition(|w| LEVEL_VERBS.contains(&w.to_lowercase().as_str()))?;
    let mut object: Vec<&str> = rest[verb_at + 1..].to_vec();
    // `down`, `up`: a particle of the verb (`cut the wait down to`).
    while object
        .last()
        .is_some_and(|w| matches!(*w, "down" | "up" | "back" | "further"))
    {
        object.pop();
    }
    // `that the search backlog be brought down to`: a passive verb moves
    // its subject.
    let aux_before = verb_at
        .checked_sub(1)
        .is_some_and(|at| PASSIVE_AUX.contains(&rest[at].to_lowercase().as_str()));
    if object.is_empty() && aux_before {
        let subject = &rest[..verb_at - 1];
        // `the average wait for an opposition decision`: a determiner
        // after a preposition opens a part of the subject, not the subject.
        let opens = |at: usize| {
            DETERMINERS.contains(&subject[at].to_lowercase().as_str())
                && (at == 0 || !PREPOSITIONS.contains(&subject[at - 1].to_lowercase().as_str()))
        };
        let start = (0..subject.len()).rev().find(|&at| opens(at))?;
        object = subject[start..].to_vec();
        // `the search backlog should be brought down to`: a modal is no
        // word of the subject.
        while object
            .last()
            .is_some_and(|w| MODALS.contains(&w.to_lowercase().as_str()))
        {
            object.pop();
        }
    }
    while object
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
    {
        object.remove(0);
    }
    let mut label = object.join(" ");
    for container in CONTAINERS {
        if let Some(rest) = label.strip_prefix(container) {
            label = rest.to_string();
        }
    }
    let plain = !label.is_empty()
        && label.split(' ').count() <= 6
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    // `raise it to`, `take this to`: a pointer; `cut the wait for a first
    // report to`: a phrase, kept, but `grow by to` or an object ending in a
    // function word is no noun phrase.
    let pointer = POINTERS.contains(&label.to_lowercase().as_str());
    let ends_plainly = label
        .split(' ')
        .next_back()
        .is_some_and(|w| !is_function_word(w));
    (plain && !pointer && ends_plainly).then_some(label)
}

/// Verbs that link a holder to the count it holds (`the backlog stood at
/// 14,300 applications`), as the last words before the number.
const HOLDING_LINKS: &[&[&str]] = &[
    &["stood", "at"],
    &["stands", "at"],
    &["stood"],
    &["stands"],
    &["remained", "at"],
    &["remains", "at"],
    &["was"],
    &["is"],
    &["reached"],
    &["totalled"],
    &["totaled"],
    &["came", "to"],
    &["amounted", "to"],
    &["rose", "to"],
    &["fell", "to"],
];

/// `At the end of October the backlog stood at ` before `14,300
/// applications` → `backlog`: the noun phrase (one to three plain words
/// after its determiner) that a linking verb joins to a number whose label
/// is one bare noun (`measure`), so the label can say what holds them.
pub fn linked_holder(prefix: &str, measure: &str) -> Option<String> {
    if measure.is_empty() || measure.contains(' ') {
        return None;
    }
    let clause = prefix.rsplit([',', ';', ':', '(']).next()?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let link = HOLDING_LINKS.iter().find(|l| words.ends_with(l))?;
    let subject = &words[..words.len() - link.len()];
    let start = subject
        .iter()
        .rposition(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))?;
    let holder = &subject[start + 1..];
    let plain = holder.iter().all(|w| {
        w.chars().all(|c| c.is_alphabetic() || c == '-') && !is_function_word(&w.to_lowercase())
    });
    let label = holder.join(" ");
    let repeats = holder.iter().any(|w| w.eq_ignore_ascii_case(measure));
    let pointer = POINTERS.contains(&label.to_lowercase().as_str());
    ((1..=3).contains(&holder.len()) && plain && !repeats && !pointer).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_object_moved_to_the_level_is_what_the_number_counts() {
        let label = |p: &str| level_object(p);
        assert_eq!(
            label("The Board asked that the search backlog be brought down to ").as_deref(),
            Some("search backlog")
        );
        assert_eq!(
            label("In May the design queue was cut to ").as_deref(),
            Some("design queue")
        );
        assert_eq!(label("It was cut to ").as_deref(), None);
        assert_eq!(
            label("the average wait for an opposition decision was cut to ").as_deref(),
            Some("average wait for an opposition decision")
        );
        assert_eq!(
            label("We have recruited 45 additional examiners this year, bringing the examining corps to ").as_deref(),
            Some("examining corps")
        );
        assert_eq!(
            label(" new examiners, which took the Office's examining staff to ").as_deref(),
            Some("Office's examining staff")
        );
        assert_eq!(
            label("Our aim is to clear the backlog to ").as_deref(),
            Some("backlog")
        );
        assert_eq!(
            label("The agency intends to double the number of vouchers to ").as_deref(),
            Some("vouchers")
        );
        assert_eq!(
            label("The University aims to raise annual licence income to ").as_deref(),
            Some("annual licence income")
        );
        assert_eq!(
            label("the board wants to cut the average wait down to ").as_deref(),
            Some("average wait")
        );
    }

    #[test]
    fn a_holder_linked_to_a_bare_count_names_it() {
        let holder = |p: &str, m: &str| linked_holder(p, m);
        assert_eq!(
            holder(
                "At the end of October the backlog stood at ",
                "applications"
            )
            .as_deref(),
            Some("backlog")
        );
        assert_eq!(
            holder("Last year the examining corps was ", "examiners").as_deref(),
            Some("examining corps")
        );
        // A label of more words, a holder that is the thing itself, a
        // pointer or no linking verb: no holder.
        assert_eq!(
            holder("the backlog stood at ", "pending applications"),
            None
        );
        assert_eq!(holder("the applications stood at ", "applications"), None);
        assert_eq!(holder("the total stood at ", "cases"), None);
        assert_eq!(holder("the court heard ", "cases"), None);
    }

    #[test]
    fn a_bound_is_a_level_too() {
        assert_eq!(
            level_object("the aim is to bring the average time to seed approval below ").as_deref(),
            Some("average time to seed approval")
        );
        assert_eq!(
            level_object("to cut the seed backlog to under ").as_deref(),
            Some("seed backlog")
        );
    }

    #[test]
    fn a_pointer_a_number_or_no_verb_of_change_gives_no_label() {
        assert_eq!(level_object("We hope to raise it to "), None);
        assert_eq!(level_object("which took this to "), None);
        assert_eq!(level_object("four more points, taking the total to "), None);
        assert_eq!(level_object("the 2024 list grew from 30 to "), None);
        assert_eq!(level_object("fees rose to "), None);
        assert_eq!(level_object("licensing income rose "), None);
    }
}
