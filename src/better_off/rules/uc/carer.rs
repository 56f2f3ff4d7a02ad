//! The carer element (UC Regulations 2013 regs 29-30 and 36): for each claimant with
//! regular and substantial caring responsibilities (35 hours a week or more for a severely
//! disabled person), whether or not they also work or get Carer's Allowance. Only one if both
//! partners care for the same person (reg 29(2)), and none for a claimant whose award
//! includes the LCWRA element for them (reg 29(4)).

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// How many carer elements the award includes.
pub fn count(carers: &[bool], lcwra_holder: Option<usize>, same_person: bool) -> u32 {
    let n = carers
        .iter()
        .enumerate()
        .filter(|&(i, &c)| c && Some(i) != lcwra_holder)
        .count() as u32;
    if same_person {
        n.min(1)
    } else {
        n
    }
}

/// The carer elements a month.
pub fn monthly(p: &Params, count: u32) -> Money {
    Money::new(p.uc.carer_element * Decimal::from(count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn one_element_each_unless_same_person_or_lcwra() {
        assert_eq!(count(&[true, true], None, false), 2);
        assert_eq!(count(&[true, true], None, true), 1);
        assert_eq!(count(&[true], Some(0), false), 0);
        assert_eq!(count(&[true, true], Some(1), true), 1);
        assert_eq!(monthly(TaxYear::Y2025_26.params(), 1), Money::pence(20_168));
    }
}
