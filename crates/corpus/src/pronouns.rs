//! Figures whose clause has a pronoun for its subject (`It employs 85
//! examiners.`, `In 2024 they resolved 640 disputes.`): the label is what
//! is counted, the object noun phrase, with what was done to it as a
//! participle (`examiners employed`, `disputes resolved`). Where that is a
//! single noun, which says little on its own, the nearest organisation the
//! passage named before the sentence is the subject it stands for
//! (`examiners employed by the Pudong Protection Center`).
//!
//! Invariant: a label only grows by the clause's own verb, made a
//! participle, and by an organisation's name as written earlier in the
//! passage; other clauses are left as they are.

use super::measure_key::measure_key;
use super::text::is_function_word;
use super::verbs::base_participle;
use super::verbs::irregular_participle;

/// Pronouns that stand for a subject named before.
const PRONOUNS: &[&str] = &["it", "they", "we"];
/// Words that end an organisation's name.
#[rustfmt::skip]
const ORGANISATION_HEADS: &[&str] = &["Center", "Centre", "Court", "Office", "Ombudsman", "Administration", "Bureau", "Association", "Commission", "Committee", "Ministry", "Institute", "University", "Company", "Corporation", "Group", "Agency", "Authority", "Tribunal", "Department", "Council", "Federation", "Alliance", "Bank", "Hall", "Academy", "Chamber", "Board", "Division", "Section", "Panel", "Unit", "Registry", "Guild", "Union", "Society", "Library", "Museum", "Laboratory", "Foundation"];
/// Verbs that link a subject to a figure rather than act on what is
/// counted (`it has 85 examiners`, `they reached 640`).
#[rustfmt::skip]
const NOT_ACTIONS: &[&str] = &["is", "was", "are", "were", "has", "have", "had", "reached", "reaches", "reach", "totaled", "totalled", "exceeded", "exceeds", "hit", "stood", "numbered", "took", "takes", "need", "needs", "needed", "saw", "sees", "got", "gets", "made", "makes", "did", "does", "came", "comes", "went", "goes", "will", "would", "should", "can", "could", "may", "must", "also", "still"];
/// Verbs of aiming before `to` and a base verb (`we mean to register`).
const AIMS: &[&str] = &["mean", "aim", "plan", "want", "intend", "hope", "expect"];

/// Words after a number that a counted noun phrase does not run into
/// (`patent applications through the channel`).
const PHRASE_ENDS: &[&str] = &[
    "through", "via", "to", "into", "onto", "within", "across", "during", "at", "from",
];

/// The label of a figure whose clause reads `<pronoun> <verb> <figure>
/// <noun phrase>`, made from `measure`, the noun phrase the measure rule
/// read after the number; `None` when the clause has another shape.
/// `owner` gives the organisation the passage named before the sentence.
/// `after` is the text after the number: a `for` or `of` phrase right
/// after the noun phrase says what kind it is (`requests for prioritized
/// examination`).
pub fn pronoun_object(
    before: &str,
    measure: &str,
    after: &str,
    owner: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let clause_start = [", ", "; ", ": "]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|p| p + sep.len()))
        .max()
        .unwrap_or(0);
    let words: Vec<&str> = before[clause_start..].split_whitespace().collect();
    // `we mean to register`, `they plan to hire`: what the subject aims
    // to do, its base verb made a participle.
    let aimed = match words[..] {
        [.., pronoun, aim, "to", verb] if AIMS.contains(&aim) => {
            Some((pronoun.to_lowercase(), base_participle(verb)))
        }
        _ => None,
    };
    let (pronoun, participle) = match (aimed, &words[..]) {
        (Some((pronoun, done)), _) => (pronoun, done),
        (None, [.., pronoun, verb]) => (pronoun.to_lowercase(), participle(verb)),
        _ => return None,
    };
    if !PRONOUNS.contains(&pronoun.as_str()) {
        return None;
    }
    // `we have 24,662 members`: what the organisation speaking has.
    let having = matches!(words.last(), Some(&("have" | "has" | "had")))
        && matches!(pronoun.as_str(), "we" | "it");
    if participle.is_none() && !having {
        return None;
    }
    let object: Vec<&str> = measure
        .split(' ')
        .take_while(|w| !PHRASE_ENDS.contains(w))
        .collect();
    let mut object = object.join(" ");
    let mut rest = after
        .trim_start()
        .strip_prefix(object.as_str())
        .unwrap_or("");
    if let Some(kind) = kind_phrase(rest) {
        rest = rest.get(kind.len() + 1..).unwrap_or("");
        object = format!("{object} {kind}");
    }
    let key = measure_key(&object);
    if key.is_empty() || object.contains('(') {
        return None;
    }
    if having {
        let owner = (!key.contains(' ')).then(owner).flatten();
        return owner.map(|owner| format!("{object} of {owner}"));
    }
    let participle = participle?;
    // `works registered` read from the figure before keeps one participle.
    let mut label = if object.ends_with(&format!(" {participle}")) {
        object.clone()
    } else {
        format!("{object} {participle}")
    };
    if let Some(channel) = channel_phrase(rest) {
        label = format!("{label} {channel}");
    }
    let bare = !key.contains(' ');
    match (bare && pronoun == "it").then(owner).flatten() {
        Some(owner) => Some(format!("{label} by {owner}")),
        None => Some(label),
    }
}

/// ` for prioritized examination last year` → `for prioritized
/// examination`: up to four lowercase words, to a function word or the end
/// of the clause.
fn kind_phrase(rest: &str) -> Option<String> {
    let (preposition, rest) = [" for ", " of "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| (p.trim(), r)))?;
    let mut words = Vec::new();
    for word in rest.split(' ').take(4) {
        let core = word.trim_end_matches([',', '.', ';', ':']);
        let plain = !core.is_empty() && core.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !plain || is_function_word(core) || matches!(core, "last" | "this" | "next") {
            break;
        }
        words.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    (!words.is_empty()).then(|| format!("{preposition} {}", words.join(" ")))
}

/// ` through the fast-track channel during the year` → `through the
/// fast-track channel`: the way the counted things went, up to five words
/// to a time word, a number or the clause's end.
fn channel_phrase(rest: &str) -> Option<String> {
    let (preposition, rest) = [" through ", " via "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| (p.trim(), r)))?;
    let mut words = Vec::new();
    for word in rest.split(' ').take(5) {
        let core = word.trim_end_matches([',', '.', ';', ':']);
        let plain = !core.is_empty() && core.chars().all(|c| c.is_alphabetic() || c == '-');
        let time = matches!(
            core,
            "during" | "in" | "by" | "last" | "this" | "since" | "and"
        );
        if !plain || time {
            break;
        }
        words.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    while words.last().is_some_and(|w| is_function_word(w)) {
        words.pop();
    }
    (!words.is_empty()).then(|| format!("{preposition} {}", words.join(" ")))
}

/// A verb as a participle: `employs` → `employed`, `handled` →
/// `handled`, `resolves` → `resolved`, and irregular ones in any form
/// (`holds`, `held` → `held`; see [`irregular_participle`]); `None` for a
/// linking verb or a word that is no verb.
pub fn participle(verb: &str) -> Option<String> {
    let verb = verb.trim_matches(|c: char| !c.is_alphabetic());
    let lower = verb.to_lowercase();
    if lower == verb && !NOT_ACTIONS.contains(&lower.as_str()) {
        if let Some(done) = irregular_participle(&lower) {
            return Some(done.to_string());
        }
    }
    if lower.len() < 4
        || lower != verb
        || !lower.chars().all(|c| c.is_ascii_lowercase())
        || NOT_ACTIONS.contains(&lower.as_str())
    {
        return None;
    }
    if lower.ends_with("ed") {
        return Some(lower);
    }
    let stem = if ["sses", "shes", "ches", "xes"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        &lower[..lower.len() - 2]
    } else if lower.ends_with("ies") {
        return Some(format!("{}ied", &lower[..lower.len() - 3]));
    } else if lower.ends_with('s') && !lower.ends_with("ss") {
        &lower[..lower.len() - 1]
    } else {
        return None;
    };
    Some(if stem.ends_with('e') {
        format!("{stem}d")
    } else {
        format!("{stem}ed")
    })
}

/// The organisation named last in `text`: capitalised words ending in an
/// organisation's head noun (`Court`, `Center`), with the `of`, `and`,
/// `for` and bracketed words inside the name (`China (Pudong) Intellectual
/// Property Protection Center`), without a leading `The`.
pub fn last_organisation(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let end = words.iter().rposition(|w| {
        let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        ORGANISATION_HEADS.contains(&core)
    })?;
    let mut start = end;
    while start > 0 {
        let word = words[start - 1];
        let capitalised = word.starts_with(|c: char| c.is_uppercase())
            || (word.starts_with('(') && word.ends_with(')'));
        let inner = matches!(word, "of" | "and" | "for" | "on") && start < end;
        if word.ends_with([',', '.', ';', ':']) || !(capitalised || inner) {
            break;
        }
        start -= 1;
    }
    while start < end && matches!(words[start], "of" | "and" | "for" | "on" | "The" | "the") {
        start += 1;
    }
    // `Office of Seed Affairs`: capitalised words after an `of` go with it.
    let mut last = end;
    let mut tail = end + 1;
    // `Institute for Battery Materials`: up to the text's last word.
    while !words[last].ends_with([',', '.', ';', ':']) && tail < words.len() {
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        let next_capitalised = words.get(tail + 1).is_some_and(|w| capitalised(w));
        if matches!(words[tail], "of" | "for" | "on") && next_capitalised {
            tail += 1;
        } else if !(capitalised(words[tail]) && last > end) {
            break;
        }
        last = tail;
        tail += 1;
    }
    let mut name: Vec<&str> = words[start..=last].to_vec();
    if let Some(final_word) = name.last_mut() {
        *final_word = final_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    }
    (name.len() >= 2).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_subject_gives_the_object_and_what_was_done_to_it() {
        let owner = || Some("Seed Protection Center".to_string());
        let label = |before, measure| pronoun_object(before, measure, "", owner);
        assert_eq!(
            label("It employs ", "examiners").as_deref(),
            Some("examiners employed by Seed Protection Center")
        );
        assert_eq!(
            label("In 2024 it handled ", "pre-examination cases").as_deref(),
            Some("pre-examination cases handled")
        );
        assert_eq!(
            label("They resolved ", "seed disputes").as_deref(),
            Some("seed disputes resolved")
        );
        // What the subject means to do; a participle read before is kept once.
        assert_eq!(
            label("By 2027 we mean to register ", "seed works").as_deref(),
            Some("seed works registered")
        );
        assert_eq!(
            label("Last year we registered ", "seed works registered").as_deref(),
            Some("seed works registered")
        );
        assert_eq!(
            label("They filed ", "seed applications through").as_deref(),
            Some("seed applications filed")
        );
        assert_eq!(
            pronoun_object(
                "They filed ",
                "seed applications through",
                " seed applications through the fast-track channel during the year.",
                owner
            )
            .as_deref(),
            Some("seed applications filed through the fast-track channel")
        );
        assert_eq!(
            pronoun_object(
                "We approved ",
                "requests",
                " requests for prioritized examination last year, up 18%",
                owner
            )
            .as_deref(),
            Some("requests for prioritized examination approved")
        );
        assert_eq!(
            label("It processes ", "claims").as_deref(),
            Some("claims processed by Seed Protection Center")
        );
        // Not a pronoun's clause, or not a regular verb of action.
        assert_eq!(label("The centre employs ", "examiners"), None);
        assert_eq!(label("They have ", "examiners"), None);
        // What the organisation speaking has.
        assert_eq!(
            label("Membership services tell me we have ", "members").as_deref(),
            Some("members of Seed Protection Center")
        );
        assert_eq!(label("It reached ", "examiners"), None);
        assert_eq!(label("They ", "examiners"), None);
    }

    #[test]
    fn the_last_organisation_named_before() {
        assert_eq!(
            last_organisation("The China (Pudong) Seed Protection Center was founded in 2017 as a fast-track centre.").as_deref(),
            Some("China (Pudong) Seed Protection Center")
        );
        assert_eq!(
            last_organisation("In 2024 the Beijing Seed Court accepted cases. The Office of Seed Affairs said so.").as_deref(),
            Some("Office of Seed Affairs")
        );
        assert_eq!(last_organisation("the centre was founded"), None);
    }
}
