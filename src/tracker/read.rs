//! The tracker's records ([`TaskTracker`], [`Session`] and everything inside them) read from
//! a JSON value by hand, taking exactly what serde's derived reader took and refusing with
//! exactly its words (a test in `read_tests` compares both on many mutated records).
//!
//! Why by hand: serde's derive wrote a reader per type, each taking a struct as an object or
//! an array, about 35 KB of the tools bundle's WebAssembly; these functions are one small
//! reader over the JSON value the files are parsed into. The types still implement
//! `Deserialize` (through [`bridge`]), so the tracker file, the backup and its plain-words
//! explanation (`backup::unreadable`, which sorts the reader's messages into kinds) read them
//! as before.
//!
//! What serde's derive accepted, and so what these accept:
//! - a struct is an object (names it does not have are passed over) or an array of its fields
//!   in order, of no more than there are; a field left out takes its default, or `None` for
//!   an `Option` in an object, or is refused;
//! - a unit enum is its name, or an object of one name whose value is `null`; `Response`'s
//!   `Level` is `{"Level": n}`;
//! - a number is a whole number that fits, `f64` any number; a `char` is text of one letter.
//!
//! Where more than one thing is wrong, the message is the one serde's gave: in an object the
//! first wrong value in the order of the names, then the first missing field in the order of
//! the struct; in an array the first wrong or missing item.

use super::hierarchy::{Procedure, PromptHierarchy, PromptLevel, Prompter, Response};
use super::progress::{AimLine, Measure};
use super::rules::{FadingRule, ImprovementOption, MasteryRule, NoProgressRule, Rules};
use super::session::{Change, RecordPlan, Session, SessionId, StepRecord};
use super::state::{Phase, TaskTracker};
use crate::tasks::{Chaining, StepId, TaskId};
use serde::de::{Error as _, Expected, Unexpected};
use serde_json::{Error, Map, Value};
use std::fmt;

type Read<T> = Result<T, Error>;

/// `Deserialize` for a type read by hand: the value as JSON, then `read`.
pub(crate) fn bridge<'de, D, T>(d: D, read: fn(&Value) -> Read<T>) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let value = <Value as serde::Deserialize>::deserialize(d)?;
    read(&value).map_err(D::Error::custom)
}

/// What serde calls the value in its messages.
fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

fn wrong<T>(v: &Value, want: &'static str) -> Read<T> {
    Err(Error::invalid_type(unexpected(v), &want))
}

/// A whole number of at most `max`, called `want` (`u32`) in the messages.
fn whole(v: &Value, want: &'static str, max: u64) -> Read<u64> {
    let Value::Number(n) = v else {
        return wrong(v, want);
    };
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) if u <= max => Ok(u),
        (Some(u), _) => Err(Error::invalid_value(Unexpected::Unsigned(u), &want)),
        (None, Some(i)) => Err(Error::invalid_value(Unexpected::Signed(i), &want)),
        _ => wrong(v, want),
    }
}

fn u64_(v: &Value) -> Read<u64> {
    whole(v, "u64", u64::MAX)
}

fn u32_(v: &Value) -> Read<u32> {
    whole(v, "u32", u32::MAX.into()).map(|n| n as u32)
}

fn usize_(v: &Value) -> Read<usize> {
    whole(v, "usize", usize::MAX as u64).map(|n| n as usize)
}

fn f64_(v: &Value) -> Read<f64> {
    match v {
        Value::Number(n) => Ok(n.as_f64().unwrap_or_default()),
        _ => wrong(v, "f64"),
    }
}

fn string(v: &Value) -> Read<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => wrong(v, "a string"),
    }
}

fn character(v: &Value) -> Read<char> {
    let Value::String(s) = v else {
        return wrong(v, "a character");
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::invalid_value(Unexpected::Str(s), &"a character")),
    }
}

fn boolean(v: &Value) -> Read<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => wrong(v, "a boolean"),
    }
}

fn option<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    match v {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

fn list<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    match v {
        Value::Array(items) => items.iter().map(read).collect(),
        _ => wrong(v, "a sequence"),
    }
}

/// An externally tagged enum: which of `names` it is, and the value with the name if any.
fn variant<'a>(v: &'a Value, names: &'static [&'static str]) -> Read<(usize, Option<&'a Value>)> {
    let (name, with) = match v {
        Value::String(name) => (name, None),
        Value::Object(map) if map.len() == 1 => {
            let (name, with) = map.iter().next().expect("one name");
            (name, Some(with))
        }
        Value::Object(_) => {
            return Err(Error::invalid_value(
                Unexpected::Map,
                &"map with a single key",
            ))
        }
        v => return wrong(v, "string or map"),
    };
    match names.iter().position(|n| n == name) {
        Some(i) => Ok((i, with)),
        None => Err(Error::unknown_variant(name, names)),
    }
}

/// A variant without a value: its name, or its name with `null`.
fn unit(v: &Value, names: &'static [&'static str]) -> Read<usize> {
    let (i, with) = variant(v, names)?;
    match with {
        None | Some(Value::Null) => Ok(i),
        Some(v) => wrong(v, "unit"),
    }
}

/// A struct's fields, an object's names or an array's items in order, each read into its
/// place in a blank value; the first refusal by serde's order is kept.
struct Struct<'a> {
    map: Option<&'a Map<String, Value>>,
    items: &'a [Value],
    names: &'static [&'static str],
    what: &'static str,
    /// The refusal to give, with its place in serde's order.
    refused: Option<((bool, usize), Error)>,
}

/// "struct Session with 13 elements", as serde says it.
struct Elements(&'static str, usize);

impl Expected for Elements {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.1 {
            1 => write!(f, "{} with 1 element", self.0),
            n => write!(f, "{} with {n} elements", self.0),
        }
    }
}

/// What a field left out is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Missing {
    /// Refused.
    Refused,
    /// Its default (already in its place).
    Default,
    /// `None` (already in its place) in an object; refused in an array.
    NoneInObject,
}

impl<'a> Struct<'a> {
    fn of(v: &'a Value, what: &'static str, names: &'static [&'static str]) -> Read<Self> {
        let (map, items) = match v {
            Value::Object(map) => (Some(map), &[][..]),
            Value::Array(items) => (None, &items[..]),
            v => return wrong(v, what),
        };
        Ok(Struct {
            map,
            items,
            names,
            what,
            refused: None,
        })
    }

    fn refuse(&mut self, at: (bool, usize), e: Error) {
        if self.refused.as_ref().is_none_or(|(first, _)| at < *first) {
            self.refused = Some((at, e));
        }
    }

    /// Field `i`, or `None` when it is left out, with its place in serde's order: an
    /// object's names in order, then what is left out in the struct's order; an array's
    /// items in order.
    fn value(&self, i: usize) -> (Option<&'a Value>, (bool, usize)) {
        let name = self.names[i];
        match self.map {
            Some(map) => match map.get(name) {
                Some(v) => (
                    Some(v),
                    (false, map.keys().position(|k| k == name).unwrap_or(0)),
                ),
                None => (None, (true, i)),
            },
            None => (self.items.get(i), (false, i)),
        }
    }

    /// Field `i` read by `read` into `place`.
    #[inline(never)]
    fn field<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>, missing: Missing) {
        match self.value(i) {
            (Some(v), at) => match read(v) {
                Ok(value) => *place = value,
                Err(e) => self.refuse(at, e),
            },
            (None, at) => {
                let e = match (self.map, missing) {
                    (_, Missing::Default) | (Some(_), Missing::NoneInObject) => return,
                    (Some(_), _) => Error::missing_field(self.names[i]),
                    (None, _) => Error::invalid_length(i, &Elements(self.what, self.names.len())),
                };
                self.refuse(at, e);
            }
        }
    }

    fn required<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::Refused);
    }

    /// A field with a default, which `place` holds.
    fn or_default<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::Default);
    }

    /// An `Option` with no default (`place` holds `None`): `None` when an object leaves it
    /// out.
    fn optional<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::NoneInObject);
    }

    /// `value` once every field is read, else the first refusal; also refused: an array
    /// with more items than fields.
    fn finish<T>(self, value: T) -> Read<T> {
        if let Some((_, e)) = self.refused {
            return Err(e);
        }
        match self.items.len() {
            n if n > self.names.len() => Err(Error::invalid_length(n, &"fewer elements in array")),
            _ => Ok(value),
        }
    }
}

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

fn chaining(v: &Value) -> Read<Chaining> {
    unit(v, &["Forward", "Backward", "TotalTask"]).map(|i| Chaining::ALL[i])
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

fn step_id(v: &Value) -> Read<StepId> {
    u64_(v).map(StepId)
}

fn task_id(v: &Value) -> Read<TaskId> {
    u64_(v).map(TaskId)
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
