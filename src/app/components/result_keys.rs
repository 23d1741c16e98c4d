//! Arrow keys through the search results: Down from the search box enters
//! the results, Down and Up step from one result link to the next (each
//! document's best passage and its further passages, in reading order), Home
//! and End jump to the ends, and Up from the first returns to the search box.
//! Focus moves to real links, so Enter opens the passage as a click would.
//! The moves themselves are `present::roving::focus_move`.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::present::roving::{focus_move, FocusMove};

/// The links the arrow keys step through.
const RESULT_LINKS: &str = "[data-testid=hits] a[data-testid=hit-link], \
                            [data-testid=hits] a[data-testid=sub-hit-link]";

/// Handles a key press in the search box or the results; keys that do not
/// move focus are left alone.
pub fn move_through_results(ev: &web_sys::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.shift_key() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let links = result_links(&document);
    let active = document.active_element();
    let search_box = document.get_element_by_id("q");
    let current = match &active {
        Some(el) if search_box.as_ref() == Some(el) => None,
        Some(el) => match links.iter().position(|link| {
            let link: &web_sys::Element = link.as_ref();
            link == el
        }) {
            Some(idx) => Some(idx),
            // Focus is elsewhere (a facet, a chip): not ours to move.
            None => return,
        },
        None => return,
    };
    let target = match focus_move(&ev.key(), current, links.len()) {
        Some(FocusMove::To(idx)) => links.get(idx).cloned(),
        Some(FocusMove::SearchBox) => search_box.and_then(|el| el.dyn_into().ok()),
        None => return,
    };
    if let Some(target) = target {
        ev.prevent_default();
        let _ = target.focus();
    }
}

fn result_links(document: &web_sys::Document) -> Vec<HtmlElement> {
    let Ok(list) = document.query_selector_all(RESULT_LINKS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}
