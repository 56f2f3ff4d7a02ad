//! Issue 22: no crafted share link or scenarios file crashes the calculator.
//!
//! Each case takes a reference household (tests/oracle, v1 and v2), changes some of its
//! numbers to extreme values a person could put in a link or a file by hand (tiny and huge
//! decimals, many places, the limits of each range), and sends it through both doors: the
//! share-link decoder and the scenarios-file reader. They must agree, and whatever they
//! accept must open in the form, read back from the form and be calculated, with no panic
//! anywhere on the way.
//!
//! The number of cases is `PROPTEST_CASES` (300 by default, so `cargo test` stays quick);
//! the issue's million-case run is
//! `PROPTEST_CASES=1000000 cargo test --release --test crafted_input`.

mod common;

use common::all_public_cases;
use proptest::prelude::*;
use rust_decimal::Decimal;
use supported_work::better_off::answer::answer;
use supported_work::better_off::engine::calculate;
use supported_work::better_off::file;
use supported_work::better_off::form::Form;
use supported_work::better_off::scenario::{Housing, Scenario};
use supported_work::better_off::share;
use supported_work::money::Money;

/// Every reference household the engine covers, as scenarios (read once).
fn households() -> &'static [Scenario] {
    static ALL: std::sync::OnceLock<Vec<Scenario>> = std::sync::OnceLock::new();
    ALL.get_or_init(read_households)
}

fn read_households() -> Vec<Scenario> {
    all_public_cases()
        .iter()
        .filter_map(|case| case.to_scenario().ok())
        .collect()
}

/// A decimal a hand-edited link might carry: tiny, huge, many places, negative, the edges of
/// the ranges, or ordinary.
fn nasty() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::new(1, 28)),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::new(-1, 2)),
        Just(Decimal::from(100)),
        Just(Decimal::new(10_001, 2)),
        Just(Decimal::from(10_000_000)),
        Just(Decimal::new(1_000_000_001, 2)),
        (1i64..=i64::MAX, 0u32..=28).prop_map(|(n, scale)| Decimal::new(n, scale)),
        (0i64..=2_000_000, 0u32..=3).prop_map(|(n, scale)| Decimal::new(n, scale)),
    ]
}

/// One number of the household changed.
#[derive(Debug, Clone)]
enum Change {
    Hours(usize, Decimal),
    /// Hours and a yearly salary together: the form divides one by the other.
    Job(usize, Decimal, Decimal),
    Wage(usize, Decimal),
    Salary(usize, Decimal),
    Rent(Decimal),
    Childcare(usize, Decimal),
    Travel(usize, Decimal),
    Earnings(usize, Decimal),
    AdultHours(usize, Decimal),
    Savings(Decimal),
    CouncilTax(Decimal),
    Deductions(Decimal),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..3, nasty()).prop_map(|(i, d)| Change::Hours(i, d)),
        (0usize..3, nasty(), nasty()).prop_map(|(i, h, p)| Change::Job(i, h, p)),
        (0usize..3, nasty()).prop_map(|(i, d)| Change::Wage(i, d)),
        (0usize..3, nasty()).prop_map(|(i, d)| Change::Salary(i, d)),
        nasty().prop_map(Change::Rent),
        (0usize..3, nasty()).prop_map(|(i, d)| Change::Childcare(i, d)),
        (0usize..3, nasty()).prop_map(|(i, d)| Change::Travel(i, d)),
        (0usize..2, nasty()).prop_map(|(i, d)| Change::Earnings(i, d)),
        (0usize..2, nasty()).prop_map(|(i, d)| Change::AdultHours(i, d)),
        nasty().prop_map(Change::Savings),
        nasty().prop_map(Change::CouncilTax),
        nasty().prop_map(Change::Deductions),
    ]
}

fn apply(s: &mut Scenario, change: &Change) {
    let offers = s.offers.len().max(1);
    let adults = s.adults.len().max(1);
    match *change {
        Change::Hours(i, d) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.hours_per_week = d;
            }
        }
        Change::Job(i, hours, salary) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.hours_per_week = hours;
                o.annual_salary = Some(Money::new(salary));
                o.hourly_wage = None;
            }
        }
        Change::Wage(i, d) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.hourly_wage = Some(Money::new(d));
                o.annual_salary = None;
            }
        }
        Change::Salary(i, d) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.annual_salary = Some(Money::new(d));
                o.hourly_wage = None;
            }
        }
        Change::Rent(d) => match &mut s.housing {
            Housing::SocialRent { rent, .. }
            | Housing::PrivateRent { rent, .. }
            | Housing::Supported { rent, .. } => *rent = Money::new(d),
            Housing::WithFamily {
                contribution_monthly,
                ..
            } => *contribution_monthly = Money::new(d),
            Housing::Owner | Housing::RentFree => {}
        },
        Change::Childcare(i, d) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.childcare_monthly = Money::new(d);
            }
        }
        Change::Travel(i, d) => {
            if let Some(o) = s.offers.get_mut(i % offers) {
                o.travel_monthly = Money::new(d);
            }
        }
        Change::Earnings(i, d) => {
            if let Some(a) = s.adults.get_mut(i % adults) {
                a.earnings_annual = Money::new(d);
            }
        }
        Change::AdultHours(i, d) => {
            if let Some(a) = s.adults.get_mut(i % adults) {
                a.hours_per_week = d;
            }
        }
        Change::Savings(d) => s.savings = Money::new(d),
        Change::CouncilTax(d) => s.council_tax.annual = Money::new(d),
        Change::Deductions(d) => s.uc_deductions_monthly = Money::new(d),
    }
}

/// What the calculator does with a household someone opened: the form shows it, reads it
/// back, and the answer and the engine work it out. Any of these may refuse; none may panic.
fn open_in_the_calculator(s: &Scenario) {
    let form = Form::from_scenario(s);
    let _ = form.scenario();
    let _ = answer(&form);
    let _ = calculate(s);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn a_crafted_link_or_file_is_refused_or_calculated_never_a_panic(
        pick in any::<prop::sample::Index>(),
        changes in prop::collection::vec(change(), 1..4),
    ) {
        let mut s = pick.get(households()).clone();
        for c in &changes {
            apply(&mut s, c);
        }
        let from_link = share::decode(&share::encode(&s));
        let from_file = file::import(&file::export(&[("crafted".into(), s.clone())], "2026-12-07"));
        prop_assert_eq!(from_link.is_ok(), from_file.is_ok(), "the link and the file disagree on {:?}", changes);
        if let Ok(opened) = from_link {
            open_in_the_calculator(&opened);
        }
    }
}

/// The household the issue found: opening it used to panic with "Division overflowed".
#[test]
fn the_link_from_the_issue_is_refused_with_a_message() {
    let mut s = households()[0].clone();
    s.offers[0].hours_per_week = Decimal::new(1, 28);
    s.offers[0].hourly_wage = None;
    s.offers[0].annual_salary = Some(Money::pounds(10_000_000));
    let err = share::decode(&share::encode(&s)).unwrap_err();
    assert!(
        err.to_string().contains("2 numbers after the point"),
        "{err}"
    );
    assert!(file::import(&file::export(&[("x".into(), s)], "2026-12-07")).is_err());
}
