//! What the calculator keeps on the device: the saved scenarios (`work-steps/better-off/saved`)
//! and the household being worked on (`work-steps/better-off/draft`), each in the file
//! envelope every kept value shares. Both are [`Format`]s of the store's. Limits are
//! generous: this is the device's own data, written by the app. (The file a person exports
//! and imports is another format: [`super::file`].)

use super::state::{Draft, Saved};
use crate::store::envelope::FileError;
use crate::store::{from_json_beside_envelope, to_json_beside_envelope};
use crate::store::{Format, DRAFT_KEY, SCENARIOS_KEY};

/// The saved scenarios as kept (from schema 2 on): `{"format": "work-steps/better-off-saved",
/// "version": 2, "saved": [{"name": …, "form": {…}}]}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenariosFile {
    pub saved: Vec<Saved>,
}

/// What is wrong inside a kept value whose envelope is right: it is not what that key holds.
pub use crate::store::Damaged;

impl Format for ScenariosFile {
    const KEY: &'static str = SCENARIOS_KEY;
    const FORMAT: &'static str = "work-steps/better-off-saved";
    const VERSION: u64 = 2;
    const MAX_BYTES: usize = usize::MAX;
    type Problem = Damaged;

    fn to_json(&self) -> String {
        serde_json::json!({
            "format": Self::FORMAT,
            "version": Self::VERSION,
            "saved": self.saved,
        })
        .to_string()
    }

    fn from_json(text: &str) -> Result<ScenariosFile, FileError<Damaged>> {
        let mut map = Self::open(text)?;
        let saved = map.remove("saved").ok_or(FileError::Contents(Damaged))?;
        let saved = serde_json::from_value(saved).map_err(|_| FileError::Contents(Damaged))?;
        Ok(ScenariosFile { saved })
    }
}

/// The household in progress as kept: the draft's own fields beside the envelope's,
/// `{"format": "work-steps/better-off-draft", "version": 1, "form": {…}, "mode": …, "step": …}`.
impl Format for Draft {
    const KEY: &'static str = DRAFT_KEY;
    const FORMAT: &'static str = "work-steps/better-off-draft";
    const VERSION: u64 = 1;
    const MAX_BYTES: usize = usize::MAX;
    type Problem = Damaged;

    fn to_json(&self) -> String {
        to_json_beside_envelope(self)
    }

    fn from_json(text: &str) -> Result<Draft, FileError<Damaged>> {
        from_json_beside_envelope(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_and_a_foreign_one_is_ignored() {
        use crate::better_off::form::{Field, Form};
        use crate::better_off::state::Mode;
        let read_draft = |text: &str| Draft::from_json(text).ok();
        let mut form = Form::default();
        form.set(Field::Rent, "500");
        let draft = Draft {
            form,
            mode: Mode::Compact,
            step: crate::better_off::state::KeptStep::Named(crate::better_off::guided::Step::Costs),
        };
        assert_eq!(read_draft(&draft.to_json()), Some(draft));
        assert_eq!(
            read_draft(r#"{"format":"work-steps/tasks","version":1}"#),
            None
        );
        assert_eq!(read_draft("{ cut"), None);
    }
}
