//! A progress bar (for sighted users only: the text beside it says the same). The filled
//! part is sized through the CSSOM, not a `style` attribute, which a Content-Security-Policy
//! without `'unsafe-inline'` blocks (see README, "Put it on your website").

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// How much is done, 0 to 100.
    pub percent: u32,
}

#[function_component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let done = use_node_ref();
    {
        let done = done.clone();
        use_effect_with(props.percent, move |percent| {
            if let Some(bar) = done.cast::<web_sys::HtmlElement>() {
                let _ = bar
                    .style()
                    .set_property("width", &format!("{}%", (*percent).min(100)));
            }
        });
    }
    html! {
        <div class="progress-bar" aria-hidden="true">
            <div class="progress-bar__done" ref={done}></div>
        </div>
    }
}
