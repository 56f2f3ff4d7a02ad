//! The calculator's whole state and the actions that change it: one pure reducer, tested
//! natively. As a [`Tool`], it keeps [`State::saved`] on the device after every change to
//! it, and the household being filled in ([`Draft`]) after every change to that.
//!
//! Errors are shown only for boxes a person has left (touched) or after they asked to go
//! on, so a half-filled form is not a wall of red while they type.

use super::form::{Field, FieldErrors, Form};
use super::guided::{steps, Step};
use super::kept::{Damaged, ScenariosFile};
use crate::store::envelope::FileError;
use crate::store::{Format, StorageError, DRAFT_KEY};
use crate::tool::Tool;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The most scenarios kept on the device, so storage never fills with forgotten copies.
pub const MAX_SAVED: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mode {
    /// One question at a time.
    #[default]
    Guided,
    /// Everything on one screen, the answer updating as you type.
    Compact,
}

/// A scenario kept on the device under a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    pub form: Form,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub form: Form,
    pub mode: Mode,
    /// Index into the guided steps that apply now.
    pub step: usize,
    pub touched: BTreeSet<Field>,
    /// After "Continue" or "Show my answer": show every error, not just touched ones.
    pub show_all_errors: bool,
    pub saved: Vec<Saved>,
    /// The last thing that happened, said in words (for a status line read by screen readers).
    pub status: Option<String>,
    /// Hours or pay being tried on the sliders: the job entered stays as typed until
    /// "Use these hours" writes them to it.
    pub explore: Option<Explore>,
    /// "Clear the form" was pressed: ask before clearing.
    pub confirm_reset: bool,
    /// The household as it was before the form was cleared, until the next edit: "Undo"
    /// puts it back.
    pub cleared: Option<Draft>,
    /// The household came from a share link: show its answer first, with the form one tap
    /// away ("Change the answers"), so a relative opening it on a phone sees the answer,
    /// not questions.
    pub answer_first: bool,
    /// "Change" was pressed on the guided answer: the questions that applied then. Continue
    /// skips those already answered and goes back to the answer, stopping only at a question
    /// that is new (a partner added) or has a problem.
    pub changing: Option<Vec<Step>>,
}

/// One job's hours and pay as moved on the sliders; `None` where that slider was not moved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explore {
    pub offer: usize,
    pub hours: Option<String>,
    pub wage: Option<String>,
}

/// The household being worked on, kept on the device after every change so a reload, a
/// closed tab or a flat battery loses nothing. Touched boxes and errors are not kept: on
/// return the form is shown as it was typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Draft {
    pub form: Form,
    pub mode: Mode,
    pub step: KeptStep,
}

/// The guided question a draft was left on. It is kept by name ("Place"), so a question
/// added before it does not move it. Drafts from before kept its position among the
/// questions, which then had no first "Who is this for?" step: read them one further on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum KeptStep {
    Named(Step),
    /// The position in the questions that applied, without [`Step::Person`].
    OldIndex(usize),
}

impl Default for KeptStep {
    fn default() -> Self {
        KeptStep::Named(Step::Person)
    }
}

impl KeptStep {
    /// Where it is among the questions that apply to `form`: the first if the question no
    /// longer applies, never past the last.
    pub fn index(self, form: &Form) -> usize {
        let all = steps(form);
        match self {
            KeptStep::Named(step) => all.iter().position(|s| *s == step).unwrap_or(0),
            KeptStep::OldIndex(i) => (i + 1).min(all.len() - 1),
        }
    }
}

impl State {
    pub fn draft(&self) -> Draft {
        Draft {
            form: self.form.clone(),
            mode: self.mode,
            step: KeptStep::Named(self.current_step()),
        }
    }

    /// The saved scenarios and the household left on the device last time.
    pub fn resume(saved: Vec<Saved>, draft: Draft) -> State {
        let step = draft.step.index(&draft.form);
        State {
            form: draft.form,
            mode: draft.mode,
            step,
            ..State::with_saved(saved)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Set(Field, String),
    Touch(Field),
    SetMode(Mode),
    /// Guided: go on if this step's boxes are all right, else show their errors.
    Next,
    Back,
    /// Guided: jump to a step already passed (from "Change" links on the answer).
    GoTo(Step),
    Save(String),
    Load(usize),
    Duplicate(usize),
    Delete(usize),
    /// Replace the form with one from a share link (already checked), and show its answer
    /// first.
    Open {
        form: Form,
        said: String,
    },
    /// Add scenarios from an imported file (already checked).
    Import(Vec<Saved>),
    /// Say something in the status line (e.g. why a file or link was refused).
    Notify(String),
    /// Try hours or pay on a slider (`Field::OfferHours` or `Field::OfferWage`) without
    /// changing the job entered.
    Explore(Field, String),
    /// Write the hours and pay tried on the sliders to the job.
    UseExplored,
    /// Put the sliders back to the job entered.
    StopExploring,
    /// "Clear the form": ask first.
    Reset,
    /// "Yes, clear": clear every answer, keeping them for "Undo" until the next edit.
    ConfirmReset,
    CancelReset,
    /// Put back the answers cleared.
    UndoReset,
    /// From the answer a share link opened on, back to the form.
    ChangeAnswers,
}

impl State {
    pub fn with_saved(saved: Vec<Saved>) -> State {
        State {
            saved,
            ..State::default()
        }
    }

    /// The steps that apply now, and the one being shown.
    pub fn current_step(&self) -> Step {
        let all = steps(&self.form);
        all[self.step.min(all.len() - 1)]
    }

    /// Whether showing this state takes more than the guided questions: their answer, the
    /// coaches' form or a share link's answer. The calculator's questions alone (the app's
    /// light bundles, issue 21) then hand over to the whole calculator. (Households kept on
    /// the device are shown by the whole calculator too, but only as the page opens: kept
    /// from another tab meanwhile, they wait for this person's next step.)
    pub fn beyond_the_questions(&self) -> bool {
        self.mode == Mode::Compact || self.answer_first || self.current_step() == Step::Answer
    }

    /// As the page opens, also the households kept on the device: the whole calculator lists
    /// them.
    pub fn beyond_the_questions_at_open(&self) -> bool {
        self.beyond_the_questions() || !self.saved.is_empty()
    }

    /// Whether "Clear the form" has anything to do: something typed, or a clearing that can
    /// still be undone.
    pub fn can_clear(&self) -> bool {
        self.form != Form::default() || self.cleared.is_some()
    }

    /// The errors to show now: touched boxes only, until the person asks to go on. One
    /// question at a time, with those of the boxes only that way needs (the State Pension).
    pub fn visible_errors(&self, errors: &FieldErrors) -> FieldErrors {
        let mut all = errors.clone();
        if self.mode == Mode::Guided {
            all.extend(self.form.guided_errors());
        }
        all.into_iter()
            .filter(|(f, _)| self.show_all_errors || self.touched.contains(f))
            .collect()
    }

    /// The form with the sliders' hours and pay in place of the job's, while exploring.
    pub fn explored_form(&self) -> Option<Form> {
        let explore = self.explore.as_ref()?;
        let mut form = self.form.clone();
        if let Some(hours) = &explore.hours {
            form.set(Field::OfferHours(explore.offer), hours.clone());
        }
        if let Some(wage) = &explore.wage {
            form.set(Field::OfferWage(explore.offer), wage.clone());
        }
        Some(form)
    }

    /// What the sliders show for a job: the hours and pay tried, else the job's own.
    pub fn slider_value(&self, field: Field) -> String {
        let tried = self.explore.as_ref().and_then(|e| match field {
            Field::OfferHours(i) if i == e.offer => e.hours.clone(),
            Field::OfferWage(i) if i == e.offer => e.wage.clone(),
            _ => None,
        });
        tried.unwrap_or_else(|| self.form.get(field).to_string())
    }

    fn explore(&mut self, field: Field, value: String) {
        let offer = match field {
            Field::OfferHours(i) | Field::OfferWage(i) => i,
            _ => return,
        };
        let explore = match self.explore.take() {
            Some(e) if e.offer == offer => e,
            _ => Explore {
                offer,
                ..Explore::default()
            },
        };
        let explore = match field {
            Field::OfferHours(_) => Explore {
                hours: Some(value),
                ..explore
            },
            _ => Explore {
                wage: Some(value),
                ..explore
            },
        };
        self.explore = Some(explore);
    }

    fn use_explored(&mut self) {
        if let Some(form) = self.explored_form() {
            self.form = form;
            self.explore = None;
            self.cleared = None;
            self.status = Some(t!("calc-status-explore-used"));
        }
    }

    /// A change to the form: what "Undo" would put back is gone, and the sliders let go of
    /// a job whose hours or pay were typed, or which is no longer there.
    fn edited(&mut self, field: Field) {
        self.cleared = None;
        self.confirm_reset = false;
        let Some(e) = &self.explore else { return };
        let typed_over =
            matches!(field, Field::OfferHours(i) | Field::OfferWage(i) if i == e.offer);
        if typed_over || e.offer >= self.form.offer_count() {
            self.explore = None;
        }
    }

    fn undo_reset(&mut self) {
        if let Some(draft) = self.cleared.take() {
            self.step = draft.step.index(&draft.form);
            self.form = draft.form;
            self.mode = draft.mode;
            self.show_all_errors = false;
            self.status = Some(t!("calc-status-reset-undone"));
        }
    }

    pub fn reduce(mut self, action: Action) -> State {
        self.status = None;
        match action {
            Action::Set(field, value) => {
                self.form.set(field, value);
                self.edited(field);
            }
            Action::Touch(field) => {
                self.touched.insert(field);
            }
            Action::SetMode(mode) => {
                self.mode = mode;
                self.changing = None;
                self.answer_first = false;
                self.show_all_errors = mode == Mode::Compact && !self.touched.is_empty();
            }
            Action::Next => self.next(),
            Action::Back => {
                self.step = self.step.saturating_sub(1);
                self.show_all_errors = false;
            }
            Action::GoTo(step) => self.go_to(step),
            Action::Save(name) => self.save(name.trim().to_string()),
            Action::Load(i) => {
                if let Some(s) = self.saved.get(i) {
                    self.form = s.form.clone();
                    self.answer_first = false;
                    self.changing = None;
                    self.explore = None;
                    self.cleared = None;
                    self.touched.clear();
                    self.show_all_errors = true;
                    self.status = Some(t!("calc-status-opened", name = &s.name));
                }
            }
            Action::Duplicate(i) => self.duplicate(i),
            Action::Delete(i) => {
                if i < self.saved.len() {
                    let gone = self.saved.remove(i);
                    self.status = Some(t!("calc-status-deleted", name = gone.name));
                }
            }
            Action::Open { form, said } => {
                self.form = form;
                self.changing = None;
                self.explore = None;
                self.cleared = None;
                self.touched.clear();
                self.show_all_errors = true;
                self.mode = Mode::Compact;
                self.answer_first = true;
                self.status = Some(said);
            }
            Action::Import(items) => self.import(items),
            Action::Notify(message) => self.status = Some(message),
            Action::Explore(field, value) => self.explore(field, value),
            Action::UseExplored => self.use_explored(),
            Action::StopExploring => self.explore = None,
            Action::Reset => self.confirm_reset = true,
            Action::CancelReset => self.confirm_reset = false,
            Action::ConfirmReset => {
                let before = self.draft();
                let saved = std::mem::take(&mut self.saved);
                self = State::with_saved(saved);
                self.cleared = Some(before);
                self.status = Some(t!("calc-status-reset"));
            }
            Action::UndoReset => self.undo_reset(),
            Action::ChangeAnswers => self.answer_first = false,
        }
        // The steps that apply can shrink (a partner removed): stay on a real step.
        self.step = self.step.min(steps(&self.form).len() - 1);
        self
    }

    /// "Change" on the answer: back to that question, its boxes' messages hidden until
    /// Continue is pressed again (the answer showed them all), and Continue then goes back
    /// to the answer.
    fn go_to(&mut self, step: Step) {
        let all = steps(&self.form);
        let Some(i) = all.iter().position(|s| *s == step) else {
            return;
        };
        if self.current_step() == Step::Answer {
            self.changing = Some(all);
        }
        self.step = i;
        self.mode = Mode::Guided;
        self.show_all_errors = false;
    }

    /// "Continue": on to the next step that applies, unless a box on this one has a problem.
    /// After "Change" on the answer, on past the questions already answered, to the answer.
    fn next(&mut self) {
        let step = self.current_step();
        let mut errors = self.form.scenario().err().unwrap_or_default();
        errors.extend(self.form.guided_errors());
        let has_problem = |s: Step| s.fields(&self.form).iter().any(|f| errors.contains_key(f));
        if has_problem(step) {
            self.touched.extend(step.fields(&self.form));
            self.status = Some(t!("calc-status-problem"));
            return;
        }
        let all = steps(&self.form);
        let last = all.len() - 1;
        let mut to = (self.step + 1).min(last);
        if let Some(seen) = &self.changing {
            while to < last && seen.contains(&all[to]) && !has_problem(all[to]) {
                to += 1;
            }
        }
        self.step = to;
        self.show_all_errors = self.current_step() == Step::Answer;
        if self.show_all_errors {
            self.changing = None;
        }
    }

    /// Keeps the household under `name` (trimmed), replacing one of that name.
    fn save(&mut self, name: String) {
        if name.is_empty() {
            self.status = Some(t!("calc-status-no-name"));
        } else if self.saved.len() >= MAX_SAVED && !self.saved.iter().any(|s| s.name == name) {
            self.status = Some(t!("calc-status-full-delete-one", count = MAX_SAVED));
        } else {
            let form = self.form.clone();
            match self.saved.iter_mut().find(|s| s.name == name) {
                Some(existing) => existing.form = form,
                None => self.saved.push(Saved {
                    name: name.clone(),
                    form,
                }),
            }
            self.status = Some(t!("calc-status-saved", name = name));
        }
    }

    /// A copy of saved scenario `i` just after it, under a name no other has.
    fn duplicate(&mut self, i: usize) {
        let Some(s) = self.saved.get(i).cloned() else {
            return;
        };
        if self.saved.len() >= MAX_SAVED {
            self.status = Some(t!("calc-status-full", count = MAX_SAVED));
            return;
        }
        let name = self.free_name(&t!("calc-copy-name", name = &s.name));
        self.saved.insert(
            i + 1,
            Saved {
                name: name.clone(),
                form: s.form,
            },
        );
        self.status = Some(t!("calc-status-copied", name = name));
    }

    /// Scenarios from a file, all or none: each under a name no other has.
    fn import(&mut self, items: Vec<Saved>) {
        let room = MAX_SAVED.saturating_sub(self.saved.len());
        let count = items.len();
        if count > room {
            self.status = Some(t!("calc-status-import-no-room", count = count, room = room));
            return;
        }
        for item in items {
            let name = self.free_name(&item.name);
            self.saved.push(Saved {
                name,
                form: item.form,
            });
        }
        self.status = Some(t!("calc-status-imported", count = count));
    }

    /// `base`, or `base (2)`, `base (3)`... whichever no saved scenario has yet.
    fn free_name(&self, base: &str) -> String {
        let taken = |n: &str| self.saved.iter().any(|s| s.name == n);
        if !taken(base) {
            return base.to_string();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|n| !taken(n))
            .unwrap_or_else(|| base.to_string())
    }
}

/// The calculator as a tool: the saved scenarios are kept, and the household being filled
/// in is kept beside them as a draft; touched boxes, errors and the status line are not.
impl Tool for State {
    type Action = Action;
    type File = ScenariosFile;
    const DRAFT_KEY: Option<&'static str> = Some(DRAFT_KEY);

    fn new(_today: &str) -> State {
        State::default()
    }
    fn from_file(file: ScenariosFile, _today: &str) -> State {
        State::with_saved(file.saved)
    }
    fn to_file(&self) -> ScenariosFile {
        ScenariosFile {
            saved: self.saved.clone(),
        }
    }
    fn reduce(self, action: Action) -> State {
        State::reduce(self, action)
    }
    fn file_changed(&self, before: &State) -> bool {
        self.saved != before.saved
    }
    /// The saved scenarios from the other tab; the household being filled in here stays.
    fn adopt(self, file: Option<ScenariosFile>, _today: &str) -> State {
        State {
            saved: file.map(|f| f.saved).unwrap_or_default(),
            ..self
        }
    }
    /// Leave the stored copy untouched so a newer app can still read it.
    fn unreadable(_: FileError<Damaged>) -> String {
        t!("calc-storage-unreadable")
    }
    fn not_kept(error: StorageError) -> String {
        match error {
            StorageError::Unavailable => t!("calc-storage-unavailable"),
            StorageError::Full => t!("calc-storage-full"),
        }
    }
    /// "Saved as … on this device" is not said when the device did not take it.
    fn when_not_kept(self) -> State {
        State {
            status: None,
            ..self
        }
    }
    fn draft_json(&self) -> Option<String> {
        Some(self.draft().to_json())
    }
    fn with_draft(self, json: &str) -> State {
        match Draft::from_json(json) {
            Ok(draft) => State::resume(self.saved, draft),
            Err(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(s: State, actions: impl IntoIterator<Item = Action>) -> State {
        actions.into_iter().fold(s, State::reduce)
    }

    #[test]
    fn only_the_guided_questions_are_within_the_questions_alone() {
        let mut s = State::default();
        assert!(!s.beyond_the_questions());
        s = s.reduce(Action::SetMode(Mode::Compact));
        assert!(s.beyond_the_questions(), "the coaches' form");
        s = s.reduce(Action::SetMode(Mode::Guided));
        assert!(!s.beyond_the_questions());
        s.step = steps(&s.form).len() - 1;
        assert_eq!(s.current_step(), Step::Answer);
        assert!(s.beyond_the_questions(), "the answer");
        s.step = 0;
        s.saved.push(Saved {
            name: "AB".into(),
            form: Form::default(),
        });
        assert!(
            !s.beyond_the_questions(),
            "kept households only as the page opens"
        );
        assert!(s.beyond_the_questions_at_open());
        s.saved.clear();
        s.answer_first = true;
        assert!(s.beyond_the_questions(), "a share link's answer");
        assert!(s.beyond_the_questions_at_open());
    }

    #[test]
    fn a_draft_resumes_where_it_was_left_and_never_past_the_last_step() {
        let s = act(
            State::default(),
            [
                Action::Set(Field::Region, "NORTH_WEST".into()),
                Action::Next,
            ],
        );
        let back = State::resume(vec![], s.draft());
        assert_eq!((&back.form, back.mode, back.step), (&s.form, s.mode, 1));
        // Nothing was touched yet, so no error shows on return.
        assert!(back.touched.is_empty() && !back.show_all_errors);
        let mut far = s.draft();
        far.step = KeptStep::OldIndex(99);
        let clamped = State::resume(vec![], far);
        assert_eq!(clamped.step, steps(&clamped.form).len() - 1);
    }

    #[test]
    fn a_draft_saved_before_the_first_question_was_added_reopens_on_the_same_question() {
        // Saved on "Where do you live?", then the second question, at position 1.
        let old = r#"{"form":{"region":"NORTH_WEST"},"mode":"Guided","step":1}"#;
        let draft: Draft = serde_json::from_str(old).unwrap();
        assert_eq!(draft.step, KeptStep::OldIndex(1));
        let back = State::resume(vec![], draft);
        assert_eq!(back.current_step(), Step::Household);
        // One saved on the first question then ("Where do you live?") opens on it now.
        let first: Draft = serde_json::from_str(r#"{"form":{},"mode":"Guided","step":0}"#).unwrap();
        assert_eq!(State::resume(vec![], first).current_step(), Step::Place);
        // A draft kept now names its question, and comes back on it however the list of
        // questions before it changes.
        let s = act(
            State::default(),
            [
                Action::Next,
                Action::Set(Field::Region, "NORTH_WEST".into()),
                Action::Next,
            ],
        );
        assert_eq!(s.current_step(), Step::Household);
        let text = serde_json::to_string(&s.draft()).unwrap();
        assert!(text.contains(r#""step":"Household""#), "{text}");
        let back = State::resume(vec![], serde_json::from_str(&text).unwrap());
        assert_eq!(back.current_step(), Step::Household);
    }

    #[test]
    fn next_stops_on_a_step_with_a_problem_and_shows_only_that_steps_errors() {
        // Whom the form is for has an answer from the start (the person themselves).
        let s = act(State::default(), [Action::Next]);
        assert_eq!(s.current_step(), Step::Place);
        let s = act(s, [Action::Next]);
        assert_eq!(s.current_step(), Step::Place);
        let errors = s.form.scenario().unwrap_err();
        let shown = s.visible_errors(&errors);
        assert_eq!(shown.keys().collect::<Vec<_>>(), [&Field::Region]);
        assert!(s.status.as_deref().unwrap().contains("problem"));

        let s = act(
            s,
            [Action::Set(Field::Region, "WALES".into()), Action::Next],
        );
        assert_eq!(s.current_step(), Step::Household);
    }

    #[test]
    fn going_back_and_forward_keeps_every_answer() {
        let s = act(
            State::default(),
            [
                Action::Set(Field::ForWhom, "son".into()),
                Action::Next,
                Action::Set(Field::Region, "LONDON".into()),
                Action::Next,
                Action::Set(Field::Couple, "yes".into()),
                Action::Next,
                Action::Set(Field::Age(0), "40".into()),
                Action::Back,
                Action::Back,
            ],
        );
        assert_eq!(s.current_step(), Step::Place);
        assert_eq!(s.form.get(Field::Age(0)), "40");
        assert_eq!(s.form.get(Field::ForWhom), "son");
        assert_eq!(s.form.get(Field::Couple), "yes");
    }

    /// The single social renter answered one question at a time, on its answer.
    fn on_the_answer() -> State {
        let mut s = State {
            form: crate::better_off::test_support::single_social_renter_form(),
            ..State::default()
        };
        s.form.set(Field::OfferPension(0), "no");
        while s.current_step() != Step::Answer {
            let before = s.step;
            s = s.reduce(Action::Next);
            assert_ne!(s.step, before, "stuck on {:?}", s.current_step());
        }
        s
    }

    #[test]
    fn change_on_the_answer_shows_a_new_boxs_message_only_after_continue() {
        // QA #3: New Style ESA picked after "Change": its group is not answered yet, but
        // the person has not seen that question, so no message shows until Continue.
        let s = act(
            on_the_answer(),
            [
                Action::GoTo(Step::Health),
                Action::Set(Field::NewStyle(0), "esa".into()),
            ],
        );
        assert_eq!(s.current_step(), Step::Health);
        let errors = s.form.scenario().unwrap_err();
        assert!(errors.contains_key(&Field::EsaGroup(0)), "{errors:?}");
        assert!(s.visible_errors(&errors).is_empty());
        let s = act(s, [Action::Next]);
        assert_eq!(s.current_step(), Step::Health);
        let shown = s.visible_errors(&errors);
        assert_eq!(shown.keys().collect::<Vec<_>>(), [&Field::EsaGroup(0)]);

        // The same for the rent of a home changed to a council one.
        let mut s = on_the_answer();
        s.form.set(Field::Tenure, "owner");
        s.form.set(Field::Rent, "");
        let s = act(
            s,
            [
                Action::GoTo(Step::Home),
                Action::Set(Field::Tenure, "social_rent".into()),
            ],
        );
        let errors = s.form.scenario().unwrap_err();
        assert!(errors.contains_key(&Field::Rent), "{errors:?}");
        assert!(s.visible_errors(&errors).is_empty());
    }

    #[test]
    fn continue_after_change_goes_back_to_the_answer_once_new_questions_are_answered() {
        // QA #4: the changed question and the ESA group it opened are answered, so Continue
        // goes back to the answer, not on through the home, costs and job.
        let s = act(
            on_the_answer(),
            [
                Action::GoTo(Step::Health),
                Action::Set(Field::NewStyle(0), "esa".into()),
                Action::Next,
                Action::Set(Field::EsaGroup(0), "wrag".into()),
                Action::Next,
            ],
        );
        assert_eq!(s.current_step(), Step::Answer);
        assert!(s.changing.is_none());

        // A change that adds a question (a partner) stops there first, then goes back.
        let s = act(
            s,
            [
                Action::GoTo(Step::Household),
                Action::Set(Field::Couple, "yes".into()),
                Action::Next,
            ],
        );
        assert_eq!(s.current_step(), Step::Partner);
        let s = act(s, [Action::Next]);
        assert_eq!(
            s.current_step(),
            Step::Partner,
            "the partner's age is needed"
        );
        let s = act(s, [Action::Set(Field::Age(1), "31".into()), Action::Next]);
        assert_eq!(s.current_step(), Step::Answer);

        // The first time through, Continue still goes one question at a time.
        let s = act(State::default(), [Action::Next]);
        assert_eq!(s.current_step(), Step::Place);
    }

    #[test]
    fn one_question_at_a_time_asks_the_state_pension_over_pension_age_and_0_is_an_answer() {
        // QA #2: over State Pension age, an empty box is not taken as none.
        let s = act(
            State::default(),
            [
                Action::Next,
                Action::Set(Field::Region, "NORTH_WEST".into()),
                Action::Next,
                Action::Next,
                Action::Set(Field::Age(0), "68".into()),
                Action::Next,
            ],
        );
        assert_eq!(s.current_step(), Step::You);
        let errors = s.form.scenario().err().unwrap_or_default();
        let shown = s.visible_errors(&errors);
        assert_eq!(shown.keys().collect::<Vec<_>>(), [&Field::StatePension(0)]);
        // The coaches' form leaves it to the warning beside the answer.
        let compact = act(s.clone(), [Action::SetMode(Mode::Compact)]);
        assert!(!compact
            .visible_errors(&errors)
            .contains_key(&Field::StatePension(0)));
        let s = act(
            s,
            [
                Action::Set(Field::StatePension(0), "0".into()),
                Action::Next,
            ],
        );
        assert_eq!(s.current_step(), Step::Health);
    }

    #[test]
    fn the_step_stays_valid_when_steps_disappear() {
        let mut s = State::default();
        s.form.set(Field::Couple, "yes");
        s.form.set(Field::ChildCount, "2");
        s.step = 10; // the answer, with partner and children steps
        let s = act(
            s,
            [
                Action::Set(Field::Couple, "no".into()),
                Action::Set(Field::ChildCount, "0".into()),
            ],
        );
        assert_eq!(s.current_step(), Step::Answer);
    }

    #[test]
    fn save_load_duplicate_delete() {
        let mut s = State::default();
        s.form.set(Field::Age(0), "25");
        let s = act(s, [Action::Save("Anna 16 hours".into())]);
        assert_eq!(s.saved.len(), 1);
        let s = act(
            s,
            [Action::Set(Field::Age(0), "50".into()), Action::Load(0)],
        );
        assert_eq!(s.form.get(Field::Age(0)), "25");
        let s = act(s, [Action::Duplicate(0), Action::Duplicate(0)]);
        let names: Vec<&str> = s.saved.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Anna 16 hours",
                "Anna 16 hours (copy) (2)",
                "Anna 16 hours (copy)"
            ]
        );
        let s = act(s, [Action::Delete(1), Action::Delete(7)]);
        assert_eq!(s.saved.len(), 2);
        let s = act(s, [Action::Save("   ".into())]);
        assert_eq!(s.saved.len(), 2);
        assert!(s.status.unwrap().contains("name"));
    }

    #[test]
    fn saving_under_an_existing_name_updates_it() {
        let s = act(State::default(), [Action::Save("A".into())]);
        let s = act(
            s,
            [
                Action::Set(Field::Age(0), "33".into()),
                Action::Save("A".into()),
            ],
        );
        assert_eq!(s.saved.len(), 1);
        assert_eq!(s.saved[0].form.get(Field::Age(0)), "33");
    }

    #[test]
    fn an_import_too_big_for_the_room_left_adds_nothing() {
        let item = Saved {
            name: "x".into(),
            form: Form::default(),
        };
        let s = State::with_saved(vec![item.clone(); MAX_SAVED - 1]);
        let s = act(s, [Action::Import(vec![item.clone(), item.clone()])]);
        assert_eq!(s.saved.len(), MAX_SAVED - 1);
        let s = act(s, [Action::Import(vec![item])]);
        assert_eq!(s.saved.len(), MAX_SAVED);
        assert_eq!(s.saved.last().unwrap().name, "x (2)");
    }

    #[test]
    fn reset_keeps_saved_scenarios() {
        let s = act(
            State::default(),
            [
                Action::Save("keep".into()),
                Action::Set(Field::Age(0), "20".into()),
                Action::Reset,
                Action::ConfirmReset,
            ],
        );
        assert_eq!(s.saved.len(), 1);
        assert_eq!(s.form.get(Field::Age(0)), "");
    }

    fn with_job(hours: &str) -> State {
        act(
            State::default(),
            [
                Action::Set(Field::Region, "WALES".into()),
                Action::Set(Field::OfferHours(0), hours.into()),
            ],
        )
    }

    #[test]
    fn a_slider_tries_hours_without_changing_the_job_entered() {
        let s = act(
            with_job("16"),
            [Action::Explore(Field::OfferHours(0), "37".into())],
        );
        assert_eq!(s.form.get(Field::OfferHours(0)), "16");
        assert_eq!(s.slider_value(Field::OfferHours(0)), "37");
        let tried = s.explored_form().unwrap();
        assert_eq!(tried.get(Field::OfferHours(0)), "37");
        // The pay slider was not moved: a blank wage stays blank (the minimum wage).
        assert_eq!(tried.get(Field::OfferWage(0)), "");

        let put_back = act(s.clone(), [Action::StopExploring]);
        assert_eq!(put_back.slider_value(Field::OfferHours(0)), "16");
        assert!(put_back.explored_form().is_none());

        let used = act(s, [Action::UseExplored]);
        assert_eq!(used.form.get(Field::OfferHours(0)), "37");
        assert!(used.explore.is_none());
        assert!(used.status.is_some());
    }

    #[test]
    fn typing_the_jobs_hours_lets_go_of_the_sliders() {
        let s = act(
            with_job("16"),
            [
                Action::Explore(Field::OfferWage(0), "14.00".into()),
                Action::Set(Field::Age(0), "30".into()),
            ],
        );
        assert_eq!(s.slider_value(Field::OfferWage(0)), "14.00");
        let s = act(s, [Action::Set(Field::OfferHours(0), "20".into())]);
        assert!(s.explore.is_none());
        assert_eq!(s.slider_value(Field::OfferHours(0)), "20");
        // Another job's slider starts from that job's own figures.
        let s = act(
            s,
            [
                Action::Explore(Field::OfferHours(0), "30".into()),
                Action::Explore(Field::OfferWage(1), "13.00".into()),
            ],
        );
        let e = s.explore.unwrap();
        assert_eq!((e.offer, e.hours, e.wage), (1, None, Some("13.00".into())));
    }

    #[test]
    fn clearing_the_form_asks_first_and_can_be_undone_until_the_next_edit() {
        let s = act(with_job("16"), [Action::Reset]);
        assert!(s.confirm_reset);
        assert_eq!(s.form.get(Field::OfferHours(0)), "16");
        let kept = act(s.clone(), [Action::CancelReset]);
        assert!(!kept.confirm_reset);
        assert_eq!(kept.form.get(Field::OfferHours(0)), "16");

        let cleared = act(s, [Action::ConfirmReset]);
        assert_eq!(cleared.form.get(Field::OfferHours(0)), "");
        assert!(!cleared.confirm_reset);
        let undone = act(cleared.clone(), [Action::UndoReset]);
        assert_eq!(undone.form.get(Field::OfferHours(0)), "16");
        assert_eq!(undone.form.get(Field::Region), "WALES");
        assert!(undone.cleared.is_none());

        let edited = act(
            cleared,
            [Action::Set(Field::Age(0), "30".into()), Action::UndoReset],
        );
        assert_eq!(edited.form.get(Field::OfferHours(0)), "");
        assert_eq!(edited.form.get(Field::Age(0)), "30");
    }

    #[test]
    fn a_share_link_opens_on_the_answer_and_change_the_answers_goes_back_to_the_form() {
        let mut form = Form::default();
        form.set(Field::Age(0), "24");
        let s = act(
            State::default(),
            [Action::Open {
                form: form.clone(),
                said: "opened".into(),
            }],
        );
        assert!(s.answer_first);
        assert_eq!((&s.form, s.mode), (&form, Mode::Compact));
        // Not kept with the draft: a reload shows the form.
        assert!(!State::resume(vec![], s.draft()).answer_first);
        let s = act(s, [Action::ChangeAnswers]);
        assert!(!s.answer_first);
        assert_eq!(s.form, form);
        assert_eq!(s.mode, Mode::Compact);
        let s = act(State::default(), [Action::Save("x".into())]);
        assert!(!s.answer_first, "only a share link opens on the answer");
    }

    #[test]
    fn clearing_is_offered_once_something_is_typed_and_while_it_can_be_undone() {
        let s = State::default();
        assert!(!s.can_clear());
        let typed = act(s, [Action::Set(Field::Rent, "500".into())]);
        assert!(typed.can_clear());
        let cleared = act(typed, [Action::Reset, Action::ConfirmReset]);
        assert_eq!(cleared.form, Form::default());
        assert!(cleared.can_clear(), "Undo is still there");
    }
}
