//! `#/tracker`: the prompting and fading tracker. The library's pure reducer
//! (`tracker::TrackerState`, a [`crate::tool::Tool`]) is opened and kept on this device by
//! the app's one tool hook and shared with the views through a context, as on the tasks
//! page; the views use it through [`use_tracker`]'s verbs. An open session is kept as it is
//! recorded, so closing the tab mid-session loses nothing. The tasks come from the task
//! builder's storage and are only read here, except that a version taught in a session is
//! locked there (the library says when, through `tasks_action`).

mod progress;
mod record;
mod settings;

use crate::app::components::hooks::use_focus_when_lost;
use crate::app::pages::parts::{button, pick};
use crate::app::tool::{use_tool, ToolHandle};
use crate::app::{clock, local_storage};
use crate::store::{Format, TASKS_KEY};
use crate::tasks::{self, Person, PersonId, StepId, TaskAnalysis, TaskId, TasksFile, TasksState};
use crate::tracker::{
    Action, AimLine, ImprovementOption, Procedure, Prompter, Response, Rules, TrackerState,
};
use yew::prelude::*;

/// What the views use: the tracker's state, and verbs.
#[derive(Clone, PartialEq)]
pub struct TrackerTool(ToolHandle<TrackerState>);

/// A verb to run later, for a form that hands its change to the component above it.
pub type Verb = Box<dyn FnOnce(&TrackerTool)>;

impl TrackerTool {
    pub fn state(&self) -> &TrackerState {
        self.0.state()
    }
    /// A callback that runs `verb` on this tool, whatever the event.
    pub fn on<E>(&self, verb: impl Fn(&TrackerTool) + 'static) -> Callback<E> {
        let this = self.clone();
        Callback::from(move |_| verb(&this))
    }
    /// Starts recording a session on the task's latest version, now.
    pub fn start(&self, task: &TaskAnalysis) {
        self.0.act(TrackerState::start(task, &clock::now()));
    }
    /// Scores the step on screen and moves to the next one.
    pub fn record(&self, response: Response, who: Prompter) {
        self.0.act(Action::Record { response, who });
    }
    pub fn go_to_step(&self, step: StepId) {
        self.0.act(Action::GoToStep(step));
    }
    /// Takes back the last score in the open session.
    pub fn undo(&self) {
        self.0.act(Action::Undo);
    }
    pub fn step_note(&self, step: StepId, note: String) {
        self.0.act(Action::StepNote { step, note });
    }
    pub fn session_note(&self, note: String) {
        self.0.act(Action::SessionNote(note));
    }
    pub fn finish(&self) {
        self.0.act(Action::Finish);
    }
    pub fn discard(&self) {
        self.0.act(Action::Discard);
    }
    pub fn add_level(&self, task: TaskId, at: usize, name: String, code: char, about: String) {
        self.0.act(Action::AddLevel {
            task,
            at,
            name,
            code,
            description: about,
        });
    }
    pub fn edit_level(&self, task: TaskId, index: usize, name: String, code: char, about: String) {
        self.0.act(Action::EditLevel {
            task,
            index,
            name,
            code,
            description: about,
        });
    }
    pub fn remove_level(&self, task: TaskId, index: usize) {
        self.0.act(Action::RemoveLevel { task, index });
    }
    pub fn move_level(&self, task: TaskId, from: usize, to: usize) {
        self.0.act(Action::MoveLevel { task, from, to });
    }
    pub fn reset_hierarchy(&self, task: TaskId) {
        self.0.act(Action::ResetHierarchy { task });
    }
    pub fn set_rules(&self, task: TaskId, rules: Rules) {
        self.0.act(Action::SetRules { task, rules });
    }
    pub fn set_aim(&self, task: TaskId, aim: Option<AimLine>) {
        self.0.act(Action::SetAim { task, aim });
    }
    /// Starts a new phase from the next session, from today.
    pub fn change_phase(
        &self,
        task: TaskId,
        procedure: Procedure,
        reason: Option<ImprovementOption>,
        note: String,
    ) {
        self.0.act(Action::ChangePhase {
            task,
            procedure,
            date: clock::today(),
            reason,
            note,
        });
    }
    /// Says something in the status line.
    pub fn notify(&self, message: String) {
        self.0.act(Action::Notify(message));
    }
}

#[hook]
pub fn use_tracker() -> TrackerTool {
    use_context::<TrackerTool>().expect("used inside the tracker page")
}

/// The people and their tasks from the task builder, or why they could not be read.
fn load_tasks() -> Result<Vec<Person>, String> {
    match local_storage::get(TASKS_KEY) {
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
    let Some(text) = local_storage::get(TASKS_KEY) else {
        return Err(could_not);
    };
    let file = TasksFile::from_json(&text).map_err(|_| could_not.to_string())?;
    let state = TasksState::from_file(file, &clock::today()).reduce(action);
    let file = state.to_file();
    local_storage::set(TASKS_KEY, &file.to_json()).map_err(|_| could_not.to_string())?;
    Ok(file.people)
}

/// Find a task and its person by id.
fn find(people: &[Person], task: TaskId) -> Option<(&Person, &TaskAnalysis)> {
    people.iter().find_map(|p| p.task(task).map(|t| (p, t)))
}

#[function_component(Tracker)]
pub fn tracker() -> Html {
    let tool = TrackerTool(use_tool::<TrackerState>());
    let people = use_state(load_tasks);
    // Start on the task of a session left open, so a reload goes straight back to it.
    let selected = {
        let open_task = tool.state().open.as_ref().map(|s| s.task);
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

    // Tasks changed in another tab (or the task builder's page there) show here at once.
    {
        let people = people.clone();
        use_effect_with((), move |_| {
            let watch =
                local_storage::watch(TASKS_KEY, Callback::from(move |_| people.set(load_tasks())));
            move || drop(watch)
        });
    }

    // After an action that taught a version, lock it in the task builder's data.
    {
        let people = people.clone();
        let tool = tool.clone();
        use_effect_with(tool.0.actions(), move |_| {
            if let Some(action) = tool.state().tasks_action.clone() {
                match apply_to_tasks(action) {
                    Ok(p) => people.set(Ok(p)),
                    Err(e) => tool.0.not_kept(e),
                }
            }
        });
    }

    let state = tool.state();
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
        chooser(people_list, state, &chosen_person, &selected)
    };

    html! {
        <ContextProvider<TrackerTool> context={tool.clone()}>
            <div class="page tracker">
                <h1>{ t!("track-title") }</h1>
                <p class="lead">{ t!("track-lead") }</p>
                { tool.0.notice("") }
                if let Some(p) = tasks_problem {
                    <div class="notice notice--warning" role="alert">{ p }</div>
                }
                <p class="status" role="status" aria-live="polite">{ state.status.clone().unwrap_or_default() }</p>
                { body }
            </div>
        </ContextProvider<TrackerTool>>
    }
}

/// The people, the chosen person's tasks, and the chosen task's panel.
fn chooser(
    people_list: &[Person],
    state: &TrackerState,
    chosen_person: &UseStateHandle<Option<PersonId>>,
    selected: &UseStateHandle<Option<TaskId>>,
) -> Html {
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
    let person = (**chosen_person).and_then(|id| people_list.iter().find(|p| p.id == id));
    let task = (**selected).and_then(|t| person.and_then(|p| p.task(t)));
    html! {
        <div class="tracker-layout">
            <div class="tracker-side">
                <section class="panel" aria-labelledby="tracker-people-heading">
                    <h2 id="tracker-people-heading">{ t!("track-person") }</h2>
                    <ul class="pick-list">
                        { for people_list.iter().map(|p| pick(
                            &p.label,
                            t!("track-tasks-count", count = p.tasks.len()),
                            Some(p.id) == **chosen_person,
                            pick_person(p.id),
                        )) }
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
                                pick(&t.title, t!("track-sessions-count", count = sessions), Some(t.id) == **selected, pick_task(t.id))
                            }) }
                        </ul>
                    </section>
                }
            </div>
            <div class="tracker-main">
                if let Some(task) = task {
                    <TaskPanel task={task.clone()} person={person.map(|p| p.label.clone()).unwrap_or_default()} />
                } else if person.is_some() {
                    <p class="notice">{ t!("track-choose-task") }</p>
                } else {
                    <p class="notice">{ t!("track-choose-person") }</p>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TaskPanelProps {
    task: TaskAnalysis,
    person: AttrValue,
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
        Callback::from(move |_| tool.start(&task))
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
                    { button("button tracker-start", t!("track-start"), on_start, false) }
                </div>
            }
            <progress::Progress task={task.clone()} person={props.person.clone()} />
            <details class="explain">
                <summary>{ t!("track-levels-heading") }</summary>
                <settings::HierarchyEditor task={task.id} />
            </details>
            <details class="explain">
                <summary>{ t!("track-aim-heading") }</summary>
                { settings::aim_editor(&tool, task.id) }
            </details>
        </section>
    }
}
