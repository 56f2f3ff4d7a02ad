//! The boxes of each question, the same in the guided flow (one step a page) and in the
//! coaches' form (every step on one page), so the two can never disagree.

use super::fields::{Radios, Select, TextField};
use crate::calculator::form::{Field, Form, MAX_CHILDREN, REGIONS};
use crate::calculator::guided::Step;
use crate::params::{lha, TaxYear};
use yew::prelude::*;

const YES_NO: [(&str, &str); 2] = [("yes", "Yes"), ("no", "No")];
const YES_NO_UNSURE: [(&str, &str); 3] = [("yes", "Yes"), ("no", "No"), ("unsure", "I'm not sure")];
const PIP: [(&str, &str); 4] = [
    ("none", "No"),
    ("standard", "Yes, the standard rate"),
    ("enhanced", "Yes, the enhanced rate"),
    ("unsure", "I'm not sure"),
];

/// The boxes for one step.
pub fn step_body(step: Step, form: &Form) -> Html {
    match step {
        Step::Place => place(),
        Step::Household => household(form),
        Step::You => you(),
        Step::Partner => partner(),
        Step::Children => children(form),
        Step::Health => health(form),
        Step::Home => home(form),
        Step::Costs => costs(),
        Step::Job => job(form, 0),
        Step::Answer => html! {},
    }
}

fn place() -> Html {
    let mut regions = vec![(String::new(), "Choose where you live".to_string())];
    regions.extend(
        REGIONS
            .iter()
            .map(|(code, name)| (code.to_string(), name.to_string())),
    );
    let years: Vec<(String, String)> = TaxYear::ALL
        .iter()
        .rev()
        .map(|y| {
            (
                y.label().to_string(),
                format!("April {} to April {}", y.start_year(), y.start_year() + 1),
            )
        })
        .collect();
    html! {
        <>
            <Select field={Field::Region} label="Where do you live?"
                hint="Rules for Scotland and Wales differ in places." options={regions} />
            <Select field={Field::TaxYear} label="Which year's rates?"
                hint="Use this year's unless you are looking back." options={years} />
        </>
    }
}

fn household(form: &Form) -> Html {
    let child_counts: Vec<(String, String)> = (0..=MAX_CHILDREN)
        .map(|n| {
            (
                n.to_string(),
                if n == 0 {
                    "None".to_string()
                } else {
                    n.to_string()
                },
            )
        })
        .collect();
    html! {
        <>
            <Radios field={Field::Couple} legend="Do you live with a partner?"
                hint="A husband, wife, civil partner, or someone you live with as a couple."
                options={YES_NO.to_vec()} inline=true />
            <Select field={Field::ChildCount} label="How many children live with you?"
                hint="Children you are responsible for, under 16, or under 20 and in school or college."
                options={child_counts} />
            if form.is_couple() {
                <Radios field={Field::Married} legend="Are you married or in a civil partnership?"
                    hint="This only changes the tax you pay (Marriage Allowance)."
                    options={YES_NO.to_vec()} inline=true />
            }
        </>
    }
}

fn you() -> Html {
    html! {
        <TextField field={Field::Age(0)} label="How old are you?" inputmode="numeric"
            width="w-2" suffix="years" />
    }
}

fn partner() -> Html {
    html! {
        <>
            <TextField field={Field::Age(1)} label="How old is your partner?" inputmode="numeric"
                width="w-2" suffix="years" />
            <TextField field={Field::PartnerEarnings} label="What does your partner earn now, before tax?"
                hint="Leave empty if they do not work. This stays the same in both answers."
                prefix="£" suffix="a month" />
        </>
    }
}

fn children(form: &Form) -> Html {
    html! {
        { for (0..form.child_count()).map(|i| html! {
            <div class="repeat-group">
                <h3 class="repeat-heading">{ format!("Child {}", i + 1) }</h3>
                <TextField field={Field::ChildAge(i)} label={format!("How old is child {}?", i + 1)}
                    inputmode="numeric" width="w-2" suffix="years" />
                <Radios field={Field::ChildDisability(i)}
                    legend={format!("Does child {} get Disability Living Allowance?", i + 1)}
                    hint="Or Child Disability Payment in Scotland."
                    options={vec![
                        ("none", "No"),
                        ("lowest", "Yes, the lowest care rate"),
                        ("lower", "Yes, the middle care rate"),
                        ("higher", "Yes, the highest care rate, or they are registered blind"),
                    ]} />
            </div>
        }) }
    }
}

fn health(form: &Form) -> Html {
    let couple = form.is_couple();
    let new_rules = form.tax_year() == TaxYear::Y2026_27;
    html! {
        { for (0..form.adult_count()).map(|i| {
            let (you, your, do_you, are_you) = if i == 0 {
                ("you", "your", "Do you", "Are you")
            } else {
                ("your partner", "your partner's", "Does your partner", "Is your partner")
            };
            html! {
                <div class="repeat-group">
                    if couple {
                        <h3 class="repeat-heading">{ if i == 0 { "You" } else { "Your partner" } }</h3>
                    }
                    <Radios field={Field::Lcwra(i)}
                        legend={format!("{do_you} get the health element of Universal Credit?")}
                        hint={format!("Your Universal Credit statement would say {you} have limited capability for work and work-related activity (LCWRA).")}
                        options={YES_NO_UNSURE.to_vec()} />
                    if new_rules && form.get(Field::Lcwra(i)) == "yes" {
                        <Radios field={Field::LcwraNewClaim(i)}
                            legend={format!("Did {your} health element start on or after 6 April 2026?")}
                            hint="New awards from April 2026 are paid at a lower rate, unless the condition is severe or terminal."
                            options={YES_NO.to_vec()} inline=true />
                    }
                    <Radios field={Field::PipDailyLiving(i)}
                        legend={format!("{do_you} get the daily living part of PIP?")}
                        hint="Personal Independence Payment, or Adult Disability Payment in Scotland. It carries on in work."
                        options={PIP.to_vec()} />
                    <Radios field={Field::PipMobility(i)}
                        legend={format!("{do_you} get the mobility part of PIP?")}
                        options={PIP.to_vec()} />
                    <Radios field={Field::Carer(i)}
                        legend={format!("{are_you} a carer for 35 hours a week or more?")}
                        hint="For someone who gets a disability benefit. You may get Carer's Allowance (Carer Support Payment in Scotland)."
                        options={YES_NO_UNSURE.to_vec()} />
                </div>
            }
        }) }
    }
}

fn home(form: &Form) -> Html {
    let tenure = form.tenure();
    let renting = form.pays_rent();
    let mut areas = vec![(String::new(), "The main area of my region".to_string())];
    if tenure == "private_rent" {
        areas.extend(
            lha::brmas()
                .iter()
                .filter(|b| region_matches(b, form.get(Field::Region)))
                .map(|b| (b.code.to_string(), b.name.to_string())),
        );
    }
    html! {
        <>
            <Radios field={Field::Tenure} legend="How do you pay for your home?"
                options={vec![
                    ("social_rent", "I rent from the council or a housing association"),
                    ("private_rent", "I rent from a private landlord"),
                    ("owner", "I own it or pay a mortgage"),
                    ("rent_free", "I live rent-free, for example with family"),
                ]} />
            if renting {
                <TextField field={Field::Rent} label="How much is your rent?"
                    hint="The full rent, even if Universal Credit pays some of it." prefix="£" />
                <Radios field={Field::RentPeriod} legend="Is that a week, every four weeks or a month?"
                    options={vec![("week", "A week"), ("four_weeks", "Every 4 weeks"), ("month", "A month")]} inline=true />
                <TextField field={Field::ServiceCharges} label="Service charges, if they are on top of the rent (optional)"
                    hint="For example cleaning of shared areas. Same period as the rent." prefix="£" />
            }
            if tenure == "private_rent" {
                <Select field={Field::Brma} label="Which rental area do you live in?"
                    hint="Universal Credit pays private rent up to the Local Housing Allowance for your area."
                    options={areas} />
            }
            if tenure == "social_rent" {
                <TextField field={Field::Bedrooms} label="How many bedrooms does your home have? (optional)"
                    hint="Leave empty if your home is the right size for you. Spare bedrooms cut the help with rent."
                    inputmode="numeric" width="w-2" />
            }
        </>
    }
}

/// A rental area belongs to a region if it is its main region or one of the others it
/// reaches into; with no region chosen yet, every area is listed.
fn region_matches(brma: &lha::Brma, region: &str) -> bool {
    region.is_empty() || brma.regions().any(|r| r == region)
}

fn costs() -> Html {
    html! {
        <>
            <TextField field={Field::CouncilTax} label="Council tax for the year (optional)"
                hint="The full bill, from your council tax letter." prefix="£" suffix="a year" />
            <TextField field={Field::CouncilTaxReduction} label="Council Tax Reduction for the year (optional)"
                hint="Help you get with council tax. Each council has its own scheme, so we use what you enter."
                prefix="£" suffix="a year" />
            <TextField field={Field::Savings} label="Savings and investments (optional)"
                hint="Savings over £6,000 lower Universal Credit. Over £16,000 stops it."
                prefix="£" />
            <TextField field={Field::UcStatement} label="Universal Credit on your last statement (optional)"
                hint="The amount you get a month. If you give it, we use it for what you get now."
                prefix="£" suffix="a month" />
        </>
    }
}

/// The boxes for job offer `i`.
pub fn job(form: &Form, i: usize) -> Html {
    let wage_hint = match form.default_wage(i) {
        Some(w) => format!(
            "Leave empty for the legal minimum for the age given: {} an hour.",
            crate::calculator::format::format_pence(w)
        ),
        None => "Leave empty for the legal minimum wage.".to_string(),
    };
    html! {
        <>
            if form.is_couple() {
                <Radios field={Field::OfferWho(i)} legend="Who would take this job?"
                    options={vec![("0", "Me"), ("1", "My partner")]} inline=true />
            }
            <TextField field={Field::OfferHours(i)} label="How many hours a week?"
                width="w-4" suffix="hours a week" />
            <Radios field={Field::OfferPayFrequency(i)} legend="How often would you be paid?"
                hint="This changes when Universal Credit sees your wages in the first months."
                options={vec![
                    ("weekly", "Every week"),
                    ("fortnightly", "Every 2 weeks"),
                    ("four_weekly", "Every 4 weeks"),
                    ("monthly", "Every month"),
                ]} inline=true />
            <TextField field={Field::OfferWage(i)} label="Pay for each hour, before tax"
                hint={wage_hint} prefix="£" suffix="an hour" width="w-4" />
            <TextField field={Field::OfferTravel(i)} label="Travel to work (optional)"
                hint="Bus or train fares, or fuel." prefix="£" suffix="a week" width="w-4" />
            if form.child_count() > 0 {
                <TextField field={Field::OfferChildcare(i)} label="Childcare you would pay while at work (optional)"
                    hint="Universal Credit can pay back up to 85% of it." prefix="£" suffix="a month" width="w-4" />
            }
            <Radios field={Field::OfferPension(i)} legend="Would you pay into a workplace pension?"
                hint="Most workers over 22 earning over £10,000 a year are put in one. You can opt out."
                options={YES_NO.to_vec()} inline=true />
        </>
    }
}
