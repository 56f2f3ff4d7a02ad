//! Bringing values kept by an older version of the app up to [`SCHEMA_VERSION`], as pure
//! functions from values to values, so each migration is tested on a stored fixture of the
//! older layout (`tests/fixtures/storage/`).
//!
//! A migration never throws data away that it cannot read: a value it does not understand is
//! kept exactly as it was (the tool that owns it then says it cannot read it, and leaves it for
//! a newer version). Values from a newer layout are not touched at all.

use super::{write_scenarios, Values, PREFIX, SCENARIOS_KEY, SCHEMA_KEY, SCHEMA_VERSION};
use crate::calculator::state::Saved;
use serde::Deserialize;

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
    #[derive(Deserialize)]
    struct SavedV1 {
        version: u32,
        saved: Vec<Saved>,
    }
    if let Some(text) = values.get(SCENARIOS_KEY) {
        match serde_json::from_str::<SavedV1>(text) {
            Ok(old) if old.version == 1 => {
                let count = old.saved.len();
                values.insert(SCENARIOS_KEY.to_string(), write_scenarios(&old.saved));
                notes.push(format!(
                    "Moved {count} kept scenario(s) into the shared envelope."
                ));
            }
            _ => notes.push("Left the kept scenarios as they were: not version 1.".into()),
        }
    }

    match super::unused_pictures(values) {
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
