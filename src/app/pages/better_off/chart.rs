//! The chart of income against hours, drawn as SVG from the library's geometry. It is
//! readable without sight: a title and summary, a focusable chart whose arrow keys step
//! through the points (each read out), and a table alternative.

use super::AnswerRef;
use crate::better_off::chart::{
    hours_free_key, Chart, CliffMark, TableRow, WeeklySweep, HOURS_BELOW, NARROWEST, WIDTH,
};
use crate::better_off::format::{format_hours, format_pence};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub answer: AnswerRef,
    pub offer: usize,
}

#[function_component(IncomeChart)]
pub fn income_chart(props: &ChartProps) -> Html {
    let a = &props.answer.0;
    // The sweep (121 points), and its conversion to weekly money, do not depend on the
    // job's hours, so moving the hours only moves the marker: they are worked out again
    // only when anything else changes.
    let sweep = use_memo(hours_free_key(&a.scenario, props.offer), |_| {
        a.scenario
            .offers
            .get(props.offer)
            .map(|job| WeeklySweep::new(&a.household.sweep(job)))
    });
    let figure = use_node_ref();
    let width = use_chart_width(&figure);
    let chart = use_memo(
        (props.answer.clone(), props.offer, *width),
        |(answer, offer, width)| {
            let a = &answer.0;
            // The job's own figures are the answer's (the engine's `in_work`), not worked
            // out again here.
            let job = a.scenario.offers.get(*offer)?;
            let in_work = &a.report.offers.get(*offer)?.in_work.figures;
            let sweep = sweep.as_ref().as_ref()?;
            Some(Chart::from_weekly(
                sweep,
                &a.baseline,
                job.hours_per_week,
                in_work,
                a.household.country,
                f64::from(*width),
            ))
        },
    );
    let chart_rc = chart.clone();
    let Some(chart) = chart.as_ref() else {
        return html! {};
    };
    // The point the keyboard or pointer is on; starts at the offer.
    let start = chart.points.iter().position(|p| p.is_offer).unwrap_or(0);
    let cursor = use_state(|| None::<usize>);
    let at = cursor
        .unwrap_or(start)
        .min(chart.points.len().saturating_sub(1));
    let onkeydown = step_with_keys(&cursor, at, chart.points.len().saturating_sub(1));
    let onpointermove = follow_pointer(&cursor, chart);

    let point = chart.points.get(at);
    html! {
        <figure class="chart" ref={figure}>
            <figcaption class="chart__caption">
                <span class="chart__title">{ &chart.title }</span>
                <span class="chart__measure">{ &a.measure }</span>
            </figcaption>
            <svg
                class="chart__svg"
                viewBox={format!("0 0 {} {}", chart.width, chart.height)}
                role="img"
                tabindex="0"
                aria-label={t!("result-chart-label", title = chart.title.clone(), summary = chart.summary.clone())}
                {onkeydown}
                {onpointermove}
            >
                <Backdrop chart={chart_rc.clone()} />
                { offer_mark(chart) }
                if let Some(pt) = point {
                    <circle class="chart__cursor" cx={pt.x.to_string()} cy={pt.y.to_string()} r="7" />
                }
            </svg>
            <p class="chart__readout" aria-live="polite">
                { point.map(|pt| pt.aria_label.clone()).unwrap_or_default() }
            </p>
            if !chart.cliffs.is_empty() {
                <ul class="chart__cliffs">
                    { for chart.cliffs.iter().map(|c| html! { <li>{ &c.description }</li> }) }
                </ul>
            }
            if !chart.help_marks.is_empty() {
                <ul class="chart__help-lost">
                    { for chart.help_marks.iter().map(|c| html! { <li>{ &c.description }</li> }) }
                </ul>
            }
            <ChartTable title={chart.title.clone()} rows={chart.table_rows().to_vec()} />
            <span class="visually-hidden">{ a.rates.clone() }</span>
        </figure>
    }
}

/// The arrow keys step through the points, Home and End go to the first and last.
fn step_with_keys(
    cursor: &UseStateHandle<Option<usize>>,
    at: usize,
    last: usize,
) -> Callback<KeyboardEvent> {
    let cursor = cursor.clone();
    Callback::from(move |e: KeyboardEvent| {
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowUp" => (at + 1).min(last),
            "ArrowLeft" | "ArrowDown" => at.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        e.prevent_default();
        cursor.set(Some(next));
    })
}

/// The point nearest the pointer, across.
fn follow_pointer(cursor: &UseStateHandle<Option<usize>>, chart: &Chart) -> Callback<PointerEvent> {
    let cursor = cursor.clone();
    let xs: Vec<f64> = chart.points.iter().map(|p| p.x).collect();
    let width = chart.width;
    Callback::from(move |e: PointerEvent| {
        let Some(target) = e.current_target() else {
            return;
        };
        let el: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(target);
        let shown = el.get_bounding_client_rect().width();
        if shown <= 0.0 {
            return;
        }
        let x = f64::from(e.offset_x()) * width / shown;
        let nearest = xs
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| (*a - x).abs().total_cmp(&(*b - x).abs()))
            .map(|(i, _)| i);
        cursor.set(nearest);
    })
}

#[derive(Properties)]
struct BackdropProps {
    /// Always a chart (the view draws none without one).
    chart: Rc<Option<Chart>>,
}

/// Compared by what the backdrop draws, so moving the hours leaves it alone.
impl PartialEq for BackdropProps {
    fn eq(&self, other: &Self) -> bool {
        match (self.chart.as_ref(), other.chart.as_ref()) {
            (Some(a), Some(b)) => a.same_backdrop(b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// The chart itself, inside the `<svg>`, behind the offer: the plot, ticks, both lines and
/// the cliffs. Its hundred or so elements are not built or compared again while only the
/// job's hours change (see [`Chart::same_backdrop`]).
#[function_component(Backdrop)]
fn backdrop(props: &BackdropProps) -> Html {
    let Some(chart) = props.chart.as_ref() else {
        return html! {};
    };
    let p = chart.plot;
    html! {
        <>
            <rect class="chart__plot" x={p.x.to_string()} y={p.y.to_string()}
                width={p.width.to_string()} height={p.height.to_string()} />
            { for chart.y_ticks.iter().map(|t| html! {
                <g class="chart__tick">
                    <line x1={p.x.to_string()} x2={(p.x + p.width).to_string()}
                        y1={t.position.to_string()} y2={t.position.to_string()} />
                    <text x={(p.x - 6.0).to_string()} y={(t.position + 4.0).to_string()} text-anchor="end">{ &t.label }</text>
                </g>
            }) }
            // The last hour label ends at the plot's edge, so a longer word ("48 awr")
            // is not cut off.
            { for chart.x_ticks.iter().enumerate().map(|(i, t)| html! {
                <text class="chart__tick" x={t.position.to_string()} y={(p.y + p.height + HOURS_BELOW).to_string()}
                    text-anchor={if i + 1 == chart.x_ticks.len() { "end" } else { "middle" }}>{ &t.label }</text>
            }) }
            <path class="chart__now" d={chart.out_of_work_path.clone()} />
            <text class="chart__now-label" x={chart.out_of_work_label.x.to_string()}
                y={chart.out_of_work_label.y.to_string()} text-anchor={chart.out_of_work_label.anchor}>{ &chart.out_of_work_label.text }</text>
            <path class="chart__line" d={chart.in_work_path.clone()} />
            { for chart.cliffs.iter().map(|c| mark(c, "chart__cliff")) }
            { for chart.help_marks.iter().map(|c| mark(c, "chart__help")) }
        </>
    }
}

/// The offer's line and words, in front of the backdrop.
fn offer_mark(chart: &Chart) -> Html {
    let p = chart.plot;
    match (&chart.offer, chart.offer_words()) {
        (Some(o), Some(words)) => html! {
            <g class="chart__offer">
                <line x1={o.x.to_string()} x2={o.x.to_string()} y1={p.y.to_string()} y2={(p.y + p.height).to_string()} />
                <text x={words.x.to_string()} y={words.y.to_string()} text-anchor={words.anchor}>{ &words.text }</text>
            </g>
        },
        _ => html! {},
    }
}

/// A cliff or the end of help in kind: a dot on the line, a thin line to its short label
/// (up to it, or down where there was no room above), placed by the library to stay
/// inside the chart and off the other words.
fn mark(c: &CliffMark, class: &'static str) -> Html {
    let l = &c.label_at;
    let leader_to = if l.y < c.y { l.y + 4.0 } else { l.y - 12.0 };
    html! {
        <g class={class}>
            <line class="chart__leader" x1={c.x.to_string()} x2={c.x.to_string()}
                y1={c.y.to_string()} y2={leader_to.to_string()} />
            <circle cx={c.x.to_string()} cy={c.y.to_string()} r="5" />
            <text x={l.x.to_string()} y={l.y.to_string()} text-anchor={l.anchor}>{ &l.text }</text>
            if let Some(n) = &c.label_next {
                <text x={n.x.to_string()} y={n.y.to_string()} text-anchor={n.anchor}>{ &n.text }</text>
            }
        </g>
    }
}

/// The width the chart really has, in CSS pixels: first the window's (less the page's
/// margins), then the figure's own once drawn and after each resize. The chart is drawn at
/// this width so its words are the size the style sheet sets, not scaled down on a phone.
#[hook]
fn use_chart_width(figure: &NodeRef) -> UseStateHandle<u32> {
    let width = use_state_eq(|| {
        let window = gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(WIDTH);
        (window - 32.0).clamp(NARROWEST, WIDTH) as u32
    });
    {
        let width = width.clone();
        let figure = figure.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = figure.cast::<web_sys::Element>() {
                    let w = el.client_width();
                    if w > 0 {
                        width.set(f64::from(w).clamp(NARROWEST, WIDTH) as u32);
                    }
                }
            };
            measure();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                });
            move || drop(listener)
        });
    }
    width
}

#[derive(Properties, PartialEq)]
struct ChartTableProps {
    title: String,
    rows: Vec<TableRow>,
}

/// The chart as a table. Its rows do not depend on the job's hours, so it is compared by
/// value and left alone (150 or so elements not diffed again) while only the hours change.
#[function_component(ChartTable)]
fn chart_table(props: &ChartTableProps) -> Html {
    html! {
        <details class="chart__table">
            <summary>{ t!("result-chart-table-show") }</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label={t!("result-chart-table-label")}>
                <table class="table">
                    <caption class="visually-hidden">{ &props.title }</caption>
                    <thead><tr>
                        <th scope="col">{ t!("result-chart-col-hours") }</th>
                        <th scope="col" class="num">{ t!("result-chart-col-pay") }</th>
                        <th scope="col" class="num">{ t!("result-row-uc") }</th>
                        <th scope="col" class="num">{ t!("result-row-left") }</th>
                        <th scope="col" class="num">{ t!("result-chart-col-better") }</th>
                    </tr></thead>
                    <tbody>
                        { for props.rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ format_hours(r.hours) }</th>
                                <td class="num">{ format_pence(r.pay) }</td>
                                <td class="num">{ format_pence(r.universal_credit) }</td>
                                <td class="num">{ format_pence(r.total_income) }</td>
                                <td class="num">{ format_pence(r.better_off) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
