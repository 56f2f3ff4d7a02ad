//! What a task analysis is: the people a coach supports (named by initials or a code), each
//! person's task analyses, and the numbered versions of each task's steps. Plain data that
//! serialises with serde; the rules for what may be typed live here too, so the views can
//! show the same message beside a box that the reducer puts in its status line.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Initials or a code: short on purpose, so nobody is tempted to type a full name.
pub const MAX_LABEL_CHARS: usize = 20;
pub const MAX_TITLE_CHARS: usize = 100;
pub const MAX_WORKPLACE_CHARS: usize = 100;
/// About three short sentences; a longer step is really two steps.
pub const MAX_INSTRUCTION_CHARS: usize = 300;
pub const MAX_CUE_CHARS: usize = 200;
/// Task analyses work best with 5 to 30 steps; 100 leaves room without allowing a pasted book.
pub const MAX_STEPS: usize = 100;
/// A large caseload with room to spare; limits keep a stray file from freezing the page.
pub const MAX_PEOPLE: usize = 500;
pub const MAX_TASKS_PER_PERSON: usize = 200;
/// Picture ids are keys the app makes; anything longer is not one of ours.
pub const MAX_PICTURE_REF_CHARS: usize = 100;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        /// A short text form (for example `s12`) for element ids and list keys in the views.
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(
    /// A person on the coach's caseload.
    ///
    /// Ids are numbers from one counter in the state, never reused, with no clock and no
    /// randomness: the same actions give the same ids, so tests and undo are exact, and a
    /// number is `Copy` and cheap to compare in the reducer. Each kind has its own type so a
    /// step id cannot be passed where a task id is meant.
    PersonId,
    "p"
);
id_type!(
    /// A task analysis. Unique across all people; the tracker keys sessions by it.
    TaskId,
    "t"
);
id_type!(
    /// A step. Unique within a task; a step keeps its id in every version it is copied into,
    /// so the tracker can follow "the same step" from one version to the next.
    StepId,
    "s"
);

/// Where a step's picture is kept on the device. The bytes live in storage, not the model,
/// so the model stays small enough to copy for undo on every edit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
#[serde(transparent)]
pub struct PictureRef(pub String);

impl PictureRef {
    pub fn new(id: impl Into<String>) -> PictureRef {
        PictureRef(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How the steps are taught.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub enum Chaining {
    /// Teach the first step until mastered, then the first two, and so on.
    Forward,
    /// Teach the last step first, so every session ends with the task finished.
    Backward,
    /// Teach every step every time. The default: the usual choice in systematic instruction,
    /// and the coach can change it.
    #[default]
    TotalTask,
}

impl Chaining {
    pub const ALL: [Chaining; 3] = [Chaining::Forward, Chaining::Backward, Chaining::TotalTask];

    pub fn label(self) -> String {
        match self {
            Chaining::Forward => t!("task-chaining-forward"),
            Chaining::Backward => t!("task-chaining-backward"),
            Chaining::TotalTask => t!("task-chaining-total"),
        }
    }

    /// One line for the hint under the choice.
    pub fn hint(self) -> String {
        match self {
            Chaining::Forward => t!("task-chaining-forward-hint"),
            Chaining::Backward => t!("task-chaining-backward-hint"),
            Chaining::TotalTask => t!("task-chaining-total-hint"),
        }
    }
}

/// Read by hand ([`super::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: StepId,
    /// What the person does, in plain words.
    pub instruction: String,
    /// What in the workplace tells the person to do this step (the natural cue). May be empty
    /// while the coach is still writing the task.
    #[serde(default)]
    pub cue: String,
    #[serde(default)]
    pub picture: Option<PictureRef>,
    /// A step that must be right (safety, quality) and is watched closely.
    #[serde(default)]
    pub key_step: bool,
}

/// Read by hand ([`super::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskVersion {
    /// 1, 2, 3… in the order made.
    pub number: u32,
    /// The date the version was made, as the app passed it in (the library never reads a clock).
    pub created: String,
    pub steps: Vec<Step>,
    /// Teaching sessions were recorded on this version, so its steps never change again; the
    /// next edit makes a new version.
    #[serde(default)]
    pub locked: bool,
}

/// Read by hand ([`super::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskAnalysis {
    pub id: TaskId,
    pub title: String,
    /// Where the task is done (may be empty).
    #[serde(default)]
    pub workplace: String,
    #[serde(default)]
    pub chaining: Chaining,
    /// Oldest first; never empty in a task the library made or accepted from a file.
    pub versions: Vec<TaskVersion>,
    /// Set when the tracker records a session (see `Action::MarkTeachingData`).
    #[serde(default)]
    pub has_teaching_data: bool,
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Step, D::Error> {
        crate::store::read::bridge(d, super::read::step)
    }
}

impl<'de> Deserialize<'de> for TaskVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TaskVersion, D::Error> {
        crate::store::read::bridge(d, super::read::task_version)
    }
}

impl<'de> Deserialize<'de> for TaskAnalysis {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TaskAnalysis, D::Error> {
        crate::store::read::bridge(d, super::read::task_analysis)
    }
}

impl TaskAnalysis {
    pub fn latest(&self) -> Option<&TaskVersion> {
        self.versions.last()
    }

    pub fn version(&self, number: u32) -> Option<&TaskVersion> {
        self.versions.iter().find(|v| v.number == number)
    }

    /// The steps being edited and taught now: the latest version's.
    pub fn steps(&self) -> &[Step] {
        self.latest().map_or(&[], |v| &v.steps)
    }

    /// The next step edit makes a new version instead of changing the latest in place.
    pub fn next_edit_makes_new_version(&self) -> bool {
        match self.latest() {
            None => false,
            // A task marked only by its flag (no version locked) is treated as taught on
            // its latest version, so sessions recorded that way are protected too.
            Some(latest) => {
                latest.locked || (self.has_teaching_data && !self.versions.iter().any(|v| v.locked))
            }
        }
    }
}

/// Read by hand ([`super::read`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: PersonId,
    /// Initials or a code the coach chooses.
    pub label: String,
    #[serde(default)]
    pub tasks: Vec<TaskAnalysis>,
}

impl<'de> Deserialize<'de> for Person {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Person, D::Error> {
        crate::store::read::bridge(d, super::read::person)
    }
}

impl Person {
    pub fn task(&self, id: TaskId) -> Option<&TaskAnalysis> {
        self.tasks.iter().find(|t| t.id == id)
    }
}

/// Trim the ends and turn every run of spaces, tabs and line breaks into one space: these
/// are one-line fields, and a pasted line break would otherwise hide in the middle.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The label as it will be kept, or why it cannot be.
pub fn check_label(label: &str) -> Result<String, String> {
    let label = tidy(label);
    let n = label.chars().count();
    if n == 0 {
        Err(t!("task-error-label-empty"))
    } else if n > MAX_LABEL_CHARS {
        Err(t!("task-error-label-long", limit = MAX_LABEL_CHARS))
    } else {
        Ok(label)
    }
}

pub fn check_title(title: &str) -> Result<String, String> {
    let title = tidy(title);
    let n = title.chars().count();
    if n == 0 {
        Err(t!("task-error-title-empty"))
    } else if n > MAX_TITLE_CHARS {
        Err(t!(
            "task-error-title-long",
            limit = MAX_TITLE_CHARS,
            count = n
        ))
    } else {
        Ok(title)
    }
}

/// The workplace may be left empty.
pub fn check_workplace(workplace: &str) -> Result<String, String> {
    let workplace = tidy(workplace);
    let n = workplace.chars().count();
    if n > MAX_WORKPLACE_CHARS {
        Err(t!(
            "task-error-workplace-long",
            limit = MAX_WORKPLACE_CHARS,
            count = n
        ))
    } else {
        Ok(workplace)
    }
}

pub fn check_instruction(instruction: &str) -> Result<String, String> {
    let instruction = tidy(instruction);
    let n = instruction.chars().count();
    if n == 0 {
        Err(t!("task-error-step-empty"))
    } else if n > MAX_INSTRUCTION_CHARS {
        Err(t!(
            "task-error-step-long",
            limit = MAX_INSTRUCTION_CHARS,
            count = n
        ))
    } else {
        Ok(instruction)
    }
}

/// The cue may be left empty while the task is being written.
pub fn check_cue(cue: &str) -> Result<String, String> {
    let cue = tidy(cue);
    let n = cue.chars().count();
    if n > MAX_CUE_CHARS {
        Err(t!("task-error-cue-long", limit = MAX_CUE_CHARS, count = n))
    } else {
        Ok(cue)
    }
}

/// The character index for a caret position from the browser (`selectionStart` counts UTF-16
/// units, so an emoji or some accented letters count twice there). Past the end gives the end.
pub fn char_index_from_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.chars().enumerate() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.chars().count()
}

/// One row of the printable checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistRow {
    /// From 1.
    pub number: usize,
    pub instruction: String,
    pub cue: String,
    pub picture: Option<PictureRef>,
    pub key_step: bool,
}

/// The worker's view of one version of a task: one step at a time, with a big "done".
///
/// Steps are always shown in order 1..n, whatever the chaining; what chaining changes is the
/// teaching `focus` (the step being taught now), which the tracker may set later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobAid {
    pub title: String,
    pub chaining: Chaining,
    /// The version these steps came from (sessions are recorded against it).
    pub version: u32,
    pub steps: Vec<Step>,
    /// The step being taught now, if any: forward starts at the first, backward at the last,
    /// total task has none (every step is taught).
    pub focus: Option<usize>,
    /// The step on screen (index into `steps`).
    pub current: usize,
    /// Steps marked done in this run.
    pub done: Vec<bool>,
    finished: bool,
}

impl JobAid {
    /// The job aid for the task's latest version.
    pub fn new(task: &TaskAnalysis) -> JobAid {
        match task.latest() {
            Some(v) => JobAid::for_version(task, v),
            None => JobAid::from_steps(task, 0, Vec::new()),
        }
    }

    /// The job aid for one version (to replay what was taught on it).
    pub fn for_version(task: &TaskAnalysis, version: &TaskVersion) -> JobAid {
        JobAid::from_steps(task, version.number, version.steps.clone())
    }

    fn from_steps(task: &TaskAnalysis, version: u32, steps: Vec<Step>) -> JobAid {
        let focus = match task.chaining {
            _ if steps.is_empty() => None,
            Chaining::Forward => Some(0),
            Chaining::Backward => Some(steps.len() - 1),
            Chaining::TotalTask => None,
        };
        JobAid {
            title: task.title.clone(),
            chaining: task.chaining,
            version,
            done: vec![false; steps.len()],
            steps,
            focus,
            current: 0,
            finished: false,
        }
    }

    /// Set the teaching focus (the tracker knows which step is the last unmastered one).
    /// An index past the end is ignored.
    pub fn with_focus(mut self, focus: Option<usize>) -> JobAid {
        if focus.is_none_or(|i| i < self.steps.len()) {
            self.focus = focus;
        }
        self
    }

    /// The job aid on step `index` (from 0), as it was left: the steps before it done.
    /// An index past the end stays on the last step.
    pub fn at(mut self, index: usize) -> JobAid {
        self.current = index.min(self.steps.len().saturating_sub(1));
        for done in self.done.iter_mut().take(self.current) {
            *done = true;
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn current_step(&self) -> Option<&Step> {
        self.steps.get(self.current)
    }

    /// (step number from 1, number of steps), for "Step 3 of 8".
    pub fn position(&self) -> (usize, usize) {
        ((self.current + 1).min(self.steps.len()), self.steps.len())
    }

    pub fn is_focus(&self, index: usize) -> bool {
        self.focus == Some(index)
    }

    /// Go to the next step without marking this one done; stays on the last step.
    pub fn next(&mut self) {
        if self.current + 1 < self.steps.len() {
            self.current += 1;
        }
    }

    /// Go back a step; from the "finished" screen, back to the last step.
    pub fn back(&mut self) {
        if self.finished {
            self.finished = false;
        } else {
            self.current = self.current.saturating_sub(1);
        }
    }

    /// Mark the step on screen done and move on; done on the last step finishes the task.
    pub fn done(&mut self) {
        if self.finished || self.steps.is_empty() {
            return;
        }
        self.done[self.current] = true;
        if self.current + 1 < self.steps.len() {
            self.current += 1;
        } else {
            self.finished = true;
        }
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Start again from step 1 with nothing done.
    pub fn restart(&mut self) {
        self.current = 0;
        self.finished = false;
        self.done.iter_mut().for_each(|d| *d = false);
    }

    /// What to read aloud for the step on screen, or for the end.
    pub fn speech(&self) -> Option<String> {
        if self.finished {
            return Some(t!("task-aid-speech-finished"));
        }
        let step = self.current_step()?;
        let (n, _) = self.position();
        let instruction = &step.instruction;
        // A key step is said as one, as the screen shows it.
        Some(if step.key_step {
            t!(
                "task-aid-speech-key-step",
                number = n,
                instruction = instruction
            )
        } else {
            t!(
                "task-aid-speech-step",
                number = n,
                instruction = instruction
            )
        })
    }

    /// Every step in order, for the printed checklist with tick boxes.
    pub fn checklist(&self) -> Vec<ChecklistRow> {
        self.steps
            .iter()
            .enumerate()
            .map(|(i, s)| ChecklistRow {
                number: i + 1,
                instruction: s.instruction.clone(),
                cue: s.cue.clone(),
                picture: s.picture.clone(),
                key_step: s.key_step,
            })
            .collect()
    }
}

/// The largest id in use, so a counter can start past it.
pub fn max_id(people: &[Person]) -> u64 {
    let mut max = 0;
    for p in people {
        max = max.max(p.id.0);
        for t in &p.tasks {
            max = max.max(t.id.0);
            for v in &t.versions {
                for s in &v.steps {
                    max = max.max(s.id.0);
                }
            }
        }
    }
    max
}

/// Every rule the reducer keeps, checked on data from outside. The message names the place.
pub fn check_people(people: &[Person]) -> Result<(), String> {
    use std::collections::HashSet;
    if people.len() > MAX_PEOPLE {
        return Err(t!(
            "task-file-too-many-people",
            count = people.len(),
            limit = MAX_PEOPLE
        ));
    }
    let mut ids = HashSet::new();
    for (pi, p) in people.iter().enumerate() {
        // Where the problem is, said in growing detail: "Person 2 (“AB”), task 1 (“Mop
        // a floor”), version 2, step 3". Each part is a whole message so its word order
        // can follow the language.
        let at = t!("task-file-at-person", number = pi + 1);
        let clean = |got: &str, checked: Result<String, String>, what: &str| match checked {
            Ok(c) if c == got => Ok(()),
            Ok(_) => Err(t!("task-file-extra-spaces", place = what)),
            Err(e) => Err(t!("task-file-problem-at", place = what, problem = e)),
        };
        clean(&p.label, check_label(&p.label), &at)?;
        let at = t!(
            "task-file-at-person-named",
            number = pi + 1,
            label = &p.label
        );
        if !ids.insert(p.id.0) {
            return Err(t!("task-file-same-id", place = &at));
        }
        if p.tasks.len() > MAX_TASKS_PER_PERSON {
            return Err(t!(
                "task-file-too-many-tasks",
                place = &at,
                count = p.tasks.len(),
                limit = MAX_TASKS_PER_PERSON
            ));
        }
        for (ti, task) in p.tasks.iter().enumerate() {
            let at = t!("task-file-at-task", place = &at, number = ti + 1);
            clean(&task.title, check_title(&task.title), &at)?;
            let at = t!("task-file-at-named", place = &at, name = &task.title);
            clean(&task.workplace, check_workplace(&task.workplace), &at)?;
            if !ids.insert(task.id.0) {
                return Err(t!("task-file-same-id", place = &at));
            }
            if task.versions.is_empty() {
                return Err(t!("task-file-no-versions", place = &at));
            }
            let mut last = 0;
            for v in &task.versions {
                let at = t!("task-file-at-version", place = &at, number = v.number);
                if v.number <= last {
                    return Err(t!("task-file-out-of-order", place = &at));
                }
                last = v.number;
                if v.steps.len() > MAX_STEPS {
                    return Err(t!(
                        "task-file-too-many-steps",
                        place = &at,
                        count = v.steps.len(),
                        limit = MAX_STEPS
                    ));
                }
                let mut step_ids = HashSet::new();
                for (si, s) in v.steps.iter().enumerate() {
                    let at = t!("task-file-at-step", place = &at, number = si + 1);
                    clean(&s.instruction, check_instruction(&s.instruction), &at)?;
                    clean(&s.cue, check_cue(&s.cue), &at)?;
                    if !step_ids.insert(s.id.0) {
                        return Err(t!("task-file-same-id", place = &at));
                    }
                    if let Some(pic) = &s.picture {
                        let n = pic.0.chars().count();
                        if n == 0 || n > MAX_PICTURE_REF_CHARS {
                            return Err(t!("task-file-bad-picture", place = &at));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(versions: &[(u32, bool)], has_teaching_data: bool) -> TaskAnalysis {
        TaskAnalysis {
            id: TaskId(1),
            title: "T".into(),
            workplace: String::new(),
            chaining: Chaining::default(),
            versions: versions
                .iter()
                .map(|&(number, locked)| TaskVersion {
                    number,
                    created: String::new(),
                    steps: Vec::new(),
                    locked,
                })
                .collect(),
            has_teaching_data,
        }
    }

    #[test]
    fn only_a_taught_latest_version_is_kept_as_it_is() {
        assert!(!task(&[(1, false)], false).next_edit_makes_new_version());
        assert!(task(&[(1, true)], true).next_edit_makes_new_version());
        // Version 1 was taught; version 2 was made since and not taught yet.
        assert!(!task(&[(1, true), (2, false)], true).next_edit_makes_new_version());
        // Flagged without saying which version: protect the latest.
        assert!(task(&[(1, false)], true).next_edit_makes_new_version());
    }

    #[test]
    fn typed_text_is_tidied_then_checked() {
        assert_eq!(tidy("  Wipe \n the\ttable "), "Wipe the table");
        assert_eq!(check_label(" a b "), Ok("a b".into()));
        assert_eq!(check_workplace("   "), Ok(String::new()));
        assert_eq!(check_cue(""), Ok(String::new()));
        assert_eq!(
            check_instruction(&"\u{e9}".repeat(MAX_INSTRUCTION_CHARS)).map(|s| s.chars().count()),
            Ok(MAX_INSTRUCTION_CHARS),
            "characters are counted, not bytes"
        );
        assert!(check_instruction(&"x".repeat(MAX_INSTRUCTION_CHARS + 1)).is_err());
    }

    #[test]
    fn ids_print_short_keys_for_the_views() {
        assert_eq!(PersonId(4).to_string(), "p4");
        assert_eq!(TaskId(5).to_string(), "t5");
        assert_eq!(StepId(6).to_string(), "s6");
        assert_eq!(serde_json::to_string(&StepId(6)).unwrap(), "6");
    }
}
