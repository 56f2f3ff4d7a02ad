//! Why a backup could not be read, in words a job coach understands: where in the file
//! ("Person 1, task 2 (“Restock the fridge”), version 1, step 3") and what is wrong there
//! ("the step's words are a number, not words"). The JSON reader's own message ("invalid
//! type: integer `123`, expected a string") and the file's own names (`tasks.people[0]`)
//! are never shown.
//!
//! The reader says neither where nor, in words, what. So the part that failed is found by
//! reading the file's parts one at a time, from the largest to the smallest (a person, their
//! task, its version, its step), and the name inside it by taking names away one at a time
//! until the error changes.

use crate::better_off::state::Saved;
use crate::{tasks, tracker};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// One step into the file: a name in an object, or a place in a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Seg {
    Name(String),
    Index(usize),
}

/// The part of the file that could not be read, and why.
struct Located {
    path: Vec<Seg>,
    /// The reader's message for the smallest part that failed (classified, never shown).
    error: String,
    /// The name inside that part whose value is wrong or missing, when it could be found.
    field: Option<String>,
}

/// The refusal sentence for a backup the reader could not take in: `error` is what reading
/// the whole file said, `file` the file as loose JSON.
pub(super) fn explain(file: &Value, error: &serde_json::Error) -> String {
    let found = locate(file).unwrap_or_else(|| Located {
        path: Vec::new(),
        error: error.to_string(),
        field: None,
    });
    let part = t!(
        "backup-part",
        field = found.field.as_deref().unwrap_or("other")
    );
    let problem = what(&found.error, &part);
    t!(
        "backup-unreadable",
        place = place(file, &found.path),
        problem = problem
    )
}

/// The refusal sentence for a list of pictures the reader could not take in.
pub(super) fn explain_pictures(error: &serde_json::Error) -> String {
    let part = t!("backup-part", field = "other");
    t!(
        "backup-unreadable",
        place = t!("backup-at-pictures"),
        problem = what(&error.to_string(), &part)
    )
}

/// Reads a part of the file as one type, giving the reader's message if it could not.
/// A plain function, so the search below is written once, not once per type.
type Probe = fn(&Value) -> Option<String>;

/// A part of the file `T`'s reader could not take in, by reading its pieces one at a time.
fn probe<T: DeserializeOwned>(v: &Value) -> Option<String> {
    serde_json::from_value::<T>(v.clone())
        .err()
        .map(|e| e.to_string())
}

/// The message of a hand-written reader ([`crate::store::read`]), which says what serde's
/// derive said.
fn refused<T>(read: Result<T, serde_json::Error>) -> Option<String> {
    read.err().map(|e| e.to_string())
}

fn probe_person(v: &Value) -> Option<String> {
    refused(tasks::read::person(v))
}

fn probe_task(v: &Value) -> Option<String> {
    refused(tasks::read::task_analysis(v))
}

fn probe_version(v: &Value) -> Option<String> {
    refused(tasks::read::task_version(v))
}

fn probe_step(v: &Value) -> Option<String> {
    refused(tasks::read::step(v))
}

fn probe_tracker(v: &Value) -> Option<String> {
    refused(tracker::read::task_tracker(v))
}

fn probe_session(v: &Value) -> Option<String> {
    refused(tracker::read::session(v))
}

/// As serde read an `Option<Session>`: `null` is none.
fn probe_open(v: &Value) -> Option<String> {
    refused(crate::store::read::option(v, tracker::read::session))
}

/// The name in `v` (an object) whose value `probe` could not read: taking it away changes
/// the error (to none, or to "missing"), where taking away any other leaves it the same.
fn culprit(v: &Value, error: &str, probe: Probe) -> Option<String> {
    if let Some(name) = missing_field(error) {
        return Some(name.to_string());
    }
    let Value::Object(map) = v else {
        return None;
    };
    map.keys().find_map(|key| {
        let mut without = map.clone();
        without.remove(key);
        (probe(&Value::Object(without)).as_deref() != Some(error)).then(|| key.clone())
    })
}

fn at(v: &Value, path: Vec<Seg>, probe: Probe) -> Option<Located> {
    let error = probe(v)?;
    Some(Located {
        field: culprit(v, &error, probe),
        path,
        error,
    })
}

fn with(path: &[Seg], more: &[Seg]) -> Vec<Seg> {
    path.iter().chain(more).cloned().collect()
}

fn name(s: &str) -> Seg {
    Seg::Name(s.to_string())
}

/// The first item of the list at `v[key]` (with its path) for which `find` finds something.
fn in_items(
    v: &Value,
    key: &str,
    path: &[Seg],
    find: &dyn Fn(&Value, Vec<Seg>) -> Option<Located>,
) -> Option<Located> {
    let items = v.get(key).and_then(Value::as_array)?;
    items
        .iter()
        .enumerate()
        .find_map(|(i, item)| find(item, with(path, &[name(key), Seg::Index(i)])))
}

/// The smallest part of the file that does not read, with its own error.
fn locate(file: &Value) -> Option<Located> {
    let tasks = file.get("tasks").cloned().unwrap_or_default();
    let tracker = file.get("tracker").cloned().unwrap_or_default();
    let tasks_path = [name("tasks")];
    let tracker_path = [name("tracker")];
    let next_id = |part: &Value, in_part: &str| {
        part.get("next_id")
            .and_then(|n| at(n, vec![name(in_part), name("next_id")], probe::<u64>))
    };
    at(
        &file["scope"],
        vec![name("scope")],
        probe::<crate::backup::Scope>,
    )
    .or_else(|| {
        in_items(file, "scenarios", &[], &|s, path| {
            at(s, path, probe::<Saved>)
        })
    })
    .or_else(|| next_id(&tasks, "tasks"))
    .or_else(|| in_items(&tasks, "people", &tasks_path, &locate_person))
    .or_else(|| next_id(&tracker, "tracker"))
    .or_else(|| in_items(&tracker, "trackers", &tracker_path, &locate_tracker))
    .or_else(|| {
        tracker
            .get("open")
            .and_then(|s| at(s, vec![name("tracker"), name("open")], probe_open))
    })
}

/// A task's records, or the first of its sessions, that does not read.
fn locate_tracker(t: &Value, path: Vec<Seg>) -> Option<Located> {
    probe_tracker(t)?;
    in_items(t, "sessions", &path, &|s, path| at(s, path, probe_session))
        .or_else(|| at(t, path, probe_tracker))
}

/// A person, or the smallest of their tasks, versions and steps that does not read.
fn locate_person(p: &Value, path: Vec<Seg>) -> Option<Located> {
    probe_person(p)?;
    in_items(p, "tasks", &path, &locate_task).or_else(|| at(p, path, probe_person))
}

fn locate_task(t: &Value, path: Vec<Seg>) -> Option<Located> {
    probe_task(t)?;
    in_items(t, "versions", &path, &locate_version).or_else(|| at(t, path, probe_task))
}

fn locate_version(v: &Value, path: Vec<Seg>) -> Option<Located> {
    probe_version(v)?;
    in_items(v, "steps", &path, &|s, path| at(s, path, probe_step))
        .or_else(|| at(v, path, probe_version))
}

/// The field named by a "missing field `label`" error.
fn missing_field(error: &str) -> Option<&str> {
    error
        .strip_prefix("missing field `")?
        .split('`')
        .next()
        .filter(|f| !f.is_empty())
}

/// What kind of value the reader found, as the `$got` of `backup-wrong-kind`, from serde's
/// words for it ("integer `123`", "string \"x\"", "boolean `true`", "null").
fn got_kind(words: &str) -> &'static str {
    let w = words.trim();
    let starts = |s: &str| w.starts_with(s);
    if starts("integer") || starts("floating point") {
        "number"
    } else if starts("string") || starts("character") {
        "words"
    } else if starts("boolean") {
        "yes-no"
    } else if starts("sequence") {
        "list"
    } else if starts("map") {
        "group"
    } else if starts("null") || starts("unit") || starts("Option") {
        "empty"
    } else {
        "other"
    }
}

/// What kind of value the reader wanted, as the `$want` of `backup-wrong-kind`, from
/// serde's words for it ("a string", "u64", "struct Person", "a sequence").
fn want_kind(words: &str) -> &'static str {
    let w = words.trim();
    let has = |s: &str| w.contains(s);
    if [
        "u8", "u16", "u32", "u64", "i32", "i64", "f64", "integer", "number",
    ]
    .iter()
    .any(|s| has(s))
    {
        "number"
    } else if has("string") || has("char") {
        "words"
    } else if has("bool") {
        "yes-no"
    } else if has("sequence") || has("tuple") {
        "list"
    } else if has("map") || has("struct") {
        "group"
    } else {
        "other"
    }
}

/// The reader's message said as what is wrong with `part` ("the person's name").
fn what(error: &str, part: &str) -> String {
    if let Some(rest) = error.strip_prefix("invalid type: ") {
        let (got, want) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return t!(
            "backup-wrong-kind",
            part = part,
            got = got_kind(got),
            want = want_kind(want)
        );
    }
    if missing_field(error).is_some() {
        return t!("backup-part-missing", part = part);
    }
    if error.starts_with("unknown variant") {
        return t!("backup-unknown-choice", part = part);
    }
    if error.starts_with("invalid value") || error.starts_with("invalid length") {
        return t!("backup-bad-value", part = part);
    }
    t!("backup-cannot-read", part = part)
}

/// The text at `v[key]`, if it is text.
fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Where `path` is in the file, in words, from the largest part to the smallest.
pub(super) fn place(file: &Value, path: &[Seg]) -> String {
    let names: Vec<Option<&str>> = path
        .iter()
        .map(|s| match s {
            Seg::Name(n) => Some(n.as_str()),
            Seg::Index(_) => None,
        })
        .collect();
    let index = |i: usize| match path.get(i) {
        Some(Seg::Index(n)) => Some(*n),
        _ => None,
    };
    match names.as_slice() {
        [Some("scenarios"), None, ..] => {
            let n = index(1).unwrap_or(0);
            match text(&file["scenarios"][n], "name") {
                Some(name) => t!("backup-at-scenario-named", number = n + 1, name = name),
                None => t!("backup-at-scenario", number = n + 1),
            }
        }
        [Some("tasks"), Some("people"), None, ..] => person_place(file, path),
        [Some("tasks"), ..] => t!("backup-at-people"),
        [Some("tracker"), Some("trackers"), None, ..] => {
            let n = index(2).unwrap_or(0);
            let tracker = &file["tracker"]["trackers"][n];
            let records = match tracker
                .get("task")
                .and_then(Value::as_u64)
                .and_then(|id| task_title(file, id))
            {
                Some(title) => t!("backup-at-records-for", task = title),
                None => t!("backup-at-records", number = n + 1),
            };
            match (names.get(3), index(4)) {
                (Some(Some("sessions")), Some(s)) => {
                    t!("backup-at-session", records = records, number = s + 1)
                }
                _ => records,
            }
        }
        [Some("tracker"), Some("open"), ..] => t!("backup-at-open"),
        [Some("tracker"), ..] => t!("backup-at-trackers"),
        [Some("pictures"), ..] => t!("backup-at-pictures"),
        [Some("scope"), ..] => t!("backup-at-scope"),
        [Some("exported_at"), ..] => t!("backup-at-date"),
        _ => t!("backup-at-file"),
    }
}

/// The title of the task with this id, when the file has it as text.
fn task_title(file: &Value, id: u64) -> Option<String> {
    file["tasks"]["people"]
        .as_array()?
        .iter()
        .filter_map(|p| p.get("tasks").and_then(Value::as_array))
        .flatten()
        .find(|t| t.get("id").and_then(Value::as_u64) == Some(id))
        .and_then(|t| text(t, "title"))
        .map(str::to_string)
}

/// "Person 1 (“AB”), task 2 (“Mop a floor”), version 1, step 3": as deep as the path goes,
/// in the task builder's words for the same places.
fn person_place(file: &Value, path: &[Seg]) -> String {
    let idx = |i: usize| match path.get(i) {
        Some(Seg::Index(n)) => Some(*n),
        _ => None,
    };
    let is = |i: usize, n: &str| matches!(path.get(i), Some(Seg::Name(s)) if s == n);
    let Some(pi) = idx(2) else {
        return t!("backup-at-people");
    };
    let person = &file["tasks"]["people"][pi];
    let mut at = match text(person, "label") {
        Some(label) => t!("task-file-at-person-named", number = pi + 1, label = label),
        None => t!("task-file-at-person", number = pi + 1),
    };
    let (true, Some(ti)) = (is(3, "tasks"), idx(4)) else {
        return at;
    };
    let task = &person["tasks"][ti];
    at = t!("task-file-at-task", place = at, number = ti + 1);
    if let Some(title) = text(task, "title") {
        at = t!("task-file-at-named", place = at, name = title);
    }
    let (true, Some(vi)) = (is(5, "versions"), idx(6)) else {
        return at;
    };
    let version = &task["versions"][vi];
    let number = version
        .get("number")
        .and_then(Value::as_u64)
        .unwrap_or(vi as u64 + 1);
    at = t!("task-file-at-version", place = at, number = number);
    match (is(7, "steps"), idx(8)) {
        (true, Some(si)) => t!("task-file-at-step", place = at, number = si + 1),
        _ => at,
    }
}

/// `tasks.people[0].nickname` as steps into the file (the form `unknown_name` writes).
pub(super) fn parse_path(path: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                segs.push(name(&rest[..i]));
            }
            rest = &rest[i..];
            while let Some(end) = rest.find(']') {
                if let Ok(n) = rest[1..end].parse() {
                    segs.push(Seg::Index(n));
                }
                rest = &rest[end + 1..];
            }
        } else if !rest.is_empty() {
            segs.push(name(rest));
        }
    }
    segs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_back_as_steps() {
        assert_eq!(
            parse_path("tasks.people[0].tasks[12].nickname"),
            [
                name("tasks"),
                name("people"),
                Seg::Index(0),
                name("tasks"),
                Seg::Index(12),
                name("nickname")
            ]
        );
        assert_eq!(parse_path("weather"), [name("weather")]);
    }

    #[test]
    fn serde_s_words_are_sorted_into_kinds() {
        assert_eq!(got_kind("integer `123`"), "number");
        assert_eq!(got_kind("string \"integer\""), "words");
        assert_eq!(got_kind("boolean `true`"), "yes-no");
        assert_eq!(got_kind("null"), "empty");
        assert_eq!(want_kind("a string"), "words");
        assert_eq!(want_kind("u64"), "number");
        assert_eq!(want_kind("a sequence"), "list");
        assert_eq!(want_kind("struct Person"), "group");
        assert_eq!(missing_field("missing field `label`"), Some("label"));
    }
}
