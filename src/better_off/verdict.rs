//! Better off, about the same, or worse off: the verdict on a difference in money, decided
//! once here so the headline, easy read, the chart, the heat map and the first months can
//! never disagree about the same figure.
//!
//! The rule: the verdict follows the amount as it is shown. A difference that rounds to
//! nothing where it is shown (£0 in whole pounds, £0.00 to the penny) is about the same;
//! otherwise its sign decides. Rounding is half away from zero, as the amounts are shown, so
//! a loss of 40p a week is "about the same" and a loss of 50p is "£1 worse off".

use crate::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Better off by this much.
    Better(Money),
    /// About the same: the difference shows as nothing.
    Same,
    /// Worse off by this much (a positive amount).
    Worse(Money),
}

impl Verdict {
    /// The verdict on `difference` (positive is better off) shown in whole pounds: the
    /// headline, easy read, the chart and the heat map.
    pub fn in_pounds(difference: Money) -> Verdict {
        Verdict::as_shown(difference, difference.round_pound())
    }

    /// The verdict on `difference` shown to the penny: the first months' cards.
    pub fn in_pence(difference: Money) -> Verdict {
        Verdict::as_shown(difference, difference.round_penny())
    }

    fn as_shown(difference: Money, shown: Money) -> Verdict {
        if shown.is_zero() {
            Verdict::Same
        } else if shown.is_positive() {
            Verdict::Better(difference)
        } else {
            Verdict::Worse(-difference)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn the_same_is_whatever_shows_as_nothing() {
        let under_a_penny = Money::pence(-3).times(Decimal::new(1, 1));
        assert_eq!(Verdict::in_pounds(under_a_penny), Verdict::Same);
        assert_eq!(Verdict::in_pounds(Money::pence(-49)), Verdict::Same);
        assert_eq!(Verdict::in_pounds(Money::pence(49)), Verdict::Same);
        assert_eq!(
            Verdict::in_pounds(Money::pence(-50)),
            Verdict::Worse(Money::pence(50))
        );
        assert_eq!(
            Verdict::in_pounds(Money::pence(50)),
            Verdict::Better(Money::pence(50))
        );
        assert_eq!(Verdict::in_pence(under_a_penny), Verdict::Same);
        assert_eq!(
            Verdict::in_pence(Money::pence(-40)),
            Verdict::Worse(Money::pence(40))
        );
        let half_a_penny = Money::pence(1).times(Decimal::new(5, 1));
        assert_eq!(
            Verdict::in_pence(half_a_penny),
            Verdict::Better(half_a_penny)
        );
    }
}
