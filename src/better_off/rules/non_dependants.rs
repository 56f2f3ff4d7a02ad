//! What an adult living in a relative's home costs the relative's help with rent.
//!
//! An adult who lives with a parent or other close relative gets no housing costs element of
//! their own (UC Regs 2013 Sch 2 para 5(1)(c)). In the relative's claim they are a
//! "non-dependant":
//! - the relative's Universal Credit housing element loses a fixed housing cost contribution
//!   for them (Sch 4 paras 13-14), unless the relative is exempt (blind, or on PIP daily
//!   living, DLA care or Attendance Allowance: para 15) or the person is (para 16(2): under 21,
//!   on Pension Credit, PIP daily living, DLA care at the middle or highest rate, Attendance
//!   Allowance or Carer's Allowance, or responsible for a child under 5). The contribution
//!   does not change with the person's pay, but a job can end an exemption (Carer's
//!   Allowance lost over the earnings limit) and start it;
//! - the relative's Housing Benefit loses a weekly deduction that rises with the person's
//!   gross income once they work 16 hours a week or more (HB Regs 2006 reg 74; pension age SI
//!   2006/214 reg 55), unless the relative is exempt (reg 74(6)) or the person is (reg 74(7):
//!   under 18, on Pension Credit, under 25 on Universal Credit assessed without earnings).
//!
//! So a job can leave the person better off and the family less so: the calculator shows both.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// The person's facts that decide the contribution or deduction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Person {
    pub age: u32,
    /// PIP daily living, DLA care at the middle or highest rate, or Attendance Allowance.
    pub daily_living_benefit: bool,
    /// Receives Carer's Allowance (paid, not overlapped to nil).
    pub carers_allowance: bool,
    pub pension_credit: bool,
    /// Responsible for a child under 5.
    pub child_under_5: bool,
    /// On Universal Credit with no earned income.
    pub uc_without_earnings: bool,
}

/// The relative's UC housing element: the contribution a month for the person, or nothing
/// when either is exempt (UC Regs 2013 Sch 4 paras 14-16).
pub fn uc_contribution_monthly(p: &Params, person: &Person, relative_exempt: bool) -> Money {
    let nd = &p.non_dependants;
    let exempt = relative_exempt
        || person.age < nd.uc_exempt_under_age
        || person.pension_credit
        || person.daily_living_benefit
        || person.carers_allowance
        || person.child_under_5;
    if exempt {
        Money::ZERO
    } else {
        Money::new(nd.uc_contribution)
    }
}

/// The relative's Housing Benefit: the deduction a week for the person (and partner), by their
/// gross weekly income when working 16 hours or more (HB Regs 2006 reg 74(1)-(2), (6)-(7)).
pub fn hb_deduction_weekly(
    p: &Params,
    person: &Person,
    relative_exempt: bool,
    hours: Decimal,
    gross_weekly: Money,
) -> Money {
    let nd = &p.non_dependants;
    let exempt = relative_exempt
        || person.age < nd.hb_exempt_under_age
        || person.pension_credit
        || (person.uc_without_earnings && person.age < nd.hb_exempt_uc_without_earnings_under);
    if exempt {
        return Money::ZERO;
    }
    if hours < nd.hb_remunerative_hours {
        return Money::new(nd.hb_deduction_lowest);
    }
    let bands = [
        (nd.hb_band_1_below, nd.hb_deduction_lowest),
        (nd.hb_band_2_below, nd.hb_deduction_band_2),
        (nd.hb_band_3_below, nd.hb_deduction_band_3),
        (nd.hb_band_4_below, nd.hb_deduction_band_4),
        (nd.hb_band_5_below, nd.hb_deduction_band_5),
    ];
    let gross = gross_weekly.to_decimal();
    Money::new(
        bands
            .iter()
            .find(|(below, _)| gross < *below)
            .map_or(nd.hb_deduction_top, |(_, amount)| *amount),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    fn son(age: u32) -> Person {
        Person {
            age,
            ..Person::default()
        }
    }

    #[test]
    fn the_uc_contribution_and_its_exemptions() {
        // UC Regs 2013 Sch 4 para 14(1): £96.55 a month in 2026-27; none under 21 (para
        // 16(2)(a)), with PIP daily living (para 16(2)(e)), or when the renter is exempt.
        let p = TaxYear::Y2026_27.params();
        assert_eq!(
            uc_contribution_monthly(p, &son(24), false),
            Money::pence(9_655)
        );
        assert_eq!(uc_contribution_monthly(p, &son(20), false), Money::ZERO);
        let pip = Person {
            daily_living_benefit: true,
            ..son(24)
        };
        assert_eq!(uc_contribution_monthly(p, &pip, false), Money::ZERO);
        assert_eq!(uc_contribution_monthly(p, &son(24), true), Money::ZERO);
    }

    #[test]
    fn the_housing_benefit_deduction_rises_with_pay_at_16_hours() {
        // HB Regs 2006 reg 74 (2025-26): £19.65 below 16 hours; at 16 hours £195.36 a week gross
        // is in the £183-£265.99 band: £45.15; 37.5 hours at £12.21 (£457.88) £101.35.
        let p = TaxYear::Y2025_26.params();
        let d = |hours: i64, gross: i64| {
            hb_deduction_weekly(
                p,
                &son(24),
                false,
                Decimal::from(hours),
                Money::pence(gross),
            )
        };
        assert_eq!(d(0, 0), Money::pence(1_965));
        assert_eq!(d(15, 18_315), Money::pence(1_965));
        assert_eq!(d(16, 19_536), Money::pence(4_515));
        assert_eq!(d(37, 45_788), Money::pence(10_135));
        assert_eq!(d(40, 60_000), Money::pence(12_665));
        // Under 25 on UC with no earnings: no deduction (reg 74(7)).
        let on_uc = Person {
            uc_without_earnings: true,
            ..son(24)
        };
        assert_eq!(
            hb_deduction_weekly(p, &on_uc, false, Decimal::ZERO, Money::ZERO),
            Money::ZERO
        );
    }
}
