//! Numbers and money written the way each language writes them. The money is always pounds
//! sterling (the rules are UK rules); only the way it is written changes:
//!
//! | language | £1,234.56 | −£12 | 17.5 hours |
//! |---|---|---|---|
//! | English, Welsh | £1,234.56 | −£12 | 17.5 |
//! | Dutch | £ 1.234,56 | £ −12 | 17,5 |
//! | Swedish | 1 234,56 £ | −12 £ | 17,5 |
//!
//! (Unicode CLDR's patterns for `en-GB`, `cy`, `nl` and `sv`, with a no-break space where
//! they have a space, so an amount never breaks across lines.)

use super::Lang;
use rust_decimal::Decimal;

/// The minus sign, not a hyphen: screen readers say "minus" and it lines up in print.
pub const MINUS: char = '\u{2212}';
const NBSP: char = '\u{a0}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::EnGb | Lang::Cy => (',', '.'),
        Lang::Nl => ('.', ','),
        Lang::Sv => (NBSP, ','),
    }
}

/// The decimal separator a person types in this language.
pub fn decimal_separator(lang: Lang) -> char {
    separators(lang).1
}

/// A whole number with the language's thousands separator: "1,234", "1.234", "1 234".
pub fn integer(lang: Lang, n: i64) -> String {
    let digits = group(lang, &n.unsigned_abs().to_string());
    if n < 0 {
        format!("{MINUS}{digits}")
    } else {
        digits
    }
}

/// A decimal written as it is, without trailing zeros: "17.5" or "17,5".
pub fn decimal(lang: Lang, value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => (Some(MINUS), rest),
        None => (None, text.as_str()),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let mut out: String = sign.into_iter().collect();
    out.push_str(&group(lang, whole));
    if !fraction.is_empty() {
        out.push(decimal_separator(lang));
        out.push_str(fraction);
    }
    out
}

/// Pounds with `pence` digits after the separator (0 or 2), from an amount already rounded
/// to that many places. An amount that is zero has no sign.
pub fn pounds(lang: Lang, rounded: Decimal, places: u32) -> String {
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let abs = rounded.abs();
    let whole = abs.trunc();
    let mut number = group(lang, &whole.normalize().to_string());
    if places > 0 {
        let scale = Decimal::from(10u64.pow(places));
        let fraction = ((abs - whole) * scale).trunc().normalize();
        number.push(decimal_separator(lang));
        number.push_str(&format!(
            "{:0>width$}",
            fraction.to_string(),
            width = places as usize
        ));
    }
    let sign = if negative {
        MINUS.to_string()
    } else {
        String::new()
    };
    match lang {
        Lang::EnGb | Lang::Cy => format!("{sign}£{number}"),
        Lang::Nl => format!("£{NBSP}{sign}{number}"),
        Lang::Sv => format!("{sign}{number}{NBSP}£"),
    }
}

/// Reads a number a person typed: digits with at most one decimal separator. The
/// language's thousands separator (a comma in English and Welsh, a point in Dutch) counts as
/// one only when exactly three digits follow it; any other point or comma is the decimal
/// separator, so "17.5" and "17,5" are both seventeen and a half in every language. Spaces
/// are ignored. `None` if it is not such a number.
pub fn parse_decimal(lang: Lang, text: &str) -> Option<Decimal> {
    let group_sep = separators(lang).0;
    let chars: Vec<char> = text.trim().chars().collect();
    let mut cleaned = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '0'..='9' => cleaned.push(c),
            ' ' | NBSP | '\u{202f}' => {}
            '.' | ',' => {
                let digits = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if !(c == group_sep && digits == 3 && !cleaned.is_empty()) {
                    cleaned.push('.');
                }
            }
            _ => return None,
        }
    }
    if cleaned.is_empty() || cleaned.matches('.').count() > 1 || cleaned == "." {
        return None;
    }
    cleaned.parse().ok()
}

fn group(lang: Lang, digits: &str) -> String {
    let sep = separators(lang).0;
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn money_in_each_language() {
        let cases = [
            (Lang::EnGb, "£1,234.56", "\u{2212}£12"),
            (Lang::Cy, "£1,234.56", "\u{2212}£12"),
            (Lang::Nl, "£\u{a0}1.234,56", "£\u{a0}\u{2212}12"),
            (Lang::Sv, "1\u{a0}234,56\u{a0}£", "\u{2212}12\u{a0}£"),
        ];
        for (lang, pence, whole) in cases {
            assert_eq!(pounds(lang, d("1234.56"), 2), pence, "{lang:?}");
            assert_eq!(pounds(lang, d("-12"), 0), whole, "{lang:?}");
        }
        assert_eq!(pounds(Lang::EnGb, d("14"), 2), "£14.00");
        assert_eq!(pounds(Lang::EnGb, d("0.05"), 2), "£0.05");
        assert_eq!(pounds(Lang::EnGb, d("-0"), 0), "£0");
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(decimal(Lang::Nl, d("17.50")), "17,5");
        assert_eq!(decimal(Lang::EnGb, d("16")), "16");
        assert_eq!(decimal(Lang::Sv, d("1234.5")), "1\u{a0}234,5");
        assert_eq!(integer(Lang::Nl, 1_234_567), "1.234.567");
        assert_eq!(integer(Lang::EnGb, -5), "\u{2212}5");
    }

    #[test]
    fn typed_numbers_are_read_the_language_s_way() {
        assert_eq!(parse_decimal(Lang::Nl, "17,5"), Some(d("17.5")));
        assert_eq!(parse_decimal(Lang::Nl, "1.234,50"), Some(d("1234.50")));
        assert_eq!(parse_decimal(Lang::Sv, "1 234,5"), Some(d("1234.5")));
        assert_eq!(parse_decimal(Lang::Sv, "17.5"), Some(d("17.5")));
        assert_eq!(parse_decimal(Lang::EnGb, "1,234.5"), Some(d("1234.5")));
        assert_eq!(parse_decimal(Lang::EnGb, "17.5"), Some(d("17.5")));
        // Not three digits after it: a decimal point whichever language is in use.
        assert_eq!(parse_decimal(Lang::Nl, "17.5"), Some(d("17.5")));
        assert_eq!(parse_decimal(Lang::EnGb, "17,5"), Some(d("17.5")));
        assert_eq!(parse_decimal(Lang::Nl, "12.50"), Some(d("12.50")));
        for bad in ["", ".", "1.2.3", "1e5", "-3", "£5", "12,3,4.5.6"] {
            assert_eq!(parse_decimal(Lang::EnGb, bad), None, "{bad}");
        }
    }
}
