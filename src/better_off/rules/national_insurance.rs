//! Employee (primary) Class 1 National Insurance (Social Security Contributions and Benefits
//! Act 1992 s.8; Social Security (Contributions) Regulations 2001 regs 10-11).
//!
//! NI is worked out per earnings period, not per year: 8% of pay between the primary
//! threshold and the upper earnings limit for the period, 2% above. Weekly, fortnightly and
//! four-weekly periods use the weekly thresholds times the number of weeks; monthly periods
//! the monthly thresholds. With level pay every period is the same, so a year is one
//! period's NI times the periods in a year.

use crate::better_off::params::Params;
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// Primary threshold and upper earnings limit for one earnings period.
pub fn thresholds(p: &Params, period: Period) -> (Money, Money) {
    let ni = &p.national_insurance;
    let weeks = |n: i64| {
        (
            Money::new(ni.primary_threshold_week * Decimal::from(n)),
            Money::new(ni.upper_earnings_limit_week * Decimal::from(n)),
        )
    };
    match period {
        Period::Week => weeks(1),
        Period::Fortnight => weeks(2),
        Period::FourWeeks => weeks(4),
        Period::Month => (
            Money::new(ni.primary_threshold_month),
            Money::new(ni.upper_earnings_limit_month),
        ),
        Period::Year => (
            Money::new(ni.primary_threshold_month).monthly_to_annual(),
            Money::new(ni.upper_earnings_limit_month).monthly_to_annual(),
        ),
    }
}

/// NI on one period's pay.
pub fn per_period(p: &Params, pay: Money, period: Period) -> Money {
    let (pt, uel) = thresholds(p, period);
    if pay <= pt {
        return Money::ZERO; // what the sums below give at or under the primary threshold
    }
    let ni = &p.national_insurance;
    let main = (pay.min(uel) - pt).at_least_zero() * ni.main_rate;
    let upper = (pay - uel).at_least_zero() * ni.upper_rate;
    main + upper
}

/// NI over a year of level pay, paid every `period`.
pub fn annual(p: &Params, gross_annual: Money, period: Period) -> Money {
    let per = gross_annual.per(Period::Year, period);
    per_period(p, per, period).per(period, Period::Year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn monthly_pay_above_threshold() {
        // £2,275 a month (£27,300 a year): 8% x (2,275 - 1,048) = £98.16 a month.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            per_period(p, Money::pounds(2275), Period::Month),
            Money::pence(9816)
        );
    }

    #[test]
    fn weekly_pay_below_threshold_pays_nothing() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            per_period(p, Money::pence(20336), Period::Week),
            Money::ZERO
        );
    }

    #[test]
    fn above_upper_earnings_limit_pays_two_percent() {
        // £1,067 a week: 8% x (967 - 242) + 2% x 100 = 58 + 2 = £60.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            per_period(p, Money::pounds(1067), Period::Week),
            Money::pounds(60)
        );
    }
}
