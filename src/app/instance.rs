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
use std::cell::RefCell;
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
            let Some(host) = element.dyn_ref::<web_sys::Element>() else {
                return Err(js_sys::TypeError::new(
                    "ipExplorer.mount: element must be a DOM element",
                )
                .into());
            };
            let instance =
                Instance::mount(engine.clone(), host, read_options(&options)).map_err(|e| {
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
/// to call again after unmounting (they then do nothing).
fn controls(instance: Instance) -> JsValue {
    let slot = Rc::new(RefCell::new(Some(instance)));
    let object = Object::new();
    let unmount_slot = slot.clone();
    let unmount = Closure::<dyn Fn()>::new(move || {
        if let Some(instance) = unmount_slot.borrow_mut().take() {
            instance.unmount();
        }
    });
    let update = Closure::<dyn Fn(JsValue)>::new(move |options: JsValue| {
        if let Some(instance) = slot.borrow_mut().as_mut() {
            instance.update(read_options(&options));
        }
    });
    let _ = Reflect::set(&object, &"unmount".into(), &unmount.into_js_value());
    let _ = Reflect::set(&object, &"update".into(), &update.into_js_value());
    object.into()
}

/// Reads `{query, filters, compact, theme, view}` as the element's attributes
/// would read: `filters` as `{facet: [values]}` or a URL-style string,
/// `compact` as a boolean or a string. Wrong types count as absent.
fn read_options(options: &JsValue) -> EmbedOptions {
    EmbedOptions::from_attributes(|name| {
        if !options.is_object() {
            return None;
        }
        let value = Reflect::get(options, &name.into()).ok()?;
        if let Some(flag) = value.as_bool() {
            return Some(flag.to_string());
        }
        if name == "filters" && value.is_object() {
            return Some(filters_to_string(&crate::api::js::option_filters(options)));
        }
        value.as_string()
    })
}

/// `window.__ipExplorerEmbed`, the loader's hand-over, when `embed.js` loaded the wasm.
pub fn embed_config() -> Option<JsValue> {
    let window = web_sys::window()?;
    let config = Reflect::get(&window, &"__ipExplorerEmbed".into()).ok()?;
    config.is_object().then_some(config)
}

/// The bundle's directory as `embed.js` handed it over, when it loaded the wasm.
pub fn embedded_bundle_base() -> Option<String> {
    embed_config().and_then(|c| Reflect::get(&c, &"base".into()).ok()?.as_string())
}

/// The explorer page's address: the bundle's directory when `embed.js`
/// loaded us (it says where), else the current page.
fn embed_base() -> String {
    embedded_bundle_base().unwrap_or_else(browser::location_base)
}

/// Gives the shadow root the explorer's styles.
fn adopt_styles(shadow: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    let sheets = embed_config().and_then(|c| Reflect::get(&c, &"sheets".into()).ok());
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
