//! Income tax on non-savings income (Income Tax Act 2007 Part 2; Scottish rates under the
//! Scotland Act 1998 s.80C), worked out on the year's income as PAYE does over a tax year.
//!
//! Taxable income is income less the personal allowance, which shrinks by £1 for every £2 of
//! income over £100,000 (ITA 2007 s.35). Scottish taxpayers pay the starter, basic,
//! intermediate, higher, advanced and top rates; everyone else (England, Wales, whose Welsh
//! rates equal the UK rates) the basic, higher and additional rates. A Marriage Allowance
//! recipient's tax is then reduced by 20% of the transferred allowance (ITA 2007 s.55B),
//! never below nil.

use crate::better_off::params::Params;
use crate::money::Money;
use rust_decimal::Decimal;

/// The personal allowance for this income, less any Marriage Allowance given away.
pub fn personal_allowance(p: &Params, income: Money, transfers_allowance: bool) -> Money {
    let t = &p.income_tax;
    let taper =
        (income - Money::new(t.allowance_taper_threshold)).at_least_zero() * t.allowance_taper_rate;
    let mut allowance = (Money::new(t.personal_allowance) - taper).at_least_zero();
    if transfers_allowance {
        allowance = (allowance - Money::new(t.marriage_allowance_transfer)).at_least_zero();
    }
    allowance
}

/// The rate bands as (start of band in taxable income, rate), lowest first.
pub fn bands(p: &Params, scottish: bool) -> [(Decimal, Decimal); 6] {
    let t = &p.income_tax;
    if scottish {
        [
            (Decimal::ZERO, t.scottish_starter_rate),
            (t.scottish_basic_threshold, t.scottish_basic_rate),
            (
                t.scottish_intermediate_threshold,
                t.scottish_intermediate_rate,
            ),
            (t.scottish_higher_threshold, t.scottish_higher_rate),
            (t.scottish_advanced_threshold, t.scottish_advanced_rate),
            (t.scottish_top_threshold, t.scottish_top_rate),
        ]
    } else {
        // Padded to six bands so both kinds share one loop; empty bands add nothing.
        [
            (Decimal::ZERO, t.basic_rate),
            (t.basic_rate_limit, t.higher_rate),
            (t.additional_rate_limit, t.additional_rate),
            (Decimal::MAX, t.additional_rate),
            (Decimal::MAX, t.additional_rate),
            (Decimal::MAX, t.additional_rate),
        ]
    }
}

/// Tax on `income` for the year, given the allowance, before any tax reducer.
pub fn tax_before_reducers(p: &Params, income: Money, allowance: Money, scottish: bool) -> Money {
    let taxable = (income - allowance).at_least_zero().to_decimal();
    let bands = bands(p, scottish);
    let mut tax = Decimal::ZERO;
    for (i, (start, rate)) in bands.iter().enumerate() {
        if taxable <= *start {
            break;
        }
        let end = bands.get(i + 1).map_or(Decimal::MAX, |(next, _)| *next);
        tax += (taxable.min(end) - start) * rate;
    }
    Money::new(tax)
}

/// Whether someone with this taxable income pays tax above the basic rate (or, in Scotland,
/// at the higher rate or above): the test for both sides of a Marriage Allowance.
pub fn above_basic_rate(p: &Params, income: Money, allowance: Money, scottish: bool) -> bool {
    let taxable = (income - allowance).at_least_zero().to_decimal();
    let limit = if scottish {
        p.income_tax.scottish_higher_threshold
    } else {
        p.income_tax.basic_rate_limit
    };
    taxable > limit
}

/// Tax due: tax before reducers less a reducer (Marriage Allowance), never below nil.
pub fn tax_due(
    p: &Params,
    income: Money,
    allowance: Money,
    scottish: bool,
    reducer: Money,
) -> Money {
    (tax_before_reducers(p, income, allowance, scottish) - reducer).at_least_zero()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::params::TaxYear;

    /// 2025-26 tax on `income` with the allowance it leaves, and no Marriage Allowance.
    fn tax_2025(income: Money, scottish: bool) -> Money {
        let p = TaxYear::Y2025_26.params();
        let pa = personal_allowance(p, income, false);
        tax_due(p, income, pa, scottish, Money::ZERO)
    }

    #[test]
    fn basic_rate_on_27300() {
        // HMRC: (27,300 - 12,570) x 20% = £2,946 (oracle anchor_couple_3kids_2025).
        assert_eq!(tax_2025(Money::pounds(27_300), false), Money::pounds(2_946));
    }

    #[test]
    fn scottish_bands_2025() {
        // £21,808.80: 2,827 x 19% + (9,238.80 - 2,827) x 20% = 537.13 + 1,282.36 = £1,819.49.
        let tax = tax_2025(Money::pence(2_180_880), true);
        assert_eq!(tax.round_penny(), Money::pence(181_949));
    }

    #[test]
    fn allowance_tapers_above_100k() {
        let p = TaxYear::Y2025_26.params();
        assert_eq!(
            personal_allowance(p, Money::pounds(110_000), false),
            Money::pounds(7_570)
        );
        assert_eq!(
            personal_allowance(p, Money::pounds(130_000), false),
            Money::ZERO
        );
    }

    #[test]
    fn higher_rate_above_50270() {
        // £60,000: 37,700 x 20% + (47,430 - 37,700) x 40% = 7,540 + 3,892 = £11,432.
        assert_eq!(
            tax_2025(Money::pounds(60_000), false),
            Money::pounds(11_432)
        );
    }
}
