//! Tax-Free Childcare (Childcare Payments Act 2014; Childcare Payments Regulations 2015, SI
//! 2015/522): the government adds £2 for every £8 paid into a childcare account, up to £2,000 a
//! year for each child under 12 (£4,000 and under 17 for a disabled child). Each parent must
//! expect to earn at least 16 hours a week at their minimum wage (SI 2015/448 reg 9).
//!
//! It cannot be had with Universal Credit (Act s.11(1)(a) and s.30): a family paying for
//! childcare chooses between UC's childcare element (85% of costs, up to its cap, with the rest
//! of UC) and Tax-Free Childcare without any UC. The calculator works out both and says which
//! leaves the family better off at these hours.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// The year's top-up on `paid_yearly` of childcare for these children: for each, whether they
/// are disabled (under 17) or not (under 12). Children too old count for nothing.
pub fn yearly(p: &Params, paid_yearly: Money, children: &[(u32, bool)]) -> Money {
    let t = &p.tax_free_childcare;
    let cap: Money = children
        .iter()
        .filter_map(|&(age, disabled)| {
            if disabled && age < 17 {
                Some(Money::new(t.max_disabled_child))
            } else if age < t.child_age {
                Some(Money::new(t.max_per_child))
            } else {
                None
            }
        })
        .sum();
    (paid_yearly * t.rate).min(cap)
}

/// Whether every parent earns enough: 16 hours a week at the minimum wage for their age.
pub fn earnings_condition(p: &Params, weekly_earnings_and_minimums: &[(Money, Money)]) -> bool {
    let hours = p.tax_free_childcare.minimum_hours;
    !weekly_earnings_and_minimums.is_empty()
        && weekly_earnings_and_minimums
            .iter()
            .all(|(earnings, minimum_wage)| *earnings >= *minimum_wage * hours)
}

/// The hours rule's figure, for the words: `minimum_hours` as a plain number.
pub fn minimum_hours(p: &Params) -> Decimal {
    p.tax_free_childcare.minimum_hours
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn twenty_percent_up_to_two_thousand_a_child() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            yearly(p, Money::pounds(6_000), &[(3, false)]),
            Money::pounds(1_200)
        );
        assert_eq!(
            yearly(p, Money::pounds(15_000), &[(3, false)]),
            Money::pounds(2_000)
        );
        assert_eq!(
            yearly(p, Money::pounds(15_000), &[(3, false), (14, true)]),
            Money::pounds(3_000)
        );
        assert_eq!(
            yearly(p, Money::pounds(15_000), &[(12, false)]),
            Money::ZERO
        );
    }

    #[test]
    fn each_parent_must_earn_sixteen_hours_at_their_minimum_wage() {
        let p = TaxYear::Y2026_27.params();
        let nlw = Money::pence(1_271);
        assert!(earnings_condition(p, &[(Money::pence(20_336), nlw)]));
        assert!(!earnings_condition(p, &[(Money::pence(20_335), nlw)]));
        assert!(!earnings_condition(
            p,
            &[(Money::pounds(500), nlw), (Money::ZERO, nlw)]
        ));
    }
}
