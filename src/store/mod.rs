//! What the app keeps on the device, as plain Rust: the keys, one schema version for all of
//! them, the migrations from older versions, the format of values when a passphrase locks
//! the data, the file envelope every value and file shares ([`envelope`]), and what a kept
//! value is ([`Format`]). The browser side (`app::local_storage`) holds a copy in memory, reads and
//! writes localStorage through it and does the cryptography; everything here is tested
//! natively.
//!
//! Persistence sits below the tools: nothing here knows a tool's data. Each tool's format
//! lives with the tool and implements [`Format`] (`tasks::TasksFile`,
//! `tracker::TrackerFile`, `calculator::kept`), and what spans every tool at once (a whole
//! device's data for a backup) lives in `backup`.
//!
//! The layout (schema 2):
//! - `work-steps/schema`: the schema version, `"2"`;
//! - `work-steps/better-off/saved`, `work-steps/tasks`, `work-steps/tracker`: each tool's data,
//!   each a file envelope (`{"format": …, "version": …}`, see [`envelope`]) so the same
//!   readers serve storage and files;
//! - `work-steps/pictures/<id>`: one step picture each, a `data:image/…` URL;
//! - `work-steps/lock`: present only when a passphrase locks the data (see [`lock`]).
//!
//! Each tool keeps its own key so two tabs working in different tools never overwrite each
//! other, and a value one version cannot read is left alone for a newer one.

pub mod envelope;
pub mod lock;
pub mod migrate;
pub(crate) mod read;

use envelope::FileError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Every key the app uses starts with this.
pub const PREFIX: &str = "work-steps/";
pub const SCHEMA_KEY: &str = "work-steps/schema";
/// The layout this version of the app writes. Older layouts are migrated on start-up.
pub const SCHEMA_VERSION: u32 = 2;

pub const SCENARIOS_KEY: &str = "work-steps/better-off/saved";
pub const TASKS_KEY: &str = "work-steps/tasks";
pub const TRACKER_KEY: &str = "work-steps/tracker";
pub const LOCK_KEY: &str = "work-steps/lock";
/// The calculator's household in progress (not part of a backup: it is a scratch pad).
pub const DRAFT_KEY: &str = "work-steps/better-off/draft";
/// What the task builder is in the middle of: choices and words typed (not in a backup).
pub const TASKS_DRAFT_KEY: &str = "work-steps/tasks-draft";
pub const PICTURE_PREFIX: &str = "work-steps/pictures/";

/// The key of a step picture.
pub fn picture_key(id: &str) -> String {
    format!("{PICTURE_PREFIX}{id}")
}

/// The app's values as stored: key → text. Only keys under [`PREFIX`].
pub type Values = BTreeMap<String, String>;

/// The keys of the stored pictures that are not in `used`.
pub fn pictures_not_in(values: &Values, used: &BTreeSet<String>) -> Vec<String> {
    values
        .keys()
        .filter(|k| k.starts_with(PICTURE_PREFIX) && !used.contains(*k))
        .cloned()
        .collect()
}

/// What the device's storage did not do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// The browser will not store anything (blocked, private mode in some browsers).
    Unavailable,
    /// There is no room left.
    Full,
}

/// A value the app keeps under one key: its envelope, how it is read (every check made, or
/// why not) and how it is written. Each tool's format implements it, so the store and the
/// tool pages read and write every value the same way without knowing what is inside.
pub trait Format: Sized {
    /// Where it is kept.
    const KEY: &'static str;
    /// What its envelope's `format` says.
    const FORMAT: &'static str;
    /// The version this app writes and the newest it reads.
    const VERSION: u64;
    /// The most bytes read.
    const MAX_BYTES: usize;
    /// Why its contents can be refused; the envelope's refusals are every format's.
    type Problem;

    fn from_json(text: &str) -> Result<Self, FileError<Self::Problem>>;
    fn to_json(&self) -> String;

    /// The top-level object, once the size, JSON, format and version are right.
    fn open(text: &str) -> Result<Map<String, Value>, FileError<Self::Problem>> {
        envelope::open(text, Self::FORMAT, Self::VERSION, Self::MAX_BYTES).map_err(FileError::from)
    }
}

/// Why a kept scratch value (a draft, the saved scenarios) was not read: inside a right
/// envelope, it is not what its key holds. It is set aside, not shown to anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Damaged;

/// [`Format::to_json`] for a value written as its own fields beside the envelope's:
/// `{"format": …, "version": …, <its fields>}`.
pub fn to_json_beside_envelope<F: Format + Serialize>(value: &F) -> String {
    // Written and read back rather than `serde_json::to_value`, which would link a second
    // writer for every kept type: the app already has this one and the reader.
    let text = serde_json::to_string(value).expect("a kept value always serialises");
    let mut json = envelope::strict::parse(&text).expect("what was written reads back");
    json["format"] = F::FORMAT.into();
    json["version"] = F::VERSION.into();
    json.to_string()
}

/// [`Format::from_json`] for a value written by [`to_json_beside_envelope`].
pub fn from_json_beside_envelope<F>(text: &str) -> Result<F, FileError<Damaged>>
where
    F: Format<Problem = Damaged> + DeserializeOwned,
{
    let map = F::open(text)?;
    serde_json::from_value(Value::Object(map)).map_err(|_| FileError::Contents(Damaged))
}

/// Somewhere values are kept: localStorage in the browser, a map in tests.
pub trait Backend {
    /// All of the app's values (keys under [`PREFIX`]).
    fn load_all(&self) -> Result<Values, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
}

/// Values in memory, with an optional limit on the total characters kept (as browsers limit
/// localStorage), so "the device is full" can be tested.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Memory {
    pub values: Values,
    pub limit: Option<usize>,
}

impl Memory {
    pub fn with(values: Values) -> Memory {
        Memory {
            values,
            limit: None,
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for Memory {
    fn load_all(&self) -> Result<Values, StorageError> {
        Ok(self.values.clone())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(limit) = self.limit {
            if self.used_without(key) + key.len() + value.len() > limit {
                return Err(StorageError::Full);
            }
        }
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.values.remove(key);
        Ok(())
    }
}

/// The changes that turn one set of values into another: what to write, then what to remove.
/// Writes come first, so a device that fills up part-way keeps every old value that was not
/// yet replaced, and the schema marker is written last of all, so a migration cut short is
/// simply run again on the next start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub write: Vec<(String, String)>,
    pub remove: Vec<String>,
}

impl Changes {
    pub fn between(before: &Values, after: &Values) -> Changes {
        let mut write: Vec<(String, String)> = after
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        write.sort_by_key(|(k, _)| k == SCHEMA_KEY);
        let remove = before
            .keys()
            .filter(|k| !after.contains_key(*k))
            .cloned()
            .collect();
        Changes { write, remove }
    }

    pub fn is_empty(&self) -> bool {
        self.write.is_empty() && self.remove.is_empty()
    }

    /// Makes the changes, stopping at the first the storage refuses.
    pub fn apply(&self, backend: &mut dyn Backend) -> Result<(), StorageError> {
        for (key, value) in &self.write {
            backend.set(key, value)?;
        }
        for key in &self.remove {
            backend.remove(key)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn changes_write_what_differs_and_remove_what_went() {
        let before = values(&[("a", "1"), ("b", "2"), ("c", "3")]);
        let after = values(&[("a", "1"), ("b", "two"), ("d", "4"), (SCHEMA_KEY, "2")]);
        let changes = Changes::between(&before, &after);
        let written: Vec<&str> = changes.write.iter().map(|(k, _)| k.as_str()).collect();
        // The marker last, though it sorts before "work-steps/tasks".
        assert_eq!(written, ["b", "d", SCHEMA_KEY]);
        assert_eq!(changes.remove, vec!["c".to_string()]);
        let mut memory = Memory::with(before);
        changes.apply(&mut memory).unwrap();
        assert_eq!(memory.values, after);
        assert!(Changes::between(&after, &after).is_empty());
    }

    #[test]
    fn a_full_device_refuses_a_write_and_keeps_what_it_had() {
        let mut memory = Memory {
            values: values(&[("a", "12345")]),
            limit: Some(10),
        };
        assert_eq!(memory.set("b", "123456"), Err(StorageError::Full));
        assert_eq!(memory.values, values(&[("a", "12345")]));
        // Replacing a value counts only the new size.
        assert_eq!(memory.set("a", "123456789"), Ok(()));
    }
}
