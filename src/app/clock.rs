//! The app's one clock. The library never reads the time: the app reads it here and passes
//! dates in as values (a task version's date, a session's start, a file's "made on").

use crate::calendar::Date;
use web_sys::js_sys;

fn now_js() -> js_sys::Date {
    js_sys::Date::new_0()
}

/// The device's local date and time now: (year, month 1-12, day, hour, minute).
fn local_now() -> (u32, u32, u32, u32, u32) {
    let now = now_js();
    (
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes(),
    )
}

/// Today on this device, as the library wants it: `2026-11-24`.
pub fn today() -> String {
    let (year, month, day, _, _) = local_now();
    format!("{year:04}-{month:02}-{day:02}")
}

/// Today on this device, as a calendar date (for the first months' timeline).
pub fn today_date() -> Date {
    let (year, month, day, _, _) = local_now();
    Date::new(year as u16, month as u8, day as u8)
}

/// Now on this device, to the minute: `2026-11-24T10:30` (a session's start, a backup's date).
pub fn now() -> String {
    let (year, month, day, hour, minute) = local_now();
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}")
}

/// Now in UTC, as `2026-11-24T10:00:00.000Z` (a scenarios file's "exported at").
pub fn now_utc() -> String {
    now_js().to_iso_string().as_string().unwrap_or_default()
}

/// Today as people write it in the language in use, e.g. "24 November 2026".
pub fn today_in_words() -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    now_js()
        .to_locale_date_string(crate::i18n::lang().code(), &options)
        .as_string()
        .unwrap_or_default()
}

/// Milliseconds since 1970, for timing (how long since the last touch).
pub fn millis() -> f64 {
    js_sys::Date::now()
}
