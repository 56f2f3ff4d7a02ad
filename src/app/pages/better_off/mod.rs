//! `#/better-off`: the better-off calculator.

use crate::app::components::coming_soon::ComingSoon;
use yew::prelude::*;

#[function_component(BetterOff)]
pub fn better_off() -> Html {
    html! {
        <ComingSoon
            title="Will I be better off in work?"
            intro="Find out how much money you would have if you took a job, compared with now."
            will_do={vec![
                "answer a few questions, one at a time, or fill in one quick form".into(),
                "see how much better off you would be each week and each month".into(),
                "see how tax, National Insurance and Universal Credit change with your hours".into(),
                "print a summary to take to a meeting".into(),
            ]}
        />
    }
}
