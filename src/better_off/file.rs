//! Saved scenarios as a JSON file a person can keep, email to a colleague and import again:
//! `{"format": "work-steps/better-off-scenarios", "version": 1, "exported_at": "...",
//! "scenarios": [{"name": "...", "scenario": {...}}]}`. An import is all or nothing: a file
//! that is not ours, cut short, from a newer app, too big, or holding one bad scenario is
//! refused whole, with a reason that says which scenario and what to do, so nothing is half
//! imported and nothing already saved is touched.

use crate::better_off::form::Form;
use crate::better_off::scenario::{Scenario, ValidationError};
use crate::store::envelope::{self, EnvelopeError, FileError, Kind, Reasons};
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// What the `format` field says; anything else is another program's file.
pub const FORMAT: &str = "work-steps/better-off-scenarios";
/// The version this app writes and the newest it reads.
pub const VERSION: u64 = 1;
/// More than any caseload's saved scenarios; a limit so a stray file cannot freeze the page.
pub const MAX_SCENARIOS: usize = 200;
/// About 2 MB; a scenario is about 1 KB of pretty JSON.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Names are shown in lists; a paragraph is not a name.
pub const MAX_NAME_CHARS: usize = 200;

/// Why a file was not imported.
pub type ImportError = FileError<ImportProblem>;

/// What is wrong inside a scenarios file whose envelope is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// Ours, but with no list of scenarios (edited by hand, or damaged).
    NoScenarioList,
    Empty,
    TooMany(usize),
    /// One scenario (numbered from 1) is wrong.
    Item {
        number: usize,
        name: String,
        problem: ItemProblem,
    },
}

/// What is wrong with one scenario in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemProblem {
    NoName,
    NameTooLong,
    /// The household could not be read (the reader's own words, for whoever fixes the file).
    Unreadable(String),
    Invalid(Vec<ValidationError>),
}

impl Reasons for ImportProblem {
    const KIND: Kind = Kind {
        id: "scenarios",
        limit_mb: MAX_BYTES / (1024 * 1024),
    };

    /// The refusals every tool's files share are said by the envelope, in the language in
    /// use; another program's JSON is said the calculator's own way.
    fn say_envelope(error: EnvelopeError) -> String {
        match error {
            EnvelopeError::Foreign => t!("calc-file-foreign"),
            other => other.say(&Self::KIND),
        }
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ImportProblem::NoScenarioList => t!("calc-file-no-list"),
            ImportProblem::Empty => t!("calc-file-empty"),
            ImportProblem::TooMany(n) => {
                t!("calc-file-too-many", count = *n, most = MAX_SCENARIOS)
            }
            ImportProblem::Item {
                number,
                name,
                problem,
            } => {
                let which = if name.trim().is_empty() {
                    t!("calc-file-item", number = *number)
                } else {
                    t!("calc-file-item-named", number = *number, name = name)
                };
                let what = match problem {
                    ItemProblem::NoName => t!("calc-file-item-no-name"),
                    ItemProblem::NameTooLong => {
                        t!("calc-file-item-name-too-long", most = MAX_NAME_CHARS)
                    }
                    // The reader's own words stay in the value, for whoever fixes the
                    // file: never shown.
                    ItemProblem::Unreadable(_) => t!("calc-file-item-unreadable"),
                    ItemProblem::Invalid(errors) => {
                        let reasons: Vec<&str> =
                            errors.iter().map(|e| e.message.as_str()).collect();
                        t!("calc-file-item-invalid", reasons = reasons.join(" "))
                    }
                };
                format!("{which} {what}")
            }
        };
        f.write_str(&text)
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    exported_at: &'a str,
    scenarios: Vec<ItemOut<'a>>,
}

#[derive(Serialize)]
struct ItemOut<'a> {
    name: &'a str,
    scenario: &'a Scenario,
}

/// The file's text: pretty JSON, so a person can read it and a diff shows what changed.
pub fn export(items: &[(String, Scenario)], exported_at: &str) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        exported_at,
        scenarios: items
            .iter()
            .map(|(name, scenario)| ItemOut { name, scenario })
            .collect(),
    };
    // Cannot fail: every map key is a string and Decimal writes as text.
    serde_json::to_string_pretty(&file).expect("scenarios always serialise to JSON")
}

/// Every named scenario in the file, each checked as if typed in; or why none were imported.
pub fn import(text: &str) -> Result<Vec<(String, Scenario)>, ImportError> {
    // Read loosely first, so a foreign or newer file is named as such rather than as broken.
    let file = envelope::open(text, FORMAT, VERSION, MAX_BYTES)?;
    let refuse = |problem| Err(FileError::Contents(problem));
    let Some(Value::Array(items)) = file.get("scenarios") else {
        return refuse(ImportProblem::NoScenarioList);
    };
    if items.is_empty() {
        return refuse(ImportProblem::Empty);
    }
    if items.len() > MAX_SCENARIOS {
        return refuse(ImportProblem::TooMany(items.len()));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read_item(i + 1, item))
        .collect()
}

fn read_item(number: usize, item: &Value) -> Result<(String, Scenario), ImportError> {
    let fail = |name: &str, problem| {
        FileError::Contents(ImportProblem::Item {
            number,
            name: shorten(name),
            problem,
        })
    };
    // An object of a name and a household (other names ignored), or serde's array form of
    // one, `[name, household]`, as the derived reader took them; `null` is as good as
    // left out.
    let (name, scenario) = match item {
        Value::Object(map) => (map.get("name"), map.get("scenario")),
        Value::Array(items) if items.len() <= 2 => (items.first(), items.get(1)),
        _ => {
            let problem = ItemProblem::Unreadable("not a name and a household".into());
            return Err(fail("", problem));
        }
    };
    let name = match name {
        Some(Value::String(name)) => name.trim().to_string(),
        _ => String::new(),
    };
    if name.is_empty() {
        return Err(fail("", ItemProblem::NoName));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(fail(&name, ItemProblem::NameTooLong));
    }
    let Some(value) = scenario.filter(|v| !v.is_null()) else {
        return Err(fail(
            &name,
            ItemProblem::Unreadable("there is no household".into()),
        ));
    };
    let scenario = Scenario::from_json(value)
        .map_err(|e| fail(&name, ItemProblem::Unreadable(e.to_string())))?;
    scenario
        .validate()
        .and_then(|()| Form::fits(&scenario))
        .map_err(|errors| fail(&name, ItemProblem::Invalid(errors)))?;
    Ok((name, scenario))
}

/// A name short enough to quote in a message.
fn shorten(name: &str) -> String {
    const QUOTE: usize = 60;
    if name.chars().count() <= QUOTE {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(QUOTE).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::{Country, TaxYear};
    use crate::better_off::test_support::single_social_renter;
    use crate::money::Money;
    use crate::store::envelope::EnvelopeError;
    use proptest::prelude::*;

    /// A home owner in Wales in 2025-26 with £1,200 saved, offered £12.21 an hour.
    fn scenario(age: u32, hours: i64) -> Scenario {
        single_social_renter()
            .country(Country::Wales)
            .tax_year(TaxYear::Y2025_26)
            .owner()
            .savings(Money::pounds(1200))
            .age(age)
            .hours(hours)
            .wage_pence(1221)
            .build()
    }

    fn items() -> Vec<(String, Scenario)> {
        vec![
            ("Anna 16 hours".to_string(), scenario(30, 16)),
            ("Ben".to_string(), scenario(19, 30)),
            ("Anna 20 hours".to_string(), scenario(30, 20)),
        ]
    }

    fn exported() -> String {
        export(&items(), "2026-05-01T10:30:00Z")
    }

    #[test]
    fn export_then_import_gives_back_the_same_scenarios() {
        let text = exported();
        assert!(text.contains("\"format\": \"work-steps/better-off-scenarios\""));
        assert!(text.contains("\"exported_at\": \"2026-05-01T10:30:00Z\""));
        assert_eq!(import(&text), Ok(items()));
    }

    /// A file exported before the questions for issues 18 and 19 were added still imports,
    /// and one with every new answer comes back the same.
    #[test]
    fn older_files_still_import_and_new_answers_travel_in_a_file() {
        let old = r#"{
  "format": "work-steps/better-off-scenarios",
  "version": 1,
  "exported_at": "2026-11-20T09:00:00Z",
  "scenarios": [{"name": "CD 20 hours", "scenario": {
    "country": "wales", "tax_year": "2025-26", "region": null,
    "adults": [{"age": 52, "lcwra": false, "lcwra_new_claim": false,
      "pip_daily_living": "none", "pip_mobility": "none", "carer": true,
      "earnings_annual": "0", "hours_per_week": "0"}],
    "children": [],
    "housing": {"tenure": "private_rent", "rent": "120", "rent_period": "week",
      "service_charges": "0", "brma": "CARDIFF", "shared_rate_exempt": false},
    "council_tax": {"annual": "1500", "reduction_annual": "0"},
    "savings": "0", "married": false, "carers_care_for_same_person": false,
    "offers": [{"label": "Job 1", "adult": 0, "hours_per_week": "20",
      "hourly_wage": "12.21", "annual_salary": null, "pay_frequency": "weekly",
      "childcare_monthly": "0", "travel_monthly": "0", "pension": {"kind": "none"}}]
  }}]
}"#;
        let imported = import(old).expect("an old file imports");
        let (name, s) = &imported[0];
        assert_eq!(name, "CD 20 hours");
        assert_eq!(s.adults[0].new_style_esa, None);
        assert_eq!(s.uc_deductions_monthly, Money::ZERO);
        assert!(matches!(
            s.housing,
            crate::better_off::scenario::Housing::PrivateRent { .. }
        ));

        let new = crate::better_off::test_support::whole_picture_form()
            .scenario()
            .expect("valid");
        let items = vec![("Whole picture".to_string(), new)];
        assert_eq!(import(&export(&items, "2026-12-07T13:00:00Z")), Ok(items));
    }

    #[test]
    fn a_file_saved_with_a_byte_order_mark_still_imports() {
        assert_eq!(import(&format!("\u{feff}{}", exported())), Ok(items()));
    }

    #[test]
    fn foreign_truncated_and_newer_files_are_refused_whole() {
        let text = exported();
        assert_eq!(
            import(&text[..text.len() / 2]),
            Err(ImportError::Envelope(EnvelopeError::Truncated))
        );
        assert_eq!(
            import("hello"),
            Err(ImportError::Envelope(EnvelopeError::NotJson))
        );
        assert_eq!(
            import("[1, 2]"),
            Err(ImportError::Envelope(EnvelopeError::Foreign))
        );
        assert_eq!(
            import(&text.replace("work-steps/better-off-scenarios", "someone-else")),
            Err(ImportError::Envelope(EnvelopeError::Foreign))
        );
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        assert_eq!(
            import(&newer),
            Err(ImportError::Envelope(EnvelopeError::NewerVersion(2)))
        );
        assert_eq!(
            import(&newer).unwrap_err().to_string(),
            "This file was made by a newer version of Work Steps. Update the app and try again."
        );
        let zero = text.replace("\"version\": 1", "\"version\": 0");
        assert_eq!(
            import(&zero),
            Err(ImportError::Envelope(EnvelopeError::BadVersion))
        );
        let text_version = text.replace("\"version\": 1", "\"version\": \"1\"");
        assert_eq!(
            import(&text_version),
            Err(ImportError::Envelope(EnvelopeError::BadVersion))
        );
        let no_list = r#"{"format": "work-steps/better-off-scenarios", "version": 1}"#;
        assert_eq!(
            import(no_list),
            Err(ImportError::Contents(ImportProblem::NoScenarioList))
        );
    }

    #[test]
    fn a_bad_scenario_is_named_and_nothing_is_imported() {
        let mut bad = items();
        bad[2].1.adults[0].age = 130;
        let err = import(&export(&bad, "now")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Scenario 3 (\"Anna 20 hours\"): it cannot be calculated: Age must be between 16 and 120. Nothing was imported."
        );

        let unreadable = exported().replace("\"age\": 19", "\"age\": \"nineteen\"");
        let err = import(&unreadable).unwrap_err();
        assert!(matches!(
            err,
            ImportError::Contents(ImportProblem::Item { number: 2, ref name, problem: ItemProblem::Unreadable(_) }) if name == "Ben"
        ));
        let said = err.to_string();
        assert!(said.starts_with("Scenario 2 (\"Ben\"): its household could not be read"));
        // In plain words: never the JSON reader's ("invalid type: string, expected u8").
        for developer in ["invalid type", "expected", "`", "u8", "line ", "column "] {
            assert!(!said.contains(developer), "{said:?} has {developer:?}");
        }
        assert!(said.contains("the wrong kind of thing"), "{said:?}");
    }

    #[test]
    fn empty_names_are_refused_naming_the_position() {
        let mut bad = items();
        bad[1].0 = "   ".into();
        let err = import(&export(&bad, "now")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Scenario 2: it has no name. Give every scenario a name."
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        bad[1].0 = long;
        let err = import(&export(&bad, "now")).unwrap_err();
        assert!(matches!(
            err,
            ImportError::Contents(ImportProblem::Item {
                number: 2,
                problem: ItemProblem::NameTooLong,
                ..
            })
        ));
        // Quoted names are shortened in the message.
        assert!(err
            .to_string()
            .contains("xxx…\"): its name is longer than 200"));
    }

    #[test]
    fn limits_are_refused_politely() {
        let many: Vec<_> = (0..=MAX_SCENARIOS)
            .map(|i| (format!("S{i}"), scenario(30, 16)))
            .collect();
        let err = import(&export(&many, "now")).unwrap_err();
        assert_eq!(err, ImportError::Contents(ImportProblem::TooMany(201)));
        assert!(err.to_string().contains("at most 200"));
        assert_eq!(
            import(&export(&many[..200], "now")).map(|v| v.len()),
            Ok(200)
        );
        assert_eq!(
            import(&" ".repeat(MAX_BYTES + 1)),
            Err(ImportError::Envelope(EnvelopeError::TooLarge))
        );
        assert_eq!(
            import(&export(&[], "now")),
            Err(ImportError::Contents(ImportProblem::Empty))
        );
    }

    /// Every scenario a successful import returns must be one the calculator can run.
    fn check(text: &str) -> Result<(), TestCaseError> {
        if let Ok(items) = import(text) {
            for (name, s) in items {
                prop_assert!(!name.trim().is_empty());
                prop_assert!(s.validate().is_ok());
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn import_never_panics_on_any_text(text in ".{0,400}") {
            check(&text)?;
        }

        #[test]
        fn import_never_panics_on_json_shaped_text(
            text in r#"\{"format": ?"work-steps/better-off-scenarios", ?"version": ?-?[0-9]{1,3}(\.[0-9])?, "scenarios": ?\[(\{"name":"[a-z ]{0,5}","scenario":\{\}\},?){0,3}\]\}"#
        ) {
            check(&text)?;
        }

        #[test]
        fn import_never_panics_on_a_mutated_file(
            edits in proptest::collection::vec((0usize..5000, any::<u8>()), 1..6),
            cut in 0usize..5000,
        ) {
            let mut bytes = exported().into_bytes();
            for (at, byte) in edits {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
            bytes.truncate(cut.max(1) * 2);
            check(&String::from_utf8_lossy(&bytes))?;
        }
    }
}
