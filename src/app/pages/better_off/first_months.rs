//! "Your first months in work": a strip of the first six Universal Credit assessment
//! periods with the paydays in each, the money that comes in, the month where money is
//! tightest named in plain words, and what helps. The figures come from the engine through
//! `calculator::first_months`; this only lays them out.

use super::fields::TextField;
use super::{use_calculator, AnswerRef};
use crate::app::clock;
use crate::better_off::engine::first_months::AssessmentPeriod;
use crate::better_off::first_months::{timeline, Timeline};
use crate::better_off::form::{Field, FieldErrors};
use crate::better_off::format::format_pence;
use crate::better_off::verdict::Verdict;
use crate::calendar;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FirstMonthsProps {
    pub answer: AnswerRef,
    pub offer: usize,
}

#[function_component(FirstMonthsPanel)]
pub fn first_months_panel(props: &FirstMonthsProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let person = &props.answer.0.person;

    html! {
        <section class={classes!("first-months", (!*open).then_some("no-print"))}
            aria-labelledby="first-months-title">
            <h2 id="first-months-title">{ person.tr("result-fm-title") }</h2>
            <p>
                { lines(&person.tr("result-fm-intro")) }
            </p>
            <button type="button" class="button button--secondary no-print" aria-expanded={open.to_string()}
                aria-controls="first-months-body" onclick={toggle}>
                { if *open { t!("result-fm-hide") } else { person.tr("result-fm-show") } }
            </button>
            if *open {
                <FirstMonthsBody answer={props.answer.clone()} offer={props.offer} />
            }
        </section>
    }
}

/// The dates and the strip, worked out only while they are shown: closed, an edit costs
/// the panel nothing.
#[function_component(FirstMonthsBody)]
fn first_months_body(props: &FirstMonthsProps) -> Html {
    let calc = use_calculator();
    let form = calc.state().form.clone();
    let result: Rc<Result<Timeline, FieldErrors>> = use_memo(
        (props.answer.clone(), props.offer, form),
        |(answer, offer, form)| {
            let a = &answer.0;
            match a.scenario.offers.get(*offer) {
                Some(job) => timeline(form, &a.household, job, *offer, clock::today_date()),
                None => Err(FieldErrors::new()),
            }
        },
    );
    let errors = match &*result {
        Err(e) => e.clone(),
        Ok(_) => FieldErrors::new(),
    };
    let error = |f: Field| errors.get(&f).cloned();
    let person = &props.answer.0.person;

    html! {
        <div id="first-months-body">
            <div class="first-months__dates no-print">
                <TextField field={Field::JobStart} label={t!("result-fm-start-label")}
                    hint={t!("result-fm-start-hint")} input_type="date"
                    width="w-date" error={error(Field::JobStart)} />
                <TextField field={Field::FirstPayday} label={t!("result-fm-payday-label")}
                    hint={person.tr("result-fm-payday-hint")}
                    input_type="date" width="w-date" error={error(Field::FirstPayday)} />
                <TextField field={Field::AssessmentPeriodStart}
                    label={person.tr("result-fm-period-label")}
                    hint={person.tr("result-fm-period-hint")}
                    input_type="date" width="w-date" error={error(Field::AssessmentPeriodStart)} />
                <details class="explain">
                    <summary>{ t!("result-fm-old-job") }</summary>
                    <TextField field={Field::OldJobPay} label={t!("result-fm-old-pay-label")}
                        prefix="£" width="w-6" error={error(Field::OldJobPay)} />
                    <TextField field={Field::OldJobPayDate} label={t!("result-fm-old-date-label")}
                        input_type="date" width="w-date" error={error(Field::OldJobPayDate)} />
                </details>
            </div>
            {
                match &*result {
                    Ok(t) => strip(t),
                    Err(_) => html! {
                        <p class="notice notice--warning" role="alert">
                            { person.tr("result-fm-check-dates") }
                        </p>
                    },
                }
            }
        </div>
    }
}

fn strip(t: &Timeline) -> Html {
    let m = &t.months;
    let tightest = m.periods.get(m.tightest);
    html! {
        <>
            if let Some(p) = tightest {
                <p class="first-months__tightest">
                    {
                        // "Tightest" only warns when that month really has less than now.
                        lines(&if let Verdict::Worse(less) = Verdict::in_pence(p.difference) {
                            t!(
                                "result-fm-tightest",
                                month = p.number,
                                start = calendar::short(p.start),
                                end = calendar::short(p.end),
                                amount = format_pence(p.money_in),
                                less = format_pence(less)
                            )
                        } else {
                            t!(
                                "result-fm-lowest",
                                month = p.number,
                                start = calendar::short(p.start),
                                end = calendar::short(p.end),
                                amount = format_pence(p.money_in)
                            )
                        })
                    }
                </p>
            }
            <ol class="first-months__strip">
                { for m.periods.iter().enumerate().map(|(i, p)| card(p, i == m.tightest)) }
            </ol>
            <h3>{ t!("result-fm-helps") }</h3>
            <ul>{ for m.helps.iter().map(|h| html! { <li>{ &h.sentence }</li> }) }</ul>
            <details class="explain">
                <summary>{ t!("result-fm-assumed-title") }</summary>
                <ul>
                    { for t.assumptions.iter().map(|a| html! { <li>{ a }</li> }) }
                    { for m.assumptions.iter().map(|a| html! { <li>{ a }</li> }) }
                </ul>
            </details>
        </>
    }
}

fn card(p: &AssessmentPeriod, tightest: bool) -> Html {
    let difference = match Verdict::in_pence(p.difference) {
        Verdict::Better(more) => t!("result-fm-more", amount = format_pence(more)),
        Verdict::Same => t!("result-fm-same"),
        Verdict::Worse(less) => t!("result-fm-less", amount = format_pence(less)),
    };
    html! {
        <li class={classes!("first-months__card", tightest.then_some("is-tightest"))}>
            <h3 class="first-months__month">
                { t!("result-fm-month", month = p.number, start = calendar::short(p.start), end = calendar::short(p.end)) }
            </h3>
            if tightest {
                <p class="first-months__badge">{ t!("result-fm-tightest-badge") }</p>
            }
            <dl class="first-months__figures">
                <dt>{ t!("result-fm-paydays") }</dt>
                <dd class="first-months__wide">
                    if p.paydays.is_empty() {
                        { t!("result-fm-none") }
                    } else {
                        <ul class="first-months__paydays">
                            { for p.paydays.iter().map(|d| html! {
                                <li>{ t!("result-fm-payday", date = calendar::short(d.date), amount = format_pence(d.net)) }</li>
                            }) }
                        </ul>
                    }
                </dd>
                if p.old_job_pay.is_positive() {
                    <dt>{ t!("result-fm-old-job-pay-label") }</dt>
                    <dd>{ format_pence(p.old_job_pay) }</dd>
                }
                <dt>{ t!("result-row-uc") }</dt>
                <dd>{ t!("result-fm-uc-paid", amount = format_pence(p.uc.award), date = calendar::short(p.uc_payment_date)) }</dd>
                if p.carers_allowance.is_positive() || !p.carers_allowance_weeks.is_empty() {
                    <dt>{ t!("result-name-carers-allowance") }</dt>
                    <dd>{ format_pence(p.carers_allowance) }</dd>
                }
                <dt>{ t!("result-fm-money-in") }</dt>
                <dd class="first-months__total">{ format_pence(p.money_in) }</dd>
                <dt>{ t!("result-fm-compared") }</dt>
                <dd>{ difference }</dd>
            </dl>
            if !p.notes.is_empty() {
                <ul class="first-months__notes">
                    { for p.notes.iter().map(|n| html! { <li>{ &n.sentence }</li> }) }
                </ul>
            }
        </li>
    }
}

/// A message's lines, each on its own line (easy-read messages put one idea a line; other
/// messages are one line).
fn lines(text: &str) -> Html {
    text.lines()
        .map(|l| html! { <span class="easy-line">{ l.to_string() }</span> })
        .collect()
}
