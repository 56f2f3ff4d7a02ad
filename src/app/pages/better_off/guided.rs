//! One question at a time, for someone at home: progress shown, back and forward without
//! losing answers, an error summary at the top of a step (GOV.UK pattern), and the answer
//! at the end with a way back to change any answer.

use super::{questions, results::Results, use_calculator, AnswerRef};
use crate::app::components::progress::ProgressBar;
use crate::better_off::form::FieldErrors;
use crate::better_off::guided::{steps, Step};
use crate::better_off::person::Person;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidedProps {
    /// What the last step shows, under its heading: the answer ([`answer`]), drawn by the
    /// whole calculator only (its questions alone never reach that step).
    pub answer: Html,
    /// Whether the step's heading takes focus as the page opens: after the questions alone
    /// handed over to the whole calculator for this step. Otherwise opening the calculator
    /// does not jump.
    #[prop_or_default]
    pub focus_at_open: bool,
}

#[function_component(Guided)]
pub fn guided(props: &GuidedProps) -> Html {
    let calc = use_calculator();
    let state = calc.state();
    let all = steps(&state.form);
    let step = state.current_step();
    let person = Person::of(&state.form);
    let index = all.iter().position(|s| *s == step).unwrap_or(0);
    let questions_total = all.len() - 1;
    let heading = use_node_ref();
    let summary = use_node_ref();
    // Each press of Continue that is refused moves focus to the error summary, as GOV.UK
    // does, so a keyboard or screen reader user hears what is wrong and can go to it.
    let attempts = use_state(|| 0u32);
    {
        let summary = summary.clone();
        use_effect_with(*attempts, move |n| {
            if *n > 0 {
                if let Some(s) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = s.focus();
                }
            }
        });
    }

    // Each new step is a new page for a screen reader: move focus to its heading. Not on
    // the first render (see `focus_at_open`).
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| !props.focus_at_open);
        use_effect_with(step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }

    let onsubmit = {
        let calc = calc.clone();
        let attempts = attempts.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            calc.next();
            attempts.set(*attempts + 1);
        })
    };
    let back = {
        let calc = calc.clone();
        Callback::from(move |_| calc.back())
    };

    if step == Step::Answer {
        return html! {
            <div class="guided">
                // A heading a sighted keyboard user can see, so focus lands somewhere visible.
                <h2 class="guided-answer-heading" tabindex="-1" ref={heading}>{ step.question(&person) }</h2>
                { props.answer.clone() }
                { change_answers(&calc, &all, &person) }
            </div>
        };
    }

    let here = step.fields(&state.form);
    let problems: Vec<(String, String)> = here
        .iter()
        .filter_map(|f| calc.error_for(*f).map(|m| (f.id(), m)))
        .collect();
    let last_question = index + 1 == questions_total;
    html! {
        <form class="guided" novalidate=true {onsubmit}>
            <p class="progress-text">{ t!("calc-progress", number = index + 1, total = questions_total) }</p>
            <ProgressBar percent={((index * 100) / questions_total.max(1)) as u32} />
            if !problems.is_empty() {
                { error_summary(&problems, summary) }
            }
            <h2 class="question" tabindex="-1" ref={heading}>{ step.question(&person) }</h2>
            { questions::step_body(step, &state.form) }
            <div class="button-row">
                <button type="submit" class="button">
                    { if last_question { person.tr("calc-show-answer") } else { t!("calc-continue") } }
                </button>
                if index > 0 {
                    <button type="button" class="button button--secondary" onclick={back}>{ t!("calc-back") }</button>
                }
            </div>
        </form>
    }
}

/// The guided answer: the results, or why there are none yet.
pub fn answer(result: &Rc<Result<AnswerRef, FieldErrors>>) -> Html {
    match &**result {
        Ok(answer) => html! { <Results answer={answer.clone()} /> },
        Err(_) => html! {
            <div class="notice notice--warning" role="alert">
                <p>{ t!("calc-answers-need-checking") }</p>
            </div>
        },
    }
}

/// Every question asked, each with a way back to change its answer.
fn change_answers(calc: &super::Calculator, all: &[Step], person: &Person) -> Html {
    html! {
        <section class="change-answers no-print" aria-labelledby="change-heading">
            <h2 id="change-heading">{ t!("calc-change-heading") }</h2>
            <ul class="change-list">
                { for all.iter().filter(|s| **s != Step::Answer).map(|s| {
                    let calc = calc.clone();
                    let target = *s;
                    let question = s.question(person);
                    html! {
                        <li>
                            <span>{ question.clone() }</span>
                            // Named "Change: Where does Sam live?", the question as asked,
                            // so a name keeps its capital.
                            <button type="button" class="button button--link"
                                aria-label={format!("{}: {question}", t!("calc-change"))}
                                onclick={Callback::from(move |_| calc.go_to(target))}>
                                { t!("calc-change") }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// What is wrong on this step, at its top, each a link to its box (GOV.UK pattern).
fn error_summary(problems: &[(String, String)], summary: NodeRef) -> Html {
    html! {
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title"
            tabindex="-1" ref={summary}>
            <h2 class="error-summary__title" id="error-summary-title">{ t!("calc-error-summary-title") }</h2>
            <ul>
                { for problems.iter().map(|(id, message)| html! {
                    <li><a href={format!("#{id}")} onclick={focus_field(id.clone())}>{ message }</a></li>
                }) }
            </ul>
        </div>
    }
}

/// Links in the error summary go to their box without changing the route.
fn focus_field(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
            let target = el.query_selector("input").ok().flatten().unwrap_or(el);
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(target) {
                let _ = el.focus();
            }
        }
    })
}
