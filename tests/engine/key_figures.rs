//! The seed corpus's key figures and timeline figures, as the overview and
//! the timeline show them: canonical figures, each once, the most important
//! measures first. Read the snapshots: they are what a user sees first.

use expect_test::expect;
use ip_explorer::data;
use ip_explorer::engine::Engine;
use ip_explorer::present::facts::{select_facts, PANEL_LIMIT};
use ip_explorer::present::timeline::timeline;
use ip_explorer::view_state::ViewState;

#[test]
fn seed_key_figures_lead_with_measures_followed_across_documents() {
    let engine = Engine::new(data::corpus());
    let selection = select_facts(&engine, &ViewState::default(), PANEL_LIMIT);
    let shown: String = selection
        .groups
        .iter()
        .map(|group| {
            let figures: Vec<String> = group
                .facts
                .iter()
                .map(|f| {
                    let date = f.date.as_deref().unwrap_or("-");
                    format!("{} ({date}, {}, {}x)", f.compact, f.kind, f.sources.len())
                })
                .collect();
            format!("{}: {}\n", group.measure, figures.join("; "))
        })
        .collect();
    expect![[r#"
        IP professionals: 860,000 people (2023-12, actual, 1x); 1 million people (2025, target, 1x)
        patent and trademark pledge financing: 218 billion yuan (2020, actual, 3x); 43.9% (2020, change, 2x)
        exports of intellectual property royalties: 8.68 billion US dollars (2020, actual, 2x); 31.5% (2020, change, 1x)
        added-value of China's patent-intensive industries: 11.5 trillion yuan (2019, actual, 2x); 7% (2019, change, 1x)
        added-value of China's patent-intensive industries (share of GDP): 11.6% (2019, actual, 2x)
        registered works: 3.32 million works (2020, actual, 1x)
        trademark registrations: 5.76 million registrations (2020, actual, 1x)
        invention patents authorized: 530,000 patents (2020, actual, 1x)
    "#]].assert_eq(&shown);
}

#[test]
fn seed_timeline_lists_each_figure_once_without_repeated_units() {
    let corpus = data::corpus();
    let years = timeline(&corpus, &ViewState::default(), usize::MAX);
    let mut seen: Vec<(String, String, String)> = Vec::new();
    for fact in years.iter().flat_map(|y| &y.facts) {
        let key = (fact.value.clone(), fact.measure.clone(), fact.date.clone());
        assert!(!seen.contains(&key), "listed twice: {key:?}");
        // No word of the unit said twice: "150,000 filings filings".
        let last_of_value = fact.value.rsplit(' ').next().unwrap_or_default();
        let first_of_measure = fact.measure.split(' ').next().unwrap_or_default();
        assert!(
            last_of_value.is_empty()
                || !last_of_value.eq_ignore_ascii_case(first_of_measure)
                || fact.value.chars().all(|c| !c.is_alphabetic()),
            "{} {}",
            fact.value,
            fact.measure
        );
        seen.push(key);
    }
    assert!(!seen.is_empty());
}

/// The figures panel for a question leads with the figures that answer it,
/// ranked by the measure match the answer card uses, then their series.
#[test]
fn seed_figures_panel_for_a_question_leads_with_its_answer() {
    let engine = Engine::new(data::corpus());
    let view = ViewState::from_query_string("?q=how+many+IP+professionals+does+China+have+now");
    let selection = select_facts(&engine, &view, PANEL_LIMIT);
    let shown: Vec<String> = (selection.facts().iter().take(4))
        .map(|f| {
            let date = f.date.as_deref().unwrap_or("-");
            format!("{} ({date}, {})", f.compact, f.kind)
        })
        .collect();
    expect![[r#"
        860,000 people (2023-12, actual)
        690,000 people (2020, actual)
        690,000 people (2022-03-30, actual)
        1 million people (2025, target)"#]]
    .assert_eq(&shown.join("\n"));
}
