//! Tells the user when the query was longer than the engine reads: the engine
//! cuts it to `SearchConfig::max_query_chars` and `max_query_words`, and the
//! results are for the part it read.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::url::View;
use crate::engine::Engine;

/// A one-line notice above the results while the query is cut.
#[component]
pub fn QueryNotice(
    /// Set while the search box holds more characters than the view's query.
    past_cap: RwSignal<bool>,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let view = expect_context::<View>();
    let config = engine.config().clone();
    let cut = Memo::new(move |_| view.query.with(|q| engine.query_is_cut(q)));
    move || {
        (cut.get() || past_cap.get()).then(|| {
            let text = format!(
                "Your query is long: only its first {} characters and {} words are searched.",
                config.max_query_chars, config.max_query_words
            );
            view! { <p class="query-notice" role="status" data-testid="query-truncated">{text}</p> }
        })
    }
}
