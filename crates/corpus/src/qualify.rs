//! Measure labels that lean on their sentence, made to say what is counted
//! with the sentence's own words:
//! - a bare noun linked to the quantity before it (`186,000 technical
//!   contracts …, with turnover exceeding 1.1 trillion yuan`, `$46.31
//!   billion …, of which exports were $8.68 billion`, `5 courses … for 540
//!   participants`) takes that quantity's measure: `turnover of technical
//!   contracts`, `exports of intellectual property royalties`, `participants
//!   of courses`;
//! - `these contracts` in a label is the measure before it, when its head is
//!   the same noun (`the turnover of these contracts`);
//! - a `per 10,000 people` right after the number joins the label;
//! - a number of years, months or days whose label is no length of time
//!   (`held for 13 consecutive years`) is the duration of the labelled
//!   thing, not its value: the label says `(duration)`.
//!
//! Invariant: a label only grows by words of its sentence or of the label
//! of a quantity before it, apart from `of`, `(duration)` and a per
//! phrase's noun, which reads as in the unit (`per 10,000 residents` is
//! `per 10,000 people`).

use super::measure_key::{measure_key, singular};
use super::phrases::head_noun;
use super::text::outside_brackets;
use super::verbs::irregular_participle;

/// Words between two quantities that tie the second to the first.
/// (`including` is not one: it names a part, which is no `of`.)
#[rustfmt::skip]
const LINKS: &[&str] = &[" for ", " with ", "of which ", " totaling ", " totalling ", " involving "];
/// Units of a length of time.
pub const TIME_UNITS: &[&str] = &[
    "years", "months", "days", "weeks", "hours", "minutes", "seconds",
];
/// Nouns that make a label a length of time in itself (`review period`).
#[rustfmt::skip]
pub const TIME_NOUNS: &[&str] = &["period", "time", "wait", "waiting", "duration", "term", "cycle", "age", "life", "length", "delay", "pendency", "year", "month", "day"];

/// The label of a quantity made to say what it counts. `between` is the
/// text since the previous quantity of the same sentence (`None` for the
/// first), `previous` that quantity's label or, for the first, the label of
/// the last quantity of the paragraph.
pub fn qualify(
    measure: String,
    unit: &str,
    per: Option<&str>,
    between: Option<&str>,
    previous: Option<&str>,
) -> String {
    let mut measure = measure;
    if let Some(prev) = previous.filter(|p| !p.is_empty()) {
        measure = point_back(&measure, prev);
        let linked = between.is_some_and(|b| {
            !b.contains(';') && (LINKS.iter().any(|l| b.contains(l)) || apposed(b, &measure))
        });
        if linked && is_bare(&measure) {
            if let Some(of) = complement(prev).filter(|_| !same_head(&measure, prev)) {
                measure = format!("{measure} of {of}");
            }
        }
    }
    if let Some(per) = per.filter(|_| !measure.contains(" per ") && !measure.is_empty()) {
        measure = format!("{measure} {per}");
    }
    let is_time = |w: &str| TIME_NOUNS.contains(&singular(w).as_str());
    if TIME_UNITS.contains(&unit)
        && !measure.is_empty()
        && !measure_key(&measure).split(' ').any(is_time)
    {
        measure.push_str(" (duration)");
    }
    measure
}

/// `96,000 (2023), turnover 480 billion yuan`: nothing but a comma and the
/// label itself between two quantities (brackets aside), so the label is
/// the earlier count's.
fn apposed(between: &str, measure: &str) -> bool {
    let plain = outside_brackets(between);
    let plain = plain.trim();
    plain
        .strip_prefix(',')
        .is_some_and(|rest| !measure.is_empty() && rest.trim() == measure)
}

/// One content word: `turnover`, `exports`, `participants`.
fn is_bare(measure: &str) -> bool {
    let key = measure_key(measure);
    !key.is_empty() && !key.contains(' ')
}

/// What a label counts, to qualify a bare noun with: the object of its
/// `of` phrase (`import and export of IP royalties` → `IP royalties`),
/// else the label without a trailing participle (`courses organized` →
/// `courses`); nothing for a label that is bare itself.
fn complement(prev: &str) -> Option<String> {
    let prev = prev.split(" (").next().unwrap_or(prev).trim();
    let has_of = prev.contains(" of ");
    let of = match prev.split_once(" of ") {
        Some((_, object)) => object.trim_start_matches("the ").to_string(),
        None => {
            let mut words: Vec<&str> = prev.split(' ').collect();
            let done = |w: &&str| w.ends_with("ed") || irregular_participle(w) == Some(*w);
            while words.len() > 1 && words.last().is_some_and(done) {
                words.pop();
            }
            words.join(" ")
        }
    };
    // A sentence-case label (`Patent financing`) is lower-cased inside
    // another; an acronym (`IP`) or a name (`WIPO`) is not.
    let first = of.split(' ').next().unwrap_or("");
    let of = if first.chars().skip(1).all(char::is_lowercase) {
        let mut chars = of.chars();
        chars
            .next()
            .map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
    } else {
        of
    };
    // Without an `of` phrase, a one-word label names too little to qualify.
    (has_of || !is_bare(&of))
        .then_some(of)
        .filter(|o| !o.is_empty())
}

/// `cases` after `cases of counterfeiting`: a part of the same count,
/// which the earlier label does not name. (`exports` after `import and
/// export of royalties` names one of two joined counts, and is no part.)
fn same_head(measure: &str, prev: &str) -> bool {
    let head = |m: &str| head_noun(m).map(|h| singular(&h.to_lowercase()));
    let joined = prev.split(" of ").next().unwrap_or(prev).contains(" and ");
    head(measure).is_some() && head(measure) == head(prev) && !joined
}

/// `turnover of these contracts` after `technical contracts`: the label
/// names the earlier count.
fn point_back(measure: &str, prev: &str) -> String {
    for pointer in ["these ", "those ", "such "] {
        if prev.contains(pointer) {
            continue;
        }
        let Some(start) = measure.find(pointer) else {
            continue;
        };
        let noun = &measure[start + pointer.len()..];
        let prev_head = head_noun(prev).map(|h| singular(&h.to_lowercase()));
        if !noun.contains(' ') && prev_head == Some(singular(&noun.to_lowercase())) {
            let prev = prev.split(" (").next().unwrap_or(prev).trim();
            return format!("{}{prev}", &measure[..start]);
        }
    }
    measure.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(measure: &str, unit: &str, between: Option<&str>, previous: Option<&str>) -> String {
        qualify(measure.into(), unit, None, between, previous)
    }

    #[test]
    fn a_bare_noun_linked_to_the_quantity_before_takes_its_measure() {
        let with = Some(" seed contracts were signed, with ");
        assert_eq!(
            q("turnover", "yuan", with, Some("seed contracts")),
            "turnover of seed contracts"
        );
        assert_eq!(
            q(
                "exports",
                "US dollars",
                Some(", of which "),
                Some("total trade of seed royalties")
            ),
            "exports of seed royalties"
        );
        assert_eq!(
            q(
                "participants",
                "people",
                Some(" were held for "),
                Some("forestry courses organized")
            ),
            "participants of forestry courses"
        );
    }

    #[test]
    fn unlinked_subsets_and_qualified_labels_stay_as_they_are() {
        // No link word: the second number is another clause.
        assert_eq!(
            q(
                "firms",
                "firms",
                Some(", benefiting "),
                Some("seed insurance")
            ),
            "firms"
        );
        // A semicolon ends the clause the link would reach into.
        assert_eq!(
            q(
                "trainees",
                "people",
                Some("; courses for "),
                Some("seed courses")
            ),
            "trainees"
        );
        // `841 cases` after `7,100 cases of piracy` is a part, not `cases of piracy`.
        assert_eq!(
            q(
                "cases",
                "cases",
                Some(", with "),
                Some("cases of seed piracy")
            ),
            "cases"
        );
        assert_eq!(
            q("seed exports", "tonnes", Some(" with "), Some("farms")),
            "seed exports"
        );
        // `including` names a part, which is no `of`.
        assert_eq!(
            q(
                "judges",
                "people",
                Some(", including "),
                Some("seed experts")
            ),
            "judges"
        );
        // One of two joined counts is named, not a part.
        assert_eq!(
            q(
                "imports",
                "tonnes",
                Some(", of which "),
                Some("imports and exports of seeds")
            ),
            "imports of seeds"
        );
        // The first quantity of a sentence has nothing to link to.
        assert_eq!(
            q("turnover", "yuan", None, Some("seed contracts")),
            "turnover"
        );
    }

    #[test]
    fn these_names_the_earlier_count() {
        assert_eq!(
            q(
                "turnover of these contracts",
                "yuan",
                None,
                Some("seed contracts")
            ),
            "turnover of seed contracts"
        );
        assert_eq!(
            q(
                "turnover of these farms",
                "yuan",
                None,
                Some("seed contracts")
            ),
            "turnover of these farms"
        );
        assert_eq!(
            q(
                "rate on these loans",
                "%",
                None,
                Some("rate on these loans")
            ),
            "rate on these loans"
        );
        assert_eq!(
            q("firms", "firms", Some(", for "), Some("Seed loans granted")),
            "firms of seed loans"
        );
    }

    #[test]
    fn durations_and_per_phrases() {
        assert_eq!(
            q("harvest festival", "years", None, None),
            "harvest festival (duration)"
        );
        assert_eq!(
            q("average wait for a permit", "months", None, None),
            "average wait for a permit"
        );
        assert_eq!(
            qualify(
                "seed patents".into(),
                "patents per 100 farms",
                Some("per 100 farms"),
                None,
                None
            ),
            "seed patents per 100 farms"
        );
    }
}
