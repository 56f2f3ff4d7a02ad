//! Child Benefit (Social Security Contributions and Benefits Act 1992 s.141; Child Benefit
//! (Rates) Regulations 2006 reg 2) and the High Income Child Benefit Charge (Income Tax
//! (Earnings and Pensions) Act 2003 ss.681B-681H).
//!
//! The eldest child gets the higher weekly rate, each other child the lower. The charge takes
//! back 1% of the year's Child Benefit for each full £200 of the higher earner's adjusted net
//! income above £60,000, all of it from £80,000. Section 681C(3) rounds down to whole pounds
//! both the Child Benefit the charge is a percentage of and the charge itself (and the
//! percentage to a whole number). The charge is a charge to income tax (s.681B).

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// Child Benefit a week for `children` children.
pub fn weekly(p: &Params, children: usize) -> Money {
    if children == 0 {
        return Money::ZERO;
    }
    let cb = &p.child_benefit;
    Money::new(cb.eldest_weekly + cb.additional_weekly * Decimal::from(children as u64 - 1))
}

/// The charge on the higher earner, a year, given their adjusted net income and the
/// household's Child Benefit for the year.
pub fn high_income_charge(p: &Params, adjusted_net_income: Money, benefit_annual: Money) -> Money {
    let t = &p.income_tax;
    if adjusted_net_income.to_decimal() <= t.child_benefit_charge_threshold {
        return Money::ZERO; // what the steps below give, without the divisions
    }
    let excess =
        (adjusted_net_income - Money::new(t.child_benefit_charge_threshold)).at_least_zero();
    let steps = (excess.to_decimal() / t.child_benefit_charge_step).floor();
    let share = (steps / Decimal::from(100)).min(Decimal::ONE);
    // s.681C(3): the benefit and the charge are each rounded down to a whole pound.
    (benefit_annual.floor_pound() * share).floor_pound()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn three_children_2025() {
        // (26.05 + 2 x 17.25) x 52 = £3,148.60 a year (gov.uk rates; oracle anchor).
        let p = TaxYear::Y2025_26.params();
        assert_eq!(weekly(p, 3) * Decimal::from(52), Money::pence(314_860));
    }

    #[test]
    fn charge_is_one_percent_per_200_over_60k() {
        // HMRC example: income £70,000, Child Benefit £2,000: 50% = £1,000.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            high_income_charge(p, Money::pounds(70_000), Money::pounds(2_000)),
            Money::pounds(1_000)
        );
        assert_eq!(
            high_income_charge(p, Money::pounds(90_000), Money::pounds(2_000)),
            Money::pounds(2_000)
        );
        assert_eq!(
            high_income_charge(p, Money::pounds(60_199), Money::pounds(2_000)),
            Money::ZERO
        );
    }

    #[test]
    fn charge_is_rounded_down_to_whole_pounds() {
        // ITEPA 2003 s.681C(3). One child in 2026-27: £27.05 x 52 = £1,406.60, taken as
        // £1,406. Income £62,379.20: excess £2,379.20, 11 full £200s: 11% x £1,406 =
        // £154.66, charged £154 (not 11% x £1,406.60 = £154.73).
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            high_income_charge(p, Money::pence(6_237_920), Money::pence(140_660)),
            Money::pounds(154)
        );
    }
}
