//! The backup's sentences in another language: a refusal, the import report and its counts,
//! said in Welsh and Dutch when that language is in use; and replacing one person who was
//! not on the device says so once, whatever the language (the line merge adds for a new
//! person is left out by where it is, not by its English words).

mod common;

use common::stock_shelves;
use supported_work::backup::*;
use supported_work::i18n::{use_catalog, use_translation, Lang};
use supported_work::tasks::{self, TasksState};
use supported_work::tracker::{self, Prompter, Response, TrackerState};

/// Uses a language for the length of a test, and English again after it, even if it fails.
struct InLanguage;

impl InLanguage {
    fn new(lang: Lang) -> InLanguage {
        let errors = use_translation(lang, supported_work::i18n::source(lang));
        assert!(errors.is_empty(), "{errors:?}");
        InLanguage
    }
}

impl Drop for InLanguage {
    fn drop(&mut self) {
        use_catalog(None);
    }
}

/// One person, "AB", with one typed task of three steps and two finished sessions.
fn device() -> Data {
    let mut t = TasksState::default()
        .reduce(tasks::Action::SetToday("2025-03-01".into()))
        .reduce(tasks::Action::AddPerson("AB".into()));
    let ab = t.people[0].id;
    let [add, paste] = stock_shelves(ab);
    t = t.reduce(add).reduce(paste);
    let task = t.people[0].tasks[0].clone();
    let mut tr = TrackerState::default();
    for date in ["2025-03-03T10:00", "2025-03-04T10:00"] {
        tr = tr.reduce(TrackerState::start(&task, date));
        if let Some(a) = tr.tasks_action.take() {
            t = t.reduce(a);
        }
        for _ in 0..3 {
            tr = tr.reduce(tracker::Action::Record {
                response: Response::Level(0),
                who: Prompter::Coach,
            });
        }
        tr = tr.reduce(tracker::Action::Finish);
    }
    Data {
        scenarios: Vec::new(),
        tasks: t.to_file(),
        tracker: tr.to_file(),
        pictures: Default::default(),
    }
}

fn person_backup(d: &Data) -> Backup {
    let b = Backup::person(d, d.tasks.people[0].id, "2025-05-01T12:00:00Z").unwrap();
    Backup::from_json(&b.to_json()).expect("reads back")
}

#[test]
fn the_import_report_is_in_welsh_when_welsh_is_in_use() {
    let d = device();
    let backup = Backup::from_json(&Backup::everything(&d, "2025-05-01T12:00:00Z").to_json())
        .expect("reads back");
    let _welsh = InLanguage::new(Lang::Cy);
    let (after, report) = merge(&Data::default(), &backup);
    assert_eq!(after.task_count(), 1);
    assert_eq!(
        report.added,
        [
            "Wedi ychwanegu \u{201c}AB\u{201d} gyda 1 dasg.",
            "Wedi ychwanegu 2 o sesiynau addysgu.",
        ]
    );
    // Merging again: everything is here already, said with Welsh plurals.
    let (_, again) = merge(&after, &backup);
    assert_eq!(
        again.skipped,
        [
            "Roedd 1 dasg ar gyfer \u{201c}AB\u{201d} ar y ddyfais hon yn barod.",
            "Roedd 2 o sesiynau addysgu ar y ddyfais hon yn barod.",
        ]
    );
    // Replacing everything, with the date said the Welsh way and "dim" for none.
    let (_, replaced) = replace(&after, &backup);
    let first = &replaced.added[0];
    assert!(
        first.starts_with(
            "Mae popeth ar y ddyfais hon wedi'i newid am y copi wrth gefn a wnaed ar 1 "
        ),
        "{first}"
    );
    assert!(
        first.ends_with(
            ": 1 person, 1 dasg, 2 o sesiynau addysgu, dim sefyllfaoedd wedi'u cadw a dim lluniau."
        ),
        "{first}"
    );
    assert_eq!(
        replaced.notes,
        ["Mae'r hyn oedd ar y ddyfais hon o'r blaen wedi mynd."]
    );
}

#[test]
fn a_refused_file_says_why_in_welsh() {
    let _welsh = InLanguage::new(Lang::Cy);
    let err = Backup::from_json(r#"{"format": "work-steps/tasks", "version": 1}"#).unwrap_err();
    assert_eq!(
        err,
        BackupError::Contents(BackupProblem::OtherTool("task builder"))
    );
    assert_eq!(
        err.to_string(),
        "Cafodd y ffeil hon ei chadw o'r adeiladwr tasgau. Nid copi wrth gefn yw hi. Agorwch hi yn yr adeiladwr tasgau yn lle hynny."
    );
    let err = Backup::from_json(r#"{"format": "work-steps/backup", "version": 1}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Dydy'r copi wrth gefn hwn ddim yn dweud data pwy"),
        "{err}"
    );
    assert_eq!(on_date(""), "heb ddyddiad");
    assert!(on_date("2025-03-03").starts_with("ar 3 "));
}

#[test]
fn replacing_a_person_who_was_not_here_says_so_once_in_any_language() {
    let d = device();
    let backup = person_backup(&d);
    let (_, english) = replace(&Data::default(), &backup);
    assert_eq!(
        english.added,
        [
            "\u{201c}AB\u{201d} was not on this device, so they were added with 1 task.",
            "Added 2 teaching sessions.",
        ]
    );
    let _dutch = InLanguage::new(Lang::Nl);
    let (after, dutch) = replace(&Data::default(), &backup);
    assert_eq!(after.tasks.people.len(), 1);
    assert_eq!(
        dutch.added,
        [
            "\u{201c}AB\u{201d} stond niet op dit apparaat en is toegevoegd met 1 taak.",
            "2 leersessies toegevoegd.",
        ]
    );
}

#[test]
fn english_is_back_after_another_language() {
    {
        let _swedish = InLanguage::new(Lang::Sv);
        let (_, report) = merge(&Data::default(), &person_backup(&device()));
        assert_eq!(report.added[1], "La till 2 träningstillfällen.");
    }
    let (_, report) = merge(&Data::default(), &person_backup(&device()));
    assert_eq!(report.added[1], "Added 2 teaching sessions.");
}

/// QA #11 in every language: a person's name that is a number is refused in that language's
/// plain words, saying where, with nothing of the JSON reader's English.
#[test]
fn a_file_changed_by_hand_is_refused_in_plain_words_in_every_language() {
    let text = Backup::everything(&device(), "2025-05-01T12:00:00Z").to_json();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["tasks"]["people"][0]["label"] = 123.into();
    let bad = v.to_string();
    for (lang, said) in [
        (Lang::EnGb, "Person 1: the person's name is a number, not words. The file may have been changed by hand."),
        (Lang::Cy, "Person 1: Mae enw'r person yn rhif, nid geiriau. Efallai bod rhywun wedi newid y ffeil â llaw."),
        (Lang::Nl, "Persoon 1: de naam van de persoon is een getal, geen tekst. Misschien is het bestand met de hand veranderd."),
        (Lang::Sv, "Person 1: personens namn är ett tal, inte text. Filen kan ha ändrats för hand."),
    ] {
        let _in = InLanguage::new(lang);
        let err = Backup::from_json(&bad).unwrap_err().to_string();
        assert_eq!(err, said, "{lang:?}");
        for w in ["invalid", "expected", "integer", "`", "123"] {
            assert!(!err.contains(w), "{lang:?}: {err}");
        }
    }
}
