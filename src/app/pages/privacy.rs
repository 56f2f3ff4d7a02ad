//! `#/privacy`: what happens to what you type, in plain words.

use crate::app::components::text::{with_link, LINK};
use crate::app::Route;
use yew::prelude::*;

#[function_component(Privacy)]
pub fn privacy() -> Html {
    let data_link = |id: String| with_link(&id, Route::YourData.href(), t!("route-your-data"));
    html! {
        <div class="page prose">
            <h1>{ t!("route-privacy") }</h1>
            <p class="lead">{ t!("privacy-lead") }</p>

            <h2>{ t!("privacy-not-heading") }</h2>
            <ul>
                <li>{ t!("privacy-no-account") }</li>
                <li>{ t!("privacy-nothing-sent") }</li>
                <li>{ t!("privacy-no-tracking") }</li>
                <li>{ t!("privacy-no-other-sites") }</li>
            </ul>

            <h2>{ t!("privacy-kept-heading") }</h2>
            <p>{ t!("privacy-kept-intro") }</p>
            <ul>
                <li>{ t!("privacy-kept-scenarios") }</li>
                <li>{ t!("privacy-kept-people") }</li>
                <li>{ t!("privacy-kept-sessions") }</li>
                <li>{ t!("privacy-kept-settings") }</li>
            </ul>
            <p>{ data_link(t!("privacy-lock-tip", link = LINK)) }</p>

            <h2>{ t!("privacy-sharing-heading") }</h2>
            <ul>
                <li>{ t!("privacy-share-link") }</li>
                <li>{ t!("privacy-files") }</li>
            </ul>

            <h2>{ t!("privacy-removing-heading") }</h2>
            <p>{ data_link(t!("privacy-removing", link = LINK)) }</p>

            <h2>{ t!("privacy-embedded-heading") }</h2>
            <p>{ t!("privacy-embedded") }</p>
        </div>
    }
}
