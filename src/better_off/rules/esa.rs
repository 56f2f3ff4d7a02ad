//! New Style Employment and Support Allowance: contributory ESA (Welfare Reform Act 2007
//! Part 1; Employment and Support Allowance Regulations 2013, SI 2013/379).
//!
//! A weekly benefit for someone whose health limits their work, paid on their National
//! Insurance record, not on means: a partner's income and savings do not change it. The rate
//! depends on the phase of the claim (ESA Regs 2013 reg 62): in the assessment phase a person
//! under 25 gets the lower rate; after it, everyone gets the main rate, and the support group
//! adds the support component (reg 63). Claims since 3 April 2017 get no work-related activity
//! component.
//!
//! Work is allowed only as "exempt work" (ESA Regs 2013 reg 39(1)); any other work ends the
//! award for the week (reg 37). Exempt work is:
//! - work earning no more than the lower limit, £20 a week, whatever the hours
//!   (reg 39(1)(b)/(c));
//! - work of less than 16 hours a week earning no more than the higher limit, 16 times the
//!   National Living Wage rounded up to the next 50p (reg 39(1)(a), (2)(b));
//! - supported permitted work, supervised by someone from a public or voluntary body that
//!   provides services to disabled people, earning no more than the higher limit, whatever
//!   the hours (reg 39(1)(c)).
//!
//! Within those limits the earnings do not reduce the award. One penny or one hour past them
//! and all of it stops: the cliff the chart names. Earnings here are net weekly earnings: pay
//! less income tax and National Insurance on it and half of any pension contribution (ESA
//! Regs 2013 reg 2, "net earnings"; as for Carer's Allowance), with a fraction of a penny
//! disregarded in the claimant's favour.

use crate::better_off::params::Params;
use crate::better_off::scenario::EsaGroup;
use crate::money::Money;
use rust_decimal::Decimal;

/// The weekly award as the rules set it, for someone of `age` in `group`.
pub fn weekly_rate(p: &Params, group: EsaGroup, age: u32) -> Money {
    let main = Money::new(p.esa.main_rate);
    match group {
        EsaGroup::Assessment if age < p.esa.adult_rate_age => {
            Money::new(p.esa.assessment_rate_under_25)
        }
        EsaGroup::Assessment | EsaGroup::Wrag => main,
        EsaGroup::Support => main + Money::new(p.esa.support_component),
    }
}

/// Why ESA carries on while the person works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exempt {
    /// No work at all.
    NotWorking,
    /// Earnings within the lower limit (£20 a week), whatever the hours.
    LowerLimit,
    /// Under 16 hours a week and within the higher limit.
    PermittedWork,
    /// Supported permitted work within the higher limit, whatever the hours.
    SupportedPermittedWork,
}

/// Why ESA stops when the person works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stops {
    /// 16 hours a week or more (and not supported permitted work).
    SixteenHours,
    /// Net earnings above the higher limit.
    OverEarningsLimit,
}

/// What the work does to the award.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkEffect {
    Continues(Exempt),
    Stops(Stops),
}

impl WorkEffect {
    pub fn continues(self) -> bool {
        matches!(self, WorkEffect::Continues(_))
    }
}

/// The effect of working `hours` a week with `net_weekly` earnings (pay less tax, NI and half
/// of pension contributions), as supported permitted work or not.
pub fn work_effect(
    p: &Params,
    hours: Decimal,
    net_weekly: Money,
    supported_permitted_work: bool,
) -> WorkEffect {
    let net = net_weekly.floor_penny();
    if hours.is_zero() && !net.is_positive() {
        return WorkEffect::Continues(Exempt::NotWorking);
    }
    let higher = Money::new(p.esa.permitted_work_higher_limit);
    if net <= Money::new(p.esa.permitted_work_lower_limit) {
        WorkEffect::Continues(Exempt::LowerLimit)
    } else if supported_permitted_work && net <= higher {
        WorkEffect::Continues(Exempt::SupportedPermittedWork)
    } else if hours < p.esa.permitted_work_hours && net <= higher {
        WorkEffect::Continues(Exempt::PermittedWork)
    } else if hours >= p.esa.permitted_work_hours && !supported_permitted_work {
        WorkEffect::Stops(Stops::SixteenHours)
    } else {
        WorkEffect::Stops(Stops::OverEarningsLimit)
    }
}

/// The weekly ESA paid: the award while the work is exempt, nothing once it is not.
pub fn weekly(award: Money, effect: WorkEffect) -> Money {
    if effect.continues() {
        award
    } else {
        Money::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    fn hours(h: i64) -> Decimal {
        Decimal::from(h)
    }

    #[test]
    fn rates_by_group_and_age() {
        // gov.uk benefit and pension rates 2026 to 2027: £75.65 under 25 in the assessment
        // phase, £95.55 otherwise, support component £50.35 (£145.90 in all).
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            weekly_rate(p, EsaGroup::Assessment, 22),
            Money::pence(7_565)
        );
        assert_eq!(
            weekly_rate(p, EsaGroup::Assessment, 25),
            Money::pence(9_555)
        );
        assert_eq!(weekly_rate(p, EsaGroup::Wrag, 22), Money::pence(9_555));
        assert_eq!(weekly_rate(p, EsaGroup::Support, 45), Money::pence(14_590));
        let p = TaxYear::Y2025_26.params();
        assert_eq!(weekly_rate(p, EsaGroup::Support, 45), Money::pence(14_055));
    }

    #[test]
    fn permitted_work_just_under_and_just_over_each_limit() {
        // ESA Regs 2013 reg 39: the higher limit is £203.50 in 2026-27 (16 x £12.71 = £203.36,
        // rounded up to the next 50p), and the work must be under 16 hours.
        let p = TaxYear::Y2026_27.params();
        let ok = |e| matches!(e, WorkEffect::Continues(_));
        // 12 hours at £12.71: £152.52 a week, under both limits.
        assert_eq!(
            work_effect(p, hours(12), Money::pence(15_252), false),
            WorkEffect::Continues(Exempt::PermittedWork)
        );
        // 15.5 hours earning £203.50 exactly: still within; a penny more is over.
        let just_under_16 = Decimal::new(155, 1);
        assert!(ok(work_effect(
            p,
            just_under_16,
            Money::pence(20_350),
            false
        )));
        assert_eq!(
            work_effect(p, just_under_16, Money::pence(20_351), false),
            WorkEffect::Stops(Stops::OverEarningsLimit)
        );
        // 16 hours at the National Living Wage, £203.36: within the money, but not under 16 hours.
        assert_eq!(
            work_effect(p, hours(16), Money::pence(20_336), false),
            WorkEffect::Stops(Stops::SixteenHours)
        );
        // The same as supported permitted work carries on whatever the hours.
        assert_eq!(
            work_effect(p, hours(16), Money::pence(20_336), true),
            WorkEffect::Continues(Exempt::SupportedPermittedWork)
        );
        assert_eq!(
            work_effect(p, hours(20), Money::pence(20_351), true),
            WorkEffect::Stops(Stops::OverEarningsLimit)
        );
    }

    #[test]
    fn the_lower_limit_allows_any_hours() {
        // reg 39(1)(b): up to £20 a week whatever the hours (e.g. voluntary work with expenses).
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            work_effect(p, hours(20), Money::pounds(20), false),
            WorkEffect::Continues(Exempt::LowerLimit)
        );
        assert_eq!(
            work_effect(p, hours(20), Money::pence(2_001), false),
            WorkEffect::Stops(Stops::SixteenHours)
        );
        // 2025-26's higher limit is £195.50 (16 x £12.21 = £195.36, up to the next 50p).
        assert!(work_effect(p, hours(15), Money::pence(19_550), false).continues());
        assert!(!work_effect(p, hours(15), Money::pence(19_551), false).continues());
    }

    #[test]
    fn a_fraction_of_a_penny_over_is_disregarded() {
        let p = TaxYear::Y2026_27.params();
        let net = Money::pence(20_350) + Money::new(Decimal::new(4, 3));
        assert!(work_effect(p, hours(10), net, false).continues());
    }
}
