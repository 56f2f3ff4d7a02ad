//! Net income at every half hour from 0 to 60 hours a week at a job offer's wage: the data
//! behind the "net income against hours" chart, with the cliffs located.
//!
//! A cliff is a step where working half an hour more leaves the household with less. Each is
//! labelled with its cause, found by comparing the components either side of it. Only
//! numbers are computed here (no explanation strings), so the 121 points cost well under a
//! millisecond.

use super::{hourly_wage, Figures, Household};
use crate::better_off::scenario::{Scenario, ValidationError};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

/// One point of the chart (monthly figures).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SweepPoint {
    pub hours: f64,
    pub gross: f64,
    pub universal_credit: f64,
    pub net_income: f64,
    /// Net income less childcare and travel.
    pub net_income_after_work_costs: f64,
    /// Left to live on, less the same out of work.
    pub better_off: f64,
    /// Left to live on: after housing, council tax and work costs.
    pub disposable_income: f64,
    /// Help in kind that stops when earnings rise, a month's share of its yearly value.
    pub help_in_kind: f64,
}

/// Why net income falls at a cliff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CliffCause {
    /// Earnings pass the Carer's Allowance / Carer Support Payment limit.
    CarersAllowanceLimit,
    /// UC ends, and Scottish Child Payment with it.
    ScottishChildPaymentEnds,
    /// Earnings pass the automatic-enrolment trigger and pension contributions start.
    PensionAutoEnrolment,
    /// The partner receiving Marriage Allowance moves into the higher rate, which ends it.
    MarriageAllowanceEnds,
    /// The High Income Child Benefit Charge, in 1% steps for each £200 over £60,000, on top
    /// of the higher rate and the UC taper.
    ChildBenefitCharge,
    /// New Style ESA stops: 16 hours or more, or earnings over the permitted work limit.
    EsaStops,
    /// New Style JSA stops at 16 hours a week.
    JsaStops,
    /// Universal Credit ends, so Housing Benefit for supported housing is means-tested
    /// instead of paying the whole rent.
    HousingBenefitMeansTested,
    /// Pension Credit's guarantee credit ends, and with it the whole rent paid by Housing
    /// Benefit.
    PensionCreditEnds,
    /// Housing Benefit falls below 50p a week and is not paid.
    HousingBenefitEnds,
    /// Income over £35,000: the Winter Fuel Payment is taken back in tax.
    WinterFuelCharge,
    /// While Pension Credit or New Style JSA is paid it takes back every extra pound of pay,
    /// but allows for only half of what the worker pays into a pension (SPC Regs 2002 reg
    /// 17A(4A); JSA Regs 2013 reg 59(2)), so more hours with pension contributions leave less.
    PoundForPoundWithPensionContributions,
    /// Something else (e.g. Marriage Allowance stops paying).
    Other,
}

impl CliffCause {
    /// Short words to finish "Between 16 and 16.5 hours a week, ...".
    pub fn describe(self, country: crate::better_off::params::Country) -> String {
        match self {
            CliffCause::CarersAllowanceLimit
                if country == crate::better_off::params::Country::Scotland =>
            {
                t!("result-cliff-carer-support")
            }
            CliffCause::CarersAllowanceLimit => t!("result-cliff-carers-allowance"),
            CliffCause::ScottishChildPaymentEnds => t!("result-cliff-scp"),
            CliffCause::PensionAutoEnrolment => t!("result-cliff-pension"),
            CliffCause::MarriageAllowanceEnds => t!("result-cliff-marriage"),
            CliffCause::ChildBenefitCharge => t!("result-cliff-child-benefit"),
            CliffCause::EsaStops => t!("result-cliff-esa"),
            CliffCause::JsaStops => t!("result-cliff-jsa"),
            CliffCause::HousingBenefitMeansTested => t!("result-cliff-hb-means-tested"),
            CliffCause::PensionCreditEnds => t!("result-cliff-pension-credit"),
            CliffCause::HousingBenefitEnds => t!("result-cliff-hb-ends"),
            CliffCause::WinterFuelCharge => t!("result-cliff-winter-fuel"),
            CliffCause::PoundForPoundWithPensionContributions => {
                t!("result-cliff-pound-for-pound-contributions")
            }
            CliffCause::Other => t!("result-cliff-other"),
        }
    }
}

/// A place where more hours give less money.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cliff {
    pub from_hours: f64,
    pub to_hours: f64,
    /// How much less a month.
    pub drop_monthly: f64,
    pub cause: CliffCause,
}

/// A place where help in kind is lost (free school meals, Healthy Start, prescriptions, a
/// maternity grant): marked on the chart, apart from the cash cliffs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HelpLost {
    pub from_hours: f64,
    pub to_hours: f64,
    pub kind: crate::better_off::rules::help_in_kind::Kind,
    /// Its value a year.
    pub yearly: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sweep {
    pub hourly_wage: f64,
    pub points: Vec<SweepPoint>,
    pub cliffs: Vec<Cliff>,
    pub help_lost: Vec<HelpLost>,
}

/// Half-hour steps from 0 to 60 hours.
pub const STEPS: u32 = 120;

/// The sweep for offer number `offer` of the scenario.
pub fn sweep(s: &Scenario, offer: usize) -> Result<Sweep, Vec<ValidationError>> {
    let h = Household::prepare(s)?;
    let Some(job) = s.offers.get(offer) else {
        return Err(vec![ValidationError {
            path: format!("offers[{offer}]"),
            message: t!("result-error-no-offer"),
        }]);
    };
    Ok(h.sweep(job))
}

impl Household {
    /// The sweep for one offer, on an already prepared household.
    pub fn sweep(&self, job: &crate::better_off::scenario::JobOffer) -> Sweep {
        let wage = hourly_wage(job);
        let out = self.out_of_work();
        let mut points = Vec::with_capacity(STEPS as usize + 1);
        let mut cliffs = Vec::new();
        let mut help_lost = Vec::new();
        // Two buffers, this point's and the previous point's (for the cliff labels), used in
        // turn: the figures are about 2 KB, too big to copy at every point.
        let mut buffers = [Figures::default(), Figures::default()];
        let mut previous_hours: Option<Decimal> = None;
        for step in 0..=STEPS {
            let hours = Decimal::new(step as i64 * 5, 1);
            // Zero hours is the job's adult with no pay at all (any current job given up), so
            // the line is the offer's own; better-off is still against the current situation.
            let [a, b] = &mut buffers;
            let (f, prev) = if step % 2 == 0 { (a, &*b) } else { (b, &*a) };
            self.net_at_into(job, hours, wage, f);
            let f = &*f;
            let net_income = f.net_income.to_f64();
            // With no work costs the two are the very same amount: convert it once.
            let no_costs = f.childcare_costs.is_zero() && f.travel_costs.is_zero();
            points.push(SweepPoint {
                hours: step as f64 / 2.0,
                gross: f.employment_income.to_f64(),
                universal_credit: f.uc.award.to_f64(),
                net_income,
                net_income_after_work_costs: if no_costs {
                    net_income
                } else {
                    f.net_income_after_work_costs.to_f64()
                },
                better_off: (f.disposable_income - out.disposable_income).to_f64(),
                disposable_income: f.disposable_income.to_f64(),
                help_in_kind: f.help_in_kind.total().annual_to_monthly().to_f64(),
            });
            if let Some(prev_hours) = &previous_hours {
                for ((kind, before), (_, after)) in prev
                    .help_in_kind
                    .each(self.country)
                    .into_iter()
                    .zip(f.help_in_kind.each(self.country))
                {
                    if before.is_positive() && after < before {
                        help_lost.push(HelpLost {
                            from_hours: decimal_f64(*prev_hours),
                            to_hours: step as f64 / 2.0,
                            kind,
                            yearly: (before - after).to_f64(),
                        });
                    }
                }
                // Rounding is not a cliff: the weekly benefits round earnings to the penny a
                // week (up to 2p a month) and UC rounds its award to the penny.
                if f.net_income < prev.net_income - Money::pence(5) {
                    cliffs.push(Cliff {
                        from_hours: decimal_f64(*prev_hours),
                        to_hours: step as f64 / 2.0,
                        drop_monthly: (prev.net_income - f.net_income).to_f64(),
                        cause: cause(prev, f),
                    });
                }
            }
            previous_hours = Some(hours);
        }
        Sweep {
            hourly_wage: wage.to_f64(),
            points,
            cliffs,
            help_lost,
        }
    }
}

fn decimal_f64(d: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64().unwrap_or(0.0)
}

fn cause(before: &Figures, after: &Figures) -> CliffCause {
    if after.esa < before.esa {
        CliffCause::EsaStops
    } else if after.jsa < before.jsa && after.jsa.is_zero() {
        CliffCause::JsaStops
    } else if before.housing_benefit.passported && !after.housing_benefit.passported {
        if before.pension_credit.weekly.is_positive() {
            CliffCause::PensionCreditEnds
        } else {
            CliffCause::HousingBenefitMeansTested
        }
    } else if after.housing_benefit.award.is_zero() && before.housing_benefit.award.is_positive() {
        CliffCause::HousingBenefitEnds
    } else if after.winter_fuel_charge > before.winter_fuel_charge {
        CliffCause::WinterFuelCharge
    } else if (before.pension_credit.weekly.is_positive() || before.jsa.is_positive())
        && after.pension > before.pension
    {
        CliffCause::PoundForPoundWithPensionContributions
    } else if after.carers_allowance < before.carers_allowance
        || loses_carer_entitlement(before, after)
    {
        // Carer's Allowance overlapped by the State Pension (or ESA, JSA) pays nothing, but
        // the entitlement keeps Pension Credit's carer addition and Housing Benefit's carer
        // premium; earnings over the limit end the entitlement and those with it.
        CliffCause::CarersAllowanceLimit
    } else if after.scottish_child_payment < before.scottish_child_payment {
        CliffCause::ScottishChildPaymentEnds
    } else if before.pension.is_zero() && after.pension.is_positive() {
        CliffCause::PensionAutoEnrolment
    } else if receives_marriage_allowance(before) && !receives_marriage_allowance(after) {
        CliffCause::MarriageAllowanceEnds
    } else if after.child_benefit_charge > before.child_benefit_charge {
        CliffCause::ChildBenefitCharge
    } else {
        CliffCause::Other
    }
}

/// Someone entitled to Carer's Allowance before is not after (earnings over the limit),
/// whether or not it was paid.
fn loses_carer_entitlement(before: &Figures, after: &Figures) -> bool {
    before
        .people()
        .iter()
        .zip(after.people())
        .any(|(b, a)| b.carer_entitled && !a.carer_entitled)
}

fn receives_marriage_allowance(f: &Figures) -> bool {
    f.people()
        .iter()
        .any(|p| p.marriage_allowance == super::MarriageRole::Receives)
}
