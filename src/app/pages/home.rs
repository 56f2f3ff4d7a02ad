//! The home page: what the three tools do, in plain words, and a way into each.

use crate::app::components::text::lines;
use crate::app::Route;
use yew::prelude::*;

struct Tool {
    route: Route,
    heading: String,
    what: String,
    who: String,
}

fn tools() -> [Tool; 3] {
    [
        Tool {
            route: Route::BetterOff,
            heading: t!("home-better-off-heading"),
            what: t!("home-better-off-what"),
            who: t!("home-better-off-who"),
        },
        Tool {
            route: Route::Tasks,
            heading: t!("home-tasks-heading"),
            what: t!("home-tasks-what"),
            who: t!("home-for-coaches"),
        },
        Tool {
            route: Route::Tracker,
            heading: t!("home-tracker-heading"),
            what: t!("home-tracker-what"),
            who: t!("home-for-coaches"),
        },
    ]
}

#[function_component(Home)]
pub fn home() -> Html {
    html! {
        <div class="page">
            <h1>{ t!("home-title") }</h1>
            <p class="lead">{ lines(&t!("home-lead")) }</p>
            <ul class="tool-cards">
                { for tools().iter().map(tool_card) }
            </ul>
            <h2>{ t!("home-private-heading") }</h2>
            <p>{ lines(&t!("home-private")) }</p>
        </div>
    }
}

fn tool_card(tool: &Tool) -> Html {
    html! {
        <li class="tool-card">
            <h2 class="tool-card__heading">
                <a href={tool.route.href()} class="tool-card__link">{ &tool.heading }</a>
            </h2>
            <p>{ lines(&tool.what) }</p>
            <p class="hint">{ &tool.who }</p>
        </li>
    }
}
