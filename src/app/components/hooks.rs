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
        Callback::from(move |e: InputEvent| value.set(typed_text(&e)))
    };
    (value, oninput)
}

/// The text in the `<input>` or `<textarea>` an input event came from (empty otherwise).
pub fn typed_text(e: &InputEvent) -> String {
    let target = e.target();
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value))
        .or_else(|| {
            target.as_ref().and_then(|t| {
                t.dyn_ref::<HtmlTextAreaElement>()
                    .map(HtmlTextAreaElement::value)
            })
        })
        .unwrap_or_default()
}

/// When this component appears because the control that had focus went away (the button
/// that opened it was replaced by it, or was switched off), focus moves to `target` (a heading with
/// `tabindex="-1"`), so keyboard and screen reader users carry on from the new content
/// instead of the top of the page. Focus anywhere else is left alone.
#[hook]
pub fn use_focus_when_lost(target: NodeRef) {
    use_effect_with((), move |_| {
        // Lost: nothing has focus, or the control that has it was just switched off (the
        // browser takes focus from a disabled control a moment later).
        let lost = gloo::utils::document().active_element().is_none_or(|el| {
            el == gloo::utils::body().into() || el.matches(":disabled").unwrap_or(false)
        });
        if lost {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// `value` one task later: what a part of the page below the fold shows, so an edit first
/// draws what the person is looking at and then, in a task of its own, the rest. Until
/// then the previous value is returned (equal props, so components given it are not drawn
/// again); a newer value cancels the older, so while someone types only the last is drawn.
#[hook]
pub fn use_later<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state(|| value.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let shown = shown.clone();
        use_effect_with(value, move |next| {
            if *shown != *next {
                let next = next.clone();
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, move || {
                    shown.set(next)
                }));
            } else {
                // Back to what is shown before the timer ran: nothing to draw.
                pending.borrow_mut().take();
            }
        });
    }
    (*shown).clone()
}
