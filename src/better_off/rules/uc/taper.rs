//! The taper (UC Regulations 2013 reg 22(1)(b)): UC goes down by 55p for each £1 of earned
//! income above the work allowance. Earned income is pay less income tax, NI and pension
//! contributions (reg 55(5)).

use crate::better_off::params::Params;
use crate::money::Money;

/// Earnings above the work allowance (never below nil).
pub fn earnings_above_allowance(earned: Money, work_allowance: Money) -> Money {
    (earned - work_allowance).at_least_zero()
}

/// The deduction a month.
pub fn deduction(p: &Params, earned: Money, work_allowance: Money) -> Money {
    deduction_on(p, earnings_above_allowance(earned, work_allowance))
}

/// The deduction a month, given the earnings above the work allowance.
pub fn deduction_on(p: &Params, above_allowance: Money) -> Money {
    above_allowance * p.uc.taper_rate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn fifty_five_pence_per_pound() {
        // Oracle sanity check: £881.23 a month, no work allowance: 55% = £484.68.
        let p = TaxYear::Y2026_27.params();
        let d = deduction(p, Money::pence(88_123), Money::ZERO);
        assert_eq!(d.round_penny(), Money::pence(48_468));
        assert_eq!(
            deduction(p, Money::pounds(400), Money::pounds(427)),
            Money::ZERO
        );
    }
}
