//! Council tax and Council Tax Reduction, as entered.
//!
//! Council Tax Reduction schemes are set by each English council (the Scottish and Welsh
//! schemes are national but still need the council's figures), so the calculator takes the
//! bill and the reduction from the person's own letter rather than estimating them, and says
//! so. Neither is part of net income as the reference model defines it; both are part of
//! income after housing costs.

use crate::money::Money;
use crate::scenario::CouncilTax;

/// What the household pays a month after any reduction.
pub fn net_monthly(ct: &CouncilTax) -> Money {
    (ct.annual - ct.reduction_annual)
        .at_least_zero()
        .annual_to_monthly()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bill_less_reduction() {
        let ct = CouncilTax {
            annual: Money::pounds(1_500),
            reduction_annual: Money::pounds(300),
        };
        assert_eq!(net_monthly(&ct), Money::pounds(100));
    }
}
