//! Calendar dates, shared by the tools: [`Date`], and day arithmetic on it, enough to step
//! through assessment periods, paydays and benefit weeks, to move a payment off a weekend or
//! bank holiday, and to say a stored date in words.
//!
//! Days are counted from 1 March of year 0 (the usual civil-calendar trick, so leap days fall
//! at the end of the counting year); no date library ships in the WebAssembly bundle for this.

/// A calendar date, enough for the rules (dates of birth, dates in force).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`; `None` if it is not a real date.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Whole years of age on `on`, for someone born on `self`.
    pub fn age_on(self, on: Date) -> i32 {
        let mut age = on.year as i32 - self.year as i32;
        if (on.month, on.day) < (self.month, self.day) {
            age -= 1;
        }
        age
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

fn leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if leap(year as i64) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether the date is a real one (a `Date` can be built with any numbers).
pub fn is_real(d: Date) -> bool {
    (1..=12).contains(&d.month) && d.day >= 1 && d.day <= days_in_month(d.year, d.month)
}

/// Day number (any fixed origin: only differences and weekdays are used).
pub fn day_number(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 {
        (d.year as i64 - 1, d.month as i64 + 9)
    } else {
        (d.year as i64, d.month as i64 - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d.day as i64 - 1
}

/// The date of a day number (inverse of [`day_number`]).
pub fn from_day_number(n: i64) -> Date {
    let mut y = (10_000 * n + 14_780) / 3_652_425;
    let mut ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
    if ddd < 0 {
        y -= 1;
        ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
    }
    let mi = (100 * ddd + 52) / 3_060;
    let month = (mi + 2) % 12 + 1;
    let year = y + (mi + 2) / 12;
    let day = ddd - (mi * 306 + 5) / 10 + 1;
    Date::new(
        year.clamp(0, u16::MAX as i64) as u16,
        month as u8,
        day as u8,
    )
}

/// The date `days` later (earlier if negative).
pub fn add_days(d: Date, days: i64) -> Date {
    from_day_number(day_number(d) + days)
}

/// Days from `a` to `b` (negative if `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    day_number(b) - day_number(a)
}

/// The day of the week.
pub fn weekday(d: Date) -> Weekday {
    // Day number 0 (1 March of year 0) was a Wednesday.
    match day_number(d).rem_euclid(7) {
        0 => Weekday::Wednesday,
        1 => Weekday::Thursday,
        2 => Weekday::Friday,
        3 => Weekday::Saturday,
        4 => Weekday::Sunday,
        5 => Weekday::Monday,
        _ => Weekday::Tuesday,
    }
}

/// The date on day `day` of the month `months` after `d`'s month, or the month's last day if
/// it is shorter (31 January + 1 month is 28 or 29 February).
pub fn month_day(d: Date, months: i32, day: u8) -> Date {
    let index = d.year as i32 * 12 + (d.month as i32 - 1) + months;
    let year = index.div_euclid(12).clamp(0, u16::MAX as i32) as u16;
    let month = (index.rem_euclid(12) + 1) as u8;
    Date::new(year, month, day.min(days_in_month(year, month)))
}

/// Bank holidays in England and Wales we know of (gov.uk/bank-holidays), for the years the
/// calculator covers. Scotland's differ a little; we use these everywhere (a simplification).
const BANK_HOLIDAYS: [Date; 24] = [
    Date::new(2025, 1, 1),
    Date::new(2025, 4, 18),
    Date::new(2025, 4, 21),
    Date::new(2025, 5, 5),
    Date::new(2025, 5, 26),
    Date::new(2025, 8, 25),
    Date::new(2025, 12, 25),
    Date::new(2025, 12, 26),
    Date::new(2026, 1, 1),
    Date::new(2026, 4, 3),
    Date::new(2026, 4, 6),
    Date::new(2026, 5, 4),
    Date::new(2026, 5, 25),
    Date::new(2026, 8, 31),
    Date::new(2026, 12, 25),
    Date::new(2026, 12, 28),
    Date::new(2027, 1, 1),
    Date::new(2027, 3, 26),
    Date::new(2027, 3, 29),
    Date::new(2027, 5, 3),
    Date::new(2027, 5, 31),
    Date::new(2027, 8, 30),
    Date::new(2027, 12, 27),
    Date::new(2027, 12, 28),
];

/// Whether banks are open: not a Saturday, Sunday or bank holiday.
pub fn is_working_day(d: Date) -> bool {
    !matches!(weekday(d), Weekday::Saturday | Weekday::Sunday) && !BANK_HOLIDAYS.contains(&d)
}

/// The date, or the last working day before it.
pub fn working_day_on_or_before(d: Date) -> Date {
    let mut day = d;
    // At most a long weekend plus two bank holidays; the bound keeps odd input from looping.
    for _ in 0..10 {
        if is_working_day(day) {
            return day;
        }
        day = add_days(day, -1);
    }
    day
}

/// A date as stored (`2025-03-03`, or `2025-03-03T10:30` with a time) said in words, "3 March
/// 2025" (the time left out); text that is not such a date is given back as it is.
pub fn say_stored(date: &str) -> String {
    let iso = date.len() >= 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    match date.get(..10).filter(|_| iso).and_then(Date::parse) {
        Some(d) => long(d),
        None => date.to_string(),
    }
}

/// "3 March 2026", as a letter would write it (in the language in use: "3 Mawrth 2026").
pub fn long(d: Date) -> String {
    t!(
        "result-date-long",
        day = d.day.to_string(),
        month = month_name(d.month),
        year = d.year.to_string()
    )
}

/// "3 March", for lists within one period.
pub fn short(d: Date) -> String {
    t!(
        "result-date-short",
        day = d.day.to_string(),
        month = month_name(d.month)
    )
}

/// "March", in the language in use ("?" for a month that is not one).
pub fn month_name(month: u8) -> String {
    if (1..=12).contains(&month) {
        crate::i18n::tr(&format!("result-month-{month}"), &[])
    } else {
        "?".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        for n in [0, 1, 59, 365, 730_000, 740_000] {
            assert_eq!(day_number(from_day_number(n)), n);
        }
        // 1 January 2026 was a Thursday; 29 February 2028 exists.
        assert_eq!(weekday(Date::new(2026, 1, 1)), Weekday::Thursday);
        assert_eq!(add_days(Date::new(2028, 2, 28), 1), Date::new(2028, 2, 29));
        assert_eq!(add_days(Date::new(2025, 12, 31), 1), Date::new(2026, 1, 1));
    }

    #[test]
    fn month_steps_clamp_to_the_month_end() {
        assert_eq!(
            month_day(Date::new(2026, 1, 31), 1, 31),
            Date::new(2026, 2, 28)
        );
        assert_eq!(
            month_day(Date::new(2026, 11, 10), 2, 10),
            Date::new(2027, 1, 10)
        );
        assert_eq!(
            month_day(Date::new(2026, 1, 10), -1, 10),
            Date::new(2025, 12, 10)
        );
    }

    #[test]
    fn weekends_and_bank_holidays_move_back() {
        // Saturday 9 May 2026 → Friday 8 May; Easter Monday 6 April 2026 → Thursday 2 April.
        assert_eq!(
            working_day_on_or_before(Date::new(2026, 5, 9)),
            Date::new(2026, 5, 8)
        );
        assert_eq!(
            working_day_on_or_before(Date::new(2026, 4, 6)),
            Date::new(2026, 4, 2)
        );
    }
}
