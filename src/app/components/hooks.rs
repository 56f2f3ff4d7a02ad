//! Small hooks shared by the pages.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A text box's value kept in component state, and the `oninput` that keeps it up to date.
/// Works for `<input>` and `<textarea>`.
#[hook]
pub fn use_text<F>(initial: F) -> (UseStateHandle<String>, Callback<InputEvent>)
where
    F: FnOnce() -> String,
{
    let value = use_state(initial);
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            let target = e.target();
            let text = target
                .as_ref()
                .and_then(|t| t.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value))
                .or_else(|| {
                    target.as_ref().and_then(|t| {
                        t.dyn_ref::<HtmlTextAreaElement>()
                            .map(HtmlTextAreaElement::value)
                    })
                })
                .unwrap_or_default();
            value.set(text);
        })
    };
    (value, oninput)
}
