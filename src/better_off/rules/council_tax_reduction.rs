//! Council Tax Reduction: help with the council tax bill, worked out by the scheme that applies.
//!
//! - **Pension age** (a claimant or partner over State Pension age and not on Universal
//!   Credit): a national scheme in each nation, built like pension-age Housing Benefit —
//!   England's prescribed scheme (Council Tax Reduction Schemes (Prescribed Requirements)
//!   (England) Regulations 2012, SI 2012/2885), Scotland's (SSI 2012/319) and Wales's (WSI
//!   2013/3029). Guarantee credit passports to the whole bill (SI 2012/2885 Sch 1 para 13).
//! - **Scotland, working age** (Council Tax Reduction (Scotland) Regulations 2021, SSI
//!   2021/249): the Scottish applicable amount (personal allowance, £105.85 a week for each
//!   child, premiums: reg 35, Sch 1), against earnings less the Sch 3 disregards and other
//!   income; of a Universal Credit award only the child element, the disabled child additions
//!   and the childcare element count (reg 57). No disability premium for someone with limited
//!   capability for work (Sch 1 para 12(8)).
//! - **Wales, working age** (Council Tax Reduction Schemes and Prescribed Requirements (Wales)
//!   Regulations 2013, WSI 2013/3029): for someone on Universal Credit, the applicable amount
//!   is the UC maximum amount and income is the UC income figure plus the award (Sch 6 paras
//!   3, 9), so a claimant with no earnings gets the whole bill met; otherwise Wales's own
//!   personal allowances and premiums (Sch 7) and the earnings disregards (Sch 8).
//! - **England, working age**: each council sets its own scheme. The reduction is taken as the
//!   person enters it; where it changes with work and they do not know the new figure, it is
//!   estimated with the default scheme's rules (SI 2012/2886 Schedule: the Universal Credit
//!   route, as in Wales) and labelled an estimate.
//!
//! In every scheme 20% of income above the applicable amount comes off the weekly bill (e.g.
//! SI 2012/2885 Sch 1 para 3(f)). Council Tax Reduction is a reduction of a bill, not income:
//! it changes what is left after housing costs, not net income.

use crate::better_off::params::Params;
use crate::money::Money;

/// The scheme that works the reduction out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// The nation's pension-age scheme.
    PensionAge,
    /// Scotland's working-age scheme (SSI 2021/249).
    ScotlandWorkingAge,
    /// Wales's working-age scheme for someone on Universal Credit (WSI 2013/3029 Sch 6).
    WalesUniversalCredit,
    /// Wales's working-age scheme for someone not on Universal Credit (Sch 7-8).
    WalesWorkingAge,
    /// England's working age: the council's own scheme, as entered by the person.
    EnglandAsEntered,
    /// England's working age, estimated with the default scheme (SI 2012/2886).
    EnglandEstimate,
}

impl Scheme {
    /// Worked out from national rules (not entered, not estimated).
    pub fn national(self) -> bool {
        !matches!(self, Scheme::EnglandAsEntered | Scheme::EnglandEstimate)
    }
}

/// The weekly reduction: the weekly bill less 20% of income above the applicable amount.
pub fn weekly(p: &Params, bill_weekly: Money, applicable_amount: Money, income: Money) -> Money {
    let excess = (income - applicable_amount).at_least_zero();
    (bill_weekly - excess * p.council_tax_reduction.taper_rate).at_least_zero()
}

/// Scotland's working-age personal allowance (SSI 2021/249 Sch 1 para 1): the 25-or-over
/// rate also for a lone parent and for a single person under 25 with limited capability for
/// work or on main-phase ESA.
pub fn scotland_personal_allowance(
    p: &Params,
    couple: bool,
    eldest: u32,
    lone_parent: bool,
    higher_under_25: bool,
) -> Money {
    let c = &p.council_tax_reduction;
    Money::new(if couple {
        c.scotland_personal_allowance_couple
    } else if eldest >= 25 || lone_parent || higher_under_25 {
        c.scotland_personal_allowance_single_25_plus
    } else {
        c.scotland_personal_allowance_single_under_25
    })
}

/// Wales's working-age personal allowance and amounts for children (WSI 2013/3029 Sch 7
/// paras 1-3): single 18-24, 25 or over (or a lone parent, or on main-phase ESA), couple;
/// each child; the family premium for a family with a child.
pub fn wales_allowances(
    p: &Params,
    couple: bool,
    eldest: u32,
    higher_under_25: bool,
    children: usize,
) -> Money {
    let c = &p.council_tax_reduction;
    let personal = Money::new(if couple {
        c.wales_personal_allowance_couple
    } else if eldest >= 25 || children > 0 || higher_under_25 {
        c.wales_personal_allowance_single_25_plus
    } else {
        c.wales_personal_allowance_single_under_25
    });
    let child = Money::new(c.wales_child_allowance) * rust_decimal::Decimal::from(children as u64);
    let family = if children > 0 {
        Money::new(c.wales_family_premium)
    } else {
        Money::ZERO
    };
    personal + child + family
}

/// Scotland's child premium for each child (SSI 2021/249 Sch 1 para 2).
pub fn scotland_child_premiums(p: &Params, children: usize) -> Money {
    Money::new(p.council_tax_reduction.scotland_child_premium)
        * rust_decimal::Decimal::from(children as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn twenty_pence_of_each_pound_over_the_applicable_amount() {
        // Oracle anchor v2_pensioner_pc_hb_2026: income £13,971.89 a year against £12,376
        // (SI 2012/2885 Sch 1 para 3(f)): £1,600 - 20% x £1,595.89 = £1,280.82 a year.
        let p = TaxYear::Y2026_27.params();
        let w = |pence: i64| {
            Money::pence(pence).per(crate::money::Period::Year, crate::money::Period::Week)
        };
        let ctr = weekly(p, w(160_000), w(1_237_600), w(1_397_189));
        assert_eq!(ctr.weekly_to_annual().round_penny(), Money::pence(128_082));
        assert_eq!(
            weekly(p, w(160_000), w(1_237_600), w(1_000_000)),
            w(160_000)
        );
    }

    #[test]
    fn scottish_and_welsh_allowances() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            scotland_personal_allowance(p, false, 24, false, false),
            Money::pence(7_290)
        );
        assert_eq!(
            scotland_personal_allowance(p, false, 24, false, true),
            Money::pence(9_205)
        );
        assert_eq!(scotland_child_premiums(p, 2), Money::pence(21_170));
        // WSI 2025/59: single 25 or over £98.10, couple £154.00, child £84.66, family £19.48.
        assert_eq!(
            wales_allowances(p, false, 30, false, 0),
            Money::pence(9_810)
        );
        assert_eq!(
            wales_allowances(p, true, 30, false, 1),
            Money::pence(15_400 + 8_466 + 1_948)
        );
    }
}
