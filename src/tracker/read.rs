//! The tracker's records ([`TaskTracker`], [`Session`] and everything inside them) read by
//! hand, as serde's derive read them ([`crate::store::read`] says why and how); the derive is
//! kept frozen in `read_tests` and compared on many changed records.

use super::file::TrackerFile;
use super::hierarchy::{Procedure, PromptHierarchy, PromptLevel, Prompter, Response};
use super::progress::{AimLine, Measure};
use super::rules::{FadingRule, ImprovementOption, MasteryRule, NoProgressRule, Rules};
use super::session::{Change, RecordPlan, Session, SessionId, StepRecord};
use super::state::{Phase, TaskTracker};
use crate::store::read::{
    boolean, character, f64_, list, option, string, u32_, u64_, unit, usize_, variant, whole,
    wrong, Read, Struct,
};
use crate::tasks::read::{chaining, step_id, task_id};
use crate::tasks::{Chaining, StepId, TaskId};
use serde::de::{Error as _, Unexpected};
use serde_json::{Error, Value};

const RESPONSES: &[&str] = &["Level", "NoResponse", "Error", "NotApplicable"];

fn response(v: &Value) -> Read<Response> {
    let (i, with) = variant(v, RESPONSES)?;
    match (i, with) {
        (0, Some(level)) => whole(level, "u8", u8::MAX.into()).map(|n| Response::Level(n as u8)),
        (0, None) => Err(Error::invalid_type(
            Unexpected::UnitVariant,
            &"newtype variant",
        )),
        (_, Some(v)) if !v.is_null() => wrong(v, "unit"),
        (1, _) => Ok(Response::NoResponse),
        (2, _) => Ok(Response::Error),
        _ => Ok(Response::NotApplicable),
    }
}

fn procedure(v: &Value) -> Read<Procedure> {
    const NAMES: &[&str] = &[
        "LeastToMost",
        "MostToLeast",
        "ConstantTimeDelay",
        "ProgressiveTimeDelay",
        "GraduatedGuidance",
    ];
    unit(v, NAMES).map(|i| Procedure::ALL[i])
}

fn prompter(v: &Value) -> Read<Prompter> {
    unit(v, &["Coach", "CoWorker", "JobAid"]).map(|i| Prompter::ALL[i])
}

fn measure(v: &Value) -> Read<Measure> {
    unit(v, &["PercentIndependent", "Weighted"]).map(|i| match i {
        0 => Measure::PercentIndependent,
        _ => Measure::Weighted,
    })
}

fn improvement(v: &Value) -> Read<Option<ImprovementOption>> {
    const NAMES: &[&str] = &[
        "CheckProcedure",
        "SplitStep",
        "ChangeProcedure",
        "AnotherWay",
        "JobAid",
        "RedesignJob",
    ];
    option(v, |v| unit(v, NAMES).map(|i| ImprovementOption::ALL[i]))
}

fn level(v: &Value) -> Read<PromptLevel> {
    let mut s = Struct::of(v, "struct PromptLevel", &["name", "code", "description"])?;
    let mut l = PromptLevel {
        name: String::new(),
        code: ' ',
        description: String::new(),
    };
    s.required(0, &mut l.name, string);
    s.required(1, &mut l.code, character);
    s.required(2, &mut l.description, string);
    s.finish(l)
}

fn hierarchy(v: &Value) -> Read<PromptHierarchy> {
    let mut s = Struct::of(v, "struct PromptHierarchy", &["levels"])?;
    let mut levels = Vec::new();
    s.required(0, &mut levels, |v| list(v, level));
    s.finish(PromptHierarchy { levels })
}

fn step_record(v: &Value) -> Read<StepRecord> {
    let names = &["step", "response", "who", "note"];
    let mut s = Struct::of(v, "struct StepRecord", names)?;
    let mut r = StepRecord {
        step: StepId(0),
        response: Response::NoResponse,
        who: Prompter::default(),
        note: String::new(),
    };
    s.required(0, &mut r.step, step_id);
    s.required(1, &mut r.response, response);
    s.or_default(2, &mut r.who, prompter);
    s.or_default(3, &mut r.note, string);
    s.finish(r)
}

fn record_plan(v: &Value) -> Read<RecordPlan> {
    let mut s = Struct::of(v, "struct RecordPlan", &["steps", "focus"])?;
    let mut p = RecordPlan {
        steps: Vec::new(),
        focus: None,
    };
    s.required(0, &mut p.steps, |v| list(v, step_id));
    s.optional(1, &mut p.focus, |v| option(v, step_id));
    s.finish(p)
}

fn change(v: &Value) -> Read<Change> {
    let mut s = Struct::of(v, "struct Change", &["step", "before", "cursor"])?;
    let mut c = Change {
        step: StepId(0),
        before: None,
        cursor: 0,
    };
    s.required(0, &mut c.step, step_id);
    s.optional(1, &mut c.before, |v| option(v, step_record));
    s.required(2, &mut c.cursor, usize_);
    s.finish(c)
}

const SESSION: &[&str] = &[
    "id",
    "task",
    "version",
    "date",
    "phase",
    "procedure",
    "chaining",
    "plan",
    "hierarchy",
    "records",
    "note",
    "cursor",
    "finished",
    "changes",
];

/// A recorded session, as serde's derive read it.
pub(crate) fn session(v: &Value) -> Read<Session> {
    let mut s = Struct::of(v, "struct Session", SESSION)?;
    let mut o = Session {
        id: SessionId(0),
        task: TaskId(0),
        version: 0,
        date: String::new(),
        phase: 0,
        procedure: Procedure::default(),
        chaining: Chaining::default(),
        plan: RecordPlan {
            steps: Vec::new(),
            focus: None,
        },
        hierarchy: PromptHierarchy { levels: Vec::new() },
        records: Vec::new(),
        note: String::new(),
        cursor: 0,
        finished: false,
        changes: Vec::new(),
    };
    s.required(0, &mut o.id, |v| u64_(v).map(SessionId));
    s.required(1, &mut o.task, task_id);
    s.required(2, &mut o.version, u32_);
    s.required(3, &mut o.date, string);
    s.required(4, &mut o.phase, u32_);
    s.required(5, &mut o.procedure, procedure);
    s.required(6, &mut o.chaining, chaining);
    s.required(7, &mut o.plan, record_plan);
    s.required(8, &mut o.hierarchy, hierarchy);
    s.required(9, &mut o.records, |v| list(v, step_record));
    s.or_default(10, &mut o.note, string);
    s.or_default(11, &mut o.cursor, usize_);
    s.or_default(12, &mut o.finished, boolean);
    s.or_default(13, &mut o.changes, |v| list(v, change));
    s.finish(o)
}

/// A rule of two counts (the three rules are alike), its defaults in `counts`.
fn two_counts(
    v: &Value,
    what: &'static str,
    names: &'static [&'static str],
    mut counts: [u32; 2],
) -> Read<[u32; 2]> {
    let mut s = Struct::of(v, what, names)?;
    let [a, b] = &mut counts;
    s.required(0, a, u32_);
    s.required(1, b, u32_);
    s.finish(counts)
}

fn mastery(v: &Value) -> Read<MasteryRule> {
    let [sessions, percent] =
        two_counts(v, "struct MasteryRule", &["sessions", "percent"], [0; 2])?;
    Ok(MasteryRule { sessions, percent })
}

fn fading(v: &Value) -> Read<FadingRule> {
    let names = &["sessions_to_fade", "errors_to_step_back"];
    let [sessions_to_fade, errors_to_step_back] =
        two_counts(v, "struct FadingRule", names, [0; 2])?;
    Ok(FadingRule {
        sessions_to_fade,
        errors_to_step_back,
    })
}

fn no_progress(v: &Value) -> Read<NoProgressRule> {
    let names = &["flat_sessions", "points_below_aim"];
    let [flat_sessions, points_below_aim] = two_counts(v, "struct NoProgressRule", names, [0; 2])?;
    Ok(NoProgressRule {
        flat_sessions,
        points_below_aim,
    })
}

fn rules(v: &Value) -> Read<Rules> {
    let names = &["mastery", "fading", "no_progress"];
    let mut s = Struct::of(v, "struct Rules", names)?;
    let mut r = Rules::default();
    s.or_default(0, &mut r.mastery, mastery);
    s.or_default(1, &mut r.fading, fading);
    s.or_default(2, &mut r.no_progress, no_progress);
    s.finish(r)
}

fn aim(v: &Value) -> Read<Option<AimLine>> {
    if v.is_null() {
        return Ok(None);
    }
    let names = &[
        "measure",
        "from_session",
        "baseline",
        "target",
        "over_sessions",
    ];
    let mut s = Struct::of(v, "struct AimLine", names)?;
    let mut a = AimLine {
        measure: Measure::default(),
        from_session: 0,
        baseline: 0.0,
        target: 0.0,
        over_sessions: 0,
    };
    s.or_default(0, &mut a.measure, measure);
    s.required(1, &mut a.from_session, usize_);
    s.required(2, &mut a.baseline, f64_);
    s.required(3, &mut a.target, f64_);
    s.required(4, &mut a.over_sessions, u32_);
    s.finish(Some(a))
}

fn phase(v: &Value) -> Read<Phase> {
    let names = &["number", "procedure", "started", "reason", "note"];
    let mut s = Struct::of(v, "struct Phase", names)?;
    let mut p = Phase {
        number: 0,
        procedure: Procedure::default(),
        started: String::new(),
        reason: None,
        note: String::new(),
    };
    s.required(0, &mut p.number, u32_);
    s.required(1, &mut p.procedure, procedure);
    s.required(2, &mut p.started, string);
    s.or_default(3, &mut p.reason, improvement);
    s.or_default(4, &mut p.note, string);
    s.finish(p)
}

/// Everything tracked for one task, as serde's derive read it.
pub(crate) fn task_tracker(v: &Value) -> Read<TaskTracker> {
    let names = &["task", "hierarchy", "rules", "aim", "phases", "sessions"];
    let mut s = Struct::of(v, "struct TaskTracker", names)?;
    let mut t = TaskTracker {
        task: TaskId(0),
        hierarchy: PromptHierarchy { levels: Vec::new() },
        rules: Rules::default(),
        aim: None,
        phases: Vec::new(),
        sessions: Vec::new(),
    };
    s.required(0, &mut t.task, task_id);
    s.required(1, &mut t.hierarchy, hierarchy);
    s.or_default(2, &mut t.rules, rules);
    s.or_default(3, &mut t.aim, aim);
    s.required(4, &mut t.phases, |v| list(v, phase));
    s.or_default(5, &mut t.sessions, |v| list(v, session));
    s.finish(t)
}

/// A tracker file's or a backup's tracker part, `{"next_id": …, "trackers": […], "open":
/// …}`: as serde's derive of a struct of those three (called `what`) read it.
pub(crate) fn tracker_file(v: &Value, what: &'static str) -> Read<TrackerFile> {
    let mut s = Struct::of(v, what, &["next_id", "trackers", "open"])?;
    let mut file = TrackerFile::default();
    s.or_default(0, &mut file.next_id, u64_);
    s.required(1, &mut file.trackers, |v| list(v, task_tracker));
    s.or_default(2, &mut file.open, |v| option(v, session));
    s.finish(file)
}
