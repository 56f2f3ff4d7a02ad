//! The household prepared once: every fact and amount that does not change with earnings.
//!
//! Preparing first keeps the sweep (121 evaluations) and the heat map fast: the child
//! elements, housing element, LHA look-up, bedrooms and disability benefits are worked out
//! here once, and [`Household::evaluate`] only does what moves with pay. Here are
//! [`Household`], [`Household::prepare`] and its steps (the adults, the children, the home,
//! the amounts that do not move with pay, the pay as it is now), and the facts the other
//! parts ask of a prepared household.

use super::figures::{AdultFacts, Earner, FixedAmounts, HousingFacts, Pay};
use super::pay::Payroll;
use crate::money::Money;
use crate::params::{lha, Country, Date, Params, TaxYear};
use crate::rules::uc::{
    benefit_cap, carer, child_element, childcare, disabled_child, housing, lcwra,
    standard_allowance, work_allowance,
};
use crate::rules::{
    carers_allowance, child_benefit, council_tax, disability, scottish_child_payment,
};
use crate::scenario::{Adult, Housing, Scenario, ValidationError};
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
    pub council_tax_net_monthly: Money,
    pub council_tax_annual: Money,
    pub council_tax_reduction_annual: Money,
    /// Exempt from the benefit cap whatever anyone earns (LCWRA, carer, PIP, DLA, pension age).
    pub cap_exempt_always: bool,
    /// Amounts that do not move with pay, worked out once here rather than at every point.
    pub fixed: FixedAmounts,
    /// Each adult's pay as it is now and what follows from it: out of work, and for the
    /// adult who does not take the offer, at every point.
    pub(super) current_pay: Pay,
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
        let mut adults = [AdultFacts::default(); 2];
        for (slot, a) in adults.iter_mut().zip(&s.adults) {
            *slot = adult_facts(p, a);
        }
        let adult_count = s.adults.len();
        let ages: Vec<u32> = s.adults.iter().map(|a| a.age).collect();
        let children = Children::of(p, s)?;
        let child_element_each = child_element::per_child(p, &children.births);
        let child_element: Money = child_element_each.iter().copied().sum();
        let children_without_element = child_element_each.iter().filter(|m| m.is_zero()).count();

        let people: Vec<lcwra::Person> = adults[..adult_count]
            .iter()
            .map(|a| lcwra::Person {
                lcwra: a.lcwra,
                new_claim: a.lcwra_new_claim,
                carer: a.carer,
            })
            .collect();
        let lcwra_holder = lcwra::holder(&people);
        let lcwra_element = lcwra_holder.map_or(Money::ZERO, |i| lcwra::monthly(p, people[i]));
        let carers: Vec<bool> = people.iter().map(|a| a.carer).collect();
        let carer_elements = carer::count(&carers, lcwra_holder, s.carers_care_for_same_person);
        let carer_element = carer::monthly(p, carer_elements);
        let standard_allowance = standard_allowance::monthly(p, &ages);

        let housing = housing_facts(s, p, &ages, &children.sleepers, &adults[..adult_count])?;

        let cap_exempt_always = adults[..adult_count].iter().any(|a| {
            a.lcwra
                || a.carer
                || a.pip_daily_living_weekly.is_positive()
                || a.pip_mobility_weekly.is_positive()
                || a.age >= p.pension.state_pension_age
        }) || children.any_dla;

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
        let current_pay = Payroll {
            params: p,
            country: s.country,
            married,
            adults: &adults[..adult_count],
            fixed: &fixed,
        }
        .pay(&current_earners(&adults[..adult_count]));

        Ok(Household {
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
            capital_tariff: crate::rules::uc::capital::tariff_income(p, s.savings),
            savings: s.savings,
            child_benefit_weekly: children.child_benefit_weekly,
            dla_weekly: children.dla_weekly,
            any_dla: children.any_dla,
            council_tax_net_monthly: council_tax::net_monthly(&s.council_tax),
            council_tax_annual: s.council_tax.annual,
            council_tax_reduction_annual: s.council_tax.reduction_annual,
            cap_exempt_always,
            fixed,
            current_pay,
        })
    }
}

/// Responsible for a child or has limited capability for work: has a work allowance.
fn work_allowance_eligible(children: usize, adults: &[AdultFacts]) -> bool {
    children > 0 || adults.iter().any(|a| a.lcwra)
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
    /// Young enough for the childcare element (until the September after 16).
    for_childcare: usize,
    child_benefit_weekly: Money,
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
        let mut for_childcare = 0;
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
            dla_weekly += dla;
            if age < 16 {
                under_16 += 1;
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
            for_childcare,
            child_benefit_weekly: child_benefit::weekly(p, s.children.len()),
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
        carer_benefits_annual: (carers_allowance + supplement).weekly_to_annual(),
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
        childcare_cap: childcare::cap(p, children.for_childcare),
        benefit_cap: benefit_cap::cap_monthly(
            p,
            adults.len() == 2 || children.count > 0,
            in_london,
        ),
        cap_earnings_exception: benefit_cap::earnings_exception_monthly(p),
        pension_net_of_relief: Decimal::ONE - p.income_tax.basic_rate,
    }
}

fn adult_facts(p: &Params, a: &Adult) -> AdultFacts {
    AdultFacts {
        age: a.age,
        lcwra: a.lcwra,
        lcwra_new_claim: a.lcwra_new_claim,
        carer: a.carer,
        pip_daily_living_weekly: disability::pip_daily_living(p, a.pip_daily_living),
        pip_mobility_weekly: disability::pip_mobility(p, a.pip_mobility),
        earnings_annual: a.earnings_annual,
        hours_per_week: a.hours_per_week,
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
        Housing::Supported { .. } => HousingFacts::None { owner: false },
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
