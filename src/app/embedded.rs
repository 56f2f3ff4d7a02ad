//! The `embedded` bundle's root (issue 21): the better-off calculator alone, for an iframe on
//! an agency's page (`#/embed/better-off`, see `embed.js`), with the least of the app around
//! it. No router (the bundle has one page), no app navigation, no update banner, no other
//! page: only what the embed uses of the shell, the language and easy read, the storage
//! notice, the device's data (migrated as the app migrates it, and the draft kept), and the
//! unlock screen.
//!
//! The data is locked with a passphrase only where the app itself was used on this device in
//! the same browser storage, which an agency's iframe does not share (browsers keep a frame's
//! storage apart from the same site opened on its own). Opened on the app's own site while
//! locked, the embed shows the unlock screen, as every other page does: locked data is never
//! shown and never written over, and it opens with the passphrase as it does in the app.
//!
//! If the address changes to another route (typed into the address bar, or the frame's
//! address changed by the page around it), the page reloads once what is being kept has
//! landed, and the start-up script starts the bundle that holds that route (in a frame, that
//! page shows only a link to open it in its own tab: `components::framed`).

use super::components::lock::LockScreen;
use super::local_storage::{self, Phase};
use super::pages::embed::EmbedBetterOff;
use super::{route, storage_notice, use_shell, Route, Shell};
use gloo::events::EventListener;
use yew::prelude::*;

/// Starts the embedded calculator in `#app` (`src/bin/embedded.rs` calls it), once the
/// person's language is ready.
pub fn mount() {
    super::start::<Embedded>(crate::i18n::ENGLISH_CALCULATOR_FTL);
}

#[function_component(Embedded)]
fn embedded() -> Html {
    let Shell {
        phase,
        not_saving,
        key,
    } = use_shell();
    {
        let key = key.clone();
        use_effect_with(key, |_| {
            gloo::utils::document()
                .set_title(&t!("page-title", page = Route::EmbedBetterOff.title()));
        });
    }
    let leaving = use_state(|| false);
    {
        let leaving = leaving.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                if Route::from_hash(&hash) != Route::EmbedBetterOff {
                    leaving.set(true);
                    local_storage::after_writes(|| {
                        route::mark_moved();
                        let _ = gloo::utils::window().location().reload();
                    });
                }
            });
            move || drop(listener)
        });
    }
    if *leaving {
        // As `OtherBundle` shows: nothing but the page's own "loading" state.
        return html! { <div class="page loading" aria-busy="true"></div> };
    }
    match phase {
        Phase::Locked => html! { <LockScreen {key} broken={None} /> },
        Phase::Broken(e) => html! { <LockScreen {key} broken={Some(e)} /> },
        Phase::Starting | Phase::Open => html! {
            <EmbedBetterOff {key}>{ storage_notice(not_saving) }</EmbedBetterOff>
        },
    }
}
