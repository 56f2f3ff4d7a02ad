//! The worker's workplace pension contribution.
//!
//! Automatic enrolment (Pensions Act 2008 ss.3 and 13): a worker aged 22 to state pension age
//! earning more than the £10,000 trigger is enrolled, and the legal minimum is 5% of
//! qualifying earnings (pay between £6,240 and £50,270 a year) from the worker, tax relief
//! included. We assume relief at source, the usual arrangement for the schemes low-paid
//! workers are enrolled in: the worker pays 80% of the contribution from net pay and HMRC
//! adds the basic-rate relief to the pension pot, so take-home pay drops by 4% of
//! qualifying earnings. That amount paid is what UC deducts from earnings (UC Regulations
//! 2013 reg 55(5)(b)) and half of it what the Carer's Allowance earnings test deducts.

use crate::better_off::params::Params;
use crate::better_off::scenario::Pension;
use crate::money::Money;
use rust_decimal::Decimal;

/// Whether automatic enrolment applies to this worker and pay: from 22 until State Pension
/// age (Pensions Act 2008 s.3(1)(b)).
pub fn auto_enrolled(p: &Params, age: u32, over_pension_age: bool, gross_annual: Money) -> bool {
    age >= p.pension.minimum_age
        && !over_pension_age
        && gross_annual.to_decimal() > p.pension.earnings_trigger
}

/// Qualifying earnings: the slice of pay between the lower and upper limits.
pub fn qualifying_earnings(p: &Params, gross_annual: Money) -> Money {
    let lower = Money::new(p.pension.qualifying_earnings_lower);
    let upper = Money::new(p.pension.qualifying_earnings_upper);
    (gross_annual.min(upper) - lower).at_least_zero()
}

/// What the worker pays out of net pay in a year (the gross contribution less basic-rate
/// relief added by the scheme).
pub fn paid_by_worker_annual(
    p: &Params,
    pension: Pension,
    age: u32,
    over_pension_age: bool,
    gross_annual: Money,
) -> Money {
    let net_of_relief = Decimal::ONE - p.income_tax.basic_rate;
    match pension {
        Pension::None => Money::ZERO,
        Pension::AutoEnrolment if auto_enrolled(p, age, over_pension_age, gross_annual) => {
            qualifying_earnings(p, gross_annual) * p.pension.employee_rate * net_of_relief
        }
        Pension::AutoEnrolment => Money::ZERO,
        Pension::Percent { employee_rate } => gross_annual * employee_rate * net_of_relief,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn auto_enrolment_minimum_on_full_time_nlw() {
        // 37.5 h x £12.21 x 52 = £23,809.50; qualifying £17,569.50; 5% = £878.475,
        // of which the worker pays 80%: £702.78.
        let p = TaxYear::Y2025_26.params();
        let paid =
            paid_by_worker_annual(p, Pension::AutoEnrolment, 30, false, Money::pence(2380950));
        assert_eq!(paid.round_penny(), Money::pence(70278));
    }

    #[test]
    fn below_the_trigger_nobody_is_enrolled() {
        let p = TaxYear::Y2025_26.params();
        let paid =
            paid_by_worker_annual(p, Pension::AutoEnrolment, 30, false, Money::pounds(9_000));
        assert_eq!(paid, Money::ZERO);
        assert_eq!(
            paid_by_worker_annual(p, Pension::AutoEnrolment, 21, false, Money::pounds(20_000)),
            Money::ZERO
        );
    }
}
