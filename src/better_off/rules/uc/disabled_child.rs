//! Disabled child additions (UC Regulations 2013 reg 24(2) and 36): the lower rate for a
//! child who gets Disability Living Allowance (or PIP), the higher rate for one on the highest
//! DLA care rate (or enhanced PIP daily living, or certified blind). Paid for every disabled
//! child, whether or not the two-child limit stops the child element.

use crate::better_off::params::Params;
use crate::better_off::scenario::{DlaCare, DlaMobility};
use crate::money::Money;

/// Which addition a child gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addition {
    None,
    Lower,
    Higher,
}

pub fn addition(care: DlaCare, mobility: DlaMobility) -> Addition {
    match (care, mobility) {
        (DlaCare::Highest, _) => Addition::Higher,
        (DlaCare::None, DlaMobility::None) => Addition::None,
        _ => Addition::Lower,
    }
}

/// The addition a month.
pub fn monthly(p: &Params, addition: Addition) -> Money {
    match addition {
        Addition::None => Money::ZERO,
        Addition::Lower => Money::new(p.uc.disabled_child_lower),
        Addition::Higher => Money::new(p.uc.disabled_child_higher),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn highest_care_gets_the_higher_rate() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            monthly(p, addition(DlaCare::Highest, DlaMobility::None)),
            Money::pence(49_587)
        );
        assert_eq!(
            monthly(p, addition(DlaCare::Middle, DlaMobility::None)),
            Money::pence(15_876)
        );
        assert_eq!(
            monthly(p, addition(DlaCare::None, DlaMobility::Lower)),
            Money::pence(15_876)
        );
        assert_eq!(addition(DlaCare::None, DlaMobility::None), Addition::None);
    }
}
