//! A task's progress: a chart with the sessions table as its alternative, the step-by-step
//! matrix with mastery, what the rules find in words, a new phase when learning has stalled,
//! and the rules themselves, with their numbers, to change.

use super::record::level_class;
use super::{count, today, use_tracker};
use crate::app::components::hooks::use_text;
use crate::tasks::TaskAnalysis;
use crate::tracker::rules::WARN_BELOW_PERCENT;
use crate::tracker::{
    Action, Chart, FadingRule, ImprovementOption, MasteryRule, MasteryStatus, NoProgressRule,
    Procedure, Rules, TaskTracker,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub task: TaskAnalysis,
}

fn percent(v: f64) -> String {
    format!("{}%", v.round())
}

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let tool = use_tracker();
    let task = &props.task;
    let tracker = tool
        .state()
        .tracker(task.id)
        .cloned()
        .unwrap_or_else(|| TaskTracker::new(task.id));
    let scores = tracker.scores();
    let steps: Vec<_> = task.steps().iter().map(|s| s.id).collect();
    let matrix = tracker.matrix(&steps);
    let phase_label = |n: u32| {
        tracker
            .phases
            .iter()
            .find(|p| p.number == n)
            .map_or_else(|| format!("Phase {n}"), |p| p.label())
    };
    let fading: Vec<(usize, String)> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| tracker.fading(*s).map(|f| (i + 1, f.why)))
        .collect();
    let stall = tracker.no_progress();

    let report = crate::tracker::report::summary(&task.title, &tracker, &steps);
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let download_csv = {
        let tool = tool.clone();
        let tracker = tracker.clone();
        let task = task.clone();
        Callback::from(move |_| {
            let text = crate::tracker::progress::csv(&tracker.sessions, |version, step| {
                task.version(version)
                    .and_then(|v| {
                        v.steps
                            .iter()
                            .position(|s| s.id == step)
                            .map(|i| (i, &v.steps[i]))
                    })
                    .map_or_else(
                        || step.to_string(),
                        |(i, s)| format!("{}. {}", i + 1, s.instruction),
                    )
            });
            let name = format!("sessions-{}.csv", today());
            let said = match crate::app::components::download::download_as(&name, "text/csv", &text)
            {
                Ok(()) => format!("Downloaded {name}."),
                Err(()) => "The browser would not download the file.".to_string(),
            };
            tool.act(Action::Notify(said));
        })
    };

    html! {
        <div class="progress">
            <h3 id="progress-heading">{ "Progress" }</h3>
            // The report in words: printed at the top, and read by anyone who prefers words.
            <ul class="progress-report">
                { for report.iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            if !tracker.sessions.is_empty() {
                <div class="button-row no-print">
                    <button type="button" class="button button--secondary" onclick={print}>{ "Print a progress report" }</button>
                    <button type="button" class="button button--secondary" onclick={download_csv}>{ "Download the sessions (CSV)" }</button>
                </div>
            }
            if tracker.sessions.is_empty() {
                <p>{ "No sessions yet. Start one to see progress here." }</p>
            } else {
                <ChartView chart={tracker.chart()} measure={tracker.aim.as_ref().map(|a| a.measure).unwrap_or_default()} />
                <div class="table-wrap" tabindex="0" role="region" aria-label="Sessions, table">
                    <table class="table progress-sessions">
                        <caption class="field-label">{ "Sessions" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Session" }</th>
                                <th scope="col">{ "Date" }</th>
                                <th scope="col">{ "Phase" }</th>
                                <th scope="col" class="num">{ "Steps on their own" }</th>
                                <th scope="col" class="num">{ "Weighted score" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for scores.iter().enumerate().map(|(i, s)| html! {
                                <tr>
                                    <td>{ i + 1 }</td>
                                    <td>{ s.date.replace('T', " ") }</td>
                                    <td>{ phase_label(s.phase) }</td>
                                    <td class="num">{ format!("{} ({} of {})", percent(s.percent_independent), s.independent, s.scored) }</td>
                                    <td class="num">{ percent(s.weighted) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="field-hint">{ "The weighted score gives full credit for a step done on its own, less for each level of help, and none for the most help, an error or no response." }</p>

                <div class="table-wrap" tabindex="0" role="region" aria-label="Each step, session by session, table">
                    <table class="table matrix">
                        <caption class="field-label">{ "Each step, session by session" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "Step" }</th>
                                { for tracker.sessions.iter().enumerate().map(|(i, _)| html! {
                                    <th scope="col" class="matrix__session">
                                        <span class="visually-hidden">{ "Session " }</span>{ i + 1 }
                                    </th>
                                }) }
                                <th scope="col">{ "Learned?" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for matrix.rows.iter().enumerate().map(|(i, row)| {
                                let mastery = tracker.mastery(steps[i]);
                                let words = task.steps().get(i).map(|s| s.instruction.clone()).unwrap_or_default();
                                html! {
                                    <tr>
                                        <th scope="row" class="matrix__step">{ format!("{}. {words}", i + 1) }</th>
                                        { for row.iter().zip(&tracker.sessions).map(|(cell, s)| html! {
                                            <td class={classes!("matrix__cell", level_class(cell.response))}>
                                                { &cell.code }
                                                <span class="visually-hidden">{
                                                    cell.response.map_or("not recorded".to_string(), |r| r.label(&s.hierarchy))
                                                }</span>
                                            </td>
                                        }) }
                                        <td class={classes!("matrix__status", (mastery.value == MasteryStatus::Mastered).then_some("is-mastered"))}>
                                            { mastery.value.label() }
                                            <span class="matrix__why">{ mastery.why }</span>
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <Key tracker={tracker.clone()} />
            }

            <h3>{ "What the rules suggest" }</h3>
            if fading.is_empty() && stall.is_none() {
                <p>{ "Nothing to change for now." }</p>
            }
            if !fading.is_empty() {
                <ul class="findings">
                    { for fading.iter().map(|(n, why)| html! { <li>{ format!("Step {n}: {why}") }</li> }) }
                </ul>
            }
            if let Some(flag) = &stall {
                <div class="notice notice--warning stall">
                    <h4 class="notice__title">{ "Learning has stopped improving" }</h4>
                    <p>{ &flag.why }</p>
                    <p>{ "Talk it over with the person and the team, choose one of these, and record it below as a new phase:" }</p>
                    <ul>
                        { for flag.value.options.iter().map(|o| html! {
                            <li><strong>{ o.label() }</strong>{ ": " }{ o.hint() }</li>
                        }) }
                    </ul>
                </div>
            }
            <PhaseForm tracker={tracker.clone()} stalled={stall.is_some()} />
            <RulesForm task_id={task.id.0} rules={tracker.rules} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct KeyProps {
    tracker: TaskTracker,
}

/// What the codes in the matrix mean.
#[function_component(Key)]
fn key(props: &KeyProps) -> Html {
    let h = &props.tracker.hierarchy;
    html! {
        <p class="matrix-key">
            <span class="field-label">{ "Key: " }</span>
            { for h.levels.iter().map(|l| html! { <span class="matrix-key__item">{ format!("{} {}", l.code, l.name) }</span> }) }
            <span class="matrix-key__item">{ "NR No response" }</span>
            <span class="matrix-key__item">{ "E Error" }</span>
            <span class="matrix-key__item">{ "NA Not applicable" }</span>
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct ChartProps {
    chart: Chart,
    /// What the line plots: the aim line's own measure, so the two compare like with like.
    measure: crate::tracker::progress::Measure,
}

/// A line chart of the steps done on their own (or the weighted score, when the aim line is
/// set on it), with the aim line and a line at each phase change. The sessions table below
/// is its text alternative.
#[function_component(ChartView)]
fn chart_view(props: &ChartProps) -> Html {
    let c = &props.chart;
    let (w, h, left, top, bottom, right) = (600.0, 260.0, 44.0, 16.0, 36.0, 16.0);
    let weighted = props.measure == crate::tracker::progress::Measure::Weighted;
    let value = |p: &crate::tracker::progress::ChartPoint| {
        if weighted {
            p.weighted
        } else {
            p.percent_independent
        }
    };
    let what = if weighted {
        "Weighted score"
    } else {
        "Steps done on their own"
    };
    // Wide enough for the aim line's end, which can lie beyond the sessions recorded so far.
    let aim_end = c.aim.map_or(0.0, |(_, (x2, _))| x2);
    let n = (c.points.len().max(2) as f64 - 1.0).max(aim_end);
    let x = |v: f64| left + v / n * (w - left - right);
    let y = |v: f64| top + (100.0 - v.clamp(0.0, 100.0)) / 100.0 * (h - top - bottom);
    let line: String = c
        .points
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.x as f64), y(value(p))))
        .collect::<Vec<_>>()
        .join(" ");
    let summary = match (c.points.first(), c.points.last()) {
        (Some(first), Some(last)) => format!(
            "Chart of {} over {}: from {} in the first to {} in the latest.",
            what.to_lowercase(),
            count(c.points.len(), "session"),
            percent(value(first)),
            percent(value(last))
        ),
        _ => "Chart with no sessions yet.".into(),
    };
    html! {
        <figure class="chart tracker-chart">
            <figcaption class="chart__caption">{ format!("{what}, each session") }</figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {w} {h}")} role="img" aria-label={summary}>
                <rect class="chart__plot" x={left.to_string()} y={top.to_string()}
                    width={(w - left - right).to_string()} height={(h - top - bottom).to_string()} />
                { for [0.0, 50.0, 100.0].iter().map(|v| html! {
                    <g class="chart__tick">
                        <line x1={left.to_string()} x2={(w - right).to_string()} y1={y(*v).to_string()} y2={y(*v).to_string()} />
                        <text x={(left - 6.0).to_string()} y={(y(*v) + 4.0).to_string()} text-anchor="end">{ percent(*v) }</text>
                    </g>
                }) }
                { for c.phase_lines.iter().map(|p| html! {
                    <g class="tracker-chart__phase">
                        <line x1={x(p.x).to_string()} x2={x(p.x).to_string()} y1={top.to_string()} y2={(h - bottom).to_string()} />
                        <text x={(x(p.x) + 4.0).to_string()} y={(top + 12.0).to_string()}>{ format!("Phase {}", p.phase) }</text>
                    </g>
                }) }
                if let Some(((x1, y1), (x2, y2))) = c.aim {
                    <line class="tracker-chart__aim" x1={x(x1).to_string()} y1={y(y1).to_string()}
                        x2={x(x2).to_string()} y2={y(y2).to_string()} />
                }
                <polyline class="chart__line" points={line} />
                { for c.points.iter().map(|p| html! {
                    <circle class="tracker-chart__point" cx={x(p.x as f64).to_string()} cy={y(value(p)).to_string()} r="5" />
                }) }
                { for c.points.iter().map(|p| html! {
                    <text class="chart__tick" x={x(p.x as f64).to_string()} y={(h - bottom + 18.0).to_string()} text-anchor="middle">{ p.x + 1 }</text>
                }) }
            </svg>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct PhaseFormProps {
    tracker: TaskTracker,
    stalled: bool,
}

/// Start a new phase: a procedure, and the option the team agreed if learning stalled.
#[function_component(PhaseForm)]
fn phase_form(props: &PhaseFormProps) -> Html {
    let tool = use_tracker();
    let t = &props.tracker;
    let procedure = use_state(|| t.phase().procedure);
    let reason = use_state(|| None::<ImprovementOption>);
    let (note, on_note) = use_text(String::new);
    let task = t.task;
    let on_procedure = {
        let procedure = procedure.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = Procedure::ALL.get(select.selected_index().max(0) as usize) {
                procedure.set(*p);
            }
        })
    };
    let on_submit = {
        let tool = tool.clone();
        let (procedure, reason, note) = (procedure.clone(), reason.clone(), note.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tool.act(Action::ChangePhase {
                task,
                procedure: *procedure,
                date: today(),
                reason: *reason,
                note: (*note).clone(),
            });
            note.set(String::new());
        })
    };
    let pick = |r: Option<ImprovementOption>| {
        let reason = reason.clone();
        Callback::from(move |_: Event| reason.set(r))
    };
    let choices = std::iter::once((None, "No stall: just a new procedure", "")).chain(
        ImprovementOption::ALL
            .iter()
            .map(|o| (Some(*o), o.label(), o.hint())),
    );
    html! {
        <form class="phase-form" onsubmit={on_submit}>
            <h3>{ "Teaching phases" }</h3>
            <ul>
                { for t.phases.iter().map(|p| html! {
                    <li>{ format!("{}{}", p.label(), if p.started.is_empty() { String::new() } else { format!(", from {}", p.started) }) }
                        if !p.note.is_empty() { { format!(" ({})", p.note) } }
                    </li>
                }) }
            </ul>
            <h4>{ "Start a new phase" }</h4>
            <div class="field">
                <label class="field-label" for="phase-procedure">{ "How prompts are given" }</label>
                <p class="field-hint" id="phase-procedure-hint">{ procedure.hint() }</p>
                <select id="phase-procedure" class="select" aria-describedby="phase-procedure-hint" onchange={on_procedure}>
                    { for Procedure::ALL.iter().map(|p| html! {
                        <option selected={*procedure == *p}>{ p.label() }</option>
                    }) }
                </select>
            </div>
            <fieldset class="fieldset field">
                <legend class="field-label">{ if props.stalled { "What the team agreed to try" } else { "Why" } }</legend>
                <div class="radios">
                    { for choices.enumerate().map(|(i, (r, label, hint))| {
                        let id = format!("phase-reason-{i}");
                        let hint_id = format!("{id}-hint");
                        html! {
                            <div class="radio radio--hinted">
                                <input class="radio-input" type="radio" name="phase-reason" id={id.clone()}
                                    checked={*reason == r} onchange={pick(r)}
                                    aria-describedby={(!hint.is_empty()).then(|| hint_id.clone())} />
                                <label class="radio-label" for={id}>
                                    { label }
                                    if !hint.is_empty() {
                                        <span class="field-hint radio-hint" id={hint_id}>{ hint }</span>
                                    }
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="field">
                <label class="field-label" for="phase-note">{ "Note (optional)" }</label>
                <textarea id="phase-note" class="textarea" value={(*note).clone()} oninput={on_note}/>
            </div>
            <button type="submit" class="button button--secondary">{ "Start the new phase" }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct RulesProps {
    task_id: u64,
    rules: Rules,
}

/// The rules with their numbers, to change. The mastery warning shows beside the percent as
/// it is typed.
#[function_component(RulesForm)]
fn rules_form(props: &RulesProps) -> Html {
    let tool = use_tracker();
    let r = props.rules;
    let (m_sessions, on_m_sessions) = use_text(|| r.mastery.sessions.to_string());
    let (m_percent, on_m_percent) = use_text(|| r.mastery.percent.to_string());
    let (f_fade, on_f_fade) = use_text(|| r.fading.sessions_to_fade.to_string());
    let (f_back, on_f_back) = use_text(|| r.fading.errors_to_step_back.to_string());
    let (n_flat, on_n_flat) = use_text(|| r.no_progress.flat_sessions.to_string());
    let (n_aim, on_n_aim) = use_text(|| r.no_progress.points_below_aim.to_string());
    let warning = m_percent
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|p| *p < WARN_BELOW_PERCENT)
        .and_then(|percent| {
            MasteryRule {
                sessions: 1,
                percent,
            }
            .warning()
        });
    let task = crate::tasks::TaskId(props.task_id);
    let on_submit = {
        let tool = tool.clone();
        let values = [
            m_sessions.clone(),
            m_percent.clone(),
            f_fade.clone(),
            f_back.clone(),
            n_flat.clone(),
            n_aim.clone(),
        ];
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let numbers: Option<Vec<u32>> = values.iter().map(|v| v.trim().parse().ok()).collect();
            match numbers.as_deref() {
                Some(&[ms, mp, ff, fb, nf, na]) => tool.act(Action::SetRules {
                    task,
                    rules: Rules {
                        mastery: MasteryRule {
                            sessions: ms,
                            percent: mp,
                        },
                        fading: FadingRule {
                            sessions_to_fade: ff,
                            errors_to_step_back: fb,
                        },
                        no_progress: NoProgressRule {
                            flat_sessions: nf,
                            points_below_aim: na,
                        },
                    },
                }),
                _ => tool.act(Action::Notify(
                    "Type a whole number in every rule box.".into(),
                )),
            }
        })
    };
    let number = |id: &'static str,
                  label: &'static str,
                  hint: &'static str,
                  value: &UseStateHandle<String>,
                  oninput: Callback<InputEvent>,
                  warning: Option<String>| {
        let hint_id = format!("{id}-hint");
        // A warning is tied to its box (aria-describedby), so a screen reader reads it
        // with the box, as GOV.UK ties an error message to its field.
        let warning_id = format!("{id}-warning");
        let described = if warning.is_some() {
            format!("{hint_id} {warning_id}")
        } else {
            hint_id.clone()
        };
        html! {
            <div class="field">
                <label class="field-label" for={id}>{ label }</label>
                <p class="field-hint" id={hint_id}>{ hint }</p>
                <div class="input-wrap">
                    <input id={id} class="input w-4" type="text" inputmode="numeric" autocomplete="off"
                        aria-describedby={described} value={(**value).clone()} {oninput} />
                    if let Some(w) = warning {
                        <p class="field-error rule-warning" id={warning_id}>{ w }</p>
                    }
                </div>
            </div>
        }
    };
    html! {
        <form class="rules-form" onsubmit={on_submit}>
            <h3>{ "Rules" }</h3>
            <p>{ "The tracker uses these to say when a step is learned, when to give less help, and when learning has stopped. The numbers start from what research suggests; change them if the team agrees." }</p>
            <fieldset class="fieldset">
                <legend class="field-label">{ "1. When a step is learned" }</legend>
                { number("rule-mastery-sessions", "Sessions in a row to look at", "Usually 3.", &m_sessions, on_m_sessions, None) }
                { number("rule-mastery-percent", "Percent of them done on their own", "Usually 100.", &m_percent, on_m_percent, warning.clone()) }
            </fieldset>
            <fieldset class="fieldset">
                <legend class="field-label">{ "2. When to change the help" }</legend>
                { number("rule-fade", "Sessions at a level before trying less help", "Usually 2.", &f_fade, on_f_fade, None) }
                { number("rule-step-back", "Sessions with errors before giving more help", "Usually 2.", &f_back, on_f_back, None) }
            </fieldset>
            <fieldset class="fieldset">
                <legend class="field-label">{ "3. When learning has stopped" }</legend>
                { number("rule-flat", "Sessions with no gain", "Usually 4.", &n_flat, on_n_flat, None) }
                { number("rule-below-aim", "Sessions below the aim line", "Usually 4.", &n_aim, on_n_aim, None) }
            </fieldset>
            <button type="submit" class="button button--secondary">{ "Save the rules" }</button>
        </form>
    }
}
