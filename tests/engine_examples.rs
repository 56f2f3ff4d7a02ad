//! Hand-worked examples, from the oracle README's "sanity checks by hand" and gov.uk
//! guidance, run through the public API the screens use: scenario JSON in, report out.

use serde_json::json;
use supported_work::better_off::engine::{self, CliffCause, Household};
use supported_work::better_off::scenario::Scenario;
use supported_work::money::Money;

fn scenario(v: serde_json::Value) -> Scenario {
    serde_json::from_value(v).expect("scenario JSON")
}

fn single_social(year: &str, wage: &str) -> Scenario {
    scenario(json!({
        "country": "england", "tax_year": year,
        "adults": [{"age": 30}],
        "housing": {"tenure": "social_rent", "rent": "500"},
        "offers": [{"hours_per_week": "16", "hourly_wage": wage, "pension": {"kind": "none"}}]
    }))
}

#[test]
fn single_social_renter_16_hours_at_nlw_2026() {
    // Oracle README: out of work £424.90 + £500 = £924.90 a month; in work £881.23 earned,
    // no work allowance, 55% = £484.68, better off £91.51 a week. UC is £440.22 a month: the
    // README's £440.23 is a twelfth of the reference's annual figure, while UC is worked out on
    // the month's pay in pence and rounded once (UC Regulations 2013 reg 6).
    let report = engine::calculate(&single_social("2026-27", "12.71")).unwrap();
    assert_eq!(
        report.out_of_work.components.universal_credit.monthly,
        924.90
    );
    let offer = &report.offers[0];
    assert_eq!(offer.in_work.components.universal_credit.monthly, 440.22);
    assert_eq!(offer.in_work.components.employment_income.monthly, 881.23);
    assert_eq!(offer.better_off.weekly, 91.51);
    let text: Vec<&str> = offer
        .in_work
        .explanation
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert!(
        text.iter().any(|t| t.contains(
            "Earnings after tax, National Insurance and pension: £881.23 a month. You have no work allowance, so Universal Credit goes down by 55p for each £1: £484.68."
        )),
        "{text:#?}"
    );
    // He keeps 45p of each £1: the participation tax rate is 55%.
    assert!((offer.participation_tax_rate - 0.55).abs() < 0.001);
}

#[test]
fn single_social_renter_2025() {
    // £400.14 + £500 = £900.14 a month; in work £846.56 earned, UC £900.14 - £465.61 = £434.53.
    let report = engine::calculate(&single_social("2025-26", "12.21")).unwrap();
    assert_eq!(
        report.out_of_work.components.universal_credit.monthly,
        900.14
    );
    assert_eq!(
        report.offers[0].in_work.components.universal_credit.monthly,
        434.53
    );
}

#[test]
fn couple_with_three_children_capped_out_of_work_2025() {
    // Oracle README: maximum £1,763.72 a month, two child elements (two-child limit), Child
    // Benefit £3,148.60 a year; the £22,020 cap takes £2,293.24 a year; net exactly £22,020.
    let s = scenario(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 36}, {"age": 34}],
        "children": [{"age": 6}, {"age": 4, "sex": "female"}, {"age": 1}],
        "housing": {"tenure": "social_rent", "rent": "550"},
        "offers": [{"hours_per_week": "37.5", "hourly_wage": "14", "pension": {"kind": "none"}}]
    }));
    let report = engine::calculate(&s).unwrap();
    let out = &report.out_of_work.components;
    assert_eq!(out.uc.maximum.monthly, 1763.72);
    // The cap leaves exactly £1,835 a month of UC and Child Benefit; UC in whole pence
    // each month makes the year a few pence over £22,020.
    assert!(
        (out.net_income.annual - 22020.00).abs() < 0.10,
        "{}",
        out.net_income.annual
    );
    assert!(report
        .out_of_work
        .warnings
        .iter()
        .any(|w| w.text.contains("benefit cap")));
    assert!(report
        .out_of_work
        .warnings
        .iter()
        .any(|w| w.text.contains("two-child limit")));
    // In work: tax £2,946, earnings lift the cap; UC about £11,130 a year.
    let inw = &report.offers[0].in_work.components;
    assert_eq!(inw.income_tax.annual, 2946.00);
    assert!((inw.universal_credit.annual - 11130.66).abs() < 1.0);
}

#[test]
fn lone_parent_london_private_rent_2026() {
    // Oracle README: LHA 2-bed £1,550 in Inner South East London; childcare 85% x £400 = £340;
    // out of work the London family cap (£25,323) binds.
    let s = scenario(json!({
        "country": "england", "tax_year": "2026-27",
        "adults": [{"age": 32}],
        "children": [{"age": 3, "sex": "female"}, {"age": 7, "sex": "male"}],
        "housing": {"tenure": "private_rent", "rent": "1900", "brma": "INNER_SOUTH_EAST_LONDON"},
        "offers": [{"hours_per_week": "20", "hourly_wage": "12.71", "childcare_monthly": "400",
                    "pension": {"kind": "none"}}]
    }));
    let report = engine::calculate(&s).unwrap();
    assert!((report.out_of_work.components.net_income.annual - 25323.00).abs() < 0.10);
    let inw = &report.offers[0].in_work;
    assert_eq!(inw.components.uc.housing.monthly, 1550.00);
    assert_eq!(inw.components.uc.childcare.monthly, 340.00);
    assert!((inw.components.universal_credit.annual - 30721.30).abs() < 0.5);
    let kinds: Vec<String> = inw
        .warnings
        .iter()
        .map(|w| {
            serde_json::to_value(w).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(kinds.contains(&"lha_shortfall".to_string()), "{kinds:?}");
    assert!(
        kinds.contains(&"childcare_paid_in_arrears".to_string()),
        "{kinds:?}"
    );
}

#[test]
fn govuk_taper_example_work_allowance_411() {
    // gov.uk "how your earnings affect your payments": with a £411 work allowance, £1,000 of
    // earnings a month reduces UC by 55% of £589 = £323.95.
    let p = supported_work::better_off::params::TaxYear::Y2025_26.params();
    let d = supported_work::better_off::rules::uc::taper::deduction(
        p,
        Money::pounds(1_000),
        Money::pounds(411),
    );
    assert_eq!(d, Money::pence(32_395));
}

#[test]
fn carer_cliff_is_located_at_the_earnings_limit() {
    // A carer on £12.21 an hour in 2025-26: 16 hours (£195.36 a week) keeps Carer's
    // Allowance, 16.5 hours (£201.47) loses it all: the sweep finds that cliff. (For a renter
    // still on UC the loss is made up by UC, which counted the allowance pound for pound; an
    // owner with no UC left at 16 hours feels it in full.)
    let s = scenario(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 41, "carer": true}],
        "housing": {"tenure": "owner"},
        "offers": [{"hours_per_week": "16", "hourly_wage": "12.21", "pension": {"kind": "none"}}]
    }));
    let sweep = engine::sweep(&s, 0).unwrap();
    assert_eq!(sweep.points.len(), 121);
    let cliff = sweep
        .cliffs
        .iter()
        .find(|c| c.cause == CliffCause::CarersAllowanceLimit)
        .expect("a Carer's Allowance cliff");
    assert_eq!((cliff.from_hours, cliff.to_hours), (16.0, 16.5));
    assert!(cliff.drop_monthly > 100.0, "{cliff:?}");
    // And the in-work warning says how close to the limit 16 hours is.
    let report = engine::calculate(&s).unwrap();
    assert!(report.offers[0]
        .in_work
        .warnings
        .iter()
        .any(|w| w.text.contains("close to the £196.00 limit")));
}

#[test]
fn scottish_child_payment_stops_with_uc() {
    let s = scenario(json!({
        "country": "scotland", "tax_year": "2026-27",
        "adults": [{"age": 30}],
        "children": [{"age": 5}],
        "housing": {"tenure": "owner"},
        "offers": [{"hours_per_week": "37.5", "hourly_wage": "20", "pension": {"kind": "none"}}]
    }));
    let report = engine::calculate(&s).unwrap();
    assert!(report.out_of_work.components.scottish_child_payment.weekly > 28.0);
    assert_eq!(
        report.offers[0].in_work.components.universal_credit.monthly,
        0.0
    );
    assert_eq!(
        report.offers[0]
            .in_work
            .components
            .scottish_child_payment
            .monthly,
        0.0
    );
    let sweep = engine::sweep(&s, 0).unwrap();
    assert!(sweep
        .cliffs
        .iter()
        .any(|c| c.cause == CliffCause::ScottishChildPaymentEnds));
}

#[test]
fn social_sector_under_occupation() {
    // One spare bedroom: 14% off £500 = £70 (UC Regs 2013 Sch 4 para 36).
    let s = scenario(json!({
        "country": "wales", "tax_year": "2025-26",
        "adults": [{"age": 40}],
        "housing": {"tenure": "social_rent", "rent": "500", "bedrooms": 2},
        "offers": []
    }));
    let report = engine::calculate(&s).unwrap();
    assert_eq!(report.out_of_work.components.uc.housing.monthly, 430.0);
    assert!(report
        .out_of_work
        .warnings
        .iter()
        .any(|w| w.text.contains("£70.00")));
}

#[test]
fn weekly_pay_uses_weekly_ni_thresholds() {
    // £300 a week: 8% x (300 - 242) = £4.64 a week, £241.28 a year.
    let s = scenario(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 40}],
        "housing": {"tenure": "owner"},
        "offers": [{"hours_per_week": "20", "hourly_wage": "15", "pay_frequency": "weekly",
                    "pension": {"kind": "none"}}]
    }));
    let report = engine::calculate(&s).unwrap();
    assert_eq!(
        report.offers[0]
            .in_work
            .components
            .national_insurance
            .annual,
        241.28
    );
}

#[test]
fn auto_enrolment_is_the_default() {
    let s = scenario(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 30}],
        "housing": {"tenure": "owner"},
        "offers": [{"hours_per_week": "37.5", "hourly_wage": "12.21"}]
    }));
    let report = engine::calculate(&s).unwrap();
    // 4% of (£23,809.50 - £6,240) = £702.78 a year.
    assert_eq!(
        report.offers[0]
            .in_work
            .components
            .pension_contributions
            .annual,
        702.78
    );
}

#[test]
fn capital_over_16000_means_no_uc() {
    let mut s = single_social("2025-26", "12.21");
    s.savings = Money::pounds(20_000);
    let report = engine::calculate(&s).unwrap();
    assert_eq!(report.out_of_work.components.universal_credit.monthly, 0.0);
    s.savings = Money::pounds(7_000);
    let report = engine::calculate(&s).unwrap();
    assert_eq!(
        report.out_of_work.components.uc.capital_tariff.monthly,
        17.40
    );
}

#[test]
fn bad_input_gives_errors_with_field_paths() {
    let s = scenario(json!({
        "country": "england", "tax_year": "2025-26",
        "adults": [{"age": 130}],
        "children": [{"date_of_birth": "2019-02-30"}],
        "housing": {"tenure": "private_rent", "rent": "-5", "brma": "NOWHERE"},
        "offers": [{"hours_per_week": "-1"}]
    }));
    let errors = engine::calculate(&s).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    for want in [
        "adults[0].age",
        "children[0].date_of_birth",
        "housing.rent",
        "housing.brma",
        "offers[0].hours_per_week",
        "offers[0].hourly_wage",
    ] {
        assert!(paths.contains(&want), "missing {want} in {paths:?}");
    }
    assert!(errors.iter().all(|e| !e.message.is_empty()));
}

#[test]
fn unknown_fields_are_refused_not_ignored() {
    let v = json!({"country": "england", "tax_year": "2025-26", "adults": [{"age": 30, "wage": 3}],
                   "housing": {"tenure": "owner"}});
    assert!(serde_json::from_value::<Scenario>(v).is_err());
}

#[test]
fn prepared_household_answers_what_ifs() {
    // The heat map path: prepare once, then ask for any hours and wage.
    let s = single_social("2026-27", "12.71");
    let h = Household::prepare(&s).unwrap();
    let offer = &s.offers[0];
    let at_20 = h.net_at(offer, rust_decimal::Decimal::from(20), Money::pence(1500));
    let at_10 = h.net_at(offer, rust_decimal::Decimal::from(10), Money::pence(1500));
    assert!(at_20.net_income > at_10.net_income);
}

fn oracle_case(v: serde_json::Value) -> serde_json::Value {
    let case: supported_work::better_off::scenario::OracleCase =
        serde_json::from_value(v).expect("oracle case JSON");
    supported_work::better_off::engine::oracle::run_case(&case).expect("case runs")
}

fn near(got: &serde_json::Value, want: f64) {
    let g = got.as_f64().expect("a number");
    assert!((g - want).abs() < 0.05, "got {g}, want {want}");
}

#[test]
fn child_benefit_charge_is_income_tax_in_whole_pounds() {
    // Lone parent in Wales, 2026-27, one child of 6, 40 hours at £29.99: £62,379.20 a year.
    // Tax: £37,700 x 20% = £7,540 + (£49,809.20 - £37,700) x 40% = £4,843.68: £12,383.68.
    // High Income Child Benefit Charge (ITEPA 2003 ss.681B-681C): adjusted net income is
    // £2,379.20 over £60,000, 11 whole £200s, so 11%; Child Benefit £27.05 x 52 = £1,406.60,
    // taken as £1,406 (s.681C(3)); 11% = £154.66, charged as £154. The charge is a charge to
    // income tax (s.681B), so income tax is £12,537.68 (as the reference model reports).
    let r = oracle_case(json!({
        "id": "hicbc", "year": 2026, "country": "wales",
        "adults": [{"age": 29, "sex": "male", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": false}],
        "children": [{"age": 6, "sex": "male", "disabled": false}],
        "housing": {"tenure": "social_rent", "rent_monthly": 653.6, "region": "WALES",
                    "brma": "CARDIFF"},
        "job": {"adult": 0, "hours_per_week": 40.0, "hourly_wage": 29.99,
                "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 0.0
    }));
    near(&r["in_work"]["child_benefit_charge"], 154.00);
    near(&r["in_work"]["income_tax"], 12_537.68);
    near(&r["in_work"]["child_benefit"], 1_406.60);
}

#[test]
fn carers_allowance_limit_ignores_a_fraction_of_a_penny() {
    // The carer earns £10,192.24 a year: £196.0046 a week, no tax or NI. Computation of
    // Earnings Regulations 1996 reg 5: a fraction of a penny is disregarded where that
    // favours the claimant, so £196.00, which is not over the £196 limit (2025-26):
    // Carer's Allowance £83.30 x 52 = £4,331.60 a year, taken £ for £ by UC.
    let r = oracle_case(json!({
        "id": "ca_penny", "year": 2025, "country": "england",
        "adults": [{"age": 40, "sex": "male", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": true},
                   {"age": 38, "sex": "female", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": false}],
        "children": [],
        "housing": {"tenure": "owner", "rent_monthly": 0.0, "region": "NORTH_WEST",
                    "brma": "CENTRAL_GREATER_MANCHESTER"},
        "job": {"adult": 1, "hours_per_week": 10.0, "hourly_wage": 12.21,
                "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 10192.24
    }));
    near(&r["out_of_work"]["carers_allowance"], 4_331.60);
    near(&r["out_of_work"]["uc"]["uc_unearned_income"], 4_331.60);
}

#[test]
fn dla_mobility_only_from_the_minimum_ages() {
    // SSCBA 1992 s.73(1A): the higher mobility rate from age 3, the lower rate from 5. A
    // 4-year-old entered with the lower rate (and no care component) gets no DLA, and so no
    // disabled child addition (UC Regs 2013 reg 24(2) needs DLA). A 3-year-old on the higher
    // rate gets it: £77.05 x 52 = £4,006.60 a year, and the lower addition £158.76 x 12 =
    // £1,905.12 (2025-26).
    let r = oracle_case(json!({
        "id": "dla_ages", "year": 2025, "country": "england",
        "adults": [{"age": 30, "sex": "female", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": false}],
        "children": [{"age": 4, "sex": "male", "disabled": false, "dla_mobility": "lower"},
                     {"age": 3, "sex": "female", "disabled": false, "dla_mobility": "higher"}],
        "housing": {"tenure": "owner", "rent_monthly": 0.0, "region": "YORKSHIRE",
                    "brma": "LEEDS"},
        "job": {"adult": 0, "hours_per_week": 16.0, "hourly_wage": 12.21,
                "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 0.0
    }));
    near(&r["out_of_work"]["dla"], 4_006.60);
    near(
        &r["out_of_work"]["uc"]["uc_individual_disabled_child_element"],
        1_905.12,
    );
}

#[test]
fn partners_caring_for_the_same_person_choose_who_claims_carers_allowance() {
    // Both partners care for the same person: one Carer's Allowance between them (SSCBA 1992
    // s.70(7)), to whichever "they may jointly elect". 2026-27, out of work: the elder (50)
    // earns £10,000 a year (£192.31 a week, under the £204 limit), the other (40) nothing.
    // Paid to the earner, the £86.45 x 52 = £4,495.40 is taxed with the pay:
    // (£14,495.40 - £12,570) x 20% = £385.08. Paid to the partner with no income it is
    // covered by their personal allowance, and UC counts it the same either way, so they
    // claim it there: no tax at all.
    let r = oracle_case(json!({
        "id": "ca_election", "year": 2026, "country": "england",
        "adults": [{"age": 50, "sex": "male", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": true},
                   {"age": 40, "sex": "female", "lcwra": false, "pip_daily_living": "none",
                    "pip_mobility": "none", "carer": true}],
        "children": [],
        "housing": {"tenure": "social_rent", "rent_monthly": 500.0, "region": "NORTH_EAST",
                    "brma": "TYNESIDE"},
        "job": {"adult": 1, "hours_per_week": 10.0, "hourly_wage": 12.71,
                "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 10000.0,
        "carers_care_for_same_person": true
    }));
    near(&r["out_of_work"]["carers_allowance"], 4_495.40);
    near(&r["out_of_work"]["income_tax"], 0.0);
    near(&r["out_of_work"]["uc"]["uc_carer_element"], 209.34 * 12.0);
}
