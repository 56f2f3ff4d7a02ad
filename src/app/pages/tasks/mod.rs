//! `#/tasks`: the task analysis builder and job aid. The library's pure reducer
//! (`tasks::TasksState`, a [`crate::tool::Tool`]) is opened and kept on this device by the
//! app's one tool hook, and shared with the views through a context; the views use it
//! through [`use_tasks`]'s verbs.

mod editor;
mod job_aid;
mod pictures;

use crate::app::components::hooks::typed_text;
use crate::app::pages::parts::pick;
use crate::app::tool::{use_tool, ToolHandle};
use crate::tasks::templates::{self, Sector};
use crate::tasks::{
    Action, Chaining, Field, PersonId, PictureRef, StepId, TaskId, TasksState, View,
};
use yew::prelude::*;

/// What the views use: the task builder's state, and verbs.
#[derive(Clone, PartialEq)]
pub struct TaskTool(ToolHandle<TasksState>);

impl TaskTool {
    pub fn state(&self) -> &TasksState {
        self.0.state()
    }
    /// A callback that runs `verb` on this tool, whatever the event.
    pub fn on<E>(&self, verb: impl Fn(&TaskTool) + 'static) -> Callback<E> {
        let this = self.clone();
        Callback::from(move |_| verb(&this))
    }
    pub fn select_person(&self, person: Option<PersonId>) {
        self.0.act(Action::SelectPerson(person));
    }
    pub fn select_task(&self, task: Option<TaskId>) {
        self.0.act(Action::SelectTask(task));
    }
    pub fn add_person(&self, label: String) {
        self.0.act(Action::AddPerson(label));
    }
    pub fn add_task(&self, person: PersonId, title: String) {
        self.0.act(Action::AddTask {
            person,
            title,
            workplace: String::new(),
        });
    }
    pub fn add_task_from_template(&self, person: PersonId, template_id: String) {
        self.0.act(Action::AddTaskFromTemplate {
            person,
            template_id,
        });
    }
    pub fn rename_task(&self, task: TaskId, title: String) {
        self.0.act(Action::RenameTask { task, title });
    }
    pub fn set_workplace(&self, task: TaskId, workplace: String) {
        self.0.act(Action::SetWorkplace { task, workplace });
    }
    pub fn set_chaining(&self, task: TaskId, chaining: Chaining) {
        self.0.act(Action::SetChaining { task, chaining });
    }
    pub fn delete_task(&self, task: TaskId) {
        self.0.act(Action::DeleteTask(task));
    }
    /// Inserts a step at `at` (0 = first) in the selected task.
    pub fn add_step(&self, at: usize, instruction: String, cue: String) {
        self.0.act(Action::AddStep {
            at,
            instruction,
            cue,
        });
    }
    pub fn edit_step(&self, step: StepId, instruction: String, cue: String, key_step: bool) {
        self.0.act(Action::EditStep {
            step,
            instruction,
            cue,
            key_step,
        });
    }
    pub fn delete_step(&self, step: StepId) {
        self.0.act(Action::DeleteStep { step });
    }
    pub fn split_step(&self, step: StepId, at_char: usize) {
        self.0.act(Action::SplitStep { step, at_char });
    }
    pub fn merge_with_next(&self, step: StepId) {
        self.0.act(Action::MergeWithNext { step });
    }
    /// Drag and drop: the step at index `from` ends up at index `to`.
    pub fn move_step(&self, from: usize, to: usize) {
        self.0.act(Action::MoveStep { from, to });
    }
    pub fn move_up(&self, step: StepId) {
        self.0.act(Action::MoveUp { step });
    }
    pub fn move_down(&self, step: StepId) {
        self.0.act(Action::MoveDown { step });
    }
    pub fn set_picture(&self, step: StepId, picture: Option<PictureRef>) {
        self.0.act(Action::SetPicture { step, picture });
    }
    pub fn paste_steps(&self, text: String) {
        self.0.act(Action::PasteSteps { text });
    }
    pub fn undo(&self) {
        self.0.act(Action::Undo);
    }
    pub fn redo(&self) {
        self.0.act(Action::Redo);
    }
    /// Says something in the status line.
    pub fn notify(&self, message: String) {
        self.0.act(Action::Notify(message));
    }
    /// Refuses a box's words (the view's own checks), beside the box and in the status line.
    pub fn refuse(&self, field: Field, message: String) {
        self.0.act(Action::Refuse(field, message));
    }
    /// Keeps what is typed in a box, so a reload loses nothing.
    pub fn type_in(&self, field: Field, text: String) {
        self.0.act(Action::Type(field, text));
    }
    /// `oninput` for a box whose words are kept as typed.
    pub fn typing(&self, field: Field) -> Callback<InputEvent> {
        let this = self.clone();
        Callback::from(move |e: InputEvent| this.type_in(field, typed_text(&e)))
    }
    /// The words a box shows: typed and not yet used, else empty.
    pub fn typed(&self, field: Field) -> String {
        self.state().shown(field, "")
    }
    pub fn open_step(&self, step: Option<StepId>) {
        self.0.act(Action::OpenStep(step));
    }
    pub fn set_key_step(&self, on: bool) {
        self.0.act(Action::SetKeyStep(on));
    }
    pub fn show(&self, view: View) {
        self.0.act(Action::Show(view));
    }
    pub fn aid_at(&self, step: usize) {
        self.0.act(Action::AidAt(step));
    }
}

#[hook]
pub fn use_tasks() -> TaskTool {
    use_context::<TaskTool>().expect("used inside the tasks page")
}

#[function_component(Tasks)]
pub fn tasks_page() -> Html {
    let tasks = TaskTool(use_tool::<TasksState>());

    // A refused box gets the focus, so the person lands on the message beside it.
    {
        let state = tasks.state();
        let refused = state
            .field_error
            .as_ref()
            .and_then(|(field, message)| Some((field_id(state, *field)?, message.clone())));
        use_effect_with((refused, state.refusals), |(refused, _)| {
            let element = refused
                .as_ref()
                .and_then(|(id, _)| gloo::utils::document().get_element_by_id(id))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
            if let Some(el) = element {
                let _ = el.focus();
            }
        });
    }

    let state = tasks.state();
    let set_view = |v: View| tasks.on(move |t| t.show(v));

    if let (Some(task), View::JobAid | View::Checklist) = (state.selected_task(), state.view) {
        let task = task.clone();
        return html! {
            <ContextProvider<TaskTool> context={tasks.clone()}>
                <job_aid::JobAidView task={task} checklist={state.view == View::Checklist}
                    on_close={set_view(View::Editor)} />
            </ContextProvider<TaskTool>>
        };
    }

    html! {
        <ContextProvider<TaskTool> context={tasks.clone()}>
            <div class="page tasks">
                <h1>{ t!("task-page-title") }</h1>
                <p class="lead">{ t!("task-page-lead") }</p>
                { tasks.0.notice("") }
                <p class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</p>
                if state.can_undo() || state.can_redo() {
                    { undo_redo(&tasks) }
                }
                <div class="tasks-layout">
                    <div class="tasks-side">
                        { people(&tasks) }
                        if state.selected_person().is_some() {
                            { task_list(&tasks) }
                        }
                    </div>
                    <div class="tasks-main">
                        if state.selected_task().is_some() {
                            <editor::Editor on_job_aid={set_view(View::JobAid)}
                                on_checklist={set_view(View::Checklist)} />
                        } else if state.selected_person().is_some() {
                            <p class="notice">{ t!("task-page-choose-task") }</p>
                        } else {
                            <p class="notice">{ t!("task-page-add-person-first") }</p>
                        }
                    </div>
                </div>
            </div>
        </ContextProvider<TaskTool>>
    }
}

/// The people the coach supports, by initials or a code.
fn people(tasks: &TaskTool) -> Html {
    let label = tasks.typed(Field::PersonLabel);
    let state = tasks.state();
    let error = error_for(state, Field::PersonLabel);
    // What was typed stays when it is refused, so it can be put right (the library keeps it).
    let on_add = {
        let tasks = tasks.clone();
        let label = label.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.add_person(label.clone());
        })
    };
    html! {
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{ t!("task-people-heading") }</h2>
            if !state.people.is_empty() {
                <ul class="pick-list">
                    { for state.people.iter().map(|p| {
                        let id = p.id;
                        let current = state.selected_person == Some(id);
                        pick(&p.label, t!("task-people-count", count = p.tasks.len()), current,
                            tasks.on(move |t| t.select_person(Some(id))))
                    }) }
                </ul>
            }
            <form class="inline-form" onsubmit={on_add}>
                <div class={field_class(error.is_some())}>
                    <label class="field-label" for="person-label">{ t!("task-people-add-label") }</label>
                    <p class="field-hint" id="person-label-hint">{ t!("task-people-add-hint") }</p>
                    { field_error("person-label", error.as_deref()) }
                    <input id="person-label" class="input w-6" type="text" autocomplete="off"
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={described_by("person-label", Some("person-label-hint"), error.is_some())}
                        value={label} oninput={tasks.typing(Field::PersonLabel)} />
                </div>
                <button type="submit" class="button">{ t!("task-people-add-button") }</button>
            </form>
        </section>
    }
}

/// The selected person's tasks, and ways to make a new one.
fn task_list(tasks: &TaskTool) -> Html {
    let title = tasks.typed(Field::NewTaskTitle);
    let template = tasks.typed(Field::Template);
    let state = tasks.state();
    let Some(person) = state.selected_person() else {
        return html! {};
    };
    let person_id: PersonId = person.id;
    let template_error = error_for(state, Field::Template);
    let title_error = error_for(state, Field::NewTaskTitle);
    let on_blank = {
        let tasks = tasks.clone();
        let title = title.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.add_task(person_id, title.clone());
        })
    };
    let on_template_choice = {
        let tasks = tasks.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            tasks.type_in(Field::Template, select.value());
        })
    };
    let on_template = {
        let tasks = tasks.clone();
        let template = template.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if template.is_empty() {
                tasks.refuse(Field::Template, t!("task-error-choose-template"));
            } else {
                tasks.add_task_from_template(person_id, template.clone());
            }
        })
    };
    html! {
        <section class="panel" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{ t!("task-list-heading", label = &person.label) }</h2>
            if !person.tasks.is_empty() {
                <ul class="pick-list">
                    { for person.tasks.iter().map(|t| {
                        let id: TaskId = t.id;
                        let current = state.selected_task == Some(id);
                        pick(&t.title, t!("task-list-steps", count = t.steps().len()), current,
                            tasks.on(move |t| t.select_task(Some(id))))
                    }) }
                </ul>
            }
            <form class="inline-form" onsubmit={on_template}>
                <div class={field_class(template_error.is_some())}>
                    <label class="field-label" for="template">{ t!("task-template-label") }</label>
                    { field_error("template", template_error.as_deref()) }
                    <select id="template" class="select" onchange={on_template_choice}
                        aria-invalid={template_error.is_some().then_some("true")}
                        aria-describedby={described_by("template", None, template_error.is_some())}>
                        <option value="" selected={template.is_empty()}>{ t!("task-template-choose") }</option>
                        { for Sector::ALL.iter().map(|s| html! {
                            <optgroup label={s.label()}>
                                { for templates::in_sector(*s).map(|t| html! {
                                    <option value={t.id} selected={template == t.id}>{ t.title() }</option>
                                }) }
                            </optgroup>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button">{ t!("task-template-button") }</button>
            </form>
            <form class="inline-form" onsubmit={on_blank}>
                <div class={field_class(title_error.is_some())}>
                    <label class="field-label" for="new-task-title">{ t!("task-new-label") }</label>
                    <p class="field-hint" id="new-task-title-hint">{ t!("task-new-hint") }</p>
                    { field_error("new-task-title", title_error.as_deref()) }
                    <input id="new-task-title" class="input w-20" type="text" autocomplete="off"
                        aria-invalid={title_error.is_some().then_some("true")}
                        aria-describedby={described_by("new-task-title", Some("new-task-title-hint"), title_error.is_some())}
                        value={title} oninput={tasks.typing(Field::NewTaskTitle)} />
                </div>
                <button type="submit" class="button">{ t!("task-new-button") }</button>
            </form>
        </section>
    }
}

/// Undo and redo for every edit (people, tasks and steps), named for screen readers.
fn undo_redo(tasks: &TaskTool) -> Html {
    let state = tasks.state();
    html! {
        <div class="button-row">
            <button type="button" class="button button--secondary" onclick={tasks.on(TaskTool::undo)}
                disabled={!state.can_undo()}>
                { t!("task-undo-button") }
                if let Some(what) = state.undo_label() {
                    <span class="visually-hidden">{ t!("task-undo-what", what = what) }</span>
                }
            </button>
            <button type="button" class="button button--secondary" onclick={tasks.on(TaskTool::redo)}
                disabled={!state.can_redo()}>
                { t!("task-redo-button") }
                if let Some(what) = state.redo_label() {
                    <span class="visually-hidden">{ t!("task-undo-what", what = what) }</span>
                }
            </button>
        </div>
    }
}

/// The element id of a box, for focusing it when its words are refused. A step being edited
/// is named by its place in the selected task (see `editor::StepForm`).
fn field_id(state: &TasksState, field: Field) -> Option<String> {
    let place = |step| {
        state
            .selected_task()
            .and_then(|t| t.steps().iter().position(|s| s.id == step))
            .map(|i| i + 1)
    };
    Some(match field {
        Field::PersonLabel => "person-label".into(),
        Field::Template => "template".into(),
        Field::NewTaskTitle => "new-task-title".into(),
        Field::TaskTitle => "task-title".into(),
        Field::TaskWorkplace => "task-workplace".into(),
        Field::StepInstruction(None) => "new-step".into(),
        Field::StepCue(None) => "new-step-cue".into(),
        Field::StepInstruction(Some(step)) => format!("step-{}-instruction", place(step)?),
        Field::StepCue(Some(step)) => format!("step-{}-cue", place(step)?),
        Field::PasteSteps => "paste-steps".into(),
    })
}

/// The refusal for this box, if the last action refused its words.
pub fn error_for(state: &TasksState, field: Field) -> Option<String> {
    state
        .field_error
        .as_ref()
        .filter(|(f, _)| *f == field)
        .map(|(_, message)| message.clone())
}

/// A field's group, marked when its box's words were refused.
pub fn field_class(refused: bool) -> Classes {
    classes!("field", refused.then_some("field--error"))
}

/// The message above a refused box (GOV.UK's pattern), tied to it by `aria-describedby`.
pub fn field_error(id: &str, message: Option<&str>) -> Html {
    match message {
        None => html! {},
        Some(message) => html! {
            <p class="field-error" id={format!("{id}-error")}>
                <span class="visually-hidden">{ t!("task-error-prefix") }{ " " }</span>{ message.to_string() }
            </p>
        },
    }
}

/// `aria-describedby` for a box: its hint, then its error when there is one.
pub fn described_by(id: &str, hint: Option<&str>, refused: bool) -> Option<String> {
    let error = refused.then(|| format!("{id}-error"));
    let parts: Vec<String> = hint.map(str::to_string).into_iter().chain(error).collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}
