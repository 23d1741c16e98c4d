//! The view state of an app: one [`View`] per app, provided through context,
//! with a [`Backend`] that says where the state also lives.
//!
//! - [`Backend::Url`] (the full page): initialised from `location.search`,
//!   written back with `history.pushState` for navigation (opening a document,
//!   changing filters) and `history.replaceState` while typing, and restored
//!   on `popstate` so Back and Forward work.
//! - [`Backend::Memory`] (embedded instances and the iframe mode): the signal
//!   alone. An embedded instance never touches the host page's URL or
//!   history, so two instances on one page stay independent.
//!
//! Invariant: with the URL backend, the URL's query string is always
//! `state.to_query_string()`; the path and everything before it stay as they
//! are, so the app works under any sub-path.

use leptos::prelude::*;

use crate::view_state::ViewState;

/// Where a view's state lives besides its signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Mirrored in the page URL and its history.
    Url,
    /// Only in memory.
    Memory,
}

/// The app's view state: a signal, mirrored in the URL with [`Backend::Url`].
#[derive(Debug, Clone, Copy)]
pub struct View {
    /// The current state. Read it freely; change it through [`View::navigate`]
    /// or [`View::replace`] so the backend follows.
    pub state: RwSignal<ViewState>,
    /// Where the state also lives.
    pub backend: Backend,
}

impl View {
    /// A view initialised from the page's current URL and kept in it.
    pub fn from_location() -> View {
        View {
            state: RwSignal::new(ViewState::from_query_string(&current_search())),
            backend: Backend::Url,
        }
    }

    /// A view that starts at `state` and lives only in memory.
    pub fn in_memory(state: ViewState) -> View {
        View {
            state: RwSignal::new(state),
            backend: Backend::Memory,
        }
    }

    /// Moves to `next` with a new history entry (when it differs).
    pub fn navigate(&self, next: ViewState) {
        self.set(next, true);
    }

    /// Moves to `next` in place, without a history entry (while typing).
    pub fn replace(&self, next: ViewState) {
        self.set(next, false);
    }

    /// Restores the state from the URL on Back and Forward, until the owning
    /// component is cleaned up. Does nothing for an in-memory view.
    pub fn follow_history(&self) {
        if self.backend != Backend::Url {
            return;
        }
        let state = self.state;
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let restored = ViewState::from_query_string(&current_search());
            if state.with_untracked(|s| *s != restored) {
                state.set(restored);
            }
        });
        on_cleanup(move || handle.remove());
    }

    fn set(&self, next: ViewState, push: bool) {
        if self.state.with_untracked(|s| *s == next) {
            return;
        }
        if self.backend == Backend::Url {
            write_url(&next, push);
        }
        self.state.set(next);
    }
}

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn write_url(state: &ViewState, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(path) = window.location().pathname() else {
        return;
    };
    let url = format!("{path}{}", state.to_query_string());
    let Ok(history) = window.history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let res = if push {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
    if let Err(e) = res {
        web_sys::console::warn_2(&"ipExplorer: could not update the URL".into(), &e);
    }
}
