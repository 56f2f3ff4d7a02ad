//! Warnings: the things a coach must point out even when the headline figure looks good.
//!
//! Each is a [`WarningKind`] value with its figures (for the screens to style or act on) and
//! a sentence in plain words.

use super::explain::money;
use super::{Figures, Household, HousingFacts};
use crate::money::Money;
use crate::params::Country;
use crate::rules::{carers_allowance, minimum_wage};
use crate::scenario::JobOffer;
use serde::Serialize;

/// What the warning is about, with its figures (monthly unless named weekly).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// The benefit cap cuts Universal Credit.
    BenefitCap { reduction: f64, cap: f64 },
    /// A carer's earnings are over the Carer's Allowance limit: the whole allowance stops.
    CarersAllowanceLost {
        adult: usize,
        net_weekly_earnings: f64,
        weekly_limit: f64,
        lost_monthly: f64,
    },
    /// A carer's earnings are close to the limit: a pay rise or extra hours could stop it.
    CarersAllowanceNearLimit {
        adult: usize,
        net_weekly_earnings: f64,
        weekly_limit: f64,
    },
    /// Private rent above the Local Housing Allowance: the gap is paid from other income.
    LhaShortfall { rent: f64, lha: f64, shortfall: f64 },
    /// Social rent cut for spare bedrooms.
    UnderOccupation { spare_bedrooms: u32, deduction: f64 },
    /// UC pays childcare back after it is paid and reported.
    ChildcarePaidInArrears { element: f64 },
    /// Childcare is paid but the work condition is not met.
    ChildcareNotCovered,
    /// Savings over £16,000: no UC.
    CapitalOverLimit,
    /// The two-child limit stops a child element (2025-26).
    TwoChildLimit { children_without_element: usize },
    /// The wage is below the legal minimum for the worker's age.
    BelowMinimumWage { minimum_hourly: f64 },
    /// Council tax and its reduction are as entered, not calculated.
    CouncilTaxAsEntered,
}

/// A warning with its words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    #[serde(flatten)]
    pub kind: WarningKind,
    pub text: String,
}

fn w(kind: WarningKind, text: String) -> Warning {
    Warning { kind, text }
}

/// The warnings for one situation (`offer` is the job and the out-of-work figures, in work).
pub fn warnings(h: &Household, f: &Figures, offer: Option<(&JobOffer, &Figures)>) -> Vec<Warning> {
    let p = h.params;
    let mut out = Vec::new();
    let u = &f.uc;
    if u.cap_reduction.is_positive() {
        out.push(w(
            WarningKind::BenefitCap {
                reduction: u.cap_reduction.to_f64(),
                cap: u.cap.to_f64(),
            },
            t!(
                "result-warn-cap",
                amount = money(u.cap_reduction),
                earnings = money(
                    crate::rules::uc::benefit_cap::earnings_exception_monthly(p).floor_pound()
                )
            ),
        ));
    }
    let benefit = super::explain::carer_benefit(h.country == Country::Scotland);
    let limit = carers_allowance::earnings_limit(p, h.country);
    for (i, x) in f.people().iter().enumerate() {
        if !h.adults[i].carer {
            continue;
        }
        if x.over_carers_allowance_limit {
            let lost = carers_allowance::weekly(p, h.country, Money::ZERO);
            out.push(w(
                WarningKind::CarersAllowanceLost {
                    adult: i,
                    net_weekly_earnings: x.carers_allowance_net_weekly_earnings.to_f64(),
                    weekly_limit: limit.to_f64(),
                    lost_monthly: lost.weekly_to_monthly().to_f64(),
                },
                t!(
                    "result-warn-carer-lost",
                    benefit = benefit.clone(),
                    earnings = money(x.carers_allowance_net_weekly_earnings),
                    limit = money(limit),
                    lost = money(lost)
                ),
            ));
        } else if x.gross.is_positive()
            && x.carers_allowance_net_weekly_earnings > limit - Money::pounds(20)
        {
            out.push(w(
                WarningKind::CarersAllowanceNearLimit {
                    adult: i,
                    net_weekly_earnings: x.carers_allowance_net_weekly_earnings.to_f64(),
                    weekly_limit: limit.to_f64(),
                },
                t!(
                    "result-warn-carer-near",
                    benefit = benefit.clone(),
                    earnings = money(x.carers_allowance_net_weekly_earnings),
                    limit = money(limit)
                ),
            ));
        }
    }
    match &h.housing {
        HousingFacts::Private {
            rent_monthly,
            lha_monthly,
            ..
        } if rent_monthly > lha_monthly => {
            let gap = *rent_monthly - *lha_monthly;
            out.push(w(
                WarningKind::LhaShortfall {
                    rent: rent_monthly.to_f64(),
                    lha: lha_monthly.to_f64(),
                    shortfall: gap.to_f64(),
                },
                t!("result-warn-lha", amount = money(gap)),
            ));
        }
        HousingFacts::Social {
            spare_bedrooms,
            deduction_monthly,
            ..
        } if *spare_bedrooms > 0 => {
            out.push(w(
                WarningKind::UnderOccupation {
                    spare_bedrooms: *spare_bedrooms,
                    deduction: deduction_monthly.to_f64(),
                },
                t!(
                    "result-warn-spare-bedrooms",
                    amount = money(*deduction_monthly),
                    count = *spare_bedrooms
                ),
            ));
        }
        _ => {}
    }
    if u.childcare.is_positive() {
        out.push(w(
            WarningKind::ChildcarePaidInArrears {
                element: u.childcare.to_f64(),
            },
            t!("result-warn-childcare-arrears", amount = money(u.childcare)),
        ));
    } else if f.childcare_costs.is_positive() {
        out.push(w(
            WarningKind::ChildcareNotCovered,
            t!("result-warn-childcare-none"),
        ));
    }
    if u.over_capital_limit {
        out.push(w(WarningKind::CapitalOverLimit, t!("result-warn-savings")));
    }
    if h.children_without_element > 0 {
        out.push(w(
            WarningKind::TwoChildLimit {
                children_without_element: h.children_without_element,
            },
            t!("result-warn-two-child", count = h.children_without_element),
        ));
    }
    if let Some((job, _)) = offer {
        let age = h.adults[job.adult.min(h.adult_count - 1)].age;
        let minimum = minimum_wage::hourly_minimum(p, age);
        let wage = super::hourly_wage(job);
        if wage < minimum && wage.is_positive() {
            out.push(w(
                WarningKind::BelowMinimumWage {
                    minimum_hourly: minimum.to_f64(),
                },
                t!(
                    "result-warn-minimum-wage",
                    wage = money(wage),
                    minimum = money(minimum)
                ),
            ));
        }
    }
    if h.council_tax_annual.is_positive() {
        out.push(w(
            WarningKind::CouncilTaxAsEntered,
            t!("result-warn-council-tax"),
        ));
    }
    out
}
