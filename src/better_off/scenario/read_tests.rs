//! The hand-written reader (`read`) against serde's derived one as it was (`old`): on every
//! household the fixtures hold, on the forms serde took that no form writes (arrays for
//! objects, `{name: null}` for a name, tags by number inside the housing), and on tens of
//! thousands of households changed at random. Both must take the same values, read them
//! the same, and refuse the same ones.

use super::old;
use super::{OracleCase, Scenario};
use crate::better_off::test_support::whole_picture_form;
use serde_json::{json, Map, Value};

/// Reads `value` both ways: the same answer, or both refuse. True if it was read.
fn same(value: &Value) -> bool {
    let before = serde_json::from_value::<old::Scenario>(value.clone());
    let now = Scenario::from_json(value);
    match (before, now) {
        (Ok(before), Ok(now)) => {
            let before = serde_json::to_value(before).unwrap();
            let now = serde_json::to_value(now).unwrap();
            assert_eq!(before, now, "read differently: {value}");
            true
        }
        (Err(_), Err(_)) => false,
        (before, now) => panic!(
            "one reader took it, the other did not: {value}\nbefore: {:?}\nnow: {:?}",
            before.map(|_| ()),
            now.map(|_| ())
        ),
    }
}

/// Every household in the oracle's fixtures (as scenarios) and the form with every answer.
fn fixtures() -> Vec<Value> {
    let files = [
        include_str!("../../../tests/oracle/public.jsonl"),
        include_str!("../../../tests/oracle/public_v2.jsonl"),
        include_str!("../../../tests/oracle/generated_cases.jsonl"),
    ];
    let mut out: Vec<Value> = files
        .iter()
        .flat_map(|f| f.lines())
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let case: OracleCase = serde_json::from_str(l).unwrap();
            serde_json::to_value(case.to_scenario().unwrap()).unwrap()
        })
        .collect();
    out.push(serde_json::to_value(whole_picture_form().scenario().unwrap()).unwrap());
    assert!(out.len() > 150, "{}", out.len());
    out
}

/// Every kind of home and pension, as the app writes them and in the other forms serde took.
fn homes() -> Vec<Value> {
    vec![
        json!({"tenure": "social_rent", "rent": "500", "rent_period": "week", "bedrooms": 2}),
        json!({"tenure": "social_rent", "rent": 500, "service_charges": 12.5, "bedrooms": null}),
        json!({"tenure": "private_rent", "rent": "650.00", "brma": "BIRMINGHAM",
               "shared_rate_exempt": true, "rent_period": {"four_weeks": null}}),
        json!({"tenure": "supported", "rent": "90", "rent_period": "week", "kind": "temporary"}),
        json!({"tenure": "supported", "rent": "90", "kind": {"supported": {}}}),
        json!({"tenure": "with_family", "contribution_monthly": "100",
               "relative": {"kind": "universal_credit", "relative_exempt": true}}),
        json!({"tenure": "with_family", "relative": {"kind": 2}}),
        json!({"tenure": "with_family", "relative": {"kind": "no_help_with_rent", "x": 1}}),
        json!({"tenure": "with_family", "relative": ["housing_benefit", true]}),
        json!({"tenure": "owner"}),
        json!({"tenure": "rent_free", "rent": "anything", "more": [1]}),
        json!(["social_rent", "400", "month", "0", 3]),
        json!(["owner"]),
        json!(["with_family", "50", [1]]),
    ]
}

fn pensions() -> Vec<Value> {
    vec![
        json!({"kind": "auto_enrolment"}),
        json!({"kind": "none", "employee_rate": "0.1"}),
        json!({"kind": "percent", "employee_rate": "0.05"}),
        json!({"kind": "percent", "employee_rate": 0.08}),
        json!(["percent", "1e-2"]),
        json!(["none"]),
    ]
}

/// The fixtures, and each with every home and pension.
fn households() -> Vec<Value> {
    let mut out = fixtures();
    let first = out[0].clone();
    for home in homes() {
        let mut v = first.clone();
        v["housing"] = home;
        out.push(v);
    }
    for pension in pensions() {
        let mut v = first.clone();
        v["offers"][0]["pension"] = pension;
        out.push(v);
    }
    out
}

#[test]
fn every_fixture_and_every_kind_of_home_reads_the_same_both_ways() {
    for v in households() {
        assert!(same(&v), "not read: {v}");
    }
}

#[test]
fn the_forms_serde_took_that_no_form_writes_are_still_taken() {
    let base = fixtures()[0].clone();
    let with = |path: &[&str], value: Value| {
        let mut v = base.clone();
        let mut at = &mut v;
        for p in &path[..path.len() - 1] {
            at = match p.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*p],
            };
        }
        at[path[path.len() - 1]] = value;
        v
    };
    let taken = [
        with(&["country"], json!({"england": null})),
        with(&["tax_year"], json!("2026")),
        with(
            &["adults", "0", "pip_daily_living"],
            json!({"standard": null}),
        ),
        with(&["savings"], json!("1e3")),
        with(&["savings"], json!(1.25)),
        with(&["savings"], json!(-3)),
        with(&["council_tax"], json!(["1200", 300])),
        with(&["adults", "0", "new_style_esa"], json!([])),
        with(&["housing"], json!({"tenure": "owner", "rent": "5"})),
    ];
    for v in taken {
        assert!(same(&v), "should be taken: {v}");
    }
    // The whole household as an array of its fields in order.
    let names = super::read::SCENARIO;
    let array: Vec<Value> = names
        .iter()
        .map(|n| base.get(*n).cloned().unwrap_or(Value::Null))
        .take_while(|v| !v.is_null())
        .collect();
    assert!(same(&Value::Array(array)));

    let refused = [
        with(&["country"], json!({"england": {}})),
        with(&["adults", "0", "age"], json!(30.0)),
        with(&["adults", "0", "age"], json!(4_294_967_296u64)),
        with(&["savings"], Value::Null),
        with(&["offers", "0", "pension"], json!({"kind": 2})),
        with(&["housing"], json!(["owner", 1])),
        with(&["housing"], json!({"tenure": "social_rent"})),
        with(&["unknown"], json!(1)),
        // An empty name is a name it does not have, too.
        with(&[""], json!(1)),
        with(&["housing", ""], json!(1)),
    ];
    for v in refused {
        assert!(!same(&v), "should be refused: {v}");
    }
}

/// Values that find the edges: wrong types, numbers where names go, names of variants.
fn odd_values() -> Vec<Value> {
    let mut out = vec![
        json!(null),
        json!(true),
        json!(false),
        json!(0),
        json!(1),
        json!(2),
        json!(5),
        json!(6),
        json!(-1),
        json!(1.5),
        json!(0.1),
        json!(1e30),
        json!(4_294_967_296u64),
        json!(u64::MAX),
        json!(""),
        json!("0"),
        json!("12.50"),
        json!("1e3"),
        json!("2.5E-2"),
        json!("1e-40"),
        json!("abc"),
        json!("-5"),
        json!("99999999999999999999999999999999"),
        json!({}),
        json!([]),
        json!([1]),
        json!({"month": null}),
        json!({"month": {}}),
        json!({"standard": null}),
        json!({"standard": {}}),
        json!({"a": null, "b": null}),
        json!({"kind": 1}),
        json!({"kind": "universal_credit", "relative_exempt": true}),
        json!({"kind": "percent", "employee_rate": "0.05"}),
        json!(["percent", 0.05]),
        json!([2, "x"]),
        json!({"group": "support", "weekly_amount": "90"}),
        json!(["wrag"]),
    ];
    for word in [
        "month",
        "week",
        "year",
        "none",
        "standard",
        "owner",
        "social_rent",
        "with_family",
        "percent",
        "none",
        "universal_credit",
        "2025",
        "2026-27",
        "england",
        "wales",
        "male",
        "support",
        "temporary",
        "monthly",
        "highest",
    ] {
        out.push(json!(word));
    }
    out.extend(homes());
    out.extend(pensions());
    out
}

/// Every name a household's objects have, and one none has.
const NAMES: &[&str] = &[
    "country",
    "tax_year",
    "region",
    "adults",
    "children",
    "housing",
    "council_tax",
    "savings",
    "offers",
    "age",
    "lcwra",
    "pip_mobility",
    "date_of_birth",
    "new_style_esa",
    "new_style_jsa",
    "no_state_pension",
    "sex",
    "dla_care",
    "multiple_birth",
    "annual",
    "label",
    "adult",
    "hours_per_week",
    "hourly_wage",
    "pension",
    "tenure",
    "kind",
    "rent",
    "rent_period",
    "brma",
    "relative",
    "relative_exempt",
    "employee_rate",
    "group",
    "weekly_amount",
    "x",
    "",
];

/// A small deterministic generator (xorshift), so a failure names its seed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Every value inside `v`, as paths of names and places.
fn paths(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, inner) in map {
                at.push(json!(k));
                paths(inner, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                at.push(json!(i));
                paths(inner, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, p| match p {
        Value::String(k) => &mut v[k.as_str()],
        p => &mut v[p.as_u64().unwrap() as usize],
    })
}

/// The lists of field names serde read arrays by, with the tag's name for the tagged ones.
fn field_lists() -> Vec<(Option<&'static str>, &'static [&'static str])> {
    use super::read::*;
    vec![
        (None, SCENARIO),
        (None, ADULT),
        (None, CHILD),
        (None, OFFER),
        (None, &["group", "weekly_amount"]),
        (
            None,
            &["annual", "reduction_annual", "reduction_in_work_annual"],
        ),
        (Some("tenure"), SOCIAL_RENT),
        (Some("tenure"), PRIVATE_RENT),
        (Some("tenure"), SUPPORTED),
        (Some("tenure"), WITH_FAMILY),
        (Some("kind"), &["relative_exempt"]),
        (Some("kind"), &["employee_rate"]),
    ]
}

/// One random change: a value replaced, a name taken out or put in, an object written as
/// an array of its fields.
fn change(v: &mut Value, dice: &mut Dice) {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    let path = all[dice.below(all.len())].clone();
    let odd = odd_values();
    let target = at_mut(v, &path);
    match dice.below(4) {
        0 => *target = odd[dice.below(odd.len())].clone(),
        1 => {
            if let Value::Object(map) = target {
                if !map.is_empty() {
                    let key = map.keys().nth(dice.below(map.len())).unwrap().clone();
                    map.remove(&key);
                }
            }
        }
        2 => {
            if let Value::Object(map) = target {
                let name = NAMES[dice.below(NAMES.len())];
                map.insert(name.to_string(), odd[dice.below(odd.len())].clone());
            }
        }
        _ => {
            if let Value::Object(map) = target {
                let lists = field_lists();
                let (tag, names) = lists[dice.below(lists.len())];
                *target = as_array(map, tag, names, dice);
            }
        }
    }
}

/// An object as serde's array form: the tag first for a tagged enum, then the fields in
/// order, cut off at random.
fn as_array(map: &Map<String, Value>, tag: Option<&str>, names: &[&str], dice: &mut Dice) -> Value {
    let mut items: Vec<Value> = tag
        .map(|t| map.get(t).cloned().unwrap_or(Value::Null))
        .into_iter()
        .collect();
    items.extend(
        names
            .iter()
            .map(|n| map.get(*n).cloned().unwrap_or(Value::Null)),
    );
    items.truncate(dice.below(items.len() + 1));
    Value::Array(items)
}

#[test]
fn households_changed_at_random_are_read_the_same_both_ways() {
    let bases = households();
    let (mut read, mut refused) = (0, 0);
    for seed in 1..=30_000u64 {
        let mut dice = Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut v = bases[dice.below(bases.len())].clone();
        for _ in 0..=dice.below(3) {
            change(&mut v, &mut dice);
        }
        if same(&v) {
            read += 1;
        } else {
            refused += 1;
        }
    }
    // Both kinds are common, so both ways were tried.
    assert!(
        read > 3_000 && refused > 3_000,
        "{read} read, {refused} refused"
    );
}
