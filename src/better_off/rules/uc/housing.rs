//! The housing costs element for renters (UC Regulations 2013 reg 25-26 and Schedules 1-4).
//!
//! Rent and eligible service charges are converted to a monthly figure (Sch 4 para 7: weekly
//! x52/12, fortnightly x26/12, four-weekly x13/12). Social tenants get that, less 14% for
//! one bedroom more than they are allowed or 25% for two or more (Sch 4 paras 34-36). Private
//! tenants get the lower of that and the Local Housing Allowance for their Broad Rental
//! Market Area and category (Sch 4 paras 25-29): the shared accommodation rate for a single
//! person under 35 with no children and no exemption, otherwise the rate for the number of
//! bedrooms they are allowed, up to four.
//!
//! Bedrooms (Sch 4 paras 8-12): one for the claimant (or the couple), one for each other
//! person aged 16 or over, one for two children of the same sex under 16, one for two
//! children under 10, one for any other child. The fewest bedrooms those rules allow is the
//! entitlement.

use crate::better_off::params::{LhaCategory, Params};
use crate::better_off::scenario::Sex;
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// A child as the bedroom rules see them.
#[derive(Debug, Clone, Copy)]
pub struct Sleeper {
    pub age: u32,
    pub sex: Sex,
}

/// Bedrooms the household is allowed: one for the adults, plus the children's.
pub fn bedrooms(children: &[Sleeper]) -> u32 {
    let older = children.iter().filter(|c| c.age >= 16).count() as u32;
    let young: Vec<Sleeper> = children.iter().copied().filter(|c| c.age < 16).collect();
    let pairs = max_pairs(&young);
    1 + older + (young.len() as u32 - pairs)
}

fn can_share(a: Sleeper, b: Sleeper) -> bool {
    a.sex == b.sex || (a.age < 10 && b.age < 10)
}

/// The most pairs of children who may share, by trying every pairing (families are small).
fn max_pairs(children: &[Sleeper]) -> u32 {
    let Some((first, rest)) = children.split_first() else {
        return 0;
    };
    // Either the first child sleeps alone, or shares with one of the others.
    let mut best = max_pairs(rest);
    for j in 0..rest.len() {
        if can_share(*first, rest[j]) {
            let mut others = rest.to_vec();
            others.remove(j);
            best = best.max(1 + max_pairs(&others));
        }
    }
    best
}

/// The LHA category for a private renter.
pub fn lha_category(
    p: &Params,
    single: bool,
    youngest_adult_age: u32,
    children: &[Sleeper],
    exempt_from_shared_rate: bool,
) -> LhaCategory {
    if single
        && children.is_empty()
        && youngest_adult_age < p.uc.shared_accommodation_age
        && !exempt_from_shared_rate
    {
        LhaCategory::A
    } else {
        LhaCategory::for_bedrooms(bedrooms(children))
    }
}

/// Rent (plus eligible service charges) for one period, as a monthly figure.
pub fn monthly_rent(rent: Money, service_charges: Money, period: Period) -> Money {
    (rent + service_charges).per(period, Period::Month)
}

/// The under-occupation deduction rate for a social tenant with `spare` extra bedrooms.
pub fn under_occupation_rate(p: &Params, spare: u32) -> Decimal {
    match spare {
        0 => Decimal::ZERO,
        1 => p.uc.under_occupation_one_bedroom,
        _ => p.uc.under_occupation_two_or_more,
    }
}

/// Social tenant: the element a month and the deduction taken.
pub fn social(p: &Params, rent_monthly: Money, spare_bedrooms: u32) -> (Money, Money) {
    let deduction = rent_monthly * under_occupation_rate(p, spare_bedrooms);
    (rent_monthly - deduction, deduction)
}

/// Private tenant: the element a month is the lower of rent and the LHA.
pub fn private(rent_monthly: Money, lha_monthly: Money) -> Money {
    rent_monthly.min(lha_monthly)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    fn kid(age: u32, sex: Sex) -> Sleeper {
        Sleeper { age, sex }
    }

    #[test]
    fn boy_and_girl_share_only_under_ten() {
        assert_eq!(bedrooms(&[kid(3, Sex::Female), kid(7, Sex::Male)]), 2);
        assert_eq!(bedrooms(&[kid(11, Sex::Female), kid(7, Sex::Male)]), 3);
        assert_eq!(bedrooms(&[kid(12, Sex::Male), kid(14, Sex::Male)]), 2);
    }

    #[test]
    fn pairing_is_the_best_possible() {
        // Girl 12, boy 8, boy 4: the boys share, the girl has her own: 1 + 2 = 3.
        assert_eq!(
            bedrooms(&[kid(12, Sex::Female), kid(8, Sex::Male), kid(4, Sex::Male)]),
            3
        );
        // A 17-year-old has their own room.
        assert_eq!(bedrooms(&[kid(17, Sex::Male), kid(4, Sex::Male)]), 3);
    }

    #[test]
    fn single_under_35_gets_the_shared_rate() {
        let p = TaxYear::Y2026_27.params();
        assert_eq!(lha_category(p, true, 20, &[], false), LhaCategory::A);
        assert_eq!(lha_category(p, true, 20, &[], true), LhaCategory::B);
        assert_eq!(lha_category(p, true, 35, &[], false), LhaCategory::B);
        assert_eq!(lha_category(p, false, 20, &[], false), LhaCategory::B);
    }

    #[test]
    fn bedroom_tax_is_14_or_25_percent() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            social(p, Money::pounds(500), 1),
            (Money::pounds(430), Money::pounds(70))
        );
        assert_eq!(social(p, Money::pounds(500), 3).1, Money::pounds(125));
    }

    #[test]
    fn weekly_rent_is_52_over_12() {
        assert_eq!(
            monthly_rent(Money::pounds(120), Money::ZERO, Period::Week),
            Money::pounds(520)
        );
        assert_eq!(
            monthly_rent(Money::pounds(480), Money::ZERO, Period::FourWeeks),
            Money::pounds(520)
        );
    }
}
