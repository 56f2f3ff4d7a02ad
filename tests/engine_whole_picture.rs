//! The whole money picture, worked by hand from the regulations: Council Tax Reduction in and
//! out of work, deductions from Universal Credit, the benefit cap's grace period and advice,
//! the childcare cap, twins under the two-child limit, and an adult living with family.

mod common;

use common::{job_offer, scenario_with, social_rent};
use rust_decimal::Decimal;
use supported_work::better_off::engine::{calculate, Household, WarningKind};
use supported_work::better_off::params::{Country, TaxYear};
use supported_work::better_off::scenario::*;
use supported_work::money::Money;

/// One adult of 30 in the country's region used across these examples.
fn single(country: Country, year: TaxYear, housing: Housing, offer: JobOffer) -> Scenario {
    let region = match country {
        Country::England => "NORTH_WEST",
        Country::Scotland => "SCOTLAND",
        Country::Wales => "WALES",
    };
    scenario_with(
        (country, year, region),
        vec![Adult::new(30)],
        housing,
        offer,
    )
}

fn child(age: u32) -> Child {
    Child {
        age: Some(age),
        date_of_birth: None,
        sex: None,
        disabled: false,
        dla_care: None,
        dla_mobility: DlaMobility::None,
        multiple_birth: false,
    }
}

#[test]
fn welsh_council_tax_reduction_falls_in_work_instead_of_staying_as_entered() {
    // WSI 2013/3029 Sch 6 paras 3, 9: on Universal Credit with no earnings, income (UC plus
    // other income) equals the UC maximum, so the whole bill is met. 16 hours at £12.71 in
    // 2026-27: UC earned income £881.23 a month, UC £11,098.80/12 - 55% x £881.23 = £440.23;
    // excess (£881.23 + £440.23 - £924.90) x 12/52 = £91.51 a week; the £1,500 bill is
    // £28.85 a week, so 20% of £91.51 (£18.30) leaves £10.55 a week, £548.62 a year.
    let mut s = single(
        Country::Wales,
        TaxYear::Y2026_27,
        social_rent(500),
        job_offer(16, 1271),
    );
    s.council_tax = CouncilTax {
        annual: Money::pounds(1_500),
        reduction_annual: Money::pounds(1_500),
        reduction_in_work_annual: None,
    };
    let h = Household::prepare(&s).unwrap();
    let out = h.out_of_work();
    assert_eq!(
        out.council_tax_reduction.annual.round_penny(),
        Money::pounds(1_500)
    );
    let inw = h.in_work(&s.offers[0]);
    let ctr = inw.council_tax_reduction.annual.round_penny();
    assert!(
        (ctr - Money::pence(54_862)).to_decimal().abs() < Decimal::ONE,
        "{ctr}"
    );
    // Before this change the reduction entered for now was kept in work: £1,500.
    assert!(ctr < Money::pounds(1_500));
}

#[test]
fn scottish_council_tax_reduction_counts_only_the_child_parts_of_uc() {
    // SSI 2021/249 reg 57: a single person on UC with no children counts none of the award;
    // with no other income the whole bill is met, out of work.
    let mut s = single(
        Country::Scotland,
        TaxYear::Y2025_26,
        social_rent(450),
        job_offer(20, 1221),
    );
    s.council_tax.annual = Money::pounds(1_200);
    let h = Household::prepare(&s).unwrap();
    assert_eq!(
        h.out_of_work().council_tax_reduction.annual.round_penny(),
        Money::pounds(1_200)
    );
    // In work, earnings as UC counts them (no tax or NI on £1,058 a month) less the £5
    // disregard, against £92.05: £244.20 - £5 - £92.05 = £147.15 over; 20% is £29.43 a
    // week, more than the £23.01 bill, so nothing.
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.council_tax_reduction.annual.is_zero());
}

#[test]
fn english_council_tax_reduction_in_work_is_an_estimate_never_above_now() {
    let mut s = single(
        Country::England,
        TaxYear::Y2026_27,
        social_rent(500),
        job_offer(16, 1271),
    );
    s.council_tax = CouncilTax {
        annual: Money::pounds(1_600),
        reduction_annual: Money::pounds(1_200),
        reduction_in_work_annual: None,
    };
    let h = Household::prepare(&s).unwrap();
    assert_eq!(
        h.out_of_work().council_tax_reduction.annual,
        Money::pounds(1_200)
    );
    let inw = h.in_work(&s.offers[0]).council_tax_reduction;
    assert!(inw.annual < Money::pounds(1_200));
    // The person's own figure, when the council has given one, is used as it is.
    s.council_tax.reduction_in_work_annual = Some(Money::pounds(900));
    let h = Household::prepare(&s).unwrap();
    assert_eq!(
        h.in_work(&s.offers[0]).council_tax_reduction.annual,
        Money::pounds(900)
    );
    let report = calculate(&s).unwrap();
    assert!(report.offers[0]
        .in_work
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::CouncilTaxAsEntered));
}

#[test]
fn deductions_carry_into_work_and_shrink_with_the_award() {
    // A £60 a month debt deduction comes off UC now and in work alike, so the gain from
    // work is the same; where the award in work is less than £60, only the award is taken
    // (Claims and Payments Regs 2013 Sch 6 para 3(1)).
    let mut s = single(
        Country::England,
        TaxYear::Y2026_27,
        social_rent(500),
        job_offer(16, 1271),
    );
    let plain = Household::prepare(&s).unwrap();
    s.uc_deductions_monthly = Money::pounds(60);
    let h = Household::prepare(&s).unwrap();
    let (out, inw) = (h.out_of_work(), h.in_work(&s.offers[0]));
    assert_eq!(out.uc.paid, out.uc.award - Money::pounds(60));
    assert_eq!(inw.uc.paid, inw.uc.award - Money::pounds(60));
    let gain = inw.disposable_income - out.disposable_income;
    let plain_gain =
        plain.in_work(&s.offers[0]).disposable_income - plain.out_of_work().disposable_income;
    assert_eq!(gain, plain_gain);
    // 37.5 hours at £20: no UC in work, so no deduction either.
    let high = h.net_at(&s.offers[0], Decimal::new(375, 1), Money::pounds(20));
    assert!(high.uc.award.is_zero() && high.uc.deductions.is_zero());
}

#[test]
fn grace_period_lifts_the_cap_now_but_not_in_work() {
    // UC Regs 2013 reg 82(1)(b), (2)-(3): after 12 months' steady work the cap does not apply
    // for 9 months. A couple with three children in London, out of work: capped without
    // grace, not with it.
    let mut s = single(
        Country::England,
        TaxYear::Y2026_27,
        social_rent(1_400),
        job_offer(4, 1271),
    );
    s.region = Some("LONDON".into());
    s.adults.push(Adult::new(32));
    s.children = vec![child(2), child(5), child(8)];
    let capped = Household::prepare(&s).unwrap().out_of_work();
    assert!(capped.uc.cap_reduction.is_positive());
    s.benefit_cap_grace = true;
    let h = Household::prepare(&s).unwrap();
    assert!(h.out_of_work().uc.cap_reduction.is_zero());
    // A few hours' work does not keep the grace period's protection.
    assert!(h.in_work(&s.offers[0]).uc.cap_reduction.is_positive());
}

#[test]
fn the_cap_advice_is_true_with_a_workplace_pension() {
    // UC earned income is pay less tax, NI and pension contributions (reg 55(5)), so 16 hours
    // at the National Living Wage with automatic enrolment falls short of the £881 a month
    // that lifts the cap (reg 82(1)(a)): the warning says opting out, or more hours, would.
    let mut offer = job_offer(16, 1271);
    offer.pension = Pension::AutoEnrolment;
    let mut s = single(
        Country::England,
        TaxYear::Y2026_27,
        social_rent(1_400),
        offer,
    );
    s.region = Some("LONDON".into());
    s.adults.push(Adult::new(32));
    s.children = vec![child(2), child(5), child(8)];
    let report = calculate(&s).unwrap();
    let inw = &report.offers[0].in_work;
    assert!(inw.figures.uc.cap_reduction.is_positive());
    let advice = inw
        .warnings
        .iter()
        .find(|w| matches!(w.kind, WarningKind::BenefitCap { .. }))
        .unwrap();
    assert!(advice.text.contains("pension"), "{}", advice.text);
    assert!(!advice.text.contains("16 hours at the National Living Wage"));
}

#[test]
fn the_childcare_cap_counts_the_children_in_childcare() {
    // UC Regs 2013 reg 34(1)(b): the maximum is for the number of children for whom the
    // childcare is paid. Two children, £1,500 a month for one of them: 85% is £1,275, over
    // the one-child maximum of £1,071.09 (2026-27). Counting both children gave the higher
    // maximum and £1,275.
    let mut offer = job_offer(30, 1500);
    offer.childcare_monthly = Money::pounds(1_500);
    offer.childcare_children = Some(1);
    let mut s = single(Country::England, TaxYear::Y2026_27, social_rent(600), offer);
    s.children = vec![child(2), child(9)];
    let h = Household::prepare(&s).unwrap();
    assert_eq!(h.in_work(&s.offers[0]).uc.childcare, Money::pence(107_109));
    s.offers[0].childcare_children = Some(2);
    let h = Household::prepare(&s).unwrap();
    assert_eq!(h.in_work(&s.offers[0]).uc.childcare, Money::pounds(1_275));
}

#[test]
fn twins_who_are_third_and_fourth_children_in_2025_26() {
    // UC Regs 2013 Sch 12 para 2: the second twin is excepted from the two-child limit even
    // though the first twin gets no element; same-age children are twins only when said.
    let mut s = single(
        Country::England,
        TaxYear::Y2025_26,
        social_rent(700),
        job_offer(16, 1221),
    );
    s.children = vec![child(9), child(7), child(3), child(3)];
    let h = Household::prepare(&s).unwrap();
    // Born 2016 (before April 2017, protected, higher rate), 2018, then two of 2022:
    assert_eq!(h.children_without_element, 2);
    s.children[2].multiple_birth = true;
    s.children[3].multiple_birth = true;
    let h = Household::prepare(&s).unwrap();
    assert_eq!(h.children_without_element, 1);
}

#[test]
fn a_son_living_with_his_mother_who_gets_housing_benefit() {
    // A 24-year-old living in his mother's council flat: no housing element of his own (UC
    // Regs 2013 Sch 2 para 5(1)(c)). Her Housing Benefit loses £20.40 a week for him while he
    // is not working 16 hours (HB Regs 2006 reg 74(1)(b), 2026-27), none while he is under 25
    // on UC with no earnings (reg 74(7)); at 16 hours at £12.71 (£203.36 a week gross) the
    // £192-£278.99 band takes £46.85 a week.
    let housing = Housing::WithFamily {
        contribution_monthly: Money::pounds(100),
        relative: RelativeHousing::HousingBenefit {
            relative_exempt: false,
        },
    };
    let mut s = single(
        Country::England,
        TaxYear::Y2026_27,
        housing,
        job_offer(16, 1271),
    );
    s.adults = vec![Adult::new(24)];
    let h = Household::prepare(&s).unwrap();
    let out = h.out_of_work();
    assert!(out.uc.housing.is_zero());
    assert!(
        out.relative_loses.is_zero(),
        "under 25 on UC without earnings"
    );
    let inw = h.in_work(&s.offers[0]);
    assert_eq!(
        inw.relative_loses.monthly_to_weekly().round_penny(),
        Money::pence(4_685)
    );
    // He is better off; the family less so by what his mother's Housing Benefit loses.
    assert!(inw.disposable_income > out.disposable_income);
}

#[test]
fn the_surplus_earnings_threshold_for_2026_27_is_cited() {
    // UC Regs 2013 reg 54A: £300 unless the Secretary of State extends the £2,500 temporary
    // de minimis (SI 2015/345 reg 5). The last determination found ends it on 31 March 2026.
    let r = supported_work::better_off::params::record(
        TaxYear::Y2026_27,
        "uc.surplus_earnings_de_minimis",
    )
    .unwrap();
    assert_eq!(r.value, "300");
    assert!(r.source.contains("31 March 2026"));
    let r = supported_work::better_off::params::record(
        TaxYear::Y2025_26,
        "uc.surplus_earnings_de_minimis",
    )
    .unwrap();
    assert_eq!(r.value, "2500");
}

#[test]
fn free_school_meals_stop_at_the_earnings_limit_until_september_2026() {
    // England, a lone parent with children of 8 and 12 on UC. 2025-26: net earnings over
    // £7,400 a year (£616.67 a month) end free school meals for both (SI 2018/148), £495.90
    // each; the chart marks where. 2026-27: from September every UC family keeps them, so
    // over the limit only the summer term's share is lost.
    let mut s = single(
        Country::England,
        TaxYear::Y2025_26,
        social_rent(600),
        job_offer(16, 1221),
    );
    s.children = vec![child(8), child(12)];
    let h = Household::prepare(&s).unwrap();
    let out = h.out_of_work();
    assert_eq!(out.help_in_kind.free_school_meals, Money::pence(99_180));
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.uc.earned_income > Money::pence(61_667));
    assert!(inw.uc.award.is_positive());
    assert!(inw.help_in_kind.free_school_meals.is_zero());
    let sweep = h.sweep(&s.offers[0]);
    let mark = sweep
        .help_lost
        .iter()
        .find(|m| m.kind == supported_work::better_off::rules::help_in_kind::Kind::FreeSchoolMeals)
        .expect("the chart marks where free school meals stop");
    assert!(mark.to_hours <= 16.0);

    s.tax_year = TaxYear::Y2026_27;
    s.offers[0].hourly_wage = Some(Money::pence(1271));
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    assert!(inw.uc.award.is_positive());
    assert_eq!(
        inw.help_in_kind.free_school_meals,
        Money::pence(99_180) * Decimal::new(68, 2)
    );
}

#[test]
fn tax_free_childcare_is_compared_with_uc_childcare() {
    // A lone parent of one child earning well, paying £1,200 a month: UC's childcare element
    // still pays 85% (with some UC left); where UC is small, Tax-Free Childcare's 20% (up to
    // £2,000 a year) can leave more. Whichever it is, the warning says it only when true.
    let mut offer = job_offer(37, 2_500);
    offer.childcare_monthly = Money::pounds(1_200);
    let mut s = single(Country::England, TaxYear::Y2026_27, social_rent(600), offer);
    s.children = vec![child(3)];
    let h = Household::prepare(&s).unwrap();
    let inw = h.in_work(&s.offers[0]);
    let choice = supported_work::better_off::engine::childcare_choice::compare(&h, &inw).unwrap();
    assert!(choice.qualifies);
    assert_eq!(
        choice.tax_free_childcare,
        Money::pounds(2_000).annual_to_monthly()
    );
    let report = calculate(&s).unwrap();
    let said = report.offers[0]
        .in_work
        .warnings
        .iter()
        .any(|w| matches!(w.kind, WarningKind::TaxFreeChildcareBetter { .. }));
    assert_eq!(said, choice.tax_free_childcare_better_by().is_some());
}
