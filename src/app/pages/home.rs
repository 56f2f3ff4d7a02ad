//! The home page: what the three tools do, in plain words, and a way into each.

use crate::app::Route;
use yew::prelude::*;

struct Tool {
    route: Route,
    heading: &'static str,
    what: &'static str,
    who: &'static str,
}

const TOOLS: [Tool; 3] = [
    Tool {
        route: Route::BetterOff,
        heading: "Will I be better off in work?",
        what: "See how much money you would have each week if you took a job, \
               compared with what you get now. It counts wages, tax, Universal Credit \
               and other benefits.",
        who: "For job seekers, families and job coaches in England, Scotland and Wales.",
    },
    Tool {
        route: Route::Tasks,
        heading: "Break a job into steps",
        what: "Write down each step of a task at work, in order, with what tells the \
               person to do it and a picture. Turn it into a simple guide the worker \
               can follow.",
        who: "For job coaches.",
    },
    Tool {
        route: Route::Tracker,
        heading: "Track learning",
        what: "Write down how much help each step needed in each teaching session. \
               See progress, give less help over time, and spot early when learning \
               has stopped.",
        who: "For job coaches.",
    },
];

#[function_component(Home)]
pub fn home() -> Html {
    html! {
        <div class="page">
            <h1>{ "Tools for finding and learning a job" }</h1>
            <p class="lead">
                { "Three free tools for people looking for work, their families and job coaches. " }
                { "They work in your web browser, even with no internet connection once loaded." }
            </p>
            <ul class="tool-cards">
                { for TOOLS.iter().map(tool_card) }
            </ul>
            <h2>{ "Your information is private" }</h2>
            <p>
                { "You do not need an account. What you type stays on this device. " }
                { "It is not sent to us or to anyone else." }
            </p>
        </div>
    }
}

fn tool_card(tool: &Tool) -> Html {
    html! {
        <li class="tool-card">
            <h2 class="tool-card__heading">
                <a href={tool.route.href()} class="tool-card__link">{ tool.heading }</a>
            </h2>
            <p>{ tool.what }</p>
            <p class="hint">{ tool.who }</p>
        </li>
    }
}
