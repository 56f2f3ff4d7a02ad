//! Hand-worked households for New Style ESA and JSA, supported housing and pension age, each
//! figure worked from the regulations it cites (the reference oracle checks the same rules on
//! other households: tests/engine_oracle_v2.rs).

mod common;

use common::{job_offer, scenario_with, social_rent};
use supported_work::better_off::engine::{CliffCause, Household, Route};
use supported_work::better_off::params::{Country, TaxYear};
use supported_work::better_off::scenario::*;
use supported_work::money::{Money, Period};

fn household(adults: Vec<Adult>, housing: Housing, job: JobOffer) -> Scenario {
    scenario_with(
        (Country::England, TaxYear::Y2026_27, "WEST_MIDLANDS"),
        adults,
        housing,
        job,
    )
}

fn esa_support(age: u32) -> Adult {
    Adult {
        lcwra: true,
        new_style_esa: Some(EsaAward {
            group: EsaGroup::Support,
            weekly_amount: None,
        }),
        ..Adult::new(age)
    }
}

/// A year's money to the penny, from a monthly figure.
fn yearly(m: Money) -> Money {
    m.monthly_to_annual().round_penny()
}

#[test]
fn permitted_work_keeps_esa_under_16_hours_and_within_the_limit() {
    // ESA Regs 2013 reg 39(1)(c): under 16 hours and net pay up to £203.50 a week (2026-27).
    // 15 hours at £13.56 = £203.40 a week, no tax or NI: ESA (£145.90) carries on.
    let s = household(vec![esa_support(45)], social_rent(450), job_offer(15, 1356));
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    assert_eq!(
        inw.esa.per(Period::Month, Period::Week).round_penny(),
        Money::pence(14_590)
    );
    // 15 hours at £13.57 = £203.55 a week: 5p over the limit, and all of it stops.
    let s = household(vec![esa_support(45)], social_rent(450), job_offer(15, 1357));
    let h = Household::prepare(&s).unwrap();
    assert!(h.in_work(&s.offers[0]).esa.is_zero());
}

#[test]
fn sixteen_hours_ends_esa_unless_it_is_supported_permitted_work() {
    // Oracle anchor v2_esa_16_hours_2026 worked by hand: 16 hours at £12.71 (£203.36, within
    // the money) is not "less than 16 hours", so ESA ends; UC then has no unearned income:
    // £15,656.40 - 55% x (£10,574.72 - £5,124) = £12,658.50 a year.
    let mut s = household(vec![esa_support(45)], social_rent(450), job_offer(16, 1271));
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.esa.is_zero());
    assert_eq!(yearly(inw.uc.award), Money::pence(1_265_844));
    // As supported permitted work (reg 39(1)(b)(ii)) the hours do not matter: ESA stays.
    s.offers[0].supported_permitted_work = true;
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    assert_eq!(yearly(inw.esa), Money::pence(758_680));
    // The chart names the cliff at 16 hours.
    s.offers[0].supported_permitted_work = false;
    let h = Household::prepare(&s).unwrap();
    let sweep = h.sweep(&s.offers[0]);
    assert!(sweep.cliffs.iter().all(|c| c.cause != CliffCause::Other));
}

#[test]
fn housing_benefit_in_supported_housing_is_tapered_once_uc_stops() {
    // HB Regs 2006 reg 71 and Sch 4 paras 10, 17: single, 40, rent £850 a month, 30 hours at
    // £12.71. UC stops, so the means test applies: applicable amount £95.55, disregards £22.10,
    // 65% of the rest off the rent: £50.18 a week before 5 October 2026 and £100.70 after (the
    // £77.73 accommodation disregard of Sch 4 para 18), 26 weeks each. (The reference gets
    // £100.71: its NI threshold of £1,047.50 a month takes 48p a year more than the
    // statutory £1,048, so its income is 48p lower.)
    let housing = Housing::Supported {
        rent: Money::pounds(850),
        rent_period: Period::Month,
        service_charges: Money::ZERO,
        kind: SupportedKind::Supported,
    };
    let s = household(vec![Adult::new(40)], housing, job_offer(30, 1271));
    let h = Household::prepare(&s).unwrap();
    let out = h.out_of_work();
    // Out of work UC is paid, so Housing Benefit meets the whole rent (Sch 5 para 4).
    assert!(out.housing_benefit.passported);
    assert_eq!(yearly(out.housing_benefit.award), Money::pounds(10_200));
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.uc.award.is_zero());
    let hb = inw.housing_benefit;
    assert_eq!(
        hb.weekly_without_accommodation_disregard.round_penny(),
        Money::pence(5_018)
    );
    assert_eq!(
        hb.weekly_with_accommodation_disregard.round_penny(),
        Money::pence(10_070)
    );
    assert_eq!(hb.weekly.round_penny(), Money::pence(7_544));
}

#[test]
fn a_single_pensioner_with_earnings() {
    // Oracle anchor v2_pensioner_pc_hb_2026: 70, State Pension £180 a week, private rent £650 in
    // Leeds. Out of work guarantee credit (£238 - £180) x 52 = £3,016 and the whole rent as
    // Housing Benefit. With 8 hours at £12.71, income for Pension Credit is £268.69 a week
    // (SPC Regs reg 15, Sch VI para 5): no guarantee credit, and Housing Benefit is
    // £150 - 65% x £30.69 = £130.05 a week (HB (SPC) Regs reg 51). No NI at 70.
    let mut s = household(
        vec![Adult {
            state_pension_weekly: Money::pounds(180),
            ..Adult::new(70)
        }],
        Housing::PrivateRent {
            rent: Money::pounds(650),
            rent_period: Period::Month,
            service_charges: Money::ZERO,
            brma: Some("LEEDS".into()),
            shared_rate_exempt: false,
        },
        job_offer(8, 1271),
    );
    s.region = Some("YORKSHIRE".into());
    let h = Household::prepare(&s).unwrap();
    assert_eq!(h.route, Route::PensionAge);
    let out = h.out_of_work();
    assert_eq!(yearly(out.pension_credit.award), Money::pounds(3_016));
    assert_eq!(yearly(out.housing_benefit.award), Money::pounds(7_800));
    assert!(out.uc.award.is_zero());
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.national_insurance.is_zero());
    assert!(inw.pension_credit.award.is_zero());
    assert_eq!(
        inw.housing_benefit.weekly.round_penny(),
        Money::pence(13_005)
    );
}

#[test]
fn a_mixed_age_couple_claims_universal_credit_with_the_state_pension_as_income() {
    // Welfare Reform Act 2012 s.4(1)(b) and UC Regs 2013 reg 3(2)(a): a couple with one partner
    // under State Pension age claim UC; the older partner's State Pension (£241.30 a week) is
    // unearned income (reg 66(1)(a)). Couple allowance £666.97 + LCWRA £429.80 + rent £480 =
    // £1,576.77 a month, less £1,045.63 of State Pension: £531.14 (oracle v2_mixed_age_couple).
    let mut s = household(
        vec![
            Adult {
                lcwra: true,
                pip_daily_living: PipRate::Standard,
                ..Adult::new(58)
            },
            Adult {
                state_pension_weekly: Money::pence(24_130),
                ..Adult::new(70)
            },
        ],
        social_rent(480),
        job_offer(10, 1271),
    );
    s.country = Country::Wales;
    s.region = Some("WALES".into());
    let h = Household::prepare(&s).unwrap();
    assert_eq!(h.route, Route::UniversalCredit);
    let out = h.out_of_work();
    assert_eq!(out.uc.award, Money::pence(53_114));
    // No Pension Credit for a mixed-age couple (State Pension Credit Act 2002 s.4(1A)); the
    // Winter Fuel Payment is paid as the older partner qualifies.
    assert!(!out.pension_credit.claimed);
    assert_eq!(yearly(out.winter_fuel), Money::pounds(200));
}

#[test]
fn jsa_is_reduced_by_pay_above_five_pounds_and_stops_at_16_hours() {
    // JSA Regs 2013 regs 42, 59-60: 6 hours at £12.71 = £76.26 a week, so £95.55 - £71.26 =
    // £24.29 a week is left; at 16 hours nothing.
    let jsa = Adult {
        new_style_jsa: Some(JsaAward::default()),
        ..Adult::new(30)
    };
    let s = household(vec![jsa.clone()], social_rent(480), job_offer(6, 1271));
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    assert_eq!(
        inw.jsa.per(Period::Month, Period::Week).round_penny(),
        Money::pence(2_429)
    );
    let s = household(vec![jsa], social_rent(480), job_offer(16, 1271));
    let h = Household::prepare(&s).unwrap();
    assert!(h.in_work(&s.offers[0]).jsa.is_zero());
}

/// A case in the oracle's neutral format, answered as the oracle reports it.
fn oracle_answer(case: &str) -> serde_json::Value {
    let case: OracleCase = serde_json::from_str(case).expect("the case parses");
    supported_work::better_off::engine::oracle::run_case(&case).expect("the engine answers")
}

fn annual_figure(v: &serde_json::Value, path: &str) -> f64 {
    path.split('.')
        .fold(v, |v, k| &v[k])
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is a number"))
}

#[test]
fn a_pensioner_carer_whose_job_ends_carers_allowance_loses_the_carer_addition() {
    // Found by scripts/reference (generated case gen1_0196; the reference agrees).
    // 2025-26, single, 69, State Pension £230.25 a week, PIP daily living (standard), cares 35
    // hours a week, private rent £655 in Tyneside.
    // Out of work: Carer's Allowance is overlapped by the State Pension but the entitlement
    // stays, so the minimum guarantee is £227.10 + severe disability £82.90 + carer £46.40 =
    // £356.40 a week (SPC Regs 2002 reg 6, Sch I paras 1 and 4): £18,532.80 a year, and
    // guarantee credit £126.15 a week = £6,559.80.
    // In work, 26 hours at £14.05 = £365.30 a week (£18,995.60 a year): tax on the pay alone
    // (£18,995.60 - £12,570) x 20% = £1,285.12 a year, no NI over State Pension age, so net
    // earnings £340.59 a week, over the £196 limit: not entitled to Carer's Allowance (SSCBA
    // 1992 s.70(1)(b); Carer's Allowance Regs 1976 reg 8), so no carer addition: £227.10 +
    // £82.90 = £310.00 a week, £16,120 a year. Before, we kept the £46.40 and paid £1,426.57
    // of Housing Benefit the law does not give.
    let case = r#"{"id": "pensioner_carer_in_work", "year": 2025, "country": "england",
        "adults": [{"age": 69, "sex": "male", "lcwra": false, "pip_daily_living": "standard",
                    "pip_mobility": "none", "carer": true, "state_pension_weekly": 230.25}],
        "children": [],
        "housing": {"tenure": "private_rent", "region": "NORTH_EAST", "rent_monthly": 655.0,
                    "council_tax_annual": 1060.0},
        "job": {"adult": 0, "hours_per_week": 26.0, "hourly_wage": 14.05, "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 0.0}"#;
    let got = oracle_answer(case);
    let out = &got["out_of_work"];
    let inw = &got["in_work"];
    assert_eq!(
        annual_figure(out, "pension_credit_detail.minimum_guarantee"),
        18_532.80
    );
    assert_eq!(annual_figure(out, "pension_credit"), 6_559.80);
    assert_eq!(annual_figure(inw, "carers_allowance"), 0.0);
    assert_eq!(
        annual_figure(inw, "pension_credit_detail.minimum_guarantee"),
        16_120.00
    );
    // Housing Benefit's pension-age applicable amount loses the carer premium the same way
    // (HB (SPC) Regs 2006 Sch 3 para 9): £310 a week against income of £487.69 leaves
    // 65% x £177.69 = £115.50 a week, more than the rent allowed (£112.77 a week): nil.
    assert_eq!(
        annual_figure(
            inw,
            "housing_benefit_detail.housing_benefit_applicable_amount"
        ),
        16_120.00
    );
    assert_eq!(annual_figure(inw, "housing_benefit"), 0.0);
}

#[test]
fn an_overlapped_carers_allowance_leaves_a_couple_both_severe_disability_additions() {
    // Found by scripts/reference (generated case gen1_0203; the reference agrees).
    // 2025-26, a pensioner couple, both on PIP daily living, one of them caring 35 hours a
    // week; both State Pensions £230.25 a week, so the carer's allowance is overlapped and
    // nothing is paid. The severe disability addition is withheld only while someone is
    // "entitled to and in receipt of" Carer's Allowance for the person (SPC Regs 2002 Sch I
    // para 1(1)(b)): no one is in receipt, so it is paid for both, and the carer keeps the
    // carer addition (Sch I para 4, underlying entitlement): £346.60 + 2 x £82.90 + £46.40 =
    // £558.80 a week, £29,057.60 a year, less the State Pensions £460.50 a week: guarantee
    // credit £98.30 a week, £5,111.60 a year. Before, we took the carer to be paid for the
    // partner and gave one addition (£800.80 a year).
    let case = r#"{"id": "couple_overlapped_carer", "year": 2025, "country": "england",
        "adults": [{"age": 67, "sex": "female", "lcwra": false, "pip_daily_living": "enhanced",
                    "pip_mobility": "none", "carer": false, "state_pension_weekly": 230.25},
                   {"age": 71, "sex": "female", "lcwra": false, "pip_daily_living": "standard",
                    "pip_mobility": "enhanced", "carer": true, "state_pension_weekly": 230.25}],
        "children": [],
        "housing": {"tenure": "private_rent", "region": "SOUTH_EAST", "rent_monthly": 625.0,
                    "council_tax_annual": 2290.0},
        "job": {"adult": 0, "hours_per_week": 14.0, "hourly_wage": 21.75, "childcare_monthly": 0.0},
        "other_adult_earnings_annual": 0.0, "married": false}"#;
    let got = oracle_answer(case);
    let out = &got["out_of_work"];
    assert_eq!(annual_figure(out, "carers_allowance"), 0.0);
    assert_eq!(
        annual_figure(out, "pension_credit_detail.minimum_guarantee"),
        29_057.60
    );
    assert_eq!(annual_figure(out, "pension_credit"), 5_111.60);
}

#[test]
fn the_carers_twenty_pounds_is_of_the_carers_own_earnings() {
    // HB Regs 2006 Sch 4 paras 5-6 (working age): £20 of the earnings of the person entitled
    // to Carer's Allowance; a carer who does not work leaves the couple the ordinary £10
    // (para 9) on the partner's earnings. Supported housing in 2025-26, so the working-age
    // means test applies once the partner's 35 hours at £12.88 end UC (generated case
    // gen2_0277; the reference agrees). Before, we disregarded £20 of the partner's pay.
    let case = r#"{"id": "carer_couple", "year": 2025, "country": "england",
            "adults": [{"age": 46, "sex": "female", "lcwra": false, "pip_daily_living": "none",
                        "pip_mobility": "none", "carer": true},
                       {"age": 29, "sex": "female", "lcwra": false, "pip_daily_living": "none",
                        "pip_mobility": "none", "carer": false}],
            "children": [],
            "housing": {"tenure": "social_rent", "region": "EAST_OF_ENGLAND", "rent_monthly": 510.0,
                        "specified_accommodation": true},
            "job": {"adult": 1, "hours_per_week": 35.0, "hourly_wage": 12.88,
                    "childcare_monthly": 0.0},
            "other_adult_earnings_annual": 0.0, "married": false}"#;
    let partner_works = oracle_answer(case);
    let inw = &partner_works["in_work"];
    assert_eq!(annual_figure(inw, "universal_credit"), 0.0);
    assert_eq!(
        annual_figure(
            inw,
            "housing_benefit_detail.housing_benefit_applicable_income_disregard"
        ),
        // £10 (para 9) and £17.10 for 30 hours at 25 or over (para 17): £27.10 a week.
        27.10 * 52.0
    );
}
