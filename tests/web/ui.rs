//! The explorer UI over the shared fixture corpus (`fixture`): the
//! overview, the reader, fact cards, the facts panel, keyboard shortcuts and
//! the view state in the URL.

use ip_explorer::engine::Engine;
use ip_explorer::fixture;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::{
    all, by_testid, focused, keydown, mount, mount_with, search, settle, texts, type_query, wait_ms,
};

/// Waits until typing counts as paused, so the URL and title have followed.
async fn pause_typing() {
    wait_ms(ip_explorer::app::url::QUIET.as_millis() as i32 + 50).await;
}

fn press(key: &str) {
    keydown(&web_sys::window().unwrap(), key);
}

#[wasm_bindgen_test]
async fn documents_sort_newest_first_or_by_title() {
    let container = mount("");
    tick().await;
    let titles = || texts(&container, "[data-testid=document-list] .document-title");
    assert_eq!(
        titles(),
        ["Press conference on IP protection", "A news item"]
    );
    by_testid(&container, "sort-title").unwrap().click();
    tick().await;
    assert_eq!(
        titles(),
        ["A news item", "Press conference on IP protection"]
    );
    let pressed = by_testid(&container, "sort-title")
        .unwrap()
        .get_attribute("aria-pressed");
    assert_eq!(pressed.as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn a_long_document_list_is_listed_a_page_at_a_time() {
    use ip_explorer::present::overview::DOCUMENT_PAGE;
    // The fixture plus copies of its news item, past one page of documents.
    let mut corpus = fixture::corpus();
    let (news, text) = (corpus.documents[1].clone(), corpus.passages[4].clone());
    for n in 0..DOCUMENT_PAGE + 30 {
        let at = corpus.passages.len() as u32;
        let mut passage = text.clone();
        (passage.id, passage.doc) = (format!("copy{n}#p1"), corpus.documents.len() as u32);
        passage.text = format!("News item number {n}.");
        corpus.passages.push(passage);
        let mut doc = news.clone();
        (doc.id, doc.title, doc.passages) = (format!("copy{n}"), format!("Copy {n}"), at..at + 1);
        corpus.documents.push(doc);
    }
    let total = corpus.documents.len();
    let container = mount_with(Engine::new(corpus), "");
    tick().await;
    let listed = || all(&container, "[data-testid=document-list] li").len();
    assert_eq!(listed(), DOCUMENT_PAGE);
    assert_eq!(
        texts(&container, "#documents-heading"),
        [format!("{total} documents")]
    );
    let more = || by_testid(&container, "documents-more");
    assert_eq!(
        more().unwrap().text_content().unwrap(),
        format!("Show more ({DOCUMENT_PAGE} of {total} listed)")
    );
    more().unwrap().click();
    tick().await;
    assert_eq!(listed(), total);
    assert!(more().is_none(), "everything is listed");
}

#[wasm_bindgen_test]
async fn opening_a_document_shows_it_whole_and_puts_it_in_the_url() {
    let document = web_sys::window().unwrap().document().unwrap();
    document.set_title("IP Explorer");
    let container = mount("");
    tick().await;
    all(&container, "[data-doc=conf] a.document-link")[0].click();
    settle().await;
    assert_eq!(search(), "?read=conf");
    assert_eq!(
        document.title(),
        "Press conference on IP protection — IP Explorer"
    );
    // Focus moves to the document, for keyboard and screen-reader users.
    assert_eq!(document.active_element().unwrap().id(), "reader-title");
    let title = by_testid(&container, "reader-title")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(title, "Press conference on IP protection");
    assert_eq!(all(&container, "[data-testid=passage]").len(), 4);
    assert_eq!(
        texts(&container, ".reader-section"),
        ["Opening", "Questions"]
    );
    assert_eq!(
        texts(&container, "[data-testid=contents] a"),
        ["Opening", "Questions"]
    );
    assert_eq!(
        texts(&container, "[data-testid=speaker]"),
        ["Host", "Shen Changyu", "Xinhua", "Shen Changyu"]
    );
    assert_eq!(
        texts(&container, "[data-testid=fact-mark]"),
        [
            "218 billion yuan",
            "12 patents per 10,000 people",
            "480,000 cases",
            "12.5%"
        ]
    );
    // The facts panel follows the open document.
    assert_eq!(all(&container, "[data-testid=fact-card]").len(), 4);
}

#[wasm_bindgen_test]
async fn markup_in_the_corpus_is_shown_as_text() {
    let container = mount("?read=conf");
    tick().await;
    let passage = all(&container, "[data-passage='conf#p3'] .passage-text").remove(0);
    assert_eq!(
        passage.text_content().unwrap(),
        "How many <b>cases</b> were handled?"
    );
    assert_eq!(passage.query_selector_all("b").unwrap().length(), 0);
}

#[wasm_bindgen_test]
async fn the_reader_marks_the_query_words_in_every_matching_passage() {
    let container = mount("?q=cases&read=conf");
    tick().await;
    let marked: Vec<(String, Option<String>)> = all(&container, "mark.query-hit")
        .iter()
        .map(|m| {
            let passage = m.closest("[data-passage]").unwrap().unwrap();
            (
                m.text_content().unwrap(),
                passage.get_attribute("data-passage"),
            )
        })
        .collect();
    let expected = [("cases", "conf#p3"), ("cases", "conf#p4")]
        .map(|(word, passage)| (word.to_string(), Some(passage.to_string())));
    assert_eq!(marked, expected);
    // Inside a fact the word keeps the fact's mark and gains the query's.
    let in_fact = all(&container, "[data-passage='conf#p4'] mark.query-hit").remove(0);
    assert!(in_fact.class_list().contains("fact"));
    // Markup in the text stays text around the marked word.
    let passage = all(&container, "[data-passage='conf#p3'] .passage-text").remove(0);
    assert_eq!(
        passage.text_content().unwrap(),
        "How many <b>cases</b> were handled?"
    );
}

#[wasm_bindgen_test]
async fn a_passage_link_highlights_that_passage() {
    let container = mount("?read=conf&passage=conf%23p4");
    settle().await;
    let targets = all(&container, ".passage.target");
    assert_eq!(targets.len(), 1);
    assert_eq!(
        targets[0].get_attribute("data-passage").as_deref(),
        Some("conf#p4")
    );
    let active = focused().unwrap();
    assert_eq!(active.id(), "passage-conf-p4");
}

#[wasm_bindgen_test]
async fn an_unknown_document_says_so() {
    let container = mount("?read=nope");
    tick().await;
    assert!(by_testid(&container, "reader-missing").is_some());
    by_testid(&container, "reader-close").unwrap().click();
    tick().await;
    assert!(by_testid(&container, "overview").is_some());
    assert_eq!(search(), "");
}

#[wasm_bindgen_test]
async fn escape_closes_the_reader_and_back_reopens_it() {
    let container = mount("?q=pledge");
    tick().await;
    all(&container, "[data-testid=fact-link]")[0].click();
    settle().await;
    assert_eq!(search(), "?q=pledge&read=conf&passage=conf%23p2");
    press("Escape");
    tick().await;
    assert!(by_testid(&container, "reader").is_none());
    assert_eq!(search(), "?q=pledge");
    // Back: the browser restores the URL, then fires popstate.
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = format!("{path}?q=pledge&read=conf&passage=conf%23p2");
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    tick().await;
    assert!(by_testid(&container, "reader").is_some());
}

#[wasm_bindgen_test]
async fn key_figures_show_value_badge_and_provenance() {
    let container = mount("");
    tick().await;
    let cards = all(&container, "[data-testid=fact-card]");
    assert_eq!(cards.len(), 4);
    let pledge = all(&container, "[data-fact='conf#p2/f1']").remove(0);
    let text = pledge.text_content().unwrap();
    assert!(text.contains("218 billion yuan"), "{text}");
    assert!(text.contains("218,000,000,000 yuan"), "{text}");
    assert!(text.contains("Shen Changyu"), "{text}");
    assert!(text.contains("2021"), "{text}");
    // Key figures by importance: the dated achievement (pledge financing),
    // then the dated goal, then the undated court cases with their change.
    assert_eq!(
        texts(&container, "[data-testid=fact-kind]"),
        ["actual", "target", "actual", "change"]
    );
    assert!(by_testid(&container, "export-csv").is_some());
}

#[wasm_bindgen_test]
async fn the_facts_panel_follows_the_query() {
    let container = mount("");
    tick().await;
    let cards = || all(&container, "[data-testid=fact-card]").len();
    let heading = || texts(&container, "#facts-heading");
    assert_eq!((cards(), heading()), (4, vec!["Key figures".to_string()]));
    // The first key of a search pushes its history entry at once; the
    // panel, like every keystroke's, waits for the pause in typing.
    type_query(&container, "courts");
    tick().await;
    assert_eq!(search(), "?q=courts");
    assert_eq!((cards(), heading()), (4, vec!["Key figures".to_string()]));
    pause_typing().await;
    assert_eq!(heading(), ["Figures mentioning “courts”"]);
    assert_eq!(cards(), 2);
    type_query(&container, "nothing like this");
    tick().await;
    // Keystrokes leave the panel alone; it follows once typing pauses.
    assert_eq!(cards(), 2);
    pause_typing().await;
    assert!(by_testid(&container, "facts-empty").is_some());
    assert!(by_testid(&container, "export-csv").is_none());
}

#[wasm_bindgen_test]
async fn most_mentioned_entities_search_when_chosen() {
    let container = mount("");
    tick().await;
    let chips = texts(&container, "[data-testid=entity]");
    assert_eq!(
        chips,
        [
            "Shen Changyu2 passages",
            "CNIPA3 passages",
            "Xinhua1 passages"
        ]
    );
    all(&container, "[data-testid=entity]")[1].click();
    // The search box follows the view one reactive step later.
    settle().await;
    assert_eq!(search(), "?q=CNIPA");
    let input: web_sys::HtmlInputElement = by_testid(&container, "search-input")
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "CNIPA");
}

#[wasm_bindgen_test]
async fn slash_focuses_the_search_box_and_escape_clears_it() {
    let container = mount("?q=patent");
    tick().await;
    press("/");
    let input = by_testid(&container, "search-input").unwrap();
    let active = focused().unwrap();
    assert_eq!(&active, input.unchecked_ref::<web_sys::Element>());
    press("Escape");
    tick().await;
    assert_eq!(search(), "");
    assert!(by_testid(&container, "overview").is_some());
}

#[wasm_bindgen_test]
async fn copying_a_citation_confirms_visibly() {
    let container = mount("?read=conf");
    tick().await;
    all(
        &container,
        "[data-passage='conf#p2'] [data-testid=copy-citation]",
    )[0]
    .click();
    // The clipboard answers asynchronously, later on a loaded machine: wait
    // for the status line (up to about two seconds) rather than a fixed time.
    let mut status = String::new();
    for _ in 0..40 {
        settle().await;
        status = by_testid(&container, "copy-status")
            .unwrap()
            .text_content()
            .unwrap();
        if !status.is_empty() {
            break;
        }
    }
    // Headless test pages may refuse clipboard access; either way the
    // citation is shown in full.
    assert!(
        status.contains("“Press conference on IP protection”. Shen Changyu. CNIPA, 2022-04-24."),
        "{status}"
    );
    assert!(status.contains("?read=conf&passage=conf%23p2"), "{status}");
}

#[wasm_bindgen_test]
async fn a_link_to_a_passage_the_document_lacks_says_so() {
    let container = mount("?read=conf&passage=conf%23p99");
    tick().await;
    assert!(by_testid(&container, "passage-missing").is_some());
    assert!(all(&container, ".passage.target").is_empty());
    let note = by_testid(&container, "facts-count")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(note, "4 figures");
}

#[wasm_bindgen_test]
async fn a_document_without_figures_says_so() {
    let container = mount("?read=note");
    tick().await;
    let note = by_testid(&container, "facts-empty")
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(note, "No figures in this document.");
    assert!(by_testid(&container, "passage-missing").is_none());
}

#[wasm_bindgen_test]
async fn show_all_lifts_the_panel_limit() {
    // Twenty copies of one figure: more than the panel shows at first.
    let mut corpus = fixture::corpus();
    let fact = corpus.facts[0].clone();
    corpus.facts = (0..20)
        .map(|n| ip_explorer::corpus::Fact {
            id: format!("conf#p2/f{n}"),
            ..fact.clone()
        })
        .collect();
    // In the reader the panel lists the document's figures in reading order.
    let container = mount_with(Engine::new(corpus), "?read=conf");
    tick().await;
    let shown = || all(&container, "[data-testid=fact-card]").len();
    assert_eq!(shown(), ip_explorer::present::facts::PANEL_LIMIT);
    by_testid(&container, "facts-more").unwrap().click();
    tick().await;
    assert_eq!(shown(), 20);
    assert!(by_testid(&container, "facts-more").is_none());
}

#[wasm_bindgen_test]
async fn filters_in_force_show_as_chips_that_remove_themselves() {
    let container = mount("?kind=news&doc=conf");
    tick().await;
    assert_eq!(
        texts(&container, "[data-testid=filter-chip]"),
        [
            "Kind: news×",
            "Document: Press conference on IP protection×"
        ]
    );
    // The kind filter leaves the transcript and its figures out.
    assert!(by_testid(&container, "facts-empty").is_some());
    assert!(all(&container, "[data-testid=document-list] li").is_empty());
    let heading = texts(&container, "#documents-heading");
    assert_eq!(heading, ["0 of 2 documents"]);
    assert!(by_testid(&container, "documents-empty").is_some());
    all(&container, "[data-testid=filter-chip]")[0].click();
    tick().await;
    assert_eq!(search(), "?doc=conf");
    assert_eq!(all(&container, "[data-testid=fact-card]").len(), 4);
    all(&container, "[data-testid=filter-chip]")[0].click();
    tick().await;
    assert!(by_testid(&container, "active-filters").is_none());
}

#[wasm_bindgen_test]
async fn typing_in_bursts_keeps_every_keystroke() {
    let container = mount("");
    tick().await;
    // Keystrokes in bursts and singly: the box and the URL end with all of them.
    type_query(&container, "c");
    type_query(&container, "co");
    settle().await;
    type_query(&container, "cou");
    pause_typing().await;
    let input: web_sys::HtmlInputElement = by_testid(&container, "search-input")
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "cou");
    assert_eq!(search(), "?q=cou");
}

#[wasm_bindgen_test]
async fn url_and_title_follow_typing_once_it_pauses() {
    let document = web_sys::window().unwrap().document().unwrap();
    document.set_title("IP Explorer");
    let container = mount("");
    tick().await;
    // Starting a search pushes a history entry: the URL follows at once,
    // the title, as for every keystroke, once typing pauses.
    type_query(&container, "c");
    tick().await;
    assert_eq!(search(), "?q=c");
    // Further keystrokes edit the query in place; the results follow each
    // one, the URL and the title only the pause after the last.
    type_query(&container, "co");
    settle().await;
    type_query(&container, "cou");
    settle().await;
    assert_eq!(search(), "?q=c");
    let title_while_typing = document.title();
    assert_eq!(title_while_typing, "IP Explorer");
    pause_typing().await;
    assert_eq!(search(), "?q=cou");
    assert_ne!(document.title(), title_while_typing);
    assert!(document.title().contains("cou"), "{}", document.title());
}

#[wasm_bindgen_test]
async fn back_before_the_pause_returns_to_the_overview() {
    let container = mount("");
    tick().await;
    let window = web_sys::window().unwrap();
    let length = window.history().unwrap().length().unwrap();
    type_query(&container, "c");
    tick().await;
    type_query(&container, "cou");
    settle().await;
    // The first key pushed an entry; Back before the pause leaves it, and
    // the typing's pending pause writes nothing over the overview's entry.
    assert_eq!(window.history().unwrap().length().unwrap(), length + 1);
    window.history().unwrap().back().unwrap();
    wait_ms(100).await;
    assert_eq!(search(), "");
    assert!(by_testid(&container, "overview").is_some());
    pause_typing().await;
    assert_eq!(search(), "");
    assert!(by_testid(&container, "overview").is_some());
    let input: web_sys::HtmlInputElement = by_testid(&container, "search-input")
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "");
    assert_eq!(texts(&container, "#facts-heading"), ["Key figures"]);
}

#[wasm_bindgen_test]
async fn navigating_mid_typing_keeps_the_typed_query_in_the_entry_left() {
    let container = mount("");
    tick().await;
    type_query(&container, "c");
    tick().await;
    type_query(&container, "court");
    settle().await;
    assert_eq!(search(), "?q=c");
    // Opening a document before the pause: the entry left gets the query
    // first, so Back returns to what was on screen.
    let window = web_sys::window().unwrap();
    let length = window.history().unwrap().length().unwrap();
    let link = all(&container, "[data-testid=hits] a[data-testid=hit-link]");
    link[0].click();
    settle().await;
    assert!(search().contains("read="), "{}", search());
    assert_eq!(window.history().unwrap().length().unwrap(), length + 1);
    window.history().unwrap().back().unwrap();
    wait_ms(100).await;
    assert_eq!(search(), "?q=court");
}
