//! The hand-written reader ([`super::read`]) against serde's derive as it was, kept here
//! frozen for [`Session`] and [`TaskTracker`] (the types inside still derive `Deserialize`
//! in tests): every record below, and every record made from them by one or two changes
//! (a value of another kind, a name taken away or added, an array for an object), must be
//! read to the same value or refused with the same words.

use super::hierarchy::{Procedure, PromptHierarchy};
use super::progress::AimLine;
use super::read;
use super::rules::Rules;
use super::session::{Change, RecordPlan, Session, SessionId, StepRecord};
use super::state::{Phase, TaskTracker};
use super::TrackerFile;
use super::{ImprovementOption, Measure, Prompter, Response};
use crate::tasks::{Chaining, StepId, TaskId};
use serde::Deserialize;
use serde_json::{json, Value};

/// Serde's derive as it was before the reader, under the same names (its messages say them).
mod old {
    use super::*;

    /// Serde's derive for `Session` as it was before the reader (its messages named the type).
    #[derive(Deserialize)]
    pub struct Session {
        id: SessionId,
        task: TaskId,
        version: u32,
        date: String,
        phase: u32,
        procedure: Procedure,
        chaining: Chaining,
        plan: RecordPlan,
        hierarchy: PromptHierarchy,
        records: Vec<StepRecord>,
        #[serde(default)]
        note: String,
        #[serde(default)]
        cursor: usize,
        #[serde(default)]
        finished: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        changes: Vec<Change>,
    }

    impl From<Session> for super::Session {
        fn from(o: Session) -> super::Session {
            super::Session {
                id: o.id,
                task: o.task,
                version: o.version,
                date: o.date,
                phase: o.phase,
                procedure: o.procedure,
                chaining: o.chaining,
                plan: o.plan,
                hierarchy: o.hierarchy,
                records: o.records,
                note: o.note,
                cursor: o.cursor,
                finished: o.finished,
                changes: o.changes,
            }
        }
    }

    /// Serde's derive for `TaskTracker` as it was before the reader.
    #[derive(Deserialize)]
    pub struct TaskTracker {
        task: TaskId,
        hierarchy: PromptHierarchy,
        #[serde(default)]
        rules: Rules,
        #[serde(default)]
        aim: Option<AimLine>,
        phases: Vec<Phase>,
        #[serde(default)]
        sessions: Vec<Session>,
    }

    impl From<TaskTracker> for super::TaskTracker {
        fn from(o: TaskTracker) -> super::TaskTracker {
            super::TaskTracker {
                task: o.task,
                hierarchy: o.hierarchy,
                rules: o.rules,
                aim: o.aim,
                phases: o.phases,
                sessions: o.sessions.into_iter().map(super::Session::from).collect(),
            }
        }
    }
}

/// Serde's derive of the tracker file's parts, as `tracker::file` had it.
mod old_file {
    use super::*;

    #[derive(Deserialize)]
    pub struct FileIn {
        #[serde(default)]
        pub next_id: u64,
        pub trackers: Vec<old::TaskTracker>,
        #[serde(default)]
        pub open: Option<old::Session>,
    }
}

/// The tracker file's parts read both ways agree on `v`.
fn same_file(v: &Value) {
    let old = serde_json::from_value::<old_file::FileIn>(v.clone())
        .map(|f| TrackerFile {
            next_id: f.next_id,
            trackers: f.trackers.into_iter().map(TaskTracker::from).collect(),
            open: f.open.map(Session::from),
        })
        .map_err(|e| e.to_string());
    let new = read::tracker_file(v, "struct FileIn").map_err(|e| e.to_string());
    assert_eq!(new, old, "{v}");
}

fn old_tracker(v: &Value) -> Result<TaskTracker, String> {
    serde_json::from_value::<old::TaskTracker>(v.clone())
        .map(TaskTracker::from)
        .map_err(|e| e.to_string())
}

fn new_tracker(v: &Value) -> Result<TaskTracker, String> {
    read::task_tracker(v).map_err(|e| e.to_string())
}

/// Both readers, and the reader through `Deserialize` (as the files use it), agree on `v`.
fn same(v: &Value) {
    let old = old_tracker(v);
    assert_eq!(new_tracker(v), old, "{v}");
    let through_serde = serde_json::from_value::<TaskTracker>(v.clone()).map_err(|e| e.to_string());
    assert_eq!(through_serde, old, "through Deserialize: {v}");
}

fn same_session(v: &Value) {
    let old = serde_json::from_value::<old::Session>(v.clone())
        .map(Session::from)
        .map_err(|e| e.to_string());
    assert_eq!(read::session(v).map_err(|e| e.to_string()), old, "{v}");
}

fn a_session(id: u64) -> Value {
    json!({
        "id": id, "task": 3, "version": 2, "date": "2025-03-04T10:30", "phase": 1,
        "procedure": "MostToLeast", "chaining": "Backward",
        "plan": {"steps": [1, 2, 3], "focus": 2},
        "hierarchy": {"levels": [
            {"name": "Independent", "code": "I", "description": "Alone"},
            {"name": "Gesture", "code": "G", "description": "Points"}
        ]},
        "records": [
            {"step": 1, "response": {"Level": 1}, "who": "CoWorker", "note": "ok"},
            {"step": 2, "response": "NoResponse"},
            {"step": 3, "response": "Error", "who": "JobAid"}
        ],
        "note": "A good day", "cursor": 2, "finished": false,
        "changes": [
            {"step": 1, "before": null, "cursor": 0},
            {"step": 2, "before": {"step": 2, "response": "NotApplicable"}, "cursor": 1}
        ]
    })
}

/// Records as the app writes them, and some the old reader also took.
fn samples() -> Vec<Value> {
    let full = json!({
        "task": 3,
        "hierarchy": {"levels": [{"name": "Independent", "code": "I", "description": ""}]},
        "rules": {
            "mastery": {"sessions": 3, "percent": 100},
            "fading": {"sessions_to_fade": 2, "errors_to_step_back": 2},
            "no_progress": {"flat_sessions": 4, "points_below_aim": 3}
        },
        "aim": {"measure": "Weighted", "from_session": 1, "baseline": 12.5, "target": 90,
                "over_sessions": 10},
        "phases": [
            {"number": 1, "procedure": "LeastToMost", "started": "2025-03-01"},
            {"number": 2, "procedure": "ConstantTimeDelay", "started": "2025-04-01",
             "reason": "JobAid", "note": "Pictures"}
        ],
        "sessions": [a_session(1), a_session(2)]
    });
    let mut arrays = full.clone();
    arrays["phases"][0] = json!([1, "GraduatedGuidance", "2025-01-01"]);
    arrays["rules"]["mastery"] = json!([5, 80]);
    arrays["aim"] = json!([{"Weighted": null}, 0, -1.5, 1e3, 4]);
    arrays["sessions"][0]["records"][0] = json!([3, {"NotApplicable": null}]);
    arrays["sessions"][1]["plan"] = json!([[1, 2], null]);
    let bare = json!({
        "task": 9,
        "hierarchy": {"levels": []},
        "phases": [],
        "extra": {"kept": "aside"}
    });
    vec![full, arrays, bare, json!([1, {"levels": []}, {}, null, []])]
}

/// Values of every kind, to put where another was.
pub(crate) fn others() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(0),
        json!(7),
        json!(256),
        json!(-1),
        json!(1.5),
        json!(5_000_000_000u64),
        json!(u64::MAX),
        json!(""),
        json!("I"),
        json!("ab"),
        json!("Coach"),
        json!("Level"),
        json!("Weighted"),
        json!([]),
        json!([1]),
        json!({}),
        json!({"Level": 2}),
        json!({"Level": null}),
        json!({"NoResponse": 1}),
        json!({"Coach": null, "JobAid": null}),
        json!({"levels": []}),
    ]
}

/// Every place in `v`, as a list of names and indexes.
pub(crate) fn places(v: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                let mut p = here.clone();
                p.push(json!(k));
                places(item, p, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut p = here.clone();
                p.push(json!(i));
                places(item, p, out);
            }
        }
        _ => {}
    }
}

/// Puts `value` at `place` in `v`.
pub(crate) fn set_at(v: &mut Value, place: &[Value], value: Value) {
    *at(v, place) = value;
}

fn at<'a>(v: &'a mut Value, place: &[Value]) -> &'a mut Value {
    place.iter().fold(v, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        step => &mut v[step.as_u64().expect("an index") as usize],
    })
}

/// Every change of one place: another value there, taken away, a name added, an array.
pub(crate) fn changes(v: &Value) -> Vec<Value> {
    let mut all = Vec::new();
    places(v, Vec::new(), &mut all);
    let mut out = Vec::new();
    for place in &all {
        for other in others() {
            let mut c = v.clone();
            *at(&mut c, place) = other;
            out.push(c);
        }
        let Some((last, parent)) = place.split_last() else {
            continue;
        };
        let mut c = v.clone();
        match at(&mut c, parent) {
            Value::Object(map) => {
                map.remove(last.as_str().expect("a name"));
                map.insert("zz_new".into(), json!(1));
            }
            Value::Array(items) => {
                items.remove(last.as_u64().expect("an index") as usize);
            }
            _ => {}
        }
        out.push(c);
        let mut c = v.clone();
        let here = at(&mut c, place);
        if let Value::Object(map) = here {
            *here = Value::Array(map.values().cloned().collect());
        } else if let Value::Array(items) = here {
            items.push(json!(1));
        }
        out.push(c);
    }
    out
}

#[test]
fn the_samples_read_as_before() {
    for v in samples() {
        same(&v);
        if let Err(e) = new_tracker(&v) {
            panic!("{e}: {v}");
        }
    }
    same_session(&a_session(4));
    assert!(read::session(&a_session(4)).is_ok());
    let tracker = new_tracker(&samples()[0]).unwrap();
    assert_eq!(
        tracker.aim.as_ref().map(|a| a.measure),
        Some(Measure::Weighted)
    );
    assert_eq!(tracker.phases[1].reason, Some(ImprovementOption::JobAid));
    let records = &tracker.sessions[0].records;
    assert_eq!(records[0].response, Response::Level(1));
    assert_eq!(records[0].who, Prompter::CoWorker);
    assert_eq!(
        tracker.sessions[0].changes[1].before.as_ref().unwrap().step,
        StepId(2)
    );
}

#[test]
fn every_change_of_one_place_reads_or_is_refused_as_before() {
    let mut refused = 0;
    for v in samples() {
        for c in changes(&v) {
            same(&c);
            refused += usize::from(old_tracker(&c).is_err());
        }
    }
    for c in changes(&a_session(5)) {
        same_session(&c);
    }
    let file = json!({"format": "work-steps/tracker", "version": 1, "next_id": 3,
        "trackers": [samples()[2]], "open": a_session(6)});
    for c in changes(&file) {
        same_file(&c);
    }
    assert!(refused > 1000, "the changes include refusals ({refused})");
}

#[test]
fn two_changes_at_once_are_refused_with_the_same_words() {
    let mut next = crate::store::read::picker(0x2545_f491_4f6c_dd1du64);
    for v in samples() {
        let first = changes(&v);
        for _ in 0..400 {
            let one = &first[next(first.len())];
            let mut all = Vec::new();
            places(one, Vec::new(), &mut all);
            let place = &all[next(all.len())];
            let mut two = one.clone();
            set_at(&mut two, place, others()[next(others().len())].clone());
            same(&two);
        }
    }
}

#[test]
fn a_session_is_the_one_written() {
    let s = read::session(&a_session(8)).unwrap();
    assert_eq!(s.id, SessionId(8));
    assert_eq!(s.procedure, Procedure::MostToLeast);
    assert_eq!(s.chaining, Chaining::Backward);
    assert_eq!(s.plan.focus, Some(StepId(2)));
    let back = serde_json::to_value(&s).unwrap();
    assert_eq!(
        read::session(&back).unwrap(),
        s,
        "what is written reads back"
    );
}
