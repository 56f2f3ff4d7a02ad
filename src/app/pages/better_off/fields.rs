//! Form controls in the GOV.UK pattern: a label, hint text under it, the error message
//! beside the box (tied to it with `aria-describedby`), and a box that keeps what was typed.

use super::boxes::use_box;
use crate::better_off::form::Field;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn error_message(id: &str, error: &Option<String>) -> Html {
    match error {
        Some(message) => html! {
            <p class="field-error" id={format!("{id}-error")}>
                <span class="visually-hidden">{ t!("calc-error-prefix") }{ " " }</span>{ message }
            </p>
        },
        None => html! {},
    }
}

/// The label, the hint under it and the error message, in the order GOV.UK puts them.
fn label_hint_error(
    id: &str,
    label: &AttrValue,
    hint: &Option<AttrValue>,
    error: &Option<String>,
) -> Html {
    html! {
        <>
            <label class="field-label" for={id.to_string()}>{ label }</label>
            if let Some(hint) = hint {
                <p class="field-hint" id={format!("{id}-hint")}>{ hint }</p>
            }
            { error_message(id, error) }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown before the box, e.g. "£".
    #[prop_or_default]
    pub prefix: Option<AttrValue>,
    /// Shown after the box, e.g. "a week".
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// "numeric" for whole numbers, "decimal" for money and hours.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Width class: "w-2", "w-4", "w-6" characters.
    #[prop_or(AttrValue::Static("w-6"))]
    pub width: AttrValue,
    /// "text" for numbers typed as people write them, "date" for a date picker.
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// An error from outside the household form (e.g. the first-months dates); when
    /// given it is shown instead of the form's own.
    #[prop_or_default]
    pub error: Option<String>,
}

/// A text box for a number. It keeps what is typed; the checks say what is wrong beside it.
#[function_component(TextField)]
pub fn text_field(props: &TextProps) -> Html {
    let field = props.field;
    let calc = use_box(field);
    let id = field.id();
    let error = props.error.clone().or_else(|| calc.error_for(field));
    let value = calc.state().form.get(field).to_string();
    let oninput = {
        let calc = calc.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            calc.set(field, input.value());
        })
    };
    let onblur = {
        let calc = calc.clone();
        Callback::from(move |_| calc.touch(field))
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("field--error"))}>
            { label_hint_error(&id, &props.label, &props.hint, &error) }
            <div class="input-wrap">
                if let Some(prefix) = &props.prefix {
                    <span class="input-prefix" aria-hidden="true">{ prefix }</span>
                }
                <input
                    id={id.clone()}
                    name={id.clone()}
                    class={classes!("input", props.width.to_string())}
                    type={props.input_type.clone()}
                    inputmode={(props.input_type == "text").then(|| props.inputmode.clone())}
                    autocomplete="off"
                    spellcheck="false"
                    placeholder={props.placeholder.clone()}
                    value={value}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={described_by(&id, props.hint.is_some(), error.is_some())}
                    {oninput}
                    {onblur}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="input-suffix">{ suffix }</span>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub field: Field,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, label) pairs.
    pub options: Vec<(&'static str, String)>,
    /// Side by side (for short yes/no answers).
    #[prop_or_default]
    pub inline: bool,
}

/// Radios in a fieldset: best for a few choices, each a big touch target.
#[function_component(Radios)]
pub fn radios(props: &ChoiceProps) -> Html {
    let field = props.field;
    let calc = use_box(field);
    let id = field.id();
    let error = calc.error_for(field);
    let current = calc.state().form.get(field).to_string();
    html! {
        <div class={classes!("field", error.is_some().then_some("field--error"))}>
            <fieldset class="fieldset" id={id.clone()}
                aria-describedby={described_by(&id, props.hint.is_some(), error.is_some())}>
                <legend class="field-label">{ &props.legend }</legend>
                if let Some(hint) = &props.hint {
                    <p class="field-hint" id={format!("{id}-hint")}>{ hint }</p>
                }
                { error_message(&id, &error) }
                <div class={classes!("radios", props.inline.then_some("radios--inline"))}>
                    { for props.options.iter().map(|(value, label)| {
                        let option_id = format!("{id}-{value}");
                        let onchange = {
                            let calc = calc.clone();
                            let value = value.to_string();
                            Callback::from(move |_| {
                                calc.set(field, value.clone());
                                calc.touch(field);
                            })
                        };
                        html! {
                            <div class="radio">
                                <input class="radio-input" type="radio" id={option_id.clone()}
                                    name={id.clone()} value={*value}
                                    checked={current == *value} {onchange} />
                                <label class="radio-label" for={option_id}>{ label.clone() }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub field: Field,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// (value, label) pairs; an empty value is the "choose" prompt.
    pub options: Vec<(String, String)>,
}

/// A drop-down: for long lists (regions, rental areas).
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let field = props.field;
    let calc = use_box(field);
    let id = field.id();
    let error = calc.error_for(field);
    let current = calc.state().form.get(field).to_string();
    let onchange = {
        let calc = calc.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            calc.set(field, select.value());
            calc.touch(field);
        })
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("field--error"))}>
            { label_hint_error(&id, &props.label, &props.hint, &error) }
            <select id={id.clone()} name={id.clone()} class="select"
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={described_by(&id, props.hint.is_some(), error.is_some())}
                {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={current == *value}>{ label }</option>
                }) }
            </select>
        </div>
    }
}
