//! Share links whose data lives only in the URL fragment, which browsers never send to a
//! server: the scenario as compact JSON, base64url without padding, behind a format version
//! (`1.` + payload) so that a link made today still opens after the scenario format changes,
//! or is refused with a reason. Decoding refuses garbage, cut-off links, versions we do not
//! know and households that fail [`Scenario::validate`], each with a sentence a person can act
//! on. The base64url codec is written here (forty lines, tested) rather than taken from a
//! crate: it keeps `Cargo.toml` and the wasm bundle unchanged for something this small.

use crate::scenario::{Scenario, ValidationError};
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
        match self {
            ShareError::Empty => write!(f, "This link has no household in it. Ask for the link again."),
            ShareError::TooLong => write!(
                f,
                "This link is far longer than a Work Steps link can be. Check that you copied the right link."
            ),
            ShareError::NotALink => write!(
                f,
                "This is not a Work Steps share link, or it has been changed. Ask for the link again."
            ),
            ShareError::Truncated => write!(
                f,
                "This link has been cut short, probably when it was copied. Ask for the link again and copy all of it."
            ),
            ShareError::NewerVersion(v) => write!(
                f,
                "This link was made by a newer version of Work Steps (link version {v}). Update the app and try again."
            ),
            ShareError::Unreadable => write!(
                f,
                "This link's household could not be read; it may have been changed. Ask for the link again."
            ),
            ShareError::Invalid(errors) => {
                write!(f, "The household in this link cannot be calculated:")?;
                for e in errors {
                    write!(f, " {}", e.message)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// The fragment payload for a scenario: `1.` followed by base64url of its compact JSON.
pub fn encode(s: &Scenario) -> String {
    // Serialising a Scenario cannot fail: every map key is a string and Decimal writes as text.
    let json = serde_json::to_vec(s).expect("a scenario always serialises to JSON");
    format!("{VERSION}.{}", base64url_encode(&json))
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
    let json = base64url_decode(data)?;
    // Read as text, then a JSON value, then a scenario: scenario files are read the same way,
    // so the WebAssembly holds one JSON reader and one scenario reader, not two of each.
    let text = match std::str::from_utf8(&json) {
        Ok(text) => text,
        // A character cut off at the end: the link was cut short.
        Err(e) if e.error_len().is_none() => return Err(ShareError::Truncated),
        Err(_) => return Err(ShareError::Unreadable),
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ShareError::Truncated
        } else {
            ShareError::Unreadable
        }
    })?;
    let scenario: Scenario = serde_json::from_value(value).map_err(|_| ShareError::Unreadable)?;
    scenario.validate().map_err(ShareError::Invalid)?;
    Ok(scenario)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// RFC 4648 section 5 (URL- and filename-safe alphabet), without `=` padding.
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // A chunk of k bytes needs k + 1 characters.
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let mut values = Vec::with_capacity(text.len());
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return Err(ShareError::NotALink),
        };
        values.push(u32::from(v));
    }
    // One character left over holds only 6 bits, less than a byte: the link was cut.
    if values.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calculator::test_support::single_social_renter;
    use proptest::prelude::*;

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
    fn base64url_matches_rfc_4648_test_vectors() {
        // RFC 4648 section 10, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
        }
        // The two URL-safe characters, where standard base64 has '+' and '/'.
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn base64url_refuses_other_characters_and_a_lone_last_character() {
        assert_eq!(base64url_decode("Zm9v+"), Err(ShareError::NotALink));
        assert_eq!(base64url_decode("Zm9v="), Err(ShareError::NotALink));
        assert_eq!(base64url_decode("Zm9vY"), Err(ShareError::Truncated));
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
        let other = format!("1.{}", base64url_encode(br#"{"hello":"world"}"#));
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

    proptest! {
        #[test]
        fn base64url_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)).unwrap(), bytes);
        }

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
