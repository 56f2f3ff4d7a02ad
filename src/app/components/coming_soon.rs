//! A page for a tool that is not built yet: it says honestly what the tool will do.

use crate::app::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub title: AttrValue,
    pub intro: AttrValue,
    /// What the finished tool will let a person do, one point per line.
    pub will_do: Vec<AttrValue>,
}

#[function_component(ComingSoon)]
pub fn coming_soon(props: &ComingSoonProps) -> Html {
    html! {
        <div class="page">
            <h1>{ &props.title }</h1>
            <p class="lead">{ &props.intro }</p>
            <div class="notice" role="note">
                <h2>{ "This tool is being built" }</h2>
                <p>{ "When it is ready, you will be able to:" }</p>
                <ul>
                    { for props.will_do.iter().map(|item| html! { <li>{ item }</li> }) }
                </ul>
            </div>
            <p><a class="back-link" href={Route::Home.href()}>{ "Back to all tools" }</a></p>
        </div>
    }
}
