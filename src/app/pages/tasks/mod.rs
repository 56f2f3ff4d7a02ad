//! `#/tasks`: the task analysis builder and job aid. The library's pure reducer
//! (`tasks::TasksState`) is shared with the views through a context and used through
//! [`use_tasks`]'s verbs; the data is saved on this device after every change.

mod editor;
mod job_aid;
mod pictures;

use crate::app::components::hooks::use_text;
use crate::app::store;
use crate::store::TASKS_KEY as KEY;
use crate::tasks::templates::{self, Sector};
use crate::tasks::{Action, PersonId, TaskId, TasksFile, TasksState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(PartialEq)]
struct Model(TasksState);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.clone().reduce(action)))
    }
}

/// What the views use: the state and one verb, `act`.
#[derive(Clone, PartialEq)]
pub struct TaskTool(UseReducerHandle<Model>);

impl TaskTool {
    pub fn state(&self) -> &TasksState {
        &self.0 .0
    }
    pub fn act(&self, action: Action) {
        self.0.dispatch(action);
    }
    /// A callback that does `action` whatever the event.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let this = self.clone();
        Callback::from(move |_| this.act(action.clone()))
    }
}

#[hook]
pub fn use_tasks() -> TaskTool {
    use_context::<TaskTool>().expect("used inside the tasks page")
}

/// What the page shows for the selected task.
#[derive(Clone, Copy, PartialEq)]
pub enum View {
    Editor,
    JobAid,
    Checklist,
}

fn load() -> Result<TasksState, String> {
    let today = today();
    match store::get(KEY) {
        None => Ok(TasksState {
            today,
            ..TasksState::default()
        }),
        Some(text) => TasksFile::from_json(&text)
            .map(|file| TasksState::from_file(file, &today))
            .map_err(|e| {
                format!(
                    "Your saved tasks could not be read by this version of the app ({e}). \
                     They are still on this device and nothing has been deleted, but changes \
                     you make now are kept only until you close the page."
                )
            }),
    }
}

/// Today's date as the library wants it: `2026-11-24`.
fn today() -> String {
    let now = web_sys::js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

#[function_component(Tasks)]
pub fn tasks_page() -> Html {
    // Read once; if it cannot be read, nothing is written back this visit (see load()).
    let loaded = use_state(load);
    let persist = loaded.is_ok();
    let problem = use_state(|| loaded.as_ref().err().cloned());
    let handle = {
        let initial = loaded.as_ref().ok().cloned().unwrap_or_else(|| TasksState {
            today: today(),
            ..TasksState::default()
        });
        use_reducer(move || Model(initial))
    };
    let view = use_state(|| View::Editor);

    // Only the people (and the id counter) change what is stored; selection and undo
    // history do not, so they cause no write.
    {
        let problem = problem.clone();
        let state = handle.0.clone();
        use_effect_with((state.people.clone(), state.next_id), move |_| {
            if persist {
                let text = state.to_file().to_json();
                if store::set(KEY, &text).is_err() {
                    problem.set(Some(
                        "This device has no room left to save the tasks. Remove some pictures \
                         or export the tasks to a file."
                            .into(),
                    ));
                }
            }
        });
    }

    let tasks = TaskTool(handle.clone());
    let state = &handle.0;
    let set_view = |v: View| {
        let view = view.clone();
        Callback::from(move |_| view.set(v))
    };

    if let (Some(task), View::JobAid | View::Checklist) = (state.selected_task(), *view) {
        let task = task.clone();
        return html! {
            <ContextProvider<TaskTool> context={tasks}>
                <job_aid::JobAidView task={task} checklist={*view == View::Checklist}
                    on_close={set_view(View::Editor)} />
            </ContextProvider<TaskTool>>
        };
    }

    html! {
        <ContextProvider<TaskTool> context={tasks.clone()}>
            <div class="page tasks">
                <h1>{ "Job steps" }</h1>
                <p class="lead">
                    { "Break a task at work into the steps a person does, in order, as you watch it done. " }
                    { "Then show the worker one step at a time." }
                </p>
                if let Some(p) = &*problem {
                    <div class="notice notice--warning" role="alert">{ p }</div>
                }
                <p class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</p>
                if state.can_undo() || state.can_redo() {
                    <UndoRedo />
                }
                <div class="tasks-layout">
                    <div class="tasks-side">
                        <People />
                        if state.selected_person().is_some() {
                            <TaskList />
                        }
                    </div>
                    <div class="tasks-main">
                        if state.selected_task().is_some() {
                            <editor::Editor on_job_aid={set_view(View::JobAid)}
                                on_checklist={set_view(View::Checklist)} />
                        } else if state.selected_person().is_some() {
                            <p class="notice">{ "Choose a task, or make a new one." }</p>
                        } else {
                            <p class="notice">{ "Add the person you support, by their initials or a code. You do not need their name." }</p>
                        }
                    </div>
                </div>
            </div>
        </ContextProvider<TaskTool>>
    }
}

/// The people the coach supports, by initials or a code.
#[function_component(People)]
fn people() -> Html {
    let tasks = use_tasks();
    let (label, on_label) = use_text(String::new);
    let state = tasks.state();
    let on_add = {
        let tasks = tasks.clone();
        let label = label.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.act(Action::AddPerson((*label).clone()));
            label.set(String::new());
        })
    };
    html! {
        <section class="panel" aria-labelledby="people-heading">
            <h2 id="people-heading">{ "People" }</h2>
            if !state.people.is_empty() {
                <ul class="pick-list">
                    { for state.people.iter().map(|p| {
                        let current = state.selected_person == Some(p.id);
                        html! {
                            <li>
                                <button type="button" class="pick" aria-pressed={current.to_string()}
                                    onclick={tasks.on(Action::SelectPerson(Some(p.id)))}>
                                    { &p.label }
                                    <span class="visually-hidden">{ ", " }</span>
                                    <span class="pick__count">{ format!("{} task{}", p.tasks.len(), if p.tasks.len() == 1 { "" } else { "s" }) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="inline-form" onsubmit={on_add}>
                <div class="field">
                    <label class="field-label" for="person-label">{ "Add a person" }</label>
                    <p class="field-hint" id="person-label-hint">{ "Initials or a code, like \u{201c}AB\u{201d} or \u{201c}J7\u{201d}." }</p>
                    <input id="person-label" class="input w-6" type="text" autocomplete="off"
                        aria-describedby="person-label-hint" value={(*label).clone()} oninput={on_label} />
                </div>
                <button type="submit" class="button">{ "Add person" }</button>
            </form>
        </section>
    }
}

/// The selected person's tasks, and ways to make a new one.
#[function_component(TaskList)]
fn task_list() -> Html {
    let tasks = use_tasks();
    let (title, on_title) = use_text(String::new);
    let template = use_state(String::new);
    let state = tasks.state();
    let Some(person) = state.selected_person() else {
        return html! {};
    };
    let person_id: PersonId = person.id;
    let on_blank = {
        let tasks = tasks.clone();
        let title = title.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tasks.act(Action::AddTask {
                person: person_id,
                title: (*title).clone(),
                workplace: String::new(),
            });
            title.set(String::new());
        })
    };
    let on_template_choice = {
        let template = template.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            template.set(select.value());
        })
    };
    let on_template = {
        let tasks = tasks.clone();
        let template = template.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if template.is_empty() {
                tasks.act(Action::Notify("Choose a ready-made task first.".into()));
            } else {
                tasks.act(Action::AddTaskFromTemplate {
                    person: person_id,
                    template_id: (*template).clone(),
                });
            }
        })
    };
    html! {
        <section class="panel" aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{ format!("Tasks for {}", person.label) }</h2>
            if !person.tasks.is_empty() {
                <ul class="pick-list">
                    { for person.tasks.iter().map(|t| {
                        let id: TaskId = t.id;
                        let current = state.selected_task == Some(id);
                        html! {
                            <li>
                                <button type="button" class="pick" aria-pressed={current.to_string()}
                                    onclick={tasks.on(Action::SelectTask(Some(id)))}>
                                    { &t.title }
                                    <span class="visually-hidden">{ ", " }</span>
                                    <span class="pick__count">{ format!("{} steps", t.steps().len()) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="inline-form" onsubmit={on_template}>
                <div class="field">
                    <label class="field-label" for="template">{ "Start from a ready-made task" }</label>
                    <select id="template" class="select" onchange={on_template_choice}>
                        <option value="" selected={template.is_empty()}>{ "Choose a task" }</option>
                        { for Sector::ALL.iter().map(|s| html! {
                            <optgroup label={s.label()}>
                                { for templates::in_sector(*s).map(|t| html! {
                                    <option value={t.id} selected={*template == t.id}>{ t.title }</option>
                                }) }
                            </optgroup>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button">{ "Use this task" }</button>
            </form>
            <form class="inline-form" onsubmit={on_blank}>
                <div class="field">
                    <label class="field-label" for="new-task-title">{ "Or start from nothing" }</label>
                    <p class="field-hint" id="new-task-title-hint">{ "Name the task, like \u{201c}Restock the fridge\u{201d}." }</p>
                    <input id="new-task-title" class="input w-20" type="text" autocomplete="off"
                        aria-describedby="new-task-title-hint" value={(*title).clone()} oninput={on_title} />
                </div>
                <button type="submit" class="button">{ "Make task" }</button>
            </form>
        </section>
    }
}

/// Undo and redo for every edit (people, tasks and steps), named for screen readers.
#[function_component(UndoRedo)]
fn undo_redo() -> Html {
    let tasks = use_tasks();
    let state = tasks.state();
    html! {
        <div class="button-row">
            <button type="button" class="button button--secondary" onclick={tasks.on(Action::Undo)}
                disabled={!state.can_undo()}>
                { "Undo" }
                if let Some(what) = state.undo_label() {
                    <span class="visually-hidden">{ format!(": {what}") }</span>
                }
            </button>
            <button type="button" class="button button--secondary" onclick={tasks.on(Action::Redo)}
                disabled={!state.can_redo()}>
                { "Redo" }
                if let Some(what) = state.redo_label() {
                    <span class="visually-hidden">{ format!(": {what}") }</span>
                }
            </button>
        </div>
    }
}
