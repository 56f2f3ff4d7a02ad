//! The child element (UC Regulations 2013 regs 24, 24A, 24B and 36).
//!
//! One element per child, at a higher rate for the first child if born before 6 April 2017.
//! Until 5 April 2026 the two-child limit applied: children are counted eldest first, and a
//! third or later child gets no element unless born before 6 April 2017 or an exception
//! applies. We model the multiple-birth exception (Sch 12 para 2: a child of a multiple birth
//! who is not the first of that birth, whether or not the first gets an element), not
//! adoption, kinship care or non-consensual conception, which we cannot ask about sensitively
//! here. Children are twins only when the person says so: two children of the same age can be
//! a year apart. The Universal Credit (Removal of Two Child Limit) Act 2026 ends the limit from
//! 6 April 2026.

use crate::better_off::params::Params;
use crate::calendar::Date;
use crate::money::Money;

/// One child as the child element sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birth {
    pub date: Date,
    /// Born in the same birth as another child listed.
    pub multiple: bool,
}

/// The child element a month for each child, given their births in the household's order (any
/// order: they are ranked eldest first here, in the given order within a birth). The result
/// is in the input order.
pub fn per_child(p: &Params, births: &[Birth]) -> Vec<Money> {
    let uc = &p.uc;
    let mut order: Vec<usize> = (0..births.len()).collect();
    order.sort_by_key(|&i| births[i].date);
    let mut amounts = vec![Money::ZERO; births.len()];
    for (rank, &i) in order.iter().enumerate() {
        // Children already counted before this one, eldest first.
        let counted = rank as u32;
        let born = births[i];
        let protected = born.date < uc.two_child_limit_born_before;
        // Sch 12 para 2: of two or more children of the same birth, all but the first.
        let later_of_a_multiple_birth = born.multiple
            && order[..rank]
                .iter()
                .any(|&j| births[j].multiple && births[j].date == born.date);
        let allowed = !uc.two_child_limit_applies
            || protected
            || counted < uc.two_child_limit_count
            || later_of_a_multiple_birth;
        if allowed {
            let higher = rank == 0 && born.date < uc.higher_first_child_born_before;
            amounts[i] = Money::new(if higher {
                uc.child_element_first_born_before_2017
            } else {
                uc.child_element
            });
        }
    }
    amounts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    fn born(y: u16) -> Birth {
        Birth {
            date: Date::new(y, 4, 6),
            multiple: false,
        }
    }

    fn twin(y: u16) -> Birth {
        Birth {
            multiple: true,
            ..born(y)
        }
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
            &[
                born(2020),
                Birth {
                    date: Date::new(2016, 1, 1),
                    multiple: false,
                },
                born(2018),
                born(2022),
            ],
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
        let e = per_child(p, &[born(2015), twin(2020), twin(2020)]);
        assert!(e.iter().all(|m| m.is_positive()));
    }

    #[test]
    fn twins_as_third_and_fourth_the_second_twin_counts() {
        // UC Regs 2013 Sch 12 para 2: the exception needs the child not to be the first of
        // the birth; it does not need the first to get an element. Children born 2018 and
        // 2019, then twins in 2021: the first twin is the third child (no element), the
        // second twin is excepted.
        let p = TaxYear::Y2025_26.params();
        let e = per_child(p, &[born(2018), born(2019), twin(2021), twin(2021)]);
        assert!(e[0].is_positive() && e[1].is_positive());
        assert_eq!(e[2], Money::ZERO);
        assert_eq!(e[3], Money::pence(29_281));
    }

    #[test]
    fn children_of_the_same_age_are_not_twins_unless_said() {
        // Two children both 4 through the tax year can be born a year apart: without the
        // person saying they are twins, the third child gets no element in 2025-26.
        let p = TaxYear::Y2025_26.params();
        let e = per_child(p, &[born(2018), born(2021), born(2021)]);
        assert_eq!(e.iter().filter(|m| m.is_positive()).count(), 2);
    }
}
