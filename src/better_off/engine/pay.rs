//! Each adult's pay and what follows from it alone: pay, NI, pension, income tax on the
//! earnings and the Carer's Allowance earnings test. It is the first step of every
//! evaluation, the same whoever claims Carer's Allowance or Marriage Allowance, so it is
//! worked out once per point ([`Pay`]) and shared by the evaluations a choice needs; preparing
//! a household works it out once for the earnings as they are now.

use super::figures::{AdultFacts, Earner, FixedAmounts, Pay, PersonFigures};
use crate::better_off::params::{Country, Params};
use crate::better_off::rules::{
    carers_allowance, esa, income_tax, jsa, marriage_allowance, national_insurance, pension,
};
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// What working out pay needs from the household: borrowed from a prepared [`Household`]
/// (`Household::payroll`), or from its parts while it is being prepared.
///
/// [`Household`]: super::Household
#[derive(Debug, Clone, Copy)]
pub(super) struct Payroll<'a> {
    pub params: &'static Params,
    pub country: Country,
    pub married: bool,
    /// The household's adults (one or two).
    pub adults: &'a [AdultFacts],
    pub fixed: &'a FixedAmounts,
}

impl Payroll<'_> {
    /// Pay, NI, pension and the Carer's Allowance test: what each adult's own earnings give,
    /// whoever claims Carer's Allowance or Marriage Allowance.
    pub fn pay(&self, earners: &[Earner; 2]) -> Pay {
        let mut pay = Pay::default();
        for (i, e) in earners.iter().enumerate().take(self.adults.len()) {
            self.adult_pay(i, e, &mut pay);
        }
        pay
    }

    /// Adult `i`'s part of [`Payroll::pay`], earning as `e` says (all of it replaced).
    pub fn adult_pay(&self, i: usize, e: &Earner, pay: &mut Pay) {
        pay.people[i] = PersonFigures::default();
        pay.ca_weekly[i] = Money::ZERO;
        let p = self.params;
        let scottish = self.country == Country::Scotland;
        let a = &self.adults[i];
        let gross = e.gross_annual;
        // No employee NI over State Pension age (SSCBA 1992 s.6(3)).
        let ni = if a.over_pension_age {
            Money::ZERO
        } else {
            national_insurance::annual(p, gross, e.pay_period)
        };
        let pension =
            pension::paid_by_worker_annual(p, e.pension, a.age, a.over_pension_age, gross);
        // Tax on the earnings alone with the whole personal allowance: what PAYE takes
        // without Marriage Allowance, and what the Carer's Allowance test deducts.
        let pa = income_tax::personal_allowance(p, gross, false);
        let tax = income_tax::tax_due(p, gross, pa, scottish, Money::ZERO);
        pay.works[i] = e.works();
        pay.gross_annual[i] = gross;
        pay.tax_on_earnings_annual[i] = tax;

        let person = &mut pay.people[i];
        // Pay arrives in whole pence, and UC counts what the payroll reports for the
        // assessment period (reg 55 and 61): level pay of a year spread over 12 months.
        person.gross = gross.annual_to_monthly().round_penny();
        person.national_insurance = ni.annual_to_monthly();
        person.pension = pension.annual_to_monthly();
        person.pip_daily_living = self.fixed.pip_daily_living[i];
        person.pip_mobility = self.fixed.pip_mobility[i];
        person.income_tax = tax.annual_to_monthly();
        person.income_tax_on_earnings = person.income_tax;
        person.uc_earned_income = uc_earned_income(person);
        if self.fixed.child_benefit.is_positive() {
            pay.pension_grossed_up[i] = pension / self.fixed.pension_net_of_relief;
        }

        person.hours = e.hours_per_week;
        // Net weekly earnings, as the contributory benefits and Carer's Allowance test them:
        // pay less the tax and NI on it and half of pension contributions.
        let net_annual = gross - tax - ni - pension * Decimal::new(5, 1);
        let net_weekly = net_annual.per(Period::Year, Period::Week);
        person.net_weekly_earnings = net_weekly;
        let contributory = self.contributory_benefits(a, e, net_weekly, person);

        // Carer's Allowance / Carer Support Payment, tested on net weekly earnings, less any
        // overlapping benefit paid instead (Social Security (Overlapping Benefits)
        // Regulations 1979 reg 4): the entitlement stays for the carer element and premiums.
        if a.carer {
            person.carers_allowance_net_weekly_earnings = net_weekly;
            let weekly = carers_allowance::weekly(p, self.country, net_weekly);
            person.over_carers_allowance_limit = weekly.is_zero();
            person.carer_entitled = weekly.is_positive();
            let paid = (weekly - contributory).at_least_zero();
            person.carers_allowance_overlapped = person.carer_entitled && paid < weekly;
            pay.ca_weekly[i] = paid;
        }
        pay.other_taxable_annual[i] = if a.esa.is_none() && a.jsa_weekly.is_none() {
            a.state_pension_alone_annual
        } else {
            contributory.weekly_to_annual()
        };
        // A married adult's Marriage Allowance figures on the earnings alone. With a taxable
        // benefit their taxable income is always more than their earnings, and the figures on
        // all of it are used instead (`Household::taxable_incomes`): these would go unused.
        pay.partner[i] = if self.married && !pay.other_taxable_annual[i].is_positive() {
            marriage_allowance::Partner::with_tax(p, gross, pa, tax, scottish)
        } else {
            marriage_allowance::Partner::default()
        };
    }

    /// New Style ESA and JSA as this adult's work leaves them, and the State Pension, a
    /// month in `person`; their weekly total is returned (what overlaps Carer's Allowance).
    fn contributory_benefits(
        &self,
        a: &AdultFacts,
        e: &Earner,
        net_weekly: Money,
        person: &mut PersonFigures,
    ) -> Money {
        let p = self.params;
        let mut weekly = Money::ZERO;
        if let Some(award) = a.esa {
            let effect =
                esa::work_effect(p, e.hours_per_week, net_weekly, e.supported_permitted_work);
            let paid = esa::weekly(award.weekly, effect);
            person.esa = paid.weekly_to_monthly();
            person.esa_work = Some(effect);
            weekly += paid;
        }
        if let Some(award) = a.jsa_weekly {
            let (paid, effect) = jsa::weekly(p, award, e.hours_per_week, net_weekly);
            person.jsa = paid.weekly_to_monthly();
            person.jsa_work = Some(effect);
            weekly += paid;
        }
        if a.state_pension_weekly.is_positive() {
            person.state_pension = a.state_pension_monthly;
            weekly += a.state_pension_weekly;
        }
        weekly
    }
}

/// The State Pension a month, and a year as the only taxable benefit: what
/// [`Payroll::adult_pay`] would convert at every evaluation, converted once when preparing.
/// With no New Style ESA or JSA the weekly total it converts is nil plus the State Pension
/// (or nil), which is the State Pension to the last digit.
pub(super) fn state_pension_conversions(weekly: Money) -> (Money, Money) {
    let alone = if weekly.is_positive() {
        weekly
    } else {
        Money::ZERO
    };
    (weekly.weekly_to_monthly(), alone.weekly_to_annual())
}

/// Earned income for UC: pay less the tax on it, NI and pension (never below nil).
pub(super) fn uc_earned_income(person: &PersonFigures) -> Money {
    (person.gross - person.income_tax_on_earnings - person.national_insurance - person.pension)
        .at_least_zero()
}
