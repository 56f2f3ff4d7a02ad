//! State Pension age from a date of birth (Pensions Act 1995 Schedule 4 Part 1, as amended
//! by the Pensions Act 2011 s.1 and the Pensions Act 2014 s.26).
//!
//! It decides which benefits a person can claim: over it, a single person or a couple who are
//! both over it claim Pension Credit and pension-age Housing Benefit, not Universal Credit
//! (Welfare Reform Act 2012 s.4(1)(b)); a couple with one partner under it claim Universal
//! Credit. The age is 66 for people born before 6 April 1960. For people born from 6 April
//! 1960 to 5 March 1961 it rises by a month for each month of birth (66 years and 1 month for
//! those born 6 April to 5 May 1960, and so on to 66 years and 11 months), and it is 67 for
//! people born from 6 March 1961 to 5 April 1977 (Pensions Act 2014 s.26(1)). The later rise
//! to 68 concerns people born from 6 April 1977, who are far from it in the years we cover.
//!
//! Everyone born before 6 April 1960 has reached State Pension age by 6 April 2026, whatever
//! the older timetable gave them, so for the tax years we cover "their 66th birthday" is
//! exact enough: it is always on or before the day that matters.

use crate::calendar::Date;

/// The day a person born on `born` reaches State Pension age.
pub fn reached_on(born: Date) -> Date {
    let (years, extra_months) = if born < Date::new(1960, 4, 6) {
        (66, 0)
    } else if born < Date::new(1961, 3, 6) {
        // Born in the month from the 6th of one month to the 5th of the next: 1 more month of
        // age for each such month since 6 April 1960.
        let months_since =
            (born.year as i32 - 1960) * 12 + born.month as i32 - 4 - i32::from(born.day < 6);
        (66, months_since + 1)
    } else {
        (67, 0)
    };
    add_months(born, years * 12 + extra_months)
}

/// Whether someone born on `born` has reached State Pension age on `day`.
pub fn reached(born: Date, day: Date) -> bool {
    reached_on(born) <= day
}

/// `date` plus `months`, on the same day of the month, or the month's last day when it has
/// no such day (a birthday on 31 August plus one month is 30 September).
fn add_months(date: Date, months: i32) -> Date {
    let index = date.year as i32 * 12 + (date.month as i32 - 1) + months;
    let year = (index / 12) as u16;
    let month = (index % 12 + 1) as u8;
    let mut day = date.day;
    while Date::parse(&format!("{year:04}-{month:02}-{day:02}")).is_none() {
        day -= 1;
    }
    Date::new(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day)
    }

    #[test]
    fn sixty_six_for_people_born_before_6_april_1960() {
        assert_eq!(reached_on(d(1959, 4, 6)), d(2025, 4, 6));
        assert_eq!(reached_on(d(1960, 4, 5)), d(2026, 4, 5));
    }

    #[test]
    fn the_rise_to_67_month_by_month() {
        // gov.uk State Pension age timetable (Pensions Act 2014 s.26): born 6 April 1960 to
        // 5 May 1960, 66 years and 1 month.
        assert_eq!(reached_on(d(1960, 4, 6)), d(2026, 5, 6));
        assert_eq!(reached_on(d(1960, 5, 5)), d(2026, 6, 5));
        // 6 May to 5 June 1960: 66 years and 2 months.
        assert_eq!(reached_on(d(1960, 5, 6)), d(2026, 7, 6));
        // 6 February to 5 March 1961: 66 years and 11 months.
        assert_eq!(reached_on(d(1961, 2, 6)), d(2028, 1, 6));
        assert_eq!(reached_on(d(1961, 3, 5)), d(2028, 2, 5));
        // From 6 March 1961: 67.
        assert_eq!(reached_on(d(1961, 3, 6)), d(2028, 3, 6));
        assert_eq!(reached_on(d(1970, 1, 1)), d(2037, 1, 1));
    }

    #[test]
    fn a_day_the_month_does_not_have_is_its_last_day() {
        // Born 31 July 1960: 66 years and 4 months is 31 November, so 30 November 2026.
        assert_eq!(reached_on(d(1960, 7, 31)), d(2026, 11, 30));
    }

    #[test]
    fn reached_on_the_day_itself() {
        assert!(reached(d(1959, 4, 6), d(2025, 4, 6)));
        assert!(!reached(d(1960, 4, 6), d(2026, 4, 6)));
    }
}
