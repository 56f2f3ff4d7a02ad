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
