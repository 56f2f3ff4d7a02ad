//! Work allowances (UC Regulations 2013 reg 22(1)-(2)): earnings UC ignores before the taper,
//! only for a claimant responsible for a child or with limited capability for work. The lower
//! amount applies when the award includes housing costs.

use crate::better_off::params::Params;
use crate::money::Money;

/// The work allowance a month (nil without children or LCW).
pub fn monthly(p: &Params, eligible: bool, has_housing_element: bool) -> Money {
    if !eligible {
        return Money::ZERO;
    }
    Money::new(if has_housing_element {
        p.uc.work_allowance_with_housing
    } else {
        p.uc.work_allowance_without_housing
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn lower_with_housing() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(monthly(p, true, true), Money::pounds(427));
        assert_eq!(monthly(p, true, false), Money::pounds(710));
        assert_eq!(monthly(p, false, true), Money::ZERO);
    }
}
