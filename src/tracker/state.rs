//! The tracker's whole state and the actions that change it: one pure reducer, tested
//! natively. The view saves [`TrackerState::to_file`] after every action, so an open session
//! survives a closed tab or a flat battery, and passes [`TrackerState::tasks_action`] on to
//! the task builder so a taught version is locked.

use super::file::TrackerFile;
use super::hierarchy::{Procedure, PromptHierarchy, Prompter, Response};
use super::progress::{self, AimLine, Chart, Matrix, SessionScore};
use super::rules::{
    Explained, FadeSuggestion, ImprovementOption, MasteryStatus, NoProgressFlag, Rules,
};
use super::session::{self, check_note, Session, SessionId, MAX_NOTE_CHARS};
use crate::tasks::{self, Chaining, StepId, TaskAnalysis, TaskId};
#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;

/// A teaching phase: the procedure used from a date, and why it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Phase {
    /// From 1.
    pub number: u32,
    pub procedure: Procedure,
    /// The date the phase started, as the app passed it in.
    pub started: String,
    /// The option the team agreed when progress stalled, if that is why the phase changed.
    #[serde(default)]
    pub reason: Option<ImprovementOption>,
    #[serde(default)]
    pub note: String,
}

impl Phase {
    pub fn label(&self) -> String {
        let what = match self.reason {
            Some(r) => r.label(),
            None => self.procedure.label(),
        };
        t!("track-phase-label", number = self.number, what = what)
    }
}

/// Everything tracked for one task.
/// Read by hand ([`super::read`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskTracker {
    pub task: TaskId,
    pub hierarchy: PromptHierarchy,
    #[serde(default)]
    pub rules: Rules,
    #[serde(default)]
    pub aim: Option<AimLine>,
    /// Oldest first; never empty.
    pub phases: Vec<Phase>,
    /// Finished sessions, oldest first.
    #[serde(default)]
    pub sessions: Vec<Session>,
}

impl<'de> serde::Deserialize<'de> for TaskTracker {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TaskTracker, D::Error> {
        crate::store::read::bridge(d, super::read::task_tracker)
    }
}

impl TaskTracker {
    pub fn new(task: TaskId) -> TaskTracker {
        TaskTracker {
            task,
            hierarchy: PromptHierarchy::default(),
            rules: Rules::default(),
            aim: None,
            phases: vec![Phase {
                number: 1,
                procedure: Procedure::default(),
                started: String::new(),
                reason: None,
                note: String::new(),
            }],
            sessions: Vec::new(),
        }
    }

    pub fn phase(&self) -> &Phase {
        // `phases` is never empty in a tracker the library made or accepted from a file.
        self.phases.last().expect("a tracker always has a phase")
    }

    pub fn scores(&self) -> Vec<SessionScore> {
        self.sessions.iter().filter_map(progress::score).collect()
    }

    pub fn mastery(&self, step: StepId) -> Explained<MasteryStatus> {
        self.rules.mastery.status(step, &self.sessions)
    }

    pub fn mastered(&self, steps: &[StepId]) -> Vec<StepId> {
        steps
            .iter()
            .copied()
            .filter(|s| self.mastery(*s).value == MasteryStatus::Mastered)
            .collect()
    }

    pub fn fading(&self, step: StepId) -> Option<Explained<FadeSuggestion>> {
        self.rules
            .fading
            .suggest(step, &self.sessions, &self.hierarchy)
    }

    /// The stall flag for the current phase, if its sessions have stalled.
    pub fn no_progress(&self) -> Option<Explained<NoProgressFlag>> {
        let phase = self.phase().number;
        // Chart positions count only sessions with a score, as the chart does.
        let mut x = 0;
        let mut sessions = Vec::new();
        let mut positions = Vec::new();
        for s in &self.sessions {
            if progress::score(s).is_none() {
                continue;
            }
            if s.phase == phase {
                sessions.push(s.clone());
                positions.push(x);
            }
            x += 1;
        }
        self.rules
            .no_progress
            .check(&sessions, &positions, self.aim.as_ref())
    }

    pub fn chart(&self) -> Chart {
        progress::chart(&self.sessions, self.aim.as_ref(), |n| {
            self.phases
                .iter()
                .find(|p| p.number == n)
                .map_or_else(|| t!("track-phase", number = n), Phase::label)
        })
    }

    pub fn matrix(&self, steps: &[StepId]) -> Matrix {
        progress::matrix(steps, &self.sessions)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackerState {
    pub trackers: Vec<TaskTracker>,
    /// The session being recorded, saved with everything else.
    pub open: Option<Session>,
    /// The next session id; ids are never reused.
    pub next_id: u64,
    /// The last thing that happened, in words (for a status line read by screen readers).
    pub status: Option<String>,
    /// For the view to send to the task builder after this action (then forget).
    pub tasks_action: Option<tasks::Action>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Start recording. `steps` are the version's step ids in order; build it with
    /// [`TrackerState::start`].
    StartSession {
        task: TaskId,
        version: u32,
        chaining: Chaining,
        steps: Vec<StepId>,
        date: String,
    },
    /// Score the step on screen and move to the next one.
    Record {
        response: Response,
        who: Prompter,
    },
    /// Change a step's score (tap the step, tap the level).
    Rescore {
        step: StepId,
        response: Response,
        who: Prompter,
    },
    /// Put a step on screen.
    GoToStep(StepId),
    /// Take back the last score or re-score in the open session.
    Undo,
    StepNote {
        step: StepId,
        note: String,
    },
    SessionNote(String),
    Finish,
    /// Throw the open session away (nothing of it is kept).
    Discard,
    AddLevel {
        task: TaskId,
        at: usize,
        name: String,
        code: char,
        description: String,
    },
    EditLevel {
        task: TaskId,
        index: usize,
        name: String,
        code: char,
        description: String,
    },
    RemoveLevel {
        task: TaskId,
        index: usize,
    },
    MoveLevel {
        task: TaskId,
        from: usize,
        to: usize,
    },
    ResetHierarchy {
        task: TaskId,
    },
    SetRules {
        task: TaskId,
        rules: Rules,
    },
    SetAim {
        task: TaskId,
        aim: Option<AimLine>,
    },
    /// Start a new phase from the next session: a new procedure, or the option the team
    /// agreed when progress stalled.
    ChangePhase {
        task: TaskId,
        procedure: Procedure,
        date: String,
        reason: Option<ImprovementOption>,
        note: String,
    },
    Notify(String),
}

impl TrackerState {
    /// The action that starts a session on the task's latest version.
    pub fn start(task: &TaskAnalysis, date: &str) -> Action {
        Action::StartSession {
            task: task.id,
            version: task.latest().map_or(0, |v| v.number),
            chaining: task.chaining,
            steps: task.steps().iter().map(|s| s.id).collect(),
            date: date.to_string(),
        }
    }

    pub fn tracker(&self, task: TaskId) -> Option<&TaskTracker> {
        self.trackers.iter().find(|t| t.task == task)
    }

    /// The task's tracker, made with the defaults the first time it is needed.
    fn tracker_mut(&mut self, task: TaskId) -> &mut TaskTracker {
        let i = match self.trackers.iter().position(|t| t.task == task) {
            Some(i) => i,
            None => {
                self.trackers.push(TaskTracker::new(task));
                self.trackers.len() - 1
            }
        };
        &mut self.trackers[i]
    }

    pub fn from_file(file: TrackerFile) -> TrackerState {
        TrackerState {
            trackers: file.trackers,
            open: file.open,
            next_id: file.next_id,
            ..TrackerState::default()
        }
    }

    pub fn to_file(&self) -> TrackerFile {
        TrackerFile {
            trackers: self.trackers.clone(),
            open: self.open.clone(),
            next_id: self.next_id,
        }
    }

    pub fn reduce(mut self, action: Action) -> TrackerState {
        self.status = None;
        self.tasks_action = None;
        let said = match action {
            Action::StartSession {
                task,
                version,
                chaining,
                steps,
                date,
            } => self.start_session(task, version, chaining, steps, date),
            Action::Record { response, who } => self.with_open(|s| {
                let first = s.records.is_empty();
                s.record_current(response, who).map(|m| (m, first))
            }),
            Action::Rescore {
                step,
                response,
                who,
            } => self.with_open(|s| {
                let first = s.records.is_empty();
                s.rescore(step, response, who).map(|m| (m, first))
            }),
            Action::GoToStep(step) => {
                self.with_open(|s| s.go_to(step).map(|()| (String::new(), false)))
            }
            Action::Undo => self.with_open(|s| s.undo().map(|m| (m, false))),
            Action::StepNote { step, note } => {
                self.with_open(|s| s.set_step_note(step, &note).map(|m| (m, false)))
            }
            Action::SessionNote(note) => self.with_open(|s| {
                s.note = check_note(&note)?;
                Ok((t!("track-session-note-saved"), false))
            }),
            Action::Finish => self.finish(),
            Action::Discard => self.discard(),
            Action::AddLevel {
                task,
                at,
                name,
                code,
                description,
            } => self.edit_hierarchy(
                task,
                |h| h.add(at, &name, code, &description),
                t!("track-level-added"),
            ),
            Action::EditLevel {
                task,
                index,
                name,
                code,
                description,
            } => self.edit_hierarchy(
                task,
                |h| h.rename(index, &name, code, &description),
                t!("track-level-changed"),
            ),
            Action::RemoveLevel { task, index } => {
                self.edit_hierarchy(task, |h| h.remove(index), t!("track-level-removed"))
            }
            Action::MoveLevel { task, from, to } => {
                self.edit_hierarchy(task, |h| h.move_level(from, to), t!("track-level-moved"))
            }
            Action::ResetHierarchy { task } => self.edit_hierarchy(
                task,
                |_| Ok(PromptHierarchy::default()),
                t!("track-levels-reset"),
            ),
            Action::SetRules { task, rules } => self.set_rules(task, rules),
            Action::SetAim { task, aim } => self.set_aim(task, aim),
            Action::ChangePhase {
                task,
                procedure,
                date,
                reason,
                note,
            } => self.change_phase(task, procedure, &date, reason, &note),
            Action::Notify(message) => Ok(message),
        };
        self.status = match said {
            Ok(m) if m.is_empty() => None,
            Ok(m) | Err(m) => Some(m),
        };
        self
    }

    fn discard(&mut self) -> Result<String, String> {
        match self.open.take() {
            None => Err(t!("track-discard-none")),
            Some(_) => Ok(t!("track-discarded")),
        }
    }

    fn set_rules(&mut self, task: TaskId, rules: Rules) -> Result<String, String> {
        if let Some(p) = rules.problem() {
            return Err(p);
        }
        self.tracker_mut(task).rules = rules;
        Ok(match rules.mastery.warning() {
            Some(w) => format!("{} {w}", t!("track-rules-saved")),
            None => t!("track-rules-saved"),
        })
    }

    /// Set the aim line, or take it away (`None`).
    fn set_aim(&mut self, task: TaskId, aim: Option<AimLine>) -> Result<String, String> {
        if let Some(p) = aim.as_ref().and_then(AimLine::problem) {
            return Err(p);
        }
        let cleared = aim.is_none();
        self.tracker_mut(task).aim = aim;
        Ok(if cleared {
            t!("track-aim-removed")
        } else {
            t!("track-aim-saved")
        })
    }

    fn change_phase(
        &mut self,
        task: TaskId,
        procedure: Procedure,
        date: &str,
        reason: Option<ImprovementOption>,
        note: &str,
    ) -> Result<String, String> {
        let note = check_note(note)?;
        let t = self.tracker_mut(task);
        let number = t.phase().number + 1;
        t.phases.push(Phase {
            number,
            procedure,
            started: tasks::model::tidy(date),
            reason,
            note,
        });
        Ok(t!(
            "track-phase-started",
            number = number,
            what = reason
                .map_or_else(|| procedure.label(), |r| r.label())
                .to_lowercase()
        ))
    }

    fn start_session(
        &mut self,
        task: TaskId,
        version: u32,
        chaining: Chaining,
        steps: Vec<StepId>,
        date: String,
    ) -> Result<String, String> {
        if self.open.is_some() {
            return Err(t!("track-session-already-open"));
        }
        if steps.is_empty() {
            return Err(t!("track-task-no-steps"));
        }
        if steps.len() > tasks::model::MAX_STEPS {
            return Err(t!("track-task-too-many-steps"));
        }
        let id = SessionId(self.next_id.max(1));
        self.next_id = id.0 + 1;
        let t = self.tracker_mut(task);
        let plan = session::plan(&steps, chaining, &t.mastered(&steps));
        let n = plan.steps.len();
        let phase = t.phase();
        self.open = Some(Session {
            id,
            task,
            version,
            date: tasks::model::tidy(&date),
            phase: phase.number,
            procedure: phase.procedure,
            chaining,
            plan,
            hierarchy: t.hierarchy.clone(),
            records: Vec::new(),
            note: String::new(),
            cursor: 0,
            finished: false,
            changes: Vec::new(),
        });
        Ok(t!("track-session-started", count = n))
    }

    /// Run an edit on the open session; when it is the session's first score, tell the task
    /// builder to lock the version at once, so a step edit mid-session cannot change the
    /// steps being recorded.
    fn with_open(
        &mut self,
        edit: impl FnOnce(&mut Session) -> Result<(String, bool), String>,
    ) -> Result<String, String> {
        let Some(s) = self.open.as_mut() else {
            return Err(t!("track-session-none"));
        };
        let (message, first) = edit(s)?;
        if first && !s.records.is_empty() {
            self.tasks_action = Some(tasks::Action::MarkTeachingData {
                task: s.task,
                version: s.version,
            });
        }
        Ok(message)
    }

    fn finish(&mut self) -> Result<String, String> {
        let Some(s) = self.open.as_ref() else {
            return Err(t!("track-finish-none"));
        };
        if s.records.is_empty() {
            return Err(t!("track-finish-empty"));
        }
        let Some(mut s) = self.open.take() else {
            return Err(t!("track-finish-none"));
        };
        let missing = s
            .plan
            .steps
            .iter()
            .filter(|p| s.record(**p).is_none())
            .count();
        s.finished = true;
        s.changes.clear();
        s.cursor = s.plan.steps.len();
        let (task, version) = (s.task, s.version);
        let score = progress::score(&s);
        self.tracker_mut(task).sessions.push(s);
        self.tasks_action = Some(tasks::Action::MarkTeachingData { task, version });
        let mut m = match score {
            Some(sc) => t!(
                "track-session-saved",
                independent = sc.independent,
                count = sc.scored
            ),
            None => t!("track-session-saved-empty"),
        };
        if missing > 0 {
            m.push(' ');
            m.push_str(&t!("track-session-not-scored", count = missing));
        }
        Ok(m)
    }

    fn edit_hierarchy(
        &mut self,
        task: TaskId,
        edit: impl FnOnce(&PromptHierarchy) -> Result<PromptHierarchy, String>,
        done: String,
    ) -> Result<String, String> {
        let t = self.tracker_mut(task);
        t.hierarchy = edit(&t.hierarchy)?;
        Ok(format!("{done} {}", t!("track-levels-kept")))
    }
}

fn check_session(s: &Session, at: &str) -> Result<(), String> {
    let at = || at.to_string();
    if let Some(p) = s.hierarchy.problem() {
        return Err(t!("track-file-place-problem", place = at(), problem = p));
    }
    if s.plan.steps.is_empty() || s.plan.steps.len() > tasks::model::MAX_STEPS {
        return Err(t!("track-file-session-steps", place = at()));
    }
    if s.note.chars().count() > MAX_NOTE_CHARS {
        return Err(t!("track-file-session-note", place = at()));
    }
    if s.cursor > s.plan.steps.len() {
        return Err(t!("track-file-session-cursor", place = at()));
    }
    let mut seen = std::collections::HashSet::new();
    for r in &s.records {
        if !s.plan.steps.contains(&r.step) || !seen.insert(r.step) {
            return Err(t!("track-file-session-stray-score", place = at()));
        }
        if let Response::Level(i) = r.response {
            if i as usize >= s.hierarchy.len() {
                return Err(t!("track-file-session-level", place = at()));
            }
        }
        if r.note.chars().count() > MAX_NOTE_CHARS {
            return Err(t!("track-file-session-step-note", place = at()));
        }
    }
    Ok(())
}

/// Every rule the reducer keeps for trackers and sessions, checked on data from outside (a
/// tracker file or a backup). The message names the place: by the task's name where `title`
/// knows it (a backup holds the tasks), otherwise by its place in the file's list.
/// References to tasks are not checked here: the tracker file travels without its tasks.
pub fn check_trackers(
    trackers: &[TaskTracker],
    open: Option<&Session>,
    title: impl Fn(TaskId) -> Option<String>,
) -> Result<(), String> {
    let mut tasks_seen = std::collections::HashSet::new();
    let mut ids = std::collections::HashSet::new();
    for (ti, t) in trackers.iter().enumerate() {
        let at = match title(t.task) {
            Some(title) => t!("track-file-task-named", task = title),
            None => t!("track-file-task", number = ti + 1),
        };
        let place = || at.clone();
        if !tasks_seen.insert(t.task) {
            return Err(t!("track-file-task-twice", place = place()));
        }
        if let Some(p) = t.hierarchy.problem().or_else(|| t.rules.problem()) {
            return Err(t!("track-file-place-problem", place = place(), problem = p));
        }
        if let Some(p) = t.aim.as_ref().and_then(AimLine::problem) {
            return Err(t!("track-file-place-problem", place = place(), problem = p));
        }
        if t.phases.is_empty() {
            return Err(t!("track-file-task-no-phase", place = place()));
        }
        if t.phases
            .iter()
            .enumerate()
            .any(|(i, p)| p.number as usize != i + 1)
        {
            return Err(t!("track-file-task-phase-order", place = place()));
        }
        let last_phase = t.phases.len() as u32;
        for (si, s) in t.sessions.iter().enumerate() {
            let at = t!("track-file-session", task = place(), number = si + 1);
            check_session(s, &at)?;
            if s.task != t.task {
                return Err(t!("track-file-session-other-task", place = at));
            }
            if !s.finished {
                return Err(t!("track-file-session-not-finished", place = at));
            }
            if s.phase == 0 || s.phase > last_phase {
                return Err(t!("track-file-session-no-phase", place = at));
            }
            if !ids.insert(s.id) {
                return Err(t!("track-file-session-same-id", place = at));
            }
        }
    }
    if let Some(s) = open {
        check_session(s, &t!("track-file-open-session"))?;
        if s.finished || !ids.insert(s.id) {
            return Err(t!("track-file-open-saved"));
        }
    }
    Ok(())
}

/// The tracker as a tool: its trackers, the open session and the id counter are kept; the
/// status line and the change for the task builder are not.
impl crate::tool::Tool for TrackerState {
    type Action = Action;
    type File = TrackerFile;

    fn new(_today: &str) -> TrackerState {
        TrackerState::default()
    }
    fn from_file(file: TrackerFile, _today: &str) -> TrackerState {
        TrackerState::from_file(file)
    }
    fn to_file(&self) -> TrackerFile {
        TrackerState::to_file(self)
    }
    fn reduce(self, action: Action) -> TrackerState {
        TrackerState::reduce(self, action)
    }
    fn file_changed(&self, before: &TrackerState) -> bool {
        self.next_id != before.next_id
            || self.open != before.open
            || self.trackers != before.trackers
    }
    fn unreadable(error: super::TrackerError) -> String {
        t!("track-load-failed", problem = error.to_string())
    }
    fn not_kept(error: crate::store::StorageError) -> String {
        crate::tool::not_kept_or(error, || t!("track-save-full"))
    }
}
