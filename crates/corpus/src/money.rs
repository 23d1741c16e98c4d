//! What a sum of money is, read from the clause that moves it: the verb
//! that paid, lent, spent or won it, who did (`the insurer settled 14
//! million yuan of claims` → `claims settled by the insurer`), what it is
//! (`6 million yuan in bounties`, `… of angel money`), what it went to
//! (`set aside 60 million yuan for border checks` → `set aside by the
//! province for border checks`; `2 million yuan of that went on rewards
//! for tip-offs` → `rewards for tip-offs`), who got it (`handed the bureau
//! 9.5 million yuan` → `handed to the bureau`), or what was sold for it
//! (`licensed their chip designs to a carmaker for 70 million yuan` →
//! `chip designs licensed to a carmaker`). Without such a rule the label is
//! the clause's bare verb (`put`, `invested`, `recovered`), which says
//! nothing of what the money is.
//!
//! Invariant: a label is made of words of the sentence (the verb as a
//! participle, `by`, `to` and `for` joining them); a subject that only
//! points (`we`, `they`, `it`) is no owner; a verb that links a subject to
//! its amount (`reached`, `came to`, `is`) leaves the subject's label as it
//! is, apart from a one-word label's `for` phrase (`dues are 2,000 yuan for
//! a small firm` → `dues for a small firm`).

use super::measure_key::measure_key;
use super::phrases::{head_noun, noun_phrase};
use super::pronouns::participle;
use super::text::{after_last_break, is_function_word};
use super::verbs::{base_participle, irregular_participle};

/// Verbs that link a subject to its amount: the subject says what it is.
#[rustfmt::skip]
const LINKS: &[&str] = &["reached", "reach", "reaches", "rose", "rise", "rises", "grew", "fell", "came", "comes", "totalled", "totaled", "totals", "total", "amounted", "amounts", "stood", "stands", "was", "were", "is", "are", "be", "been", "being", "hit", "exceeded", "exceeds", "topped", "climbed", "dropped", "declined", "increased", "decreased", "doubled", "remained", "remains", "ran", "runs", "averaged", "averages", "surpassed", "jumped", "worth", "costs", "cost", "equalled", "equaled", "hits", "has", "have", "had", "exceed", "top", "grow", "fall", "climb", "increase", "decrease", "double", "average", "surpass", "come", "amount", "stand", "remain"];
/// Words between a verb and its amount (`settled some`, `drew a combined`).
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &["some", "about", "around", "roughly", "approximately", "nearly", "almost", "over", "more", "than", "a", "an", "combined", "total", "another", "further", "estimated", "just", "only", "record", "additional", "extra", "fresh", "new", "least", "most", "up", "to", "of", "the", "all", "told", "in", "excess", "well", "under", "below", "above", "close", "at", "by", "as", "with", "from"];
/// Particles of a phrasal verb of money (`set aside`, `paid out`).
const PARTICLES: &[&str] = &["aside", "out", "back", "in", "up", "away", "down", "over"];
/// Verbs whose first object is who got the money (`handed the bureau …`).
#[rustfmt::skip]
const GIVE: &[&str] = &["handed", "gave", "granted", "awarded", "paid", "lent", "loaned", "sent", "offered", "allocated", "allotted", "gives", "grants", "awards", "pays", "lends", "owes", "owed", "handing", "giving", "promised", "advanced"];
/// Subjects that only point back or to the speaker: no owner.
#[rustfmt::skip]
const POINTERS: &[&str] = &["we", "it", "they", "i", "you", "he", "she", "this", "that", "these", "those", "which", "who", "there", "one", "us", "them", "our", "its", "their", "all", "both", "each", "some", "many", "most"];
/// Words that end a phrase of purpose or of what the money went to.
#[rustfmt::skip]
const PHRASE_ENDS: &[&str] = &["when", "which", "who", "and", "but", "while", "because", "as", "after", "before", "since", "during", "if", "though", "although", "whereas", "than", "a", "per", "each", "every", "this", "last", "next", "in", "by", "so", "until", "with"];
/// Words that are times, not what money is (`in 2024`, `in March`).
#[rustfmt::skip]
const TIMES: &[&str] = &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "year", "years", "month", "months", "quarter", "half", "total", "all", "cash", "advance", "full", "part", "return", "time", "today", "future", "past", "period", "week", "weeks"];

/// A better label for a sum of money than `measure`, the one the measure
/// rule read, from `before` (the sentence from the previous figure to this
/// one), `after` (the sentence after it) and `previous` (the label of the
/// figure before, for `of them`); `None` when the clause says no more.
pub fn money_label(
    before: &str,
    after: &str,
    measure: &str,
    previous: Option<&str>,
) -> Option<String> {
    label_of(before, after, measure, previous).map(|(label, _)| label)
}

/// Whether [`money_label`] should replace `measure`: when it names what
/// the money is, went to or was paid for, or when `measure` is weak
/// ([`is_weak_money_label`]).
pub fn better_money_label(
    before: &str,
    after: &str,
    measure: &str,
    previous: Option<&str>,
) -> Option<String> {
    let (label, names_what) = label_of(before, after, measure, previous)?;
    (names_what || is_weak_money_label(measure)).then_some(label)
}

/// The label and whether it names what the money is (rather than only who
/// moved it).
fn label_of(
    before: &str,
    after: &str,
    measure: &str,
    previous: Option<&str>,
) -> Option<(String, bool)> {
    let clause = clause_of(before);
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    // `2 million yuan of that went on rewards for tip-offs`: the amount
    // opens its clause; what it went on says what it is.
    if let Some(went) = went_on(after) {
        return Some((went, true));
    }
    // `RMB 2.4 million plus RMB 180,000 in reasonable costs`: a sum
    // joined to the one before is what it is in.
    let joined = words.last().is_some_and(|w| lower(w) == "plus")
        || matches!(words[..], ["and"] | ["with"] | ["and", "another"]);
    if joined {
        if let Some(what) = what_it_is(after, previous) {
            return Some((what, true));
        }
    }
    // `awarded damages of RMB 2.4 million`, `for a total award of`.
    if let Some(named) = named_sum(&words) {
        return Some((named, true));
    }
    // `a voucher worth up to €7,500`, `26 awards worth NZ$980k`: the thing
    // the sum is the worth of.
    if let Some(thing) = thing_worth(&words) {
        return Some((thing, true));
    }
    // `We closed a €850k bridge round`: a sum set before its noun names it.
    if let Some(thing) = attributive_sum(&words, after) {
        return Some((thing, true));
    }
    // `Our licensing deals, worth 14.5 million yuan in total, cover …`.
    if let Some(worth) = worth_of(before, &words) {
        return Some((worth, true));
    }
    // `closed at 1.5 billion yuan`, `valued at`: what the subject is worth.
    let mut at = false;
    while words
        .last()
        .is_some_and(|w| QUALIFIERS.contains(&lower(w).as_str()))
    {
        at |= words.pop().is_some_and(|w| lower(w) == "at");
    }
    if at {
        return None;
    }
    // `licensed their chip designs to a carmaker for a combined 70 million
    // yuan`, `policyholders were insured for 5.2 billion yuan`.
    let sold_for = words.last().is_some_and(|w| lower(w) == "for");
    if sold_for {
        words.pop();
    }
    let (verb_at, phrasal) = verb_of(&words)?;
    let verb = words[verb_at];
    let verb_word = lower(verb);
    if LINKS.contains(&verb_word.as_str()) {
        return for_phrase_of_link(measure, after).map(|l| (l, false));
    }
    let modal = verb_at > 0 && MODALS.contains(&lower(words[verb_at - 1]).as_str());
    let mut done = match verb_word.as_str() {
        "put" | "puts" => "put".to_string(),
        "cut" => "cut".to_string(),
        // `can claim back`; a short word after a modal (`may get`) is no
        // verb of the sum unless it is a listed irregular one (`pay`).
        _ if modal => (verb_word.len() >= 4 || irregular_participle(&verb_word).is_some())
            .then(|| base_participle(&verb_word))
            .flatten()?,
        _ => participle(&verb_word)?,
    };
    if phrasal {
        done = format!("{done} {}", lower(words[verb_at + 1]));
    }
    let object = &words[verb_at + 1 + usize::from(phrasal)..];
    let (subject, passive) = subject_of(&words[..verb_at]);
    if sold_for && !object.is_empty() {
        // What was sold or licensed for the money, and to whom.
        let object = noun_words(object)?;
        return Some((
            match object.split_once(" to ") {
                Some((thing, to)) => format!("{thing} {done} to {to}"),
                None => format!("{object} {done}"),
            },
            true,
        ));
    }
    if sold_for && passive {
        return subject.map(|s| (format!("{s} {done}"), false));
    }
    let owner = subject
        .as_deref()
        .map_or(String::new(), |s| format!(" by {s}"));
    // `handed the market supervision bureau 9.5 million yuan`: who got it.
    let given = (!object.is_empty() && GIVE.contains(&verb_word.as_str()))
        .then(|| noun_words(object))
        .flatten();
    if !object.is_empty() && given.is_none() {
        return None;
    }
    // `invested 420 million yuan in robotics`: where it went, not what it is.
    let into = matches!(
        done.as_str(),
        "invested" | "put" | "spent" | "injected" | "poured" | "sunk"
    );
    if let Some(what) = what_it_is(after, previous).filter(|_| !(into && after.starts_with(" in ")))
    {
        return Some((format!("{what} {done}{owner}"), true));
    }
    let purpose = purpose_of(after);
    match (given, purpose) {
        (Some(to), Some(purpose)) => Some((format!("{done} to {to} {purpose}"), true)),
        (Some(to), None) => Some((format!("{done} to {to}"), true)),
        (None, Some(purpose)) => Some((format!("{done}{owner} {purpose}"), true)),
        (None, None) => subject.map(|s| (format!("{done} by {s}"), false)),
    }
}

/// `Our licensing deals, worth ` → `licensing deals`: what an aside of
/// worth (`worth`, `valued at`) after a comma is the value of, a noun
/// phrase of two to six plain words without its possessive.
fn worth_of(before: &str, clause: &[&str]) -> Option<String> {
    let aside = clause
        .iter()
        .map(|w| lower(w))
        .collect::<Vec<_>>()
        .join(" ");
    if !matches!(
        aside.as_str(),
        "worth" | "valued at" | "worth some" | "worth about"
    ) {
        return None;
    }
    let head = before[..before.rfind(", ")?].trim_end();
    let mut words: Vec<&str> = after_last_break(head).split_whitespace().collect();
    if words.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "our" | "its" | "their" | "the" | "his" | "her"
        )
    }) {
        words.remove(0);
    }
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    });
    (plain && (2..=6).contains(&words.len()) && !words.iter().any(|w| is_verb(w)))
        .then(|| words.join(" "))
}

/// Words that open a noun phrase and say nothing of what it is.
const ARTICLES: &[&str] = &[
    "a", "an", "the", "its", "their", "our", "his", "her", "each", "one", "every", "per",
];

/// `claim a voucher worth` → `voucher`, `awards worth` → `awards`: the
/// noun phrase (up to four plain words, back to an article or a verb)
/// right before `worth` that ends the clause; `None` when a verb links it
/// (`is worth`), which the subject rule reads.
fn thing_worth(clause: &[&str]) -> Option<String> {
    let (last, rest) = clause.split_last()?;
    if lower(last) != "worth" {
        return None;
    }
    let mut thing: Vec<&str> = Vec::new();
    // What the walk back stopped at: an article (`a voucher worth`), a
    // count (`26 awards worth`) or the clause's start opens the thing; a verb (`covered
    // risks worth`) makes it an object, which the verb's rules label.
    let mut opened = true;
    for word in rest.iter().rev() {
        let w = lower(word);
        if ARTICLES.contains(&w.as_str()) || w.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let plain = w.chars().all(|c| c.is_alphabetic() || c == '-');
        if !plain || is_function_word(&w) || thing.len() == 4 {
            opened = false;
            break;
        }
        thing.insert(0, word);
    }
    let verb_inside = thing
        .iter()
        .any(|w| is_verb(w) || LINKS.contains(&lower(w).as_str()));
    // `voucher worth`: the noun alone would not say that it is a value.
    (opened && !thing.is_empty() && !verb_inside).then(|| format!("{} worth", thing.join(" ")))
}

/// `closed a` + ` bridge round led by …` → `bridge round`: an amount
/// between an article and a noun phrase is the size of the thing named.
fn attributive_sum(clause: &[&str], after: &str) -> Option<String> {
    let article = clause.last().map(|w| lower(w))?;
    if !matches!(article.as_str(), "a" | "an") {
        return None;
    }
    let (phrase, head) = noun_phrase(after)?;
    let head = head.to_lowercase();
    let plain = !is_function_word(&head) && !TIMES.contains(&head.as_str());
    plain.then_some(phrase)
}

/// Nouns that say what a sum is when they name it with `of` (`damages of
/// RMB 2.4 million`, `a total award of`).
#[rustfmt::skip]
const SUM_NOUNS: &[&str] = &["damages", "compensation", "award", "awards", "claim", "claims", "fine", "fines", "penalty", "penalties", "settlement", "subsidy", "subsidies", "grant", "grants", "bonus", "payment", "payments", "royalty", "royalties", "costs", "fee", "fees", "budget", "donation", "donations", "endowment", "prize"];

/// `… the court awarded damages of` → `damages awarded by the court`; `for
/// a total award of` → `total award`: a noun of money named right before
/// the amount with `of`, and the verb and subject that moved it when a
/// verb comes right before the noun. `None` for another shape, or for a
/// single noun with no verb (`a claim of`), which says too little alone.
fn named_sum(words: &[&str]) -> Option<String> {
    let (of, rest) = words.split_last()?;
    if lower(of) != "of" {
        return None;
    }
    let modifier = |w: &&&str| {
        let l = lower(w);
        !is_function_word(&l)
            && !is_verb(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                l.as_str(),
                "has" | "have" | "had" | "hit" | "stands" | "came"
            )
    };
    let len = rest.iter().rev().take_while(modifier).take(3).count();
    let noun = &rest[rest.len() - len..];
    let head = lower(noun.last()?);
    if !SUM_NOUNS.contains(&head.as_str()) {
        return None;
    }
    let noun: Vec<String> = noun.iter().map(|w| lower(w)).collect();
    let mut before = &rest[..rest.len() - len];
    if let Some((det, more)) = before.split_last() {
        if matches!(lower(det).as_str(), "a" | "an" | "the") {
            before = more;
        }
    }
    let verb = before.last().filter(|w| is_verb(w));
    match verb.map(|v| participle(&lower(v))) {
        Some(Some(done)) => {
            let (subject, _) = subject_of(&before[..before.len() - 1]);
            let owner = subject.map_or(String::new(), |s| format!(" by {s}"));
            Some(format!("{} {done}{owner}", noun.join(" ")))
        }
        _ => (noun.len() >= 2).then(|| noun.join(" ")),
    }
}

/// Whether the label [`money_label`] would replace says what it counts
/// less well: empty, one word (`put`, `invested`), or a clause
/// (`policyholders were insured for`).
pub fn is_weak_money_label(measure: &str) -> bool {
    let key = measure_key(measure);
    key.split(' ').filter(|w| !w.is_empty()).count() <= 1
        || measure
            .split_whitespace()
            .any(|w| matches!(lower(w).as_str(), "were" | "was" | "is" | "are" | "can"))
}

fn lower(word: &str) -> String {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    // `we've lent`, `they'd spent`: the pronoun without its auxiliary.
    let contracted = ["'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d"]
        .iter()
        .find_map(|s| word.strip_suffix(s));
    contracted.map_or_else(|| word.clone(), str::to_string)
}

/// The clause `before` ends with: after its last comma, semicolon or
/// colon, without a leading conjunction or time phrase.
fn clause_of(before: &str) -> &str {
    let start = [", ", "; ", ": ", ". ", " — ", " -- "]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let clause = before[start..].trim();
    let mut clause = clause;
    for lead in ["and ", "but ", "while ", "then ", "so ", "and then "] {
        if let Some(rest) = clause.strip_prefix(lead) {
            clause = rest;
        }
    }
    clause
}

/// The position of the clause's verb of money, and whether a particle
/// follows it (`set aside`): the last word, a phrasal verb's particle
/// after it, or a verb of giving before its first object.
fn verb_of(words: &[&str]) -> Option<(usize, bool)> {
    let n = words.len();
    let last = lower(words.last()?);
    let after_modal = |at: usize| at > 0 && MODALS.contains(&lower(words[at - 1]).as_str());
    let verb_at = |at: usize| is_verb(words[at]) || after_modal(at);
    if n >= 2 && PARTICLES.contains(&last.as_str()) && verb_at(n - 2) {
        return Some((n - 2, true));
    }
    if verb_at(n - 1) || LINKS.contains(&last.as_str()) {
        return Some((n - 1, false));
    }
    // `handed the market supervision bureau`, `sold their stake to …`
    let at = (words.iter()).rposition(|w| is_verb(w) || LINKS.contains(&lower(w).as_str()))?;
    (n - at <= 7).then_some((at, false))
}

/// Modals before a verb in its base form (`can claim back`).
const MODALS: &[&str] = &[
    "can", "could", "may", "might", "will", "would", "shall", "should", "must",
];

/// A verb form: a past or participle (`settled`, `drew`, `put`), or a
/// present form of a listed irregular verb (`pays`).
fn is_verb(word: &str) -> bool {
    let w = lower(word);
    w == word
        && ((w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
            || irregular_participle(&w).is_some()
            || matches!(w.as_str(), "put" | "puts" | "cut"))
}

/// The subject before the verb (after auxiliaries), if it names one, and
/// whether the verb is passive (`were insured`).
fn subject_of(words: &[&str]) -> (Option<String>, bool) {
    let mut words: Vec<&str> = words.to_vec();
    let mut passive = false;
    while let Some(last) = words.last().map(|w| lower(w)) {
        match last.as_str() {
            "was" | "were" | "is" | "are" | "been" | "be" | "being" => passive = true,
            "had" | "has" | "have" | "will" | "would" | "can" | "could" | "shall" | "should"
            | "may" | "might" | "must" | "also" | "already" | "then" | "now" | "just" | "each"
            | "both" | "jointly" | "together" | "collectively" | "since" => {}
            _ => break,
        }
        words.pop();
    }
    // `by December the fund`: a time phrase before the subject.
    if let Some(at) = words
        .iter()
        .rposition(|w| matches!(lower(w).as_str(), "the" | "its" | "their" | "our"))
        .filter(|&at| at > 0)
    {
        let opener = lower(words[0]);
        if matches!(
            opener.as_str(),
            "by" | "in" | "on" | "at" | "during" | "over" | "last" | "this"
        ) {
            words.drain(..at);
        }
    }
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
    };
    let pointer = words
        .first()
        .is_some_and(|w| POINTERS.contains(&lower(w).as_str()))
        || (words.iter()).any(|w| {
            matches!(
                lower(w).as_str(),
                "we" | "it" | "they" | "i" | "you" | "he" | "she" | "us" | "them"
            )
        });
    // `infringement complaints and recovered`: the subject of the verb
    // after a conjunction is the clause's, not the object before it.
    if let Some(and) = words
        .iter()
        .rposition(|w| matches!(lower(w).as_str(), "and" | "or" | "but"))
    {
        words.drain(..=and);
    }
    let preposition = words.first().is_some_and(|w| {
        matches!(
            lower(w).as_str(),
            "with" | "of" | "in" | "for" | "at" | "by" | "on" | "from" | "to" | "under"
        )
    });
    let ok = !words.is_empty()
        && !preposition
        && words.len() <= 5
        && words.iter().all(plain)
        && !pointer;
    // `The province`: a sentence's capital is no name's.
    let common = words.len() >= 2
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| !c.is_uppercase()));
    let lowered = (common && words[0].chars().skip(1).all(|c| c.is_lowercase()))
        .then(|| words[0].to_lowercase());
    if let (Some(first), Some(lowered)) = (words.first_mut(), lowered.as_deref()) {
        *first = lowered;
    }
    let ok = ok && words.len() <= 5;
    (ok.then(|| words.join(" ")), passive)
}

/// An object's words as a noun phrase without its leading determiner:
/// `their chip designs to a carmaker` → `chip designs to a carmaker`.
fn noun_words(words: &[&str]) -> Option<String> {
    let mut words = words.to_vec();
    if words
        .first()
        .is_some_and(|w| matches!(lower(w).as_str(), "their" | "its" | "our" | "his" | "her"))
    {
        words.remove(0);
    }
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
    };
    let pointer = words
        .first()
        .is_some_and(|w| POINTERS.contains(&lower(w).as_str()));
    (!words.is_empty() && words.len() <= 7 && words.iter().all(plain) && !pointer)
        .then(|| words.join(" "))
}

/// What the money is, named right after it: ` of claims`, ` in bounties`,
/// ` of angel money`; ` of them` is what the figure before counted.
fn what_it_is(after: &str, previous: Option<&str>) -> Option<String> {
    let rest = after
        .strip_prefix(" of ")
        .or_else(|| after.strip_prefix(" in "))?;
    let first = lower(rest.split_whitespace().next()?);
    if matches!(first.as_str(), "them" | "these" | "those") {
        let previous = previous?.split(" (").next()?;
        return head_noun(previous).filter(|h| h.ends_with('s'));
    }
    if POINTERS.contains(&first.as_str()) || first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (phrase, head) = noun_phrase(&format!(" {rest}"))?;
    let head = lower(&head);
    let timeish = TIMES.contains(&head.as_str())
        || phrase
            .split(' ')
            .any(|w| TIMES.contains(&lower(w).as_str()) && w.starts_with(char::is_uppercase));
    (!timeish && head.len() > 2 && !is_function_word(&head)).then_some(phrase)
}

/// What the money was for: ` for border checks`, ` on innovation`, ` behind
/// that scheme`, ` against design rights`, ` to fight counterfeits`.
fn purpose_of(after: &str) -> Option<String> {
    let (prep, rest) = [
        "for", "on", "behind", "against", "into", "towards", "toward", "to", "in",
    ]
    .iter()
    .find_map(|p| Some((*p, after.strip_prefix(&format!(" {p} "))?)))?;
    let words = phrase_words(rest);
    let first = lower(words.first()?);
    // `behind that scheme` names a thing; `to them` only points.
    let demonstrative =
        matches!(first.as_str(), "that" | "this" | "these" | "those") && words.len() > 1;
    let timed = prep == "in" && words.iter().any(|w| TIMES.contains(&lower(w).as_str()));
    if (POINTERS.contains(&first.as_str()) && !demonstrative)
        || TIMES.contains(&first.as_str())
        || timed
    {
        return None;
    }
    let content = words.iter().any(|w| !is_function_word(w));
    content.then(|| format!("{prep} {}", words.join(" ")))
}

/// Up to six words of a phrase, to a punctuation mark, a number or a word
/// that starts another clause.
fn phrase_words(rest: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for word in rest.split_whitespace() {
        let core = word.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
        let l = lower(core);
        if core.is_empty()
            || core.starts_with(|c: char| c.is_ascii_digit())
            || (!words.is_empty() && PHRASE_ENDS.contains(&l.as_str()))
            || words.len() >= 6
        {
            break;
        }
        words.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    // A phrase cut short ends before its last preposition:
    // `into a risk compensation fund for intellectual` → `into a risk
    // compensation fund`.
    let whole = words.len();
    if whole >= 6 && rest.split_whitespace().nth(whole).is_some() {
        if let Some(cut) = (words.iter().skip(2)).rposition(|w| {
            matches!(
                lower(w).as_str(),
                "for" | "of" | "in" | "on" | "at" | "to" | "from" | "with"
            )
        }) {
            words.truncate(cut + 2);
        }
    }
    while words.last().is_some_and(|w| is_function_word(w)) {
        words.pop();
    }
    words
}

/// ` (of that) went on rewards for tip-offs`, ` was spent on legal aid`,
/// ` goes to the courts`: what the money went to, as its label.
fn went_on(after: &str) -> Option<String> {
    let mut rest = after;
    for pointer in [
        " of that",
        " of this",
        " of it",
        " of the total",
        " of the sum",
    ] {
        if let Some(r) = rest.strip_prefix(pointer) {
            rest = r;
        }
    }
    let verbs = [
        " went on ",
        " went to ",
        " went towards ",
        " goes to ",
        " goes on ",
        " go to ",
        " was spent on ",
        " were spent on ",
        " is spent on ",
        " will go to ",
        " was earmarked for ",
        " is earmarked for ",
        " was set aside for ",
        " is set aside for ",
        " was allocated to ",
        " is allocated to ",
    ];
    let (verb, tail) = verbs
        .iter()
        .find_map(|v| Some((*v, rest.strip_prefix(v)?)))?;
    let words = phrase_words(tail);
    let first = lower(words.first()?);
    if POINTERS.contains(&first.as_str()) {
        return None;
    }
    let mut phrase = words;
    if phrase
        .first()
        .is_some_and(|w| matches!(lower(w).as_str(), "the" | "a" | "an"))
    {
        phrase.remove(0);
    }
    let phrase = phrase.join(" ");
    // `went to the courts`: one word says too little alone; its verb joins it.
    if measure_key(&phrase).split(' ').count() >= 2 {
        Some(phrase)
    } else {
        let verb = verb
            .trim()
            .replace("went", "spent")
            .replace("goes", "spent");
        Some(format!(
            "{} {phrase}",
            verb.trim_start_matches("was ").trim_start_matches("is ")
        ))
    }
}

/// `Annual dues are 2,000 yuan for a small firm`: a one-word label takes
/// the `for` phrase after the amount.
fn for_phrase_of_link(measure: &str, after: &str) -> Option<String> {
    if measure_key(measure).split(' ').count() != 1 {
        return None;
    }
    let purpose = purpose_of(after).filter(|p| p.starts_with("for "))?;
    Some(format!("{measure} {purpose}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The label of the first amount in `sentence` (at `yuan`), with
    /// `measure` as the measure rule read it.
    fn label(sentence: &str, amount: &str, measure: &str) -> Option<String> {
        label_after(sentence, amount, measure, None)
    }

    fn label_after(
        sentence: &str,
        amount: &str,
        measure: &str,
        previous: Option<&str>,
    ) -> Option<String> {
        let at = sentence
            .find(amount)
            .expect("the amount is in the sentence");
        let before = &sentence[..at];
        let after = &sentence[at + amount.len()..];
        money_label(before, after, measure, previous)
    }

    #[test]
    fn a_thing_worth_a_sum_or_a_sum_before_its_noun_names_it() {
        for (sentence, amount, want) in [
            (
                "Small firms can claim a voucher worth €7,500 towards filing fees.",
                "€7,500",
                Some("voucher worth"),
            ),
            (
                "The Trust made 26 awards worth NZ$980k in total.",
                "NZ$980k",
                Some("awards worth"),
            ),
            (
                "Each prize package worth 20,000 yuan includes mentoring.",
                "20,000 yuan",
                Some("prize package worth"),
            ),
            (
                "We closed a €850k bridge round led by Norrland Ventures.",
                "€850k",
                Some("bridge round"),
            ),
            (
                "The ministry signed a $4.2 million contract with the bureau.",
                "$4.2 million",
                Some("contract"),
            ),
        ] {
            let at = sentence
                .find(amount)
                .expect("the amount is in the sentence");
            let before = &sentence[..at];
            let after = &sentence[at + amount.len()..];
            assert_eq!(
                better_money_label(before, after, "x", None).as_deref(),
                want,
                "{sentence}"
            );
        }
        // An object of a verb is left to the verb's rules: the subject's
        // label stays.
        let (before, after) = ("Insurance covered risks worth ", " for firms.");
        let kept = "Insurance covered risks";
        assert_eq!(better_money_label(before, after, kept, None), None);
    }

    #[test]
    fn a_noun_of_money_named_with_of_says_what_the_sum_is() {
        for (sentence, amount, want) in [
            (
                "Lumen had claimed RMB 3.6 million; the court awarded damages of RMB 2.4 million.",
                "RMB 2.4 million",
                Some("damages awarded by the court"),
            ),
            (
                "The regulator imposed a fine of 600,000 yuan on the agency.",
                "600,000 yuan",
                Some("fine imposed by the regulator"),
            ),
            (
                "Damages were doubled, for a total award of RMB 5.1 million.",
                "RMB 5.1 million",
                Some("total award"),
            ),
            (
                "Our licensing deals, worth 14.5 million yuan in total, cover eight firms.",
                "14.5 million yuan",
                Some("licensing deals"),
            ),
            (
                "The court awarded damages of RMB 2.4 million plus RMB 180,000 in reasonable costs.",
                "RMB 180,000",
                Some("reasonable costs"),
            ),
            (
                "Entrants each paid a registration fee of 300 yuan.",
                "300 yuan",
                Some("registration fee paid by Entrants"),
            ),
            // A single noun without a verb says too little alone.
            ("It came against a claim of 1.5 million yuan.", "1.5 million yuan", None),
        ] {
            assert_eq!(
                label(sentence, amount, "x").as_deref(),
                want,
                "{sentence}"
            );
        }
    }

    #[test]
    fn what_the_money_is_follows_it_and_the_verb_says_what_happened() {
        for (sentence, amount, want) in [
            (
                "The insurer settled 14 million yuan of claims.",
                "14 million yuan",
                "claims settled by the insurer",
            ),
            (
                "Informants received 3 million yuan in bounties last year.",
                "3 million yuan",
                "bounties received by Informants",
            ),
            (
                "Start-ups drew 120 million yuan of angel money.",
                "120 million yuan",
                "angel money drawn by Start-ups",
            ),
            (
                "In 2024 the legal desk recovered 17.3 million yuan in settlements for members.",
                "17.3 million yuan",
                "settlements recovered by the legal desk",
            ),
            (
                "Together they raised 230 million yuan of venture funding.",
                "230 million yuan",
                "venture funding raised",
            ),
        ] {
            assert_eq!(
                label(sentence, amount, "").as_deref(),
                Some(want),
                "{sentence}"
            );
        }
        // `of them` is what the figure before counted.
        assert_eq!(
            label_after(
                "Of these, 142 were accepted, and the insurer paid out 23.9 million yuan of them.",
                "23.9 million yuan",
                "insurer paid out",
                Some("claims received (part accepted)"),
            )
            .as_deref(),
            Some("claims paid out by the insurer")
        );
    }

    #[test]
    fn what_the_money_went_to_or_whom_it_was_given_says_what_it_is() {
        for (sentence, amount, want) in [
            ("The province set aside 60 million yuan for border checks.", "60 million yuan", "set aside by the province for border checks"),
            ("Lenders advanced 2.4 billion yuan against design rights in 2023.", "2.4 billion yuan", "advanced by Lenders against design rights"),
            ("We have put 14 million yuan behind that scheme.", "14 million yuan", "put behind that scheme"),
            ("The city spent 71 million yuan on innovation.", "71 million yuan", "spent by the city on innovation"),
            ("The fund invested 420 million yuan in robotics start-ups.", "420 million yuan", "invested by the fund in robotics start-ups"),
            ("We handed the market supervision bureau 9.5 million yuan to fight counterfeits.", "9.5 million yuan", "handed to the market supervision bureau to fight counterfeits"),
            ("The ministry granted the pilot cities 40 million yuan.", "40 million yuan", "granted to the pilot cities"),
            ("Small firms can claim back up to 5,000 yuan per granted invention patent.", "5,000 yuan", "claimed back by small firms"),
            ("The provincial finance department will put 500 million yuan into a risk compensation fund for intellectual property pledge loans.", "500 million yuan", "put by the provincial finance department into a risk compensation fund"),
            ("Of the budget, 2 million yuan of that went on rewards for tip-offs.", "2 million yuan", "rewards for tip-offs"),
            ("A further 5 million yuan was spent on legal aid for small firms.", "5 million yuan", "legal aid for small firms"),
        ] {
            assert_eq!(label(sentence, amount, "").as_deref(), Some(want), "{sentence}");
        }
    }

    #[test]
    fn what_was_sold_or_insured_for_the_money_is_what_it_is() {
        assert_eq!(
            label("Two of them licensed their chip designs to a carmaker for a combined 70 million yuan upfront.", "70 million yuan", "licensed").as_deref(),
            Some("chip designs licensed to a carmaker")
        );
        assert_eq!(
            label(
                "The university sold its stake in the spin-out for 12 million yuan.",
                "12 million yuan",
                "sold"
            )
            .as_deref(),
            Some("stake in the spin-out sold")
        );
        assert_eq!(
            label(
                "Policyholders were insured for a combined 5.2 billion yuan.",
                "5.2 billion yuan",
                ""
            )
            .as_deref(),
            Some("Policyholders insured")
        );
        assert_eq!(
            label(
                "By December the fund had invested 420 million yuan across 17 companies.",
                "420 million yuan",
                "invested"
            )
            .as_deref(),
            Some("invested by the fund")
        );
    }

    #[test]
    fn a_linking_verb_or_a_pointing_subject_leaves_the_label_alone() {
        for (sentence, amount, measure) in [
            (
                "Licensing income rose to 48.5 million yuan.",
                "48.5 million yuan",
                "Licensing income",
            ),
            (
                "Premiums collected came to 41.7 million yuan in 2024.",
                "41.7 million yuan",
                "Premiums collected",
            ),
            (
                "Its lease costs the city 6 million yuan a year.",
                "6 million yuan",
                "lease costs the city",
            ),
            (
                "Bright Harbour Fund II closed at 1.5 billion yuan in March.",
                "1.5 billion yuan",
                "Bright Harbour Fund II closed",
            ),
            (
                "We returned 180 million yuan to you.",
                "180 million yuan",
                "",
            ),
            ("It paid 3 million yuan in 2024.", "3 million yuan", ""),
        ] {
            assert_eq!(label(sentence, amount, measure), None, "{sentence}");
        }
        // A one-word label takes the `for` phrase after its amount.
        assert_eq!(
            label(
                "Annual dues are 2,000 yuan for a small firm.",
                "2,000 yuan",
                "dues"
            )
            .as_deref(),
            Some("dues for a small firm")
        );
    }

    #[test]
    fn weak_labels_are_a_bare_verb_one_word_or_a_clause() {
        for weak in [
            "put",
            "invested",
            "",
            "dues",
            "policyholders were insured for a combined",
            "firms can claim back",
        ] {
            assert!(is_weak_money_label(weak), "{weak}");
        }
        for strong in [
            "Licensing income",
            "venture funding",
            "lease costs the city",
            "total damages awarded",
        ] {
            assert!(!is_weak_money_label(strong), "{strong}");
        }
    }
}
