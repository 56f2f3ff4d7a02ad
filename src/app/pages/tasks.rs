//! `#/tasks`: the task analysis builder.

use crate::app::components::coming_soon::ComingSoon;
use yew::prelude::*;

#[function_component(Tasks)]
pub fn tasks() -> Html {
    html! {
        <ComingSoon
            title="Job steps"
            intro="Break a task at work into the steps a person does, in order."
            will_do={vec![
                "start from a ready-made task, such as cleaning a café table, or from nothing".into(),
                "add, move, split and join steps, with a picture for each".into(),
                "show the worker one step at a time on a phone or tablet".into(),
                "print a checklist with pictures and tick boxes".into(),
            ]}
        />
    }
}
