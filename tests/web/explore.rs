//! The explorer's ways around, over the fixture corpus with a series
//! (`fixture::corpus_with_series`): a fact card's series chart and
//! its links, the overview timeline, arrow keys through the results, the
//! query help and the search time.

use ip_explorer::engine::Engine;
use ip_explorer::fixture;
use leptos::task::tick;
use wasm_bindgen_test::*;

use super::{all, by_testid, focused, keydown, mount_with, search, type_query};

fn mount(search: &str) -> web_sys::HtmlElement {
    mount_with(Engine::new(fixture::corpus_with_series()), search)
}

fn active_testid() -> Option<String> {
    focused()?.get_attribute("data-testid")
}

fn active_href() -> Option<String> {
    focused()?.get_attribute("href")
}

/// Dispatches a keydown for `key` on the focused element (as a real key press would).
fn press_on_focused(key: &str) -> bool {
    keydown(&focused().unwrap(), key)
}

#[wasm_bindgen_test]
async fn a_series_chart_links_each_point_to_its_passage() {
    let container = mount("");
    tick().await;
    let charts = all(&container, "[data-testid=trend-chart]");
    assert_eq!(charts.len(), 1, "one chart for the one series");
    let points = all(&container, "[data-testid=chart-point]");
    let facts: Vec<String> = points
        .iter()
        .map(|p| p.get_attribute("data-fact").unwrap())
        .collect();
    assert_eq!(facts, ["conf#p2/f1", "report#p1/f1", "report#p1/f2"]);
    for point in &points {
        assert_eq!(
            point.namespace_uri().as_deref(),
            Some("http://www.w3.org/2000/svg"),
            "a point is an SVG link, which SVG draws"
        );
        // Its tooltip is an SVG title, which the browser shows on hover; an
        // HTML title there shows nothing and, on a page with no title of
        // its own in the head, is what `document.title` reads and writes.
        let tooltip = point.query_selector("title").unwrap().unwrap();
        assert_eq!(
            tooltip.namespace_uri().as_deref(),
            Some("http://www.w3.org/2000/svg"),
            "{}",
            tooltip.text_content().unwrap_or_default()
        );
        assert_eq!(tooltip.text_content(), point.get_attribute("aria-label"));
    }
    let classes: Vec<String> = points
        .iter()
        .map(|p| p.get_attribute("class").unwrap_or_default())
        .collect();
    assert!(classes[2].contains("point-target"), "{classes:?}");
    assert!(classes[0].contains("point-actual"), "{classes:?}");
    let svg = charts[0].query_selector("svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("pledge financing over time")
    );
    // Targets are dashed, achieved figures solid.
    assert!(!all(&container, ".trend .line-target")[0]
        .get_attribute("points")
        .unwrap()
        .is_empty());
    // A plain click on a point opens the reader at its passage.
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init
    })
    .unwrap();
    points[0].dispatch_event(&click).unwrap();
    tick().await;
    assert_eq!(search(), "?read=conf&passage=conf%23p2");
    assert!(by_testid(&container, "reader").is_some());
}

#[wasm_bindgen_test]
async fn the_timeline_lists_years_oldest_first() {
    let container = mount("");
    tick().await;
    let years: Vec<String> = all(&container, "[data-testid=timeline-year]")
        .iter()
        .map(|y| y.get_attribute("data-year").unwrap())
        .collect();
    assert_eq!(years, ["2021", "2022", "2023", "2024", "2025"]);
    assert_eq!(all(&container, "[data-testid=timeline-doc]").len(), 2);
    // Filters narrow it like the document list.
    let container = mount("?kind=report");
    tick().await;
    assert_eq!(all(&container, "[data-testid=timeline-doc]").len(), 1);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_from_the_search_box_through_the_results() {
    let container = mount("");
    type_query(&container, "pledge");
    tick().await;
    let links: Vec<String> = all(
        &container,
        "[data-testid=hits] a[data-testid=hit-link], [data-testid=hits] a[data-testid=sub-hit-link]",
    )
    .iter()
    .map(|a| a.get_attribute("href").unwrap())
    .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    by_testid(&container, "search-input")
        .unwrap()
        .focus()
        .unwrap();
    assert!(!press_on_focused("ArrowDown"), "handled keys are prevented");
    assert_eq!(active_href().as_ref(), Some(&links[0]));
    press_on_focused("ArrowDown");
    assert_eq!(active_href().as_ref(), Some(&links[1]));
    press_on_focused("ArrowDown");
    assert_eq!(active_href().as_ref(), Some(&links[1]), "stops at the end");
    press_on_focused("Home");
    assert_eq!(active_href().as_ref(), Some(&links[0]));
    press_on_focused("ArrowUp");
    assert_eq!(active_testid().as_deref(), Some("search-input"));
    // Other keys in the box are left to it.
    assert!(press_on_focused("ArrowUp"));
}

#[wasm_bindgen_test]
async fn the_query_help_toggles_and_escape_closes_it_first() {
    let container = mount("?q=pledge");
    tick().await;
    let toggle = by_testid(&container, "help-toggle").unwrap();
    let help = by_testid(&container, "query-help").unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(help.hidden());
    toggle.click();
    tick().await;
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!help.hidden());
    toggle.focus().unwrap();
    press_on_focused("Escape");
    tick().await;
    assert!(help.hidden());
    assert_eq!(active_testid().as_deref(), Some("help-toggle"));
    assert_eq!(search(), "?q=pledge", "Esc closed the help, not the search");
}

#[wasm_bindgen_test]
async fn the_result_line_says_how_long_the_search_took() {
    let container = mount("");
    type_query(&container, "pledge");
    tick().await;
    let time = by_testid(&container, "result-time")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        time.starts_with(", found in ") && time.ends_with(" ms"),
        "{time}"
    );
    type_query(&container, "qqqzzz");
    tick().await;
    let none = by_testid(&container, "result-time").unwrap();
    assert_eq!(none.text_content().unwrap_or_default(), "");
}

#[wasm_bindgen_test]
async fn results_sort_by_date_through_the_url() {
    let container = mount("?q=pledge");
    tick().await;
    let order = |container: &web_sys::HtmlElement| -> Vec<String> {
        all(container, "[data-testid=hits] li.hit")
            .iter()
            .map(|h| h.get_attribute("data-doc").unwrap())
            .collect()
    };
    let pressed = |container: &web_sys::HtmlElement, id: &str| {
        by_testid(container, id)
            .unwrap()
            .get_attribute("aria-pressed")
    };
    assert_eq!(
        pressed(&container, "sort-relevance").as_deref(),
        Some("true")
    );
    let by_relevance = order(&container);
    by_testid(&container, "sort-date").unwrap().click();
    tick().await;
    assert_eq!(search(), "?q=pledge&sort=date");
    assert_eq!(pressed(&container, "sort-date").as_deref(), Some("true"));
    // The 2024 report comes before the 2022 transcript.
    assert_eq!(
        order(&container),
        ["report", "conf"],
        "relevance: {by_relevance:?}"
    );
    // A malformed sort is ignored: relevance order.
    let container = mount("?q=pledge&sort=sideways");
    tick().await;
    assert_eq!(
        pressed(&container, "sort-relevance").as_deref(),
        Some("true")
    );
    assert_eq!(order(&container).len(), 2);
}
