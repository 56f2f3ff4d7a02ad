//! Pension Credit's guarantee credit (State Pension Credit Act 2002 ss.1-2; State Pension
//! Credit Regulations 2002, SI 2002/1792).
//!
//! For a single person over State Pension age, or a couple who both are (s.4(1A), since
//! 15 May 2019): it tops weekly income up to the "appropriate minimum guarantee", the standard
//! minimum guarantee plus additions for severe disability, caring and children (reg 6). There
//! is no taper: every pound of income above the disregards comes off it, so a part-time job
//! leaves only the earnings disregard (£5 single, £10 couple, £20 for a carer, a lone parent
//! or someone on a disability benefit: Sch VI) in the pocket while guarantee credit is paid.
//! Receiving any guarantee credit also passports the person to the whole of their Housing
//! Benefit and Council Tax Reduction, which is why losing its last penny can cost more than
//! the penny.
//!
//! Income (reg 15) counts the State Pension, net earnings (pay less income tax, NI and half of
//! pension contributions: reg 17A), Carer's Allowance and deemed income from capital (£1 a
//! week for each £500 over £10,000, reg 15(6)); it ignores PIP, DLA, Attendance Allowance and
//! Child Benefit. Savings Credit, open only to people who reached State Pension age before
//! 6 April 2016, is not worked out here.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// One adult's facts for the minimum guarantee and the disregard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adult {
    /// PIP daily living, DLA care at the middle or highest rate, or Attendance Allowance.
    pub severe_disability_benefit: bool,
    /// Any disability benefit that gives the £20 disregard (Sch VI para 4).
    pub disability_benefit: bool,
    /// Entitled to Carer's Allowance, paid or overlapped by the State Pension (Sch I para 4).
    pub carer: bool,
    /// Someone is paid Carer's Allowance for caring for this person.
    pub cared_for_by_paid_carer: bool,
}

/// One child's facts for the child additions (Sch IIA).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Child {
    /// The eldest child, born before 6 April 2017: the higher addition.
    pub eldest_born_before_2017: bool,
    pub disabled: bool,
    pub severely_disabled: bool,
}

/// The family the claim is for.
#[derive(Debug, Clone, Copy)]
pub struct Family<'a> {
    pub adults: &'a [Adult],
    pub children: &'a [Child],
    pub carers_care_for_same_person: bool,
    /// Another adult lives in the home: no severe disability addition.
    pub non_dependants: bool,
}

/// The appropriate minimum guarantee, a week (reg 6).
pub fn minimum_guarantee(p: &Params, f: &Family) -> Money {
    let pc = &p.pension_credit;
    let couple = f.adults.len() == 2;
    let standard = Money::new(if couple {
        pc.minimum_guarantee_couple
    } else {
        pc.minimum_guarantee_single
    });
    standard + severe_disability_addition(p, f) + carer_addition(p, f) + child_additions(p, f)
}

/// Sch I para 1, reg 6(5): every partner gets a qualifying benefit, no other adult lives there
/// and no one is paid Carer's Allowance for them; twice for a couple unless a carer is paid
/// for one of them.
fn severe_disability_addition(p: &Params, f: &Family) -> Money {
    if f.non_dependants
        || f.adults.is_empty()
        || !f.adults.iter().all(|a| a.severe_disability_benefit)
    {
        return Money::ZERO;
    }
    let rate = Money::new(p.pension_credit.severe_disability_addition);
    let not_cared_for = f
        .adults
        .iter()
        .filter(|a| !a.cared_for_by_paid_carer)
        .count();
    match (f.adults.len(), not_cared_for) {
        (1, 1) => rate,
        (2, 2) => rate + rate,
        (2, 1) => rate,
        _ => Money::ZERO,
    }
}

/// Sch I para 4: for each partner entitled to Carer's Allowance, once if both care for the same
/// person.
fn carer_addition(p: &Params, f: &Family) -> Money {
    let carers = f.adults.iter().filter(|a| a.carer).count();
    let carers = if f.carers_care_for_same_person {
        carers.min(1)
    } else {
        carers
    };
    Money::new(p.pension_credit.carer_addition) * Decimal::from(carers as u64)
}

/// Sch IIA: an addition for each child, higher for the eldest born before 6 April 2017, with
/// increases for a disabled or severely disabled child.
fn child_additions(p: &Params, f: &Family) -> Money {
    let pc = &p.pension_credit;
    f.children
        .iter()
        .map(|c| {
            let mut amount = Money::new(if c.eldest_born_before_2017 {
                pc.child_addition_eldest_born_before_2017
            } else {
                pc.child_addition
            });
            if c.severely_disabled {
                amount += Money::new(pc.severely_disabled_child_addition);
            } else if c.disabled {
                amount += Money::new(pc.disabled_child_addition);
            }
            amount
        })
        .sum()
}

/// The earnings disregard a week (Sch VI): £20 for a lone parent, a carer or someone on a
/// disability benefit (para 4A: £20 at most), otherwise £5 single or £10 for a couple; never
/// more than the net earnings.
pub fn earnings_disregard(p: &Params, f: &Family, net_earnings: Money) -> Money {
    let pc = &p.pension_credit;
    let higher = (f.adults.len() == 1 && !f.children.is_empty())
        || f.adults.iter().any(|a| a.carer || a.disability_benefit);
    let amount = Money::new(if higher {
        pc.earnings_disregard_higher
    } else if f.adults.len() == 2 {
        pc.earnings_disregard_couple
    } else {
        pc.earnings_disregard_single
    });
    amount.min(net_earnings.at_least_zero())
}

/// Deemed income from capital, a week (reg 15(6)): £1 for each £500 or part above £10,000.
pub fn deemed_income(p: &Params, capital: Money) -> Money {
    let pc = &p.pension_credit;
    let above = (capital - Money::new(pc.capital_lower_limit)).at_least_zero();
    Money::new((above.to_decimal() / pc.capital_tariff_step).ceil())
}

/// Guarantee credit a week: the minimum guarantee less income, never below nil. Kept to the
/// fraction of a penny, like the earnings it follows; amounts are rounded where they are shown.
pub fn guarantee_credit(minimum_guarantee: Money, income: Money) -> Money {
    (minimum_guarantee - income).at_least_zero()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    fn single(adult: Adult) -> [Adult; 1] {
        [adult]
    }

    /// These adults alone: no children, no carers for the same person, no one else at home.
    fn family(adults: &[Adult]) -> Family<'_> {
        Family {
            adults,
            children: &[],
            carers_care_for_same_person: false,
            non_dependants: false,
        }
    }

    #[test]
    fn a_single_pensioner_on_a_low_state_pension() {
        // Oracle anchor v2_pensioner_pc_hb_2026: State Pension £180 a week, 2026-27:
        // (£238.00 - £180) x 52 = £3,016 a year.
        let p = TaxYear::Y2026_27.params();
        let adults = single(Adult::default());
        let f = family(&adults);
        let mg = minimum_guarantee(p, &f);
        assert_eq!(mg, Money::pence(23_800));
        assert_eq!(guarantee_credit(mg, Money::pounds(180)), Money::pounds(58));
    }

    #[test]
    fn a_carer_keeps_the_carer_addition_and_twenty_pounds_of_earnings() {
        // Oracle anchor v2_pensioner_carer_2025: State Pension £230.25 overlaps Carer's
        // Allowance, the carer addition stays: £227.10 + £46.40 - £230.25 = £43.25 a week.
        // A 6-hour job (£73.26) keeps £20 (SPC Regs Sch VI para 3).
        let p = TaxYear::Y2025_26.params();
        let adults = single(Adult {
            carer: true,
            ..Adult::default()
        });
        let f = family(&adults);
        let mg = minimum_guarantee(p, &f);
        assert_eq!(mg, Money::pence(27_350));
        assert_eq!(
            guarantee_credit(mg, Money::pence(23_025)),
            Money::pence(4_325)
        );
        let disregard = earnings_disregard(p, &f, Money::pence(7_326));
        assert_eq!(disregard, Money::pounds(20));
        let income = Money::pence(23_025) + Money::pence(7_326) - disregard;
        assert_eq!(guarantee_credit(mg, income), Money::ZERO);
    }

    #[test]
    fn severe_disability_addition_needs_everyone_to_qualify_and_no_one_else_at_home() {
        let p = TaxYear::Y2026_27.params();
        let pip = Adult {
            severe_disability_benefit: true,
            disability_benefit: true,
            ..Adult::default()
        };
        let both = [pip, pip];
        let f = family(&both);
        assert_eq!(
            minimum_guarantee(p, &f),
            Money::pence(36_325) + Money::pence(8_605) * Decimal::TWO
        );
        let one = [pip, Adult::default()];
        let f = Family { adults: &one, ..f };
        assert_eq!(minimum_guarantee(p, &f), Money::pence(36_325));
        let f = Family {
            adults: &both,
            non_dependants: true,
            ..f
        };
        assert_eq!(minimum_guarantee(p, &f), Money::pence(36_325));
    }

    #[test]
    fn deemed_income_from_savings() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(deemed_income(p, Money::pounds(10_000)), Money::ZERO);
        assert_eq!(deemed_income(p, Money::pounds(10_001)), Money::pounds(1));
        assert_eq!(deemed_income(p, Money::pounds(11_000)), Money::pounds(2));
    }
}
