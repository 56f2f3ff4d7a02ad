//! Personal Independence Payment (Adult Disability Payment in Scotland, same rates) and
//! children's Disability Living Allowance: weekly amounts that are not means-tested and carry
//! on unchanged in work. They are not taxable and not income for Universal Credit.
//!
//! The DLA mobility component has minimum ages (Social Security Contributions and Benefits
//! Act 1992 s.73(1) and (1A), as amended by the Welfare Reform and Pensions Act 1999 s.67):
//! the higher rate from age 3, the lower rate from age 5. Scotland's Child Disability Payment
//! keeps the same ages. A younger child gets no mobility component, whatever was entered.

use crate::better_off::params::Params;
use crate::better_off::scenario::{DlaCare, DlaMobility, PipRate};
use crate::money::Money;

/// PIP/ADP daily living component a week.
pub fn pip_daily_living(p: &Params, rate: PipRate) -> Money {
    match rate {
        PipRate::None => Money::ZERO,
        PipRate::Standard => Money::new(p.disability.pip_daily_living_standard),
        PipRate::Enhanced => Money::new(p.disability.pip_daily_living_enhanced),
    }
}

/// PIP/ADP mobility component a week.
pub fn pip_mobility(p: &Params, rate: PipRate) -> Money {
    match rate {
        PipRate::None => Money::ZERO,
        PipRate::Standard => Money::new(p.disability.pip_mobility_standard),
        PipRate::Enhanced => Money::new(p.disability.pip_mobility_enhanced),
    }
}

/// Youngest age for each DLA mobility rate (SSCBA 1992 s.73(1A)).
pub const DLA_MOBILITY_HIGHER_MIN_AGE: u32 = 3;
pub const DLA_MOBILITY_LOWER_MIN_AGE: u32 = 5;

/// The mobility rate a child of this age can be entitled to: none below the rate's minimum age.
pub fn dla_mobility_payable(mobility: DlaMobility, age: u32) -> DlaMobility {
    match mobility {
        DlaMobility::Higher if age < DLA_MOBILITY_HIGHER_MIN_AGE => DlaMobility::None,
        DlaMobility::Lower if age < DLA_MOBILITY_LOWER_MIN_AGE => DlaMobility::None,
        m => m,
    }
}

/// DLA care plus mobility component a week (pass the mobility rate through
/// [`dla_mobility_payable`] first).
pub fn dla(p: &Params, care: DlaCare, mobility: DlaMobility) -> Money {
    let d = &p.disability;
    let care = match care {
        DlaCare::None => Money::ZERO,
        DlaCare::Lowest => Money::new(d.dla_care_lowest),
        DlaCare::Middle => Money::new(d.dla_care_middle),
        DlaCare::Highest => Money::new(d.dla_care_highest),
    };
    let mobility = match mobility {
        DlaMobility::None => Money::ZERO,
        DlaMobility::Lower => Money::new(d.dla_mobility_lower),
        DlaMobility::Higher => Money::new(d.dla_mobility_higher),
    };
    care + mobility
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn enhanced_daily_living_and_standard_mobility() {
        // gov.uk/pip: £110.40 + £29.20 a week in 2025-26.
        let p = TaxYear::Y2025_26.params();
        let total = pip_daily_living(p, PipRate::Enhanced) + pip_mobility(p, PipRate::Standard);
        assert_eq!(total, Money::pence(13_960));
        assert_eq!(
            dla(p, DlaCare::Highest, DlaMobility::Higher),
            Money::pence(18_745)
        );
    }

    #[test]
    fn mobility_component_has_minimum_ages() {
        // SSCBA 1992 s.73(1A): higher rate from 3, lower rate from 5.
        assert_eq!(
            dla_mobility_payable(DlaMobility::Lower, 4),
            DlaMobility::None
        );
        assert_eq!(
            dla_mobility_payable(DlaMobility::Lower, 5),
            DlaMobility::Lower
        );
        assert_eq!(
            dla_mobility_payable(DlaMobility::Higher, 2),
            DlaMobility::None
        );
        assert_eq!(
            dla_mobility_payable(DlaMobility::Higher, 3),
            DlaMobility::Higher
        );
    }
}
