//! What a quantity counts: its unit and a short measure label, read from the
//! noun phrase after the number (`690,000 IP professionals in China`) or the
//! subject before it (`the total amount of pledge financing reached …`).
//!
//! Invariant: the measure is words of the sentence itself (trimmed, never
//! invented, apart from the `share of` / `contribution to` / `rank` labels of
//! rates); the unit is a closed word (`people`, a currency, `%`) or the
//! counted noun as written in the plural.

use super::currency::is_money;
use super::durations::time_to_do;
use super::measure_key::{measure_key, singular};
use super::number_words::word_number_at;
use super::numbers::Quantity;
use super::phrases::{head_noun, noun_phrase, of_phrase, passive_participle, subject_before};
use super::pronouns::participle;
use super::qualify::{qualify, TIME_NOUNS, TIME_UNITS};
use super::text::is_function_word;
use super::verbs::is_irregular_past;

/// Nouns counted as people.
#[rustfmt::skip]
const PEOPLE: &[&str] = &["people", "persons", "professionals", "talents", "talent", "personnel", "participants", "trainees", "students", "experts", "academicians", "trainers", "members", "suspects", "staff", "employees", "teachers", "examiners", "officials", "agents", "lawyers", "judges", "users", "applicants", "journalists", "children", "pupils", "workers", "researchers", "specialists", "individuals"];
/// Units whose noun says nothing of what lasted, scored or moved.
#[rustfmt::skip]
const BARE_UNITS: &[&str] = &["months", "years", "days", "weeks", "hours", "minutes", "seconds", "points", "times"];

/// The measure and unit of a quantity before it in the same passage.
pub type Previous<'a> = Option<(&'a str, &'a str)>;

/// The measure and unit of `q` in `sentence`. `floor` is where the text
/// after the previous quantity of the sentence starts (0 for the first);
/// `previous` is the measure and unit of the quantity before, used for bare
/// rates, changes and `the figure`.
pub fn describe(
    sentence: &str,
    q: &Quantity,
    floor: usize,
    previous: Previous,
) -> (String, String) {
    let after = &sentence[q.span.end..];
    let per = per_phrase(after);
    let after_per = per.as_ref().map_or(after, |(_, len)| &after[*len..]);
    // `against 600 five years ago`: a number right after the figure starts
    // another phrase, never the figure's noun.
    let number_next = {
        let rest = after.trim_start();
        rest.starts_with(|c: char| c.is_ascii_digit()) || word_number_at(rest, 0).is_some()
    };
    let phrase = match q.unit {
        Some(_) => None,
        None if number_next => None,
        // `reached 19.46 ten thousand pieces`: a translated classifier
        // (件) counts whatever the subject names.
        None => noun_phrase(after)
            .filter(|(phrase, _)| !matches!(phrase.as_str(), "pieces" | "piece"))
            .or_else(|| of_phrase(after)),
    };
    let prev_measure = previous.map(|(m, _)| m.split(" (").next().unwrap_or(m).to_string());
    let subject =
        || subject_before(&sentence[floor..q.span.start], floor > 0).or(prev_measure.clone());
    let (mut measure, mut unit) = match (phrase, q.unit) {
        (Some((_, head)), _) if matches!(head.as_str(), "slots" | "places") => {
            (ranking_name(sentence), head)
        }
        // `Rulings on patent disputes: 3,960 cases`: the label says what.
        (Some((phrase, head)), _) if sentence[..q.span.start].ends_with(": ") => {
            // `TCM is a field of its own: 480 TCM patents`: a clause, no label.
            let clause = |s: &String| {
                s.split(' ')
                    .any(|w| matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had"))
            };
            let label = subject().filter(|s| measure_key(s).contains(' ') && !clause(s));
            (label.unwrap_or(phrase), unit_for(&head))
        }
        // `Licence income reached 66.2 million thalers`: a sum in a
        // currency the number reader does not know is named by its subject.
        (Some((phrase, head)), _) if is_money(&head) && phrase.split(' ').count() <= 2 => {
            (subject().unwrap_or(phrase), unit_for(&head))
        }
        (Some((phrase, head)), _) => (phrase, unit_for(&head)),
        (None, Some("rank")) => (ranking_name(sentence), "rank".to_string()),
        // `6.5 million yuan of rewards paid to informants`, `€3 million of
        // funding`: a sum of what the phrase after it names.
        (None, Some(unit))
            if is_money(unit) && !after.starts_with(" of which") && of_phrase(after).is_some() =>
        {
            let (phrase, _) = of_phrase(after).unwrap_or_default();
            (phrase, unit.to_string())
        }
        (None, Some(unit)) => (subject().unwrap_or_default(), unit.to_string()),
        (None, None) => {
            let own = subject_before(&sentence[floor..q.span.start], floor > 0);
            let measure = subject().unwrap_or_default();
            // `referred 87 suspects for prosecution; 54 were convicted`: a
            // number that is the subject of a passive verb counts the
            // things before it that had it done.
            let done = passive_participle(after);
            let passive = own.is_none() && !done.is_empty() && !measure.is_empty();
            let things = if passive {
                without_participle(&measure)
            } else {
                &measure
            };
            let same =
                previous.filter(|(m, u)| m.starts_with(things) && !things.is_empty() && *u != "%");
            let unit = match same {
                Some((_, unit)) => unit.to_string(),
                None => head_noun(things).map_or_else(|| "count".to_string(), |h| unit_for(&h)),
            };
            let measure = if passive {
                format!("{things}{done}")
            } else {
                measure
            };
            (measure, unit)
        }
    };
    // `should reach 25, with an intermediate target of 22`: a target of
    // the measure before it.
    if let Some((prev, prev_unit)) = previous.filter(|_| names_only_a_goal(&measure)) {
        measure = prev.to_string();
        if q.unit.is_none() {
            unit = prev_unit.to_string();
        }
    }
    // `four more regional mediation points`: points that are places
    // counted, not points of a score.
    let places = unit == "points"
        && (measure_key(&measure).split(' ')).any(|w| {
            !matches!(
                w,
                "" | "point" | "points" | "percentage" | "basis" | "index"
            )
        });
    if BARE_UNITS.contains(&unit.as_str()) && !places {
        if let Some(better) = subject() {
            measure = better;
        }
        // `the wait is 4 months for an ordinary trademark case`: what
        // the wait is for follows the length of time.
        if !measure_key(&measure).contains(' ') && !measure.is_empty() {
            if let Some(what) = for_phrase(after) {
                measure = format!("{measure} {what}");
            }
        }
    }
    // `These days a complaint takes 30 days to close`: an opening that says
    // when is no word of the subject.
    let lower = measure.to_lowercase();
    let opener = [
        "these days ",
        "nowadays ",
        "at present ",
        "at the moment ",
        "right now ",
    ]
    .iter()
    .find(|o| lower.starts_with(*o));
    if let Some(opener) = opener {
        measure = measure[opener.len()..].to_string();
    }
    // `A design patent takes 5 months to grant`: the time to do it.
    let timed = TIME_UNITS.contains(&unit.as_str())
        && !measure_key(&measure)
            .split(' ')
            .any(|w| TIME_NOUNS.contains(&singular(w).as_str()));
    if timed {
        if let Some(label) = time_to_do(&sentence[floor..q.span.start], after, &measure) {
            measure = label;
        }
    }
    if let Some((per, _)) = &per {
        unit = format!("{unit} {per}")
            .trim_start_matches("count ")
            .to_string();
    } else if let Some(per) = measure
        .find(" per ")
        .filter(|_| !unit.contains(" per ") && q.unit.is_none())
    {
        unit = format!("{unit}{}", &measure[per..]);
    }
    if unit == "times" {
        // `double the national average`: what it is a multiple of.
        if let Some((base, _)) = after
            .strip_prefix(" the ")
            .and_then(|rest| noun_phrase(&format!(" {rest}")))
        {
            measure = format!("{measure} (vs the {base})")
                .trim_start()
                .to_string();
        }
    }
    if unit == "%" {
        measure = rate_measure(measure, after_per);
    }
    let between = (floor > 0).then(|| &sentence[floor..q.span.start]);
    let per = per.as_ref().map(|(per, _)| per.as_str());
    let measure = qualify(measure, &unit, per, between, prev_measure.as_deref());
    let measure = match measure.strip_suffix(" (duration)") {
        Some(thing) if is_span(sentence, q) => format!("{thing} (span)"),
        _ => measure,
    };
    (measure, unit)
}

/// `suspects referred` → `suspects`: a label without the participle that
/// ends it, so another verb can say what was done.
fn without_participle(label: &str) -> &str {
    // `suspects referred by officers` → `suspects`: the agent goes with
    // the participle it follows.
    let label = match label.split_once(" by ") {
        Some((done, _)) if done.split(' ').count() == 2 => done,
        _ => label,
    };
    match label.rsplit_once(' ') {
        Some((things, last))
            if (last.len() > 4 && last.ends_with("ed")) || is_irregular_past(last) =>
        {
            things
        }
        _ => label,
    }
}

/// ` for an ordinary trademark case.` → `for an ordinary trademark case`:
/// a `for` phrase right after a length of time, with its article.
fn for_phrase(after: &str) -> Option<String> {
    let mut rest = after.trim_start();
    for unit in ["working ", "calendar "]
        .iter()
        .chain(&["months ", "days ", "weeks ", "years ", "hours "])
    {
        rest = rest.strip_prefix(unit).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("for ")?;
    let (article, rest) = ["an ", "a ", "the "]
        .iter()
        .find_map(|a| rest.strip_prefix(a).map(|r| (*a, r)))
        .unwrap_or(("", rest));
    let (phrase, _) = noun_phrase(&format!(" {rest}"))?;
    Some(format!("for {article}{phrase}"))
}

/// Words of a change over a number of years (`doubled in three years`).
#[rustfmt::skip]
const CHANGE_VERBS: &[&str] = &["doubled", "tripled", "trebled", "grew", "rose", "increased", "fell", "declined", "dropped", "jumped", "climbed", "risen", "grown", "halved"];

/// True for a number of years that is how long a run or a change went on
/// (`held for 13 consecutive years`, `led for 20 years in a row`, `more
/// than doubled in three years`), not how long a thing takes: no answer to
/// `how long`, labelled `(span)` rather than `(duration)`.
fn is_span(sentence: &str, q: &Quantity) -> bool {
    let lower = sentence.to_ascii_lowercase();
    let after = lower[q.span.end..].trim_start();
    let before: Vec<&str> = lower[..q.span.start]
        .split_whitespace()
        .rev()
        .take(5)
        .collect();
    let run = after.starts_with("consecutive")
        || after.starts_with("straight")
        || ["in a row", "running", "on end"].iter().any(|w| {
            after
                .split_once(' ')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with(w))
        });
    let over_a_change = before.first().is_some_and(|w| matches!(*w, "in" | "over"))
        && before.iter().any(|w| CHANGE_VERBS.contains(w));
    run || over_a_change
}

/// True for a label that only names a goal (`intermediate target`,
/// `interim goal`), not what the goal counts.
fn names_only_a_goal(measure: &str) -> bool {
    const GOAL_WORDS: [&str; 9] = [
        "target",
        "targets",
        "goal",
        "goals",
        "intermediate",
        "interim",
        "milestone",
        "objective",
        "final",
    ];
    let words: Vec<String> = measure_key(measure)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    !words.is_empty() && words.iter().all(|w| GOAL_WORDS.contains(&w.as_str()))
}

/// The counted unit for a head noun: `people` for people, else the noun in
/// the plural, else `count`.
pub fn unit_for(head: &str) -> String {
    let lower = head.to_lowercase();
    match lower.as_str() {
        // `Our headcount is 38`, `a membership of 3,180`: a body of
        // people counted as a whole counts people.
        w if PEOPLE.contains(&w)
            || matches!(w, "headcount" | "membership" | "workforce" | "team") =>
        {
            "people".into()
        }
        // `27 FTE`, `the examining corps`: full-time equivalents and a
        // corps count people too.
        "fte" | "ftes" | "corps" | "crew" => "people".into(),
        "month" | "year" | "day" | "week" | "hour" => format!("{lower}s"),
        w if w.ends_with('s') && !w.ends_with("ss") => lower,
        // `41.8 million scudi`, `9 million yen`: a currency's plural may
        // not end in `s`.
        w if is_money(w) => lower,
        _ => "count".into(),
    }
}

/// `43.9% of GDP` → `… (share of GDP)`; `67.7% to GDP growth` → `… (contribution to GDP growth)`.
fn rate_measure(measure: String, after: &str) -> String {
    let (label, rest) = match (after.strip_prefix(" of "), after.strip_prefix(" to ")) {
        (Some(rest), _) => ("share of", rest),
        (_, Some(rest)) => ("contribution to", rest),
        _ => return measure,
    };
    let rest = rest
        .trim_start_matches("its ")
        .trim_start_matches("their ")
        .trim_start_matches("the ");
    let Some((of, _)) = noun_phrase(&format!(" {rest}")) else {
        return measure;
    };
    let of: Vec<&str> = of
        .split(" and ")
        .next()
        .unwrap_or("")
        .split(' ')
        .take(3)
        .collect();
    // `cases ended in mediation` cut to three words ends on no preposition.
    let mut of = of;
    while of.len() > 1 && of.last().is_some_and(|w| is_function_word(w)) {
        of.pop();
    }
    let of = of.join(" ");
    if measure.is_empty() {
        return format!("{label} {of}");
    }
    // `Online renewal now handles 93% of annuity payments`: the subject
    // did something to a share of the `of` phrase's things.
    let mut words: Vec<&str> = measure.split(' ').collect();
    let pointer = matches!(of.as_str(), "them" | "these" | "those" | "it");
    // A present-tense verb shows by the adverb before it (`now handles`);
    // a plural noun (`pledge loans`) would look the same.
    let present = words.len() >= 3
        && words[words.len() - 1].ends_with('s')
        && matches!(
            words[words.len() - 2],
            "now" | "currently" | "today" | "still" | "already"
        );
    // `Right holders won 68% of the cases`, `Online renewal handled 93%
    // of payments`: a past-tense verb after a subject of two words or
    // more (`value added` is a noun).
    let last = words.last().copied().unwrap_or("");
    let past = words.len() >= 2 && is_irregular_past(last)
        || (words.len() >= 3
            && last.len() > 4
            && last.ends_with("ed")
            && last != "added"
            && last.chars().all(|c| c.is_ascii_lowercase()));
    let done = (label == "share of" && words.len() >= 2 && (present || past) && !pointer)
        .then(|| words.pop().and_then(participle))
        .flatten();
    match done {
        Some(done) => {
            while words
                .last()
                .is_some_and(|w| matches!(*w, "now" | "currently" | "today" | "still" | "already"))
            {
                words.pop();
            }
            let mut by = words.join(" ");
            if by.chars().nth(1).is_some_and(|c| c.is_lowercase()) {
                by = by.to_lowercase();
            }
            format!("{label} {of} {done} by {by}")
        }
        None => format!("{measure} ({label} {of})"),
    }
}

/// `rank in the Global Index` when the sentence names a ranking, else `rank`.
fn ranking_name(sentence: &str) -> String {
    let names = ["Index", "Ranking", "Rankings", "List", "Report"];
    for (start, _) in sentence.match_indices("the ") {
        let words: Vec<&str> = sentence[start + 4..]
            .split(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        if let Some(end) = words
            .iter()
            .position(|w| names.contains(&w.trim_end_matches([',', '.'])))
        {
            return format!(
                "rank in the {}",
                words[..=end].join(" ").trim_end_matches([',', '.'])
            );
        }
    }
    "rank".into()
}

/// `per 10,000 people` right after a number, or after its noun phrase
/// (`29.7 patents for every 10,000 residents`): the phrase, and its length
/// when it follows the number right away (else 0).
fn per_phrase(after: &str) -> Option<(String, usize)> {
    let (skipped, lead, rest) =
        [" per ", " for every ", " per every "]
            .iter()
            .find_map(|lead| {
                let at = if after.starts_with(lead) {
                    0
                } else {
                    // Only across a noun phrase: letters, spaces and hyphens.
                    let at = after.find(lead)?;
                    let gap = &after[..at];
                    let plain = gap
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-'));
                    (plain && gap.split(' ').count() <= 5).then_some(at)?
                };
                Some((at, *lead, &after[at + lead.len()..]))
            })?;
    let words: Vec<&str> = rest.split(' ').take(2).collect();
    if !words[0].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let noun = words.get(1)?.trim_end_matches([',', '.', ';', ')']);
    let len = lead.len() + words[0].len() + 1 + noun.len();
    let len = if skipped == 0 { len } else { 0 };
    // `per 10,000 residents` counts per head like `per 10,000 people`.
    let noun = if matches!(noun, "residents" | "inhabitants") {
        "people"
    } else {
        noun
    };
    Some((format!("per {} {noun}", words[0]), len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn check(sentence: &str, expect: expect_test::Expect) {
        let mut previous: Option<(String, String)> = None;
        let mut floor = 0;
        let mut shown = Vec::new();
        for q in find_quantities(sentence) {
            let prev = previous.as_ref().map(|(m, u)| (m.as_str(), u.as_str()));
            let (measure, unit) = describe(sentence, &q, floor, prev);
            shown.push(format!(
                "{} | {unit} | {measure}",
                &sentence[q.span.clone()]
            ));
            floor = q.span.end;
            previous = Some((measure, unit));
        }
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn a_participle_leaves_with_its_agent() {
        assert_eq!(without_participle("suspects referred"), "suspects");
        assert_eq!(
            without_participle("suspects referred by officers"),
            "suspects"
        );
        assert_eq!(without_participle("loans secured"), "loans");
        assert_eq!(without_participle("suspects"), "suspects");
        assert_eq!(
            without_participle("share of year filed by firms"),
            "share of year filed by firms"
        );
    }

    #[test]
    fn a_run_of_years_is_a_span_and_a_trial_a_duration() {
        check(
            "An average seed trial took 4.5 months. The seed fair has been held for 13 consecutive years. Seed loans more than doubled in three years. Seed exports led for 20 years in a row.",
            expect_test::expect![[r#"
                4.5 | months | seed trial (duration)
                13 | years | seed fair (span)
                three | years | Seed loans (span)
                20 | years | Seed exports led (span)"#]],
        );
    }

    #[test]
    fn noun_after_the_number() {
        check(
            "We have 690,000 IP professionals in China, and 5,000 new varieties of forest plants were granted, while 31,300 trademark infringement cases were investigated.",
            expect_test::expect![[r#"
                690,000 | people | IP professionals
                5,000 | varieties | new varieties of forest plants granted
                31,300 | cases | trademark infringement cases investigated"#]],
        );
    }

    #[test]
    fn subject_before_the_number() {
        check(
            "In 2020, the total amount of patent pledge financing reached 218 billion yuan, a year-on-year increase of 43.9%, and the number of invention patents per 10,000 people reached 15.8.",
            expect_test::expect![[r#"
                218 billion yuan | yuan | patent pledge financing
                43.9% | % | patent pledge financing
                15.8 | patents per 10,000 people | invention patents per 10,000 people"#]],
        );
    }

    #[test]
    fn an_opening_that_says_when_is_no_word_of_a_duration_subject() {
        check(
            "These days a seed complaint takes 30 days to close.",
            expect_test::expect!["30 | days | time to close a seed complaint"],
        );
    }

    #[test]
    fn a_sum_of_what_follows_it() {
        check(
            "Line A2 includes 6.5 million yuan of rewards paid to informants, of which 2 million yuan went to one case.",
            expect_test::expect![[r#"
                6.5 million yuan | yuan | rewards paid
                2 million yuan | yuan | rewards paid"#]],
        );
    }

    #[test]
    fn a_translated_classifier_counts_the_subject() {
        check(
            "The number of valid invention patents in the province reached 19.46 ten thousand pieces.",
            expect_test::expect!["19.46 ten thousand | patents | valid invention patents in the province"],
        );
    }

    #[test]
    fn shares_ranks_and_of_phrases() {
        check(
            "The value added reached 7.3 trillion yuan, accounting for 7.39% of GDP; 408 of the world's 5,000 leading brands; it rose to 14th place.",
            expect_test::expect![[r#"
                7.3 trillion yuan | yuan | value added
                7.39% | % | value added (share of GDP)
                408 | brands | leading brands
                5,000 | brands | leading brands
                14th place | rank | rank"#]],
        );
    }

    #[test]
    fn list_labels_time_words_and_comparisons() {
        check(
            "- Seed farm disputes settled: 3,960 cases (2022: 3,100), up 4% on a year earlier",
            expect_test::expect![[r#"
                3,960 | cases | Seed farm disputes settled
                3,100 | cases | Seed farm disputes settled
                4% | % | Seed farm disputes settled"#]],
        );
        check(
            "Last year the average wait for seed permits came down to 9 months, compared with 11 months in 2019; there were 29.7 seed banks for every 10,000 farmers.",
            expect_test::expect![[r#"
                9 | months | wait for seed permits
                11 | months | wait for seed permits
                29.7 | banks per 10,000 farmers | seed banks per 10,000 farmers"#]],
        );
    }

    #[test]
    fn a_share_done_by_a_subject_in_the_past_says_who_did_it() {
        check(
            "Seed holders won 68% of the infringement cases. Online renewal handled 93% of seed payments.",
            expect_test::expect![[r#"
                68% | % | share of infringement cases won by seed holders
                93% | % | share of seed payments handled by online renewal"#]],
        );
    }

    #[test]
    fn a_clause_before_a_colon_is_no_list_label() {
        check(
            "Seed law is a field of its own: 480 seed patents were granted.",
            expect_test::expect!["480 | patents | seed patents granted"],
        );
        check(
            "Seed disputes settled: 3,960 cases.",
            expect_test::expect!["3,960 | cases | Seed disputes settled"],
        );
    }

    #[test]
    fn per_phrase_after_the_number_and_time_units() {
        check(
            "Patents should reach 12 per 10,000 people by 2025. The review period was cut to 20 months, two months quicker.",
            expect_test::expect![[r#"
                12 | patents per 10,000 people | Patents per 10,000 people
                20 | months | review period
                two | months | review period"#]],
        );
    }

    #[test]
    fn a_forecast_verb_is_no_part_of_the_unit_or_label() {
        check(
            "Invention patents per 10,000 people are expected to reach 16 by 2025. Annual pledge loans are projected to reach 9 billion yuan.",
            expect_test::expect![[r#"
                16 | patents per 10,000 people | Invention patents per 10,000 people
                9 billion yuan | yuan | pledge loans"#]],
        );
    }

    #[test]
    fn a_time_phrase_before_the_number_of_is_no_part_of_the_label() {
        check(
            "Over the period the number of patent agencies in Southvale grew by 310.",
            expect_test::expect![[r#"
                310 | agencies | patent agencies in Southvale"#]],
        );
    }

    #[test]
    fn more_of_the_same_things_are_those_things() {
        check(
            "The registry said it will open 2 more public reading rooms, 5 more than last year.",
            expect_test::expect![[r#"
                2 | rooms | public reading rooms
                5 | rooms | public reading rooms"#]],
        );
    }
}
