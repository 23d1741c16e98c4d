//! Embedded instances: `ipExplorer.mount(element, options)`, which the
//! `<ip-explorer>` element of `embed.js` also uses. Each instance renders
//! [`App`] into an open shadow root on the host element, with its own
//! in-memory view (the host page's URL and history are never touched), the
//! explorer's style sheets adopted inside the shadow root (so host CSS cannot
//! reach in and ours cannot leak out), and the one `Engine` of the page.
//!
//! Events need nothing special: Leptos is built here without its `delegation`
//! feature, so every `on:` handler is a listener on its own element, which
//! works inside a shadow root like anywhere else.
//!
//! Style sheets come from `embed.js` (`window.__ipExplorerEmbed.sheets`,
//! constructed once and shared by every instance); without it, as on the
//! explorer's own page, the document's style sheet links are copied in.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use js_sys::{Array, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::url::View;
use super::{browser, App, Embedding, Shortcuts};
use crate::embed::options::filters_to_string;
use crate::embed::EmbedOptions;
use crate::engine::Engine;
use crate::view_state::ViewState;

/// One mounted instance. Dropping it without [`Instance::unmount`] leaves it
/// on the page.
pub struct Instance {
    engine: Arc<Engine>,
    /// Owns the view, which outlives re-mounts of the app.
    owner: Owner,
    view: View,
    /// The mounted app; replaced when the layout changes.
    handle: Option<Box<dyn Any>>,
    options: EmbedOptions,
    shadow: web_sys::ShadowRoot,
    container: web_sys::HtmlElement,
}

impl Instance {
    /// Mounts an instance into `host`'s shadow root (attached when missing,
    /// emptied when present).
    pub fn mount(
        engine: Arc<Engine>,
        host: &web_sys::Element,
        options: EmbedOptions,
    ) -> Result<Instance, JsValue> {
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => {
                host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?
            }
        };
        shadow.set_inner_html("");
        adopt_styles(&shadow)?;
        let document = host.owner_document().ok_or("no document")?;
        let container: web_sys::HtmlElement = document.create_element("div")?.unchecked_into();
        container.set_class_name("instance");
        shadow.append_child(&container)?;

        super::fatal::register_instance(&shadow);
        let owner = Owner::new();
        let view = owner.with(|| View::in_memory(options.state.clone()));
        let mut instance = Instance {
            engine,
            owner,
            view,
            handle: None,
            options,
            shadow,
            container,
        };
        instance.render();
        Ok(instance)
    }

    /// Applies new options: a changed query or filters starts that search
    /// (closing the reader); a changed layout re-mounts the app in that
    /// layout, keeping the view. Options that did not change leave what the
    /// reader did alone.
    pub fn update(&mut self, options: EmbedOptions) {
        let relayout = options.layout != self.options.layout;
        if options.state != self.options.state {
            let next = ViewState {
                query: options.state.query.clone(),
                filters: options.state.filters.clone(),
                ..ViewState::default()
            };
            self.view.navigate(next);
        }
        self.options = options;
        if relayout {
            self.render();
        }
    }

    /// Removes the instance and everything it registered.
    pub fn unmount(mut self) {
        self.handle = None;
        self.owner.cleanup();
        super::fatal::unregister_instance(&self.shadow);
        self.shadow.set_inner_html("");
    }

    /// (Re-)mounts the app in the current layout.
    fn render(&mut self) {
        // Unmount the old app first, so its DOM leaves the container.
        self.handle = None;
        let embedding = Embedding {
            view: self.view,
            layout: self.options.layout,
            base: embed_base(),
            shortcuts: Shortcuts::Inside,
        };
        let engine = self.engine.clone();
        let container = self.container.clone();
        let handle = self
            .owner
            .with(|| leptos::mount::mount_to(container, move || view! { <App engine embedding/> }));
        self.handle = Some(Box::new(handle));
    }
}

/// The `ipExplorer.mount(element, options)` method: returns
/// `{unmount(), update(options)}`, or throws a `TypeError` when `element` is
/// not an element that can hold a shadow root.
pub fn mount_method(engine: Arc<Engine>) -> JsValue {
    Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(
        move |element: JsValue, options: JsValue| {
            if super::fatal::has_failed() {
                return Err(js_sys::Error::new(
                    "ipExplorer.mount: the explorer stopped after an internal error; reload the page",
                )
                .into());
            }
            let Some(host) = crate::api::js_read::element(&element) else {
                return Err(js_sys::TypeError::new(
                    "ipExplorer.mount: element must be a DOM element",
                )
                .into());
            };
            let options = read_options(&options);
            let instance = Instance::mount(engine.clone(), &host, options).map_err(|e| {
                    let message = format!(
                        "ipExplorer.mount: cannot mount here ({})",
                        e.as_string()
                            .or_else(|| Reflect::get(&e, &"message".into()).ok()?.as_string())
                            .unwrap_or_default()
                    );
                    JsValue::from(js_sys::TypeError::new(&message))
                })?;
            Ok(controls(instance))
        },
    )
    .into_js_value()
}

/// The object `mount()` returns: `unmount()` and `update(options)`, both safe
/// to call again after unmounting (they then do nothing), and from inside
/// each other (see [`Slot`]).
fn controls(instance: Instance) -> JsValue {
    let slot = Rc::new(Slot {
        instance: RefCell::new(Some(instance)),
        unmount_asked: Cell::new(false),
        pending: RefCell::new(None),
    });
    let object = Object::new();
    let unmount_slot = slot.clone();
    let unmount = Closure::<dyn Fn()>::new(move || unmount_slot.unmount());
    let update = Closure::<dyn Fn(JsValue)>::new(move |options: JsValue| {
        // Reading the options may run the caller's getters, which may call
        // `unmount()`: read them before touching the instance.
        let options = read_options(&options);
        slot.update(options);
    });
    let _ = Reflect::set(&object, &"unmount".into(), &unmount.into_js_value());
    let _ = Reflect::set(&object, &"update".into(), &update.into_js_value());
    object.into()
}

/// A mounted instance behind its controls. `update()` and `unmount()` may be
/// called from inside each other: a getter of the options, or a host's
/// `focusout` handler that removes the element while a re-render moves focus.
/// A call that finds the instance busy leaves its request here, and the call
/// already at work applies it when it is done, so the instance is never
/// borrowed twice (which crashed the module).
struct Slot {
    instance: RefCell<Option<Instance>>,
    /// `unmount()` was called; honoured as soon as the instance is free.
    unmount_asked: Cell<bool>,
    /// The latest options `update()` received and not yet applied.
    pending: RefCell<Option<EmbedOptions>>,
}

impl Slot {
    fn unmount(&self) {
        self.unmount_asked.set(true);
        self.settle();
    }

    fn update(&self, options: EmbedOptions) {
        self.pending.replace(Some(options));
        self.settle();
    }

    /// Applies the requests left, unless a call further up the stack holds
    /// the instance (that call loops here once it is done).
    fn settle(&self) {
        loop {
            let Ok(mut held) = self.instance.try_borrow_mut() else {
                return;
            };
            if held.is_none() {
                self.pending.take();
                return;
            }
            if self.unmount_asked.get() {
                if let Some(instance) = held.take() {
                    instance.unmount();
                }
                continue;
            }
            let Some(options) = self.pending.take() else {
                return;
            };
            if let Some(instance) = held.as_mut() {
                instance.update(options);
            }
        }
    }
}

/// Reads `{query, filters, compact, theme, view}` as the element's attributes
/// would read: `filters` as `{facet: [values]}` or a URL-style string,
/// `compact` as a boolean or a string. Wrong types count as absent, and a
/// getter that throws counts as absent too (see `api::js_read`).
fn read_options(options: &JsValue) -> EmbedOptions {
    use crate::api::js_read;
    EmbedOptions::from_attributes(|name| match name {
        "query" => js_read::query(options, name),
        "filters" => {
            let filters = js_read::filters(options, true);
            let given = js_read::get(options, name).is_some_and(|f| !f.is_undefined());
            given.then(|| filters_to_string(&filters))
        }
        _ => js_read::attribute(options, name),
    })
}

/// The explorer page's address: the bundle's directory when `embed.js`
/// loaded us (it says where), else the current page.
fn embed_base() -> String {
    crate::handoff::bundle_base().unwrap_or_else(browser::location_base)
}

/// Gives the shadow root the explorer's styles.
fn adopt_styles(shadow: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    let sheets = crate::handoff::config().and_then(|c| Reflect::get(&c, &"sheets".into()).ok());
    if let Some(sheets) = sheets.filter(Array::is_array) {
        Reflect::set(shadow, &"adoptedStyleSheets".into(), &sheets)?;
        return Ok(());
    }
    let document = shadow.owner_document().ok_or("no document")?;
    let links = document.query_selector_all("link[rel=stylesheet], style")?;
    for i in 0..links.length() {
        if let Some(link) = links.item(i) {
            shadow.append_child(&link.clone_node()?)?;
        }
    }
    Ok(())
}
