//! A task's settings beside its progress: the prompt levels a coach records with (in order,
//! least to most help, each with its button code) and the aim line drawn on the chart. Every
//! change goes through the library's actions; what it refuses is said in the page's status
//! line, and beside the form that was sent, so it is seen on a phone as well as heard.

use super::{use_tracker, TrackerTool, Verb};
use crate::app::components::focus_first;
use crate::app::components::hooks::use_text;
use crate::app::pages::parts::button;
use crate::tasks::TaskId;
use crate::tracker::aim_form::{number_text, AimBox, AimText};
use crate::tracker::hierarchy::MAX_LEVELS;
use crate::tracker::{AimLine, Measure, PromptHierarchy, PromptLevel};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub task: TaskId,
}

/// The one character typed in a code box, or why it will not do.
fn one_code(text: &str) -> Result<char, String> {
    let mut chars = text.trim().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_alphanumeric() => Ok(c),
        _ => Err(t!("track-code-one")),
    }
}

/// The code typed in a level form's code box (`box_id`) when it will do; otherwise why not,
/// shown beside the box (`code_error`), and focus goes there.
fn checked_code(
    text: &str,
    code_error: &UseStateHandle<Option<String>>,
    box_id: &str,
) -> Option<char> {
    match one_code(text) {
        Err(m) => {
            code_error.set(Some(m));
            focus_first(&[box_id.to_string()]);
            None
        }
        Ok(c) => {
            code_error.set(None);
            Some(c)
        }
    }
}

/// Which way a level moves in the list.
#[derive(Clone, Copy, PartialEq)]
enum Move {
    Up,
    Down,
}

impl Move {
    /// The part of the button's id that says which way ("level-2-up").
    fn key(self) -> &'static str {
        match self {
            Move::Up => "up",
            Move::Down => "down",
        }
    }

    fn back(self) -> Move {
        match self {
            Move::Up => Move::Down,
            Move::Down => Move::Up,
        }
    }

    /// Where the level at `from` goes.
    fn to(self, from: usize) -> usize {
        match self {
            Move::Up => from - 1,
            Move::Down => from + 1,
        }
    }
}

/// What the levels' rows and forms share: the task, the library's actions (marking a form
/// as sent, so its refusal shows beside it), which level is being renamed, and where focus
/// goes after the next change.
struct Levels {
    task: TaskId,
    act: Callback<Verb>,
    editing: UseStateHandle<Option<usize>>,
    pending: UseStateHandle<bool>,
    focus: UseStateHandle<Option<Vec<String>>>,
}

impl Levels {
    /// Move a level; focus stays on its button at its new place (or the other one, at an end).
    fn move_level(&self, from: usize, way: Move) -> Callback<MouseEvent> {
        let (focus, act, task, to) = (
            self.focus.clone(),
            self.act.clone(),
            self.task,
            way.to(from),
        );
        Callback::from(move |_: MouseEvent| {
            focus.set(Some(vec![
                format!("level-{to}-{}", way.key()),
                format!("level-{to}-{}", way.back().key()),
            ]));
            act.emit(Box::new(move |t| t.move_level(task, from, to)));
        })
    }

    /// Remove a level; focus goes to the one above it.
    fn remove(&self, index: usize) -> Callback<MouseEvent> {
        let (focus, act, task) = (self.focus.clone(), self.act.clone(), self.task);
        Callback::from(move |_: MouseEvent| {
            if index > 0 {
                focus.set(Some(vec![format!("level-{}-rename", index - 1)]));
            }
            act.emit(Box::new(move |t| t.remove_level(task, index)));
        })
    }

    /// Open the rename form of a level, at its first box.
    fn rename(&self, index: usize) -> Callback<MouseEvent> {
        let (pending, editing, focus) = (
            self.pending.clone(),
            self.editing.clone(),
            self.focus.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            pending.set(false);
            editing.set(Some(index));
            focus.set(Some(vec![format!("level-{index}-name")]));
        })
    }

    /// Close the rename form, back to its button.
    fn cancel_rename(&self) -> Callback<usize> {
        let (editing, focus) = (self.editing.clone(), self.focus.clone());
        Callback::from(move |index: usize| {
            editing.set(None);
            focus.set(Some(vec![format!("level-{index}-rename")]));
        })
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
        Callback::from(move |verb: Verb| {
            pending.set(true);
            verb(&tool);
        })
    };
    let levels = Levels {
        task,
        act: act.clone(),
        editing: editing.clone(),
        pending,
        focus,
    };

    html! {
        <div class="levels-editor">
            <p class="field-hint">
                { t!("track-levels-intro") }
            </p>
            if let Some(message) = refusal.clone() {
                <p class="field-error" id="levels-refusal">{ message }</p>
            }
            <ol class="levels">
                { for hierarchy.levels.iter().enumerate().map(|(i, level)| level_row(&levels, i, level, n, refusal.is_some())) }
            </ol>
            // The refusal is read with the boxes of the form it answers: the open rename
            // form, or else the add form.
            <AddLevel key={n} task={task} levels={hierarchy.levels.clone()} on_add={act}
                refused={refusal.is_some() && editing.is_none()} />
            { reset_levels(&levels, &confirm_reset, hierarchy == PromptHierarchy::default()) }
        </div>
    }
}

/// One level in the list: its code, name and description, the buttons that change it, and
/// its rename form when open.
fn level_row(levels: &Levels, i: usize, level: &PromptLevel, n: usize, refused: bool) -> Html {
    let name = level.shown_name();
    let editing = *levels.editing == Some(i);
    html! {
        <li class="levels__item">
            <p class="levels__words">
                <span class={classes!("levels__code", format!("lvl-{}", i.min(5)))} aria-hidden="true">{ level.shown_code() }</span>
                <span>
                    <strong>{ name.clone() }</strong>
                    <span class="visually-hidden">{ format!(", {}", t!("track-level-button", code = level.shown_code().to_string())) }</span>
                    if !level.description.is_empty() {
                        <span class="levels__description">{ level.shown_description() }</span>
                    }
                </span>
            </p>
            <div class="levels__actions">
                if i >= 2 {
                    { level_button(i, Move::Up.key(), t!("track-level-up"), &name, None, levels.move_level(i, Move::Up)) }
                }
                if i >= 1 && i + 1 < n {
                    { level_button(i, Move::Down.key(), t!("track-level-down"), &name, None, levels.move_level(i, Move::Down)) }
                }
                { level_button(i, "rename", t!("track-level-rename"), &name, Some(editing), levels.rename(i)) }
                { level_button(i, "remove", t!("track-level-remove"), &name, None, levels.remove(i)) }
            </div>
            if editing {
                <RenameLevel index={i} level={level.clone()} on_save={levels.act.clone()}
                    task={levels.task} on_cancel={levels.cancel_rename()}
                    refused={refused} />
            }
        </li>
    }
}

/// "Go back to the usual levels", asked again (`confirm`) before it is done.
fn reset_levels(levels: &Levels, confirm: &UseStateHandle<bool>, is_usual: bool) -> Html {
    let task = levels.task;
    let on_reset = {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(!*confirm))
    };
    let answer = |yes: bool| {
        let (confirm, focus, act) = (confirm.clone(), levels.focus.clone(), levels.act.clone());
        Callback::from(move |_: MouseEvent| {
            confirm.set(false);
            focus.set(Some(vec!["levels-reset".into()]));
            if yes {
                act.emit(Box::new(move |t| t.reset_hierarchy(task)));
            }
        })
    };
    let usual = PromptHierarchy::default();
    html! {
        <>
            <div class="button-row">
                <button type="button" id="levels-reset" class="button button--secondary"
                    aria-expanded={confirm.to_string()} disabled={is_usual && !**confirm}
                    onclick={on_reset}>
                    { t!("track-levels-reset-button") }
                </button>
            </div>
            if is_usual {
                <p class="field-hint">{ t!("track-levels-usual") }</p>
            }
            if **confirm {
                <div class="levels-confirm" role="group" aria-labelledby="levels-confirm-question">
                    <p id="levels-confirm-question">
                        { t!(
                            "track-levels-reset-question",
                            levels = usual.levels.iter().map(PromptLevel::shown_name).collect::<Vec<_>>().join(", ")
                        ) }
                    </p>
                    <div class="button-row">
                        { button("button button--warning", t!("track-levels-reset-yes"), answer(true), false) }
                        { button("button button--secondary", t!("track-cancel"), answer(false), false) }
                    </div>
                </div>
            }
        </>
    }
}

/// One of a level's buttons (`level-{i}-{what}`): its words, then the level's name for a
/// screen reader; `expanded` when it opens something.
fn level_button(
    i: usize,
    what: &str,
    words: String,
    name: &str,
    expanded: Option<bool>,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" id={format!("level-{i}-{what}")} class="button button--secondary"
            aria-expanded={expanded.map(|e| e.to_string())}
            {onclick}>
            { words }<span class="visually-hidden">{ format!(": {name}") }</span>
        </button>
    }
}

#[derive(Properties, PartialEq)]
struct RenameProps {
    task: TaskId,
    index: usize,
    level: PromptLevel,
    on_save: Callback<Verb>,
    on_cancel: Callback<usize>,
    /// The library refused what this form sent (the message is `#levels-refusal`).
    refused: bool,
}

/// The name, code and description of one level, to change.
#[function_component(RenameLevel)]
fn rename_level(props: &RenameProps) -> Html {
    let level = &props.level;
    let (name, on_name) = use_text(|| level.shown_name());
    let (code, on_code) = use_text(|| level.shown_code().to_string());
    let (description, on_description) = use_text(|| level.shown_description());
    let code_error = use_state(|| None::<String>);
    let (task, index) = (props.task, props.index);
    let id = |what: &str| format!("level-{index}-{what}");
    let on_submit = {
        let (name, code, description) = (name.clone(), code.clone(), description.clone());
        let code_error = code_error.clone();
        let on_save = props.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(c) = checked_code(&code, &code_error, &format!("level-{index}-code")) {
                let (name, about) = ((*name).clone(), (*description).clone());
                on_save.emit(Box::new(move |t| t.edit_level(task, index, name, c, about)));
            }
        })
    };
    let on_cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(index))
    };
    html! {
        <form class="levels-form" onsubmit={on_submit} aria-label={t!("track-level-rename-form", name = level.shown_name())}>
            { level_fields(&id, (&name, on_name), (&code, on_code), (&description, on_description), (*code_error).clone(), props.refused) }
            <div class="button-row">
                <button type="submit" class="button">{ t!("track-save") }</button>
                { button("button button--secondary", t!("track-cancel"), on_cancel, false) }
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
                <label class="field-label" for={id("name")}>{ t!("track-level-name") }</label>
                <input id={id("name")} class="input w-20" type="text" autocomplete="off"
                    aria-describedby={refusal} value={(**name).clone()} oninput={on_name} />
            </div>
            <div class="field">
                <label class="field-label" for={id("code")}>{ t!("track-level-code") }</label>
                <p class="field-hint" id={code_hint}>{ t!("track-level-code-hint") }</p>
                if let Some(e) = code_error.clone() {
                    <p class="field-error" id={code_error_id}>{ e }</p>
                }
                <input id={id("code")} class="input w-2" type="text" autocomplete="off" maxlength="2"
                    aria-invalid={code_error.is_some().to_string()} aria-describedby={described}
                    value={(**code).clone()} oninput={on_code} />
            </div>
            <div class="field">
                <label class="field-label" for={id("description")}>{ t!("track-level-description") }</label>
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
    on_add: Callback<Verb>,
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
            if let Some(c) = checked_code(&code, &code_error, "new-level-code") {
                let (at, name, about) = (*at, (*name).clone(), (*description).clone());
                on_add.emit(Box::new(move |t| t.add_level(task, at, name, c, about)));
            }
        })
    };
    html! {
        <form class="levels-form" onsubmit={on_submit} aria-labelledby="new-level-heading">
            <h4 id="new-level-heading">{ t!("track-level-add-heading") }</h4>
            <p class="field-hint">{ t!("track-levels-used", count = n, max = MAX_LEVELS) }</p>
            { level_fields(&id, (&name, on_name), (&code, on_code), (&description, on_description), (*code_error).clone(), props.refused) }
            <div class="field">
                <label class="field-label" for="new-level-at">{ t!("track-level-where") }</label>
                <select id="new-level-at" class="select" onchange={on_at}>
                    { for props.levels.iter().enumerate().map(|(i, l)| html! {
                        <option value={(i + 1).to_string()} selected={*at == i + 1}>
                            { if i + 1 == n { t!("track-level-where-last", name = l.shown_name()) } else { t!("track-level-where-after", name = l.shown_name()) } }
                        </option>
                    }) }
                </select>
            </div>
            <button type="submit" class="button button--secondary" disabled={n >= MAX_LEVELS}>{ t!("track-level-add") }</button>
            if n >= MAX_LEVELS {
                <p class="field-hint">{ t!("track-levels-max", max = MAX_LEVELS) }</p>
            }
        </form>
    }
}

/// The aim line on the chart: from where the person is now to where the team wants them to
/// be, in a number of sessions.
pub fn aim_editor(tool: &TrackerTool, task: TaskId) -> Html {
    let tracker = tool.state().tracker(task);
    let aim = tracker.and_then(|t| t.aim.clone());
    let sessions = tracker.map_or(0, |t| t.scores().len());
    // A fresh form whenever the saved line changes, so the boxes show what is saved. (Not
    // `{aim:?}`: the release build leaves Debug formatting out to save space.)
    let key = serde_json::to_string(&aim).unwrap_or_default();
    html! {
        <AimForm {key} {task} aim={aim} sessions={sessions} />
    }
}

#[derive(Properties, PartialEq)]
struct AimFormProps {
    task: TaskId,
    aim: Option<AimLine>,
    /// Sessions on the chart so far.
    sessions: usize,
}

/// The aim line's boxes, checked in the library ([`AimText`]); a box's message shows
/// beside it once the form has been sent.
#[function_component(AimForm)]
fn aim_form(props: &AimFormProps) -> Html {
    let tool = use_tracker();
    let saved = props.aim.clone();
    let measure = use_state(|| saved.as_ref().map_or(Measure::default(), |a| a.measure));
    let initial = AimText::new(saved.as_ref(), props.sessions);
    let (baseline, on_baseline) = use_text(|| initial.baseline.clone());
    let (target, on_target) = use_text(|| initial.target.clone());
    let (over, on_over) = use_text(|| initial.over.clone());
    let (start, on_start) = use_text(|| initial.start.clone());
    let tried = use_state(|| false);
    let task = props.task;
    let typed = AimText {
        baseline: (*baseline).clone(),
        target: (*target).clone(),
        over: (*over).clone(),
        start: (*start).clone(),
    };

    let on_submit = {
        let tool = tool.clone();
        let tried = tried.clone();
        let measure = measure.clone();
        let typed = typed.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            match typed.aim(*measure) {
                Err(first_bad) => focus_first(&[first_bad.id().to_string()]),
                Ok(aim) => tool.set_aim(task, Some(aim)),
            }
        })
    };
    let on_remove = tool.on::<MouseEvent>(move |t| t.set_aim(task, None));
    let number = |b: AimBox, value: &UseStateHandle<String>, oninput: Callback<InputEvent>| {
        let error = if *tried { typed.problem(b) } else { None };
        aim_box(b, error, value, oninput)
    };
    html! {
        <form class="aim-form" onsubmit={on_submit} novalidate=true>
            <p class="field-hint">
                { t!("track-aim-intro") }
            </p>
            if let Some(a) = &saved {
                <p>{ t!(
                    "track-aim-saved-line",
                    start = number_text(a.baseline), session = a.from_session + 1, target = number_text(a.target),
                    count = a.over_sessions, measure = a.measure.label().to_lowercase()
                ) }</p>
            }
            { measure_choice(&measure) }
            { number(AimBox::Baseline, &baseline, on_baseline) }
            { number(AimBox::Target, &target, on_target) }
            { number(AimBox::Over, &over, on_over) }
            { number(AimBox::Start, &start, on_start) }
            <div class="button-row">
                <button type="submit" class="button button--secondary">{ t!("track-aim-save") }</button>
                if saved.is_some() {
                    { button("button button--secondary", t!("track-aim-remove"), on_remove, false) }
                }
            </div>
        </form>
    }
}

/// Which figure the aim line is on: radios, each with its hint.
fn measure_choice(measure: &UseStateHandle<Measure>) -> Html {
    let pick = |m: Measure| {
        let measure = measure.clone();
        Callback::from(move |_: Event| measure.set(m))
    };
    let measures = [Measure::PercentIndependent, Measure::Weighted];
    let measure_hint = |m: Measure| match m {
        Measure::PercentIndependent => t!("track-measure-alone-hint"),
        Measure::Weighted => t!("track-measure-weighted-hint"),
    };
    html! {
        <fieldset class="fieldset field">
            <legend class="field-label">{ t!("track-aim-measure") }</legend>
            <div class="radios">
                { for measures.iter().map(|m| {
                    let id = match m { Measure::PercentIndependent => "aim-measure-alone", Measure::Weighted => "aim-measure-weighted" };
                    let hint_id = format!("{id}-hint");
                    html! {
                        <div class="radio radio--hinted">
                            <input type="radio" class="radio-input" name="aim-measure" id={id}
                                checked={**measure == *m} onchange={pick(*m)} aria-describedby={hint_id.clone()} />
                            <label class="radio-label" for={id}>
                                { m.label() }
                                <span class="field-hint radio-hint" id={hint_id}>{ measure_hint(*m) }</span>
                            </label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// One of the aim line's boxes, with its label, hint, unit and message.
fn aim_box(
    b: AimBox,
    error: Option<String>,
    value: &UseStateHandle<String>,
    oninput: Callback<InputEvent>,
) -> Html {
    let (label, hint, unit) = match b {
        AimBox::Baseline => (t!("track-aim-start"), t!("track-aim-start-hint"), "%"),
        AimBox::Target => (t!("track-aim-target"), t!("track-aim-target-hint"), "%"),
        AimBox::Over => (t!("track-aim-over"), t!("track-aim-over-hint"), ""),
        AimBox::Start => (t!("track-aim-from"), t!("track-aim-from-hint"), ""),
    };
    let id = b.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
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
}
