//! Small views the tools' pages share. Yew's `html!` builds every element in place, so a
//! shape repeated on many screens costs its code each time; built here once, each use is
//! a call (issue 21: the tools' bundle is measured in bytes).

use yew::prelude::*;

/// A button that acts on the page (not a form's submit button): its look (`class`), its
/// words, what it does, and whether it is switched off.
#[inline(never)]
pub fn button(
    class: &'static str,
    words: String,
    onclick: Callback<MouseEvent>,
    disabled: bool,
) -> Html {
    html! {
        <button type="button" {class} {onclick} {disabled}>{ words }</button>
    }
}

/// One item of a list to choose from (a person, a task): its name, then how many things it
/// holds, read after a pause; pressed while it is the one chosen.
#[inline(never)]
pub fn pick(name: &str, count: String, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <li>
            <button type="button" class="pick" aria-pressed={pressed.to_string()} {onclick}>
                { name.to_string() }
                <span class="visually-hidden">{ ", " }</span>
                <span class="pick__count">{ count }</span>
            </button>
        </li>
    }
}
