//! `#/tracker`: the prompting and fading tracker. The library's pure reducer
//! (`tracker::TrackerState`) is shared with the views through a context and used through
//! [`use_tracker`]'s verbs, as on the tasks page. The tracker is saved on this device after
//! every action, so closing the tab mid-session loses nothing. The tasks come from the task
//! builder's storage and are only read here, except that a version taught in a session is
//! locked there (the library says when, through `tasks_action`).

mod progress;
mod record;
mod settings;

use crate::app::components::hooks::use_focus_when_lost;
use crate::app::store;
use crate::store::Format;
use crate::store::{TASKS_KEY, TRACKER_KEY as KEY};
use crate::tasks::{self, Person, TaskAnalysis, TaskId, TasksFile, TasksState};
use crate::tracker::{Action, TrackerFile, TrackerState};
use std::rc::Rc;
use yew::prelude::*;

/// The state, and a count of actions so the save runs once per action (and not on the first
/// render, when nothing has changed yet).
#[derive(PartialEq)]
struct Model {
    state: TrackerState,
    actions: u64,
}

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model {
            state: self.state.clone().reduce(action),
            actions: self.actions + 1,
        })
    }
}

/// What the views use: the state and one verb, `act`.
#[derive(Clone, PartialEq)]
pub struct TrackerTool(UseReducerHandle<Model>);

impl TrackerTool {
    pub fn state(&self) -> &TrackerState {
        &self.0.state
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
pub fn use_tracker() -> TrackerTool {
    use_context::<TrackerTool>().expect("used inside the tracker page")
}

fn load() -> Result<TrackerState, String> {
    match store::get(KEY) {
        None => Ok(TrackerState::default()),
        Some(text) => TrackerFile::from_json(&text)
            .map(TrackerState::from_file)
            .map_err(|e| t!("track-load-failed", problem = e.to_string())),
    }
}

/// The people and their tasks from the task builder, or why they could not be read.
fn load_tasks() -> Result<Vec<Person>, String> {
    match store::get(TASKS_KEY) {
        None => Ok(Vec::new()),
        Some(text) => TasksFile::from_json(&text)
            .map(|f| f.people)
            .map_err(|e| t!("track-load-tasks-failed", problem = e.to_string())),
    }
}

/// Pass a change on to the task builder's saved data (locking a taught version). Read fresh
/// from the store (which follows edits made in other tabs); if it cannot be read, nothing is
/// written.
fn apply_to_tasks(action: tasks::Action) -> Result<Vec<Person>, String> {
    let could_not = t!("track-lock-failed");
    let Some(text) = store::get(TASKS_KEY) else {
        return Err(could_not);
    };
    let file = TasksFile::from_json(&text).map_err(|_| could_not.to_string())?;
    let state = TasksState::from_file(file, &today()).reduce(action);
    let file = state.to_file();
    store::set(TASKS_KEY, &file.to_json()).map_err(|_| could_not.to_string())?;
    Ok(file.people)
}

fn now() -> web_sys::js_sys::Date {
    web_sys::js_sys::Date::new_0()
}

/// Today's date as the library wants it: `2026-11-24`.
pub fn today() -> String {
    let now = now();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Today's date and the time, for a session: `2026-11-24T10:30`.
pub fn date_time() -> String {
    let now = now();
    format!(
        "{}T{:02}:{:02}",
        today(),
        now.get_hours(),
        now.get_minutes()
    )
}

/// Find a task and its person by id.
fn find(people: &[Person], task: TaskId) -> Option<(&Person, &TaskAnalysis)> {
    people.iter().find_map(|p| p.task(task).map(|t| (p, t)))
}

#[function_component(Tracker)]
pub fn tracker() -> Html {
    // Read once; if it cannot be read, nothing is written back this visit (see load()).
    let loaded = use_state(load);
    let persist = loaded.is_ok();
    let problem = use_state(|| loaded.as_ref().err().cloned());
    let people = use_state(load_tasks);
    let handle = {
        let initial = loaded.as_ref().ok().cloned().unwrap_or_default();
        use_reducer(move || Model {
            state: initial,
            actions: 0,
        })
    };
    // Start on the task of a session left open, so a reload goes straight back to it.
    let selected = {
        let open_task = handle.state.open.as_ref().map(|s| s.task);
        use_state(move || open_task)
    };
    let chosen_person = {
        let person = (*selected).and_then(|t| {
            people
                .as_ref()
                .ok()
                .and_then(|p| find(p, t).map(|(p, _)| p.id))
        });
        use_state(move || person)
    };

    {
        let problem = problem.clone();
        let people = people.clone();
        let model = handle.clone();
        use_effect_with(handle.actions, move |actions| {
            if *actions > 0 {
                if persist {
                    let text = model.state.to_file().to_json();
                    if store::set(KEY, &text).is_err() {
                        problem.set(Some(t!("track-save-full")));
                    }
                }
                if let Some(action) = model.state.tasks_action.clone() {
                    match apply_to_tasks(action) {
                        Ok(p) => people.set(Ok(p)),
                        Err(e) => problem.set(Some(e)),
                    }
                }
            }
        });
    }

    let tool = TrackerTool(handle.clone());
    let state = &handle.state;
    let tasks_problem = people.as_ref().err().cloned();
    let people_list: &[Person] = people.as_ref().map(Vec::as_slice).unwrap_or(&[]);

    let body = if let Some(open) = &state.open {
        let task = find(people_list, open.task).map(|(_, t)| t.clone());
        html! { <record::Recorder task={task} /> }
    } else if people_list.iter().all(|p| p.tasks.is_empty()) {
        html! {
            <p class="notice">
                { t!("track-no-tasks-before") }
                <a href="#/tasks">{ t!("track-no-tasks-link") }</a>
                { t!("track-no-tasks-after") }
            </p>
        }
    } else {
        let pick_person = |id| {
            let chosen_person = chosen_person.clone();
            let selected = selected.clone();
            Callback::from(move |_| {
                chosen_person.set(Some(id));
                selected.set(None);
            })
        };
        let pick_task = |id| {
            let selected = selected.clone();
            Callback::from(move |_| selected.set(Some(id)))
        };
        let person = (*chosen_person).and_then(|id| people_list.iter().find(|p| p.id == id));
        let task = (*selected).and_then(|t| person.and_then(|p| p.task(t)));
        html! {
            <div class="tracker-layout">
                <div class="tracker-side">
                    <section class="panel" aria-labelledby="tracker-people-heading">
                        <h2 id="tracker-people-heading">{ t!("track-person") }</h2>
                        <ul class="pick-list">
                            { for people_list.iter().map(|p| html! {
                                <li>
                                    <button type="button" class="pick"
                                        aria-pressed={(Some(p.id) == *chosen_person).to_string()}
                                        onclick={pick_person(p.id)}>
                                        { &p.label }
                                        <span class="visually-hidden">{ ", " }</span>
                                        <span class="pick__count">{ t!("track-tasks-count", count = p.tasks.len()) }</span>
                                    </button>
                                </li>
                            }) }
                        </ul>
                    </section>
                    if let Some(person) = person {
                        <section class="panel" aria-labelledby="tracker-tasks-heading">
                            <h2 id="tracker-tasks-heading">{ t!("track-tasks-for", person = person.label.as_str()) }</h2>
                            if person.tasks.is_empty() {
                                <p>
                                    { t!("track-person-no-tasks") }
                                    { " " }
                                    <a href="#/tasks">{ t!("track-person-no-tasks-link") }</a>
                                </p>
                            }
                            <ul class="pick-list">
                                { for person.tasks.iter().map(|t| {
                                    let sessions = state.tracker(t.id).map_or(0, |tr| tr.sessions.len());
                                    html! {
                                        <li>
                                            <button type="button" class="pick"
                                                aria-pressed={(Some(t.id) == *selected).to_string()}
                                                onclick={pick_task(t.id)}>
                                                { &t.title }
                                                <span class="visually-hidden">{ ", " }</span>
                                                <span class="pick__count">{ t!("track-sessions-count", count = sessions) }</span>
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </section>
                    }
                </div>
                <div class="tracker-main">
                    if let Some(task) = task {
                        <TaskPanel task={task.clone()} />
                    } else if person.is_some() {
                        <p class="notice">{ t!("track-choose-task") }</p>
                    } else {
                        <p class="notice">{ t!("track-choose-person") }</p>
                    }
                </div>
            </div>
        }
    };

    html! {
        <ContextProvider<TrackerTool> context={tool}>
            <div class="page tracker">
                <h1>{ t!("track-title") }</h1>
                <p class="lead">{ t!("track-lead") }</p>
                if let Some(p) = &*problem {
                    <div class="notice notice--warning" role="alert">{ p }</div>
                }
                if let Some(p) = tasks_problem {
                    <div class="notice notice--warning" role="alert">{ p }</div>
                }
                <p class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</p>
                { body }
            </div>
        </ContextProvider<TrackerTool>>
    }
}

#[derive(Properties, PartialEq)]
struct TaskPanelProps {
    task: TaskAnalysis,
}

/// The chosen task: start a session, and its progress.
#[function_component(TaskPanel)]
fn task_panel(props: &TaskPanelProps) -> Html {
    let tool = use_tracker();
    // After "Finish session" (or "Discard"), the recording screen is replaced by this one:
    // focus goes to the task's heading, with the saved message read from the status line.
    let heading = use_node_ref();
    use_focus_when_lost(heading.clone());
    let task = &props.task;
    let on_start = {
        let tool = tool.clone();
        let task = task.clone();
        Callback::from(move |_| tool.act(TrackerState::start(&task, &date_time())))
    };
    html! {
        <section aria-labelledby="tracker-task-heading">
            <h2 id="tracker-task-heading" tabindex="-1" ref={heading}>{ &task.title }</h2>
            if task.steps().is_empty() {
                <p class="notice">
                    { t!("track-task-empty") }
                    { " " }
                    <a href="#/tasks">{ t!("track-task-empty-link") }</a>
                </p>
            } else {
                <p>{ t!("track-task-summary", count = task.steps().len(), chaining = task.chaining.label().to_lowercase()) }</p>
                <div class="button-row">
                    <button type="button" class="button tracker-start" onclick={on_start}>{ t!("track-start") }</button>
                </div>
            }
            <progress::Progress task={task.clone()} />
            <details class="explain">
                <summary>{ t!("track-levels-heading") }</summary>
                <settings::HierarchyEditor task={task.id} />
            </details>
            <details class="explain">
                <summary>{ t!("track-aim-heading") }</summary>
                <settings::AimEditor task={task.id} />
            </details>
        </section>
    }
}
