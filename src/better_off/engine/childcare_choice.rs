//! Universal Credit's childcare element or Tax-Free Childcare: a family cannot have both
//! (Childcare Payments Act 2014 s.11(1)(a)), so for a job with childcare costs we work out the
//! month both ways and say which leaves more.

use super::figures::Figures;
use super::household::Household;
use crate::better_off::rules::{minimum_wage, tax_free_childcare};
use crate::money::Money;
use serde::Serialize;

/// The two ways of paying for childcare in a job, a month.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChildcareChoice {
    /// UC's childcare element in this job.
    pub uc_childcare_element: Money,
    /// What is left in the month with UC (and its childcare element).
    pub with_universal_credit: Money,
    /// Tax-Free Childcare's top-up a month, when the family qualifies.
    pub tax_free_childcare: Money,
    /// What is left with Tax-Free Childcare and no Universal Credit.
    pub with_tax_free_childcare: Money,
    /// Every parent earns at least 16 hours a week at their minimum wage.
    pub qualifies: bool,
}

impl ChildcareChoice {
    /// Tax-Free Childcare leaves the family better off by this much a month.
    pub fn tax_free_childcare_better_by(&self) -> Option<Money> {
        let gain = self.with_tax_free_childcare - self.with_universal_credit;
        (self.qualifies && gain.is_positive()).then_some(gain)
    }
}

/// Both ways for a situation in work with childcare costs; `None` without childcare costs.
pub fn compare(h: &Household, f: &Figures) -> Option<ChildcareChoice> {
    if !f.childcare_costs.is_positive() {
        return None;
    }
    let p = h.params;
    let parents: Vec<(Money, Money)> = h
        .adults()
        .iter()
        .zip(f.people())
        .map(|(a, x)| {
            (
                x.gross.monthly_to_weekly(),
                minimum_wage::hourly_minimum(p, a.age),
            )
        })
        .collect();
    let qualifies = tax_free_childcare::earnings_condition(p, &parents);
    let children: Vec<(u32, bool)> = h
        .child_ages
        .iter()
        .zip(&h.legacy.children)
        .map(|(age, c)| (*age, c.disabled))
        .collect();
    let top_up = if qualifies {
        tax_free_childcare::yearly(p, f.childcare_costs.monthly_to_annual(), &children)
            .annual_to_monthly()
    } else {
        Money::ZERO
    };
    // Without Universal Credit the award and what follows from it (Scottish Child Payment) go.
    let without_uc = f.disposable_income - f.uc.paid - f.scottish_child_payment + top_up;
    Some(ChildcareChoice {
        uc_childcare_element: f.uc.childcare,
        with_universal_credit: f.disposable_income,
        tax_free_childcare: top_up,
        with_tax_free_childcare: without_uc,
        qualifies,
    })
}
