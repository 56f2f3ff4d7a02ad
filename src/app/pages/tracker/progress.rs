//! A task's progress: a chart with the sessions table as its alternative, the step-by-step
//! matrix with mastery, what the rules find in words, a new phase when learning has stalled,
//! and the rules themselves, with their numbers, to change.

use super::record::level_class;
use super::use_tracker;
use crate::app::clock::today;
use crate::app::components::hooks::use_text;
use crate::app::pages::parts::button;
use crate::calendar::say_stored;
use crate::tasks::{StepId, TaskAnalysis};
use crate::tracker::chart::Drawing;
use crate::tracker::progress::CsvFor;
use crate::tracker::rules::{percent, WARN_BELOW_PERCENT};
use crate::tracker::{
    Chart, Explained, FadingRule, ImprovementOption, MasteryRule, MasteryStatus, NoProgressFlag,
    NoProgressRule, Procedure, Response, Rules, TaskTracker,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub task: TaskAnalysis,
    /// The person's label, for the CSV's rows and name.
    pub person: AttrValue,
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
    let steps: Vec<_> = task.steps().iter().map(|s| s.id).collect();
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
        let (tracker, task, person) = (tracker.clone(), task.clone(), props.person.clone());
        Callback::from(move |_| tool.notify(download_csv(&tracker, &task, &person)))
    };

    html! {
        <div class="progress">
            <h3 id="progress-heading">{ t!("track-progress") }</h3>
            // The report in words: printed at the top, and read by anyone who prefers words.
            <ul class="progress-report">
                { for report.iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
            if !tracker.sessions.is_empty() {
                <div class="button-row no-print">
                    { button("button button--secondary", t!("track-print"), print, false) }
                    { button("button button--secondary", t!("track-download"), download_csv, false) }
                </div>
            }
            if tracker.sessions.is_empty() {
                <p>{ t!("track-no-sessions") }</p>
            } else {
                { chart_view(&tracker.chart(), tracker.aim.as_ref().map(|a| a.measure).unwrap_or_default()) }
                { sessions_table(&tracker) }
                <p class="field-hint">{ t!("track-weighted-hint") }</p>
                { matrix_table(task, &tracker, &steps) }
                { key(&tracker) }
            }
            { findings(&fading, stall.as_ref()) }
            <PhaseForm tracker={tracker.clone()} stalled={stall.is_some()} />
            <RulesForm task_id={task.id.0} rules={tracker.rules} />
        </div>
    }
}

/// Every response as CSV, downloaded; what happened, for the status line.
fn download_csv(tracker: &TaskTracker, task: &TaskAnalysis, person: &str) -> String {
    let whose = CsvFor {
        person,
        task: &task.title,
    };
    let text = crate::tracker::progress::csv(whose, &tracker.sessions, |version, step| {
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
    let name = whose.file_name(&today());
    match crate::app::components::download::download_as(&name, "text/csv", &text) {
        Ok(()) => t!("track-downloaded", file = name.as_str()),
        Err(()) => t!("track-download-failed"),
    }
}

/// A phase's name for a sentence: the tracker's own label, or its number.
fn phase_label(tracker: &TaskTracker, n: u32) -> String {
    tracker
        .phases
        .iter()
        .find(|p| p.number == n)
        .map_or_else(|| t!("track-phase", number = n), |p| p.label())
}

/// The sessions as a table: the chart's text alternative.
fn sessions_table(tracker: &TaskTracker) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t!("track-sessions-table")}>
            <table class="table progress-sessions">
                <caption class="table__caption">{ t!("track-sessions-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!("track-col-session") }</th>
                        <th scope="col">{ t!("track-col-date") }</th>
                        <th scope="col">{ t!("track-col-phase") }</th>
                        <th scope="col" class="num">{ t!("track-col-alone") }</th>
                        <th scope="col" class="num">{ t!("track-col-weighted") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for tracker.scores().iter().enumerate().map(|(i, s)| html! {
                        <tr>
                            <td>{ crate::i18n::number::integer(crate::i18n::lang(), i as i64 + 1) }</td>
                            <td>{ crate::tracker::report::say_when(&s.date) }</td>
                            <td>{ phase_label(tracker, s.phase) }</td>
                            <td class="num">{ t!("track-alone-cell", percent = percent(s.percent_independent), independent = s.independent, count = s.scored) }</td>
                            <td class="num">{ percent(s.weighted) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Step by session: the code of each response, and whether the step is learned.
fn matrix_table(task: &TaskAnalysis, tracker: &TaskTracker, steps: &[StepId]) -> Html {
    let matrix = tracker.matrix(steps);
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={t!("track-matrix-table")}>
            <table class="table matrix">
                <caption class="table__caption">{ t!("track-matrix-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!("track-col-step") }</th>
                        { for tracker.sessions.iter().enumerate().map(|(i, _)| html! {
                            <th scope="col" class="matrix__session">
                                <span class="visually-hidden">{ t!("track-col-session") }{ " " }</span>{ i + 1 }
                            </th>
                        }) }
                        <th scope="col">{ t!("track-col-learned") }</th>
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
                                            cell.response.map_or_else(|| t!("track-not-recorded"), |r| r.label(&s.hierarchy))
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
    }
}

/// What the rules find, in words: steps ready to fade (by number), and a stall.
fn findings(fading: &[(usize, String)], stall: Option<&Explained<NoProgressFlag>>) -> Html {
    html! {
        <>
            <h3>{ t!("track-findings") }</h3>
            if fading.is_empty() && stall.is_none() {
                <p>{ t!("track-findings-none") }</p>
            }
            if !fading.is_empty() {
                <ul class="findings">
                    { for fading.iter().map(|(n, why)| html! { <li>{ t!("track-step-words", number = *n, words = why.as_str()) }</li> }) }
                </ul>
            }
            if let Some(flag) = stall {
                <div class="notice notice--warning stall">
                    <h4 class="notice__title">{ t!("track-stall-title") }</h4>
                    <p>{ &flag.why }</p>
                    <p>{ t!("track-stall-hint") }</p>
                    <ul>
                        { for flag.value.options.iter().map(|o| html! {
                            <li><strong>{ o.label() }</strong>{ ": " }{ o.hint() }</li>
                        }) }
                    </ul>
                </div>
            }
        </>
    }
}

/// What the codes in the matrix mean.
fn key(tracker: &TaskTracker) -> Html {
    let h = &tracker.hierarchy;
    html! {
        <p class="matrix-key">
            <span class="field-label">{ t!("track-key") }{ " " }</span>
            { for h.levels.iter().map(|l| html! { <span class="matrix-key__item">{ format!("{} {}", l.shown_code(), l.shown_name()) }</span> }) }
            { for [Response::NoResponse, Response::Error, Response::NotApplicable].into_iter().map(|r| html! {
                <span class="matrix-key__item">{ format!("{} {}", r.code(h), r.label(h)) }</span>
            }) }
        </p>
    }
}

/// A line chart of the steps done on their own (or the weighted score, when the aim line is
/// set on it: `measure`, so the two compare like with like), with the aim line and a line at
/// each phase change. The sessions table below is its text alternative. The geometry is
/// [`Drawing`]'s; this only draws it.
fn chart_view(chart: &Chart, measure: crate::tracker::progress::Measure) -> Html {
    let d = Drawing::new(chart, measure);
    html! {
        <figure class="chart tracker-chart">
            <figcaption class="chart__caption">{ t!("track-chart-caption", what = d.what.as_str()) }</figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", d.width, d.height)} role="img" aria-label={d.summary}>
                <rect class="chart__plot" x={d.plot.x.to_string()} y={d.plot.y.to_string()}
                    width={d.plot.width.to_string()} height={d.plot.height.to_string()} />
                { for d.y_ticks.iter().map(|t| html! {
                    <g class="chart__tick">
                        <line x1={t.line.from.x.to_string()} x2={t.line.to.x.to_string()} y1={t.line.from.y.to_string()} y2={t.line.to.y.to_string()} />
                        <text x={t.at.x.to_string()} y={t.at.y.to_string()} text-anchor="end">{ &t.label }</text>
                    </g>
                }) }
                { for d.phase_lines.iter().map(|p| html! {
                    <g class="tracker-chart__phase">
                        <line x1={p.line.from.x.to_string()} x2={p.line.to.x.to_string()} y1={p.line.from.y.to_string()} y2={p.line.to.y.to_string()} />
                        <text x={p.at.x.to_string()} y={p.at.y.to_string()}>{ &p.label }</text>
                    </g>
                }) }
                if let Some(aim) = d.aim {
                    <line class="tracker-chart__aim" x1={aim.from.x.to_string()} y1={aim.from.y.to_string()}
                        x2={aim.to.x.to_string()} y2={aim.to.y.to_string()} />
                }
                <polyline class="chart__line" points={d.line} />
                { for d.points.iter().map(|p| html! {
                    <circle class="tracker-chart__point" cx={p.x.to_string()} cy={p.y.to_string()} r="5" />
                }) }
                { for d.x_ticks.iter().map(|t| html! {
                    <text class="chart__tick" x={t.at.x.to_string()} y={t.at.y.to_string()} text-anchor="middle">{ &t.label }</text>
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
            tool.change_phase(task, *procedure, *reason, (*note).clone());
            note.set(String::new());
        })
    };
    let pick = |r: Option<ImprovementOption>| {
        let reason = reason.clone();
        Callback::from(move |_: Event| reason.set(r))
    };
    let choices = std::iter::once((None, t!("track-phase-no-stall"), String::new())).chain(
        ImprovementOption::ALL
            .iter()
            .map(|o| (Some(*o), o.label(), o.hint())),
    );
    html! {
        <form class="phase-form" onsubmit={on_submit}>
            <h3>{ t!("track-phases") }</h3>
            <ul>
                { for t.phases.iter().map(|p| html! {
                    <li>{ if p.started.is_empty() { p.label() } else { t!("track-phase-from", phase = p.label(), date = say_stored(&p.started)) } }
                        if !p.note.is_empty() { { format!(" ({})", p.note) } }
                    </li>
                }) }
            </ul>
            <h4>{ t!("track-phase-new") }</h4>
            <div class="field">
                <label class="field-label" for="phase-procedure">{ t!("track-phase-procedure") }</label>
                <p class="field-hint" id="phase-procedure-hint">{ procedure.hint() }</p>
                <select id="phase-procedure" class="select" aria-describedby="phase-procedure-hint" onchange={on_procedure}>
                    { for Procedure::ALL.iter().map(|p| html! {
                        <option selected={*procedure == *p}>{ p.label() }</option>
                    }) }
                </select>
            </div>
            <fieldset class="fieldset field">
                <legend class="field-label">{ if props.stalled { t!("track-phase-agreed") } else { t!("track-phase-why") } }</legend>
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
                <label class="field-label" for="phase-note">{ t!("track-phase-note") }</label>
                <textarea id="phase-note" class="textarea" value={(*note).clone()} oninput={on_note}/>
            </div>
            <button type="submit" class="button button--secondary">{ t!("track-phase-start") }</button>
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
                Some(&[ms, mp, ff, fb, nf, na]) => tool.set_rules(
                    task,
                    Rules {
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
                ),
                _ => tool.notify(t!("track-rules-whole")),
            }
        })
    };
    let number = |id: &'static str,
                  label: String,
                  hint: String,
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
            <h3>{ t!("track-rules") }</h3>
            <p>{ t!("track-rules-intro") }</p>
            <fieldset class="fieldset">
                <legend class="field-label">{ t!("track-rules-mastery") }</legend>
                { number("rule-mastery-sessions", t!("track-rule-mastery-sessions"), t!("track-usually", value = 3), &m_sessions, on_m_sessions, None) }
                { number("rule-mastery-percent", t!("track-rule-mastery-percent"), t!("track-usually", value = 100), &m_percent, on_m_percent, warning.clone()) }
            </fieldset>
            <fieldset class="fieldset">
                <legend class="field-label">{ t!("track-rules-fading") }</legend>
                { number("rule-fade", t!("track-rule-fade"), t!("track-usually", value = 2), &f_fade, on_f_fade, None) }
                { number("rule-step-back", t!("track-rule-step-back"), t!("track-usually", value = 2), &f_back, on_f_back, None) }
            </fieldset>
            <fieldset class="fieldset">
                <legend class="field-label">{ t!("track-rules-no-progress") }</legend>
                { number("rule-flat", t!("track-rule-flat"), t!("track-usually", value = 4), &n_flat, on_n_flat, None) }
                { number("rule-below-aim", t!("track-rule-below-aim"), t!("track-usually", value = 4), &n_aim, on_n_aim, None) }
            </fieldset>
            <button type="submit" class="button button--secondary">{ t!("track-rules-save") }</button>
        </form>
    }
}
