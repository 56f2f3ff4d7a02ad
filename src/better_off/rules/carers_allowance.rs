//! Carer's Allowance (SSCBA 1992 s.70) and, in Scotland, Carer Support Payment (Carer's
//! Assistance (Carer Support Payment) (Scotland) Regulations 2023).
//!
//! Paid at a weekly rate to someone caring 35 hours a week or more, unless their net weekly
//! earnings are above the earnings limit (Social Security (Invalid Care Allowance)
//! Regulations 1976 reg 8). Net earnings are pay less income tax and NI on that pay and
//! half of any pension contributions (Social Security Benefit (Computation of Earnings)
//! Regulations 1996 Sch 3). There is no taper: one penny over the limit and the whole
//! allowance stops, which is the cliff the sweep shows. A fraction of a penny in the weekly
//! figure is disregarded, as that favours the claimant (Computation of Earnings Regulations
//! 1996 reg 5): £10,192.24 a year is £196.0046 a week, taken as £196.00, not over £196.
//! Scotland adds the weekly Scottish carer supplement from 2026-27.

use crate::better_off::params::{Country, Params};
use crate::money::Money;

/// The weekly earnings limit.
pub fn earnings_limit(p: &Params, country: Country) -> Money {
    match country {
        Country::Scotland => Money::new(p.scotland.carer_support_payment_earnings_limit),
        _ => Money::new(p.carers_allowance.earnings_limit),
    }
}

/// The weekly allowance for a carer with these net weekly earnings (0 above the limit).
pub fn weekly(p: &Params, country: Country, net_weekly_earnings: Money) -> Money {
    if net_weekly_earnings.floor_penny() > earnings_limit(p, country) {
        return Money::ZERO;
    }
    match country {
        Country::Scotland => Money::new(p.scotland.carer_support_payment_weekly),
        _ => Money::new(p.carers_allowance.weekly_rate),
    }
}

/// The Scottish carer supplement a week, paid with Carer Support Payment.
pub fn scottish_supplement_weekly(p: &Params, country: Country, receives_allowance: bool) -> Money {
    if country == Country::Scotland && receives_allowance {
        Money::new(p.scotland.carer_supplement_weekly)
    } else {
        Money::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;
    use crate::money::Period;

    #[test]
    fn sixteen_hours_at_nlw_is_just_under_the_limit() {
        // gov.uk/carers-allowance: you can earn up to £196 a week (2025-26) after deductions.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            weekly(p, Country::England, Money::pence(19_536)),
            Money::pence(8_330)
        );
        assert_eq!(
            weekly(p, Country::England, Money::pence(19_601)),
            Money::ZERO
        );
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            weekly(p, Country::Scotland, Money::pounds(204)),
            Money::pence(8_645)
        );
    }

    #[test]
    fn a_fraction_of_a_penny_over_the_limit_is_disregarded() {
        // £10,192.24 a year / 52 = £196.0046 a week: £196.00 after reg 5, not over £196.
        let p = TaxYear::Y2025_26.params();
        let weekly_earnings = Money::pence(1_019_224).per(Period::Year, Period::Week);
        assert!(weekly_earnings > Money::pounds(196));
        assert_eq!(
            weekly(p, Country::England, weekly_earnings),
            Money::pence(8_330)
        );
        assert_eq!(
            weekly(p, Country::England, Money::pence(19_601)),
            Money::ZERO
        );
    }
}
