//! The layout kept on the device: each migration run on a fixture captured from the older
//! version of the app (tests/fixtures/storage/, a dump of localStorage after a coach saved a
//! scenario, made a task with pictures and recorded sessions), and the rules around it.

use supported_work::better_off::kept::ScenariosFile;
use supported_work::store::migrate::{self, MigrateError};
use supported_work::store::{self, Changes, Format, Memory, Values};
use supported_work::tasks::file::unused_pictures;
use supported_work::tasks::TasksFile;
use supported_work::tracker::TrackerFile;

fn fixture(name: &str) -> Values {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("fixture JSON")
}

#[test]
fn schema_1_from_the_version_1_app_migrates_to_2() {
    let v1 = fixture("v1-coach-tablet.json");
    assert_eq!(migrate::schema_of(&v1), Ok(1));
    let (v2, migrated) = migrate::migrate(&v1).unwrap();
    let migrated = migrated.expect("a migration ran");
    assert_eq!(migrated.from, 1);
    assert_eq!(v2.get(store::SCHEMA_KEY).map(String::as_str), Some("2"));

    // The kept scenario, unchanged, in the shared envelope.
    let old: serde_json::Value = serde_json::from_str(&v1[store::SCENARIOS_KEY]).unwrap();
    let saved = ScenariosFile::from_json(&v2[store::SCENARIOS_KEY])
        .unwrap()
        .saved;
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].name, "AB café 16 hours");
    assert_eq!(serde_json::to_value(&saved).unwrap(), old["saved"]);

    // Tasks and sessions are untouched, byte for byte.
    assert_eq!(v2[store::TASKS_KEY], v1[store::TASKS_KEY]);
    assert_eq!(v2[store::TRACKER_KEY], v1[store::TRACKER_KEY]);
    TasksFile::from_json(&v2[store::TASKS_KEY]).unwrap();
    TrackerFile::from_json(&v2[store::TRACKER_KEY]).unwrap();

    // The picture on step 1 stays; the one taken off step 2 (kept by version 1) goes.
    assert!(v2.contains_key("work-steps/pictures/step-s3"));
    assert!(!v2.contains_key("work-steps/pictures/step-s4"));
    assert_eq!(
        v2["work-steps/pictures/step-s3"],
        v1["work-steps/pictures/step-s3"]
    );
    assert_eq!(
        migrated.notes,
        [
            "Moved 1 kept scenario(s) into the shared envelope.",
            "Removed 1 picture(s) no step uses."
        ]
    );

    // Applying the changes to a device holding version 1 leaves exactly schema 2 behind,
    // and migrating again changes nothing.
    let mut device = Memory::with(v1.clone());
    Changes::between(&v1, &v2).apply(&mut device).unwrap();
    assert_eq!(device.values, v2);
    assert_eq!(migrate::migrate(&v2).unwrap(), (v2.clone(), None));
}

#[test]
fn a_new_device_is_current_and_gets_only_the_marker() {
    let (values, migrated) = migrate::migrate(&Values::new()).unwrap();
    assert_eq!(migrated, None);
    assert_eq!(values.len(), 1);
    assert_eq!(values[store::SCHEMA_KEY], "2");
}

#[test]
fn a_newer_layout_is_left_alone() {
    let mut values = fixture("v1-coach-tablet.json");
    values.insert(store::SCHEMA_KEY.into(), "3".into());
    assert_eq!(migrate::migrate(&values), Err(MigrateError::Newer(3)));
    values.insert(store::SCHEMA_KEY.into(), "three".into());
    assert_eq!(
        migrate::migrate(&values),
        Err(MigrateError::BadMarker("three".into()))
    );
}

#[test]
fn what_the_migration_cannot_read_it_keeps() {
    let mut v1 = fixture("v1-coach-tablet.json");
    // Scenarios from some other version, and tasks that cannot be read.
    v1.insert(
        store::SCENARIOS_KEY.into(),
        r#"{"version":7,"saved":[]}"#.into(),
    );
    v1.insert(store::TASKS_KEY.into(), "{ cut off".into());
    let (v2, migrated) = migrate::migrate(&v1).unwrap();
    assert_eq!(v2[store::SCENARIOS_KEY], v1[store::SCENARIOS_KEY]);
    assert_eq!(v2[store::TASKS_KEY], v1[store::TASKS_KEY]);
    // With the tasks unreadable no picture can be known unused, so all stay.
    assert!(v2.contains_key("work-steps/pictures/step-s4"));
    assert_eq!(
        migrated.unwrap().notes,
        [
            "Left the kept scenarios as they were: not version 1.",
            "Kept every picture: the tasks could not be read."
        ]
    );
}

#[test]
fn a_device_that_fills_up_part_way_keeps_every_value_not_yet_replaced() {
    let v1 = fixture("v1-coach-tablet.json");
    let (v2, _) = migrate::migrate(&v1).unwrap();
    let used: usize = v1.iter().map(|(k, v)| k.len() + v.len()).sum();
    // Room for nothing more than what is there: the new scenarios value is longer and is
    // refused, so nothing is removed and version 1's values all remain.
    let mut device = Memory {
        values: v1.clone(),
        limit: Some(used),
    };
    assert_eq!(
        Changes::between(&v1, &v2).apply(&mut device),
        Err(store::StorageError::Full)
    );
    assert_eq!(device.values, v1);
    assert_eq!(migrate::schema_of(&device.values), Ok(1));
}

#[test]
fn stored_values_read_as_one_dataset_and_write_back_the_same() {
    use supported_work::backup::stored as data;
    let (v2, _) = migrate::migrate(&fixture("v1-coach-tablet.json")).unwrap();
    let d = data::read(&v2).unwrap();
    assert_eq!(d.tasks.people[0].label, "AB");
    assert_eq!(d.session_count(), 1);
    assert_eq!(d.pictures.len(), 1);
    assert_eq!(d.scenarios.len(), 1);
    // Written back over the same values: byte for byte what the tools wrote.
    assert_eq!(data::write(&d, &v2), v2);
    // A value this version cannot read stops a backup rather than leaving it out.
    let mut newer = v2.clone();
    newer.insert(
        store::TRACKER_KEY.into(),
        r#"{"format":"work-steps/tracker","version":9}"#.into(),
    );
    assert_eq!(data::read(&newer).unwrap_err().what, "sessions");
}

#[test]
fn pictures_no_step_uses_are_found_and_none_when_the_tasks_cannot_be_read() {
    let v1 = fixture("v1-coach-tablet.json");
    assert_eq!(
        unused_pictures(&v1),
        Some(vec!["work-steps/pictures/step-s4".to_string()])
    );
    let mut no_tasks = v1.clone();
    no_tasks.remove(store::TASKS_KEY);
    assert_eq!(unused_pictures(&no_tasks).map(|u| u.len()), Some(2));
    let mut unreadable = v1;
    unreadable.insert(store::TASKS_KEY.into(), "{ cut".into());
    assert_eq!(unused_pictures(&unreadable), None);
}
