//! The benefit cap (UC Regulations 2013 regs 78-83).
//!
//! If UC and Child Benefit together come to more than the cap (a year: £22,020 for a couple
//! or a parent, £14,753 for a single person; £25,323 and £16,967 in Greater London; taken a
//! month as one twelfth), UC is reduced by the excess, less any childcare element (reg 81).
//! Nobody is capped whose earned income is at least 16 hours a week at the National Living
//! Wage (x52/12, reg 82(1)(a)), or who has LCWRA, a carer element or Carer's Allowance, or
//! PIP, DLA or ADP in the household, or is over state pension age (reg 83).

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// The cap a month.
pub fn cap_monthly(p: &Params, family: bool, london: bool) -> Money {
    let uc = &p.uc;
    Money::new(match (family, london) {
        (true, true) => uc.benefit_cap_family_london,
        (false, true) => uc.benefit_cap_single_london,
        (true, false) => uc.benefit_cap_family_outside_london,
        (false, false) => uc.benefit_cap_single_outside_london,
    })
    .annual_to_monthly()
}

/// Earned income a month at or above which the cap does not apply.
pub fn earnings_exception_monthly(p: &Params) -> Money {
    Money::new(p.minimum_wage.national_living_wage * p.uc.benefit_cap_earnings_hours)
        .per(crate::money::Period::Week, crate::money::Period::Month)
}

/// The reduction a month: the excess over the cap less the childcare element, at most the UC.
pub fn reduction(cap: Money, uc: Money, other_benefits: Money, childcare_element: Money) -> Money {
    let excess = (uc + other_benefits - cap).at_least_zero();
    (excess - childcare_element)
        .at_least_zero()
        .min(uc.max(Money::ZERO))
}

/// A share of the cap used for warnings (e.g. within 5% of it).
pub fn near(cap: Money, total: Money, margin: Decimal) -> bool {
    total >= cap * (Decimal::ONE - margin)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn capped_family_outside_london() {
        // Oracle anchor_couple_3kids_2025: UC £1,763.72 + CB £262.38 a month, cap £1,835:
        // reduction £191.10 a month (£2,293.24 a year).
        let p = TaxYear::Y2025_26.params();
        let cap = cap_monthly(p, true, false);
        assert_eq!(cap, Money::pounds(1_835));
        let cb = Money::pence(314_860).annual_to_monthly();
        let r = reduction(cap, Money::pence(176_372), cb, Money::ZERO);
        assert_eq!(r.monthly_to_annual().round_penny(), Money::pence(229_324));
    }

    #[test]
    fn earnings_exception_is_16_hours_at_nlw() {
        // 16 x £12.21 x 52 / 12 = £846.56 (gov.uk: "£846 a month").
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            earnings_exception_monthly(p).round_penny(),
            Money::pence(84_656)
        );
    }

    #[test]
    fn childcare_element_lowers_the_reduction() {
        let r = reduction(
            Money::pounds(1_835),
            Money::pounds(2_000),
            Money::pounds(200),
            Money::pounds(300),
        );
        assert_eq!(r, Money::pounds(65));
    }
}
