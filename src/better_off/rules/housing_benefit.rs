//! Housing Benefit: help with rent that Universal Credit does not give (SSCBA 1992 s.130).
//!
//! Two sets of regulations, both weekly:
//! - the Housing Benefit Regulations 2006 (SI 2006/213), for working-age people whose home is
//!   supported ("specified") or temporary accommodation, whose rent UC does not meet
//!   (UC Regulations 2013 Sch 1 paras 3, 3A and Sch 4 para 3(1));
//! - the Housing Benefit (State Pension Credit) Regulations 2006 (SI 2006/214), for a single
//!   person over State Pension age or a couple who both are, who claim Pension Credit and
//!   Housing Benefit instead of UC (Welfare Reform Act 2012 s.4(1)(b)).
//!
//! The award is the eligible rent less 65% of income above the "applicable amount", the
//! money the law says a family of this kind needs to live on (reg 71; SI 2006/214 reg 51).
//! Someone on Universal Credit (working age: HB Regs 2006 Sch 4 para 12, Sch 5 para 4, Sch 6
//! para 5) or on the guarantee credit of Pension Credit (SI 2006/214 regs 26-27) has all their
//! income and capital disregarded: they get the whole eligible rent. So when rising earnings
//! take the last penny of UC or guarantee credit away, the means test starts and Housing
//! Benefit can fall sharply: a cliff the chart names.
//!
//! Everything here is a week. The engine turns the award into a month at 52/12.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// Which regulations the claim falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// SI 2006/213: under State Pension age (or on UC at any age).
    WorkingAge,
    /// SI 2006/214: over State Pension age and not on UC.
    PensionAge,
}

/// One adult's facts that the applicable amount and the disregards depend on.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Adult {
    pub age: u32,
    /// PIP (either part), DLA or Attendance Allowance: a qualifying benefit for the
    /// disability premium (Sch 3 para 13(1)(a)).
    pub disability_benefit: bool,
    /// PIP daily living (either rate), DLA care at the middle or highest rate, or Attendance
    /// Allowance: a qualifying benefit for the severe disability premium (Sch 3 para 14).
    pub severe_disability_benefit: bool,
    /// PIP daily living at the enhanced rate or DLA care at the highest rate (Sch 3 para 15).
    pub enhanced_disability_benefit: bool,
    /// Has, or is treated as having, limited capability for work (either ESA group or UC).
    pub lcw: bool,
    /// Has limited capability for work-related activity (the support group).
    pub lcwra: bool,
    /// On New Style ESA past the assessment phase (the higher personal allowance under 25).
    pub main_phase_esa: bool,
    /// Entitled to Carer's Allowance, paid or overlapped (Sch 3 para 17).
    pub carer: bool,
    /// Someone is paid Carer's Allowance for caring for this person (no severe disability
    /// premium then).
    pub cared_for_by_paid_carer: bool,
    /// Pension age: reached State Pension age before 1 April 2021 (the higher allowance).
    pub pension_age_before_2021: bool,
    /// Weekly hours of paid work.
    pub hours: Decimal,
    /// Net weekly earnings: pay less the income tax and NI on it and half of pension
    /// contributions (reg 36(3); SI 2006/214 reg 36(2)).
    pub net_earnings: Money,
    /// On New Style ESA and doing exempt work: the exempt-work limit that applies to it (the
    /// £20 lower limit or the higher limit), for the permitted-work disregard (Sch 4 para 10A).
    pub permitted_work_limit: Option<Money>,
}

/// One child's facts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Child {
    /// A child allowance is included (not restricted by the two-child limit in 2025-26).
    pub allowance: bool,
    /// Gets DLA or PIP (disabled child premium, Sch 3 para 16).
    pub disabled: bool,
    /// Gets DLA care at the highest rate or PIP enhanced daily living (Sch 3 para 15).
    pub severely_disabled: bool,
}

/// The family the claim is for.
#[derive(Debug, Clone, Copy)]
pub struct Family<'a> {
    pub scheme: Scheme,
    pub adults: &'a [Adult],
    pub children: &'a [Child],
    /// Both partners care for the same person: one carer premium between them.
    pub carers_care_for_same_person: bool,
    /// Another adult lives in the home (a non-dependant): no severe disability premium.
    pub non_dependants: bool,
}

impl Family<'_> {
    pub fn couple(&self) -> bool {
        self.adults.len() == 2
    }

    pub fn lone_parent(&self) -> bool {
        !self.couple() && !self.children.is_empty()
    }

    pub fn eldest(&self) -> u32 {
        self.adults.iter().map(|a| a.age).max().unwrap_or(0)
    }
}

/// The applicable amount, a week: personal allowances, premiums and components.
pub fn applicable_amount(p: &Params, f: &Family) -> Money {
    let personal = match f.scheme {
        Scheme::WorkingAge => working_age_personal_allowance(p, f),
        Scheme::PensionAge => pension_personal_allowance(p, f),
    };
    let children = f
        .children
        .iter()
        .filter(|c| c.allowance)
        .map(|_| Money::new(p.housing_benefit.child_allowance))
        .sum::<Money>();
    let adult_premiums = match f.scheme {
        Scheme::WorkingAge => disability_premiums(p, f, true),
        Scheme::PensionAge => Money::ZERO,
    };
    personal + children + child_premiums(p, f) + adult_premiums + shared_premiums(p, f)
}

/// The pension-age personal allowance (SI 2006/214 Sch 3 para 1): lower for people who
/// reached State Pension age on or after 1 April 2021.
pub fn pension_personal_allowance(p: &Params, f: &Family) -> Money {
    let before_2021 = f.adults.iter().any(|a| a.pension_age_before_2021);
    pension_personal_allowance_at(p, f.couple(), before_2021)
}

/// The pension-age personal allowance at the higher (before April 2021) or lower rate.
pub fn pension_personal_allowance_at(p: &Params, couple: bool, before_2021: bool) -> Money {
    let hb = &p.housing_benefit;
    Money::new(match (couple, before_2021) {
        (false, false) => hb.pension_personal_allowance_single,
        (false, true) => hb.pension_personal_allowance_single_before_2021,
        (true, false) => hb.pension_personal_allowance_couple,
        (true, true) => hb.pension_personal_allowance_couple_before_2021,
    })
}

/// The disabled child premium and the enhanced disability premium for each child (Sch 3
/// paras 15-16), which Council Tax Reduction schemes share.
pub fn child_premiums(p: &Params, f: &Family) -> Money {
    let hb = &p.housing_benefit;
    f.children
        .iter()
        .map(|c| {
            let mut amount = Money::ZERO;
            if c.disabled {
                amount += Money::new(hb.disabled_child_premium);
            }
            if c.severely_disabled {
                amount += Money::new(hb.enhanced_disability_premium_child);
            }
            amount
        })
        .sum()
}

/// The severe disability and carer premiums, the only adult premiums at pension age.
pub fn shared_premiums(p: &Params, f: &Family) -> Money {
    severe_disability_premium(p, f) + carer_premium(p, f)
}

fn working_age_personal_allowance(p: &Params, f: &Family) -> Money {
    let hb = &p.housing_benefit;
    let eldest = f.eldest();
    let esa_main_phase = f.adults.iter().any(|a| a.main_phase_esa);
    Money::new(if f.couple() {
        if eldest < 18 {
            hb.personal_allowance_couple_under_18
        } else {
            hb.personal_allowance_couple
        }
    } else if f.lone_parent() {
        if eldest < 18 && !esa_main_phase {
            hb.personal_allowance_lone_parent_under_18
        } else {
            hb.personal_allowance_lone_parent
        }
    } else if eldest < 25 && !esa_main_phase {
        hb.personal_allowance_single_under_25
    } else {
        hb.personal_allowance_single_25_plus
    })
}

/// Working age only: the disability premium, not given to someone with limited capability
/// for work (Sch 3 para 13(1)), who gets the ESA support component instead when they have
/// LCWRA (paras 21-24) and `esa_component` is set; and the enhanced disability premium (para
/// 15).
pub fn disability_premiums(p: &Params, f: &Family, esa_component: bool) -> Money {
    let hb = &p.housing_benefit;
    let couple = f.couple();
    let mut total = Money::ZERO;
    let any_lcw = f.adults.iter().any(|a| a.lcw || a.lcwra);
    if f.adults.iter().any(|a| a.lcwra) {
        if esa_component {
            total += Money::new(p.esa.support_component);
        }
    } else if !any_lcw && f.adults.iter().any(|a| a.disability_benefit) {
        total += Money::new(if couple {
            hb.disability_premium_couple
        } else {
            hb.disability_premium_single
        });
    }
    if f.adults
        .iter()
        .any(|a| a.enhanced_disability_benefit || a.lcwra)
    {
        total += Money::new(if couple {
            hb.enhanced_disability_premium_couple
        } else {
            hb.enhanced_disability_premium_single
        });
    }
    total
}

/// The severe disability premium (Sch 3 para 14; SI 2006/214 Sch 3 para 6): everyone in the
/// couple gets a qualifying benefit, no other adult lives there, and no one is paid Carer's
/// Allowance for them. A couple where both qualify get it twice, once if a carer is paid for
/// one of them.
pub fn severe_disability_premium(p: &Params, f: &Family) -> Money {
    if f.non_dependants
        || f.adults.is_empty()
        || !f.adults.iter().all(|a| a.severe_disability_benefit)
    {
        return Money::ZERO;
    }
    let rate = Money::new(p.housing_benefit.severe_disability_premium);
    let not_cared_for = f
        .adults
        .iter()
        .filter(|a| !a.cared_for_by_paid_carer)
        .count();
    match (f.couple(), not_cared_for) {
        (false, 1) => rate,
        (true, 2) => rate + rate,
        (true, 1) => rate,
        _ => Money::ZERO,
    }
}

/// The carer premium for each partner entitled to Carer's Allowance (Sch 3 para 17), once
/// when both care for the same person.
fn carer_premium(p: &Params, f: &Family) -> Money {
    let carers = f.adults.iter().filter(|a| a.carer).count();
    let carers = if f.carers_care_for_same_person {
        carers.min(1)
    } else {
        carers
    };
    Money::new(p.housing_benefit.carer_premium) * Decimal::from(carers as u64)
}

/// What the earnings disregards are for a week.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Disregards {
    /// £5, £10, £20 or £25 (Sch 4 paras 3-10), or the permitted-work amount (para 10A).
    pub standard: Money,
    /// Specified or temporary accommodation, from 5 October 2026 (Sch 4 para 18).
    pub accommodation: Money,
    /// The additional £17.10 (Sch 4 para 17).
    pub additional: Money,
    /// Childcare charges taken off earnings (reg 27).
    pub childcare: Money,
}

impl Disregards {
    pub fn total(&self) -> Money {
        self.standard + self.accommodation + self.additional + self.childcare
    }
}

/// The week's earnings disregards. `accommodation_disregard` says whether the specified or
/// temporary accommodation disregard is in force for the claim (working age, in such a home,
/// from 5 October 2026); `childcare_weekly` is what the family pays for childcare.
pub fn earnings_disregards(
    p: &Params,
    f: &Family,
    accommodation_disregard: bool,
    childcare_weekly: Money,
) -> Disregards {
    let hb = &p.housing_benefit;
    let net: Money = f.adults.iter().map(|a| a.net_earnings).sum();
    if !net.is_positive() {
        return Disregards::default();
    }
    let childcare = childcare_deduction(p, f, childcare_weekly).min(net);
    let net_after_childcare = net - childcare;
    let standard = standard_disregard(p, f).min(net_after_childcare);
    let accommodation = if accommodation_disregard && f.scheme == Scheme::WorkingAge {
        accommodation_disregard_amount(p, f).min(net_after_childcare - standard)
    } else {
        Money::ZERO
    };
    let additional_amount = Money::new(hb.earnings_disregard_additional);
    let additional = if additional_disregard_conditions(p, f)
        && net >= standard + accommodation + childcare + additional_amount
    {
        additional_amount
    } else {
        Money::ZERO
    };
    Disregards {
        standard,
        accommodation,
        additional,
        childcare,
    }
}

/// Sch 4 paras 3-10A (SI 2006/214 Sch 4 paras 1-7): the one standard disregard that applies.
fn standard_disregard(p: &Params, f: &Family) -> Money {
    let hb = &p.housing_benefit;
    let higher = match f.scheme {
        Scheme::WorkingAge => {
            // Para 3: a disability or severe disability premium, or an ESA component.
            let disabled = f.adults.iter().any(|a| a.lcwra)
                || disability_premiums(p, f, true).is_positive()
                || severe_disability_premium(p, f).is_positive();
            if !disabled && !f.lone_parent() && f.adults.iter().any(|a| a.carer) {
                return carer_disregard(p, f);
            }
            disabled
        }
        // SI 2006/214 Sch 4 paras 4-5: a carer, or someone on a disability benefit or with
        // limited capability for work.
        Scheme::PensionAge => f
            .adults
            .iter()
            .any(|a| a.carer || a.disability_benefit || a.lcw || a.lcwra),
    };
    let mut amount = Money::new(if f.lone_parent() {
        hb.earnings_disregard_lone_parent
    } else if higher {
        hb.earnings_disregard_higher
    } else if f.couple() {
        hb.earnings_disregard_couple
    } else {
        hb.earnings_disregard_single
    });
    // Para 10A: a New Style ESA claimant in exempt work has those earnings disregarded up to
    // the exempt-work limit, in place of paras 3-10 (a lone parent keeps £25 if more).
    if f.scheme == Scheme::WorkingAge {
        for a in f.adults {
            if let Some(limit) = a.permitted_work_limit {
                amount = amount.max(a.net_earnings.min(limit));
            }
        }
    }
    amount
}

/// Sch 4 paras 5-6 (working age): the carer's £20 is of the carer's own earnings (both
/// carers' together, para 5(2)). Where a carer earns less than £20, the partner's earnings
/// add what would otherwise be disregarded from them (para 6; £10 for a couple, para 9), up
/// to £20 in all; so a carer who does not work leaves the couple the ordinary £10.
fn carer_disregard(p: &Params, f: &Family) -> Money {
    let hb = &p.housing_benefit;
    let higher = Money::new(hb.earnings_disregard_higher);
    let (carers, others): (Vec<&Adult>, Vec<&Adult>) = f.adults.iter().partition(|a| a.carer);
    let carer_earnings: Money = carers.iter().map(|a| a.net_earnings).sum();
    if carer_earnings >= higher {
        return higher;
    }
    let ordinary = Money::new(if f.couple() {
        hb.earnings_disregard_couple
    } else {
        hb.earnings_disregard_single
    });
    let partner_earnings: Money = others.iter().map(|a| a.net_earnings).sum();
    (carer_earnings + partner_earnings.min(ordinary)).min(higher)
}

/// Sch 4 para 18 (from 5 October 2026): by the family and the elder partner's age.
fn accommodation_disregard_amount(p: &Params, f: &Family) -> Money {
    let hb = &p.housing_benefit;
    let eldest = f.eldest();
    Money::new(if f.couple() {
        if eldest >= 25 {
            hb.specified_disregard_couple_25_plus
        } else if eldest >= 18 {
            hb.specified_disregard_couple_under_25
        } else {
            hb.specified_disregard_couple_under_18
        }
    } else if eldest >= 25 {
        hb.specified_disregard_single_25_plus
    } else {
        hb.specified_disregard_single_under_25
    })
}

/// Sch 4 para 17(2)(b) (SI 2006/214 Sch 4 para 9): someone 25 or over working 30 hours; or
/// 16 hours in a family with a child (couple or lone parent), or by someone disabled.
fn additional_disregard_conditions(p: &Params, f: &Family) -> bool {
    let hb = &p.housing_benefit;
    let full_time = hb.additional_disregard_hours;
    let part_time = hb.additional_disregard_hours_lower;
    let with_child = !f.children.is_empty();
    f.adults.iter().any(|a| {
        (a.age >= hb.additional_disregard_age && a.hours >= full_time)
            || (a.hours >= part_time && (with_child || a.disability_benefit || a.lcw || a.lcwra))
    })
}

/// Reg 27-28: childcare charges come off earnings for a lone parent working 16 hours, or a
/// couple who both work 16 hours (or one does and the other cannot), up to £175 a week for one
/// child and £300 for two or more.
fn childcare_deduction(p: &Params, f: &Family, childcare_weekly: Money) -> Money {
    if f.children.is_empty() || !childcare_weekly.is_positive() {
        return Money::ZERO;
    }
    let hb = &p.housing_benefit;
    let part_time = hb.additional_disregard_hours_lower;
    let works = |a: &Adult| a.hours >= part_time;
    let qualifies = f
        .adults
        .iter()
        .all(|a| works(a) || (f.couple() && (a.lcw || a.lcwra)))
        && f.adults.iter().any(works);
    if !qualifies {
        return Money::ZERO;
    }
    let cap = Money::new(if f.children.len() == 1 {
        hb.childcare_cap_one_child
    } else {
        hb.childcare_cap_two_or_more
    });
    childcare_weekly.min(cap)
}

/// Tariff income from capital, a week, or `None` over the upper limit (reg 43, 52; SI
/// 2006/214 reg 29(2)).
pub fn tariff_income(p: &Params, scheme: Scheme, capital: Money) -> Option<Money> {
    let hb = &p.housing_benefit;
    let (lower, step) = match scheme {
        Scheme::WorkingAge => (hb.capital_lower_limit, hb.capital_tariff_step),
        Scheme::PensionAge => (
            hb.pension_capital_lower_limit,
            hb.pension_capital_tariff_step,
        ),
    };
    if capital > Money::new(hb.capital_upper_limit) {
        return None;
    }
    let above = (capital - Money::new(lower)).at_least_zero();
    Some(Money::new((above.to_decimal() / step).ceil()))
}

/// The weekly award: the eligible rent less non-dependant deductions, less 65% of income
/// above the applicable amount (reg 70-71); nothing below 50p (reg 75).
pub fn weekly(
    p: &Params,
    eligible_rent: Money,
    non_dependant_deductions: Money,
    applicable_amount: Money,
    income: Money,
) -> Money {
    let hb = &p.housing_benefit;
    let maximum = (eligible_rent - non_dependant_deductions).at_least_zero();
    let excess = (income - applicable_amount).at_least_zero();
    // Kept to the fraction of a penny, like the earnings it follows (rounded where shown).
    let award = (maximum - excess * hb.taper_rate).at_least_zero();
    if award < Money::new(hb.minimum_award) {
        Money::ZERO
    } else {
        award
    }
}

/// The whole eligible rent less non-dependant deductions: the award of someone on UC or the
/// guarantee credit, whose income is all disregarded.
pub fn passported_weekly(eligible_rent: Money, non_dependant_deductions: Money) -> Money {
    (eligible_rent - non_dependant_deductions).at_least_zero()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;
    use crate::money::Period;

    fn weekly_rent(monthly_pounds: i64) -> Money {
        Money::pounds(monthly_pounds).per(Period::Month, Period::Week)
    }

    /// These adults alone under `scheme`: no children, no carers, no one else at home.
    fn family(scheme: Scheme, adults: &[Adult]) -> Family<'_> {
        Family {
            scheme,
            adults,
            children: &[],
            carers_care_for_same_person: false,
            non_dependants: false,
        }
    }

    #[test]
    fn full_time_in_supported_housing_once_uc_has_stopped() {
        // Oracle anchor v2_specified_full_time_2026: single, 40, rent £850 a month, 30 hours
        // at £12.71. Net earnings a year £19,827.60 - £1,451.52 tax - £580.61 NI = £17,795.47.
        // Disregards £5 + £17.10 (30 hours at 25 or over, Sch 4 para 17); applicable amount
        // £95.55. HB = £196.15 - 65% x (£342.22 - £22.10 - £95.55) = £50.18 a week
        // (the reference's £2,609.51 a year, unrounded, is £50.18 a week).
        let p = TaxYear::Y2026_27.params();
        let net = Money::pence(1_779_547).per(Period::Year, Period::Week);
        let adults = [Adult {
            age: 40,
            hours: Decimal::from(30),
            net_earnings: net,
            ..Adult::default()
        }];
        let f = family(Scheme::WorkingAge, &adults);
        let aa = applicable_amount(p, &f);
        assert_eq!(aa, Money::pence(9_555));
        let d = earnings_disregards(p, &f, false, Money::ZERO);
        assert_eq!(d.total(), Money::pence(2_210));
        let hb = weekly(p, weekly_rent(850), Money::ZERO, aa, net - d.total());
        assert_eq!(hb.round_penny(), Money::pence(5_018));
        // From 5 October 2026 the £77.73 accommodation disregard (Sch 4 para 18) comes
        // first, and the £17.10 still fits: £100.71 a week (the reference, £5,236.79 a year).
        let d = earnings_disregards(p, &f, true, Money::ZERO);
        assert_eq!(d.accommodation, Money::pence(7_773));
        let hb = weekly(p, weekly_rent(850), Money::ZERO, aa, net - d.total());
        assert_eq!(hb.round_penny(), Money::pence(10_071));
    }

    #[test]
    fn pip_gives_the_disability_and_severe_disability_premiums() {
        // Oracle anchor v2_specified_single_pip_2026: single on PIP daily living, 16 hours at
        // £12.71: applicable amount £95.55 + £44.85 + £86.05 = £226.45 against income
        // £203.36 - £20 - £17.10 = £166.26, so the whole rent is met.
        let p = TaxYear::Y2026_27.params();
        let adults = [Adult {
            age: 35,
            disability_benefit: true,
            severe_disability_benefit: true,
            hours: Decimal::from(16),
            net_earnings: Money::pence(20_336),
            ..Adult::default()
        }];
        let f = family(Scheme::WorkingAge, &adults);
        let aa = applicable_amount(p, &f);
        assert_eq!(aa, Money::pence(22_645));
        let d = earnings_disregards(p, &f, false, Money::ZERO);
        assert_eq!(d.total(), Money::pence(3_710));
        let rent = weekly_rent(900);
        assert_eq!(
            weekly(p, rent, Money::ZERO, aa, Money::pence(20_336) - d.total()),
            rent
        );
        // Someone with limited capability for work gets the ESA support component, not the
        // disability premium (Sch 3 para 13(1)); another adult at home ends the severe
        // disability premium (para 14(2)(a)(ii)).
        let adults = [Adult {
            lcw: true,
            lcwra: true,
            ..adults[0]
        }];
        let f = Family {
            adults: &adults,
            non_dependants: true,
            ..f
        };
        assert_eq!(
            applicable_amount(p, &f),
            Money::pence(9_555) + Money::pence(5_035) + Money::pence(2_200)
        );
    }

    #[test]
    fn a_single_pensioner_once_guarantee_credit_stops() {
        // Oracle anchor v2_pensioner_pc_hb_2026: applicable amount £238 (reached State Pension
        // age after April 2021), income £13,971.89 a year after the £5 disregard: HB =
        // £150 - 65% x (£268.69 - £238.00) = £130.05 a week (the reference: £6,762.67 a year).
        let p = TaxYear::Y2026_27.params();
        let adults = [Adult {
            age: 70,
            hours: Decimal::from(8),
            net_earnings: Money::pence(101_681),
            ..Adult::default()
        }];
        let f = family(Scheme::PensionAge, &adults);
        let aa = applicable_amount(p, &f);
        assert_eq!(aa, Money::pounds(238));
        let d = earnings_disregards(p, &f, false, Money::ZERO);
        assert_eq!(d.total(), Money::pounds(5));
        let income = Money::pence(1_397_189).per(Period::Year, Period::Week);
        assert_eq!(
            weekly(p, weekly_rent(650), Money::ZERO, aa, income).round_penny(),
            Money::pence(13_005)
        );
    }

    #[test]
    fn nothing_below_fifty_pence() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            weekly(
                p,
                Money::pounds(100),
                Money::ZERO,
                Money::pounds(100),
                Money::pence(25_330)
            ),
            Money::ZERO
        );
        assert_eq!(
            weekly(
                p,
                Money::pounds(100),
                Money::ZERO,
                Money::pounds(100),
                Money::pounds(253)
            ),
            Money::pence(55)
        );
    }

    #[test]
    fn tariff_income_and_the_capital_limit() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            tariff_income(p, Scheme::WorkingAge, Money::pounds(6_251)),
            Some(Money::pounds(2))
        );
        assert_eq!(
            tariff_income(p, Scheme::PensionAge, Money::pounds(10_500)),
            Some(Money::pounds(1))
        );
        assert_eq!(
            tariff_income(p, Scheme::WorkingAge, Money::pounds(16_001)),
            None
        );
    }
}
