//! The standard allowance (UC Regulations 2013 reg 36 table): one amount for a single
//! person or a couple, higher from age 25 (for a couple, if either is 25 or over).

use crate::better_off::params::Params;
use crate::money::Money;

/// The standard allowance a month for adults of these ages (one age: single).
pub fn monthly(p: &Params, ages: &[u32]) -> Money {
    let uc = &p.uc;
    let any_25 = ages.iter().any(|&a| a >= 25);
    Money::new(match (ages.len() >= 2, any_25) {
        (false, false) => uc.standard_allowance_single_under_25,
        (false, true) => uc.standard_allowance_single_25_plus,
        (true, false) => uc.standard_allowance_couple_under_25,
        (true, true) => uc.standard_allowance_couple_25_plus,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn rates_by_age_and_couple() {
        // gov.uk benefit and pension rates 2026-27: £338.58, £424.90, £528.34, £666.97.
        let p = TaxYear::Y2026_27.params();
        assert_eq!(monthly(p, &[24]), Money::pence(33_858));
        assert_eq!(monthly(p, &[25]), Money::pence(42_490));
        assert_eq!(monthly(p, &[19, 24]), Money::pence(52_834));
        assert_eq!(monthly(p, &[19, 44]), Money::pence(66_697));
    }
}
