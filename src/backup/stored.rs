//! The stored values as one [`Data`] (for a backup) and back (after an import): the one place
//! that reads every tool's kept value at once, each through its [`Format`].

use super::Data;
use crate::better_off::kept::ScenariosFile;
use crate::store::{picture_key, Format, Values, PICTURE_PREFIX};
use crate::store::{SCENARIOS_KEY, TASKS_KEY, TRACKER_KEY};
use crate::tasks::TasksFile;
use crate::tracker::TrackerFile;

/// A stored value this version of the app cannot read, so a backup or an import would put it
/// at risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// What it holds, as a person would say it: "tasks", "sessions", "saved scenarios".
    pub what: &'static str,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // One whole sentence per kind of data, so each language can say it its own way.
        let sentence = match self.what {
            "tasks" => t!("store-unreadable-tasks"),
            "sessions" => t!("store-unreadable-sessions"),
            _ => t!("store-unreadable-scenarios"),
        };
        f.write_str(&sentence)
    }
}

/// All the user's data in the stored values.
pub fn read(values: &Values) -> Result<Data, Unreadable> {
    let scenarios = match values.get(SCENARIOS_KEY) {
        None => Vec::new(),
        Some(text) => {
            ScenariosFile::from_json(text)
                .map_err(|_| Unreadable {
                    what: "saved scenarios",
                })?
                .saved
        }
    };
    let tasks = match values.get(TASKS_KEY) {
        None => TasksFile::default(),
        Some(text) => TasksFile::from_json(text).map_err(|_| Unreadable { what: "tasks" })?,
    };
    let tracker = match values.get(TRACKER_KEY) {
        None => TrackerFile::default(),
        Some(text) => TrackerFile::from_json(text).map_err(|_| Unreadable { what: "sessions" })?,
    };
    let pictures = values
        .iter()
        .filter_map(|(k, v)| Some((k.strip_prefix(PICTURE_PREFIX)?.to_string(), v.clone())))
        .collect();
    Ok(Data {
        scenarios,
        tasks,
        tracker,
        pictures,
    })
}

/// `values` with the user's data replaced by `data`; other values (the schema marker, the
/// lock record) are kept.
pub fn write(data: &Data, values: &Values) -> Values {
    let mut out: Values = values
        .iter()
        .filter(|(k, _)| {
            !k.starts_with(PICTURE_PREFIX)
                && ![SCENARIOS_KEY, TASKS_KEY, TRACKER_KEY].contains(&k.as_str())
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let scenarios = ScenariosFile {
        saved: data.scenarios.clone(),
    };
    out.insert(SCENARIOS_KEY.into(), scenarios.to_json());
    out.insert(TASKS_KEY.into(), data.tasks.to_json());
    out.insert(TRACKER_KEY.into(), data.tracker.to_json());
    for (id, url) in &data.pictures {
        out.insert(picture_key(id), url.clone());
    }
    out
}
