//! Marriage Allowance (Income Tax Act 2007 ss.55A-55E).
//!
//! A spouse or civil partner may give £1,260 of personal allowance to the other, if neither
//! pays tax above the basic rate (for a Scottish taxpayer: above the intermediate rate). The
//! giver's allowance drops by £1,260; the receiver's tax drops by 20% of it (£252), at most to
//! nil, Scottish taxpayers included. We assume a couple claims it whenever it lowers their
//! combined tax, as HMRC's own eligibility checker advises.

use crate::better_off::params::Params;
use crate::better_off::rules::income_tax;
use crate::money::Money;

/// Who gives allowance to whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transfer {
    pub from: usize,
    pub to: usize,
}

/// One partner as the choice sees them: their total income, their personal allowance and
/// income tax without a transfer, and what they would pay if they gave allowance away.
#[derive(Debug, Clone, Copy, Default)]
pub struct Partner {
    pub income: Money,
    pub allowance: Money,
    pub tax: Money,
    /// Pays tax above the basic rate (in Scotland, at the higher rate or above).
    pub above_basic_rate: bool,
    pub scottish: bool,
    /// Their tax on the allowance left after giving the transfer away, once worked out (see
    /// [`Partner::tax_if_giving`]).
    pub giving_tax: Option<Money>,
}

impl Partner {
    /// A partner with this total income, everything worked out here.
    pub fn new(p: &Params, income: Money, scottish: bool) -> Partner {
        let allowance = income_tax::personal_allowance(p, income, false);
        let tax = income_tax::tax_due(p, income, allowance, scottish, Money::ZERO);
        Partner::with_tax(p, income, allowance, tax, scottish)
    }

    /// A partner whose allowance and tax on `income` (as [`Partner::new`] works them out)
    /// the caller has already.
    pub fn with_tax(
        p: &Params,
        income: Money,
        allowance: Money,
        tax: Money,
        scottish: bool,
    ) -> Partner {
        Partner {
            income,
            allowance,
            tax,
            above_basic_rate: income_tax::above_basic_rate(p, income, allowance, scottish),
            scottish,
            giving_tax: None,
        }
    }

    /// Their tax on the allowance left after giving the transfer away: kept if worked out,
    /// else worked out now. Most choices never need it (a partner who pays no tax has
    /// nothing to receive, so the other cannot give), and it is a whole tax calculation.
    pub fn tax_if_giving(&self, p: &Params) -> Money {
        self.giving_tax.unwrap_or_else(|| {
            let giving_allowance = income_tax::personal_allowance(p, self.income, true);
            income_tax::tax_due(p, self.income, giving_allowance, self.scottish, Money::ZERO)
        })
    }

    /// The same partner with [`Partner::tax_if_giving`] worked out and kept: for figures
    /// kept when preparing and used at every point of a sweep.
    pub fn giving_worked_out(self, p: &Params) -> Partner {
        Partner {
            giving_tax: Some(self.tax_if_giving(p)),
            ..self
        }
    }
}

/// The transfer a married couple with these total incomes would make, if any pays.
pub fn choose(p: &Params, incomes: [Money; 2], scottish: bool) -> Option<Transfer> {
    choose_between(p, incomes.map(|i| Partner::new(p, i, scottish))).map(|(t, _)| t)
}

/// [`choose`], for partners the caller has worked out already; with the transfer, each
/// partner's tax with it (the giver's on a smaller allowance, the receiver's less the
/// reducer).
pub fn choose_between(p: &Params, partners: [Partner; 2]) -> Option<(Transfer, [Money; 2])> {
    // Neither partner may pay tax above the basic rate, whichever way the transfer goes.
    if partners.iter().any(|x| x.above_basic_rate) {
        return None;
    }
    let before = partners[0].tax + partners[1].tax;
    let mut best: Option<(Transfer, [Money; 2], Money)> = None;
    for (from, to) in [(0, 1), (1, 0)] {
        let (giver, receiver) = (partners[from], partners[to]);
        // A receiver who pays no tax has nothing for the reducer to take off, and a smaller
        // allowance never lowers the giver's tax: this way cannot save anything.
        if receiver.tax.is_zero() {
            continue;
        }
        let giver_tax = giver.tax_if_giving(p);
        // The reducer comes off the tax, never below nil (ITA 2007 s.55B).
        let receiver_tax = (receiver.tax - reducer(p)).at_least_zero();
        let after = giver_tax + receiver_tax;
        if after < before && best.is_none_or(|(_, _, b)| after < b) {
            let mut tax = [Money::ZERO; 2];
            tax[from] = giver_tax;
            tax[to] = receiver_tax;
            best = Some((Transfer { from, to }, tax, after));
        }
    }
    best.map(|(t, tax, _)| (t, tax))
}

/// The receiver's tax reducer: 20% of the transferred allowance, £252.
pub fn reducer(p: &Params) -> Money {
    Money::new(p.income_tax.marriage_allowance_transfer)
        * p.income_tax.marriage_allowance_relief_rate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn non_earner_gives_allowance_to_basic_rate_partner() {
        // https://www.gov.uk/marriage-allowance: up to £252 a year off the partner's tax.
        let p = TaxYear::Y2025_26.params();
        let t = choose(p, [Money::pounds(27_300), Money::ZERO], false);
        assert_eq!(t, Some(Transfer { from: 1, to: 0 }));
        assert_eq!(reducer(p), Money::pounds(252));
    }

    #[test]
    fn not_for_higher_rate_taxpayers() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(choose(p, [Money::pounds(60_000), Money::ZERO], false), None);
    }

    #[test]
    fn not_when_both_use_their_allowance() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            choose(p, [Money::pounds(20_000), Money::pounds(18_000)], false),
            None
        );
    }
}
