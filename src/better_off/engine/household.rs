//! The household prepared once: every fact and amount that does not change with earnings.
//!
//! Preparing first keeps the sweep (121 evaluations) and the heat map fast: the child
//! elements, housing element, LHA look-up, bedrooms and disability benefits are worked out
//! here once, and [`Household::evaluate`] only does what moves with pay. Here are
//! [`Household`], [`Household::prepare`] and its steps (the adults, the children, the home,
//! the amounts that do not move with pay, the pay as it is now), and the facts the other
//! parts ask of a prepared household.

use super::figures::{
    AdultFacts, CtrFacts, Earner, EsaFacts, Figures, FixedAmounts, HbFacts, HousingFacts,
    LegacyFamily, MeansPart, Pay, PcFacts, Route, TaxOnIncome,
};
use super::pay::{self, Payroll};
use crate::better_off::params::{lha, Country, Params, TaxYear};
use crate::better_off::rules::uc::{
    benefit_cap, carer, child_element, disabled_child, housing, lcwra, standard_allowance,
    work_allowance,
};
use crate::better_off::rules::{
    carers_allowance, child_benefit, council_tax_reduction, disability, esa, housing_benefit, jsa,
    pension_credit, scottish_child_payment, state_pension_age,
};
use crate::better_off::scenario::{
    Adult, DlaCare, EsaGroup, Housing, PipRate, Scenario, ValidationError,
};
use crate::calendar::{self, Date};
use crate::money::{Money, Period};
use rust_decimal::Decimal;

/// A household ready to evaluate at any earnings.
#[derive(Debug, Clone)]
pub struct Household {
    pub year: TaxYear,
    pub params: &'static Params,
    pub country: Country,
    pub adults: [AdultFacts; 2],
    pub adult_count: usize,
    pub married: bool,
    pub carers_care_for_same_person: bool,
    pub in_london: bool,
    pub children: usize,
    pub children_under_16: usize,
    /// Children under 5 (the non-dependant contribution's exemption).
    pub children_under_5: usize,
    /// Each child's age on the first day of the tax year.
    pub child_ages: Vec<u32>,
    /// Someone is expecting a baby.
    pub expecting_baby: bool,
    /// Children young enough for the childcare element (until the September after 16).
    pub children_for_childcare: usize,
    pub child_element_each: Vec<Money>,
    pub children_without_element: usize,
    // UC elements that do not depend on pay, a month.
    pub standard_allowance: Money,
    pub child_element: Money,
    pub disabled_child_lower: Money,
    pub disabled_child_higher: Money,
    pub lcwra_holder: Option<usize>,
    pub lcwra_element: Money,
    pub carer_elements: u32,
    pub carer_element: Money,
    pub housing: HousingFacts,
    /// UC tariff income from savings a month; `None` above the capital limit.
    pub capital_tariff: Option<Money>,
    pub savings: Money,
    pub child_benefit_weekly: Money,
    pub dla_weekly: Money,
    pub any_dla: bool,
    pub council_tax_annual: Money,
    /// Universal Credit, or Pension Credit and Housing Benefit at pension age.
    pub route: Route,
    /// Housing Benefit's fixed facts, when the household claims it (supported or temporary
    /// housing, or a renter at pension age).
    pub hb: Option<HbFacts>,
    /// Pension Credit's fixed facts, at pension age.
    pub pc: Option<PcFacts>,
    /// The family as Housing Benefit and Council Tax Reduction see it.
    pub legacy: LegacyFamily,
    /// Council Tax Reduction's fixed facts, when there is a council tax bill.
    pub ctr: Option<CtrFacts>,
    /// Taken off UC each month for debts or an advance (as entered).
    pub uc_deductions: Money,
    /// In a benefit cap grace period: no cap on the UC paid now (UC Regs 2013 reg 82(2)).
    pub benefit_cap_grace: bool,
    /// Exempt from the benefit cap whatever anyone earns (LCWRA or the ESA support group,
    /// carer, PIP, DLA).
    pub cap_exempt_always: bool,
    /// Amounts that do not move with pay, worked out once here rather than at every point.
    pub fixed: FixedAmounts,
    /// Each adult's pay as it is now and what follows from it: out of work, and for the
    /// adult who does not take the offer, at every point.
    pub(super) current_pay: Pay,
    /// Each adult's income tax on their taxable income as it is now, when they have income
    /// besides earnings (the State Pension, a carer's or contributory benefit): used wherever
    /// their total income is the very same amount (see `Household::tax_on`).
    pub(super) tax_now: [Option<TaxOnIncome>; 2],
    /// Each adult's part of the legacy means tests' income out of work, for a couple with a
    /// legacy means test: the partner who does not take the offer usually has the very same
    /// part at every point (see `Household::means`).
    pub(super) means_now: [Option<MeansPart>; 2],
    /// Each adult's Winter Fuel Payment a month, `[off, on]` a relevant benefit: it depends
    /// on nothing else, so it is converted from the year's payment once here rather than at
    /// every evaluation (see `Household::winter_fuel`).
    pub(super) winter_fuel_monthly: [[Money; 2]; 2],
    /// The council tax bill a month with no reduction, as `Household::totals` works it out:
    /// converted once here for the points with no Council Tax Reduction.
    pub(super) council_tax_monthly: Money,
    /// The figures an evaluation starts from (nothing worked out but the household's fixed
    /// amounts), copied at each evaluation rather than built field by field.
    pub(super) blank_figures: Figures,
    /// Each married adult's tax on their earnings as now with the allowance left after giving
    /// Marriage Allowance away, used when a giver has a taxable benefit (see
    /// `Household::income_taxes`): the partner who does not take the offer gives it at most
    /// points of a sweep.
    pub(super) giving_tax_on_earnings_now: [Option<Money>; 2],
}

impl Household {
    pub fn is_couple(&self) -> bool {
        self.adult_count == 2
    }

    pub fn adults(&self) -> &[AdultFacts] {
        &self.adults[..self.adult_count]
    }

    /// Responsible for a child or has limited capability for work: has a work allowance.
    pub fn work_allowance_eligible(&self) -> bool {
        work_allowance_eligible(self.children, self.adults())
    }

    /// Earnings as they are now (nobody takes an offer).
    pub fn current_earners(&self) -> [Earner; 2] {
        current_earners(self.adults())
    }

    /// What working out pay needs from this household.
    pub(super) fn payroll(&self) -> Payroll<'_> {
        Payroll {
            params: self.params,
            country: self.country,
            married: self.married,
            adults: self.adults(),
            fixed: &self.fixed,
        }
    }

    /// Prepares a validated scenario.
    pub fn prepare(s: &Scenario) -> Result<Household, Vec<ValidationError>> {
        s.validate()?;
        let year = s.tax_year;
        let p = year.params();

        let (adults, route) = adults_and_route(p, s);
        let adult_count = s.adults.len();
        let ages: Vec<u32> = s.adults.iter().map(|a| a.age).collect();
        let children = Children::of(p, s)?;
        let child_element_each = child_elements(p, s, &children);
        let child_element: Money = child_element_each.iter().copied().sum();
        let children_without_element = child_element_each.iter().filter(|m| m.is_zero()).count();
        let health_and_care = HealthAndCare::of(p, &adults[..adult_count], s);
        let (lcwra_holder, lcwra_element) =
            (health_and_care.lcwra_holder, health_and_care.lcwra_element);
        let (carer_elements, carer_element) = (
            health_and_care.carer_elements,
            health_and_care.carer_element,
        );
        let standard_allowance = standard_allowance::monthly(p, &ages);

        let housing = housing_facts(s, p, &ages, &children.sleepers, &adults[..adult_count])?;

        let cap_exempt_always = cap_exempt_always(&adults[..adult_count], &children);
        let legacy = legacy_family(s, p, &adults[..adult_count], &children, &child_element_each);
        let hb = hb_facts(s, p, route, &legacy, adult_count, &housing);
        let ctr = ctr_facts(s, p, &adults[..adult_count], &legacy);
        let pc =
            (route == Route::PensionAge).then(|| pc_facts(s, p, &adults[..adult_count], &children));

        let uc_maximum_before_childcare = standard_allowance
            + child_element
            + children.disabled_lower
            + children.disabled_higher
            + lcwra_element
            + carer_element
            + housing.element();
        let in_london = s.in_london();
        let fixed = fixed_amounts(
            p,
            s.country,
            &adults[..adult_count],
            &children,
            uc_maximum_before_childcare,
            housing.element(),
            in_london,
        );
        let married = s.married && adult_count == 2;
        let current_pay = Pay {
            now: true,
            ..Payroll {
                params: p,
                country: s.country,
                married,
                adults: &adults[..adult_count],
                fixed: &fixed,
            }
            .pay(&current_earners(&adults[..adult_count]))
        };
        // The partner who does not take an offer keeps these figures at every point.
        let mut current_pay = current_pay;
        if married {
            current_pay.partner = current_pay.partner.map(|x| x.giving_worked_out(p));
        }

        let household = Household {
            year,
            params: p,
            country: s.country,
            adults,
            adult_count,
            married,
            carers_care_for_same_person: s.carers_care_for_same_person,
            in_london,
            children: s.children.len(),
            children_under_16: children.under_16,
            children_under_5: children.under_5,
            child_ages: children.sleepers.iter().map(|c| c.age).collect(),
            expecting_baby: s.expecting_baby,
            children_for_childcare: children.for_childcare,
            child_element_each,
            children_without_element,
            standard_allowance,
            child_element,
            disabled_child_lower: children.disabled_lower,
            disabled_child_higher: children.disabled_higher,
            lcwra_holder,
            lcwra_element,
            carer_elements,
            carer_element,
            housing,
            capital_tariff: crate::better_off::rules::uc::capital::tariff_income(p, s.savings),
            savings: s.savings,
            child_benefit_weekly: children.child_benefit_weekly,
            dla_weekly: children.dla_weekly,
            any_dla: children.any_dla,
            council_tax_annual: s.council_tax.annual,
            route,
            hb,
            pc,
            legacy,
            ctr,
            cap_exempt_always,
            uc_deductions: s.uc_deductions_monthly,
            benefit_cap_grace: s.benefit_cap_grace,
            fixed,
            current_pay,
            tax_now: [None; 2],
            means_now: [None; 2],
            winter_fuel_monthly: [[Money::ZERO; 2]; 2],
            council_tax_monthly: Money::ZERO,
            blank_figures: Figures::default(),
            giving_tax_on_earnings_now: [None; 2],
        };
        Ok(household.with_amounts_as_now())
    }

    /// The last step of preparing: the amounts worked out from the rest of the prepared
    /// household that every point of a sweep would otherwise work out again (each adult's
    /// income tax and means-test income as now, Winter Fuel Payment and the council tax bill
    /// a month).
    fn with_amounts_as_now(mut self) -> Household {
        // First what every evaluation uses, as the means as now come from one.
        self.blank_figures = self.blank_figures();
        self.giving_tax_on_earnings_now = self.giving_taxes_on_earnings_as_now();
        self.tax_now = self.taxes_as_now();
        self.means_now = self.means_as_now();
        self.winter_fuel_monthly = self.winter_fuel_each_month();
        self.council_tax_monthly = self.council_tax_after(Money::ZERO);
        self
    }
}

/// Whether the benefit cap can never apply, whatever is earned. UC Regs 2013 reg 83(1): no
/// exemption for State Pension age itself (a couple with one partner under it can be
/// capped); the ESA support group exempts (reg 83(1)(a)) and gives LCWRA here anyway.
fn cap_exempt_always(adults: &[AdultFacts], children: &Children) -> bool {
    adults.iter().any(|a| {
        a.lcwra
            || a.carer
            || a.pip_daily_living_weekly.is_positive()
            || a.pip_mobility_weekly.is_positive()
    }) || children.any_dla
}

/// Each adult's facts, and the route: Pension Credit when everyone is over State Pension age.
fn adults_and_route(p: &Params, s: &Scenario) -> ([AdultFacts; 2], Route) {
    let mut adults = [AdultFacts::default(); 2];
    for (slot, a) in adults.iter_mut().zip(&s.adults) {
        *slot = adult_facts(p, a, s.tax_year);
    }
    let route = if adults[..s.adults.len()].iter().all(|a| a.over_pension_age) {
        Route::PensionAge
    } else {
        Route::UniversalCredit
    };
    if route == Route::UniversalCredit {
        for (slot, a) in adults.iter_mut().zip(&s.adults) {
            // UC Regs 2013 reg 40(1)(b): a partner over State Pension age on the enhanced
            // daily living rate of PIP (or Attendance Allowance, or DLA's highest care rate)
            // is treated as having LCWRA.
            if slot.over_pension_age && a.pip_daily_living == PipRate::Enhanced {
                slot.lcwra = true;
                slot.lcw = true;
            }
        }
    }
    (adults, route)
}

/// The child element for each child, with the multiple-birth exception as the person says.
fn child_elements(p: &Params, s: &Scenario, children: &Children) -> Vec<Money> {
    let births: Vec<child_element::Birth> = children
        .births
        .iter()
        .zip(&s.children)
        .map(|(date, c)| child_element::Birth {
            date: *date,
            multiple: c.multiple_birth,
        })
        .collect();
    child_element::per_child(p, &births)
}

/// The UC health and carer elements: who holds the LCWRA element, and how many carer
/// elements (UC Regs 2013 regs 27-30).
struct HealthAndCare {
    lcwra_holder: Option<usize>,
    lcwra_element: Money,
    carer_elements: u32,
    carer_element: Money,
}

impl HealthAndCare {
    fn of(p: &Params, adults: &[AdultFacts], s: &Scenario) -> HealthAndCare {
        let people: Vec<lcwra::Person> = adults
            .iter()
            .map(|a| lcwra::Person {
                lcwra: a.lcwra,
                new_claim: a.lcwra_new_claim,
                carer: a.carer,
            })
            .collect();
        let lcwra_holder = lcwra::holder(&people);
        let carers: Vec<bool> = people.iter().map(|a| a.carer).collect();
        let carer_elements = carer::count(&carers, lcwra_holder, s.carers_care_for_same_person);
        HealthAndCare {
            lcwra_holder,
            lcwra_element: lcwra_holder.map_or(Money::ZERO, |i| lcwra::monthly(p, people[i])),
            carer_elements,
            carer_element: carer::monthly(p, carer_elements),
        }
    }
}

/// Responsible for a child or has limited capability for work (with or without LCWRA): has
/// a work allowance (UC Regs 2013 reg 22(1)(b)).
fn work_allowance_eligible(children: usize, adults: &[AdultFacts]) -> bool {
    children > 0 || adults.iter().any(|a| a.lcw)
}

/// Earnings as they are now (nobody takes an offer).
fn current_earners(adults: &[AdultFacts]) -> [Earner; 2] {
    let mut e = [Earner::NONE; 2];
    for (slot, a) in e.iter_mut().zip(adults) {
        slot.gross_annual = a.earnings_annual;
        slot.hours_per_week = a.hours_per_week;
    }
    e
}

/// What the children bring: dates of birth for the 6 April 2017 rules, ages for bedrooms,
/// the disabled child additions, DLA and Child Benefit.
struct Children {
    count: usize,
    births: Vec<Date>,
    sleepers: Vec<housing::Sleeper>,
    disabled_lower: Money,
    disabled_higher: Money,
    dla_weekly: Money,
    any_dla: bool,
    under_16: usize,
    under_5: usize,
    /// Young enough for the childcare element (until the September after 16).
    for_childcare: usize,
    child_benefit_weekly: Money,
    /// Each child's care rate of DLA, for Housing Benefit's and Pension Credit's premiums.
    care: Vec<DlaCare>,
    /// Each child gets some DLA.
    dla: Vec<bool>,
}

impl Children {
    fn of(p: &Params, s: &Scenario) -> Result<Children, Vec<ValidationError>> {
        let year = s.tax_year;
        let mut births = Vec::with_capacity(s.children.len());
        let mut sleepers = Vec::with_capacity(s.children.len());
        let mut disabled_lower = Money::ZERO;
        let mut disabled_higher = Money::ZERO;
        let mut dla_weekly = Money::ZERO;
        let mut any_dla = false;
        let mut under_16 = 0;
        let mut under_5 = 0;
        let mut for_childcare = 0;
        let mut care = Vec::with_capacity(s.children.len());
        let mut dla_each = Vec::with_capacity(s.children.len());
        for (i, c) in s.children.iter().enumerate() {
            let (Some(born), Some(age)) = (c.birth_date(year), c.age_in(year)) else {
                return Err(vec![ValidationError {
                    path: format!("children[{i}].age"),
                    message: t!("result-error-child-age"),
                }]);
            };
            births.push(born);
            sleepers.push(housing::Sleeper {
                age,
                sex: c.sex.unwrap_or_default(),
            });
            // A mobility rate the child is too young for is not paid, and so gives no
            // disabled child addition on its own (SSCBA 1992 s.73(1A); UC Regs reg 24(2)).
            let mobility = disability::dla_mobility_payable(c.dla_mobility, age);
            let addition = disabled_child::addition(c.care_rate(), mobility);
            match addition {
                disabled_child::Addition::Lower => {
                    disabled_lower += disabled_child::monthly(p, addition)
                }
                disabled_child::Addition::Higher => {
                    disabled_higher += disabled_child::monthly(p, addition)
                }
                disabled_child::Addition::None => {}
            }
            let dla = disability::dla(p, c.care_rate(), mobility);
            any_dla |= dla.is_positive();
            care.push(c.care_rate());
            dla_each.push(dla.is_positive());
            dla_weekly += dla;
            if age < 16 {
                under_16 += 1;
            }
            if age < 5 {
                under_5 += 1;
            }
            if age <= 16 {
                for_childcare += 1;
            }
        }
        Ok(Children {
            count: s.children.len(),
            births,
            sleepers,
            disabled_lower,
            disabled_higher,
            dla_weekly,
            any_dla,
            under_16,
            under_5,
            for_childcare,
            child_benefit_weekly: child_benefit::weekly(p, s.children.len()),
            care,
            dla: dla_each,
        })
    }
}

/// The amounts that do not move with pay, in the form each evaluation uses them.
fn fixed_amounts(
    p: &Params,
    country: Country,
    adults: &[AdultFacts],
    children: &Children,
    uc_maximum_before_childcare: Money,
    housing_element: Money,
    in_london: bool,
) -> FixedAmounts {
    let mut pip_daily_living = [Money::ZERO; 2];
    let mut pip_mobility = [Money::ZERO; 2];
    let mut pip = Money::ZERO;
    for (i, a) in adults.iter().enumerate() {
        pip_daily_living[i] = a.pip_daily_living_weekly.weekly_to_monthly();
        pip_mobility[i] = a.pip_mobility_weekly.weekly_to_monthly();
        pip += pip_daily_living[i] + pip_mobility[i];
    }
    let carers_allowance = carers_allowance::weekly(p, country, Money::ZERO);
    let supplement = carers_allowance::scottish_supplement_weekly(p, country, true);
    let child_benefit = children.child_benefit_weekly.weekly_to_monthly();
    FixedAmounts {
        pip_daily_living,
        pip_mobility,
        pip,
        carers_allowance: carers_allowance.weekly_to_monthly(),
        carer_supplement: supplement.weekly_to_monthly(),
        carer_supplement_weekly: supplement,
        child_benefit,
        child_benefit_annual: child_benefit.monthly_to_annual(),
        scottish_child_payment: scottish_child_payment::weekly(p, country, children.under_16, true)
            .weekly_to_monthly(),
        dla: children.dla_weekly.weekly_to_monthly(),
        uc_maximum_before_childcare,
        work_allowance: work_allowance::monthly(
            p,
            work_allowance_eligible(children.count, adults),
            housing_element.is_positive(),
        ),
        benefit_cap: benefit_cap::cap_monthly(
            p,
            adults.len() == 2 || children.count > 0,
            in_london,
        ),
        cap_earnings_exception: benefit_cap::earnings_exception_monthly(p),
        pension_net_of_relief: Decimal::ONE - p.income_tax.basic_rate,
    }
}

/// One adult's facts. Whether they are over State Pension age is decided on 6 October, the
/// middle of the tax year (as the reference model does), so someone who reaches it in the
/// first half of the year is treated as over it all year; a warning says when it falls.
fn adult_facts(p: &Params, a: &Adult, year: TaxYear) -> AdultFacts {
    let born = a.birth_date(year);
    let pension_age_on = state_pension_age::reached_on(born);
    let over_pension_age = pension_age_on <= middle_of(year);
    let esa_group = a.new_style_esa.map(|e| e.group);
    // New Style ESA and JSA end at State Pension age (WRA 2007 s.1(3)(c); Jobseekers Act
    // 1995 s.1(2)(h)); the State Pension starts.
    let esa = a
        .new_style_esa
        .filter(|_| !over_pension_age)
        .map(|award| EsaFacts {
            group: award.group,
            weekly: award
                .weekly_amount
                .unwrap_or_else(|| esa::weekly_rate(p, award.group, a.age)),
        });
    let jsa_weekly = a.new_style_jsa.filter(|_| !over_pension_age).map(|award| {
        award
            .weekly_amount
            .unwrap_or_else(|| jsa::weekly_rate(p, a.age))
    });
    let support_group = esa_group == Some(EsaGroup::Support);
    let lcwra = a.lcwra || support_group;
    let state_pension_weekly = if over_pension_age {
        a.state_pension_weekly
    } else {
        Money::ZERO
    };
    let (state_pension_monthly, state_pension_alone_annual) =
        pay::state_pension_conversions(state_pension_weekly);
    AdultFacts {
        age: a.age,
        lcwra,
        lcwra_new_claim: a.lcwra_new_claim,
        carer: a.carer,
        pip_daily_living_weekly: disability::pip_daily_living(p, a.pip_daily_living),
        pip_mobility_weekly: disability::pip_mobility(p, a.pip_mobility),
        earnings_annual: a.earnings_annual,
        hours_per_week: a.hours_per_week,
        lcw: a.lcw || lcwra || esa_group == Some(EsaGroup::Wrag),
        over_pension_age,
        pension_age_before_2021: pension_age_on < p.housing_benefit.pension_rates_change_date,
        winter_fuel_qualifies: pension_age_on <= p.winter_fuel.qualifying_week_end,
        esa,
        jsa_weekly,
        state_pension_weekly,
        state_pension_monthly,
        state_pension_alone_annual,
        pension_age_in_year: (pension_age_on > year.first_day()
            && pension_age_on < year.first_day_after())
        .then_some(pension_age_on),
        benefit_ignored: if over_pension_age {
            a.new_style_esa.is_some() || a.new_style_jsa.is_some()
        } else {
            a.state_pension_weekly.is_positive()
        },
        // Everyone born before 6 April 1953 may have reached State Pension age (65 for men,
        // 60 to 65 for women) before 6 April 2016; people born after it did not.
        savings_credit_age: born < Date::new(1953, 4, 6),
    }
}

/// 6 October of the tax year: the day State Pension age is tested on.
fn middle_of(year: TaxYear) -> Date {
    year.middle()
}

/// The family as the legacy means tests see it (Housing Benefit, Council Tax Reduction):
/// each adult's benefits and conditions, and each child's allowance and premiums.
fn legacy_family(
    s: &Scenario,
    p: &Params,
    adults: &[AdultFacts],
    children: &Children,
    child_element_each: &[Money],
) -> LegacyFamily {
    let mut hb_adults = [housing_benefit::Adult::default(); 2];
    for (i, a) in adults.iter().enumerate() {
        let other_is_paid_carer = adults.len() == 2 && adults[1 - i].carer;
        hb_adults[i] = housing_benefit::Adult {
            age: a.age,
            disability_benefit: a.pip_daily_living_weekly.is_positive()
                || a.pip_mobility_weekly.is_positive(),
            severe_disability_benefit: a.pip_daily_living_weekly.is_positive(),
            enhanced_disability_benefit: s.adults[i].pip_daily_living == PipRate::Enhanced,
            lcw: a.lcw,
            lcwra: a.lcwra,
            main_phase_esa: a.esa.is_some_and(|e| e.group != EsaGroup::Assessment),
            carer: a.carer,
            // A partner who cares is taken to care for the other partner.
            cared_for_by_paid_carer: other_is_paid_carer,
            pension_age_before_2021: a.pension_age_before_2021,
            ..housing_benefit::Adult::default()
        };
    }
    let limit_applies = p.housing_benefit.child_allowance_limit_applies;
    let hb_children = (0..children.count)
        .map(|i| housing_benefit::Child {
            allowance: !limit_applies || child_element_each.get(i).is_none_or(|m| m.is_positive()),
            disabled: children.dla[i],
            severely_disabled: children.care[i] == DlaCare::Highest,
        })
        .collect();
    LegacyFamily {
        adults: hb_adults,
        children: hb_children,
        carers_care_for_same_person: s.carers_care_for_same_person && adults.len() == 2,
    }
}

/// Housing Benefit's fixed facts: for supported or temporary housing under State Pension age
/// (working-age scheme), and for any renter at pension age (pension-age scheme).
fn hb_facts(
    s: &Scenario,
    p: &Params,
    route: Route,
    legacy: &LegacyFamily,
    adult_count: usize,
    housing: &HousingFacts,
) -> Option<HbFacts> {
    use housing_benefit::Scheme;
    let scheme = match (route, housing) {
        (Route::UniversalCredit, HousingFacts::Supported { .. }) => Scheme::WorkingAge,
        (Route::PensionAge, HousingFacts::None { .. }) => return None,
        (Route::PensionAge, _) => Scheme::PensionAge,
        (Route::UniversalCredit, _) => return None,
    };
    let rent_weekly = housing.rent().monthly_to_weekly();
    let eligible_rent_weekly = match housing {
        // HB Regs reg 13D (SI 2006/214 reg 13D): the weekly Local Housing Allowance.
        HousingFacts::Private { brma, category, .. } => {
            let lha = lha::weekly_rate(brma, pension_age_category(*category));
            rent_weekly.min(Money::new(lha.unwrap_or(Decimal::ZERO)))
        }
        _ => rent_weekly,
    };
    let applicable_amount_weekly =
        housing_benefit::applicable_amount(p, &legacy.family(scheme, adult_count));
    let accommodation_disregard_share = if scheme == Scheme::WorkingAge {
        share_of_year_from(s.tax_year, p.housing_benefit.specified_disregard_from)
    } else {
        Decimal::ZERO
    };
    Some(HbFacts {
        scheme,
        eligible_rent_weekly,
        applicable_amount_weekly,
        tariff_weekly: housing_benefit::tariff_income(p, scheme, s.savings),
        accommodation_disregard_share,
    })
}

/// Council Tax Reduction's fixed facts, when there is a bill: the applicable amounts of the
/// schemes that can apply (pension age if anyone is over State Pension age; the nation's
/// working-age scheme otherwise).
fn ctr_facts(
    s: &Scenario,
    p: &Params,
    adults: &[AdultFacts],
    legacy: &LegacyFamily,
) -> Option<CtrFacts> {
    use council_tax_reduction as ctr;
    use housing_benefit::Scheme;
    let bill = s.council_tax.annual;
    if !bill.is_positive() {
        return None;
    }
    let n = adults.len();
    let pension = legacy.family(Scheme::PensionAge, n);
    let working = legacy.family(Scheme::WorkingAge, n);
    // England's pension-age scheme has the lower allowance for people reaching State Pension
    // age from April 2021 (SI 2012/2885 Sch 2 para 1, SI 2021/29); Scotland and Wales keep one
    // rate, the higher (SSI 2012/319 Sch 1; WSI 2013/3029).
    let pension_personal = if s.country == Country::England {
        housing_benefit::pension_personal_allowance(p, &pension)
    } else {
        housing_benefit::pension_personal_allowance_at(p, pension.couple(), true)
    };
    let pension_applicable = pension_personal
        + legacy.children_allowances(p)
        + housing_benefit::child_premiums(p, &pension)
        + housing_benefit::shared_premiums(p, &pension);
    let eldest = working.eldest();
    let higher_under_25 = adults
        .iter()
        .any(|a| a.lcw || a.esa.is_some_and(|e| e.group != EsaGroup::Assessment));
    let working_applicable = match s.country {
        // SSI 2021/249 Sch 1: no ESA components; the disability premium not with LCW.
        Country::Scotland => {
            ctr::scotland_personal_allowance(
                p,
                working.couple(),
                eldest,
                working.lone_parent(),
                higher_under_25,
            ) + ctr::scotland_child_premiums(p, legacy.children.len())
                + housing_benefit::child_premiums(p, &working)
                + housing_benefit::disability_premiums(p, &working, false)
                + housing_benefit::shared_premiums(p, &working)
        }
        // WSI 2013/3029 Sch 7: Wales's allowances with the ESA components as in HB.
        Country::Wales => {
            ctr::wales_allowances(
                p,
                working.couple(),
                eldest,
                higher_under_25,
                legacy.children.len(),
            ) + housing_benefit::child_premiums(p, &working)
                + housing_benefit::disability_premiums(p, &working, true)
                + housing_benefit::shared_premiums(p, &working)
        }
        // England's default scheme (SI 2012/2886) follows Housing Benefit's amounts.
        Country::England => housing_benefit::applicable_amount(p, &working),
    };
    Some(CtrFacts {
        bill_weekly: bill.per(Period::Year, Period::Week),
        pension_applicable_weekly: pension_applicable,
        pension_tariff_weekly: housing_benefit::tariff_income(p, Scheme::PensionAge, s.savings),
        working_applicable_weekly: working_applicable,
        working_tariff_weekly: housing_benefit::tariff_income(p, Scheme::WorkingAge, s.savings),
        entered_now_annual: s.council_tax.reduction_annual,
        entered_in_work_annual: s.council_tax.reduction_in_work_annual,
    })
}

/// At pension age the shared accommodation rate never applies (it is for people under 35).
fn pension_age_category(
    category: crate::better_off::params::LhaCategory,
) -> crate::better_off::params::LhaCategory {
    if category == crate::better_off::params::LhaCategory::A {
        crate::better_off::params::LhaCategory::B
    } else {
        category
    }
}

/// The share of the tax year's 52 benefit weeks that fall on or after `from`: nil before the
/// year, all of it after.
fn share_of_year_from(year: TaxYear, from: Date) -> Decimal {
    let days = calendar::day_number(from) - calendar::day_number(year.first_day());
    if days <= 0 {
        return Decimal::ONE;
    }
    let weeks_before = Decimal::from((days + 6) / 7).min(Decimal::from(52));
    (Decimal::from(52) - weeks_before) / Decimal::from(52)
}

/// Pension Credit's fixed facts.
fn pc_facts(s: &Scenario, p: &Params, adults: &[AdultFacts], children: &Children) -> PcFacts {
    let mut pc_adults = [pension_credit::Adult::default(); 2];
    for (i, a) in adults.iter().enumerate() {
        pc_adults[i] = pension_credit::Adult {
            severe_disability_benefit: a.pip_daily_living_weekly.is_positive(),
            disability_benefit: a.pip_daily_living_weekly.is_positive()
                || a.pip_mobility_weekly.is_positive(),
            carer: a.carer,
            cared_for_by_paid_carer: adults.len() == 2 && adults[1 - i].carer,
        };
    }
    let eldest = (0..children.count).min_by_key(|&i| children.births[i]);
    let pc_children: Vec<pension_credit::Child> = (0..children.count)
        .map(|i| pension_credit::Child {
            eldest_born_before_2017: Some(i) == eldest
                && children.births[i] < p.uc.higher_first_child_born_before,
            disabled: children.dla[i],
            severely_disabled: children.care[i] == DlaCare::Highest,
        })
        .collect();
    let family = pension_credit::Family {
        adults: &pc_adults[..adults.len()],
        children: &pc_children,
        carers_care_for_same_person: s.carers_care_for_same_person,
        non_dependants: false,
    };
    PcFacts {
        minimum_guarantee_weekly: pension_credit::minimum_guarantee(p, &family),
        deemed_income_weekly: pension_credit::deemed_income(p, s.savings),
        adults: pc_adults,
        children: pc_children,
    }
}

fn housing_facts(
    s: &Scenario,
    p: &Params,
    ages: &[u32],
    sleepers: &[housing::Sleeper],
    adults: &[AdultFacts],
) -> Result<HousingFacts, Vec<ValidationError>> {
    Ok(match &s.housing {
        Housing::Supported {
            rent,
            rent_period,
            service_charges,
            kind,
        } => HousingFacts::Supported {
            rent_monthly: housing::monthly_rent(*rent, *service_charges, *rent_period),
            kind: *kind,
        },
        Housing::WithFamily {
            contribution_monthly,
            relative,
        } => HousingFacts::WithFamily {
            contribution_monthly: *contribution_monthly,
            relative: *relative,
        },
        Housing::Owner => HousingFacts::None { owner: true },
        Housing::RentFree => HousingFacts::None { owner: false },
        Housing::SocialRent {
            rent,
            rent_period,
            service_charges,
            bedrooms,
        } => {
            let rent_monthly = housing::monthly_rent(*rent, *service_charges, *rent_period);
            let allowed = housing::bedrooms(sleepers);
            let spare = bedrooms.map_or(0, |b| b.saturating_sub(allowed));
            let (element, deduction) = housing::social(p, rent_monthly, spare);
            HousingFacts::Social {
                rent_monthly,
                spare_bedrooms: spare,
                deduction_rate: housing::under_occupation_rate(p, spare),
                deduction_monthly: deduction,
                element_monthly: element,
            }
        }
        Housing::PrivateRent {
            rent,
            rent_period,
            service_charges,
            shared_rate_exempt,
            ..
        } => {
            let rent_monthly = housing::monthly_rent(*rent, *service_charges, *rent_period);
            let code = s.brma_code().unwrap_or_default();
            let brma = lha::find(&code).ok_or_else(|| {
                vec![ValidationError {
                    path: "housing.brma".into(),
                    message: t!("result-error-brma"),
                }]
            })?;
            // PIP daily living (or ADP) exempts a single renter from the shared rate (Sch 4 para 29).
            let exempt = *shared_rate_exempt
                || adults
                    .iter()
                    .any(|a| a.pip_daily_living_weekly.is_positive());
            let youngest = ages.iter().copied().min().unwrap_or(0);
            let category = housing::lha_category(p, ages.len() == 1, youngest, sleepers, exempt);
            let lha_monthly = Money::new(
                lha::uc_monthly_rate(brma.code, category, s.tax_year).unwrap_or(Decimal::ZERO),
            );
            HousingFacts::Private {
                rent_monthly,
                brma: brma.code.to_string(),
                brma_name: brma.name.to_string(),
                category,
                bedrooms: housing::bedrooms(sleepers),
                lha_monthly,
                element_monthly: housing::private(rent_monthly, lha_monthly),
            }
        }
    })
}
