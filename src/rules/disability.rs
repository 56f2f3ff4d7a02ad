//! Personal Independence Payment (Adult Disability Payment in Scotland, same rates) and
//! children's Disability Living Allowance: weekly amounts that are not means-tested and carry
//! on unchanged in work. They are not taxable and not income for Universal Credit.

use crate::money::Money;
use crate::params::Params;
use crate::scenario::{DlaCare, DlaMobility, PipRate};

/// PIP/ADP daily living component a week.
pub fn pip_daily_living(p: &Params, rate: PipRate) -> Money {
    match rate {
        PipRate::None => Money::ZERO,
        PipRate::Standard => Money(p.disability.pip_daily_living_standard),
        PipRate::Enhanced => Money(p.disability.pip_daily_living_enhanced),
    }
}

/// PIP/ADP mobility component a week.
pub fn pip_mobility(p: &Params, rate: PipRate) -> Money {
    match rate {
        PipRate::None => Money::ZERO,
        PipRate::Standard => Money(p.disability.pip_mobility_standard),
        PipRate::Enhanced => Money(p.disability.pip_mobility_enhanced),
    }
}

/// DLA care plus mobility component a week.
pub fn dla(p: &Params, care: DlaCare, mobility: DlaMobility) -> Money {
    let d = &p.disability;
    let care = match care {
        DlaCare::None => Money::ZERO,
        DlaCare::Lowest => Money(d.dla_care_lowest),
        DlaCare::Middle => Money(d.dla_care_middle),
        DlaCare::Highest => Money(d.dla_care_highest),
    };
    let mobility = match mobility {
        DlaMobility::None => Money::ZERO,
        DlaMobility::Lower => Money(d.dla_mobility_lower),
        DlaMobility::Higher => Money(d.dla_mobility_higher),
    };
    care + mobility
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::TaxYear;

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
}
