//! The worker's view of a task: one step at a time in large text with its picture, a big
//! "Done" button, back, and read-aloud through the browser's own speech (nothing is sent
//! anywhere). Also the printable checklist with pictures and tick boxes.

use super::pictures;
use crate::app::components::progress::ProgressBar;
use crate::app::pages::parts::button;
use crate::tasks::{JobAid, TaskAnalysis};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JobAidProps {
    pub task: TaskAnalysis,
    pub checklist: bool,
    pub on_close: Callback<MouseEvent>,
}

#[function_component(JobAidView)]
pub fn job_aid_view(props: &JobAidProps) -> Html {
    if props.checklist {
        return checklist(&props.task, props.on_close.clone());
    }
    let tasks = super::use_tasks();
    // The step on screen is kept by the library, so a reload opens the job aid where it was.
    let aid = {
        let task = props.task.clone();
        let at = tasks.state().aid_step;
        use_state(move || JobAid::new(&task).at(at))
    };
    let heading = use_node_ref();
    {
        // Each step is a new page for a screen reader: focus its words.
        let heading = heading.clone();
        use_effect_with((aid.current, aid.is_finished()), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let change = |f: fn(&mut JobAid)| {
        let (aid, tasks) = (aid.clone(), tasks.clone());
        Callback::from(move |_| {
            let mut next = (*aid).clone();
            f(&mut next);
            tasks.aid_at(next.current);
            aid.set(next);
        })
    };
    let speak = {
        let aid = aid.clone();
        Callback::from(move |_| {
            if let Some(text) = aid.speech() {
                say(&text);
            }
        })
    };
    let (n, total) = aid.position();
    let step = aid.current_step();
    let picture = step
        .and_then(|s| s.picture.as_ref())
        .and_then(|p| pictures::load(p.as_str()));

    html! {
        <div class="page job-aid">
            <p class="job-aid__task">{ &aid.title }</p>
            if aid.is_finished() {
                <h1 class="job-aid__step" tabindex="-1" ref={heading}>{ t!("task-aid-finished") }</h1>
                <div class="job-aid__buttons">
                    { button("button job-aid__done", t!("task-aid-restart"), change(JobAid::restart), false) }
                    { button("button button--secondary", t!("task-aid-close-all"), props.on_close.clone(), false) }
                </div>
            } else if let Some(step) = step {
                <p class="job-aid__progress">{ t!("task-aid-progress", number = n, count = total) }</p>
                <ProgressBar percent={((n - 1) * 100 / total.max(1)) as u32} />
                // Marked in the editor as one that must be right every time: the worker sees it
                // (and hears it with "Read it out") before the words.
                if step.key_step {
                    <p class="job-aid__key">{ t!("task-aid-key") }</p>
                }
                <h1 class="job-aid__step" tabindex="-1" ref={heading}>{ &step.instruction }</h1>
                if !step.cue.is_empty() {
                    <p class="job-aid__cue">{ t!("task-aid-when", cue = &step.cue) }</p>
                }
                if let Some(src) = picture {
                    // The picture shows the words of the heading just above it: a screen reader
                    // would only say the step twice, so it is left out of what is read.
                    <img class={classes!("job-aid__picture", step.key_step.then_some("job-aid__picture--after-key"))} src={src} alt="" />
                }
                <div class="job-aid__buttons">
                    { button("button job-aid__done", t!("task-aid-done"), change(JobAid::done), false) }
                    { button("button button--secondary", t!("task-aid-read"), speak, false) }
                    { button("button button--secondary", t!("task-aid-back"), change(JobAid::back), n == 1) }
                    { button("button button--secondary", t!("task-aid-close"), props.on_close.clone(), false) }
                </div>
            } else {
                <h1 tabindex="-1" ref={heading}>{ t!("task-aid-no-steps") }</h1>
                { button("button", t!("task-aid-back-to-task"), props.on_close.clone(), false) }
            }
        </div>
    }
}

/// Speaks with the browser's built-in voices, if it has any.
fn say(text: &str) {
    if let Ok(synth) = gloo::utils::window().speech_synthesis() {
        synth.cancel();
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
            // The voice for the language the words are in.
            utterance.set_lang(crate::i18n::lang().code());
            utterance.set_rate(0.9);
            synth.speak(&utterance);
        }
    }
}

fn checklist(task: &TaskAnalysis, on_close: Callback<MouseEvent>) -> Html {
    let rows = JobAid::new(task).checklist();
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="page checklist">
            <h1>{ &task.title }</h1>
            if !task.workplace.is_empty() {
                <p>{ t!("task-checklist-workplace", workplace = &task.workplace) }</p>
            }
            <div class="button-row no-print">
                { button("button", t!("task-checklist-print"), print, false) }
                { button("button button--secondary", t!("task-aid-back-to-task"), on_close, false) }
            </div>
            <table class="table checklist__table">
                <caption class="visually-hidden">{ t!("task-checklist-caption", title = &task.title) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!("task-checklist-step") }</th>
                        <th scope="col">{ t!("task-checklist-what") }</th>
                        <th scope="col">{ t!("task-checklist-picture") }</th>
                        <th scope="col">{ t!("task-checklist-done") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|r| {
                        let picture = r.picture.as_ref().and_then(|p| pictures::load(p.as_str()));
                        html! {
                            <tr class={classes!(r.key_step.then_some("is-key"))}>
                                <th scope="row">{ r.number }</th>
                                <td>
                                    <span class="checklist__instruction">{ &r.instruction }</span>
                                    if r.key_step { { " " }<strong>{ t!("task-checklist-key") }</strong> }
                                    if !r.cue.is_empty() {
                                        <span class="checklist__cue">{ t!("task-aid-when", cue = &r.cue) }</span>
                                    }
                                </td>
                                <td>
                                    if let Some(src) = picture {
                                        <img class="checklist__picture" src={src} alt="" />
                                    }
                                </td>
                                <td><span class="tick-box" role="img" aria-label={t!("task-checklist-tick")}></span></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
