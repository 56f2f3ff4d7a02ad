//! The Yew front end: routes, pages and components. It renders state and sends
//! actions; money and rules live in the browser-free library beside it.

pub mod clock;
mod components;
pub mod i18n;
pub mod local_storage;
mod pages;
pub(crate) mod route;
pub mod tool;

pub use pages::home::Home;
pub use route::{Bundle, CalculatorPages, Pages, Route, ToolsPages};

use components::layout::Layout;
use components::lock::{use_idle_lock, LockScreen};
use local_storage::Phase;
use yew::prelude::*;

/// The whole app, with the pages of one bundle (`P`): hash routes, so it works from any
/// sub-path of any static host. While a passphrase locks the data, the unlock screen shows
/// instead of every page.
#[function_component(App)]
pub fn app<P: Pages>() -> Html {
    crate::i18n::set_english(P::ENGLISH);
    let phase = use_state(local_storage::phase);
    let not_saving = use_state(local_storage::not_saving);
    // Every page draws itself afresh in a new language or with easy read switched: the key
    // changes, and what people typed is kept in the stores, not in the pages.
    let words = use_state(words_key);
    {
        let (phase, not_saving, words) = (phase.clone(), not_saving.clone(), words.clone());
        use_effect_with((), move |_| {
            local_storage::subscribe(Callback::from(move |_| {
                phase.set(local_storage::phase());
                not_saving.set(local_storage::not_saving());
            }));
            i18n::subscribe(Callback::from(move |_| words.set(words_key())));
        });
    }
    let key = (*words).clone();
    let route = route::use_route();
    let idle = if *phase == Phase::Open {
        local_storage::lock_idle_minutes()
    } else {
        None
    };
    use_idle_lock(idle);

    match &*phase {
        Phase::Locked => html! { <LockScreen {key} broken={None} /> },
        Phase::Broken(e) => html! { <LockScreen {key} broken={Some(*e)} /> },
        Phase::Starting | Phase::Open => html! {
            <Layout {key} {route} lockable={local_storage::lock_idle_minutes().is_some()}>
                if let Some(message) = &*not_saving {
                    <div class="notice notice--warning storage-problem" role="alert">
                        <p>{ message }</p>
                    </div>
                }
                { route::switch::<P>(route) }
            </Layout>
        },
    }
}

/// What the words on screen depend on: the language and easy read.
fn words_key() -> String {
    let easy = if crate::i18n::easy_read() {
        "/easy"
    } else {
        ""
    };
    format!("{}{easy}", crate::i18n::lang().code())
}

/// Replaces the loading message in `#app` with the app and the pages of bundle `P` (each
/// binary in `src/bin/` names its own), once the person's language is ready. Falls back to
/// `<body>` if the host page has no `#app` element.
pub fn mount<P: Pages>() {
    crate::i18n::set_english(P::ENGLISH);
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        render::<P>();
    });
}

fn render<P: Pages>() {
    local_storage::start();
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App<P>>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App<P>>::new().render();
        }
    }
}
