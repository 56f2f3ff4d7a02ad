//! Shared by the integration tests and the engine bench (`benches/engine.rs` includes it by
//! path): the oracle's public cases and the reference's records, read the same way
//! everywhere, and the households the timings use.
// Each test crate uses only part of this module.
#![allow(dead_code)]

use rust_decimal::Decimal;
use serde_json::Value;
use supported_work::better_off::params::{Country, TaxYear};
use supported_work::better_off::scenario::{
    Adult, CouncilTax, Housing, JobOffer, OracleCase, PayFrequency, Pension, Scenario,
};
use supported_work::money::{Money, Period};
use supported_work::tasks::{self, PersonId};

/// The oracle's public cases (v1), one JSON object a line.
pub const PUBLIC_CASES: &str = include_str!("../oracle/public.jsonl");
/// The v2 public cases: New Style ESA and JSA, supported housing, pension age, council tax.
pub const PUBLIC_V2_CASES: &str = include_str!("../oracle/public_v2.jsonl");

/// The money the reference gives for every situation of every case, v1 and v2 alike (the
/// tests add their own further figures).
pub const CORE_FIGURES: &[&str] = &[
    "employment_income",
    "income_tax",
    "national_insurance",
    "universal_credit",
    "child_benefit",
    "carers_allowance",
    "carer_support_payment",
    "scottish_carer_supplement",
    "scottish_child_payment",
    "pip",
];

/// (label, oracle case id) for the households the timings sweep besides the lone parent:
/// the kinds of household the side-by-side with the reference model uses.
pub const SWEPT_HOUSEHOLDS: [(&str, &str); 4] = [
    (
        "single, no children, private rent",
        "anchor_young_shared_rate_2026",
    ),
    (
        "couple, three children, social rent",
        "anchor_couple_3kids_2026",
    ),
    ("carer, Scotland", "anchor_scotland_carer_2026"),
    ("LCWRA and PIP, Wales", "anchor_wales_lcwra_pip_2026"),
];

/// The lines of a JSON Lines text that hold something.
pub fn json_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim().is_empty())
}

/// Every record of a JSON Lines text (the reference's expected figures).
pub fn records(text: &str) -> Vec<Value> {
    json_lines(text)
        .map(|l| serde_json::from_str(l).expect("the records are JSON"))
        .collect()
}

/// Every oracle case of a JSON Lines text.
pub fn oracle_cases(text: &str) -> Vec<OracleCase> {
    json_lines(text)
        .map(|l| serde_json::from_str(l).expect("oracle case parses"))
        .collect()
}

/// Every public reference household, v1 then v2.
pub fn all_public_cases() -> Vec<OracleCase> {
    let mut all = oracle_cases(PUBLIC_CASES);
    all.extend(oracle_cases(PUBLIC_V2_CASES));
    all
}

/// The record for case `id`.
pub fn record_for<'a>(records: &'a [Value], id: &str) -> &'a Value {
    records
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no expected record for {id}"))
}

/// The public oracle case with this id, as our scenario.
pub fn oracle_household(id: &str) -> Scenario {
    oracle_cases(PUBLIC_CASES)
        .into_iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no oracle case {id}"))
        .to_scenario()
        .expect("oracle case converts")
}

/// The timings' lone parent: two children, renting privately in inner south-east London,
/// offered 20 hours at £12.71 with £400 a month of childcare.
pub fn lone_parent() -> Scenario {
    serde_json::from_str(
        r#"{"country": "england", "tax_year": "2026-27",
            "adults": [{"age": 32}],
            "children": [{"age": 3, "sex": "female"}, {"age": 7}],
            "housing": {"tenure": "private_rent", "rent": "1900", "brma": "INNER_SOUTH_EAST_LONDON"},
            "offers": [{"hours_per_week": "20", "hourly_wage": "12.71", "childcare_monthly": "400"}]}"#,
    )
    .expect("bench scenario")
}

/// A job of `hours` a week at `wage_pence` an hour for the first adult, paid monthly, with
/// no childcare, travel or pension.
pub fn job_offer(hours: i64, wage_pence: i64) -> JobOffer {
    JobOffer {
        label: String::new(),
        adult: 0,
        hours_per_week: Decimal::from(hours),
        hourly_wage: Some(Money::pence(wage_pence)),
        annual_salary: None,
        pay_frequency: PayFrequency::Monthly,
        childcare_monthly: Money::ZERO,
        travel_monthly: Money::ZERO,
        pension: Pension::None,
        supported_permitted_work: false,
        childcare_children: None,
    }
}

/// These adults in `region`, with no children, savings or deductions, weighing one offer.
pub fn scenario_with(
    (country, tax_year, region): (Country, TaxYear, &str),
    adults: Vec<Adult>,
    housing: Housing,
    offer: JobOffer,
) -> Scenario {
    Scenario {
        country,
        tax_year,
        region: Some(region.into()),
        adults,
        children: vec![],
        housing,
        council_tax: CouncilTax::default(),
        savings: Money::ZERO,
        married: false,
        carers_care_for_same_person: false,
        offers: vec![offer],
        uc_deductions_monthly: Money::ZERO,
        benefit_cap_grace: false,
        expecting_baby: false,
    }
}

/// A social tenancy at `rent` pounds a month, with no service charges.
pub fn social_rent(rent: i64) -> Housing {
    Housing::SocialRent {
        rent: Money::pounds(rent),
        rent_period: Period::Month,
        service_charges: Money::ZERO,
        bedrooms: None,
    }
}

/// A task typed by hand for `person` (not from a template): "Stock shelves" at a corner shop,
/// three steps pasted in at once. The backup tests make it on a device.
pub fn stock_shelves(person: PersonId) -> [tasks::Action; 2] {
    [
        tasks::Action::AddTask {
            person,
            title: "Stock shelves".into(),
            workplace: "Corner shop".into(),
        },
        tasks::Action::PasteSteps {
            text: "Get the trolley\nFace the labels out\nFlatten the boxes".into(),
        },
    ]
}

/// A refused file's message is in plain words: none of the JSON reader's own (`developer`
/// adds the reader's word for what it expected there), it says the file had the wrong kind
/// of thing in it and that nothing was loaded.
pub fn assert_refused_in_plain_words(said: &str, developer: &str) {
    for word in [
        "invalid type",
        "expected",
        developer,
        "`",
        "line ",
        "column ",
    ] {
        assert!(!said.contains(word), "{said:?} has {word:?}");
    }
    assert!(said.contains("wrong kind of thing"), "{said:?}");
    assert!(said.ends_with("Nothing was loaded."), "{said:?}");
}
