//! Capital (UC Regulations 2013 regs 18 and 72): savings up to £6,000 are ignored; between
//! £6,000 and £16,000 each £250 or part of £250 counts as £4.35 a month of income; above
//! £16,000 there is no UC at all.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// Tariff income a month, or `None` if capital is above the upper limit (no entitlement).
pub fn tariff_income(p: &Params, capital: Money) -> Option<Money> {
    let uc = &p.uc;
    if capital.to_decimal() > uc.capital_upper_limit {
        return None;
    }
    let above = (capital - Money::new(uc.capital_lower_limit)).at_least_zero();
    let steps = above
        .ceil_to(Money::new(uc.capital_tariff_step))
        .to_decimal()
        / uc.capital_tariff_step;
    Some(Money::new(
        uc.capital_tariff_amount * steps.max(Decimal::ZERO),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn tariff_income_per_250_or_part() {
        // £7,000: £1,000 above £6,000 is 4 x £250: £17.40 a month. £6,001 counts as one part.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            tariff_income(p, Money::pounds(7_000)),
            Some(Money::pence(1_740))
        );
        assert_eq!(
            tariff_income(p, Money::pounds(6_001)),
            Some(Money::pence(435))
        );
        assert_eq!(tariff_income(p, Money::pounds(5_000)), Some(Money::ZERO));
        assert_eq!(tariff_income(p, Money::pounds(16_001)), None);
    }
}
