//! A part told of its whole: `1.31 million of the 2.20 million register
//! records have been migrated`, `412 of the 900 complaints were upheld`.
//! The first number counts the things the clause says were done (`register
//! records migrated`), the second all of them (`register records`), so the
//! two are never one measure with two values.
//!
//! Invariant: only two numbers of one unit joined by nothing but `of` or
//! `of the`, before a noun phrase and a passive verb (`were upheld`, `have
//! now been migrated`), are relabelled; anything else is left to the
//! measure rules.

use std::ops::Range;

use super::phrases::{noun_phrase, passive_participle};

/// New measures, by index into `figures` (each a quantity's span and
/// unit), for every part and whole the sentence pairs.
pub fn partitive_measures(
    sentence: &str,
    figures: &[(Range<usize>, &str)],
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, pair) in figures.windows(2).enumerate() {
        let [(part, part_unit), (whole, whole_unit)] = pair else {
            continue;
        };
        let gap = sentence.get(part.end..whole.start).unwrap_or("").trim();
        if !matches!(gap, "of" | "of the") || part_unit != whole_unit {
            continue;
        }
        // `design files digitised`: the things, then what was done to them.
        let Some((phrase, head)) = noun_phrase(&sentence[whole.end..]) else {
            continue;
        };
        let words: Vec<&str> = phrase.split(' ').collect();
        let Some(head_at) = words.iter().position(|w| *w == head) else {
            continue;
        };
        let things = words[..=head_at].join(" ");
        let done = words[head_at + 1..].join(" ");
        let rest = sentence[whole.end..].get(1 + things.len()..).unwrap_or("");
        let passive = passive_participle(rest);
        if done.is_empty() || passive.trim() != done {
            continue;
        }
        out.push((i, phrase));
        out.push((i + 1, things));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn relabelled(sentence: &str) -> Vec<String> {
        let quantities = find_quantities(sentence);
        let figures: Vec<(Range<usize>, &str)> = quantities
            .iter()
            .map(|q| (q.span.clone(), q.unit.unwrap_or("")))
            .collect();
        partitive_measures(sentence, &figures)
            .into_iter()
            .map(|(i, m)| format!("{}: {m}", &sentence[quantities[i].span.clone()]))
            .collect()
    }

    #[test]
    fn the_part_counts_what_was_done_and_the_whole_all_of_them() {
        assert_eq!(
            relabelled("So far 3,100 of the 5,600 design files had now been digitised."),
            ["3,100: design files digitised", "5,600: design files"]
        );
        assert_eq!(
            relabelled("1.2 million of the 2 million pages have been scanned."),
            ["1.2 million: pages scanned", "2 million: pages"]
        );
        // No verb of what was done, or no `of` between them: left alone.
        assert!(relabelled("412 of the 900 complaints concerned delays.").is_empty());
        assert!(relabelled("412 complaints and 900 appeals were upheld.").is_empty());
    }
}
