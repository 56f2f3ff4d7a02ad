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
