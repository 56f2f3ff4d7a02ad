//! A task's settings beside its progress: the prompt levels a coach records with (in order,
//! least to most help, each with its button code) and the aim line drawn on the chart. Every
//! change goes through the library's actions; what it refuses is said in the page's status
//! line, and beside the form that was sent, so it is seen on a phone as well as heard.

use super::use_tracker;
use crate::app::components::hooks::use_text;
use crate::tasks::TaskId;
use crate::tracker::hierarchy::MAX_LEVELS;
use crate::tracker::{Action, AimLine, Measure, PromptHierarchy, PromptLevel};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub task: TaskId,
}

/// Focus the first of `ids` that is on the page and not disabled.
fn focus_first(ids: &[String]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for id in ids {
        if let Some(el) = doc
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            if !el.has_attribute("disabled") {
                let _ = el.focus();
                return;
            }
        }
    }
}

/// The one character typed in a code box, or why it will not do.
fn one_code(text: &str) -> Result<char, String> {
    let mut chars = text.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphanumeric() => Ok(c),
        _ => Err("Type one letter or digit.".into()),
    }
}

/// The prompt levels of a task: reorder, rename, remove, add, or go back to the usual six.
#[function_component(HierarchyEditor)]
pub fn hierarchy_editor(props: &SettingsProps) -> Html {
    let tool = use_tracker();
    let task = props.task;
    let hierarchy = tool
        .state()
        .tracker(task)
        .map(|t| t.hierarchy.clone())
        .unwrap_or_default();
    let editing = use_state(|| None::<usize>);
    let confirm_reset = use_state(|| false);
    let focus = use_state(|| None::<Vec<String>>);
    // A form sent and not yet taken: if the library refuses it, its message shows here too.
    let pending = use_state(|| false);

    // Any change to the levels closes the rename form: it was saved (or the list moved under
    // it). A refusal leaves the levels as they were, so the form stays with what was typed.
    {
        let editing = editing.clone();
        let pending = pending.clone();
        use_effect_with(hierarchy.clone(), move |_| {
            editing.set(None);
            pending.set(false);
        });
    }
    {
        let focus = focus.clone();
        use_effect_with(((*focus).clone(), hierarchy.clone()), move |(ids, _)| {
            if let Some(ids) = ids {
                focus_first(ids);
                focus.set(None);
            }
        });
    }

    let n = hierarchy.len();
    let refusal = if *pending {
        tool.state().status.clone()
    } else {
        None
    };
    let act = {
        let tool = tool.clone();
        let pending = pending.clone();
        Callback::from(move |action: Action| {
            pending.set(true);
            tool.act(action);
        })
    };
    let move_level = |from: usize, to: usize, first: &'static str, second: &'static str| {
        let act = act.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            focus.set(Some(vec![
                format!("level-{to}-{first}"),
                format!("level-{to}-{second}"),
            ]));
            act.emit(Action::MoveLevel { task, from, to });
        })
    };
    let remove = |index: usize| {
        let act = act.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            if index > 0 {
                focus.set(Some(vec![format!("level-{}-rename", index - 1)]));
            }
            act.emit(Action::RemoveLevel { task, index });
        })
    };
    let rename = |index: usize| {
        let editing = editing.clone();
        let pending = pending.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            pending.set(false);
            editing.set(Some(index));
            focus.set(Some(vec![format!("level-{index}-name")]));
        })
    };
    let on_cancel_rename = {
        let editing = editing.clone();
        let focus = focus.clone();
        Callback::from(move |index: usize| {
            editing.set(None);
            focus.set(Some(vec![format!("level-{index}-rename")]));
        })
    };
    let on_reset = {
        let confirm = confirm_reset.clone();
        Callback::from(move |_: MouseEvent| confirm.set(!*confirm))
    };
    let on_reset_yes = {
        let confirm = confirm_reset.clone();
        let act = act.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            confirm.set(false);
            focus.set(Some(vec!["levels-reset".into()]));
            act.emit(Action::ResetHierarchy { task });
        })
    };
    let on_reset_no = {
        let confirm = confirm_reset.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            confirm.set(false);
            focus.set(Some(vec!["levels-reset".into()]));
        })
    };
    let usual = PromptHierarchy::default();
    let is_usual = hierarchy == usual;

    html! {
        <div class="levels-editor">
            <p class="field-hint">
                { "The levels of help you record with, from the least help to the most. Independent stays first. " }
                { "Changes count from the next session: sessions already recorded keep the levels they were recorded with." }
            </p>
            if let Some(message) = refusal.clone() {
                <p class="field-error" id="levels-refusal">{ message }</p>
            }
            <ol class="levels">
                { for hierarchy.levels.iter().enumerate().map(|(i, level)| {
                    let name = level.name.clone();
                    html! {
                        <li class="levels__item">
                            <p class="levels__words">
                                <span class={classes!("levels__code", format!("lvl-{}", i.min(5)))} aria-hidden="true">{ level.code }</span>
                                <span>
                                    <strong>{ &level.name }</strong>
                                    <span class="visually-hidden">{ format!(", button {}", level.code) }</span>
                                    if !level.description.is_empty() {
                                        <span class="levels__description">{ &level.description }</span>
                                    }
                                </span>
                            </p>
                            <div class="levels__actions">
                                if i >= 2 {
                                    <button type="button" id={format!("level-{i}-up")} class="button button--secondary"
                                        onclick={move_level(i, i - 1, "up", "down")}>
                                        { "Move up" }<span class="visually-hidden">{ format!(": {name}") }</span>
                                    </button>
                                }
                                if i >= 1 && i + 1 < n {
                                    <button type="button" id={format!("level-{i}-down")} class="button button--secondary"
                                        onclick={move_level(i, i + 1, "down", "up")}>
                                        { "Move down" }<span class="visually-hidden">{ format!(": {name}") }</span>
                                    </button>
                                }
                                <button type="button" id={format!("level-{i}-rename")} class="button button--secondary"
                                    aria-expanded={(*editing == Some(i)).to_string()}
                                    onclick={rename(i)}>
                                    { "Rename" }<span class="visually-hidden">{ format!(": {name}") }</span>
                                </button>
                                <button type="button" id={format!("level-{i}-remove")} class="button button--secondary"
                                    onclick={remove(i)}>
                                    { "Remove" }<span class="visually-hidden">{ format!(": {name}") }</span>
                                </button>
                            </div>
                            if *editing == Some(i) {
                                <RenameLevel index={i} level={level.clone()} on_save={act.clone()}
                                    task={task} on_cancel={on_cancel_rename.clone()}
                                    refused={refusal.is_some()} />
                            }
                        </li>
                    }
                }) }
            </ol>
            // The refusal is read with the boxes of the form it answers: the open rename
            // form, or else the add form.
            <AddLevel key={n} task={task} levels={hierarchy.levels.clone()} on_add={act.clone()}
                refused={refusal.is_some() && editing.is_none()} />
            <div class="button-row">
                <button type="button" id="levels-reset" class="button button--secondary"
                    aria-expanded={confirm_reset.to_string()} disabled={is_usual && !*confirm_reset}
                    onclick={on_reset}>
                    { "Back to the usual six levels" }
                </button>
            </div>
            if is_usual {
                <p class="field-hint">{ "These are the usual six levels." }</p>
            }
            if *confirm_reset {
                <div class="levels-confirm" role="group" aria-labelledby="levels-confirm-question">
                    <p id="levels-confirm-question">
                        { format!(
                            "Put back {}? This task's own levels, names and codes go. Sessions already recorded keep the levels they were recorded with.",
                            usual.levels.iter().map(|l| l.name.as_str()).collect::<Vec<_>>().join(", ")
                        ) }
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button--warning" onclick={on_reset_yes}>{ "Yes, put them back" }</button>
                        <button type="button" class="button button--secondary" onclick={on_reset_no}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RenameProps {
    task: TaskId,
    index: usize,
    level: PromptLevel,
    on_save: Callback<Action>,
    on_cancel: Callback<usize>,
    /// The library refused what this form sent (the message is `#levels-refusal`).
    refused: bool,
}

/// The name, code and description of one level, to change.
#[function_component(RenameLevel)]
fn rename_level(props: &RenameProps) -> Html {
    let level = &props.level;
    let (name, on_name) = use_text(|| level.name.clone());
    let (code, on_code) = use_text(|| level.code.to_string());
    let (description, on_description) = use_text(|| level.description.clone());
    let code_error = use_state(|| None::<String>);
    let (task, index) = (props.task, props.index);
    let id = |what: &str| format!("level-{index}-{what}");
    let on_submit = {
        let (name, code, description) = (name.clone(), code.clone(), description.clone());
        let code_error = code_error.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match one_code(&code) {
                Err(m) => {
                    code_error.set(Some(m));
                    focus_first(&[format!("level-{index}-code")]);
                }
                Ok(c) => {
                    code_error.set(None);
                    on_save.emit(Action::EditLevel {
                        task,
                        index,
                        name: (*name).clone(),
                        code: c,
                        description: (*description).clone(),
                    });
                }
            }
        })
    };
    let on_cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(index))
    };
    html! {
        <form class="levels-form" onsubmit={on_submit} aria-label={format!("Rename {}", level.name)}>
            { level_fields(&id, (&name, on_name), (&code, on_code), (&description, on_description), (*code_error).clone(), props.refused) }
            <div class="button-row">
                <button type="submit" class="button">{ "Save" }</button>
                <button type="button" class="button button--secondary" onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </form>
    }
}

type TextBox<'a> = (&'a UseStateHandle<String>, Callback<InputEvent>);

/// The three boxes of a level, with labels and hints; `id` names each box.
fn level_fields(
    id: &dyn Fn(&str) -> String,
    (name, on_name): TextBox,
    (code, on_code): TextBox,
    (description, on_description): TextBox,
    code_error: Option<String>,
    refused: bool,
) -> Html {
    let code_hint = id("code-hint");
    let code_error_id = id("code-error");
    let mut described = if code_error.is_some() {
        format!("{code_hint} {code_error_id}")
    } else {
        code_hint.clone()
    };
    let refusal = refused.then_some("levels-refusal");
    if let Some(r) = refusal {
        described = format!("{described} {r}");
    }
    html! {
        <>
            <div class="field">
                <label class="field-label" for={id("name")}>{ "Name" }</label>
                <input id={id("name")} class="input w-20" type="text" autocomplete="off"
                    aria-describedby={refusal} value={(**name).clone()} oninput={on_name} />
            </div>
            <div class="field">
                <label class="field-label" for={id("code")}>{ "Button code" }</label>
                <p class="field-hint" id={code_hint}>{ "One letter or digit, shown on the recording button. Each level needs its own." }</p>
                if let Some(e) = code_error.clone() {
                    <p class="field-error" id={code_error_id}>{ e }</p>
                }
                <input id={id("code")} class="input w-2" type="text" autocomplete="off" maxlength="2"
                    aria-invalid={code_error.is_some().to_string()} aria-describedby={described}
                    value={(**code).clone()} oninput={on_code} />
            </div>
            <div class="field">
                <label class="field-label" for={id("description")}>{ "What you do at this level (optional)" }</label>
                <textarea id={id("description")} class="textarea" rows="2"
                    value={(**description).clone()} oninput={on_description} />
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    task: TaskId,
    levels: Vec<PromptLevel>,
    on_add: Callback<Action>,
    /// The library refused what this form sent (the message is `#levels-refusal`).
    refused: bool,
}

/// A new level, and where it goes.
#[function_component(AddLevel)]
fn add_level(props: &AddProps) -> Html {
    let (name, on_name) = use_text(String::new);
    let (code, on_code) = use_text(String::new);
    let (description, on_description) = use_text(String::new);
    let n = props.levels.len();
    let at = use_state(|| n);
    let code_error = use_state(|| None::<String>);
    let task = props.task;
    let id = |what: &str| format!("new-level-{what}");
    let on_at = {
        let at = at.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(v) = select.value().parse() {
                    at.set(v);
                }
            }
        })
    };
    let on_submit = {
        let (name, code, description) = (name.clone(), code.clone(), description.clone());
        let (at, code_error) = (at.clone(), code_error.clone());
        let on_add = props.on_add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match one_code(&code) {
                Err(m) => {
                    code_error.set(Some(m));
                    focus_first(&["new-level-code".into()]);
                }
                Ok(c) => {
                    code_error.set(None);
                    on_add.emit(Action::AddLevel {
                        task,
                        at: *at,
                        name: (*name).clone(),
                        code: c,
                        description: (*description).clone(),
                    });
                }
            }
        })
    };
    html! {
        <form class="levels-form" onsubmit={on_submit} aria-labelledby="new-level-heading">
            <h4 id="new-level-heading">{ "Add a level" }</h4>
            <p class="field-hint">{ format!("{n} of at most {MAX_LEVELS} levels.") }</p>
            { level_fields(&id, (&name, on_name), (&code, on_code), (&description, on_description), (*code_error).clone(), props.refused) }
            <div class="field">
                <label class="field-label" for="new-level-at">{ "Where it goes" }</label>
                <select id="new-level-at" class="select" onchange={on_at}>
                    { for props.levels.iter().enumerate().map(|(i, l)| html! {
                        <option value={(i + 1).to_string()} selected={*at == i + 1}>
                            { if i + 1 == n { format!("Last, after {} (the most help)", l.name) } else { format!("After {}", l.name) } }
                        </option>
                    }) }
                </select>
            </div>
            <button type="submit" class="button button--secondary" disabled={n >= MAX_LEVELS}>{ "Add the level" }</button>
            if n >= MAX_LEVELS {
                <p class="field-hint">{ format!("A task has at most {MAX_LEVELS} levels. Remove one to add another.") }</p>
            }
        </form>
    }
}

/// The aim line on the chart: from where the person is now to where the team wants them to
/// be, in a number of sessions.
#[function_component(AimEditor)]
pub fn aim_editor(props: &SettingsProps) -> Html {
    let tool = use_tracker();
    let tracker = tool.state().tracker(props.task);
    let aim = tracker.and_then(|t| t.aim.clone());
    let sessions = tracker.map_or(0, |t| t.scores().len());
    // A fresh form whenever the saved line changes, so the boxes show what is saved. (Not
    // `{aim:?}`: the release build leaves Debug formatting out to save space.)
    let key = serde_json::to_string(&aim).unwrap_or_default();
    html! {
        <AimForm {key} task={props.task} aim={aim} sessions={sessions} />
    }
}

#[derive(Properties, PartialEq)]
struct AimFormProps {
    task: TaskId,
    aim: Option<AimLine>,
    /// Sessions on the chart so far.
    sessions: usize,
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// A percent from 0 to 100, as typed (a comma is read as a decimal point). Read as a
/// decimal, not with `str::parse::<f64>`, which is the only user of the standard library's
/// float parser and its tables in the .wasm.
fn percent(text: &str) -> Result<f64, String> {
    use rust_decimal::prelude::ToPrimitive;
    text.trim()
        .replace(',', ".")
        .parse::<rust_decimal::Decimal>()
        .ok()
        .and_then(|v| v.to_f64())
        .filter(|v| (0.0..=100.0).contains(v))
        .ok_or_else(|| "Type a percent from 0 to 100.".into())
}

fn whole(text: &str, low: u32, high: u32) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|v| (low..=high).contains(v))
        .ok_or_else(|| format!("Type a whole number from {low} to {high}."))
}

#[function_component(AimForm)]
fn aim_form(props: &AimFormProps) -> Html {
    let tool = use_tracker();
    let saved = props.aim.clone();
    let measure = use_state(|| saved.as_ref().map_or(Measure::default(), |a| a.measure));
    let (baseline, on_baseline) = use_text(|| {
        saved
            .as_ref()
            .map_or(String::new(), |a| number_text(a.baseline))
    });
    let (target, on_target) = use_text(|| {
        saved
            .as_ref()
            .map_or_else(|| "100".into(), |a| number_text(a.target))
    });
    let (over, on_over) = use_text(|| {
        saved
            .as_ref()
            .map_or(String::new(), |a| a.over_sessions.to_string())
    });
    // Shown from 1; the library counts from 0. By default the line starts at the latest session.
    let (start, on_start) = use_text(|| {
        saved
            .as_ref()
            .map_or(props.sessions.max(1), |a| a.from_session + 1)
            .to_string()
    });
    let tried = use_state(|| false);
    let task = props.task;

    let checks = [
        ("aim-baseline", percent(&baseline).err()),
        ("aim-target", percent(&target).err()),
        ("aim-over", whole(&over, 1, 200).err()),
        ("aim-start", whole(&start, 1, 1000).err()),
    ];
    let error = |id: &str| -> Option<String> {
        if !*tried {
            return None;
        }
        checks
            .iter()
            .find(|(i, _)| *i == id)
            .and_then(|(_, e)| e.clone())
    };

    let on_submit = {
        let tool = tool.clone();
        let tried = tried.clone();
        let (measure, baseline, target, over, start) = (
            measure.clone(),
            baseline.clone(),
            target.clone(),
            over.clone(),
            start.clone(),
        );
        let first_bad = checks
            .iter()
            .find(|(_, e)| e.is_some())
            .map(|(id, _)| id.to_string());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            if let Some(id) = &first_bad {
                focus_first(std::slice::from_ref(id));
                return;
            }
            let (Ok(b), Ok(t), Ok(o), Ok(s)) = (
                percent(&baseline),
                percent(&target),
                whole(&over, 1, 200),
                whole(&start, 1, 1000),
            ) else {
                return;
            };
            tool.act(Action::SetAim {
                task,
                aim: Some(AimLine {
                    measure: *measure,
                    from_session: s as usize - 1,
                    baseline: b,
                    target: t,
                    over_sessions: o,
                }),
            });
        })
    };
    let on_remove = tool.on::<MouseEvent>(Action::SetAim { task, aim: None });
    let pick = |m: Measure| {
        let measure = measure.clone();
        Callback::from(move |_: Event| measure.set(m))
    };
    let number = |id: &'static str,
                  label: &'static str,
                  hint: &'static str,
                  unit: &'static str,
                  value: &UseStateHandle<String>,
                  oninput: Callback<InputEvent>| {
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let error = error(id);
        let described = if error.is_some() {
            format!("{hint_id} {error_id}")
        } else {
            hint_id.clone()
        };
        html! {
            <div class={classes!("field", error.is_some().then_some("field--error"))}>
                <label class="field-label" for={id}>{ label }</label>
                <p class="field-hint" id={hint_id}>{ hint }</p>
                if let Some(e) = error.clone() {
                    <p class="field-error" id={error_id}>{ e }</p>
                }
                <div class="input-wrap">
                    <input id={id} class="input w-4" type="text" inputmode="decimal" autocomplete="off"
                        aria-invalid={error.is_some().to_string()} aria-describedby={described}
                        value={(**value).clone()} {oninput} />
                    if !unit.is_empty() { <span class="input-unit" aria-hidden="true">{ unit }</span> }
                </div>
            </div>
        }
    };
    let measures = [Measure::PercentIndependent, Measure::Weighted];
    let measure_hint = |m: Measure| match m {
        Measure::PercentIndependent => "The share of the steps done with no help.",
        Measure::Weighted => "Full credit for a step done alone, less for each level of help.",
    };
    html! {
        <form class="aim-form" onsubmit={on_submit} novalidate=true>
            <p class="field-hint">
                { "The aim line goes from where the person is now to where you want them to be. When sessions stay below it, the tracker says learning may have stopped." }
            </p>
            if let Some(a) = &saved {
                <p>{ format!(
                    "Saved: from {}% at session {} to {}% in {} sessions ({}).",
                    number_text(a.baseline), a.from_session + 1, number_text(a.target), a.over_sessions,
                    a.measure.label().to_lowercase()
                ) }</p>
            }
            <fieldset class="fieldset field">
                <legend class="field-label">{ "What the line measures" }</legend>
                <div class="radios">
                    { for measures.iter().map(|m| {
                        let id = match m { Measure::PercentIndependent => "aim-measure-alone", Measure::Weighted => "aim-measure-weighted" };
                        let hint_id = format!("{id}-hint");
                        html! {
                            <div class="radio radio--hinted">
                                <input type="radio" class="radio-input" name="aim-measure" id={id}
                                    checked={*measure == *m} onchange={pick(*m)} aria-describedby={hint_id.clone()} />
                                <label class="radio-label" for={id}>
                                    { m.label() }
                                    <span class="field-hint radio-hint" id={hint_id}>{ measure_hint(*m) }</span>
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            { number("aim-baseline", "Start", "Where the person is now, from 0 to 100.", "%", &baseline, on_baseline) }
            { number("aim-target", "Target", "Where you want them to be, from 0 to 100.", "%", &target, on_target) }
            { number("aim-over", "Sessions to get there", "In how many sessions, from 1 to 200.", "", &over, on_over) }
            { number("aim-start", "Starting at session", "Usually the latest session, before the teaching changes.", "", &start, on_start) }
            <div class="button-row">
                <button type="submit" class="button button--secondary">{ "Save the aim line" }</button>
                if saved.is_some() {
                    <button type="button" class="button button--secondary" onclick={on_remove}>{ "Remove the aim line" }</button>
                }
            </div>
        </form>
    }
}
