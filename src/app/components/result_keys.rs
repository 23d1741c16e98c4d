//! Arrow keys through the search results: Down from the search box enters
//! the results, Down and Up step from one result link to the next (each
//! document's best passage and its further passages, in reading order), Home
//! and End jump to the ends, and Up from the first returns to the search box.
//! Focus moves to real links, so Enter opens the passage as a click would.
//! The moves themselves are `present::roving::focus_move`. Everything is
//! looked up in the tree the key press happened in: the document, or the
//! shadow root of an embedded instance, whose focus and elements the
//! document does not see (↓ did nothing there).

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
    let Some(tree) = Tree::of(ev) else {
        return;
    };
    let links = tree.result_links();
    let active = tree.active_element();
    let search_box = tree.element_by_id("q");
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

/// The document or the shadow root a key press happened in.
enum Tree {
    Document(web_sys::Document),
    Shadow(web_sys::ShadowRoot),
}

impl Tree {
    /// The tree of the element the handler listens on.
    fn of(ev: &web_sys::KeyboardEvent) -> Option<Tree> {
        let near = ev.current_target()?.dyn_into::<web_sys::Node>().ok()?;
        let root = near.get_root_node();
        match root.dyn_into::<web_sys::ShadowRoot>() {
            Ok(shadow) => Some(Tree::Shadow(shadow)),
            Err(_) => web_sys::window()?.document().map(Tree::Document),
        }
    }

    fn active_element(&self) -> Option<web_sys::Element> {
        match self {
            Tree::Document(d) => d.active_element(),
            Tree::Shadow(s) => s.active_element(),
        }
    }

    fn element_by_id(&self, id: &str) -> Option<web_sys::Element> {
        match self {
            Tree::Document(d) => d.get_element_by_id(id),
            Tree::Shadow(s) => s.get_element_by_id(id),
        }
    }

    fn result_links(&self) -> Vec<HtmlElement> {
        let list = match self {
            Tree::Document(d) => d.query_selector_all(RESULT_LINKS),
            Tree::Shadow(s) => s.query_selector_all(RESULT_LINKS),
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
