//! Winter Fuel Payment (England and Wales: Winter Fuel Payment Regulations 2025, SI 2025/969)
//! and Pension Age Winter Heating Payment (Scotland: SSI 2024/351 as amended).
//!
//! A yearly payment to everyone who has reached State Pension age by the end of the
//! qualifying week in September. A household gets one full payment when it is on a relevant
//! benefit (Pension Credit, Universal Credit and the older means-tested benefits) or only one
//! person in it qualifies; two people who both qualify and are on no such benefit get half
//! each (reg 3). From 80 the amount is higher. Since 2025-26 HMRC takes the whole payment
//! back through income tax from anyone whose own total income for the tax year is over
//! £35,000 and who was not on a relevant benefit (ITEPA 2003 s.681I): a cliff at £35,000
//! that the chart names.

use crate::better_off::params::{Country, Params};
use crate::money::Money;

/// One adult's facts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Adult {
    /// Reached State Pension age by the end of the qualifying week.
    pub qualifies: bool,
    pub age: u32,
}

/// Each adult's payment for the year.
pub fn yearly(
    p: &Params,
    country: Country,
    adults: &[Adult],
    on_relevant_benefit: bool,
) -> [Money; 2] {
    let w = &p.winter_fuel;
    let scottish = country == Country::Scotland;
    let pick = |england, scotland| Money::new(if scottish { scotland } else { england });
    let lower = pick(w.lower, w.scotland_lower);
    let higher = pick(w.higher, w.scotland_higher);
    let old = |a: &Adult| a.age >= w.higher_age;
    let mut paid = [Money::ZERO; 2];
    let qualifying: Vec<usize> = (0..adults.len()).filter(|&i| adults[i].qualifies).collect();
    match qualifying.as_slice() {
        [] => {}
        [only] => {
            // One qualifies: the full amount, higher if either partner is 80 (reg 3(4)).
            paid[*only] = if adults.iter().any(old) {
                higher
            } else {
                lower
            };
        }
        [first, second] if on_relevant_benefit => {
            // One payment to the couple on a relevant benefit (reg 3(1), (3)-(4)).
            let _ = second;
            paid[*first] = if adults.iter().any(old) {
                higher
            } else {
                lower
            };
        }
        [first, second] => {
            for (me, other) in [(*first, *second), (*second, *first)] {
                paid[me] = match (old(&adults[me]), old(&adults[other])) {
                    (false, _) => pick(w.lower_shared, w.scotland_lower_shared),
                    (true, false) => pick(
                        w.higher_shared_with_under_80,
                        w.scotland_higher_shared_with_under_80,
                    ),
                    (true, true) => pick(
                        w.higher_shared_with_80_plus,
                        w.scotland_higher_shared_with_80_plus,
                    ),
                };
            }
        }
        _ => {}
    }
    paid
}

/// The payment taken back through income tax: all of it when the person's total income is
/// over the threshold and they are not on a relevant benefit (ITEPA 2003 s.681I).
pub fn charge(p: &Params, payment: Money, total_income: Money, on_relevant_benefit: bool) -> Money {
    if !on_relevant_benefit && total_income > Money::new(p.winter_fuel.charge_threshold) {
        payment
    } else {
        Money::ZERO
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn one_payment_for_a_household_and_halves_when_both_qualify() {
        let p = TaxYear::Y2025_26.params();
        let pensioner = Adult {
            qualifies: true,
            age: 70,
        };
        let younger = Adult {
            qualifies: false,
            age: 60,
        };
        assert_eq!(
            yearly(p, Country::England, &[pensioner], false),
            [Money::pounds(200), Money::ZERO]
        );
        assert_eq!(
            yearly(p, Country::England, &[younger, pensioner], true),
            [Money::ZERO, Money::pounds(200)]
        );
        assert_eq!(
            yearly(p, Country::England, &[pensioner, pensioner], false),
            [Money::pounds(100), Money::pounds(100)]
        );
        assert_eq!(
            yearly(p, Country::Scotland, &[pensioner], true),
            [Money::pence(20_340), Money::ZERO]
        );
        let old = Adult {
            qualifies: true,
            age: 82,
        };
        assert_eq!(
            yearly(p, Country::Wales, &[old, pensioner], false),
            [Money::pounds(200), Money::pounds(100)]
        );
    }

    #[test]
    fn taken_back_in_tax_over_35000_unless_on_a_relevant_benefit() {
        let p = TaxYear::Y2025_26.params();
        let paid = Money::pounds(200);
        assert_eq!(charge(p, paid, Money::pounds(35_000), false), Money::ZERO);
        assert_eq!(charge(p, paid, Money::pounds(35_001), false), paid);
        assert_eq!(charge(p, paid, Money::pounds(35_001), true), Money::ZERO);
    }
}
