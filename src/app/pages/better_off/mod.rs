//! `#/better-off`: the better-off calculator. Two ways in, one state: the guided flow asks
//! one question at a time; the coaches' form shows everything with the answer updating as
//! you type. The state is the library's pure reducer, shared through a context and used by
//! the views through [`use_calculator`]'s verbs.

mod chart;
mod fields;
mod first_months;
mod guided;
mod heatmap;
mod questions;
mod results;
mod saved;
mod storage;

use crate::calculator::answer::{answer, Answer};
use crate::calculator::form::{Field, FieldErrors, Form};
use crate::calculator::guided::Step;
use crate::calculator::share;
use crate::calculator::state::{Action, Mode, Saved, State};
use std::rc::Rc;
use yew::prelude::*;

/// The library's state, made a Yew reducer.
#[derive(PartialEq)]
struct Model(State);

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Model(self.0.clone().reduce(action)))
    }
}

/// What the views use: the state, the errors to show, and verbs.
#[derive(Clone, PartialEq)]
pub struct Calculator {
    handle: UseReducerHandle<Model>,
    errors: Rc<FieldErrors>,
}

impl Calculator {
    pub fn state(&self) -> &State {
        &self.handle.0
    }
    /// The message to show beside a box, if any.
    pub fn error_for(&self, field: Field) -> Option<String> {
        self.errors.get(&field).cloned()
    }
    pub fn set(&self, field: Field, value: String) {
        self.handle.dispatch(Action::Set(field, value));
    }
    pub fn touch(&self, field: Field) {
        self.handle.dispatch(Action::Touch(field));
    }
    pub fn mode(&self, mode: Mode) {
        self.handle.dispatch(Action::SetMode(mode));
    }
    pub fn next(&self) {
        self.handle.dispatch(Action::Next);
    }
    pub fn back(&self) {
        self.handle.dispatch(Action::Back);
    }
    pub fn go_to(&self, step: Step) {
        self.handle.dispatch(Action::GoTo(step));
    }
    pub fn save(&self, name: String) {
        self.handle.dispatch(Action::Save(name));
    }
    pub fn load(&self, index: usize) {
        self.handle.dispatch(Action::Load(index));
    }
    pub fn duplicate(&self, index: usize) {
        self.handle.dispatch(Action::Duplicate(index));
    }
    pub fn delete(&self, index: usize) {
        self.handle.dispatch(Action::Delete(index));
    }
    pub fn import(&self, items: Vec<Saved>) {
        self.handle.dispatch(Action::Import(items));
    }
    pub fn notify(&self, message: String) {
        self.handle.dispatch(Action::Notify(message));
    }
    pub fn reset(&self) {
        self.handle.dispatch(Action::Reset);
    }
}

/// The calculator of the page this component is in.
#[hook]
pub fn use_calculator() -> Calculator {
    use_context::<Calculator>().expect("used inside the better-off page")
}

#[function_component(BetterOff)]
pub fn better_off() -> Html {
    // Read once. If the stored scenarios cannot be read (storage blocked, or written by a
    // newer version), nothing is written back for the rest of the visit, so they survive.
    let loaded = use_state(storage::load);
    let persist = loaded.is_ok();
    let storage_problem = use_state(|| loaded.as_ref().err().cloned());
    let handle = {
        let saved = loaded.as_ref().map(Vec::clone).unwrap_or_default();
        use_reducer(move || match storage::load_draft() {
            Some(draft) => Model(State::resume(saved, draft)),
            None => Model(State::with_saved(saved)),
        })
    };

    // The household in progress is kept after every change, so a reload loses nothing.
    use_effect_with(handle.0.draft(), storage::save_draft);

    // Saved scenarios are written to the device after every change to them.
    {
        let storage_problem = storage_problem.clone();
        use_effect_with(handle.0.saved.clone(), move |saved| {
            if persist {
                if let Err(problem) = storage::save(saved) {
                    storage_problem.set(Some(problem));
                }
            }
        });
    }

    // A share link carries the household in the address after `?s=`: open it once, then
    // take it out of the address so a reload does not undo later changes.
    {
        let handle = handle.clone();
        use_effect_with((), move |_| {
            if let Some(payload) = storage::take_share_payload() {
                match share::decode(&payload) {
                    Ok(scenario) => handle.dispatch(Action::Open {
                        form: Form::from_scenario(&scenario),
                        said: t!("calc-link-opened"),
                    }),
                    Err(reason) => {
                        let reason = reason.to_string();
                        handle.dispatch(Action::Notify(t!("calc-link-not-opened", reason = reason)))
                    }
                }
            }
        });
    }

    let result: Rc<Result<AnswerRef, FieldErrors>> = use_memo(handle.0.form.clone(), |form| {
        answer(form).map(|a| AnswerRef(Rc::new(a)))
    });
    let all_errors = match &*result {
        Ok(_) => FieldErrors::new(),
        Err(errors) => errors.clone(),
    };
    let calculator = Calculator {
        errors: Rc::new(handle.0.visible_errors(&all_errors)),
        handle: handle.clone(),
    };
    let mode = handle.0.mode;
    let switch = |to: Mode| {
        let calculator = calculator.clone();
        Callback::from(move |_| calculator.mode(to))
    };

    html! {
        <ContextProvider<Calculator> context={calculator.clone()}>
            <div class="page better-off">
                <h1>{ t!("calc-title") }</h1>
                <p class="lead no-print">
                    { t!("calc-lead") }
                </p>
                <div class="mode-switch no-print" role="group" aria-label={t!("calc-mode-label")}>
                    <button type="button" class="mode-button" aria-pressed={(mode == Mode::Guided).to_string()}
                        onclick={switch(Mode::Guided)}>{ t!("calc-mode-guided") }</button>
                    <button type="button" class="mode-button" aria-pressed={(mode == Mode::Compact).to_string()}
                        onclick={switch(Mode::Compact)}>{ t!("calc-mode-compact") }</button>
                </div>
                if let Some(problem) = &*storage_problem {
                    <div class="notice notice--warning no-print" role="alert">{ problem }</div>
                }
                <p class="status no-print" role="status" aria-live="polite">
                    { handle.0.status.clone().unwrap_or_default() }
                </p>
                {
                    match mode {
                        Mode::Guided => html! { <guided::Guided result={result.clone()} /> },
                        Mode::Compact => html! { <Compact result={result.clone()} /> },
                    }
                }
                <saved::KeepAndShare result={result} />
            </div>
        </ContextProvider<Calculator>>
    }
}

/// An answer, compared by identity: a new one is made only when the form changes.
#[derive(Clone)]
pub struct AnswerRef(pub Rc<Answer>);

impl PartialEq for AnswerRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub result: Rc<Result<AnswerRef, FieldErrors>>,
}

/// Everything on one page: the form beside the answer, which follows every keystroke.
#[function_component(Compact)]
fn compact(props: &ResultProps) -> Html {
    let calc = use_calculator();
    let form = &calc.state().form;
    let steps = crate::calculator::guided::steps(form);
    let offers = form.offer_count();
    let add_offer = {
        let calc = calc.clone();
        let n = offers;
        Callback::from(move |_| calc.set(Field::OfferCount, (n + 1).to_string()))
    };
    let remove_offer = {
        let calc = calc.clone();
        let n = offers;
        Callback::from(move |_| calc.set(Field::OfferCount, (n - 1).max(1).to_string()))
    };
    let no_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <div class="compact">
            <form class="compact-form no-print" novalidate=true onsubmit={no_submit} aria-label={t!("calc-form-label")}>
                // Keyed, so a section appearing (a partner, children) never rebuilds the box
                // being typed in, which would lose its focus.
                { for steps.iter().filter(|s| !matches!(s, Step::Answer | Step::Job)).map(|step| html! {
                    <section class="form-section" key={step.question()}>
                        <h2>{ step.question() }</h2>
                        { questions::step_body(*step, form) }
                    </section>
                }) }
                { for (0..offers).map(|i| html! {
                    <section class="form-section" key={format!("job-{i}")}>
                        <h2>{ t!("calc-job-number", number = i + 1) }</h2>
                        { questions::job(form, i) }
                    </section>
                }) }
                <div class="button-row">
                    if offers < crate::calculator::form::MAX_OFFERS {
                        <button type="button" class="button button--secondary" onclick={add_offer}>
                            { t!("calc-add-job") }
                        </button>
                    }
                    if offers > 1 {
                        <button type="button" class="button button--secondary" onclick={remove_offer}>
                            { t!("calc-remove-job", number = offers) }
                        </button>
                    }
                </div>
            </form>
            <section class="compact-results" aria-label={t!("calc-answer-label")}>
                {
                    match &*props.result {
                        Ok(answer) => html! { <results::Results answer={answer.clone()} /> },
                        Err(errors) => html! {
                            <div class="notice">
                                <h2>{ t!("calc-answer-label") }</h2>
                                <p>{ t!("calc-boxes-to-fill", count = errors.len()) }</p>
                            </div>
                        },
                    }
                }
            </section>
        </div>
    }
}
