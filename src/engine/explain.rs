//! The explanation trail: each step of the calculation in plain words, with its figures.
//!
//! Built from the numbers [`Household::evaluate`] already produced, and only when asked for,
//! so the sweep never pays for the strings. The words aim at someone reading their own award
//! letter: "a month", pounds and pence, what the rule does and why it applies to them.

use super::{Figures, Household, HousingFacts};
use crate::money::Money;
use crate::params::Country;
use serde::Serialize;

/// What a line is about, so the screens can group or filter lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Earnings,
    IncomeTax,
    NationalInsurance,
    Pension,
    CarersAllowance,
    UniversalCredit,
    ChildBenefit,
    ScottishChildPayment,
    Disability,
    NetIncome,
}

/// One step, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub topic: Topic,
    pub text: String,
}

fn who(h: &Household, i: usize) -> &'static str {
    match (h.is_couple(), i) {
        (false, _) => "You",
        (true, 0) => "The first adult",
        (true, _) => "The second adult",
    }
}

/// The lines for one situation.
pub fn explain(h: &Household, f: &Figures) -> Vec<Line> {
    let p = h.params;
    let mut lines = Vec::new();
    let mut say = |topic: Topic, text: String| lines.push(Line { topic, text });
    let u = &f.uc;
    let scottish = h.country == Country::Scotland;

    for (i, x) in f.people().iter().enumerate() {
        let name = who(h, i);
        // "You earn" but "The first adult earns".
        let s = if h.is_couple() { "s" } else { "" };
        if x.gross.is_positive() {
            say(
                Topic::Earnings,
                format!("{name} earn{s} {} a month before tax.", x.gross),
            );
            say(
                Topic::IncomeTax,
                if x.income_tax.is_zero() {
                    format!(
                        "{name} pay{s} no income tax: the income is within the personal allowance."
                    )
                } else {
                    format!(
                        "{name} pay{s} {} a month income tax{}.",
                        x.income_tax,
                        if scottish { " at Scottish rates" } else { "" }
                    )
                },
            );
            say(
                Topic::NationalInsurance,
                if x.national_insurance.is_zero() {
                    format!("{name} pay{s} no National Insurance: pay is below the threshold.")
                } else {
                    format!(
                        "{name} pay{s} {} a month National Insurance.",
                        x.national_insurance
                    )
                },
            );
            if x.pension.is_positive() {
                say(
                    Topic::Pension,
                    format!(
                        "{name} pay{s} {} a month into a workplace pension (the employer and tax relief add more).",
                        x.pension
                    ),
                );
            }
        }
        match x.marriage_allowance {
            super::MarriageRole::Receives => say(
                Topic::IncomeTax,
                format!(
                    "Marriage Allowance: your partner's unused allowance takes {} a year off {}'s tax.",
                    crate::rules::marriage_allowance::reducer(p),
                    name.to_lowercase()
                ),
            ),
            super::MarriageRole::Gives | super::MarriageRole::None => {}
        }
        let adult = &h.adults[i];
        if adult.carer {
            let benefit = if scottish {
                "Carer Support Payment"
            } else {
                "Carer's Allowance"
            };
            say(
                Topic::CarersAllowance,
                if x.carers_allowance.is_positive() {
                    format!(
                        "{name} get{s} {benefit} of {} a month{}.",
                        x.carers_allowance,
                        if x.gross.is_positive() {
                            format!(
                                " (earnings after deductions are {} a week, within the {} limit)",
                                x.carers_allowance_net_weekly_earnings,
                                crate::rules::carers_allowance::earnings_limit(p, h.country)
                            )
                        } else {
                            String::new()
                        }
                    )
                } else if x.over_carers_allowance_limit {
                    format!(
                        "{name} lose{s} {benefit}: earnings after deductions are {} a week, over the {} limit. Even a penny over stops all of it.",
                        x.carers_allowance_net_weekly_earnings,
                        crate::rules::carers_allowance::earnings_limit(p, h.country)
                    )
                } else {
                    format!("Only one {benefit} is paid for caring for the same person.")
                },
            );
        }
        if (x.pip_daily_living + x.pip_mobility).is_positive() {
            say(
                Topic::Disability,
                format!(
                    "{name} get{s} {} a month {}: it carries on in work and does not reduce Universal Credit.",
                    x.pip_daily_living + x.pip_mobility,
                    if scottish {
                        "Adult Disability Payment"
                    } else {
                        "Personal Independence Payment"
                    }
                ),
            );
        }
    }

    // Universal Credit, step by step.
    let uc = Topic::UniversalCredit;
    let couple = if h.is_couple() {
        "a couple"
    } else {
        "a single person"
    };
    let over_25 = h.adults().iter().any(|a| a.age >= 25);
    say(
        uc,
        format!(
            "Universal Credit starts from the standard allowance for {couple}{}: {}.",
            if over_25 {
                if h.is_couple() {
                    " (one of you is 25 or over)"
                } else {
                    " aged 25 or over"
                }
            } else {
                " under 25"
            },
            u.standard_allowance
        ),
    );
    if h.children > 0 {
        let limited = h.children_without_element;
        say(
            uc,
            format!(
                "Child element for {} {}: {}{}.",
                h.children - limited,
                if h.children - limited == 1 {
                    "child"
                } else {
                    "children"
                },
                u.child_element,
                if limited > 0 {
                    format!(
                        " ({limited} more {} no child element because of the two-child limit, which ends on 6 April 2026)",
                        if limited == 1 { "child gets" } else { "children get" }
                    )
                } else {
                    String::new()
                }
            ),
        );
    }
    if u.disabled_child_lower.is_positive() {
        say(
            uc,
            format!("Disabled child addition: {}.", u.disabled_child_lower),
        );
    }
    if u.disabled_child_higher.is_positive() {
        say(
            uc,
            format!(
                "Disabled child addition at the higher rate: {}.",
                u.disabled_child_higher
            ),
        );
    }
    if u.lcwra.is_positive() {
        say(
            uc,
            format!(
                "Health element (limited capability for work-related activity): {}.",
                u.lcwra
            ),
        );
    }
    if u.carer.is_positive() {
        say(
            uc,
            format!(
                "Carer element{}: {}. It is not affected by earnings.",
                if h.carer_elements > 1 {
                    " for each of you"
                } else {
                    ""
                },
                u.carer
            ),
        );
    }
    match &h.housing {
        HousingFacts::None { owner: true } => say(
            uc,
            "No housing costs element: Universal Credit does not help owners with a mortgage here."
                .into(),
        ),
        HousingFacts::None { owner: false } => {
            say(uc, "No housing costs element: you pay no rent.".into())
        }
        HousingFacts::Social {
            rent_monthly,
            spare_bedrooms,
            deduction_monthly,
            element_monthly,
            ..
        } => say(
            uc,
            if *spare_bedrooms > 0 {
                format!(
                    "Housing costs: your rent of {rent_monthly} a month less {deduction_monthly} for {spare_bedrooms} spare bedroom{} (the under-occupation deduction): {element_monthly}.",
                    if *spare_bedrooms == 1 { "" } else { "s" }
                )
            } else {
                format!("Housing costs: your rent of {rent_monthly} a month is met in full.")
            },
        ),
        HousingFacts::Private {
            rent_monthly,
            brma_name,
            category,
            lha_monthly,
            element_monthly,
            ..
        } => say(
            uc,
            if rent_monthly > lha_monthly {
                format!(
                    "Housing costs: your rent is {rent_monthly} a month, but the Local Housing Allowance in {brma_name} at {} is {lha_monthly}, so Universal Credit counts {element_monthly}.",
                    category.describe()
                )
            } else {
                format!(
                    "Housing costs: your rent of {rent_monthly} a month is within the Local Housing Allowance in {brma_name} ({} of {lha_monthly}), so it is met in full.",
                    category.describe()
                )
            },
        ),
    }
    if f.childcare_costs.is_positive() {
        say(
            uc,
            if u.childcare.is_positive() {
                format!(
                    "Childcare: 85% of the {} you pay = {} (the most for {} is {}).",
                    f.childcare_costs,
                    u.childcare,
                    if h.children_for_childcare == 1 {
                        "one child"
                    } else {
                        "two or more children"
                    },
                    u.childcare_cap
                )
            } else if h.children_for_childcare == 0 {
                "Childcare: no help, as no child is young enough for the childcare element.".into()
            } else {
                "Childcare: no help, because in a couple both must work (unless one has limited capability for work or is a carer).".into()
            },
        );
    }
    say(uc, format!("Maximum Universal Credit: {}.", u.maximum));

    if u.earned_income.is_positive() {
        let earned = format!(
            "Earnings after tax, National Insurance and pension: {} a month.",
            u.earned_income
        );
        say(
            uc,
            if u.work_allowance.is_positive() {
                format!(
                    "{earned} The first {} is ignored (your work allowance{}); Universal Credit goes down by 55p for each £1 of the other {}: {}.",
                    u.work_allowance,
                    if u.housing.is_positive() {
                        ", lower because UC helps with rent"
                    } else {
                        ""
                    },
                    u.earned_above_allowance,
                    u.taper.round_penny()
                )
            } else {
                format!(
                    "{earned} You have no work allowance, so Universal Credit goes down by 55p for each £1: {}.",
                    u.taper.round_penny()
                )
            },
        );
    }
    if u.unearned_income.is_positive() {
        say(
            uc,
            format!(
                "{} of {} a month is taken off Universal Credit pound for pound (the carer element stays).",
                if scottish {
                    "Carer Support Payment"
                } else {
                    "Carer's Allowance"
                },
                u.unearned_income
            ),
        );
    }
    if u.over_capital_limit {
        say(
            uc,
            format!(
                "Savings of {} are over the £16,000 limit, so there is no Universal Credit.",
                h.savings
            ),
        );
    } else if u.capital_tariff.is_positive() {
        say(
            uc,
            format!(
                "Savings of {} count as {} a month of income (£4.35 for each £250 over £6,000).",
                h.savings, u.capital_tariff
            ),
        );
    }
    if u.cap_reduction.is_positive() {
        say(
            uc,
            format!(
                "The benefit cap limits Universal Credit and Child Benefit together to {} a month, so Universal Credit is cut by {}. Earning {} a month or more after tax lifts the cap.",
                u.cap,
                u.cap_reduction,
                crate::rules::uc::benefit_cap::earnings_exception_monthly(p).floor_pound()
            ),
        );
    } else if u.cap_exempt_by_earnings && !h.cap_exempt_always && u.before_cap.is_positive() {
        say(
            uc,
            "The benefit cap does not apply: earnings are at least 16 hours a week at the National Living Wage.".into(),
        );
    }
    say(
        uc,
        if u.award.is_positive() {
            format!("Universal Credit: {} a month.", u.award)
        } else {
            "Universal Credit: nothing this month; income is above the maximum.".into()
        },
    );

    if f.child_benefit.is_positive() {
        say(
            Topic::ChildBenefit,
            format!(
                "Child Benefit: {} a month. It does not reduce Universal Credit.",
                f.child_benefit
            ),
        );
        if f.child_benefit_charge.is_positive() {
            say(
                Topic::ChildBenefit,
                format!(
                    "High Income Child Benefit Charge: {} a month is paid back through tax.",
                    f.child_benefit_charge
                ),
            );
        }
    }
    if f.scottish_child_payment.is_positive() {
        say(
            Topic::ScottishChildPayment,
            format!(
                "Scottish Child Payment: {} a month, paid while you get Universal Credit.",
                f.scottish_child_payment
            ),
        );
    } else if scottish && h.children_under_16 > 0 {
        say(
            Topic::ScottishChildPayment,
            "No Scottish Child Payment: it needs a Universal Credit award.".into(),
        );
    }
    if f.dla.is_positive() {
        say(
            Topic::Disability,
            format!(
                "Disability Living Allowance for children: {} a month.",
                f.dla
            ),
        );
    }
    say(
        Topic::NetIncome,
        format!(
            "Net income: {} a month ({} a week).",
            f.net_income,
            f.net_income.monthly_to_weekly()
        ),
    );
    let costs = f.childcare_costs + f.travel_costs;
    if (f.housing_costs + f.council_tax + costs) > Money::ZERO {
        say(
            Topic::NetIncome,
            format!(
                "After rent{}{}: {} a month left to live on.",
                if f.council_tax.is_positive() {
                    ", council tax"
                } else {
                    ""
                },
                if costs.is_positive() {
                    ", childcare and travel"
                } else {
                    ""
                },
                f.disposable_income
            ),
        );
    }
    lines
}
