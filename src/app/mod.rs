//! The Yew front end: routes, pages and components. It renders state and sends
//! actions; money and rules live in the browser-free library beside it.

mod components;
mod pages;
mod route;
pub mod store;

pub use pages::home::Home;
pub use route::Route;

use components::layout::Layout;
use components::lock::{use_idle_lock, LockScreen};
use store::Phase;
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole app: hash routes, so it works from any sub-path of any static host. While a
/// passphrase locks the data, the unlock screen shows instead of every page.
#[function_component(App)]
pub fn app() -> Html {
    let phase = use_state(store::phase);
    let not_saving = use_state(store::not_saving);
    {
        let (phase, not_saving) = (phase.clone(), not_saving.clone());
        use_effect_with((), move |_| {
            store::subscribe(Callback::from(move |_| {
                phase.set(store::phase());
                not_saving.set(store::not_saving());
            }));
        });
    }
    let idle = if *phase == Phase::Open {
        store::lock_idle_minutes()
    } else {
        None
    };
    use_idle_lock(idle);

    match &*phase {
        Phase::Locked => html! { <LockScreen broken={None} /> },
        Phase::Broken(e) => html! { <LockScreen broken={Some(*e)} /> },
        Phase::Starting | Phase::Open => html! {
            <HashRouter>
                <Layout>
                    if let Some(message) = &*not_saving {
                        <div class="notice notice--warning storage-problem" role="alert">
                            <p>{ message }</p>
                        </div>
                    }
                    <Switch<Route> render={route::switch} />
                </Layout>
            </HashRouter>
        },
    }
}

/// Replaces the loading message in `#app` with the app. Falls back to `<body>`
/// if the host page has no `#app` element.
pub fn mount() {
    store::start();
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
