//! The legal minimum hourly wage for a worker's age (National Minimum Wage Regulations 2015
//! regs 4 and 4A): the default wage for a job offer.

use crate::better_off::params::Params;
use crate::money::Money;

/// The minimum hourly rate for a worker of `age` who is not an apprentice.
pub fn hourly_minimum(p: &Params, age: u32) -> Money {
    let m = &p.minimum_wage;
    if age >= m.national_living_wage_age {
        Money::new(m.national_living_wage)
    } else if age >= 18 {
        Money::new(m.age_18_to_20)
    } else {
        Money::new(m.under_18)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn national_living_wage_from_21() {
        // https://www.gov.uk/national-minimum-wage-rates: £12.21 (2025), £12.71 (2026) at 21+.
        let p = TaxYear::Y2025_26.params();
        assert_eq!(hourly_minimum(p, 21), Money::pence(1221));
        assert_eq!(hourly_minimum(p, 20), Money::pence(1000));
        assert_eq!(hourly_minimum(p, 17), Money::pence(755));
        assert_eq!(
            hourly_minimum(TaxYear::Y2026_27.params(), 30),
            Money::pence(1271)
        );
    }
}
