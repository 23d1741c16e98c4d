//! Arrow keys through the search results: Down from the search box enters
//! the results, Down and Up step from one result link to the next (each
//! document's best passage and its further passages, in reading order), Home
//! and End jump to the ends, and Up from the first returns to the search box.
//! Focus moves to real links, so Enter opens the passage as a click would.
//! The moves themselves are `present::roving::focus_move`. Inside an
//! embedded instance they work the same, on the instance's own shadow root.

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
    let Some(root) = Root::of(ev) else {
        return;
    };
    let links = root.result_links();
    let active = root.active_element();
    let search_box = root.by_id("q");
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

/// Where the keys act: the page, or the shadow root of an embedded instance,
/// whose elements `document` neither finds nor reports as focused.
enum Root {
    Page(web_sys::Document),
    Shadow(web_sys::ShadowRoot),
}

impl Root {
    fn of(ev: &web_sys::KeyboardEvent) -> Option<Root> {
        let target = ev.target()?.dyn_into::<web_sys::Node>().ok()?;
        match target.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
            Ok(shadow) => Some(Root::Shadow(shadow)),
            Err(_) => web_sys::window()?.document().map(Root::Page),
        }
    }

    fn active_element(&self) -> Option<web_sys::Element> {
        match self {
            Root::Page(document) => document.active_element(),
            Root::Shadow(shadow) => shadow.active_element(),
        }
    }

    fn by_id(&self, id: &str) -> Option<web_sys::Element> {
        match self {
            Root::Page(document) => document.get_element_by_id(id),
            Root::Shadow(shadow) => shadow.get_element_by_id(id),
        }
    }

    fn result_links(&self) -> Vec<HtmlElement> {
        let list = match self {
            Root::Page(document) => document.query_selector_all(RESULT_LINKS),
            Root::Shadow(shadow) => shadow.query_selector_all(RESULT_LINKS),
        };
        let Ok(list) = list else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .collect()
    }
}
