//! Any unknown route.

use crate::app::Route;
use yew::prelude::*;

#[function_component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <div class="page">
            <h1>{ "Page not found" }</h1>
            <p>{ "We could not find that page. The link may be wrong or out of date." }</p>
            <p><a class="back-link" href={Route::Home.href()}>{ "Go to the home page" }</a></p>
        </div>
    }
}
