//! The answer: the headline in plain words, what was assumed, warnings, what-if controls,
//! the chart and heat map, the table by component, the explanation trail, and what the
//! calculator does not cover. Every figure comes from the library; this only lays it out.

use super::chart::IncomeChart;
use super::first_months::FirstMonthsPanel;
use super::heatmap::HeatMapTable;
use super::{use_calculator, AnswerRef};
use crate::app::clock;
use crate::app::components::hooks::use_later;
use crate::better_off::answer::not_covered;
use crate::better_off::form::Field;
use crate::better_off::format::{format_pence, format_pounds, hours_phrase};
use crate::money::Money;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub answer: AnswerRef,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let a = &props.answer.0;
    let calc = use_calculator();
    let chosen = use_state(|| 0usize);
    let offer = (*chosen).min(a.offers.len().saturating_sub(1));
    // Below the chart follows one task later, or once a quick run of edits pauses: an edit
    // first draws the headline and the chart, which the person is looking at, then the rest.
    let (later, later_offer) = use_later((props.answer.clone(), offer));

    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(select.value().parse().unwrap_or(0));
        })
    };

    html! {
        <div class="results">
            <div class="headline-box">
                { for a.offers.iter().map(headline) }
            </div>

            if let Some(s) = &a.statement {
                <div class="notice"><p>{ for s.message.lines().map(|l| html! { <span class="easy-line">{ l.to_string() }</span> }) }</p></div>
            }
            if !a.assumptions.is_empty() {
                <div class="notice">
                    <h2 class="notice__title">{ t!("result-assumed-title") }</h2>
                    <ul>{ for a.assumptions.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                </div>
            }
            { warnings(a) }

            <h2 class="no-print">{ t!("result-what-if-title") }</h2>
            if a.offers.len() > 1 {
                <div class="field">
                    <label class="field-label" for="chart-offer">{ t!("result-show-job") }</label>
                    <select id="chart-offer" class="select" onchange={choose}>
                        { for a.offers.iter().enumerate().map(|(i, o)| html! {
                            <option value={i.to_string()} selected={i == offer}>{ &o.label }</option>
                        }) }
                    </select>
                </div>
            }
            <WhatIf offer={offer} />
            <IncomeChart answer={props.answer.clone()} offer={offer} />
            <BelowTheChart answer={later} offer={later_offer} />
            if !a.pension_age() && calc.state().form.get(Field::UcStatement).is_empty() {
                <p class="hint no-print">{ t!("result-statement-hint") }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BelowProps {
    answer: AnswerRef,
    offer: usize,
}

/// The heat map, the first months, the table by component and the explanation: drawn
/// from the answer one task after the headline and the chart, or once a quick run of edits
/// pauses (see [`use_later`]).
#[function_component(BelowTheChart)]
fn below_the_chart(props: &BelowProps) -> Html {
    let a = &props.answer.0;
    let offer = props.offer;
    // The date in words costs the browser a locale look-up: once a day, not every edit.
    let worked_out_on = use_memo(clock::today(), |_| clock::today_in_words());
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <>
            <HeatMapTable answer={props.answer.clone()} offer={offer} />
            <FirstMonthsPanel answer={props.answer.clone()} offer={offer} />

            <h2>{ a.person.tr("result-table-title") }</h2>
            { breakdown(a) }
            <p class="hint">{ a.table_hint() }</p>
            { help_in_kind(a) }

            // On paper the folded sections cannot be opened, so they print from a copy.
            <section class="print-only">
                <h2>{ t!("result-explain-title") }</h2>
                { explanation(a) }
                <h2>{ t!("result-not-covered-title") }</h2>
                <ul>{ for not_covered().into_iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                <p>{ t!("result-worked-out-on", date = (*worked_out_on).clone()) }</p>
            </section>
            <details class="explain no-print">
                <summary>{ t!("result-explain-title") }</summary>
                { explanation(a) }
            </details>

            <details class="explain no-print">
                <summary>{ t!("result-not-covered-title") }</summary>
                <ul>{ for not_covered().into_iter().map(|x| html! { <li>{ x }</li> }) }</ul>
            </details>

            <p class="hint">{ &a.rates }{ " " }{ a.person.tr("result-estimate") }</p>
            <div class="button-row no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ t!("result-print") }</button>
            </div>
        </>
    }
}

/// One job's answer in a sentence or two; with easy read on, one idea a line and the key
/// figures each beside a picture.
fn headline(o: &crate::better_off::answer::OfferAnswer) -> Html {
    if !crate::i18n::easy_read() {
        return html! {
            <div class="headline">
                <p class="headline__text">{ &o.headline }</p>
                <p class="headline__detail">{ &o.detail }</p>
            </div>
        };
    }
    let lines = |text: &str, class: &'static str| -> Html {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| html! { <p class={classes!(class, "easy-line")}>{ l.to_string() }</p> })
            .collect()
    };
    let difference_words = crate::better_off::answer::easy_difference(o.better_off_weekly);
    let figures = [
        (
            Icon::Home,
            t!("result-easy-now", amount = format_pounds(o.now_weekly)),
        ),
        (
            Icon::Work,
            t!(
                "result-easy-in-work",
                amount = format_pounds(o.in_work_weekly)
            ),
        ),
        (Icon::Difference, difference_words),
        (
            Icon::Hours,
            t!("result-easy-hours", hours = hours_phrase(o.hours_per_week)),
        ),
    ];
    html! {
        <div class="headline">
            { lines(&o.headline, "headline__text") }
            <ul class="easy-figures">
                { for figures.into_iter().map(|(icon, text)| html! {
                    <li class="easy-line easy-figure">{ icon.svg() }{ " " }{ text }</li>
                }) }
            </ul>
            { lines(&o.detail, "headline__detail") }
        </div>
    }
}

/// The pictures easy read puts beside the key figures. Drawn here, so nothing is fetched;
/// hidden from screen readers, as the words beside them say it all.
#[derive(Clone, Copy)]
enum Icon {
    /// A house: the money now, without the job.
    Home,
    /// A briefcase: the money with the job.
    Work,
    /// Scales: the difference.
    Difference,
    /// A clock: the hours.
    Hours,
}

impl Icon {
    fn svg(self) -> Html {
        let (name, body) = match self {
            Icon::Home => (
                "home",
                html! { <>
                    <path d="M4 15 L16 4 L28 15" />
                    <path d="M7 13 V28 H25 V13" />
                    <path d="M13 28 V20 H19 V28" />
                </> },
            ),
            Icon::Work => (
                "work",
                html! { <>
                    <rect x="4" y="10" width="24" height="17" rx="2" />
                    <path d="M12 10 V6 H20 V10" />
                    <path d="M4 17 H28" />
                </> },
            ),
            Icon::Difference => (
                "difference",
                html! { <>
                    <path d="M16 4 V28" />
                    <path d="M6 8 H26" />
                    <path d="M6 8 L2 18 H10 Z" />
                    <path d="M26 8 L22 18 H30 Z" />
                    <path d="M10 28 H22" />
                </> },
            ),
            Icon::Hours => (
                "hours",
                html! { <>
                    <circle cx="16" cy="16" r="12" />
                    <path d="M16 9 V16 L21 19" />
                </> },
            ),
        };
        html! {
            <svg class={classes!("easy-icon", format!("easy-icon--{name}"))} width="32" height="32"
                viewBox="0 0 32 32" fill="none" stroke="currentColor" stroke-width="2.5"
                stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
                { body }
            </svg>
        }
    }
}

/// The library's warnings, each with the situation it is about.
fn warnings(a: &crate::better_off::answer::Answer) -> Html {
    if a.things_to_know.is_empty() && a.form_warnings.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice notice--warning">
            <h2 class="notice__title">{ t!("result-things-to-know") }</h2>
            <ul>
                { for a.form_warnings.iter().map(|text| html! { <li class="form-warning">{ text }</li> }) }
                { for a.things_to_know.iter().map(|(when, text)| html! { <li><strong>{ t!("result-when", when = when) }{ " " }</strong>{ text }</li> }) }</ul>
        </div>
    }
}

/// Each step of the sums in words, now and in each job.
fn explanation(a: &crate::better_off::answer::Answer) -> Html {
    html! {
        <>
            <h3>{ t!("result-now") }</h3>
            <ul>{ for a.report.out_of_work.explanation.iter().map(|l| html! { <li>{ &l.text }</li> }) }</ul>
            { for a.report.offers.iter().map(|o| html! {
                <>
                    <h3>{ t!("result-explain-job", job = o.label.clone(), hours = crate::better_off::answer::format_hours_f64(o.hours_per_week)) }</h3>
                    <ul>{ for o.in_work.explanation.iter().map(|l| html! { <li>{ &l.text }</li> }) }</ul>
                </>
            }) }
        </>
    }
}

fn breakdown(a: &crate::better_off::answer::Answer) -> Html {
    money_table(a, &a.rows, a.person.tr("result-table-label"))
}

/// Help in kind, apart from the money: what each is worth a week in each column, what is
/// left with it, and for each where it stops.
fn help_in_kind(a: &crate::better_off::answer::Answer) -> Html {
    if a.help_rows.is_empty() {
        return html! {};
    }
    html! {
        <section class="help-in-kind" aria-labelledby="help-in-kind-title">
            <h2 id="help-in-kind-title">{ t!("result-help-title") }</h2>
            <p>{ a.person.tr("result-help-intro") }</p>
            { money_table(a, &a.help_rows, t!("result-help-title")) }
            <ul>{ for a.help_notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </section>
    }
}

/// A table with the answer's columns. With more than one job it may be too wide for a
/// phone: it then scrolls inside its box, the row names stay put, and a line above says so.
fn money_table(
    a: &crate::better_off::answer::Answer,
    rows: &[crate::better_off::answer::Row],
    label: String,
) -> Html {
    let wide = a.columns.len() > 2;
    html! {
        <>
            if wide {
                <p class="scroll-hint">{ t!("result-scroll-hint") }</p>
            }
            <div class={classes!("table-wrap", wide.then_some("table-wrap--wide"))} tabindex="0" role="region" aria-label={label}>
                <table class="table breakdown">
                    <thead>
                        <tr>
                            <th scope="col">{ t!("result-table-week") }</th>
                            { for a.columns.iter().map(|c| html! { <th scope="col" class="num">{ c }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr class={classes!(r.total.then_some("total"))}>
                                <th scope="row">{ &r.label }</th>
                                { for r.weekly.iter().map(|m| html! { <td class="num">{ money_cell(*m, r.total) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}

/// A dash for a line that does not apply in that column; totals always show their figure,
/// since £0.00 left to live on is news, not "not applicable".
fn money_cell(m: Money, total: bool) -> String {
    if m.is_zero() && !total {
        "–".into()
    } else {
        format_pence(m)
    }
}

#[derive(Properties, PartialEq)]
struct WhatIfProps {
    offer: usize,
}

/// Sliders for hours and pay: they try other figures beside the job entered, with the
/// answer for them; "Use these hours" writes them to the job's own boxes.
#[function_component(WhatIf)]
fn what_if(props: &WhatIfProps) -> Html {
    let calc = use_calculator();
    let i = props.offer;
    let state = calc.state();
    let form = &state.form;
    let person = crate::better_off::person::Person::of(form);
    let hours = state.slider_value(Field::OfferHours(i));
    let minimum = form.default_wage(i).map(|m| m.to_f64()).unwrap_or(5.0);
    let wage = match state.slider_value(Field::OfferWage(i)).trim() {
        "" => format!("{minimum:.2}"),
        typed => typed.to_string(),
    };
    // The slider's value is "12.21"; people read it as money in their language.
    let wage_words = wage
        .parse::<rust_decimal::Decimal>()
        .map(|w| format_pence(Money::new(w)))
        .unwrap_or_else(|_| format!("£{wage}"));
    let tried: Rc<Option<String>> = use_memo((state.explored_form(), i), |(tried, i)| {
        let a = crate::better_off::answer::answer(tried.as_ref()?).ok()?;
        a.offers.get(*i).map(|o| o.headline.clone())
    });
    let exploring = state.explore.as_ref().is_some_and(|e| e.offer == i);
    let slider = |field: Field| {
        let calc = calc.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            calc.explore(field, input.value());
        })
    };
    // Both buttons go once pressed: focus moves to the hours slider beside them, so the
    // keyboard keeps its place (the status line says what changed).
    let hours_slider = use_node_ref();
    let then_focus_slider = |act: fn(&super::Calculator)| {
        let calc = calc.clone();
        let slider = hours_slider.clone();
        Callback::from(move |_: MouseEvent| {
            act(&calc);
            if let Some(el) = slider.cast::<HtmlInputElement>() {
                let _ = el.focus();
            }
        })
    };
    let use_them = then_focus_slider(super::Calculator::use_explored);
    let put_back = then_focus_slider(super::Calculator::stop_exploring);
    html! {
        <div class="what-if no-print">
            <p class="hint">{ person.tr("result-what-if-hint") }</p>
            <div class="field">
                <label class="field-label" for="what-if-hours">{ t!("result-what-if-hours", hours = hours.clone()) }</label>
                <input id="what-if-hours" ref={hours_slider} class="range" type="range" min="0.5" max="48" step="0.5"
                    value={hours.clone()} aria-valuetext={t!("result-what-if-hours-value", hours = hours.clone())}
                    oninput={slider(Field::OfferHours(i))} />
            </div>
            <div class="field">
                <label class="field-label" for="what-if-wage">{ t!("result-what-if-wage", wage = wage_words.clone()) }</label>
                <input id="what-if-wage" class="range" type="range" min={format!("{minimum:.2}")} max="25" step="0.01"
                    value={wage.clone()} aria-valuetext={t!("result-what-if-wage-value", wage = wage_words)}
                    oninput={slider(Field::OfferWage(i))} />
            </div>
            if exploring {
                <div class="what-if-tried" aria-live="polite">
                    <p>{ person.tr("result-what-if-trying") }</p>
                    if let Some(headline) = &*tried {
                        <p class="what-if-headline">{ headline }</p>
                    }
                    <div class="button-row">
                        <button type="button" id="what-if-use" class="button" onclick={use_them}>{ t!("result-what-if-use") }</button>
                        <button type="button" class="button button--secondary" onclick={put_back}>{ t!("result-what-if-put-back") }</button>
                    </div>
                </div>
            }
        </div>
    }
}
