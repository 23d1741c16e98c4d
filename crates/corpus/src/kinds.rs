//! The kind of a figure: actual, target or change, from the words around
//! its number. A rise or fall (`up 12%`, `fell 3.4% year on year`,
//! `declined 8% to 412`, `a decline of 5%`, `went down by 15`) is a change,
//! recorded as the size stated; a goal is a target whether or not it says
//! so (`the goal for 2026 is 600`, `sets 15 … as the goal for 2027`, `is
//! expected to reach 16`, `will add 35`, `is to build 20`, `we are going to
//! open 12`); a figure reached is actual.
//!
//! Invariant: only the number's own sentence is read; the start or
//! baseline of a comparison (`from 7.8`, `against 2,260`, `up from 11.2`)
//! is never a change or a target, and a figure its own clause states as
//! reached in the past tense (`; pledge financing stood at 17.5 billion`)
//! is not made a goal by a goal named in another clause.

use super::change_verbs::states_change;
use super::model::FactKind;
use super::numbers::Quantity;
use super::periods::find_periods;
use super::tense::is_past;
use super::text::{is_function_word, last_clause};

/// Words before a number that make it a rise or fall.
#[rustfmt::skip]
const CHANGE_BEFORE: &[&str] = &["increase of", "increased by", "growth of", "growth rate of", "rise of", "rose by", ", up", "up by", ", down", "down by", "fell by", "grew by", "jumped", "decrease of", "decreased by", "drop of", "increase by", "reduced by", "lowered by", "raised by", "reduction of", "cut by", "climbed", "surged",
    // Falls and rises stated by the verb alone (`fell 3.4%`, `declined 8%
    // to 412`) or by a noun (`a decline of 5%`).
    "fell", "declined", "declined by", "decline of", "dropped", "dropped by", "fall of", "slipped", "slipped by", "shrank", "shrank by", "shrunk by", "contracted by", "decreased", "rose", "grew", "increased", "gained", "was down", "were down", "is down", "are down", "was up", "were up", "is up", "are up", "edged up", "edged down",
    // The same in speech and chatty prose (`it's up 9% on February last
    // year`, `that's down 4%`).
    "it's up", "it's down", "that's up", "that's down", "we're up", "we're down", "they're up", "they're down", "it’s up", "it’s down", "that’s up", "that’s down", "we’re up", "we’re down", "they’re up", "they’re down",
    "rising", "falling", "growing", "declining", "dropping", "increasing", "decreasing", "climbing",
    // Other verbs and nouns of a rise or fall (`swelled 15%`, `an
    // improvement of 4 points`, `an expansion of 12`).
    "expanded", "swelled", "soared", "plunged", "plummeted", "slumped", "dipped", "tumbled", "widened", "narrowed", "improved", "worsened", "improvement of", "expansion of", "contraction of", "deterioration of", "jump of", "surge of", "dip of", "cut of", "gain of", "increment of", "shortening of", "upturn of", "downturn of"];
/// Words right after a number that make it a rise or fall.
#[rustfmt::skip]
const CHANGE_AFTER: &[&str] = &[" year-on-year", " year on year", " month on month", " month-on-month", " y/y", " yoy", " y-o-y", " q/q", " m/m", " quicker", " faster", " higher", " lower", " more than", " less than", " fewer than", " increase", " growth", " slots", " places", " on the previous", " from the previous",
    // `a 5% rise in filings`, `a 3% fall`.
    " rise", " fall", " drop", " decline", " decrease", " reduction", " gain", " jump",
    // `a 10% cut`, `a 4-point improvement`.
    " cut", " improvement", " expansion", " contraction", " surge", " dip",
    // `recruited 45 additional examiners`: more of a stock, not the stock.
    " additional", " extra"];
/// Nouns of a label that make its percentage a rise or fall.
const CHANGE_NOUNS: &[&str] = &[
    "growth", "change", "increase", "rise", "decline", "decrease", "fall", "drop",
];
/// Verbs after a number of people that move them into or out of a body
/// (`after six joined the team`, `12 retired`): a change of its headcount.
#[rustfmt::skip]
const JOINING: &[&str] = &["joined", "have joined", "has joined", "had joined", "were hired", "were recruited", "were appointed", "retired", "resigned", "departed", "have left", "had left"];

/// Whether the text after a number (lowercase or not) makes the number the
/// subject of a verb of joining or leaving a body (`six joined the trade
/// mark team`): a change of the body's headcount, not a count of its own.
pub fn joins_or_leaves(after: &str) -> bool {
    let lower = after.to_ascii_lowercase();
    let rest = lower.strip_prefix(' ').unwrap_or("");
    let rest = ["people ", "staff ", "new ", "more ", "of them ", "of whom "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // `5 retired judges`: a participle before a noun describes the
    // counted people; a verb is followed by its object, a function word
    // (`joined the team`, `retired in May`) or nothing.
    let verb_after = |r: &str| {
        if r.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        let next = r.split_whitespace().next().unwrap_or("");
        let word = next.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        word.is_empty() || word.starts_with(char::is_uppercase) || is_function_word(word)
    };
    JOINING
        .iter()
        .any(|v| rest.strip_prefix(v).is_some_and(verb_after))
}

/// Words that make a figure a goal.
#[rustfmt::skip]
const TARGET_CUES: &[&str] = &["goal", "target", "aim to", "aims to", "mean to", "means to", "should reach", "will reach", "will exceed", "will hit", "is expected to", "are expected to", "plan to", "plans to", "estimated that by", "projected", "strive to", "will increase to", "will rise to", "strive for", "would like to see", "want to", "wants to", "intend to", "intends to", "seek to", "seeks to", "no fewer than", "not less than", "no less than",
    // `Our aim for 2028 is`, `the objective is`, `expects … to reach`,
    // `we are going to open`, `the province is to build`.
    "aim for", "aim is", "aim of", "objective", "expects", "going to", " is to ", " are to ",
    // Duties and commitments (`is required to index`, `undertakes to hold
    // 6`, `commits to a monthly output of 2,500`).
    "required to", "obliged to", "obligated to", "undertakes to", "undertake to", "commits to", "commit to", "committed to", "pledges to", "pledged to", "promises to", "promised to", "agrees to", "agreed to", "needs to", "need to",
    // A planner's wish or call (`we want 80 mediators`, `the Board seeks a
    // rate of 72 percent`, `wishes to see the wait reduced to 30 days`,
    // `I would like the rate brought down to 8 percent`, `plans call for
    // 12 new centres`, `we are aiming at 15,000`, `hopes to register`).
    "want ", "wants ", "seeks ", "seek ", "seeking ", "wishes to", "wish to", "would like", "'d like", "hopes to", "hope to", "hoping to", "aiming at", "aiming for", "aiming to", "aims at", "aims for", "aim at", "calls for", "call for", "intending to", "planning to", "sets out to", "set out to",
    // What a budget provides for and a hope for a measure (`we are
    // budgeting for 200 agreements`, `we hope income passes 45 million`).
    "budgeting for", "budgeted for", "budgets for", "budget for", "hope ", "hopes ", "hoping ",
    // A forecast (`we expect licence income of at least €50 million in
    // 2026`, `we anticipate 40 hires`, `the forecast is 9,000`).
    "expect ", "expecting ", "anticipate ", "anticipates ", "anticipating ", "forecast ",
    // A task set by someone above (`the Board has asked us to bring the
    // wait below 24 months`, `the office was instructed to clear 5,000`,
    // `tasked with registering 300`).
    "asked us to", "asks us to", "asked to", "asks to", "instructed us to", "instructed to", "instructs us to", "directed us to", "directed to", "tasked with", "tasked us with", "charged with", "mandated to", "called on us to", "calls on us to"];
/// Words after a number, in its clause, that make it a goal (`sets 15
/// patents per 10,000 people as the goal for 2027`).
#[rustfmt::skip]
const TARGET_AFTER: &[&str] = &["as the goal", "as the target", "as its goal", "as its target", "as a goal", "as a target", "as the aim", "as the objective",
    // `8 patents per 10,000 people are expected by 2030`: a forecast of
    // the number, told after it.
    "are expected", "is expected", "are projected", "is projected", "are anticipated", "is anticipated", "are planned", "is planned", "are targeted", "is targeted", "are forecast", "is forecast", "are to be", "is to be"];
/// Modal verbs that make a figure of their own clause a goal or a duty
/// (`The province will register no fewer than 60`, `Universities should
/// license at least 3,000 patents`, `The supplier must provide 20`).
const TARGET_MODALS: &[&str] = &["will", "shall", "should", "must"];

/// A label without the modal verb phrase a goal's subject ran into: `licence
/// income shall` → `licence income`, `mediation panel is to grow` →
/// `mediation panel`, `the share of agreements should be raised` → `the
/// share of agreements`. A label that is nothing but the modal stays.
pub fn without_modal_tail(label: &str) -> &str {
    let words: Vec<&str> = label.split(' ').collect();
    let at = words.iter().enumerate().position(|(i, w)| {
        let w = w.to_ascii_lowercase();
        TARGET_MODALS.contains(&w.as_str())
            || matches!(w.as_str(), "would" | "is" | "are")
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.eq_ignore_ascii_case("to"))
    });
    // `office will waive (share of annual fees)`: a verb with its object
    // is a label of its own.
    let short_tail = |at: usize| words.len() - at <= 3 && !label.contains('(');
    match at {
        Some(at) if at > 0 && short_tail(at) => {
            let end = words[..at].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
            &label[..end]
        }
        _ => label,
    }
}

/// Words in brackets after a line's opening period that mark its figures
/// as planned (`2026 (plan)`, `FY2025 (forecast):`).
#[rustfmt::skip]
const PLANNED_MARKS: &[&str] = &["plan", "planned", "target", "targets", "goal", "goals", "forecast", "forecasts", "projected", "projection", "projections", "budget", "budgeted", "outlook"];

/// True for a line that opens with a period marked in brackets as planned
/// (`2026 (plan) 9,000 pre-examinations`, `FY2025 (forecast): 60
/// patents`, `Q4 2025 (target) — 5,000`): its figures are goals.
pub fn is_planned_line(sentence: &str) -> bool {
    let Some(open) = sentence.find('(') else {
        return false;
    };
    let head = sentence[..open].trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some(close) = sentence[open..].find(')') else {
        return false;
    };
    let mark = sentence[open + 1..open + close]
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let head_is_period = head.split_whitespace().count() <= 2
        && find_periods(head, None)
            .first()
            .is_some_and(|p| p.span.start == 0 && p.span.end == head.trim_end().len());
    head_is_period && PLANNED_MARKS.contains(&mark.as_str())
}

/// `9.4% more money than`, `120 fewer appeals than`: a difference from
/// what the comparison names, with at most two words of what is counted
/// between (`more than` alone is a bound, read by [`CHANGE_AFTER`]).
fn more_than(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(4).collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let than = rest.iter().position(|w| *w == "than");
    matches!(*first, "more" | "less" | "fewer") && than.is_some_and(|at| (1..=2).contains(&at))
}

/// Actual, target or change, from the words around the number.
pub fn kind_of(sentence: &str, q: &Quantity) -> FactKind {
    let lower = sentence.to_ascii_lowercase();
    let before = lower[..q.span.start].trim_end();
    let after = &lower[q.span.end..];
    let window: Vec<&str> = before
        .split(' ')
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let near = window.join(" ");
    let from_to = before.ends_with(" from") || before.ends_with(" to");
    let after_noun = after
        .trim_start()
        .find(' ')
        .map_or("", |p| &after.trim_start()[p..]);
    // `0.4 percentage points lower than in 2024`: a two-word unit.
    let after_points = [" percentage points", " percentage point", " basis points"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or("");
    let changed_after = CHANGE_AFTER
        .iter()
        .any(|c| after.starts_with(c) || after_noun.starts_with(c) || after_points.starts_with(c));
    let changed_before = CHANGE_BEFORE
        .iter()
        .any(|c| near.ends_with(c) && word_starts(&near, near.len() - c.len()))
        || states_change(before);
    // `Filings growth 2024 on 2023: 4.9%`: a share under a label that
    // names a rise or fall is the change.
    let labelled_change = q.unit == Some("%")
        && before.strip_suffix(':').is_some_and(|label| {
            let label = label.rsplit(['.', ';']).next().unwrap_or(label);
            (label.split(|c: char| !c.is_alphanumeric())).any(|w| CHANGE_NOUNS.contains(&w))
        });
    if !from_to
        && (changed_before
            || changed_after
            || labelled_change
            || joins_or_leaves(after)
            || more_than(after))
    {
        return FactKind::Change;
    }
    // `raise it to 9.5, from 7.8 at the end of 2024`, `at least 3,000,
    // against 2,260 in 2024`: the baseline of a goal is what was reached.
    if before.ends_with(" from") || before.ends_with(" against") {
        return FactKind::Actual;
    }
    let upto = &lower[..q.span.end];
    let clause = last_clause(before);
    // `there will be four sessions` plans an event, and sets no goal.
    let clause_words: Vec<&str> = clause.split_whitespace().collect();
    // `The figure should read 19,700`: a correction, no goal.
    let modal = clause_words
        .windows(2)
        .any(|w| TARGET_MODALS.contains(&w[0]) && !matches!(w[1], "be" | "read"));
    let clause_after = after.split([';', ':']).next().unwrap_or(after);
    let clause_after = clause_after.split(", ").next().unwrap_or(clause_after);
    let named_after = TARGET_AFTER.iter().any(|c| clause_after.contains(c));
    let cued = TARGET_CUES.iter().any(|c| has_cue(clause, c));
    if modal || named_after || cued || asks_for_a_change(&clause_words) {
        return FactKind::Target;
    }
    if continues_a_plan(before, &clause_words) {
        return FactKind::Target;
    }
    // `The plan names 30 billion yuan as the target for 2025; pledge
    // financing stood at 17.5 billion yuan in 2022`: a figure its own
    // clause states as reached is no goal named elsewhere.
    if is_past(before) {
        return FactKind::Actual;
    }
    // `…; we currently have 38 examiners`: so is a figure its own clause
    // states as it stands now.
    let now = (clause.split_whitespace())
        .any(|w| matches!(w, "currently" | "now" | "today" | "presently"))
        || clause.contains("at present")
        || clause.contains("at the moment");
    if now {
        return FactKind::Actual;
    }
    if TARGET_CUES.iter().any(|c| has_cue(upto, c)) {
        return FactKind::Target;
    }
    // `11 centres in operation, with two more under construction`, `hired
    // 12 more`: more of a stock, not the stock (a goal of more is a goal).
    let more = [" more ", " more.", " more,", " more;"]
        .iter()
        .any(|m| after.starts_with(m));
    if more && !after.starts_with(" more than") {
        return FactKind::Change;
    }
    FactKind::Actual
}

/// Whether the number's clause goes on with a verb the modal of an earlier
/// clause governs: `In 2025 the office will strengthen its guidance,
/// publish decisions within 7 working days, and keep replies within 10`.
/// The clause opens with a bare verb (after `and` or `or`); an earlier
/// clause of the sentence holds `will`, `shall`, `should` or `must`, not
/// followed by `be`.
fn continues_a_plan(before: &str, clause_words: &[&str]) -> bool {
    let mut words = clause_words.iter().copied();
    let first = match words.next() {
        Some("and" | "or" | "then") => words.next(),
        first => first,
    };
    let bare_verb = first.is_some_and(|w| {
        w.len() > 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !is_function_word(w)
            && !["ed", "ing", "ly", "s"].iter().any(|e| w.ends_with(e))
    });
    let earlier = &before[..before.len() - last_clause(before).len()];
    let earlier: Vec<&str> = earlier
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let planned = (earlier.windows(2))
        .any(|w| TARGET_MODALS.contains(&w[0]) && w[1] != "be" && w[1] != "not");
    bare_verb && planned
}

/// Verbs of a request made to whoever reports the figure.
const REQUEST_VERBS: &[&str] = &[
    "asked",
    "asks",
    "requested",
    "requests",
    "urged",
    "urges",
    "called",
];

/// Whether the clause asks for a measure to move: a request verb, `for`
/// within a few words (`The Board asked in 2025 for the median time to
/// fall below 30 days`, `the panel called for waits to drop to`), then a
/// `to` before the number.
fn asks_for_a_change(clause_words: &[&str]) -> bool {
    let Some(verb) = clause_words.iter().position(|w| REQUEST_VERBS.contains(w)) else {
        return false;
    };
    // `asked in 2025 for the time to fall`, `asked the Registry to get the
    // median under 40 days`: `for` or `to` within a few words of the verb.
    let words = &clause_words[verb + 1..];
    let Some(at) = words.iter().take(4).position(|w| *w == "for" || *w == "to") else {
        return false;
    };
    words[at] == "to" || words[at + 1..].contains(&"to")
}

/// Verbs that state an amount as it was (`the budget for 2024 was`).
const PAST_AMOUNT: &[&str] = &["was", "were", "totalled", "totaled", "amounted", "came"];

/// True when `text` holds the goal cue `cue` outside a relative clause
/// about people (`Staff who want training number 40` wants nothing of the
/// 40; `a plan that aims to register 400` still aims).
fn has_cue(text: &str, cue: &str) -> bool {
    text.match_indices(cue).any(|(at, _)| {
        // `a claim of` holds no `aim of`: a cue starts a word.
        let bounded = !cue.starts_with(char::is_alphabetic) || word_starts(text, at);
        let before = text[..at].trim_end();
        // `The operating budget for 2025-26 was 41.2mn`: a budget stated as
        // it was is what was spent or allotted, no goal.
        let spent = cue.starts_with("budget")
            && (text[at + cue.len()..].split_whitespace()).any(|w| PAST_AMOUNT.contains(&w));
        bounded && !spent && !(before.ends_with("who") && word_starts(before, before.len() - 3))
    })
}

/// True when `at` starts a word of `text` (`rose` in `sales rose`, not in
/// `arose`).
fn word_starts(text: &str, at: usize) -> bool {
    at == 0 || !text.as_bytes()[at - 1].is_ascii_alphanumeric() || text[at..].starts_with(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_under_a_label_of_growth_is_a_change() {
        let kind = |sentence: &str| {
            let q = crate::numbers::find_quantities(sentence)
                .pop()
                .expect("a number");
            kind_of(sentence, &q)
        };
        assert_eq!(
            kind("Design filings growth, 2024 on 2023: 6.1%."),
            FactKind::Change
        );
        assert_eq!(kind("Year-on-year change (Q3): 2.5%"), FactKind::Change);
        assert_eq!(kind("Share of online filings: 93%."), FactKind::Actual);
        assert_eq!(kind("Growth markets served: 14."), FactKind::Actual);
    }

    #[test]
    fn a_line_opening_with_a_period_marked_as_planned_states_goals() {
        for line in [
            "2026 (plan) 9,000 pre-examinations; turnaround cut to 15 working days.",
            "FY2025 (forecast): 60 granted patents.",
            "- Q4 2025 (target) — 5,000 registrations",
            "2027 (Projected): 40 staff.",
        ] {
            assert!(is_planned_line(line), "{line}");
        }
        for line in [
            "2025 (actual) 8,400 pre-examinations.",
            "The office filed 9,000 applications (plan: 10,000) in 2025.",
            "Staff (planned) — 40",
            "2026 was a good year (plan exceeded).",
        ] {
            assert!(!is_planned_line(line), "{line}");
        }
    }

    #[test]
    fn a_goal_label_drops_the_modal_its_subject_ran_into() {
        assert_eq!(without_modal_tail("licence income shall"), "licence income");
        assert_eq!(
            without_modal_tail("mediation panel is to grow"),
            "mediation panel"
        );
        assert_eq!(
            without_modal_tail("share of agreements signed with small firms should"),
            "share of agreements signed with small firms"
        );
        assert_eq!(without_modal_tail("examiners we will"), "examiners we");
        assert_eq!(without_modal_tail("patents granted"), "patents granted");
        assert_eq!(without_modal_tail("will"), "will");
        assert_eq!(
            without_modal_tail("office will waive (share of annual fees)"),
            "office will waive (share of annual fees)"
        );
        // `is` and `are` without `to` are no modal.
        assert_eq!(without_modal_tail("time is capped"), "time is capped");
    }
    use crate::numbers::find_quantities;

    /// The kind of each number of `sentence`.
    fn kinds(sentence: &str) -> Vec<String> {
        find_quantities(sentence)
            .iter()
            .map(|q| format!("{} {}", q.value, kind_of(sentence, q).as_str()))
            .collect()
    }

    #[test]
    fn people_who_joined_or_left_change_a_headcount() {
        assert_eq!(
            kinds("Staff: 212, after 14 joined in May and 3 retired."),
            ["212 actual", "14 change", "3 change"]
        );
        assert_eq!(
            kinds("Of the 40 who joined in 2023, 12 have left."),
            ["40 actual", "12 change"]
        );
        assert_eq!(kinds("We have 15 joined-up services."), ["15 actual"]);
        assert_eq!(
            kinds("The board consists of 5 retired judges."),
            ["5 actual"]
        );
    }

    #[test]
    fn a_task_set_from_above_is_a_goal() {
        assert_eq!(
            kinds("For 2027 the minister has asked us to clear 4,500 oppositions."),
            ["4500 target"]
        );
        assert_eq!(
            kinds("The registry was tasked with registering 300 new collective marks."),
            ["300 target"]
        );
        assert_eq!(
            kinds("We were asked about the 300 marks registered last year."),
            ["300 actual"]
        );
        assert_eq!(
            kinds(
                "In March the council asked the office for waiting times to come down to 40 days."
            ),
            ["40 target"]
        );
        assert_eq!(
            kinds(
                "The group asked the Registry to get the median under 40 days by the end of 2026."
            ),
            ["40 target"]
        );
        assert_eq!(
            kinds("Applicants asked for copies of the 12 decisions."),
            ["12 actual"]
        );
        assert_eq!(
            kinds("The Board has asked us to handle 1,350 applications; we currently have 38 examiners."),
            ["1350 target", "38 actual"]
        );
    }

    #[test]
    fn each_verb_a_modal_governs_sets_a_goal() {
        assert_eq!(
            kinds("In 2026 the board will widen its guidance, answer letters within 15 working days, and keep waits within 30 days."),
            ["15 target", "30 target"]
        );
        assert_eq!(
            kinds("The board will meet in May, and 1,200 letters were answered."),
            ["1200 actual"]
        );
    }

    #[test]
    fn a_correction_that_should_read_is_no_goal() {
        assert_eq!(kinds("The figure should read 19,700."), ["19700 actual"]);
        assert_eq!(kinds("Filings should reach 20,000."), ["20000 target"]);
    }

    #[test]
    fn falls_stated_by_verb_or_noun_are_changes() {
        assert_eq!(kinds("Exports fell 3.4% year on year."), ["3.4 change"]);
        assert_eq!(
            kinds("Filings declined 8% to 412."),
            ["8 change", "412 actual"]
        );
        assert_eq!(kinds("Filings were down 12% from 2023."), ["12 change"]);
        assert_eq!(
            kinds("Income was 56 million, a decline of 5%."),
            ["56000000 actual", "5 change"]
        );
        assert_eq!(
            kinds("Staff went down by 15, to 130."),
            ["15 change", "130 actual"]
        );
        assert_eq!(kinds("The share slipped by 2 points."), ["2 change"]);
        assert_eq!(kinds("The backlog contracted by 1,300."), ["1300 change"]);
        assert_eq!(
            kinds("Grants dropped 14 from the previous month."),
            ["14 change"]
        );
        assert_eq!(
            kinds("Grants were 300, 6.2% month on month lower."),
            ["300 actual", "6.2 change"]
        );
        // The abbreviations of dashboards and posts.
        assert_eq!(
            kinds("12,400 applications in Q1 (+9% y/y), grants -3% q/q, fees 4% YoY."),
            ["12400 actual", "9 change", "3 change", "4 change"]
        );
    }

    #[test]
    fn additional_things_are_a_change_of_the_stock() {
        assert_eq!(
            kinds("We recruited 45 additional examiners, bringing the corps to 212."),
            ["45 change", "212 actual"]
        );
        assert_eq!(kinds("The court hired 6 extra clerks."), ["6 change"]);
        assert_eq!(kinds("The court has 23 judges."), ["23 actual"]);
    }

    #[test]
    fn rises_by_the_verb_alone_are_changes_but_not_rises_to_a_level() {
        assert_eq!(kinds("Sales rose 7% in 2024."), ["7 change"]);
        assert_eq!(kinds("Sales rose to 40 units."), ["40 actual"]);
        assert_eq!(kinds("Sales grew from 5 to 9."), ["5 actual", "9 actual"]);
        assert_eq!(kinds("Sales were up 4.5% on the year."), ["4.5 change"]);
        // `rose` inside another word is no rise.
        assert_eq!(kinds("Disputes arose 40 times."), ["40 actual"]);
        assert_eq!(
            kinds("A 5% rise in filings, rising 7% a year later."),
            ["5 change", "7 change"]
        );
        assert_eq!(
            kinds("A 3 percent fall, after falling 2%."),
            ["3 change", "2 change"]
        );
    }

    #[test]
    fn goals_without_the_word_target_are_targets() {
        assert_eq!(
            kinds("The goal for 2026 is 600 applications."),
            ["600 target"]
        );
        assert_eq!(
            kinds("Our aim for 2028 is 100,000 works."),
            ["100000 target"]
        );
        assert_eq!(
            kinds("The plan sets 15 patents per 10,000 people as the goal for 2027."),
            ["15 target"]
        );
        assert_eq!(kinds("We are going to open 12 stations."), ["12 target"]);
        assert_eq!(
            kinds("By 2028 the registry means to examine 9,000 designs."),
            ["9000 target"]
        );
        // A cue inside another word is none (`claim of` is no `aim of`).
        assert_eq!(
            kinds("Damages were 450,000 yuan, against a claim of 1.5 million yuan."),
            ["450000 actual", "1500000 actual"]
        );
        assert_eq!(kinds("The province is to build 20 centres."), ["20 target"]);
        assert_eq!(
            kinds("The office expects capacity to reach 40,000."),
            ["40000 target"]
        );
        assert_eq!(kinds("The office will add 35 staff."), ["35 target"]);
        assert_eq!(
            kinds("8 patents per 10,000 people are expected by 2030."),
            ["8 target"]
        );
        assert_eq!(
            kinds("Some 1,200 new agents are to be trained."),
            ["1200 target"]
        );
    }

    #[test]
    fn a_planners_wish_or_call_is_a_target_but_what_was_wanted_and_had_is_not() {
        assert_eq!(kinds("We want 80 mediators by 2028."), ["80 target"]);
        assert_eq!(
            kinds("The ministry wants the portal to handle 2 million requests a year."),
            ["2000000 target"]
        );
        assert_eq!(
            kinds("The Board seeks a settlement rate of 72 percent next year."),
            ["72 target"]
        );
        assert_eq!(
            kinds("The council wishes to see the wait reduced to 30 days."),
            ["30 target"]
        );
        assert_eq!(
            kinds("I would like our refusal rate brought down to 8 percent."),
            ["8 target"]
        );
        assert_eq!(
            kinds("Plans call for 12 new centres in the north."),
            ["12 target"]
        );
        assert_eq!(
            kinds("The programme calls for 9 new mediation points."),
            ["9 target"]
        );
        assert_eq!(
            kinds("For the full year we are aiming at 15,000 applications."),
            ["15000 target"]
        );
        assert_eq!(
            kinds("The district hopes to register 400 marks."),
            ["400 target"]
        );
        assert_eq!(
            kinds("Next year the council is budgeting for 75 new trainees."),
            ["75 target"]
        );
        assert_eq!(
            kinds("We hope registrations pass 12,000 in the spring."),
            ["12000 target"]
        );
        // What was wanted or sought, and is had, is no goal.
        assert_eq!(
            kinds("Firms wanted faster decisions; the office registered 4,100 marks."),
            ["4100 actual"]
        );
        assert_eq!(kinds("Staff who want training number 40."), ["40 actual"]);
    }

    #[test]
    fn a_figure_stated_as_reached_in_its_own_clause_is_no_goal_named_elsewhere() {
        assert_eq!(
            kinds("The plan names 30 billion yuan as the target; financing stood at 17.5 billion yuan."),
            ["30000000000 target", "17500000000 actual"]
        );
        assert_eq!(
            kinds("Patents are expected to reach 16, up from 11.2."),
            ["16 target", "11.2 actual"]
        );
        // A goal in the clause itself stays a goal, whatever the tense.
        assert_eq!(kinds("The target was 90 units."), ["90 target"]);
    }

    #[test]
    fn duties_and_commitments_are_targets_and_what_was_had_is_actual() {
        assert_eq!(
            kinds("The contractor must station 18 trained operators at the registry."),
            ["18 target"]
        );
        assert_eq!(
            kinds("Bidders shall deliver at least 40 reports."),
            ["40 target"]
        );
        assert_eq!(
            kinds("The agency is required to process 900 files a month."),
            ["900 target"]
        );
        assert_eq!(
            kinds("The successful tenderer undertakes to hold 6 training sessions each year."),
            ["6 target"]
        );
        assert_eq!(
            kinds("The provider commits to a monthly output of 2,500 indexed files."),
            ["2500 target"]
        );
        assert_eq!(
            kinds("The operator is obliged to staff the helpline with 25 advisers."),
            ["25 target"]
        );
        assert_eq!(
            kinds("That was 12.5% more income than the spring round of 2023."),
            ["12.5 change"]
        );
        assert_eq!(
            kinds("The board heard 120 fewer appeals than before."),
            ["120 change"]
        );
        assert_eq!(kinds("It holds more than 40 works."), ["40 actual"]);
        assert_eq!(
            kinds("The seed bank runs 11 stores, with two more under construction."),
            ["11 actual", "2 change"]
        );
        // `will` inside a clause that reports the past still plans.
        assert_eq!(
            kinds("The registry said it will open 2 more reading rooms."),
            ["2 target"]
        );
        assert_eq!(
            kinds("The supplier will translate 12,000 documents a year and carry out 3,000 searches a year."),
            ["12000 target", "3000 target"]
        );
        // What was had or done stays actual.
        assert_eq!(
            kinds("Under the previous contract, the provider had 11 operators on site."),
            ["11 actual"]
        );
        assert_eq!(
            kinds("Staff were 40 in 2023, and the office must now hire more."),
            ["40 actual"]
        );
    }

    #[test]
    fn changes_told_by_any_verb_of_change_and_by_or_up_and_down() {
        assert_eq!(
            kinds("Overall staffing climbed by 23 last year and now stands at 187."),
            ["23 change", "187 actual"]
        );
        assert_eq!(
            kinds("The number of patent agencies grew by 310 over the period."),
            ["310 change"]
        );
        assert_eq!(
            kinds("We have trimmed the average wait for a consultation by 6 days since 2022."),
            ["6 change"]
        );
        assert_eq!(
            kinds("Trainee examiners went up 40% in 2023."),
            ["40 change"]
        );
        assert_eq!(kinds("Membership swelled 15% in 2022."), ["15 change"]);
        assert_eq!(
            kinds("The helpdesk recorded an improvement of 4 percentage points in its resolution rate."),
            ["4 change"]
        );
        assert_eq!(kinds("A 10% cut in fees followed."), ["10 change"]);
        // A level reached, and a share set up, are no change.
        assert_eq!(kinds("Each district will set up 2 stations."), ["2 target"]);
        assert_eq!(
            kinds("The patents were granted by 40 offices."),
            ["40 actual"]
        );
    }
}
