//! One `<Show>` for the app's parts that come and go with a condition.
//!
//! Each `<Show>` with its own condition and children types compiled its own
//! copy of Leptos's `Show`: a memo of the condition, and a reactive view that
//! switches between the children and nothing. Here every such part goes
//! through one instance, with the condition and the children boxed.
//!
//! Contract: like `<Show when>children</Show>`, the children are made anew
//! each time the condition turns true, and dropped when it turns false.

use std::sync::Arc;

use leptos::prelude::*;

/// `children` while `when` holds, else nothing.
pub fn show_when<V>(
    when: impl Fn() -> bool + Send + Sync + 'static,
    children: impl Fn() -> V + Send + Sync + 'static,
) -> AnyView
where
    V: IntoView + 'static,
{
    show(Box::new(when), Arc::new(move || children().into_any()))
}

/// The one `<Show>` of the app's conditional parts.
fn show(
    when: Box<dyn Fn() -> bool + Send + Sync>,
    children: Arc<dyn Fn() -> AnyView + Send + Sync>,
) -> AnyView {
    view! { <Show when=when>{children()}</Show> }.into_any()
}
