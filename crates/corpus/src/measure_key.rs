//! The content words of a measure label, normalised so that wordings of the
//! same thing meet: acronyms are expanded (`IP` = `intellectual property`),
//! word forms folded (`patents` = `patent`, `royalties` = `royalty`),
//! synonyms mapped through a small registry ([`SYNONYMS`]), and words that do
//! not change what is counted dropped (function words, the national or
//! provincial scope, time words, `total`, `volume`). Word order does not
//! matter: `pledge financing of patents and trademarks` and `patent and
//! trademark pledge financing` have one key.
//!
//! Invariant: a key is the sorted, deduplicated set of its words joined by
//! single spaces; the empty key means the label names nothing counted.

use super::lower::Lowercase;
use super::text::is_function_word;

/// Words that do not change what is measured: function words beyond
/// [`is_function_word`], the scope a document implies (national or
/// provincial), container words (`total`, `volume`, `scale`) and time words
/// a label picks up from its clause (`last year`, `now`).
#[rustfmt::skip]
const NEUTRAL: &[&str] = &["national", "nationwide", "total", "china", "chinese", "country", "country's", "province", "provincial", "volume", "scale", "number", "amount", "last", "this", "year", "now", "average", "so", "far", "up", "there", "both", "all", "also", "we", "it", "they", "our", "each"];

/// The synonym registry: words that name the same thing in this domain,
/// each mapped to one representative. Kept small and general; a pair goes
/// in only when the two words count the same thing in any IP text.
#[rustfmt::skip]
pub const SYNONYMS: &[(&str, &str)] = &[
    // People working in a field.
    ("talent", "professional"), ("talents", "professional"), ("personnel", "professional"),
    ("professionals", "professional"),
    // Grants of rights.
    ("authorized", "granted"), ("authorised", "granted"), ("grant", "granted"),
    ("grants", "granted"),
    // Patent and trademark examination.
    ("review", "examination"), ("reviews", "examination"), ("examining", "examination"),
    // Money lent against pledged rights.
    ("loan", "financing"), ("loans", "financing"), ("secured", "pledge"), ("backed", "pledge"),
    // `value added` and `added-value`.
    ("added-value", "added value"), ("value-added", "added value"),
    // How long something takes: `examination (duration)`, `examination
    // cycle` and `examination period` are one length of time.
    ("duration", "period"), ("cycle", "period"), ("pendency", "period"),
    // Heads counted per capita.
    ("residents", "people"), ("inhabitants", "people"),
    // A filing is an application (`PCT filings`, `PCT applications`).
    ("filing", "application"), ("filings", "application"),
];

/// Verbs of making an application: an application is filed, submitted or
/// lodged by definition, so `applications filed` counts what
/// `applications` does.
const FILING_VERBS: &[&str] = &["filed", "submitted", "lodged"];

/// The grouping key of a measure label: its normalised content words,
/// sorted and joined by spaces.
pub fn measure_key(label: &str) -> String {
    let mut words = key_words(label);
    // Unstable is stable here: the words are distinct.
    words.sort_unstable();
    words.join(" ")
}

/// The words of [`measure_key`], each once, in the order the label gives
/// them. Callers in the app that only count or test the words use this: it
/// keeps the standard sort out of the wasm bundle.
pub fn key_words(label: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for raw in label.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ':' | ';'))
    {
        let lower = raw.lowercase();
        let word = lower
            .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '.' | '\''))
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        if word.is_empty() || is_function_word(word) || NEUTRAL.contains(&word) {
            continue;
        }
        match word {
            "ip" => words.extend(["intellectual".into(), "property".into()]),
            "ipr" | "iprs" => {
                words.extend(["intellectual".into(), "property".into(), "right".into()])
            }
            w => match SYNONYMS.iter().find(|(from, _)| *from == w) {
                Some((_, to)) => words.extend(to.split(' ').map(str::to_string)),
                None => words.push(singular(w)),
            },
        }
    }
    // `loans` are `financing` only where what is lent against is a pledge.
    if !words.iter().any(|w| w == "pledge") {
        if let Some(pos) = words.iter().position(|w| w == "financing") {
            if label.lowercase().contains("loan") {
                words[pos] = "loan".into();
            }
        }
    }
    if words.iter().any(|w| w == "application") {
        words.retain(|w| !FILING_VERBS.contains(&w.as_str()));
    }
    let mut distinct: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        if !distinct.contains(&word) {
            distinct.push(word);
        }
    }
    distinct
}

/// The singular of a plural word (`patents` → `patent`, `royalties` →
/// `royalty`); other words unchanged.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 3) {
        return format!("{stem}y");
    }
    match word.strip_suffix('s') {
        Some(stem) if word.len() > 3 && !word.ends_with("ss") && !word.ends_with("us") => {
            stem.to_string()
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_order_scope_and_acronyms_do_not_change_the_key() {
        let pledge = measure_key("patent and trademark pledge financing in China");
        assert_eq!(pledge, "financing patent pledge trademark");
        assert_eq!(
            measure_key("national patent and trademark pledge financing"),
            pledge
        );
        assert_eq!(
            measure_key("pledge financing of patents and trademarks"),
            pledge
        );
        assert_eq!(
            measure_key("Loans secured by patents and trademarks"),
            pledge
        );
        assert_eq!(measure_key("IPR cases"), "case intellectual property right");
        assert_eq!(
            measure_key("China's intellectual property (IP) talent"),
            measure_key("IP professionals in China")
        );
    }

    #[test]
    fn synonyms_and_word_forms_meet() {
        assert_eq!(
            measure_key("invention patents authorized"),
            measure_key("invention patents granted")
        );
        assert_eq!(
            measure_key("average review period for invention patents"),
            measure_key("average examination period of invention patents")
        );
        assert_eq!(
            measure_key("export volume of the country's IP royalties"),
            measure_key("exports of intellectual property royalty")
        );
        assert_eq!(
            measure_key("added-value of the copyright industry"),
            measure_key("value added of the copyright industry")
        );
        assert_eq!(
            measure_key("research personnel"),
            measure_key("research talents")
        );
        // An application is filed by definition; a filing is one.
        assert_eq!(
            measure_key("PCT applications filed"),
            measure_key("PCT applications")
        );
        assert_eq!(
            measure_key("design applications submitted"),
            measure_key("design filings")
        );
        // Other participles still say which things are counted.
        assert_ne!(
            measure_key("applications rejected"),
            measure_key("applications")
        );
    }

    #[test]
    fn qualifiers_that_change_what_is_counted_stay_in_the_key() {
        assert_ne!(
            measure_key("IP professionals at or above the intermediate level"),
            measure_key("IP professionals")
        );
        assert_ne!(
            measure_key("high-value invention patents per 10,000 people"),
            measure_key("invention patents per 10,000 people")
        );
        assert_ne!(
            measure_key("patent pledge financing"),
            measure_key("patent and trademark pledge financing")
        );
        // A loan that is no pledge stays a loan.
        assert_ne!(measure_key("bank loans"), measure_key("bank financing"));
        assert_eq!(measure_key("the number of it"), "");
    }
}
