//! Backup and move: a device's data built through the real reducers, exported, read back,
//! and taken in by replace or merge; the bad files the importer must refuse whole; and
//! random files and random devices for the importer and the merge.

#[allow(unused_imports)]
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};
use supported_work::backup::*;
use supported_work::calculator::form::{Field, Form};
use supported_work::calculator::state::Saved;
use supported_work::tasks::model::max_id;
use supported_work::tasks::{
    self, PersonId, PictureRef, StepId, TaskAnalysis, TaskId, TasksFile, TasksState,
};
use supported_work::tracker::{
    self, ImprovementOption, Procedure, Prompter, Response, TrackerFile, TrackerState,
};

const JPEG: &str = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==";
const PNG: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

/// A device as the app holds it: the two reducers, saved scenarios and pictures.
#[derive(Clone)]
struct Device {
    tasks: TasksState,
    tracker: TrackerState,
    scenarios: Vec<Saved>,
    pictures: BTreeMap<String, String>,
}

impl Device {
    fn new(today: &str) -> Device {
        Device {
            tasks: TasksState::default().reduce(tasks::Action::SetToday(today.into())),
            tracker: TrackerState::default(),
            scenarios: Vec::new(),
            pictures: BTreeMap::new(),
        }
    }

    fn task(mut self, action: tasks::Action) -> Device {
        self.tasks = self.tasks.reduce(action);
        self
    }

    /// A tracker action, with the lock it asks of the task builder passed on as the app does.
    fn track(mut self, action: tracker::Action) -> Device {
        self.tracker = self.tracker.reduce(action);
        if let Some(a) = self.tracker.tasks_action.take() {
            self.tasks = self.tasks.reduce(a);
        }
        self
    }

    fn person(&self, label: &str) -> PersonId {
        self.tasks
            .people
            .iter()
            .find(|p| p.label == label)
            .expect("person")
            .id
    }

    fn task_named(&self, label: &str, title: &str) -> TaskAnalysis {
        self.tasks
            .person(self.person(label))
            .unwrap()
            .tasks
            .iter()
            .find(|t| t.title == title)
            .expect("task")
            .clone()
    }

    fn add_person(self, label: &str) -> Device {
        self.task(tasks::Action::AddPerson(label.into()))
    }

    fn add_template(self, label: &str, template: &str) -> Device {
        let person = self.person(label);
        self.task(tasks::Action::AddTaskFromTemplate {
            person,
            template_id: template.into(),
        })
    }

    /// A picture on step `n` (from 0) of the selected task, kept as the editor keeps it.
    fn picture(mut self, n: usize, url: &str) -> Device {
        let step = self.tasks.selected_task().unwrap().steps()[n].id;
        let key = format!("step-{step}");
        self.pictures.insert(key.clone(), url.into());
        self.task(tasks::Action::SetPicture {
            step,
            picture: Some(PictureRef::new(key)),
        })
    }

    /// A finished session on the task's latest version with these responses.
    fn session(self, label: &str, title: &str, date: &str, rs: &[Response]) -> Device {
        self.open_session(label, title, date, rs)
            .track(tracker::Action::Finish)
    }

    fn open_session(self, label: &str, title: &str, date: &str, rs: &[Response]) -> Device {
        let t = self.task_named(label, title);
        let mut d = self.track(TrackerState::start(&t, date));
        for r in rs {
            d = d.track(tracker::Action::Record {
                response: *r,
                who: Prompter::Coach,
            });
        }
        d
    }

    fn scenario(mut self, name: &str, age: &str) -> Device {
        let mut form = Form::default();
        form.set(Field::Region, "WALES");
        form.set(Field::Age(0), age);
        self.scenarios.push(Saved {
            name: name.into(),
            form,
        });
        self
    }

    fn data(&self) -> Data {
        Data {
            scenarios: self.scenarios.clone(),
            tasks: self.tasks.to_file(),
            tracker: self.tracker.to_file(),
            pictures: self.pictures.clone(),
        }
    }
}

const I: Response = Response::Level(0);
const G: Response = Response::Level(1);
const V: Response = Response::Level(2);
const E: Response = Response::Error;

/// Device A: two people, example and typed tasks, pictures, sessions on two versions and two
/// phases, a session left open, saved scenarios.
fn device_a() -> Device {
    let d = Device::new("2025-03-01")
        .add_person("AB")
        .add_template("AB", "mop-floor")
        .picture(0, JPEG)
        .picture(2, PNG)
        .add_person("CD");
    let cd = d.person("CD");
    let d = d
        .task(tasks::Action::AddTask {
            person: cd,
            title: "Stock shelves".into(),
            workplace: "Corner shop".into(),
        })
        .task(tasks::Action::PasteSteps {
            text: "Get the trolley\nFace the labels out\nFlatten the boxes".into(),
        })
        .add_template("AB", "pack-order");
    let mop = d.task_named("AB", "Mop a floor").id;
    let d = d
        .session("AB", "Mop a floor", "2025-03-03T10:00", &[V, G, I, E, V])
        .session("AB", "Mop a floor", "2025-03-04T10:00", &[G, G, I, I, V])
        // An edit after teaching makes version 2; the next session is taught on it.
        .task(tasks::Action::SelectTask(Some(mop)))
        .task(tasks::Action::AddStep {
            at: 0,
            instruction: "Put on the apron".into(),
            cue: String::new(),
        })
        .track(tracker::Action::ChangePhase {
            task: mop,
            procedure: Procedure::MostToLeast,
            date: "2025-03-05".into(),
            reason: Some(ImprovementOption::ChangeProcedure),
            note: "Agreed with the team".into(),
        })
        .session("AB", "Mop a floor", "2025-03-06T10:00", &[I, G, I, I, I, V])
        .session("CD", "Stock shelves", "2025-03-06T11:00", &[V, V, G])
        .open_session("CD", "Stock shelves", "2025-03-07T09:00", &[G, I]);
    d.scenario("Anna 16 hours", "30")
        .scenario("Ben 30 hours", "19")
}

/// Device B, from another coach: ids that collide with A's, one person A also has (under
/// another case), a picture with A's picture's name but other bytes, a scenario with one of
/// A's names and other answers.
fn device_b() -> Device {
    let d = Device::new("2025-04-01")
        .add_person("cd")
        .add_template("cd", "sort-post")
        .picture(0, PNG)
        .add_person("EF")
        .add_template("EF", "make-tea")
        .session("cd", "Sort the post", "2025-04-02T09:00", &[V, V, G, I]);
    d.scenario("Anna 16 hours", "45")
}

fn everything(d: &Data) -> Backup {
    Backup::from_json(&Backup::everything(d, "2025-05-01T12:00:00Z").to_json())
        .expect("a backup of a real device reads back")
}

fn person_backup(d: &Data, label: &str) -> Backup {
    let id = d.tasks.people.iter().find(|p| p.label == label).unwrap().id;
    let b = Backup::person(d, id, "2025-05-01T12:00:00Z").unwrap();
    Backup::from_json(&b.to_json()).expect("a one-person backup reads back")
}

/// Everything on `before` is on `after`, unchanged (a tracker may gain phases at the end).
fn assert_kept(before: &Data, after: &Data) {
    for p in &before.tasks.people {
        let q = after
            .tasks
            .people
            .iter()
            .find(|q| q.id == p.id)
            .unwrap_or_else(|| panic!("{} was lost", p.label));
        assert_eq!(q.label, p.label);
        for t in &p.tasks {
            assert!(q.tasks.contains(t), "task {} changed or lost", t.title);
        }
    }
    for t in &before.tracker.trackers {
        let u = after
            .tracker
            .trackers
            .iter()
            .find(|u| u.task == t.task)
            .expect("tracker kept");
        assert_eq!(u.hierarchy, t.hierarchy);
        assert_eq!(u.rules, t.rules);
        assert_eq!(u.aim, t.aim);
        assert!(u.phases.starts_with(&t.phases));
        for s in &t.sessions {
            assert!(u.sessions.contains(s), "session {} changed or lost", s.id);
        }
    }
    if before.tracker.open.is_some() {
        assert_eq!(after.tracker.open, before.tracker.open);
    }
    for s in &before.scenarios {
        assert!(after.scenarios.contains(s), "scenario {} lost", s.name);
    }
    for (id, url) in &before.pictures {
        assert_eq!(after.pictures.get(id), Some(url), "picture {id}");
    }
    assert!(after.tasks.next_id >= before.tasks.next_id);
    assert!(after.tracker.next_id >= before.tracker.next_id);
}

/// Every rule holds, every reference points at something, counters are past every id.
fn assert_sound(d: &Data) {
    assert_eq!(d.problem(), None);
    if !d.tasks.people.is_empty() {
        assert!(d.tasks.next_id > max_id(&d.tasks.people));
    }
    let sessions: Vec<_> = d
        .tracker
        .trackers
        .iter()
        .flat_map(|t| &t.sessions)
        .chain(&d.tracker.open)
        .collect();
    let ids: HashSet<_> = sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), sessions.len(), "session ids unique");
    assert!(sessions.iter().all(|s| s.id.0 < d.tracker.next_id));
    for t in &d.tracker.trackers {
        let dates: Vec<&str> = t.sessions.iter().map(|s| s.date.as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted, "sessions in date order");
    }
    let refs: HashSet<&str> = d
        .tasks
        .people
        .iter()
        .flat_map(|p| &p.tasks)
        .flat_map(|t| &t.versions)
        .flat_map(|v| &v.steps)
        .filter_map(|s| s.picture.as_ref().map(|r| r.as_str()))
        .collect();
    for r in refs {
        assert!(d.pictures.contains_key(r), "picture {r} missing");
    }
}

#[test]
fn the_test_devices_are_what_they_say() {
    let a = device_a().data();
    assert_eq!(a.tasks.people.len(), 2);
    assert_eq!(a.task_count(), 3);
    assert_eq!(a.session_count(), 4);
    assert!(a.tracker.open.is_some());
    let mop = &a.tasks.people[0].tasks[0];
    assert_eq!(mop.versions.len(), 2);
    assert!(mop.versions.iter().all(|v| v.locked));
    assert_eq!(a.tracker.trackers[0].phases.len(), 2);
    assert_eq!(a.pictures.len(), 2);
    assert_sound(&a);
    let b = device_b().data();
    assert_sound(&b);
    // The point of B: its ids mean other things than A's.
    assert_eq!(b.tasks.people[0].id, a.tasks.people[0].id);
    assert_eq!(
        b.tracker.trackers[0].sessions[0].id,
        a.tracker.trackers[0].sessions[0].id
    );
}

#[test]
fn everything_round_trips_and_replaces_an_empty_device_exactly() {
    let a = device_a().data();
    let made = Backup::everything(&a, "2025-05-01T12:00:00Z");
    assert!(made.notes.is_empty(), "{:?}", made.notes);
    let text = made.to_json();
    assert!(text.contains("\"format\": \"work-steps/backup\""));
    assert!(text.contains("\"scope\": \"everything\""));
    let back = Backup::from_json(&text).unwrap();
    assert_eq!(back, made);
    assert_eq!(back.data, a);
    let (fresh, report) = replace(&Data::default(), &back);
    assert_eq!(fresh, a);
    assert!(
        report.lines()[0].starts_with("Replaced everything on this device with the backup made on 1 May 2025: 2 people, 3 tasks, 4 teaching sessions, 2 saved scenarios and 2 pictures."),
        "{:?}",
        report.lines()
    );
    // Merging it onto an empty device gives the same.
    assert_eq!(merge(&Data::default(), &back).0, a);
    // An empty device round-trips too.
    let empty = everything(&Data::default());
    assert_eq!(empty.data, Data::default());
    assert_eq!(replace(&Data::default(), &empty).0, Data::default());
}

#[test]
fn replacing_everything_never_hands_out_an_old_id_again() {
    let a = device_a().data();
    let b = device_b().data();
    let (now, _) = replace(&a, &everything(&b));
    assert_eq!(now.tasks.people, b.tasks.people);
    assert_eq!(now.tracker.trackers, b.tracker.trackers);
    assert_eq!(now.scenarios, b.scenarios);
    assert_eq!(now.pictures, b.pictures);
    assert!(now.tasks.next_id >= a.tasks.next_id.max(b.tasks.next_id));
    assert!(now.tracker.next_id >= a.tracker.next_id.max(b.tracker.next_id));
    assert_sound(&now);
}

#[test]
fn one_person_goes_to_an_empty_device_with_only_their_things() {
    let a = device_a().data();
    let ab = person_backup(&a, "AB");
    assert_eq!(ab.scope, Scope::Person("AB".into()));
    let d = &ab.data;
    assert!(d.scenarios.is_empty());
    assert_eq!(d.tasks.people.len(), 1);
    assert_eq!(d.tasks.people[0], a.tasks.people[0]);
    assert_eq!(d.tracker.trackers.len(), 1, "only the task with sessions");
    assert_eq!(d.tracker.open, None, "the open session is CD's");
    assert_eq!(d.pictures, a.pictures);

    let cd = person_backup(&a, "CD");
    assert!(cd.data.pictures.is_empty(), "CD's steps have no pictures");
    assert!(cd.data.tracker.open.is_some());

    for b in [&ab, &cd] {
        let (by_replace, _) = replace(&Data::default(), b);
        let (by_merge, report) = merge(&Data::default(), b);
        assert_eq!(by_replace, b.data);
        assert_eq!(by_merge, b.data);
        assert_sound(&by_merge);
        assert!(!report.added.is_empty());
    }
}

#[test]
fn one_person_joins_a_device_that_has_other_people() {
    let a = device_a().data();
    let b = device_b().data();
    let ab = person_backup(&a, "AB");
    for (now, report) in [merge(&b, &ab), replace(&b, &ab)] {
        assert_kept(&b, &now);
        assert_sound(&now);
        assert_eq!(now.tasks.people.len(), 3);
        let came = &now.tasks.people[2];
        assert_eq!(came.label, "AB");
        assert_ne!(came.id, a.tasks.people[0].id, "A's id is taken here");
        assert_eq!(came.tasks.len(), 2);
        assert_eq!(now.session_count(), b.session_count() + 3);
        // B's picture "step-s3" is different: A's comes in under a new name.
        let mop = &came.tasks[0];
        let pic = mop.steps()[1].picture.as_ref().unwrap().as_str();
        assert_eq!(pic, "step-s3-imported");
        assert_eq!(now.pictures[pic], JPEG);
        assert_eq!(now.pictures["step-s3"], PNG);
        assert!(
            report
                .renamed
                .iter()
                .any(|l| l.contains("1 picture came in under a new name")),
            "{report:?}"
        );
    }
}

#[test]
fn replacing_one_person_replaces_only_them() {
    let a = device_a().data();
    let old_cd = person_backup(&a, "CD");
    // Since the backup, CD got another task and another session here.
    let later = device_a()
        .add_template("CD", "fold-towels")
        .track(tracker::Action::Finish)
        .session("CD", "Stock shelves", "2025-03-08T09:00", &[I, I, I]);
    let now = later.data();
    let (after, report) = replace(&now, &old_cd);
    assert_sound(&after);
    // AB is untouched.
    assert_eq!(after.tasks.people[0], now.tasks.people[0]);
    assert_eq!(after.tracker.trackers[0], now.tracker.trackers[0]);
    // CD is as in the backup, in the same place in the list.
    let cd = &after.tasks.people[1];
    assert_eq!(cd.label, "CD");
    assert_eq!(cd.tasks.len(), 1);
    assert_eq!(cd.tasks[0].title, "Stock shelves");
    let tracker = after
        .tracker
        .trackers
        .iter()
        .find(|t| t.task == cd.tasks[0].id)
        .unwrap();
    assert_eq!(tracker.sessions.len(), 1);
    assert!(after.tracker.open.is_some(), "the backup's open session");
    assert!(
        report.added[0].starts_with("Replaced \u{201c}CD\u{201d} with the copy in the backup"),
        "{report:?}"
    );
    // A label in another case is the same person.
    let mut lower = old_cd.clone();
    lower.scope = Scope::Person("cd".into());
    let (again, _) = replace(&now, &lower);
    assert_eq!(again.tasks.people.len(), 2);
}

#[test]
fn merging_a_backup_of_the_same_device_changes_nothing() {
    for d in [device_a().data(), device_b().data(), Data::default()] {
        let (after, report) = merge(&d, &everything(&d));
        assert_eq!(after, d);
        assert!(report.added.is_empty(), "{report:?}");
        assert!(report.renamed.is_empty(), "{report:?}");
    }
    // And a one-person backup of someone already here.
    let a = device_a().data();
    assert_eq!(merge(&a, &person_backup(&a, "AB")).0, a);
}

#[test]
fn merging_another_device_keeps_everything_and_remaps_its_ids() {
    let a = device_a().data();
    let b = device_b().data();
    let (after, report) = merge(&b, &everything(&a));
    assert_kept(&b, &after);
    assert_sound(&after);
    // B's "cd" is A's "CD": one person, with both their tasks.
    let labels: Vec<&str> = after
        .tasks
        .people
        .iter()
        .map(|p| p.label.as_str())
        .collect();
    assert_eq!(labels, ["cd", "EF", "AB"]);
    assert_eq!(after.tasks.people[0].tasks.len(), 2);
    assert_eq!(after.session_count(), a.session_count() + b.session_count());
    // B had no open session, so A's comes in, pointing at A's task as it now is here.
    let open = after.tracker.open.as_ref().unwrap();
    let stock = after.tasks.people[0].tasks[1].id;
    assert_eq!(open.task, stock);
    // Scenario with the same name and other answers comes in renamed.
    let names: Vec<&str> = after.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Anna 16 hours", "Anna 16 hours (imported)", "Ben 30 hours"]
    );
    let lines = report.lines().join("\n");
    assert!(
        lines.contains("Added \u{201c}AB\u{201d} with 2 tasks."),
        "{lines}"
    );
    assert!(
        lines.contains("Added 1 task for \u{201c}cd\u{201d}, who was already on this device."),
        "{lines}"
    );
    assert!(lines.contains("Added 4 teaching sessions."), "{lines}");
    // Merging the same again adds nothing more.
    let (twice, report) = merge(&after, &everything(&a));
    assert_eq!(twice, after);
    assert!(report.added.is_empty(), "{report:?}");
}

#[test]
fn an_open_session_never_pushes_out_the_one_open_here() {
    let a = device_a().data();
    let mut here = device_b();
    here = here.open_session(
        "EF",
        "Make a cup of tea for a customer",
        "2025-04-03T09:00",
        &[V],
    );
    let here = here.data();
    let (after, report) = merge(&here, &everything(&a));
    assert_eq!(after.tracker.open, here.tracker.open);
    let note = report
        .notes
        .iter()
        .find(|n| n.contains("unfinished session"))
        .expect("a note about the open session");
    assert_eq!(
        note,
        "The backup has the unfinished session on 7 March 2025 for \u{201c}Stock shelves\u{201d}, with 2 of 3 steps scored. It did not come in, because a session is open on this device. Finish or discard that session, then import the backup again to bring it in."
    );
    assert_sound(&after);
    // Finish the one here, import again: now it comes in, and nothing else is doubled.
    let finished = Device {
        tracker: TrackerState::from_file(after.tracker.clone()),
        tasks: TasksState::from_file(after.tasks.clone(), "2025-04-03"),
        scenarios: after.scenarios.clone(),
        pictures: after.pictures.clone(),
    }
    .track(tracker::Action::Finish)
    .data();
    let (again, report) = merge(&finished, &everything(&a));
    assert_eq!(again.session_count(), finished.session_count());
    assert!(again.tracker.open.is_some());
    assert!(
        report
            .added
            .iter()
            .any(|l| l.starts_with("Added the unfinished session on 7 March 2025")),
        "{report:?}"
    );
}

#[test]
fn sessions_of_an_identical_task_are_merged_in_date_order() {
    // B took a copy of A, then both recorded more on "Mop a floor".
    let a0 = device_a().track(tracker::Action::Finish);
    let on_b = a0
        .clone()
        .session("AB", "Mop a floor", "2025-03-10T10:00", &[I, I, I, I, I, I]);
    let on_a = a0.session("AB", "Mop a floor", "2025-03-09T10:00", &[I, G, I, I, I, I]);
    let (after, report) = merge(&on_b.data(), &everything(&on_a.data()));
    assert_kept(&on_b.data(), &after);
    assert_sound(&after);
    assert_eq!(after.task_count(), 3, "no task doubled");
    let dates: Vec<&str> = after.tracker.trackers[0]
        .sessions
        .iter()
        .map(|s| s.date.as_str())
        .collect();
    assert_eq!(
        dates,
        [
            "2025-03-03T10:00",
            "2025-03-04T10:00",
            "2025-03-06T10:00",
            "2025-03-09T10:00",
            "2025-03-10T10:00"
        ]
    );
    assert!(report
        .added
        .contains(&"Added 1 teaching session.".to_string()));
}

fn refused(text: &str) -> BackupError {
    Backup::from_json(text).expect_err("refused")
}

#[test]
fn bad_files_are_refused_whole_with_the_reason() {
    let text = Backup::everything(&device_a().data(), "2025-05-01").to_json();
    assert_eq!(refused(&text[..text.len() / 2]), BackupError::Truncated);
    assert_eq!(refused("hello"), BackupError::NotJson);
    assert_eq!(refused("[1, 2]"), BackupError::Foreign);
    assert_eq!(
        refused(r#"{"name": "something else"}"#),
        BackupError::Foreign
    );
    let tasks_file = device_a().tasks.to_file().to_json();
    let err = refused(&tasks_file);
    assert_eq!(err, BackupError::OtherTool("task builder"));
    assert_eq!(
        err.to_string(),
        "This file was saved from the task builder. It is not a backup. Open it in the task builder instead."
    );
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_eq!(refused(&newer), BackupError::NewerVersion(2));
    assert_eq!(
        refused(&newer).to_string(),
        "This backup was made by a newer version of Work Steps. Update the app and try again."
    );
    assert_eq!(
        refused(&" ".repeat(MAX_FILE_BYTES + 1)),
        BackupError::TooLarge
    );
    assert_eq!(
        refused(r#"{"format": "work-steps/backup", "version": 1}"#),
        BackupError::Missing("note of whose data it holds")
    );
}

/// The backup of device A as JSON to edit, and a way back to text.
fn a_json() -> serde_json::Value {
    serde_json::from_str(&Backup::everything(&device_a().data(), "2025-05-01").to_json()).unwrap()
}

fn invalid(v: &serde_json::Value) -> String {
    refused(&v.to_string()).to_string()
}

#[test]
fn broken_links_are_named() {
    let mut v = a_json();
    // A session pointing at a task that is not in the file.
    v["tracker"]["trackers"][0]["sessions"][0]["task"] = 999.into();
    assert_eq!(
        invalid(&v),
        "Tracked task 1, session 1 does not belong where it is. Nothing was changed."
    );
    let mut v = a_json();
    v["tracker"]["trackers"][0]["task"] = 999.into();
    for s in v["tracker"]["trackers"][0]["sessions"]
        .as_array_mut()
        .unwrap()
    {
        s["task"] = 999.into();
    }
    assert_eq!(
        invalid(&v),
        "Tracked task 1 is not one of the tasks in this backup. Nothing was changed."
    );
    let mut v = a_json();
    v["tracker"]["trackers"][0]["sessions"][0]["plan"]["steps"][0] = 999.into();
    v["tracker"]["trackers"][0]["sessions"][0]["records"][0]["step"] = 999.into();
    assert_eq!(
        invalid(&v),
        "The session on 3 March 2025 for the task \u{201c}Mop a floor\u{201d} refers to a step that is not in the task. Nothing was changed."
    );
    let mut v = a_json();
    v["tracker"]["trackers"][0]["sessions"][0]["version"] = 7.into();
    assert_eq!(
        invalid(&v),
        "The session on 3 March 2025 for the task \u{201c}Mop a floor\u{201d} was taught on version 7, which is not in the task. Nothing was changed."
    );
    let mut v = a_json();
    v["tracker"]["open"]["task"] = 999.into();
    assert_eq!(
        invalid(&v),
        "The unfinished session on 7 March 2025 is for a task that is not in this backup. Nothing was changed."
    );
}

#[test]
fn bad_pictures_scenarios_and_people_are_named() {
    let mut v = a_json();
    v["pictures"]["step-s3"] = "javascript:alert(1)".into();
    assert_eq!(
        invalid(&v),
        "The picture \u{201c}step-s3\u{201d} is not a picture Work Steps can show. Nothing was changed."
    );
    let mut v = a_json();
    v["pictures"]["step-s3"] =
        format!("data:image/jpeg;base64,{}", "A".repeat(MAX_PICTURE_BYTES)).into();
    assert!(invalid(&v).contains("is too big"));
    let mut v = a_json();
    v["scenarios"][1]["name"] = "Anna 16 hours".into();
    assert_eq!(
        invalid(&v),
        "Saved scenario 2 (\u{201c}Anna 16 hours\u{201d}) has the same name as another saved scenario. Nothing was changed."
    );
    let mut v = a_json();
    v["tasks"]["people"][1]["label"] = "ab".into();
    assert_eq!(
        invalid(&v),
        "Two people in the backup are called \u{201c}ab\u{201d}. Nothing was changed."
    );
    let mut v = a_json();
    v["tasks"]["people"][0]["tasks"][0]["title"] = "".into();
    assert!(invalid(&v).starts_with("Person 1 (\u{201c}AB\u{201d}), task 1: Give the task a name"));
    let mut v = a_json();
    v["scope"] = serde_json::json!({"person": "AB"});
    assert_eq!(
        invalid(&v),
        "The backup says it is for \u{201c}AB\u{201d} but holds 2 people. Nothing was changed."
    );
    let mut v = a_json();
    v["tasks"]["people"][0]["tasks"][0]["versions"][0]["steps"][0]["instruction"] = 7.into();
    assert!(matches!(
        refused(&v.to_string()),
        BackupError::Unreadable(_)
    ));
}

#[test]
fn a_step_whose_picture_is_missing_is_reported_not_refused() {
    let mut v = a_json();
    v["pictures"].as_object_mut().unwrap().remove("step-s3");
    let b = Backup::from_json(&v.to_string()).unwrap();
    assert_eq!(
        b.notes,
        ["A picture for the task \u{201c}Mop a floor\u{201d} (AB) is not in the backup, so that step shows no picture."]
    );
    // On a device where "step-s3" is another picture, the step does not borrow it.
    let b_dev = device_b().data();
    let (after, report) = merge(&b_dev, &b);
    assert_kept(&b_dev, &after);
    let ab = after.tasks.people.iter().find(|p| p.label == "AB").unwrap();
    let r = ab.tasks[0].steps()[1].picture.as_ref().unwrap().as_str();
    assert_ne!(r, "step-s3");
    assert!(!after.pictures.contains_key(r));
    assert!(report.notes.contains(&b.notes[0]));
}

#[test]
fn an_export_leaves_out_records_of_deleted_tasks_and_says_so() {
    let d = device_a();
    let stock = d.task_named("CD", "Stock shelves").id;
    let d = d.task(tasks::Action::DeleteTask(stock)).data();
    assert!(
        d.problem().is_some(),
        "the tracker still has the deleted task's sessions"
    );
    let b = Backup::everything(&d, "2025-05-01");
    assert_eq!(
        b.notes,
        [
            "The teaching records of 1 task that was deleted (1 session) were left out of the backup.",
            "The unfinished session on 7 March 2025 is for a task that was deleted. It was left out of the backup."
        ]
    );
    let back = Backup::from_json(&b.to_json()).unwrap();
    assert_eq!(back.data.tasks, d.tasks);
    assert_eq!(back.data.tracker.trackers.len(), 1);
    assert_eq!(back.data.tracker.open, None);
}

#[test]
fn files_from_the_other_tools_are_named() {
    let a = device_a();
    assert_eq!(
        refused(&a.tracker.to_file().to_json()),
        BackupError::OtherTool("tracker")
    );
    let _ = (
        TaskId(1),
        StepId(1),
        TasksFile::default(),
        TrackerFile::default(),
    );
}
