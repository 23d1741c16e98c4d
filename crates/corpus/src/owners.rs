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
use super::phrases::STATES;
use super::pointers::names_a_value;
use super::pronouns::{last_organisation, participle};
use super::text::is_function_word;
use super::verbs::irregular_participle;

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
    "around",
    "approximately",
    "roughly",
    "almost",
    "than",
    "more",
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
    if key.is_empty() || measure.contains('(') {
        return None;
    }
    // `412,507 marks in force`: the state the things are counted in says
    // nothing of whose they are, so the noun before it is still bare.
    let stem = STATES
        .iter()
        .find_map(|state| measure.strip_suffix(state))
        .unwrap_or(measure);
    let bare = !key.contains(' ') || !stem.contains(' ');
    let clause_start = [", ", "; ", ": ", ". ", "\" ", "“"]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let mut words: Vec<&str> = before[clause_start..].split_whitespace().collect();
    // `, and the optics section employs`: a conjunction opens the clause.
    if words.len() > 2 && matches!(words[0], "and" | "but" | "while" | "whereas" | "or") {
        words.remove(0);
    }
    // `extended to 200 universities`: after `to`, what is counted is no
    // object of the verb (`has grown to` keeps its verb of having).
    let mut to_before = false;
    while words
        .last()
        .is_some_and(|w| GROWTH.contains(&w.to_lowercase().as_str()))
    {
        to_before |= words.pop() == Some("to");
    }
    // `The division is made up of 72 examiners`, `The board, consisting
    // of 9 examiners, …`: what a body is made of is what it has.
    let composed = strip_composition(&mut words);
    if composed && words.is_empty() && before[..clause_start].ends_with(", ") {
        let head = &before[..clause_start - 2];
        let start = [", ", "; ", ": ", ". "]
            .iter()
            .filter_map(|sep| head.rfind(sep).map(|p| p + sep.len()))
            .max()
            .unwrap_or(0);
        words = head[start..].split_whitespace().collect();
    }
    let verb = if composed { "has" } else { words.pop()? };
    // `The registry now runs`: an adverb between subject and verb.
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "now" | "currently" | "still" | "already" | "today" | "usually" | "typically"
        )
    }) {
        words.pop();
    }
    // `The catalogue runs to 2,300 pages`: the pages are the catalogue's.
    let runs_to = to_before && matches!(verb, "runs" | "ran" | "run");
    let have = HAVE.contains(&verb) || runs_to;
    // `counts 15 members drawn from industry`: what a body has is the
    // noun, not what was done to it.
    let (measure, bare) = match measure.rsplit_once(' ') {
        Some((noun, done))
            if (have || composed)
                && !noun.contains(' ')
                && (done.ends_with("ed") || irregular_participle(done) == Some(done)) =>
        {
            (noun, true)
        }
        _ => (measure, bare),
    };
    // `aims to register 250,000 works`, `will issue 5,000 certificates`:
    // the verb is in its base form after `to` or a modal.
    let intent = |w: &str| INTENT_WORDS.contains(&w.to_lowercase().as_str()) && w != "to";
    let to_do = match words[..] {
        [.., before, "to"] => intent(before),
        [.., modal] => matches!(modal.to_lowercase().as_str(), "will" | "shall" | "should"),
        _ => false,
    };
    // The verb is no word of the label itself (`Invention patents 61,300`).
    let in_label = measure.split(' ').any(|w| w.eq_ignore_ascii_case(verb));
    let done = if have {
        None
    } else if in_label || to_before {
        return None;
    } else if to_do {
        Some(base_participle(verb)?)
    } else if NOT_VERBS.contains(&verb) {
        return None;
    } else if ACTIONS.contains(&verb)
        || verb.ends_with("ed")
        || irregular_participle(verb).is_some()
    {
        Some(participle(verb)?)
    } else if let Some(done) = present_participle(verb, &words) {
        Some(done)
    } else {
        return None;
    };
    // A label that says what it counts keeps its words: only what was done
    // to the counted things joins it (`patent applications handled`).
    let last = measure.split(' ').next_back().unwrap_or("");
    let has_verb = last.ends_with("ed") || irregular_participle(last).is_some();
    // `the province held 421,000 valid invention patents`: a verb of
    // having adds nothing to a label that says what it counts.
    let having = matches!(
        irregular_participle(verb).unwrap_or(verb),
        "held" | "kept" | "owns" | "owned" | "possesses" | "possessed" | "holds"
    );
    // What a body is made of is counted as its members, whatever their
    // label (`The committee is composed of 7 senior arbitrators`).
    let members = composed && key.split(' ').count() <= 3;
    if !bare && !members && (done.is_none() || has_verb || having || key.split(' ').count() > 3) {
        return None;
    }
    // `These days we register 61,000 works`: whoever speaks is no name.
    // Staff a speaker's body employs are its staff, which the passage's
    // organisation names better (`We employ 146 examiners`).
    if speaking(&words) {
        // `we want 30 mediators`: what a speaker wants is a goal of the
        // thing, not a thing wanted.
        let staffing = ACTIONS.iter().any(|a| a.starts_with(verb));
        let wish = INTENT_WORDS.contains(&verb.to_lowercase().as_str());
        return done
            .filter(|_| !staffing && !wish)
            .map(|done| format!("{measure} {done}"));
    }
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
    // `In the course of the inspection the committee held`: the subject is
    // the noun phrase its last determiner opens.
    if words.len() > 4 {
        let last_the = words
            .iter()
            .rposition(|w| matches!(w.to_lowercase().as_str(), "the" | "its" | "their"));
        if let Some(at) = last_the.filter(|&at| at > 0 && words.len() - at <= 4) {
            let preposition = words[at - 1].to_lowercase();
            if !matches!(preposition.as_str(), "of" | "for" | "and" | "or") {
                words.drain(..at);
            }
        }
    }
    // `Universities sold`: a common noun that opens the sentence.
    let lowered;
    if let Some(first) = words.first().filter(|w| {
        w.len() > 3
            && w.ends_with('s')
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && before.trim_start().starts_with(**w)
    }) {
        lowered = first.to_lowercase();
        words[0] = lowered.as_str();
    }
    // `The figure should read 19,700`: a subject that restates a figure
    // names no owner, and its verb nothing done to what is counted.
    if names_a_value(&words.join(" ")) {
        return None;
    }
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
        Some(done) if !bare => Some(format!("{measure} {done}")),
        None => Some(format!("{measure} of {subject}")),
        Some(done) => Some(format!("{measure} {done} by {subject}")),
    }
}

/// Drops a trailing `is made up of`, `consisting of`, `comprises`, …
/// from `words`; true when there was one.
fn strip_composition(words: &mut Vec<&str>) -> bool {
    const PHRASES: &[&[&str]] = &[
        &["made", "up", "of"],
        &["brings", "together"],
        &["bring", "together"],
        &["brought", "together"],
        &["gathers"],
        &["unites"],
        &["consisting", "of"],
        &["consists", "of"],
        &["consist", "of"],
        &["composed", "of"],
        &["comprised", "of"],
        &["comprising"],
        &["comprises"],
        &["comprise"],
    ];
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let Some(phrase) = PHRASES.iter().find(|p| {
        lower.len() >= p.len()
            && lower[lower.len() - p.len()..]
                .iter()
                .zip(p.iter())
                .all(|(a, b)| a == b)
    }) else {
        return false;
    };
    words.truncate(words.len() - phrase.len());
    while words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "is" | "are" | "was" | "were" | "now" | "currently"
        )
    }) {
        words.pop();
    }
    true
}

/// Whether the subject ends in a speaker's pronoun (`These days we
/// register 61,000 works`, `We handle`): no name to give the figure, but
/// what was done to what is counted still is.
fn speaking(words: &[&str]) -> bool {
    words
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "we" | "they" | "i"))
}

/// The participle of a present-tense verb after its subject: `settles`
/// after a singular subject with a determiner or a name (`Its mediation
/// centre settles`), a base form after a plural one (`Examiners handle`);
/// `None` for what may be a noun.
fn present_participle(verb: &str, subject: &[&str]) -> Option<String> {
    let plain = verb.len() >= 3 && verb.chars().all(|c| c.is_ascii_lowercase());
    let head = subject.last()?;
    let noun_like = [
        "tion", "sion", "ment", "ness", "ship", "ance", "ence", "ity", "ists",
    ]
    .iter()
    .any(|e| verb.trim_end_matches('s').ends_with(e));
    if !plain || noun_like || is_function_word(verb) || NOT_VERBS.contains(&verb) {
        return None;
    }
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && w.chars().all(|c| c.is_alphabetic())
    };
    let first = subject
        .iter()
        .find(|w| w.chars().all(char::is_alphabetic))
        .copied()
        .unwrap_or("");
    let named = first.starts_with(|c: char| c.is_uppercase())
        || matches!(first, "the" | "its" | "their" | "this" | "our");
    if verb.ends_with('s') && !verb.ends_with("ss") {
        (named && !plural(head) && subject.len() <= 6).then(|| participle(verb))?
    } else {
        // `These days we register 61,000 works`: a person speaking for
        // the body does what it does.
        (plural(head) && subject.len() <= 4 || speaking(subject)).then(|| base_participle(verb))?
    }
}

/// Words before a number that are no verbs of action on what is counted.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &["rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "number", "numbers", "total", "totals", "count", "counts", "stands", "stand", "remains", "remain", "reaches", "exceeds", "hits", "tops", "nears", "sees", "gets", "takes", "makes", "needs", "lasts", "means", "plus", "minus", "versus", "times", "is", "was", "has", "does", "goes", "comes", "becomes", "seems"];

/// Words of intent between a subject and a verb in its base form (`aims
/// to`, `will`, `plans to`, `would like to`).
#[rustfmt::skip]
const INTENT_WORDS: &[&str] = &["to", "will", "shall", "should", "would", "aims", "aim", "plans", "plan", "wants", "want", "strives", "strive", "intends", "intend", "seeks", "seek", "like", "expects", "expect", "hopes", "hope", "also", "further"];

/// Past forms of common irregular verbs that are not verbs of counting.
#[rustfmt::skip]
const IRREGULAR_PASTS: &[&str] = &["took", "made", "saw", "got", "had", "did", "went", "came", "became", "said", "told", "knew", "thought", "put", "let", "cut", "shut", "hurt"];

/// A regular verb's base form as a participle (see
/// [`super::verbs::base_participle`]), and none for a linking verb or the
/// past of a verb no rule knows.
fn base_participle(verb: &str) -> Option<String> {
    let linking = matches!(
        verb,
        "be" | "have" | "reach" | "exceed" | "hit" | "see" | "get" | "make" | "take"
    );
    // `Examiners took 9,860 decisions`: the past of a verb no rule
    // above knows is no base form to add `-ed` to.
    if linking || IRREGULAR_PASTS.contains(&verb) {
        return None;
    }
    super::verbs::base_participle(verb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(before: &str, measure: &str, earlier: &str) -> String {
        owned_label(before, measure, earlier).unwrap_or_else(|| "-".into())
    }

    #[test]
    fn what_we_do_now_is_done_to_the_noun() {
        assert_eq!(
            label("These days we register ", "works", ""),
            "works registered"
        );
        assert_eq!(
            label("Each year we train ", "examiners", ""),
            "examiners trained"
        );
        assert_eq!(label("We currently employ ", "examiners", ""), "-");
        assert_eq!(label("We handle ", "cases", ""), "cases handled");
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
        // A verb of length: what the thing runs to is its own.
        assert_eq!(
            label("The new printed catalogue runs to ", "pages", ""),
            "pages of the new printed catalogue"
        );
    }

    #[test]
    fn a_state_after_the_noun_keeps_the_subject() {
        assert_eq!(
            label(
                "On 31 January 2025 the register contained ",
                "marks in force",
                ""
            ),
            "marks in force contained by the register"
        );
        assert_eq!(
            label("The tribunal has ", "judges in office", ""),
            "-",
            "only a state of the list reads as one"
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
    fn a_subject_that_points_back_names_no_owner() {
        assert_eq!(
            label("The figure should read ", "design registrations", ""),
            "-"
        );
        assert_eq!(
            label("The correct total has reached ", "seed farms", ""),
            "-"
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
    fn present_tense_and_irregular_verbs_say_what_was_done() {
        assert_eq!(
            label("2024 · The centre examines ", "patents", ""),
            "patents examined by the centre"
        );
        assert_eq!(
            label("Its mediation centre settles around ", "disputes", ""),
            "disputes settled by mediation centre"
        );
        assert_eq!(
            label(
                "In the course of the inspection the committee held ",
                "hearings",
                ""
            ),
            "hearings held by the committee"
        );
        assert_eq!(
            label("Universities sold ", "patents", ""),
            "patents sold by universities"
        );
        assert_eq!(
            label("The registry now runs ", "kiosks", ""),
            "kiosks run by the registry"
        );
        // A label that says what it counts only takes the participle.
        assert_eq!(
            label("Examiners handle about ", "patent applications", ""),
            "patent applications handled"
        );
        assert_eq!(
            label("The office runs ", "service stations", ""),
            "service stations run"
        );
        // No `-ed` on the past of an irregular verb.
        assert!(!label("Examiners took ", "decisions", "").contains("tooked"));
        assert!(!label("Mediators cut ", "waiting days", "").contains("cuted"));
    }

    #[test]
    fn what_a_body_is_made_of_is_what_it_has() {
        assert_eq!(
            label("The division is made up of ", "examiners", ""),
            "examiners of the division"
        );
        assert_eq!(
            label("The board, consisting of ", "members", ""),
            "members of the board"
        );
        assert_eq!(
            label("The Examination Department comprises ", "examiners", ""),
            "examiners of the Examination Department"
        );
        assert_eq!(
            label(
                "The panel is composed of ",
                "judges",
                "The Seed Appeals Panel sits in Hefei."
            ),
            "judges of Seed Appeals Panel"
        );
        // Whatever the members' label, and however it is put.
        assert_eq!(
            label(
                "The appointments committee is composed of ",
                "senior arbitrators",
                ""
            ),
            "senior arbitrators of the appointments committee"
        );
        assert_eq!(
            label("The jury brings together ", "judges", ""),
            "judges of the jury"
        );
        assert_eq!(
            label("the office's advisory council counts ", "members drawn", ""),
            "members of the office's advisory council"
        );
        assert_eq!(
            label(
                "The chemistry section has 54 examiners, and the optics section employs ",
                "examiners",
                ""
            ),
            "examiners employed by the optics section"
        );
    }

    #[test]
    fn changes_prepositions_and_verbs_of_having_add_no_participle() {
        assert_eq!(label("Sales rose to ", "units", ""), "-");
        assert_eq!(label("Exports grew by ", "shipments", ""), "-");
        assert_eq!(
            label(
                "the program gradually extended to more than ",
                "universities",
                ""
            ),
            "-"
        );
        assert_eq!(
            label("the province held ", "valid invention patents", ""),
            "-"
        );
        assert_eq!(label("- Invention patents ", "invention patents", ""), "-");
        assert_eq!(label("Seed patent applications ", "firms", ""), "-");
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
