//! What the coach is in the middle of, kept beside the task builder's file so a reload, a
//! closed tab or a flat battery loses nothing (as the tracker keeps its open session): the
//! person, task and screen chosen, the job aid's step, a step open for editing, and words
//! typed in a box but not yet used (a half-typed new step, a rename not yet left).
//!
//! Typed words live in the state, not in the views, from the first key: [`TasksState::typed`]
//! is what a box shows. The action that uses a box's words clears them once it is done; a
//! refusal keeps them, so they can be put right. A draft opened against a file that no longer
//! has its person, task or step drops what points at nothing.

use super::model::{PersonId, StepId, TaskId};
use super::state::{Field, TasksState};
use crate::store::envelope::FileError;
use crate::store::{from_json_beside_envelope, to_json_beside_envelope, Format, TASKS_DRAFT_KEY};
use serde::{Deserialize, Serialize};

/// What the page shows for the selected task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum View {
    #[default]
    Editor,
    /// One step at a time, for the worker.
    JobAid,
    /// The printable checklist.
    Checklist,
}

/// A step open for editing, with its key-step box as ticked so far (its words are typed
/// boxes: [`Field::StepInstruction`] and [`Field::StepCue`] with its id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenStep {
    pub step: StepId,
    pub key_step: bool,
}

/// The work in progress as kept under [`TASKS_DRAFT_KEY`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub person: Option<PersonId>,
    #[serde(default)]
    pub task: Option<TaskId>,
    #[serde(default)]
    pub view: View,
    /// The job aid's step on screen (from 0).
    #[serde(default)]
    pub aid_step: usize,
    #[serde(default)]
    pub open_step: Option<OpenStep>,
    #[serde(default)]
    pub typed: Vec<(Field, String)>,
}

impl TasksState {
    /// The words typed in a box and not yet used, if any.
    pub fn typed(&self, field: Field) -> Option<&str> {
        self.typed.get(&field).map(String::as_str)
    }

    /// What a box shows: the words typed in it, else `saved` (what the task has now).
    pub fn shown(&self, field: Field, saved: &str) -> String {
        self.typed(field).unwrap_or(saved).to_string()
    }

    pub fn draft(&self) -> Draft {
        Draft {
            person: self.selected_person,
            task: self.selected_task,
            view: self.view,
            aid_step: self.aid_step,
            open_step: self.open_step,
            typed: self.typed.iter().map(|(f, t)| (*f, t.clone())).collect(),
        }
    }

    /// This state with the work in progress kept last time, as far as it still applies.
    pub fn resume(mut self, draft: Draft) -> TasksState {
        if draft.person.is_some_and(|p| self.person(p).is_some()) {
            self.selected_person = draft.person;
        }
        if let Some((person, _)) = draft.task.and_then(|t| self.task(t)) {
            self.selected_person = Some(person.id);
            self.selected_task = draft.task;
            self.view = draft.view;
            self.aid_step = draft.aid_step;
            self.open_step = draft.open_step;
        }
        self.typed = draft.typed.into_iter().collect();
        self.tidy_draft();
        self
    }

    pub(super) fn type_in(&mut self, field: Field, text: String) {
        self.typed.insert(field, text);
    }

    pub(super) fn open_step(&mut self, step: Option<StepId>) {
        if let Some(open) = self.open_step.take() {
            self.typed.remove(&Field::StepInstruction(Some(open.step)));
            self.typed.remove(&Field::StepCue(Some(open.step)));
        }
        let found = step.and_then(|id| {
            let task = self.selected_task()?;
            task.steps().iter().find(|s| s.id == id).map(|s| OpenStep {
                step: id,
                key_step: s.key_step,
            })
        });
        self.open_step = found;
    }

    pub(super) fn set_key_step(&mut self, on: bool) {
        if let Some(open) = &mut self.open_step {
            open.key_step = on;
        }
    }

    pub(super) fn show(&mut self, view: View) {
        if self.selected_task.is_none() {
            return;
        }
        if view != self.view {
            self.aid_step = 0;
        }
        self.view = view;
    }

    /// After an action that uses `fields`' words: clear them if it was done (or changed
    /// nothing), keep them if it was refused.
    pub(super) fn used(&mut self, fields: &[Field], edits_before: u64) {
        let refused = self.edits == edits_before && self.status.is_some();
        if refused || fields.is_empty() {
            return;
        }
        for field in fields {
            self.typed.remove(field);
        }
        if let Some(Field::StepInstruction(Some(step))) = fields.first() {
            if self.open_step.is_some_and(|o| o.step == *step) {
                self.open_step = None;
            }
        }
    }

    /// Drop what belongs to a task no longer selected, or points at nothing.
    pub(super) fn tidy_draft(&mut self) {
        let steps: Vec<StepId> = self
            .selected_task()
            .map(|t| t.steps().iter().map(|s| s.id).collect())
            .unwrap_or_default();
        if self.open_step.is_some_and(|o| !steps.contains(&o.step)) {
            self.open_step = None;
        }
        let open = self.open_step.map(|o| o.step);
        let has_task = self.selected_task.is_some();
        let has_person = self.selected_person.is_some();
        self.typed.retain(|field, _| match field {
            Field::StepInstruction(Some(s)) | Field::StepCue(Some(s)) => open == Some(*s),
            Field::TaskTitle
            | Field::TaskWorkplace
            | Field::StepInstruction(None)
            | Field::StepCue(None)
            | Field::PasteSteps => has_task,
            Field::NewTaskTitle | Field::Template => has_person,
            Field::PersonLabel => true,
        });
        if !has_task {
            self.view = View::Editor;
        }
        self.aid_step = self.aid_step.min(steps.len().saturating_sub(1));
    }

    /// What belongs to one task: dropped when another is chosen.
    pub(super) fn leave_task(&mut self) {
        self.open_step = None;
        self.view = View::Editor;
        self.aid_step = 0;
        self.typed.retain(|field, _| {
            !matches!(
                field,
                Field::TaskTitle
                    | Field::TaskWorkplace
                    | Field::StepInstruction(_)
                    | Field::StepCue(_)
                    | Field::PasteSteps
            )
        });
    }
}

/// A draft that cannot be read is ignored (it is a scratch pad, not the coach's data).
pub use crate::store::Damaged;

/// `{"format": "work-steps/tasks-draft", "version": 1, "person": …, "task": …, …}`.
impl Format for Draft {
    const KEY: &'static str = TASKS_DRAFT_KEY;
    const FORMAT: &'static str = "work-steps/tasks-draft";
    const VERSION: u64 = 1;
    const MAX_BYTES: usize = 1024 * 1024;
    type Problem = Damaged;

    fn to_json(&self) -> String {
        to_json_beside_envelope(self)
    }

    fn from_json(text: &str) -> Result<Draft, FileError<Damaged>> {
        from_json_beside_envelope(text)
    }
}
