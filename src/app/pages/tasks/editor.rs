//! The task editor: title, workplace and chaining; the steps in order, each moved by
//! dragging its handle (touch or mouse) or with "Move up" / "Move down" (keyboard); a step
//! opened to edit its words, cue, key-step flag and picture, or to split or merge it; undo
//! and redo; new steps one at a time or pasted as lines.

use super::{described_by, error_for, field_class, field_error, pictures, use_tasks, TaskTool};
use crate::app::pages::parts::button;
use crate::tasks::{Chaining, Field, PictureRef, Step, StepId, TaskAnalysis};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub on_job_aid: Callback<MouseEvent>,
    pub on_checklist: Callback<MouseEvent>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let tasks = use_tasks();
    let return_focus = use_return_focus();
    let order: Vec<StepId> = tasks
        .state()
        .selected_task()
        .map(|t| t.steps().iter().map(|s| s.id).collect())
        .unwrap_or_default();
    let follow = use_focus_following_moves(order);
    // Drag: the index being dragged and the index it is over.
    let drag = use_state(|| None::<(usize, usize)>);
    let state = tasks.state();
    let Some(task) = state.selected_task() else {
        return html! {};
    };
    let steps = task.steps();
    let on_pointer_move = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((from, _)) = *drag {
                if let Some(over) = index_at(e.client_x(), e.client_y()) {
                    drag.set(Some((from, over)));
                }
            }
        })
    };
    let on_pointer_up = {
        let drag = drag.clone();
        let tasks = tasks.clone();
        Callback::from(move |_: PointerEvent| {
            if let Some((from, to)) = *drag {
                if from != to {
                    tasks.move_step(from, to);
                }
                drag.set(None);
            }
        })
    };

    html! {
        <section class="panel editor" aria-labelledby="task-heading">
            <h2 id="task-heading">{ &task.title }</h2>
            <div class="button-row">
                { button("button", t!("task-editor-open-aid"), props.on_job_aid.clone(), steps.is_empty()) }
                { button("button button--secondary", t!("task-editor-checklist"), props.on_checklist.clone(), steps.is_empty()) }
            </div>
            { task_details(task, &tasks) }

            <h3 id="steps-heading">{ t!("task-editor-steps-heading", count = steps.len()) }</h3>
            <p class="hint">{ t!("task-editor-drag-hint") }</p>
            <ol class="steps" aria-labelledby="steps-heading"
                onpointermove={on_pointer_move} onpointerup={on_pointer_up.clone()} onpointercancel={on_pointer_up}>
                { for steps.iter().enumerate().map(|(i, step)| {
                    let over = matches!(*drag, Some((from, to)) if to == i && from != i);
                    let dragging = matches!(*drag, Some((from, _)) if from == i);
                    html! {
                        <li key={step.id.to_string()} data-index={i.to_string()}
                            class={classes!("step", over.then_some("is-drop-target"), dragging.then_some("is-dragging"), step.key_step.then_some("is-key"))}>
                            if state.open_step.is_some_and(|o| o.step == step.id) {
                                <StepForm step={step.clone()} index={i} last={i + 1 == steps.len()}
                                    on_close={{
                                        let tasks = tasks.clone();
                                        let return_focus = return_focus.clone();
                                        let id = step.id;
                                        Callback::from(move |_| {
                                            tasks.open_step(None);
                                            return_focus.set(Some(id));
                                        })
                                    }} />
                            } else {
                                { step_row(step, i, steps.len(), &tasks, &drag, &follow) }
                            }
                        </li>
                    }
                }) }
            </ol>
            { new_steps(&tasks, steps.len()) }
            <DeleteTask />
        </section>
    }
}

/// After a step's form closes, focus goes back to that step's Edit button, so keyboard and
/// screen reader users carry on where they were. Set the step whose form closed.
#[hook]
fn use_return_focus() -> UseStateHandle<Option<StepId>> {
    let return_focus = use_state(|| None::<StepId>);
    use_effect_with(*return_focus, |step| {
        if let Some(step) = step {
            if let Some(el) = gloo::utils::document().get_element_by_id(&format!("edit-{step}")) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    });
    return_focus
}

/// After "Move up" or "Move down", focus follows the step to its new place: the same button,
/// or the other one when the step reached the top or bottom (a disabled button cannot keep
/// focus, and focus would fall back to the start of the page). Set the step and whether it
/// moved up; `order` is the steps' order, so the focus moves once the list has.
#[hook]
fn use_focus_following_moves(order: Vec<StepId>) -> UseStateHandle<Option<(StepId, bool)>> {
    let follow = use_state(|| None::<(StepId, bool)>);
    {
        let follow = follow.clone();
        use_effect_with((*follow, order), move |(request, _)| {
            if let Some((step, up)) = *request {
                let doc = gloo::utils::document();
                let (same, other) = if up { ("up", "down") } else { ("down", "up") };
                let usable = |dir: &str| {
                    doc.get_element_by_id(&format!("move-{dir}-{step}"))
                        .filter(|el| !el.has_attribute("disabled"))
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                };
                if let Some(button) = usable(same).or_else(|| usable(other)) {
                    let _ = button.focus();
                }
                follow.set(None);
            }
        });
    }
    follow
}

/// The task's own details: name, workplace, chaining, and which version is being edited.
fn task_details(task: &TaskAnalysis, tasks: &TaskTool) -> Html {
    let task_id = task.id;
    let state = tasks.state();
    let title_error = error_for(state, Field::TaskTitle);
    let workplace_error = error_for(state, Field::TaskWorkplace);

    let text_change = |verb: fn(&TaskTool, crate::tasks::TaskId, String)| {
        let tasks = tasks.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            verb(&tasks, task_id, input.value());
        })
    };
    let on_title = text_change(TaskTool::rename_task);
    let on_workplace = text_change(TaskTool::set_workplace);
    // A rename typed and not yet left is kept as typed (the library keeps it over a reload).
    let title = state.shown(Field::TaskTitle, &task.title);
    let workplace = state.shown(Field::TaskWorkplace, &task.workplace);

    let version = task.latest().map_or(1, |v| v.number);
    html! {
        <>
            <div class={field_class(title_error.is_some())}>
                <label class="field-label" for="task-title">{ t!("task-editor-title-label") }</label>
                { field_error("task-title", title_error.as_deref()) }
                <input id="task-title" class="input w-20" type="text" value={title} onchange={on_title} oninput={tasks.typing(Field::TaskTitle)}
                    aria-invalid={title_error.is_some().then_some("true")}
                    aria-describedby={described_by("task-title", None, title_error.is_some())} />
            </div>
            <div class={field_class(workplace_error.is_some())}>
                <label class="field-label" for="task-workplace">{ t!("task-editor-workplace-label") }</label>
                { field_error("task-workplace", workplace_error.as_deref()) }
                <input id="task-workplace" class="input w-20" type="text" value={workplace} onchange={on_workplace} oninput={tasks.typing(Field::TaskWorkplace)}
                    aria-invalid={workplace_error.is_some().then_some("true")}
                    aria-describedby={described_by("task-workplace", None, workplace_error.is_some())} />
            </div>
            <div class="field">
                <fieldset class="fieldset">
                    <legend class="field-label">{ t!("task-editor-chaining-legend") }</legend>
                    <div class="radios">
                        { for [Chaining::Forward, Chaining::Backward, Chaining::TotalTask].into_iter().map(|c| {
                            let id = match c {
                                Chaining::Forward => "chaining-forward",
                                Chaining::Backward => "chaining-backward",
                                Chaining::TotalTask => "chaining-totaltask",
                            };
                            html! {
                                <div class="radio">
                                    <input class="radio-input" type="radio" id={id} name="chaining"
                                        checked={task.chaining == c}
                                        onchange={tasks.on(move |t| t.set_chaining(task_id, c))} />
                                    <label class="radio-label" for={id}>
                                        <strong>{ c.label() }</strong>{ ": " }{ c.hint() }
                                    </label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
            <p class="hint">
                { t!("task-editor-version", number = version) }
                if task.next_edit_makes_new_version() {
                    { " " }{ t!("task-editor-version-taught") }
                }
            </p>
        </>
    }
}

/// The index of the step under a point, for dragging.
fn index_at(x: i32, y: i32) -> Option<usize> {
    gloo::utils::document()
        .element_from_point(x as f32, y as f32)?
        .closest("li[data-index]")
        .ok()??
        .get_attribute("data-index")?
        .parse()
        .ok()
}

fn step_row(
    step: &Step,
    i: usize,
    count: usize,
    tasks: &TaskTool,
    drag: &UseStateHandle<Option<(usize, usize)>>,
    follow: &UseStateHandle<Option<(StepId, bool)>>,
) -> Html {
    let number = i + 1;
    let start_drag = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            if let Some(target) = e.target() {
                let el: web_sys::Element = target.unchecked_into();
                // Keep getting moves while the finger or mouse is held, even off the handle.
                let _ = el.release_pointer_capture(e.pointer_id());
            }
            drag.set(Some((i, i)));
        })
    };
    let id = step.id;
    let edit = tasks.on(move |t| t.open_step(Some(id)));
    let move_step = |up: bool| {
        let tasks = tasks.clone();
        let follow = follow.clone();
        let id = step.id;
        Callback::from(move |_: MouseEvent| {
            follow.set(Some((id, up)));
            if up {
                tasks.move_up(id);
            } else {
                tasks.move_down(id);
            }
        })
    };
    let picture = step
        .picture
        .as_ref()
        .and_then(|p| pictures::load(p.as_str()));
    html! {
        <div class="step__row">
            <span class="step__handle" aria-hidden="true" title={t!("task-editor-drag-title")} onpointerdown={start_drag}>{ "⠿" }</span>
            <span class="step__number" aria-hidden="true">{ number }</span>
            <div class="step__body">
                <p class="step__instruction">
                    <span class="visually-hidden">{ t!("task-step-number", number = number) }{ " " }</span>
                    { &step.instruction }
                    if step.key_step { { " " }<span class="step__key">{ t!("task-step-key") }</span> }
                </p>
                if !step.cue.is_empty() {
                    <p class="step__cue"><span class="step__cue-label">{ t!("task-step-cue") }{ " " }</span>{ &step.cue }</p>
                }
            </div>
            if let Some(src) = picture {
                <img class="step__picture" src={src} alt={t!("task-step-picture-alt", number = number)} />
            }
            <div class="step__actions">
                { step_button(format!("move-up-{}", step.id), t!("task-step-move-up"), number, i == 0, move_step(true)) }
                { step_button(format!("move-down-{}", step.id), t!("task-step-move-down"), number, i + 1 == count, move_step(false)) }
                { step_button(format!("edit-{}", step.id), t!("task-step-edit"), number, false, edit) }
            </div>
        </div>
    }
}

/// One of a step's buttons: its words, then which step for a screen reader.
fn step_button(
    id: String,
    words: String,
    number: usize,
    disabled: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button type="button" class="button button--secondary" {id} {onclick} {disabled}>
            { words }<span class="visually-hidden">{ " " }{ t!("task-step-which", number = number) }</span>
        </button>
    }
}

#[derive(Properties, PartialEq)]
struct StepFormProps {
    step: Step,
    index: usize,
    last: bool,
    on_close: Callback<()>,
}

/// One step open for editing: words, cue, key step, picture; split, merge, delete.
#[function_component(StepForm)]
fn step_form(props: &StepFormProps) -> Html {
    let tasks = use_tasks();
    let id = props.step.id;
    // The words and tick as typed so far, kept by the library until saved or cancelled.
    let state = tasks.state();
    let instruction = state.shown(Field::StepInstruction(Some(id)), &props.step.instruction);
    let cue = state.shown(Field::StepCue(Some(id)), &props.step.cue);
    let key = state.open_step.map_or(props.step.key_step, |o| o.key_step);
    let text_ref = use_node_ref();
    // Opening a step puts the cursor in its words.
    {
        let text_ref = text_ref.clone();
        use_effect_with((), move |_| {
            if let Some(t) = text_ref.cast::<web_sys::HtmlElement>() {
                let _ = t.focus();
            }
        });
    }
    let n = props.index + 1;
    let prefix = format!("step-{n}");
    let instruction_error = error_for(tasks.state(), Field::StepInstruction(Some(id)));
    let cue_error = error_for(tasks.state(), Field::StepCue(Some(id)));

    let on_key = {
        let tasks = tasks.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            tasks.set_key_step(input.checked());
        })
    };
    let save = {
        let tasks = tasks.clone();
        let (instruction, cue) = (instruction.clone(), cue.clone());
        let close = props.on_close.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.edit_step(id, instruction.clone(), cue.clone(), key);
            // Stay open when the reducer refuses the words (its status line says why), so
            // nothing typed is lost.
            let taken = crate::tasks::model::check_instruction(&instruction).is_ok()
                && crate::tasks::model::check_cue(&cue).is_ok();
            if taken {
                close.emit(());
            }
        })
    };
    let split = {
        let tasks = tasks.clone();
        let text_ref = text_ref.clone();
        let close = props.on_close.clone();
        let props_instruction = instruction.clone();
        Callback::from(move |_| {
            let at = text_ref
                .cast::<HtmlTextAreaElement>()
                .and_then(|t| t.selection_start().ok().flatten())
                .unwrap_or(0) as usize;
            let at_char = crate::tasks::model::char_index_from_utf16(&props_instruction, at);
            tasks.split_step(id, at_char);
            close.emit(());
        })
    };
    let merge = act_and_close(&tasks, &props.on_close, move |t| t.merge_with_next(id));
    let delete = act_and_close(&tasks, &props.on_close, move |t| t.delete_step(id));
    let cancel = {
        let close = props.on_close.clone();
        Callback::from(move |_| close.emit(()))
    };
    let on_picture = upload_picture(&tasks, id);
    let remove_picture = tasks.on(move |t| t.set_picture(id, None));

    html! {
        <form class="step-form" onsubmit={save} aria-label={t!("task-form-label", number = n)}>
            <div class={field_class(instruction_error.is_some())}>
                <label class="field-label" for={format!("{prefix}-instruction")}>{ t!("task-form-instruction-label", number = n) }</label>
                <p class="field-hint" id={format!("{prefix}-instruction-hint")}>{ t!("task-form-instruction-hint") }</p>
                { field_error(&format!("{prefix}-instruction"), instruction_error.as_deref()) }
                <textarea id={format!("{prefix}-instruction")} class="textarea" rows="3" ref={text_ref}
                    aria-invalid={instruction_error.is_some().then_some("true")}
                    aria-describedby={described_by(&format!("{prefix}-instruction"), Some(&format!("{prefix}-instruction-hint")), instruction_error.is_some())}
                    value={instruction} oninput={tasks.typing(Field::StepInstruction(Some(id)))} />
            </div>
            <div class={field_class(cue_error.is_some())}>
                <label class="field-label" for={format!("{prefix}-cue")}>{ t!("task-form-cue-label") }</label>
                <p class="field-hint" id={format!("{prefix}-cue-hint")}>{ t!("task-form-cue-hint") }</p>
                { field_error(&format!("{prefix}-cue"), cue_error.as_deref()) }
                <input id={format!("{prefix}-cue")} class="input w-full" type="text" value={cue}
                    aria-invalid={cue_error.is_some().then_some("true")}
                    aria-describedby={described_by(&format!("{prefix}-cue"), Some(&format!("{prefix}-cue-hint")), cue_error.is_some())}
                    oninput={tasks.typing(Field::StepCue(Some(id)))} />
            </div>
            <div class="checkbox">
                <input class="radio-input" type="checkbox" id={format!("{prefix}-key")} checked={key} onchange={on_key} />
                <label class="radio-label" for={format!("{prefix}-key")}>{ t!("task-form-key-label") }</label>
            </div>
            { picture_field(&prefix, n, &props.step, on_picture, remove_picture) }
            <div class="button-row">
                <button type="submit" class="button">{ t!("task-form-save") }</button>
                { button("button button--secondary", t!("task-form-cancel"), cancel, false) }
                { button("button button--secondary", t!("task-form-split"), split, false) }
                if !props.last {
                    { button("button button--secondary", t!("task-form-join"), merge, false) }
                }
                { button("button button--warning", t!("task-form-delete"), delete, false) }
            </div>
        </form>
    }
}

/// Do `verb` on the open step, then close its form.
fn act_and_close(
    tasks: &TaskTool,
    close: &Callback<()>,
    verb: impl Fn(&TaskTool) + 'static,
) -> Callback<MouseEvent> {
    let (tasks, close) = (tasks.clone(), close.clone());
    Callback::from(move |_| {
        verb(&tasks);
        close.emit(());
    })
}

/// A picture chosen or taken for the step: scaled, stored and pointed at, or why not.
fn upload_picture(tasks: &TaskTool, id: StepId) -> Callback<Event> {
    let tasks = tasks.clone();
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let tasks = tasks.clone();
        pictures::scale(file, move |result| match result {
            Ok(data_url) => {
                // A fresh key for every picture: step ids repeat across tasks merged
                // from another device, and a replaced picture must not overwrite the one
                // undo would bring back.
                let key = picture_id(id);
                match pictures::save(&key, &data_url) {
                    Ok(()) => tasks.set_picture(id, Some(PictureRef::new(key))),
                    Err(message) => tasks.notify(message),
                }
            }
            Err(message) => tasks.notify(message),
        });
    })
}

/// The step's picture: a box to choose one, and the one it has with a button to remove it.
fn picture_field(
    prefix: &str,
    n: usize,
    step: &Step,
    on_picture: Callback<Event>,
    remove_picture: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="field">
            <label class="field-label" for={format!("{prefix}-picture")}>{ t!("task-form-picture-label") }</label>
            <p class="field-hint" id={format!("{prefix}-picture-hint")}>{ t!("task-form-picture-hint") }</p>
            <input id={format!("{prefix}-picture")} class="file-input" type="file" accept="image/*"
                aria-describedby={format!("{prefix}-picture-hint")} onchange={on_picture} />
            if let Some(src) = step.picture.as_ref().and_then(|p| pictures::load(p.as_str())) {
                <img class="step__picture" src={src} alt={t!("task-form-picture-alt", number = n)} />
                { button("button button--secondary", t!("task-form-picture-remove"), remove_picture, false) }
            }
        </div>
    }
}

/// Add a step at the end (after the `count` there are), or paste many, one per line.
fn new_steps(tasks: &TaskTool, count: usize) -> Html {
    // Kept by the library as typed, so a reload loses no half-typed step.
    let instruction = tasks.typed(Field::StepInstruction(None));
    let cue = tasks.typed(Field::StepCue(None));
    let paste = tasks.typed(Field::PasteSteps);
    let instruction_error = error_for(tasks.state(), Field::StepInstruction(None));
    let cue_error = error_for(tasks.state(), Field::StepCue(None));
    let paste_error = error_for(tasks.state(), Field::PasteSteps);
    let add = {
        let tasks = tasks.clone();
        let (instruction, cue) = (instruction.clone(), cue.clone());
        let at = count;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The library clears the boxes once the step is added, and keeps them if refused.
            tasks.add_step(at, instruction.clone(), cue.clone());
        })
    };
    let add_lines = {
        let tasks = tasks.clone();
        let paste = paste.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.paste_steps(paste.clone());
        })
    };
    html! {
        <>
            <form class="step-form" onsubmit={add} aria-labelledby="new-step-heading">
                <h3 id="new-step-heading">{ t!("task-new-step-heading") }</h3>
                <div class={field_class(instruction_error.is_some())}>
                    <label class="field-label" for="new-step">{ t!("task-new-step-label") }</label>
                    { field_error("new-step", instruction_error.as_deref()) }
                    <input id="new-step" class="input w-full" type="text" autocomplete="off"
                        aria-invalid={instruction_error.is_some().then_some("true")}
                        aria-describedby={described_by("new-step", None, instruction_error.is_some())}
                        value={instruction} oninput={tasks.typing(Field::StepInstruction(None))} />
                </div>
                <div class={field_class(cue_error.is_some())}>
                    <label class="field-label" for="new-step-cue">{ t!("task-form-cue-label") }</label>
                    { field_error("new-step-cue", cue_error.as_deref()) }
                    <input id="new-step-cue" class="input w-full" type="text" autocomplete="off"
                        aria-invalid={cue_error.is_some().then_some("true")}
                        aria-describedby={described_by("new-step-cue", None, cue_error.is_some())}
                        value={cue} oninput={tasks.typing(Field::StepCue(None))} />
                </div>
                <button type="submit" class="button">{ t!("task-new-step-button") }</button>
            </form>
            <details class="explain" open={paste_error.is_some()}>
                <summary>{ t!("task-paste-summary") }</summary>
                <form class="step-form" onsubmit={add_lines}>
                    <div class={field_class(paste_error.is_some())}>
                        <label class="field-label" for="paste-steps">{ t!("task-paste-label") }</label>
                        { field_error("paste-steps", paste_error.as_deref()) }
                        <textarea id="paste-steps" class="textarea" rows="6" value={paste} oninput={tasks.typing(Field::PasteSteps)}
                            aria-invalid={paste_error.is_some().then_some("true")}
                            aria-describedby={described_by("paste-steps", None, paste_error.is_some())} />
                    </div>
                    <button type="submit" class="button">{ t!("task-paste-button") }</button>
                </form>
            </details>
        </>
    }
}

/// Delete the task, after asking; undo brings it back.
#[function_component(DeleteTask)]
fn delete_task() -> Html {
    let tasks = use_tasks();
    let asking = use_state(|| false);
    let Some(task) = tasks.state().selected_task() else {
        return html! {};
    };
    let id = task.id;
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let delete = {
        let tasks = tasks.clone();
        let asking = asking.clone();
        Callback::from(move |_| {
            tasks.delete_task(id);
            asking.set(false);
        })
    };
    html! {
        <div class="button-row">
            if *asking {
                <p class="saved-confirm">{ t!("task-delete-ask", title = &task.title) }</p>
                { button("button button--warning", t!("task-delete-yes"), delete, false) }
                { button("button button--secondary", t!("task-delete-keep"), cancel, false) }
            } else {
                { button("button button--secondary", t!("task-delete-button"), ask, false) }
            }
        </div>
    }
}

/// `step-s3-Xk2v9QbA`: the step, and 48 random bits so no two pictures share a key.
fn picture_id(step: crate::tasks::StepId) -> String {
    let random = crate::app::local_storage::crypto::random_bytes(6).unwrap_or_else(|_| {
        // No cryptographic source (not seen in a browser that runs the app): the clock.
        crate::app::clock::millis().to_bits().to_le_bytes()[..6].to_vec()
    });
    format!("step-{step}-{}", crate::base64url::encode(&random))
}
