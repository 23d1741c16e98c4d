//! A "Cite" menu: copy or download the citation of one passage, figure or
//! document, or of every one on screen, as text, BibTeX, RIS or CSL-JSON.
//! Two actions from a hit, a figure or the reader to a reference manager:
//! open the menu, choose the format. The menu closes after a choice and
//! gives focus back to its own button; Esc closes it the same way.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::app::browser::{copy_text, download, page_base};
use crate::engine::Engine;
use crate::present::cite_export::{cite_items, file_name, CiteFormat, CiteTarget};

/// How long a confirmation stays up.
const STATUS_TIME: Duration = Duration::from_secs(4);

/// Where a menu reports what it did: the reader provides its status line
/// through context; elsewhere the menu shows its own.
pub type CiteStatus = WriteSignal<Option<String>>;

/// The menu, citing what `targets` returns when a format is chosen.
#[component]
pub fn CiteMenu(
    /// What to cite, read when a format is chosen.
    #[prop(into)]
    targets: Signal<Vec<CiteTarget>>,
    /// The button's visible label.
    #[prop(default = "Cite")]
    label: &'static str,
    /// What is cited, for screen readers (`this passage`, `the 12 figures shown`).
    #[prop(into)]
    what: String,
    /// A download's file-name stem (the id of what is cited, or `results`).
    #[prop(into)]
    stem: String,
) -> impl IntoView {
    let engine = expect_context::<Arc<Engine>>();
    let base = page_base();
    let (own_status, set_own_status) = signal(None::<String>);
    let set_status = use_context::<CiteStatus>().unwrap_or(set_own_status);
    let details = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let close = move || {
        if let Some(details) = details.get_untracked() {
            details.set_open(false);
        }
        if let Some(summary) = summary.get_untracked() {
            let _ = summary.focus();
        }
    };
    let write = {
        let engine = engine.clone();
        move |format: CiteFormat| {
            let text_of = |p| engine.passage_text(p);
            let items = cite_items(engine.corpus(), &targets.get_untracked(), &base, text_of);
            (format.write(&items), items.len())
        }
    };
    let copy_write = write.clone();
    let copy = move |format: CiteFormat| {
        let (text, n) = copy_write(format);
        close();
        leptos::task::spawn_local(async move {
            let message = match copy_text(&text).await {
                Ok(()) if format == CiteFormat::Text && n == 1 => {
                    format!("Citation copied: {text}")
                }
                Ok(()) => format!("{} copied ({n} {}).", format.label(), noun(n)),
                Err(e) => format!("Could not copy ({e}). The citation: {text}"),
            };
            show(set_status, message);
        });
    };
    let save = move |format: CiteFormat| {
        let (text, n) = write(format);
        close();
        let name = file_name(&stem, format);
        let message = match download(&name, format.mime(), &text) {
            Ok(()) => format!("{name} saved ({n} {}).", noun(n)),
            Err(_) => format!("Could not save {name}."),
        };
        show(set_status, message);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && details.get_untracked().is_some_and(|d| d.open()) {
            // Close this menu only; the reader or the search box keep their Esc.
            ev.stop_propagation();
            ev.prevent_default();
            close();
        }
    };
    let copy_buttons = CiteFormat::ALL
        .into_iter()
        .map(|format| {
            let copy = copy.clone();
            let testid = if format == CiteFormat::Text {
                "copy-citation".to_string()
            } else {
                format!("copy-{}", format.slug())
            };
            view! {
                <button type="button" data-testid=testid on:click=move |_| copy(format)>
                    {format.label()}
                </button>
            }
        })
        .collect_view();
    let save_buttons = CiteFormat::ALL
        .into_iter()
        .filter(|f| *f != CiteFormat::Text)
        .map(|format| {
            let save = save.clone();
            view! {
                <button
                    type="button"
                    data-testid=format!("save-{}", format.slug())
                    on:click=move |_| save(format)
                >
                    {format!(".{}", format.extension())}
                </button>
            }
        })
        .collect_view();
    view! {
        <details class="cite-menu" node_ref=details on:keydown=on_key>
            <summary class="copy" data-testid="cite-menu" node_ref=summary>
                {label}
                <span class="visually-hidden">" " {what}</span>
            </summary>
            <div class="cite-formats" role="group" aria-label="Citation formats">
                <p class="cite-row">
                    <span class="cite-row-label">"Copy"</span>
                    {copy_buttons}
                </p>
                <p class="cite-row">
                    <span class="cite-row-label">"Save"</span>
                    {save_buttons}
                </p>
            </div>
            <span class="cite-status" role="status" data-testid="cite-status">
                {move || own_status.get()}
            </span>
        </details>
    }
}

fn noun(n: usize) -> &'static str {
    if n == 1 {
        "citation"
    } else {
        "citations"
    }
}

/// Shows `message`, then clears it unless a newer one replaced it.
fn show(set_status: CiteStatus, message: String) {
    set_status.set(Some(message.clone()));
    set_timeout(
        move || {
            // The menu may be gone by now: never panic.
            set_status.try_update(|s| {
                if s.as_deref() == Some(message.as_str()) {
                    *s = None;
                }
            });
        },
        STATUS_TIME,
    );
}
