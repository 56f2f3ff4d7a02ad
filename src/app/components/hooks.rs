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

/// `value` one task later, or once a quick run of changes has paused: what a part of the
/// page below the fold shows, so an edit first draws what the person is looking at and then,
/// in a task of its own, the rest. A change on its own (the previous one at least
/// [`QUIET_MS`] before) is shown one task later; a change that follows the previous one
/// sooner (typing, a held arrow key, a dragged slider) is shown once no newer change has
/// come for [`QUIET_MS`], so a quick run of edits draws only the top of the page each time
/// and the rest once, for the last. Until then the previous value is returned (equal props,
/// so components given it are not drawn again); a newer value cancels the older.
#[hook]
pub fn use_later<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state(|| value.clone());
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let changed_at = use_mut_ref(|| None::<f64>);
    {
        let shown = shown.clone();
        use_effect_with(value, move |next| {
            let now = js_sys::Date::now();
            let previous = changed_at.replace(Some(now));
            if *shown != *next {
                let next = next.clone();
                let wait = later_wait_ms(previous.map(|at| now - at));
                *pending.borrow_mut() =
                    Some(gloo::timers::callback::Timeout::new(wait, move || {
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

/// How long the parts below the fold wait after a change with no newer one (see
/// [`use_later`]), in milliseconds: about the gap between keys while someone types.
pub const QUIET_MS: u32 = 200;

/// The wait before [`use_later`] shows a change, given the time since the change before it
/// (none for the first): none for a change on its own, [`QUIET_MS`] for one in a quick run.
pub fn later_wait_ms(since_previous_ms: Option<f64>) -> u32 {
    match since_previous_ms {
        Some(gap) if gap < f64::from(QUIET_MS) => QUIET_MS,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::{later_wait_ms, QUIET_MS};

    #[test]
    fn a_change_on_its_own_is_shown_one_task_later() {
        assert_eq!(later_wait_ms(None), 0);
        assert_eq!(later_wait_ms(Some(f64::from(QUIET_MS))), 0);
        assert_eq!(later_wait_ms(Some(5_000.0)), 0);
    }

    #[test]
    fn a_change_in_a_quick_run_waits_for_the_run_to_pause() {
        assert_eq!(later_wait_ms(Some(0.0)), QUIET_MS);
        assert_eq!(later_wait_ms(Some(70.0)), QUIET_MS);
        assert_eq!(later_wait_ms(Some(f64::from(QUIET_MS) - 1.0)), QUIET_MS);
    }
}
