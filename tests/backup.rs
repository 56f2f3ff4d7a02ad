//! Backup and move: a device's data built through the real reducers, exported, read back,
//! and taken in by replace or merge; the bad files the importer must refuse whole; and
//! random files and random devices for the importer and the merge.

mod common;

use common::stock_shelves;
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};
use supported_work::backup::*;
use supported_work::better_off::form::{Field, Form};
use supported_work::better_off::state::Saved;
use supported_work::store::envelope::EnvelopeError;
use supported_work::store::Format;
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
    let [add, paste] = stock_shelves(cd);
    let d = d.task(add).task(paste).add_template("AB", "pack-order");
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
        .track(tracker::Action::SetAim {
            task: mop,
            aim: Some(tracker::AimLine {
                measure: tracker::Measure::PercentIndependent,
                from_session: 1,
                baseline: 20.0,
                target: 90.0,
                over_sessions: 10,
            }),
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

/// Valid by checks written apart from the importer's: the task builder's and tracker's own
/// file readers take the parts back unchanged, every session's task, version and steps
/// exist, labels and scenario names are unique, pictures are image data URLs, and the
/// screens' calculations run on every tracker without a panic.
fn assert_valid(d: &Data) {
    // (Those readers start an empty file's counter at 1; only the contents are compared.)
    let tasks_back = TasksFile::from_json(&d.tasks.to_json()).expect("the tasks reader takes it");
    assert_eq!(tasks_back.people, d.tasks.people);
    let tracker_back =
        TrackerFile::from_json(&d.tracker.to_json()).expect("the tracker reader takes it");
    assert_eq!(tracker_back.trackers, d.tracker.trackers);
    assert_eq!(tracker_back.open, d.tracker.open);
    let labels: HashSet<String> = d
        .tasks
        .people
        .iter()
        .map(|p| p.label.to_lowercase())
        .collect();
    assert_eq!(labels.len(), d.tasks.people.len(), "labels unique");
    let names: HashSet<&str> = d.scenarios.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.len(), d.scenarios.len(), "scenario names unique");
    assert!(d.scenarios.len() <= 50);
    for (id, url) in &d.pictures {
        let body = ["jpeg", "png", "webp", "gif"]
            .iter()
            .find_map(|k| url.strip_prefix(&format!("data:image/{k};base64,")))
            .unwrap_or_else(|| panic!("picture {id} is not an image data URL"));
        assert!(!body.is_empty() && body.len() % 4 == 0, "picture {id}");
    }
    let tasks: Vec<&TaskAnalysis> = d.tasks.people.iter().flat_map(|p| &p.tasks).collect();
    let state = TrackerState::from_file(d.tracker.clone());
    for t in &d.tracker.trackers {
        let task = tasks
            .iter()
            .find(|x| x.id == t.task)
            .expect("every tracker's task is in the data");
        for s in t
            .sessions
            .iter()
            .chain(d.tracker.open.iter().filter(|s| s.task == t.task))
        {
            let v = task
                .version(s.version)
                .expect("the session's version exists");
            for step in &s.plan.steps {
                assert!(
                    v.steps.iter().any(|x| x.id == *step),
                    "session step in version"
                );
            }
            for r in &s.records {
                assert!(s.plan.steps.contains(&r.step));
            }
        }
        let steps: Vec<StepId> = task.steps().iter().map(|s| s.id).collect();
        let tr = state.tracker(t.task).unwrap();
        let _ = (tr.chart(), tr.matrix(&steps), tr.no_progress(), tr.scores());
        for s in &steps {
            let _ = (tr.mastery(*s), tr.fading(*s));
        }
        let _ = tracker::report::summary(&task.title, tr, &steps);
    }
    if let Some(s) = &d.tracker.open {
        let task = tasks
            .iter()
            .find(|x| x.id == s.task)
            .expect("the open session's task is in the data");
        let v = task
            .version(s.version)
            .expect("the open session's version exists");
        for step in &s.plan.steps {
            assert!(v.steps.iter().any(|x| x.id == *step));
        }
    }
    for t in &tasks {
        let _ = tasks::JobAid::new(t).checklist();
    }
}

/// Every rule holds, every reference points at something, counters are past every id.
fn assert_sound(d: &Data) {
    assert_eq!(d.problem(), None);
    assert_valid(d);
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
    assert_eq!(
        report.added,
        [
            "Replaced \u{201c}CD\u{201d} with the copy in the backup, which has 1 task. What was here for them before (2 tasks, 3 teaching sessions) is gone.",
            "Added 1 teaching session.",
            "Added the unfinished session on 7 March 2025 for \u{201c}Stock shelves\u{201d}; you can carry on with it.",
        ]
    );
    // A label in another case is the same person.
    let mut lower = old_cd.clone();
    lower.scope = Scope::Person("cd".into());
    let (again, _) = replace(&now, &lower);
    assert_eq!(again.tasks.people.len(), 2);
}

#[test]
fn replacing_one_person_takes_away_the_pictures_only_they_used() {
    let a = device_a();
    let ab = person_backup(&a.data(), "AB");
    // Since the backup, a picture on a step of AB's other task.
    let pack = a.task_named("AB", "Pack an order").id;
    let now = a
        .task(tasks::Action::SelectTask(Some(pack)))
        .picture(0, PNG)
        .data();
    let added: Vec<&String> = now
        .pictures
        .keys()
        .filter(|k| !ab.data.pictures.contains_key(*k))
        .collect();
    assert_eq!(added.len(), 1);
    let (after, _) = replace(&now, &ab);
    assert_eq!(after.pictures, ab.data.pictures);
    assert_sound(&after);
    assert_eq!(after.tasks.people[0].label, "AB", "still first in the list");
    assert_eq!(after.tasks.people[1], now.tasks.people[1], "CD untouched");
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

#[test]
fn phases_added_elsewhere_come_in_and_different_ones_come_in_as_a_copy() {
    let base = device_a().track(tracker::Action::Finish);
    let mop = base.task_named("AB", "Mop a floor").id;
    let phase = |procedure| tracker::Action::ChangePhase {
        task: mop,
        procedure,
        date: "2025-03-08".into(),
        reason: None,
        note: String::new(),
    };
    // Elsewhere: a third phase, a session in it, and another prompt level.
    let elsewhere = base
        .clone()
        .track(phase(Procedure::ConstantTimeDelay))
        .track(tracker::Action::AddLevel {
            task: mop,
            at: 1,
            name: "Natural pause".into(),
            code: 'N',
            description: String::new(),
        })
        .session("AB", "Mop a floor", "2025-03-09T10:00", &[I, I, I, I, I, I])
        .data();
    let b = everything(&elsewhere);

    let here = base.data();
    let (m, report) = merge(&here, &b);
    assert_kept(&here, &m);
    assert_sound(&m);
    assert_all_in(&b.data, &m);
    assert_eq!(
        m.task_count(),
        here.task_count(),
        "one task, its sessions merged"
    );
    let t = &m.tracker.trackers[0];
    assert_eq!(t.phases.len(), 3);
    assert_eq!(t.sessions.len(), 4);
    assert_eq!(
        t.hierarchy, here.tracker.trackers[0].hierarchy,
        "the levels here are kept"
    );
    assert!(report.added.contains(
        &"The teaching phases after phase 2 for \u{201c}Mop a floor\u{201d} came in; the next session here is in phase 3.".to_string()
    ), "{report:?}");
    assert!(report.notes.contains(
        &"The prompt levels, rules or aim line for \u{201c}Mop a floor\u{201d} are different in the backup. The ones on this device are kept; every session keeps the levels it was recorded with.".to_string()
    ), "{report:?}");

    // Here, a different third phase: the backup's task comes in as a second copy.
    let here = base.track(phase(Procedure::ProgressiveTimeDelay)).data();
    let (m, report) = merge(&here, &b);
    assert_kept(&here, &m);
    assert_sound(&m);
    assert_all_in(&b.data, &m);
    let titles: Vec<&str> = m.tasks.people[0]
        .tasks
        .iter()
        .map(|t| t.title.as_str())
        .collect();
    assert_eq!(titles, ["Mop a floor", "Pack an order", "Mop a floor"]);
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("came in as a second task")),
        "{report:?}"
    );
    assert_eq!(merge(&m, &b).0, m, "a second import adds nothing");
}

#[test]
fn two_alike_tasks_in_the_backup_stay_two() {
    // Tasks with no steps yet and one name are alike in everything but the id.
    let empty = |d: Device| {
        let ab = d.person("AB");
        d.task(tasks::Action::AddTask {
            person: ab,
            title: "No steps yet".into(),
            workplace: String::new(),
        })
    };
    let here = empty(Device::new("2025-03-01").add_person("AB"));
    let there = empty(here.clone());
    let (m, report) = merge(&here.data(), &everything(&there.data()));
    assert_eq!(m.task_count(), 2, "{report:?}");
    assert_eq!(
        report.skipped,
        ["1 task for \u{201c}AB\u{201d} was already on this device."]
    );
    assert_eq!(merge(&m, &everything(&there.data())).0, m);
}

#[test]
fn full_lists_are_said_not_overfilled() {
    let mut here = device_b();
    for i in 0..(supported_work::better_off::state::MAX_SAVED - 2) {
        here = here.scenario(&format!("S{i}"), "40");
    }
    let here = here.data();
    let (m, report) = merge(&here, &everything(&device_a().data()));
    assert_eq!(
        m.scenarios.len(),
        supported_work::better_off::state::MAX_SAVED
    );
    assert!(
        report.notes.contains(&"1 saved scenario did not come in: Work Steps keeps at most 50. Delete some, then import again.".to_string()),
        "{report:?}"
    );
    assert_kept(&here, &m);
    assert_sound(&m);
}

fn refused(text: &str) -> BackupError {
    Backup::from_json(text).expect_err("refused")
}

#[test]
fn bad_files_are_refused_whole_with_the_reason() {
    let text = Backup::everything(&device_a().data(), "2025-05-01").to_json();
    assert_eq!(
        refused(&text[..text.len() / 2]),
        BackupError::Envelope(EnvelopeError::Truncated)
    );
    assert_eq!(
        refused("hello"),
        BackupError::Envelope(EnvelopeError::NotJson)
    );
    assert_eq!(
        refused("[1, 2]"),
        BackupError::Envelope(EnvelopeError::Foreign)
    );
    assert_eq!(
        refused(r#"{"name": "something else"}"#),
        BackupError::Envelope(EnvelopeError::Foreign)
    );
    let tasks_file = device_a().tasks.to_file().to_json();
    let err = refused(&tasks_file);
    assert_eq!(
        err,
        BackupError::Contents(BackupProblem::OtherTool("task builder"))
    );
    assert_eq!(
        err.to_string(),
        "This file was saved from the task builder. It is not a backup. Open it in the task builder instead."
    );
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    assert_eq!(
        refused(&newer),
        BackupError::Envelope(EnvelopeError::NewerVersion(2))
    );
    assert_eq!(
        refused(&newer).to_string(),
        "This backup was made by a newer version of Work Steps. Update the app and try again."
    );
    assert_eq!(
        refused(&" ".repeat(MAX_FILE_BYTES + 1)),
        BackupError::Envelope(EnvelopeError::TooLarge)
    );
    assert_eq!(
        refused(r#"{"format": "work-steps/backup", "version": 1}"#),
        BackupError::Contents(BackupProblem::Missing("note of whose data it holds"))
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
        "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 1 is for a different task from the records it is in. The file may have been changed by hand."
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
        "The teaching records numbered 1 in the file are for a task that is not in the file. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tracker"]["trackers"][0]["sessions"][0]["plan"]["steps"][0] = 999.into();
    v["tracker"]["trackers"][0]["sessions"][0]["records"][0]["step"] = 999.into();
    assert_eq!(
        invalid(&v),
        "The session on 3 March 2025 for the task \u{201c}Mop a floor\u{201d} refers to a step that is not in the task. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tracker"]["trackers"][0]["sessions"][0]["version"] = 7.into();
    assert_eq!(
        invalid(&v),
        "The session on 3 March 2025 for the task \u{201c}Mop a floor\u{201d} was taught on version 7, which is not in the task. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tracker"]["open"]["task"] = 999.into();
    assert_eq!(
        invalid(&v),
        "The unfinished session on 7 March 2025 is for a task that is not in this backup. The file may have been changed by hand."
    );
}

#[test]
fn bad_pictures_scenarios_and_people_are_named() {
    let mut v = a_json();
    v["pictures"]["step-s3"] = "javascript:alert(1)".into();
    assert_eq!(
        invalid(&v),
        "The picture \u{201c}step-s3\u{201d} is not a picture Work Steps can show. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["pictures"]["step-s3"] =
        format!("data:image/jpeg;base64,{}", "A".repeat(MAX_PICTURE_BYTES)).into();
    assert!(invalid(&v).contains("is too big"));
    let mut v = a_json();
    v["scenarios"][1]["name"] = "Anna 16 hours".into();
    assert_eq!(
        invalid(&v),
        "Saved scenario 2 (\u{201c}Anna 16 hours\u{201d}) has the same name as another saved scenario. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tasks"]["people"][1]["label"] = "ab".into();
    assert_eq!(
        invalid(&v),
        "Two people in the backup are called \u{201c}ab\u{201d}. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tasks"]["people"][0]["tasks"][0]["title"] = "".into();
    assert!(invalid(&v).starts_with("Person 1 (\u{201c}AB\u{201d}), task 1: Give the task a name"));
    let mut v = a_json();
    v["scope"] = serde_json::json!({"person": "AB"});
    assert_eq!(
        invalid(&v),
        "The backup says it is for \u{201c}AB\u{201d} but holds 2 people. The file may have been changed by hand."
    );
    let mut v = a_json();
    v["tasks"]["people"][0]["tasks"][0]["versions"][0]["steps"][0]["instruction"] = 7.into();
    assert!(matches!(
        refused(&v.to_string()),
        BackupError::Contents(BackupProblem::Unreadable(_))
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
        BackupError::Contents(BackupProblem::OtherTool("tracker"))
    );
    let _ = (
        TaskId(1),
        StepId(1),
        TasksFile::default(),
        TrackerFile::default(),
    );
}

// ---------------------------------------------------------------------------------------
// Fuzzing the importer.

/// A file the importer took must hold only valid data, read back the same, and be safe to
/// take in on an empty device and on a busy one.
fn check_import(text: &str) -> Result<(), TestCaseError> {
    let Ok(b) = Backup::from_json(text) else {
        return Ok(());
    };
    assert_valid(&b.data);
    let again = Backup::from_json(&b.to_json());
    prop_assert_eq!(again.map(|a| a.data), Ok(b.data.clone()));
    for d in [Data::default(), device_a().data()] {
        let (m, _) = merge(&d, &b);
        assert_kept(&d, &m);
        assert_valid(&m);
        let (r, _) = replace(&d, &b);
        assert_valid(&r);
    }
    Ok(())
}

fn a_text() -> String {
    Backup::everything(&device_a().data(), "2025-05-01T12:00:00Z").to_json()
}

/// Keys the backup uses, so random objects often look like parts of one.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec![
            "format",
            "version",
            "scope",
            "person",
            "exported_at",
            "scenarios",
            "name",
            "form",
            "tasks",
            "next_id",
            "people",
            "id",
            "label",
            "title",
            "versions",
            "number",
            "created",
            "steps",
            "instruction",
            "picture",
            "tracker",
            "trackers",
            "task",
            "hierarchy",
            "levels",
            "phases",
            "sessions",
            "open",
            "plan",
            "records",
            "step",
            "response",
            "pictures",
        ])
        .prop_map(String::from),
        "[a-z]{1,6}",
    ]
}

fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..40).prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "[a-zA-Z0-9 ]{0,8}".prop_map(Value::from),
        Just(Value::from("everything")),
        Just(Value::from(JPEG)),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
            proptest::collection::btree_map(key(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, char),
    /// Change the n-th digit in the file.
    Digit(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<usize>().prop_map(Mutation::Truncate),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        1 => (any::<usize>(), 1usize..20).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (
            any::<usize>(),
            prop_oneof![Just('"'), Just('{'), Just('}'), Just(','), Just('9'), Just('-'), any::<char>()]
        )
            .prop_map(|(i, c)| Mutation::Insert(i, c)),
        3 => (any::<usize>(), 0u8..10).prop_map(|(i, d)| Mutation::Digit(i, d)),
    ]
}

fn mutate(text: &str, ms: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in ms {
        if bytes.is_empty() {
            break;
        }
        let at = |i: usize| i % bytes.len();
        match *m {
            Mutation::Truncate(i) => bytes.truncate(at(i)),
            Mutation::Flip(i, b) => {
                let i = at(i);
                bytes[i] ^= b | 1;
            }
            Mutation::Delete(i, n) => {
                let i = at(i);
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Insert(i, c) => {
                let i = at(i);
                let mut buf = [0; 4];
                bytes.splice(i..i, c.encode_utf8(&mut buf).bytes());
            }
            Mutation::Digit(i, d) => {
                let digits: Vec<usize> = (0..bytes.len())
                    .filter(|&k| bytes[k].is_ascii_digit())
                    .collect();
                if !digits.is_empty() {
                    bytes[digits[i % digits.len()]] = b'0' + d;
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_text_is_refused_or_valid(text in ".{0,300}") {
        check_import(&text)?;
    }

    #[test]
    fn any_bytes_are_refused_or_valid(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        check_import(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn any_json_is_refused_or_valid(value in json()) {
        check_import(&value.to_string())?;
    }

    #[test]
    fn any_json_in_a_backup_envelope_is_refused_or_valid(
        parts in proptest::collection::vec(json(), 6),
        scope in prop_oneof![Just(serde_json::json!("everything")), json()],
    ) {
        let v = serde_json::json!({
            "format": FORMAT,
            "version": 1,
            "exported_at": parts[0],
            "scope": scope,
            "scenarios": parts[1],
            "tasks": {"next_id": parts[2], "people": parts[3]},
            "tracker": {"trackers": parts[4], "open": null},
            "pictures": parts[5],
        });
        check_import(&v.to_string())?;
    }

    #[test]
    fn a_damaged_backup_is_refused_or_valid(ms in proptest::collection::vec(mutation(), 1..4)) {
        thread_local!(static TEXT: String = a_text());
        let text = TEXT.with(|t| mutate(t, &ms));
        check_import(&text)?;
    }

    #[test]
    fn a_cut_backup_is_refused_as_cut(at in 0usize..100_000) {
        thread_local!(static TEXT: String = a_text());
        let (text, cut) = TEXT.with(|t| {
            let mut at = at % t.len();
            while !t.is_char_boundary(at) {
                at -= 1;
            }
            (t[..at].to_string(), at)
        });
        let err = Backup::from_json(&text).unwrap_err();
        // Cut before the first brace, it is nothing; after, it stops part-way.
        if text.trim().is_empty() {
            prop_assert_eq!(err, BackupError::Envelope(EnvelopeError::Truncated));
        } else {
            prop_assert_eq!(err, BackupError::Envelope(EnvelopeError::Truncated), "cut at {}", cut);
        }
    }
}

#[test]
fn changing_numbers_in_a_backup_is_caught_or_harmless() {
    // Every digit, each to every other digit: the file is refused, or what it holds is valid.
    let text = a_text();
    let digits: Vec<usize> = (0..text.len())
        .filter(|&k| text.as_bytes()[k].is_ascii_digit())
        .collect();
    let (mut ok, mut refused) = (0, 0);
    for (n, &k) in digits.iter().enumerate() {
        if n % 17 != 0 {
            continue; // a sample, to keep the test quick
        }
        for d in b'0'..=b'9' {
            if text.as_bytes()[k] == d {
                continue;
            }
            let mut bytes = text.clone().into_bytes();
            bytes[k] = d;
            let t = String::from_utf8(bytes).unwrap();
            match Backup::from_json(&t) {
                Ok(b) => {
                    ok += 1;
                    assert_valid(&b.data);
                }
                Err(_) => refused += 1,
            }
        }
    }
    assert!(ok > 0 && refused > 0, "ok {ok}, refused {refused}");
}

// ---------------------------------------------------------------------------------------
// Random devices, built through the reducers, for the merge.

const LABELS: [&str; 5] = ["AB", "ab", "CD", "EF", "GH"];
const TEMPLATES: [&str; 4] = ["mop-floor", "pack-order", "make-tea", "sort-post"];
const URLS: [&str; 3] = [JPEG, PNG, "data:image/webp;base64,UklGRg=="];

#[derive(Debug, Clone)]
enum Op {
    AddPerson(usize),
    Template(usize, usize),
    Typed(usize, usize),
    Empty(usize),
    EditStep(usize),
    DeleteTask(usize),
    DeletePerson(usize),
    Picture(usize, usize, usize),
    Session(usize, Vec<u8>),
    Open(usize, Vec<u8>),
    Finish,
    Discard,
    Phase(usize),
    Level(usize),
    Scenario(usize, usize),
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0usize..8;
    let rs = proptest::collection::vec(0u8..4, 1..5);
    prop_oneof![
        2 => n.clone().prop_map(Op::AddPerson),
        2 => (n.clone(), n.clone()).prop_map(|(p, t)| Op::Template(p, t)),
        1 => (n.clone(), n.clone()).prop_map(|(p, t)| Op::Typed(p, t)),
        1 => n.clone().prop_map(Op::Empty),
        1 => n.clone().prop_map(Op::EditStep),
        1 => n.clone().prop_map(Op::DeleteTask),
        1 => n.clone().prop_map(Op::DeletePerson),
        1 => (n.clone(), n.clone(), n.clone()).prop_map(|(t, s, u)| Op::Picture(t, s, u)),
        6 => (n.clone(), rs.clone()).prop_map(|(t, r)| Op::Session(t, r)),
        2 => (n.clone(), rs).prop_map(|(t, r)| Op::Open(t, r)),
        2 => Just(Op::Finish),
        1 => Just(Op::Discard),
        2 => n.clone().prop_map(Op::Phase),
        1 => n.clone().prop_map(Op::Level),
        1 => (n.clone(), n).prop_map(|(s, a)| Op::Scenario(s, a)),
    ]
}

/// The device after these actions, as the app would do them. Sessions are dated in the order
/// they are started, as they would be.
fn play(ops: &[Op]) -> Device {
    // Everyone starts with someone and a task, so most cases have something to merge.
    let mut d = Device::new("2025-03-01")
        .add_person("AB")
        .add_template("AB", "pack-order");
    let mut clock = 0usize;
    let mut date = || {
        clock += 1;
        format!("2025-{:02}-{:02}T10:00", 1 + clock / 28, 1 + clock % 28)
    };
    let all_tasks = |d: &Device| -> Vec<TaskAnalysis> {
        d.tasks
            .people
            .iter()
            .flat_map(|p| p.tasks.clone())
            .collect()
    };
    let responses =
        |rs: &[u8]| -> Vec<Response> { rs.iter().map(|r| [I, G, V, E][*r as usize % 4]).collect() };
    for op in ops {
        let people: Vec<PersonId> = d.tasks.people.iter().map(|p| p.id).collect();
        let tasks = all_tasks(&d);
        let task = |i: usize| tasks.get(i % tasks.len().max(1)).cloned();
        let person = |i: usize| people.get(i % people.len().max(1)).copied();
        d = match op {
            Op::AddPerson(l) => d.task(tasks::Action::AddPerson(LABELS[l % LABELS.len()].into())),
            Op::Template(p, t) => match person(*p) {
                Some(person) => d.task(tasks::Action::AddTaskFromTemplate {
                    person,
                    template_id: TEMPLATES[t % TEMPLATES.len()].into(),
                }),
                None => d,
            },
            Op::Typed(p, t) => match person(*p) {
                Some(person) => d
                    .task(tasks::Action::AddTask {
                        person,
                        title: format!("Task {}", t % 3),
                        workplace: String::new(),
                    })
                    .task(tasks::Action::PasteSteps {
                        text: "One\nTwo\nThree".into(),
                    }),
                None => d,
            },
            Op::Empty(p) => match person(*p) {
                Some(person) => d.task(tasks::Action::AddTask {
                    person,
                    title: "No steps yet".into(),
                    workplace: String::new(),
                }),
                None => d,
            },
            Op::EditStep(t) => match task(*t) {
                Some(t) if !t.steps().is_empty() => {
                    let step = t.steps()[0].id;
                    d.task(tasks::Action::SelectTask(Some(t.id)))
                        .task(tasks::Action::EditStep {
                            step,
                            instruction: "Changed".into(),
                            cue: String::new(),
                            key_step: true,
                        })
                }
                _ => d,
            },
            Op::DeleteTask(t) => match task(*t) {
                Some(t) => d.task(tasks::Action::DeleteTask(t.id)),
                None => d,
            },
            Op::DeletePerson(p) => match person(*p) {
                Some(p) => d.task(tasks::Action::DeletePerson(p)),
                None => d,
            },
            Op::Picture(t, s, u) => match task(*t) {
                Some(t) if !t.steps().is_empty() => {
                    let d = d.task(tasks::Action::SelectTask(Some(t.id)));
                    d.picture(s % t.steps().len(), URLS[u % URLS.len()])
                }
                _ => d,
            },
            Op::Session(t, rs) | Op::Open(t, rs) => match task(*t) {
                Some(t) => {
                    let mut d = d.track(TrackerState::start(&t, &date()));
                    for r in responses(rs) {
                        d = d.track(tracker::Action::Record {
                            response: r,
                            who: Prompter::Coach,
                        });
                    }
                    if matches!(op, Op::Session(..)) {
                        d.track(tracker::Action::Finish)
                    } else {
                        d
                    }
                }
                None => d,
            },
            Op::Finish => d.track(tracker::Action::Finish),
            Op::Discard => d.track(tracker::Action::Discard),
            Op::Phase(t) => match task(*t) {
                Some(t) => d.track(tracker::Action::ChangePhase {
                    task: t.id,
                    procedure: Procedure::ConstantTimeDelay,
                    date: date(),
                    reason: None,
                    note: String::new(),
                }),
                None => d,
            },
            Op::Level(t) => match task(*t) {
                Some(t) => d.track(tracker::Action::AddLevel {
                    task: t.id,
                    at: 1,
                    name: "Natural pause".into(),
                    code: 'N',
                    description: String::new(),
                }),
                None => d,
            },
            Op::Scenario(s, a) => {
                let name = format!("Scenario {}", s % 3);
                let mut form = Form::default();
                form.set(Field::Age(0), format!("{}", 20 + a));
                match d.scenarios.iter_mut().find(|x| x.name == name) {
                    Some(x) => x.form = form,
                    None => d.scenarios.push(Saved { name, form }),
                }
                d
            }
        };
    }
    d
}

/// A task with its id left out and each picture reference replaced by the picture itself,
/// so tasks compare by what a person sees.
fn seen(t: &TaskAnalysis, pictures: &BTreeMap<String, String>) -> TaskAnalysis {
    let mut t = t.clone();
    t.id = TaskId(0);
    for s in t.versions.iter_mut().flat_map(|v| &mut v.steps) {
        if let Some(r) = &s.picture {
            let url = pictures.get(r.as_str()).cloned().unwrap_or_default();
            s.picture = Some(PictureRef::new(url));
        }
    }
    t
}

fn seen_session(s: &tracker::Session) -> tracker::Session {
    let mut s = s.clone();
    s.id = tracker::SessionId(0);
    s.task = TaskId(0);
    s
}

/// Every task and session of `from` is in `into`, as a person would see it.
fn assert_all_in(from: &Data, into: &Data) {
    let sessions = |d: &Data, task: TaskId| -> Vec<tracker::Session> {
        d.tracker
            .trackers
            .iter()
            .filter(|t| t.task == task)
            .flat_map(|t| t.sessions.iter().map(seen_session))
            .collect()
    };
    for p in &from.tasks.people {
        let q = into
            .tasks
            .people
            .iter()
            .find(|q| q.label.to_lowercase() == p.label.to_lowercase())
            .unwrap_or_else(|| panic!("{} did not come in", p.label));
        // Each task of `from` is a different task in `into`: two alike are not folded into one.
        let mut used = HashSet::new();
        for t in &p.tasks {
            let want = seen(t, &from.pictures);
            let want_sessions = sessions(from, t.id);
            let found = q.tasks.iter().find(|m| {
                let have = sessions(into, m.id);
                !used.contains(&m.id)
                    && seen(m, &into.pictures) == want
                    && want_sessions.iter().all(|s| have.contains(s))
            });
            let m = found.unwrap_or_else(|| {
                panic!(
                    "task {} of {} or its sessions did not come in",
                    t.title, p.label
                )
            });
            used.insert(m.id);
        }
    }
}

/// The data with what a backup leaves out (records of deleted tasks) left out, and the notes
/// saying what that was.
fn linked(d: &Data) -> (Data, Vec<String>) {
    let b = Backup::everything(d, "");
    (b.data, b.notes)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merging_random_devices_keeps_everything(
        common in proptest::collection::vec(op(), 0..20),
        xs in proptest::collection::vec(op(), 0..16),
        ys in proptest::collection::vec(op(), 0..16),
    ) {
        let x = play(&[common.clone(), xs].concat()).data();
        let y = play(&[common, ys].concat()).data();
        // Any device's backup reads back, holding what it had but the records of deleted tasks.
        let made = Backup::everything(&x, "2025-06-01");
        prop_assert!(made.notes.iter().all(|n| !n.contains("may not open")), "{:?}", made.notes);
        let bx = Backup::from_json(&made.to_json()).unwrap();
        prop_assert_eq!(&bx.data, &made.data);
        prop_assert_eq!(&bx.data, &linked(&x).0);
        // Onto an empty device, both ways give the backup's data; onto itself, nothing changes.
        prop_assert_eq!(&replace(&Data::default(), &bx).0, &bx.data);
        prop_assert_eq!(&merge(&Data::default(), &bx).0, &bx.data);
        prop_assert_eq!(&merge(&x, &bx).0, &x);
        // Onto another device: nothing there lost or changed, everything from the file there,
        // every reference sound, and a second import adds nothing.
        let (m, _) = merge(&y, &bx);
        assert_kept(&y, &m);
        assert_all_in(&bx.data, &m);
        let (m_linked, m_notes) = linked(&m);
        prop_assert_eq!(m_notes, linked(&y).1, "the merge broke no link");
        assert_sound(&m_linked);
        prop_assert_eq!(&merge(&m, &bx).0, &m);
        // One person at a time, both ways.
        for p in &bx.data.tasks.people {
            let pb = Backup::person(&x, p.id, "2025-06-01").unwrap();
            let pb = Backup::from_json(&pb.to_json()).unwrap();
            let (pm, _) = merge(&y, &pb);
            assert_kept(&y, &pm);
            assert_all_in(&pb.data, &pm);
            assert_sound(&linked(&pm).0);
            let (pr, _) = replace(&y, &pb);
            assert_sound(&linked(&pr).0);
            assert_all_in(&pb.data, &pr);
            // Everyone else is as they were.
            for q in y.tasks.people.iter().filter(|q| q.label.to_lowercase() != p.label.to_lowercase()) {
                prop_assert!(pr.tasks.people.contains(q));
            }
        }
    }
}

/// Issue 22: a version-1 backup's unknown fields were dropped without a word, and a name
/// written twice took the last value. Both are refused whole, saying where.
#[test]
fn unknown_parts_and_repeated_names_are_refused_not_dropped() {
    for (at, name) in [
        (vec![], "favourite_colour"),
        (vec!["tasks"], "archived"),
        (vec!["tasks", "people", "0"], "nickname"),
        (vec!["tracker", "trackers", "0", "sessions", "0"], "weather"),
    ] {
        let mut v = a_json();
        let mut place = &mut v;
        for step in &at {
            place = match step.parse::<usize>() {
                Ok(i) => &mut place[i],
                Err(_) => &mut place[*step],
            };
        }
        place[name] = "something".into();
        let err = refused(&v.to_string());
        let path = at
            .iter()
            .map(|s| match s.parse::<usize>() {
                Ok(i) => format!("[{i}]"),
                Err(_) => format!(".{s}"),
            })
            .collect::<String>()
            + "."
            + name;
        let path = path.trim_start_matches('.').replace(".[", "[");
        let BackupError::Contents(BackupProblem::UnknownPart { path: found, place }) = &err else {
            panic!("{path}: {err:?}");
        };
        assert_eq!(found, &path);
        // Said as a place a coach knows, not as the file's own names (QA #11).
        assert!(err.to_string().starts_with(place.as_str()), "{err}");
        assert!(!err.to_string().contains(name), "{err}");
    }

    let text = Backup::everything(&device_a().data(), "2025-05-01").to_json();
    let twice = text.replacen(
        "\"exported_at\":",
        "\"exported_at\": \"2020-01-01\", \"exported_at\":",
        1,
    );
    assert_ne!(twice, text);
    assert_eq!(
        refused(&twice),
        BackupError::Envelope(EnvelopeError::RepeatedName)
    );
    assert!(refused(&twice).to_string().contains("the same name twice"));
    // The backup as written reads back: nothing in it counts as unknown.
    assert!(Backup::from_json(&text).is_ok());
}

/// QA #17: the preview before a backup comes in counted people, tasks, sessions and saved
/// scenarios but not the pictures, which the page's own list of what is here counts.
#[test]
fn the_preview_counts_the_pictures_too() {
    let d = device_a().data();
    let pictures = d.pictures.len();
    assert!(pictures > 0, "device A has pictures");
    let picture_words = if pictures == 1 {
        "1 picture".to_string()
    } else {
        format!("{pictures} pictures")
    };
    let said = Backup::everything(&d, "2025-05-01").describe();
    assert!(
        said.starts_with("A backup of everything, saved on 1 May 2025: "),
        "{said}"
    );
    assert!(
        said.contains(&format!("teaching sessions, {picture_words}, ")),
        "{said}"
    );
    let one = person_backup(&d, "AB").describe();
    assert!(
        one.starts_with("A backup of AB, saved on 1 May 2025: 1 person, "),
        "{one}"
    );
    assert!(one.contains(" picture"), "{one}");
}

/// Words from the JSON reader, from the file's own names, or from the code, that a job coach
/// should never be shown (QA #11: "(invalid type: integer `123`, expected a string)",
/// "Tracked task 1, session 1 does not belong where it is.").
const DEVELOPER_WORDS: &[&str] = &[
    "invalid type",
    "invalid value",
    "invalid length",
    "expected",
    "missing field",
    "unknown variant",
    "unknown field",
    "integer",
    "floating point",
    "string \"",
    "sequence",
    "struct ",
    "u64",
    "u32",
    "`",
    "[0]",
    "[1]",
    "tasks.people",
    "people[",
    "trackers",
    "next_id",
    "exported_at",
    "key_step",
    "Tracked task",
    "does not belong",
    "line ",
    "column ",
];

fn assert_plain(why: &str, said: &str) {
    for w in DEVELOPER_WORDS {
        assert!(!said.contains(w), "{why}: {said:?} has {w:?}");
    }
    assert!(said.ends_with('.'), "{why}: {said:?}");
}

/// Every way a backup is refused, each said in plain words that say what is wrong and where.
#[test]
fn every_refusal_is_said_in_plain_words() {
    use serde_json::json;
    type Edit = fn(&mut serde_json::Value);
    let text = Backup::everything(&device_a().data(), "2025-05-01").to_json();
    // The envelope and the parts every backup has.
    let whole: Vec<(&str, String)> = vec![
        ("cut short", text[..text.len() / 2].to_string()),
        ("not JSON", "hello".into()),
        ("a list", "[1, 2]".into()),
        (
            "another program",
            r#"{"format": "other", "version": 1}"#.into(),
        ),
        (
            "newer",
            text.replacen("\"version\": 1", "\"version\": 2", 1),
        ),
        (
            "bad version",
            text.replacen("\"version\": 1", "\"version\": \"one\"", 1),
        ),
        (
            "name twice",
            text.replacen("\"scope\":", "\"scope\": \"everything\", \"scope\":", 1),
        ),
        ("too big", " ".repeat(MAX_FILE_BYTES + 1)),
        ("tasks file", device_a().tasks.to_file().to_json()),
        (
            "no scope",
            r#"{"format": "work-steps/backup", "version": 1}"#.into(),
        ),
    ];
    for (why, text) in &whole {
        assert_plain(why, &refused(text).to_string());
    }
    // What is inside, broken one way at a time: (what, the edit, how the sentence starts).
    let edits: Vec<(&str, Edit, &str)> = vec![
        // QA's own file: a person's name is the number 123.
        ("label a number", |v| v["tasks"]["people"][0]["label"] = 123.into(),
            "Person 1: the person's name is a number, not words. The file may have been changed by hand."),
        ("label missing", |v| { v["tasks"]["people"][1].as_object_mut().unwrap().remove("label"); },
            "Person 2: the person's name is missing."),
        ("person id words", |v| v["tasks"]["people"][0]["id"] = "one".into(),
            "Person 1 (\u{201c}AB\u{201d}): the id number is words, not a number."),
        ("title a list", |v| v["tasks"]["people"][0]["tasks"][0]["title"] = json!([1]),
            "Person 1 (\u{201c}AB\u{201d}), task 1: the task's name is a list, not words."),
        ("chaining unknown", |v| v["tasks"]["people"][0]["tasks"][0]["chaining"] = "Sideways".into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}): something is a choice Work Steps does not know."),
        ("instruction a number", |v| v["tasks"]["people"][0]["tasks"][0]["versions"][0]["steps"][0]["instruction"] = 7.into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}), version 1, step 1: what the step says is a number, not words."),
        ("key step words", |v| v["tasks"]["people"][0]["tasks"][0]["versions"][0]["steps"][1]["key_step"] = "yes".into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}), version 1, step 2: something is words, not a yes or no."),
        ("version number negative", |v| v["tasks"]["people"][0]["tasks"][0]["versions"][0]["number"] = (-1).into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}), version 1: "),
        ("steps not a list", |v| v["tasks"]["people"][0]["tasks"][0]["versions"][0]["steps"] = "none".into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}), version 1: the list of steps is words, not a list."),
        ("tasks counter words", |v| v["tasks"]["next_id"] = "9".into(),
            "The list of people: "),
        ("scenario name a number", |v| v["scenarios"][0]["name"] = 5.into(),
            "Saved scenario 1: the name is a number, not words."),
        ("scenario form a list", |v| v["scenarios"][1]["form"] = json!([]),
            "Saved scenario 2 (\u{201c}Ben 30 hours\u{201d}): "),
        ("scope unknown", |v| v["scope"] = json!({"team": "A"}),
            "The note of whose data the file holds: "),
        ("session date a number", |v| v["tracker"]["trackers"][0]["sessions"][1]["date"] = 20250304.into(),
            "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 2: the date is a number, not words."),
        ("response unknown", |v| v["tracker"]["trackers"][0]["sessions"][0]["records"][0]["response"] = "Shrug".into(),
            "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 1: "),
        ("tracker rules words", |v| v["tracker"]["trackers"][1]["rules"] = "strict".into(),
            "The teaching records for the task \u{201c}Stock shelves\u{201d}: "),
        ("open session a number", |v| v["tracker"]["open"] = 3.into(),
            "The unfinished session: "),
        ("tracker counter a yes", |v| v["tracker"]["next_id"] = true.into(),
            "The teaching records: "),
        ("picture a number", |v| v["pictures"]["step-s3"] = 1.into(),
            "The list of pictures: something is a number, not words."),
        // Parts this version does not know.
        ("unknown at the top", |v| v["colour"] = "red".into(),
            "The file has something Work Steps does not know"),
        ("unknown in a step", |v| v["tasks"]["people"][0]["tasks"][0]["versions"][1]["steps"][2]["colour"] = "red".into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}), version 2, step 3 has something"),
        ("unknown in a session", |v| v["tracker"]["trackers"][1]["sessions"][0]["weather"] = "wet".into(),
            "The teaching records for the task \u{201c}Stock shelves\u{201d}, session 1 has something"),
        // Readable, but breaking a rule.
        ("QA's dangling records", |v| v["tracker"]["trackers"][0]["task"] = 999.into(),
            "The teaching records numbered 1 in the file are for a task that is not in the file."),
        ("session in the wrong records", |v| v["tracker"]["trackers"][0]["sessions"][0]["task"] = 999.into(),
            "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 1 is for a different task"),
        ("unfinished session with the finished", |v| v["tracker"]["trackers"][0]["sessions"][0]["finished"] = false.into(),
            "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 1 is not finished"),
        ("session in a phase not there", |v| v["tracker"]["trackers"][0]["sessions"][0]["phase"] = 9.into(),
            "The teaching records for the task \u{201c}Mop a floor\u{201d}, session 1 is in a teaching phase"),
        ("records twice", |v| { let t = v["tracker"]["trackers"][0].clone(); v["tracker"]["trackers"].as_array_mut().unwrap().push(t); },
            "The teaching records for the task \u{201c}Mop a floor\u{201d} appears twice."),
        ("no phase", |v| v["tracker"]["trackers"][1]["phases"] = json!([]),
            "The teaching records for the task \u{201c}Stock shelves\u{201d} has no teaching phase."),
        ("level not in the list", |v| v["tracker"]["trackers"][1]["sessions"][0]["records"][0]["response"] = json!({"Level": 60}),
            "The teaching records for the task \u{201c}Stock shelves\u{201d}, session 1 has a prompt level"),
        ("step not in the task", |v| {
            v["tracker"]["trackers"][0]["sessions"][0]["plan"]["steps"][0] = 999.into();
            v["tracker"]["trackers"][0]["sessions"][0]["records"][0]["step"] = 999.into();
        }, "The session on 3 March 2025 for the task \u{201c}Mop a floor\u{201d} refers to a step"),
        ("open session's task gone", |v| v["tracker"]["open"]["task"] = 999.into(),
            "The unfinished session on 7 March 2025 is for a task"),
        ("same label", |v| v["tasks"]["people"][1]["label"] = "ab".into(),
            "Two people in the backup are called"),
        ("empty title", |v| v["tasks"]["people"][0]["tasks"][0]["title"] = "".into(),
            "Person 1 (\u{201c}AB\u{201d}), task 1: "),
        ("no versions", |v| v["tasks"]["people"][0]["tasks"][0]["versions"] = json!([]),
            "Person 1 (\u{201c}AB\u{201d}), task 1 (\u{201c}Mop a floor\u{201d}) has no versions."),
        ("id too big", |v| v["tasks"]["next_id"] = json!(1u64 << 60),
            "The backup has an id number that is far too large."),
        ("date too long", |v| v["exported_at"] = "x".repeat(MAX_EXPORTED_AT_CHARS + 1).into(),
            "The date this backup was made is too long."),
        ("scenario same name", |v| v["scenarios"][1]["name"] = "Anna 16 hours".into(),
            "Saved scenario 2 (\u{201c}Anna 16 hours\u{201d}) has the same name"),
        ("scope someone else", |v| v["scope"] = json!({"person": "ZZ"}),
            "The backup says it is for \u{201c}ZZ\u{201d}"),
        ("picture bad", |v| v["pictures"]["step-s3"] = "javascript:alert(1)".into(),
            "The picture \u{201c}step-s3\u{201d} is not a picture"),
        ("picture bad name", |v| v["pictures"]["a b"] = JPEG.into(),
            "A picture in the backup has a name"),
    ];
    for (why, edit, starts) in edits {
        let mut v = a_json();
        edit(&mut v);
        let said = refused(&v.to_string()).to_string();
        assert!(
            said.starts_with(starts),
            "{why}: {said:?}\n does not start {starts:?}"
        );
        assert_plain(why, &said);
        assert!(
            said.contains("changed by hand") || said.contains("is not a picture"),
            "{why}: says the file may have been changed: {said:?}"
        );
    }
}
