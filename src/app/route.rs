//! The app's routes and which page each one shows.

use super::pages::{
    better_off::BetterOff, data::YourData, embed::EmbedBetterOff, home::Home, not_found::NotFound,
    privacy::Privacy, tasks::Tasks, tracker::Tracker,
};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/better-off")]
    BetterOff,
    #[at("/tasks")]
    Tasks,
    #[at("/tracker")]
    Tracker,
    #[at("/your-data")]
    YourData,
    #[at("/privacy")]
    Privacy,
    /// The calculator alone, for an iframe on an agency's website (see `embed.js`).
    #[at("/embed/better-off")]
    EmbedBetterOff,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The name a person sees in the navigation and the browser tab.
    pub fn title(self) -> String {
        match self {
            Route::Home => t!("route-home"),
            Route::BetterOff => t!("route-better-off"),
            Route::Tasks => t!("route-tasks"),
            Route::Tracker => t!("route-tracker"),
            Route::YourData => t!("route-your-data"),
            Route::Privacy => t!("route-privacy"),
            Route::EmbedBetterOff => t!("route-embed"),
            Route::NotFound => t!("route-not-found"),
        }
    }

    /// A link to this route under hash routing, e.g. `#/tasks`. Plain links keep
    /// "open in new tab" and the browser's own history working.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }

    /// The routes shown in the main navigation, in order.
    pub const NAV: [Route; 4] = [Route::Home, Route::BetterOff, Route::Tasks, Route::Tracker];

    /// The routes linked from the footer of every page.
    pub const FOOTER: [Route; 2] = [Route::YourData, Route::Privacy];
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::BetterOff => html! { <BetterOff /> },
        Route::Tasks => html! { <Tasks /> },
        Route::Tracker => html! { <Tracker /> },
        Route::YourData => html! { <YourData /> },
        Route::Privacy => html! { <Privacy /> },
        Route::EmbedBetterOff => html! { <EmbedBetterOff /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
