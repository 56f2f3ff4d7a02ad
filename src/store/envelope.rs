//! The envelope every file the app writes shares: `{"format": "work-steps/…", "version": N,
//! …}`. It is read loosely first, so that a file from another program, from a newer version
//! of this app, or cut off part-way is named as such rather than reported as "broken"; only
//! then does each tool read its own contents.

use serde_json::{Map, Value};
use std::fmt;

/// The largest id a file may hold: 2^53, the largest whole number a JavaScript number (and so
/// any JSON a browser writes) holds exactly. Beyond it a counter's `+ 1` is not safe.
pub const MAX_ID: u64 = 1 << 53;

/// Why a file was refused before its contents were looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopeError {
    TooLarge,
    NotJson,
    /// Ends part-way, usually a download or copy that did not finish.
    Truncated,
    /// Not one of this tool's files (another format, or not an object at all).
    Foreign,
    NewerVersion(u64),
    BadVersion,
    /// A name appears twice in one object (`{"a": 1, "a": 2}`): JSON readers keep the last
    /// one without a word, so which the person meant cannot be known.
    RepeatedName,
}

/// Which tool's file it is, for the sentences that refuse one ([`EnvelopeError::say`]):
/// each tool's refusals are whole sentences in `locales/*/files.ftl`, `file-<id>-…`, so a
/// translator never has to build a sentence from pieces.
pub struct Kind {
    /// `tasks`, `tracker`, `scenarios` or `backup`.
    pub id: &'static str,
    pub limit_mb: usize,
}

impl EnvelopeError {
    /// The refusal in plain words, for a file of this kind.
    pub fn say(self, kind: &Kind) -> String {
        let what = match self {
            EnvelopeError::TooLarge => "too-large",
            EnvelopeError::NotJson | EnvelopeError::Foreign => "not-ours",
            EnvelopeError::Truncated => "cut-off",
            EnvelopeError::NewerVersion(_) => "newer",
            EnvelopeError::BadVersion => "bad-version",
            EnvelopeError::RepeatedName => "repeated-name",
        };
        crate::i18n::tr(
            &format!("file-{}-{what}", kind.id),
            &[("limit", crate::i18n::Arg::from(kind.limit_mb))],
        )
    }
}

/// Why a file of one format was refused: by the envelope, before its contents were looked at,
/// or for a reason of the format's own (`R`, one enum per format). One type for every file
/// the app reads, so the envelope's refusals are written once and each format adds only its
/// own reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError<R> {
    Envelope(EnvelopeError),
    Contents(R),
}

impl<R> From<EnvelopeError> for FileError<R> {
    fn from(e: EnvelopeError) -> Self {
        FileError::Envelope(e)
    }
}

impl<R> FileError<R> {
    /// The envelope's part of this error, if it is one of the envelope's refusals.
    pub fn as_envelope(&self) -> Option<EnvelopeError> {
        match self {
            FileError::Envelope(e) => Some(*e),
            FileError::Contents(_) => None,
        }
    }
}

/// A format's own reasons for refusing a file, said in words ([`fmt::Display`]), and which
/// kind of file it is, so the envelope's refusals name it.
pub trait Reasons: fmt::Display {
    const KIND: Kind;

    /// The envelope's refusal in words. A format may say one its own way.
    fn say_envelope(error: EnvelopeError) -> String {
        error.say(&Self::KIND)
    }
}

impl<R: Reasons> fmt::Display for FileError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Envelope(e) => f.write_str(&R::say_envelope(*e)),
            FileError::Contents(reason) => reason.fmt(f),
        }
    }
}

impl<R: Reasons + fmt::Debug> std::error::Error for FileError<R> {}

/// The file's top-level object, once its size, JSON, format and version are right.
/// A leading byte-order mark (added by some editors) is allowed.
pub fn open(
    text: &str,
    format: &str,
    version: u64,
    max_bytes: usize,
) -> Result<Map<String, Value>, EnvelopeError> {
    if text.len() > max_bytes {
        return Err(EnvelopeError::TooLarge);
    }
    let value = strict::parse(text.trim_start_matches('\u{feff}')).map_err(|e| match e {
        strict::Error::Truncated => EnvelopeError::Truncated,
        strict::Error::NotJson => EnvelopeError::NotJson,
        strict::Error::RepeatedName => EnvelopeError::RepeatedName,
    })?;
    let Value::Object(map) = value else {
        return Err(EnvelopeError::Foreign);
    };
    if map.get("format").and_then(Value::as_str) != Some(format) {
        return Err(EnvelopeError::Foreign);
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(v) if v > version => Err(EnvelopeError::NewerVersion(v)),
        Some(v) if v == version => Ok(map),
        _ => Err(EnvelopeError::BadVersion),
    }
}

/// A JSON reader that refuses a name repeated in one object, where `serde_json` keeps the
/// last value silently. Used for every file and link the app reads.
pub mod strict {
    use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde_json::{Map, Value};
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Error {
        /// Ends part-way.
        Truncated,
        NotJson,
        RepeatedName,
    }

    /// The JSON value of `text`, or why it is refused.
    pub fn parse(text: &str) -> Result<Value, Error> {
        read(text, Strict { last_wins: false })
    }

    /// The JSON value of `text` as `serde_json::from_str::<Value>` reads it: a repeated name
    /// keeps its last value. For values an older app wrote that way (`store::migrate`), so
    /// the app holds one JSON reader, not two.
    pub fn parse_as_serde_json(text: &str) -> Result<Value, Error> {
        read(text, Strict { last_wins: true })
    }

    fn read(text: &str, strict: Strict) -> Result<Value, Error> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let value = strict.deserialize(&mut reader).and_then(|v| {
            reader.end()?;
            Ok(v)
        });
        value.map_err(|e| {
            if e.is_eof() {
                Error::Truncated
            } else if e.is_data() {
                // The only data error this reader raises: a repeated name.
                Error::RepeatedName
            } else {
                Error::NotJson
            }
        })
    }

    /// Reads a JSON value; a repeated name is refused unless `last_wins`.
    #[derive(Clone, Copy)]
    struct Strict {
        last_wins: bool,
    }

    impl<'de> DeserializeSeed<'de> for Strict {
        type Value = Value;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Strict {
        type Value = Value;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
            Ok(Value::Bool(b))
        }
        fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
            Ok(Value::from(n))
        }
        fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
            Ok(Value::from(n))
        }
        fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
            Ok(serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number))
        }
        fn visit_str<E>(self, s: &str) -> Result<Value, E> {
            Ok(Value::String(s.to_owned()))
        }
        fn visit_string<E>(self, s: String) -> Result<Value, E> {
            Ok(Value::String(s))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element_seed(self)? {
                items.push(item);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = Map::new();
            while let Some(name) = map.next_key::<String>()? {
                let value = map.next_value_seed(self)?;
                if out.insert(name, value).is_some() && !self.last_wins {
                    return Err(de::Error::custom("a name is repeated"));
                }
            }
            Ok(Value::Object(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: &str = "work-steps/test";

    #[test]
    fn each_kind_of_bad_file_is_named() {
        assert_eq!(
            open("x".repeat(11).as_str(), F, 1, 10),
            Err(EnvelopeError::TooLarge)
        );
        assert_eq!(
            open("{\"format\": \"work-st", F, 1, 100),
            Err(EnvelopeError::Truncated)
        );
        assert_eq!(open("hello", F, 1, 100), Err(EnvelopeError::NotJson));
        assert_eq!(open("[1, 2]", F, 1, 100), Err(EnvelopeError::Foreign));
        assert_eq!(
            open(r#"{"format": "other", "version": 1}"#, F, 1, 100),
            Err(EnvelopeError::Foreign)
        );
        assert_eq!(
            open(r#"{"format": "work-steps/test", "version": 3}"#, F, 1, 100),
            Err(EnvelopeError::NewerVersion(3))
        );
        assert_eq!(
            open(
                r#"{"format": "work-steps/test", "version": "1"}"#,
                F,
                1,
                100
            ),
            Err(EnvelopeError::BadVersion)
        );
        let ok = open(
            "\u{feff}{\"format\": \"work-steps/test\", \"version\": 1, \"a\": 2}",
            F,
            1,
            100,
        )
        .unwrap();
        assert_eq!(ok.get("a"), Some(&Value::from(2)));
    }

    /// Issue 22: `{"a": 1, "a": 2}` was read as `{"a": 2}` without a word.
    #[test]
    fn a_name_repeated_in_one_object_is_refused_at_any_depth() {
        let top = r#"{"format": "work-steps/test", "version": 1, "a": 1, "a": 2}"#;
        assert_eq!(open(top, F, 1, 1000), Err(EnvelopeError::RepeatedName));
        let deep = r#"{"format": "work-steps/test", "version": 1, "a": [{"b": 1, "b": 1}]}"#;
        assert_eq!(open(deep, F, 1, 1000), Err(EnvelopeError::RepeatedName));
        // The same name in two objects is fine, and so is every kind of value.
        let fine = r#"{"format": "work-steps/test", "version": 1,
            "a": [{"b": 1}, {"b": -2.5e3}], "c": {"b": null, "d": [true, "x"]}}"#;
        let map = open(fine, F, 1, 1000).unwrap();
        assert_eq!(map["a"][1]["b"], Value::from(-2500.0));
        assert_eq!(map["c"]["d"][1], Value::from("x"));
        assert_eq!(
            open(r#"{"format": "work-steps/test"} x"#, F, 1, 1000),
            Err(EnvelopeError::NotJson)
        );
    }

    /// `parse_as_serde_json` stands in for `serde_json::from_str::<Value>` in the migration:
    /// the same value, or both refuse, on texts that find the edges (repeated names, numbers
    /// of every kind, nesting past serde_json's limit, text after the end, cut-off texts).
    fn same_as_serde_json(text: &str) {
        let ours = strict::parse_as_serde_json(text).ok();
        let theirs = serde_json::from_str::<Value>(text).ok();
        assert_eq!(ours, theirs, "{text:?}");
    }

    #[test]
    fn the_lenient_reader_reads_as_serde_json_does() {
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let texts = [
            r#"{"a": 1, "a": 2}"#,
            r#"{"a": {"b": [1, {"b": 3, "b": null}]}, "a": "x"}"#,
            r#"[1, -1, 1.5, 1e400, -0, 0.0, 18446744073709551615, 18446744073709551616]"#,
            r#"{"version": 1, "saved": [{"name": "A", "form": {"rent": "500"}}]}"#,
            r#""\u00e9 \n""#,
            r#""\ud800""#,
            "",
            " ",
            "{} x",
            "[1,]",
            r#"{"a" 1}"#,
            "nul",
            "\u{feff}{}",
            &deep,
        ];
        for text in texts {
            same_as_serde_json(text);
            for cut in 0..text.len() {
                if text.is_char_boundary(cut) {
                    same_as_serde_json(&text[..cut]);
                }
            }
        }
        assert_eq!(
            strict::parse_as_serde_json(r#"{"a": 1, "a": 2}"#),
            Ok(serde_json::json!({"a": 2}))
        );
        assert_eq!(
            strict::parse(r#"{"a": 1, "a": 2}"#),
            Err(strict::Error::RepeatedName)
        );
    }

    proptest::proptest! {
        #[test]
        fn the_lenient_reader_reads_any_text_as_serde_json_does(
            text in r#"[\[\]{}:," a-c0-9.eE+\-nultrf\\]{0,40}"#
        ) {
            same_as_serde_json(&text);
        }
    }
}
