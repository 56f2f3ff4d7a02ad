//! The task builder's format: what it keeps on the device (under [`TASKS_KEY`]) and what it
//! saves as a file, `{"format": "work-steps/tasks", "version": 1, "next_id": …, "people":
//! [...]}`, with every check made on one before it is used. A [`Format`] of the store's, so
//! the store reads and writes it without knowing what is inside.

use super::model::{check_people, max_id, Person};
use crate::store::envelope::{FileError, Kind, Reasons, MAX_ID};
use crate::store::{picture_key, pictures_not_in, Format, Values, TASKS_KEY};
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt;

/// What the `format` field says; anything else is another program's file.
pub const FORMAT: &str = "work-steps/tasks";
/// The version this app writes and the newest it reads.
pub const VERSION: u64 = 1;
/// Far more than a caseload's text (pictures are stored apart), small enough to read at once.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// The task tool's saved data: `{"format": "work-steps/tasks", "version": 1, "next_id": …,
/// "people": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TasksFile {
    pub people: Vec<Person>,
    /// Kept so an id freed by a deletion is never given out again after a reload: the tracker
    /// may still hold sessions under it.
    pub next_id: u64,
}

/// Why a tasks file was refused. Nothing in it is used; nothing already on the device changes.
pub type TasksError = FileError<TasksProblem>;

/// What is wrong inside a tasks file whose envelope is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TasksProblem {
    NoPeopleList,
    /// The shape is wrong (the reader's own words, for whoever fixes the file).
    Unreadable(String),
    /// Readable, but something in it breaks a rule the app keeps (which, and what).
    Invalid(String),
}

impl Reasons for TasksProblem {
    const KIND: Kind = Kind {
        id: "tasks",
        limit_mb: MAX_FILE_BYTES / (1024 * 1024),
    };
}

impl fmt::Display for TasksProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            TasksProblem::NoPeopleList => t!("task-file-no-people"),
            // The reader's own words stay in the value, for whoever fixes the file: never shown.
            TasksProblem::Unreadable(_) => t!("task-file-unreadable"),
            TasksProblem::Invalid(problem) => t!("task-file-invalid", problem = problem),
        })
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    next_id: u64,
    people: &'a [Person],
}

impl Format for TasksFile {
    const KEY: &'static str = TASKS_KEY;
    const FORMAT: &'static str = FORMAT;
    const VERSION: u64 = VERSION;
    const MAX_BYTES: usize = MAX_FILE_BYTES;
    type Problem = TasksProblem;

    /// Pretty JSON, so a person can read it and a diff shows what changed.
    fn to_json(&self) -> String {
        let out = FileOut {
            format: FORMAT,
            version: VERSION,
            next_id: self.next_id,
            people: &self.people,
        };
        // Cannot fail: plain structs with string keys.
        serde_json::to_string_pretty(&out).expect("tasks always serialise to JSON")
    }

    /// The file's people, every rule checked; or why the whole file was refused.
    fn from_json(text: &str) -> Result<TasksFile, TasksError> {
        use serde_json::Value;
        // Read loosely first, so a foreign or newer file is named as such rather than broken.
        let map = Self::open(text)?;
        let refuse = |problem| Err(FileError::Contents(problem));
        if !matches!(map.get("people"), Some(Value::Array(_))) {
            return refuse(TasksProblem::NoPeopleList);
        }
        let (next_id, people) = match super::read::people_file(&Value::Object(map), "struct FileIn")
        {
            Ok(file) => file,
            Err(e) => return refuse(TasksProblem::Unreadable(e.to_string())),
        };
        if let Err(problem) = check_people(&people) {
            return refuse(TasksProblem::Invalid(problem));
        }
        let max = max_id(&people);
        if max >= MAX_ID || next_id > MAX_ID {
            return refuse(TasksProblem::Invalid(t!("task-file-id-too-large")));
        }
        let next_id = next_id.max(max + 1);
        Ok(TasksFile { people, next_id })
    }
}

impl TasksFile {
    /// The keys of the stored pictures some step of some task version uses.
    pub fn picture_keys(&self) -> BTreeSet<String> {
        self.people
            .iter()
            .flat_map(|p| &p.tasks)
            .flat_map(|t| &t.versions)
            .flat_map(|v| &v.steps)
            .filter_map(|s| s.picture.as_ref())
            .map(|p| picture_key(p.as_str()))
            .collect()
    }
}

/// The keys of stored pictures that no step of any task version uses, or `None` when the
/// tasks cannot be read (then no picture can be known to be unused). A picture taken off a
/// step is kept while the page is open, so undo can bring it back; once the page has closed
/// nothing can, and the app removes these at start-up.
pub fn unused_pictures(values: &Values) -> Option<Vec<String>> {
    let used = match values.get(TASKS_KEY) {
        None => BTreeSet::new(),
        Some(text) => TasksFile::from_json(text).ok()?.picture_keys(),
    };
    Some(pictures_not_in(values, &used))
}
