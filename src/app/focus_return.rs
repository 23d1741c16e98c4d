//! Focus goes back where it came from when the reader closes (Esc, its Back
//! button, or the browser's Back): to the result, document or figure link
//! that opened it. The list that held that link was replaced by the reader,
//! so the link is found again by its `href` (the same permalink after a
//! re-render), else by its test id, in the instance's own tree.
//!
//! Invariant: only elements inside the instance's root are focused; when the
//! origin cannot be found, focus is left alone.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What identifies the element that last had focus outside the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Origin {
    href: Option<String>,
    testid: Option<String>,
}

/// Tracks focus inside `root` and gives it back when `reading` turns false.
/// Returns the `focusin` handler to put on the root element.
pub fn return_focus(
    root: NodeRef<leptos::html::Div>,
    reading: Memo<bool>,
) -> impl Fn(leptos::ev::FocusEvent) + Clone + 'static {
    let origin = StoredValue::new(Origin::default());
    Effect::new(move |was_reading: Option<bool>| {
        let now = reading.get();
        if was_reading == Some(true) && !now {
            let wanted = origin.get_value();
            // The list renders with this update; look for the link once it has.
            request_animation_frame(move || {
                if !restore(root, &wanted) {
                    set_timeout(
                        move || {
                            restore(root, &wanted);
                        },
                        std::time::Duration::from_millis(150),
                    );
                }
            });
        }
        now
    });
    move |ev: leptos::ev::FocusEvent| {
        let Some(target) = ev
            .composed_path()
            .get(0)
            .dyn_into::<web_sys::Element>()
            .ok()
        else {
            return;
        };
        // Focus inside the reader (its title, its passages) is not an origin.
        if target.closest(".reader").ok().flatten().is_some() {
            return;
        }
        origin.set_value(Origin {
            href: target.get_attribute("href"),
            testid: target.get_attribute("data-testid"),
        });
    }
}

/// Focuses the element `wanted` names; whether one was found.
fn restore(root: NodeRef<leptos::html::Div>, wanted: &Origin) -> bool {
    let Some(root) = root.get_untracked() else {
        return false;
    };
    let root: &web_sys::Element = root.as_ref();
    let candidates = |selector: &str| -> Vec<web_sys::HtmlElement> {
        let Ok(list) = root.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .collect()
    };
    let by_href = wanted.href.as_deref().and_then(|href| {
        candidates("a[href]")
            .into_iter()
            .find(|a| a.get_attribute("href").as_deref() == Some(href))
    });
    let by_testid = || {
        let testid = wanted.testid.as_deref()?;
        let mut all = candidates("[data-testid]")
            .into_iter()
            .filter(|el| el.get_attribute("data-testid").as_deref() == Some(testid));
        let first = all.next()?;
        // Only an unambiguous test id says where focus was.
        all.next().is_none().then_some(first)
    };
    match by_href.or_else(by_testid) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}
