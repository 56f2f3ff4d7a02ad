//! Offline use. In a release build this registers the service worker (`sw.js`, written by
//! `scripts/sw-precache.sh` at build time), which keeps a copy of the app on the device so it
//! opens with no network. When a newer version has been downloaded and is waiting, a small
//! banner says so and lets the person choose when to switch: nothing reloads by itself.
//! Saved work lives in the browser's storage, which the worker never touches.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};
use yew::prelude::*;

/// The message `sw.js` listens for before it takes over from the old version.
const SKIP_WAITING: &str = "skip-waiting";

/// An empty live region until a new version is waiting, then the offer to use it.
#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    let waiting = use_state(|| None::<ServiceWorker>);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            // `trunk serve` builds are left uncached, so development always sees fresh files.
            if !cfg!(debug_assertions) {
                register(Callback::from(move |worker| waiting.set(Some(worker))));
            }
        });
    }

    // The region is always there so screen readers announce the message when it appears.
    html! {
        <div class="update-banner" role="status">
            if let Some(worker) = (*waiting).clone() {
                <div class="update-banner__inner">
                    <p>{ t!("update-ready") }</p>
                    <button type="button" class="button" onclick={move |_| use_new_version(&worker)}>
                        { t!("update-use") }
                    </button>
                </div>
            }
        </div>
    }
}

/// The browser's service worker container, if it has one (it has none on a page
/// served over plain http from another machine, for instance).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    let has = web_sys::js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"));
    has.unwrap_or(false).then(|| navigator.service_worker())
}

/// Registers `sw.js` beside the page, scoped to the page's folder, and reports a worker
/// that has installed while an older one still controls the page.
fn register(on_waiting: Callback<ServiceWorker>) {
    let Some(container) = container() else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_scope("./");
    let promise = container.register_with_options("sw.js", &options);
    wasm_bindgen_futures::spawn_local(async move {
        // If registering fails the app still works while online; there is nothing to tell.
        if let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await {
            watch_for_updates(registration.unchecked_into(), container, on_waiting);
        }
    });
}

fn watch_for_updates(
    registration: ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
    on_waiting: Callback<ServiceWorker>,
) {
    // A new version may have installed on an earlier visit and still be waiting.
    if let Some(worker) = registration.waiting() {
        if container.controller().is_some() {
            on_waiting.emit(worker);
        }
    }
    let found = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = found.installing() else {
            return;
        };
        let worker = installing.clone();
        let container = container.clone();
        let on_waiting = on_waiting.clone();
        let on_state_change = Closure::<dyn FnMut()>::new(move || {
            // With no controller this is the first install: nothing to update from.
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                on_waiting.emit(worker.clone());
            }
        });
        installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
        on_state_change.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Asks the waiting worker to take over, and reloads once it controls the page.
fn use_new_version(worker: &ServiceWorker) {
    let location = gloo::utils::window().location();
    // Already switched (for example from another tab): the page just needs reloading.
    if matches!(
        worker.state(),
        ServiceWorkerState::Activating | ServiceWorkerState::Activated
    ) {
        let _ = location.reload();
        return;
    }
    let Some(container) = container() else {
        return;
    };
    let reloaded = Rc::new(Cell::new(false));
    let on_controller_change = Closure::<dyn FnMut()>::new(move || {
        if !reloaded.replace(true) {
            let _ = location.reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();
    let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
}
