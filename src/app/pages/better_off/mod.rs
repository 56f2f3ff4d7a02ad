//! `#/better-off`: the better-off calculator. Two ways in, one state: the guided flow asks
//! one question at a time; the coaches' form shows everything with the answer updating as
//! you type. The state is the library's pure reducer (a [`crate::tool::Tool`]), opened and
//! kept on this device by the app's one tool hook, shared through a context and used by the
//! views through [`use_calculator`]'s verbs.
//!
//! [`BetterOff`] is the whole calculator; [`Questions`] its guided questions alone, the page
//! of the light bundles a first visit starts (issue 21), which reloads into the whole
//! calculator once the person needs more of it.

mod boxes;
mod chart;
mod fields;
mod first_months;
mod guided;
mod heatmap;
pub mod link;
mod questions;
mod results;
mod saved;

use crate::app::route::{self, WholeCalculator};
use crate::app::tool::{use_tool, ToolHandle};
use crate::better_off::answer::{answer, Answer};
use crate::better_off::form::{Field, FieldErrors, Form, Reads};
use crate::better_off::guided::Step;
use crate::better_off::share;
use crate::better_off::state::{Action, Mode, Saved, State};
use std::rc::Rc;
use yew::prelude::*;

/// What the views use: the state, the errors to show, and verbs.
#[derive(Clone, PartialEq)]
pub struct Calculator {
    tool: ToolHandle<State>,
    errors: Rc<FieldErrors>,
}

impl Calculator {
    pub fn state(&self) -> &State {
        self.tool.state()
    }
    /// The message to show beside a box, if any.
    pub fn error_for(&self, field: Field) -> Option<String> {
        self.errors.get(&field).cloned()
    }
    pub fn set(&self, field: Field, value: String) {
        self.tool.act(Action::Set(field, value));
    }
    pub fn touch(&self, field: Field) {
        self.tool.act(Action::Touch(field));
    }
    pub fn mode(&self, mode: Mode) {
        self.tool.act(Action::SetMode(mode));
    }
    pub fn next(&self) {
        self.tool.act(Action::Next);
    }
    pub fn back(&self) {
        self.tool.act(Action::Back);
    }
    pub fn go_to(&self, step: Step) {
        self.tool.act(Action::GoTo(step));
    }
    pub fn save(&self, name: String) {
        self.tool.act(Action::Save(name));
    }
    pub fn load(&self, index: usize) {
        self.tool.act(Action::Load(index));
    }
    pub fn duplicate(&self, index: usize) {
        self.tool.act(Action::Duplicate(index));
    }
    pub fn delete(&self, index: usize) {
        self.tool.act(Action::Delete(index));
    }
    pub fn import(&self, items: Vec<Saved>) {
        self.tool.act(Action::Import(items));
    }
    pub fn notify(&self, message: String) {
        self.tool.act(Action::Notify(message));
    }
    /// Try hours or pay on a slider; the job entered is not changed.
    pub fn explore(&self, field: Field, value: String) {
        self.tool.act(Action::Explore(field, value));
    }
    pub fn use_explored(&self) {
        self.tool.act(Action::UseExplored);
    }
    pub fn stop_exploring(&self) {
        self.tool.act(Action::StopExploring);
    }
    /// "Clear the form": asks first.
    pub fn reset(&self) {
        self.tool.act(Action::Reset);
    }
    pub fn confirm_reset(&self) {
        self.tool.act(Action::ConfirmReset);
    }
    pub fn cancel_reset(&self) {
        self.tool.act(Action::CancelReset);
    }
    pub fn undo_reset(&self) {
        self.tool.act(Action::UndoReset);
    }
    /// From the answer a share link opened on, back to the form.
    pub fn change_answers(&self) {
        self.tool.act(Action::ChangeAnswers);
    }
}

/// The calculator of the page this component is in.
#[hook]
pub fn use_calculator() -> Calculator {
    use_context::<Calculator>().expect("used inside the better-off page")
}

#[function_component(BetterOff)]
pub fn better_off() -> Html {
    let tool = use_tool::<State>();

    // A share link carries the household in the address after `?s=`: open it once, then
    // take it out of the address so a reload does not undo later changes. A scenario file
    // chosen in the questions alone comes with the page: its households are added now.
    {
        let tool = tool.clone();
        use_effect_with((), move |_| {
            if let Some(text) = route::take_from_tab(FILE_TO_ADD_KEY) {
                let calculator = Calculator {
                    tool: tool.clone(),
                    errors: Rc::default(),
                };
                saved::add_from_file(Ok(text), &calculator);
            }
            if let Some(payload) = link::take_share_payload() {
                match share::decode(&payload) {
                    Ok(scenario) => tool.act(Action::Open {
                        form: Form::from_scenario(&scenario),
                        said: t!("calc-link-opened"),
                    }),
                    Err(reason) => {
                        let reason = reason.to_string();
                        tool.act(Action::Notify(t!("calc-link-not-opened", reason = reason)))
                    }
                }
            }
        });
    }

    // After the questions alone handed over (a reload), what the person asked for takes
    // focus, as it would have without the reload: the answer's heading (`Guided`), or the
    // coaches' form's button they pressed.
    let handed_over = *use_state(route::handed_over);
    {
        let compact = tool.state().mode == Mode::Compact;
        use_effect_with((), move |_| {
            if handed_over && compact {
                crate::app::components::focus_first(&["mode-compact"]);
            }
        });
    }

    let state = tool.state();
    let result: Rc<Result<AnswerRef, FieldErrors>> = use_memo(state.form.clone(), |form| {
        answer(form).map(|a| AnswerRef(Rc::new(a)))
    });
    let all_errors = match &*result {
        Ok(_) => FieldErrors::new(),
        Err(errors) => errors.clone(),
    };
    let calculator = Calculator {
        errors: Rc::new(state.visible_errors(&all_errors)),
        tool: tool.clone(),
    };
    // The form's boxes read the calculator from here, each redrawn only when its own value
    // or message changes (see `boxes`).
    let boxes = use_memo((), |_| boxes::Boxes::default());
    boxes.publish(&calculator);
    let boxes = (*boxes).clone();
    if state.answer_first {
        if let Ok(answer) = &*result {
            return html! {
                <ContextProvider<Calculator> context={calculator.clone()}>
                <ContextProvider<boxes::Boxes> context={boxes}>
                    <AnswerFirst answer={answer.clone()} status={state.status.clone()}
                        result={result.clone()} />
                </ContextProvider<boxes::Boxes>>
                </ContextProvider<Calculator>>
            };
        }
    }
    let answer = match state.mode {
        Mode::Guided if state.current_step() == Step::Answer => guided::answer(&result),
        _ => Html::default(),
    };
    html! {
        <ContextProvider<Calculator> context={calculator.clone()}>
        <ContextProvider<boxes::Boxes> context={boxes}>
            <div class="page better-off">
                { page_top(&calculator) }
                {
                    match state.mode {
                        Mode::Guided => html! {
                            <guided::Guided {answer} focus_at_open={handed_over} />
                        },
                        Mode::Compact => html! { <Compact result={result.clone()} /> },
                    }
                }
                <saved::KeepAndShare result={result} />
            </div>
        </ContextProvider<boxes::Boxes>>
        </ContextProvider<Calculator>>
    }
}

/// The calculator's guided questions alone, for a first visit ([`crate::app::Bundle::Questions`]
/// and its embedded twin): no answer is worked out here, only whether the boxes are right,
/// and "keep and share" is as it is before there is an answer. Once the person needs more
/// (the answer, the coaches' form, households kept on this device or added from a file, a
/// share link), the page reloads into the whole calculator ([`WholeCalculator`]).
#[function_component(Questions)]
pub fn questions_page() -> Html {
    let tool = use_tool::<State>();
    let state = tool.state();
    let errors = use_memo(state.form.clone(), |form| {
        form.scenario().err().unwrap_or_default()
    });
    let boxes = use_memo((), |_| boxes::Boxes::default());
    // As the page opens: households kept on the device are listed by the whole calculator,
    // and a device that is not saving could not carry the answers across the reload later
    // (nothing is typed yet). Not after: another tab keeping a household must not reload
    // this one under the person's hands.
    let at_open = use_state(|| {
        state.beyond_the_questions_at_open() || crate::app::local_storage::not_saving().is_some()
    });
    if *at_open || state.beyond_the_questions() || link::share_payload().is_some() {
        return html! { <WholeCalculator /> };
    }
    let calculator = Calculator {
        errors: Rc::new(state.visible_errors(&errors)),
        tool: tool.clone(),
    };
    boxes.publish(&calculator);
    let boxes = (*boxes).clone();
    html! {
        <ContextProvider<Calculator> context={calculator.clone()}>
        <ContextProvider<boxes::Boxes> context={boxes}>
            <div class="page better-off">
                { page_top(&calculator) }
                <guided::Guided answer={Html::default()} />
                <saved::KeepLater add={pass_file_to_whole_calculator as saved::AddFromFile} />
            </div>
        </ContextProvider<boxes::Boxes>>
        </ContextProvider<Calculator>>
    }
}

/// Where the questions alone leave a scenario file's text for the whole calculator, which
/// adds its households as it opens (session storage: this tab only, read once).
const FILE_TO_ADD_KEY: &str = "work-steps-file-to-add";

/// The questions alone read a scenario file but do not hold its reader (the households go
/// straight to the whole calculator's list): its text is handed over with the page. If the
/// tab cannot hold it, the page stays and says the file could not be read.
fn pass_file_to_whole_calculator(text: Result<String, ()>, calc: &Calculator) {
    let Ok(text) = text else {
        return calc.notify(t!("calc-import-unreadable"));
    };
    if route::note_in_tab(FILE_TO_ADD_KEY, &text) {
        route::hand_over();
    } else {
        calc.notify(t!("calc-import-unreadable"));
    }
}

/// The top of the calculator's page: its title, the two ways in, and what just happened.
fn page_top(calculator: &Calculator) -> Html {
    let state = calculator.state();
    let mode = state.mode;
    let switch = |to: Mode| {
        let calculator = calculator.clone();
        Callback::from(move |_| calculator.mode(to))
    };
    html! {
        <>
            <h1>{ t!("calc-title") }</h1>
            <p class="lead no-print">
                { t!("calc-lead") }
            </p>
            <div class="mode-switch no-print" role="group" aria-label={t!("calc-mode-label")}>
                <button type="button" class="mode-button" id="mode-guided" aria-pressed={(mode == Mode::Guided).to_string()}
                    onclick={switch(Mode::Guided)}>{ t!("calc-mode-guided") }</button>
                <button type="button" class="mode-button" id="mode-compact" aria-pressed={(mode == Mode::Compact).to_string()}
                    onclick={switch(Mode::Compact)}>{ t!("calc-mode-compact") }</button>
            </div>
            { calculator.tool.notice("no-print") }
            <p class="status no-print" role="status" aria-live="polite">
                { state.status.clone().unwrap_or_default() }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct AnswerFirstProps {
    answer: AnswerRef,
    status: Option<String>,
    result: Rc<Result<AnswerRef, FieldErrors>>,
}

/// A household opened from a share link: its answer first, so a relative on a phone sees
/// the headline, not questions; the form is one tap away.
#[function_component(AnswerFirst)]
fn answer_first(props: &AnswerFirstProps) -> Html {
    let calc = use_calculator();
    let change = Callback::from(move |_| calc.change_answers());
    html! {
        <div class="page better-off answer-first">
            <h1>{ t!("calc-title") }</h1>
            <p class="status no-print" role="status" aria-live="polite">
                { props.status.clone().unwrap_or_default() }
            </p>
            <div class="button-row no-print">
                <button type="button" class="button button--secondary" id="change-answers"
                    onclick={change}>{ t!("calc-change-answers") }</button>
            </div>
            <results::Results answer={props.answer.clone()} />
            <saved::KeepAndShare result={props.result.clone()} />
        </div>
    }
}

/// The coaches' form: every step's boxes, then the jobs'. Reads the form only through
/// `form` (see [`Form::noting_reads`]).
fn compact_form(calc: &Calculator, form: &Form) -> Html {
    let steps = crate::better_off::guided::steps(form);
    let person = crate::better_off::person::Person::of(form);
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
        <form class="compact-form no-print" novalidate=true onsubmit={no_submit} aria-label={t!("calc-form-label")}>
            // Keyed, so a section appearing (a partner, children) never rebuilds the box
            // being typed in, which would lose its focus.
            { for steps.iter().filter(|s| !matches!(s, Step::Answer | Step::Job)).map(|step| html! {
                // Keyed by the step, not its heading: typing a name changes headings.
                <section class="form-section" key={format!("{step:?}")}>
                    <h2>{ step.question(&person) }</h2>
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
                if offers < crate::better_off::form::MAX_OFFERS {
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
    }
}

#[derive(Properties)]
struct KeptProps {
    version: u64,
    html: Html,
}

/// Compared by version only: a new version is made only when the drawing changes.
impl PartialEq for KeptProps {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
    }
}

/// Drawing given ready-made, drawn again (and compared with the page) only when its
/// version changes.
#[function_component(Kept)]
fn kept(props: &KeptProps) -> Html {
    props.html.clone()
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
    // The form's layout (its sections, headings, hints and which boxes show) is drawn again
    // only when a box it read changes: an edit of the hours changes one box, which redraws
    // itself (see `boxes`), and not the 40 or so boxes' labels and hints around it.
    let kept = use_mut_ref(|| None::<(Reads, u64, Html)>);
    let (version, layout) = {
        let mut kept = kept.borrow_mut();
        match &*kept {
            Some((reads, version, html)) if reads.still_hold(form) => (*version, html.clone()),
            _ => {
                let version = kept.as_ref().map_or(0, |(_, v, _)| v + 1);
                let (html, reads) = form.noting_reads(|form| compact_form(&calc, form));
                *kept = Some((reads, version, html.clone()));
                (version, html)
            }
        }
    };
    html! {
        <div class="compact">
            <Kept {version} html={layout} />
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
