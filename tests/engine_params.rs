//! Every parameter value has a source, and its date in force never goes backwards from one
//! tax year's file to the next (nor lies after the end of the year it is used for).

use std::collections::HashMap;
use supported_work::better_off::params::{records, TaxYear};
use supported_work::calendar::Date;

#[test]
fn every_value_has_a_source_and_a_date() {
    assert!(!records().is_empty());
    for r in records() {
        let s = r.source.trim();
        assert!(
            s.len() >= 10,
            "{} ({}) has no real source",
            r.path,
            r.year.label()
        );
        assert!(
            [
                "http",
                "Regulations",
                "Regs",
                "Act",
                "SI ",
                "Order",
                "Resolution"
            ]
            .iter()
            .any(|mark| s.contains(mark)),
            "{} ({}): the source should name legislation or an official page: {s}",
            r.path,
            r.year.label()
        );
        assert!(!r.unit.is_empty(), "{} has no unit", r.path);
    }
}

#[test]
fn dates_in_force_only_increase() {
    let mut by_path: HashMap<&str, Vec<(TaxYear, Date)>> = HashMap::new();
    for r in records() {
        by_path
            .entry(r.path)
            .or_default()
            .push((r.year, r.in_force));
        let year_end = Date::new(r.year.start_year() as u16 + 1, 4, 5);
        assert!(
            r.in_force <= year_end,
            "{} ({}) comes into force {} after its tax year",
            r.path,
            r.year.label(),
            r.in_force
        );
    }
    for (path, mut history) in by_path {
        history.sort_by_key(|(y, _)| *y);
        assert_eq!(
            history.len(),
            TaxYear::ALL.len(),
            "{path} is missing from a year"
        );
        for pair in history.windows(2) {
            assert!(
                pair[0].1 <= pair[1].1,
                "{path}: in force {} in {} but {} in {}",
                pair[0].1,
                pair[0].0.label(),
                pair[1].1,
                pair[1].0.label()
            );
        }
    }
}

#[test]
fn a_changed_value_has_a_later_date() {
    // If a value differs between years, the later one must have come into force later.
    let mut by_path: HashMap<&str, Vec<_>> = HashMap::new();
    for r in records() {
        by_path.entry(r.path).or_default().push(r);
    }
    for (path, mut rs) in by_path {
        rs.sort_by_key(|r| r.year);
        for pair in rs.windows(2) {
            if pair[0].value != pair[1].value {
                assert!(
                    pair[0].in_force < pair[1].in_force,
                    "{path} changes from {} to {} without a later date in force",
                    pair[0].value,
                    pair[1].value
                );
            }
        }
    }
}
