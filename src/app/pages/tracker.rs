//! `#/tracker`: the prompting and fading tracker.

use crate::app::components::coming_soon::ComingSoon;
use yew::prelude::*;

#[function_component(Tracker)]
pub fn tracker() -> Html {
    html! {
        <ComingSoon
            title="Learning tracker"
            intro="Write down how much help each step of a task needed, session by session."
            will_do={vec![
                "record the help each step needed with one tap, even with no signal".into(),
                "see progress on a chart and step by step".into(),
                "get a suggestion when it is time to give less help".into(),
                "get a warning early when learning has stopped".into(),
            ]}
        />
    }
}
