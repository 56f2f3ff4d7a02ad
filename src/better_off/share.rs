//! Share links whose data lives only in the URL fragment, which browsers never send to a
//! server: the scenario as compact JSON, base64url without padding, behind a format version
//! (`1.` + payload) so that a link made today still opens after the scenario format changes,
//! or is refused with a reason. Decoding refuses garbage, cut-off links, versions we do not
//! know and households that fail [`Scenario::validate`], each with a sentence a person can act
//! on. The base64url codec is written here (forty lines, tested) rather than taken from a
//! crate: it keeps `Cargo.toml` and the wasm bundle unchanged for something this small.

use crate::base64url::{self, Base64Error};
use crate::better_off::form::Form;
use crate::better_off::scenario::{Scenario, ValidationError};
use crate::store::envelope::strict;
use std::fmt;

/// The version written into new links. Bump it, and keep decoding the old one, when the
/// scenario's JSON changes in a way old links would not survive.
pub const VERSION: u32 = 1;

/// Longer than any real scenario (about 1 KB of JSON) by far, and short enough that a pasted
/// novel is refused before we try to read it.
pub const MAX_PAYLOAD_CHARS: usize = 64 * 1024;

/// Why a share link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    /// Not something this app made (wrong characters, no version).
    NotALink,
    /// Cut off part-way, usually when copied.
    Truncated,
    /// Made by a newer version of the app.
    NewerVersion(u32),
    /// The data does not describe a household we understand.
    Unreadable,
    /// A household, but one the calculator cannot run.
    Invalid(Vec<ValidationError>),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ShareError::Empty => t!("calc-link-empty"),
            ShareError::TooLong => t!("calc-link-too-long"),
            ShareError::NotALink => t!("calc-link-not-ours"),
            ShareError::Truncated => t!("calc-link-truncated"),
            ShareError::NewerVersion(v) => t!("calc-link-newer", version = *v),
            ShareError::Unreadable => t!("calc-link-unreadable"),
            ShareError::Invalid(errors) => {
                let reasons: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
                t!("calc-link-invalid", reasons = reasons.join(" "))
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ShareError {}

/// The fragment payload for a scenario: `1.` followed by base64url of its compact JSON.
pub fn encode(s: &Scenario) -> String {
    // Serialising a Scenario cannot fail: every map key is a string and Decimal writes as text.
    let json = serde_json::to_vec(s).expect("a scenario always serialises to JSON");
    format!("{VERSION}.{}", base64url::encode(&json))
}

/// The scenario in a fragment payload, checked as if it had been typed in.
pub fn decode(payload: &str) -> Result<Scenario, ShareError> {
    let payload = payload.trim();
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong);
    }
    let (version, data) = payload.split_once('.').ok_or(ShareError::NotALink)?;
    let version: u32 = match version.parse() {
        Ok(v) if v >= 1 && version.bytes().all(|b| b.is_ascii_digit()) => v,
        _ => return Err(ShareError::NotALink),
    };
    if version > VERSION {
        return Err(ShareError::NewerVersion(version));
    }
    if data.is_empty() {
        return Err(ShareError::Truncated);
    }
    let json = base64url::decode(data).map_err(|e| match e {
        Base64Error::BadCharacter => ShareError::NotALink,
        Base64Error::Truncated => ShareError::Truncated,
    })?;
    // Read as text, then a JSON value, then a scenario: scenario files are read the same way,
    // so the WebAssembly holds one JSON reader and one scenario reader, not two of each.
    let text = match std::str::from_utf8(&json) {
        Ok(text) => text,
        // A character cut off at the end: the link was cut short.
        Err(e) if e.error_len().is_none() => return Err(ShareError::Truncated),
        Err(_) => return Err(ShareError::Unreadable),
    };
    // A name written twice is refused: a JSON reader would keep the last one silently.
    let value = strict::parse(text).map_err(|e| match e {
        strict::Error::Truncated => ShareError::Truncated,
        strict::Error::NotJson | strict::Error::RepeatedName => ShareError::Unreadable,
    })?;
    let scenario = Scenario::from_json(&value).map_err(|_| ShareError::Unreadable)?;
    scenario.validate().map_err(ShareError::Invalid)?;
    Form::fits(&scenario).map_err(ShareError::Invalid)?;
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::choice::{NewStyle, SupportedHome};
    use crate::better_off::form::{Field, Form};
    use crate::better_off::scenario::Housing;
    use crate::better_off::test_support::{single_social_renter, whole_picture_form};
    use crate::money::Money;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// The shared single social renter as a carer, with a labelled offer and travel costs.
    fn scenario() -> Scenario {
        single_social_renter()
            .carer()
            .rent_pence(52_000)
            .label("Café, 16 hours — £12.71")
            .travel_pounds(40)
            .build()
    }

    #[test]
    fn a_link_round_trips_and_is_url_safe() {
        let s = scenario();
        let payload = encode(&s);
        assert!(payload.starts_with("1."));
        assert!(payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'));
        assert_eq!(decode(&payload), Ok(s));
    }

    #[test]
    fn a_cut_link_is_called_truncated() {
        let payload = encode(&scenario());
        // Cut anywhere in the data: either a lone base64 character or JSON that ends early.
        for cut in [payload.len() - 1, payload.len() - 2, payload.len() / 2, 3] {
            assert_eq!(
                decode(&payload[..cut]),
                Err(ShareError::Truncated),
                "cut at {cut}"
            );
        }
        assert_eq!(decode("1."), Err(ShareError::Truncated));
    }

    #[test]
    fn garbage_and_other_versions_are_refused_with_reasons() {
        assert_eq!(decode("  "), Err(ShareError::Empty));
        assert_eq!(decode("hello"), Err(ShareError::NotALink));
        assert_eq!(decode("0.abc"), Err(ShareError::NotALink));
        assert_eq!(decode("+1.abcd"), Err(ShareError::NotALink));
        assert_eq!(decode("1.not base64!"), Err(ShareError::NotALink));
        let newer = format!("2.{}", &encode(&scenario())[2..]);
        let err = decode(&newer).unwrap_err();
        assert_eq!(err, ShareError::NewerVersion(2));
        assert!(err.to_string().contains("newer version of Work Steps"));
        // Valid base64 of JSON that is not a scenario.
        let other = format!("1.{}", base64url::encode(br#"{"hello":"world"}"#));
        assert_eq!(decode(&other), Err(ShareError::Unreadable));
        assert_eq!(decode(&"1.AAAA".repeat(20_000)), Err(ShareError::TooLong));
    }

    #[test]
    fn an_invalid_household_is_refused_with_the_validation_message() {
        let mut s = scenario();
        s.adults[0].age = 12;
        let err = decode(&encode(&s)).unwrap_err();
        assert!(matches!(err, ShareError::Invalid(ref e) if e[0].path == "adults[0].age"));
        assert_eq!(
            err.to_string(),
            "The household in this link cannot be calculated: Age must be between 16 and 120."
        );
    }

    /// Issue 22: a crafted link with a job of 0.0000000000000000000000000001 hours on a
    /// salary of £10,000,000 passed validation, and opening it panicked ("Division
    /// overflowed") while the form worked out the hourly pay. Now no amount or hours can have
    /// more places than a form gives.
    #[test]
    fn crafted_hours_and_amounts_with_many_places_are_refused_not_a_panic() {
        let mut s = scenario();
        s.offers[0].hours_per_week = Decimal::new(1, 28);
        s.offers[0].hourly_wage = None;
        s.offers[0].annual_salary = Some(Money::pounds(10_000_000));
        let err = decode(&encode(&s)).unwrap_err();
        assert!(
            matches!(err, ShareError::Invalid(ref e) if e[0].path == "offers[0].hours_per_week"),
            "{err:?}"
        );
        assert!(
            err.to_string().contains("2 numbers after the point"),
            "{err}"
        );

        let mut s = scenario();
        s.offers[0].hourly_wage = Some(Money::new(Decimal::new(12_713, 3)));
        let err = decode(&encode(&s)).unwrap_err();
        assert!(
            matches!(err, ShareError::Invalid(ref e) if e[0].path == "offers[0].hourly_wage"),
            "{err:?}"
        );
        // Trailing zeros are not extra places: 16.50 hours and £12.7100 are fine.
        let mut s = scenario();
        s.offers[0].hours_per_week = Decimal::new(1650, 2);
        s.offers[0].hourly_wage = Some(Money::new(Decimal::new(127_100, 4)));
        assert!(decode(&encode(&s)).is_ok());
    }

    /// Issue 22: a name written twice took the last value without a word.
    #[test]
    fn a_link_with_a_name_written_twice_is_refused() {
        let json = serde_json::to_string(&scenario()).unwrap();
        let twice = json.replacen("{", r#"{"savings": "1","#, 1);
        assert_eq!(twice.matches("\"savings\"").count(), 2, "{twice}");
        let link = format!("1.{}", base64url::encode(twice.as_bytes()));
        assert_eq!(decode(&link), Err(ShareError::Unreadable));
    }

    /// Issue 22: seven children or four jobs were cut to the form's six and three without a
    /// word. The link is refused with the reason instead.
    #[test]
    fn more_children_or_jobs_than_the_form_shows_are_refused_with_the_reason() {
        let mut s = scenario();
        let child: crate::better_off::scenario::Child =
            serde_json::from_str(r#"{"age": 5}"#).unwrap();
        s.children = vec![child; 7];
        let err = decode(&encode(&s)).unwrap_err();
        assert!(err.to_string().contains("at most 6 children"), "{err}");
        s.children.truncate(6);
        assert!(decode(&encode(&s)).is_ok());

        let offer = s.offers[0].clone();
        s.offers = vec![offer; 4];
        let err = decode(&encode(&s)).unwrap_err();
        assert!(err.to_string().contains("at most 3 jobs"), "{err}");
    }

    /// A link made before the questions for issues 18 and 19 were added (no New Style
    /// benefits, dates of birth, deductions, supported housing or travel period): it still
    /// opens, and the new answers take their defaults.
    const OLD_LINK: &str = "1.eyJjb3VudHJ5IjoiZW5nbGFuZCIsInRheF95ZWFyIjoiMjAyNi0yNyIsInJlZ2lvbiI6Ik5PUlRIX1dFU1QiLCJhZHVsdHMiOlt7ImFnZSI6MzAsImxjd3JhIjp0cnVlLCJsY3dyYV9uZXdfY2xhaW0iOmZhbHNlLCJwaXBfZGFpbHlfbGl2aW5nIjoic3RhbmRhcmQiLCJwaXBfbW9iaWxpdHkiOiJub25lIiwiY2FyZXIiOmZhbHNlLCJlYXJuaW5nc19hbm51YWwiOiIwIiwiaG91cnNfcGVyX3dlZWsiOiIwIn1dLCJjaGlsZHJlbiI6W3siYWdlIjo0LCJkYXRlX29mX2JpcnRoIjpudWxsLCJzZXgiOm51bGwsImRpc2FibGVkIjpmYWxzZSwiZGxhX2NhcmUiOm51bGwsImRsYV9tb2JpbGl0eSI6Im5vbmUifV0sImhvdXNpbmciOnsidGVudXJlIjoic29jaWFsX3JlbnQiLCJyZW50IjoiNTIwIiwicmVudF9wZXJpb2QiOiJtb250aCIsInNlcnZpY2VfY2hhcmdlcyI6IjAiLCJiZWRyb29tcyI6bnVsbH0sImNvdW5jaWxfdGF4Ijp7ImFubnVhbCI6IjE0MDAiLCJyZWR1Y3Rpb25fYW5udWFsIjoiMzAwIn0sInNhdmluZ3MiOiIwIiwibWFycmllZCI6ZmFsc2UsImNhcmVyc19jYXJlX2Zvcl9zYW1lX3BlcnNvbiI6ZmFsc2UsIm9mZmVycyI6W3sibGFiZWwiOiJDYWbDqSwgMTYgaG91cnMiLCJhZHVsdCI6MCwiaG91cnNfcGVyX3dlZWsiOiIxNiIsImhvdXJseV93YWdlIjoiMTIuNzEiLCJhbm51YWxfc2FsYXJ5IjpudWxsLCJwYXlfZnJlcXVlbmN5IjoibW9udGhseSIsImNoaWxkY2FyZV9tb250aGx5IjoiMCIsInRyYXZlbF9tb250aGx5IjoiNDAiLCJwZW5zaW9uIjp7ImtpbmQiOiJhdXRvX2Vucm9sbWVudCJ9fV19";

    #[test]
    fn a_link_made_before_the_new_questions_still_opens_into_the_form() {
        let s = decode(OLD_LINK).expect("an old link opens");
        let a = &s.adults[0];
        assert!(a.lcwra);
        assert_eq!(
            (a.new_style_esa, a.new_style_jsa, a.date_of_birth.as_deref()),
            (None, None, None)
        );
        assert_eq!(s.uc_deductions_monthly, Money::ZERO);
        assert!(!s.benefit_cap_grace && !s.expecting_baby);
        assert_eq!(s.council_tax.reduction_in_work_annual, None);
        assert!(!s.offers[0].supported_permitted_work);
        assert_eq!(s.offers[0].travel_monthly, Money::pounds(40));
        let form = Form::from_scenario(&s);
        assert_eq!(form.choice(Field::NewStyle(0)), Some(NewStyle::No));
        assert_eq!(
            form.choice(Field::SupportedHousing),
            Some(SupportedHome::No)
        );
        let mut read = form.scenario().expect("the form reads it");
        read.offers[0].label = s.offers[0].label.clone();
        assert_eq!(read, s);
    }

    #[test]
    fn a_link_carries_every_new_answer_back_into_the_form() {
        let form = whole_picture_form();
        let s = form.scenario().expect("valid");
        assert!(s.offers[0].supported_permitted_work);
        assert!(matches!(s.housing, Housing::Supported { .. }));
        let opened = decode(&encode(&s)).expect("opens");
        assert_eq!(opened, s);
        let again = Form::from_scenario(&opened);
        for field in [
            Field::NewStyle(0),
            Field::EsaGroup(0),
            Field::AwardWeekly(0),
            Field::DateOfBirth(1),
            Field::StatePension(1),
            Field::ChildTwin(1),
            Field::ExpectingBaby,
            Field::SupportedHousing,
            Field::CouncilTaxInWork,
            Field::CouncilTaxReductionInWork,
            Field::UcDeductions,
            Field::BenefitCapGrace,
            Field::OfferSupportedWork(0),
            Field::OfferTravel(0),
            Field::OfferTravelPeriod(0),
            Field::OfferChildcareChildren(0),
        ] {
            assert_eq!(again.get(field), form.get(field), "{field:?}");
        }
        let mut read = again.scenario().expect("reads back");
        read.offers[0].label = s.offers[0].label.clone();
        assert_eq!(read, s);
    }

    proptest! {
        #[test]
        fn decode_never_panics_on_any_text(text in ".{0,300}") {
            if let Ok(s) = decode(&text) {
                prop_assert!(s.validate().is_ok());
            }
        }

        #[test]
        fn decode_never_panics_on_a_mutated_link(
            at in 0usize..2000,
            byte in proptest::sample::select(b"AZaz09-_.=+/ ".to_vec()),
            cut in 0usize..2000,
        ) {
            let mut payload = encode(&scenario()).into_bytes();
            let at = at % payload.len();
            payload[at] = byte;
            payload.truncate(cut.max(at + 1));
            let text = String::from_utf8_lossy(&payload);
            if let Ok(s) = decode(&text) {
                prop_assert!(s.validate().is_ok());
            }
        }
    }
}
