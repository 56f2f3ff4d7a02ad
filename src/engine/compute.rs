//! One evaluation of the household at given earnings: numbers only, no words. Here are the
//! ways in ([`Household::out_of_work`], [`Household::in_work`], [`Household::net_at`],
//! [`Household::evaluate`]) and the steps of an evaluation after each adult's pay.
//!
//! The order follows the law's dependencies: pay, NI and pension first; income tax on the
//! earnings alone (what UC and the Carer's Allowance test deduct); Carer's Allowance; then
//! income tax on all taxable income with any Marriage Allowance; then the UC award for the
//! monthly assessment period; then the benefits that follow from UC. Nothing here allocates,
//! so the sweep can call it 121 times cheaply. The first steps, which depend on each adult's
//! pay alone, are worked out once per point ([`Pay`], in `pay`) and shared by the
//! evaluations a choice needs (who claims Carer's Allowance, whether to claim Marriage
//! Allowance).

use super::figures::{Earner, Figures, MarriageRole, Pay, UcFigures, WorkCosts};
use super::household::Household;
use super::offer::hourly_wage;
use super::pay::uc_earned_income;
use crate::money::Money;
use crate::params::Country;
use crate::rules::uc::{benefit_cap, childcare, taper};
use crate::rules::{child_benefit, income_tax, marriage_allowance};
use crate::scenario::JobOffer;
use rust_decimal::Decimal;

impl Household {
    /// Figures out of work (as things are now).
    pub fn out_of_work(&self) -> Figures {
        self.evaluate_pay(&self.current_pay, WorkCosts::default())
    }

    /// Figures in an offer at its own hours and wage.
    pub fn in_work(&self, offer: &JobOffer) -> Figures {
        self.net_at(offer, offer.hours_per_week, hourly_wage(offer))
    }

    /// Figures in an offer at other hours or another wage (what-if, chart, heat map).
    ///
    /// The same as evaluating [`Household::offer_earners`], but only the offer's adult's pay
    /// is worked out: the other adult's is as now, worked out once when preparing.
    pub fn net_at(&self, offer: &JobOffer, hours: Decimal, wage: Money) -> Figures {
        let slot = self.offer_slot(offer);
        let mut pay = self.current_pay;
        let earner = Household::offer_earner(offer, hours, wage);
        self.payroll().adult_pay(slot, &earner, &mut pay);
        self.evaluate_pay(&pay, Household::offer_costs(offer, hours))
    }

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
        self.evaluate_pay(&self.payroll().pay(earners), costs)
    }

    /// [`Household::evaluate`], with the pay already worked out.
    fn evaluate_pay(&self, pay: &Pay, costs: WorkCosts) -> Figures {
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
