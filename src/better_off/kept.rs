//! What the calculator keeps on the device: the saved scenarios (`work-steps/better-off/saved`)
//! and the household being worked on (`work-steps/better-off/draft`), each in the file
//! envelope every kept value shares. Both are [`Format`]s of the store's. Limits are
//! generous: this is the device's own data, written by the app. (The file a person exports
//! and imports is another format: [`super::file`].)

use super::guided::Step;
use super::state::{Draft, KeptStep, Saved};
use crate::store::envelope::FileError;
use crate::store::{from_json_beside_envelope, to_json_beside_envelope};
use crate::store::{Format, DRAFT_KEY, SCENARIOS_KEY};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;

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

/// The guided steps by the names a draft keeps them under (serde's names for [`Step`]).
const STEPS: [(&str, Step); 11] = [
    ("Person", Step::Person),
    ("Place", Step::Place),
    ("Household", Step::Household),
    ("You", Step::You),
    ("Partner", Step::Partner),
    ("Children", Step::Children),
    ("Health", Step::Health),
    ("Home", Step::Home),
    ("Costs", Step::Costs),
    ("Job", Step::Job),
    ("Answer", Step::Answer),
];

/// A draft's step, read as serde's derive for the untagged enum read it, without the copy of
/// the value it made to try each variant in turn: a step's name (or `{name: null}`), else a
/// whole number that fits (a draft from before steps were kept by name).
impl<'de> Deserialize<'de> for KeptStep {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeptStep, D::Error> {
        d.deserialize_any(KeptStepVisitor)
    }
}

struct KeptStepVisitor;

impl KeptStepVisitor {
    fn named<E: de::Error>(name: &str) -> Result<KeptStep, E> {
        match STEPS.iter().find(|(n, _)| *n == name) {
            Some((_, step)) => Ok(KeptStep::Named(*step)),
            None => Err(E::custom("not a step")),
        }
    }
}

impl<'de> Visitor<'de> for KeptStepVisitor {
    type Value = KeptStep;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a step's name or number")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<KeptStep, E> {
        Self::named(name)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<KeptStep, E> {
        usize::try_from(n)
            .map(KeptStep::OldIndex)
            .map_err(|_| E::custom("too big"))
    }

    /// `{name: null}`, serde's other form of a unit variant; one name only.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeptStep, A::Error> {
        let Some(name) = map.next_key::<String>()? else {
            return Err(de::Error::custom("no step"));
        };
        map.next_value::<()>()?;
        if map.next_key::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom("more than one step"));
        }
        Self::named(&name)
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

    /// The derived reader the hand-written one replaced, as it was (main 0f25a36).
    #[derive(Debug, serde::Deserialize)]
    #[serde(untagged)]
    enum OldKeptStep {
        Named(Step),
        OldIndex(usize),
    }

    #[test]
    fn a_drafts_step_is_read_as_the_derived_reader_read_it() {
        use serde_json::{json, Value};
        let mut values = vec![
            json!(null),
            json!(true),
            json!(0),
            json!(3),
            json!(-1),
            json!(1.0),
            json!(u64::MAX),
            json!(""),
            json!("place"),
            json!("Nowhere"),
            json!({}),
            json!([]),
            json!(["Place"]),
            json!({"Place": 1}),
            json!({"Place": {}}),
            json!({"Place": []}),
            json!({"Place": null, "Job": null}),
            json!({"Nowhere": null}),
        ];
        for (name, _) in STEPS {
            values.push(json!(name));
            values.push(json!({ name: null }));
        }
        let (mut read, mut refused) = (0, 0);
        for v in values {
            let old = serde_json::from_value::<OldKeptStep>(v.clone()).map(|s| match s {
                OldKeptStep::Named(step) => KeptStep::Named(step),
                OldKeptStep::OldIndex(i) => KeptStep::OldIndex(i),
            });
            let new = serde_json::from_value::<KeptStep>(v.clone());
            assert_eq!(old.as_ref().ok(), new.as_ref().ok(), "{v}");
            if new.is_ok() {
                read += 1;
            } else {
                refused += 1;
            }
            // And inside a whole draft, as it is kept.
            let text = json!({"format": "work-steps/better-off-draft", "version": 1,
                "form": {}, "mode": "Compact", "step": v})
            .to_string();
            assert_eq!(
                Draft::from_json(&text).ok().map(|d| d.step),
                new.ok(),
                "{v}"
            );
        }
        assert!(read > 20 && refused > 10, "{read} read, {refused} refused");
        // Every step serde names, and no other, is in the list: the derive's refusal of a
        // name it does not know lists them all.
        let refusal = serde_json::from_value::<Step>(Value::from("?"))
            .unwrap_err()
            .to_string();
        let named: Vec<&str> = refusal.split('`').skip(3).step_by(2).collect();
        let ours: Vec<&str> = STEPS.iter().map(|(n, _)| *n).collect();
        assert_eq!(named, ours, "{refusal}");
    }
}
