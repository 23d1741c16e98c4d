//! The error boundaries around each part of the page, and their fallback: a
//! `Result` error inside a view shows as a short message in that part, with
//! the error text as text, while the rest of the explorer keeps working.

use leptos::prelude::*;

/// `children` inside an error boundary with [`error_fallback`]. The children
/// are boxed so that every boundary of the app is one instance of Leptos's
/// `ErrorBoundary`, not one per children type.
pub fn guarded(children: Box<dyn FnOnce() -> AnyView + Send>) -> AnyView {
    view! { <ErrorBoundary fallback=error_fallback>{children()}</ErrorBoundary> }.into_any()
}

/// The message an error boundary shows instead of its part of the page.
pub fn error_fallback(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let list = move || {
        errors
            .get()
            .into_iter()
            .map(|(_, error)| view! { <li>{error.to_string()}</li> })
            .collect_view()
    };
    view! {
        <div class="view-error" role="alert" data-testid="view-error">
            <p>"This part of the explorer could not be shown."</p>
            <ul>{list}</ul>
        </div>
    }
}
