//! Fact cards and the facts panel's selection: which figures to show for the
//! current view, grouped by measure, and how to write a value with its unit.
//!
//! Invariant: selection is deterministic (ties break by corpus order) and never
//! fails; a corpus without facts gives an empty selection.

use std::collections::HashMap;

use super::canonical::{salience, Figures, Importance, Standing};
use super::chart::{series_chart, SeriesChart};
use super::number::{format_compact, format_exact};
use crate::corpus::{Corpus, Fact, FactIdx, FigureIdx};
use crate::engine::sort::sort_by;
use crate::engine::{facet_filters, Engine, FactsRequest, SearchRequest};
use crate::view_state::ViewState;

/// One fact with everything its card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct FactView {
    /// Fact id.
    pub id: String,
    /// The quantity exactly as written.
    pub text: String,
    /// The value, fully scaled.
    pub value: f64,
    /// The value and unit in words, e.g. `218 billion yuan`.
    pub compact: String,
    /// The value and unit in full digits, e.g. `218,000,000,000 yuan`.
    pub exact: String,
    /// Unit.
    pub unit: String,
    /// What is counted, as this passage words it.
    pub measure: String,
    /// The canonical name of what is counted, when the figure has one (see
    /// `ipx_corpus::canonical`).
    pub canonical_measure: Option<String>,
    /// Ids of every passage that states the same figure, best-worded first
    /// (this fact's own passage when it states no figure).
    pub sources: Vec<String>,
    /// The sentence the figure stands in.
    pub sentence: String,
    /// As-of date or period, when stated.
    pub date: Option<String>,
    /// `actual`, `target` or `change`.
    pub kind: &'static str,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub doc_title: String,
    /// Document date, when known.
    pub doc_date: Option<String>,
    /// Passage id.
    pub passage: String,
    /// Speaker of the passage, when it is a transcript turn.
    pub speaker: Option<String>,
    /// The same amount in another unit, as the text gave it in brackets.
    pub converted: Option<String>,
    /// The chart of the series this figure belongs to, when it has one; filled
    /// in by [`select_facts`] on the first shown card of each series only, so
    /// a panel never repeats a chart.
    pub chart: Option<SeriesChart>,
}

/// Facts sharing a measure.
#[derive(Debug, Clone, PartialEq)]
pub struct FactGroup {
    /// The measure, or `Other figures` for facts without one.
    pub measure: String,
    /// The facts, in display order.
    pub facts: Vec<FactView>,
}

/// What the facts panel shows for one view.
#[derive(Debug, Clone, PartialEq)]
pub struct FactSelection {
    /// The panel's heading.
    pub heading: String,
    /// Groups in display order.
    pub groups: Vec<FactGroup>,
    /// How many facts matched before the limit.
    pub total: usize,
    /// What to say when there are none.
    pub empty_note: &'static str,
}

impl FactSelection {
    /// Every shown fact, in display order (what the exports write).
    pub fn facts(&self) -> Vec<FactView> {
        self.groups
            .iter()
            .flat_map(|g| g.facts.iter().cloned())
            .collect()
    }
}

/// Facts the panel shows at most at once.
pub const PANEL_LIMIT: usize = 12;
/// Facts of one measure shown at most in the key-figures overview.
const PER_MEASURE: usize = 2;

/// Builds the card data for fact `idx`, with every passage that states its
/// canonical figure as its sources (its own passage when it has none).
pub fn fact_view(figures: &Figures<'_>, idx: usize) -> Option<FactView> {
    let corpus = figures.corpus();
    let fact = corpus.facts.get(idx)?;
    let doc = corpus.documents.get(fact.doc as usize);
    let passage = corpus.passages.get(fact.passage as usize);
    let figure = figures.figure(idx);
    let passage_id = |f: &Fact| {
        corpus
            .passages
            .get(f.passage as usize)
            .map(|p| p.id.clone())
    };
    let sources = match figure {
        Some(figure) => figure
            .facts
            .iter()
            .filter_map(|f| corpus.facts.get(*f as usize).and_then(passage_id))
            .collect(),
        None => passage_id(fact).into_iter().collect(),
    };
    Some(FactView {
        id: fact.id.clone(),
        text: fact.text.clone(),
        value: fact.value,
        compact: format_compact(fact.value, &fact.unit),
        exact: format_exact(fact.value, &fact.unit),
        unit: fact.unit.clone(),
        measure: fact.measure.clone(),
        canonical_measure: figure
            .and_then(|f| corpus.measures.get(f.measure as usize))
            .map(|m| m.name.clone()),
        sources,
        sentence: fact.sentence.clone(),
        date: fact.date.clone(),
        kind: fact.kind.as_str(),
        doc: doc.map(|d| d.id.clone()).unwrap_or_default(),
        doc_title: doc.map(|d| d.title.clone()).unwrap_or_default(),
        doc_date: doc.and_then(|d| d.date).map(|d| d.iso()),
        passage: passage.map(|p| p.id.clone()).unwrap_or_default(),
        speaker: passage.and_then(|p| p.speaker.clone()),
        converted: None,
        chart: None,
    })
}

/// The card data for fact `idx` as its canonical figure: with the amount
/// its text gave in another unit, in brackets.
pub fn figure_view(figures: &Figures<'_>, idx: usize) -> Option<FactView> {
    let mut view = fact_view(figures, idx)?;
    if let Some(about) = figures.about(idx) {
        view.converted = about
            .converted
            .map(|(value, unit)| format_compact(value, unit));
    }
    Some(view)
}

/// The facts for the current view, at most `limit`:
/// - reader open: the open document's facts in reading order;
/// - a query: the engine's facts for it (passage or measure matches, with
///   aliases, stems and typos as in search), best passage first;
/// - otherwise the key figures: the measures with most facts first, the
///   newest few of each.
///
/// The `kind`, `year`, `doc` and `speaker` filters apply in every case.
pub fn select_facts(engine: &Engine, view: &ViewState, limit: usize) -> FactSelection {
    let corpus = engine.corpus();
    let figures = Figures::new(corpus);
    let open_doc = view.doc.as_deref().and_then(|id| corpus.document_index(id));
    let views = |facts: Vec<usize>| -> Vec<(usize, FactView)> {
        (facts.into_iter())
            .filter_map(|idx| Some((idx, figure_view(&figures, idx)?)))
            .filter(|(_, f)| passes_filters(corpus, view, f))
            .collect()
    };
    // Built only where needed: a fact view formats its numbers and copies its
    // strings, too much to do for every fact on every keystroke. A figure
    // stated several times is listed once: in a document, by its first
    // statement there; in the key figures, by its best-worded statement.
    let in_view = || -> Vec<(usize, FactView)> {
        match open_doc {
            Some(doc) => views(
                figures.dedupe((0..corpus.facts.len()).filter(|&f| corpus.facts[f].doc == doc)),
            ),
            None => views(figures.leads(0..corpus.facts.len())),
        }
    };
    if open_doc.is_some() {
        let in_view = in_view();
        let total = in_view.len();
        let shown = in_view.into_iter().take(limit).map(|(_, f)| f).collect();
        let groups = group_in_order(shown);
        return selection(
            corpus,
            "Figures in this document",
            groups,
            total,
            "No figures in this document.",
        );
    }
    if !view.query_is_blank() {
        let (query, matching, partial) = facts_answering(engine, view);
        let matching = by_answer_rank(engine, &figures, view, &query, figures.dedupe(matching));
        let total = matching.len();
        let shown = (matching.into_iter().take(limit))
            .filter_map(|idx| figure_view(&figures, idx))
            .collect();
        // The words, not the query language or the question around them.
        let words = super::query_words::asked_words(&query);
        // When no passage holds every word, the figures' passages hold
        // most of them: the heading must not claim they mention them all.
        let heading = if words.is_empty() {
            "Figures for these filters".to_string()
        } else if partial {
            format!("Figures near most of “{words}”")
        } else {
            format!("Figures mentioning “{words}”")
        };
        let note = "No figures mention these words.";
        return selection(corpus, &heading, group_in_order(shown), total, note);
    }
    // Key figures say what they count: in a corpus with canonical figures,
    // a fact that joined no measure (a bare `cases`, `participants`) waits
    // for a query or its document.
    let mut in_view = in_view();
    if !corpus.figures.is_empty() {
        in_view.retain(|(_, fact)| fact.canonical_measure.is_some());
    }
    let total = in_view.len();
    let note = "No figures have been found in the corpus.";
    let groups = key_groups(engine, &figures, in_view, limit);
    selection(corpus, "Key figures", groups, total, note)
}

/// `facts` with the figures that answer `query` first, in the answers'
/// order (each answer, then its series), as the answer card ranks them by
/// measure match; an answer's figure the facts lack is added by its first
/// statement. The rest keep their order. A corpus without canonical
/// figures keeps the order as it is.
fn by_answer_rank(
    engine: &Engine,
    figures: &Figures<'_>,
    view: &ViewState,
    query: &str,
    facts: Vec<usize>,
) -> Vec<usize> {
    let corpus = engine.corpus();
    if corpus.figures.is_empty() {
        return facts;
    }
    let request = SearchRequest {
        filters: facet_filters(&view.filters),
        ..SearchRequest::new(query)
    };
    let mut ranked: Vec<FigureIdx> = Vec::new();
    for answer in engine.answers(&request) {
        for f in std::iter::once(answer.figure).chain(answer.series) {
            if !ranked.contains(&f) {
                ranked.push(f);
            }
        }
    }
    let figure_of = |idx: usize| match figures.standing(idx) {
        Standing::Figure(f) => Some(f),
        _ => None,
    };
    let mut out: Vec<usize> = facts.clone();
    for f in &ranked {
        let stated = facts.iter().any(|&idx| figure_of(idx) == Some(*f));
        let first = corpus
            .figures
            .get(*f as usize)
            .and_then(|fig| fig.facts.first());
        if let Some(&first) = first.filter(|_| !stated) {
            out.push(first as usize);
        }
    }
    let rank = |idx: &usize| {
        figure_of(*idx)
            .and_then(|f| ranked.iter().position(|r| *r == f))
            .unwrap_or(usize::MAX)
    };
    sort_by(&mut out, |a, b| rank(a).cmp(&rank(b)));
    out
}

/// The facts for the view's query, with the query they answer. When none
/// answer it and its words never meet in one passage, the facts of the first
/// shorter query the search offers (`fewer_words`, most passages first) that
/// has some: the panel then names that query, as the results offer it.
/// The flag says the facts' passages hold only most of the query's words.
fn facts_answering(engine: &Engine, view: &ViewState) -> (String, Vec<usize>, bool) {
    let filters = facet_filters(&view.filters);
    let find = |query: &str| {
        engine.find_facts(&FactsRequest {
            query: query.to_string(),
            filters: filters.clone(),
            ..FactsRequest::default()
        })
    };
    let found = find(&view.query);
    if !found.facts.is_empty() {
        return (view.query.clone(), found.facts, found.partial);
    }
    let search = SearchRequest {
        filters: filters.clone(),
        limit: 0,
        ..SearchRequest::new(&view.query)
    };
    (engine.search(&search).fewer_words.into_iter())
        .map(|shorter| {
            let found = find(&shorter.query);
            (shorter.query, found.facts, found.partial)
        })
        .find(|(_, facts, _)| !facts.is_empty())
        .unwrap_or((view.query.clone(), found.facts, found.partial))
}

/// The selection, with a series chart on the first shown fact of each series.
fn selection(
    corpus: &Corpus,
    heading: &str,
    mut groups: Vec<FactGroup>,
    total: usize,
    empty_note: &'static str,
) -> FactSelection {
    let mut charted: Vec<String> = Vec::new();
    for fact in groups.iter_mut().flat_map(|g| g.facts.iter_mut()) {
        let chart = (corpus.facts.iter())
            .position(|f| f.id == fact.id)
            .and_then(|f| series_chart(corpus, f as FactIdx));
        fact.chart = chart.filter(|c| !charted.contains(&c.id));
        if let Some(chart) = &fact.chart {
            charted.push(chart.id.clone());
        }
    }
    FactSelection {
        heading: heading.to_string(),
        groups,
        total,
        empty_note,
    }
}

fn passes_filters(corpus: &Corpus, view: &ViewState, fact: &FactView) -> bool {
    let doc = corpus.document(&fact.doc);
    let allows = |facet: &str, value: Option<&str>| match view.filters.get(facet) {
        None => true,
        Some(wanted) => value.is_some_and(|v| wanted.iter().any(|w| w == v)),
    };
    let year = fact.doc_date.as_deref().map(|d| &d[..d.len().min(4)]);
    allows("kind", doc.map(|d| d.kind.as_str()))
        && allows("year", year)
        && allows("doc", Some(&fact.doc))
        && allows("speaker", fact.speaker.as_deref())
}

/// Groups by measure in order of first appearance.
fn group_in_order(facts: Vec<FactView>) -> Vec<FactGroup> {
    let mut groups: Vec<FactGroup> = Vec::new();
    for fact in facts {
        let measure = measure_label(&fact);
        match groups.iter_mut().find(|g| g.measure == measure) {
            Some(group) => group.facts.push(fact),
            None => groups.push(FactGroup {
                measure,
                facts: vec![fact],
            }),
        }
    }
    groups
}

/// Measures by importance (see [`Importance`]: stated by several documents,
/// followed over time or stated several times, dated, achieved, central to
/// the corpus, latest), then by number of figures and name; the latest
/// achievement, goal and change of each first.
fn key_groups(
    engine: &Engine,
    figures: &Figures<'_>,
    facts: Vec<(usize, FactView)>,
    limit: usize,
) -> Vec<FactGroup> {
    // Grouped in first-seen order through the index's own `HashMap<String,
    // u32>` instance rather than a B-tree map of this value type of its own:
    // the sort below orders the groups completely (the measure breaks ties).
    let mut at: HashMap<String, u32> = HashMap::new();
    let mut by_measure: Vec<(String, Vec<usize>, Vec<FactView>)> = Vec::new();
    for (idx, fact) in facts {
        let measure = measure_label(&fact);
        let n = by_measure.len() as u32;
        let slot = *at.entry(measure.clone()).or_insert(n) as usize;
        if slot == by_measure.len() {
            by_measure.push((measure, Vec::new(), Vec::new()));
        }
        by_measure[slot].1.push(idx);
        by_measure[slot].2.push(fact);
    }
    let mut groups: Vec<(Importance, FactGroup)> = by_measure
        .into_iter()
        .map(|(measure, indices, facts)| {
            let importance = Importance {
                salience: salience(engine, &measure),
                ..figures.importance(&indices)
            };
            (importance, FactGroup { measure, facts })
        })
        .collect();
    sort_by(&mut groups, |(a_rank, a), (b_rank, b)| {
        b_rank
            .cmp(a_rank)
            .then(b.facts.len().cmp(&a.facts.len()))
            .then(a.measure.cmp(&b.measure))
    });
    let mut groups: Vec<FactGroup> = groups.into_iter().map(|(_, group)| group).collect();
    let mut left = limit;
    for group in &mut groups {
        // Newest first: the stated as-of date, else the document's date. A
        // stable sort keeps corpus order among equals. Then the latest
        // achievement, the latest goal and the latest change lead, so a
        // measure's first cards say where it stands and where it is going.
        sort_by(&mut group.facts, |a, b| as_of(b).cmp(&as_of(a)));
        let mut leads: Vec<FactView> = Vec::new();
        for kind in ["actual", "target", "change"] {
            if let Some(at) = group.facts.iter().position(|f| f.kind == kind) {
                leads.push(group.facts.remove(at));
            }
        }
        leads.append(&mut group.facts);
        group.facts = leads;
        group.facts.truncate(PER_MEASURE.min(left));
        left -= group.facts.len();
    }
    groups.retain(|g| !g.facts.is_empty());
    groups
}

fn as_of(fact: &FactView) -> Option<&str> {
    fact.date.as_deref().or(fact.doc_date.as_deref())
}

/// The measure a fact is listed under: its figure's canonical name, else its
/// own wording.
fn measure_label(fact: &FactView) -> String {
    match fact
        .canonical_measure
        .as_deref()
        .unwrap_or(&fact.measure)
        .trim()
    {
        "" => "Other figures".to_string(),
        measure => measure.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn ids(selection: &FactSelection) -> Vec<String> {
        selection.facts().into_iter().map(|f| f.id).collect()
    }

    #[test]
    fn card_carries_provenance() {
        let corpus = fixture::corpus();
        let card = fact_view(&Figures::new(&corpus), 0).expect("a fact");
        assert_eq!(card.exact, "218,000,000,000 yuan");
        assert_eq!(card.compact, "218 billion yuan");
        assert_eq!(card.doc_title, "Press conference on IP protection");
        assert_eq!(card.speaker.as_deref(), Some("Shen Changyu"));
        assert_eq!(card.passage, "conf#p2");
        assert_eq!(card.kind, "actual");
    }

    #[test]
    fn key_figures_put_the_most_important_measure_first() {
        let selection = select_facts(
            &Engine::new(fixture::corpus()),
            &ViewState::default(),
            PANEL_LIMIT,
        );
        assert_eq!(selection.heading, "Key figures");
        let measures: Vec<&str> = selection
            .groups
            .iter()
            .map(|g| g.measure.as_str())
            .collect();
        // Dated before undated, an achievement before a goal: the court cases
        // have more facts, but neither says as of when.
        assert_eq!(
            measures,
            [
                "pledge financing",
                "high-value invention patents",
                "IP cases handled by courts"
            ]
        );
        assert_eq!(selection.total, 4);
    }

    #[test]
    fn key_figures_respect_the_limit() {
        let selection = select_facts(&Engine::new(fixture::corpus()), &ViewState::default(), 3);
        assert_eq!(ids(&selection), ["conf#p2/f1", "conf#p2/f2", "conf#p4/f1"]);
        assert_eq!(selection.total, 4);
    }

    #[test]
    fn a_query_selects_the_facts_of_matching_passages() {
        let view = ViewState::from_query_string("?q=Pledge+-courts");
        let selection = select_facts(&Engine::new(fixture::corpus()), &view, PANEL_LIMIT);
        // The figures of the passages that answer the query, as `facts()` in
        // the JS API gives them: both of conf#p2's, in reading order.
        assert_eq!(ids(&selection), ["conf#p2/f1", "conf#p2/f2"]);
        // The heading quotes the words, not the query language (`-courts`).
        assert_eq!(selection.heading, "Figures mentioning “Pledge”");
        // A query no passage answers has no figures.
        let nothing = ViewState::from_query_string("?q=zebras");
        assert_eq!(
            select_facts(&Engine::new(fixture::corpus()), &nothing, PANEL_LIMIT).total,
            0
        );
        // Filters narrow a query's figures as they narrow its passages.
        let news = ViewState::from_query_string("?q=Pledge&kind=news");
        assert_eq!(
            select_facts(&Engine::new(fixture::corpus()), &news, PANEL_LIMIT).total,
            0
        );
    }

    #[test]
    fn words_that_never_meet_show_the_figures_of_the_shorter_query_offered() {
        let engine = Engine::new(fixture::corpus());
        let view = ViewState::from_query_string("?q=Pledge+zebras+");
        let selection = select_facts(&engine, &view, PANEL_LIMIT);
        // The results offer "Pledge" without "zebras"; the panel shows its
        // figures and says which words they answer.
        let pledge = select_facts(
            &engine,
            &ViewState::from_query_string("?q=Pledge+"),
            PANEL_LIMIT,
        );
        assert!(pledge.total > 0);
        assert_eq!(ids(&selection), ids(&pledge));
        assert_eq!(selection.heading, "Figures mentioning “Pledge”");
        // Filters apply to the shorter query too.
        let news = ViewState::from_query_string("?q=Pledge+zebras+&kind=news");
        let news = select_facts(&engine, &news, PANEL_LIMIT);
        assert_eq!(news.total, 0);
        assert_eq!(news.heading, "Figures mentioning “Pledge zebras”");
    }

    #[test]
    fn a_question_whose_words_never_meet_says_its_figures_are_near_most_of_them() {
        let engine = Engine::new(fixture::corpus());
        let view = ViewState::from_query_string(
            "?q=How+much+pledge+financing+was+there+among+zebras+in+2021%3F",
        );
        let selection = select_facts(&engine, &view, PANEL_LIMIT);
        assert!(selection.total > 0);
        assert!(
            selection.heading.starts_with("Figures near most of “"),
            "{}",
            selection.heading
        );
        let view =
            ViewState::from_query_string("?q=How+much+pledge+financing+was+there+in+2021%3F");
        let selection = select_facts(&engine, &view, PANEL_LIMIT);
        assert!(selection.total > 0);
        assert!(
            selection.heading.starts_with("Figures mentioning “"),
            "{}",
            selection.heading
        );
    }

    #[test]
    fn an_open_document_shows_its_facts_in_reading_order() {
        let engine = Engine::new(fixture::corpus());
        let open = select_facts(
            &engine,
            &ViewState::from_query_string("?read=conf"),
            PANEL_LIMIT,
        );
        assert_eq!(
            ids(&open),
            ["conf#p2/f1", "conf#p2/f2", "conf#p4/f1", "conf#p4/f2"]
        );
        let none = select_facts(
            &engine,
            &ViewState::from_query_string("?read=note"),
            PANEL_LIMIT,
        );
        assert_eq!((none.total, none.groups.len()), (0, 0));
    }

    #[test]
    fn filters_apply() {
        let engine = Engine::new(fixture::corpus());
        let news = select_facts(
            &engine,
            &ViewState::from_query_string("?kind=news"),
            PANEL_LIMIT,
        );
        assert_eq!(news.total, 0);
        let year = select_facts(
            &engine,
            &ViewState::from_query_string("?year=2022"),
            PANEL_LIMIT,
        );
        assert_eq!(year.total, 4);
        let speaker = ViewState::from_query_string("?speaker=Host");
        assert_eq!(select_facts(&engine, &speaker, PANEL_LIMIT).total, 0);
    }

    #[test]
    fn the_first_shown_fact_of_a_series_carries_its_chart() {
        let engine = Engine::new(fixture::corpus_with_series());
        let selection = select_facts(&engine, &ViewState::default(), PANEL_LIMIT);
        let charts: Vec<(String, String)> = selection
            .facts()
            .into_iter()
            .filter_map(|f| Some((f.id, f.chart?.id)))
            .collect();
        // Key figures lead pledge financing with its latest achievement
        // (320 billion, 2023), before the 2025 target; the chart marks that
        // card's point as the current one.
        assert_eq!(
            charts,
            [(
                "report#p1/f1".to_string(),
                "pledge-financing-yuan".to_string()
            )]
        );
        let chart = selection.facts()[0].chart.clone().expect("a chart");
        let current: Vec<&str> = chart
            .points
            .iter()
            .filter(|p| p.current)
            .map(|p| p.fact.as_str())
            .collect();
        assert_eq!(current, ["report#p1/f1"]);
    }

    #[test]
    fn an_empty_corpus_selects_nothing() {
        let selection = select_facts(
            &Engine::new(Corpus::default()),
            &ViewState::default(),
            PANEL_LIMIT,
        );
        assert!(selection.groups.is_empty());
        assert_eq!(
            selection.empty_note,
            "No figures have been found in the corpus."
        );
    }
}
