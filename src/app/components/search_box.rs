//! The search box: a labelled search input bound to the query signal.

use leptos::prelude::*;

/// A search input that updates `query` on every keystroke.
#[component]
pub fn SearchBox(
    /// The current query.
    query: ReadSignal<String>,
    /// Sets the query.
    set_query: WriteSignal<String>,
) -> impl IntoView {
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q" class="visually-hidden">"Search the corpus"</label>
            <input
                id="q"
                type="search"
                data-testid="search-input"
                placeholder="Search what was said, by whom, when…"
                autocomplete="off"
                spellcheck="false"
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
        </form>
    }
}
