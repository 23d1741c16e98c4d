//! People named in running text: after a title (`Premier Li Keqiang`,
//! `General Secretary Xi Jinping`) or before a role (`Sun Wei, Head of the
//! Training Center, said …`).
//!
//! Invariant: a person's name is two short capitalised words that are no
//! place, no opener and no organisation or programme name.

use super::lexicon::{kind_of_name, OPENERS, PLACES, ROLE_WORDS, TITLES};
use super::model::EntityKind;
use super::names::NameHit;

/// People named after a title or before a role.
pub fn people(text: &str) -> Vec<NameHit> {
    let mut out = Vec::new();
    for title in TITLES.iter().filter(|t| !t.ends_with('.')) {
        for (pos, _) in text.match_indices(&format!("{title} ")) {
            let bounded = pos == 0 || text[..pos].ends_with([' ', '(', '"', '“']);
            if let Some(name) = bounded
                .then(|| person_name(&text[pos + title.len() + 1..]))
                .flatten()
            {
                out.push(NameHit {
                    name,
                    kind: EntityKind::Person,
                    acronym: None,
                    role: None,
                });
            }
        }
    }
    for (comma, _) in text.match_indices(", ") {
        let before: Vec<&str> = text[..comma].split_whitespace().rev().take(2).collect();
        let name_words: Vec<&str> = before.into_iter().rev().collect();
        if !is_person_name(&name_words) {
            continue;
        }
        let role = text[comma + 2..]
            .split([',', '\n'])
            .next()
            .unwrap_or("")
            .split(". ")
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', ',']);
        let role_words: Vec<String> = role
            .split_whitespace()
            .take(6)
            .map(str::to_lowercase)
            .collect();
        if role_words.iter().any(|w| ROLE_WORDS.contains(&w.as_str())) {
            let name = name_words.join(" ");
            out.push(NameHit {
                name,
                kind: EntityKind::Person,
                acronym: None,
                role: Some(role.to_string()),
            });
        }
    }
    out
}

/// The two capitalised words of a name at the start of `text`.
fn person_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_end_matches([',', '.', ';', ':'])
                .trim_end_matches("'s")
                .trim_end_matches("’s")
        })
        .collect();
    is_person_name(&words).then(|| words.join(" "))
}

/// Two (or three) short capitalised words that are no place or head word.
pub fn is_person_name(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches("'s");
            w.len() <= 12
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !OPENERS.contains(&w)
        })
        && kind_of_name(&words.join(" ")).is_none()
        && !words.iter().any(|w| PLACES.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_titles_and_before_roles() {
        let found: Vec<String> = people("Premier Li Keqiang spoke. Wang Wei, Head of the Training Center, said so; Beijing, Shanghai agreed.")
            .iter()
            .map(|h| format!("{} / {}", h.name, h.role.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            found,
            ["Li Keqiang / -", "Wang Wei / Head of the Training Center"]
        );
    }

    #[test]
    fn person_names_are_not_places_or_bodies() {
        assert!(is_person_name(&["Shen", "Changyu"]));
        assert!(!is_person_name(&["Hong", "Kong"]));
        assert!(!is_person_name(&["State", "Council"]));
        assert!(!is_person_name(&["The", "Office"]));
        assert!(!is_person_name(&["Shen"]));
    }
}
