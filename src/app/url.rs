//! The view state of an app: one [`View`] per app, provided through context,
//! with a [`Backend`] that says where the state also lives.
//!
//! - [`Backend::Url`] (the full page): initialised from `location.search`,
//!   written back with `history.pushState` at once for navigation (opening a
//!   document, changing filters) and with `history.replaceState` once typing
//!   pauses for [`QUIET`] (writing the URL costs milliseconds per keystroke),
//!   and restored on `popstate` so Back and Forward work. A keystroke that
//!   starts a history entry (starting or clearing a search, leaving the
//!   reader) pushes it at once, and settles after the pause like any other.
//! - [`Backend::Memory`] (embedded instances and the iframe mode): the signal
//!   alone. An embedded instance never touches the host page's URL or
//!   history, so two instances on one page stay independent.
//!
//! Invariant: with the URL backend, whenever no keystroke came in the last
//! [`QUIET`], `settled` equals `state` and the URL's query string is
//! `settled.to_query_string()` (between a keystroke that pushed an entry and
//! the pause, the URL is ahead of `settled`); the path and everything before
//! it stay as they are, so the app works under any sub-path.

use std::time::Duration;

use leptos::leptos_dom::helpers::{set_timeout_with_handle, TimeoutHandle};
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
    /// The current state. Read it freely; change it through [`View::navigate`],
    /// [`View::replace`] or [`View::push_typed`] so the backend follows.
    pub state: RwSignal<ViewState>,
    /// The state as of the last pause in typing: follows `state` at once on
    /// navigation and [`QUIET`] after the last keystroke. The URL and the tab
    /// title follow this one, so typing does not rewrite them per key.
    pub settled: RwSignal<ViewState>,
    /// The query of `state` alone: it notifies only when the query changes,
    /// not on a filter or an opened document. The one query the search box,
    /// the results and the reader read.
    pub query: Memo<String>,
    /// Where the state also lives.
    pub backend: Backend,
    /// The timer that will settle the typed state, while one is running.
    pending: StoredValue<Option<TimeoutHandle>>,
}

/// How long typing must pause before the URL and title follow the query.
pub const QUIET: Duration = Duration::from_millis(300);

impl View {
    /// A view initialised from the page's current URL and kept in it.
    pub fn from_location() -> View {
        View::new(
            ViewState::from_query_string(&current_search()),
            Backend::Url,
        )
    }

    /// A view that starts at `state` and lives only in memory.
    pub fn in_memory(state: ViewState) -> View {
        View::new(state, Backend::Memory)
    }

    fn new(state: ViewState, backend: Backend) -> View {
        let settled = RwSignal::new(state.clone());
        let state = RwSignal::new(state);
        View {
            settled,
            state,
            query: Memo::new(move |_| state.with(|s| s.query.clone())),
            backend,
            pending: StoredValue::new(None),
        }
    }

    /// Moves to `next` with a new history entry (when it differs), settled
    /// at once: opening a document, a filter, a chip, Esc.
    pub fn navigate(&self, next: ViewState) {
        if self.enter(&next) {
            self.state.set(next.clone());
            self.settled.set(next);
        }
    }

    /// Moves to `next` in place, without a history entry (while typing);
    /// `settled`, the URL and the title follow once typing pauses.
    pub fn replace(&self, next: ViewState) {
        if self.backend == Backend::Memory {
            self.navigate(next);
        } else if self.state.with_untracked(|s| *s != next) {
            self.state.set(next);
            self.settle_after_quiet();
        }
    }

    /// Moves to `next`, typed into the search box, with a new history entry
    /// (starting or clearing a search, leaving the reader). The entry is
    /// pushed at once, so Back returns to what was on screen, but `settled`
    /// follows after [`QUIET`] as for any keystroke: settling at once would
    /// select the facts, rebuild the fact cards and rank the answers of a
    /// one-letter query in the same frame as its results, most of that
    /// key's time (BENCHMARKS.md). In memory it settles at once, as every
    /// change there does.
    pub fn push_typed(&self, next: ViewState) {
        if self.backend == Backend::Memory {
            self.navigate(next);
        } else if self.enter(&next) {
            self.state.set(next);
            self.settle_after_quiet();
        }
    }

    /// Restores the state from the URL on Back and Forward, until the owning
    /// component is cleaned up. Does nothing for an in-memory view.
    pub fn follow_history(&self) {
        if self.backend != Backend::Url {
            return;
        }
        let view = *self;
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            // The history entry is already another one: a typed state still
            // waiting for its pause must not be written over it.
            let _ = view.cancel_pending();
            let restored = ViewState::from_query_string(&current_search());
            if view.state.with_untracked(|s| *s != restored) {
                view.state.set(restored.clone());
            }
            if view.settled.with_untracked(|s| *s != restored) {
                view.settled.set(restored);
            }
        });
        on_cleanup(move || {
            handle.remove();
            let _ = view.cancel_pending();
        });
    }

    /// Pushes a history entry for `next` unless the state is already
    /// `next`; returns whether it is a change. The entry being left keeps
    /// the query typed into it, so Back returns to what was on screen.
    fn enter(&self, next: &ViewState) -> bool {
        if self.state.with_untracked(|s| s == next) {
            return false;
        }
        if self.backend == Backend::Url {
            if self.cancel_pending() {
                self.state.with_untracked(|typed| write_url(typed, false));
            }
            write_url(next, true);
        }
        true
    }

    /// (Re)starts the timer that writes the typed state to the URL and
    /// `settled` once keystrokes pause; without timers it settles at once.
    fn settle_after_quiet(&self) {
        let _ = self.cancel_pending();
        let view = *self;
        match set_timeout_with_handle(move || view.settle(), QUIET) {
            Ok(handle) => self.pending.set_value(Some(handle)),
            Err(_) => self.settle(),
        }
    }

    fn settle(&self) {
        self.pending.set_value(None);
        let Some(next) = self.state.try_get_untracked() else {
            return;
        };
        if self.settled.with_untracked(|s| *s == next) {
            return;
        }
        write_url(&next, false);
        self.settled.set(next);
    }

    /// Stops the settle timer; true when one was running.
    fn cancel_pending(&self) -> bool {
        match self.pending.try_update_value(Option::take) {
            Some(Some(handle)) => {
                handle.clear();
                true
            }
            _ => false,
        }
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
