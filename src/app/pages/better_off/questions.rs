//! The boxes of each question, the same in the guided flow (one step a page) and in the
//! coaches' form (every step on one page), so the two can never disagree.

use super::fields::{Radios, Select, TextField};
use crate::better_off::choice::{
    Choice, CtrInWork, ForWhom, NewStyle, Region, RelativePays, SupportedHome, Sure, TenancyIn,
    Tenure, Who,
};
use crate::better_off::form::{Field, Form, MAX_CHILDREN};
use crate::better_off::guided::Step;
use crate::better_off::params::{lha, TaxYear};
use crate::better_off::person::Person;
use crate::better_off::scenario::{DlaCare, EsaGroup, PayFrequency, PipRate, SupportedKind};
use crate::money::Period;
use yew::prelude::*;

/// A radio's value (its choice's stored text) and the words beside it.
type Options = Vec<(&'static str, String)>;

fn option<T: Choice>(choice: T, words: String) -> (&'static str, String) {
    (choice.text(), words)
}

fn yes_no() -> Options {
    vec![option(true, t!("calc-yes")), option(false, t!("calc-no"))]
}

fn yes_no_unsure() -> Options {
    vec![
        option(Sure::Is(true), t!("calc-yes")),
        option(Sure::Is(false), t!("calc-no")),
        option(Sure::<bool>::NotSure, t!("calc-not-sure")),
    ]
}

fn pip() -> Options {
    vec![
        option(Sure::Is(PipRate::None), t!("calc-no")),
        option(Sure::Is(PipRate::Standard), t!("calc-pip-standard")),
        option(Sure::Is(PipRate::Enhanced), t!("calc-pip-enhanced")),
        option(Sure::<PipRate>::NotSure, t!("calc-not-sure")),
    ]
}

/// The boxes for one step.
pub fn step_body(step: Step, form: &Form) -> Html {
    match step {
        Step::Person => person(form),
        Step::Place => place(form),
        Step::Household => household(form),
        Step::You => you(form),
        Step::Partner => partner(form),
        Step::Children => children(form),
        Step::Health => health(form),
        Step::Home => home(form),
        Step::Costs => costs(form),
        Step::Job => job(form, 0),
        Step::Answer => html! {},
    }
}

/// Whom the form is for, and their first name (only for someone else).
fn person(form: &Form) -> Html {
    let options = vec![
        option(ForWhom::Myself, t!("calc-for-whom-myself")),
        option(ForWhom::Son, t!("calc-for-whom-son")),
        option(ForWhom::Daughter, t!("calc-for-whom-daughter")),
        option(ForWhom::Partner, t!("calc-for-whom-partner")),
        option(ForWhom::Supported, t!("calc-for-whom-supported")),
        option(ForWhom::SomeoneElse, t!("calc-for-whom-someone")),
    ];
    html! {
        <>
            <Radios field={Field::ForWhom} legend={t!("calc-for-whom-legend")}
                hint={t!("calc-for-whom-hint")} {options} />
            if !Person::of(form).is_self() {
                <TextField field={Field::PersonName} label={t!("calc-person-name-label")}
                    hint={t!("calc-person-name-hint")} inputmode="text" width="w-20" />
            }
        </>
    }
}

/// A couple's heading for the first adult: "You", or their name ("Sam", "Your son").
fn heading_you(p: &Person) -> String {
    heading_you_or(p, t!("calc-heading-you"))
}

fn heading_you_or(p: &Person, mine: String) -> String {
    if p.is_self() {
        mine
    } else {
        p.name_start()
    }
}

fn place(form: &Form) -> Html {
    let p = Person::of(form);
    let mut regions = vec![(String::new(), p.tr("calc-err-region"))];
    regions.extend(
        Region::ALL
            .iter()
            .map(|region| (region.text().to_string(), region.name())),
    );
    let years: Vec<(String, String)> = TaxYear::ALL
        .iter()
        .rev()
        .map(|y| {
            // Years as written, never with a thousands separator.
            let (from, to) = (y.start_year().to_string(), (y.start_year() + 1).to_string());
            let label = t!("calc-tax-year-option", from = from, to = to);
            (y.text().to_string(), label)
        })
        .collect();
    html! {
        <>
            <Select field={Field::Region} label={p.tr("calc-region-label")}
                hint={t!("calc-region-hint")} options={regions} />
            <Select field={Field::TaxYear} label={t!("calc-tax-year-label")}
                hint={t!("calc-tax-year-hint")} options={years} />
        </>
    }
}

fn household(form: &Form) -> Html {
    let p = Person::of(form);
    let child_counts: Vec<(String, String)> = (0..=MAX_CHILDREN)
        .map(|n| {
            (
                n.to_string(),
                if n == 0 {
                    t!("calc-children-none")
                } else {
                    n.to_string()
                },
            )
        })
        .collect();
    html! {
        <>
            <Radios field={Field::Couple} legend={p.tr("calc-couple-legend")}
                hint={p.tr("calc-couple-hint")}
                options={yes_no()} inline=true />
            <Select field={Field::ChildCount} label={p.tr("calc-child-count-label")}
                hint={p.tr("calc-child-count-hint")}
                options={child_counts} />
            if form.is_couple() {
                <Radios field={Field::Married} legend={p.tr("calc-married-legend")}
                    hint={p.tr("calc-married-hint")}
                    options={yes_no()} inline=true />
            }
            <Radios field={Field::ExpectingBaby} legend={p.tr("calc-expecting-legend")}
                hint={t!("calc-expecting-hint")}
                options={yes_no()} inline=true />
        </>
    }
}

fn you(form: &Form) -> Html {
    let p = Person::of(form);
    html! {
        <>
            <TextField field={Field::Age(0)} label={p.tr("calc-age-you-label")} inputmode="numeric"
                width="w-2" suffix={t!("calc-suffix-years")} />
            { pension_age(form, 0) }
        </>
    }
}

fn partner(form: &Form) -> Html {
    let p = Person::of(form);
    html! {
        <>
            <TextField field={Field::Age(1)} label={p.tr("calc-age-partner-label")} inputmode="numeric"
                width="w-2" suffix={t!("calc-suffix-years")} />
            { pension_age(form, 1) }
            <TextField field={Field::PartnerEarnings} label={p.tr("calc-partner-earnings-label")}
                hint={t!("calc-partner-earnings-hint")}
                prefix="£" suffix={t!("calc-suffix-month")} />
        </>
    }
}

/// Near State Pension age, the date of birth (which decides when it is reached); over it,
/// the State Pension.
fn pension_age(form: &Form, i: usize) -> Html {
    let p = Person::of(form);
    let you = i == 0;
    let pick = |mine: String, theirs: String| if you { mine } else { theirs };
    html! {
        <>
            if form.asks_birth_date(i) {
                <TextField field={Field::DateOfBirth(i)} input_type="date" width="w-date"
                    label={pick(p.tr("calc-birth-date-label-you"), p.tr("calc-birth-date-label-partner"))}
                    hint={t!("calc-birth-date-hint")} />
            }
            if form.over_pension_age(i) {
                <TextField field={Field::StatePension(i)}
                    label={pick(p.tr("calc-state-pension-label-you"), p.tr("calc-state-pension-label-partner"))}
                    hint={p.tr("calc-state-pension-hint")}
                    prefix="£" suffix={t!("calc-suffix-week")} width="w-4" />
            }
        </>
    }
}

fn children(form: &Form) -> Html {
    html! {
        { for (0..form.child_count()).map(|i| html! {
            <div class="repeat-group">
                <h3 class="repeat-heading">{ t!("calc-child-heading", number = i + 1) }</h3>
                <TextField field={Field::ChildAge(i)} label={t!("calc-child-age-label", number = i + 1)}
                    inputmode="numeric" width="w-2" suffix={t!("calc-suffix-years")} />
                <Radios field={Field::ChildDisability(i)}
                    legend={t!("calc-child-dla-legend", number = i + 1)}
                    hint={t!("calc-child-dla-hint")}
                    options={vec![
                        option(DlaCare::None, t!("calc-no")),
                        option(DlaCare::Lowest, t!("calc-child-dla-lowest")),
                        option(DlaCare::Middle, t!("calc-child-dla-middle")),
                        option(DlaCare::Highest, t!("calc-child-dla-highest")),
                    ]} />
                if form.asks_twin(i) {
                    <Radios field={Field::ChildTwin(i)}
                        legend={t!("calc-twin-legend", number = i + 1)}
                        hint={t!("calc-twin-hint")}
                        options={yes_no()} inline=true />
                }
            </div>
        }) }
    }
}

fn health(form: &Form) -> Html {
    let p = Person::of(form);
    let couple = form.is_couple();
    let new_rules = form.tax_year() == TaxYear::Y2026_27;
    // Pension Credit has no health element: not asked on the pension-age route.
    let asks_lcwra = !form.pension_age_route();
    html! {
        { for (0..form.adult_count()).map(|i| {
            // Separate sentences for you and your partner: many languages change more than
            // one word between them.
            let you = i == 0;
            let pick = |mine: String, theirs: String| if you { mine } else { theirs };
            html! {
                <div class="repeat-group">
                    if couple {
                        <h3 class="repeat-heading">{ pick(heading_you(&p), p.tr("calc-heading-partner")) }</h3>
                    }
                    if asks_lcwra {
                        <Radios field={Field::Lcwra(i)}
                            legend={pick(p.tr("calc-lcwra-legend-you"), p.tr("calc-lcwra-legend-partner"))}
                            hint={pick(p.tr("calc-lcwra-hint-you"), p.tr("calc-lcwra-hint-partner"))}
                            options={yes_no_unsure()} />
                    }
                    if asks_lcwra && new_rules && form.says_yes(Field::Lcwra(i)) {
                        <Radios field={Field::LcwraNewClaim(i)}
                            legend={pick(p.tr("calc-lcwra-new-legend-you"), p.tr("calc-lcwra-new-legend-partner"))}
                            hint={t!("calc-lcwra-new-hint")}
                            options={yes_no()} inline=true />
                    }
                    <Radios field={Field::PipDailyLiving(i)}
                        legend={pick(p.tr("calc-pip-daily-legend-you"), p.tr("calc-pip-daily-legend-partner"))}
                        hint={p.tr("calc-pip-daily-hint")}
                        options={pip()} />
                    <Radios field={Field::PipMobility(i)}
                        legend={pick(p.tr("calc-pip-mobility-legend-you"), p.tr("calc-pip-mobility-legend-partner"))}
                        options={pip()} />
                    <Radios field={Field::Carer(i)}
                        legend={pick(p.tr("calc-carer-legend-you"), p.tr("calc-carer-legend-partner"))}
                        hint={p.tr("calc-carer-hint")}
                        options={yes_no_unsure()} />
                    { new_style(form, i) }
                </div>
            }
        }) }
    }
}

/// New Style ESA or JSA, under State Pension age (where both stop): which, the ESA group,
/// and the weekly amount from the award letter.
fn new_style(form: &Form, i: usize) -> Html {
    let p = Person::of(form);
    if form.over_pension_age(i) {
        return html! {};
    }
    let you = i == 0;
    let pick = |mine: String, theirs: String| if you { mine } else { theirs };
    let benefit = form.new_style(i);
    html! {
        <>
            <Radios field={Field::NewStyle(i)}
                legend={pick(p.tr("calc-new-style-legend-you"), p.tr("calc-new-style-legend-partner"))}
                hint={p.tr("calc-new-style-hint")}
                options={vec![
                    option(NewStyle::No, t!("calc-no")),
                    option(NewStyle::Esa, t!("calc-new-style-esa")),
                    option(NewStyle::Jsa, t!("calc-new-style-jsa")),
                ]} />
            if benefit == NewStyle::Esa {
                <Radios field={Field::EsaGroup(i)}
                    legend={pick(p.tr("calc-esa-group-legend-you"), p.tr("calc-esa-group-legend-partner"))}
                    hint={p.tr("calc-esa-group-hint")}
                    options={vec![
                        option(EsaGroup::Assessment, t!("calc-esa-group-assessment")),
                        option(EsaGroup::Wrag, t!("calc-esa-group-wrag")),
                        option(EsaGroup::Support, t!("calc-esa-group-support")),
                    ]} />
            }
            if benefit != NewStyle::No {
                <TextField field={Field::AwardWeekly(i)} label={t!("calc-award-weekly-label")}
                    hint={t!("calc-award-weekly-hint")}
                    prefix="£" suffix={t!("calc-suffix-week")} width="w-4" />
            }
        </>
    }
}

fn home(form: &Form) -> Html {
    let p = Person::of(form);
    let tenure = form.tenure();
    let renting = form.pays_rent();
    let supported = form.supported_home().is_some();
    let mut areas = vec![(String::new(), p.tr("calc-brma-main-area"))];
    if tenure == Some(Tenure::PrivateRent) && !supported {
        areas.extend(
            lha::brmas()
                .iter()
                .filter(|b| region_matches(b, form.get(Field::Region)))
                .map(|b| (b.code.to_string(), b.name.to_string())),
        );
    }
    html! {
        <>
            <Radios field={Field::Tenure} legend={p.tr("calc-tenure-legend")}
                options={vec![
                    option(Tenure::SocialRent, p.tr("calc-tenure-social")),
                    option(Tenure::PrivateRent, p.tr("calc-tenure-private")),
                    option(Tenure::Owner, p.tr("calc-tenure-owner")),
                    option(Tenure::WithFamily, p.tr("calc-tenure-family")),
                    option(Tenure::RentFree, p.tr("calc-tenure-free")),
                ]} />
            if form.asks_tenancy() {
                <Radios field={Field::Tenancy} legend={t!("calc-tenancy-legend")}
                    hint={p.tr("calc-tenancy-hint")}
                    options={vec![
                        option(TenancyIn::Mine, p.tr("calc-tenancy-mine")),
                        option(TenancyIn::Relative, t!("calc-tenancy-relative")),
                    ]} />
            }
            if renting {
                <Radios field={Field::SupportedHousing} legend={t!("calc-supported-legend")}
                    hint={p.tr("calc-supported-hint")}
                    options={vec![
                        option(SupportedHome::No, t!("calc-no")),
                        option(SupportedHome::Yes(SupportedKind::Supported), t!("calc-supported-yes")),
                        option(SupportedHome::Yes(SupportedKind::Temporary), t!("calc-temporary-yes")),
                    ]} />
                <TextField field={Field::Rent} label={p.tr("calc-rent-label")}
                    hint={form.rent_hint()} prefix="£" />
                <Radios field={Field::RentPeriod} legend={t!("calc-rent-period-legend")}
                    options={vec![
                        option(Period::Week, t!("calc-rent-period-week")),
                        option(Period::FourWeeks, t!("calc-rent-period-four-weeks")),
                        option(Period::Month, t!("calc-rent-period-month")),
                    ]} inline=true />
                <TextField field={Field::ServiceCharges} label={t!("calc-service-charges-label")}
                    hint={t!("calc-service-charges-hint")} prefix="£" />
            }
            if tenure == Some(Tenure::PrivateRent) && !supported {
                <Select field={Field::Brma} label={p.tr("calc-brma-label")}
                    hint={p.tr("calc-brma-hint")}
                    options={areas} />
            }
            if tenure == Some(Tenure::SocialRent) && !supported {
                <TextField field={Field::Bedrooms} label={p.tr("calc-bedrooms-label")}
                    hint={p.tr("calc-bedrooms-hint")}
                    inputmode="numeric" width="w-2" />
            }
            if tenure == Some(Tenure::WithFamily) {
                { with_family(form) }
            }
        </>
    }
}

/// Living in a relative's home: what the person pays, and how the relative pays the rent.
fn with_family(form: &Form) -> Html {
    let p = Person::of(form);
    html! {
        <>
            <TextField field={Field::FamilyContribution} label={p.tr("calc-family-contribution-label")}
                hint={p.tr("calc-family-contribution-hint")}
                prefix="£" suffix={t!("calc-suffix-month")} width="w-4" />
            <Radios field={Field::RelativeHousing} legend={p.tr("calc-relative-legend")}
                hint={p.tr("calc-relative-hint")}
                options={vec![
                    option(RelativePays::UniversalCredit, t!("calc-relative-uc")),
                    option(RelativePays::HousingBenefit, t!("calc-relative-hb")),
                    option(RelativePays::NoHelp, t!("calc-relative-none")),
                ]} />
            if form.asks_relative_exempt() {
                <Radios field={Field::RelativeExempt} legend={t!("calc-relative-exempt-legend")}
                    hint={p.tr("calc-relative-exempt-hint")}
                    options={yes_no()} inline=true />
            }
        </>
    }
}

/// A rental area belongs to a region if it is its main region or one of the others it
/// reaches into; with no region chosen yet, every area is listed.
fn region_matches(brma: &lha::Brma, region: &str) -> bool {
    region.is_empty() || brma.regions().any(|r| r == region)
}

fn costs(form: &Form) -> Html {
    let p = Person::of(form);
    let own_figure = form.choice(Field::CouncilTaxInWork) == Some(CtrInWork::OwnFigure);
    html! {
        <>
            <TextField field={Field::CouncilTax} label={p.tr("calc-council-tax-label")}
                hint={p.tr("calc-council-tax-hint")} prefix="£" suffix={t!("calc-suffix-year")} />
            if form.asks_council_tax_reduction() {
                <TextField field={Field::CouncilTaxReduction} label={t!("calc-council-tax-reduction-label")}
                    hint={p.tr("calc-council-tax-reduction-hint")}
                    prefix="£" suffix={t!("calc-suffix-year")} />
            }
            if form.asks_reduction_in_work() {
                <Radios field={Field::CouncilTaxInWork} legend={t!("calc-ctr-in-work-legend")}
                    hint={t!("calc-ctr-in-work-hint")}
                    options={vec![
                        option(CtrInWork::Estimate, t!("calc-ctr-estimate")),
                        option(CtrInWork::OwnFigure, t!("calc-ctr-own")),
                    ]} />
                if own_figure {
                    <TextField field={Field::CouncilTaxReductionInWork} label={t!("calc-ctr-in-work-label")}
                        prefix="£" suffix={t!("calc-suffix-year")} />
                }
            }
            <TextField field={Field::Savings} label={p.tr("calc-savings-label")}
                hint={t!("calc-savings-hint")}
                prefix="£" />
            // Universal Credit's own questions, not asked on the pension-age route.
            if !form.pension_age_route() {
                <TextField field={Field::UcStatement} label={p.tr("calc-uc-statement-label")}
                    hint={p.tr("calc-uc-statement-hint")}
                    prefix="£" suffix={t!("calc-suffix-month")} />
                <TextField field={Field::UcDeductions} label={p.tr("calc-uc-deductions-label")}
                    hint={p.tr("calc-uc-deductions-hint")}
                    prefix="£" suffix={t!("calc-suffix-month")} />
                <Radios field={Field::BenefitCapGrace} legend={p.tr("calc-grace-legend")}
                    hint={p.tr("calc-grace-hint")}
                    options={yes_no()} inline=true />
            }
        </>
    }
}

/// The boxes for job offer `i`.
pub fn job(form: &Form, i: usize) -> Html {
    let p = Person::of(form);
    let wage_hint = match form.default_wage(i) {
        Some(w) => {
            let wage = crate::better_off::format::format_pence(w);
            t!("calc-wage-hint", wage = wage)
        }
        None => t!("calc-wage-hint-no-age"),
    };
    let travel_suffix = match form.choice(Field::OfferTravelPeriod(i)) {
        Some(Period::Month) => t!("calc-suffix-month"),
        _ => t!("calc-suffix-week"),
    };
    let mut childcare_children = vec![(String::new(), t!("calc-childcare-children-all"))];
    childcare_children.extend((1..=form.child_count()).map(|n| (n.to_string(), n.to_string())));
    html! {
        <>
            if form.is_couple() {
                <Radios field={Field::OfferWho(i)} legend={t!("calc-offer-who-legend")}
                    options={vec![option(Who::You, heading_you_or(&p, t!("calc-offer-who-me"))), option(Who::Partner, p.tr("calc-offer-who-partner"))]} inline=true />
            }
            <TextField field={Field::OfferHours(i)} label={p.tr("calc-hours-label")}
                width="w-4" suffix={t!("calc-suffix-hours-week")} />
            <Radios field={Field::OfferPayFrequency(i)} legend={p.tr("calc-pay-frequency-legend")}
                hint={p.tr("calc-pay-frequency-hint")}
                options={vec![
                    option(PayFrequency::Weekly, t!("calc-pay-weekly")),
                    option(PayFrequency::Fortnightly, t!("calc-pay-fortnightly")),
                    option(PayFrequency::FourWeekly, t!("calc-pay-four-weekly")),
                    option(PayFrequency::Monthly, t!("calc-pay-monthly")),
                ]} inline=true />
            <TextField field={Field::OfferWage(i)} label={t!("calc-wage-label")}
                hint={wage_hint} prefix="£" suffix={t!("calc-suffix-hour")} width="w-4" />
            if form.asks_supported_work(i) {
                <Radios field={Field::OfferSupportedWork(i)} legend={t!("calc-supported-work-legend")}
                    hint={p.tr("calc-supported-work-hint")}
                    options={yes_no()} inline=true />
            }
            <TextField field={Field::OfferTravel(i)} label={t!("calc-travel-label")}
                hint={t!("calc-travel-hint")} prefix="£" suffix={travel_suffix} width="w-4" />
            <Radios field={Field::OfferTravelPeriod(i)} legend={t!("calc-travel-period-legend")}
                options={vec![
                    option(Period::Week, t!("calc-travel-period-week")),
                    option(Period::Month, t!("calc-travel-period-month")),
                ]} inline=true />
            if form.child_count() > 0 {
                <TextField field={Field::OfferChildcare(i)} label={p.tr("calc-childcare-label")}
                    hint={t!("calc-childcare-hint")} prefix="£" suffix={t!("calc-suffix-month")} width="w-4" />
            }
            if form.asks_childcare_children(i) {
                <Select field={Field::OfferChildcareChildren(i)} label={t!("calc-childcare-children-label")}
                    hint={t!("calc-childcare-children-hint")}
                    options={childcare_children} />
            }
            <Radios field={Field::OfferPension(i)} legend={p.tr("calc-pension-legend")}
                hint={p.tr("calc-pension-hint")}
                options={yes_no()} inline=true />
        </>
    }
}
