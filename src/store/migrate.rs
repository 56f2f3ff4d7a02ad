//! Bringing values kept by an older version of the app up to [`SCHEMA_VERSION`], as pure
//! functions from values to values, so each migration is tested on a stored fixture of the
//! older layout (`tests/fixtures/storage/`).
//!
//! A migration never throws data away that it cannot read: a value it does not understand is
//! kept exactly as it was (the tool that owns it then says it cannot read it, and leaves it for
//! a newer version). Values from a newer layout are not touched at all.
//!
//! A migration reads the older layout as that version wrote it, with its own copy of the
//! shapes it needs, never today's types: a later change to a tool's data can then never
//! change what an old migration does, and the store needs no tool to run one.

use super::{envelope, Values, PREFIX, SCENARIOS_KEY, SCHEMA_KEY};
use super::{picture_key, pictures_not_in, SCHEMA_VERSION, TASKS_KEY};
use serde_json::Value;
use std::collections::BTreeSet;

/// Why the values were not migrated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// Written by a newer version of the app: leave everything as it is.
    Newer(u32),
    /// The schema marker is not a number this app ever wrote.
    BadMarker(String),
}

/// What a migration did, in plain words, for the record and the tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    pub from: u32,
    pub notes: Vec<String>,
}

/// The schema version of a device's values. A device with none of the app's values is new
/// (and so already current); values without a marker come from schema 1, before the marker.
pub fn schema_of(values: &Values) -> Result<u32, MigrateError> {
    match values.get(SCHEMA_KEY) {
        Some(text) => text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|v| *v >= 1)
            .ok_or_else(|| MigrateError::BadMarker(text.clone())),
        None if values.keys().any(|k| k.starts_with(PREFIX)) => Ok(1),
        None => Ok(SCHEMA_VERSION),
    }
}

type Migration = fn(&mut Values, &mut Vec<String>);

/// `MIGRATIONS[i]` takes schema `i + 1` to `i + 2`.
const MIGRATIONS: [Migration; (SCHEMA_VERSION - 1) as usize] = [v1_to_v2];

/// The values brought up to the current schema, with the marker set, or why not. A device
/// that is already current comes back with `None` (and only the marker added if it was new).
pub fn migrate(values: &Values) -> Result<(Values, Option<Migrated>), MigrateError> {
    let from = schema_of(values)?;
    if from > SCHEMA_VERSION {
        return Err(MigrateError::Newer(from));
    }
    let mut out = values.clone();
    let mut notes = Vec::new();
    for step in &MIGRATIONS[(from - 1) as usize..] {
        step(&mut out, &mut notes);
    }
    out.insert(SCHEMA_KEY.to_string(), SCHEMA_VERSION.to_string());
    if from == SCHEMA_VERSION {
        return Ok((out, None));
    }
    Ok((out, Some(Migrated { from, notes })))
}

/// Schema 1 → 2:
/// - the calculator's kept scenarios move from `{"version": 1, "saved": […]}` into the file
///   envelope every other value uses (`{"format": "work-steps/better-off-saved", "version": 2,
///   "saved": […]}`), so one reader checks every value the same way;
/// - pictures that no step uses any more are removed. Version 1 kept a picture after it was
///   taken off its step (so undo could bring it back), and never cleaned it up; undo history
///   does not outlive the page, so on start-up such a picture can never be shown again.
fn v1_to_v2(values: &mut Values, notes: &mut Vec<String>) {
    if let Some(text) = values.get(SCENARIOS_KEY) {
        match scenarios_v1(text) {
            Some(saved) => {
                let count = saved.len();
                // Built by hand, not with `json!`, which would link serde's writer into
                // values for this one place.
                let moved = object([
                    ("format", "work-steps/better-off-saved".into()),
                    ("version", 2.into()),
                    ("saved", Value::Array(saved)),
                ]);
                values.insert(SCENARIOS_KEY.to_string(), moved.to_string());
                notes.push(format!(
                    "Moved {count} kept scenario(s) into the shared envelope."
                ));
            }
            None => notes.push("Left the kept scenarios as they were: not version 1.".into()),
        }
    }

    match unused_pictures_v1(values) {
        None => notes.push("Kept every picture: the tasks could not be read.".into()),
        Some(unused) => {
            for key in &unused {
                values.remove(key);
            }
            if !unused.is_empty() {
                notes.push(format!("Removed {} picture(s) no step uses.", unused.len()));
            }
        }
    }
}

/// A JSON object of these names and values.
fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// Schema 1's kept scenarios, `{"version": 1, "saved": [{"name": …, "form": {box id: text}}]}`,
/// each as schema 2 keeps it (its name and boxes); `None` unless every one is like that.
fn scenarios_v1(text: &str) -> Option<Vec<Value>> {
    let value = envelope::strict::parse_as_serde_json(text).ok()?;
    if value.as_object()?.get("version")?.as_u64()? != 1 {
        return None;
    }
    value
        .get("saved")?
        .as_array()?
        .iter()
        .map(|item| {
            let name = item.as_object()?.get("name")?.as_str()?;
            let form = item.get("form")?.as_object()?;
            form.values()
                .all(Value::is_string)
                .then(|| object([("name", name.into()), ("form", Value::Object(form.clone()))]))
        })
        .collect()
}

/// The pictures no step of schema 1's tasks uses, or `None` when the tasks cannot be read
/// (then none can be known unused).
fn unused_pictures_v1(values: &Values) -> Option<Vec<String>> {
    let used = match values.get(TASKS_KEY) {
        None => BTreeSet::new(),
        Some(text) => pictures_v1(text)?,
    };
    Some(pictures_not_in(values, &used))
}

/// The picture keys schema 1's tasks use: the task builder's file, version 1, with people,
/// their tasks (may be left out), each task's versions, each version's steps, and a step's
/// picture by id (may be left out or null).
fn pictures_v1(text: &str) -> Option<BTreeSet<String>> {
    /// The list under `key` in an object; `None` if it is not there and not `optional`.
    fn list<'a>(value: &'a Value, key: &str, optional: bool) -> Option<&'a [Value]> {
        match value.as_object()?.get(key) {
            None if optional => Some(&[]),
            None => None,
            Some(list) => list.as_array().map(Vec::as_slice),
        }
    }
    let file = Value::Object(envelope::open(text, "work-steps/tasks", 1, usize::MAX).ok()?);
    let mut used = BTreeSet::new();
    for person in list(&file, "people", false)? {
        for task in list(person, "tasks", true)? {
            for version in list(task, "versions", false)? {
                for step in list(version, "steps", false)? {
                    match step.as_object()?.get("picture") {
                        None | Some(Value::Null) => {}
                        Some(picture) => {
                            used.insert(picture_key(picture.as_str()?));
                        }
                    }
                }
            }
        }
    }
    Some(used)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schema_1_scenarios_move_only_when_every_one_has_a_name_and_boxes_of_text() {
        let one = r#"{"version":1,"saved":[{"name":"A","form":{"rent":"500"},"x":1}]}"#;
        let moved = scenarios_v1(one).unwrap();
        assert_eq!(moved, [json!({"name": "A", "form": {"rent": "500"}})]);
        for bad in [
            r#"{"version":2,"saved":[]}"#,
            r#"{"version":1,"saved":[{"form":{}}]}"#,
            r#"{"version":1,"saved":[{"name":"A","form":{"rent":5}}]}"#,
            r#"{"version":1}"#,
            "[1]",
        ] {
            assert_eq!(scenarios_v1(bad), None, "{bad}");
        }
    }

    #[test]
    fn schema_1_pictures_are_read_where_steps_name_them() {
        let tasks = r#"{"format":"work-steps/tasks","version":1,"people":[
            {"id":1,"label":"AB"},
            {"id":2,"label":"CD","tasks":[{"versions":[{"steps":[
                {"picture":"p1"},{"picture":null},{}
            ]}]}]}
        ]}"#;
        let used: Vec<String> = pictures_v1(tasks).unwrap().into_iter().collect();
        assert_eq!(used, [picture_key("p1")]);
        // A task with no versions list, or a newer file, cannot be read.
        let no_versions = r#"{"format":"work-steps/tasks","version":1,"people":[{"tasks":[{}]}]}"#;
        assert_eq!(pictures_v1(no_versions), None);
        assert_eq!(
            pictures_v1(&tasks.replace("\"version\":1", "\"version\":2")),
            None
        );
    }
}
