//! Scottish Child Payment (Scottish Child Payment Regulations 2020, SSI 2020/351): a weekly
//! amount for each child under 16 in a Scottish household that gets a qualifying benefit;
//! here that is Universal Credit of more than nil.

use crate::better_off::params::{Country, Params};
use crate::money::Money;
use rust_decimal::Decimal;

/// The weekly payment for the household.
pub fn weekly(p: &Params, country: Country, children_under_16: usize, gets_uc: bool) -> Money {
    if country != Country::Scotland || !gets_uc {
        return Money::ZERO;
    }
    Money::new(p.scotland.child_payment_weekly * Decimal::from(children_under_16 as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn per_child_under_16() {
        // mygov.scot: £27.15 a week per child (2025-26).
        let p = TaxYear::Y2025_26.params();
        assert_eq!(weekly(p, Country::Scotland, 2, true), Money::pence(5_430));
        assert_eq!(weekly(p, Country::Scotland, 2, false), Money::ZERO);
        assert_eq!(weekly(p, Country::Wales, 2, true), Money::ZERO);
    }
}
