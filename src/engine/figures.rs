//! The engine's plain data, used by every other part of it and depending on none: the
//! household's facts ([`AdultFacts`], [`HousingFacts`], [`FixedAmounts`]), the earnings and
//! costs an evaluation is given ([`Earner`], [`WorkCosts`]), each adult's pay ([`Pay`]) and
//! the figures an evaluation gives ([`Figures`], [`PersonFigures`], [`UcFigures`]).

use crate::money::{Money, Period};
use crate::params::LhaCategory;
use crate::rules::marriage_allowance;
use crate::scenario::Pension;
use rust_decimal::Decimal;

/// One adult's fixed facts.
#[derive(Debug, Clone, Copy, Default)]
pub struct AdultFacts {
    pub age: u32,
    pub lcwra: bool,
    pub lcwra_new_claim: bool,
    pub carer: bool,
    pub pip_daily_living_weekly: Money,
    pub pip_mobility_weekly: Money,
    /// Earnings they have now (kept in work unless they take the offer).
    pub earnings_annual: Money,
    pub hours_per_week: Decimal,
}

/// How the home is paid for, and what UC allows for it.
#[derive(Debug, Clone, PartialEq)]
pub enum HousingFacts {
    /// Owner or rent-free: no housing costs element.
    None { owner: bool },
    Social {
        /// Rent and eligible service charges a month.
        rent_monthly: Money,
        spare_bedrooms: u32,
        deduction_rate: Decimal,
        deduction_monthly: Money,
        element_monthly: Money,
    },
    Private {
        rent_monthly: Money,
        brma: String,
        brma_name: String,
        category: LhaCategory,
        bedrooms: u32,
        lha_monthly: Money,
        element_monthly: Money,
    },
}

impl HousingFacts {
    pub fn element(&self) -> Money {
        match self {
            HousingFacts::None { .. } => Money::ZERO,
            HousingFacts::Social {
                element_monthly, ..
            }
            | HousingFacts::Private {
                element_monthly, ..
            } => *element_monthly,
        }
    }

    pub fn rent(&self) -> Money {
        match self {
            HousingFacts::None { .. } => Money::ZERO,
            HousingFacts::Social { rent_monthly, .. }
            | HousingFacts::Private { rent_monthly, .. } => *rent_monthly,
        }
    }
}

/// The household's amounts that do not depend on earnings, in the form each evaluation uses
/// them (mostly a month), so that [`Household::evaluate`](super::Household::evaluate) only
/// adds them up.
/// Each is the very calculation the evaluation would otherwise repeat, so the figures are the
/// same to the last digit.
#[derive(Debug, Clone, Copy)]
pub struct FixedAmounts {
    /// PIP daily living (or ADP) a month, by adult.
    pub pip_daily_living: [Money; 2],
    /// PIP mobility a month, by adult.
    pub pip_mobility: [Money; 2],
    /// All the household's PIP a month.
    pub pip: Money,
    /// Carer's Allowance (Carer Support Payment in Scotland) a month, when it is paid.
    pub carers_allowance: Money,
    /// The Scottish carer supplement a month, when Carer Support Payment is paid (else nil).
    pub carer_supplement: Money,
    /// Carer's Allowance and any supplement over a year, the taxable amount when paid.
    pub carer_benefits_annual: Money,
    pub child_benefit: Money,
    pub child_benefit_annual: Money,
    /// Scottish Child Payment a month, when UC is paid (nil outside Scotland).
    pub scottish_child_payment: Money,
    pub dla: Money,
    /// The UC maximum amount before the childcare element, the only element that moves.
    pub uc_maximum_before_childcare: Money,
    pub work_allowance: Money,
    pub childcare_cap: Money,
    pub benefit_cap: Money,
    /// Earnings a month that lift the benefit cap.
    pub cap_earnings_exception: Money,
    /// What is left of £1 of pension contribution after basic-rate relief at source.
    pub pension_net_of_relief: Decimal,
}

/// The earnings of one adult for an evaluation.
#[derive(Debug, Clone, Copy)]
pub struct Earner {
    pub gross_annual: Money,
    pub hours_per_week: Decimal,
    pub pay_period: Period,
    pub pension: Pension,
}

impl Earner {
    pub const NONE: Earner = Earner {
        gross_annual: Money::ZERO,
        hours_per_week: Decimal::ZERO,
        pay_period: Period::Month,
        pension: Pension::None,
    };

    pub fn works(&self) -> bool {
        self.gross_annual.is_positive() || self.hours_per_week > Decimal::ZERO
    }
}

/// One adult's figures, a month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PersonFigures {
    pub gross: Money,
    pub income_tax: Money,
    /// Income tax on the earnings alone (what UC and the CA test deduct).
    pub income_tax_on_earnings: Money,
    pub national_insurance: Money,
    pub pension: Money,
    /// Carer's Allowance, or Carer Support Payment in Scotland.
    pub carers_allowance: Money,
    pub carer_supplement: Money,
    /// Net weekly earnings the Carer's Allowance limit is tested on.
    pub carers_allowance_net_weekly_earnings: Money,
    /// Lost Carer's Allowance because earnings are over the limit.
    pub over_carers_allowance_limit: bool,
    pub pip_daily_living: Money,
    pub pip_mobility: Money,
    /// Earned income for UC: pay less tax on it, NI and pension.
    pub uc_earned_income: Money,
    pub marriage_allowance: MarriageRole,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MarriageRole {
    #[default]
    None,
    Gives,
    Receives,
}

/// The UC award step by step, a month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct UcFigures {
    pub standard_allowance: Money,
    pub child_element: Money,
    pub disabled_child_lower: Money,
    pub disabled_child_higher: Money,
    pub lcwra: Money,
    pub carer: Money,
    pub housing: Money,
    pub childcare: Money,
    pub childcare_cap: Money,
    pub childcare_work_condition: bool,
    pub maximum: Money,
    pub work_allowance_eligible: bool,
    pub work_allowance: Money,
    pub earned_income: Money,
    pub earned_above_allowance: Money,
    pub taper: Money,
    pub unearned_income: Money,
    pub capital_tariff: Money,
    pub over_capital_limit: bool,
    pub reduction: Money,
    pub before_cap: Money,
    pub cap_exempt: bool,
    pub cap_exempt_by_earnings: bool,
    pub cap: Money,
    pub cap_reduction: Money,
    /// The award, rounded to the penny (UC Regulations 2013 reg 6).
    pub award: Money,
}

/// Everything for one situation (out of work, or in one job), a month.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub people: [PersonFigures; 2],
    pub adult_count: usize,
    pub uc: UcFigures,
    pub child_benefit: Money,
    pub child_benefit_charge: Money,
    pub scottish_child_payment: Money,
    pub dla: Money,
    pub employment_income: Money,
    pub income_tax: Money,
    pub national_insurance: Money,
    pub pension: Money,
    pub carers_allowance: Money,
    pub carer_supplement: Money,
    pub pip: Money,
    /// Market income plus cash benefits less tax, NI, pension and the Child Benefit charge.
    pub net_income: Money,
    /// Rent and service charges.
    pub housing_costs: Money,
    pub council_tax: Money,
    pub childcare_costs: Money,
    pub travel_costs: Money,
    pub net_income_after_housing: Money,
    pub net_income_after_work_costs: Money,
    /// After housing, council tax, childcare and travel: what is left to live on.
    pub disposable_income: Money,
}

impl Figures {
    pub fn people(&self) -> &[PersonFigures] {
        &self.people[..self.adult_count]
    }
}

/// In-work costs paid in this situation, a month.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkCosts {
    pub childcare: Money,
    pub travel: Money,
}

/// Each adult's pay and what follows from it alone, the same whoever claims Carer's
/// Allowance or Marriage Allowance (worked out by [`Payroll`](super::pay::Payroll)).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Pay {
    pub(super) works: [bool; 2],
    pub(super) gross_annual: [Money; 2],
    /// Income tax on the earnings alone, with the whole personal allowance.
    pub(super) tax_on_earnings_annual: [Money; 2],
    /// A married couple's Marriage Allowance figures on the earnings alone.
    pub(super) partner: [marriage_allowance::Partner; 2],
    /// The Carer's Allowance each adult qualifies for on their own earnings, a week.
    pub(super) ca_weekly: [Money; 2],
    /// Pension contributions grossed up for relief at source, for adjusted net income (only
    /// when Child Benefit is paid, as only the Child Benefit charge needs it).
    pub(super) pension_grossed_up: [Money; 2],
    /// Each adult's figures so far: pay, NI and pension a month, PIP, the allowance test,
    /// and the income tax and earned income for UC with no Marriage Allowance or carer
    /// benefit (the earnings are then all their taxable income).
    pub(super) people: [PersonFigures; 2],
}
