//! Keep and share: named scenarios saved on this device (open, copy, delete), a share link
//! whose household lives only in the part of the address after `#`, and scenario files to
//! move between devices. A bad file is refused whole, with the reason, and changes nothing.

use super::{link, use_calculator, AnswerRef};
use crate::app::components::download::download;
use crate::app::components::hooks::use_text;
use crate::better_off::form::{FieldErrors, Form};
use crate::better_off::state::Saved;
use crate::better_off::{file, share};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepProps {
    pub result: Rc<Result<AnswerRef, FieldErrors>>,
}

#[function_component(KeepAndShare)]
pub fn keep_and_share(props: &KeepProps) -> Html {
    let calc = use_calculator();
    let (name, on_name) = use_text(String::new);
    let link = use_state(|| None::<String>);
    let confirm_delete = use_state(|| None::<usize>);
    let reader: FileReaderSlot = use_mut_ref(|| None);
    let saved = &calc.state().saved;

    let on_save = {
        let calc = calc.clone();
        let name = name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            calc.save((*name).clone());
        })
    };
    let embedded_in = use_context::<link::EmbeddedIn>().unwrap_or_default();
    let on_share = {
        let link = link.clone();
        let result = props.result.clone();
        Callback::from(move |_| {
            if let Ok(answer) = &*result {
                let payload = share::encode(&answer.0.scenario);
                link.set(Some(link::share_link(&payload, &embedded_in)));
            }
        })
    };
    let on_copy = copy_link(&link, &calc);
    let on_export = {
        let calc = calc.clone();
        Callback::from(move |_| export(&calc.state().saved, &calc))
    };
    // Until the household can be worked out there is nothing to keep or share: only
    // scenarios already kept, and a file to add them from.
    if props.result.is_err() && saved.is_empty() {
        return html! { <KeepLater add={add_from_file as AddFromFile} /> };
    }

    html! {
        <section class="keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{ t!("calc-keep-heading") }</h2>
            <form class="save-row" onsubmit={on_save}>
                <div class="field">
                    <label class="field-label" for="save-name">{ t!("calc-save-name-label") }</label>
                    <p class="field-hint" id="save-name-hint">{ t!("calc-save-name-hint") }</p>
                    <input id="save-name" class="input w-20" type="text" value={(*name).clone()}
                        aria-describedby="save-name-hint" oninput={on_name} autocomplete="off" />
                </div>
                <button type="submit" class="button">{ t!("calc-save") }</button>
            </form>

            { saved_list(&calc, saved, &confirm_delete) }

            <h3>{ t!("calc-share-heading") }</h3>
            <p>{ t!("calc-share-text") }</p>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={on_share}
                    disabled={props.result.is_err()}>{ t!("calc-share-make") }</button>
            </div>
            if let Some(text) = &*link {
                <div class="field">
                    <label class="field-label" for="share-link">{ t!("calc-share-link-label") }</label>
                    <input id="share-link" class="input w-full" type="text" readonly=true value={text.clone()} />
                    if clipboard_allowed() {
                        <div class="button-row">
                            <button type="button" class="button button--secondary" onclick={on_copy}>{ t!("calc-share-copy") }</button>
                        </div>
                    } else {
                        <p class="hint">{ t!("calc-share-copy-yourself") }</p>
                    }
                </div>
            }

            { clear_form(&calc) }

            <h3>{ t!("calc-move-heading") }</h3>
            <div class="button-row">
                <button type="button" class="button button--secondary" onclick={on_export}
                    disabled={saved.is_empty()}>{ t!("calc-export") }</button>
            </div>
            { import_box(&calc, &reader, add_from_file) }
        </section>
    }
}

/// What is done with a scenario file's text once it has been read (or could not be).
pub type AddFromFile = fn(Result<String, ()>, &super::Calculator);

/// A function, not a choice between the two (an enum), so the questions alone do not carry
/// the file reader they never use.
#[derive(Properties)]
pub struct KeepLaterProps {
    /// [`add_from_file`] in the whole calculator; the questions alone pass the file on to it.
    pub add: AddFromFile,
}

/// Each bundle passes the same function every time: nothing to compare (and function
/// addresses are not guaranteed unique).
impl PartialEq for KeepLaterProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// "Keep and share" while there is no answer to keep and nothing kept: clearing the form,
/// and a file to add households from. Also what the calculator's questions alone show
/// (adding households takes the page on to the whole calculator, which lists them).
#[function_component(KeepLater)]
pub fn keep_later(props: &KeepLaterProps) -> Html {
    let calc = use_calculator();
    let reader: FileReaderSlot = use_mut_ref(|| None);
    html! {
        <section class="keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{ t!("calc-keep-heading") }</h2>
            <p class="hint">{ t!("calc-keep-later") }</p>
            if calc.state().can_clear() {
                { clear_form(&calc) }
            }
            { import_box(&calc, &reader, props.add) }
        </section>
    }
}

/// A file to add kept households from: read, then given to `add`.
fn import_box(calc: &super::Calculator, reader: &FileReaderSlot, add: AddFromFile) -> Html {
    let on_import = {
        let calc = calc.clone();
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            read_file(file, calc.clone(), reader.clone(), add);
        })
    };
    html! {
        <div class="field">
            <label class="field-label" for="import-file">{ t!("calc-import-label") }</label>
            <p class="field-hint" id="import-file-hint">{ t!("calc-import-hint") }</p>
            <input id="import-file" class="file-input" type="file" accept=".json,application/json"
                aria-describedby="import-file-hint" onchange={on_import} />
        </div>
    }
}

/// Where a file being read is kept until it has been read (dropping it stops the reading).
type FileReaderSlot = Rc<RefCell<Option<gloo::file::callbacks::FileReader>>>;

/// "Clear the form", which asks first and can be undone until the next edit.
fn clear_form(calc: &super::Calculator) -> Html {
    let verb = |f: fn(&super::Calculator)| {
        let calc = calc.clone();
        Callback::from(move |_: MouseEvent| f(&calc))
    };
    let state = calc.state();
    html! {
        <div class="clear-form">
            <h3>{ t!("calc-reset-heading") }</h3>
            <p>{ t!("calc-reset-text") }</p>
            <div class="button-row">
                <button type="button" id="reset-form" class="button button--secondary"
                    aria-expanded={state.confirm_reset.to_string()}
                    onclick={verb(super::Calculator::reset)}>{ t!("calc-reset") }</button>
            </div>
            if state.confirm_reset {
                <div class="confirm" role="group" aria-labelledby="reset-question">
                    <p id="reset-question"><strong>{ t!("calc-reset-question") }</strong></p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" onclick={verb(super::Calculator::confirm_reset)}>{ t!("calc-reset-yes") }</button>
                        <button type="button" class="button button--secondary" onclick={verb(super::Calculator::cancel_reset)}>{ t!("calc-reset-no") }</button>
                    </div>
                </div>
            }
            if state.cleared.is_some() {
                <UndoClear />
            }
        </div>
    }
}

/// "Undo" after the form was cleared; it takes the focus the "Yes" button had.
#[function_component(UndoClear)]
fn undo_clear() -> Html {
    let calc = use_calculator();
    let button = use_node_ref();
    crate::app::components::hooks::use_focus_when_lost(button.clone());
    let undo = Callback::from(move |_: MouseEvent| calc.undo_reset());
    html! {
        <>
            <p>{ t!("calc-reset-cleared") }</p>
            <div class="button-row">
                <button type="button" id="reset-undo" class="button" ref={button} onclick={undo}>{ t!("calc-reset-undo") }</button>
            </div>
        </>
    }
}

/// Copies the share link, and says whether the browser let it.
fn copy_link(
    link: &UseStateHandle<Option<String>>,
    calc: &super::Calculator,
) -> Callback<MouseEvent> {
    let link = link.clone();
    let calc = calc.clone();
    Callback::from(move |_| {
        if let Some(text) = &*link {
            // Say what really happened: a browser may refuse, as it does in a frame on
            // another site (an embedded calculator) that was not given the clipboard.
            let copying = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(text);
            let calc = calc.clone();
            yew::platform::spawn_local(async move {
                calc.notify(match JsFuture::from(copying).await {
                    Ok(_) => t!("calc-link-copied"),
                    Err(_) => t!("calc-link-copy-refused"),
                });
            });
        }
    })
}

/// The scenarios saved on this device, each to open, copy or delete (asked twice).
fn saved_list(
    calc: &super::Calculator,
    saved: &[Saved],
    confirm_delete: &UseStateHandle<Option<usize>>,
) -> Html {
    if saved.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ t!("calc-saved-heading") }</h3>
            <ul class="saved-list">
                { for saved.iter().enumerate().map(|(i, s)| {
                    let open = { let calc = calc.clone(); Callback::from(move |_| calc.load(i)) };
                    let copy = { let calc = calc.clone(); Callback::from(move |_| calc.duplicate(i)) };
                    let ask = { let c = confirm_delete.clone(); Callback::from(move |_| c.set(Some(i))) };
                    let really = {
                        let calc = calc.clone();
                        let c = confirm_delete.clone();
                        Callback::from(move |_| { calc.delete(i); c.set(None); })
                    };
                    let cancel = { let c = confirm_delete.clone(); Callback::from(move |_| c.set(None)) };
                    html! {
                        <li class="saved-item">
                            <span class="saved-name">{ &s.name }</span>
                            if **confirm_delete == Some(i) {
                                <span class="saved-confirm">{ t!("calc-delete-confirm") }</span>
                                <button type="button" class="button button--warning" onclick={really}>
                                    { t!("calc-delete-yes") }<span class="visually-hidden">{ format!(" {}", s.name) }</span>
                                </button>
                                <button type="button" class="button button--secondary" onclick={cancel}>{ t!("calc-delete-keep") }</button>
                            } else {
                                <button type="button" class="button button--secondary" onclick={open}>
                                    { t!("calc-open") }<span class="visually-hidden">{ format!(" {}", s.name) }</span>
                                </button>
                                <button type="button" class="button button--secondary" onclick={copy}>
                                    { t!("calc-copy") }<span class="visually-hidden">{ format!(" {}", s.name) }</span>
                                </button>
                                <button type="button" class="button button--secondary" onclick={ask}>
                                    { t!("calc-delete") }<span class="visually-hidden">{ format!(" {}", s.name) }</span>
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// Downloads the saved scenarios that are complete; says how many were left out.
fn export(saved: &[Saved], calc: &super::Calculator) {
    let mut left_out = 0;
    let items: Vec<(String, crate::better_off::scenario::Scenario)> = saved
        .iter()
        .filter_map(|s| match s.form.scenario() {
            Ok(scenario) => Some((s.name.clone(), scenario)),
            Err(_) => {
                left_out += 1;
                None
            }
        })
        .collect();
    if items.is_empty() {
        calc.notify(t!("calc-export-nothing"));
        return;
    }
    let today = crate::app::clock::now_utc();
    let text = file::export(&items, &today);
    match download(
        &format!(
            "better-off-scenarios-{}.json",
            &today[..10.min(today.len())]
        ),
        &text,
    ) {
        Ok(()) => calc.notify(if left_out == 0 {
            t!("calc-exported", count = items.len())
        } else {
            let count = items.len();
            t!("calc-exported-some", count = count, left_out = left_out)
        }),
        Err(()) => calc.notify(t!("calc-export-refused")),
    }
}

/// Reads a chosen file and adds its scenarios, or says why it was refused.
fn read_file(
    file: web_sys::File,
    calc: super::Calculator,
    reader: FileReaderSlot,
    add: AddFromFile,
) {
    if file.size() > 2_000_000.0 {
        calc.notify(t!("calc-import-too-big"));
        return;
    }
    let file = gloo::file::File::from(file);
    let task = gloo::file::callbacks::read_as_text(&file, move |text| {
        add(text.map_err(|_| ()), &calc);
    });
    *reader.borrow_mut() = Some(task);
}

/// Adds the households in a scenario file's text, or says why the file is refused (whole:
/// a bad file changes nothing).
pub fn add_from_file(text: Result<String, ()>, calc: &super::Calculator) {
    let outcome = match text {
        Ok(text) => file::import(&text).map_err(|e| e.to_string()),
        Err(()) => Err(t!("calc-import-unreadable")),
    };
    match outcome {
        Ok(items) => calc.import(
            items
                .into_iter()
                .map(|(name, scenario)| Saved {
                    name,
                    form: Form::from_scenario(&scenario),
                })
                .collect(),
        ),
        Err(reason) => calc.notify(t!("calc-import-refused", reason = reason)),
    }
}

/// Whether this page may write to the clipboard. A frame on another site (the embedded
/// calculator) may not unless that site allows it, and Chromium says so in advance through
/// `document.featurePolicy`; elsewhere the copy is tried and its outcome reported.
fn clipboard_allowed() -> bool {
    let document = gloo::utils::document();
    let Ok(policy) = js_sys::Reflect::get(&document, &"featurePolicy".into()) else {
        return true;
    };
    let Ok(allows) = js_sys::Reflect::get(&policy, &"allowsFeature".into()) else {
        return true;
    };
    match allows.dyn_into::<js_sys::Function>() {
        Ok(allows) => allows
            .call1(&policy, &"clipboard-write".into())
            .map_or(true, |answer| answer.as_bool() != Some(false)),
        Err(_) => true,
    }
}
