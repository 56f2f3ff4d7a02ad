//! Rates and thresholds by tax year, as cited data.
//!
//! The values live in `params/<tax year>.toml`, one file per tax year, each value with its
//! unit, the date it came into force and its source (legislation or the official rates page).
//! `build.rs` turns those files into the constants below at compile time, so no TOML parser
//! ships in the WebAssembly bundle. Local Housing Allowance rates, a large table, live in
//! [`lha`].

use crate::calendar::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub mod lha;

/// A UK tax year, 6 April to 5 April. Benefit rates in these files are the ones in force for
/// assessment periods (or benefit weeks) that start in the first weeks of April of that year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TaxYear {
    /// 6 April 2025 to 5 April 2026.
    #[serde(rename = "2025-26", alias = "2025")]
    Y2025_26,
    /// 6 April 2026 to 5 April 2027.
    #[serde(rename = "2026-27", alias = "2026")]
    Y2026_27,
}

impl TaxYear {
    /// Every year we have rates for, oldest first.
    pub const ALL: [TaxYear; 2] = [TaxYear::Y2025_26, TaxYear::Y2026_27];

    /// The calendar year in which the tax year starts (2025 for 2025-26).
    pub fn start_year(self) -> i32 {
        match self {
            TaxYear::Y2025_26 => 2025,
            TaxYear::Y2026_27 => 2026,
        }
    }

    /// The tax year that starts in April of `year`, if we have rates for it.
    pub fn from_start_year(year: i32) -> Option<TaxYear> {
        TaxYear::ALL.into_iter().find(|y| y.start_year() == year)
    }

    /// First day of the tax year (6 April).
    pub fn first_day(self) -> Date {
        Date::new(self.start_year() as u16, 4, 6)
    }

    /// 6 October, the middle of the tax year: the day State Pension age is tested on (as the
    /// reference model does).
    pub fn middle(self) -> Date {
        Date::new(self.start_year() as u16, 10, 6)
    }

    /// The first day after the tax year (6 April of the next year).
    pub fn first_day_after(self) -> Date {
        Date::new(self.start_year() as u16 + 1, 4, 6)
    }

    /// Label as people write it: "2025-26".
    pub fn label(self) -> &'static str {
        match self {
            TaxYear::Y2025_26 => "2025-26",
            TaxYear::Y2026_27 => "2026-27",
        }
    }

    /// The rates in force for this tax year.
    pub fn params(self) -> &'static Params {
        match self {
            TaxYear::Y2025_26 => &generated::PARAMS_2025_26,
            TaxYear::Y2026_27 => &generated::PARAMS_2026_27,
        }
    }
}

/// The nation of Great Britain the household lives in. Income tax differs in Scotland, and so
/// do several benefits (Carer Support Payment, Adult Disability Payment, Scottish Child Payment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    England,
    Scotland,
    Wales,
}

/// Local Housing Allowance category (Rent Officers (Universal Credit Functions) Order 2013,
/// Schedule 1): A is the shared accommodation rate, B to E one to four bedrooms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LhaCategory {
    /// Shared accommodation (one bedroom in a shared house).
    A,
    /// One bedroom self-contained.
    B,
    /// Two bedrooms.
    C,
    /// Three bedrooms.
    D,
    /// Four bedrooms (the maximum).
    E,
}

impl LhaCategory {
    /// The category for a self-contained home with this many bedrooms (capped at four).
    pub fn for_bedrooms(bedrooms: u32) -> LhaCategory {
        match bedrooms {
            0 | 1 => LhaCategory::B,
            2 => LhaCategory::C,
            3 => LhaCategory::D,
            _ => LhaCategory::E,
        }
    }

    /// Words for the explanation.
    pub fn describe(self) -> &'static str {
        match self {
            LhaCategory::A => "the shared accommodation rate",
            LhaCategory::B => "the one-bedroom rate",
            LhaCategory::C => "the two-bedroom rate",
            LhaCategory::D => "the three-bedroom rate",
            LhaCategory::E => "the four-bedroom rate",
        }
    }
}

/// One value as it stands in the data file, kept for the audit test and for showing sources.
#[derive(Debug, Clone, Copy)]
pub struct ParamRecord {
    pub year: TaxYear,
    /// `section.key`, e.g. `uc.taper_rate`.
    pub path: &'static str,
    /// The value exactly as written in the file.
    pub value: &'static str,
    pub unit: &'static str,
    pub in_force: Date,
    pub source: &'static str,
}

/// Every value of every year's file, in file order.
pub fn records() -> &'static [ParamRecord] {
    generated::RECORDS
}

/// The record behind one value, to cite it in an explanation.
pub fn record(year: TaxYear, path: &str) -> Option<&'static ParamRecord> {
    generated::RECORDS
        .iter()
        .find(|r| r.year == year && r.path == path)
}

#[allow(clippy::all, clippy::pedantic)]
mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/params_generated.rs"));
}

pub use generated::*;

// Used by the generated constants; kept here so the generated file has one import.
#[doc(hidden)]
pub const fn __dec(lo: u32, mid: u32, hi: u32, negative: bool, scale: u32) -> Decimal {
    Decimal::from_parts(lo, mid, hi, negative, scale)
}
