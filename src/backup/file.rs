//! The backup file: `{"format": "work-steps/backup", "version": 1, "exported_at": …,
//! "scope": "everything" | {"person": label}, "scenarios": […], "tasks": {"next_id": …,
//! "people": […]}, "tracker": {"next_id": …, "trackers": […], "open": …}, "pictures":
//! {id: data URL}}`, and every check made on one before anything in it is used.

use super::{on_date, unreadable, Backup, Data, Scope};
use crate::better_off::state::{Saved, MAX_SAVED};
use crate::store::envelope::{self, EnvelopeError, FileError, Kind, Reasons};
use crate::store::read::{self, Struct};
use crate::tasks::model::{check_label, check_people, max_id, MAX_PICTURE_REF_CHARS};
use crate::tasks::{Person, TaskAnalysis, TaskId, TasksFile};
use crate::tracker::state::check_trackers;
use crate::tracker::{Session, TaskTracker, TrackerFile};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

/// What the `format` field says; anything else is another program's file.
pub const FORMAT: &str = "work-steps/backup";
/// The version this app writes and the newest it reads.
pub const VERSION: u64 = 1;
/// More than a browser lets one site keep (about 5 to 10 MB), written out as pretty JSON;
/// small enough to read at once.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;
/// One picture's data URL. The app keeps photos scaled to 800 px as JPEG, about 50 to
/// 200 KB; 1 MB leaves room without letting one picture fill the device.
pub const MAX_PICTURE_BYTES: usize = 1024 * 1024;
/// Far more pictures than a device's storage holds at the sizes above.
pub const MAX_PICTURES: usize = 5000;
/// One box of a saved calculator form. The boxes hold numbers, dates and choices; this is
/// only there so a pasted book cannot come in as a scenario.
pub const MAX_FORM_VALUE_CHARS: usize = 1000;
pub const MAX_EXPORTED_AT_CHARS: usize = 100;
/// Ids and counters past this are not ones the app made (it counts up from 1, one at a
/// time); refusing them keeps every counter far from overflowing.
pub use crate::store::envelope::MAX_ID;

/// Why a backup was refused. Nothing in it is used; nothing on the device changes.
pub type BackupError = FileError<BackupProblem>;

/// What is wrong inside a backup whose envelope is right (or whose envelope is another tool's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    /// One of this app's other files (names the tool it belongs to), not a backup.
    OtherTool(&'static str),
    /// A part every backup has is missing (names the part).
    Missing(&'static str),
    /// The shape is wrong: where, and what is wrong there, in plain words (never the
    /// reader's own, see `unreadable`).
    Unreadable(String),
    /// Readable, but something in it breaks a rule the app keeps (which, and where).
    Invalid(String),
    /// Holds a part this version does not know, which reading would drop: its `path` in
    /// the file (`tasks.people[0].nickname`, for code) and that `place` in words.
    UnknownPart { path: String, place: String },
}

impl Reasons for BackupProblem {
    const KIND: Kind = Kind {
        id: "backup",
        limit_mb: MAX_FILE_BYTES / (1024 * 1024),
    };
}

impl fmt::Display for BackupProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            BackupProblem::OtherTool(tool) => match *tool {
                TASK_BUILDER => t!("backup-other-tool-tasks"),
                TRACKER => t!("backup-other-tool-tracker"),
                _ => t!("backup-other-tool-calculator"),
            },
            BackupProblem::Missing(what) => match *what {
                MISSING_SCOPE => t!("backup-missing-scope"),
                MISSING_PEOPLE => t!("backup-missing-people"),
                MISSING_TRACKERS => t!("backup-missing-trackers"),
                MISSING_SCENARIOS => t!("backup-missing-scenarios"),
                MISSING_PICTURES => t!("backup-missing-pictures"),
                MISSING_DATE => t!("backup-missing-date"),
                // Only the parts above are ever missing; a new one still gets a sentence.
                other => t!("backup-missing-part", part = other),
            },
            BackupProblem::Unreadable(sentence) => sentence.clone(),
            BackupProblem::UnknownPart { place, .. } => {
                t!("backup-unknown-part", place = place.as_str())
            }
            // The page that refuses the file adds "Nothing was changed." once.
            BackupProblem::Invalid(problem) => t!("backup-invalid", problem = problem.as_str()),
        })
    }
}

// What `BackupProblem::OtherTool` and `BackupProblem::Missing` hold: English names for whoever
// reads the error in code; the sentences come from the messages.
const TASK_BUILDER: &str = "task builder";
const TRACKER: &str = "tracker";
const CALCULATOR: &str = "better-off calculator";
const MISSING_SCOPE: &str = "note of whose data it holds";
const MISSING_PEOPLE: &str = "list of people";
const MISSING_TRACKERS: &str = "teaching records";
const MISSING_SCENARIOS: &str = "list of saved scenarios";
const MISSING_PICTURES: &str = "list of pictures";
const MISSING_DATE: &str = "date";

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    exported_at: &'a str,
    scope: &'a Scope,
    scenarios: &'a [Saved],
    tasks: TasksOut<'a>,
    tracker: TrackerOut<'a>,
    pictures: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct TasksOut<'a> {
    next_id: u64,
    people: &'a [Person],
}

#[derive(Serialize)]
struct TrackerOut<'a> {
    next_id: u64,
    trackers: &'a [TaskTracker],
    open: &'a Option<Session>,
}

/// A backup's parts but the pictures, read by hand as serde's derive of a struct `FileIn`
/// of them read them (the tasks and tracker parts as `TasksIn` and `TrackerIn`; see
/// `store::read`): the scope and the scenarios by serde, the rest by the tools' readers.
fn read_parts(v: &Value) -> Result<(String, Scope, Data), serde_json::Error> {
    let names = &["exported_at", "scope", "scenarios", "tasks", "tracker"];
    let mut s = Struct::of(v, "struct FileIn", names)?;
    let mut parts = (String::new(), Scope::Everything, Data::default());
    let (exported_at, scope, data) = &mut parts;
    s.required(0, exported_at, read::string);
    s.required(1, scope, |v| serde_json::from_value(v.clone()));
    s.required(2, &mut data.scenarios, |v| {
        serde_json::from_value(v.clone())
    });
    s.required(3, &mut data.tasks, |v| {
        let (next_id, people) = crate::tasks::read::people_file(v, "struct TasksIn")?;
        Ok(TasksFile { people, next_id })
    });
    s.required(4, &mut data.tracker, |v| {
        crate::tracker::read::tracker_file(v, "struct TrackerIn")
    });
    s.finish(parts)
}

impl<'a> FileOut<'a> {
    fn new(exported_at: &'a str, scope: &'a Scope, d: &'a Data) -> Self {
        FileOut {
            format: FORMAT,
            version: VERSION,
            exported_at,
            scope,
            scenarios: &d.scenarios,
            tasks: TasksOut {
                next_id: d.tasks.next_id,
                people: &d.tasks.people,
            },
            tracker: TrackerOut {
                next_id: d.tracker.next_id,
                trackers: &d.tracker.trackers,
                open: &d.tracker.open,
            },
            pictures: &d.pictures,
        }
    }
}

pub(super) fn to_json(b: &Backup) -> String {
    to_json_of(&FileOut::new(&b.exported_at, &b.scope, &b.data))
}

fn to_json_of(out: &FileOut) -> String {
    // Cannot fail: plain structs with string keys and finite numbers.
    serde_json::to_string_pretty(out).expect("a backup always serialises to JSON")
}

/// The first name in the file that reading it dropped (`tasks.people[0].nickname`): a part
/// this version of the app does not know, from a newer version or an edit. Found by writing
/// what was read back out and looking for each of the file's names in it, so every record's
/// fields are checked without each type having to refuse unknown fields itself. A name
/// whose value is empty (`[]`, `null`) may be left out when written, so it is not counted.
fn unknown_name(file: &Value, read: &Value, path: &str) -> Option<String> {
    match (file, read) {
        (Value::Object(file), Value::Object(read)) => file.iter().find_map(|(name, value)| {
            let here = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            match read.get(name) {
                Some(kept) => unknown_name(value, kept, &here),
                None if is_empty(value) => None,
                None => Some(here),
            }
        }),
        (Value::Array(file), Value::Array(read)) => file
            .iter()
            .zip(read)
            .enumerate()
            .find_map(|(i, (value, kept))| unknown_name(value, kept, &format!("{path}[{i}]"))),
        _ => None,
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

pub(super) fn from_json(text: &str) -> Result<Backup, BackupError> {
    // Read loosely first, so a foreign or newer file is named as such rather than broken.
    let map = envelope::open(text, FORMAT, VERSION, MAX_FILE_BYTES).map_err(|e| match e {
        EnvelopeError::Foreign => other_tool(text).map_or(FileError::Envelope(e), |tool| {
            FileError::Contents(BackupProblem::OtherTool(tool))
        }),
        e => FileError::Envelope(e),
    })?;
    let missing = |part| Err(FileError::Contents(BackupProblem::Missing(part)));
    let has = |key: &str, ok: fn(&Value) -> bool| map.get(key).is_some_and(ok);
    let part = |key: &str, list: &str| {
        map.get(key)
            .and_then(Value::as_object)
            .and_then(|o| o.get(list))
            .is_some_and(Value::is_array)
    };
    if !has("scope", |v| v.is_string() || v.is_object()) {
        return missing(MISSING_SCOPE);
    }
    if !part("tasks", "people") {
        return missing(MISSING_PEOPLE);
    }
    if !part("tracker", "trackers") {
        return missing(MISSING_TRACKERS);
    }
    if !has("scenarios", Value::is_array) {
        return missing(MISSING_SCENARIOS);
    }
    if !has("pictures", Value::is_object) {
        return missing(MISSING_PICTURES);
    }
    if !has("exported_at", Value::is_string) {
        return missing(MISSING_DATE);
    }
    // The pictures are most of a backup's bytes and hold only names and text: read them
    // apart, so that checking the rest for unknown names copies only the rest.
    let mut file = Value::Object(map);
    let pictures = file.get_mut("pictures").map(Value::take);
    let unreadable = |sentence| FileError::Contents(BackupProblem::Unreadable(sentence));
    let pictures: BTreeMap<String, String> =
        serde_json::from_value(pictures.unwrap_or_default())
            .map_err(|e| unreadable(unreadable::explain_pictures(&e)))?;
    let (exported_at, scope, mut data) =
        read_parts(&file).map_err(|e| unreadable(unreadable::explain(&file, &e)))?;
    // Written as the backup is written and read back (not `serde_json::to_value`, a second
    // writer for every type in a backup).
    let written = envelope::strict::parse(&to_json_of(&FileOut::new(&exported_at, &scope, &data)))
        .expect("what was read always serialises to JSON");
    if let Some(path) = unknown_name(&file, &written, "") {
        let place = unreadable::place(&file, &unreadable::parse_path(&path));
        return Err(FileError::Contents(BackupProblem::UnknownPart {
            path,
            place,
        }));
    }
    data.pictures = pictures;
    check(&data, &scope, &exported_at)
        .map_err(|e| FileError::Contents(BackupProblem::Invalid(e)))?;
    // A counter behind the ids in use would give one out again: move it past them.
    if !data.tasks.people.is_empty() {
        data.tasks.next_id = data.tasks.next_id.max(max_id(&data.tasks.people) + 1);
    }
    if let Some(max) = max_session_id(&data.tracker) {
        data.tracker.next_id = data.tracker.next_id.max(max + 1);
    }
    let notes = missing_pictures(&data);
    Ok(Backup {
        exported_at,
        scope,
        data,
        notes,
    })
}

/// The largest session id in use (finished or open), if any.
pub(super) fn max_session_id(tracker: &TrackerFile) -> Option<u64> {
    tracker
        .trackers
        .iter()
        .flat_map(|t| &t.sessions)
        .chain(&tracker.open)
        .map(|s| s.id.0)
        .max()
}

/// When a file is one of this app's others, the tool it belongs to.
fn other_tool(text: &str) -> Option<&'static str> {
    // As serde's derive of `struct { format: String }` read it (a repeated name keeping its
    // last value, an array of one item), without linking a reader for it.
    let value = envelope::strict::parse_as_serde_json(text.trim_start_matches('\u{feff}')).ok()?;
    let format = match &value {
        Value::Object(map) => map.get("format"),
        Value::Array(items) if items.len() == 1 => items.first(),
        _ => None,
    };
    match format?.as_str()? {
        crate::tasks::file::FORMAT => Some(TASK_BUILDER),
        crate::tracker::file::FORMAT => Some(TRACKER),
        crate::better_off::file::FORMAT => Some(CALCULATOR),
        _ => None,
    }
}

/// Every rule, checked on the whole of a backup's data. The message names the place.
pub(super) fn check(data: &Data, scope: &Scope, exported_at: &str) -> Result<(), String> {
    if exported_at.chars().count() > MAX_EXPORTED_AT_CHARS {
        return Err(t!("backup-date-too-long"));
    }
    check_scenarios(&data.scenarios)?;
    check_people(&data.tasks.people)?;
    check_labels(&data.tasks.people)?;
    check_scope(data, scope)?;
    // Links first: records for a task not in the file are said as that, not as the
    // mismatch with their sessions it causes.
    check_links(data)?;
    let tasks = tasks_by_id(&data.tasks.people);
    check_trackers(&data.tracker.trackers, data.tracker.open.as_ref(), |id| {
        tasks.get(&id).map(|t| t.title.clone())
    })?;
    check_ids(data)?;
    check_pictures(&data.pictures)
}

fn check_ids(data: &Data) -> Result<(), String> {
    let people = &data.tasks.people;
    let too_big = data.tasks.next_id > MAX_ID
        || data.tracker.next_id > MAX_ID
        || (!people.is_empty() && max_id(people) >= MAX_ID)
        || max_session_id(&data.tracker).is_some_and(|m| m >= MAX_ID);
    if too_big {
        return Err(t!("backup-id-too-large"));
    }
    Ok(())
}

fn check_scenarios(scenarios: &[Saved]) -> Result<(), String> {
    use crate::better_off::file::MAX_NAME_CHARS;
    if scenarios.len() > MAX_SAVED {
        return Err(t!(
            "backup-too-many-scenarios",
            count = scenarios.len(),
            max = MAX_SAVED
        ));
    }
    let mut names = HashSet::new();
    for (i, s) in scenarios.iter().enumerate() {
        let number = i + 1;
        if s.name.trim().is_empty() {
            return Err(t!("backup-scenario-no-name", number = number));
        }
        if s.name.trim() != s.name {
            return Err(t!("backup-scenario-spaces", number = number));
        }
        if s.name.chars().count() > MAX_NAME_CHARS {
            return Err(t!(
                "backup-scenario-name-too-long",
                number = number,
                max = MAX_NAME_CHARS
            ));
        }
        if !names.insert(s.name.as_str()) {
            return Err(t!(
                "backup-scenario-same-name",
                number = number,
                name = s.name.as_str()
            ));
        }
        let values: BTreeMap<String, String> = s.form.clone().into();
        if values
            .values()
            .any(|v| v.chars().count() > MAX_FORM_VALUE_CHARS)
        {
            return Err(t!(
                "backup-scenario-answer-too-long",
                number = number,
                name = s.name.as_str(),
                max = MAX_FORM_VALUE_CHARS
            ));
        }
    }
    Ok(())
}

/// Two people with one code would be mixed up on a busy day; the task builder never allows it.
fn check_labels(people: &[Person]) -> Result<(), String> {
    let mut seen = HashSet::new();
    for p in people {
        if !seen.insert(super::label_key(&p.label)) {
            return Err(t!("backup-same-label", person = p.label.as_str()));
        }
    }
    Ok(())
}

fn check_scope(data: &Data, scope: &Scope) -> Result<(), String> {
    let Scope::Person(label) = scope else {
        return Ok(());
    };
    if check_label(label).as_deref() != Ok(label.as_str()) {
        return Err(t!("backup-scope-no-label"));
    }
    match data.tasks.people.as_slice() {
        [p] if super::label_key(&p.label) == super::label_key(label) => {}
        [] => return Err(t!("backup-scope-holds-nobody", person = label.as_str())),
        [p] => {
            return Err(t!(
                "backup-scope-holds-other",
                person = label.as_str(),
                other = p.label.as_str()
            ))
        }
        people => {
            return Err(t!(
                "backup-scope-holds-people",
                person = label.as_str(),
                count = people.len()
            ))
        }
    }
    if !data.scenarios.is_empty() {
        return Err(t!("backup-scope-scenarios", person = label.as_str()));
    }
    Ok(())
}

fn tasks_by_id(people: &[Person]) -> HashMap<TaskId, &TaskAnalysis> {
    people
        .iter()
        .flat_map(|p| &p.tasks)
        .map(|t| (t.id, t))
        .collect()
}

/// Every tracker and session points at a task in the file, a version of that task and steps
/// of that version.
fn check_links(data: &Data) -> Result<(), String> {
    let tasks = tasks_by_id(&data.tasks.people);
    for (ti, tracker) in data.tracker.trackers.iter().enumerate() {
        let Some(task) = tasks.get(&tracker.task) else {
            return Err(t!("backup-tracker-no-task", number = ti + 1));
        };
        for s in &tracker.sessions {
            session_fits(s, task, Which::Done)?;
        }
    }
    if let Some(s) = &data.tracker.open {
        match tasks.get(&s.task) {
            None => return Err(t!("backup-open-no-task", date = on_date(&s.date))),
            Some(task) => session_fits(s, task, Which::Open)?,
        }
    }
    Ok(())
}

/// Which session a sentence is about: a finished one, or the one still open.
#[derive(Clone, Copy)]
enum Which {
    Done,
    Open,
}

impl Which {
    /// The value of `$kind` in the `backup-session-…` messages.
    fn kind(self) -> &'static str {
        match self {
            Which::Done => "done",
            Which::Open => "open",
        }
    }
}

/// The session was taught on a version of this task, and every step it names is in it.
fn session_fits(s: &Session, task: &TaskAnalysis, which: Which) -> Result<(), String> {
    let date = on_date(&s.date);
    let title = task.title.as_str();
    let Some(version) = task.version(s.version) else {
        return Err(t!(
            "backup-session-no-version",
            kind = which.kind(),
            date = date,
            task = title,
            version = s.version
        ));
    };
    let in_version = |id| version.steps.iter().any(|st| st.id == id);
    let named = s
        .plan
        .steps
        .iter()
        .chain(&s.plan.focus)
        .chain(s.records.iter().map(|r| &r.step))
        .chain(s.changes.iter().map(|c| &c.step))
        .chain(
            s.changes
                .iter()
                .filter_map(|c| c.before.as_ref().map(|r| &r.step)),
        );
    for id in named {
        if !in_version(*id) || !s.plan.steps.contains(id) {
            return Err(t!(
                "backup-session-unknown-step",
                kind = which.kind(),
                date = date,
                task = title
            ));
        }
    }
    let unique: HashSet<_> = s.plan.steps.iter().collect();
    if unique.len() != s.plan.steps.len() {
        return Err(t!(
            "backup-session-step-twice",
            kind = which.kind(),
            date = date,
            task = title
        ));
    }
    Ok(())
}

fn check_pictures(pictures: &BTreeMap<String, String>) -> Result<(), String> {
    if pictures.len() > MAX_PICTURES {
        return Err(t!(
            "backup-too-many-pictures",
            count = pictures.len(),
            max = MAX_PICTURES
        ));
    }
    for (id, url) in pictures {
        if !is_picture_id(id) {
            return Err(t!("backup-picture-bad-name"));
        }
        if url.len() > MAX_PICTURE_BYTES {
            return Err(t!("backup-picture-too-big", picture = id.as_str()));
        }
        if !is_picture_url(url) {
            return Err(t!("backup-picture-not-picture", picture = id.as_str()));
        }
    }
    Ok(())
}

/// What a step's picture reference may be: 1 to 100 characters, no spaces or control
/// characters (the app makes ids such as `step-s12`).
pub(super) fn is_picture_id(id: &str) -> bool {
    let n = id.chars().count();
    n > 0 && n <= MAX_PICTURE_REF_CHARS && !id.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `data:image/(jpeg|png|webp|gif);base64,` and then base64, padded.
pub(super) fn is_picture_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("data:image/") else {
        return false;
    };
    let Some(body) = ["jpeg;base64,", "png;base64,", "webp;base64,", "gif;base64,"]
        .iter()
        .find_map(|kind| rest.strip_prefix(kind))
    else {
        return false;
    };
    let data = body.trim_end_matches('=');
    !data.is_empty()
        && body.len() % 4 == 0
        && body.len() - data.len() <= 2
        && data
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// Leave out what a backup could not hold, saying what: teaching records of a task no longer
/// on the device (the task builder deletes a task without its sessions) and sessions whose
/// version or steps the task no longer has.
pub(super) fn leave_out_broken_links(data: &mut Data) -> Vec<String> {
    let mut notes = Vec::new();
    let tasks = tasks_by_id(&data.tasks.people);
    let mut gone_tasks = 0;
    let mut gone_sessions = 0;
    let mut kept = Vec::new();
    for mut tracker in std::mem::take(&mut data.tracker.trackers) {
        let Some(task) = tasks.get(&tracker.task) else {
            gone_tasks += 1;
            gone_sessions += tracker.sessions.len();
            continue;
        };
        tracker
            .sessions
            .retain(|s| match session_fits(s, task, Which::Done) {
                Ok(()) => true,
                Err(problem) => {
                    notes.push(t!("backup-left-out", problem = problem));
                    false
                }
            });
        kept.push(tracker);
    }
    data.tracker.trackers = kept;
    if gone_tasks > 0 {
        notes.push(t!(
            "backup-deleted-tasks-left-out",
            tasks = gone_tasks,
            sessions = gone_sessions
        ));
    }
    if let Some(s) = &data.tracker.open {
        let problem = match tasks.get(&s.task) {
            None => Some(t!("backup-open-task-deleted", date = on_date(&s.date))),
            Some(task) => session_fits(s, task, Which::Open).err(),
        };
        if let Some(problem) = problem {
            notes.push(t!("backup-left-out", problem = problem));
            data.tracker.open = None;
        }
    }
    notes
}

/// One note per task whose steps use pictures the data does not have.
pub(crate) fn missing_pictures(data: &Data) -> Vec<String> {
    let mut notes = Vec::new();
    for p in &data.tasks.people {
        for t in &p.tasks {
            let missing: HashSet<&str> = t
                .versions
                .iter()
                .flat_map(|v| &v.steps)
                .filter_map(|s| s.picture.as_ref().map(|r| r.as_str()))
                .filter(|r| !data.pictures.contains_key(*r))
                .collect();
            if !missing.is_empty() {
                notes.push(t!(
                    "backup-pictures-missing",
                    count = missing.len(),
                    task = t.title.as_str(),
                    person = p.label.as_str()
                ));
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_urls_must_be_base64_images() {
        assert!(is_picture_url("data:image/jpeg;base64,/9j/4AAQ"));
        assert!(is_picture_url("data:image/png;base64,iVBORw0KGgo="));
        assert!(is_picture_url("data:image/gif;base64,R0lGODlhAQ=="));
        assert!(!is_picture_url("data:image/png;base64,"));
        assert!(!is_picture_url("data:image/svg+xml;base64,PHN2Zz4="));
        assert!(!is_picture_url("data:text/html;base64,PGI+"));
        assert!(!is_picture_url("https://example.com/a.jpg"));
        assert!(!is_picture_url("data:image/png;base64,iVBO Rw0K"));
        assert!(!is_picture_url("data:image/png;base64,iVBORw0KGg"));
        assert!(!is_picture_url("data:image/png;base64,iVBORw==="));
        assert!(!is_picture_url("data:image/png;base64,iV=Rw0KG"));
    }

    #[test]
    fn picture_ids_are_short_and_plain() {
        assert!(is_picture_id("step-s12"));
        assert!(!is_picture_id(""));
        assert!(!is_picture_id("a b"));
        assert!(!is_picture_id(&"x".repeat(MAX_PICTURE_REF_CHARS + 1)));
    }
}
