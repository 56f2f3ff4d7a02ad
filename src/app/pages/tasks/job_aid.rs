//! The worker's view of a task: one step at a time in large text with its picture, a big
//! "Done" button, back, and read-aloud through the browser's own speech (nothing is sent
//! anywhere). Also the printable checklist with pictures and tick boxes.

use super::pictures;
use crate::app::components::progress::ProgressBar;
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
    let aid = {
        let task = props.task.clone();
        use_state(move || JobAid::new(&task))
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
        let aid = aid.clone();
        Callback::from(move |_| {
            let mut next = (*aid).clone();
            f(&mut next);
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
                <h1 class="job-aid__step" tabindex="-1" ref={heading}>{ "All done. Well done!" }</h1>
                <div class="job-aid__buttons">
                    <button type="button" class="button job-aid__done" onclick={change(JobAid::restart)}>{ "Start again" }</button>
                    <button type="button" class="button button--secondary" onclick={props.on_close.clone()}>{ "Close the job aid" }</button>
                </div>
            } else if let Some(step) = step {
                <p class="job-aid__progress">{ format!("Step {n} of {total}") }</p>
                <ProgressBar percent={((n - 1) * 100 / total.max(1)) as u32} />
                <h1 class="job-aid__step" tabindex="-1" ref={heading}>{ &step.instruction }</h1>
                if !step.cue.is_empty() {
                    <p class="job-aid__cue">{ format!("When: {}", step.cue) }</p>
                }
                if let Some(src) = picture {
                    <img class="job-aid__picture" src={src} alt={format!("Step {n}: {}", step.instruction)} />
                }
                <div class="job-aid__buttons">
                    <button type="button" class="button job-aid__done" onclick={change(JobAid::done)}>{ "Done" }</button>
                    <button type="button" class="button button--secondary" onclick={speak}>{ "Read it out" }</button>
                    <button type="button" class="button button--secondary" onclick={change(JobAid::back)} disabled={n == 1}>{ "Back" }</button>
                    <button type="button" class="button button--secondary" onclick={props.on_close.clone()}>{ "Close" }</button>
                </div>
            } else {
                <h1 tabindex="-1" ref={heading}>{ "This task has no steps yet." }</h1>
                <button type="button" class="button" onclick={props.on_close.clone()}>{ "Back to the task" }</button>
            }
        </div>
    }
}

/// Speaks with the browser's built-in voices, if it has any.
fn say(text: &str) {
    if let Ok(synth) = gloo::utils::window().speech_synthesis() {
        synth.cancel();
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
            utterance.set_lang("en-GB");
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
                <p>{ format!("Workplace: {}", task.workplace) }</p>
            }
            <div class="button-row no-print">
                <button type="button" class="button" onclick={print}>{ "Print" }</button>
                <button type="button" class="button button--secondary" onclick={on_close}>{ "Back to the task" }</button>
            </div>
            <table class="table checklist__table">
                <caption class="visually-hidden">{ format!("Checklist for {}", task.title) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Step" }</th>
                        <th scope="col">{ "What to do" }</th>
                        <th scope="col">{ "Picture" }</th>
                        <th scope="col">{ "Done" }</th>
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
                                    if r.key_step { <strong>{ " (key step)" }</strong> }
                                    if !r.cue.is_empty() {
                                        <span class="checklist__cue">{ format!("When: {}", r.cue) }</span>
                                    }
                                </td>
                                <td>
                                    if let Some(src) = picture {
                                        <img class="checklist__picture" src={src} alt="" />
                                    }
                                </td>
                                <td><span class="tick-box" role="img" aria-label="Tick box"></span></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
