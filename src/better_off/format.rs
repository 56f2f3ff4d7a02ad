//! Money and hours as the screens show them: "£1,234" for headline figures, "£1,234.56"
//! where pence matter, "17.5" hours, each written the way the language in use writes them
//! ([`crate::i18n::number`]). Negative amounts use the minus sign (U+2212), which screen
//! readers say as "minus" and which lines up with the pound sign in print. Rounding is
//! named: whole pounds round half a pound away from zero, as people round in their heads.

use crate::i18n::{self, number};
use crate::money::Money;
use rust_decimal::Decimal;

/// Whole pounds with thousands separators: "£1,234", "−£12", "£0" (in English; see
/// [`number`] for the other languages).
pub fn format_pounds(amount: Money) -> String {
    number::pounds(i18n::lang(), amount.round_pound().to_decimal(), 0)
}

/// Pounds and pence with thousands separators: "£1,234.56", "−£12.05".
pub fn format_pence(amount: Money) -> String {
    number::pounds(i18n::lang(), amount.round_penny().to_decimal(), 2)
}

/// Hours as a person writes them: "16", "17.5", "7.25" (no trailing zeros; "17,5" in Dutch
/// and Swedish).
pub fn format_hours(hours: Decimal) -> String {
    number::decimal(i18n::lang(), hours)
}

/// "1 hour", "16 hours", "17.5 hours".
pub fn hours_phrase(hours: Decimal) -> String {
    if hours == Decimal::ONE {
        t!("hours-one")
    } else {
        t!("hours-many", hours = format_hours(hours))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_pounds_group_thousands_and_round_half_up() {
        assert_eq!(format_pounds(Money::pence(123_449)), "£1,234");
        assert_eq!(format_pounds(Money::pence(123_450)), "£1,235");
        assert_eq!(format_pounds(Money::pounds(1_234_567)), "£1,234,567");
        assert_eq!(format_pounds(Money::pounds(300)), "£300");
        assert_eq!(format_pounds(Money::ZERO), "£0");
    }

    #[test]
    fn negative_amounts_use_the_minus_sign() {
        assert_eq!(format_pounds(Money::pounds(-12)), "\u{2212}£12");
        assert_eq!(format_pounds(Money::pence(-1250)), "\u{2212}£13");
        assert_eq!(format_pence(Money::pence(-1205)), "\u{2212}£12.05");
        // Rounds to nothing: no sign in front of a zero.
        assert_eq!(format_pounds(Money::pence(-40)), "£0");
        assert_eq!(format_pence(Money::new(Decimal::new(-4, 3))), "£0.00");
    }

    #[test]
    fn pence_keep_two_digits() {
        assert_eq!(format_pence(Money::pence(123_456)), "£1,234.56");
        assert_eq!(format_pence(Money::pence(1271)), "£12.71");
        assert_eq!(format_pence(Money::pounds(14)), "£14.00");
        assert_eq!(format_pence(Money::new(Decimal::new(12345, 3))), "£12.35");
    }

    #[test]
    fn hours_drop_trailing_zeros() {
        assert_eq!(format_hours(Decimal::new(1750, 2)), "17.5");
        assert_eq!(format_hours(Decimal::from(16)), "16");
        assert_eq!(hours_phrase(Decimal::ONE), "1 hour");
        assert_eq!(hours_phrase(Decimal::new(200, 1)), "20 hours");
    }
}
