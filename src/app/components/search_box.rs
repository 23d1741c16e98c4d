//! The search box: a labelled search input over the view's query, with a
//! help button that shows the query syntax. Down arrow moves from the box
//! into the results; Esc closes the help before it clears anything.
//!
//! The view holds the query; the box holds no copy. Each keystroke writes the
//! view at once (`ViewState::typed`), so the view never lags behind the box
//! and no keystroke can be overwritten by a view catching up. The box's text
//! changes only when the view's query changes to something other than what
//! the box holds (Back, Esc, an entity chip), cut to the cap as the view
//! holds it: a query typed past the cap stays in the box as typed.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::result_keys::move_through_results;
use crate::app::url::View;
use crate::caps::cut_query;

/// The query syntax the help lists: an example, and what it finds.
const SYNTAX: [(&str, &str); 6] = [
    (
        "patent pledge",
        "passages with every word (word forms and small typos count)",
    ),
    ("\"pledge financing\"", "the exact phrase"),
    ("-trademark", "leave out passages with this word"),
    ("speaker:shen", "only what this speaker said"),
    ("year:2021 kind:news", "only documents of that year or kind"),
    (
        "doc: entity: topic:",
        "only that document, entity or section topic",
    ),
];

/// A search input that writes the view's query on every keystroke.
#[component]
pub fn SearchBox(
    /// Set while the box holds more than the view's query: the text past
    /// `caps::MAX_QUERY_CHARS`, which is not searched.
    past_cap: RwSignal<bool>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let input = NodeRef::<leptos::html::Input>::new();
    let query = view.query;
    // A view change from elsewhere: the box shows the view's query.
    Effect::new(move |_| {
        let Some(input) = input.get() else {
            return;
        };
        query.with(|q| {
            if cut_query(&input.value()) != q {
                input.set_value(q);
                past_cap.set(false);
            }
        });
    });
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        past_cap.set(cut_query(&typed).len() < typed.len());
        let Some((next, push)) = view.state.with_untracked(|s| s.typed(&typed)) else {
            return;
        };
        if push {
            view.push_typed(next);
        } else {
            view.replace(next);
        }
    };
    let (help_open, set_help_open) = signal(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Esc closes the help first; the app-wide Esc (clear, close the reader)
    // skips key presses handled here.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && help_open.get_untracked() {
            ev.prevent_default();
            set_help_open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default() on:keydown=on_keydown>
            <label for="q" class="visually-hidden">"Search the corpus"</label>
            <input
                id="q"
                type="search"
                data-testid="search-input"
                placeholder="Search what was said, by whom, when…"
                autocomplete="off"
                spellcheck="false"
                node_ref=input
                prop:value=query.get_untracked()
                on:input=on_input
                on:keydown=move |ev| move_through_results(&ev)
            />
            <button
                type="button"
                class="help-toggle"
                node_ref=toggle
                data-testid="help-toggle"
                aria-expanded=move || help_open.get().to_string()
                aria-controls="query-help"
                aria-label="Query syntax help"
                on:click=move |_| set_help_open.update(|open| *open = !*open)
            >
                "?"
            </button>
            <div
                id="query-help"
                class="help-popover"
                data-testid="query-help"
                hidden=move || !help_open.get()
                on:focusout=move |ev: leptos::ev::FocusEvent| close_when_focus_leaves(ev, set_help_open)
            >
                <h2 class="help-heading">"How to search"</h2>
                <dl class="help-syntax">
                    {SYNTAX
                        .iter()
                        .map(|(example, meaning)| {
                            view! {
                                <dt>
                                    <code>{*example}</code>
                                </dt>
                                <dd>{*meaning}</dd>
                            }
                        })
                        .collect_view()}
                </dl>
                <p class="help-keys">
                    <kbd>"/"</kbd>" search · "<kbd>"↓"</kbd>" "<kbd>"↑"</kbd>" move through results · "
                    <kbd>"Enter"</kbd>" open · "<kbd>"Esc"</kbd>" close or clear"
                </p>
            </div>
        </form>
    }
}

/// Closes the help when focus moves out of it to somewhere outside the search form.
fn close_when_focus_leaves(ev: leptos::ev::FocusEvent, set_help_open: WriteSignal<bool>) {
    let next = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let inside_form = next.is_some_and(|el| el.closest("form.search").ok().flatten().is_some());
    if !inside_form {
        set_help_open.set(false);
    }
}
