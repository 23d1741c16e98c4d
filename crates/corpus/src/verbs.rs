//! Verb forms for measure labels: the participle of a verb given in its
//! base, present (`-s`), past or participle form, for the irregular verbs
//! that statistics and reports use (`held`, `brought`, `sold`, `built`,
//! `paid`, `run`, `begun`), so that `The committee held 14 hearings` says
//! `hearings held` as `The centre handled 640 disputes` says `disputes
//! handled`. Regular verbs are made participles by their callers' rules
//! ([`super::pronouns::participle`]).
//!
//! Invariant: only the forms listed here are recognised; a word that is no
//! form of a listed verb gives `None`. Verbs that link a subject to a
//! figure rather than act on the counted thing (`take`, `make`, `see`,
//! `get`, `have`, `be`) are not listed.

/// Irregular verbs: base, present, past, participle.
#[rustfmt::skip]
const IRREGULAR: &[[&str; 4]] = &[
    ["hold", "holds", "held", "held"],
    ["win", "wins", "won", "won"],
    ["bring", "brings", "brought", "brought"],
    ["sell", "sells", "sold", "sold"],
    ["grow", "grows", "grew", "grown"],
    ["build", "builds", "built", "built"],
    ["pay", "pays", "paid", "paid"],
    ["run", "runs", "ran", "run"],
    ["begin", "begins", "began", "begun"],
    ["give", "gives", "gave", "given"],
    ["send", "sends", "sent", "sent"],
    ["spend", "spends", "spent", "spent"],
    ["lend", "lends", "lent", "lent"],
    ["write", "writes", "wrote", "written"],
    ["draw", "draws", "drew", "drawn"],
    ["hear", "hears", "heard", "heard"],
    ["teach", "teaches", "taught", "taught"],
    ["buy", "buys", "bought", "bought"],
    ["find", "finds", "found", "found"],
    ["catch", "catches", "caught", "caught"],
    ["seek", "seeks", "sought", "sought"],
    ["lead", "leads", "led", "led"],
    ["keep", "keeps", "kept", "kept"],
    ["fight", "fights", "fought", "fought"],
    ["lose", "loses", "lost", "lost"],
    ["meet", "meets", "met", "met"],
    ["choose", "chooses", "chose", "chosen"],
    ["undertake", "undertakes", "undertook", "undertaken"],
    ["oversee", "oversees", "oversaw", "overseen"],
    ["withdraw", "withdraws", "withdrew", "withdrawn"],
    ["uphold", "upholds", "upheld", "upheld"],
    ["set", "sets", "set", "set"],
];

/// The participle of an irregular verb in any of its forms (`held`,
/// `holds`, `hold` → `held`; `ran` → `run`), `None` for any other word.
pub fn irregular_participle(word: &str) -> Option<&'static str> {
    let lower = word.to_ascii_lowercase();
    IRREGULAR
        .iter()
        .find(|forms| forms.contains(&lower.as_str()))
        .map(|forms| forms[3])
}

/// True for the past or participle form of a listed irregular verb
/// (`held`, `brought`, `won`), which reads as a past tense after a
/// subject (`Right holders won 68%`).
pub fn is_irregular_past(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    IRREGULAR
        .iter()
        .any(|forms| forms[0] != forms[2] && (forms[2] == lower || forms[3] == lower))
}

/// A past form: a regular `-ed` word of five letters or more (`settled`,
/// not `seed` or `need`) or the past of a listed irregular verb (`heard`).
pub fn is_past_form(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    (lower.len() > 4 && lower.ends_with("ed") && !lower.ends_with("eed"))
        || is_irregular_past(&lower)
}

/// Prepositions and adverbs that can stand where a verb would (`131
/// patents across 9 countries`) and take no `-ed`.
#[rustfmt::skip]
const NO_VERBS: &[&str] = &["across", "among", "amongst", "between", "through", "throughout", "within", "without", "around", "beyond", "toward", "towards", "against", "along", "alongside", "despite", "during", "including", "excluding", "near", "under", "over", "above", "below", "behind", "inside", "outside", "upon", "amid", "until", "since", "after", "before", "worldwide", "nationwide", "overall", "each", "every", "some", "all", "only", "just", "nearly", "almost", "about", "around", "roughly"];

/// A verb in its base form as a participle: an irregular one from
/// [`IRREGULAR`] (`hold` → `held`), a regular one by rule (`claim` →
/// `claimed`, `receive` → `received`); `None` for what is no plain
/// lowercase word of three letters or more, or is a function word or a
/// preposition (`across`).
pub fn base_participle(verb: &str) -> Option<String> {
    if let Some(done) = irregular_participle(verb) {
        return Some(done.to_string());
    }
    let plain = verb.len() >= 3 && verb.chars().all(|c| c.is_ascii_lowercase());
    if !plain || NO_VERBS.contains(&verb) || super::text::is_function_word(verb) {
        return None;
    }
    Some(if verb.ends_with('e') {
        format!("{verb}d")
    } else {
        format!("{verb}ed")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_form_becomes_a_participle_and_a_preposition_does_not() {
        assert_eq!(base_participle("claim").as_deref(), Some("claimed"));
        assert_eq!(base_participle("license").as_deref(), Some("licensed"));
        assert_eq!(base_participle("hold").as_deref(), Some("held"));
        assert_eq!(base_participle("across"), None);
        assert_eq!(base_participle("with"), None);
        assert_eq!(base_participle("Claim"), None);
    }

    #[test]
    fn every_form_of_an_irregular_verb_gives_its_participle() {
        for (word, participle) in [
            ("held", "held"),
            ("holds", "held"),
            ("hold", "held"),
            ("ran", "run"),
            ("runs", "run"),
            ("began", "begun"),
            ("brought", "brought"),
            ("sells", "sold"),
            ("grew", "grown"),
            ("Paid", "paid"),
        ] {
            assert_eq!(irregular_participle(word), Some(participle), "{word}");
        }
    }

    #[test]
    fn regular_verbs_linking_verbs_and_nouns_are_not_irregular() {
        for word in ["handled", "examines", "took", "made", "patents", "has", "s"] {
            assert_eq!(irregular_participle(word), None, "{word}");
        }
        assert!(is_irregular_past("won") && is_irregular_past("sold"));
        assert!(!is_irregular_past("win") && !is_irregular_past("set"));
    }
}
