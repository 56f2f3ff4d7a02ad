//! Backup and move: all of one device's data (or one person's) in one JSON file, to keep or
//! to carry to another device, and the two ways of taking it in there: replace, or merge
//! without losing or changing anything already on the device.
//!
//! A file is checked whole before any of it is used ([`Backup::from_json`]): the envelope
//! (size, JSON, cut short, another program's file, newer version), then every rule the task
//! builder, tracker and calculator keep, then every link between them (a session's task,
//! version and steps; pictures). A bad file changes nothing and says why in plain words.
//!
//! Applying a backup ([`replace`], [`merge`]) is pure: the device's data and the backup in,
//! the new data and a plain-words [`Report`] out. The app saves the result.

mod apply;
mod file;
pub mod stored;
mod unreadable;

pub use apply::{merge, replace, Report};
pub use file::{
    BackupError, BackupProblem, FORMAT, MAX_EXPORTED_AT_CHARS, MAX_FILE_BYTES,
    MAX_FORM_VALUE_CHARS, MAX_ID, MAX_PICTURES, MAX_PICTURE_BYTES, VERSION,
};

use crate::better_off::state::Saved;
use crate::tasks::{PersonId, TaskId, TasksFile};
use crate::tracker::TrackerFile;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// All of one device's user data, exactly what the app stores.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Data {
    /// The calculator's saved scenarios (a name and the form's boxes).
    pub scenarios: Vec<Saved>,
    /// People, their task analyses and the id counter.
    pub tasks: TasksFile,
    /// Trackers with their sessions, the open session and its counter.
    pub tracker: TrackerFile,
    /// Picture id → `data:image/…;base64,…`. Steps point at them by id.
    pub pictures: BTreeMap<String, String>,
}

impl Data {
    /// The first thing that breaks a rule, in plain words, or `None` when every rule the
    /// importer checks holds (a backup of everything made from this data would import).
    pub fn problem(&self) -> Option<String> {
        file::check(self, &Scope::Everything, "").err()
    }

    pub fn session_count(&self) -> usize {
        self.tracker.trackers.iter().map(|t| t.sessions.len()).sum()
    }

    pub fn task_count(&self) -> usize {
        self.tasks.people.iter().map(|p| p.tasks.len()).sum()
    }
}

/// Whose data a backup holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Everything on the device.
    Everything,
    /// One person (by their label), their tasks, the sessions of those tasks and the
    /// pictures their steps use. No scenarios.
    Person(String),
}

/// A backup file's contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    /// When it was made, as the app passed it in (the library never reads a clock).
    pub exported_at: String,
    pub scope: Scope,
    pub data: Data,
    /// Things to tell the person that do not stop the backup: what an export left out and
    /// why, or steps whose pictures the file does not have. Not written to the file.
    pub notes: Vec<String>,
}

impl Backup {
    /// What the file holds, said before it is brought in: "A backup of everything, saved on
    /// 3 March 2025: 2 people, 5 tasks, 3 teaching sessions, 4 pictures, 1 saved scenario."
    /// The same counts, in the same order, as the page's list of what is on the device.
    pub fn describe(&self) -> String {
        let d = &self.data;
        let counts = [
            t!("data-people", count = d.tasks.people.len()),
            t!("data-tasks", count = d.task_count()),
            t!("data-sessions", count = d.session_count()),
            t!("data-pictures", count = d.pictures.len()),
            t!("data-scenarios", count = d.scenarios.len()),
        ]
        .join(", ");
        let date = on_date(&self.exported_at);
        match &self.scope {
            Scope::Everything => t!("data-describe-everything", date = date, counts = counts),
            Scope::Person(label) => t!(
                "data-describe-person",
                person = label,
                date = date,
                counts = counts
            ),
        }
    }

    /// Everything on the device. Teaching records of tasks that were deleted are left out
    /// (the importer would refuse a session without its task); `notes` says so.
    pub fn everything(data: &Data, exported_at: &str) -> Backup {
        Backup::made(data.clone(), Scope::Everything, exported_at)
    }

    /// One person, their tasks, the trackers and sessions of those tasks and the pictures
    /// their steps use; no scenarios. `None` if there is no such person.
    pub fn person(data: &Data, person: PersonId, exported_at: &str) -> Option<Backup> {
        let p = data.tasks.people.iter().find(|p| p.id == person)?;
        let theirs: HashSet<TaskId> = p.tasks.iter().map(|t| t.id).collect();
        let used = picture_refs(std::slice::from_ref(p));
        let label = p.label.clone();
        let part = Data {
            scenarios: Vec::new(),
            tasks: TasksFile {
                people: vec![p.clone()],
                next_id: data.tasks.next_id,
            },
            tracker: TrackerFile {
                trackers: data
                    .tracker
                    .trackers
                    .iter()
                    .filter(|t| theirs.contains(&t.task))
                    .cloned()
                    .collect(),
                open: data
                    .tracker
                    .open
                    .clone()
                    .filter(|s| theirs.contains(&s.task)),
                next_id: data.tracker.next_id,
            },
            pictures: data
                .pictures
                .iter()
                .filter(|(id, _)| used.contains(id.as_str()))
                .map(|(id, url)| (id.clone(), url.clone()))
                .collect(),
        };
        Some(Backup::made(part, Scope::Person(label), exported_at))
    }

    fn made(mut data: Data, scope: Scope, exported_at: &str) -> Backup {
        let mut notes = file::leave_out_broken_links(&mut data);
        notes.extend(file::missing_pictures(&data));
        let backup = Backup {
            exported_at: exported_at.to_string(),
            scope,
            data,
            notes,
        };
        // A safety net: say so now if this device holds something the importer would refuse,
        // rather than when the file is needed.
        if let Err(problem) = file::check(&backup.data, &backup.scope, &backup.exported_at) {
            let mut notes = backup.notes;
            notes.push(crate::t!("backup-may-not-open", problem = problem));
            return Backup { notes, ..backup };
        }
        backup
    }

    /// The file's text: pretty JSON, so a person can read it and a diff shows what changed.
    pub fn to_json(&self) -> String {
        file::to_json(self)
    }

    /// The backup in a file, every rule checked; or why the whole file was refused.
    pub fn from_json(text: &str) -> Result<Backup, BackupError> {
        file::from_json(text)
    }
}

/// Every picture id the people's steps use, in any version.
pub(crate) fn picture_refs(people: &[crate::tasks::Person]) -> BTreeSet<&str> {
    people
        .iter()
        .flat_map(|p| &p.tasks)
        .flat_map(|t| &t.versions)
        .flat_map(|v| &v.steps)
        .filter_map(|s| s.picture.as_ref().map(|r| r.as_str()))
        .collect()
}

/// A label as people are matched: tidied and in lower case, so "ab " and "AB" are one person.
pub(crate) fn label_key(label: &str) -> String {
    crate::tasks::model::tidy(label).to_lowercase()
}

/// A session's date for a sentence: `2025-03-03…` says "3 March 2025"; other text as typed.
pub use crate::calendar::say_stored as say_date;

/// "on 3 March 2025", or "with no date" when none was given: a phrase that says when, for
/// the messages that take a `$date` (`backup-…`, `data-describe-…`).
pub fn on_date(date: &str) -> String {
    if date.trim().is_empty() {
        crate::t!("backup-no-date")
    } else {
        crate::t!("backup-on-date", date = say_date(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_said_in_words() {
        assert_eq!(say_date("2025-03-03T10:30"), "3 March 2025");
        assert_eq!(say_date("2025-12-31"), "31 December 2025");
        assert_eq!(say_date("2025-13-01"), "2025-13-01");
        assert_eq!(say_date("last Tuesday"), "last Tuesday");
        assert_eq!(on_date(""), "with no date");
        assert_eq!(on_date("2025-03-03"), "on 3 March 2025");
        // Not a char boundary at byte 4: kept as typed, no panic.
        assert_eq!(say_date("2025\u{e9}03-03"), "2025\u{e9}03-03");
    }

    #[test]
    fn labels_match_whatever_the_case_and_spaces() {
        assert_eq!(label_key(" ab  C "), label_key("AB c"));
    }
}
