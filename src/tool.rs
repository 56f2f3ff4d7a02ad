//! What a tool is, written once: the better-off calculator, the task builder and the tracker
//! are each one [`Tool`]: a pure state with its actions and reducer, the [`Format`] it keeps
//! on the device, and how it opens from what is kept. The app's one generic provider
//! (`app::tool`) loads a tool from the store, writes it back after each change that needs it
//! and shows its notices; each page adds only a handle of verbs.
//!
//! No browser types and no clock: the app passes today's date in.

use crate::store::envelope::FileError;
use crate::store::{Format, StorageError};

/// One tool's state, actions and kept data.
pub trait Tool: Clone + PartialEq + 'static {
    /// What a person can do (the views call verbs that send these).
    type Action: 'static;
    /// What is kept on the device, under [`Format::KEY`].
    type File: Format;

    /// Work in progress kept beside the file under a key of its own (the household the
    /// calculator is filling in), or `None`. Read when the tool opens and ignored if it cannot
    /// be read; written after every change to it, whatever happened to the file.
    const DRAFT_KEY: Option<&'static str> = None;

    /// A new tool: nothing kept yet, or what is kept could not be read.
    fn new(today: &str) -> Self;
    /// The tool from what was kept.
    fn from_file(file: Self::File, today: &str) -> Self;
    /// What to keep.
    fn to_file(&self) -> Self::File;
    fn reduce(self, action: Self::Action) -> Self;
    /// Whether what is kept differs from `before`'s (only then is it written). Selection,
    /// undo history and status lines change nothing kept.
    fn file_changed(&self, before: &Self) -> bool;

    /// Why what is kept could not be read, for the page's notice.
    fn unreadable(error: FileError<<Self::File as Format>::Problem>) -> String;
    /// The device would not take a change, for the page's notice: the browser refuses
    /// storage, or the device is full.
    fn not_kept(error: StorageError) -> String;
    /// The tool once a change was not kept: a status line that says it was saved is taken
    /// back (the page's notice says what happened instead).
    fn when_not_kept(self) -> Self {
        self
    }

    /// Another tab changed what is kept (`None`: it removed it): take that, keeping this tab's
    /// own view (what is selected, a form being filled in) where it still applies, so the
    /// next change here is made to the newer data and never writes an old copy over it.
    fn adopt(self, file: Option<Self::File>, today: &str) -> Self {
        match file {
            Some(file) => Self::from_file(file, today),
            None => Self::new(today),
        }
    }

    /// The work in progress as kept under [`Tool::DRAFT_KEY`].
    fn draft_json(&self) -> Option<String> {
        None
    }
    /// The tool with the work in progress kept last time (as it was if that cannot be read).
    fn with_draft(self, _json: &str) -> Self {
        self
    }

    /// The tool from the text kept under its key and its draft's (`None`: nothing kept).
    fn open(kept: Option<&str>, draft: Option<&str>, today: &str) -> Opened<Self> {
        let (tool, unreadable) = match kept.map(Self::File::from_json) {
            None => (Self::new(today), None),
            Some(Ok(file)) => (Self::from_file(file, today), None),
            Some(Err(e)) => (Self::new(today), Some(Self::unreadable(e))),
        };
        let tool = match draft {
            Some(json) => tool.with_draft(json),
            None => tool,
        };
        Opened { tool, unreadable }
    }
}

/// A tool as opened from the device.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened<T> {
    pub tool: T,
    /// Why what is kept could not be read (damaged, or written by a newer version). It is
    /// then left exactly as it is: nothing is written for the rest of the visit, so a newer
    /// version can still read it.
    pub unreadable: Option<String>,
}

/// [`Tool::not_kept`] in the shared words when the browser will keep nothing, and in the
/// tool's own (`no_room`) when the device is full.
pub fn not_kept_or(error: StorageError, no_room: impl FnOnce() -> String) -> String {
    match error {
        StorageError::Unavailable => t!("store-unavailable"),
        StorageError::Full => no_room(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::form::Field;
    use crate::better_off::state::{Action as CalcAction, State};
    use crate::store::Format;
    use crate::tasks::{Action as TasksAction, TasksFile, TasksState};
    use crate::tracker::TrackerState;

    #[test]
    fn a_tool_with_nothing_kept_opens_new_on_the_day_given() {
        let opened = TasksState::open(None, None, "2026-05-01");
        assert_eq!(opened.unreadable, None);
        assert_eq!(opened.tool.today, "2026-05-01");
        assert!(opened.tool.people.is_empty());
        assert_eq!(
            TrackerState::open(None, None, "2026-05-01").tool,
            TrackerState::default()
        );
    }

    #[test]
    fn what_was_kept_opens_again_and_what_cannot_be_read_is_said() {
        let s = TasksState::new("2026-05-01").reduce(TasksAction::AddPerson("AB".into()));
        let kept = s.to_file().to_json();
        let opened = TasksState::open(Some(&kept), None, "2026-05-02");
        assert_eq!(opened.unreadable, None);
        assert_eq!(opened.tool.people, s.people);
        assert_eq!(opened.tool.today, "2026-05-02");

        let newer = kept.replace("\"version\": 1", "\"version\": 2");
        let opened = TasksState::open(Some(&newer), None, "2026-05-02");
        assert!(opened.tool.people.is_empty());
        assert!(opened.unreadable.unwrap().contains("newer version"));
        assert_eq!(TasksFile::from_json(&kept).unwrap(), s.to_file());
    }

    #[test]
    fn only_changes_to_what_is_kept_need_writing() {
        let s = TasksState::new("2026-05-01").reduce(TasksAction::AddPerson("AB".into()));
        let person = s.people[0].id;
        let selected = s.clone().reduce(TasksAction::SelectPerson(Some(person)));
        assert!(!selected.file_changed(&s));
        let refused = s.clone().reduce(TasksAction::AddPerson(String::new()));
        assert!(!refused.file_changed(&s));
        let added = s.clone().reduce(TasksAction::AddPerson("CD".into()));
        assert!(added.file_changed(&s));

        let calc = State::default();
        let typed = calc
            .clone()
            .reduce(CalcAction::Set(Field::Age(0), "30".into()));
        assert!(!typed.file_changed(&calc));
        assert_ne!(typed.draft_json(), calc.draft_json());
        let saved = typed.clone().reduce(CalcAction::Save("Anna".into()));
        assert!(saved.file_changed(&typed));
    }

    #[test]
    fn the_calculator_resumes_its_draft_even_when_its_scenarios_cannot_be_read() {
        let typed = State::default().reduce(CalcAction::Set(Field::Rent, "500".into()));
        let draft = typed.draft_json().unwrap();
        let opened = State::open(Some("{ cut"), Some(&draft), "2026-05-01");
        assert_eq!(opened.tool.form.get(Field::Rent), "500");
        assert!(opened.unreadable.is_some());
        // A draft that cannot be read is ignored.
        let opened = State::open(None, Some("nonsense"), "2026-05-01");
        assert_eq!(opened.tool, State::default());
        assert_eq!(opened.unreadable, None);
    }

    /// Issue 22: two tabs of the task builder each added a person and the second tab's write
    /// lost the first's. A tab now adopts the other's kept data before its next change.
    #[test]
    fn a_tab_adopts_another_tabs_people_and_keeps_its_own_choice_if_still_there() {
        let here = TasksState::new("2026-05-01").reduce(TasksAction::AddPerson("AB".into()));
        let ab = here.people[0].id;
        let here = here.reduce(TasksAction::SelectPerson(Some(ab)));
        // The other tab, opened from the same data, adds CD.
        let there = TasksState::from_file(here.to_file(), "2026-05-01")
            .reduce(TasksAction::AddPerson("CD".into()));
        let adopted = here.clone().adopt(Some(there.to_file()), "2026-05-01");
        assert_eq!(adopted.people, there.people);
        assert_eq!(adopted.selected_person, Some(ab));
        assert!(
            adopted.undo.is_empty(),
            "undo would bring back the old copy"
        );
        // A person added here now keeps both.
        let both = adopted.reduce(TasksAction::AddPerson("EF".into()));
        let labels: Vec<&str> = both.people.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["AB", "CD", "EF"]);
        // Everything removed in the other tab: nothing left here, nothing chosen.
        let removed = both.adopt(None, "2026-05-01");
        assert!(removed.people.is_empty());
        assert_eq!(removed.selected_person, None);
    }

    #[test]
    fn the_calculator_adopts_another_tabs_saved_scenarios_and_keeps_its_form() {
        let typed = State::default().reduce(CalcAction::Set(Field::Rent, "500".into()));
        let there = State::default()
            .reduce(CalcAction::Set(Field::Age(0), "30".into()))
            .reduce(CalcAction::Save("Anna".into()));
        assert_eq!(there.saved.len(), 1);
        let adopted = typed.clone().adopt(Some(there.to_file()), "2026-05-01");
        assert_eq!(adopted.saved, there.saved);
        assert_eq!(adopted.form, typed.form);
        assert!(adopted.clone().adopt(None, "2026-05-01").saved.is_empty());
    }

    /// Issue 22: "Saved as … on this device" showed when nothing could be stored, and a full
    /// device was blamed on the browser.
    #[test]
    fn a_change_not_kept_takes_back_saved_and_names_a_full_device() {
        let saved = State::default()
            .reduce(CalcAction::Set(Field::Age(0), "30".into()))
            .reduce(CalcAction::Save("Anna".into()));
        assert!(saved.status.as_deref().unwrap().contains("Saved as"));
        assert_eq!(saved.when_not_kept().status, None);
        assert!(State::not_kept(StorageError::Full).contains("no room left"));
        assert!(State::not_kept(StorageError::Unavailable).contains("browser"));
        assert!(TasksState::not_kept(StorageError::Unavailable).contains("browser"));
        assert!(TrackerState::not_kept(StorageError::Full).contains("no room left"));
    }
}
