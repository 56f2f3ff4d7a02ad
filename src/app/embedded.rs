//! The `embedded` bundle's root (issue 21): the better-off calculator alone, for an iframe on
//! an agency's page (`#/embed/better-off`, see `embed.js`), with the least of the app around
//! it. One page (no page switch), no app navigation, no update banner, no other
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
//! landed (`route::OtherBundle`, as in the app), and the start-up script starts the bundle that holds that route (in a frame, that
//! page shows only a link to open it in its own tab: `components::framed`).

use super::local_storage::Phase;
use super::pages::embed::EmbedBetterOff;
use super::{route, storage_notice, use_shell, Pages, Route, Shell};
use yew::prelude::*;

/// Starts the embedded calculator, whole or its questions alone (`P`), in `#app`
/// (`src/bin/embedded.rs` and `embedded_questions.rs` call it), once the person's language is
/// ready.
pub fn mount<P: Pages>() {
    super::start::<Embedded<P>>(P::ENGLISH);
}

#[function_component(Embedded)]
fn embedded<P: Pages>() -> Html {
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
    // Any other route is another bundle's: the page reloads into it, as in the app.
    let route = route::use_route();
    if !route.in_bundle(P::BUNDLE) {
        return html! { <route::OtherBundle /> };
    }
    match phase {
        Phase::Locked => P::locked(key, None),
        Phase::Broken(e) => P::locked(key, Some(e)),
        Phase::Starting | Phase::Open => html! {
            <EmbedBetterOff {key} calculator={P::page(route)}>
                { storage_notice(not_saving) }
            </EmbedBetterOff>
        },
    }
}
