//! Hardening in the page: the panic error state, markup in the corpus shown
//! as text (no script runs), and the notice that a long query was cut.

use ip_explorer::app::fatal::show_fatal_error;
use ip_explorer::corpus::{self, SourceFile};
use ip_explorer::engine::{Engine, SearchConfig};
use leptos::task::tick;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::{all, by_testid, mount_app, mount_with, type_query};

/// Markup a hostile seed file carries, to be shown as the literal text it is.
const MARKUP: &str = "<script>window.__pwned=1</script>";
const IMG: &str = "<img src=x onerror=\"window.__pwned=2\">";

fn hostile_engine() -> Engine {
    let text = format!(
        "Markup in the text\n\nThe notice said {MARKUP} and {IMG} and <b>bold</b> &amp; more about patents.\n"
    );
    let files = [
        SourceFile {
            name: "markup.txt".into(),
            bytes: text.into_bytes(),
        },
        SourceFile {
            name: "crlf.txt".into(),
            bytes: b"\xef\xbb\xbfLine ends\r\n\r\nThe trade\xe2\x80\x8bmark office replied.\r\n"
                .to_vec(),
        },
    ];
    let (corpus, issues) = corpus::compile(&files);
    assert!(
        issues
            .iter()
            .all(|i| i.severity == corpus::Severity::Warning),
        "{issues:?}"
    );
    Engine::new(corpus)
}

fn pwned() -> JsValue {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap()
}

#[wasm_bindgen_test]
async fn corpus_markup_is_shown_as_text_in_results_and_reader() {
    let container = mount_with(hostile_engine(), "?q=script+pwned");
    tick().await;
    let hits = by_testid(&container, "hits").expect("the markup passage is found");
    let shown = hits.text_content().unwrap();
    assert!(
        shown.contains("<script>window.__pwned=1</script>"),
        "{shown}"
    );
    assert!(all(&container, "script, img, b").is_empty());

    let container = mount_with(hostile_engine(), "?read=markup");
    tick().await;
    let reader = by_testid(&container, "reader").expect("the reader is open");
    let shown = reader.text_content().unwrap();
    assert!(shown.contains(MARKUP) && shown.contains(IMG), "{shown}");
    assert!(all(&container, "script, img, b").is_empty());
    assert!(pwned().is_undefined(), "no script from the corpus ran");
}

#[wasm_bindgen_test]
async fn a_cut_query_gets_a_notice() {
    let container = mount_app();
    let limit = SearchConfig::default().max_query_chars;
    type_query(&container, &"patent ".repeat(limit / 4));
    tick().await;
    let notice = by_testid(&container, "query-truncated").expect("the notice shows");
    assert!(notice.text_content().unwrap().contains(&limit.to_string()));
    type_query(&container, "patent protection");
    tick().await;
    assert!(by_testid(&container, "query-truncated").is_none());
}

#[wasm_bindgen_test]
fn the_panic_state_replaces_the_app_and_shows_details_as_text() {
    let document = web_sys::window().unwrap().document().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    app.set_text_content(Some("old app content"));
    document.body().unwrap().append_child(&app).unwrap();

    let details = "panicked at src/x.rs:1:1: <b>boom</b>";
    let panel = show_fatal_error(details).expect("the error state is shown");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(app.first_element_child().as_ref(), Some(panel.as_ref()));
    let text = app.text_content().unwrap();
    assert!(!text.contains("old app content"), "the broken app is gone");
    assert!(text.contains("Something went wrong"));
    let reload = by_testid(&panel, "fatal-reload").unwrap();
    let here = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(reload.get_attribute("href"), Some(here));
    let pre = by_testid(&panel, "fatal-details").unwrap();
    assert_eq!(pre.text_content().unwrap(), details);
    assert!(
        panel.query_selector("b").unwrap().is_none(),
        "details are text"
    );
    app.remove();
}
