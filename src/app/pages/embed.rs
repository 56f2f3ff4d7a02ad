//! `#/embed/better-off`: the better-off calculator on its own, for an iframe on an agency's
//! website (see `embed.js`). No app navigation; the agency's name, logo and colours from the
//! address (checked by [`crate::embed::Theme`]); the page's height sent to the agency's
//! page, and only to it, so the iframe can grow and shrink with the calculator; and share
//! links that open the agency's page. It is the `embedded` bundle's one page
//! (`app::embedded`), so it draws no more of the app than it needs.

use super::better_off::link::EmbeddedIn;
use crate::app::components::layout::UkRulesNotice;
use crate::app::Route;
use crate::embed::{Theme, HEIGHT_MESSAGE_TYPE};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The class on `<html>` that lets the page shrink to its content (see styles/embed.css).
const EMBEDDED_CLASS: &str = "embedded";

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// Shown at the top of the page, inside the frame's height: the storage notice.
    #[prop_or_default]
    pub children: Html,
    /// The calculator, whole or its questions alone (the bundle's [`crate::app::Pages`]).
    pub calculator: Html,
}

#[function_component(EmbedBetterOff)]
pub fn embed_better_off(props: &EmbedProps) -> Html {
    // Read once, when the page opens.
    let theme = use_memo((), |_| {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        Theme::from_hash(&hash)
    });
    let frame = use_node_ref();

    use_effect_with(theme.clone(), |theme| {
        let root = document_element();
        let properties = theme.css_properties();
        if let Some(root) = &root {
            let _ = root.class_list().add_1(EMBEDDED_CLASS);
            // CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
            let style = root.style();
            for (name, value) in &properties {
                let _ = style.set_property(name, value);
            }
        }
        move || {
            if let Some(root) = root {
                let _ = root.class_list().remove_1(EMBEDDED_CLASS);
                let style = root.style();
                for (name, _) in &properties {
                    let _ = style.remove_property(name);
                }
            }
        }
    });

    {
        let frame = frame.clone();
        // The frame's name for screen readers on the agency's page, in the page's language
        // (embed.js can only guess it in English until this arrives).
        let title = theme.heading().unwrap_or_else(|| t!("route-embed"));
        use_effect_with(theme.origin.clone(), move |origin| {
            let watcher = origin
                .as_ref()
                .and_then(|origin| HeightWatcher::start(&frame, origin.clone(), title));
            move || drop(watcher)
        });
    }

    let heading = theme.heading();
    let embedded_in = EmbeddedIn(theme.page.clone());
    html! {
        <div class="embed" ref={frame}>
            if heading.is_some() || theme.logo.is_some() {
                <header class="embed-header">
                    if let Some(logo) = &theme.logo {
                        // The name beside it says who this is, so the logo is decorative.
                        <img class="embed-header__logo" src={logo.clone()} alt="" />
                    }
                    if let Some(heading) = heading {
                        <p class="embed-header__name">{ heading }</p>
                    }
                </header>
            }
            <main id="main" tabindex="-1">
                { props.children.clone() }
                <UkRulesNotice />
                <ContextProvider<EmbeddedIn> context={embedded_in}>
                    { props.calculator.clone() }
                </ContextProvider<EmbeddedIn>>
            </main>
            <footer class="embed-footer">
                <p>
                    { t!("calc-embed-private") }{ " " }
                    <a href={Route::Home.href()} target="_blank" rel="noopener">
                        { t!("calc-embed-open-app") }
                    </a>
                </p>
            </footer>
        </div>
    }
}

fn document_element() -> Option<web_sys::HtmlElement> {
    gloo::utils::document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Sends `{type: "work-steps:height", height, title}` to the parent page whenever the page's
/// height changes; `title` names the frame in the language in use. Stops when dropped.
struct HeightWatcher {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightWatcher {
    fn start(frame: &NodeRef, origin: String, title: String) -> Option<HeightWatcher> {
        let element = frame.cast::<web_sys::Element>()?;
        let window = gloo::utils::window();
        let parent = window.parent().ok().flatten()?;
        // Opened on its own, the page is its own parent: there is no one to tell.
        if parent == window || !parent_may_be(&origin) {
            return None;
        }
        let last = Rc::new(Cell::new(-1.0_f64));
        let measured = element.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
            let _ = js_sys::Reflect::set(&message, &"title".into(), &title.as_str().into());
            // Delivered only if the parent page really is at `origin`.
            let _ = parent.post_message(&message, &origin);
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some(HeightWatcher {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for HeightWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Whether the page that holds this one can be at `origin`. Browsers that list the
/// ancestors' origins (Chromium, Safari) say for sure; elsewhere `postMessage`'s own
/// target check is what keeps the message from anyone else.
fn parent_may_be(origin: &str) -> bool {
    let location = gloo::utils::window().location();
    let Ok(ancestors) = js_sys::Reflect::get(&location, &"ancestorOrigins".into()) else {
        return true;
    };
    match ancestors.dyn_into::<web_sys::DomStringList>() {
        Ok(list) => list.item(0).is_some_and(|first| first == origin),
        Err(_) => true,
    }
}
