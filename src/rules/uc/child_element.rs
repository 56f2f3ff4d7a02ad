//! The child element (UC Regulations 2013 regs 24, 24A, 24B and 36).
//!
//! One element per child, at a higher rate for the first child if born before 6 April 2017.
//! Until 5 April 2026 the two-child limit applied: children are counted eldest first, and a
//! third or later child gets no element unless born before 6 April 2017 or an exception
//! applies (we model the multiple-birth exception, not adoption, kinship care or
//! non-consensual conception, which we cannot ask about sensitively here). The Universal
//! Credit (Removal of Two Child Limit) Act 2026 ends the limit from 6 April 2026.

use crate::money::Money;
use crate::params::{Date, Params};

/// The child element a month for each child, given their dates of birth in the household's
/// order (any order: they are ranked eldest first here). The result is in the input order.
pub fn per_child(p: &Params, births: &[Date]) -> Vec<Money> {
    let uc = &p.uc;
    let mut order: Vec<usize> = (0..births.len()).collect();
    order.sort_by_key(|&i| births[i]);
    let mut amounts = vec![Money::ZERO; births.len()];
    let mut previous: Option<(Date, bool)> = None;
    for (rank, &i) in order.iter().enumerate() {
        // Children already counted before this one, eldest first.
        let counted = rank as u32;
        let born = births[i];
        let protected = born < uc.two_child_limit_born_before;
        // Second or later child of a multiple birth whose first child got an element.
        let multiple_birth = matches!(previous, Some((d, true)) if d == born);
        let allowed = !uc.two_child_limit_applies
            || protected
            || counted < uc.two_child_limit_count
            || multiple_birth;
        if allowed {
            let higher = rank == 0 && born < uc.higher_first_child_born_before;
            amounts[i] = Money::new(if higher {
                uc.child_element_first_born_before_2017
            } else {
                uc.child_element
            });
        }
        previous = Some((born, allowed));
    }
    amounts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::TaxYear;

    fn born(y: u16) -> Date {
        Date::new(y, 4, 6)
    }

    #[test]
    fn two_child_limit_in_2025_26() {
        // Children born 2019, 2021, 2024: two elements, the third none (oracle anchor_couple_3kids_2025).
        let p = TaxYear::Y2025_26.params();
        let e = per_child(p, &[born(2019), born(2021), born(2024)]);
        assert_eq!(
            e,
            vec![Money::pence(29_281), Money::pence(29_281), Money::ZERO]
        );
    }

    #[test]
    fn no_limit_from_april_2026() {
        let p = TaxYear::Y2026_27.params();
        let e = per_child(p, &[born(2019), born(2021), born(2024)]);
        assert!(e.iter().all(|m| *m == Money::pence(30_394)));
    }

    #[test]
    fn eldest_born_before_april_2017_gets_the_higher_rate() {
        let p = TaxYear::Y2025_26.params();
        let e = per_child(
            p,
            &[born(2020), Date::new(2016, 1, 1), born(2018), born(2022)],
        );
        // Eldest (2016) gets the higher rate; 2018 is second; 2020 and 2022 are third and
        // fourth, born after 6 April 2017, so get nothing.
        assert_eq!(e[1], Money::pence(33_900));
        assert_eq!(e[2], Money::pence(29_281));
        assert_eq!(e[0], Money::ZERO, "third child, born after April 2017");
        assert_eq!(e[3], Money::ZERO);
    }

    #[test]
    fn twins_as_second_and_third_both_count() {
        let p = TaxYear::Y2025_26.params();
        let e = per_child(p, &[born(2015), born(2020), born(2020)]);
        assert!(e.iter().all(|m| m.is_positive()));
    }
}
