//! New Style Jobseeker's Allowance: contribution-based JSA (Jobseekers Act 1995 as amended
//! by the Welfare Reform Act 2012; Jobseeker's Allowance Regulations 2013, SI 2013/378).
//!
//! A weekly benefit paid on the person's National Insurance record while they look for work,
//! for up to 182 days (Jobseekers Act 1995 s.5(1)). A partner's income and savings do not
//! change it. The rate is the personal rate for the person's age (JSA Regs 2013 reg 49).
//!
//! Part-time work is allowed below 16 hours a week: at 16 hours or more the person is in
//! "remunerative work" and is not entitled at all (Jobseekers Act 1995 s.1(2)(e); JSA Regs
//! 2013 reg 42(1)). Below that, net weekly earnings above the £5 disregard come off the
//! award pound for pound (reg 59 and 60, Schedule 1 para 1). Net earnings are pay less income
//! tax, National Insurance and half of any pension contribution (reg 59(2)); a fraction of a
//! penny is disregarded in the claimant's favour.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// The weekly personal rate for someone of `age`.
pub fn weekly_rate(p: &Params, age: u32) -> Money {
    if age < p.jsa.adult_rate_age {
        Money::new(p.jsa.rate_under_25)
    } else {
        Money::new(p.jsa.rate_25_plus)
    }
}

/// What work does to the award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkEffect {
    NotWorking,
    /// Earnings within the £5 disregard: paid in full.
    WithinDisregard,
    /// Earnings above the disregard reduce it.
    Reduced,
    /// Earnings above the disregard take all of it.
    EarningsTakeAll,
    /// 16 hours a week or more: no entitlement.
    SixteenHours,
}

/// The weekly JSA paid on an award of `award` when working `hours` a week with `net_weekly`
/// earnings, and why.
pub fn weekly(p: &Params, award: Money, hours: Decimal, net_weekly: Money) -> (Money, WorkEffect) {
    let net = net_weekly.floor_penny();
    if hours >= p.jsa.remunerative_work_hours {
        return (Money::ZERO, WorkEffect::SixteenHours);
    }
    if hours.is_zero() && !net.is_positive() {
        return (award, WorkEffect::NotWorking);
    }
    let deduction = (net - Money::new(p.jsa.earnings_disregard)).at_least_zero();
    if deduction.is_zero() {
        (award, WorkEffect::WithinDisregard)
    } else if deduction >= award {
        (Money::ZERO, WorkEffect::EarningsTakeAll)
    } else {
        (award - deduction, WorkEffect::Reduced)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn rates_by_age() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(weekly_rate(p, 24), Money::pence(7_290));
        assert_eq!(weekly_rate(p, 25), Money::pence(9_205));
        let p = TaxYear::Y2026_27.params();
        assert_eq!(weekly_rate(p, 30), Money::pence(9_555));
    }

    #[test]
    fn six_hours_at_the_minimum_wage_reduce_it_above_five_pounds() {
        // 6 x £12.21 = £73.26 a week: £92.05 - (£73.26 - £5) = £23.79 (JSA Regs 2013 reg 60).
        let p = TaxYear::Y2025_26.params();
        let award = weekly_rate(p, 30);
        let (paid, why) = weekly(p, award, Decimal::from(6), Money::pence(7_326));
        assert_eq!(paid, Money::pence(2_379));
        assert_eq!(why, WorkEffect::Reduced);
        assert_eq!(
            weekly(p, award, Decimal::from(2), Money::pounds(5)),
            (award, WorkEffect::WithinDisregard)
        );
    }

    #[test]
    fn sixteen_hours_end_it_whatever_the_pay() {
        // JSA Regs 2013 reg 42: remunerative work is 16 hours a week or more.
        let p = TaxYear::Y2026_27.params();
        let award = weekly_rate(p, 30);
        let fifteen_and_a_half = Decimal::new(155, 1);
        assert!(weekly(p, award, fifteen_and_a_half, Money::pounds(20))
            .0
            .is_positive());
        assert_eq!(
            weekly(p, award, Decimal::from(16), Money::pounds(20)),
            (Money::ZERO, WorkEffect::SixteenHours)
        );
        assert_eq!(
            weekly(p, award, Decimal::from(15), Money::pounds(150)),
            (Money::ZERO, WorkEffect::EarningsTakeAll)
        );
    }
}
