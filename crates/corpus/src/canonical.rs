//! Canonical measures: the facts that count the same thing, under whatever
//! wording and in whichever document, become one [`Measure`] with one
//! display name, so their figures form one series.
//!
//! Rules, in order:
//! 1. A fact's measure must say what is counted on its own
//!    ([`says_what_is_counted`]); facts whose label does not (`turnover`,
//!    `participants`, `cases transferred`) keep their label but join no
//!    measure. A duration (`a patent trial took 4.5 months`, labelled
//!    `patent trial (duration)`) is a measure of its own, a length of time,
//!    when the thing that lasted says what it is.
//! 2. Level facts (actuals and targets) group by the label's content words
//!    ([`measure_key`]) and their unit: a % is not a level in yuan. An
//!    acronym any document of the corpus defines counts as its full name
//!    ([`AcronymKeys`]): `PCT applications` in one document and `Patent
//!    Cooperation Treaty applications` in another are one measure.
//! 3. Within a group, a fact 50 times off the median value counts something
//!    else under the same words and is left out.
//! 4. A change (a rise, a growth rate) joins the level measure with the same
//!    key, preferring one in its own unit; with none, its key and unit make
//!    a measure of their own.
//! 5. The display name is the shortest wording used that holds the
//!    group's whole key, then the most used, then the first; every other
//!    wording is kept in `labels`.
//!
//! Scope: a label that names no place (`patent pledge financing`) in a
//! document that names one place for the same words (`patent pledge
//! financing in Sichuan`) counts in that place ([`document_scopes`]); so a
//! provincial speech's target joins its province's series, and never a
//! national measure or another province's. Where the same words count in
//! documents of different scopes, a document whose title names one
//! province or city (`Anhui Province Statistical Communiqué`) scopes its
//! figures to it unless their sentence speaks of the whole country
//! (`Nationwide, …`) or names another place: a provincial notice's own
//! `invention patents granted` are `… in Yunnan`, beside the national ones.
//!
//! Invariant: every measure has at least one fact; measures are sorted by
//! id and ids are unique.

use std::collections::BTreeMap;

use super::acronym_keys::AcronymKeys;
use super::currency::is_money;
use super::entities::slug;
use super::lexicon::{is_subnational, PLACES};
use super::lower::Lowercase;
use super::measure_key::{key_words, measure_key, singular};
use super::model::{Corpus, FactIdx, FactKind, Measure, MeasureIdx};
use super::qualify::{TIME_NOUNS, TIME_UNITS};

/// Nouns too general to say what is counted without a qualifier.
#[rustfmt::skip]
const GENERIC: &[&str] = &["people", "person", "participant", "case", "province", "region", "city", "country", "company", "enterprise", "institution", "organization", "organisation", "unit", "item", "count", "figure", "time", "student", "trainee", "visit", "view", "user", "member", "applicant", "export", "import", "turnover", "output", "value", "share", "rate", "rank", "place", "person-time", "percentage", "point", "total", "compared", "end", "beginning", "start", "such", "other", "these", "those", "which", "same", "new", "more", "less", "half"];
/// Words that make a label a clause rather than a noun phrase (`banks are
/// encouraged to …`, `plans to issue`): it names no counted thing.
#[rustfmt::skip]
const CLAUSE_WORDS: &[&str] = &["will", "shall", "would", "should", "can", "could", "may", "must", "is", "are", "was", "were", "be", "been", "being", "plan", "plans", "we", "they", "i", "you", "he", "she", "it", "above", "below", "out"];
/// Scope words a display name does without at its edges: the corpus's
/// documents imply their scope (`national patent … financing in China`).
#[rustfmt::skip]
const EDGE_SCOPE: &[&str] = &["national ", "total ", "China's ", "Chinese ", "the ", "The "];
/// The canonical measures of a corpus and the measure of each fact.
#[derive(Debug, Default)]
pub struct Canonical {
    /// The measures, sorted by id.
    pub measures: Vec<Measure>,
    /// For each fact of the corpus, its measure; `None` when its label does
    /// not say what is counted, it is an outlier, or it is skipped.
    pub of_fact: Vec<Option<MeasureIdx>>,
}

/// Groups the facts into canonical measures. Facts with `skip[idx]` set
/// (the bracketed conversions of another fact) join none.
pub fn canonical_measures(corpus: &Corpus, skip: &[bool]) -> Canonical {
    let mut levels: BTreeMap<(String, String), Vec<FactIdx>> = BTreeMap::new();
    let mut changes: Vec<(FactIdx, String)> = Vec::new();
    let keys = AcronymKeys::of_entities(&corpus.entities);
    let scoped = document_scopes(corpus, &keys);
    for (idx, fact) in corpus.facts.iter().enumerate() {
        if skip.get(idx).copied().unwrap_or(false) {
            continue;
        }
        let key = scoped[idx]
            .as_ref()
            .map(|(key, _)| key.clone())
            .unwrap_or_else(|| keys.key(&fact.measure));
        if !says_what_is_counted(&fact.measure, &fact.unit) {
            continue;
        }
        match fact.kind {
            FactKind::Change => changes.push((idx as FactIdx, key)),
            _ => levels
                .entry((key, fact.unit.clone()))
                .or_default()
                .push(idx as FactIdx),
        }
    }
    let mut groups: Vec<((String, String), Vec<FactIdx>)> = levels
        .into_iter()
        .map(|(key, facts)| (key, drop_outliers(corpus, facts)))
        .filter(|(_, facts)| !facts.is_empty())
        .collect();
    for (fact, key) in changes {
        let unit = &corpus.facts[fact as usize].unit;
        let pos = groups
            .iter()
            .position(|g| g.0 .0 == key && &g.0 .1 == unit)
            .or_else(|| groups.iter().position(|g| g.0 .0 == key));
        match pos {
            Some(pos) => groups[pos].1.push(fact),
            None => groups.push(((key, unit.clone()), vec![fact])),
        }
    }
    let mut measures: Vec<(Measure, Vec<FactIdx>)> = groups
        .into_iter()
        .map(|((key, unit), mut facts)| {
            facts.sort_unstable();
            (
                name_measure(corpus, &facts, &key, unit, &scoped, &keys),
                facts,
            )
        })
        .collect();
    measures.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let mut of_fact = vec![None; corpus.facts.len()];
    let mut out = Vec::with_capacity(measures.len());
    for (idx, (mut measure, facts)) in measures.into_iter().enumerate() {
        if out.last().is_some_and(|m: &Measure| m.id == measure.id) {
            measure.id = format!("{}-{idx}", measure.id);
        }
        for fact in facts {
            of_fact[fact as usize] = Some(idx as MeasureIdx);
        }
        out.push(measure);
    }
    Canonical {
        measures: out,
        of_fact,
    }
}

/// True when a label is one plural or collective noun of a specific thing
/// (`pre-examinations`, `staff`), neither a generic noun nor the unit
/// itself (`tonnes`): it says what is counted once it says whose it is.
/// A verb (`went`) or an abbreviation (`KPI`) is no such noun.
pub fn names_one_thing(label: &str, unit: &str) -> bool {
    let key = measure_key(label);
    let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let lower = label.trim().lowercase();
    let plural = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us");
    let collective =
        ["staff", "workforce", "personnel", "headcount", "faculty"].contains(&lower.as_str());
    let specific = matches!(words[..], [word] if !GENERIC.contains(&word) && !is_participle(word));
    specific
        && (plural || collective)
        && lower.chars().all(|c| c.is_lowercase() || c == '-')
        && lower != unit.lowercase()
}

/// True when a fact's label says on its own what its number counts: at
/// least two content words, one of them neither a generic noun (`people`,
/// `cases`, `turnover`) nor a participle (`transferred`), and, for a number
/// of years or months, a label that is itself a length of time (`review
/// period`) rather than something that went on that long.
pub fn says_what_is_counted(label: &str, unit: &str) -> bool {
    // `patent trial (duration)`: how long a thing that says what it is
    // took, a measure of its own (its key holds `period`), never the
    // thing's value.
    if let Some(thing) = label.strip_suffix(" (duration)") {
        return TIME_UNITS.contains(&unit) && says_what_is_counted(thing, "count");
    }
    // `ARR hit $1.2M`, `GDP grew 5%`: an initialism that is a sum or a
    // rate names a metric on its own.
    let initialism =
        (3..=6).contains(&label.len()) && label.chars().all(|c| c.is_ascii_uppercase());
    if initialism && (unit == "%" || is_money(unit)) {
        return true;
    }
    let words = key_words(label);
    let qualifiers = words
        .iter()
        .filter(|w| !GENERIC.contains(&w.as_str()) && !is_participle(w))
        .count();
    let duration = TIME_UNITS.contains(&unit)
        && !words
            .iter()
            .any(|w| TIME_NOUNS.contains(&singular(w).as_str()));
    // `at or above the intermediate level` is a level, not a clause.
    let lower = label.lowercase();
    let level = [
        "at or above",
        "or above",
        "and above",
        "at or below",
        "or below",
        "and below",
    ]
    .iter()
    .fold(lower, |l, w| l.replace(w, " "));
    let clause = level.split(' ').any(|w| CLAUSE_WORDS.contains(&w));
    words.len() >= 2 && qualifiers >= 1 && !duration && !clause
}

/// The place a label ends with: `… in Sichuan`, `… in Hong Kong` (capitalised
/// words after the last ` in `).
fn place_of(label: &str) -> Option<&str> {
    let (_, place) = label.rsplit_once(" in ")?;
    let capitalised = place
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (!place.is_empty() && capitalised).then_some(place)
}

/// For each fact whose label names no place, the key of the one placed
/// wording of the same words its document uses (`patent pledge financing`
/// → the key of `patent pledge financing in Sichuan`); `None` for every
/// other fact, or when the document names two places for those words.
/// A fact scoped by its document's title (see [`title_place`]) also gets
/// its label with the place, to name its measure by.
fn document_scopes(corpus: &Corpus, keys: &AcronymKeys) -> Vec<Option<(String, Option<String>)>> {
    // (document, key without the place) → keys with a place
    let mut placed: BTreeMap<(u32, String), Vec<String>> = BTreeMap::new();
    for fact in &corpus.facts {
        let Some(place) = place_of(&fact.measure) else {
            continue;
        };
        let bare = &fact.measure[..fact.measure.len() - place.len() - 4];
        let placed_keys = placed.entry((fact.doc, keys.key(bare))).or_default();
        let key = keys.key(&fact.measure);
        if !placed_keys.contains(&key) {
            placed_keys.push(key);
        }
    }
    let places: Vec<Option<&str>> = (corpus.documents.iter())
        .map(|d| title_place(&d.title))
        .collect();
    // Each fact's own scope, from its document's title: the place, or the
    // whole country when its sentence says so; and, per key without a
    // place, every scope its facts have.
    let own_scope = |fact: &super::model::Fact| -> Option<&str> {
        let place = places.get(fact.doc as usize).copied().flatten()?;
        // `East China's Zhejiang Province granted …`: the country named as
        // the place's address makes the figure no national one.
        let sentence = fact.sentence.replace(&format!("China's {place}"), place);
        if is_national(&sentence) {
            Some("")
        } else if names_another_place(&sentence, place) {
            None
        } else {
            Some(place)
        }
    };
    let mut scopes_of_key: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for fact in &corpus.facts {
        let national = is_national(&fact.sentence).then_some("");
        if let Some(scope) = own_scope(fact).or(national) {
            let scopes = scopes_of_key.entry(keys.key(&fact.measure)).or_default();
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
    }
    (corpus.facts.iter())
        .map(|fact| {
            if place_of(&fact.measure).is_some() {
                return None;
            }
            let key = keys.key(&fact.measure);
            match placed.get(&(fact.doc, key.clone())).map(Vec::as_slice) {
                Some([one]) => Some((one.clone(), None)),
                Some(_) => None,
                // Scoped by its title's place only where the same words
                // count in another place too, or in the whole country.
                None => {
                    let place = own_scope(fact).filter(|p| !p.is_empty())?;
                    let shared = scopes_of_key.get(&key).is_some_and(|s| s.len() > 1);
                    let label = placed_label(&fact.measure, place);
                    shared.then(|| (keys.key(&label), Some(label)))
                }
            }
        })
        .collect()
}

/// The one province, region or city a document's title names (`Anhui
/// Province Statistical Communiqué …`, `Notice of the People's Government
/// of Yunnan Province …`): the scope of its figures whose sentence names
/// no other.
fn title_place(title: &str) -> Option<&'static str> {
    let words: Vec<&str> = title
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_end_matches("'s"))
        .collect();
    let mut found: Vec<&'static str> = (PLACES.iter())
        .filter(|p| is_subnational(p))
        .filter(|p| {
            let n = p.split(' ').count();
            words.windows(n).any(|w| w.join(" ") == **p)
        })
        .copied()
        .collect();
    found.dedup();
    match found[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// True when a sentence speaks of the whole country (`nationwide`,
/// `China`, `national`).
fn is_national(sentence: &str) -> bool {
    let lower = sentence.lowercase();
    [
        "nationwide",
        "national",
        "china",
        "the country",
        "countrywide",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// True when a sentence names a place other than `place`.
fn names_another_place(sentence: &str, place: &str) -> bool {
    PLACES
        .iter()
        .any(|p| *p != place && !p.contains(place) && sentence.contains(p))
}

/// `invention patents granted` scoped to `Yunnan`: `invention patents
/// granted in Yunnan`, before a `(duration)` mark.
fn placed_label(label: &str, place: &str) -> String {
    let label = label.trim();
    let label = (label.strip_suffix(" in the province")).unwrap_or(label);
    match label.rsplit_once(" (") {
        Some((thing, mark)) => format!("{thing} in {place} ({mark}"),
        None => format!("{label} in {place}"),
    }
}

/// `transferred`, `approved`: a verb form, which qualifies a noun but names nothing.
fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
}

/// The measure record for a group of facts: its display name, other
/// wordings and unit.
fn name_measure(
    corpus: &Corpus,
    facts: &[FactIdx],
    key: &str,
    unit: String,
    scoped: &[Option<(String, Option<String>)>],
    keys: &AcronymKeys,
) -> Measure {
    // (wording, number of facts, first fact)
    let mut wordings: Vec<(String, usize, FactIdx)> = Vec::new();
    for &fact in facts {
        let placed = (scoped.get(fact as usize).and_then(Option::as_ref))
            .and_then(|(_, label)| label.as_deref());
        let label = display_label(placed.unwrap_or(&corpus.facts[fact as usize].measure));
        match wordings.iter_mut().find(|w| w.0 == label) {
            Some(w) => w.1 += 1,
            None => wordings.push((label, 1, fact)),
        }
    }
    wordings.sort_by(|a, b| {
        let rank = |w: &(String, usize, FactIdx)| {
            let n_words = w.0.split(' ').count();
            // A label opening with a capital word that is no acronym is a
            // sentence start (`Loans secured by …`): a poorer name.
            let first = w.0.split(' ').next().unwrap_or("");
            let sentence_case = first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().skip(1).any(char::is_lowercase);
            // A wording that lacks the place its document gave it is no name.
            let partial = keys.key(&w.0) != key;
            (partial, n_words, sentence_case, std::cmp::Reverse(w.1), w.2)
        };
        rank(a).cmp(&rank(b))
    });
    let name = wordings[0].0.clone();
    let mut labels: Vec<String> = facts
        .iter()
        .map(|f| corpus.facts[*f as usize].measure.trim().to_string())
        .filter(|label| *label != name)
        .collect();
    labels.sort();
    labels.dedup();
    Measure {
        id: slug(&format!("{name} {unit}")),
        name,
        labels,
        unit,
    }
}

/// A label as shown: without a leading article or scope word
/// (`national`, `China's`) and without a trailing `in China` or
/// `nationwide`, as long as two words remain.
fn display_label(label: &str) -> String {
    let mut out = label.trim();
    loop {
        let before = out;
        for word in EDGE_SCOPE {
            if let Some(rest) = out.strip_prefix(word).filter(|r| r.contains(' ')) {
                out = rest;
            }
        }
        for tail in [
            " in China",
            " nationwide",
            " in the country",
            " in the province",
        ] {
            if let Some(rest) = out.strip_suffix(tail).filter(|r| r.contains(' ')) {
                out = rest;
            }
        }
        if out == before {
            return out.to_string();
        }
    }
}

/// Leaves out facts more than 50 times away from the group's median value.
fn drop_outliers(corpus: &Corpus, facts: Vec<FactIdx>) -> Vec<FactIdx> {
    let mut values: Vec<f64> = facts
        .iter()
        .map(|f| corpus.facts[*f as usize].value)
        .collect();
    values.sort_by(f64::total_cmp);
    let median = values.get(values.len() / 2).copied().unwrap_or(0.0);
    facts
        .into_iter()
        .filter(|f| {
            let value = corpus.facts[*f as usize].value;
            value * 50.0 >= median && value <= median * 50.0
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_naming_one_province_scopes_its_figures() {
        assert_eq!(
            title_place("Notice of the People's Government of Yunnan Province on Seeds"),
            Some("Yunnan")
        );
        assert_eq!(
            title_place("Anhui Province Seed Communiqué, 2024"),
            Some("Anhui")
        );
        assert_eq!(title_place("Hubei's seed output grows"), Some("Hubei"));
        assert_eq!(title_place("Seeds in Hubei and Hunan"), None);
        assert_eq!(title_place("China Seed Report 2024"), None);
        assert_eq!(
            placed_label("seed trial (duration)", "Hubei"),
            "seed trial in Hubei (duration)"
        );
        assert_eq!(
            placed_label("seeds sown in the province", "Hubei"),
            "seeds sown in Hubei"
        );
        assert!(is_national("Nationwide, 1,045,000 seeds were sown."));
        assert!(names_another_place("Hunan sowed 3,000 seeds.", "Hubei"));
        assert!(!names_another_place("Hubei sowed 3,000 seeds.", "Hubei"));
    }
    use crate::model::Fact;

    fn fact(measure: &str, value: f64, unit: &str, kind: FactKind) -> Fact {
        Fact {
            id: format!("f{value}"),
            kind,
            ..Fact::sample(measure, value, unit, None, 0)
        }
    }

    fn measures_of(facts: Vec<Fact>) -> Vec<String> {
        let corpus = Corpus {
            facts,
            ..Corpus::default()
        };
        let canonical = canonical_measures(&corpus, &[]);
        canonical
            .of_fact
            .iter()
            .map(|m| match m {
                Some(m) => {
                    let m = &canonical.measures[*m as usize];
                    format!("{} [{}]", m.name, m.unit)
                }
                None => "-".into(),
            })
            .collect()
    }

    #[test]
    fn a_label_without_a_place_takes_the_one_its_document_names() {
        let in_doc = |doc: u32, mut f: Fact| {
            f.doc = doc;
            f
        };
        let shown = measures_of(vec![
            in_doc(
                0,
                fact("seed loans in Sichuan", 28.0, "yuan", FactKind::Actual),
            ),
            in_doc(0, fact("seed loans", 35.0, "yuan", FactKind::Target)),
            in_doc(1, fact("seed loans", 500.0, "yuan", FactKind::Actual)),
            in_doc(
                2,
                fact("seed loans in Hunan", 9.0, "yuan", FactKind::Actual),
            ),
            in_doc(
                2,
                fact("seed loans in Hubei", 8.0, "yuan", FactKind::Actual),
            ),
            in_doc(2, fact("seed loans", 17.0, "yuan", FactKind::Actual)),
        ]);
        assert_eq!(
            shown,
            [
                "seed loans in Sichuan [yuan]",
                "seed loans in Sichuan [yuan]",
                "seed loans [yuan]",
                "seed loans in Hunan [yuan]",
                "seed loans in Hubei [yuan]",
                "seed loans [yuan]",
            ]
        );
    }

    #[test]
    fn wordings_of_one_thing_share_the_shortest_name() {
        let shown = measures_of(vec![
            fact(
                "researchers' pay of the institute",
                9.0,
                "yuan",
                FactKind::Actual,
            ),
            fact(
                "pay of the institute's researchers",
                11.0,
                "yuan",
                FactKind::Actual,
            ),
            fact("Institute researchers' pay", 12.0, "yuan", FactKind::Target),
            fact(
                "pay of the institute's researchers",
                8.0,
                "%",
                FactKind::Change,
            ),
        ]);
        assert_eq!(shown, vec!["Institute researchers' pay [yuan]"; 4]);
    }

    #[test]
    fn units_qualifiers_and_outliers_keep_measures_apart() {
        let shown = measures_of(vec![
            fact(
                "licensed patent attorneys",
                41_500.0,
                "people",
                FactKind::Actual,
            ),
            fact(
                "licensed patent attorneys",
                40_000.0,
                "people",
                FactKind::Actual,
            ),
            fact("licensed patent attorneys", 3.0, "people", FactKind::Actual),
            fact(
                "licensed patent attorneys at big firms",
                900.0,
                "people",
                FactKind::Actual,
            ),
            fact("licensed patent attorneys", 12.0, "%", FactKind::Actual),
        ]);
        assert_eq!(
            shown,
            [
                "licensed patent attorneys [people]",
                "licensed patent attorneys [people]",
                "-",
                "licensed patent attorneys at big firms [people]",
                "licensed patent attorneys [%]"
            ]
        );
    }

    #[test]
    fn a_change_without_a_level_is_a_measure_of_its_own() {
        let shown = measures_of(vec![fact(
            "seed exports of the region",
            4.0,
            "%",
            FactKind::Change,
        )]);
        assert_eq!(shown, ["seed exports of the region [%]"]);
    }

    #[test]
    fn display_names_drop_the_scope_at_their_edges() {
        assert_eq!(
            display_label("national seed exports in China"),
            "seed exports"
        );
        assert_eq!(
            display_label("The total seed exports nationwide"),
            "seed exports"
        );
        assert_eq!(display_label("China's grain"), "China's grain");
        assert_eq!(
            display_label("exports of China's seeds"),
            "exports of China's seeds"
        );
    }

    #[test]
    fn labels_that_need_their_sentence_say_nothing_counted() {
        for (label, unit) in [
            ("turnover", "yuan"),
            ("participants", "people"),
            ("cases transferred", "cases"),
            ("people trained", "people"),
            ("", "count"),
            ("provinces", "provinces"),
            ("harvest festival", "years"),
            ("Chinese brands", "brands"),
            ("plans to issue", "count"),
            ("banks are encouraged to value patents", "yuan"),
            ("percentage points above", "count"),
            // An initialism names a metric only as a sum or a rate.
            ("CNIPA", "count"),
        ] {
            assert!(!says_what_is_counted(label, unit), "{label}");
        }
        for (label, unit) in [
            ("turnover of technical contracts", "yuan"),
            ("participants of forestry courses", "people"),
            ("average review period of trademarks", "months"),
            ("seed exports", "tonnes"),
            ("IP professionals", "people"),
            ("seed breeders at or above the senior level", "people"),
            ("ARR", "US dollars"),
            ("GDP", "%"),
        ] {
            assert!(says_what_is_counted(label, unit), "{label}");
        }
    }
}
