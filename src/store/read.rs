//! A reader by hand for records kept as JSON (the tracker's and the task builder's), taking
//! exactly what serde's derived reader took and refusing with exactly its words: the
//! backup's plain-words explanation (`backup::unreadable`) sorts those words into kinds.
//!
//! Why by hand: serde's derive wrote a reader per type, each taking a struct as an object or
//! an array; these are one small reader over the JSON value the files are parsed into, the
//! types' own readers (`tracker::read`, `tasks::read`) a few lines each. Each compares
//! itself with the derive it replaced, kept frozen in its tests.
//!
//! What serde's derive accepted, and so what these accept:
//! - a struct is an object (names it does not have are passed over) or an array of its fields
//!   in order, of no more than there are; a field left out takes its default, or `None` for
//!   an `Option` in an object, or is refused;
//! - a unit enum is its name, or an object of one name whose value is `null`;
//! - a number is a whole number that fits, `f64` any number; a `char` is text of one letter.
//!
//! Where more than one thing is wrong, the message is the one serde's gave: in an object the
//! first wrong value in the order of the names, then the first missing field in the order of
//! the struct; in an array the first wrong or missing item.

use serde::de::{Error as _, Expected, Unexpected};
use serde_json::{Error, Map, Value};
use std::fmt;

pub(crate) type Read<T> = Result<T, Error>;

/// `Deserialize` for a type read by hand: the value as JSON, then `read`.
pub(crate) fn bridge<'de, D, T>(d: D, read: fn(&Value) -> Read<T>) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let value = <Value as serde::Deserialize>::deserialize(d)?;
    read(&value).map_err(D::Error::custom)
}

/// What serde calls the value in its messages.
pub(crate) fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

pub(crate) fn wrong<T>(v: &Value, want: &'static str) -> Read<T> {
    Err(Error::invalid_type(unexpected(v), &want))
}

/// A whole number of at most `max`, called `want` (`u32`) in the messages.
pub(crate) fn whole(v: &Value, want: &'static str, max: u64) -> Read<u64> {
    let Value::Number(n) = v else {
        return wrong(v, want);
    };
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) if u <= max => Ok(u),
        (Some(u), _) => Err(Error::invalid_value(Unexpected::Unsigned(u), &want)),
        (None, Some(i)) => Err(Error::invalid_value(Unexpected::Signed(i), &want)),
        _ => wrong(v, want),
    }
}

pub(crate) fn u64_(v: &Value) -> Read<u64> {
    whole(v, "u64", u64::MAX)
}

pub(crate) fn u32_(v: &Value) -> Read<u32> {
    whole(v, "u32", u32::MAX.into()).map(|n| n as u32)
}

pub(crate) fn usize_(v: &Value) -> Read<usize> {
    whole(v, "usize", usize::MAX as u64).map(|n| n as usize)
}

pub(crate) fn f64_(v: &Value) -> Read<f64> {
    match v {
        Value::Number(n) => Ok(n.as_f64().unwrap_or_default()),
        _ => wrong(v, "f64"),
    }
}

pub(crate) fn string(v: &Value) -> Read<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        _ => wrong(v, "a string"),
    }
}

pub(crate) fn character(v: &Value) -> Read<char> {
    let Value::String(s) = v else {
        return wrong(v, "a character");
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::invalid_value(Unexpected::Str(s), &"a character")),
    }
}

pub(crate) fn boolean(v: &Value) -> Read<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => wrong(v, "a boolean"),
    }
}

pub(crate) fn option<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    match v {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

pub(crate) fn list<T>(v: &Value, read: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    match v {
        Value::Array(items) => items.iter().map(read).collect(),
        _ => wrong(v, "a sequence"),
    }
}

/// An externally tagged enum: which of `names` it is, and the value with the name if any.
pub(crate) fn variant<'a>(
    v: &'a Value,
    names: &'static [&'static str],
) -> Read<(usize, Option<&'a Value>)> {
    let (name, with) = match v {
        Value::String(name) => (name, None),
        Value::Object(map) if map.len() == 1 => {
            let (name, with) = map.iter().next().expect("one name");
            (name, Some(with))
        }
        Value::Object(_) => {
            return Err(Error::invalid_value(
                Unexpected::Map,
                &"map with a single key",
            ))
        }
        v => return wrong(v, "string or map"),
    };
    match names.iter().position(|n| n == name) {
        Some(i) => Ok((i, with)),
        None => Err(Error::unknown_variant(name, names)),
    }
}

/// A variant without a value: its name, or its name with `null`.
pub(crate) fn unit(v: &Value, names: &'static [&'static str]) -> Read<usize> {
    let (i, with) = variant(v, names)?;
    match with {
        None | Some(Value::Null) => Ok(i),
        Some(v) => wrong(v, "unit"),
    }
}

/// A struct's fields, an object's names or an array's items in order, each read into its
/// place in a blank value; the first refusal by serde's order is kept.
pub(crate) struct Struct<'a> {
    map: Option<&'a Map<String, Value>>,
    items: &'a [Value],
    names: &'static [&'static str],
    what: &'static str,
    /// The refusal to give, with its place in serde's order.
    refused: Option<((bool, usize), Error)>,
}

/// "struct Session with 13 elements", as serde says it.
struct Elements(&'static str, usize);

impl Expected for Elements {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.1 {
            1 => write!(f, "{} with 1 element", self.0),
            n => write!(f, "{} with {n} elements", self.0),
        }
    }
}

/// What a field left out is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Missing {
    /// Refused.
    Refused,
    /// Its default (already in its place).
    Default,
    /// `None` (already in its place) in an object; refused in an array.
    NoneInObject,
}

impl<'a> Struct<'a> {
    pub(crate) fn of(
        v: &'a Value,
        what: &'static str,
        names: &'static [&'static str],
    ) -> Read<Self> {
        let (map, items) = match v {
            Value::Object(map) => (Some(map), &[][..]),
            Value::Array(items) => (None, &items[..]),
            v => return wrong(v, what),
        };
        Ok(Struct {
            map,
            items,
            names,
            what,
            refused: None,
        })
    }

    fn refuse(&mut self, at: (bool, usize), e: Error) {
        if self.refused.as_ref().is_none_or(|(first, _)| at < *first) {
            self.refused = Some((at, e));
        }
    }

    /// Field `i`, or `None` when it is left out, with its place in serde's order: an
    /// object's names in order, then what is left out in the struct's order; an array's
    /// items in order.
    fn value(&self, i: usize) -> (Option<&'a Value>, (bool, usize)) {
        let name = self.names[i];
        match self.map {
            Some(map) => match map.get(name) {
                Some(v) => (
                    Some(v),
                    (false, map.keys().position(|k| k == name).unwrap_or(0)),
                ),
                None => (None, (true, i)),
            },
            None => (self.items.get(i), (false, i)),
        }
    }

    /// Field `i` read by `read` into `place`.
    #[inline(never)]
    fn field<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>, missing: Missing) {
        match self.value(i) {
            (Some(v), at) => match read(v) {
                Ok(value) => *place = value,
                Err(e) => self.refuse(at, e),
            },
            (None, at) => {
                let e = match (self.map, missing) {
                    (_, Missing::Default) | (Some(_), Missing::NoneInObject) => return,
                    (Some(_), _) => Error::missing_field(self.names[i]),
                    (None, _) => Error::invalid_length(i, &Elements(self.what, self.names.len())),
                };
                self.refuse(at, e);
            }
        }
    }

    pub(crate) fn required<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::Refused);
    }

    /// A field with a default, which `place` holds.
    pub(crate) fn or_default<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::Default);
    }

    /// An `Option` with no default (`place` holds `None`): `None` when an object leaves it
    /// out.
    pub(crate) fn optional<T>(&mut self, i: usize, place: &mut T, read: fn(&Value) -> Read<T>) {
        self.field(i, place, read, Missing::NoneInObject);
    }

    /// `value` once every field is read, else the first refusal; also refused: an array
    /// with more items than fields.
    pub(crate) fn finish<T>(self, value: T) -> Read<T> {
        if let Some((_, e)) = self.refused {
            return Err(e);
        }
        match self.items.len() {
            n if n > self.names.len() => Err(Error::invalid_length(n, &"fewer elements in array")),
            _ => Ok(value),
        }
    }
}

/// For the readers' tests (`tasks/read_tests.rs`, `tracker/read_tests.rs`): picks below `n`
/// from a small xorshift generator of its own, so the cases are the same on every run.
#[cfg(test)]
pub(crate) fn picker(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}
