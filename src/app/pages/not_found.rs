//! Any unknown route.

use crate::app::Route;
use yew::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <div class="page">
            <h1>{ t!("route-not-found") }</h1>
            <p>{ t!("notfound-text") }</p>
            <p><a class="back-link" href={Route::Home.href()}>{ t!("notfound-home") }</a></p>
        </div>
    }
}
