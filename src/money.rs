//! Money, periods and rounding, in one place.
//!
//! Amounts are [`Money`], a `Decimal` newtype with a private field: no float ever holds
//! pounds, and an amount is made by a named constructor ([`Money::new`], [`Money::pounds`],
//! [`Money::pence`]). Periods are named ([`Period`]) and every conversion between them goes
//! through [`Money::per`], which uses the conversions the regulations use (a week is 1/52 of a
//! year, a month 1/12: UC Regulations 2013 reg 73 and Schedule 4 para 7 convert weekly amounts
//! to monthly as x52/12), multiplying before dividing so the figures are the same to the last
//! digit wherever they are converted.
//!
//! Rounding: one rule, half away from zero ([`round_half_up`]: £0.125 is £0.13, −£0.125 is
//! −£0.13), to the penny ([`Money::round_penny`], UC Regulations 2013 reg 6), to the pound
//! ([`Money::round_pound`], headline figures) or to a number of places (shares such as the
//! participation tax rate). Where a rule says to disregard a part, the rounding is down and
//! named so ([`Money::floor_penny`], [`Money::floor_pound`]) or up to a step
//! ([`Money::ceil_to`]). Never `Decimal::round_dp`: it is banker's rounding (half to even),
//! which no rule here asks for.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};

/// An amount of money in pounds, held exactly.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(Decimal);

/// `value` to `places` decimal places, half away from zero: the one rounding rule (see the
/// module's opening).
///
/// The same as `round_dp_with_strategy(places, MidpointAwayFromZero)` to the bit (a test
/// checks it), but the usual case, an exact quotient with up to 28 places, is one division
/// of the 96-bit mantissa instead of that method's digit-by-digit loops: the sweep rounds
/// each of its 121 points' figures to the penny, and this was a tenth of its time.
pub fn round_half_up(value: Decimal, places: u32) -> Decimal {
    let scale = value.scale();
    if scale <= places || value.is_zero() {
        return value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    }
    let magnitude = value.mantissa().unsigned_abs(); // under 2^96
    let divisor = 10u128.pow(scale - places); // scale is at most 28
    let (mut quotient, remainder) = (magnitude / divisor, magnitude % divisor);
    // Half or more of the last place kept rounds away from zero.
    if remainder >= divisor - remainder {
        quotient += 1;
    }
    Decimal::from_parts(
        quotient as u32,
        (quotient >> 32) as u32,
        (quotient >> 64) as u32,
        value.is_sign_negative(),
        places,
    )
}

/// How often an amount is paid or counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Week,
    Fortnight,
    FourWeeks,
    Month,
    Year,
}

impl Period {
    /// How many of this period make a year, as the regulations count them (52 weeks, 12 months).
    pub fn per_year(self) -> Decimal {
        match self {
            Period::Week => Decimal::from(52),
            Period::Fortnight => Decimal::from(26),
            Period::FourWeeks => Decimal::from(13),
            Period::Month => Decimal::from(12),
            Period::Year => Decimal::ONE,
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An exact amount in pounds: a rate from the parameters, a figure typed or read from a
    /// file.
    pub const fn new(pounds: Decimal) -> Money {
        Money(pounds)
    }

    /// Whole pounds.
    pub fn pounds(pounds: i64) -> Money {
        Money(Decimal::from(pounds))
    }

    /// Pence, e.g. `Money::pence(88123)` is £881.23.
    pub fn pence(pence: i64) -> Money {
        Money(Decimal::new(pence, 2))
    }

    /// The exact amount in pounds, for arithmetic that is not money (a share, a count of
    /// steps, a position on a chart).
    pub fn to_decimal(self) -> Decimal {
        self.0
    }

    /// The same amount counted over another period: `per(Week, Month)` is x52/12, multiplied
    /// first. A year is one of itself, so nothing is multiplied or divided by one.
    pub fn per(self, from: Period, to: Period) -> Money {
        if from == to {
            return self;
        }
        if self.0.is_zero() {
            // `rust_decimal` answers a product or quotient of nil with `Decimal::ZERO`.
            return Money::ZERO;
        }
        let mut amount = self.0;
        if from != Period::Year {
            amount *= from.per_year();
        }
        if to != Period::Year {
            amount /= to.per_year();
        }
        Money(amount)
    }

    /// Weekly to monthly, x52/12 (UC Regulations 2013 reg 73(2); Schedule 4 para 7(2)(a)).
    pub fn weekly_to_monthly(self) -> Money {
        self.per(Period::Week, Period::Month)
    }

    /// Monthly to weekly, x12/52.
    pub fn monthly_to_weekly(self) -> Money {
        self.per(Period::Month, Period::Week)
    }

    /// Monthly to yearly, x12.
    pub fn monthly_to_annual(self) -> Money {
        self.per(Period::Month, Period::Year)
    }

    /// Yearly to monthly, /12.
    pub fn annual_to_monthly(self) -> Money {
        self.per(Period::Year, Period::Month)
    }

    /// Weekly to yearly, x52.
    pub fn weekly_to_annual(self) -> Money {
        self.per(Period::Week, Period::Year)
    }

    /// To the nearest penny, half a penny rounding up (UC Regulations 2013 reg 6(1)).
    pub fn round_penny(self) -> Money {
        Money(round_half_up(self.0, 2))
    }

    /// To the nearest whole pound, half a pound rounding up (headline figures).
    pub fn round_pound(self) -> Money {
        Money(round_half_up(self.0, 0))
    }

    /// Down to the whole penny (a fraction of a penny disregarded).
    pub fn floor_penny(self) -> Money {
        Money(
            self.0
                .round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity),
        )
    }

    /// Down to the whole pound (for thresholds published in whole pounds).
    pub fn floor_pound(self) -> Money {
        Money(self.0.floor())
    }

    /// Up to the next multiple of `step` (e.g. "£250 or part of £250").
    pub fn ceil_to(self, step: Money) -> Money {
        if step.0.is_zero() {
            return self;
        }
        Money((self.0 / step.0).ceil() * step.0)
    }

    /// The amount, or nothing if it is negative. Nil of any places is `Money::ZERO`, as
    /// `self.max(Money::ZERO)` gives it (`max` answers its second when the two are equal),
    /// without the comparison.
    pub fn at_least_zero(self) -> Money {
        if self.is_positive() {
            self
        } else {
            Money::ZERO
        }
    }

    /// The same amount written with the same places (1.5 and 1.50 are equal amounts, but not
    /// the same digits): whatever is worked out from one is, to the last digit, what would be
    /// worked out from the other, so a figure kept for one can stand for the other.
    pub fn same_digits(self, other: Money) -> bool {
        self.0.serialize() == other.0.serialize()
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// More than nil: not negative and not zero (a comparison with nil costs more, and the
    /// sweep asks this about twenty times an evaluation).
    pub fn is_positive(self) -> bool {
        self.0.is_sign_positive() && !self.0.is_zero()
    }

    /// This amount as a share of `whole` (exact, not rounded); `whole` must not be nil.
    pub fn ratio_to(self, whole: Money) -> Decimal {
        self.0 / whole.0
    }

    pub fn times(self, factor: Decimal) -> Money {
        self * factor
    }

    /// The amount rounded to the penny as an `f64`, for JSON output and charts only.
    pub fn to_f64(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.round_penny().0.to_f64().unwrap_or(0.0)
    }
}

impl fmt::Display for Money {
    /// "£881.23", "-£3.50", "55p" is not used: amounts always show pounds and pence.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = self.round_penny().0;
        let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
            "-"
        } else {
            ""
        };
        let abs = rounded.abs();
        let whole = abs.trunc();
        let pence = ((abs - whole) * Decimal::from(100)).trunc();
        let mut digits = whole.to_string();
        // Thousands separators, as on an award letter.
        let mut grouped = String::new();
        while digits.len() > 3 {
            let tail = digits.split_off(digits.len() - 3);
            grouped = format!(",{tail}{grouped}");
        }
        write!(f, "{sign}£{digits}{grouped}.{pence:0>2}")
    }
}

// Nil and an amount: the answers `rust_decimal` gives first (nil plus an amount is the
// amount, an amount plus or minus nil is itself, nil minus an amount is its negative, to the
// digit), without a call. About half of the sums an evaluation adds are nil.
impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        if self.0.is_zero() {
            rhs
        } else if rhs.0.is_zero() {
            self
        } else {
            Money(self.0 + rhs.0)
        }
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        if self.0.is_zero() {
            if rhs.0.is_zero() {
                rhs
            } else {
                Money(-rhs.0)
            }
        } else if rhs.0.is_zero() {
            self
        } else {
            Money(self.0 - rhs.0)
        }
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        *self = *self + rhs;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        *self = *self - rhs;
    }
}

impl Mul<Decimal> for Money {
    type Output = Money;
    fn mul(self, rhs: Decimal) -> Money {
        if self.0.is_zero() || rhs.is_zero() {
            // `rust_decimal`'s own first answer, without its call.
            return Money::ZERO;
        }
        Money(self.0 * rhs)
    }
}

impl Div<Decimal> for Money {
    type Output = Money;
    fn div(self, rhs: Decimal) -> Money {
        Money(self.0 / rhs)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

/// One amount shown for the three periods people think in. Built from the monthly figure
/// (UC's assessment period); weekly is x12/52 and annual x12, each rounded to the penny.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Amounts {
    pub weekly: f64,
    pub monthly: f64,
    pub annual: f64,
}

impl Amounts {
    pub fn from_monthly(monthly: Money) -> Amounts {
        Amounts {
            weekly: monthly.monthly_to_weekly().to_f64(),
            monthly: monthly.to_f64(),
            annual: monthly.monthly_to_annual().to_f64(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What `round_half_up` must give: the library's rounding, bit for bit (sign and scale
    /// included, as they show in `Debug`, JSON and `to_f64`).
    fn library_rounding(value: Decimal, places: u32) -> Decimal {
        value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
    }

    proptest! {
        #[test]
        fn round_half_up_is_the_library_s_rounding_to_the_bit(
            lo in any::<u32>(),
            mid in any::<u32>(),
            hi in any::<u32>(),
            negative in any::<bool>(),
            scale in 0u32..=28,
            places in 0u32..=6,
        ) {
            let value = Decimal::from_parts(lo, mid, hi, negative, scale);
            prop_assert_eq!(
                round_half_up(value, places).serialize(),
                library_rounding(value, places).serialize()
            );
        }

        /// Exact midpoints and their neighbours, which random mantissas almost never hit (kept
        /// small enough that the mantissa fits 96 bits).
        #[test]
        fn round_half_up_agrees_at_and_beside_the_midpoint(
            kept in 0u64..=1_000_000,
            step in 1u32..=20,
            nudge in -1i64..=1,
            negative in any::<bool>(),
            places in 0u32..=6,
        ) {
            let scale = (places + step).min(28);
            let divisor = 10i128.pow(scale - places);
            let magnitude = i128::from(kept) * divisor + divisor / 2 + i128::from(nudge);
            let value = Decimal::from_i128_with_scale(
                if negative { -magnitude } else { magnitude },
                scale,
            );
            prop_assert_eq!(
                round_half_up(value, places).serialize(),
                library_rounding(value, places).serialize()
            );
        }
    }

    /// Money's sums and differences are the library's, bit for bit (sign and scale included):
    /// the nil cases, answered without it, in every combination, and ordinary amounts.
    #[test]
    fn sums_with_nil_are_the_library_s_to_the_bit() {
        let values = [
            Decimal::ZERO,
            -Decimal::ZERO,
            Decimal::new(0, 2),
            -Decimal::new(0, 5),
            Decimal::new(-1, 28),
            Decimal::new(12, 1),
            Decimal::new(-125, 2),
            Decimal::ONE / Decimal::from(12),
            -Decimal::from(52) / Decimal::from(12),
            Decimal::from_parts(u32::MAX, u32::MAX, 7, false, 2),
            Decimal::from_parts(0, 0, 1, true, 0),
        ];
        for a in values {
            for b in values {
                let add = (Money(a) + Money(b)).0;
                let sub = (Money(a) - Money(b)).0;
                let (mut add_assign, mut sub_assign) = (Money(a), Money(a));
                add_assign += Money(b);
                sub_assign -= Money(b);
                for (ours, library) in [
                    (add, a + b),
                    (sub, a - b),
                    (add_assign.0, a + b),
                    (sub_assign.0, a - b),
                ] {
                    assert_eq!(ours.serialize(), library.serialize(), "{a:?} and {b:?}");
                }
            }
        }
    }

    #[test]
    fn at_least_zero_is_the_max_with_nil_to_the_bit() {
        for value in [
            Decimal::ZERO,
            -Decimal::ZERO,
            Decimal::new(0, 2),
            -Decimal::new(0, 5),
            Decimal::new(-1, 28),
            Decimal::new(1, 28),
            Decimal::new(-125, 2),
            Decimal::new(125, 2),
        ] {
            assert_eq!(
                Money(value).at_least_zero().0.serialize(),
                Money(value).max(Money::ZERO).0.serialize(),
                "{value:?}"
            );
        }
    }

    #[test]
    fn nil_converted_or_multiplied_is_the_library_s_nil() {
        let nils = [
            Decimal::ZERO,
            -Decimal::ZERO,
            Decimal::new(0, 2),
            -Decimal::new(0, 7),
        ];
        let periods = [Period::Week, Period::Month, Period::Year, Period::FourWeeks];
        for nil in nils {
            for from in periods {
                for to in periods.into_iter().filter(|&to| to != from) {
                    let mut library = nil;
                    if from != Period::Year {
                        library *= from.per_year();
                    }
                    if to != Period::Year {
                        library /= to.per_year();
                    }
                    let ours = Money(nil).per(from, to).0;
                    assert_eq!(ours.serialize(), library.serialize(), "{nil:?}");
                }
            }
            for factor in [Decimal::new(55, 2), Decimal::ZERO, -Decimal::new(0, 3)] {
                let library = nil * factor;
                assert_eq!((Money(nil) * factor).0.serialize(), library.serialize());
                let ours = (Money(Decimal::new(125, 2)) * nil).0;
                assert_eq!(ours.serialize(), (Decimal::new(125, 2) * nil).serialize());
            }
        }
    }

    #[test]
    fn round_half_up_keeps_the_library_s_zeros_and_short_amounts() {
        for value in [
            Decimal::ZERO,
            -Decimal::ZERO,
            Decimal::new(-1, 28),
            Decimal::new(1, 3),
            Decimal::new(-5, 3),
            Decimal::new(12, 1),
            Decimal::MAX,
            Decimal::MIN,
        ] {
            for places in 0..=4 {
                assert_eq!(
                    round_half_up(value, places).serialize(),
                    library_rounding(value, places).serialize(),
                    "{value:?} to {places}"
                );
            }
        }
    }

    #[test]
    fn half_a_penny_rounds_up_not_to_even() {
        assert_eq!(
            Money(Decimal::new(12345, 3)).round_penny(),
            Money::pence(1235)
        );
        assert_eq!(
            Money(Decimal::new(12325, 3)).round_penny(),
            Money::pence(1233)
        );
    }

    #[test]
    fn one_rounding_rule_half_away_from_zero() {
        // Banker's rounding would give 0.1234 and -0.1234 (4 is even).
        assert_eq!(
            round_half_up(Decimal::new(12345, 5), 4),
            Decimal::new(1235, 4)
        );
        assert_eq!(
            round_half_up(Decimal::new(-12345, 5), 4),
            Decimal::new(-1235, 4)
        );
        assert_eq!(Money::pence(250).round_pound(), Money::pounds(3));
        assert_eq!(Money::pence(-250).round_pound(), Money::pounds(-3));
        assert_eq!(Money::pence(249).round_pound(), Money::pounds(2));
    }

    #[test]
    fn periods_multiply_first_and_never_by_one() {
        // x52/12, not x(52/12): the last digits the engine's tests pin.
        let weekly = Money::pence(20336);
        assert_eq!(
            weekly.weekly_to_monthly().to_decimal(),
            Decimal::new(20336, 2) * Decimal::from(52) / Decimal::from(12)
        );
        // A year converts by multiplying or dividing once, with the exact digits of doing so.
        let annual = Money::new(Decimal::new(1_057_472, 2));
        assert_eq!(
            annual.annual_to_monthly().to_decimal().to_string(),
            (Decimal::new(1_057_472, 2) / Decimal::from(12)).to_string()
        );
        assert_eq!(
            weekly.weekly_to_annual().to_decimal().to_string(),
            (Decimal::new(20336, 2) * Decimal::from(52)).to_string()
        );
        assert_eq!(weekly.per(Period::Week, Period::Week), weekly);
    }

    #[test]
    fn weekly_to_monthly_is_52_over_12() {
        // £203.36 a week (16 hours at £12.71) is £881.226.. a month.
        let monthly = Money::pence(20336).weekly_to_monthly();
        assert_eq!(monthly.round_penny(), Money::pence(88123));
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(Money::pence(3072130).to_string(), "£30,721.30");
        assert_eq!(Money::pence(-350).to_string(), "-£3.50");
        assert_eq!(Money::pence(55).to_string(), "£0.55");
    }

    #[test]
    fn ceil_to_counts_part_steps() {
        assert_eq!(
            Money::pounds(251).ceil_to(Money::pounds(250)),
            Money::pounds(500)
        );
        assert_eq!(
            Money::pounds(250).ceil_to(Money::pounds(250)),
            Money::pounds(250)
        );
    }
}
