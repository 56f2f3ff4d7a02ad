//! The LCWRA (health) element (UC Regulations 2013 regs 27-28 and 36; Universal Credit Act
//! 2025 s.2).
//!
//! One element per award, even if both partners have limited capability for work and
//! work-related activity. From 6 April 2026 a new claim gets a lower rate; awards from before
//! then (and people meeting the severe conditions criteria or terminally ill) keep the
//! protected rate. Someone who has LCWRA and also cares gets the LCWRA element and not the
//! carer element (reg 29(4)), so in a couple the element goes to a partner who does not care
//! where it can, leaving the carer their carer element.

use crate::better_off::params::Params;
use crate::money::Money;

/// The facts about one adult this rule needs.
#[derive(Debug, Clone, Copy)]
pub struct Person {
    pub lcwra: bool,
    pub new_claim: bool,
    pub carer: bool,
}

/// Which adult the element is on, if any.
pub fn holder(adults: &[Person]) -> Option<usize> {
    let candidates = || adults.iter().enumerate().filter(|(_, a)| a.lcwra);
    // Best: not a carer, then protected rather than new claim.
    candidates()
        .min_by_key(|(_, a)| (a.carer, a.new_claim))
        .map(|(i, _)| i)
}

/// The element a month, for the adult holding it.
pub fn monthly(p: &Params, person: Person) -> Money {
    if !person.lcwra {
        return Money::ZERO;
    }
    Money::new(if person.new_claim {
        p.uc.lcwra_new_claimant
    } else {
        p.uc.lcwra_protected
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    #[test]
    fn new_claims_from_april_2026_get_the_lower_rate() {
        let p = TaxYear::Y2026_27.params();
        let new = Person {
            lcwra: true,
            new_claim: true,
            carer: false,
        };
        let old = Person {
            lcwra: true,
            new_claim: false,
            carer: false,
        };
        assert_eq!(monthly(p, new), Money::pence(21_726));
        assert_eq!(monthly(p, old), Money::pence(42_980));
        assert_eq!(
            monthly(TaxYear::Y2025_26.params(), new),
            Money::pence(42_327)
        );
    }

    #[test]
    fn element_goes_to_the_partner_who_does_not_care() {
        let carer = Person {
            lcwra: true,
            new_claim: false,
            carer: true,
        };
        let other = Person {
            lcwra: true,
            new_claim: false,
            carer: false,
        };
        assert_eq!(holder(&[carer, other]), Some(1));
        assert_eq!(
            holder(&[
                Person {
                    lcwra: false,
                    ..other
                },
                carer
            ]),
            Some(1)
        );
    }
}
