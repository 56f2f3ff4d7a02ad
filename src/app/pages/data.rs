//! `#/your-data`: what the app keeps on this device, backing it up or moving it to another
//! device (everything or one person), bringing a backup in (add to what is here, or replace
//! it), the passphrase lock for shared tablets, and removing everything.
//!
//! The checks and the merging are the library's (`backup`, `store`); this page reads files,
//! asks, and hands the result to the app's store.

use crate::app::clock::{now, today};
use crate::app::components::download::download;
use crate::app::components::hooks::use_text;
use crate::app::components::remove_all::RemoveAll;
use crate::app::local_storage;
use crate::app::pages::parts::button;
use crate::backup::stored;
use crate::backup::{self, Backup, Data, Scope};
use crate::store::lock::{self, DEFAULT_IDLE_MINUTES, IDLE_CHOICES};
use crate::tasks::PersonId;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum How {
    Merge,
    Replace,
}

/// The data as stored now, or why it cannot be read.
fn current() -> Result<Data, String> {
    stored::read(&local_storage::all()).map_err(|e| e.to_string())
}

#[function_component(YourData)]
pub fn your_data() -> Html {
    // Re-read after every change this page makes.
    let revision = use_state(|| 0u32);
    let status = use_state(|| None::<String>);
    let data = use_memo(*revision, |_| current());

    html! {
        <div class="page your-data">
            <h1>{ t!("route-your-data") }</h1>
            <p class="lead">{ t!("data-lead") }</p>
            <p class="status" role="status" aria-live="polite">{ (*status).clone().unwrap_or_default() }</p>
            { summary(&data) }
            <Export data={data.clone()} status={status.clone()} />
            <Import data={data.clone()} status={status.clone()} revision={revision.clone()} />
            <LockSection status={status.clone()} revision={revision.clone()} />
            { remove_section(&status, &revision) }
        </div>
    }
}

/// How many of each thing are kept, or why they cannot be read.
fn summary(data: &Result<Data, String>) -> Html {
    let body = match data {
        Err(message) => html! { <p class="notice notice--warning">{ message }</p> },
        Ok(d) => html! {
            <ul class="data-counts">
                <li>{ t!("data-people", count = d.tasks.people.len()) }</li>
                <li>{ t!("data-tasks", count = d.task_count()) }</li>
                <li>{ t!("data-sessions", count = d.session_count()) }</li>
                <li>{ t!("data-pictures", count = d.pictures.len()) }</li>
                <li>{ t!("data-scenarios", count = d.scenarios.len()) }</li>
            </ul>
        },
    };
    html! {
        <section aria-labelledby="kept-heading">
            <h2 id="kept-heading">{ t!("data-kept-heading") }</h2>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StatusProps {
    data: Rc<Result<Data, String>>,
    status: UseStateHandle<Option<String>>,
}

#[function_component(Export)]
fn export(props: &StatusProps) -> Html {
    let person = use_state(|| None::<PersonId>);
    let Ok(data) = &*props.data else {
        return html! {};
    };
    let save = |backup: Backup, name: String, status: UseStateHandle<Option<String>>| {
        let said = match download(&name, &backup.to_json()) {
            Ok(()) => {
                let mut lines = vec![t!("data-saved-file", name = name)];
                lines.extend(backup.notes);
                lines.join(" ")
            }
            Err(()) => t!("data-not-saved"),
        };
        status.set(Some(said));
    };
    let on_everything = {
        let (data, status) = (data.clone(), props.status.clone());
        Callback::from(move |_| {
            let backup = Backup::everything(&data, &now());
            save(
                backup,
                format!("work-steps-backup-{}.json", today()),
                status.clone(),
            );
        })
    };
    let on_pick = {
        let person = person.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            person.set(select.value().parse().ok().map(PersonId));
        })
    };
    let on_person = {
        let (data, status, person) = (data.clone(), props.status.clone(), person.clone());
        Callback::from(move |_| {
            let Some(id) = *person else {
                status.set(Some(t!("data-choose-person-first")));
                return;
            };
            if let Some(backup) = Backup::person(&data, id, &now()) {
                let label = match &backup.scope {
                    Scope::Person(label) => file_safe(label),
                    Scope::Everything => String::new(),
                };
                save(
                    backup,
                    format!("work-steps-{label}-{}.json", today()),
                    status.clone(),
                );
            }
        })
    };
    let empty = data.tasks.people.is_empty() && data.scenarios.is_empty();
    html! {
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">{ t!("data-backup-heading") }</h2>
            <p>{ t!("data-backup-intro") }</p>
            <div class="button-row">
                { button("button", t!("data-save-everything"), on_everything, empty) }
            </div>
            if !data.tasks.people.is_empty() {
                <div class="field">
                    <label class="field-label" for="export-person">{ t!("data-one-person") }</label>
                    <p class="field-hint" id="export-person-hint">{ t!("data-one-person-hint") }</p>
                    <div class="input-wrap">
                        <select id="export-person" class="select" aria-describedby="export-person-hint" onchange={on_pick}>
                            <option value="" selected={person.is_none()}>{ t!("data-choose-person") }</option>
                            { for data.tasks.people.iter().map(|p| html! {
                                <option value={p.id.0.to_string()} selected={*person == Some(p.id)}>{ &p.label }</option>
                            }) }
                        </select>
                        { button("button button--secondary", t!("data-save-person"), on_person, false) }
                    </div>
                </div>
            }
        </section>
    }
}

/// A label as part of a file name: letters and digits kept, the rest as `-`.
fn file_safe(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
}

#[derive(Properties, PartialEq)]
struct ChangeProps {
    data: Rc<Result<Data, String>>,
    status: UseStateHandle<Option<String>>,
    revision: UseStateHandle<u32>,
}

#[function_component(Import)]
fn import(props: &ChangeProps) -> Html {
    let pending = use_state(|| None::<Rc<Backup>>);
    let error = use_state(|| None::<String>);
    let how = use_state(|| How::Merge);
    let reader = use_mut_ref(|| None::<FileReader>);
    let report = use_state(Vec::<String>::new);

    let on_file = {
        let (pending, error, reader, report) = (
            pending.clone(),
            error.clone(),
            reader.clone(),
            report.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            pending.set(None);
            report.set(Vec::new());
            read_backup(file, pending.clone(), error.clone(), reader.clone());
        })
    };
    let on_how = |value: How| {
        let how = how.clone();
        Callback::from(move |_| how.set(value))
    };
    let on_cancel = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(None))
    };
    let on_apply = {
        let (pending, how, status, revision, report) = (
            pending.clone(),
            how.clone(),
            props.status.clone(),
            props.revision.clone(),
            report.clone(),
        );
        let data = props.data.clone();
        Callback::from(move |_| {
            let Some(backup) = (*pending).clone() else {
                return;
            };
            let current = match &*data {
                Ok(d) => d,
                Err(message) => return status.set(Some(message.clone())),
            };
            let (new_data, done) = match *how {
                How::Merge => backup::merge(current, &backup),
                How::Replace => backup::replace(current, &backup),
            };
            let values = stored::write(&new_data, &local_storage::all());
            match local_storage::replace_all(values) {
                Ok(()) => status.set(Some(t!("data-backup-in"))),
                Err(_) => status.set(Some(t!("data-backup-in-not-saved"))),
            }
            report.set(done.lines());
            pending.set(None);
            revision.set(*revision + 1);
        })
    };

    let invalid = error.is_some();
    html! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{ t!("data-import-heading") }</h2>
            <div class={classes!("field", invalid.then_some("field--error"))}>
                <label class="field-label" for="backup-file">{ t!("data-file-label") }</label>
                <p class="field-hint" id="backup-file-hint">{ t!("data-file-hint") }</p>
                if let Some(message) = &*error {
                    <p class="field-error" id="backup-file-error" role="alert">
                        <span class="visually-hidden">{ t!("error-prefix") }</span>{ message }
                    </p>
                }
                <input id="backup-file" class="file-input" type="file" accept=".json,application/json"
                    aria-describedby={if invalid { "backup-file-hint backup-file-error" } else { "backup-file-hint" }}
                    onchange={on_file} />
            </div>
            if let Some(backup) = &*pending {
                <div class="notice import-choice">
                    <p>{ backup.describe() }</p>
                    { for backup.notes.iter().map(|n| html! { <p>{ n }</p> }) }
                    <fieldset class="fieldset">
                        <legend class="field-label">{ t!("data-how-legend") }</legend>
                        <div class="radios">
                            <div class="radio">
                                <input type="radio" id="import-merge" name="import-how" checked={*how == How::Merge} onchange={on_how(How::Merge)} />
                                <label for="import-merge">{ t!("data-how-merge") }</label>
                            </div>
                            <div class="radio">
                                <input type="radio" id="import-replace" name="import-how" checked={*how == How::Replace} onchange={on_how(How::Replace)} />
                                <label for="import-replace">{ replace_label(backup) }</label>
                            </div>
                        </div>
                    </fieldset>
                    <div class="button-row">
                        { button("button", t!("data-bring-in"), on_apply, false) }
                        { button("button button--secondary", t!("data-cancel"), on_cancel, false) }
                    </div>
                </div>
            }
            if !report.is_empty() {
                <ul class="import-report">
                    { for report.iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
        </section>
    }
}

fn replace_label(backup: &Backup) -> String {
    match &backup.scope {
        Scope::Everything => t!("data-how-replace-everything"),
        Scope::Person(label) => t!("data-how-replace-person", person = label),
    }
}

fn read_backup(
    file: web_sys::File,
    pending: UseStateHandle<Option<Rc<Backup>>>,
    error: UseStateHandle<Option<String>>,
    reader: Rc<RefCell<Option<FileReader>>>,
) {
    if file.size() > backup::MAX_FILE_BYTES as f64 {
        error.set(Some(t!("data-file-too-big")));
        return;
    }
    let file = gloo::file::File::from(file);
    let task = gloo::file::callbacks::read_as_text(&file, move |text| {
        match text
            .map_err(|_| t!("data-file-unreadable"))
            .and_then(|t| Backup::from_json(&t).map_err(|e| e.to_string()))
        {
            Ok(backup) => {
                error.set(None);
                pending.set(Some(Rc::new(backup)));
            }
            Err(reason) => error.set(Some(t!("data-file-refused", reason = reason))),
        }
    });
    *reader.borrow_mut() = Some(task);
}

#[derive(Properties, PartialEq)]
struct LockProps {
    status: UseStateHandle<Option<String>>,
    revision: UseStateHandle<u32>,
}

#[function_component(LockSection)]
fn lock_section(props: &LockProps) -> Html {
    let (passphrase, on_passphrase) = use_text(String::new);
    let (again, on_again) = use_text(String::new);
    let idle = use_state(|| DEFAULT_IDLE_MINUTES);
    let error = use_state(|| None::<(bool, String)>);
    let busy = use_state(|| false);
    let on = local_storage::lock_idle_minutes();

    let on_idle = {
        let idle = idle.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(m) = select.value().parse() {
                idle.set(m);
            }
        })
    };
    let on_turn_on = {
        let (passphrase, again, idle, error, busy, status, revision) = (
            passphrase.clone(),
            again.clone(),
            idle.clone(),
            error.clone(),
            busy.clone(),
            props.status.clone(),
            props.revision.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            if let Err(problem) = lock::check_new_passphrase(&passphrase, &again) {
                let second = problem == lock::PassphraseProblem::Different;
                error.set(Some((second, problem.to_string())));
                return;
            }
            error.set(None);
            busy.set(true);
            let text = (*passphrase).clone();
            let minutes = *idle;
            let (busy, status, revision, passphrase, again) = (
                busy.clone(),
                status.clone(),
                revision.clone(),
                passphrase.clone(),
                again.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let said = match local_storage::turn_lock_on(&text, minutes).await {
                    Ok(()) => t!("data-lock-turned-on", minutes = minutes),
                    Err(message) => message,
                };
                passphrase.set(String::new());
                again.set(String::new());
                busy.set(false);
                status.set(Some(said));
                revision.set(*revision + 1);
            });
        })
    };
    let on_lock_now = Callback::from(|_| local_storage::lock_now());
    let on_turn_off = {
        let (status, revision) = (props.status.clone(), props.revision.clone());
        Callback::from(move |_| {
            let said = match local_storage::turn_lock_off() {
                Ok(()) => t!("data-lock-turned-off"),
                Err(message) => message,
            };
            status.set(Some(said));
            revision.set(*revision + 1);
        })
    };

    let field_error = |second: bool| {
        error
            .as_ref()
            .filter(|(s, _)| *s == second)
            .map(|(_, m)| m.clone())
    };
    let first_error = field_error(false);
    let second_error = field_error(true);
    html! {
        <section aria-labelledby="lock-heading">
            <h2 id="lock-heading">{ t!("data-lock-heading") }</h2>
            if let Some(minutes) = on {
                <p>{ t!("data-lock-is-on", minutes = minutes) }</p>
                <div class="button-row">
                    { button("button", t!("data-lock-now"), on_lock_now, false) }
                    { button("button button--secondary", t!("data-lock-off"), on_turn_off, false) }
                </div>
            } else {
                <p>{ t!("data-lock-intro") }</p>
                <div class="notice notice--warning">
                    <p><strong>{ t!("data-lock-warning") }</strong>{ " " }{ t!("data-lock-warning-more") }</p>
                </div>
                <form onsubmit={on_turn_on} novalidate=true>
                    { passphrase_field("lock-passphrase", t!("data-passphrase"), Some(t!("data-passphrase-hint")), &passphrase, on_passphrase, first_error, "new-password") }
                    { passphrase_field("lock-again", t!("data-passphrase-again"), None, &again, on_again, second_error, "new-password") }
                    <div class="field">
                        <label class="field-label" for="lock-idle">{ t!("data-lock-after") }</label>
                        <select id="lock-idle" class="select" onchange={on_idle}>
                            { for IDLE_CHOICES.iter().map(|m| html! {
                                <option value={m.to_string()} selected={*idle == *m}>{ t!("data-lock-minutes", minutes = *m) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="button" disabled={*busy}>
                        { if *busy { t!("data-lock-turning-on") } else { t!("data-lock-turn-on") } }
                    </button>
                </form>
            }
        </section>
    }
}

fn passphrase_field(
    id: &'static str,
    label: String,
    hint: Option<String>,
    value: &UseStateHandle<String>,
    oninput: Callback<InputEvent>,
    error: Option<String>,
    autocomplete: &'static str,
) -> Html {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = hint
        .as_ref()
        .map(|_| hint_id.as_str())
        .into_iter()
        .chain(error.as_ref().map(|_| error_id.as_str()))
        .collect();
    html! {
        <div class={classes!("field", error.is_some().then_some("field--error"))}>
            <label class="field-label" for={id}>{ label }</label>
            if let Some(hint) = hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint }</p>
            }
            if let Some(message) = &error {
                <p class="field-error" id={error_id.clone()}>
                    <span class="visually-hidden">{ t!("error-prefix") }</span>{ message }
                </p>
            }
            <input id={id} class="input w-20" type="password" autocomplete={autocomplete}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))}
                value={(**value).clone()} {oninput} />
        </div>
    }
}

fn remove_section(status: &UseStateHandle<Option<String>>, revision: &UseStateHandle<u32>) -> Html {
    let on_removed = {
        let (status, revision) = (status.clone(), revision.clone());
        Callback::from(move |_| {
            status.set(Some(t!("data-removed")));
            revision.set(*revision + 1);
        })
    };
    html! {
        <section aria-labelledby="remove-heading">
            <h2 id="remove-heading">{ t!("data-remove-heading") }</h2>
            <p>{ t!("data-remove-intro") }</p>
            <RemoveAll label={t!("data-remove-button")} {on_removed} />
        </section>
    }
}
