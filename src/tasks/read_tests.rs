//! The hand-written reader ([`super::read`]) against serde's derive as it was, kept here
//! frozen for [`Person`] and the records inside it: every record below, and every record
//! made from them by one or two changes (a value of another kind, a name taken away or
//! added, an array for an object), must be read to the same value or refused with the same
//! words. The changes are made as the tracker's reader test makes them.

use super::model::{Chaining, Person, PersonId, PictureRef, StepId, TaskId};
use super::read;
use crate::tracker::read_tests::{changes, others, places, set_at};
use serde_json::{json, Value};

/// Serde's derive as it was before the reader, under the same names (its messages say them).
mod old {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Step {
        id: StepId,
        instruction: String,
        #[serde(default)]
        cue: String,
        #[serde(default)]
        picture: Option<PictureRef>,
        #[serde(default)]
        key_step: bool,
    }

    #[derive(Deserialize)]
    pub struct TaskVersion {
        number: u32,
        created: String,
        steps: Vec<Step>,
        #[serde(default)]
        locked: bool,
    }

    #[derive(Deserialize)]
    pub struct TaskAnalysis {
        id: TaskId,
        title: String,
        #[serde(default)]
        workplace: String,
        #[serde(default)]
        chaining: Chaining,
        versions: Vec<TaskVersion>,
        #[serde(default)]
        has_teaching_data: bool,
    }

    #[derive(Deserialize)]
    pub struct Person {
        id: PersonId,
        label: String,
        #[serde(default)]
        tasks: Vec<TaskAnalysis>,
    }

    impl From<Step> for super::super::Step {
        fn from(o: Step) -> Self {
            super::super::Step {
                id: o.id,
                instruction: o.instruction,
                cue: o.cue,
                picture: o.picture,
                key_step: o.key_step,
            }
        }
    }

    impl From<TaskVersion> for super::super::TaskVersion {
        fn from(o: TaskVersion) -> Self {
            super::super::TaskVersion {
                number: o.number,
                created: o.created,
                steps: o.steps.into_iter().map(Into::into).collect(),
                locked: o.locked,
            }
        }
    }

    impl From<TaskAnalysis> for super::super::TaskAnalysis {
        fn from(o: TaskAnalysis) -> Self {
            super::super::TaskAnalysis {
                id: o.id,
                title: o.title,
                workplace: o.workplace,
                chaining: o.chaining,
                versions: o.versions.into_iter().map(Into::into).collect(),
                has_teaching_data: o.has_teaching_data,
            }
        }
    }

    impl From<Person> for Super {
        fn from(o: Person) -> Super {
            Super {
                id: o.id,
                label: o.label,
                tasks: o.tasks.into_iter().map(Into::into).collect(),
            }
        }
    }

    type Super = super::Person;

    /// The tasks file's parts, as `tasks::file` had them.
    #[derive(Deserialize)]
    pub struct FileIn {
        #[serde(default)]
        pub next_id: u64,
        pub people: Vec<Person>,
    }
}

fn old_person(v: &Value) -> Result<Person, String> {
    serde_json::from_value::<old::Person>(v.clone())
        .map(Person::from)
        .map_err(|e| e.to_string())
}

/// Both readers, and the reader through `Deserialize` (as the files use it), agree on `v`.
fn same(v: &Value) {
    let old = old_person(v);
    assert_eq!(read::person(v).map_err(|e| e.to_string()), old, "{v}");
    let through = serde_json::from_value::<Person>(v.clone()).map_err(|e| e.to_string());
    assert_eq!(through, old, "through Deserialize: {v}");
}

/// People as the app writes them, and some the old reader also took.
fn samples() -> Vec<Value> {
    let full = json!({
        "id": 1, "label": "AB",
        "tasks": [{
            "id": 2, "title": "Restock the fridge", "workplace": "Cafe", "chaining": "Forward",
            "has_teaching_data": true,
            "versions": [
                {"number": 1, "created": "2025-03-01", "locked": true, "steps": [
                    {"id": 1, "instruction": "Open the door", "cue": "Delivery", "picture": "p1",
                     "key_step": true},
                    {"id": 2, "instruction": "Fill the shelf", "picture": null}
                ]},
                {"number": 2, "created": "2025-03-02", "steps": []}
            ]
        }, {
            "id": 3, "title": "Mop", "versions": [[1, "2025-01-01", [[4, "Wet the mop"]]]]
        }]
    });
    vec![
        full,
        json!({"id": 5, "label": "", "other": [1]}),
        json!([6, "CD", [[7, "T", "", "TotalTask", [], false]]]),
    ]
}

#[test]
fn the_samples_read_as_before() {
    for v in samples() {
        same(&v);
        if let Err(e) = read::person(&v) {
            panic!("{e}: {v}");
        }
    }
    let p = read::person(&samples()[0]).unwrap();
    let step = &p.tasks[0].versions[0].steps[0];
    assert_eq!(step.picture, Some(PictureRef::new("p1")));
    assert!(step.key_step && p.tasks[0].has_teaching_data);
    assert_eq!(p.tasks[0].chaining, Chaining::Forward);
    assert_eq!(p.tasks[1].versions[0].steps[0].instruction, "Wet the mop");
    let back = serde_json::to_value(&p).unwrap();
    assert_eq!(
        read::person(&back).unwrap(),
        p,
        "what is written reads back"
    );
}

#[test]
fn every_change_of_one_place_reads_or_is_refused_as_before() {
    let mut refused = 0;
    for v in samples() {
        for c in changes(&v) {
            same(&c);
            refused += usize::from(old_person(&c).is_err());
        }
    }
    assert!(refused > 500, "the changes include refusals ({refused})");
    let file = json!({"format": "work-steps/tasks", "version": 1, "next_id": 9,
        "people": [samples()[1], samples()[2]]});
    for c in changes(&file) {
        let old = serde_json::from_value::<old::FileIn>(c.clone())
            .map(|f| {
                (
                    f.next_id,
                    f.people.into_iter().map(Person::from).collect::<Vec<_>>(),
                )
            })
            .map_err(|e| e.to_string());
        let new = read::people_file(&c, "struct FileIn").map_err(|e| e.to_string());
        assert_eq!(new, old, "{c}");
    }
}

#[test]
fn two_changes_at_once_are_refused_with_the_same_words() {
    let mut next = crate::store::read::picker(0x9e37_79b9_7f4a_7c15u64);
    for v in samples() {
        let first = changes(&v);
        for _ in 0..600 {
            let mut two = first[next(first.len())].clone();
            let mut all = Vec::new();
            places(&two, Vec::new(), &mut all);
            let place = all[next(all.len())].clone();
            let other = others();
            set_at(&mut two, &place, other[next(other.len())].clone());
            same(&two);
        }
    }
}
