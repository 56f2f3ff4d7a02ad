//! The engine's plain data, used by every other part of it and depending on none: the
//! household's facts ([`AdultFacts`], [`HousingFacts`], [`FixedAmounts`]), the earnings and
//! costs an evaluation is given ([`Earner`], [`WorkCosts`]), each adult's pay ([`Pay`]) and
//! the figures an evaluation gives ([`Figures`], [`PersonFigures`], [`UcFigures`]).

use crate::better_off::params::LhaCategory;
use crate::better_off::rules::marriage_allowance;
use crate::better_off::scenario::Pension;
use crate::money::{Money, Period};
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
    /// Limited capability for work, with or without LCWRA (either ESA group, or UC's).
    pub lcw: bool,
    /// Over State Pension age in the tax year (see [`Household::prepare`]): no New Style ESA
    /// or JSA, no employee NI, no automatic enrolment; the State Pension is paid.
    ///
    /// [`Household::prepare`]: super::Household::prepare
    pub over_pension_age: bool,
    /// Reached State Pension age before 1 April 2021 (pension-age Housing Benefit's higher
    /// personal allowance).
    pub pension_age_before_2021: bool,
    /// Reached State Pension age by the end of the winter payments' qualifying week.
    pub winter_fuel_qualifies: bool,
    /// New Style ESA: the group and the weekly award out of work.
    pub esa: Option<EsaFacts>,
    /// New Style JSA: the weekly award out of work.
    pub jsa_weekly: Option<Money>,
    /// State Pension a week (nil under State Pension age).
    pub state_pension_weekly: Money,
    /// The same a month, and the adult's taxable benefits a year when it is the only one
    /// (no New Style ESA or JSA): converted once when preparing, as every evaluation of
    /// their pay gives these very figures (`Payroll::adult_pay`).
    pub state_pension_monthly: Money,
    pub state_pension_alone_annual: Money,
    /// The day they reach State Pension age, when it falls in this tax year.
    pub pension_age_in_year: Option<crate::calendar::Date>,
    /// New Style ESA or JSA entered for someone over State Pension age, or a State Pension
    /// for someone under it: left out of the figures.
    pub benefit_ignored: bool,
    /// Reached State Pension age before 6 April 2016: Savings Credit may be due.
    pub savings_credit_age: bool,
}

/// A New Style ESA award as prepared.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EsaFacts {
    pub group: crate::better_off::scenario::EsaGroup,
    /// The weekly award while the person does no work, or only exempt work.
    pub weekly: Money,
}

/// What Housing Benefit needs that does not move with pay.
#[derive(Debug, Clone)]
pub struct HbFacts {
    pub scheme: crate::better_off::rules::housing_benefit::Scheme,
    /// Rent and eligible service charges a week, capped at the weekly Local Housing Allowance
    /// for a private tenant at pension age.
    pub eligible_rent_weekly: Money,
    pub applicable_amount_weekly: Money,
    /// Tariff income from savings a week; `None` over the capital limit.
    pub tariff_weekly: Option<Money>,
    /// Share of the year the supported or temporary accommodation disregard is in force.
    pub accommodation_disregard_share: Decimal,
}

/// The family as the legacy means tests (Housing Benefit, Council Tax Reduction) see it.
#[derive(Debug, Clone)]
pub struct LegacyFamily {
    /// Each adult's facts without their work (filled in at each evaluation).
    pub adults: [crate::better_off::rules::housing_benefit::Adult; 2],
    pub children: Vec<crate::better_off::rules::housing_benefit::Child>,
    pub carers_care_for_same_person: bool,
}

impl LegacyFamily {
    /// The family under one scheme's rules, for the first `adult_count` adults.
    pub fn family(
        &self,
        scheme: crate::better_off::rules::housing_benefit::Scheme,
        adult_count: usize,
    ) -> crate::better_off::rules::housing_benefit::Family<'_> {
        crate::better_off::rules::housing_benefit::Family {
            scheme,
            adults: &self.adults[..adult_count],
            children: &self.children,
            carers_care_for_same_person: self.carers_care_for_same_person,
            non_dependants: false,
        }
    }

    /// The personal allowances for the children (Housing Benefit's rate).
    pub fn children_allowances(&self, p: &crate::better_off::params::Params) -> Money {
        self.children
            .iter()
            .filter(|c| c.allowance)
            .map(|_| Money::new(p.housing_benefit.child_allowance))
            .sum()
    }
}

/// What Council Tax Reduction needs that does not move with pay.
#[derive(Debug, Clone, Copy)]
pub struct CtrFacts {
    pub bill_weekly: Money,
    /// The pension-age scheme's applicable amount (used when someone is over State Pension
    /// age and not on UC), and its tariff income from savings (`None` over the limit).
    pub pension_applicable_weekly: Money,
    pub pension_tariff_weekly: Option<Money>,
    /// The working-age scheme's applicable amount (Scotland's; Wales's without UC;
    /// England's default scheme without UC) and tariff income.
    pub working_applicable_weekly: Money,
    pub working_tariff_weekly: Option<Money>,
    /// England: the reduction as the person entered it now, and in work if they know it.
    pub entered_now_annual: Money,
    pub entered_in_work_annual: Option<Money>,
}

/// Council Tax Reduction for a situation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct CtrFigures {
    pub scheme: Option<crate::better_off::rules::council_tax_reduction::Scheme>,
    /// On guarantee credit (pension age): the whole bill.
    pub passported: bool,
    pub applicable_amount_weekly: Money,
    pub income_weekly: Money,
    pub over_capital_limit: bool,
    /// The reduction a year.
    pub annual: Money,
}

/// What Pension Credit needs that does not move with pay.
#[derive(Debug, Clone)]
pub struct PcFacts {
    pub adults: [crate::better_off::rules::pension_credit::Adult; 2],
    pub children: Vec<crate::better_off::rules::pension_credit::Child>,
    pub minimum_guarantee_weekly: Money,
    pub deemed_income_weekly: Money,
}

/// Which benefits the household claims for its living costs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Route {
    /// Universal Credit: anyone under State Pension age, and a couple with one partner under
    /// it (Welfare Reform Act 2012 s.4(1)(b); UC Regs 2013 reg 3(2)(a)).
    #[default]
    UniversalCredit,
    /// Pension Credit and pension-age Housing Benefit: a single person over State Pension
    /// age, or a couple who both are (State Pension Credit Act 2002 s.4(1A)).
    PensionAge,
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
    /// Supported or temporary accommodation: Housing Benefit pays the rent, UC has no
    /// housing costs element (UC Regs 2013 Sch 4 para 3(1)).
    Supported {
        rent_monthly: Money,
        kind: crate::better_off::scenario::SupportedKind,
    },
    /// Living in a relative's home: no housing costs element of their own (UC Regs 2013 Sch 2
    /// para 5(1)(c)); what they pay the relative is their housing cost.
    WithFamily {
        contribution_monthly: Money,
        relative: crate::better_off::scenario::RelativeHousing,
    },
}

impl HousingFacts {
    pub fn element(&self) -> Money {
        match self {
            HousingFacts::None { .. }
            | HousingFacts::Supported { .. }
            | HousingFacts::WithFamily { .. } => Money::ZERO,
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
            | HousingFacts::Private { rent_monthly, .. }
            | HousingFacts::Supported { rent_monthly, .. } => *rent_monthly,
            HousingFacts::WithFamily {
                contribution_monthly,
                ..
            } => *contribution_monthly,
        }
    }
}

/// The household's amounts that do not depend on earnings, in the form each evaluation uses
/// An adult's income tax on a total income for the year with the whole personal allowance,
/// and their figures for choosing Marriage Allowance (married couples only). Kept when
/// preparing for the income each adult has as things are now, which is the income out of work
/// and, for the adult who does not take the offer, at every point of the sweep.
#[derive(Debug, Clone, Copy)]
pub struct TaxOnIncome {
    pub income: Money,
    pub tax_annual: Money,
    pub tax_monthly: Money,
    pub partner: Option<marriage_allowance::Partner>,
}

/// One adult's part of the legacy means tests' weekly income, kept with the figures it was
/// worked out from (their gross pay for the year, then their income tax, NI, pension
/// contributions, Carer's Allowance, ESA, JSA and State Pension a month).
#[derive(Debug, Clone, Copy)]
pub struct MeansPart {
    pub from: [Money; 8],
    pub weekly: Money,
}

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
    /// The same a week.
    pub carer_supplement_weekly: Money,
    pub child_benefit: Money,
    pub child_benefit_annual: Money,
    /// Scottish Child Payment a month, when UC is paid (nil outside Scotland).
    pub scottish_child_payment: Money,
    pub dla: Money,
    /// The UC maximum amount before the childcare element, the only element that moves.
    pub uc_maximum_before_childcare: Money,
    pub work_allowance: Money,
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
    /// The work is supported permitted work (New Style ESA carries on whatever the hours).
    pub supported_permitted_work: bool,
}

impl Earner {
    pub const NONE: Earner = Earner {
        gross_annual: Money::ZERO,
        hours_per_week: Decimal::ZERO,
        pay_period: Period::Month,
        pension: Pension::None,
        supported_permitted_work: false,
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
    /// Hours a week worked.
    pub hours: Decimal,
    /// Net weekly earnings for the contributory benefits' and legacy means tests: pay less
    /// the tax on it, NI and half of pension contributions.
    pub net_weekly_earnings: Money,
    /// Entitled to Carer's Allowance on the earnings test, whether or not it is paid (an
    /// overlapping benefit can take it to nil but keeps the carer element and additions).
    pub carer_entitled: bool,
    /// Carer's Allowance not paid because New Style ESA or JSA or the State Pension is paid
    /// instead (overlapping benefits).
    pub carers_allowance_overlapped: bool,
    /// New Style ESA, a month, and what the work did to it.
    pub esa: Money,
    pub esa_work: Option<crate::better_off::rules::esa::WorkEffect>,
    /// New Style JSA, a month, and what the work did to it.
    pub jsa: Money,
    pub jsa_work: Option<crate::better_off::rules::jsa::WorkEffect>,
    /// State Pension, a month.
    pub state_pension: Money,
    /// Winter Fuel Payment or Pension Age Winter Heating Payment, a month (a twelfth of the
    /// year's payment), and the part of it taken back in income tax.
    pub winter_fuel: Money,
    pub winter_fuel_charge: Money,
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
    /// The children the childcare is paid for, which sets the cap.
    pub childcare_children: usize,
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
    /// Taken off the award for debts, an advance or other deductions: what the person
    /// entered, never more than the award.
    pub deductions: Money,
    /// What is paid: the award less deductions.
    pub paid: Money,
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
    /// Which benefits the household claims for its living costs.
    pub route: Route,
    pub esa: Money,
    pub jsa: Money,
    pub state_pension: Money,
    pub housing_benefit: HbFigures,
    pub pension_credit: PcFigures,
    pub council_tax_reduction: CtrFigures,
    /// Living with family: what the person's presence costs the relative's help with rent, a
    /// month (their UC housing cost contribution or Housing Benefit deduction).
    pub relative_loses: Money,
    /// Help in kind that stops when earnings rise, each a year's value (not cash income).
    pub help_in_kind: crate::better_off::rules::help_in_kind::Values,
    /// Winter Fuel Payment (or Scotland's Pension Age Winter Heating Payment) a month, and
    /// the part taken back in income tax (counted in `income_tax`).
    pub winter_fuel: Money,
    pub winter_fuel_charge: Money,
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

/// Housing Benefit, step by step (weekly amounts, as the regulations work).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct HbFigures {
    /// Housing Benefit is claimed at all (supported housing, or a pension-age renter).
    pub claimed: bool,
    pub scheme: Option<crate::better_off::rules::housing_benefit::Scheme>,
    /// On UC or guarantee credit: all income disregarded, the whole eligible rent met.
    pub passported: bool,
    pub eligible_rent_weekly: Money,
    pub applicable_amount_weekly: Money,
    /// Income for the means test after the disregards (nil when passported).
    pub income_weekly: Money,
    pub disregards: crate::better_off::rules::housing_benefit::Disregards,
    /// The supported or temporary accommodation disregard's share of the year (from
    /// 5 October 2026: 26 of 2026-27's 52 weeks), and the award without it and with it.
    pub accommodation_disregard_share: Decimal,
    pub weekly_without_accommodation_disregard: Money,
    pub weekly_with_accommodation_disregard: Money,
    /// Capital over the upper limit: no Housing Benefit unless passported.
    pub over_capital_limit: bool,
    /// The weekly award, averaged over the year.
    pub weekly: Money,
    /// The award a month.
    pub award: Money,
}

/// Pension Credit's guarantee credit, step by step (weekly amounts).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PcFigures {
    pub claimed: bool,
    pub minimum_guarantee_weekly: Money,
    /// Income after the earnings disregard.
    pub income_weekly: Money,
    pub earnings_disregard_weekly: Money,
    pub weekly: Money,
    /// The guarantee credit a month.
    pub award: Money,
}

/// In-work costs paid in this situation, a month.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkCosts {
    pub childcare: Money,
    pub travel: Money,
    /// How many children the childcare is for (`None`: every child young enough).
    pub childcare_children: Option<u32>,
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
    /// The Carer's Allowance each adult is paid on their own earnings, a week, after any
    /// overlapping benefit (New Style ESA or JSA, the State Pension) has taken its share.
    pub(super) ca_weekly: [Money; 2],
    /// Each adult's taxable benefits other than Carer's Allowance, a year: New Style ESA and
    /// JSA and the State Pension.
    pub(super) other_taxable_annual: [Money; 2],
    /// Pension contributions grossed up for relief at source, for adjusted net income (only
    /// when Child Benefit is paid, as only the Child Benefit charge needs it).
    pub(super) pension_grossed_up: [Money; 2],
    /// The household's pay as it is now (out of work), not at an offer's hours.
    pub(super) now: bool,
    /// Each adult's figures so far: pay, NI and pension a month, PIP, the allowance test,
    /// and the income tax and earned income for UC with no Marriage Allowance or carer
    /// benefit (the earnings are then all their taxable income).
    pub(super) people: [PersonFigures; 2],
}
