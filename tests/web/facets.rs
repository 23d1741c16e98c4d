//! The facets panel and the search results over the fixture corpus: counts,
//! toggling a value narrows the results and adds a chip, clearing restores;
//! hits name their document and open the reader at their passage.

use ip_explorer::api::records::{self, SearchOptions};
use ip_explorer::engine::Engine;
use ip_explorer::fixture;
use ip_explorer::present::hits::result_count_label;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

use super::{all, by_testid, mount, search, texts};

fn count_line(container: &HtmlElement) -> String {
    by_testid(container, "result-count")
        .unwrap()
        .text_content()
        .unwrap()
}

/// The count line the page should show for `query` under `filters`.
fn expected_count_line(query: &str, filters: &[(&str, &str)]) -> String {
    let res = search_with(query, filters);
    result_count_label(res.total, res.documents)
}

/// The engine's total for `query` under `filters`, to compare the page with.
fn total(query: &str, filters: &[(&str, &str)]) -> usize {
    search_with(query, filters).total
}

fn search_with(query: &str, filters: &[(&str, &str)]) -> records::SearchRecord {
    let mut options = SearchOptions::default();
    for (facet, value) in filters {
        options
            .filters
            .entry(facet.to_string())
            .or_default()
            .push(value.to_string());
    }
    records::search(&Engine::new(fixture::corpus()), query, &options)
}

fn checkbox(container: &HtmlElement, facet: &str, value: &str) -> web_sys::HtmlInputElement {
    container
        .query_selector(&format!(
            "[data-facet=\"{facet}\"] [data-value=\"{value}\"] input"
        ))
        .unwrap()
        .unwrap_or_else(|| panic!("a checkbox for {facet}={value}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn facets_show_counts_and_name_documents_by_title() {
    let container = mount("?q=press");
    tick().await;
    assert!(by_testid(&container, "facets").is_some());
    assert_eq!(
        texts(&container, "[data-facet=doc] .facet-value"),
        [format!(
            "Press conference on IP protection{}",
            total("press", &[])
        )]
    );
    let speakers = texts(&container, "[data-facet=speaker] .facet-label");
    assert_eq!(speakers.len(), 3, "{speakers:?}");
    let boxes = all(&container, "[data-facet=speaker] input[type=checkbox]");
    assert!(boxes
        .iter()
        .all(|b| !b.unchecked_ref::<web_sys::HtmlInputElement>().checked()));
}

#[wasm_bindgen_test]
async fn toggling_a_value_narrows_the_results_adds_a_chip_and_clearing_restores() {
    let container = mount("?q=press");
    tick().await;
    let all_count = total("press", &[]);
    let narrowed = total("press", &[("speaker", "Shen Changyu")]);
    assert!(narrowed < all_count);
    let all_line = expected_count_line("press", &[]);
    let narrowed_line = expected_count_line("press", &[("speaker", "Shen Changyu")]);
    assert_eq!(count_line(&container), all_line);

    checkbox(&container, "speaker", "Shen Changyu").click();
    tick().await;
    assert_eq!(search(), "?q=press&speaker=Shen+Changyu");
    assert_eq!(count_line(&container), narrowed_line);
    assert!(checkbox(&container, "speaker", "Shen Changyu").checked());
    assert_eq!(
        texts(&container, "[data-testid=filter-chip]"),
        ["Speaker: Shen Changyu×"]
    );
    // Disjunctive counts: the other speakers stay on offer with their counts.
    assert_eq!(
        all(&container, "[data-facet=speaker] .facet-value").len(),
        3
    );
    assert!(!checkbox(&container, "speaker", "Host").checked());

    by_testid(&container, "clear-filters").unwrap().click();
    tick().await;
    assert_eq!(search(), "?q=press");
    assert_eq!(count_line(&container), all_line);
    assert!(by_testid(&container, "active-filters").is_none());
    assert!(!checkbox(&container, "speaker", "Shen Changyu").checked());
}

#[wasm_bindgen_test]
async fn unchecking_a_value_removes_its_filter_and_counts_follow_the_query() {
    let container = mount("?q=press&speaker=Host");
    tick().await;
    assert_eq!(
        count_line(&container),
        expected_count_line("press", &[("speaker", "Host")])
    );
    checkbox(&container, "speaker", "Host").click();
    tick().await;
    assert_eq!(search(), "?q=press");
    super::type_query(&container, "cases");
    tick().await;
    let speakers = texts(&container, "[data-facet=speaker] .facet-label");
    assert!(!speakers.contains(&"Host".to_string()), "{speakers:?}");
}

#[wasm_bindgen_test]
async fn a_hit_names_its_document_and_opens_the_reader_at_its_passage() {
    let container = mount("?q=courts");
    tick().await;
    assert_eq!(
        texts(&container, "[data-testid=hits] li.hit .hit-title"),
        ["Press conference on IP protection"]
    );
    let meta = texts(&container, "li.hit .hit-meta");
    assert_eq!(meta, ["transcript2022-04-24"]);
    assert_eq!(
        texts(&container, "li.hit .hit-place"),
        ["Shen ChangyuQuestions"]
    );
    assert!(!all(&container, "li.hit .why-tag").is_empty());
    let link = by_testid(&container, "hit-link").unwrap();
    // The permalink's parameter names belong to `ViewState`; only the
    // passage is checked here.
    let href = link.get_attribute("href").unwrap();
    assert!(href.contains("passage=conf%23p4"), "{href}");
    link.click();
    tick().await;
    assert!(search().contains("passage=conf%23p4"), "{}", search());
    assert!(by_testid(&container, "reader-title").is_some());
}
