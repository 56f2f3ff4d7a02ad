//! The Yew front end: routes, pages and components. It renders state and sends
//! actions; money and rules live in the browser-free library beside it.

pub mod clock;
mod components;
pub mod embedded;
pub mod i18n;
pub mod local_storage;
mod pages;
pub(crate) mod route;
pub mod tool;

pub use pages::home::Home;
pub use route::{
    Bundle, CalculatorPages, EmbeddedPages, EmbeddedQuestionsPages, Pages, QuestionsPages, Route,
    ToolsPages,
};

use components::layout::Layout;
use components::lock::use_idle_lock;
use local_storage::Phase;
use yew::prelude::*;

/// The whole app, with the pages of one bundle (`P`): hash routes, so it works from any
/// sub-path of any static host. While a passphrase locks the data, the unlock screen shows
/// instead of every page.
#[function_component(App)]
pub fn app<P: Pages>() -> Html {
    crate::i18n::set_english(P::ENGLISH);
    let Shell {
        phase,
        not_saving,
        key,
    } = use_shell();
    let route = route::use_route();
    match phase {
        Phase::Locked => P::locked(key, None),
        Phase::Broken(e) => P::locked(key, Some(e)),
        Phase::Starting | Phase::Open => html! {
            <Layout {key} {route} lockable={local_storage::lock_idle_minutes().is_some()}>
                { storage_notice(not_saving) }
                { route::switch::<P>(route) }
            </Layout>
        },
    }
}

/// What every bundle's root draws from: where the data stands, why it is not being saved
/// (if it is not), and the key that draws every page afresh in a new language or with easy
/// read switched (what people typed is kept in the stores, not in the pages).
pub(crate) struct Shell {
    pub phase: Phase,
    pub not_saving: Option<String>,
    pub key: String,
}

/// Follows the data's phase, the saving problem and the words on screen, and locks the data
/// again after the lock's idle time.
#[hook]
pub(crate) fn use_shell() -> Shell {
    let phase = use_state(local_storage::phase);
    let not_saving = use_state(local_storage::not_saving);
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
    let idle = if *phase == Phase::Open {
        local_storage::lock_idle_minutes()
    } else {
        None
    };
    use_idle_lock(idle);
    Shell {
        phase: (*phase).clone(),
        not_saving: (*not_saving).clone(),
        key: (*words).clone(),
    }
}

/// The page's word that what people do is not being kept on this device, if it is not.
pub(crate) fn storage_notice(not_saving: Option<String>) -> Html {
    match not_saving {
        Some(message) => html! {
            <div class="notice notice--warning storage-problem" role="alert">
                <p>{ message }</p>
            </div>
        },
        None => html! {},
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
    start::<App<P>>(P::ENGLISH);
}

/// Starts the root `C` with `english` built in: the person's language first, then the
/// device's data, then the page.
pub(crate) fn start<C: BaseComponent<Properties = ()>>(english: &'static str) {
    crate::i18n::set_english(english);
    wasm_bindgen_futures::spawn_local(async {
        i18n::start().await;
        render::<C>();
    });
}

fn render<C: BaseComponent<Properties = ()>>() {
    local_storage::start();
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<C>::with_root(root).render();
        }
        None => {
            yew::Renderer::<C>::new().render();
        }
    }
}
