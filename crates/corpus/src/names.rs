//! Names in running text: acronym definitions (`National Intellectual
//! Property Administration (NIPA)`, `intellectual property rights (IPRs)`),
//! capitalised names with an organisation, programme or place head word
//! (`X of the Y` when X itself names a body),
//! quoted programme names (`the "Sword Net" campaign`), and people named
//! after a title (`Premier Li Keqiang`) or before a role (`Sun Wei, Head of …`).
//!
//! Invariant: every name returned is words of the text; kinds come only from
//! the word lists in [`super::lexicon`] and from the pattern that found them.

use super::lexicon::{kind_of_name, OPENERS, PLACES, PROGRAMME_NOUNS, TITLES};
use super::model::EntityKind;
use super::people::{is_person_name, people};

/// A name found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameHit {
    /// The full name as written.
    pub name: String,
    /// What it names.
    pub kind: EntityKind,
    /// An acronym the text defines for it.
    pub acronym: Option<String>,
    /// A role stated right after a person's name.
    pub role: Option<String>,
}

/// Joiners allowed inside a capitalised name.
#[rustfmt::skip]
const JOINERS: &[&str] = &["of", "and", "for", "on", "the", "in", "de", "to"];
/// Small words skipped when matching an acronym to the initials of a name.
#[rustfmt::skip]
const ACRONYM_SKIP: &[&str] = &["of", "and", "the", "for", "on", "in"];

/// Every name in `text`, in order of appearance.
pub fn find_names(text: &str) -> Vec<NameHit> {
    let mut out = acronym_definitions(text);
    out.extend(capitalised_names(text));
    out.extend(quoted_programmes(text));
    out.extend(people(text));
    out
}

/// `Full Name (ACR)`: the acronym and the words before it whose initials spell it.
fn acronym_definitions(text: &str) -> Vec<NameHit> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices(" (") {
        let Some(close) = text[open + 2..].find(')').map(|c| open + 2 + c) else {
            continue;
        };
        let acronym = &text[open + 2..close];
        if let Some(hit) = acronym_before_its_name(&text[..open], acronym) {
            out.push(hit);
            continue;
        }
        let Some(letters) = acronym_letters(acronym) else {
            continue;
        };
        let words: Vec<&str> = text[..open].split_whitespace().collect();
        let Some(full) = spelled_by(&words, letters)
            .or_else(|| spelled_by(&hyphen_parts(&words), letters))
            .or_else(|| capitalised_tail(&words))
        else {
            continue;
        };
        let kind = match full.chars().next() {
            Some(c) if c.is_lowercase() => EntityKind::Concept,
            _ => kind_of_name(&full).unwrap_or(EntityKind::Organisation),
        };
        out.push(NameHit {
            name: full,
            kind,
            acronym: Some(acronym.to_string()),
            role: None,
        });
    }
    out
}

/// The letters of an acronym (`SMEs` → `SME`): 2 to 7 capitals, at most
/// one small letter, an optional plural `s`.
fn acronym_letters(acronym: &str) -> Option<&str> {
    let letters = acronym.strip_suffix('s').unwrap_or(acronym);
    let n_upper = letters.chars().filter(char::is_ascii_uppercase).count();
    let ok = (2..=7).contains(&n_upper)
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && n_upper + 1 >= letters.len();
    ok.then_some(letters)
}

/// `Standard-essential patents` → `Standard`, `essential`, `patents`: the
/// parts of hyphenated words, for acronyms that take an initial from each
/// (`SEPs`).
fn hyphen_parts<'a>(words: &[&'a str]) -> Vec<&'a str> {
    (words.iter())
        .flat_map(|w| w.split('-').filter(|p| !p.is_empty()))
        .collect()
}

/// `HVIPs (high-value invention patents)`, `TCM (traditional Chinese
/// medicine)`: an acronym followed by the name it stands for in brackets,
/// whose initials (small words skipped, hyphenated parts counted or not)
/// spell it.
fn acronym_before_its_name(before: &str, inside: &str) -> Option<NameHit> {
    let acronym = before
        .rsplit(|c: char| c.is_whitespace())
        .next()?
        .trim_start_matches(['"', '“', '(']);
    let letters = acronym_letters(acronym)?;
    let words: Vec<&str> = inside.split_whitespace().collect();
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
    });
    if !plain || words.len() < 2 || words.len() > 8 {
        return None;
    }
    let spells = |words: &[&str]| spelled_by(words, letters).is_some_and(|f| f == words.join(" "));
    if !(spells(&words) || spells(&hyphen_parts(&words))) {
        return None;
    }
    let name = words.join(" ");
    let kind = match name.chars().next() {
        Some(c) if c.is_lowercase() => EntityKind::Concept,
        _ => kind_of_name(&name).unwrap_or(EntityKind::Organisation),
    };
    Some(NameHit {
        name,
        kind,
        acronym: Some(acronym.to_string()),
        role: None,
    })
}

/// The last words of `words` whose initials (small words skipped) spell `letters`.
fn spelled_by(words: &[&str], letters: &str) -> Option<String> {
    let letters: Vec<char> = letters.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut need = letters.len();
    let mut start = words.len();
    while need > 0 && start > 0 {
        start -= 1;
        let word = words[start].trim_matches(|c: char| !c.is_alphanumeric());
        if ACRONYM_SKIP.contains(&word) && need < letters.len() {
            continue;
        }
        let initial = word.chars().next()?.to_ascii_lowercase();
        if initial != letters[need - 1] || word.ends_with([',', '.']) {
            return None;
        }
        need -= 1;
    }
    (need == 0).then(|| strip_article(&words[start..].join(" ")))
}

/// The run of capitalised words (with joiners) that ends `words`.
fn capitalised_tail(words: &[&str]) -> Option<String> {
    let mut start = words.len();
    while start > 0 {
        let word = words[start - 1];
        let capital = word.starts_with(|c: char| c.is_uppercase());
        if !(capital || JOINERS.contains(&word) && start < words.len())
            || word.ends_with([',', '.', ';'])
        {
            break;
        }
        start -= 1;
    }
    while start < words.len() && JOINERS.contains(&words[start]) {
        start += 1;
    }
    (words.len() - start >= 2).then(|| strip_article(&words[start..].join(" ")))
}

fn strip_article(name: &str) -> String {
    let name = name.trim_start_matches(['"', '“']);
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name)
        .to_string()
}

/// Capitalised word runs whose head word or gazetteer entry gives a kind.
fn capitalised_names(text: &str) -> Vec<NameHit> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (idx, raw) in words.iter().enumerate() {
        let next_capital = words.get(idx + 1).is_some_and(|n| {
            n.trim_start_matches(['"', '“'])
                .starts_with(char::is_uppercase)
        });
        let word = raw.trim_start_matches(['"', '“', '‘', '\'']);
        let mut core = word.trim_end_matches([',', '.', ';', ':', '?', '!', '’', '\'', '"', '”']);
        // `Master's Program` keeps its possessive inside the name.
        if !next_capital || core.len() < word.len() {
            core = core.trim_end_matches("'s").trim_end_matches("’s");
        }
        // `Communist Party of China (CPC) Central Committee`: an acronym in
        // brackets inside a name leaves the name whole.
        let inner_acronym = !run.is_empty()
            && next_capital
            && raw.starts_with('(')
            && raw.ends_with(')')
            && raw.len() > 3
            && raw[1..raw.len() - 1]
                .chars()
                .all(|c| c.is_ascii_uppercase());
        if inner_acronym {
            continue;
        }
        if raw.starts_with(['"', '“', '‘', '(']) {
            flush(&mut run, &mut out);
        }
        let ordinal =
            core.ends_with("th") && core.starts_with(|c: char| c.is_ascii_digit()) && next_capital;
        let month = super::dates::month_number(core).is_some();
        let capital = core.starts_with(char::is_uppercase) && !month;
        // `Central Committee of the Party`: `of the` joins like one word.
        let of_the = core == "of"
            && words.get(idx + 1).is_some_and(|n| *n == "the")
            && words
                .get(idx + 2)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        let joiner =
            !run.is_empty() && JOINERS.contains(&core) && core == word && (next_capital || of_the);
        if (capital || ordinal || joiner) && !raw.starts_with('(') {
            run.push(core);
            if core.len() < word.len() {
                flush(&mut run, &mut out);
            }
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn flush(run: &mut Vec<&str>, out: &mut Vec<NameHit>) {
    while run
        .first()
        .is_some_and(|w| OPENERS.contains(w) || TITLES.contains(w) || JOINERS.contains(w))
    {
        run.remove(0);
    }
    while run.last().is_some_and(|w| JOINERS.contains(w)) {
        run.pop();
    }
    let name = run.join(" ");
    run.clear();
    flush_name(name, out);
}

fn flush_name(mut name: String, out: &mut Vec<NameHit>) {
    // `Head of the Training Center`: a title before `of the` names no body.
    if let Some((left, right)) = name.split_once(" of the ") {
        if kind_of_name(left).is_none() {
            name = right.to_string();
        }
    }
    if name.split(' ').count() > 12 {
        // `Department of the Committee of the Party of …`: too long for one
        // name; the first body, then the rest, each on its own.
        if let Some((left, right)) = name.split_once(" of the ") {
            let (left, right) = (left.to_string(), right.to_string());
            flush_name(left, out);
            flush_name(right, out);
        }
        return;
    }
    if name.is_empty() {
        return;
    }
    let single = !name.contains(' ');
    // `Patent Law and Copyright Law`, `Hubei and Chongli District`: two names.
    if let Some((left, right)) = name.split_once(" and ") {
        let named = |part: &str| {
            kind_of_name(part).is_some() || is_person_name(&part.split(' ').collect::<Vec<_>>())
        };
        if named(left) && kind_of_name(right).is_some() {
            for part in [left, right] {
                if let Some(kind) = kind_of_name(part) {
                    out.push(NameHit {
                        name: part.to_string(),
                        kind,
                        acronym: None,
                        role: None,
                    });
                }
            }
            return;
        }
    }
    match kind_of_name(&name) {
        Some(kind) if !single || PLACES.contains(&name.as_str()) => out.push(NameHit {
            name,
            kind,
            acronym: None,
            role: None,
        }),
        // `South China's Guangdong`: no name as a whole, but places inside.
        None => out.extend(places_within(&name)),
        _ => {}
    }
}

/// Gazetteer places (one or two words) inside a run that names nothing else.
fn places_within(run: &str) -> Vec<NameHit> {
    let words: Vec<&str> = run
        .split(' ')
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    let mut out = Vec::new();
    let mut idx = 0;
    while idx < words.len() {
        let pair = words
            .get(idx + 1)
            .map(|next| format!("{} {next}", words[idx]));
        let (name, len) = match pair {
            Some(pair) if PLACES.contains(&pair.as_str()) => (pair, 2),
            _ => (words[idx].to_string(), 1),
        };
        if PLACES.contains(&name.as_str()) {
            out.push(NameHit {
                name,
                kind: EntityKind::Place,
                acronym: None,
                role: None,
            });
        }
        idx += len;
    }
    out
}

/// `the "Sword Net" campaign` → a programme named `Sword Net`.
fn quoted_programmes(text: &str) -> Vec<NameHit> {
    let mut out = Vec::new();
    for (open, quote) in text.match_indices(['"', '“']) {
        let close_char = if quote == "“" { '”' } else { '"' };
        let start = open + quote.len();
        let Some(len) = text[start..].find(close_char) else {
            continue;
        };
        let name = &text[start..start + len];
        let after = text[start + len + close_char.len_utf8()..].trim_start();
        let noun = after.split([' ', ',', '.']).next().unwrap_or("");
        let capitalised = name.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || JOINERS.contains(&w)
        });
        if PROGRAMME_NOUNS.contains(&noun)
            && capitalised
            && (1..=6).contains(&name.split(' ').count())
        {
            out.push(NameHit {
                name: name.to_string(),
                kind: EntityKind::Programme,
                acronym: None,
                role: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: expect_test::Expect) {
        let shown: Vec<String> = find_names(text)
            .iter()
            .map(|h| {
                format!(
                    "{} [{}] {} {}",
                    h.name,
                    h.kind.as_str(),
                    h.acronym.as_deref().unwrap_or(""),
                    h.role.as_deref().unwrap_or("")
                )
                .trim_end()
                .to_string()
            })
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn acronyms_define_aliases() {
        check(
            "The China National Patent Office (CNPO) and the awareness of intellectual property rights (IPRs) and China Central Television (CCTV).",
            expect_test::expect![[r#"
                China National Patent Office [organisation] CNPO
                intellectual property rights [concept] IPRs
                China Central Television [organisation] CCTV
                China National Patent Office [organisation]
                China Central Television [organisation]"#]],
        );
    }

    #[test]
    fn acronyms_with_hyphenated_initials_and_before_their_names() {
        check(
            "Seed-bearing plant varieties (SPVs) grew. SMEs (small and medium-sized enterprises) and HVSPs (high-value seed patents) and the PCT (Patent Cooperation Treaty). GDP (it rose) and WIPO (Geneva).",
            expect_test::expect![[r#"
                Seed-bearing plant varieties [organisation] SPVs
                small and medium-sized enterprises [concept] SMEs
                high-value seed patents [concept] HVSPs
                Patent Cooperation Treaty [programme] PCT"#]],
        );
    }

    #[test]
    fn head_words_places_and_quoted_programmes() {
        check(
            "In 2022, the Ministry of Science and Technology met in Hubei, Inner Mongolia and Chongli District for the 2022 National Patent Week and the \"Clean Web\" campaign.",
            expect_test::expect![[r#"
                Ministry of Science and Technology [organisation]
                Hubei [place]
                Inner Mongolia [place]
                Chongli District [place]
                National Patent Week [programme]
                Clean Web [programme]"#]],
        );
    }

    #[test]
    fn people_by_title_and_by_role() {
        check(
            "Premier Li Keqiang spoke. Wang Wei, Head of the Training Center, said so, and Beijing, Shanghai agreed with Mr. Wang.",
            expect_test::expect![[r#"
                Training Center [organisation]
                Beijing [place]
                Shanghai [place]
                Li Keqiang [person]
                Wang Wei [person]  Head of the Training Center"#]],
        );
    }
}
