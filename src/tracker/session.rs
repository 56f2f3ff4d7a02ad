//! One teaching session: which task and version it was taught on, the steps recorded in the
//! order chaining gives them, what help each step needed and who gave it. The session keeps a
//! copy of the prompt hierarchy it was recorded with, so renaming or reordering levels later
//! never changes what an old session says.

use super::hierarchy::{Procedure, PromptHierarchy, Prompter, Response};
use crate::tasks::{Chaining, StepId, TaskId};
#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;
use std::fmt;

pub const MAX_NOTE_CHARS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[serde(transparent)]
pub struct SessionId(pub u64);

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}

/// What was recorded for one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct StepRecord {
    pub step: StepId,
    pub response: Response,
    #[serde(default)]
    pub who: Prompter,
    #[serde(default)]
    pub note: String,
}

/// The steps to record this session, in order, and the one being taught now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct RecordPlan {
    pub steps: Vec<StepId>,
    /// Forward: the first step not yet mastered; backward: the last one. Total task: none,
    /// every step is taught.
    pub focus: Option<StepId>,
}

impl RecordPlan {
    /// The step's number in this session, counting from 1 (0 if the session does not record it).
    pub fn number_of(&self, step: StepId) -> usize {
        self.steps
            .iter()
            .position(|s| *s == step)
            .map_or(0, |i| i + 1)
    }
}

/// Which steps a session records, given the version's steps in order and those mastered.
///
/// Kept simple on purpose. Forward chaining: the steps from the first up to and including the
/// focus (the coach completes the rest). Backward chaining: the focus to the end (the coach
/// does the steps before it). Total task, or every step mastered: all steps, no focus.
pub fn plan(steps: &[StepId], chaining: Chaining, mastered: &[StepId]) -> RecordPlan {
    let unmastered = |s: &&StepId| !mastered.contains(s);
    let all = RecordPlan {
        steps: steps.to_vec(),
        focus: None,
    };
    match chaining {
        Chaining::TotalTask => all,
        Chaining::Forward => match steps.iter().position(|s| unmastered(&s)) {
            None => all,
            Some(i) => RecordPlan {
                steps: steps[..=i].to_vec(),
                focus: Some(steps[i]),
            },
        },
        Chaining::Backward => match steps.iter().rposition(|s| unmastered(&s)) {
            None => all,
            Some(i) => RecordPlan {
                steps: steps[i..].to_vec(),
                focus: Some(steps[i]),
            },
        },
    }
}

/// One change to the records, kept so it can be undone: the step, its record before, and
/// where the cursor was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Change {
    pub step: StepId,
    pub before: Option<StepRecord>,
    pub cursor: usize,
}

/// Read by hand ([`super::read`]); serde's derive is kept for the tests to compare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub id: SessionId,
    pub task: TaskId,
    /// The task version taught; sessions stay attached to it when the task is edited later.
    pub version: u32,
    /// As the app passed it in, for example `2025-03-04T10:30` (the library never reads a
    /// clock). Dates in ISO form sort and draw on a date axis; other text is kept as typed.
    pub date: String,
    /// The teaching phase, from 1.
    pub phase: u32,
    pub procedure: Procedure,
    pub chaining: Chaining,
    pub plan: RecordPlan,
    /// The hierarchy as it was when the session started.
    pub hierarchy: PromptHierarchy,
    /// In the plan's order, one per recorded step.
    pub records: Vec<StepRecord>,
    #[serde(default)]
    pub note: String,
    /// Index into `plan.steps` of the step on screen; equal to its length when past the end.
    #[serde(default)]
    pub cursor: usize,
    #[serde(default)]
    pub finished: bool,
    /// Changes that Undo can take back (only while the session is open).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

impl<'de> serde::Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Session, D::Error> {
        crate::store::read::bridge(d, super::read::session)
    }
}

pub fn check_note(note: &str) -> Result<String, String> {
    // Notes may have line breaks; only the ends are trimmed.
    let note = note.trim().to_string();
    let n = note.chars().count();
    if n > MAX_NOTE_CHARS {
        Err(t!("track-note-long", max = MAX_NOTE_CHARS, count = n))
    } else {
        Ok(note)
    }
}

impl Session {
    pub fn record(&self, step: StepId) -> Option<&StepRecord> {
        self.records.iter().find(|r| r.step == step)
    }

    pub fn response(&self, step: StepId) -> Option<Response> {
        self.record(step).map(|r| r.response)
    }

    /// The step on screen, or `None` once every step has been passed.
    pub fn current_step(&self) -> Option<StepId> {
        self.plan.steps.get(self.cursor).copied()
    }

    pub fn is_complete(&self) -> bool {
        self.plan.steps.iter().all(|s| self.record(*s).is_some())
    }

    fn response_fits(&self, response: Response) -> Result<(), String> {
        match response {
            Response::Level(i) if i as usize >= self.hierarchy.len() => {
                Err(t!("track-response-not-in-list"))
            }
            _ => Ok(()),
        }
    }

    fn set(&mut self, record: StepRecord) {
        // Keep records in the plan's order so a CSV reads top to bottom.
        self.records.retain(|r| r.step != record.step);
        let order = |s: StepId| self.plan.steps.iter().position(|p| *p == s);
        let at = self
            .records
            .iter()
            .position(|r| order(r.step) > order(record.step))
            .unwrap_or(self.records.len());
        self.records.insert(at, record);
    }

    /// Gives `step` this score, keeping its note, and remembers the score before for undo.
    fn score(&mut self, step: StepId, response: Response, who: Prompter) {
        self.remember(step);
        let note = self
            .record(step)
            .map(|r| r.note.clone())
            .unwrap_or_default();
        self.set(StepRecord {
            step,
            response,
            who,
            note,
        });
    }

    fn remember(&mut self, step: StepId) {
        let before = self.record(step).cloned();
        self.changes.push(Change {
            step,
            before,
            cursor: self.cursor,
        });
    }

    /// Score the step on screen and move to the next step not yet scored.
    pub fn record_current(&mut self, response: Response, who: Prompter) -> Result<String, String> {
        self.response_fits(response)?;
        let Some(step) = self.current_step() else {
            return Err(t!("track-all-scored"));
        };
        self.score(step, response, who);
        let n = self.cursor + 1;
        self.advance();
        Ok(t!(
            "track-scored",
            number = n,
            level = response.label(&self.hierarchy).to_lowercase()
        ))
    }

    /// The next step after the cursor with no score, else the first unscored one, else the end.
    fn advance(&mut self) {
        let len = self.plan.steps.len();
        let unscored = |i: &usize| self.record(self.plan.steps[*i]).is_none();
        self.cursor = (self.cursor + 1..len)
            .find(unscored)
            .or_else(|| (0..len).find(unscored))
            .unwrap_or(len);
    }

    /// Change a step's score; the cursor stays where it is.
    pub fn rescore(
        &mut self,
        step: StepId,
        response: Response,
        who: Prompter,
    ) -> Result<String, String> {
        self.response_fits(response)?;
        let Some(i) = self.plan.steps.iter().position(|s| *s == step) else {
            return Err(t!("track-step-not-in-session"));
        };
        self.score(step, response, who);
        if self.cursor == i {
            self.advance();
        }
        Ok(t!(
            "track-rescored",
            number = i + 1,
            level = response.label(&self.hierarchy).to_lowercase()
        ))
    }

    /// Put the cursor on a step (tap a step to re-score it with the big buttons).
    pub fn go_to(&mut self, step: StepId) -> Result<(), String> {
        match self.plan.steps.iter().position(|s| *s == step) {
            Some(i) => {
                self.cursor = i;
                Ok(())
            }
            None => Err(t!("track-step-not-in-session")),
        }
    }

    /// Take back the last score or re-score.
    pub fn undo(&mut self) -> Result<String, String> {
        let Some(change) = self.changes.pop() else {
            return Err(t!("track-undo-nothing"));
        };
        match change.before {
            Some(before) => self.set(before),
            None => self.records.retain(|r| r.step != change.step),
        }
        self.cursor = change.cursor.min(self.plan.steps.len());
        Ok(t!(
            "track-undone",
            number = self.plan.number_of(change.step)
        ))
    }

    /// A note on a step. The step is scored first, so every note belongs to a response.
    pub fn set_step_note(&mut self, step: StepId, note: &str) -> Result<String, String> {
        let note = check_note(note)?;
        match self.records.iter_mut().find(|r| r.step == step) {
            Some(r) => {
                r.note = note;
                Ok(t!("track-step-note-saved"))
            }
            None => Err(t!("track-step-note-unscored")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chaining_decides_which_steps_are_recorded() {
        let s = [StepId(1), StepId(2), StepId(3), StepId(4)];
        let f = plan(&s, Chaining::Forward, &[StepId(1)]);
        assert_eq!(f.steps, vec![StepId(1), StepId(2)]);
        assert_eq!(f.focus, Some(StepId(2)));
        let b = plan(&s, Chaining::Backward, &[StepId(4)]);
        assert_eq!(b.steps, vec![StepId(3), StepId(4)]);
        assert_eq!(b.focus, Some(StepId(3)));
        let t = plan(&s, Chaining::TotalTask, &[]);
        assert_eq!(t.steps.len(), 4);
        assert_eq!(t.focus, None);
        assert_eq!(plan(&s, Chaining::Forward, &s).focus, None, "all mastered");
    }
}
