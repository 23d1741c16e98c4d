//! What a quantity counts: its unit and a short measure label, read from the
//! noun phrase after the number (`690,000 IP professionals in China`) or the
//! subject before it (`the total amount of pledge financing reached …`).
//!
//! Invariant: the measure is words of the sentence itself (trimmed, never
//! invented); the unit is a closed word (`people`, a currency, `%`) or the
//! counted noun as written in the plural.

use super::numbers::Quantity;
use super::text::is_function_word;

/// Nouns counted as people.
const PEOPLE: &[&str] = &["people", "persons", "professionals", "talents", "participants", "trainees", "students", "experts", "academicians", "trainers", "members", "suspects", "staff", "employees", "teachers", "examiners", "officials", "agents", "lawyers", "judges", "users", "applicants", "journalists", "children", "pupils", "workers", "researchers", "specialists", "individuals"];
/// Nouns that take an `of` phrase (`batches of goods`).
const CONTAINERS: &[&str] = &["varieties", "types", "kinds", "categories", "batches", "pieces", "sets", "lists", "units", "copies", "rounds", "sessions", "batch", "items"];
/// Words that end a noun phrase after a number.
const PHRASE_STOPS: &[&str] = &["were", "was", "is", "are", "have", "has", "had", "will", "would", "can", "could", "been", "be", "being", "that", "which", "who", "in", "of", "from", "to", "for", "with", "at", "on", "by", "across", "nationwide", "worldwide", "overseas", "throughout", "per", "as", "into", "during", "under", "since", "including", "each", "respectively", "so", "than", "more", "less", "through", "a", "an", "the", "quicker", "faster", "higher", "lower", "earlier", "later", "ago", "fewer", "old"];
/// Verbs and particles between a subject and its number.
const LINKS: &[&str] = &["reached", "reach", "reaches", "totaled", "totalled", "totaling", "totalling", "amounted", "to", "exceeded", "exceeding", "exceed", "was", "were", "is", "are", "be", "been", "has", "have", "had", "hit", "stood", "at", "of", "by", "cut", "reduced", "shortened", "increased", "decreased", "rose", "grew", "fell", "jumped", "doubled", "with", "registering", "accounting", "accounts", "accounted", "for", "approximately", "about", "reaching", "surpassing", "surpassed", "over", "more", "than", "nearly", "around", "up", "an", "a", "the", "also", "further", "which", "and", "in", "on", "will", "should", "would", "could", "can", "having", "set", "goal", "contributes", "from", "including", "received", "attracted", "offering", "comprising", "training", "year-on-year", "increase", "growth", "rise", "decrease", "annual", "average", "rate", "registering"];
/// Words that cut an over-long subject.
const SUBJECT_CUTS: &[&str] = &["submitted", "that", "which", "who", "through", "under", "released", "involving", "during", "using", "issued"];
/// Leading container phrases dropped from a subject.
const SUBJECT_HEADS: &[&str] = &["total amount of ", "amount of ", "total number of ", "number of ", "scale of ", "total of ", "total value of ", "value of "];

/// The measure and unit of `q` in `sentence`; `previous` is the measure of the
/// quantity before it in the same sentence, used for bare rates and changes.
pub fn describe(sentence: &str, q: &Quantity, previous: Option<&str>) -> (String, String) {
    let after = &sentence[q.span.end..];
    let per = per_phrase(after);
    let after_per = per.as_ref().map_or(after, |(_, len)| &after[*len..]);
    let phrase = match q.unit {
        Some(_) => None,
        None => noun_phrase(after).or_else(|| of_phrase(after)),
    };
    let subject = subject_before(&sentence[..q.span.start]);
    let (mut measure, mut unit) = match (phrase, q.unit) {
        (Some((phrase, head)), _) => (phrase, unit_for(&head)),
        (None, Some("rank")) => (ranking_name(sentence), "rank".to_string()),
        (None, Some(unit)) => (subject.or(previous.map(str::to_string)).unwrap_or_default(), unit.to_string()),
        (None, None) => {
            let measure = subject.or(previous.map(str::to_string)).unwrap_or_default();
            let mut unit = head_noun(&measure).map_or_else(|| "count".to_string(), |h| unit_for(&h));
            if let Some(per) = measure.find(" per ") {
                unit = format!("{unit}{}", &measure[per..]);
            }
            (measure, unit)
        }
    };
    // A duration or a score says nothing by its own noun: what lasted or
    // scored is the subject (`the review period was cut to 20 months`).
    if matches!(unit.as_str(), "months" | "years" | "days" | "weeks" | "hours" | "points" | "times" | "slots") {
        if let Some(better) = subject_before(&sentence[..q.span.start]).or(previous.map(str::to_string)) {
            measure = better;
        }
    }
    if let Some((per, _)) = per {
        unit = format!("{unit} {per}").trim_start_matches("count ").to_string();
    }
    if unit == "%" {
        if let Some(of) = after_per.strip_prefix(" of ").and_then(|rest| noun_phrase(&format!(" {rest}"))) {
            measure = if measure.is_empty() { format!("share of {}", of.0) } else { format!("{measure} (share of {})", of.0) };
        }
    }
    (measure, unit)
}

/// `rank in the Global Index` when the sentence names a ranking, else `rank`.
fn ranking_name(sentence: &str) -> String {
    let names = ["Index", "Ranking", "Rankings", "List", "Report"];
    for (start, _) in sentence.match_indices("the ") {
        let words: Vec<&str> = sentence[start + 4..].split(' ').take_while(|w| w.starts_with(char::is_uppercase)).collect();
        if let Some(end) = words.iter().position(|w| names.contains(&w.trim_end_matches([',', '.']))) {
            return format!("rank in the {}", words[..=end].join(" ").trim_end_matches([',', '.']));
        }
    }
    "rank".into()
}

/// The counted unit for a head noun.
pub fn unit_for(head: &str) -> String {
    let lower = head.to_lowercase();
    match lower.as_str() {
        w if PEOPLE.contains(&w) => "people".into(),
        "month" | "year" | "day" | "week" | "hour" => format!("{lower}s"),
        _ => lower,
    }
}

/// `per 10,000 people` right after a number: the phrase and its length.
fn per_phrase(after: &str) -> Option<(String, usize)> {
    let rest = after.strip_prefix(" per ")?;
    let words: Vec<&str> = rest.split(' ').take(2).collect();
    let noun = words.get(1)?.trim_end_matches([',', '.', ';', ')']);
    let len = 5 + words[0].len() + 1 + noun.len();
    Some((format!("per {} {noun}", words[0]), len))
}

/// The noun phrase right after a number and its head noun.
fn noun_phrase(after: &str) -> Option<(String, String)> {
    let rest = after.strip_prefix(' ')?;
    let words: Vec<&str> = rest.split(' ').collect();
    let mut taken: Vec<&str> = Vec::new();
    let mut head_idx = None;
    let mut idx = 0;
    while let Some(word) = words.get(idx) {
        let core = word.trim_end_matches([',', '.', ';', ':', ')', '?', '!', '"', '”']);
        let clean = core.trim_start_matches(['"', '“', '(']);
        let wordlike = !clean.is_empty() && clean.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let lower = clean.to_lowercase();
        let joiner = matches!(lower.as_str(), "and" | "or") && !taken.is_empty();
        if !wordlike || (PHRASE_STOPS.contains(&lower.as_str()) && !joiner) || taken.len() >= 7 {
            break;
        }
        taken.push(clean);
        let container_of = CONTAINERS.contains(&lower.as_str()) && words.get(idx + 1) == Some(&"of");
        if container_of && head_idx.is_none() {
            head_idx = Some(taken.len() - 1);
            taken.push("of");
            idx += 2;
            continue;
        }
        // `criminal, civil, and administrative cases`: a list of modifiers.
        let joins_ahead = words.iter().skip(idx + 1).take(3).any(|w| matches!(*w, "and" | "or"));
        let comma_list = word.ends_with(',') && joins_ahead && taken.len() <= 2;
        if core.len() < word.len() && !comma_list {
            break;
        }
        idx += 1;
    }
    while taken.last().is_some_and(|w| is_function_word(w) || *w == "of") {
        taken.pop();
    }
    if taken.is_empty() {
        return None;
    }
    let head = head_idx.map_or(taken[taken.len() - 1], |h| taken[h]).to_string();
    let mut phrase = taken.join(" ");
    let consumed: usize = taken.iter().map(|w| w.len() + 1).sum::<usize>();
    phrase.push_str(&participle(rest.get(consumed.saturating_sub(1)..).unwrap_or("")));
    Some((phrase, head))
}

/// ` were authorized` after a noun phrase → ` authorized`.
fn participle(rest: &str) -> String {
    for aux in [" were ", " was ", " have been ", " has been ", " had been "] {
        if let Some(tail) = rest.strip_prefix(aux) {
            let verb = tail.split([' ', ',', '.', ';']).next().unwrap_or("");
            if verb.ends_with("ed") && verb.len() > 3 {
                return format!(" {verb}");
            }
        }
    }
    String::new()
}

/// `408 of the world's 5,000 leading brands` → what the `of` phrase counts.
fn of_phrase(after: &str) -> Option<(String, String)> {
    let rest = after.strip_prefix(" of ")?;
    let skipped: Vec<&str> = rest
        .split(' ')
        .skip_while(|w| matches!(*w, "the" | "which" | "these" | "those" | "them") || w.ends_with("'s") || w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    noun_phrase(&format!(" {}", skipped.join(" ")))
}

/// The subject of the clause that ends at a number, trimmed to a short label.
fn subject_before(prefix: &str) -> Option<String> {
    let clause_start = [", ", "; ", ": ", ". ", " (", "“", "\""].iter().filter_map(|sep| prefix.rfind(sep).map(|p| p + sep.len())).max().unwrap_or(0);
    let clause = prefix[clause_start..].trim();
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words.last().is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str())) {
        words.pop();
    }
    while words.first().is_some_and(|w| LINKS.contains(&w.to_lowercase().as_str()) || matches!(w.to_lowercase().as_str(), "of" | "which" | "while" | "but" | "so" | "as")) {
        words.remove(0);
    }
    if let Some(cut) = words.iter().skip(2).position(|w| SUBJECT_CUTS.contains(w)) {
        words.truncate(cut + 2);
    }
    words.truncate(8);
    let mut subject = words.join(" ");
    for head in SUBJECT_HEADS {
        if let Some(rest) = subject.strip_prefix(head) {
            subject = rest.to_string();
        }
    }
    let pronoun = matches!(subject.to_lowercase().as_str(), "it" | "we" | "they" | "this" | "that" | "there" | "he" | "she" | "these" | "i" | "");
    (!pronoun && !subject.starts_with(|c: char| c.is_ascii_digit())).then_some(subject)
}

/// The head noun of a measure: the last word before any `of`/`in`/`per` phrase.
fn head_noun(measure: &str) -> Option<String> {
    let cut = [" in ", " per ", " of ", " at ", " from "].iter().filter_map(|p| measure.find(p)).min().unwrap_or(measure.len());
    let word = measure[..cut].split_whitespace().next_back()?;
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    (word.ends_with('s') && !word.ends_with("ss")).then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::numbers::find_quantities;

    fn check(sentence: &str, expect: expect_test::Expect) {
        let mut previous: Option<String> = None;
        let mut shown = Vec::new();
        for q in find_quantities(sentence) {
            let (measure, unit) = describe(sentence, &q, previous.as_deref());
            shown.push(format!("{} | {unit} | {measure}", &sentence[q.span.clone()]));
            previous = Some(measure);
        }
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn noun_after_the_number() {
        check(
            "We have 690,000 IP professionals in China, and 5,000 new varieties of forest plants were granted, while 31,300 trademark infringement cases were investigated.",
            expect_test::expect![[r#"
                690,000 | people | IP professionals
                5,000 | varieties | new varieties of forest plants granted
                31,300 | cases | trademark infringement cases investigated"#]],
        );
    }

    #[test]
    fn subject_before_the_number() {
        check(
            "In 2020, the total amount of patent pledge financing reached 218 billion yuan, a year-on-year increase of 43.9%, and the number of invention patents per 10,000 people reached 15.8.",
            expect_test::expect![[r#"
                218 billion yuan | yuan | patent pledge financing
                43.9% | % | patent pledge financing
                15.8 | patents per 10,000 people | invention patents per 10,000 people"#]],
        );
    }

    #[test]
    fn shares_ranks_and_of_phrases() {
        check(
            "The value added reached 7.3 trillion yuan, accounting for 7.39% of GDP; 408 of the world's 5,000 leading brands; it rose to 14th place.",
            expect_test::expect![[r#"
                7.3 trillion yuan | yuan | value added
                7.39% | % | value added (share of GDP)
                408 | brands | leading brands
                5,000 | brands | leading brands
                14th place | rank | rank"#]],
        );
    }

    #[test]
    fn per_phrase_after_the_number_and_time_units() {
        check(
            "Patents should reach 12 per 10,000 people by 2025. The review period was cut to 20 months, two months quicker.",
            expect_test::expect![[r#"
                12 | patents per 10,000 people | Patents
                20 | months | review period
                two | months | review period"#]],
        );
    }
}
