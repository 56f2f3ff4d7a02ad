//! A [`Scenario`] read from a JSON value by hand, taking exactly what serde's derived reader
//! took (share links, scenario files and the `better-off` command all read households this
//! way), with a plain error otherwise.
//!
//! Why by hand: serde's derive wrote a reader per type, and for the tagged enums ([`Housing`],
//! [`Pension`], [`RelativeHousing`]) a copy of the value in serde's own buffer and a second
//! reader for that; together a sixth of the calculator's WebAssembly code. These functions are
//! one small reader over the JSON value the links and files are parsed into.
//!
//! What serde's derive accepted, and so what these accept (a test in `scenario` compares
//! both on generated households and on every fixture):
//! - a struct is an object whose every name is one of its fields, or an array of its fields
//!   in order, of no more than there are; a field left out takes its default or, without one,
//!   is refused; `null` is only `None` for an `Option`;
//! - a unit enum is its name, or an object of one name whose value is `null`;
//! - a tagged enum is an object whose tag (`tenure` or `kind`) names the variant, the other
//!   names being the variant's fields (a variant without fields takes any), or an array whose
//!   first item is the tag and the rest the fields in order;
//! - inside [`Housing`] serde read from its buffer, which also took `{}` for a unit enum's
//!   `null` and a variant's number (from 0) for [`RelativeHousing`]'s tag ([`Inside`]);
//! - an amount is a number or text, read as `rust_decimal` reads it; a count is a whole
//!   number that fits.

use super::{
    Adult, Child, CouncilTax, DlaCare, DlaMobility, EsaAward, EsaGroup, Housing, JobOffer,
    JsaAward, PayFrequency, Pension, PipRate, RelativeHousing, Scenario, Sex, SupportedKind,
};
use crate::better_off::params::{Country, TaxYear};
use crate::money::{Money, Period};
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::fmt;
use std::str::FromStr;

/// Why a value is not a household: the innermost field that could not be read, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The field's name, or empty for the household itself.
    pub at: &'static str,
    pub what: &'static str,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            "" => f.write_str(self.what),
            at => write!(f, "{at}: {}", self.what),
        }
    }
}

impl std::error::Error for ReadError {}

type Read<T> = Result<T, ReadError>;

fn refuse<T>(what: &'static str) -> Read<T> {
    Err(ReadError { at: "", what })
}

/// Where a value was read: straight from the JSON, or from the buffer serde kept of an
/// internally tagged enum's fields (everything inside [`Housing`]), whose reader also took
/// `{}` where `null` was meant and a variant's number for its tag.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inside {
    Json,
    Buffer,
}

/// A struct's fields: an object's names, or an array's items in order.
enum Fields<'a> {
    Object(&'a Map<String, Value>),
    Array(&'a [Value]),
}

/// A struct's fields with their names, in order.
struct Struct<'a> {
    fields: Fields<'a>,
    names: &'static [&'static str],
}

impl<'a> Struct<'a> {
    /// The fields of `value` as a struct of `names`: an object with none other (`tag` is
    /// a tagged enum's, already read), or an array of no more.
    fn new(
        fields: Fields<'a>,
        names: &'static [&'static str],
        tag: Option<&str>,
    ) -> Read<Struct<'a>> {
        let fits = match fields {
            Fields::Object(map) => map
                .keys()
                .all(|k| Some(k.as_str()) == tag || names.contains(&k.as_str())),
            Fields::Array(items) => items.len() <= names.len(),
        };
        if !fits {
            return refuse("a name it does not have, or too many items");
        }
        Ok(Struct { fields, names })
    }

    fn of(value: &'a Value, names: &'static [&'static str]) -> Read<Struct<'a>> {
        match value {
            Value::Object(map) => Struct::new(Fields::Object(map), names, None),
            Value::Array(items) => Struct::new(Fields::Array(items), names, None),
            _ => refuse("not an object"),
        }
    }

    /// Field `i` read by `read`, or `None` when it is left out.
    fn get<T>(&self, i: usize, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
        let name = self.names[i];
        let value = match self.fields {
            Fields::Object(map) => map.get(name),
            Fields::Array(items) => items.get(i),
        };
        match value {
            None => Ok(None),
            Some(v) => read(v).map(Some).map_err(|e| match e.at {
                "" => ReadError { at: name, ..e },
                _ => e,
            }),
        }
    }

    /// Field `i`, or its type's default when it is left out.
    fn or_default<T: Default>(&self, i: usize, read: fn(&Value) -> Read<T>) -> Read<T> {
        Ok(self.get(i, read)?.unwrap_or_default())
    }

    /// Field `i`, which must be there.
    fn required<T>(&self, i: usize, read: fn(&Value) -> Read<T>) -> Read<T> {
        self.get(i, read)?.ok_or(ReadError {
            at: self.names[i],
            what: "missing",
        })
    }
}

/// An internally tagged enum: which of `variants` the tag names, and the fields beside it.
fn tagged<'a>(
    value: &'a Value,
    tag: &'static str,
    variants: &[&str],
    inside: Inside,
) -> Read<(usize, Fields<'a>)> {
    let (name, fields) = match value {
        Value::Object(map) => (map.get(tag), Fields::Object(map)),
        Value::Array(items) => (items.first(), Fields::Array(items.get(1..).unwrap_or(&[]))),
        _ => return refuse("not an object"),
    };
    let which = match name {
        Some(Value::String(name)) => variants.iter().position(|v| v == name),
        // serde's buffer also took the variant's number.
        Some(Value::Number(n)) if inside == Inside::Buffer => n
            .as_u64()
            .filter(|i| *i < variants.len() as u64)
            .map(|i| i as usize),
        _ => None,
    };
    match which {
        Some(i) => Ok((i, fields)),
        None => Err(ReadError {
            at: tag,
            what: "not one of its kinds",
        }),
    }
}

/// A tagged enum's variant without fields: any names beside the tag, or no more items.
fn no_fields(fields: Fields) -> Read<()> {
    match fields {
        Fields::Array(items) if !items.is_empty() => refuse("too many items"),
        _ => Ok(()),
    }
}

/// Which of `names` a unit enum's value is: the name, or `{name: null}`.
fn unit(value: &Value, names: &[&str], inside: Inside) -> Read<usize> {
    let (name, with) = match value {
        Value::String(name) => (name, None),
        Value::Object(map) if map.len() == 1 => {
            let (name, with) = map.iter().next().expect("one name");
            (name, Some(with))
        }
        _ => return refuse("not a word it knows"),
    };
    let empty = match with {
        None | Some(Value::Null) => true,
        Some(Value::Object(map)) => inside == Inside::Buffer && map.is_empty(),
        Some(_) => false,
    };
    match names.iter().position(|n| n == name) {
        Some(i) if empty => Ok(i),
        _ => refuse("not a word it knows"),
    }
}

fn decimal(value: &Value) -> Read<Decimal> {
    let read = match value {
        Value::String(text) => Decimal::from_str(text)
            .or_else(|_| Decimal::from_scientific(text))
            .ok(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Some(Decimal::from(u)),
            (None, Some(i)) => Some(Decimal::from(i)),
            // As rust_decimal reads a float: its shortest text, read as a decimal.
            (None, None) => n
                .as_f64()
                .and_then(|f| Decimal::from_str(&f.to_string()).ok()),
        },
        _ => None,
    };
    read.map_or_else(|| refuse("not an amount"), Ok)
}

fn money(value: &Value) -> Read<Money> {
    decimal(value).map(Money::new)
}

fn whole(value: &Value) -> Read<u64> {
    match value.as_u64() {
        Some(n) => Ok(n),
        None => refuse("not a whole number"),
    }
}

fn count(value: &Value) -> Read<u32> {
    u32::try_from(whole(value)?).or_else(|_| refuse("too big"))
}

fn index(value: &Value) -> Read<usize> {
    usize::try_from(whole(value)?).or_else(|_| refuse("too big"))
}

fn yes_no(value: &Value) -> Read<bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        _ => refuse("not true or false"),
    }
}

fn text(value: &Value) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => refuse("not text"),
    }
}

/// `null` is `None`; anything else is read by `read`.
fn maybe<T>(value: &Value, read: fn(&Value) -> Read<T>) -> Read<Option<T>> {
    match value {
        Value::Null => Ok(None),
        v => read(v).map(Some),
    }
}

fn list<T>(value: &Value, read: fn(&Value) -> Read<T>) -> Read<Vec<T>> {
    match value {
        Value::Array(items) => items.iter().map(read).collect(),
        _ => refuse("not a list"),
    }
}

/// A unit enum's reader: its names, each with its variant.
macro_rules! unit_enum {
    ($fn:ident -> $ty:ty, $inside:expr, $($name:literal => $variant:expr),+ $(,)?) => {
        fn $fn(value: &Value) -> Read<$ty> {
            const VARIANTS: &[$ty] = &[$($variant),+];
            unit(value, &[$($name),+], $inside).map(|i| VARIANTS[i])
        }
    };
}

unit_enum!(country -> Country, Inside::Json,
    "england" => Country::England, "scotland" => Country::Scotland, "wales" => Country::Wales);
// The year's name, or its first calendar year (serde's alias).
unit_enum!(tax_year -> TaxYear, Inside::Json,
    "2025-26" => TaxYear::Y2025_26, "2025" => TaxYear::Y2025_26,
    "2026-27" => TaxYear::Y2026_27, "2026" => TaxYear::Y2026_27);
unit_enum!(pip -> PipRate, Inside::Json,
    "none" => PipRate::None, "standard" => PipRate::Standard, "enhanced" => PipRate::Enhanced);
unit_enum!(esa_group -> EsaGroup, Inside::Json,
    "assessment" => EsaGroup::Assessment, "wrag" => EsaGroup::Wrag, "support" => EsaGroup::Support);
unit_enum!(sex -> Sex, Inside::Json, "male" => Sex::Male, "female" => Sex::Female);
unit_enum!(dla_care -> DlaCare, Inside::Json,
    "none" => DlaCare::None, "lowest" => DlaCare::Lowest,
    "middle" => DlaCare::Middle, "highest" => DlaCare::Highest);
unit_enum!(dla_mobility -> DlaMobility, Inside::Json,
    "none" => DlaMobility::None, "lower" => DlaMobility::Lower, "higher" => DlaMobility::Higher);
unit_enum!(pay_frequency -> PayFrequency, Inside::Json,
    "weekly" => PayFrequency::Weekly, "fortnightly" => PayFrequency::Fortnightly,
    "four_weekly" => PayFrequency::FourWeekly, "monthly" => PayFrequency::Monthly);
// Inside `Housing`, read from serde's buffer.
unit_enum!(period -> Period, Inside::Buffer,
    "week" => Period::Week, "fortnight" => Period::Fortnight, "four_weeks" => Period::FourWeeks,
    "month" => Period::Month, "year" => Period::Year);
unit_enum!(supported_kind -> SupportedKind, Inside::Buffer,
    "supported" => SupportedKind::Supported, "temporary" => SupportedKind::Temporary);

impl Scenario {
    /// The household in a JSON value, or why it is not one.
    pub fn from_json(value: &Value) -> Result<Scenario, ReadError> {
        scenario(value)
    }
}

pub(super) const SCENARIO: &[&str] = &[
    "country",
    "tax_year",
    "region",
    "adults",
    "children",
    "housing",
    "council_tax",
    "savings",
    "uc_deductions_monthly",
    "benefit_cap_grace",
    "expecting_baby",
    "married",
    "carers_care_for_same_person",
    "offers",
];

fn scenario(value: &Value) -> Read<Scenario> {
    let s = Struct::of(value, SCENARIO)?;
    Ok(Scenario {
        country: s.required(0, country)?,
        tax_year: s.required(1, tax_year)?,
        region: s.or_default(2, |v| maybe(v, text))?,
        adults: s.required(3, |v| list(v, adult))?,
        children: s.or_default(4, |v| list(v, child))?,
        housing: s.required(5, housing)?,
        council_tax: s.or_default(6, council_tax)?,
        savings: s.or_default(7, money)?,
        uc_deductions_monthly: s.or_default(8, money)?,
        benefit_cap_grace: s.or_default(9, yes_no)?,
        expecting_baby: s.or_default(10, yes_no)?,
        married: s.or_default(11, yes_no)?,
        carers_care_for_same_person: s.or_default(12, yes_no)?,
        offers: s.or_default(13, |v| list(v, offer))?,
    })
}

pub(super) const ADULT: &[&str] = &[
    "age",
    "lcwra",
    "lcwra_new_claim",
    "pip_daily_living",
    "pip_mobility",
    "carer",
    "earnings_annual",
    "hours_per_week",
    "date_of_birth",
    "lcw",
    "new_style_esa",
    "new_style_jsa",
    "state_pension_weekly",
    "no_state_pension",
];

fn adult(value: &Value) -> Read<Adult> {
    let s = Struct::of(value, ADULT)?;
    Ok(Adult {
        age: s.required(0, count)?,
        lcwra: s.or_default(1, yes_no)?,
        lcwra_new_claim: s.or_default(2, yes_no)?,
        pip_daily_living: s.or_default(3, pip)?,
        pip_mobility: s.or_default(4, pip)?,
        carer: s.or_default(5, yes_no)?,
        earnings_annual: s.or_default(6, money)?,
        hours_per_week: s.or_default(7, decimal)?,
        date_of_birth: s.or_default(8, |v| maybe(v, text))?,
        lcw: s.or_default(9, yes_no)?,
        new_style_esa: s.or_default(10, |v| maybe(v, esa))?,
        new_style_jsa: s.or_default(11, |v| maybe(v, jsa))?,
        state_pension_weekly: s.or_default(12, money)?,
        no_state_pension: s.or_default(13, yes_no)?,
    })
}

fn esa(value: &Value) -> Read<EsaAward> {
    let s = Struct::of(value, &["group", "weekly_amount"])?;
    Ok(EsaAward {
        group: s.or_default(0, esa_group)?,
        weekly_amount: s.or_default(1, |v| maybe(v, money))?,
    })
}

fn jsa(value: &Value) -> Read<JsaAward> {
    let s = Struct::of(value, &["weekly_amount"])?;
    Ok(JsaAward {
        weekly_amount: s.or_default(0, |v| maybe(v, money))?,
    })
}

pub(super) const CHILD: &[&str] = &[
    "age",
    "date_of_birth",
    "sex",
    "disabled",
    "dla_care",
    "dla_mobility",
    "multiple_birth",
];

fn child(value: &Value) -> Read<Child> {
    let s = Struct::of(value, CHILD)?;
    Ok(Child {
        age: s.or_default(0, |v| maybe(v, count))?,
        date_of_birth: s.or_default(1, |v| maybe(v, text))?,
        sex: s.or_default(2, |v| maybe(v, sex))?,
        disabled: s.or_default(3, yes_no)?,
        dla_care: s.or_default(4, |v| maybe(v, dla_care))?,
        dla_mobility: s.or_default(5, dla_mobility)?,
        multiple_birth: s.or_default(6, yes_no)?,
    })
}

fn council_tax(value: &Value) -> Read<CouncilTax> {
    let s = Struct::of(
        value,
        &["annual", "reduction_annual", "reduction_in_work_annual"],
    )?;
    Ok(CouncilTax {
        annual: s.or_default(0, money)?,
        reduction_annual: s.or_default(1, money)?,
        reduction_in_work_annual: s.or_default(2, |v| maybe(v, money))?,
    })
}

pub(super) const OFFER: &[&str] = &[
    "label",
    "adult",
    "hours_per_week",
    "hourly_wage",
    "annual_salary",
    "pay_frequency",
    "childcare_monthly",
    "travel_monthly",
    "pension",
    "supported_permitted_work",
    "childcare_children",
];

fn offer(value: &Value) -> Read<JobOffer> {
    let s = Struct::of(value, OFFER)?;
    Ok(JobOffer {
        label: s.or_default(0, text)?,
        adult: s.or_default(1, index)?,
        hours_per_week: s.required(2, decimal)?,
        hourly_wage: s.or_default(3, |v| maybe(v, money))?,
        annual_salary: s.or_default(4, |v| maybe(v, money))?,
        pay_frequency: s.or_default(5, pay_frequency)?,
        childcare_monthly: s.or_default(6, money)?,
        travel_monthly: s.or_default(7, money)?,
        pension: s.or_default(8, pension)?,
        supported_permitted_work: s.or_default(9, yes_no)?,
        childcare_children: s.or_default(10, |v| maybe(v, count))?,
    })
}

fn pension(value: &Value) -> Read<Pension> {
    let (which, fields) = tagged(
        value,
        "kind",
        &["auto_enrolment", "none", "percent"],
        Inside::Json,
    )?;
    match which {
        0 => no_fields(fields).map(|()| Pension::AutoEnrolment),
        1 => no_fields(fields).map(|()| Pension::None),
        _ => {
            let s = Struct::new(fields, &["employee_rate"], Some("kind"))?;
            Ok(Pension::Percent {
                employee_rate: s.required(0, decimal)?,
            })
        }
    }
}

pub(super) const SOCIAL_RENT: &[&str] = &["rent", "rent_period", "service_charges", "bedrooms"];
pub(super) const PRIVATE_RENT: &[&str] = &[
    "rent",
    "rent_period",
    "service_charges",
    "brma",
    "shared_rate_exempt",
];
pub(super) const SUPPORTED: &[&str] = &["rent", "rent_period", "service_charges", "kind"];
pub(super) const WITH_FAMILY: &[&str] = &["contribution_monthly", "relative"];

fn housing(value: &Value) -> Read<Housing> {
    let kinds = [
        "social_rent",
        "private_rent",
        "supported",
        "with_family",
        "owner",
        "rent_free",
    ];
    let (which, fields) = tagged(value, "tenure", &kinds, Inside::Json)?;
    let names = [SOCIAL_RENT, PRIVATE_RENT, SUPPORTED, WITH_FAMILY];
    let Some(names) = names.get(which) else {
        no_fields(fields)?;
        return Ok(if which == 4 {
            Housing::Owner
        } else {
            Housing::RentFree
        });
    };
    let s = Struct::new(fields, names, Some("tenure"))?;
    let rent_period = |s: &Struct| Ok::<_, ReadError>(s.get(1, period)?.unwrap_or(Period::Month));
    Ok(match which {
        0 => Housing::SocialRent {
            rent: s.required(0, money)?,
            rent_period: rent_period(&s)?,
            service_charges: s.or_default(2, money)?,
            bedrooms: s.or_default(3, |v| maybe(v, count))?,
        },
        1 => Housing::PrivateRent {
            rent: s.required(0, money)?,
            rent_period: rent_period(&s)?,
            service_charges: s.or_default(2, money)?,
            brma: s.or_default(3, |v| maybe(v, text))?,
            shared_rate_exempt: s.or_default(4, yes_no)?,
        },
        2 => Housing::Supported {
            rent: s.required(0, money)?,
            rent_period: rent_period(&s)?,
            service_charges: s.or_default(2, money)?,
            kind: s.or_default(3, supported_kind)?,
        },
        _ => Housing::WithFamily {
            contribution_monthly: s.or_default(0, money)?,
            relative: s.or_default(1, relative)?,
        },
    })
}

/// Inside `Housing`, read from serde's buffer: the tag may also be the variant's number.
fn relative(value: &Value) -> Read<RelativeHousing> {
    let kinds = ["no_help_with_rent", "universal_credit", "housing_benefit"];
    let (which, fields) = tagged(value, "kind", &kinds, Inside::Buffer)?;
    if which == 0 {
        return no_fields(fields).map(|()| RelativeHousing::NoHelpWithRent);
    }
    let s = Struct::new(fields, &["relative_exempt"], Some("kind"))?;
    let relative_exempt = s.or_default(0, yes_no)?;
    Ok(if which == 1 {
        RelativeHousing::UniversalCredit { relative_exempt }
    } else {
        RelativeHousing::HousingBenefit { relative_exempt }
    })
}

/// `Deserialize` for the household's types through the readers above: JSON read into a value,
/// then read by hand (for the `better-off` command, the oracle's cases and tests; the pages
/// call [`Scenario::from_json`] on the value they parsed).
macro_rules! deserialize_by_hand {
    ($($ty:ty => $read:ident),+ $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                let value = <Value as serde::Deserialize>::deserialize(d)?;
                $read(&value).map_err(serde::de::Error::custom)
            }
        }
    )+};
}

deserialize_by_hand!(
    Scenario => scenario,
    Adult => adult,
    EsaAward => esa,
    JsaAward => jsa,
    Child => child,
    CouncilTax => council_tax,
    JobOffer => offer,
    Housing => housing,
    Pension => pension,
);
