//! Framed means the calculator only. Inside another site's frame, every page but the
//! embedded calculator shows this notice instead: a page on another origin could otherwise
//! frame `#/tasks` or `#/your-data` and trick a click on real people's data ("click-jacking").
//! The operator's `frame-ancestors` header is the first guard; this one holds without it.

use yew::prelude::*;

/// Whether the app is running inside a frame of another page.
pub fn framed() -> bool {
    let window = gloo::utils::window();
    match window.top() {
        Ok(Some(top)) => top != window,
        Ok(None) => false,
        // The browser would not say: take it as framed, the safe side.
        Err(_) => true,
    }
}

/// The notice a framed page shows, with a link that opens the same page in its own tab.
/// Drawn afresh on each route, so the link follows the page the frame was moved to.
pub fn notice() -> Html {
    let here = gloo::utils::window().location().href().unwrap_or_default();
    html! {
        <main id="main" class="framed-notice">
            <h1>{ t!("framed-title") }</h1>
            <p>{ t!("framed-text") }</p>
            <p>
                <a class="button" href={here} target="_blank" rel="noopener noreferrer">
                    { t!("framed-open") }
                </a>
            </p>
        </main>
    }
}
