//! Warnings: the things a coach must point out even when the headline figure looks good.
//!
//! Each is a [`WarningKind`] value with its figures (for the screens to style or act on) and
//! a sentence in plain words.

use super::explain::{money, Whom};
use super::{Figures, Household, HousingFacts};
use crate::better_off::params::Country;
use crate::better_off::rules::{carers_allowance, esa, minimum_wage};
use crate::better_off::scenario::{EsaGroup, JobOffer, Pension};
use crate::i18n::Arg;
use crate::money::Money;
use rust_decimal::Decimal;
use serde::Serialize;

/// What the warning is about, with its figures (monthly unless named weekly).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// The benefit cap cuts Universal Credit.
    BenefitCap { reduction: f64, cap: f64 },
    /// A grace period lifts the cap now; it ends 9 months after the job did.
    BenefitCapGrace,
    /// A carer's earnings are over the Carer's Allowance limit: the whole allowance stops.
    CarersAllowanceLost {
        adult: usize,
        net_weekly_earnings: f64,
        weekly_limit: f64,
        lost_monthly: f64,
    },
    /// A carer's earnings are close to the limit: a pay rise or extra hours could stop it.
    CarersAllowanceNearLimit {
        adult: usize,
        net_weekly_earnings: f64,
        weekly_limit: f64,
    },
    /// Private rent above the Local Housing Allowance: the gap is paid from other income.
    LhaShortfall { rent: f64, lha: f64, shortfall: f64 },
    /// Social rent cut for spare bedrooms.
    UnderOccupation { spare_bedrooms: u32, deduction: f64 },
    /// UC pays childcare back after it is paid and reported.
    ChildcarePaidInArrears { element: f64 },
    /// Childcare is paid but the work condition is not met.
    ChildcareNotCovered,
    /// Savings over £16,000: no UC.
    CapitalOverLimit,
    /// The two-child limit stops a child element (2025-26).
    TwoChildLimit { children_without_element: usize },
    /// The wage is below the legal minimum for the worker's age.
    BelowMinimumWage { minimum_hourly: f64 },
    /// England under State Pension age: the reduction is the council's, as entered.
    CouncilTaxAsEntered,
    /// England under State Pension age: the reduction in work is an estimate.
    CouncilTaxEstimate,
    /// Tax-Free Childcare, instead of Universal Credit, would leave more a month.
    TaxFreeChildcareBetter { gain_monthly: f64 },
    /// England: funded childcare hours for working parents may help (not worked out).
    FundedHours,
    /// Living with family: a relative caring 35 hours a week may get Carer's Allowance.
    RelativeCarer,
    /// Living with family: the job costs the relative's help with rent this much.
    RelativeLoses { monthly: f64 },
    /// New Style ESA outside the support group lasts up to 365 days (WRA 2007 s.1A).
    EsaTimeLimit { adult: usize },
    /// New Style JSA lasts up to 182 days (Jobseekers Act 1995 s.5(1)).
    JsaTimeLimit { adult: usize },
    /// The job ends New Style ESA: the money lost, and why.
    EsaLost {
        adult: usize,
        lost_monthly: f64,
        sixteen_hours: bool,
    },
    /// Permitted work close to the earnings limit: a pay rise could end New Style ESA.
    EsaNearLimit {
        adult: usize,
        net_weekly_earnings: f64,
        weekly_limit: f64,
    },
    /// Someone reaches State Pension age during the tax year, on this date.
    PensionAgeInYear { adult: usize, date: String },
    /// Savings Credit (State Pension age before 6 April 2016) is not worked out.
    SavingsCreditNotCovered,
    /// New Style ESA or JSA, or the State Pension, entered for someone it cannot apply to.
    BenefitIgnored { adult: usize },
    /// Housing Benefit is claimed from the council, which must be told about the job.
    TellTheCouncil,
}

/// A warning with its words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    #[serde(flatten)]
    pub kind: WarningKind,
    pub text: String,
}

fn w(kind: WarningKind, text: String) -> Warning {
    Warning { kind, text }
}

/// The warnings for one situation (`offer` is the job and the out-of-work figures, in work).
/// Those that say "you" are worded for `whom`.
pub fn warnings(
    h: &Household,
    f: &Figures,
    offer: Option<(&JobOffer, &Figures)>,
    whom: &Whom,
) -> Vec<Warning> {
    let mut out = Vec::new();
    benefit_cap(h, f, offer, whom, &mut out);
    carers(h, f, whom, &mut out);
    contributory(
        h,
        f,
        offer.map(|(_, out_of_work)| out_of_work),
        whom,
        &mut out,
    );
    housing(h, f, whom, &mut out);
    childcare_and_children(h, f, whom, &mut out);
    if offer.is_some() {
        childcare_choice(h, f, whom, &mut out);
    }
    living_with_family(h, f, offer.map(|(_, o)| o), whom, &mut out);
    pension_age(h, whom, &mut out);
    if let Some((job, _)) = offer {
        minimum_wage_warning(h, job, &mut out);
    }
    council_tax(f, whom, &mut out);
    out
}

fn benefit_cap(
    h: &Household,
    f: &Figures,
    offer: Option<(&JobOffer, &Figures)>,
    whom: &Whom,
    out: &mut Vec<Warning>,
) {
    let p = h.params;
    let u = &f.uc;
    let threshold =
        crate::better_off::rules::uc::benefit_cap::earnings_exception_monthly(p).floor_pound();
    if h.benefit_cap_grace && offer.is_none() && u.cap_exempt && !h.cap_exempt_always {
        out.push(w(
            WarningKind::BenefitCapGrace,
            t!(
                "result-warn-cap-grace",
                earnings = money(threshold),
                person = whom.person(),
                name = whom.name()
            ),
        ));
    }
    if !u.cap_reduction.is_positive() {
        return;
    }
    let kind = WarningKind::BenefitCap {
        reduction: u.cap_reduction.to_f64(),
        cap: u.cap.to_f64(),
    };
    let amount = money(u.cap_reduction);
    let text = match offer {
        Some((job, _)) => cap_advice(h, f, job, &amount, threshold, whom),
        None => None,
    };
    out.push(w(
        kind,
        text.unwrap_or_else(|| {
            t!(
                "result-warn-cap",
                amount = amount,
                earnings = money(threshold)
            )
        }),
    ));
}

/// In a job, what would lift the cap: opting out of the workplace pension at these hours,
/// or working more hours at this pay (UC earned income is net of pension contributions,
/// reg 55(5)(b), so 16 hours at the National Living Wage with a pension may not be enough).
fn cap_advice(
    h: &Household,
    f: &Figures,
    job: &JobOffer,
    amount: &str,
    threshold: Money,
    whom: &Whom,
) -> Option<String> {
    let wage = super::hourly_wage(job);
    if !matches!(job.pension, Pension::None) {
        let opted_out = JobOffer {
            pension: Pension::None,
            ..job.clone()
        };
        let without = h.in_work(&opted_out);
        if without.uc.cap_exempt_by_earnings {
            return Some(whom.tr(
                "result-warn-cap-pension",
                &[
                    ("amount", Arg::from(amount)),
                    ("earnings", Arg::from(money(threshold))),
                    (
                        "gain",
                        Arg::from(money(without.disposable_income - f.disposable_income)),
                    ),
                ],
            ));
        }
    }
    let hours = (1..=120u32)
        .map(|half| Decimal::new(i64::from(half) * 5, 1))
        .filter(|h_| *h_ > job.hours_per_week)
        .find(|h_| h.net_at(job, *h_, wage).uc.cap_exempt_by_earnings)?;
    Some(t!(
        "result-warn-cap-hours",
        amount = amount.to_string(),
        hours = crate::i18n::number::decimal(crate::i18n::lang(), hours),
        earnings = money(threshold)
    ))
}

fn carers(h: &Household, f: &Figures, whom: &Whom, out: &mut Vec<Warning>) {
    let p = h.params;
    let benefit = super::explain::carer_benefit(h.country == Country::Scotland);
    let limit = carers_allowance::earnings_limit(p, h.country);
    for (i, x) in f.people().iter().enumerate() {
        if !h.adults[i].carer {
            continue;
        }
        if x.over_carers_allowance_limit {
            let lost = carers_allowance::weekly(p, h.country, Money::ZERO);
            out.push(w(
                WarningKind::CarersAllowanceLost {
                    adult: i,
                    net_weekly_earnings: x.carers_allowance_net_weekly_earnings.to_f64(),
                    weekly_limit: limit.to_f64(),
                    lost_monthly: lost.weekly_to_monthly().to_f64(),
                },
                t!(
                    "result-warn-carer-lost",
                    benefit = benefit.clone(),
                    earnings = money(x.carers_allowance_net_weekly_earnings),
                    limit = money(limit),
                    lost = money(lost)
                ),
            ));
        } else if x.gross.is_positive()
            && x.carers_allowance_net_weekly_earnings > limit - Money::pounds(20)
        {
            out.push(w(
                WarningKind::CarersAllowanceNearLimit {
                    adult: i,
                    net_weekly_earnings: x.carers_allowance_net_weekly_earnings.to_f64(),
                    weekly_limit: limit.to_f64(),
                },
                whom.tr(
                    "result-warn-carer-near",
                    &[
                        ("benefit", Arg::from(benefit.clone())),
                        (
                            "earnings",
                            Arg::from(money(x.carers_allowance_net_weekly_earnings)),
                        ),
                        ("limit", Arg::from(money(limit))),
                    ],
                ),
            ));
        }
    }
}

fn housing(h: &Household, f: &Figures, whom: &Whom, out: &mut Vec<Warning>) {
    match &h.housing {
        HousingFacts::Private {
            rent_monthly,
            lha_monthly,
            ..
        } if rent_monthly > lha_monthly => {
            let gap = *rent_monthly - *lha_monthly;
            out.push(w(
                WarningKind::LhaShortfall {
                    rent: rent_monthly.to_f64(),
                    lha: lha_monthly.to_f64(),
                    shortfall: gap.to_f64(),
                },
                t!(
                    "result-warn-lha",
                    amount = money(gap),
                    person = whom.person(),
                    name = whom.name()
                ),
            ));
        }
        HousingFacts::Social {
            spare_bedrooms,
            deduction_monthly,
            ..
        } if *spare_bedrooms > 0 => {
            out.push(w(
                WarningKind::UnderOccupation {
                    spare_bedrooms: *spare_bedrooms,
                    deduction: deduction_monthly.to_f64(),
                },
                t!(
                    "result-warn-spare-bedrooms",
                    amount = money(*deduction_monthly),
                    count = *spare_bedrooms
                ),
            ));
        }
        _ => {}
    }
    if f.housing_benefit.claimed {
        out.push(w(
            WarningKind::TellTheCouncil,
            t!(
                "result-warn-tell-council",
                person = whom.person(),
                name = whom.name()
            ),
        ));
    }
}

fn childcare_and_children(h: &Household, f: &Figures, whom: &Whom, out: &mut Vec<Warning>) {
    let u = &f.uc;
    if u.childcare.is_positive() {
        out.push(w(
            WarningKind::ChildcarePaidInArrears {
                element: u.childcare.to_f64(),
            },
            t!(
                "result-warn-childcare-arrears",
                amount = money(u.childcare),
                person = whom.person(),
                name = whom.name()
            ),
        ));
    } else if f.childcare_costs.is_positive() {
        out.push(w(
            WarningKind::ChildcareNotCovered,
            whom.tr("result-warn-childcare-none", &[]),
        ));
    }
    if u.over_capital_limit {
        out.push(w(WarningKind::CapitalOverLimit, t!("result-warn-savings")));
    }
    if h.children_without_element > 0 {
        out.push(w(
            WarningKind::TwoChildLimit {
                children_without_element: h.children_without_element,
            },
            t!("result-warn-two-child", count = h.children_without_element),
        ));
    }
}

fn minimum_wage_warning(h: &Household, job: &JobOffer, out: &mut Vec<Warning>) {
    let p = h.params;
    let age = h.adults[job.adult.min(h.adult_count - 1)].age;
    let minimum = minimum_wage::hourly_minimum(p, age);
    let wage = super::hourly_wage(job);
    if wage < minimum && wage.is_positive() {
        out.push(w(
            WarningKind::BelowMinimumWage {
                minimum_hourly: minimum.to_f64(),
            },
            t!(
                "result-warn-minimum-wage",
                wage = money(wage),
                minimum = money(minimum)
            ),
        ));
    }
}

/// New Style ESA and JSA: their time limits, and what the job does to ESA.
fn contributory(
    h: &Household,
    f: &Figures,
    out_of_work: Option<&Figures>,
    whom: &Whom,
    out: &mut Vec<Warning>,
) {
    let p = h.params;
    let limit = Money::new(p.esa.permitted_work_higher_limit);
    for (i, x) in f.people().iter().enumerate() {
        let adult = &h.adults[i];
        if let Some(award) = adult.esa {
            if award.group != EsaGroup::Support {
                out.push(w(
                    WarningKind::EsaTimeLimit { adult: i },
                    t!(
                        "result-warn-esa-time-limit",
                        person = whom.person(),
                        name = whom.name()
                    ),
                ));
            }
            match x.esa_work {
                Some(esa::WorkEffect::Stops(why)) => {
                    let before = out_of_work.map_or(Money::ZERO, |o| o.people[i].esa);
                    let sixteen_hours = why == esa::Stops::SixteenHours;
                    out.push(w(
                        WarningKind::EsaLost {
                            adult: i,
                            lost_monthly: before.to_f64(),
                            sixteen_hours,
                        },
                        t!(
                            "result-warn-esa-lost",
                            amount = money(before),
                            why = if sixteen_hours { "hours" } else { "pay" },
                            limit = money(limit)
                        ),
                    ));
                }
                Some(esa::WorkEffect::Continues(esa::Exempt::PermittedWork))
                | Some(esa::WorkEffect::Continues(esa::Exempt::SupportedPermittedWork))
                    if x.net_weekly_earnings > limit - Money::pounds(20) =>
                {
                    out.push(w(
                        WarningKind::EsaNearLimit {
                            adult: i,
                            net_weekly_earnings: x.net_weekly_earnings.to_f64(),
                            weekly_limit: limit.to_f64(),
                        },
                        whom.tr(
                            "result-warn-esa-near",
                            &[
                                (
                                    "earnings",
                                    Arg::from(money(x.net_weekly_earnings.floor_penny())),
                                ),
                                ("limit", Arg::from(money(limit))),
                            ],
                        ),
                    ));
                }
                _ => {}
            }
        }
        if adult.jsa_weekly.is_some() {
            out.push(w(
                WarningKind::JsaTimeLimit { adult: i },
                t!("result-warn-jsa-time-limit"),
            ));
        }
    }
}

/// State Pension age: reached during the year, Savings Credit, benefits that cannot apply.
fn pension_age(h: &Household, whom: &Whom, out: &mut Vec<Warning>) {
    for (i, a) in h.adults().iter().enumerate() {
        if let Some(date) = a.pension_age_in_year {
            out.push(w(
                WarningKind::PensionAgeInYear {
                    adult: i,
                    date: date.to_string(),
                },
                t!(
                    "result-warn-pension-age-in-year",
                    date = crate::calendar::long(date),
                    over = match (a.over_pension_age, whom) {
                        (true, Whom::You) => "yes",
                        (false, Whom::You) => "no",
                        (true, Whom::Other { .. }) => "yes-other",
                        (false, Whom::Other { .. }) => "no-other",
                    },
                    name = whom.name()
                ),
            ));
        }
        if a.benefit_ignored {
            out.push(w(
                WarningKind::BenefitIgnored { adult: i },
                t!(
                    "result-warn-benefit-ignored",
                    over = if a.over_pension_age { "yes" } else { "no" }
                ),
            ));
        }
    }
    if h.adults().iter().any(|a| a.savings_credit_age) {
        out.push(w(
            WarningKind::SavingsCreditNotCovered,
            t!("result-warn-savings-credit"),
        ));
    }
}

/// England's working-age schemes are each council's own: say what the figure is.
fn council_tax(f: &Figures, whom: &Whom, out: &mut Vec<Warning>) {
    use crate::better_off::rules::council_tax_reduction::Scheme;
    match f.council_tax_reduction.scheme {
        Some(Scheme::EnglandAsEntered) => out.push(w(
            WarningKind::CouncilTaxAsEntered,
            whom.tr("result-warn-council-tax", &[]),
        )),
        Some(Scheme::EnglandEstimate) => out.push(w(
            WarningKind::CouncilTaxEstimate,
            t!("result-warn-council-tax-estimate"),
        )),
        _ => {}
    }
}

/// Tax-Free Childcare instead of UC's childcare element, when it would leave more; and the
/// funded hours in England.
fn childcare_choice(h: &Household, f: &Figures, whom: &Whom, out: &mut Vec<Warning>) {
    let Some(choice) = super::childcare_choice::compare(h, f) else {
        return;
    };
    if let Some(gain) = choice.tax_free_childcare_better_by() {
        out.push(w(
            WarningKind::TaxFreeChildcareBetter {
                gain_monthly: gain.to_f64(),
            },
            whom.tr(
                "result-warn-tax-free-childcare",
                &[
                    ("gain", Arg::from(money(gain))),
                    ("top_up", Arg::from(money(choice.tax_free_childcare))),
                    ("element", Arg::from(money(choice.uc_childcare_element))),
                ],
            ),
        ));
    }
    if h.country == crate::better_off::params::Country::England
        && h.child_ages.iter().any(|&a| a < 5)
    {
        out.push(w(
            WarningKind::FundedHours,
            whom.tr("result-warn-funded-hours", &[]),
        ));
    }
}

/// Living with family: what a job does to the relative's help, and Carer's Allowance for a
/// relative who cares.
fn living_with_family(
    h: &Household,
    f: &Figures,
    out_of_work: Option<&Figures>,
    whom: &Whom,
    out: &mut Vec<Warning>,
) {
    if !matches!(h.housing, HousingFacts::WithFamily { .. }) {
        return;
    }
    if let Some(before) = out_of_work {
        let more = f.relative_loses - before.relative_loses;
        if more.is_positive() {
            out.push(w(
                WarningKind::RelativeLoses {
                    monthly: more.to_f64(),
                },
                t!(
                    "result-warn-relative-loses",
                    amount = money(more),
                    person = whom.person(),
                    name = whom.name()
                ),
            ));
        }
    } else if h
        .adults()
        .iter()
        .any(|a| a.pip_daily_living_weekly.is_positive())
    {
        out.push(w(
            WarningKind::RelativeCarer,
            t!(
                "result-warn-relative-carer",
                person = whom.person(),
                name = whom.name()
            ),
        ));
    }
}
