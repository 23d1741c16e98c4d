//! The query's words as answers weigh them, and the measures they name.
//!
//! Each content word of a question becomes a `Word`: it weighs by its
//! rarity in the passages and carries the index terms of its forms, its
//! synonyms and an acronym's full name, and the titles and sections that hold
//! them. A measure is a candidate when its words name a query word; each
//! candidate gets the share of the query's weight it names and the share of
//! its own wording the query covers, best named first. A measure that counts
//! the alternative to a word asked ([`super::contrast`]), or that names only
//! whose a figure is, is ruled out. A word's credit from a list of terms is
//! one of the `IN_*` credits here, which [`super::answer_coverage`] shares.

use ipx_corpus::lower::Lowercase;
use std::sync::LazyLock;

use super::answer_units::unit_fits;
use super::fold::stem;
use super::index::{Field, TermId};
use super::intent::{Intent, UnitHint};
use super::search::Engine;
use super::sort::sort_by;
use super::synonyms::{self, loosely_same, others};

/// Measures whose figures are looked at closely, best named first.
const MAX_CANDIDATE_MEASURES: usize = 32;

/// Words for people in general: any count of people is named by them.
const GENERAL_PEOPLE: &[&str] = &[
    "people",
    "staff",
    "employees",
    "workforce",
    "headcount",
    "personnel",
];

/// Whether `w` is the time a duration question leaves implied ("how long
/// did it take") and `unit` a length of time: a measure in days or months
/// names it (`median days from filing to registration`), as a measure's
/// `time`, `wait` or `period` does.
pub(crate) fn names_implied_time(w: &Word, unit: &str) -> bool {
    w.implied_time && unit_fits(UnitHint::Duration, unit)
}

/// Credit of a word that a measure's name or labels hold.
pub(crate) const IN_MEASURE: f32 = 1.0;
/// How much more the counted noun of a "how many" question weighs in the
/// share of the question a measure names.
const COUNTED_NAMED: f32 = 2.0;
/// Credit of a word that a measure holds in another form (`registered`, `registration`).
pub(crate) const IN_MEASURE_LOOSELY: f32 = 0.8;
/// Credit of a word that a source sentence holds.
pub(crate) const IN_SENTENCE: f32 = 0.7;
/// Credit of a word that a source passage holds.
pub(crate) const IN_PASSAGE: f32 = 0.6;
/// Credit of a word that a source document's title or section holds.
pub(crate) const IN_TITLE: f32 = 0.4;
/// Credit of a word that another passage of a source document holds: the
/// document speaks of it (`The Intellectual Property Office (the Office)`
/// in its introduction, `The Office employed 1,126 …` in its figure).
pub(crate) const IN_DOCUMENT: f32 = 0.3;

/// A query word with its weight and the forms it matches.
pub(crate) struct Word {
    pub(crate) term: String,
    pub(crate) weight: f32,
    /// The full name's terms when the word is an acronym.
    pub(crate) expansion: Vec<String>,
    /// The index terms of the word and its synonyms.
    pub(crate) forms: Vec<TermId>,
    /// The index terms of the acronym's full name.
    pub(crate) expansion_ids: Vec<TermId>,
    /// The titles (by document) and sections (by value) that hold one of
    /// `forms`, sorted.
    pub(crate) fields: Vec<(Field, u32)>,
    /// A word of a scope phrase ("at the fast-track centre").
    pub(crate) scope: bool,
    /// A word of the question's subject ("does the Marlow bureau have"):
    /// whose figure is asked, which a measure need not name.
    pub(crate) whose: bool,
    /// The noun a "how many" question counts ("how many counterfeit
    /// listings"): what a measure must name above all.
    pub(crate) counted: bool,
    /// The length of time a duration question asks for (its `time` or
    /// `period`, or the one "how long" leaves implied).
    pub(crate) implied_time: bool,
}

/// The most passages searched for a compound's two words side by side.
const MAX_PHRASE_PASSAGES: usize = 256;

/// The shortest part of a closed compound split in two.
const MIN_COMPOUND_PART: usize = 3;

/// A closed compound split into two words the corpus writes side by side
/// ("trademark" → `trade mark`, "website" → `web site`): their answer
/// terms and the smaller of their passage counts.
fn split_compound(index: &super::index::Index, word: &str) -> Option<(Vec<String>, usize)> {
    if !word.chars().all(|c| c.is_ascii_lowercase()) || word.len() < 2 * MIN_COMPOUND_PART {
        return None;
    }
    (MIN_COMPOUND_PART..=word.len() - MIN_COMPOUND_PART).find_map(|at| {
        let (head, tail) = word.split_at(at);
        let (first, second) = (index.word_term(head)?, index.word_term(tail)?);
        let smaller = index.body_df(first).min(index.body_df(second));
        if smaller == 0 {
            return None;
        }
        // Written apart as a phrase in some passage (`trade mark`), looked
        // for among the rarer word's first passages only: this runs for
        // every word of a question as it is typed.
        let rarer = if index.body_df(first) <= index.body_df(second) {
            first
        } else {
            second
        };
        let together = (index.body_passages(rarer).iter().take(MAX_PHRASE_PASSAGES)).any(|&p| {
            let after = index.positions_in(second, p);
            (index.positions_in(first, p).iter()).any(|&at| after.binary_search(&(at + 1)).is_ok())
        });
        if !together {
            return None;
        }
        let terms = [head, tail].map(|p| synonyms::answer_term(p, &stem(p)));
        Some((terms.to_vec(), smaller))
    })
}

impl Engine {
    /// The intent's content words with their weights: the rarer in the
    /// passages, the heavier (`ln(1 + N / (df + 1))`). A word no passage
    /// holds weighs as the rarest when a measure names it, else nothing:
    /// it cannot tell figures apart. A duration asked ("how long", "how
    /// many days") adds the implied word `period` at the mean weight.
    pub(crate) fn weighted(&self, intent: &Intent) -> Vec<Word> {
        let index = self.index();
        let n = index.n_passages().max(1) as f32;
        let tables = self.answer_words();
        let mut out = Vec::new();
        let duration = synonyms::answer_term("period", &stem("period"));
        let asks_time = intent.unit == Some(UnitHint::Duration);
        for w in &intent.words {
            let term = (index.word_term(&w.word)).or_else(|| index.term_id(&w.term));
            let df = term.map_or(0, |t| index.body_df(t));
            let mut forms: Vec<TermId> = term.into_iter().collect();
            let synonyms = std::iter::once(w.term.as_str()).chain(others(&w.term));
            forms.extend(synonyms.filter_map(|t| index.term_id(t)));
            forms.sort_unstable();
            forms.dedup();
            let mut expansion =
                (tables.expansion(&w.term)).map_or_else(Vec::new, <[String]>::to_vec);
            // "trademark" where the corpus also writes "trade mark": the
            // two words it joins, weighed as the rarer of them when the
            // corpus never writes it closed.
            let mut df = df;
            if expansion.is_empty() {
                if let Some((parts, part_df)) = split_compound(index, &w.word) {
                    expansion = parts;
                    if df == 0 {
                        df = part_df;
                    }
                }
            }
            let expansion_ids: Vec<TermId> =
                expansion.iter().filter_map(|t| index.term_id(t)).collect();
            let expansion_ids = if expansion_ids.len() == expansion.len() {
                expansion_ids
            } else {
                Vec::new()
            };
            let named = tables.names(&w.term);
            let mut fields: Vec<(Field, u32)> = (forms.iter())
                .flat_map(|&t| index.field_postings(t))
                .filter(|p| p.field != Field::Speaker)
                .map(|p| (p.field, p.value))
                .collect();
            sort_by(&mut fields, Ord::cmp);
            fields.dedup();
            let weight = if df > 0 {
                (1.0 + n / (df as f32 + 1.0)).ln()
            } else if named {
                (1.0 + n).ln()
            } else {
                0.0
            };
            out.push(Word {
                term: w.term.clone(),
                weight,
                expansion,
                forms,
                expansion_ids,
                fields,
                scope: w.scope,
                whose: w.whose,
                counted: intent.unit == Some(UnitHint::Count)
                    && intent.counted.as_deref() == Some(w.term.as_str()),
                implied_time: asks_time && w.term == duration,
            });
        }
        // "How many days does it take": the duration asked is the measure's
        // word ("time", "period", "wait") the question leaves implied.
        if asks_time && !out.iter().any(|w| w.term == duration) {
            let weighed: Vec<f32> = out.iter().map(|w| w.weight).filter(|&w| w > 0.0).collect();
            let mean = weighed.iter().sum::<f32>() / weighed.len().max(1) as f32;
            let mut forms: Vec<TermId> = (std::iter::once(duration.as_str()))
                .chain(others(&duration))
                .filter_map(|t| index.term_id(t))
                .collect();
            forms.sort_unstable();
            out.push(Word {
                term: duration,
                weight: if mean > 0.0 { mean } else { 1.0 },
                expansion: Vec::new(),
                fields: Vec::new(),
                forms,
                expansion_ids: Vec::new(),
                scope: false,
                whose: false,
                counted: false,
                implied_time: true,
            });
        }
        out
    }

    /// Whether the query words measure `m` names are all words of the name
    /// that opens its wording (a run of two capitalised words or more)
    /// while the query has a weighed word it lacks.
    pub(crate) fn names_only_whose(&self, m: usize, words: &[Word]) -> bool {
        let tables = self.answer_words();
        let terms = tables.terms(m);
        let Some(measure) = self.answer_measures().get(m) else {
            return false;
        };
        let mut names: Vec<String> = Vec::new();
        for label in std::iter::once(&measure.name).chain(&measure.labels) {
            let tokens: Vec<&str> = label.split_whitespace().collect();
            let capital = |i: usize| {
                tokens
                    .get(i)
                    .is_some_and(|t| t.starts_with(|c: char| c.is_uppercase()))
            };
            // Only a name that opens the label is whose the figure is; one
            // after a preposition says what (`rank in the Global
            // Innovation Index`).
            let run = (0..tokens.len()).take_while(|&i| capital(i)).count();
            if run < 2 {
                continue;
            }
            for token in &tokens[..run] {
                let w = token
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .lowercase();
                names.push(synonyms::answer_term(&w, &stem(&w)));
            }
        }
        let named = |w: &Word| in_terms(w, terms, 1.0, 1.0) > 0.0;
        let matched: Vec<&Word> = words.iter().filter(|w| named(w)).collect();
        !matched.is_empty()
            && matched.iter().all(|w| names.contains(&w.term))
            && words.iter().any(|w| w.weight > 0.0 && !named(w))
    }

    /// Whether measure `m` counts an alternative to what the question asks
    /// for ([`super::contrast`]): it lacks a word of the question (a scope
    /// word too: "the fee for a trademark") and names the word's
    /// alternative instead.
    pub(crate) fn contradicted(&self, m: usize, words: &[Word]) -> bool {
        let terms = self.answer_words().terms(m);
        let mut query_terms: Vec<String> = words.iter().map(|w| w.term.clone()).collect();
        sort_by(&mut query_terms, Ord::cmp);
        let contrasts = self.contrasts();
        // Every word counts, even one no passage holds (it weighs nothing
        // in the match, but "patent agencies" still are not trademark ones).
        (words.iter())
            .filter(|w| in_terms(w, terms, 1.0, 1.0) == 0.0)
            .any(|w| contrasts.contradicts(terms, &w.term, &query_terms))
    }

    /// `(measure, named share, wording share)` of the measures that name
    /// some query word, best named first, at most [`MAX_CANDIDATE_MEASURES`].
    pub(crate) fn candidate_measures(&self, words: &[Word]) -> Vec<(usize, f32, f32)> {
        let tables = self.answer_words();
        let mut query_terms: Vec<String> = words.iter().map(|w| w.term.clone()).collect();
        tables.widen(&mut query_terms);
        let mut candidates: Vec<u32> = Vec::new();
        for w in words.iter().filter(|w| w.weight > 0.0) {
            candidates.extend(tables.measures_with(&w.term));
            if let Some(first) = w.expansion.first() {
                candidates.extend(tables.measures_with(first));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Scope words ("at the Nansha centre") say where the figure holds,
        // and the question's subject ("does the Marlow bureau have") whose
        // it is, not what it counts: a measure need not name them.
        // A subject can be what a measure names too ("the voucher scheme"
        // for `vouchers redeemed`), so the share without the scope words
        // alone counts as well.
        // The counted noun of a "how many" question may weigh twice in the
        // share a measure names: "how many counterfeit listings did the
        // alliance flag to online marketplaces" is answered by `infringing
        // listings reported` though it names neither marketplace nor flag.
        let weight = |w: &Word, boost: bool| {
            w.weight
                * if boost && w.counted {
                    COUNTED_NAMED
                } else {
                    1.0
                }
        };
        // The share of the kept words' weight that `credit` (0 to 1 a
        // word) gives; all words when none is kept.
        let share = |keep: &dyn Fn(&Word) -> bool, credit: &dyn Fn(&Word) -> f32, boost: bool| {
            let kept_total: f32 = words
                .iter()
                .filter(|w| keep(w))
                .map(|w| weight(w, boost))
                .sum();
            let (keep_all, kept_total) = if kept_total > 0.0 {
                (false, kept_total)
            } else {
                (true, words.iter().map(|w| weight(w, boost)).sum())
            };
            (words.iter())
                .filter(|w| keep_all || keep(w))
                .map(|w| weight(w, boost) * credit(w))
                .sum::<f32>()
                / kept_total
        };
        let mut out: Vec<(usize, f32, f32)> = Vec::new();
        let measures = tables.measures(self.corpus());
        // "How many people work at …" is named by a count of people in
        // any words (`team of …`, `staff employed by …`, `headcount`).
        // So is "how many staff …" (`employees`, `workforce`, `headcount`).
        let people: Vec<String> = GENERAL_PEOPLE
            .iter()
            .map(|p| synonyms::answer_term(p, &stem(p)))
            .collect();
        for m in candidates.into_iter().map(|m| m as usize) {
            let terms = tables.terms(m);
            let of_people = measures.get(m).is_some_and(|x| x.unit == "people");
            let unit = measures.get(m).map_or("", |x| x.unit.as_str());
            let credit = |w: &Word| {
                let named = in_terms(w, terms, IN_MEASURE, IN_MEASURE_LOOSELY);
                if of_people && people.contains(&w.term) || names_implied_time(w, unit) {
                    named.max(IN_MEASURE_LOOSELY)
                } else {
                    named
                }
            };
            // A scope can be what a measure names too ("rank in the Global
            // Innovation Index"): the better share counts.
            let named = [false, true]
                .into_iter()
                .flat_map(|boost| {
                    [
                        share(&|w| !w.scope && !w.whose, &credit, boost),
                        share(&|w| !w.scope, &credit, boost),
                        share(&|_| true, &credit, boost),
                    ]
                })
                .fold(0.0, f32::max);
            if named <= 0.0 {
                continue;
            }
            let wording = (tables.wordings(m).iter())
                .map(|wording| wording_share(wording, &query_terms))
                .fold(0.0, f32::max);
            out.push((m, named, wording));
        }
        sort_by(&mut out, |a, b| {
            (b.1 + b.2).total_cmp(&(a.1 + a.2)).then(a.0.cmp(&b.0))
        });
        out.truncate(MAX_CANDIDATE_MEASURES);
        out
    }
}

/// The credit `word` earns from `terms` (sorted): `exact` when they hold it
/// or, for an acronym, every word of its full name; `loose` when they hold
/// another form of it.
pub(crate) fn in_terms(word: &Word, terms: &[String], exact: f32, loose: f32) -> f32 {
    if terms.binary_search(&word.term).is_ok()
        || (!word.expansion.is_empty()
            && (word.expansion.iter()).all(|t| terms.binary_search(t).is_ok()))
    {
        return exact;
    }
    if terms.iter().any(|t| loosely_same(t, &word.term)) {
        return loose;
    }
    0.0
}

/// Words by which a wording says it counts the whole (`gross licensing
/// income, all sectors`, `total cases`), which a question need not say.
const WHOLE_WORDS: &[&str] = &["gross", "total", "overall", "combined", "aggregate", "all"];

/// The share of a wording's terms that the query's terms (widened by
/// acronyms, sorted) hold. Words saying the whole is counted, and the
/// word after `all` (`all sectors`), are left out unless the query holds
/// them.
pub(crate) fn wording_share(wording: &[String], query_terms: &[String]) -> f32 {
    static WHOLE: LazyLock<Vec<String>> =
        LazyLock::new(|| WHOLE_WORDS.iter().map(|w| stem(w)).collect());
    let held = |t: &String| {
        query_terms.binary_search(t).is_ok() || query_terms.iter().any(|q| loosely_same(q, t))
    };
    static ALL: LazyLock<String> = LazyLock::new(|| stem("all"));
    let counted: Vec<&String> = (wording.iter().enumerate())
        .filter(|&(i, t)| {
            let whole = WHOLE.contains(t) || (i > 0 && wording[i - 1] == *ALL);
            !whole || held(t)
        })
        .map(|(_, t)| t)
        .collect();
    if counted.is_empty() {
        return 0.0;
    }
    let covered = counted.iter().filter(|t| held(t)).count();
    covered as f32 / counted.len() as f32
}

/// Whether `wording` holds the query's content words, at least two, as one
/// run of consecutive terms in any order.
pub(crate) fn holds_phrase(wording: &[String], words: &[Word]) -> bool {
    let n = words.len();
    n >= 2
        && wording.windows(n).any(|window| {
            words.iter().all(|w| {
                window
                    .iter()
                    .any(|t| *t == w.term || loosely_same(&w.term, t))
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::answer_checks::first_over;

    #[test]
    fn a_closed_compound_asks_for_the_two_words_the_corpus_writes() {
        let note = "Registry Figures\n\nDate: 3 March 2025\n\nThe registry received 8,120 trade mark applications in 2024. Visits to its web site reached 410,000.\n";
        assert_eq!(
            first_over(
                note,
                "How many trademark applications were received in 2024?"
            ),
            "8120 applications 2024 actual"
        );
        assert!(first_over(note, "How many website visits were there?").starts_with("410000"));
        // Two words the corpus has, but never side by side, are no split.
        let file = ipx_corpus::SourceFile {
            name: "note.txt".into(),
            bytes: note.as_bytes().to_vec(),
        };
        let engine = crate::search::Engine::new(ipx_corpus::compile(&[file]).0);
        let split = |w: &str| super::split_compound(engine.index(), w).map(|(t, _)| t.join(" "));
        assert!(split("trademark").is_some());
        assert_eq!(split("sitemark"), None);
        assert_eq!(split("registry"), None);
    }

    #[test]
    fn a_measure_of_the_alternative_does_not_answer() {
        let note = "Agency Survey\n\nDate: 3 March 2025\n\nThe bureau interviewed 2,950 trademark agencies in 2024. Imports of royalties reached 41 billion yuan.\n";
        let fees =
            "Fee Notice\n\nDate: 3 March 2025\n\nThe annual fee for design patents is 900 yuan.\n";
        // Trademark agencies are not patent agencies, imports not exports,
        // design patents not utility models.
        for question in [
            "How many patent agencies are there?",
            "How many copyright agencies were interviewed?",
            "How much were exports of royalties?",
        ] {
            assert_eq!(first_over(note, question), "nothing", "{question}");
        }
        assert_eq!(
            first_over(fees, "What is the annual fee for utility model patents?"),
            "nothing"
        );
        assert_eq!(
            first_over(fees, "What is the annual fee for design patents?"),
            "900 yuan 2025-03-03 actual"
        );
        // Asked for, or asked beside its alternative, it answers.
        assert_eq!(
            first_over(note, "How many trademark agencies were interviewed?"),
            "2950 agencies 2024 actual"
        );
        assert_eq!(
            first_over(note, "How many patent and trademark agencies are there?"),
            "2950 agencies 2024 actual"
        );
        assert_eq!(
            first_over(note, "How much were imports of royalties?"),
            "41000000000 yuan - actual"
        );
    }

    #[test]
    fn a_measure_naming_only_whose_the_figure_is_does_not_answer() {
        let letter = "Fund Letter\n\nDate: 3 March 2025\n\nBright Harbour Fund II closed at 1.5 billion yuan. The fund invested 420 million yuan in robotics start-ups.\n";
        for question in [
            "How much did Bright Harbour pay for Lumaq Robotics?",
            "What did Bright Harbour pay for Lumaq Robotics?",
        ] {
            assert_eq!(first_over(letter, question), "nothing", "{question}");
        }
        // The name alone, or a word of what is counted, still answers.
        assert_eq!(
            first_over(letter, "How big is Bright Harbour Fund II?"),
            "1500000000 yuan - actual"
        );
    }
}
