//! The better-off engine: a scenario in, the household's money out of work and in each job
//! offer out, with the steps explained and the warnings a coach needs.
//!
//! [`calculate`] is what the screens call for the answer. For the chart and the heat map,
//! prepare once with [`Household::prepare`] and call [`Household::net_at`] or [`sweep`], which
//! compute numbers only (no words), so they are cheap enough to redraw on every keystroke.
//!
//! Where things are, each part using only those listed before it:
//! - `figures`: the plain data (household facts, earnings, pay, the figures);
//! - `pay`: each adult's pay, NI, pension, tax on earnings and Carer's Allowance test;
//! - `household`: [`Household`] and preparing it from a scenario;
//! - `offer`: a job offer's wage, earnings and work costs;
//! - `compute`: evaluating the household (out of work, in an offer, at any earnings);
//! - `sweep`, `explain`, `warnings`, [`first_months`], [`oracle`]: what is built on
//!   evaluations (the chart's points, the words, the first months, the reference model's
//!   format);
//! - here: [`calculate`], the whole answer with its rates.

pub mod childcare_choice;
mod compute;
mod explain;
mod figures;
pub mod first_months;
mod household;
mod offer;
pub mod oracle;
mod pay;
mod sweep;
mod warnings;

pub use explain::{carer_benefit, explain, money, Line, Topic, Whom};
pub use figures::{
    AdultFacts, Earner, EsaFacts, Figures, HbFigures, HousingFacts, MarriageRole, PcFigures,
    PersonFigures, Route, UcFigures, WorkCosts,
};
pub use first_months::{first_months, FirstMonths, StartPlan};
pub use household::Household;
pub use offer::hourly_wage;
pub use sweep::{sweep, Cliff, CliffCause, Sweep, SweepPoint};
pub use warnings::{warnings, Warning, WarningKind};

use crate::better_off::params::TaxYear;
use crate::better_off::scenario::{JobOffer, Scenario, ValidationError};
use crate::money::{round_half_up, Amounts, Money};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;

/// The whole answer for a scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub tax_year: TaxYear,
    pub out_of_work: Situation,
    pub offers: Vec<OfferReport>,
}

/// One situation's money, its explanation and its warnings.
#[derive(Debug, Clone, Serialize)]
pub struct Situation {
    pub components: Components,
    #[serde(skip)]
    pub figures: Figures,
    pub explanation: Vec<Line>,
    pub warnings: Vec<Warning>,
}

/// A job offer compared with being out of work.
#[derive(Debug, Clone, Serialize)]
pub struct OfferReport {
    pub label: String,
    pub hours_per_week: f64,
    pub hourly_wage: f64,
    pub in_work: Situation,
    /// Change in what is left after housing, childcare and travel.
    pub better_off: Amounts,
    /// Change in net income, before in-work costs.
    pub better_off_before_work_costs: Amounts,
    /// Share of the gross pay lost to tax, NI, pension and lower benefits (0.0 to 1.0+).
    pub participation_tax_rate: f64,
    /// Share of one more hour's gross pay lost the same way.
    pub effective_marginal_rate: f64,
}

/// Every amount, in weekly, monthly and annual figures.
#[derive(Debug, Clone, Serialize)]
pub struct Components {
    pub employment_income: Amounts,
    pub income_tax: Amounts,
    pub national_insurance: Amounts,
    pub pension_contributions: Amounts,
    pub universal_credit: Amounts,
    pub child_benefit: Amounts,
    pub child_benefit_charge: Amounts,
    pub carers_allowance: Amounts,
    pub carer_support_payment: Amounts,
    pub scottish_carer_supplement: Amounts,
    pub scottish_child_payment: Amounts,
    pub pip: Amounts,
    pub dla: Amounts,
    pub esa: Amounts,
    pub jsa: Amounts,
    pub state_pension: Amounts,
    pub housing_benefit: Amounts,
    pub pension_credit: Amounts,
    /// Winter Fuel Payment (Pension Age Winter Heating Payment in Scotland), and the part
    /// taken back in tax.
    pub winter_fuel: Amounts,
    pub winter_fuel_charge: Amounts,
    pub net_income: Amounts,
    pub housing_costs: Amounts,
    pub council_tax: Amounts,
    pub net_income_after_housing: Amounts,
    pub childcare_costs: Amounts,
    pub travel_costs: Amounts,
    pub net_income_after_work_costs: Amounts,
    pub disposable_income: Amounts,
    pub uc: UcComponents,
}

/// The UC award step by step.
#[derive(Debug, Clone, Serialize)]
pub struct UcComponents {
    pub standard_allowance: Amounts,
    pub child_element: Amounts,
    pub disabled_child_lower: Amounts,
    pub disabled_child_higher: Amounts,
    pub lcwra: Amounts,
    pub carer: Amounts,
    pub housing: Amounts,
    pub childcare: Amounts,
    pub maximum: Amounts,
    pub work_allowance: Amounts,
    pub earned_income: Amounts,
    pub taper: Amounts,
    pub unearned_income: Amounts,
    pub capital_tariff: Amounts,
    pub before_cap: Amounts,
    pub benefit_cap_reduction: Amounts,
    pub award: Amounts,
}

impl Components {
    pub fn from_figures(f: &Figures, scottish: bool) -> Components {
        let a = Amounts::from_monthly;
        let (ca, csp) = if scottish {
            (Money::ZERO, f.carers_allowance)
        } else {
            (f.carers_allowance, Money::ZERO)
        };
        let u = &f.uc;
        Components {
            employment_income: a(f.employment_income),
            income_tax: a(f.income_tax),
            national_insurance: a(f.national_insurance),
            pension_contributions: a(f.pension),
            universal_credit: a(u.award),
            child_benefit: a(f.child_benefit),
            child_benefit_charge: a(f.child_benefit_charge),
            carers_allowance: a(ca),
            carer_support_payment: a(csp),
            scottish_carer_supplement: a(f.carer_supplement),
            scottish_child_payment: a(f.scottish_child_payment),
            pip: a(f.pip),
            dla: a(f.dla),
            esa: a(f.esa),
            jsa: a(f.jsa),
            state_pension: a(f.state_pension),
            housing_benefit: a(f.housing_benefit.award),
            pension_credit: a(f.pension_credit.award),
            winter_fuel: a(f.winter_fuel),
            winter_fuel_charge: a(f.winter_fuel_charge),
            net_income: a(f.net_income),
            housing_costs: a(f.housing_costs),
            council_tax: a(f.council_tax),
            net_income_after_housing: a(f.net_income_after_housing),
            childcare_costs: a(f.childcare_costs),
            travel_costs: a(f.travel_costs),
            net_income_after_work_costs: a(f.net_income_after_work_costs),
            disposable_income: a(f.disposable_income),
            uc: UcComponents {
                standard_allowance: a(u.standard_allowance),
                child_element: a(u.child_element),
                disabled_child_lower: a(u.disabled_child_lower),
                disabled_child_higher: a(u.disabled_child_higher),
                lcwra: a(u.lcwra),
                carer: a(u.carer),
                housing: a(u.housing),
                childcare: a(u.childcare),
                maximum: a(u.maximum),
                work_allowance: a(u.work_allowance),
                earned_income: a(u.earned_income),
                taper: a(u.taper),
                unearned_income: a(u.unearned_income),
                capital_tariff: a(u.capital_tariff),
                before_cap: a(u.before_cap),
                benefit_cap_reduction: a(u.cap_reduction),
                award: a(u.award),
            },
        }
    }
}

/// `lost` as a share of `gross`, to four places (half away from zero, the one rounding rule).
fn ratio(lost: Money, gross: Money) -> f64 {
    if gross.is_zero() {
        return 0.0;
    }
    round_half_up(lost.ratio_to(gross), 4)
        .to_f64()
        .unwrap_or(0.0)
}

/// Participation tax rate: the share of the job's gross pay that does not reach net income.
pub fn participation_tax_rate(out: &Figures, inw: &Figures) -> f64 {
    let gross = inw.employment_income - out.employment_income;
    let gain = inw.net_income - out.net_income;
    ratio(gross - gain, gross)
}

/// The answer for every offer in the scenario, explained to the person themselves.
pub fn calculate(s: &Scenario) -> Result<Report, Vec<ValidationError>> {
    calculate_for(s, &Whom::You)
}

/// The same, its explanation and warnings worded for `whom`.
pub fn calculate_for(s: &Scenario, whom: &Whom) -> Result<Report, Vec<ValidationError>> {
    Ok(calculate_prepared(&Household::prepare(s)?, s, whom))
}

/// The same, for the household already prepared from `s` ([`Household::prepare`]), so a
/// caller that keeps the household does not prepare it twice.
pub fn calculate_prepared(h: &Household, s: &Scenario, whom: &Whom) -> Report {
    let out = h.out_of_work();
    let mut offers = Vec::with_capacity(s.offers.len());
    for offer in &s.offers {
        let wage = hourly_wage(offer);
        let inw = h.in_work(offer);
        let more = h.net_at(offer, offer.hours_per_week + Decimal::ONE, wage);
        let emtr = ratio(
            (more.employment_income - inw.employment_income) - (more.net_income - inw.net_income),
            more.employment_income - inw.employment_income,
        );
        offers.push(OfferReport {
            label: offer.label.clone(),
            hours_per_week: offer.hours_per_week.to_f64().unwrap_or(0.0),
            hourly_wage: wage.to_f64(),
            better_off: Amounts::from_monthly(inw.disposable_income - out.disposable_income),
            better_off_before_work_costs: Amounts::from_monthly(inw.net_income - out.net_income),
            participation_tax_rate: participation_tax_rate(&out, &inw),
            effective_marginal_rate: emtr,
            in_work: situation(h, &inw, Some((offer, &out)), whom),
        });
    }
    Report {
        tax_year: s.tax_year,
        out_of_work: situation(h, &out, None, whom),
        offers,
    }
}

fn situation(
    h: &Household,
    f: &Figures,
    offer: Option<(&JobOffer, &Figures)>,
    whom: &Whom,
) -> Situation {
    Situation {
        components: Components::from_figures(
            f,
            h.country == crate::better_off::params::Country::Scotland,
        ),
        figures: *f,
        explanation: explain(h, f, whom),
        warnings: warnings(h, f, offer, whom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_half_away_from_zero() {
        // £12.345 of £100 is 0.12345: 0.1235, where banker's rounding would give 0.1234.
        let lost = Money::new(Decimal::new(12345, 3));
        assert_eq!(ratio(lost, Money::pounds(100)), 0.1235);
        assert_eq!(ratio(-lost, Money::pounds(100)), -0.1235);
        assert_eq!(ratio(lost, Money::ZERO), 0.0);
    }

    /// The explanation's lines and the warnings' texts of the answer.
    fn texts(r: &Report) -> (Vec<String>, Vec<String>) {
        let lines = r.offers[0]
            .in_work
            .explanation
            .iter()
            .map(|l| l.text.clone());
        let warnings = r.out_of_work.warnings.iter().map(|w| w.text.clone());
        (lines.collect(), warnings.collect())
    }

    #[test]
    fn in_a_couple_the_person_is_you_or_their_name_and_the_other_their_partner() {
        // QA #1: a couple filled in by the person read "The first adult earns …".
        let mut s = crate::better_off::test_support::single_social_renter().build();
        s.adults.push(crate::better_off::scenario::Adult {
            earnings_annual: Money::pounds(6_000),
            hours_per_week: Decimal::from(10),
            ..crate::better_off::scenario::Adult::new(32)
        });
        let (lines, _) = texts(&calculate(&s).unwrap());
        assert!(
            lines.contains(&"You earn £881.23 a month before tax.".into()),
            "{lines:?}"
        );
        assert!(lines.contains(&"Your partner earns £500.00 a month before tax.".into()));
        assert!(!lines.iter().any(|l| l.contains("adult")), "{lines:?}");
        let sam = Whom::Other {
            name: "Sam".into(),
            name_start: "Sam".into(),
        };
        let (lines, _) = texts(&calculate_for(&s, &sam).unwrap());
        assert!(lines.contains(&"Sam earns £881.23 a month before tax.".into()));
        assert!(lines.contains(&"Their partner earns £500.00 a month before tax.".into()));
    }

    #[test]
    fn the_explanation_and_warnings_speak_of_the_person_the_form_is_for() {
        let mut s = crate::better_off::test_support::single_social_renter().build();
        s.benefit_cap_grace = true;
        let sam = Whom::Other {
            name: "Sam".into(),
            name_start: "Sam".into(),
        };
        let (lines, warnings) = texts(&calculate(&s).unwrap());
        assert!(lines.contains(&"You earn £881.23 a month before tax.".into()));
        assert!(warnings[0].starts_with("You are in a benefit cap grace period"));
        let (lines, warnings) = texts(&calculate_for(&s, &sam).unwrap());
        assert!(lines.contains(&"Sam earns £881.23 a month before tax.".into()));
        assert!(!lines.iter().any(|l| l.starts_with("You ")), "{lines:?}");
        assert_eq!(
            warnings[0],
            "There is a benefit cap grace period for Sam: the cap does not apply for 9 months \
             after a steady job ends. After that it would cut Universal Credit unless Sam earns \
             £881.00 a month or more after tax, National Insurance and pension contributions."
        );
        // Words only: the figures are the same.
        assert_eq!(
            calculate(&s).unwrap().offers[0].in_work.figures,
            calculate_for(&s, &sam).unwrap().offers[0].in_work.figures
        );

        let cy = crate::i18n::Lang::Cy;
        assert!(crate::i18n::use_translation(cy, crate::i18n::source(cy)).is_empty());
        let (lines, warnings) = texts(&calculate_for(&s, &sam).unwrap());
        assert!(
            lines.contains(&"Mae Sam yn ennill £881.23 y mis cyn treth.".into()),
            "{lines:?}"
        );
        assert!(
            warnings[0].starts_with("Mae Sam mewn cyfnod gras o'r cap ar fudd-daliadau"),
            "{warnings:?}"
        );
        assert!(warnings[0].contains("oni bai bod Sam yn ennill"));
        crate::i18n::use_translation(crate::i18n::Lang::EnGb, "");
    }
}
