//! The task builder's whole state and the actions that change it: one pure reducer, tested
//! natively. The view wraps it for Yew and saves [`TasksState::to_file`] after each change.
//!
//! Every edit of people and tasks can be undone. An undo entry is a copy of the one person
//! the edit changed, taken before it: each edit touches one person, a person is small
//! (pictures are stored apart), and restoring a copy is exact where replaying an inverse
//! action could drift. Selection is not an edit and is not undone.
//!
//! Step actions work on the selected task's latest version. When sessions were recorded on
//! that version, the edit goes into a new version instead, so the sessions keep the steps
//! they were taught with.

use super::draft::{Draft, OpenStep, View};
use super::file::TasksFile;
use super::model::*;
use super::templates;
use std::collections::BTreeMap;

/// Undo steps kept; older ones are dropped so a long session cannot fill memory.
pub const MAX_UNDO: usize = 100;

/// One step back in history: the person as they were (or `None` if they did not exist).
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub person: PersonId,
    /// Where the person stood in the list, to put them back in the same place.
    pub index: usize,
    pub before: Option<Person>,
    /// The task the edit was about, selected again when it is undone or redone.
    pub task: Option<TaskId>,
    /// What the edit did, in words ("Moved step 2 to 3"), for "Undo: …" and the status line.
    pub what: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TasksState {
    pub people: Vec<Person>,
    pub selected_person: Option<PersonId>,
    pub selected_task: Option<TaskId>,
    pub undo: Vec<HistoryEntry>,
    pub redo: Vec<HistoryEntry>,
    /// The next id to give out; ids are never reused.
    pub next_id: u64,
    /// Today's date as the app passed it in; new versions are stamped with it.
    pub today: String,
    /// The last thing that happened, said in words (for a status line read by screen readers).
    pub status: Option<String>,
    /// The box whose words were refused by the last action, and why (the same words as the
    /// status line), so the view can show the message beside that box and focus it.
    pub field_error: Option<(Field, String)>,
    /// Words typed in a box and not yet used (see [`super::draft`]).
    pub typed: BTreeMap<Field, String>,
    /// The step open for editing in the selected task.
    pub open_step: Option<OpenStep>,
    /// The editor, the job aid or the checklist, for the selected task.
    pub view: View,
    /// The job aid's step on screen (from 0).
    pub aid_step: usize,
    /// Edits made so far (each undoable one), to tell a done action from a refused one.
    pub edits: u64,
    /// Refusals so far: the view focuses the refused box once for each.
    pub refusals: u64,
}

/// A box the coach types in, for tying a refusal to it and keeping its words.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Field {
    /// "Add a person" (also renaming a person).
    PersonLabel,
    /// The ready-made task list.
    Template,
    /// "Or start from nothing": a new task's name.
    NewTaskTitle,
    /// The open task's name.
    TaskTitle,
    /// The open task's workplace.
    TaskWorkplace,
    /// A step's words: an existing step being edited, or (`None`) the new-step box.
    StepInstruction(Option<StepId>),
    /// A step's natural cue, likewise.
    StepCue(Option<StepId>),
    /// "One step on each line".
    PasteSteps,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The app tells the library the date (it never reads a clock).
    SetToday(String),
    SelectPerson(Option<PersonId>),
    /// Selecting a task selects its person too.
    SelectTask(Option<TaskId>),
    AddPerson(String),
    RenamePerson {
        person: PersonId,
        label: String,
    },
    DeletePerson(PersonId),
    AddTask {
        person: PersonId,
        title: String,
        workplace: String,
    },
    AddTaskFromTemplate {
        person: PersonId,
        template_id: String,
    },
    RenameTask {
        task: TaskId,
        title: String,
    },
    SetWorkplace {
        task: TaskId,
        workplace: String,
    },
    SetChaining {
        task: TaskId,
        chaining: Chaining,
    },
    DeleteTask(TaskId),
    /// Insert a step at `at` (0 = first, number of steps = last) in the selected task.
    AddStep {
        at: usize,
        instruction: String,
        cue: String,
    },
    EditStep {
        step: StepId,
        instruction: String,
        cue: String,
        key_step: bool,
    },
    DeleteStep {
        step: StepId,
    },
    /// Split the instruction at a character (not byte, not UTF-16) index; see
    /// [`char_index_from_utf16`]. The first part keeps the id, cue and picture.
    SplitStep {
        step: StepId,
        at_char: usize,
    },
    MergeWithNext {
        step: StepId,
    },
    /// Drag and drop: the step at index `from` ends up at index `to`.
    MoveStep {
        from: usize,
        to: usize,
    },
    MoveUp {
        step: StepId,
    },
    MoveDown {
        step: StepId,
    },
    SetPicture {
        step: StepId,
        picture: Option<PictureRef>,
    },
    /// Add one step per non-empty line at the end of the selected task. List markers a
    /// word processor adds ("1.", "-", "•") are dropped.
    PasteSteps {
        text: String,
    },
    /// The tracker recorded a session on this version: lock it, so the next edit makes a new
    /// version. Dispatch after every recorded session. The task's undo history is cleared,
    /// because undoing past this point could remove the version the session is attached to.
    MarkTeachingData {
        task: TaskId,
        version: u32,
    },
    Undo,
    Redo,
    /// Say something in the status line (e.g. why a picture was refused).
    Notify(String),
    /// Say why a box's words cannot be used, beside the box and in the status line (the
    /// view's own checks, such as no ready-made task chosen).
    Refuse(Field, String),
    /// Words typed in a box, kept until the action that uses them is done.
    Type(Field, String),
    /// Open a step of the selected task for editing (`None`: close it).
    OpenStep(Option<StepId>),
    /// Tick or untick "key step" on the open step (kept with its words until saved).
    SetKeyStep(bool),
    /// Show the editor, the job aid or the checklist for the selected task.
    Show(View),
    /// The job aid moved to this step (from 0).
    AidAt(usize),
}

impl Action {
    /// The boxes whose words this action uses: cleared once it is done.
    fn uses(&self) -> Vec<Field> {
        match self {
            Action::AddPerson(_) => vec![Field::PersonLabel],
            Action::AddTask { .. } => vec![Field::NewTaskTitle],
            Action::AddTaskFromTemplate { .. } => vec![Field::Template],
            Action::RenameTask { .. } => vec![Field::TaskTitle],
            Action::SetWorkplace { .. } => vec![Field::TaskWorkplace],
            Action::AddStep { .. } => vec![Field::StepInstruction(None), Field::StepCue(None)],
            Action::EditStep { step, .. } => {
                vec![
                    Field::StepInstruction(Some(*step)),
                    Field::StepCue(Some(*step)),
                ]
            }
            Action::PasteSteps { .. } => vec![Field::PasteSteps],
            _ => Vec::new(),
        }
    }
}

/// A step edit's result: what it did in words, nothing to do, or why it was refused (and
/// which box's words were the reason, when it was one).
enum Edit {
    Done(String),
    Nothing,
    Refused(String),
    RefusedField(Field, String),
}

impl TasksState {
    /// The state for data loaded from a file (already checked) and today's date.
    pub fn from_file(file: TasksFile, today: &str) -> TasksState {
        TasksState {
            next_id: file.next_id.max(max_id(&file.people) + 1),
            people: file.people,
            today: today.to_string(),
            ..TasksState::default()
        }
    }

    pub fn to_file(&self) -> TasksFile {
        TasksFile {
            people: self.people.clone(),
            next_id: self.next_id,
        }
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The task and the person it belongs to.
    pub fn task(&self, id: TaskId) -> Option<(&Person, &TaskAnalysis)> {
        self.people.iter().find_map(|p| p.task(id).map(|t| (p, t)))
    }

    pub fn selected_person(&self) -> Option<&Person> {
        self.selected_person.and_then(|id| self.person(id))
    }

    pub fn selected_task(&self) -> Option<&TaskAnalysis> {
        self.selected_task
            .and_then(|id| self.task(id))
            .map(|(_, t)| t)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What "Undo" would undo, for the button's label.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|e| e.what.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.what.as_str())
    }

    pub fn reduce(mut self, action: Action) -> TasksState {
        // Typing keeps the message beside a refused box until the words are tried again.
        if !matches!(action, Action::Type(..)) {
            self.status = None;
            self.field_error = None;
        }
        let (uses, edits, task) = (action.uses(), self.edits, self.selected_task);
        self.act(action);
        self.used(&uses, edits);
        if self.selected_task != task {
            self.leave_task();
        }
        self.tidy_draft();
        self
    }

    fn act(&mut self, action: Action) {
        match action {
            Action::SetToday(today) => self.today = today,
            Action::SelectPerson(person) => self.select_person(person),
            Action::SelectTask(task) => self.select_task(task),
            Action::AddPerson(label) => self.add_person(&label),
            Action::RenamePerson { person, label } => self.rename_person(person, &label),
            Action::DeletePerson(person) => self.delete_person(person),
            Action::AddTask {
                person,
                title,
                workplace,
            } => self.add_typed_task(person, &title, &workplace),
            Action::AddTaskFromTemplate {
                person,
                template_id,
            } => self.add_task_from_template(person, &template_id),
            Action::RenameTask { task, title } => self.rename_task(task, &title),
            Action::SetWorkplace { task, workplace } => self.set_workplace(task, &workplace),
            Action::SetChaining { task, chaining } => self.set_chaining(task, chaining),
            Action::DeleteTask(task) => self.delete_task(task),
            Action::AddStep {
                at,
                instruction,
                cue,
            } => {
                let checked = checked_step(&instruction, &cue, None);
                self.edit_steps(|steps, next_id| add_step(steps, next_id, at, checked))
            }
            Action::EditStep {
                step,
                instruction,
                cue,
                key_step,
            } => {
                let checked = checked_step(&instruction, &cue, Some(step));
                self.edit_steps(|steps, _| edit_step(steps, step, checked, key_step))
            }
            Action::DeleteStep { step } => self.edit_steps(|steps, _| delete_step(steps, step)),
            Action::SplitStep { step, at_char } => {
                self.edit_steps(|steps, next_id| split_step(steps, next_id, step, at_char))
            }
            Action::MergeWithNext { step } => {
                self.edit_steps(|steps, _| merge_with_next(steps, step))
            }
            Action::MoveStep { from, to } => self.edit_steps(|steps, _| move_step(steps, from, to)),
            Action::MoveUp { step } => self.edit_steps(|steps, _| move_up(steps, step)),
            Action::MoveDown { step } => self.edit_steps(|steps, _| move_down(steps, step)),
            Action::SetPicture { step, picture } => {
                self.edit_steps(|steps, _| set_picture(steps, step, picture))
            }
            Action::PasteSteps { text } => {
                self.edit_steps(|steps, next_id| paste(steps, next_id, &text))
            }
            Action::MarkTeachingData { task, version } => self.mark_teaching_data(task, version),
            Action::Undo => self.undo_or_redo(Way::Undo),
            Action::Redo => self.undo_or_redo(Way::Redo),
            Action::Notify(message) => self.status = Some(message),
            Action::Refuse(field, message) => self.refuse(field, message),
            Action::Type(field, text) => self.type_in(field, text),
            Action::OpenStep(step) => self.open_step(step),
            Action::SetKeyStep(on) => self.set_key_step(on),
            Action::Show(view) => self.show(view),
            Action::AidAt(step) => self.aid_step = step,
        }
    }

    fn person_index(&self, id: PersonId) -> Option<usize> {
        self.people.iter().position(|p| p.id == id)
    }

    fn task_index(&self, id: TaskId) -> Option<(usize, usize)> {
        self.people
            .iter()
            .enumerate()
            .find_map(|(pi, p)| p.tasks.iter().position(|t| t.id == id).map(|ti| (pi, ti)))
    }

    fn take_id(&mut self) -> u64 {
        let id = self.next_id.max(1);
        self.next_id = id + 1;
        id
    }

    fn say_if_task(&mut self, task: TaskId, field: Field, message: String) {
        if self.task(task).is_some() {
            self.refuse(field, message);
        }
    }

    /// Say why typed words were refused, in the status line and beside their box.
    fn refuse(&mut self, field: Field, message: String) {
        self.refusals += 1;
        self.field_error = Some((field, message.clone()));
        self.status = Some(message);
    }

    /// Record an edit of one person for undo (the person as they were before it).
    fn remember(
        &mut self,
        person: PersonId,
        index: usize,
        before: Option<Person>,
        task: Option<TaskId>,
        what: String,
    ) {
        self.redo.clear();
        self.edits += 1;
        self.undo.push(HistoryEntry {
            person,
            index,
            before,
            task,
            what,
        });
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
    }

    /// Put back the person an entry holds and return the entry that puts back what was there.
    fn swap(&mut self, entry: HistoryEntry) -> HistoryEntry {
        let at = self.person_index(entry.person);
        let now = at.map(|i| self.people.remove(i));
        let index = at.unwrap_or(entry.index);
        let exists = entry.before.is_some();
        if let Some(before) = entry.before {
            self.people.insert(index.min(self.people.len()), before);
        }
        // Show the person the undo changed; drop a selection that no longer exists.
        if exists {
            self.selected_person = Some(entry.person);
            let task_exists = |id: Option<TaskId>| {
                id.is_some_and(|id| {
                    self.person(entry.person)
                        .is_some_and(|p| p.task(id).is_some())
                })
            };
            if task_exists(entry.task) {
                self.selected_task = entry.task;
            } else if !task_exists(self.selected_task) {
                self.selected_task = None;
            }
        } else if self.selected_person == Some(entry.person) {
            self.selected_person = None;
            self.selected_task = None;
        }
        HistoryEntry {
            person: entry.person,
            index,
            before: now,
            task: entry.task,
            what: entry.what,
        }
    }

    // Selection: not an edit, so not undone.

    fn select_person(&mut self, person: Option<PersonId>) {
        if person.is_none_or(|id| self.person(id).is_some()) {
            if person != self.selected_person {
                self.selected_task = None;
            }
            self.selected_person = person;
        }
    }

    /// Selecting a task selects its person too.
    fn select_task(&mut self, task: Option<TaskId>) {
        let Some(task) = task else {
            self.selected_task = None;
            return;
        };
        if let Some((p, _)) = self.task(task) {
            self.selected_person = Some(p.id);
            self.selected_task = Some(task);
        }
    }

    // History.

    /// Undo (or redo) the latest edit: the copy it kept goes back, the copy it replaces goes
    /// on the other list, and the status line says what was done.
    fn undo_or_redo(&mut self, way: Way) {
        let latest = match way {
            Way::Undo => self.undo.pop(),
            Way::Redo => self.redo.pop(),
        };
        let Some(entry) = latest else {
            self.status = Some(match way {
                Way::Undo => t!("task-status-nothing-to-undo"),
                Way::Redo => t!("task-status-nothing-to-redo"),
            });
            return;
        };
        let what = lower_first(&entry.what);
        let back = self.swap(entry);
        let (other, done) = match way {
            Way::Undo => (&mut self.redo, t!("task-status-undone", what = what)),
            Way::Redo => (&mut self.undo, t!("task-status-redone", what = what)),
        };
        other.push(back);
        self.status = Some(done);
    }

    // People.

    fn add_person(&mut self, label: &str) {
        let label = match check_label(label) {
            Ok(l) => l,
            Err(message) => {
                self.refuse(Field::PersonLabel, message);
                return;
            }
        };
        if self.people.len() >= MAX_PEOPLE {
            self.status = Some(t!("task-error-too-many-people", limit = MAX_PEOPLE));
            return;
        }
        if let Some(message) = self.label_taken(&label, None) {
            self.refuse(Field::PersonLabel, message);
            return;
        }
        let id = PersonId(self.take_id());
        self.people.push(Person {
            id,
            label: label.clone(),
            tasks: Vec::new(),
        });
        self.remember(
            id,
            self.people.len() - 1,
            None,
            None,
            t!("task-undo-add-person", label = &label),
        );
        self.selected_person = Some(id);
        self.selected_task = None;
        self.status = Some(t!("task-status-added-person", label = &label));
    }

    /// Two people with one code would be mixed up on a busy day.
    fn label_taken(&self, label: &str, except: Option<PersonId>) -> Option<String> {
        self.people
            .iter()
            .any(|p| Some(p.id) != except && p.label.to_lowercase() == label.to_lowercase())
            .then(|| t!("task-error-label-taken", label = label))
    }

    fn rename_person(&mut self, person: PersonId, label: &str) {
        let Some(pi) = self.person_index(person) else {
            return;
        };
        let label = match check_label(label) {
            Ok(l) => l,
            Err(message) => {
                self.refuse(Field::PersonLabel, message);
                return;
            }
        };
        if self.people[pi].label == label {
            return;
        }
        if let Some(message) = self.label_taken(&label, Some(person)) {
            self.refuse(Field::PersonLabel, message);
            return;
        }
        let before = self.people[pi].clone();
        self.people[pi].label = label.clone();
        self.remember(
            person,
            pi,
            Some(before),
            None,
            t!("task-undo-rename-person", label = &label),
        );
        self.status = Some(t!("task-status-renamed-person", label = &label));
    }

    fn delete_person(&mut self, person: PersonId) {
        let Some(pi) = self.person_index(person) else {
            return;
        };
        let label = self.people[pi].label.clone();
        let before = self.people.remove(pi);
        self.remember(
            person,
            pi,
            Some(before),
            None,
            t!("task-undo-delete-person", label = &label),
        );
        if self.selected_person == Some(person) {
            self.selected_person = None;
            self.selected_task = None;
        }
        self.status = Some(t!("task-status-deleted-person", label = &label));
    }

    // Tasks.

    /// A task from the "start from nothing" form (or another caller with a workplace).
    fn add_typed_task(&mut self, person: PersonId, title: &str, workplace: &str) {
        // The new-task form has only a name box; a workplace refusal (from another caller)
        // goes to the status line alone.
        let checked = check_title(title)
            .map_err(|e| (Some(Field::NewTaskTitle), e))
            .and_then(|t| Ok((t, check_workplace(workplace).map_err(|e| (None, e))?)));
        match checked {
            Err((field, message)) => {
                if self.person(person).is_some() {
                    match field {
                        Some(field) => self.refuse(field, message),
                        None => self.status = Some(message),
                    }
                }
            }
            Ok((title, workplace)) => self.add_task(person, title, workplace, Vec::new()),
        }
    }

    fn add_task_from_template(&mut self, person: PersonId, template_id: &str) {
        match templates::template(template_id) {
            None => self.refuse(Field::Template, t!("task-error-no-template")),
            Some(template) => {
                let steps = template
                    .steps()
                    .into_iter()
                    .map(|s| (s.instruction, s.cue, s.key_step))
                    .collect();
                self.add_task(person, template.title(), String::new(), steps);
            }
        }
    }

    fn rename_task(&mut self, task: TaskId, title: &str) {
        match check_title(title) {
            Err(message) => self.say_if_task(task, Field::TaskTitle, message),
            Ok(title) => self.edit_task(task, |t| {
                t.title = title;
                t!("task-undo-rename-task", title = &t.title)
            }),
        }
    }

    fn set_workplace(&mut self, task: TaskId, workplace: &str) {
        match check_workplace(workplace) {
            Err(message) => self.say_if_task(task, Field::TaskWorkplace, message),
            Ok(workplace) => self.edit_task(task, |t| {
                t.workplace = workplace;
                t!("task-undo-workplace")
            }),
        }
    }

    fn set_chaining(&mut self, task: TaskId, chaining: Chaining) {
        self.edit_task(task, |t| {
            t.chaining = chaining;
            t!(
                "task-undo-chaining",
                method = chaining.label().to_lowercase()
            )
        })
    }

    fn add_task(
        &mut self,
        person: PersonId,
        title: String,
        workplace: String,
        steps: Vec<(String, String, bool)>,
    ) {
        let Some(pi) = self.person_index(person) else {
            return;
        };
        if self.people[pi].tasks.len() >= MAX_TASKS_PER_PERSON {
            self.status = Some(t!(
                "task-error-too-many-tasks",
                label = &self.people[pi].label,
                limit = MAX_TASKS_PER_PERSON
            ));
            return;
        }
        let before = self.people[pi].clone();
        let id = TaskId(self.take_id());
        let mut next_id = self.next_id;
        let steps = steps
            .into_iter()
            .map(|(i, c, k)| new_step(&mut next_id, i, c, k))
            .collect();
        self.next_id = next_id;
        self.people[pi].tasks.push(TaskAnalysis {
            id,
            title: title.clone(),
            workplace,
            chaining: Chaining::default(),
            versions: vec![TaskVersion {
                number: 1,
                created: self.today.clone(),
                steps,
                locked: false,
            }],
            has_teaching_data: false,
        });
        self.remember(
            person,
            pi,
            Some(before),
            Some(id),
            t!("task-undo-add-task", title = &title),
        );
        self.selected_person = Some(person);
        self.selected_task = Some(id);
        self.status = Some(t!("task-status-added-task", title = &title));
    }

    fn delete_task(&mut self, task: TaskId) {
        let Some((pi, ti)) = self.task_index(task) else {
            return;
        };
        let before = self.people[pi].clone();
        let gone = self.people[pi].tasks.remove(ti);
        let person = self.people[pi].id;
        self.remember(
            person,
            pi,
            Some(before),
            Some(task),
            t!("task-undo-delete-task", title = &gone.title),
        );
        if self.selected_task == Some(task) {
            self.selected_task = None;
        }
        self.status = Some(t!("task-status-deleted-task", title = &gone.title));
    }

    /// Change a task's own details (not its steps: no new version).
    fn edit_task(&mut self, task: TaskId, change: impl FnOnce(&mut TaskAnalysis) -> String) {
        let Some((pi, ti)) = self.task_index(task) else {
            return;
        };
        let before = self.people[pi].clone();
        let what = change(&mut self.people[pi].tasks[ti]);
        self.keep_task_edit(task, pi, before, what);
    }

    /// Keep a change to a task's own details for undo, and say it (see [`Self::edit_task`]).
    fn keep_task_edit(&mut self, task: TaskId, pi: usize, before: Person, what: String) {
        if self.people[pi] == before {
            return;
        }
        let person = self.people[pi].id;
        self.remember(person, pi, Some(before), Some(task), what.clone());
        self.status = Some(t!("task-status-done", what = what));
    }

    /// Change the selected task's steps: in the latest version, or in a new one when the
    /// latest was taught. A refusal or no-op leaves everything but the status as it was.
    /// Only the change is generic: the steps to change and what is done with the result are
    /// one function each, not one copy per kind of edit (issue 21: the bundle's size).
    fn edit_steps(&mut self, change: impl FnOnce(&mut Vec<Step>, &mut u64) -> Edit) {
        let Some((pi, ti, mut steps, mut next_id)) = self.steps_to_edit() else {
            return;
        };
        let edit = change(&mut steps, &mut next_id);
        self.keep_steps_edit(pi, ti, steps, next_id, edit);
    }

    /// The selected task's place, a copy of its steps and of the id counter (so a refused
    /// edit uses no id); or why there is nothing to edit, in the status line.
    fn steps_to_edit(&mut self) -> Option<(usize, usize, Vec<Step>, u64)> {
        let Some((pi, ti)) = self.selected_task.and_then(|id| self.task_index(id)) else {
            self.status = Some(t!("task-error-choose-task"));
            return None;
        };
        let steps = self.people[pi].tasks[ti].steps().to_vec();
        Some((pi, ti, steps, self.next_id.max(1)))
    }

    /// Keep the steps an edit made (see [`Self::edit_steps`]), or say why not.
    fn keep_steps_edit(
        &mut self,
        pi: usize,
        ti: usize,
        steps: Vec<Step>,
        next_id: u64,
        edit: Edit,
    ) {
        let task = &self.people[pi].tasks[ti];
        let what = match edit {
            Edit::Nothing => return,
            Edit::Refused(message) => {
                self.status = Some(message);
                return;
            }
            Edit::RefusedField(field, message) => {
                self.refuse(field, message);
                return;
            }
            Edit::Done(what) => what,
        };
        if steps == task.steps() {
            return;
        }
        let before = self.people[pi].clone();
        self.next_id = next_id;
        let today = self.today.clone();
        let task = &mut self.people[pi].tasks[ti];
        let mut said = t!("task-status-done", what = &what);
        if task.next_edit_makes_new_version() {
            let taught = task.latest().map_or(0, |v| v.number);
            let number = taught + 1;
            task.versions.push(TaskVersion {
                number,
                created: today,
                steps,
                locked: false,
            });
            said = t!(
                "task-status-done-new-version",
                what = &what,
                number = number,
                taught = taught
            );
        } else if let Some(latest) = task.versions.last_mut() {
            latest.steps = steps;
        }
        let (person, id) = (self.people[pi].id, self.people[pi].tasks[ti].id);
        self.remember(person, pi, Some(before), Some(id), what);
        self.status = Some(said);
    }

    fn mark_teaching_data(&mut self, task: TaskId, version: u32) {
        let Some((pi, ti)) = self.task_index(task) else {
            return;
        };
        let t = &mut self.people[pi].tasks[ti];
        let Some(v) = t.versions.iter_mut().find(|v| v.number == version) else {
            return;
        };
        v.locked = true;
        t.has_teaching_data = true;
        // A person's history holds whole copies of them: undoing any of it could take away
        // the version the session is attached to.
        let person = self.people[pi].id;
        self.undo.retain(|e| e.person != person);
        self.redo.retain(|e| e.person != person);
    }
}

fn new_step(next_id: &mut u64, instruction: String, cue: String, key_step: bool) -> Step {
    let id = StepId(*next_id);
    *next_id += 1;
    Step {
        id,
        instruction,
        cue,
        picture: None,
        key_step,
    }
}

fn index_of(steps: &[Step], id: StepId) -> Option<usize> {
    steps.iter().position(|s| s.id == id)
}

// Step edits: each changes a copy of the selected task's steps (see `edit_steps`) and says
// what it did, or why not.

fn add_step(steps: &mut Vec<Step>, next_id: &mut u64, at: usize, checked: CheckedStep) -> Edit {
    let (instruction, cue) = match checked {
        Err((field, message)) => return Edit::RefusedField(field, message),
        Ok(c) => c,
    };
    if at > steps.len() {
        return Edit::Nothing;
    }
    if steps.len() >= MAX_STEPS {
        return Edit::RefusedField(Field::StepInstruction(None), too_many_steps());
    }
    steps.insert(at, new_step(next_id, instruction, cue, false));
    Edit::Done(t!("task-undo-add-step", number = at + 1))
}

fn edit_step(steps: &mut [Step], step: StepId, checked: CheckedStep, key_step: bool) -> Edit {
    let Some(i) = index_of(steps, step) else {
        return Edit::Nothing;
    };
    let (instruction, cue) = match checked {
        Err((field, message)) => return Edit::RefusedField(field, message),
        Ok(c) => c,
    };
    let s = &mut steps[i];
    s.instruction = instruction;
    s.cue = cue;
    s.key_step = key_step;
    Edit::Done(t!("task-undo-change-step", number = i + 1))
}

fn delete_step(steps: &mut Vec<Step>, step: StepId) -> Edit {
    let Some(i) = index_of(steps, step) else {
        return Edit::Nothing;
    };
    steps.remove(i);
    Edit::Done(t!("task-undo-delete-step", number = i + 1))
}

fn split_step(steps: &mut Vec<Step>, next_id: &mut u64, step: StepId, at_char: usize) -> Edit {
    let Some(i) = index_of(steps, step) else {
        return Edit::Nothing;
    };
    let chars: Vec<char> = steps[i].instruction.chars().collect();
    if at_char > chars.len() {
        return Edit::Nothing;
    }
    let first = tidy(&chars[..at_char].iter().collect::<String>());
    let second = tidy(&chars[at_char..].iter().collect::<String>());
    if first.is_empty() || second.is_empty() {
        return Edit::Refused(t!("task-error-split-where"));
    }
    if steps.len() >= MAX_STEPS {
        return Edit::Refused(too_many_steps());
    }
    // The first part keeps what starts the step (cue, picture); both stay key steps if the
    // whole was one, so merging them back gives the step back.
    let key_step = steps[i].key_step;
    steps[i].instruction = first;
    steps.insert(i + 1, new_step(next_id, second, String::new(), key_step));
    Edit::Done(t!(
        "task-undo-split-step",
        number = i + 1,
        first = i + 1,
        second = i + 2
    ))
}

fn merge_with_next(steps: &mut Vec<Step>, step: StepId) -> Edit {
    let Some(i) = index_of(steps, step) else {
        return Edit::Nothing;
    };
    if i + 1 >= steps.len() {
        return Edit::Refused(t!("task-error-join-last"));
    }
    let next = &steps[i + 1];
    let instruction = format!("{} {}", steps[i].instruction, next.instruction);
    let cue = joined_cue(&steps[i].cue, &next.cue);
    let n = instruction.chars().count();
    if n > MAX_INSTRUCTION_CHARS {
        return Edit::Refused(t!(
            "task-error-join-too-long",
            count = n,
            limit = MAX_INSTRUCTION_CHARS
        ));
    }
    let n = cue.chars().count();
    if n > MAX_CUE_CHARS {
        return Edit::Refused(t!(
            "task-error-join-cues-too-long",
            count = n,
            limit = MAX_CUE_CHARS
        ));
    }
    let next = steps.remove(i + 1);
    let s = &mut steps[i];
    s.instruction = instruction;
    s.cue = cue;
    s.picture = s.picture.take().or(next.picture);
    s.key_step |= next.key_step;
    Edit::Done(t!("task-undo-join-steps", first = i + 1, second = i + 2))
}

/// Two steps' cues as one: both when they differ, one when they are the same or one is empty.
fn joined_cue(a: &str, b: &str) -> String {
    match (a, b) {
        (a, b) if b.is_empty() || a == b => a.to_string(),
        ("", b) => b.to_string(),
        (a, b) => format!("{a}; {b}"),
    }
}

fn move_up(steps: &mut Vec<Step>, step: StepId) -> Edit {
    match index_of(steps, step) {
        None => Edit::Nothing,
        Some(0) => Edit::Refused(t!("task-error-already-first")),
        Some(i) => move_step(steps, i, i - 1),
    }
}

fn move_down(steps: &mut Vec<Step>, step: StepId) -> Edit {
    match index_of(steps, step) {
        None => Edit::Nothing,
        Some(i) if i + 1 == steps.len() => Edit::Refused(t!("task-error-already-last")),
        Some(i) => move_step(steps, i, i + 1),
    }
}

fn set_picture(steps: &mut [Step], step: StepId, picture: Option<PictureRef>) -> Edit {
    let Some(i) = index_of(steps, step) else {
        return Edit::Nothing;
    };
    if picture
        .as_ref()
        .is_some_and(|p| p.0.is_empty() || p.0.chars().count() > MAX_PICTURE_REF_CHARS)
    {
        return Edit::Nothing;
    }
    let what = if picture.is_some() {
        t!("task-undo-add-picture", number = i + 1)
    } else {
        t!("task-undo-remove-picture", number = i + 1)
    };
    steps[i].picture = picture;
    Edit::Done(what)
}

fn move_step(steps: &mut Vec<Step>, from: usize, to: usize) -> Edit {
    if from >= steps.len() || to >= steps.len() || from == to {
        return Edit::Nothing;
    }
    let step = steps.remove(from);
    steps.insert(to, step);
    Edit::Done(t!(
        "task-undo-move-step",
        from = from + 1,
        to = to + 1,
        count = steps.len()
    ))
}

fn too_many_steps() -> String {
    t!("task-error-too-many-steps", limit = MAX_STEPS)
}

/// A step's words and cue as they will be kept, or which box was refused and why.
type CheckedStep = Result<(String, String), (Field, String)>;

fn checked_step(instruction: &str, cue: &str, step: Option<StepId>) -> CheckedStep {
    let instruction =
        check_instruction(instruction).map_err(|e| (Field::StepInstruction(step), e))?;
    let cue = check_cue(cue).map_err(|e| (Field::StepCue(step), e))?;
    Ok((instruction, cue))
}

/// Steps from pasted text, all or none.
fn paste(steps: &mut Vec<Step>, next_id: &mut u64, text: &str) -> Edit {
    let lines: Vec<String> = text
        .lines()
        .map(|line| tidy(strip_list_marker(line.trim())))
        .filter(|line| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return Edit::RefusedField(Field::PasteSteps, t!("task-error-paste-empty"));
    }
    if lines.len() > MAX_STEPS {
        return Edit::RefusedField(
            Field::PasteSteps,
            t!("task-error-paste-too-many", count = lines.len()),
        );
    }
    if steps.len() + lines.len() > MAX_STEPS {
        return Edit::RefusedField(
            Field::PasteSteps,
            t!(
                "task-error-paste-over-limit",
                count = steps.len() + lines.len(),
                limit = MAX_STEPS
            ),
        );
    }
    for (n, line) in lines.iter().enumerate() {
        let chars = line.chars().count();
        if chars > MAX_INSTRUCTION_CHARS {
            return Edit::RefusedField(
                Field::PasteSteps,
                t!(
                    "task-error-paste-line-long",
                    line = n + 1,
                    count = chars,
                    limit = MAX_INSTRUCTION_CHARS
                ),
            );
        }
    }
    let count = lines.len();
    for line in lines {
        steps.push(new_step(next_id, line, String::new(), false));
    }
    Edit::Done(t!("task-undo-paste-steps", count = count))
}

/// "1. Wipe" → "Wipe"; "- Wipe", "• Wipe", "a) Wipe" likewise. A line that is only a marker
/// becomes empty.
fn strip_list_marker(line: &str) -> &str {
    for bullet in [
        '-', '*', '\u{2022}', '\u{2013}', '\u{2014}', '\u{25aa}', '\u{25cf}',
    ] {
        if let Some(rest) = line.strip_prefix(bullet) {
            if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                return rest.trim_start();
            }
        }
    }
    let marker_len = line
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, c)| i + c.len_utf8())
        .or_else(|| {
            // One letter, as in "a)".
            line.chars()
                .next()
                .filter(|c| c.is_ascii_alphabetic())
                .map(|_| 1)
                .filter(|&n| line[n..].starts_with(')'))
        });
    if let Some(n) = marker_len {
        let rest = &line[n..];
        for end in ['.', ')', ':'] {
            if let Some(rest) = rest.strip_prefix(end) {
                if rest.is_empty() || rest.starts_with(char::is_whitespace) {
                    return rest.trim_start();
                }
            }
        }
    }
    line
}

/// Which way through the edit history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    Undo,
    Redo,
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The task builder as a tool: its people are kept (with the id counter); selection, undo
/// history and the status line are not.
impl crate::tool::Tool for TasksState {
    type Action = Action;
    type File = TasksFile;

    fn new(today: &str) -> TasksState {
        TasksState {
            today: today.to_string(),
            ..TasksState::default()
        }
    }
    fn from_file(file: TasksFile, today: &str) -> TasksState {
        TasksState::from_file(file, today)
    }
    fn to_file(&self) -> TasksFile {
        TasksState::to_file(self)
    }
    fn reduce(self, action: Action) -> TasksState {
        TasksState::reduce(self, action)
    }
    fn file_changed(&self, before: &TasksState) -> bool {
        self.next_id != before.next_id || self.people != before.people
    }
    /// The people and tasks from the other tab; the person and task chosen here stay chosen
    /// if they are still there. Undo is cleared: it would put back this tab's older copy.
    fn adopt(self, file: Option<TasksFile>, today: &str) -> TasksState {
        let fresh = match file {
            Some(file) => TasksState::from_file(file, today),
            None => <TasksState as crate::tool::Tool>::new(today),
        };
        let person = self
            .selected_person
            .filter(|id| fresh.people.iter().any(|p| p.id == *id));
        let task = self.selected_task.filter(|id| {
            fresh
                .people
                .iter()
                .filter(|p| Some(p.id) == person)
                .flat_map(|p| &p.tasks)
                .any(|t| t.id == *id)
        });
        // What this tab is in the middle of (words typed, a step open, the job aid) stays
        // too, as far as it still applies.
        let mut adopted = TasksState {
            selected_person: person,
            selected_task: task,
            typed: self.typed,
            open_step: self.open_step,
            view: self.view,
            aid_step: self.aid_step,
            ..fresh
        };
        adopted.tidy_draft();
        adopted
    }
    const DRAFT_KEY: Option<&'static str> = Some(crate::store::TASKS_DRAFT_KEY);
    fn draft_json(&self) -> Option<String> {
        use crate::store::Format;
        Some(self.draft().to_json())
    }
    fn with_draft(self, json: &str) -> TasksState {
        use crate::store::Format;
        match Draft::from_json(json) {
            Ok(draft) => self.resume(draft),
            Err(_) => self,
        }
    }
    fn unreadable(error: super::TasksError) -> String {
        t!("task-page-load-failed", problem = error.to_string())
    }
    fn not_kept(error: crate::store::StorageError) -> String {
        crate::tool::not_kept_or(error, || t!("task-page-no-room"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_from_word_processors_are_dropped() {
        for (line, want) in [
            ("1. Wipe", "Wipe"),
            ("12) Wipe", "Wipe"),
            ("3: Wipe", "Wipe"),
            ("a) Wipe", "Wipe"),
            ("- Wipe", "Wipe"),
            ("* Wipe", "Wipe"),
            ("\u{2022}\tWipe", "Wipe"),
            ("-", ""),
            ("1.", ""),
            // Not markers: numbers and dashes that belong to the words.
            ("10 plates out", "10 plates out"),
            ("1.5 litres of water", "1.5 litres of water"),
            ("-5 degrees", "-5 degrees"),
            ("a bucket", "a bucket"),
            ("Wipe", "Wipe"),
        ] {
            assert_eq!(strip_list_marker(line), want, "{line:?}");
        }
    }

    #[test]
    fn joined_cues_keep_both_once() {
        assert_eq!(joined_cue("tap", "tap"), "tap");
        assert_eq!(joined_cue("tap", ""), "tap");
        assert_eq!(joined_cue("", "bell"), "bell");
        assert_eq!(joined_cue("", ""), "");
        assert_eq!(joined_cue("tap", "bell"), "tap; bell");
    }

    #[test]
    fn undo_messages_read_as_sentences() {
        assert_eq!(lower_first("Moved step 1 to 2"), "moved step 1 to 2");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn a_refused_step_edit_uses_no_ids() {
        let s = TasksState::default().reduce(Action::AddPerson("AB".into()));
        let s = s.reduce(Action::AddTask {
            person: PersonId(1),
            title: "T".into(),
            workplace: String::new(),
        });
        let next = s.next_id;
        let s = s.reduce(Action::PasteSteps {
            text: format!("ok\n{}", "x".repeat(MAX_INSTRUCTION_CHARS + 1)),
        });
        assert_eq!(s.next_id, next);
        assert!(s.selected_task().unwrap().steps().is_empty());
    }
}
