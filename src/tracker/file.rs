//! The tracker's format: what it keeps on the device (under [`TRACKER_KEY`]) and what it
//! saves as a file, `{"format": "work-steps/tracker", "version": 1, "next_id": …,
//! "trackers": [...], "open": …}`, checked whole before it is used. A [`Format`] of the
//! store's, so the store reads and writes it without knowing what is inside.

use super::session::Session;
use super::state::{check_trackers, TaskTracker};
use crate::store::envelope::{FileError, Kind, Reasons, MAX_ID};
use crate::store::{Format, TRACKER_KEY};
use serde::Serialize;
use std::fmt;

pub const FORMAT: &str = "work-steps/tracker";
pub const VERSION: u64 = 1;
/// Years of sessions for a caseload, small enough to read at once.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// The tracker's saved data: `{"format": "work-steps/tracker", "version": 1, "next_id": …,
/// "trackers": [...], "open": …}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackerFile {
    pub trackers: Vec<TaskTracker>,
    pub open: Option<Session>,
    pub next_id: u64,
}

/// Why a tracker file was refused whole; nothing on the device changes.
pub type TrackerError = FileError<TrackerProblem>;

/// What is wrong inside a tracker file whose envelope is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackerProblem {
    /// The shape is wrong (the reader's own words, for whoever fixes the file).
    Unreadable(String),
    /// Readable, but something in it breaks a rule the app keeps (which, and where).
    Invalid(String),
}

impl Reasons for TrackerProblem {
    const KIND: Kind = Kind {
        id: "tracker",
        limit_mb: MAX_FILE_BYTES / (1024 * 1024),
    };
}

impl fmt::Display for TrackerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            // The reader's own words stay in the value, for whoever fixes the file: never shown.
            TrackerProblem::Unreadable(_) => t!("track-file-unreadable"),
            TrackerProblem::Invalid(problem) => {
                t!("track-file-invalid", problem = problem.as_str())
            }
        })
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    next_id: u64,
    trackers: &'a [TaskTracker],
    open: &'a Option<Session>,
}

impl Format for TrackerFile {
    const KEY: &'static str = TRACKER_KEY;
    const FORMAT: &'static str = FORMAT;
    const VERSION: u64 = VERSION;
    const MAX_BYTES: usize = MAX_FILE_BYTES;
    type Problem = TrackerProblem;

    fn to_json(&self) -> String {
        let out = FileOut {
            format: FORMAT,
            version: VERSION,
            next_id: self.next_id,
            trackers: &self.trackers,
            open: &self.open,
        };
        // Cannot fail: plain structs with string keys and finite numbers.
        serde_json::to_string_pretty(&out).expect("the tracker always serialises to JSON")
    }

    fn from_json(text: &str) -> Result<TrackerFile, TrackerError> {
        use serde_json::Value;
        let map = Self::open(text)?;
        let refuse = |problem| Err(FileError::Contents(problem));
        let file = match super::read::tracker_file(&Value::Object(map), "struct FileIn") {
            Ok(file) => file,
            Err(e) => return refuse(TrackerProblem::Unreadable(e.to_string())),
        };
        if let Err(problem) = check_trackers(&file.trackers, file.open.as_ref(), |_| None) {
            return refuse(TrackerProblem::Invalid(problem));
        }
        let max = file
            .trackers
            .iter()
            .flat_map(|t| t.sessions.iter())
            .chain(file.open.iter())
            .map(|s| s.id.0)
            .max()
            .unwrap_or(0);
        if max >= MAX_ID || file.next_id > MAX_ID {
            return refuse(TrackerProblem::Invalid(t!("track-file-id-too-large")));
        }
        Ok(TrackerFile {
            next_id: file.next_id.max(max + 1),
            trackers: file.trackers,
            open: file.open,
        })
    }
}
