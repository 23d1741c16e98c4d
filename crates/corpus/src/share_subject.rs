//! Shares that are the subject of their clause: `Two-fifths of the firms
//! surveyed held at least one invention patent`, `Roughly a quarter had
//! licensed a patent to another company`, `One in five large enterprises
//! has a full-time IP manager`. What the share counts is what its clause
//! says they did or have, among whom: `held at least one invention patent
//! (share of firms surveyed)`.
//!
//! Invariant: only a share that opens its clause (after at most a few
//! hedging words) and is followed, within its own clause, by a verb is
//! read; anything else gets `None` and keeps the label it had.

use super::numbers::Quantity;
use super::text::last_clause;
use super::verbs::is_irregular_past;

/// Words that may stand before a share at the start of its clause.
const HEDGES: &[&str] = &[
    "roughly", "about", "around", "nearly", "almost", "some", "just", "only", "and", "but",
    "while", "whereas",
];

/// Auxiliaries and common verbs that end the noun phrase of a share's
/// subject (`of the firms surveyed held`).
const VERBS: &[&str] = &[
    "had", "has", "have", "were", "was", "are", "is", "did", "do", "does", "held", "hold", "holds",
    "said", "say", "says", "saw", "made", "make", "took", "take", "gave", "found", "kept", "paid",
    "pay", "spent", "spend", "sold", "won", "got", "knew", "thought", "felt", "use", "used",
    "uses", "own", "owned", "owns", "plan", "plans", "planned", "expect", "expects", "expected",
    "reported", "report", "reports", "employ", "employs", "employed", "come", "comes", "go",
    "goes",
];

/// Words of a predicate after an auxiliary that make the auxiliary only a
/// tense marker (`had never registered` → `never registered`).
const TENSE_ONLY_NEXT: &[&str] = &["never", "not", "already", "ever", "also", "still"];

/// Most words of the subject's noun phrase and of the predicate.
const MAX_WORDS: usize = 8;

/// Irregular past tenses a share's clause may use beside those of [`VERBS`].
const IRREGULAR_PAST: &[&str] = &[
    "met", "went", "came", "left", "chose", "grew", "fell", "rose", "ran", "stood", "became",
    "sought", "brought", "bought", "built", "sent", "lost",
];

/// Where a past-tense verb of no list stands after a share: right after
/// it (`96.4 percent met the standard`, `a third passed`). After an `of`
/// phrase a past form is as often a participle of the noun (`a third of
/// all applications filed in the region`), so it is not read there.
fn past_verb_at(words: &[&str]) -> Option<usize> {
    let lower = words.first()?.to_ascii_lowercase();
    let past =
        (lower.len() > 4 && lower.ends_with("ed")) || IRREGULAR_PAST.contains(&lower.as_str());
    (past && lower.chars().all(|c| c.is_ascii_alphabetic())).then_some(0)
}

/// The label of a share that is its clause's subject: `<predicate> (share
/// of <whom>)`, or `<predicate> (share)` when the clause does not say among
/// whom.
pub fn share_subject_label(sentence: &str, q: &Quantity) -> Option<String> {
    let before = sentence[..q.span.start].to_ascii_lowercase();
    // A list item's marker (`- 61% of respondents …`) opens nothing.
    let opens = last_clause(&before)
        .split_whitespace()
        .all(|w| HEDGES.contains(&w) || matches!(w, "-" | "*" | "•" | "·" | "–"));
    if !opens {
        return None;
    }
    let clause_end = sentence[q.span.end..]
        .find([',', ';', '.', '(', ':'])
        .map_or(sentence.len(), |e| q.span.end + e);
    let clause = &sentence[q.span.end..clause_end];
    let words: Vec<&str> = clause.split_whitespace().collect();
    let verb_at = (words.iter())
        .position(|w| VERBS.contains(&w.to_ascii_lowercase().as_str()))
        .or_else(|| past_verb_at(&words))?;
    let whom: Vec<&str> = words[..verb_at]
        .iter()
        .copied()
        .filter(|w| {
            !matches!(
                w.to_ascii_lowercase().as_str(),
                "of" | "the" | "all" | "these" | "those" | "its" | "their" | "now" | "currently"
            ) && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    // `61% of them were settled`: whom the pronoun means is said before,
    // and the label built there is kept.
    let pronoun = whom.iter().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "them" | "it" | "us" | "which" | "whom"
        )
    });
    if whom.len() > MAX_WORDS || pronoun {
        return None;
    }
    let mut predicate: &[&str] = &words[verb_at..];
    // `61% of respondents said they had found copies …`: what they said
    // is what the share counts.
    let said = matches!(
        predicate.first().map(|w| w.to_ascii_lowercase()).as_deref(),
        Some("said" | "say" | "says" | "reported" | "report" | "reports")
    );
    if said {
        let rest = &predicate[1..];
        let rest = rest.strip_prefix(&["that"][..]).unwrap_or(rest);
        if let Some((first, after)) = rest.split_first() {
            if matches!(first.to_ascii_lowercase().as_str(), "they" | "we" | "it")
                && !after.is_empty()
            {
                predicate = after;
            }
        }
    }
    // `… online in the past twelve months`: the time is the figure's
    // period, not what it counts.
    if let Some(cut) = (1..predicate.len()).find(|&i| {
        let pair = (
            predicate[i].to_ascii_lowercase(),
            predicate.get(i + 2).map(|w| w.to_ascii_lowercase()),
        );
        matches!(pair.0.as_str(), "in" | "over" | "during")
            && predicate
                .get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && matches!(pair.1.as_deref(), Some("past" | "last" | "previous"))
    }) {
        predicate = &predicate[..cut];
    }
    let tense_only = predicate.len() > 1
        && matches!(
            predicate[0].to_ascii_lowercase().as_str(),
            "had" | "has" | "have" | "did" | "do" | "does" | "were" | "was" | "are" | "is"
        )
        && (predicate[1].ends_with("ed")
            || is_irregular_past(&predicate[1].to_ascii_lowercase())
            || TENSE_ONLY_NEXT.contains(&predicate[1].to_ascii_lowercase().as_str()));
    if tense_only {
        predicate = &predicate[1..];
    }
    if predicate.len() < 2 || predicate.len() > MAX_WORDS {
        return None;
    }
    let predicate = predicate.join(" ");
    Some(if whom.is_empty() {
        format!("{predicate} (share)")
    } else {
        format!("{predicate} (share of {})", whom.join(" "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn label(sentence: &str) -> Option<String> {
        let q = find_quantities(sentence)
            .into_iter()
            .find(|q| q.unit == Some("%"))?;
        share_subject_label(sentence, &q)
    }

    #[test]
    fn a_share_opening_its_clause_is_labelled_by_what_it_did_among_whom() {
        assert_eq!(
            label("- 61% of respondents said they had found copies of their products on sale online in the past twelve months, up 13 points.")
                .as_deref(),
            Some("found copies of their products on sale online (share of respondents)")
        );
        assert_eq!(
            label("Two-fifths of the firms surveyed held at least one invention patent.")
                .as_deref(),
            Some("held at least one invention patent (share of firms surveyed)")
        );
        assert_eq!(
            label("Roughly a quarter had licensed a patent to another company.").as_deref(),
            Some("licensed a patent to another company (share)")
        );
        assert_eq!(
            label("Half of the 400 firms had never registered a trademark abroad.").as_deref(),
            Some("never registered a trademark abroad (share of firms)")
        );
        assert_eq!(
            label("Fewer than one in five large enterprises has a full-time IP manager.")
                .as_deref(),
            Some("has a full-time IP manager (share of large enterprises)")
        );
        assert_eq!(
            label("In 2024, 62% of applicants used the online service.").as_deref(),
            Some("used the online service (share of applicants)")
        );
        assert_eq!(
            label("In 2024, 99.6% of patent applications were filed online.").as_deref(),
            Some("filed online (share of patent applications)")
        );
        assert_eq!(
            label("Audits sampled 2,150 patents; 96.4 percent met the quality standard.")
                .as_deref(),
            Some("met the quality standard (share)")
        );
        // A past form after the `of` phrase may be the noun's participle.
        assert_eq!(
            label("It handled 610, about a third of all applications filed in the region.")
                .as_deref(),
            None
        );
    }

    #[test]
    fn a_share_inside_its_clause_or_without_a_verb_keeps_its_label() {
        assert_eq!(
            label("Online filing handles 96.5% of trademark filings."),
            None
        );
        assert_eq!(label("The share rose to 40% in 2024."), None);
        assert_eq!(label("About 35% of the total."), None);
        // A pronoun's share keeps the label made from what it stands for.
        assert_eq!(
            label("It handled 7,420 disputes, and 61% of them were settled."),
            None
        );
    }
}
