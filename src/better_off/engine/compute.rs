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

use super::figures::{
    CtrFacts, CtrFigures, Earner, Figures, HbFigures, HousingFacts, MarriageRole, MeansPart, Pay,
    PcFigures, PersonFigures, Route, TaxOnIncome, UcFigures, WorkCosts,
};
use super::household::Household;
use super::offer::hourly_wage;
use super::pay::uc_earned_income;
use crate::better_off::params::{Country, Params};
use crate::better_off::rules::housing_benefit::{self, Scheme};
use crate::better_off::rules::uc::{benefit_cap, childcare, taper};
use crate::better_off::rules::{
    child_benefit, council_tax_reduction, esa, help_in_kind, income_tax, marriage_allowance,
    non_dependants, pension_credit, winter_fuel,
};
use crate::better_off::scenario::JobOffer;
use crate::money::{Money, Period};
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
        let mut f = Figures::default();
        self.net_at_into(offer, hours, wage, &mut f);
        f
    }

    /// [`Household::net_at`], written into `f` (the sweep's own buffers): the figures are
    /// about 2 KB, and returning them by value through each step copied them every time.
    pub fn net_at_into(&self, offer: &JobOffer, hours: Decimal, wage: Money, f: &mut Figures) {
        let slot = self.offer_slot(offer);
        let mut pay = Pay {
            now: false,
            ..self.current_pay
        };
        let earner = Household::offer_earner(offer, hours, wage);
        self.payroll().adult_pay(slot, &earner, &mut pay);
        self.evaluate_pay_into(&pay, Household::offer_costs(offer, hours), f);
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
        let mut f = Figures::default();
        self.evaluate_pay_into(pay, costs, &mut f);
        f
    }

    /// [`Household::evaluate_pay`], written into `f`.
    fn evaluate_pay_into(&self, pay: &Pay, costs: WorkCosts, f: &mut Figures) {
        // Two carers of the same person: one allowance, to the partner they choose if both
        // qualify, otherwise to the one who does (SSCBA 1992 s.70(7)).
        let both_qualify = self.adult_count == 2
            && self.carers_care_for_same_person
            && pay.ca_weekly.iter().all(|w| w.is_positive());
        if !both_qualify {
            return self.evaluate_best_marriage(pay, pay.ca_weekly, costs, f);
        }
        let claimed_by = |claimant: usize| {
            let mut ca_weekly = pay.ca_weekly;
            ca_weekly[1 - claimant] = Money::ZERO;
            ca_weekly
        };
        let elder = usize::from(self.adults[1].age > self.adults[0].age);
        self.evaluate_best_marriage(pay, claimed_by(elder), costs, f);
        let mut second = Figures::default();
        self.evaluate_best_marriage(pay, claimed_by(1 - elder), costs, &mut second);
        if second.net_income > f.net_income {
            *f = second;
        }
    }

    /// With Marriage Allowance if it is claimed and leaves the couple better off, else
    /// without, into `f`. Both ways start from the same taxable incomes, worked out once
    /// here; the way without is worked out in a buffer of its own and copied only if chosen.
    fn evaluate_best_marriage(
        &self,
        pay: &Pay,
        ca_weekly: [Money; 2],
        costs: WorkCosts,
        f: &mut Figures,
    ) {
        let incomes = self.taxable_incomes(pay, ca_weekly);
        self.evaluate_with(pay, &incomes, costs, self.married, f);
        if !f
            .people()
            .iter()
            .any(|p| p.marriage_allowance != MarriageRole::None)
        {
            return;
        }
        if self.without_marriage_allowance_is_worse(pay, &incomes, costs, f) {
            // The argument is checked on every evaluation of the tests (debug builds).
            #[cfg(debug_assertions)]
            {
                let mut without = Figures::default();
                self.evaluate_with(pay, &incomes, costs, false, &mut without);
                debug_assert!(without.net_income < f.net_income);
            }
            return;
        }
        let mut without = Figures::default();
        self.evaluate_with(pay, &incomes, costs, false, &mut without);
        if without.net_income > f.net_income {
            *f = without;
        }
    }

    /// Whether the couple's net income without Marriage Allowance is sure to be at least a
    /// penny below `f`'s, the figures with it (`incomes` and `costs` as for `f`): then `f` is
    /// the answer, and the evaluation without it need not be worked out.
    ///
    /// The two ways share the pay and the taxable incomes; only the income tax differs, and
    /// what follows from it. Of net income's parts that is Universal Credit (earnings less the
    /// tax on them), Pension Credit and Housing Benefit (income less all income tax), and,
    /// when UC or guarantee credit starts or stops, Scottish Child Payment and the Winter Fuel
    /// Payment's relevant benefit. Council Tax Reduction and help in kind are not part of
    /// net income, and the Child Benefit charge counts taxable income, not tax. So, with
    /// `saved` the income tax the transfer saves a month (the taxes without it are the ones the
    /// evaluation without it takes):
    ///
    /// - UC without the transfer is worked out exactly (`universal_credit`, from the very
    ///   figures that evaluation would give it: each adult's earned income as the pay has it);
    ///   it must be paid, and entitled before the cap, both ways or neither.
    /// - The legacy means tests' weekly income is lower without the transfer by at most
    ///   `saved` a week (x12/52): each adult's part counts their income tax once, and the
    ///   floors at nil that follow never widen a difference. `reach` adds a penny to that
    ///   for the last digits of the divisions.
    /// - Pension Credit takes back all of any fall in income (no taper), so if guarantee
    ///   credit is paid with the transfer, the two ways differ by the last digits of the
    ///   divisions only: then both are worked out. If it is not, it must stay unpaid without
    ///   it: the minimum guarantee less the income less `reach` is nil (guarantee credit only
    ///   falls as income rises, so the true income, at least that, gives nil too).
    /// - Housing Benefit without the transfer is at most the award at the income less
    ///   `reach` (the award only falls as income rises, including the 50p minimum), unless
    ///   it is the whole rent both ways (passported by UC, as guarantee credit is unpaid both
    ///   ways) or nothing both ways (savings over the limit). With the supported or temporary
    ///   accommodation disregard part of the year, both are worked out.
    ///
    /// Then net income without the transfer is at most `f`'s less `saved` plus UC's and
    /// Housing Benefit's gain; if that is a penny or more below, the way without cannot win.
    /// A penny is far more than the last digits of the sums (28 significant digits).
    fn without_marriage_allowance_is_worse(
        &self,
        pay: &Pay,
        incomes: &TaxableIncomes,
        costs: WorkCosts,
        f: &Figures,
    ) -> bool {
        let hb_facts = self.hb.as_ref();
        if f.pension_credit.weekly.is_positive()
            || hb_facts.is_some_and(|h| h.accommodation_disregard_share > Decimal::ZERO)
        {
            return false;
        }
        let n = self.adult_count;
        let mut saved = Money::ZERO;
        for i in 0..n {
            let tax_without = incomes.taxed[i].map_or(pay.people[i].income_tax, |t| t.tax_monthly);
            saved += tax_without - f.people[i].income_tax;
        }
        // x12/52 and x52/12 rounded up (multiplying costs less than dividing): bounds that
        // are at least the true amounts.
        let reach = saved.at_least_zero().times(Decimal::new(2308, 4)) + Money::pence(1);
        let weeks_in_month = Decimal::new(43334, 4);
        let mut gain = Money::ZERO;
        if self.route == Route::UniversalCredit {
            let mut people = f.people;
            for (x, paid) in people.iter_mut().zip(&pay.people).take(n) {
                x.uc_earned_income = paid.uc_earned_income;
            }
            let uc = self.universal_credit(pay, &people, costs);
            if uc.award.is_positive() != f.uc.award.is_positive()
                || uc.before_cap.is_positive() != f.uc.before_cap.is_positive()
            {
                return false;
            }
            gain += uc.paid - f.uc.paid;
        }
        if let (Route::PensionAge, Some(_)) = (self.route, &self.pc) {
            // This situation's minimum guarantee, not the household's fixed one: the carer
            // addition follows the Carer's Allowance paid here (`carers_in`), which the two
            // ways share.
            let lowest = f.pension_credit.income_weekly - reach;
            if pension_credit::guarantee_credit(f.pension_credit.minimum_guarantee_weekly, lowest)
                .is_positive()
            {
                return false;
            }
        }
        let hb = &f.housing_benefit;
        if hb_facts.is_some() && !hb.passported && !hb.over_capital_limit {
            // This situation's applicable amount (its carer premium follows the Carer's
            // Allowance paid here), as for the minimum guarantee above.
            let most = housing_benefit::weekly(
                self.params,
                hb.eligible_rent_weekly,
                Money::ZERO,
                hb.applicable_amount_weekly,
                hb.income_weekly - reach,
            );
            gain += (most - hb.weekly).at_least_zero().times(weeks_in_month);
        }
        saved - gain >= Money::pence(1)
    }

    /// The rest of the evaluation, with `incomes` from the Carer's Allowance each adult
    /// claims: income tax, then the means-tested benefits of the household's route, then the
    /// benefits that follow from them, then the totals.
    fn evaluate_with(
        &self,
        pay: &Pay,
        incomes: &TaxableIncomes,
        costs: WorkCosts,
        consider_marriage_allowance: bool,
        f: &mut Figures,
    ) {
        *f = self.blank_figures;
        f.people = pay.people;
        // Into the figures' own people: copying them (twice) cost more than it seems.
        let total_income =
            self.income_taxes(pay, incomes, consider_marriage_allowance, &mut f.people);
        let means = LegacyMeans::new(self, pay, &f.people, costs);
        match self.route {
            Route::UniversalCredit => f.uc = self.universal_credit(pay, &f.people, costs),
            Route::PensionAge => f.pension_credit = self.pension_credit(&means, &f.people),
        }
        f.housing_benefit = self.housing_benefit(&means, f);
        f.council_tax_reduction = self.council_tax_reduction(pay, &means, f);
        f.relative_loses = self.relative_loses(f);
        let on_means_tested_benefit =
            f.uc.award.is_positive() || f.pension_credit.weekly.is_positive();
        f.scottish_child_payment = if on_means_tested_benefit {
            self.fixed.scottish_child_payment
        } else {
            Money::ZERO
        };
        f.child_benefit_charge = self.child_benefit_charge(pay, &total_income);
        self.winter_fuel(f, &total_income, on_means_tested_benefit);
        f.help_in_kind = self.help_in_kind(f);
        self.totals(f, costs);
    }

    /// The figures an evaluation starts from: the household's fixed amounts, nothing worked
    /// out (kept when preparing: `Household::blank_figures`).
    pub(super) fn blank_figures(&self) -> Figures {
        Figures {
            adult_count: self.adult_count,
            route: self.route,
            child_benefit: self.fixed.child_benefit,
            dla: self.fixed.dla,
            pip: self.fixed.pip,
            ..Figures::default()
        }
    }

    /// Each married adult's tax on their earnings as now with the allowance left after giving
    /// Marriage Allowance away (kept when preparing).
    pub(super) fn giving_taxes_on_earnings_as_now(&self) -> [Option<Money>; 2] {
        let mut kept = [None; 2];
        if !self.married {
            return kept;
        }
        for (i, slot) in kept.iter_mut().enumerate().take(self.adult_count) {
            *slot = Some(self.giving_tax_on_earnings(self.current_pay.gross_annual[i]));
        }
        kept
    }

    /// The tax on `gross` earnings with the allowance left after giving Marriage Allowance
    /// away (PAYE gives the job what allowance is left).
    fn giving_tax_on_earnings(&self, gross: Money) -> Money {
        let p = self.params;
        let scottish = self.country == Country::Scotland;
        let allowance = income_tax::personal_allowance(p, gross, true);
        income_tax::tax_due(p, gross, allowance, scottish, Money::ZERO)
    }

    /// Income tax on all taxable income, with Marriage Allowance, into each adult's figures;
    /// each adult's taxable income for the year is returned.
    ///
    /// Carer's Allowance and Carer Support Payment, New Style ESA and JSA and the State
    /// Pension are taxable (ITEPA 2003 s.660 Table A, s.577). The weekly Scottish carer
    /// supplement is paid as part of Carer Support Payment from March 2026, so it is taxed
    /// with it, as the reference model does; it is not UC income there either. The tax on the
    /// earnings alone (what UC deducts from earnings, as the reference model does) gives the
    /// earnings the whole personal allowance, as PAYE does.
    fn income_taxes(
        &self,
        pay: &Pay,
        incomes: &TaxableIncomes,
        consider_marriage_allowance: bool,
        people: &mut [PersonFigures; 2],
    ) -> [Money; 2] {
        let p = self.params;
        let n = self.adult_count;
        let gross_annual = &pay.gross_annual;
        let fixed = &self.fixed;
        let TaxableIncomes {
            ca_weekly,
            other: other_income,
            total: total_income,
            taxed,
        } = *incomes;
        // The tax on all of it without Marriage Allowance, and a married couple's figures for
        // choosing it. With no other income added, those are the ones on the earnings alone,
        // worked out with the pay.
        let mut tax_whole_allowance = pay.tax_on_earnings_annual;
        let mut partners = pay.partner;
        for i in 0..n {
            if let Some(t) = taxed[i] {
                tax_whole_allowance[i] = t.tax_annual;
                if let Some(partner) = t.partner {
                    partners[i] = partner;
                }
            }
        }
        let transfer = if consider_marriage_allowance && n == 2 {
            marriage_allowance::choose_between(p, partners)
        } else {
            None
        };
        // Without a transfer, each pays the tax with the whole allowance; with one, the
        // partners' taxes come with it. The tax on the earnings alone is the same unless other
        // income is added.
        let mut tax_annual = tax_whole_allowance;
        let mut tax_on_earnings_annual = pay.tax_on_earnings_annual;
        if let Some((t, tax_with)) = transfer {
            for i in [t.from, t.to] {
                let gives = i == t.from;
                tax_annual[i] = tax_with[i];
                tax_on_earnings_annual[i] = if other_income[i].is_positive() {
                    // PAYE gives the allowance to the job first: the tax on the earnings alone.
                    if gives {
                        match self.giving_tax_on_earnings_now[i] {
                            Some(kept)
                                if self.current_pay.gross_annual[i]
                                    .same_digits(gross_annual[i]) =>
                            {
                                kept
                            }
                            _ => self.giving_tax_on_earnings(gross_annual[i]),
                        }
                    } else {
                        // `tax_due` with the whole allowance less the reducer, never below
                        // nil: the pay's tax on the earnings less it, to the last digit.
                        (pay.tax_on_earnings_annual[i] - marriage_allowance::reducer(p))
                            .at_least_zero()
                    }
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
        // or other income; only those change them.
        for i in 0..n {
            let person = &mut people[i];
            let other = other_income[i].is_positive();
            let transferred = person.marriage_allowance != MarriageRole::None;
            if ca_weekly[i].is_positive() {
                person.carers_allowance = ca_weekly[i].weekly_to_monthly();
                person.carer_supplement = fixed.carer_supplement;
            }
            if let (Some(t), false) = (taxed[i], transferred) {
                person.income_tax = t.tax_monthly; // tax_annual[i] a month
            } else if other || transferred {
                person.income_tax = tax_annual[i].annual_to_monthly();
            }
            if transferred {
                person.income_tax_on_earnings = if other {
                    tax_on_earnings_annual[i].annual_to_monthly()
                } else {
                    person.income_tax // the same tax, as the income is the earnings alone
                };
                person.uc_earned_income = uc_earned_income(person);
            }
        }
        total_income
    }

    /// Each adult's taxable income for the year with the Carer's Allowance in `ca_weekly`, and
    /// the tax on it for those with income besides earnings.
    fn taxable_incomes(&self, pay: &Pay, ca_weekly: [Money; 2]) -> TaxableIncomes {
        let mut incomes = TaxableIncomes {
            ca_weekly,
            other: [Money::ZERO; 2],
            total: [Money::ZERO; 2],
            taxed: [None; 2],
        };
        for i in 0..self.adult_count {
            let (other, total) = self.taxable_income(pay, ca_weekly, i);
            (incomes.other[i], incomes.total[i]) = (other, total);
            if other.is_positive() {
                incomes.taxed[i] = Some(self.tax_on(i, total));
            }
        }
        incomes
    }

    /// Adult `i`'s income besides earnings that is taxed (Carer's Allowance or Carer Support
    /// Payment with any carer supplement, and the other taxable benefits), and their total
    /// taxable income, for the year.
    fn taxable_income(&self, pay: &Pay, ca_weekly: [Money; 2], i: usize) -> (Money, Money) {
        let carer_benefits = if ca_weekly[i].is_positive() {
            (ca_weekly[i] + self.fixed.carer_supplement_weekly).weekly_to_annual()
        } else {
            Money::ZERO
        };
        let other = carer_benefits + pay.other_taxable_annual[i];
        (other, pay.gross_annual[i] + other)
    }

    /// Each adult's tax on their taxable income as it is now, if they have income besides
    /// earnings (kept when preparing: `Household::tax_now`).
    pub(super) fn taxes_as_now(&self) -> [Option<TaxOnIncome>; 2] {
        let pay = &self.current_pay;
        let mut kept = [None; 2];
        for (i, slot) in kept.iter_mut().enumerate().take(self.adult_count) {
            let (other, total) = self.taxable_income(pay, pay.ca_weekly, i);
            if other.is_positive() {
                let mut tax = self.work_out_tax_on(total);
                tax.partner = tax.partner.map(|x| x.giving_worked_out(self.params));
                *slot = Some(tax);
            }
        }
        kept
    }

    /// Adult `i`'s tax on `income`: the kept figures when it is their income as now, to the
    /// last digit, as it is for the adult who does not take the offer; otherwise worked out.
    fn tax_on(&self, i: usize, income: Money) -> TaxOnIncome {
        match self.tax_now[i] {
            Some(kept) if kept.income.same_digits(income) => kept,
            _ => self.work_out_tax_on(income),
        }
    }

    /// Income tax on `income` with the whole personal allowance, and a married partner's
    /// figures for choosing Marriage Allowance.
    fn work_out_tax_on(&self, income: Money) -> TaxOnIncome {
        let p = self.params;
        let scottish = self.country == Country::Scotland;
        let allowance = income_tax::personal_allowance(p, income, false);
        let tax = income_tax::tax_due(p, income, allowance, scottish, Money::ZERO);
        TaxOnIncome {
            income,
            tax_annual: tax,
            tax_monthly: tax.annual_to_monthly(),
            partner: self.married.then(|| {
                marriage_allowance::Partner::with_tax(p, income, allowance, tax, scottish)
            }),
        }
    }

    /// Universal Credit for the assessment period.
    fn universal_credit(
        &self,
        pay: &Pay,
        people: &[PersonFigures; 2],
        costs: WorkCosts,
    ) -> UcFigures {
        let p = self.params;
        let fixed = &self.fixed;
        let n = self.adult_count;
        let people = &people[..n];
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
            && (0..n).all(|i| works(i) || self.adults[i].lcw || self.adults[i].carer);
        uc.childcare_work_condition = work_condition;
        // The cap is for the children the childcare is paid for (reg 34(1)(b)), at most the
        // children young enough; without the number, all of them.
        uc.childcare_children = costs
            .childcare_children
            .map_or(self.children_for_childcare, |c| {
                (c as usize).min(self.children_for_childcare)
            });
        uc.childcare_cap = childcare::cap(p, uc.childcare_children);
        uc.childcare =
            childcare::monthly(p, costs.childcare, uc.childcare_children, work_condition);
        uc.maximum = fixed.uc_maximum_before_childcare + uc.childcare;
        uc.work_allowance_eligible = self.work_allowance_eligible();
        uc.work_allowance = fixed.work_allowance;
        let earned_income: Money = people.iter().map(|x| x.uc_earned_income).sum();
        uc.earned_income = earned_income;
        uc.earned_above_allowance =
            taper::earnings_above_allowance(earned_income, uc.work_allowance);
        uc.taper = taper::deduction_on(p, uc.earned_above_allowance);
        // Unearned income taken in full (reg 66(1)): Carer's Allowance, New Style ESA and JSA,
        // and the State Pension of a partner over State Pension age.
        uc.unearned_income = people
            .iter()
            .map(|x| x.carers_allowance + x.esa + x.jsa + x.state_pension)
            .sum();
        uc.over_capital_limit = self.capital_tariff.is_none();
        uc.capital_tariff = self.capital_tariff.unwrap_or(Money::ZERO);
        uc.reduction = uc.taper + uc.unearned_income + uc.capital_tariff;
        uc.before_cap = if uc.over_capital_limit {
            Money::ZERO
        } else {
            (uc.maximum - uc.reduction).at_least_zero()
        };

        // The benefit cap counts UC, Child Benefit and New Style ESA and JSA (WRA 2012
        // s.96(10)); Housing Benefit for supported housing counts as nil (reg 80(2A)).
        let capped_benefits =
            fixed.child_benefit + people.iter().map(|x| x.esa + x.jsa).sum::<Money>();
        uc.cap_exempt_by_earnings = earned_income >= fixed.cap_earnings_exception;
        // A grace period lifts the cap for 9 months after a steady job ends (reg 82(1)(b)):
        // out of work, as things are now.
        uc.cap_exempt = self.cap_exempt_always
            || uc.cap_exempt_by_earnings
            || (pay.now && self.benefit_cap_grace)
            || people.iter().any(|x| x.carer_entitled);
        uc.cap = fixed.benefit_cap;
        uc.cap_reduction = if uc.cap_exempt {
            Money::ZERO
        } else {
            benefit_cap::reduction(uc.cap, uc.before_cap, capped_benefits, uc.childcare)
        };
        uc.award = (uc.before_cap - uc.cap_reduction).round_penny();
        // Deductions for debts carry on in work, but never take more than the award
        // (Claims and Payments Regs 2013 Sch 6 para 3(1)).
        uc.deductions = self.uc_deductions.min(uc.award);
        uc.paid = uc.award - uc.deductions;
        uc
    }

    /// Pension Credit's guarantee credit, a week and a month: the minimum guarantee less
    /// income (SPC Regs 2002 regs 6, 15, 17).
    fn pension_credit(&self, means: &LegacyMeans, people: &[PersonFigures]) -> PcFigures {
        let Some(facts) = &self.pc else {
            return PcFigures::default();
        };
        let p = self.params;
        let n = self.adult_count;
        let mut adults = facts.adults;
        let carers = self.carers_in(people);
        for (i, a) in adults[..n].iter_mut().enumerate() {
            (a.carer, a.cared_for_by_paid_carer) = carers[i];
        }
        let family = pension_credit::Family {
            adults: &adults[..n],
            children: &facts.children,
            carers_care_for_same_person: self.carers_care_for_same_person,
            non_dependants: false,
        };
        // The carer addition and the severe disability addition follow this situation's
        // Carer's Allowance (see `carers_in`); without a carer the fixed figure stands.
        let minimum_guarantee = if adults[..n] == facts.adults[..n] {
            facts.minimum_guarantee_weekly
        } else {
            pension_credit::minimum_guarantee(p, &family)
        };
        let means = means.get();
        let disregard = pension_credit::earnings_disregard(p, &family, means.net_earnings_weekly);
        let income = (means.income_weekly - disregard).at_least_zero() + facts.deemed_income_weekly;
        let weekly = pension_credit::guarantee_credit(minimum_guarantee, income);
        PcFigures {
            claimed: true,
            minimum_guarantee_weekly: minimum_guarantee,
            income_weekly: income,
            earnings_disregard_weekly: disregard,
            weekly,
            award: weekly.weekly_to_monthly(),
        }
    }

    /// The claimant's and partner's weekly income for the legacy means tests (Pension Credit
    /// and Housing Benefit): earnings and taxable benefits less all their income tax, NI and
    /// half of pension contributions, as the reference model counts it; and their net
    /// earnings, which the earnings disregards cannot exceed.
    ///
    /// An adult's part kept when preparing (`Household::means_now`) is used when it was worked
    /// out from the very same figures.
    fn means(&self, pay: &Pay, people: &[PersonFigures; 2]) -> Means {
        let mut income = Money::ZERO;
        let mut net_earnings = Money::ZERO;
        for (i, x) in people[..self.adult_count].iter().enumerate() {
            let from = means_part_from(pay.gross_annual[i], x);
            income += match self.means_now[i] {
                Some(kept) if kept.from.iter().zip(from).all(|(a, b)| a.same_digits(b)) => {
                    kept.weekly
                }
                _ => means_part(from),
            };
            net_earnings += x.net_weekly_earnings.at_least_zero();
        }
        Means {
            income_weekly: income.at_least_zero(),
            net_earnings_weekly: net_earnings,
        }
    }

    /// Each adult's part of the legacy means tests' income out of work, kept when preparing a
    /// couple with a legacy means test (Pension Credit, Housing Benefit or Council Tax
    /// Reduction).
    pub(super) fn means_as_now(&self) -> [Option<MeansPart>; 2] {
        let mut kept = [None; 2];
        if self.adult_count < 2 || (self.pc.is_none() && self.hb.is_none() && self.ctr.is_none()) {
            return kept;
        }
        let out = self.out_of_work();
        for (i, slot) in kept.iter_mut().enumerate() {
            let from = means_part_from(self.current_pay.gross_annual[i], &out.people[i]);
            *slot = Some(MeansPart {
                from,
                weekly: means_part(from),
            });
        }
        kept
    }

    /// Housing Benefit, when the household claims it: the whole eligible rent while on UC or
    /// guarantee credit, otherwise the means test.
    fn housing_benefit(&self, means: &LegacyMeans, f: &Figures) -> HbFigures {
        let Some(facts) = &self.hb else {
            return HbFigures::default();
        };
        let p = self.params;
        let applicable_amount_weekly =
            self.legacy_applicable_at_work(facts.scheme, f, facts.applicable_amount_weekly);
        let mut out = HbFigures {
            claimed: true,
            scheme: Some(facts.scheme),
            eligible_rent_weekly: facts.eligible_rent_weekly,
            applicable_amount_weekly,
            accommodation_disregard_share: facts.accommodation_disregard_share,
            ..HbFigures::default()
        };
        // On UC (entitled before the cap: HB Regs 2006 reg 2(3B)) or on guarantee credit, all
        // income and capital is disregarded.
        out.passported = match facts.scheme {
            Scheme::WorkingAge => f.uc.before_cap.is_positive(),
            Scheme::PensionAge => f.pension_credit.weekly.is_positive(),
        };
        if out.passported {
            out.weekly =
                housing_benefit::passported_weekly(facts.eligible_rent_weekly, Money::ZERO);
        } else if let Some(tariff) = facts.tariff_weekly {
            let income_weekly = means.get().income_weekly;
            let award = |d: housing_benefit::Disregards| {
                let income = (income_weekly - d.total()).at_least_zero() + tariff;
                let weekly = housing_benefit::weekly(
                    p,
                    facts.eligible_rent_weekly,
                    Money::ZERO,
                    applicable_amount_weekly,
                    income,
                );
                (weekly, income, d)
            };
            let (without, income, disregards) = award(means.disregards(facts.scheme, f));
            out.income_weekly = income;
            out.disregards = disregards;
            out.weekly_without_accommodation_disregard = without;
            out.weekly = without;
            let share = facts.accommodation_disregard_share;
            if share > Decimal::ZERO {
                let (with, _, _) = award(self.earnings_disregards(
                    facts.scheme,
                    f,
                    means.childcare_weekly(),
                    true,
                ));
                out.weekly_with_accommodation_disregard = with;
                // The year's award: each week at the rule in force that week.
                out.weekly = without * (Decimal::ONE - share) + with * share;
            }
        } else {
            out.over_capital_limit = true;
        }
        out.award = out.weekly.weekly_to_monthly();
        out
    }

    /// Council Tax Reduction by the scheme that applies: pension age (someone over State
    /// Pension age and not on UC: SI 2012/2885 reg 3), or the nation's working-age scheme.
    fn council_tax_reduction(&self, pay: &Pay, means: &LegacyMeans, f: &Figures) -> CtrFigures {
        use council_tax_reduction::Scheme as S;
        let Some(facts) = &self.ctr else {
            return CtrFigures::default();
        };
        let p = self.params;
        let on_uc = f.uc.before_cap.is_positive();
        let pensioner = self.adults().iter().any(|a| a.over_pension_age) && !on_uc;
        let scheme = if pensioner {
            S::PensionAge
        } else {
            match self.country {
                Country::Scotland => S::ScotlandWorkingAge,
                Country::Wales if on_uc => S::WalesUniversalCredit,
                Country::Wales => S::WalesWorkingAge,
                Country::England if pay.now || facts.entered_in_work_annual.is_some() => {
                    S::EnglandAsEntered
                }
                Country::England => S::EnglandEstimate,
            }
        };
        let mut out = CtrFigures {
            scheme: Some(scheme),
            ..CtrFigures::default()
        };
        if scheme == S::EnglandAsEntered {
            out.annual = if pay.now {
                facts.entered_now_annual
            } else {
                facts
                    .entered_in_work_annual
                    .unwrap_or(facts.entered_now_annual)
            }
            .min(self.council_tax_annual);
            return out;
        }
        if scheme == S::PensionAge && f.pension_credit.weekly.is_positive() {
            // Guarantee credit: the whole bill (SI 2012/2885 Sch 1 para 13).
            out.passported = true;
            out.annual = self.council_tax_annual;
            return out;
        }
        let (applicable, income) = match scheme {
            S::PensionAge => self.ctr_legacy_means(means, f, facts, true),
            S::ScotlandWorkingAge => self.ctr_scotland_means(f, facts),
            // WSI 2013/3029 Sch 6 paras 3, 9 (and England's default scheme, para 28): the UC
            // maximum amount against the UC income figure plus the award, x12/52.
            S::WalesUniversalCredit => (
                f.uc.maximum.monthly_to_weekly(),
                Some(
                    (f.uc.earned_income + f.uc.unearned_income + f.uc.capital_tariff + f.uc.award)
                        .monthly_to_weekly(),
                ),
            ),
            S::WalesWorkingAge => self.ctr_legacy_means(means, f, facts, false),
            S::EnglandEstimate if on_uc => (
                f.uc.maximum.monthly_to_weekly(),
                Some(
                    (f.uc.earned_income + f.uc.unearned_income + f.uc.capital_tariff + f.uc.award)
                        .monthly_to_weekly(),
                ),
            ),
            _ => self.ctr_legacy_means(means, f, facts, false),
        };
        out.applicable_amount_weekly = applicable;
        let Some(income) = income else {
            out.over_capital_limit = true;
            return out;
        };
        out.income_weekly = income;
        let weekly = council_tax_reduction::weekly(p, facts.bill_weekly, applicable, income);
        out.annual = weekly.weekly_to_annual().min(self.council_tax_annual);
        if scheme == S::EnglandEstimate {
            // The council's own scheme gave what the person entered; in work we estimate with
            // the default scheme, but never more than they get now (reductions do not rise
            // with earnings), and nothing if they get none now.
            out.annual = out.annual.min(facts.entered_now_annual);
        }
        out
    }

    /// Help in kind that stops when earnings rise (rules::help_in_kind).
    fn help_in_kind(&self, f: &Figures) -> help_in_kind::Values {
        if self.child_ages.is_empty() && !self.expecting_baby && self.country != Country::England {
            return help_in_kind::Values::default();
        }
        let mut adult_ages = [0u32; 2];
        for (slot, a) in adult_ages.iter_mut().zip(self.adults()) {
            *slot = a.age;
        }
        let household = help_in_kind::Household {
            country: self.country,
            year: self.year,
            child_ages: &self.child_ages,
            expecting_baby: self.expecting_baby,
            adult_ages: &adult_ages[..self.adult_count],
        };
        let u = &f.uc;
        let situation = help_in_kind::Situation {
            on_universal_credit: u.award.is_positive(),
            on_guarantee_credit: f.pension_credit.weekly.is_positive(),
            on_scottish_child_payment: f.scottish_child_payment.is_positive(),
            net_earnings_monthly: u.earned_income,
            uc_higher_nhs_limit: u.child_element.is_positive()
                || u.lcwra.is_positive()
                || self.adults().iter().any(|a| a.lcw),
        };
        help_in_kind::values(self.params, &household, &situation)
    }

    /// Living with family: what the person's presence costs the relative's help with rent, a
    /// month (rules::non_dependants).
    fn relative_loses(&self, f: &Figures) -> Money {
        use crate::better_off::scenario::RelativeHousing as R;
        let HousingFacts::WithFamily { relative, .. } = self.housing else {
            return Money::ZERO;
        };
        let p = self.params;
        let people = f.people();
        let person = non_dependants::Person {
            age: self.adults().iter().map(|a| a.age).max().unwrap_or(0),
            daily_living_benefit: people.iter().any(|x| x.pip_daily_living.is_positive()),
            carers_allowance: people.iter().any(|x| x.carers_allowance.is_positive()),
            pension_credit: f.pension_credit.weekly.is_positive(),
            child_under_5: self.children_under_5 > 0,
            uc_without_earnings: f.uc.award.is_positive() && f.uc.earned_income.is_zero(),
        };
        match relative {
            R::NoHelpWithRent => Money::ZERO,
            R::UniversalCredit { relative_exempt } => {
                non_dependants::uc_contribution_monthly(p, &person, relative_exempt)
            }
            R::HousingBenefit { relative_exempt } => {
                let hours = people.iter().map(|x| x.hours).max().unwrap_or_default();
                let gross_weekly = people
                    .iter()
                    .map(|x| x.gross)
                    .sum::<Money>()
                    .monthly_to_weekly();
                non_dependants::hb_deduction_weekly(
                    p,
                    &person,
                    relative_exempt,
                    hours,
                    gross_weekly,
                )
                .weekly_to_monthly()
            }
        }
    }

    /// The pension-age scheme's (or a working-age scheme's, without UC) means test: the
    /// applicable amount and the income after disregards, plus tariff income; `None` for
    /// income when savings are over the limit.
    fn ctr_legacy_means(
        &self,
        means: &LegacyMeans,
        f: &Figures,
        facts: &CtrFacts,
        pension_age: bool,
    ) -> (Money, Option<Money>) {
        let (scheme, applicable, tariff) = if pension_age {
            (
                Scheme::PensionAge,
                facts.pension_applicable_weekly,
                facts.pension_tariff_weekly,
            )
        } else {
            (
                Scheme::WorkingAge,
                facts.working_applicable_weekly,
                facts.working_tariff_weekly,
            )
        };
        let applicable = self.legacy_applicable_at_work(scheme, f, applicable);
        let disregards = means.disregards(scheme, f);
        let means = means.get();
        let income = tariff.map(|t| (means.income_weekly - disregards.total()).at_least_zero() + t);
        (applicable, income)
    }

    /// Scotland's working-age means test (SSI 2021/249): earnings as UC counts them less the
    /// Sch 3 disregards (no £17.10 with UC), other income, and of the UC award only the child
    /// element, disabled child additions and childcare element (reg 57).
    fn ctr_scotland_means(&self, f: &Figures, facts: &CtrFacts) -> (Money, Option<Money>) {
        let hb = &self.params.housing_benefit;
        let u = &f.uc;
        let earnings = u.earned_income.monthly_to_weekly();
        let applicable = facts.working_applicable_weekly;
        let couple = self.is_couple();
        let lone_parent = !couple && self.children > 0;
        let in_work_with_lcw = self
            .adults()
            .iter()
            .zip(f.people())
            .any(|(a, x)| (a.lcw || a.lcwra) && x.gross.is_positive());
        let premium = self.scotland_disability_premium();
        let carer = self.adults().iter().any(|a| a.carer);
        let disregard = Money::new(if lone_parent {
            hb.earnings_disregard_lone_parent
        } else if premium || in_work_with_lcw || carer {
            hb.earnings_disregard_higher
        } else if couple {
            hb.earnings_disregard_couple
        } else {
            hb.earnings_disregard_single
        })
        .min(earnings);
        // Relevant childcare charges: the childcare element grossed back up (reg 78).
        let childcare = (u.childcare / self.params.uc.childcare_coverage).monthly_to_weekly();
        let uc_counted =
            (u.child_element + u.disabled_child_lower + u.disabled_child_higher + u.childcare)
                .min(u.award)
                .monthly_to_weekly();
        let unearned: Money = f
            .people()
            .iter()
            .map(|x| (x.carers_allowance + x.esa + x.jsa + x.state_pension).monthly_to_weekly())
            .sum();
        let income = facts.working_tariff_weekly.map(|tariff| {
            (earnings - disregard - childcare).at_least_zero() + unearned + uc_counted + tariff
        });
        (applicable, income)
    }

    /// Whether Scotland's applicable amount includes a disability or severe disability premium
    /// (for the £20 disregard, SSI 2021/249 Sch 3 para 4).
    fn scotland_disability_premium(&self) -> bool {
        let p = self.params;
        let family = self.legacy.family(Scheme::WorkingAge, self.adult_count);
        housing_benefit::disability_premiums(p, &family, false).is_positive()
            || housing_benefit::severe_disability_premium(p, &family).is_positive()
    }

    /// The legacy means tests' earnings disregards for `scheme` in the situation in `f`.
    fn earnings_disregards(
        &self,
        scheme: Scheme,
        f: &Figures,
        childcare_weekly: Money,
        accommodation_disregard: bool,
    ) -> housing_benefit::Disregards {
        let adults = self.legacy_adults_at_work(f);
        let family = housing_benefit::Family {
            adults: &adults[..self.adult_count],
            ..self.legacy.family(scheme, self.adult_count)
        };
        housing_benefit::earnings_disregards(
            self.params,
            &family,
            accommodation_disregard,
            childcare_weekly,
        )
    }

    /// The legacy means tests' view of each adult with this situation's work: hours, net
    /// earnings, any permitted work limit, and Carer's Allowance (see `carers_in`).
    fn legacy_adults_at_work(&self, f: &Figures) -> [housing_benefit::Adult; 2] {
        let p = self.params;
        let mut adults = self.legacy.adults;
        let carers = self.carers_in(f.people());
        for (i, x) in f.people().iter().enumerate() {
            adults[i].hours = x.hours;
            adults[i].net_earnings = x.net_weekly_earnings.at_least_zero();
            adults[i].permitted_work_limit = permitted_work_limit(p, x.esa_work);
            (adults[i].carer, adults[i].cared_for_by_paid_carer) = carers[i];
        }
        adults
    }

    /// A legacy applicable amount worked out when preparing (`fixed`), with the carer and
    /// severe disability premiums this situation's Carer's Allowance gives (`carers_in`)
    /// in place of those the carers' fixed facts gave.
    fn legacy_applicable_at_work(&self, scheme: Scheme, f: &Figures, fixed: Money) -> Money {
        let n = self.adult_count;
        if !self.legacy.adults[..n].iter().any(|a| a.carer) {
            return fixed;
        }
        let p = self.params;
        let adults = self.legacy_adults_at_work(f);
        let at_work = housing_benefit::Family {
            adults: &adults[..n],
            ..self.legacy.family(scheme, n)
        };
        let prepared = self.legacy.family(scheme, n);
        fixed - housing_benefit::shared_premiums(p, &prepared)
            + housing_benefit::shared_premiums(p, &at_work)
    }

    /// Each adult's (carer, cared for by a paid carer) in this situation, for the legacy means
    /// tests. A carer whose net earnings are over the limit is not entitled to Carer's
    /// Allowance (SSCBA 1992 s.70(1)(b), gainfully employed), so has no carer premium or
    /// addition (HB Regs 2006 Sch 3 para 17, HB (SPC) Regs 2006 Sch 3 para 9, SPC Regs 2002
    /// Sch I para 4) and no carer's £20 disregard; an allowance overlapped by another benefit
    /// is still an entitlement. A partner who cares is taken to care for the other partner,
    /// whose severe disability premium or addition goes only while someone is "entitled to
    /// and in receipt of" the allowance for them (HB Regs 2006 Sch 3 para 14(2)(b)(iii), HB
    /// (SPC) Regs 2006 Sch 3 para 6(2), SPC Regs 2002 Sch I para 1(1)): not while the State
    /// Pension or another benefit overlaps it and nothing is paid.
    fn carers_in(&self, people: &[PersonFigures]) -> [(bool, bool); 2] {
        let n = self.adult_count;
        let cares = |i: usize| self.legacy.adults[i].carer;
        let mut out = [(false, false); 2];
        for i in 0..n {
            let entitled = cares(i) && people[i].carer_entitled;
            let j = 1 - i;
            let cared_for = n == 2 && cares(j) && people[j].carers_allowance.is_positive();
            out[i] = (entitled, cared_for);
        }
        out
    }

    /// The Child Benefit charge falls on the partner with the higher adjusted net income
    /// (income less grossed-up pension contributions under relief at source).
    fn child_benefit_charge(&self, pay: &Pay, total_income: &[Money; 2]) -> Money {
        let cb = self.fixed.child_benefit;
        if !cb.is_positive() {
            return Money::ZERO;
        }
        let ani = (0..self.adult_count)
            .map(|i| total_income[i] - pay.pension_grossed_up[i])
            .max()
            .unwrap_or(Money::ZERO);
        child_benefit::high_income_charge(self.params, ani, self.fixed.child_benefit_annual)
            .annual_to_monthly()
    }

    /// Winter Fuel Payment (Pension Age Winter Heating Payment in Scotland), and the charge
    /// that takes it back from a person with income over £35,000 not on a relevant benefit.
    ///
    /// The payment a month was kept when preparing (`Household::winter_fuel_monthly`). The
    /// charge is the whole payment or nothing, so the charge a month is the payment a month
    /// or nothing: the very amounts converting the year's figures here would give.
    fn winter_fuel(&self, f: &mut Figures, total_income: &[Money; 2], on_relevant_benefit: bool) {
        let n = self.adult_count;
        if !self.adults[..n].iter().any(|a| a.winter_fuel_qualifies) {
            return;
        }
        let paid = self.winter_fuel_monthly[usize::from(on_relevant_benefit)];
        for i in 0..n {
            let charge =
                winter_fuel::charge(self.params, paid[i], total_income[i], on_relevant_benefit);
            f.people[i].winter_fuel = paid[i];
            f.people[i].winter_fuel_charge = charge;
        }
    }

    /// Each adult's Winter Fuel Payment a month, `[off, on]` a relevant benefit (kept when
    /// preparing).
    pub(super) fn winter_fuel_each_month(&self) -> [[Money; 2]; 2] {
        let n = self.adult_count;
        let mut adults = [winter_fuel::Adult::default(); 2];
        for (slot, a) in adults.iter_mut().zip(&self.adults[..n]) {
            *slot = winter_fuel::Adult {
                qualifies: a.winter_fuel_qualifies,
                age: a.age,
            };
        }
        [false, true].map(|on_relevant_benefit| {
            let yearly =
                winter_fuel::yearly(self.params, self.country, &adults[..n], on_relevant_benefit);
            yearly.map(Money::annual_to_monthly)
        })
    }

    /// The council tax bill a month after a reduction of `reduction_annual` a year.
    pub(super) fn council_tax_after(&self, reduction_annual: Money) -> Money {
        (self.council_tax_annual - reduction_annual)
            .at_least_zero()
            .annual_to_monthly()
    }

    /// The situation's totals: net income and what is left after housing and work costs.
    fn totals(&self, f: &mut Figures, costs: WorkCosts) {
        let n = self.adult_count;
        for x in &f.people[..n] {
            f.employment_income += x.gross;
            f.income_tax += x.income_tax;
            f.national_insurance += x.national_insurance;
            f.pension += x.pension;
            f.carers_allowance += x.carers_allowance;
            f.carer_supplement += x.carer_supplement;
            f.esa += x.esa;
            f.jsa += x.jsa;
            f.state_pension += x.state_pension;
            f.winter_fuel += x.winter_fuel;
            f.winter_fuel_charge += x.winter_fuel_charge;
        }
        f.net_income = f.employment_income
            + f.uc.paid
            + f.child_benefit
            + f.carers_allowance
            + f.carer_supplement
            + f.scottish_child_payment
            + f.pip
            + f.dla
            + f.esa
            + f.jsa
            + f.state_pension
            + f.housing_benefit.award
            + f.pension_credit.award
            + f.winter_fuel
            - f.income_tax
            - f.national_insurance
            - f.pension
            - f.child_benefit_charge
            - f.winter_fuel_charge;
        f.housing_costs = self.housing.rent();
        let reduction = f.council_tax_reduction.annual;
        f.council_tax = if reduction.same_digits(Money::ZERO) {
            self.council_tax_monthly // kept when preparing: the very same sum
        } else {
            self.council_tax_after(reduction)
        };
        f.childcare_costs = costs.childcare;
        f.travel_costs = costs.travel;
        f.net_income_after_housing = f.net_income - f.housing_costs - f.council_tax;
        f.net_income_after_work_costs = f.net_income - f.childcare_costs - f.travel_costs;
        f.disposable_income = f.net_income_after_housing - f.childcare_costs - f.travel_costs;
    }
}

/// Each adult's taxable income for the year (`other` is what is not earnings), and the tax on
/// it with the whole personal allowance for those with other income: the same whether or not
/// Marriage Allowance is then claimed.
#[derive(Clone, Copy)]
struct TaxableIncomes {
    /// The Carer's Allowance each adult claims, a week.
    ca_weekly: [Money; 2],
    other: [Money; 2],
    total: [Money; 2],
    taxed: [Option<TaxOnIncome>; 2],
}

/// The legacy means tests' view of a week's income (see [`Household::means`]).
#[derive(Clone, Copy)]
struct Means {
    income_weekly: Money,
    net_earnings_weekly: Money,
}

/// The figures an adult's part of the legacy means tests' income is worked out from: gross
/// pay for the year, then income tax, NI, pension contributions, Carer's Allowance, ESA, JSA
/// and State Pension a month.
fn means_part_from(gross_annual: Money, x: &PersonFigures) -> [Money; 8] {
    [
        gross_annual,
        x.income_tax,
        x.national_insurance,
        x.pension,
        x.carers_allowance,
        x.esa,
        x.jsa,
        x.state_pension,
    ]
}

/// An adult's part of the legacy means tests' weekly income: earnings and taxable benefits
/// less income tax, NI and half of pension contributions (see `Household::means`).
fn means_part(from: [Money; 8]) -> Money {
    let [gross_annual, income_tax, national_insurance, pension, carers_allowance, esa, jsa, state_pension] =
        from;
    let gross_weekly = gross_annual.per(Period::Year, Period::Week);
    let deductions = (income_tax + national_insurance).monthly_to_weekly()
        + (pension * Decimal::new(5, 1)).monthly_to_weekly();
    gross_weekly + (carers_allowance + esa + jsa + state_pension).monthly_to_weekly() - deductions
}

/// The exempt-work limit whose earnings Housing Benefit disregards for a New Style ESA
/// claimant (HB Regs 2006 Sch 4 para 10A).
fn permitted_work_limit(p: &Params, work: Option<esa::WorkEffect>) -> Option<Money> {
    match work? {
        esa::WorkEffect::Continues(esa::Exempt::LowerLimit) => {
            Some(Money::new(p.esa.permitted_work_lower_limit))
        }
        esa::WorkEffect::Continues(esa::Exempt::PermittedWork)
        | esa::WorkEffect::Continues(esa::Exempt::SupportedPermittedWork) => {
            Some(Money::new(p.esa.permitted_work_higher_limit))
        }
        _ => None,
    }
}

/// What the legacy means tests share in one evaluation, each worked out when first asked for
/// and then kept: [`Household::means`], which Pension Credit, Housing Benefit and Council Tax
/// Reduction all count from the same figures, and the earnings disregards, which Housing
/// Benefit and Council Tax Reduction at pension age work out alike.
struct LegacyMeans<'a> {
    household: &'a Household,
    pay: &'a Pay,
    people: &'a [PersonFigures; 2],
    costs: WorkCosts,
    means: std::cell::OnceCell<Means>,
    childcare_weekly: std::cell::OnceCell<Money>,
    /// The disregards (without the accommodation disregard) of the first scheme asked for.
    disregards: std::cell::OnceCell<(Scheme, housing_benefit::Disregards)>,
}

impl<'a> LegacyMeans<'a> {
    fn new(
        household: &'a Household,
        pay: &'a Pay,
        people: &'a [PersonFigures; 2],
        costs: WorkCosts,
    ) -> Self {
        LegacyMeans {
            household,
            pay,
            people,
            costs,
            means: std::cell::OnceCell::new(),
            childcare_weekly: std::cell::OnceCell::new(),
            disregards: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> Means {
        *self
            .means
            .get_or_init(|| self.household.means(self.pay, self.people))
    }

    /// What the household pays for childcare, a week.
    fn childcare_weekly(&self) -> Money {
        *self
            .childcare_weekly
            .get_or_init(|| self.costs.childcare.monthly_to_weekly())
    }

    /// The earnings disregards of `scheme` without the accommodation disregard, for the
    /// situation in `f` (the evaluation's figures).
    fn disregards(&self, scheme: Scheme, f: &Figures) -> housing_benefit::Disregards {
        let work_out = || {
            self.household
                .earnings_disregards(scheme, f, self.childcare_weekly(), false)
        };
        match self.disregards.get() {
            Some((kept_for, d)) if *kept_for == scheme => *d,
            Some(_) => work_out(),
            None => self.disregards.get_or_init(|| (scheme, work_out())).1,
        }
    }
}
