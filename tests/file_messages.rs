//! Every tool refuses a bad file in the same words (from `store::envelope::EnvelopeError::say`),
//! named for its own kind of file. The sentences are pinned here as the tools wrote them
//! before they shared one template.

use supported_work::backup::{BackupError, BackupProblem};
use supported_work::better_off::file::ImportError;
use supported_work::store::envelope::EnvelopeError;
use supported_work::tasks::TasksError;
use supported_work::tracker::TrackerError;

#[test]
fn tasks_file_refusals() {
    let say = |e: TasksError| e.to_string();
    assert_eq!(say(TasksError::Envelope(EnvelopeError::TooLarge)), "This file is too big to be a Work Steps tasks file (the limit is 5 MB). Check that you chose the right file.");
    assert_eq!(
        say(TasksError::Envelope(EnvelopeError::Foreign)),
        "This is not a Work Steps tasks file. Choose a file saved from the task builder."
    );
    assert_eq!(
        say(TasksError::Envelope(EnvelopeError::NotJson)),
        say(TasksError::Envelope(EnvelopeError::Foreign))
    );
    assert_eq!(say(TasksError::Envelope(EnvelopeError::Truncated)), "This file stops part-way through, so it may not have finished saving or copying. Save it again and try again.");
    assert_eq!(
        say(TasksError::Envelope(EnvelopeError::NewerVersion(9))),
        "This file was made by a newer version of Work Steps. Update the app and try again."
    );
    assert_eq!(say(TasksError::Envelope(EnvelopeError::BadVersion)), "This file's version number is missing or wrong, so it may have been edited. Save it again and try again.");
}

#[test]
fn tracker_file_refusals() {
    let say = |e: TrackerError| e.to_string();
    assert_eq!(say(TrackerError::Envelope(EnvelopeError::TooLarge)), "This file is too big to be a Work Steps tracker file (the limit is 10 MB). Check that you chose the right file.");
    assert_eq!(
        say(TrackerError::Envelope(EnvelopeError::Foreign)),
        "This is not a Work Steps tracker file. Choose a file saved from the tracker."
    );
    assert_eq!(say(TrackerError::Envelope(EnvelopeError::Truncated)), "This file stops part-way through, so it may not have finished saving or copying. Save it again and try again.");
    assert_eq!(say(TrackerError::Envelope(EnvelopeError::BadVersion)), "This file's version number is missing or wrong, so it may have been edited. Save it again and try again.");
}

#[test]
fn backup_refusals() {
    let say = |e: BackupError| e.to_string();
    assert_eq!(say(BackupError::Envelope(EnvelopeError::TooLarge)), "This file is too big to be a Work Steps backup (the limit is 25 MB). Check that you chose the right file.");
    assert_eq!(
        say(BackupError::Envelope(EnvelopeError::NotJson)),
        "This is not a Work Steps backup. Choose a backup file made with Work Steps."
    );
    assert_eq!(say(BackupError::Envelope(EnvelopeError::Truncated)), "This file stops part-way through, so it may not have finished saving or copying. Make the backup again and try again.");
    assert_eq!(
        say(BackupError::Envelope(EnvelopeError::NewerVersion(2))),
        "This backup was made by a newer version of Work Steps. Update the app and try again."
    );
    assert_eq!(say(BackupError::Envelope(EnvelopeError::BadVersion)), "This backup's version number is missing or wrong, so it may have been edited. Make the backup again and try again.");
    assert_eq!(say(BackupError::Envelope(EnvelopeError::RepeatedName)), "This backup has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Make the backup again and try again.");
    assert_eq!(
        BackupError::Contents(BackupProblem::Missing("people")).as_envelope(),
        None
    );
}

#[test]
fn scenarios_file_refusals() {
    let say = |e: ImportError| e.to_string();
    assert_eq!(say(ImportError::Envelope(EnvelopeError::TooLarge)), "This file is too big to be a Work Steps scenarios file (the limit is 2 MB). Check that you chose the right file.");
    assert_eq!(say(ImportError::Envelope(EnvelopeError::NotJson)), "This is not a Work Steps scenarios file. Choose a file made with \"Download saved scenarios as a file\".");
    assert_eq!(say(ImportError::Envelope(EnvelopeError::Foreign)), "This file was not made by Work Steps. Choose a file made with \"Download saved scenarios as a file\".");
    assert_eq!(say(ImportError::Envelope(EnvelopeError::Truncated)), "This file stops part-way through, so it may not have finished downloading or copying. Export it again and try again.");
    assert_eq!(say(ImportError::Envelope(EnvelopeError::BadVersion)), "This file's version number is missing or wrong, so it may have been edited. Export it again and try again.");
    assert_eq!(say(ImportError::Envelope(EnvelopeError::RepeatedName)), "This file has the same name twice in one place, so it may have been edited and we cannot tell which one is right. Export it again and try again.");
}
