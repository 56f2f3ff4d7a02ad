//! The childcare costs element (UC Regulations 2013 regs 31-36).
//!
//! 85% of the childcare paid in the assessment period, up to a monthly maximum for one child
//! or for two or more. Only when the work condition is met: a single claimant in paid work;
//! a couple both in paid work, or one in paid work and the other with limited capability for
//! work, caring for a severely disabled person, or away (reg 32). UC pays it back for costs
//! already paid and reported, which is why the screens warn that it comes in arrears.

use crate::better_off::params::Params;
use crate::money::Money;

/// The monthly maximum for this many children in paid childcare.
pub fn cap(p: &Params, children: usize) -> Money {
    match children {
        0 => Money::ZERO,
        1 => Money::new(p.uc.childcare_cap_one_child),
        _ => Money::new(p.uc.childcare_cap_two_or_more),
    }
}

/// The element a month.
pub fn monthly(p: &Params, paid_monthly: Money, children: usize, work_condition: bool) -> Money {
    if !work_condition {
        return Money::ZERO;
    }
    (paid_monthly * p.uc.childcare_coverage).min(cap(p, children))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn eighty_five_percent_up_to_the_cap() {
        // gov.uk/universal-credit/what-youll-get: up to 85% of costs, at most £1,031.88 (one
        // child) or £1,768.94 (two or more) a month in 2025-26.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(monthly(p, Money::pounds(400), 2, true), Money::pounds(340));
        assert_eq!(
            monthly(p, Money::pounds(2_000), 1, true),
            Money::pence(103_188)
        );
        assert_eq!(monthly(p, Money::pounds(400), 2, false), Money::ZERO);
    }
}
