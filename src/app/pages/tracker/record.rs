//! Recording a session, tablet first: the step on screen in large words, one big button per
//! prompt level and per other answer, then on to the next step by itself. Every tap is an
//! action, and the page saves after every action, so a reload finds the session as it was.

use super::{use_tracker, TrackerTool};
use crate::app::components::hooks::{use_focus_when_lost, use_text};
use crate::app::pages::parts::button;
use crate::tasks::{StepId, TaskAnalysis};
use crate::tracker::{PromptHierarchy, Prompter, Response, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecorderProps {
    /// `None` when the task was deleted in the task builder; the steps are then shown by number.
    pub task: Option<TaskAnalysis>,
}

/// The words of a step in the version the session teaches, and its number in the task.
fn step_words(task: Option<&TaskAnalysis>, session: &Session, step: StepId) -> (usize, String) {
    let steps = task
        .and_then(|t| t.version(session.version))
        .map(|v| &v.steps);
    let in_task = steps.and_then(|s| s.iter().position(|x| x.id == step).map(|i| (i, &s[i])));
    match in_task {
        Some((i, s)) => (i + 1, s.instruction.clone()),
        None => {
            let i = session
                .plan
                .steps
                .iter()
                .position(|s| *s == step)
                .unwrap_or(0);
            (i + 1, String::new())
        }
    }
}

/// The colour class for a response: the same in the step list and the progress matrix.
pub fn level_class(response: Option<Response>) -> &'static str {
    match response {
        None => "lvl-none",
        Some(Response::Level(0)) => "lvl-0",
        Some(Response::Level(1)) => "lvl-1",
        Some(Response::Level(2)) => "lvl-2",
        Some(Response::Level(3)) => "lvl-3",
        Some(Response::Level(4)) => "lvl-4",
        Some(Response::Level(_)) => "lvl-5",
        Some(Response::NoResponse) | Some(Response::Error) => "lvl-miss",
        Some(Response::NotApplicable) => "lvl-na",
    }
}

#[function_component(Recorder)]
pub fn recorder(props: &RecorderProps) -> Html {
    let tool = use_tracker();
    let who = use_state(|| Prompter::Coach);
    let confirm_discard = use_state(|| false);
    // "Start session" is gone once the session opens: focus goes to the session's heading.
    let heading = use_node_ref();
    use_focus_when_lost(heading.clone());
    let now = use_node_ref();
    let current = tool.state().open.as_ref().and_then(Session::current_step);
    use_step_in_view(now.clone(), current);
    let Some(session) = tool.state().open.clone() else {
        return html! {};
    };
    let task = props.task.as_ref();
    let title = task.map_or_else(|| t!("track-task-deleted"), |t| t.title.clone());
    let total = session.plan.steps.len();
    let scored = session.records.len();

    let answer = |response: Response| {
        let tool = tool.clone();
        let who = who.clone();
        Callback::from(move |_| tool.record(response, *who))
    };
    let on_discard = {
        let tool = tool.clone();
        Callback::from(move |_| tool.discard())
    };

    html! {
        <section class="record" aria-labelledby="record-heading">
            <h2 id="record-heading" tabindex="-1" ref={heading}>{ t!("track-session-heading", task = title) }</h2>
            <p class="record__meta">
                { t!("track-session-meta",
                    date = crate::tracker::report::say_when(&session.date), phase = session.phase,
                    procedure = session.procedure.label().to_lowercase(), scored = scored, count = total) }
            </p>
            <div class="record__now" ref={now}>
                if let Some(step) = current {
                    { step_on_screen(task, &session, step) }
                } else {
                    <AllScored />
                }
            </div>
            { who_choice(&who) }
            { answer_buttons(&session.hierarchy, current.is_some(), answer) }

            <div class="button-row">
                { button("button button--secondary", t!("track-undo"), tool.on(TrackerTool::undo), session.changes.is_empty()) }
            </div>

            <h3 id="record-steps-heading">{ t!("track-steps-heading") }</h3>
            <p class="field-hint">{ t!("track-steps-hint") }</p>
            { step_list(task, &session, |step| tool.on(move |t| t.go_to_step(step))) }

            <Notes session={session.clone()} task={props.task.clone()} />

            { finish_or_discard(&confirm_discard, tool.on(TrackerTool::finish), on_discard) }
        </section>
    }
}

/// When the step on screen changes (a score moved on, or a step was tapped in the list), the
/// whole of its box is brought into view if part of it is above the top: on a phone the
/// buttons just tapped are lower down, and a longer instruction would be cut off at the top.
/// Not on the first drawing, so opening or reloading a session leaves the page where it is.
#[hook]
fn use_step_in_view(now: NodeRef, current: Option<StepId>) {
    let shown = use_mut_ref(|| current);
    use_effect_with(current, move |current| {
        let before = std::mem::replace(&mut *shown.borrow_mut(), *current);
        if before.is_some() && before != *current {
            if let Some(el) = now.cast::<web_sys::Element>() {
                let top = el.get_bounding_client_rect().top();
                // A little room above the box's border, so it does not touch the edge.
                let margin = 8.0;
                if top < margin {
                    gloo::utils::window().scroll_by_with_x_and_y(0.0, top - margin);
                }
            }
        }
    });
}

/// The step to score now, in large words, and its score if it has one.
fn step_on_screen(task: Option<&TaskAnalysis>, session: &Session, step: StepId) -> Html {
    let (n, words) = step_words(task, session, step);
    let already = session.response(step).map(|r| r.label(&session.hierarchy));
    html! { <>
        <p class="record__number">{ t!("track-step-number", number = n) }</p>
        if session.plan.focus == Some(step) {
            <p class="record__focus">{ t!("track-step-focus") }</p>
        }
        <p class="record__step" id="record-step">{ words }</p>
        if let Some(a) = already {
            <p class="record__already">{ t!("track-step-already", level = a) }</p>
        }
    </> }
}

/// Who prompted: radios, kept for the following steps.
fn who_choice(who: &UseStateHandle<Prompter>) -> Html {
    let on_who = |p: Prompter| {
        let who = who.clone();
        Callback::from(move |_: Event| who.set(p))
    };
    html! {
        <fieldset class="fieldset record__who">
            <legend class="field-label">{ t!("track-who") }</legend>
            <div class="radios radios--inline">
                { for Prompter::ALL.iter().map(|p| {
                    let id = format!("who-{}", p.key());
                    html! {
                        <div class="radio">
                            <input class="radio-input" type="radio" id={id.clone()} name="who"
                                checked={**who == *p} onchange={on_who(*p)} />
                            <label class="radio-label" for={id}>{ p.label() }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// One big button per prompt level, then the other answers; off when every step is scored.
fn answer_buttons(
    hierarchy: &PromptHierarchy,
    on: bool,
    answer: impl Fn(Response) -> Callback<MouseEvent>,
) -> Html {
    html! { <>
        <div class="record__levels" role="group" aria-label={t!("track-levels-group")}>
            { for hierarchy.levels.iter().enumerate().map(|(i, l)| {
                let response = Response::Level(i as u8);
                html! {
                    <button type="button" class={classes!("level-button", level_class(Some(response)))}
                        disabled={!on} onclick={answer(response)}
                        title={l.shown_description()}>
                        <span class="level-button__code">{ l.shown_code() }</span>
                        { " " }
                        <span class="level-button__name">{ l.shown_name() }</span>
                    </button>
                }
            }) }
        </div>
        <div class="record__others" role="group" aria-label={t!("track-others-group")}>
            { for [Response::NoResponse, Response::Error, Response::NotApplicable].into_iter().map(|r| html! {
                <button type="button" class={classes!("level-button", "level-button--other", level_class(Some(r)))}
                    disabled={!on} onclick={answer(r)}>
                    <span class="level-button__code">{ r.code(hierarchy) }</span>
                    { " " }
                    <span class="level-button__name">{ r.label(hierarchy) }</span>
                </button>
            }) }
        </div>
    </> }
}

/// Every step of the session with its score; tapping one puts it on screen.
fn step_list(
    task: Option<&TaskAnalysis>,
    session: &Session,
    go_to: impl Fn(StepId) -> Callback<MouseEvent>,
) -> Html {
    let hierarchy = &session.hierarchy;
    html! {
        <ol class="record-steps" aria-labelledby="record-steps-heading">
            { for session.plan.steps.iter().enumerate().map(|(i, step)| {
                let (n, words) = step_words(task, session, *step);
                let record = session.record(*step);
                let response = record.map(|r| r.response);
                let on_screen = session.cursor == i;
                html! {
                    <li>
                        <button type="button" class={classes!("record-step", on_screen.then_some("is-current"))}
                            aria-current={on_screen.then_some("step")}
                            onclick={go_to(*step)}>
                            <span class={classes!("record-step__code", level_class(response))}>
                                { response.map_or("\u{2013}".to_string(), |r| r.code(hierarchy)) }
                            </span>
                            <span class="record-step__words">
                                { t!("track-step-words", number = n, words = words) }
                                <span class="record-step__score">
                                    { match record {
                                        Some(r) => t!("track-step-score", level = r.response.label(hierarchy), who = r.who.label().to_lowercase()),
                                        None => t!("track-not-scored"),
                                    } }
                                    if record.is_some_and(|r| !r.note.is_empty()) {
                                        { format!(" \u{00b7} {}", t!("track-step-has-note")) }
                                    }
                                    if session.plan.focus == Some(*step) {
                                        { format!(" \u{00b7} {}", t!("track-step-being-taught")) }
                                    }
                                </span>
                            </span>
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}

/// "Finish session", and "Discard", asked again before the session is thrown away.
fn finish_or_discard(
    confirm: &UseStateHandle<bool>,
    on_finish: Callback<MouseEvent>,
    on_discard: Callback<MouseEvent>,
) -> Html {
    let set_confirm = |on: bool| {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(on))
    };
    let discard = {
        let confirm = confirm.clone();
        Callback::from(move |e: MouseEvent| {
            confirm.set(false);
            on_discard.emit(e)
        })
    };
    html! {
        <div class="button-row">
            { button("button", t!("track-finish"), on_finish, false) }
            if **confirm {
                { button("button button--warning", t!("track-discard-yes"), discard, false) }
                { button("button button--secondary", t!("track-discard-no"), set_confirm(false), false) }
            } else {
                { button("button button--secondary", t!("track-discard"), set_confirm(true), false) }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NotesProps {
    session: Session,
    task: Option<TaskAnalysis>,
}

/// A note on a scored step, and one on the whole session.
#[function_component(Notes)]
fn notes(props: &NotesProps) -> Html {
    let tool = use_tracker();
    let session = &props.session;
    // The step a note is for: the one chosen, else the last one scored.
    let chosen = use_state(|| None::<StepId>);
    let last_scored = session
        .changes
        .last()
        .map(|c| c.step)
        .or_else(|| session.records.last().map(|r| r.step));
    let step = (*chosen)
        .filter(|s| session.record(*s).is_some())
        .or(last_scored);
    let (step_note, on_step_note) = use_text(String::new);
    let (session_note, on_session_note) = {
        let initial = session.note.clone();
        use_text(move || initial)
    };
    // Show the chosen step's saved note when the choice changes.
    {
        let step_note = step_note.clone();
        let saved = step
            .and_then(|s| session.record(s))
            .map(|r| r.note.clone())
            .unwrap_or_default();
        use_effect_with(step, move |_| step_note.set(saved));
    }
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(select.value().parse().ok().map(StepId));
        })
    };
    let on_save_step = {
        let tool = tool.clone();
        let step_note = step_note.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match step {
                Some(step) => tool.step_note(step, (*step_note).clone()),
                None => tool.notify(t!("track-step-note-unscored")),
            }
        })
    };
    let on_save_session = {
        let tool = tool.clone();
        let session_note = session_note.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tool.session_note((*session_note).clone());
        })
    };
    html! {
        <div class="record__notes">
            if !session.records.is_empty() {
                <form class="note-form" onsubmit={on_save_step}>
                    <div class="field">
                        <label class="field-label" for="note-step">{ t!("track-step-note-label") }</label>
                        <select id="note-step" class="select" onchange={on_choose}>
                            { for session.records.iter().map(|r| {
                                let (n, words) = step_words(props.task.as_ref(), session, r.step);
                                html! {
                                    <option value={r.step.0.to_string()} selected={step == Some(r.step)}>
                                        { t!("track-step-words", number = n, words = words) }
                                    </option>
                                }
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label class="field-label" for="note-step-text">{ t!("track-step-note-text") }</label>
                        <textarea id="note-step-text" class="textarea" value={(*step_note).clone()}
                            oninput={on_step_note}/>
                    </div>
                    <button type="submit" class="button button--secondary">{ t!("track-step-note-save") }</button>
                </form>
            }
            <form class="note-form" onsubmit={on_save_session}>
                <div class="field">
                    <label class="field-label" for="note-session">{ t!("track-session-note-label") }</label>
                    <p class="field-hint" id="note-session-hint">{ t!("track-session-note-hint") }</p>
                    <textarea id="note-session" class="textarea" aria-describedby="note-session-hint"
                        value={(*session_note).clone()} oninput={on_session_note}/>
                </div>
                <button type="submit" class="button button--secondary">{ t!("track-session-note-save") }</button>
            </form>
        </div>
    }
}

/// Shown once every step has a score. The level buttons are then switched off, so the one
/// that had focus loses it: focus comes here, where the words say what to do next.
#[function_component(AllScored)]
fn all_scored() -> Html {
    let here = use_node_ref();
    use_focus_when_lost(here.clone());
    html! {
        <div class="record__done" tabindex="-1" ref={here}>
            <p class="record__step">{ t!("track-done-title") }</p>
            <p>{ t!("track-done-hint") }</p>
        </div>
    }
}
