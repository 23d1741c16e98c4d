//! The phrases around a number that say what it counts: the noun phrase after
//! it (`690,000 IP professionals`), an `of` phrase (`408 of the world's
//! leading brands`), or the subject of its clause (`the total amount of
//! pledge financing reached …`).
//!
//! Invariant: every phrase returned is made of words of the input, in order;
//! nothing is added except single spaces.

use super::clause_lead::drop_clause_lead;
use super::comma_period::comma_label;
use super::dates::is_year;
use super::number_words::word_number_at;
use super::periods::find_periods;
use super::pointers::points_back;
use super::text::{is_function_word, is_item_marker, last_word, word_count};
use super::verbs::{irregular_participle, is_irregular_past};

/// Nouns that take an `of` phrase (`batches of goods`).
#[rustfmt::skip]
const CONTAINERS: &[&str] = &["varieties", "types", "kinds", "categories", "batches", "pieces", "sets", "lists", "units", "copies", "rounds", "sessions", "items", "cases",
    // `42 tonnes of seed`, `800 boxes of fake watches`: a measure or a
    // package of what was counted.
    "tonnes", "tons", "kilograms", "kilogrammes", "grams", "litres", "liters", "hectares", "acres", "boxes", "cartons", "bags", "bottles", "packets"];
/// Words that end a noun phrase after a number (besides function words).
#[rustfmt::skip]
const PHRASE_STOPS: &[&str] = &["were", "was", "is", "are", "have", "has", "had", "will", "can", "could", "been", "be", "being", "who", "across", "nationwide", "worldwide", "overseas", "throughout", "including", "each", "respectively", "so", "more", "less", "quicker", "faster", "higher", "lower", "earlier", "later", "ago", "fewer", "old", "nearly", "around", "approximately", "almost", "involving", "covering", "benefiting", "compared", "offering", "totaling", "totalling", "worth", "accounting", "ranking", "reaching", "bringing", "making", "made", "last", "next", "every", "annually", "since", "during", "after", "before", "until", "within", "among", "between", "held", "given", "built", "taken", "won", "sent", "done", "seen", "set",
    // `19 when we moved`: a clause of time or condition, and its pronoun
    // subject, are no counted noun.
    "when", "where", "while", "whereas", "once", "because", "if", "unless", "though", "although", "whether", "we", "you", "they", "he", "she"];
/// Verbs and particles between a subject and its number.
#[rustfmt::skip]
const LINKS: &[&str] = &["reached", "reach", "reaches", "totaled", "totalled", "totaling", "totalling", "amounted", "to", "exceeded", "exceeding", "exceed", "exceeds", "surpass", "surpasses", "was", "were", "is", "are", "be", "been", "has", "have", "had", "hit", "stood", "at", "of", "by", "cut", "reduced", "shortened", "increased", "decreased", "rose", "grew", "fell", "jumped", "doubled", "with", "registering", "accounting", "accounts", "accounted", "for", "approximately", "about", "reaching", "surpassing", "surpassed", "over", "more", "than", "nearly", "around", "up", "down", "an", "a", "the", "also", "further", "which", "and", "in", "on", "will", "should", "would", "could", "can", "having", "set", "goal", "contributes", "from", "including", "received", "attracted", "offering", "comprising", "training", "year-on-year", "increase", "growth", "rise", "decrease", "annual", "average", "rate", "held", "scored", "score", "scoring", "while", "but", "so", "as", "cutting", "raising", "lowering", "bringing", "taking", "pushing", "compared", "came", "went", "numbered", "dropped", "declined", "within", "take", "takes", "took", "lasts", "lasted", "now", "currently", "still", "already", "against", "versus", "vs", "grown", "risen", "fallen", "climbed", "expanded", "averaged", "averages", "brought", "bring", "brings", "lowered", "raised", "stands", "stand", "remains", "remain", "remained", "worth",
    // `was closer to eleven weeks`, `was given as 41,200`, `has been
    // revised to 8,910`, `should read 19,700`: the verb group of a value
    // stated, approximated or corrected.
    "closer", "given", "corrected", "revised", "amended", "restated", "read", "reads",
    // `it had come down to 1,760`: the participles of `came` and `went`.
    "come", "gone",
    // `Invention patents per 10,000 people are expected to reach 16`: the
    // verb group of a forecast is no part of what is counted.
    "expected", "projected", "anticipated", "forecast", "planned", "scheduled", "due", "likely", "poised", "targeted"];
/// Words that cut an over-long subject.
#[rustfmt::skip]
const SUBJECT_CUTS: &[&str] = &["submitted", "that", "which", "who", "through", "under", "released", "involving", "during", "using", "issued"];
/// Leading container phrases dropped from a subject.
#[rustfmt::skip]
const SUBJECT_HEADS: &[&str] = &["total amount of ", "amount of ", "total number of ", "number of ", "count of ", "scale of ", "total of ", "total value of ", "value of "];
/// Subjects that only point back to an earlier figure.
#[rustfmt::skip]
const POINTERS: &[&str] = &["it", "we", "they", "this", "that", "there", "he", "she", "these", "i", "figure", "number", "amount", "total", "the figure", "the number", "the amount", "the total", ""];

/// `U.S.`, `U.K.`, `e.g.`-like words: two or more single letters, each
/// followed by a dot.
fn is_dotted_abbreviation(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 4
        && bytes.len().is_multiple_of(2)
        && bytes
            .chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The noun phrase right after a number, and its head noun.
pub fn noun_phrase(after: &str) -> Option<(String, String)> {
    let rest = after.strip_prefix(' ')?;
    let rest = rest.strip_prefix("such ").unwrap_or(rest);
    // `2 more public reading rooms`: more of the same things.
    let rest = (rest.strip_prefix("more "))
        .filter(|r| !r.starts_with("than "))
        .unwrap_or(rest);
    let words: Vec<&str> = rest.split(' ').collect();
    let mut taken: Vec<&str> = Vec::new();
    let mut head_idx = None;
    let mut last_idx = 0;
    let mut idx = 0;
    let mut in_ing_clause = false;
    while let Some(word) = words.get(idx) {
        // `2,150 issued U.S. patents`: a dotted abbreviation is one word,
        // and its last dot ends nothing.
        let dotted = is_dotted_abbreviation(word);
        let core = if dotted {
            word
        } else {
            word.trim_end_matches([',', '.', ';', ':', ')', '?', '!', '"', '”'])
        };
        let clean = core.trim_start_matches(['"', '“']);
        let lower = clean.to_lowercase();
        let wordlike = dotted
            || !clean.is_empty()
                && clean
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let joiner = matches!(lower.as_str(), "and" | "or") && !taken.is_empty();
        let stop = (is_function_word(&lower) && !joiner)
            || PHRASE_STOPS.contains(&lower.as_str())
            || lower.ends_with("ly");
        // `medium-sized`, `state-owned`: a compound adjective, no participle.
        // `seed`, `speed`, `breed` are nouns.
        let short_eed = lower.ends_with("eed") && lower.len() <= 5;
        let late_participle = !taken.is_empty()
            && lower.ends_with("ed")
            && !short_eed
            && !lower.contains('-')
            && !CONTAINERS.contains(&lower.as_str());
        // `a secretariat of 16 case managers administers the files`: a
        // verb in the present after a plural noun, before its object.
        // `410 licensing professionals, and runs a helpline`: so is one
        // after the `and` that follows them.
        let verb_after_plural = (taken.iter().rev())
            .find(|w| !matches!(**w, "and" | "or"))
            .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && core.len() == word.len()
            && words.get(idx + 1).is_some_and(|next| {
                matches!(
                    *next,
                    "the"
                        | "a"
                        | "an"
                        | "as"
                        | "every"
                        | "each"
                        | "all"
                        | "its"
                        | "their"
                        | "our"
                        | "this"
                        | "these"
                )
            });
        // `counterfeit items bearing protected trademarks`: a participle in
        // `-ing` after a plural noun starts what the things do; the noun
        // stays the head, and its object may be a participle.
        let ing_clause = head_idx.is_none()
            && taken.last().is_some_and(|w| {
                let w = w.to_lowercase();
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            })
            && lower.len() > 5
            && lower.ends_with("ing")
            && core.len() == word.len()
            && words.get(idx + 1).is_some();
        let late_participle = late_participle && !in_ing_clause;
        if !wordlike || stop || late_participle || verb_after_plural || taken.len() >= 7 {
            break;
        }
        if ing_clause && wordlike && !stop {
            head_idx = Some(taken.len() - 1);
            in_ing_clause = true;
        }
        taken.push(clean);
        last_idx = idx;
        if CONTAINERS.contains(&lower.as_str())
            && words.get(idx + 1) == Some(&"of")
            && head_idx.is_none()
        {
            head_idx = Some(taken.len() - 1);
            taken.push("of");
            idx += 2;
            continue;
        }
        // `criminal, civil, and administrative cases`: a list of modifiers.
        let joins_ahead = words
            .iter()
            .skip(idx + 1)
            .take(3)
            .any(|w| matches!(*w, "and" | "or"));
        let comma_list = word.ends_with(',') && joins_ahead && taken.len() <= 2;
        if core.len() < word.len() && !comma_list {
            break;
        }
        idx += 1;
    }
    while taken.last().is_some_and(|w| is_function_word(w)) {
        taken.pop();
    }
    // `speakers and thank you`: a joined tail that is no plural noun is
    // another clause. A phrase with a head of its own keeps it: `firms and
    // agencies bearing …` is headed by `agencies`, after the `and`.
    if let Some(and) = taken.iter().rposition(|w| matches!(*w, "and" | "or")) {
        if !taken.last().is_some_and(|w| w.ends_with('s')) && head_idx.is_none() {
            taken.truncate(and);
        }
    }
    if taken.is_empty() {
        return None;
    }
    // `1,093 applications pending`: an adjective after the noun heads nothing.
    let last = match taken.len() {
        n if n >= 2 && POSTPOSITIVE.contains(&taken[n - 1].to_lowercase().as_str()) => n - 2,
        n => n - 1,
    };
    let head = (head_idx.and_then(|h| taken.get(h)))
        .unwrap_or(&taken[last])
        .to_string();
    // `146 examiners, supported by a team of 60`: what follows a comma is
    // an aside about the things, not part of what is counted.
    let aside = words.get(last_idx).is_some_and(|w| w.ends_with(','));
    let ends_clean = words
        .get(last_idx)
        .is_some_and(|w| w.len() == clean_end(w).len());
    let purpose = match aside || !ends_clean || taken.last() != words.get(last_idx) {
        true => None,
        false => what_for(words.get(last_idx + 1..).unwrap_or(&[])),
    };
    let last_idx = last_idx + purpose.as_ref().map_or(0, |(_, n)| *n);
    let tail = match aside {
        true => String::new(),
        false => format!(" {}", words.get(last_idx + 1..).unwrap_or(&[]).join(" ")),
    };
    let mut phrase = taken.join(" ");
    if let Some((what, _)) = &purpose {
        phrase.push_str(what);
    }
    phrase.push_str(&passive_participle(&tail));
    let bare = phrase.clone();
    if taken.len() == 1 && phrase == bare {
        phrase.push_str(&what_they_did(&tail));
    }
    if taken.len() == 1 && phrase == bare {
        phrase.push_str(&what_they_are_to_do(&tail));
    }
    if phrase == bare {
        phrase.push_str(&what_they_have(&tail));
    }
    if phrase == bare {
        phrase.push_str(in_a_state(&tail));
    }
    Some((phrase, head))
}

/// A word without the punctuation that may end it.
fn clean_end(word: &str) -> &str {
    word.trim_end_matches([',', '.', ';', ':', ')', '?', '!', '"', '”'])
}

/// Words that follow `for` without naming a purpose (`for example`, `for
/// years`, `for free`).
#[rustfmt::skip]
const NOT_PURPOSES: &[&str] = &["example", "instance", "now", "free", "good", "sure", "all", "years", "months", "weeks", "days", "decades", "hours", "life", "ever", "once", "long", "whom", "which", "what"];

/// `for action lodged by …` after `1,287 applications` → (` for action`,
/// 2): a bare noun after `for` says what the things are for, and is part
/// of their name (`applications for action`, `requests for review`,
/// `licences for plant variety rights`). Up to three lower-case words with
/// no article, to the phrase's end; a phrase with an article (`for the
/// year`), a name (`for Beijing`) or one plural (`for examiners`) is not.
fn what_for(rest: &[&str]) -> Option<(String, usize)> {
    let (first, rest) = rest.split_first()?;
    if *first != "for" {
        return None;
    }
    let noun = |w: &str| {
        let core = clean_end(w);
        !core.is_empty()
            && core.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            && !is_function_word(core)
            && !PHRASE_STOPS.contains(&core)
            && !NOT_PURPOSES.contains(&core)
            && !core.ends_with("ly")
            && !(core.ends_with("ed") && core.len() > 4)
            && word_number_at(core, 0).is_none()
    };
    // Up to three words, to where the phrase ends.
    let mut words: Vec<&str> = Vec::new();
    for word in rest.iter().take(3) {
        if !noun(word) {
            break;
        }
        words.push(clean_end(word));
        if clean_end(word).len() < word.len() {
            break;
        }
    }
    let last = rest.get(words.len().checked_sub(1)?)?;
    // `for local IP offices`: a name or a number after them carries the
    // phrase on.
    let ended = clean_end(last).len() < last.len()
        || rest.get(words.len()).is_none_or(|next| {
            !noun(next) && !next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
    // `for examiners`, `for firms`: one plural names who the things serve,
    // beside the point of what they are.
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is");
    if !ended || (words.len() == 1 && plural(words[0])) {
        return None;
    }
    Some((format!(" for {}", words.join(" ")), 1 + words.len()))
}

/// States a stock of things is counted in, after the noun (`1,093
/// applications in force`, `412 works on the register`).
#[rustfmt::skip]
pub(crate) const STATES: &[&str] = &[" in force", " in effect", " in use", " in operation", " in circulation", " on the register", " on file", " in stock"];

/// ` in force.` after `1,093 applications` → ` in force`: the state the
/// counted things are in, when it ends the clause or a period follows.
fn in_a_state(rest: &str) -> &'static str {
    STATES
        .iter()
        .find(|state| {
            rest.strip_prefix(**state).is_some_and(|after| {
                after.is_empty()
                    || after.starts_with([',', '.', ';', ':', ')'])
                    || [" at ", " as ", " in ", " on ", " by ", " and "]
                        .iter()
                        .any(|p| after.starts_with(p))
            })
        })
        .copied()
        .unwrap_or("")
}

/// ` with at least one pledged patent.` after `1,150 enterprises` → ` with
/// at least one pledged patent`: a `with` phrase of one thing each counted
/// thing has (`with a registered trademark`, `with more than one
/// licence`) sets them apart; up to four plain words to the clause's end.
fn what_they_have(rest: &str) -> String {
    let Some(rest) = rest.strip_prefix(" with ") else {
        return String::new();
    };
    let counts = [
        "at least one ",
        "more than one ",
        "one or more ",
        "a ",
        "an ",
        "one ",
    ];
    let Some(count) = counts.iter().find(|c| rest.starts_with(**c)) else {
        return String::new();
    };
    let mut thing: Vec<&str> = Vec::new();
    for word in rest[count.len()..].split(' ').take(4) {
        let core = word.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
        let plain = !core.is_empty() && core.chars().all(|c| c.is_alphabetic() || c == '-');
        if !plain || is_function_word(&core.to_lowercase()) {
            break;
        }
        thing.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    if thing.is_empty() {
        return String::new();
    }
    format!(" with {count}{}", thing.join(" "))
}

/// ` to use patent pledge loans by 2027` after a bare noun (`1,500
/// firms`) → ` using patent pledge loans`: what the counted things are to
/// do: the verb and its object, up to four words, to a function word or
/// the clause's end.
fn what_they_are_to_do(rest: &str) -> String {
    let Some(rest) = rest.strip_prefix(" to ") else {
        return String::new();
    };
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    let Some(verb) = words.next() else {
        return String::new();
    };
    let plain = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    // `to companies`: a plural noun, no verb in its base form.
    let plural = verb.ends_with('s') && !verb.ends_with("ss");
    if !plain(verb) || plural || verb.len() < 3 || is_function_word(verb) || LINKS.contains(&verb) {
        return String::new();
    }
    let gerund = if let Some(stem) = verb.strip_suffix("ie") {
        format!("{stem}ying")
    } else if verb.ends_with('e') && !verb.ends_with("ee") {
        format!("{}ing", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ing")
    };
    let mut out = format!(" {gerund}");
    let mut object = 0;
    for word in words.take(4) {
        let core = word.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
        if !plain(core) || is_function_word(core) || matches!(core, "by" | "in" | "each") {
            break;
        }
        out.push(' ');
        out.push_str(core);
        object += 1;
        if core.len() < word.len() {
            break;
        }
    }
    // Without an object (`thank you to all`) it is no verb phrase.
    if object == 0 {
        return String::new();
    }
    out
}

/// `408 of the world's 5,000 leading brands` → what the `of` phrase counts.
pub fn of_phrase(after: &str) -> Option<(String, String)> {
    let rest = after.strip_prefix(" of ")?;
    let skipped: Vec<&str> = rest
        .split(' ')
        .skip_while(|w| {
            matches!(
                *w,
                "the" | "which" | "these" | "those" | "them" | "its" | "their"
            ) || w.ends_with("'s")
                || w.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    noun_phrase(&format!(" {}", skipped.join(" ")))
}

/// The subject of the clause before a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Words that name what is counted, trimmed to a short label.
    Named(String),
    /// A pronoun or a pointer (`it`, `that number`, `the correct figure`)
    /// standing for the figure stated before.
    PointsBack,
}

/// Verbs by which a source gives a figure (`the report said`).
const SAYING_VERBS: &[&str] = &[
    "said", "says", "stated", "states", "reported", "reports", "gave", "gives",
];

/// Words between a label's last preposition and the period it ends with
/// (`for the year ended 31 March 2025`, `as at 30 June 2025`).
#[rustfmt::skip]
const PERIOD_LEAD_WORDS: &[&str] = &["the", "a", "year", "financial", "fiscal", "period", "twelve", "12", "months", "ended", "ending", "to", "at", "of"];

/// The edges of a period a label may end with, after `at`.
#[rustfmt::skip]
const PERIOD_EDGES: &[&str] = &["eom", "eoy", "eoq", "month end", "month-end", "year end", "year-end", "quarter end", "quarter-end", "period end", "end of month", "end of year", "end of quarter", "end of period", "end of the month", "end of the year", "end of the quarter", "end of the period"];

/// `Applications pending at EOM` → `Applications pending`: a label
/// without the edge of a period it ends with (after `at`), when words are
/// left before it.
pub(crate) fn without_period_edge(label: &str) -> &str {
    let trimmed = label.trim_end_matches([',', ':', ';', ' ']);
    let lower = trimmed.to_ascii_lowercase();
    PERIOD_EDGES
        .iter()
        .find_map(|edge| {
            let at = lower.strip_suffix(edge)?.strip_suffix(" at ")?.len();
            (at > 0).then(|| &trimmed[..at])
        })
        .unwrap_or(label)
}

/// The subject of the clause that ends at a number, trimmed to a short label.
/// `after_number` says the prefix starts right after an earlier number, so its
/// first words up to `and` still belong to that number.
pub fn subject_before(prefix: &str, after_number: bool) -> Option<String> {
    match read_subject(prefix, after_number)? {
        Subject::Named(subject) => Some(subject),
        Subject::PointsBack => None,
    }
}

/// [`subject_before`], telling a subject that points back to the figure
/// before from one that names nothing (`None`: no words, or only a time).
pub fn read_subject(prefix: &str, after_number: bool) -> Option<Subject> {
    let mut prefix = drop_asides(prefix);
    // `patents that are licensed`: a relative clause on the noun, not a
    // clause of its own (`said that …`); the label keeps the participle.
    for relative in [" that are ", " that is ", " that were ", " that was "] {
        prefix = prefix.replace(relative, " ");
    }
    // `A trademark application that meets the requirements is now
    // registered in`: a relative clause on the subject, whose main verb
    // follows it; the label is the subject with that verb.
    if let Some(at) = prefix.rfind(" that ") {
        let rest = &prefix[at + 6..];
        let main = [" is ", " are ", " was ", " were "]
            .iter()
            .filter_map(|v| rest.find(v).map(|p| p + v.len()))
            .min();
        let head = &prefix[..at];
        let subject_like = !head.contains([',', ';', ':']) && !head.trim().is_empty();
        if let (Some(main), true) = (main, subject_like) {
            let verb: Vec<&str> = rest[main..]
                .split_whitespace()
                .filter(|w| !matches!(*w, "now" | "currently" | "still" | "usually" | "typically"))
                .collect();
            let participle = verb
                .first()
                .is_some_and(|w| w.ends_with("ed") && w.len() > 4);
            if participle {
                prefix = format!("{head} {}", verb.join(" "))
                    + if prefix.ends_with(' ') { " " } else { "" };
            }
        }
    }
    let clause_start = [", ", "; ", ": ", ". ", " that ", " -- ", " — ", "“", "\""]
        .iter()
        .filter_map(|sep| prefix.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let lead = (!after_number)
        .then(|| scope_lead(&prefix[..clause_start]))
        .flatten();
    let mut words: Vec<&str> = prefix[clause_start..].split_whitespace().collect();
    let had_words = !words.is_empty();
    // `The share of licensed patents, which stood at 3.8%`: a relative
    // clause's figure counts what the clause is about.
    let relative = words
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "which" | "who" | "whose"));
    if relative && prefix[..clause_start].ends_with(", ") {
        return read_subject(&prefix[..clause_start - 2], after_number);
    }
    if after_number && clause_start == 0 {
        // Between two numbers only a conjunction starts a new subject
        // (`14 months and the review period of marks …`); otherwise the
        // words still belong to the earlier number (`22 months to 3 months`).
        let joint = words
            .iter()
            .position(|w| matches!(*w, "and" | "while" | "but"))?;
        words.drain(..=joint);
    }
    while words
        .last()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    // `Examiners number 45`, `Staff now total 310`, `Registered agents in
    // the city total 1,350`: a verb of counting after its plural subject.
    if counting_verb_after_subject(&words) {
        words.pop();
        while words
            .last()
            .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()))
        {
            words.pop();
        }
    }
    // `Guangdong each had a per capita ownership more than double …`: what
    // is had is the measure.
    if let Some(verb) = words
        .iter()
        .position(|w| matches!(*w, "had" | "has" | "have" | "owned" | "owns"))
    {
        if verb > 0 && verb + 1 < words.len() {
            words.drain(..=verb);
        }
    }
    while words
        .first()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()))
    {
        words.remove(0);
    }
    drop_clause_lead(&mut words);
    // `The same release said the Authority's design examiners numbered`:
    // what a source said is the subject, not the source.
    if let Some(said) =
        (words.iter()).rposition(|w| SAYING_VERBS.contains(&w.to_lowercase().as_str()))
    {
        if said + 1 < words.len() {
            words.drain(..=said);
        }
    }
    while words
        .first()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()))
    {
        words.remove(0);
    }
    // `New cases filed in 2025: 3,480`: the year a label names is its
    // figure's date, not part of what is counted.
    if let [.., prep, year] = words[..] {
        let prep = prep.to_lowercase();
        if words.len() > 2 && matches!(prep.as_str(), "in" | "for" | "during") && names_a_year(year)
        {
            words.truncate(words.len() - 2);
        }
    }
    // `Fee income 2024 came to 4.35m`: so is a year that closes the subject
    // after a word in lower case (`Vision 2030` is a name).
    if let [.., before, year] = words[..] {
        if names_a_year(year) && before.starts_with(char::is_lowercase) && !is_function_word(before)
        {
            words.pop();
        }
    }
    // `Mediation requests received from January to September 2025: 2,390`,
    // `Cases closed in the first half of 2025`, `Gross fee income for the
    // year ended 31 March 2025`, `Examiners in post as at 30 June 2025`: so
    // is a longer period or a day that ends the label.
    let period_from = (1..words.len()).rev().find(|&i| {
        let opens = matches!(
            words[i].to_lowercase().as_str(),
            "in" | "for" | "during" | "from" | "over" | "between" | "since" | "at" | "as"
        );
        let tail = words[i..].join(" ");
        let tail = tail.trim_end_matches([',', ':', ';']);
        let lead_in = |gap: &str| {
            gap.split_whitespace()
                .all(|w| PERIOD_LEAD_WORDS.contains(&w.to_lowercase().as_str()))
        };
        opens
            && find_periods(tail, None).iter().any(|p| {
                let gap = tail.get(words[i].len()..p.span.start).unwrap_or("");
                p.span.end == tail.len() && lead_in(gap)
            })
    });
    if let Some(at) = period_from.filter(|&at| at >= 1) {
        words.truncate(at);
    }
    // `Applications pending at EOM`, `Examiners at year end`: the edge of
    // the period the line is dated by, no part of what is counted.
    let joined = words.join(" ");
    let kept = without_period_edge(&joined);
    if kept.len() < joined.len() {
        let n = kept.split(' ').count();
        words.truncate(n);
    }
    // `Pre-examinations completed in the year: 5,300`: the same for the
    // year the line is dated by.
    // `Patents granted in the whole year was`: and for the whole of it.
    if let [.., "the", "whole" | "full" | "entire" | "same", last] = words[..] {
        if words.len() > 4 && last.trim_end_matches([',', ':', ';']) == "year" {
            words.remove(words.len() - 2);
        }
    }
    if let [.., prep, "the", last] = words[..] {
        let prep = prep.to_lowercase();
        let year = last.trim_end_matches([',', ':', ';']) == "year";
        let during = matches!(
            prep.as_str(),
            "in" | "for" | "during" | "over" | "throughout"
        );
        if words.len() > 3 && during && year {
            words.truncate(words.len() - 3);
        }
    }
    // `Registered members: the report said 5,210`: a source's verb of
    // saying after a label names no measure; the label does.
    let says = words.len() <= 3
        && (words.last()).is_some_and(|w| SAYING_VERBS.contains(&w.to_lowercase().as_str()));
    // `- Invention patents granted: 61,300`: a list item's label.
    if (words.is_empty() || says) && !after_number && prefix[..clause_start].ends_with(": ") {
        // `Total collections 2024: 92.7 million`: so is a year that
        // closes the label after a word in lower case (`Vision 2030` is a
        // name).
        let label = &prefix[..clause_start - 2];
        let label = match label.rsplit_once(' ') {
            Some((head, year))
                if names_a_year(year)
                    && last_word(head).starts_with(char::is_lowercase)
                    && !is_function_word(last_word(head)) =>
            {
                head
            }
            _ => label,
        };
        return read_subject(label, false);
    }
    // `the time taken to conclude a case, currently 13 months, …`: an
    // aside of link words and adverbs gives the figure of the phrase before.
    if words.is_empty() && had_words && !after_number && prefix[..clause_start].ends_with(", ") {
        return read_subject(&prefix[..clause_start - 2], false);
    }
    let mut subject = words.join(" ");
    // `Our goal for the full year of 2025, … is`: words that only name a
    // period name nothing counted.
    let only_time = find_periods(&subject, None).iter().any(|p| {
        p.span.end == subject.len()
            && (subject[..p.span.start].split_whitespace()).all(|w| {
                let w = w.to_lowercase();
                PERIOD_LEAD_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "full" | "whole")
            })
    });
    if only_time {
        // `Median days to first action, March 2024: 64`: a period set off
        // by a comma at the end of a label dates the label before it.
        if !after_number && prefix[..clause_start].ends_with(", ") {
            return comma_label(&prefix[..clause_start - 2]);
        }
        return None;
    }
    if let Some(cut) = subject.find(" at the end of").filter(|c| *c > 0) {
        subject.truncate(cut);
    }
    // `Over the period the number of patent agencies grew by`: a time
    // phrase without its comma is no part of what is counted.
    for inner in [" the total number of ", " the number of "] {
        if let Some(at) = subject.find(inner) {
            subject = subject[at + " the ".len()..].to_string();
            break;
        }
    }
    // `The second-quarter count of trademark registrations`: the part of
    // the year is the figure's date, not what is counted.
    let first = subject.split(' ').next().unwrap_or("");
    let part_of_year = first.split_once('-').is_some_and(|(n, part)| {
        matches!(n, "first" | "second" | "third" | "fourth" | "full" | "half")
            && matches!(part, "quarter" | "half" | "year")
    });
    if part_of_year && subject.contains(' ') {
        subject = subject[first.len() + 1..].to_string();
    }
    // `Number of registered patent attorneys`, as a form's field starts.
    for head in SUBJECT_HEADS {
        let starts = subject
            .get(..head.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(head));
        if starts && subject.len() > head.len() {
            subject = subject[head.len()..].to_string();
        }
    }
    let mut words: Vec<&str> = subject.split(' ').collect();
    if let Some(cut) = words.iter().skip(2).position(|w| SUBJECT_CUTS.contains(w)) {
        words.truncate(cut + 2);
    }
    // `loans to small and medium-sized enterprises secured by patents and
    // trademarks`: a cap that would cut a participle's `by` phrase (what
    // the loans are secured by) keeps it, up to twelve words.
    let by_phrase = words.iter().position(|w| *w == "by").is_some_and(|by| {
        let participle = words[by - 1].to_lowercase();
        // `increased by double digits`: a verb of change and its size,
        // no agent.
        (5..=8).contains(&by) && participle.ends_with("ed") && !LINKS.contains(&participle.as_str())
    });
    if words.len() > 8 && !(by_phrase && words.len() <= 12) {
        // An over-long subject keeps its head: cut before its last phrase.
        words.truncate(8);
        if let Some(cut) = words
            .iter()
            .skip(4)
            .rposition(|w| matches!(*w, "in" | "of" | "for" | "at" | "on" | "from" | "with"))
        {
            words.truncate(cut + 4);
        }
    }
    while words
        .last()
        .is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()) || is_function_word(w))
    {
        words.pop();
    }
    let subject = words.join(" ");
    let subject = subject
        .strip_prefix("its ")
        .or_else(|| subject.strip_prefix("their "))
        .unwrap_or(&subject)
        .to_string();
    let lower = subject.to_lowercase();
    // `the figure`, and `That number was up by 155`, `this total`: a
    // pointer to the figure before, never a label of its own.
    let refers_back = ["the", "that", "this"].iter().any(|det| {
        [
            "figure", "number", "amount", "total", "rate", "ratio", "level",
        ]
        .iter()
        .any(|noun| lower.ends_with(&format!("{det} {noun}")))
    });
    // `the goal for the end of 2025 is 15 months`: a time, which counts nothing.
    let time_only = lower.split(' ').all(|w| {
        is_function_word(w)
            || matches!(
                w,
                "end" | "beginning" | "start" | "middle" | "year" | "month"
            )
            || w.chars().all(|c| c.is_ascii_digit())
    });
    let listed = POINTERS.contains(&lower.as_str());
    let pointer = listed || refers_back || time_only;
    // `We`, `there`: no figure stated before.
    let personal = matches!(lower.as_str(), "" | "we" | "i" | "he" | "she" | "there");
    if (listed && !personal) || refers_back || points_back(&subject) {
        return Some(Subject::PointsBack);
    }
    let subject = match lead {
        Some(lead) if !pointer && !lower.contains(&lead.to_lowercase()) => {
            format!("{subject} {lead}")
        }
        _ => subject,
    };
    (!pointer && !subject.starts_with(|c: char| c.is_ascii_digit()))
        .then_some(Subject::Named(subject))
}

/// Verbs that state a count of their subject (`Examiners number 45`).
const COUNTING_VERBS: &[&str] = &["number", "total", "count", "numbers", "totals", "counts"];

/// True when `words` end in a verb of counting whose subject is a plural
/// noun or a noun of people (`examiners number`, `staff total`, `agents
/// in the city total`), not a noun (`the total`, `the number`).
fn counting_verb_after_subject(words: &[&str]) -> bool {
    let Some((verb, rest)) = words.split_last() else {
        return false;
    };
    let verb = verb.to_lowercase();
    if !COUNTING_VERBS.contains(&verb.as_str()) {
        return false;
    }
    // `Staff now total`: adverbs between the subject and its verb.
    let adverb = |w: &str| matches!(w, "now" | "currently" | "still" | "already" | "today");
    let nouns: Vec<String> = (rest.iter())
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|w| adverb(w))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let Some(before) = nouns.last().cloned() else {
        return false;
    };
    let plural = |w: &str| {
        (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
            || matches!(w, "staff" | "people" | "personnel" | "workforce")
    };
    // `the total`, `a number`: the word is a noun.
    let determined = matches!(
        before.as_str(),
        "the" | "a" | "an" | "this" | "that" | "its" | "their"
    );
    // `agents in the city total`: the plural noun may carry a phrase.
    let subject_plural = plural(&before)
        || nouns
            .iter()
            .rposition(|w| matches!(w.as_str(), "in" | "of" | "at" | "from"))
            .is_some_and(|at| at > 0 && plural(&nouns[at - 1]));
    !determined && subject_plural && verb.len() >= 5
}

/// Prepositions that open a scope phrase at the head of a sentence.
const SCOPE_OPENERS: &[&str] = &["for", "at", "in", "among", "within"];

/// `For utility models, ` or `At the Guangzhou fast-track centre, ` as the
/// whole text before a clause → `for utility models`, `at the Guangzhou
/// fast-track centre`: the scope the clause's figure holds in, which its
/// label keeps (the time from filing to grant *for utility models* is not
/// the one for invention patents). A time adverbial (`In 2024, `, `At the
/// end of the year, `) or a phrase with a number or a verb is no scope.
fn scope_lead(lead: &str) -> Option<String> {
    let lead = lead.trim().strip_suffix(',')?;
    let words: Vec<&str> = lead.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !SCOPE_OPENERS.contains(&first.as_str()) || !(2..=7).contains(&words.len()) {
        return None;
    }
    // A subject word after the lead, since a time adverbial must leave one.
    let mut probe = words.clone();
    probe.push("subject");
    drop_clause_lead(&mut probe);
    let timely = probe.len() <= words.len()
        || words.iter().any(|w| {
            let w = w.to_lowercase();
            w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    w.as_str(),
                    "end"
                        | "beginning"
                        | "start"
                        | "year"
                        | "years"
                        | "time"
                        | "meantime"
                        | "addition"
                        | "particular"
                        | "short"
                        | "total"
                        | "general"
                        | "fact"
                        | "contrast"
                        | "comparison"
                        | "response"
                        | "turn"
                        | "practice"
                        | "example"
                        | "instance"
                        | "all"
                        | "sum"
                        | "brief"
                        | "detail"
                )
        });
    let plain = words[1..].iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    });
    (!timely && plain).then(|| format!("{first} {}", words[1..].join(" ")))
}

/// Adjectives that stand after the noun they qualify.
const POSTPOSITIVE: &[&str] = &[
    "pending",
    "outstanding",
    "remaining",
    "awaiting",
    "overdue",
    "unresolved",
];

/// The head noun of a measure: the last word before an `of`/`in`/`per`
/// phrase, or before a trailing participle (`patents granted`).
pub fn head_noun(measure: &str) -> Option<String> {
    let cut = [" in ", " per ", " of ", " at ", " from ", " for ", " by "]
        .iter()
        .filter_map(|p| measure.find(p))
        .min()
        .unwrap_or(measure.len());
    // `applications filed on behalf of clients`, `Trainees the firm
    // expects to recruit`: a plural noun followed by a participle or a
    // clause of its own is the head.
    let all: Vec<&str> = measure[..cut].split_whitespace().collect();
    let clause_after = all.windows(2).find(|pair| {
        let next = pair[1].to_lowercase();
        // `cases pending`, `files outstanding`: an adjective that follows
        // its noun is as a participle.
        let participle =
            next.len() > 4 && next.ends_with("ed") || POSTPOSITIVE.contains(&next.as_str());
        let clause = matches!(next.as_str(), "the" | "that" | "which" | "who" | "we");
        pair[0].len() > 3 && pair[0].ends_with('s') && (participle || clause)
    });
    if let Some(pair) = clause_after {
        return Some(
            pair[0]
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string(),
        );
    }
    let mut words = all.into_iter().rev();
    let last = words.next()?;
    let word = match words.next() {
        Some(before) if last.len() > 4 && last.ends_with("ed") => before,
        _ => last,
    };
    Some(
        word.trim_matches(|c: char| !c.is_alphanumeric())
            .to_string(),
    )
}

/// ` were authorized` after a noun phrase → ` authorized`.
pub fn passive_participle(rest: &str) -> String {
    // `have now been migrated`, `had already been paid`.
    let rest = ["now ", "already ", "since ", "so far ", "also "]
        .iter()
        .find_map(|adverb| {
            let (aux, tail) = rest.strip_prefix(' ')?.split_once(' ')?;
            let tail = tail.strip_prefix(adverb)?;
            matches!(aux, "have" | "has" | "had").then(|| format!(" {aux} {tail}"))
        })
        .unwrap_or_else(|| rest.to_string());
    for aux in [
        " were ",
        " was ",
        " have been ",
        " has been ",
        " had been ",
        " are ",
        " is ",
    ] {
        if let Some(tail) = rest.strip_prefix(aux) {
            let verb = tail.split([' ', ',', '.', ';']).next().unwrap_or("");
            let irregular = irregular_participle(verb) == Some(verb);
            if (verb.ends_with("ed") && verb.len() > 3) || irregular {
                return format!(" {verb}");
            }
        }
    }
    String::new()
}

/// ` borrowed against their patents.` after a bare noun (`640 firms`) →
/// ` borrowed against their patents`: what the counted things did is what
/// tells them apart. Up to six words after a past-tense verb (a preposition
/// only before a common noun: `testified by video link`), to the end
/// of the clause, never past a number.
fn what_they_did(rest: &str) -> String {
    let mut words = rest.split(' ').filter(|w| !w.is_empty());
    let Some(verb) = words.next() else {
        return String::new();
    };
    let verb_core = verb.trim_end_matches([',', '.', ';', ':']);
    let past = ((verb_core.len() > 4 && verb_core.ends_with("ed")) || is_irregular_past(verb_core))
        && verb_core.chars().all(|c| c.is_ascii_lowercase())
        && !LINKS.contains(&verb_core);
    if !past {
        return String::new();
    }
    let mut out = format!(" {verb_core}");
    if verb_core.len() < verb.len() {
        return out;
    }
    let words: Vec<&str> = words.take(6).collect();
    for (at, word) in words.iter().enumerate() {
        let core = word.trim_end_matches([',', '.', ';', ':', ')', '?', '!']);
        let wordlike = !core.is_empty()
            && core
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        // `testified by video link`, `drawn from industry`: a preposition
        // goes on to its noun, never to a number or a name (`in 2023`).
        let preposition = matches!(core, "in" | "by" | "from" | "to" | "on" | "over" | "at");
        let noun_next = words.get(at + 1).is_some_and(|next| {
            next.chars()
                .all(|c| c.is_ascii_lowercase() || matches!(c, ',' | '.' | '-'))
                && !matches!(
                    next.trim_end_matches([',', '.']),
                    "total"
                        | "all"
                        | "turn"
                        | "person"
                        | "order"
                        | "part"
                        | "time"
                        | "which"
                        | "whom"
                        | ""
                )
        });
        // `lodged by right holders were in force`: the verb of the clause
        // ends what the things had done to them.
        let clause_verb = matches!(
            core,
            "were" | "was" | "are" | "is" | "have" | "has" | "had" | "will"
        );
        if !wordlike
            || clause_verb
            || matches!(core, "and" | "or" | "but" | "than")
            || (preposition && !noun_next)
        {
            break;
        }
        out.push(' ');
        out.push_str(core);
        if core.len() < word.len() {
            break;
        }
    }
    out
}

/// Removes bracketed asides and `, which …,` clauses, which sit between a
/// subject and its verb.
/// `2025`, `FY2024/25`: a word that is a calendar or financial year.
fn names_a_year(word: &str) -> bool {
    let word = word.trim_end_matches([',', ':', ';', '.']);
    let digits = word.strip_prefix("FY").unwrap_or(word);
    let rest = digits.get(4..).unwrap_or("");
    digits.get(..4).is_some_and(is_year)
        && (rest.is_empty() || (rest.len() == 3 && rest.starts_with(['/', '-'])))
}

fn drop_asides(prefix: &str) -> String {
    let mut out = String::with_capacity(prefix.len());
    let mut depth: i32 = 0;
    for ch in prefix.chars() {
        match ch {
            '(' => depth += 1,
            // `; 2) seed loans`: an item's marker goes with its bracket.
            ')' if depth == 0 => {
                let marker_len = out
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
                let start = out.len() - marker_len;
                if is_item_marker(&out[start..]) {
                    out.truncate(start);
                }
            }
            ')' => depth -= 1,
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    for opener in [", which ", ", who "] {
        while let Some(start) = out.find(opener) {
            let Some(end) = out[start + 2..].find(", ").map(|e| start + 2 + e + 1) else {
                break;
            };
            out.replace_range(start..end, "");
        }
    }
    // `Our loan book, meaning outstanding balances, stands at`, `Our goal
    // for 2025, the last year of the plan, is`: an aside set off by commas
    // right before the verb that links the subject to its figure.
    let trimmed = out.trim_end();
    if let Some(second) = trimmed.rfind(", ") {
        let verb_only = (trimmed[second + 2..].split_whitespace())
            .all(|w| LINKS.contains(&w.to_lowercase().as_str()));
        let first = trimmed[..second].rfind(", ");
        if let Some(first) = first.filter(|_| verb_only) {
            if word_count(&trimmed[first + 2..second]) <= MAX_ASIDE_WORDS {
                out.replace_range(first..second + 1, "");
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
        + if prefix.ends_with(' ') { " " } else { "" }
}

/// Most words of an aside between a subject and its verb.
const MAX_ASIDE_WORDS: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_counted_people_did_keeps_its_preposition_and_object() {
        let np = |s: &str| noun_phrase(s).map(|(p, _)| p);
        assert_eq!(
            np(" witnesses testified by video link.").as_deref(),
            Some("witnesses testified by video link")
        );
        assert_eq!(
            np(" researchers attended the office's monthly patent clinics.").as_deref(),
            Some("researchers attended the office's monthly patent clinics")
        );
        assert_eq!(
            np(" volunteers joined from industry, and").as_deref(),
            Some("volunteers joined from industry")
        );
        // Never to a number, a name or a phrase of time.
        assert_eq!(
            np(" firms borrowed in 2023.").as_deref(),
            Some("firms borrowed")
        );
        assert_eq!(
            np(" firms borrowed from Beijing banks").as_deref(),
            Some("firms borrowed")
        );
        assert_eq!(
            np(" firms borrowed in total.").as_deref(),
            Some("firms borrowed")
        );
    }

    #[test]
    fn a_bare_noun_after_for_is_what_the_things_are_for() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" applications for action lodged by right holders were in force.").as_deref(),
            Some("applications for action lodged by right holders / applications")
        );
        assert_eq!(
            np(" grants for legal aid in 2024.").as_deref(),
            Some("grants for legal aid / grants")
        );
        assert_eq!(
            np(" applications for plant variety rights, 8.6% more").as_deref(),
            Some("applications for plant variety rights / applications")
        );
        assert_eq!(
            np(" requests for review were refused.").as_deref(),
            Some("requests for review refused / requests")
        );
        // An article, a name, a time or a participle is no purpose.
        for (text, want) in [
            (" loans for the year.", "loans / loans"),
            (" awards for Beijing firms.", "awards / awards"),
            (" sites for years.", "sites / sites"),
            (" cases for example.", "cases / cases"),
            (" sessions for examiners.", "sessions / sessions"),
            (" rooms for four people", "rooms / rooms"),
            (" sessions for local IP offices", "sessions / sessions"),
        ] {
            assert_eq!(np(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_dotted_abbreviation_is_a_word_of_the_phrase() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" pending U.S. seed patent applications, and").as_deref(),
            Some("pending U.S. seed patent applications / applications")
        );
        assert_eq!(
            np(" seed farms in the U.K.").as_deref(),
            Some("seed farms / farms")
        );
        assert!(!is_dotted_abbreviation("U.S"));
        assert!(!is_dotted_abbreviation("etc."));
    }

    #[test]
    fn a_verb_in_the_present_after_a_plural_noun_ends_the_phrase() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" case managers administers the files.").as_deref(),
            Some("case managers / managers")
        );
        assert_eq!(
            np(" faculty volunteers acts as technology scouts").as_deref(),
            Some("faculty volunteers / volunteers")
        );
        // Two plural nouns of one phrase stay together.
        assert_eq!(
            np(" rights holders in the city").as_deref(),
            Some("rights holders / holders")
        );
    }

    #[test]
    fn a_participle_in_ing_after_a_plural_noun_leaves_the_noun_the_head() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" counterfeit items bearing protected trademarks this year").as_deref(),
            Some("counterfeit items bearing protected trademarks / items")
        );
        assert_eq!(
            np(" applications awaiting examination at the end of June").as_deref(),
            Some("applications awaiting examination / applications")
        );
        // A modifier in `-ing` before the noun is no participle.
        assert_eq!(
            np(" training sessions for examiners").as_deref(),
            Some("training sessions / sessions")
        );
        // The head after an `and` stays (a fuzz finding: it was cut away,
        // and reading it panicked).
        assert_eq!(
            np(" firms and agencies bearing China").map(|p| p.ends_with("/ agencies")),
            Some(true)
        );
    }

    #[test]
    fn a_with_phrase_of_one_thing_each_has_sets_the_counted_apart() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" enterprises with at least one pledged patent.").as_deref(),
            Some("enterprises with at least one pledged patent / enterprises")
        );
        assert_eq!(
            np(" firms with a registered trademark in 2024").as_deref(),
            Some("firms with a registered trademark / firms")
        );
        // A `with` phrase of a number or of whom is no such thing.
        assert_eq!(np(" firms with 20 staff").as_deref(), Some("firms / firms"));
        assert_eq!(
            np(" cases with the court").as_deref(),
            Some("cases / cases")
        );
    }

    #[test]
    fn noun_phrases_stop_at_verbs_asides_and_clauses() {
        let np = |s: &str| noun_phrase(s).map(|(p, h)| format!("{p} / {h}"));
        assert_eq!(
            np(" IP professionals in China").as_deref(),
            Some("IP professionals / professionals")
        );
        assert_eq!(
            np(" provinces (autonomous regions) scored").as_deref(),
            Some("provinces / provinces")
        );
        assert_eq!(
            np(" cases of counterfeiting patents, with").as_deref(),
            Some("cases of counterfeiting patents / cases")
        );
        assert_eq!(
            np(" trademark applications made by a firm").as_deref(),
            Some("trademark applications / applications")
        );
        assert_eq!(
            np(" speakers and thank you to all").as_deref(),
            Some("speakers / speakers")
        );
        assert_eq!(
            np(" criminal, civil, and administrative cases were received").as_deref(),
            Some("criminal civil and administrative cases received / cases")
        );
        assert_eq!(np(" newly accredited in 2021"), None);
        // A clause of time after a number names nothing it counts.
        assert_eq!(np(" when we moved to the campus"), None);
        assert_eq!(np(" once they are trained"), None);
        assert_eq!(
            np(" IT specialists when needed").as_deref(),
            Some("IT specialists / specialists")
        );
        assert_eq!(
            np(" small and medium-sized enterprises (SMEs) had").as_deref(),
            Some("small and medium-sized enterprises / enterprises")
        );
        assert_eq!(
            np(" state-owned firms were audited").as_deref(),
            Some("state-owned firms audited / firms")
        );
        assert_eq!(
            np(" IP lectures was held for children").as_deref(),
            Some("IP lectures held / lectures")
        );
        assert_eq!(
            np(" agencies about their practices").as_deref(),
            Some("agencies / agencies")
        );
    }

    #[test]
    fn subjects_skip_asides_links_and_containers() {
        let s = |p: &str| subject_before(p, false);
        // A period the subject ends on is no part of what is counted.
        assert_eq!(
            s("The number of patents granted in the whole year was ").as_deref(),
            Some("patents granted")
        );
        assert_eq!(
            s("Trademarks registered throughout the year totalled ").as_deref(),
            Some("Trademarks registered")
        );
        assert_eq!(s("In 2020, the total amount of national patent and trademark pledge financing reached ").as_deref(), Some("national patent and trademark pledge financing"));
        assert_eq!(
            s("the scale of China's intellectual property (IP) talent has increased from ")
                .as_deref(),
            Some("China's intellectual property talent")
        );
        assert_eq!(
            s("The output of the economy, which is supported by data, accounts for more than ")
                .as_deref(),
            Some("output of the economy")
        );
        assert_eq!(
            s("It is understood that the Week has been held for ").as_deref(),
            Some("Week")
        );
        assert_eq!(s("In 2020, the figure reached "), None);
        // So is a year closing the subject, but for a name's (`Vision 2030`).
        assert_eq!(s("Fee income 2024 came to ").as_deref(), Some("Fee income"));
        assert_eq!(
            s("Funding for Vision 2030 came to ").as_deref(),
            Some("Funding for Vision 2030")
        );
        // `That number`, `this total`: pointers to the figure before.
        assert_eq!(s("That number was up by "), None);
        assert_eq!(s("By March this total had risen to "), None);
        // A verb of counting after a plural subject.
        assert_eq!(s("2023 · Examiners number ").as_deref(), Some("Examiners"));
        assert_eq!(s("Staff now total ").as_deref(), Some("Staff"));
        assert_eq!(
            s("Registered patent agents in the city total ").as_deref(),
            Some("Registered patent agents in the city")
        );
        assert_eq!(
            s("The member firms now count ").as_deref(),
            Some("member firms")
        );
        assert_eq!(s("Agencies now stand at ").as_deref(), Some("Agencies"));
        // `the total`, `the number` stay nouns that point back.
        assert_eq!(s("In 2024, the total "), None);
        // An aside of adverbs gives the figure of the phrase before it.
        assert_eq!(
            s("The committee recommends that the time taken to conclude a case, currently ")
                .as_deref(),
            Some("time taken to conclude a case")
        );
        assert_eq!(s("and the goal for the end of 2025 is "), None);
        assert_eq!(
            subject_before(
                " months and the average review period of marks has been shortened to ",
                true
            )
            .as_deref(),
            Some("review period of marks")
        );
    }

    #[test]
    fn a_long_subject_keeps_the_by_phrase_of_its_participle() {
        let s = |p: &str| subject_before(p, false);
        assert_eq!(
            s("Last year loans to small and medium-sized enterprises secured by patents and trademarks came to ")
                .as_deref(),
            Some("loans to small and medium-sized enterprises secured by patents and trademarks")
        );
        assert_eq!(
            s("credit lines to local research institutes backed by their copyrights totalled ")
                .as_deref(),
            Some("credit lines to local research institutes backed by their copyrights")
        );
        // A verb of change with `by` says how much, not by whom.
        assert_eq!(
            s("During the plan period the export volume of the country's IP royalties increased by double digits and ")
                .as_deref(),
            Some("export volume of the country's IP royalties")
        );
        // Without a participle's `by` phrase the cap still cuts.
        assert_eq!(
            s("the average wait for a first examination opinion on an invention patent in the city is ")
                .as_deref(),
            Some("wait for a first examination opinion")
        );
    }
}
