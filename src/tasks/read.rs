//! The task builder's records ([`Person`], [`TaskAnalysis`], [`TaskVersion`], [`Step`]) read
//! by hand, as serde's derive read them ([`crate::store::read`] says why and how); the derive
//! is kept frozen in `read_tests` and compared on many changed records.

use super::model::{Chaining, Person, PersonId, PictureRef, Step, StepId, TaskAnalysis};
use super::model::{TaskId, TaskVersion};
use crate::store::read::{boolean, list, option, string, u32_, u64_, unit, Read, Struct};
use serde_json::Value;

pub(crate) fn chaining(v: &Value) -> Read<Chaining> {
    unit(v, &["Forward", "Backward", "TotalTask"]).map(|i| Chaining::ALL[i])
}

pub(crate) fn step_id(v: &Value) -> Read<StepId> {
    u64_(v).map(StepId)
}

pub(crate) fn task_id(v: &Value) -> Read<TaskId> {
    u64_(v).map(TaskId)
}

/// A step, as serde's derive read it.
pub(crate) fn step(v: &Value) -> Read<Step> {
    let names = &["id", "instruction", "cue", "picture", "key_step"];
    let mut s = Struct::of(v, "struct Step", names)?;
    let mut o = Step {
        id: StepId(0),
        instruction: String::new(),
        cue: String::new(),
        picture: None,
        key_step: false,
    };
    s.required(0, &mut o.id, step_id);
    s.required(1, &mut o.instruction, string);
    s.or_default(2, &mut o.cue, string);
    s.or_default(3, &mut o.picture, |v| {
        option(v, |v| string(v).map(PictureRef))
    });
    s.or_default(4, &mut o.key_step, boolean);
    s.finish(o)
}

/// A version of a task, as serde's derive read it.
pub(crate) fn task_version(v: &Value) -> Read<TaskVersion> {
    let names = &["number", "created", "steps", "locked"];
    let mut s = Struct::of(v, "struct TaskVersion", names)?;
    let mut o = TaskVersion {
        number: 0,
        created: String::new(),
        steps: Vec::new(),
        locked: false,
    };
    s.required(0, &mut o.number, u32_);
    s.required(1, &mut o.created, string);
    s.required(2, &mut o.steps, |v| list(v, step));
    s.or_default(3, &mut o.locked, boolean);
    s.finish(o)
}

/// A task analysis, as serde's derive read it.
pub(crate) fn task_analysis(v: &Value) -> Read<TaskAnalysis> {
    let names = &[
        "id",
        "title",
        "workplace",
        "chaining",
        "versions",
        "has_teaching_data",
    ];
    let mut s = Struct::of(v, "struct TaskAnalysis", names)?;
    let mut o = TaskAnalysis {
        id: TaskId(0),
        title: String::new(),
        workplace: String::new(),
        chaining: Chaining::default(),
        versions: Vec::new(),
        has_teaching_data: false,
    };
    s.required(0, &mut o.id, task_id);
    s.required(1, &mut o.title, string);
    s.or_default(2, &mut o.workplace, string);
    s.or_default(3, &mut o.chaining, chaining);
    s.required(4, &mut o.versions, |v| list(v, task_version));
    s.or_default(5, &mut o.has_teaching_data, boolean);
    s.finish(o)
}

/// A person with their tasks, as serde's derive read it.
pub(crate) fn person(v: &Value) -> Read<Person> {
    let mut s = Struct::of(v, "struct Person", &["id", "label", "tasks"])?;
    let mut o = Person {
        id: PersonId(0),
        label: String::new(),
        tasks: Vec::new(),
    };
    s.required(0, &mut o.id, |v| u64_(v).map(PersonId));
    s.required(1, &mut o.label, string);
    s.or_default(2, &mut o.tasks, |v| list(v, task_analysis));
    s.finish(o)
}

/// The people of a tasks file or a backup's tasks part, `{"next_id": …, "people": […]}`,
/// with its counter: as serde's derive of a struct of those two (called `what`) read it.
pub(crate) fn people_file(v: &Value, what: &'static str) -> Read<(u64, Vec<Person>)> {
    let mut s = Struct::of(v, what, &["next_id", "people"])?;
    let mut file = (0, Vec::new());
    s.or_default(0, &mut file.0, u64_);
    s.required(1, &mut file.1, |v| list(v, person));
    s.finish(file)
}
