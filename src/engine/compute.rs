//! One evaluation of the household at given earnings: numbers only, no words.
//!
//! The order follows the law's dependencies: pay, NI and pension first; income tax on the
//! earnings alone (what UC and the Carer's Allowance test deduct); Carer's Allowance; then
//! income tax on all taxable income with any Marriage Allowance; then the UC award for the
//! monthly assessment period; then the benefits that follow from UC. Nothing here allocates,
//! so the sweep can call it 121 times cheaply. The first steps, which depend on each adult's
//! pay alone, are worked out once per point ([`Pay`]) and shared by the evaluations a choice
//! needs (who claims Carer's Allowance, whether to claim Marriage Allowance).

use super::household::Household;
use crate::money::{Money, Period};
use crate::params::Country;
use crate::rules::uc::{benefit_cap, childcare, taper};
use crate::rules::{
    carers_allowance, child_benefit, income_tax, marriage_allowance, national_insurance, pension,
};
use crate::scenario::Pension;
use rust_decimal::Decimal;

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

/// Each adult's pay and what follows from it alone, the same whoever claims Carer's
/// Allowance or Marriage Allowance (see [`Household::pay`]).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Pay {
    works: [bool; 2],
    gross_annual: [Money; 2],
    /// Income tax on the earnings alone, with the whole personal allowance.
    tax_on_earnings_annual: [Money; 2],
    /// A married couple's Marriage Allowance figures on the earnings alone.
    partner: [marriage_allowance::Partner; 2],
    /// The Carer's Allowance each adult qualifies for on their own earnings, a week.
    ca_weekly: [Money; 2],
    /// Pension contributions grossed up for relief at source, for adjusted net income (only
    /// when Child Benefit is paid, as only the Child Benefit charge needs it).
    pension_grossed_up: [Money; 2],
    /// Each adult's figures so far: pay, NI and pension a month, PIP, the allowance test,
    /// and the income tax and earned income for UC with no Marriage Allowance or carer
    /// benefit (the earnings are then all their taxable income).
    people: [PersonFigures; 2],
}

/// Earned income for UC: pay less the tax on it, NI and pension (never below nil).
fn uc_earned_income(person: &PersonFigures) -> Money {
    (person.gross - person.income_tax_on_earnings - person.national_insurance - person.pension)
        .at_least_zero()
}

/// In-work costs paid in this situation, a month.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkCosts {
    pub childcare: Money,
    pub travel: Money,
}

impl Household {
    /// The household's money with these earnings (one `Earner` per adult).
    ///
    /// A married couple claims Marriage Allowance only if it leaves them better off: lower
    /// tax on earnings also means less UC (55p of each £1), so when UC is paid the transfer
    /// can cost more than it saves, and nobody would claim it then.
    ///
    /// Two partners caring for the same person can have only one Carer's Allowance between
    /// them, and they choose which of them claims it (SSCBA 1992 s.70(7): "such one of them
    /// as they may jointly elect"). It matters when one has other taxable income, since the
    /// allowance is taxable: we take the choice that leaves them better off, and on a tie the
    /// elder partner (the reference model's default).
    pub fn evaluate(&self, earners: &[Earner; 2], costs: WorkCosts) -> Figures {
        self.evaluate_pay(&self.pay(earners), costs)
    }

    /// [`Household::evaluate`], with the pay already worked out.
    pub(super) fn evaluate_pay(&self, pay: &Pay, costs: WorkCosts) -> Figures {
        // Two carers of the same person: one allowance, to the partner they choose if both
        // qualify, otherwise to the one who does (SSCBA 1992 s.70(7)).
        let both_qualify = self.adult_count == 2
            && self.carers_care_for_same_person
            && pay.ca_weekly.iter().all(|w| w.is_positive());
        if !both_qualify {
            return self.evaluate_best_marriage(pay, pay.ca_weekly, costs);
        }
        let claimed_by = |claimant: usize| {
            let mut ca_weekly = pay.ca_weekly;
            ca_weekly[1 - claimant] = Money::ZERO;
            ca_weekly
        };
        let elder = usize::from(self.adults[1].age > self.adults[0].age);
        let first = self.evaluate_best_marriage(pay, claimed_by(elder), costs);
        let second = self.evaluate_best_marriage(pay, claimed_by(1 - elder), costs);
        if second.net_income > first.net_income {
            second
        } else {
            first
        }
    }

    /// Pay, NI, pension and the Carer's Allowance test: what each adult's own earnings give,
    /// whoever claims Carer's Allowance or Marriage Allowance. Worked out once per point for
    /// all the evaluations a choice needs.
    pub(super) fn pay(&self, earners: &[Earner; 2]) -> Pay {
        let mut pay = Pay::default();
        for (i, e) in earners.iter().enumerate().take(self.adult_count) {
            self.adult_pay(i, e, &mut pay);
        }
        pay
    }

    /// Adult `i`'s part of [`Household::pay`], earning as `e` says (all of it replaced).
    pub(super) fn adult_pay(&self, i: usize, e: &Earner, pay: &mut Pay) {
        pay.people[i] = PersonFigures::default();
        pay.ca_weekly[i] = Money::ZERO;
        let p = self.params;
        let scottish = self.country == Country::Scotland;
        let a = &self.adults[i];
        let gross = e.gross_annual;
        let ni = national_insurance::annual(p, gross, e.pay_period);
        let pension = pension::paid_by_worker_annual(p, e.pension, a.age, gross);
        // Tax on the earnings alone with the whole personal allowance: what PAYE takes
        // without Marriage Allowance, and what the Carer's Allowance test deducts.
        let pa = income_tax::personal_allowance(p, gross, false);
        let tax = income_tax::tax_due(p, gross, pa, scottish, Money::ZERO);
        pay.works[i] = e.works();
        pay.gross_annual[i] = gross;
        pay.tax_on_earnings_annual[i] = tax;
        if self.married {
            pay.partner[i] = marriage_allowance::Partner::with_tax(p, gross, pa, tax, scottish);
        }

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

        // Carer's Allowance / Carer Support Payment, tested on net weekly earnings.
        if a.carer {
            let net_annual = gross - tax - ni - pension * Decimal::new(5, 1);
            let net_weekly = net_annual.per(Period::Year, Period::Week);
            person.carers_allowance_net_weekly_earnings = net_weekly;
            let weekly = carers_allowance::weekly(p, self.country, net_weekly);
            person.over_carers_allowance_limit = weekly.is_zero();
            pay.ca_weekly[i] = weekly;
        }
    }

    fn evaluate_best_marriage(
        &self,
        pay: &Pay,
        ca_weekly: [Money; 2],
        costs: WorkCosts,
    ) -> Figures {
        let with = self.evaluate_with(pay, ca_weekly, costs, self.married);
        if !with
            .people()
            .iter()
            .any(|p| p.marriage_allowance != MarriageRole::None)
        {
            return with;
        }
        let without = self.evaluate_with(pay, ca_weekly, costs, false);
        if without.net_income > with.net_income {
            without
        } else {
            with
        }
    }

    /// The rest of the evaluation, with `ca_weekly` the Carer's Allowance each adult claims.
    fn evaluate_with(
        &self,
        pay: &Pay,
        ca_weekly: [Money; 2],
        costs: WorkCosts,
        consider_marriage_allowance: bool,
    ) -> Figures {
        let p = self.params;
        let scottish = self.country == Country::Scotland;
        let n = self.adult_count;
        let mut people = pay.people;
        let gross_annual = &pay.gross_annual;

        // Income tax on all taxable income, with Marriage Allowance. Carer's Allowance and
        // Carer Support Payment are taxable (ITEPA 2003 s.660 Table A). The weekly Scottish
        // carer supplement is paid as part of Carer Support Payment from March 2026, so it is
        // taxed with it, as the reference model does; it is not UC income there either.
        let fixed = &self.fixed;
        let mut total_income = [Money::ZERO; 2];
        for i in 0..n {
            let carer_benefits = if ca_weekly[i].is_positive() {
                fixed.carer_benefits_annual
            } else {
                Money::ZERO
            };
            total_income[i] = gross_annual[i] + carer_benefits;
        }
        // The tax on all of it without Marriage Allowance, and a married couple's figures for
        // choosing it. With no carer benefit added, those are the ones on the earnings alone,
        // worked out with the pay.
        let mut tax_whole_allowance = pay.tax_on_earnings_annual;
        let mut partners = pay.partner;
        for i in 0..n {
            if ca_weekly[i].is_positive() {
                let income = total_income[i];
                let allowance = income_tax::personal_allowance(p, income, false);
                let tax = income_tax::tax_due(p, income, allowance, scottish, Money::ZERO);
                tax_whole_allowance[i] = tax;
                if self.married {
                    partners[i] =
                        marriage_allowance::Partner::with_tax(p, income, allowance, tax, scottish);
                }
            }
        }
        let transfer = if consider_marriage_allowance && n == 2 {
            marriage_allowance::choose_between(p, partners)
        } else {
            None
        };
        // Without a transfer, each pays the tax with the whole allowance; with one, the
        // partners' taxes come with it. The tax on the earnings alone (what UC and the
        // Carer's Allowance test deduct) is the same unless a carer benefit is added.
        let mut tax_annual = tax_whole_allowance;
        let mut tax_on_earnings_annual = pay.tax_on_earnings_annual;
        if let Some((t, tax_with)) = transfer {
            for i in [t.from, t.to] {
                let gives = i == t.from;
                tax_annual[i] = tax_with[i];
                tax_on_earnings_annual[i] = if ca_weekly[i].is_positive() {
                    // PAYE gives the allowance to the job first: the tax on the earnings alone.
                    let reducer = if gives {
                        Money::ZERO
                    } else {
                        marriage_allowance::reducer(p)
                    };
                    let allowance = income_tax::personal_allowance(p, gross_annual[i], gives);
                    income_tax::tax_due(p, gross_annual[i], allowance, scottish, reducer)
                } else {
                    tax_with[i]
                };
                people[i].marriage_allowance = if gives {
                    MarriageRole::Gives
                } else {
                    MarriageRole::Receives
                };
            }
        }

        // The pay's figures hold the tax and earned income for UC without Marriage Allowance
        // or a carer benefit; only those change them.
        let mut earned_income = Money::ZERO;
        for i in 0..n {
            let person = &mut people[i];
            let carer_benefit = ca_weekly[i].is_positive();
            let transferred = person.marriage_allowance != MarriageRole::None;
            if carer_benefit {
                person.carers_allowance = fixed.carers_allowance;
                person.carer_supplement = fixed.carer_supplement;
            }
            if carer_benefit || transferred {
                person.income_tax = tax_annual[i].annual_to_monthly();
            }
            if transferred {
                person.income_tax_on_earnings = if carer_benefit {
                    tax_on_earnings_annual[i].annual_to_monthly()
                } else {
                    person.income_tax // the same tax, as the income is the earnings alone
                };
                person.uc_earned_income = uc_earned_income(person);
            }
            earned_income += person.uc_earned_income;
        }

        // Universal Credit for the assessment period.
        let mut uc = UcFigures {
            standard_allowance: self.standard_allowance,
            child_element: self.child_element,
            disabled_child_lower: self.disabled_child_lower,
            disabled_child_higher: self.disabled_child_higher,
            lcwra: self.lcwra_element,
            carer: self.carer_element,
            housing: self.housing.element(),
            ..UcFigures::default()
        };
        let works = |i: usize| pay.works[i];
        // Work condition for childcare (reg 32): everyone works, or one works and the
        // partner has LCW or cares.
        let work_condition = (0..n).any(works)
            && (0..n).all(|i| works(i) || self.adults[i].lcwra || self.adults[i].carer);
        uc.childcare_work_condition = work_condition;
        uc.childcare_cap = fixed.childcare_cap;
        uc.childcare = childcare::monthly(
            p,
            costs.childcare,
            self.children_for_childcare,
            work_condition,
        );
        uc.maximum = fixed.uc_maximum_before_childcare + uc.childcare;
        uc.work_allowance_eligible = self.work_allowance_eligible();
        uc.work_allowance = fixed.work_allowance;
        uc.earned_income = earned_income;
        uc.earned_above_allowance =
            taper::earnings_above_allowance(earned_income, uc.work_allowance);
        uc.taper = taper::deduction_on(p, uc.earned_above_allowance);
        uc.unearned_income = people[..n].iter().map(|x| x.carers_allowance).sum();
        uc.over_capital_limit = self.capital_tariff.is_none();
        uc.capital_tariff = self.capital_tariff.unwrap_or(Money::ZERO);
        uc.reduction = uc.taper + uc.unearned_income + uc.capital_tariff;
        uc.before_cap = if uc.over_capital_limit {
            Money::ZERO
        } else {
            (uc.maximum - uc.reduction).at_least_zero()
        };

        let cb = fixed.child_benefit;
        uc.cap_exempt_by_earnings = earned_income >= fixed.cap_earnings_exception;
        uc.cap_exempt = self.cap_exempt_always
            || uc.cap_exempt_by_earnings
            || people[..n].iter().any(|x| x.carers_allowance.is_positive());
        uc.cap = fixed.benefit_cap;
        uc.cap_reduction = if uc.cap_exempt {
            Money::ZERO
        } else {
            benefit_cap::reduction(uc.cap, uc.before_cap, cb, uc.childcare)
        };
        uc.award = (uc.before_cap - uc.cap_reduction).round_penny();

        // Benefits that follow from UC, and the rest.
        let scp = if uc.award.is_positive() {
            fixed.scottish_child_payment
        } else {
            Money::ZERO
        };
        let charge = if cb.is_positive() {
            // The charge falls on the partner with the higher adjusted net income (income
            // less grossed-up pension contributions under relief at source).
            let ani = (0..n)
                .map(|i| total_income[i] - pay.pension_grossed_up[i])
                .max()
                .unwrap_or(Money::ZERO);
            child_benefit::high_income_charge(p, ani, fixed.child_benefit_annual)
                .annual_to_monthly()
        } else {
            Money::ZERO
        };

        let mut f = Figures {
            people,
            adult_count: n,
            uc,
            child_benefit: cb,
            child_benefit_charge: charge,
            scottish_child_payment: scp,
            dla: fixed.dla,
            pip: fixed.pip,
            ..Figures::default()
        };
        for x in &people[..n] {
            f.employment_income += x.gross;
            f.income_tax += x.income_tax;
            f.national_insurance += x.national_insurance;
            f.pension += x.pension;
            f.carers_allowance += x.carers_allowance;
            f.carer_supplement += x.carer_supplement;
        }
        f.net_income = f.employment_income
            + f.uc.award
            + f.child_benefit
            + f.carers_allowance
            + f.carer_supplement
            + f.scottish_child_payment
            + f.pip
            + f.dla
            - f.income_tax
            - f.national_insurance
            - f.pension
            - f.child_benefit_charge;
        f.housing_costs = self.housing.rent();
        f.council_tax = self.council_tax_net_monthly;
        f.childcare_costs = costs.childcare;
        f.travel_costs = costs.travel;
        f.net_income_after_housing = f.net_income - f.housing_costs - f.council_tax;
        f.net_income_after_work_costs = f.net_income - f.childcare_costs - f.travel_costs;
        f.disposable_income = f.net_income_after_housing - f.childcare_costs - f.travel_costs;
        f
    }
}
