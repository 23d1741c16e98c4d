//! Whether a figure's unit fits what a question asks: the unit it hints (a
//! length of time for "how long", a sum for "how much", a share for "what
//! share", and no sum, share, multiple or length of time for "how many"),
//! a length of time a question names without a hint (`the review period`),
//! and the noun a "how many" question counts: whether it counts people,
//! whether a figure's unit or the words after its quantity count it, and
//! whether a unit counts attendances or effort (`person-times`,
//! `man-days`) rather than heads.

use super::answer_match::Word;
use super::fold::stem;
use super::intent::{Intent, UnitHint};
use super::synonyms::{self, loosely_same};
use ipx_corpus::lower::Lowercase;

/// Whether a plural noun as typed counts people: a word for people
/// (`judges`, `staff`) or an agent noun (`mediators`, `engineers`,
/// `trainees`, `specialists`) that is no thing (`numbers`, `fees`).
pub(crate) fn is_personal(word: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "people",
        "persons",
        "staff",
        "personnel",
        "judges",
        "members",
        "experts",
        "pupils",
        "children",
        "talents",
        "professionals",
        "officials",
        "delegates",
        "graduates",
        "candidates",
        "clerks",
        "scholars",
        "fellows",
        "police",
        "attorneys",
        "agents",
        "students",
        "applicants",
        "participants",
        "residents",
        "individuals",
        "witnesses",
        "academics",
        "faculty",
        "scientists",
        "engineers",
        "employees",
        "trainees",
        "volunteers",
    ];
    const THINGS: &[&str] = &[
        "numbers",
        "letters",
        "orders",
        "papers",
        "centers",
        "transfers",
        "containers",
        "sectors",
        "factors",
        "fees",
        "degrees",
        "committees",
        "grants",
        "lists",
        "plants",
        "computers",
        "markers",
        "monitors",
        "matters",
        "chapters",
        "registers",
        "headquarters",
        "quarters",
        "filters",
        "offers",
        "layers",
        "clusters",
        "vectors",
        "motors",
        "meters",
        "dollars",
        "colors",
        "colours",
        "errors",
        "chambers",
        "borders",
        "towers",
        "corridors",
        "folders",
        "posters",
        "servers",
        "printers",
        "rivers",
        "mirrors",
        "covers",
        "members'",
    ];
    PEOPLE.contains(&word)
        || (["ers", "ors", "ists", "ians", "ees"]
            .iter()
            .any(|e| word.ends_with(e))
            && !THINGS.contains(&word))
}

/// Whether one of the three words after the fact's quantity is `word`
/// (`63 witnesses`, `500 IP clinic visits`): the sentence counts it,
/// whatever unit the compiler gave the figure.
pub(crate) fn noun_after(fact: &ipx_corpus::Fact, word: &Word) -> bool {
    let end = (fact.span.end.saturating_sub(fact.sentence_span.start)) as usize;
    let Some(after) = fact.sentence.get(end..) else {
        return false;
    };
    (after.split_whitespace().take(3))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).lowercase())
        .any(|w| {
            let term = synonyms::answer_term(&w, &stem(&w));
            term == word.term || loosely_same(&term, &word.term)
        })
}

/// Whether a figure's `unit` counts the question's counted noun `word`:
/// it names the noun (`judges`), it is a person's noun (`people`,
/// `volunteers`) and the noun is a word for people in general ("how many
/// people sit on …", "how many staff"), it is `people` of a measure that
/// names people in general and the noun is a person's (`people trained`
/// for "how many trainees"), or it is a bare `count`.
pub(crate) fn unit_counts(word: &Word, asked: &str, unit: &str, measure_terms: &[String]) -> bool {
    let unit = unit.lowercase();
    // `people trained`, `staff of the office` count the trainees or
    // examiners asked for.
    let generic_measure = unit == "people"
        && ([
            "people",
            "person",
            "staff",
            "employee",
            "personnel",
            "worker",
            "workforce",
            "headcount",
        ]
        .iter())
        .any(|p| {
            measure_terms
                .binary_search(&synonyms::answer_term(p, &stem(p)))
                .is_ok()
        });
    let general = ([
        "people",
        "person",
        "individual",
        "member",
        "staff",
        "employee",
        "worker",
    ]
    .iter())
    .any(|p| word.term == synonyms::answer_term(p, &stem(p)));
    // A person's noun: `volunteers`, `arbitrators`, `specialists`; not a
    // count of occasions or effort (`person-times`, `man-days`).
    let personal = ([
        "people", "ers", "ors", "ists", "ants", "ents", "ees", "ians",
    ]
    .iter()
    .any(|e| unit.ends_with(e))
        || unit.contains("person"))
        && !counts_occasions(&unit);
    // A count of things the compiler could not name is not ruled out.
    let asked_personal = is_personal(asked);
    unit == "count"
        || (general && personal)
        || (generic_measure && asked_personal)
        || unit.split(' ').any(|u| {
            let term = synonyms::answer_term(u, &stem(u));
            term == word.term || loosely_same(&term, &word.term)
        })
}

/// Whether a unit counts occasions or effort of people, not heads:
/// `person-times` (attendances), `person-days`, `man-hours`.
pub(crate) fn counts_occasions(unit: &str) -> bool {
    (unit.split([' ', '-']).skip(1)).any(|w| {
        matches!(
            w,
            "time" | "times" | "day" | "days" | "hour" | "hours" | "year" | "years"
        )
    })
}

/// Words that ask for a length of time without a "how long".
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &["times", "period", "periods", "cycle", "delays", "long", "take", "takes", "took", "quickly", "fast", "faster", "speed"];
/// Words that name a wait itself (a subset of the words of time).
const WAIT_WORDS: &[&str] = &[
    "time",
    "wait",
    "waiting",
    "duration",
    "pendency",
    "delay",
    "turnaround",
];

/// Whether the question names a length of time (`the average examination
/// time`, `the review period`) though it hints no unit.
pub(crate) fn asks_time(intent: &Intent) -> bool {
    (intent.words.iter())
        .any(|w| TIME_WORDS.contains(&w.word.as_str()) || WAIT_WORDS.contains(&w.word.as_str()))
}

/// Whether the question names a wait with no unit hint ("the time to
/// judgment", "the waiting period"), which a length of time answers before
/// a count of the same words.
pub(crate) fn names_a_wait(intent: &Intent) -> bool {
    intent.unit.is_none() && (intent.words.iter()).any(|w| WAIT_WORDS.contains(&w.word.as_str()))
}

/// Whether a unit is a multiple (`2 times`, `four times the 2015 figure`).
pub(crate) fn is_multiple(unit: &str) -> bool {
    unit == "times" || unit.starts_with("times ")
}

/// Whether the question asks for a multiple (`how many times`, `did it
/// double`, `threefold`).
pub(crate) fn asks_multiple(intent: &Intent) -> bool {
    (intent.words.iter()).any(|w| {
        matches!(
            w.word.as_str(),
            "times" | "double" | "doubled" | "triple" | "tripled" | "multiple"
        ) || w.word.ends_with("fold")
    })
}

/// Words of a charge, which may be stated as a percentage of what it is
/// charged on.
const FEE_WORDS: &[&str] = &[
    "fee",
    "fees",
    "premium",
    "premiums",
    "charge",
    "charges",
    "commission",
];

/// Whether a figure in `unit` fits a money question as a charge stated
/// as a percentage ("What is the annual guarantee fee?" → `0.8%`).
pub(crate) fn fee_rate(intent: &Intent, unit: &str) -> bool {
    intent.unit == Some(UnitHint::Money)
        && unit == "%"
        && (intent.words.iter()).any(|w| FEE_WORDS.contains(&w.word.as_str()))
}

/// Whether a unit is of the kind hinted.
pub(crate) fn unit_fits(hint: UnitHint, unit: &str) -> bool {
    let unit = unit.lowercase();
    match hint {
        UnitHint::Duration => ["second", "minute", "hour", "day", "week", "month", "year"]
            .iter()
            .any(|u| unit.starts_with(u)),
        UnitHint::Money => ipx_corpus::currency::is_money(&unit),
        UnitHint::Share => unit == "%" || unit.contains("percent"),
        // Percentage points count ("how many percentage points"); a
        // percentage, a multiple ("four times the 2015 figure"), a sum or
        // a length of time does not.
        UnitHint::Count => {
            let share = unit == "%" || (unit.contains("percent") && !unit.contains("point"));
            !share
                && !is_multiple(&unit)
                && !unit_fits(UnitHint::Money, &unit)
                && !unit_fits(UnitHint::Duration, &unit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer_checks::first_over;

    #[test]
    fn a_multiple_answers_only_a_question_of_multiples() {
        let note = "Bank Note\n\nDate: 6 November 2025\n\nThe bank's pledge loan balance reached 3.18 billion yuan at the end of October 2025, more than double the 1.46 billion yuan at the end of 2023. The bank plans to raise the balance to 5 billion yuan by the end of 2027.\n";
        assert_eq!(
            first_over(
                note,
                "How much pledge lending does the bank have outstanding now?"
            ),
            "3180000000 yuan 2025-10 actual"
        );
        // The verb of getting to a goal names no measure.
        assert_eq!(
            first_over(
                note,
                "What pledge loan balance does the bank want to reach by 2027?"
            ),
            "5000000000 yuan 2027-12 target"
        );
    }

    #[test]
    fn a_sum_asked_is_answered_by_a_sum_or_not_at_all() {
        let note = "Office Note\n\nDate: 12 January 2026\n\nThe office has 41 examiners. Its guarantee fee is 0.8% a year. In 2026 the office aims to cut the average time to grant to 14 months.\n";
        // No sum in the note: a count of people is no answer.
        assert_eq!(
            first_over(note, "How much did the office spend on examiners in 2025?"),
            "nothing"
        );
        // A fee may be a percentage of what it is charged on.
        assert_eq!(
            first_over(note, "What is the annual guarantee fee?"),
            "0.8 % 2026-01-12 actual"
        );
        // "to grant" is a deed, not money granted.
        assert_eq!(
            first_over(
                note,
                "What average time to grant does the office aim for in 2026?"
            ),
            "14 months 2026 target"
        );
    }

    #[test]
    fn how_many_is_answered_by_a_count_of_the_noun_asked() {
        let roster = "Centre Roster\n\nDate: 3 March 2025\n\nThe roster of the centre lists 140 arbitrators. The centre's secretariat has 16 case managers. A panel of 9 reviewers, drawn from industry, scores every bid.\n";
        assert_eq!(
            first_over(roster, "How many arbitrators are on the roster?"),
            "140 arbitrators - actual"
        );
        // Neither the measure nor the unit counts mediators.
        assert_eq!(
            first_over(roster, "How many mediators are on the centre's roster?"),
            "nothing"
        );
        // People in general are counted by any person's noun.
        assert_eq!(
            first_over(roster, "How many people are on the review panel?"),
            "9 reviewers - actual"
        );
    }

    #[test]
    fn a_body_of_people_is_named_by_staff_words_and_by_its_agents() {
        let note = "Registry Annual Note\n\nDate: 3 March 2025\n\nThe registry hired 14 new examiners in 2024, bringing its examining staff to 132. Its legal team numbers 8 lawyers.\n";
        assert_eq!(
            first_over(note, "How many examiners does the registry have?"),
            "132 people 2024 actual"
        );
        assert_eq!(
            first_over(note, "How many employees does the examining staff have?"),
            "132 people 2024 actual"
        );
    }

    #[test]
    fn sums_in_pounds_and_other_currencies_answer_how_much() {
        let note = "Fund Note\n\nDate: 3 March 2025\n\nThe innovation fund's licensing income reached £3.4m in 2024. The fund employed 12 licensing managers.\n";
        assert_eq!(
            first_over(note, "How much licensing income did the fund earn?"),
            "3400000 pounds 2024 actual"
        );
        assert!(unit_fits(UnitHint::Money, "NZ dollars"));
        assert!(unit_fits(UnitHint::Money, "pounds"));
    }

    #[test]
    fn how_many_people_is_not_answered_by_a_count_of_attendances() {
        let note = "Training Report\n\nDate: 3 March 2025\n\nThe academy's courses drew 4,200 person-times in 2024. Its staff put in 900 person-days of mentoring.\n";
        for question in [
            "How many people work at the academy?",
            "How many people did the academy train?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        // Asked as such, attendances are still answered.
        assert_eq!(
            first_over(
                note,
                "How many person-times did the academy's courses draw?"
            ),
            "4200 person-times 2024 actual"
        );
        assert!(counts_occasions("person-times") && counts_occasions("man hours"));
        assert!(!counts_occasions("people") && !counts_occasions("times"));
    }

    #[test]
    fn how_many_things_is_not_answered_by_a_count_of_people() {
        let note = "Unit Report\n\nDate: 3 March 2025\n\nThe trade secret unit has 18 investigators. The enforcement office employs 40 inspectors.\n";
        for question in [
            "How many trade secret cases did the unit handle?",
            "How many raids did the enforcement office carry out?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        // People asked are still answered, and so is a thing the measure names.
        assert_eq!(
            first_over(
                note,
                "How many investigators does the trade secret unit have?"
            ),
            "18 investigators 2025-03-03 actual"
        );
        let cases = format!("{note}The unit opened 57 trade secret cases in 2024.\n");
        assert_eq!(
            first_over(&cases, "How many trade secret cases did the unit open?"),
            "57 cases 2024 actual"
        );
    }

    #[test]
    fn how_many_is_not_answered_by_a_sum_or_a_share() {
        let note = "Agency Survey\n\nDate: 3 March 2025\n\nFees paid by patent agencies came to 900 yuan. Patent agencies grew 12% in 2024. Patent agencies took 4 months to register. The city has 310 patent agencies.\n";
        assert_eq!(
            first_over(note, "How many patent agencies are there?"),
            "310 agencies 2025-03-03 actual"
        );
        let multiple = note.replace(
            "The city has 310 patent agencies.",
            "The city has 310 patent agencies, roughly four times the 2015 figure of 80 patent agencies.",
        );
        assert_eq!(
            first_over(&multiple, "How many patent agencies are there?"),
            "310 agencies 2025-03-03 actual"
        );
        let without_count = note.replace("The city has 310 patent agencies.", "");
        assert_eq!(
            first_over(&without_count, "How many patent agencies are there?"),
            "nothing"
        );
        assert_eq!(
            first_over(&without_count, "How much did patent agencies pay in fees?"),
            "900 yuan - actual"
        );
    }
}
