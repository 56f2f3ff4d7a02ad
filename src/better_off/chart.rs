//! Geometry for the "household income against hours" chart, worked out here so the view only
//! copies numbers and strings into `<svg>`: the plot area, round ticks, the in-work line from
//! the engine's half-hour [`Sweep`], a flat line for income now, the offer marked, each cliff
//! labelled in the engine's plain words ([`crate::better_off::engine::CliffCause::describe`]), and
//! focusable data points with spoken labels so the chart can be read by keyboard and screen
//! reader. [`Chart::table_rows`] is the same data as a table.
//!
//! Income is weekly (the headline is weekly) and is what is left after childcare and travel
//! and before housing costs, which do not change with hours: the gap between the two lines is
//! then exactly the better-off amount. Money stays [`Money`]; only pixel coordinates are
//! `f64`, and the sweep's `f64` figures are turned back into pence at the edge.

use super::baseline::Baseline;
use super::format::{format_hours, format_pounds, hours_phrase};
use super::verdict::Verdict;
use crate::better_off::engine::{CliffCause, Figures, Household, Sweep, SweepPoint};
use crate::better_off::params::Country;
use crate::better_off::rules::help_in_kind::Kind;
use crate::better_off::scenario::{JobOffer, Scenario};
use crate::money::Money;
pub use crate::svg::Rect;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use std::cell::RefCell;

/// The SVG's own units on a wide screen. The view gives the width its container really has
/// (down to [`NARROWEST`]), so that one unit is one CSS pixel and text set at 13px in the
/// style sheet is 13px on a phone too, not scaled down with the drawing.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 360.0;
pub const NARROWEST: f64 = 280.0;
/// Room for "−£1,200" on the left and "48 h" underneath.
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// Below this plot width the hours are labelled every 16 hours, not 8, so "48 awr" and
/// its neighbours do not run into each other.
const NARROW_PLOT: f64 = 400.0;
/// Hours across: 0 to 48, or to 56 for an offer of 48 to 56 hours (the sweep stops at 60).
const HOURS_SHOWN: u32 = 48;
const HOURS_SHOWN_LONG: u32 = 56;
const X_TICK_EVERY: u32 = 8;
const POINT_EVERY: u32 = 4;
const TABLE_EVERY: u32 = 2;

/// Everything the view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// `viewBox="0 0 {width} {height}"`.
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// For `<title>`: what the chart shows.
    pub title: String,
    /// For `<desc>`: the answer in a sentence or two, for anyone who cannot see the lines.
    pub summary: String,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    /// `d` of the in-work line.
    pub in_work_path: String,
    /// `d` of the flat line for income now.
    pub out_of_work_path: String,
    /// "Now: £300 a week", placed at the right-hand end of the flat line.
    pub out_of_work_label: Label,
    /// The offer's hours (none when the offer is beyond the hours shown).
    pub offer: Option<Label>,
    /// Where the offer's words go (see [`Chart::offer_words`]).
    offer_words: Option<Label>,
    pub cliffs: Vec<CliffMark>,
    /// Where help in kind stops (free school meals, Healthy Start, prescriptions, a
    /// maternity grant): not money coming in, so marked apart from the cliffs.
    pub help_marks: Vec<CliffMark>,
    /// Focusable points, in order of hours.
    pub points: Vec<DataPoint>,
    rows: Vec<TableRow>,
}

/// A tick: `position` is x for the hours axis and y for the money axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub position: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub x: f64,
    pub y: f64,
    pub text: String,
    /// `text-anchor`: "start", "middle" or "end", chosen so the words stay inside the chart.
    pub anchor: &'static str,
}

/// A cliff: drawn at its top, where the next half hour leaves the household with less.
#[derive(Debug, Clone, PartialEq)]
pub struct CliffMark {
    pub x: f64,
    pub y: f64,
    /// Short, for beside the mark: "Carer's Allowance stops".
    pub label: String,
    /// Where the short label goes, kept inside the chart and off the other marks' labels.
    pub label_at: Label,
    /// The label's second line, under the first, when it is too long for the plot's width
    /// on one (a long Welsh label on a narrow phone).
    pub label_next: Option<Label>,
    /// Whole, for a tooltip or a list: "Between 16 and 16.5 hours a week, Carer's Allowance
    /// stops: £83 a week less."
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataPoint {
    pub hours: Decimal,
    pub x: f64,
    pub y: f64,
    /// "16 hours a week: £385 a week, £92 better off than now".
    pub aria_label: String,
    pub is_offer: bool,
    pub is_cliff: bool,
}

/// One row of the table alternative, weekly.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub hours: Decimal,
    /// Gross pay.
    pub pay: Money,
    pub universal_credit: Money,
    /// Net income after childcare and travel.
    pub total_income: Money,
    /// Against now, after childcare and travel.
    pub better_off: Money,
}

/// The scenario with only job `offer`, and that job's hours set to zero when it is paid by
/// the hour: everything the sweep and the heat map's grid depend on, and nothing more. Two
/// scenarios with the same key have the same sweep, so the views work it out again only
/// when the key changes, not on every edit of the hours. A salaried job keeps its hours,
/// since its hourly wage is the salary spread over them. `None` if there is no such job.
pub fn hours_free_key(s: &Scenario, offer: usize) -> Option<Scenario> {
    let mut job = s.offers.get(offer)?.clone();
    if job.annual_salary.is_none() {
        job.hours_per_week = Decimal::ZERO;
    }
    job.label = String::new();
    Some(Scenario {
        offers: vec![job],
        ..s.clone()
    })
}

impl Chart {
    /// The chart for `offer` on a prepared household, against "now" as the engine works it
    /// out, at the full width.
    pub fn build(h: &Household, offer: &JobOffer) -> Chart {
        Chart::from_sweep(
            &h.sweep(offer),
            &Baseline::new(&h.out_of_work(), None),
            offer.hours_per_week,
            &h.in_work(offer),
            h.country,
        )
    }

    /// The chart from a sweep already made, "now" and the figures in the offer (monthly, as
    /// the engine gives them) and the offer's hours, at the full width.
    pub fn from_sweep(
        sweep: &Sweep,
        baseline: &Baseline,
        offer_hours: Decimal,
        in_offer: &Figures,
        country: Country,
    ) -> Chart {
        Chart::from_weekly(
            &WeeklySweep::new(sweep),
            baseline,
            offer_hours,
            in_offer,
            country,
            WIDTH,
        )
    }

    /// The same as [`Chart::from_sweep`], from the sweep already turned into weekly money,
    /// which the view keeps while only the job's hours change, drawn `width` units wide
    /// (the container's CSS pixels).
    ///
    /// The lines are what is left to live on (after rent, council tax, childcare and travel,
    /// those the household has) and "now" is the answer's own ([`Baseline`]), so the gap
    /// between the two lines at the job's hours is the headline's figure.
    pub fn from_weekly(
        weekly_sweep: &WeeklySweep,
        baseline: &Baseline,
        offer_hours: Decimal,
        in_offer: &Figures,
        country: Country,
        width: f64,
    ) -> Chart {
        let sweep = &weekly_sweep.sweep;
        let long = offer_hours > Decimal::from(HOURS_SHOWN)
            && offer_hours <= Decimal::from(HOURS_SHOWN_LONG);
        let shown = if long { HOURS_SHOWN_LONG } else { HOURS_SHOWN };
        let now = baseline.left_weekly();
        let points: Vec<Weekly> = sweep
            .points
            .iter()
            .zip(&weekly_sweep.points)
            .filter(|(p, _)| p.hours <= f64::from(shown))
            .map(|(_, w)| w.against(baseline))
            .collect();
        let offer = (offer_hours <= Decimal::from(shown)).then(|| Weekly {
            hours: offer_hours,
            hours_f64: offer_hours.to_f64().unwrap_or(0.0),
            pay: weekly(in_offer.employment_income),
            universal_credit: weekly(in_offer.uc.award),
            left_monthly: in_offer.disposable_income,
            income: weekly(in_offer.disposable_income),
            better_off: baseline.better_off_weekly(in_offer),
        });
        let width = width.clamp(NARROWEST, WIDTH);
        let height = (width * 0.62).clamp(240.0, HEIGHT);
        let scale = Scale::fitting(&points, offer.as_ref(), now, shown, width, height);
        let plot = scale.plot;
        let cliffs = cliff_marks(sweep, &points, &scale, country, shown);
        let help_marks = help_marks(sweep, &points, &scale, shown);

        let y_now = scale.y(now);
        let (line, in_work_path) = weekly_sweep.line(&points, &scale, shown);
        let wage = super::format::format_pence(money(sweep.hourly_wage));
        let mut chart = Chart {
            width,
            height,
            plot,
            title: t!("result-chart-title", hours = shown, wage = wage),
            summary: summary(now, offer.as_ref(), &cliffs, &help_marks),
            x_ticks: hour_ticks(&scale, shown),
            y_ticks: money_ticks(&scale),
            in_work_path,
            out_of_work_path: path([(plot.x, y_now), (plot.x + plot.width, y_now)].into_iter()),
            out_of_work_label: Label {
                x: plot.x + plot.width - 4.0,
                // Above the line, inside the plot.
                y: (y_now - 6.0).max(plot.y + 14.0),
                text: t!("result-chart-now", amount = format_pounds(now)),
                anchor: "end",
            },
            offer: offer.as_ref().map(|o| Label {
                x: scale.at(o).0,
                y: scale.at(o).1,
                text: t!(
                    "result-chart-offer",
                    hours = hours_phrase(o.hours),
                    amount = format_pounds(o.income)
                ),
                anchor: "start",
            }),
            offer_words: None,
            points: data_points(&points, &cliffs, offer.as_ref(), &scale),
            rows: table(&points),
            cliffs: cliffs.into_iter().map(|(_, m)| m).collect(),
            help_marks,
        };
        place_labels(&mut chart, &line, y_now);
        chart
    }

    /// Whether `other` draws the same behind the offer: the plot, the ticks, both lines and
    /// their marks (everything but the offer's own line and words, and the points). Moving
    /// the hours changes none of these, so the view leaves them alone.
    pub fn same_backdrop(&self, other: &Chart) -> bool {
        self.width == other.width
            && self.height == other.height
            && self.plot == other.plot
            && self.x_ticks == other.x_ticks
            && self.y_ticks == other.y_ticks
            && self.in_work_path == other.in_work_path
            && self.out_of_work_path == other.out_of_work_path
            && self.out_of_work_label == other.out_of_work_label
            && self.cliffs == other.cliffs
            && self.help_marks == other.help_marks
    }

    /// Where the offer's words go: near the top of the plot, right of the job's line if
    /// they fit there, else left of it, off the axis labels, the other words and, where
    /// there is room, the lines (see [`place_labels`]).
    pub fn offer_words(&self) -> Option<Label> {
        self.offer_words.clone()
    }

    /// The box each word on the chart takes, as placed: the money and hours up the side
    /// and along the bottom, "Now", the offer's words and each mark's label. No two of
    /// them overlap, and all are inside the drawing.
    pub fn text_boxes(&self) -> Vec<(String, TextBox)> {
        let mut labels = axis_labels(self);
        labels.push(self.out_of_work_label.clone());
        labels.extend(self.offer_words.clone());
        labels.extend(
            self.cliffs
                .iter()
                .chain(&self.help_marks)
                .flat_map(|m| [Some(m.label_at.clone()), m.label_next.clone()])
                .flatten(),
        );
        labels
            .into_iter()
            .map(|l| (l.text.clone(), TextBox::of(&l)))
            .collect()
    }

    /// The table alternative: every 2 hours, weekly.
    pub fn table_rows(&self) -> &[TableRow] {
        &self.rows
    }
}

/// The hours along the bottom, every 8 hours (every 16 on a narrow chart).
fn hour_ticks(scale: &Scale, shown: u32) -> Vec<Tick> {
    let every = if scale.plot.width < NARROW_PLOT {
        2 * X_TICK_EVERY
    } else {
        X_TICK_EVERY
    };
    (0..=shown)
        .step_by(every as usize)
        .map(|h| Tick {
            position: scale.x(Decimal::from(h)),
            label: t!("result-heat-hours", hours = h.to_string()),
        })
        .collect()
}

/// The round pounds up the side.
fn money_ticks(scale: &Scale) -> Vec<Tick> {
    scale
        .axis
        .ticks()
        .map(|v| Tick {
            position: scale.y(v),
            label: format_pounds(v),
        })
        .collect()
}

/// The short name of a cliff for beside its mark: "ESA stops at 16 hours", "JSA stops".
fn cliff_label(cause: CliffCause, country: Country, to_hours: f64) -> String {
    let what = match cause {
        CliffCause::EsaStops if to_hours == 16.0 => "esa-16",
        CliffCause::EsaStops => "esa",
        CliffCause::JsaStops => "jsa",
        CliffCause::CarersAllowanceLimit if country == Country::Scotland => "carer-support",
        CliffCause::CarersAllowanceLimit => "carers-allowance",
        CliffCause::ScottishChildPaymentEnds => "scp",
        CliffCause::PensionAutoEnrolment => "pension",
        CliffCause::MarriageAllowanceEnds => "marriage",
        CliffCause::ChildBenefitCharge => "child-benefit",
        CliffCause::HousingBenefitMeansTested => "hb-means-tested",
        CliffCause::PensionCreditEnds => "pension-credit",
        CliffCause::HousingBenefitEnds => "hb-ends",
        CliffCause::WinterFuelCharge => "winter-fuel",
        CliffCause::PoundForPoundWithPensionContributions => "pound-for-pound",
        CliffCause::Other => "other",
    };
    t!("result-mark", what = what)
}

/// The short name of help in kind that stops: "Free school meals stop".
pub fn help_label(kind: Kind) -> String {
    let what = kind.id();
    t!("result-mark", what = what)
}

/// Each cliff within the hours shown: its mark at the top, and the point at its foot.
fn cliff_marks(
    sweep: &Sweep,
    points: &[Weekly],
    scale: &Scale,
    country: Country,
    shown: u32,
) -> Vec<(Weekly, CliffMark)> {
    sweep
        .cliffs
        .iter()
        .filter(|c| c.to_hours <= f64::from(shown))
        .filter_map(|c| {
            let before = at_hours(points, c.from_hours)?;
            let after = at_hours(points, c.to_hours)?;
            let words = c.cause.describe(country);
            let drop = weekly(money(c.drop_monthly));
            let description = t!(
                "result-chart-cliff",
                from = format_hours(before.hours),
                to = format_hours(after.hours),
                what = words,
                amount = format_pounds(drop)
            );
            let label = cliff_label(c.cause, country, c.to_hours);
            let mark = CliffMark::new(scale, before, label, description);
            Some((after.clone(), mark))
        })
        .collect()
}

/// Where each kind of help in kind stops within the hours shown, marked on the line.
fn help_marks(sweep: &Sweep, points: &[Weekly], scale: &Scale, shown: u32) -> Vec<CliffMark> {
    sweep
        .help_lost
        .iter()
        .filter(|h| h.to_hours <= f64::from(shown))
        .filter_map(|h| {
            let before = at_hours(points, h.from_hours)?;
            let after = at_hours(points, h.to_hours)?;
            let label = help_label(h.kind);
            let description = t!(
                "result-chart-help-lost",
                from = format_hours(before.hours),
                to = format_hours(after.hours),
                what = label.clone(),
                amount = format_pounds(money(h.yearly))
            );
            Some(CliffMark::new(scale, before, label, description))
        })
        .collect()
}

impl CliffMark {
    fn new(scale: &Scale, at: &Weekly, label: String, description: String) -> CliffMark {
        let (x, y) = scale.at(at);
        CliffMark {
            x,
            y,
            label_at: Label {
                x,
                y,
                text: label.clone(),
                anchor: "start",
            },
            label_next: None,
            label,
            description,
        }
    }
}

/// About how wide a label is at the chart's 13px type: generous, so a label is never
/// placed where it would run off the edge.
fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * 8.5
}

/// How far below the plot the hours are written (the baseline), clear of the lowest
/// money label.
pub const HOURS_BELOW: f64 = 20.0;
/// A 13px word's box about its baseline: generous, as [`text_width`] is.
const ASCENT: f64 = 12.0;
const DESCENT: f64 = 4.0;
/// The gap between lines of words placed in the plot.
const ROW: f64 = 16.0;

/// The box a word takes on the chart, in the SVG's units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl TextBox {
    /// The box of a label at the chart's 13px type.
    pub fn of(label: &Label) -> TextBox {
        let wide = text_width(&label.text);
        let left = match label.anchor {
            "end" => label.x - wide,
            "middle" => label.x - wide / 2.0,
            _ => label.x,
        };
        TextBox {
            left,
            top: label.y - ASCENT,
            right: left + wide,
            bottom: label.y + DESCENT,
        }
    }

    pub fn overlaps(&self, other: &TextBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether the segment from `a` to `b` passes through the box (Liang-Barsky clipping).
    fn crosses(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let mut t = (0.0_f64, 1.0_f64);
        for (p, q) in [
            (-dx, a.0 - self.left),
            (dx, self.right - a.0),
            (-dy, a.1 - self.top),
            (dy, self.bottom - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else if p < 0.0 {
                t.0 = t.0.max(q / p);
            } else {
                t.1 = t.1.min(q / p);
            }
        }
        t.0 <= t.1
    }
}

/// The money up the side and the hours along the bottom, as the view writes them.
fn axis_labels(chart: &Chart) -> Vec<Label> {
    let p = chart.plot;
    let money = chart.y_ticks.iter().map(|t| Label {
        x: p.x - 6.0,
        y: t.position + 4.0,
        text: t.label.clone(),
        anchor: "end",
    });
    // The last hour label ends at the plot's edge, so a longer word ("48 awr") fits.
    let last = chart.x_ticks.len().saturating_sub(1);
    let hours = chart.x_ticks.iter().enumerate().map(|(i, t)| Label {
        x: t.position,
        y: p.y + p.height + HOURS_BELOW,
        text: t.label.clone(),
        anchor: if i == last { "end" } else { "middle" },
    });
    money.chain(hours).collect()
}

/// Where the words in the plot may go: the boxes already taken, the lines to keep clear
/// of where there is room, and the lines of words from the top of the plot down.
struct Room<'a> {
    taken: Vec<TextBox>,
    lines: [&'a [(f64, f64)]; 2],
    /// Left and right inside the plot, and inside the whole drawing.
    inside: (f64, f64),
    drawing: (f64, f64),
    rows: Vec<f64>,
}

impl Room<'_> {
    /// A start for a word `wide` that keeps it inside the plot if it fits there (so off
    /// the money labels), else inside the drawing.
    fn clamp(&self, x: f64, wide: f64) -> f64 {
        let (left, right) = if wide <= self.inside.1 - self.inside.0 {
            self.inside
        } else {
            self.drawing
        };
        tenth(x.clamp(left, (right - wide).max(left)))
    }

    fn crosses_a_line(&self, b: &TextBox) -> bool {
        self.lines
            .iter()
            .any(|line| line.windows(2).any(|w| b.crosses(w[0], w[1])))
    }

    /// The first of `starts` on the first of `rows` where `lines` (one under the other)
    /// are off every word already placed and off the lines; else off the words only; else
    /// the first. The place is then taken.
    fn place(&mut self, lines: &[String], starts: &[f64], rows: &[f64]) -> Vec<Label> {
        let wide = lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let below = ROW * lines.len().saturating_sub(1) as f64;
        let block = |x: f64, y: f64| TextBox {
            left: x,
            top: y - ASCENT,
            right: x + wide,
            bottom: y + below + DESCENT,
        };
        let candidates: Vec<TextBox> = rows
            .iter()
            .filter(|&&y| y + below <= *self.rows.last().unwrap_or(&y))
            .flat_map(|&y| starts.iter().map(move |&x| (x, y)))
            .map(|(x, y)| block(self.clamp(x, wide), y))
            .collect();
        let free = |b: &&TextBox| !self.taken.iter().any(|t| t.overlaps(b));
        let chosen = candidates
            .iter()
            .filter(free)
            .find(|b| !self.crosses_a_line(b))
            .or_else(|| candidates.iter().find(free))
            .or(candidates.first())
            .copied()
            .unwrap_or_else(|| block(self.inside.0, self.rows[0]));
        self.taken.push(chosen);
        lines
            .iter()
            .enumerate()
            .map(|(k, text)| Label {
                x: chosen.left,
                y: chosen.top + ASCENT + ROW * k as f64,
                text: text.clone(),
                anchor: "start",
            })
            .collect()
    }
}

/// `text` on one line if it is at most `room` wide, else on two, broken at the space
/// nearest its middle.
fn lines_within(text: &str, room: f64) -> Vec<String> {
    let middle = text.len() / 2;
    let space = text
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match space {
        Some(i) if text_width(text) > room => {
            vec![text[..i].to_string(), text[i + 1..].to_string()]
        }
        _ => vec![text.to_string()],
    }
}

/// Places the offer's words and every mark's short label in the plot, in lines from the
/// top down: inside the plot, so off the money up the side (inside the drawing at least,
/// for a word longer than the plot is wide), off "Now", off each other, and off the two
/// lines where there is a place that is. The offer's words go first, beside the job's
/// line; each mark's label above its mark where it can, from left to right.
fn place_labels(chart: &mut Chart, line: &[(f64, f64)], y_now: f64) {
    let plot = chart.plot;
    let now_line = [(plot.x, y_now), (plot.x + plot.width, y_now)];
    let mut taken: Vec<TextBox> = axis_labels(chart).iter().map(TextBox::of).collect();
    taken.push(TextBox::of(&chart.out_of_work_label));
    let rows: Vec<f64> = (0..)
        .map(|k| plot.y + 14.0 + ROW * f64::from(k))
        .take_while(|y| y + DESCENT <= plot.y + plot.height)
        .collect();
    let mut room = Room {
        taken,
        lines: [line, &now_line],
        inside: (plot.x + 4.0, plot.x + plot.width - 4.0),
        drawing: (4.0, chart.width - 4.0),
        rows: rows.clone(),
    };
    let mut marks: Vec<&mut CliffMark> = chart
        .cliffs
        .iter_mut()
        .chain(chart.help_marks.iter_mut())
        .collect();
    marks.sort_by(|a, b| a.x.total_cmp(&b.x));
    for m in marks {
        // Above the mark first (its leader runs up to the words), then below it.
        let (above, below): (Vec<f64>, Vec<f64>) =
            rows.iter().partition(|y| **y + DESCENT + 4.0 <= m.y);
        let order: Vec<f64> = above.into_iter().chain(below).collect();
        let lines = lines_within(&m.label, room.inside.1 - room.inside.0);
        let wide = lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let mut placed = room
            .place(&lines, &[m.x - wide / 2.0, m.x, m.x - wide], &order)
            .into_iter();
        m.label_at = placed.next().unwrap_or_else(|| m.label_at.clone());
        m.label_next = placed.next();
    }
    // The offer's words last, in the room the marks leave: the marks do not depend on the
    // hours, so moving them leaves the backdrop as it was (`same_backdrop`).
    chart.offer_words = chart.offer.as_ref().and_then(|o| {
        let wide = text_width(&o.text);
        let starts = [o.x + 6.0, o.x - 6.0 - wide, f64::MAX];
        room.place(std::slice::from_ref(&o.text), &starts, &rows)
            .pop()
    });
}

/// The points the keyboard steps through: every 4 hours, the offer and the foot of each
/// cliff; one point per hour value.
fn data_points(
    points: &[Weekly],
    cliffs: &[(Weekly, CliffMark)],
    offer: Option<&Weekly>,
    scale: &Scale,
) -> Vec<DataPoint> {
    let mut data: Vec<DataPoint> = points
        .iter()
        .filter(|p| p.hours_f64 % f64::from(POINT_EVERY) == 0.0)
        .map(|p| scale.point(p, false, None))
        .collect();
    for (after, mark) in cliffs {
        let note = t!("result-chart-cliff-note", what = capitalise(&mark.label));
        upsert(&mut data, scale.point(after, false, Some(note)));
    }
    if let Some(o) = offer {
        let existing = data.iter().find(|d| d.hours == o.hours).cloned();
        let mut p = scale.point(o, true, None);
        if let Some(d) = existing.filter(|d| d.is_cliff) {
            // Keep the cliff's note on the offer's own point.
            if let Some((_, note)) = d.aria_label.split_once(". ") {
                p.aria_label = format!("{}. {note}", p.aria_label);
            }
            p.is_cliff = true;
        }
        upsert(&mut data, p);
    }
    data
}

/// The table alternative's rows: every 2 hours.
fn table(points: &[Weekly]) -> Vec<TableRow> {
    points
        .iter()
        .filter(|p| p.hours_f64 % f64::from(TABLE_EVERY) == 0.0)
        .map(|p| TableRow {
            hours: p.hours,
            pay: p.pay,
            universal_credit: p.universal_credit,
            total_income: p.income,
            better_off: p.better_off,
        })
        .collect()
}

/// The answer in words for anyone who cannot see the lines: now, the offer, each cliff and
/// where help in kind stops.
fn summary(
    now: Money,
    offer: Option<&Weekly>,
    cliffs: &[(Weekly, CliffMark)],
    help: &[CliffMark],
) -> String {
    let mut summary = t!("result-chart-summary-now", amount = format_pounds(now));
    if let Some(o) = offer {
        summary.push(' ');
        summary.push_str(&t!(
            "result-chart-summary-offer",
            hours = hours_phrase(o.hours),
            amount = format_pounds(o.income),
            compared = better_off_words(o.better_off)
        ));
    }
    for mark in cliffs.iter().map(|(_, m)| m).chain(help) {
        summary.push(' ');
        summary.push_str(&mark.description);
    }
    summary
}

fn capitalise(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "£92 better off than now", "£5 worse off than now", "the same as now".
fn better_off_words(v: Money) -> String {
    match Verdict::in_pounds(v) {
        Verdict::Better(amount) => t!("result-chart-better", amount = format_pounds(amount)),
        Verdict::Same => t!("result-chart-same"),
        Verdict::Worse(amount) => t!("result-chart-worse", amount = format_pounds(amount)),
    }
}

/// Replaces the point at the same hours, or inserts in order.
fn upsert(data: &mut Vec<DataPoint>, p: DataPoint) {
    match data.binary_search_by(|d| d.hours.cmp(&p.hours)) {
        Ok(i) => data[i] = p,
        Err(i) => data.insert(i, p),
    }
}

/// A sweep with every point turned into weekly money (pence, rounded as the headline is):
/// the costly part of drawing the chart (a decimal division and rounding for each of four
/// figures at 121 points), and it depends on the sweep alone.
#[derive(Debug, Clone)]
pub struct WeeklySweep {
    sweep: Sweep,
    points: Vec<Weekly>,
    /// The in-work line as last drawn: it depends on the sweep and the scale only, so while
    /// only the job's hours change (the view keeps the sweep) it is not worked out and
    /// written out again (121 points, each a pair of numbers in text).
    drawn: RefCell<Option<Drawn>>,
}

/// Equal when the sweeps are: what was last drawn is only kept to save work.
impl PartialEq for WeeklySweep {
    fn eq(&self, other: &WeeklySweep) -> bool {
        self.sweep == other.sweep && self.points == other.points
    }
}

/// The in-work line drawn at one scale: its points and its `d`.
#[derive(Debug, Clone)]
struct Drawn {
    shown: u32,
    plot: Rect,
    axis: Axis,
    line: Vec<(f64, f64)>,
    path: String,
}

impl WeeklySweep {
    pub fn new(sweep: &Sweep) -> WeeklySweep {
        WeeklySweep {
            sweep: sweep.clone(),
            points: sweep.points.iter().map(Weekly::from_point).collect(),
            drawn: RefCell::new(None),
        }
    }

    /// The in-work line through `points` (this sweep's, up to `shown` hours) at `scale`, and
    /// its `d`: as last drawn if the scale is the same.
    fn line(&self, points: &[Weekly], scale: &Scale, shown: u32) -> (Vec<(f64, f64)>, String) {
        let mut drawn = self.drawn.borrow_mut();
        if let Some(d) = drawn.as_ref() {
            if d.shown == shown && d.plot == scale.plot && d.axis == scale.axis {
                return (d.line.clone(), d.path.clone());
            }
        }
        let line: Vec<(f64, f64)> = points.iter().map(|p| scale.at(p)).collect();
        let path = path(line.iter().copied());
        *drawn = Some(Drawn {
            shown,
            plot: scale.plot,
            axis: scale.axis,
            line: line.clone(),
            path: path.clone(),
        });
        (line, path)
    }
}

/// One sweep point in weekly money.
#[derive(Debug, Clone, PartialEq)]
struct Weekly {
    hours: Decimal,
    /// The same as a float, for the drawing (turning a decimal into a float is slow, and
    /// the chart does it for every point on every edit otherwise).
    hours_f64: f64,
    pay: Money,
    universal_credit: Money,
    /// Left to live on a month, for the better-off figure against "now".
    left_monthly: Money,
    /// Left to live on a week, to the penny: what the line shows.
    income: Money,
    /// Against "now", a week (nil until [`Weekly::against`]).
    better_off: Money,
}

impl Weekly {
    fn from_point(p: &SweepPoint) -> Weekly {
        let left_monthly = money(p.disposable_income);
        let hours = Decimal::from_f64(p.hours)
            .unwrap_or_default()
            .round_dp(1)
            .normalize();
        Weekly {
            hours,
            hours_f64: hours.to_f64().unwrap_or(0.0),
            pay: weekly(money(p.gross)),
            universal_credit: weekly(money(p.universal_credit)),
            left_monthly,
            income: weekly(left_monthly),
            better_off: Money::ZERO,
        }
    }

    /// The point with its better-off figure against `baseline`, to the penny.
    fn against(&self, baseline: &Baseline) -> Weekly {
        Weekly {
            better_off: baseline.better_off_weekly_from_left(self.left_monthly),
            ..self.clone()
        }
    }
}

fn at_hours(points: &[Weekly], hours: f64) -> Option<&Weekly> {
    let target = Decimal::from_f64(hours)?.round_dp(1);
    points.iter().find(|p| p.hours == target)
}

/// A monthly engine figure as the screens show it: a week, to the penny (x12/52).
fn weekly(monthly: Money) -> Money {
    monthly.monthly_to_weekly().round_penny()
}

/// The sweep's figures are pence held in an `f64` (`Money::to_f64`); back to pence exactly.
fn money(value: f64) -> Money {
    Money::new(Decimal::from_f64(value).unwrap_or_default()).round_penny()
}

/// The money axis: round pounds from `low` to `high` in steps of `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    low: Money,
    high: Money,
    step: Money,
}

impl Axis {
    /// About five steps of 1, 2 or 5 x 10^n pounds that cover `low..=high`.
    fn round(low: Money, high: Money) -> Axis {
        let step = nice_step((high.to_decimal() - low.to_decimal()) / Decimal::from(5));
        let low = Money::new((low.to_decimal() / step).floor() * step);
        let mut high = Money::new((high.to_decimal() / step).ceil() * step);
        if high <= low {
            high = Money::new(low.to_decimal() + step);
        }
        Axis {
            low,
            high,
            step: Money::new(step),
        }
    }

    fn ticks(self) -> impl Iterator<Item = Money> {
        let count = ((self.high.to_decimal() - self.low.to_decimal()) / self.step.to_decimal())
            .to_u32()
            .unwrap_or(0);
        (0..=count).map(move |k| {
            Money::new(self.low.to_decimal() + self.step.to_decimal() * Decimal::from(k))
        })
    }
}

/// The smallest of 1, 2, 5 x 10^n pounds at least `at_least` (and at least £1).
pub(crate) fn nice_step(at_least: Decimal) -> Decimal {
    let mut scale = Decimal::ONE;
    loop {
        for m in [1, 2, 5] {
            let step = scale * Decimal::from(m);
            if step >= at_least {
                return step;
            }
        }
        // Money here is far below Decimal's limits; the guard only keeps this total.
        match scale.checked_mul(Decimal::TEN) {
            Some(next) => scale = next,
            None => return scale,
        }
    }
}

/// Money and hours to pixels, rounded to a tenth (finer is invisible and bloats `d`).
struct Scale {
    plot: Rect,
    hours: f64,
    axis: Axis,
    /// The money axis's span, as a float: worked out once, not for every point.
    span: f64,
}

impl Scale {
    /// A money axis from zero (or below, if income is) that covers both lines and the
    /// offer, over `shown` hours.
    fn fitting(
        points: &[Weekly],
        offer: Option<&Weekly>,
        now: Money,
        shown: u32,
        width: f64,
        height: f64,
    ) -> Scale {
        let incomes = points.iter().chain(offer).map(|p| p.income).chain([now]);
        let (low, high) = incomes.fold((Money::ZERO, Money::ZERO), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
        let axis = Axis::round(low, high);
        Scale {
            plot: Rect::plot(width, height, LEFT, TOP, RIGHT, BOTTOM),
            hours: f64::from(shown),
            span: (axis.high.to_decimal() - axis.low.to_decimal())
                .to_f64()
                .unwrap_or(1.0),
            axis,
        }
    }

    fn x(&self, hours: Decimal) -> f64 {
        self.x_f64(hours.to_f64().unwrap_or(0.0))
    }

    fn x_f64(&self, hours: f64) -> f64 {
        tenth(self.plot.x + hours / self.hours * self.plot.width)
    }

    fn y(&self, v: Money) -> f64 {
        let above = (v.to_decimal() - self.axis.low.to_decimal())
            .to_f64()
            .unwrap_or(0.0);
        tenth(self.plot.y + self.plot.height * (1.0 - above / self.span))
    }

    /// Where a point of the line is drawn.
    fn at(&self, p: &Weekly) -> (f64, f64) {
        (self.x_f64(p.hours_f64), self.y(p.income))
    }

    fn point(&self, p: &Weekly, is_offer: bool, cliff_note: Option<String>) -> DataPoint {
        let mut aria_label = if is_offer {
            t!(
                "result-chart-point-offer",
                hours = hours_phrase(p.hours),
                amount = format_pounds(p.income),
                compared = better_off_words(p.better_off)
            )
        } else {
            t!(
                "result-chart-point",
                hours = hours_phrase(p.hours),
                amount = format_pounds(p.income),
                compared = better_off_words(p.better_off)
            )
        };
        let is_cliff = cliff_note.is_some();
        if let Some(note) = cliff_note {
            aria_label = format!("{aria_label}. {note}");
        }
        let (x, y) = self.at(p);
        DataPoint {
            hours: p.hours,
            x,
            y,
            aria_label,
            is_offer,
            is_cliff,
        }
    }
}

fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// An SVG path through the points: "M64 300 L70.6 298.2 ...".
fn path(points: impl Iterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.enumerate() {
        if i > 0 {
            d.push(' ');
        }
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&format!("{x} {y}"));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::better_off::engine::CliffCause;
    use crate::better_off::scenario::Scenario;
    use crate::better_off::test_support::single_social_renter;

    /// The shared single social renter, without a pension, working `hours` a week.
    fn scenario(carer: bool, hours: i64) -> Scenario {
        let s = single_social_renter().hours(hours).no_pension();
        if carer { s.carer() } else { s }.build()
    }

    fn chart(s: &Scenario) -> Chart {
        let h = Household::prepare(s).expect("valid");
        Chart::build(&h, &s.offers[0])
    }

    /// The charts of `s`'s first offer drawn at each of `widths`, from one sweep made for it.
    fn charts_at(s: &Scenario, widths: &[f64]) -> Vec<Chart> {
        let h = Household::prepare(s).expect("valid");
        let job = &s.offers[0];
        let sweep = WeeklySweep::new(&h.sweep(job));
        let now = Baseline::new(&h.out_of_work(), None);
        let in_work = h.in_work(job);
        widths
            .iter()
            .map(|&width| {
                Chart::from_weekly(&sweep, &now, job.hours_per_week, &in_work, h.country, width)
            })
            .collect()
    }

    fn first_point(d: &str) -> (f64, f64) {
        let mut parts = d.trim_start_matches('M').split(' ');
        let x = parts.next().and_then(|v| v.parse().ok()).expect("x");
        let y = parts.next().and_then(|v| v.parse().ok()).expect("y");
        (x, y)
    }

    #[test]
    fn a_sweep_kept_while_the_hours_change_draws_the_same_chart_as_starting_afresh() {
        // What the view does: one weekly sweep for the household, reused as the hours move,
        // including past 48 hours where the chart widens to 56, and back (the line drawn
        // at one scale is kept with the sweep, and must be drawn again at another).
        for carer in [false, true] {
            let first = scenario(carer, 16);
            let h = Household::prepare(&first).unwrap();
            let kept = WeeklySweep::new(&h.sweep(&first.offers[0]));
            for hours in [16, 17, 30, 50, 17] {
                let s = scenario(carer, hours);
                assert_eq!(
                    hours_free_key(&s, 0),
                    hours_free_key(&first, 0),
                    "only the hours differ"
                );
                let h = Household::prepare(&s).unwrap();
                let job = &s.offers[0];
                let reused = Chart::from_weekly(
                    &kept,
                    &Baseline::new(&h.out_of_work(), None),
                    job.hours_per_week,
                    &h.in_work(job),
                    h.country,
                    WIDTH,
                );
                assert_eq!(
                    reused,
                    Chart::build(&h, job),
                    "carer {carer}, {hours} hours"
                );
            }
        }
    }

    #[test]
    fn moving_the_hours_keeps_the_backdrop_and_moves_the_offer() {
        let at = |hours| chart(&scenario(true, hours));
        let (h16, h30) = (at(16), at(30));
        assert!(h16.same_backdrop(&h30), "only the offer moves");
        assert_ne!(h16.offer, h30.offer);
        // Past 48 hours the chart widens, so its axis and lines are drawn again.
        assert!(!h16.same_backdrop(&at(50)));
        // Another household draws other lines.
        assert!(!h16.same_backdrop(&chart(&scenario(false, 16))));
    }

    #[test]
    fn the_line_starts_at_income_now_at_zero_hours() {
        let c = chart(&scenario(false, 20));
        let (x0, y0) = first_point(&c.in_work_path);
        assert_eq!(x0, LEFT);
        assert_eq!(first_point(&c.out_of_work_path), (LEFT, y0));
        assert_eq!(
            c.in_work_path.matches('L').count(),
            96,
            "half hours 0.5 to 48"
        );
        assert!(c.out_of_work_label.text.starts_with("Now: £"));
    }

    #[test]
    fn the_offer_sits_at_its_hours_and_agrees_with_the_engine() {
        let s = scenario(false, 20);
        let c = chart(&s);
        let offer = c.offer.as_ref().expect("20 hours is on the chart");
        // 20 of 48 hours across a 560-pixel plot that starts at 64.
        assert_eq!(offer.x, tenth(64.0 + 20.0 / 48.0 * 560.0));
        let report = crate::better_off::engine::calculate(&s).expect("valid");
        // The line is what is left to live on, as the headline counts it.
        let income = weekly(report.offers[0].in_work.figures.disposable_income);
        assert_eq!(
            offer.text,
            format!("20 hours: {} a week", format_pounds(income))
        );
        let p = c.points.iter().find(|p| p.is_offer).expect("offer point");
        assert_eq!((p.x, p.y), (offer.x, offer.y));
        let better = Money::new(Decimal::from_f64(report.offers[0].better_off.weekly).unwrap());
        assert_eq!(
            p.aria_label,
            format!(
                "This job, 20 hours a week: {} a week, {} better off than now",
                format_pounds(income),
                format_pounds(better)
            )
        );
    }

    #[test]
    fn ticks_are_round_and_in_order() {
        let c = chart(&scenario(false, 20));
        let x: Vec<_> = c.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(x, ["0 h", "8 h", "16 h", "24 h", "32 h", "40 h", "48 h"]);
        assert_eq!(c.x_ticks[6].position, LEFT + 560.0);
        assert_eq!(c.y_ticks[0].label, "£0");
        assert_eq!(c.y_ticks[0].position, TOP + 304.0);
        let top = c.y_ticks.last().expect("ticks");
        assert_eq!(top.position, TOP);
        // Every label is a round number of pounds: 1, 2 or 5 x 10^n apart.
        let values: Vec<i64> = c
            .y_ticks
            .iter()
            .map(|t| {
                t.label
                    .trim_start_matches('£')
                    .replace(',', "")
                    .parse()
                    .unwrap()
            })
            .collect();
        let step = values[1] - values[0];
        assert!([10, 20, 50, 100, 200].contains(&step), "step {step}");
        assert!(values.windows(2).all(|w| w[1] - w[0] == step));
        assert!((4..=7).contains(&values.len()));
    }

    #[test]
    fn axis_rounds_out_to_nice_steps() {
        let a = Axis::round(Money::ZERO, Money::pence(41_234));
        assert_eq!(
            (a.low, a.high, a.step),
            (Money::ZERO, Money::pounds(500), Money::pounds(100))
        );
        let b = Axis::round(Money::pounds(-37), Money::pounds(180));
        assert_eq!(
            (b.low, b.high, b.step),
            (Money::pounds(-50), Money::pounds(200), Money::pounds(50))
        );
        let flat = Axis::round(Money::ZERO, Money::ZERO);
        assert_eq!(flat.ticks().count(), 2);
    }

    #[test]
    fn points_every_four_hours_with_spoken_labels() {
        let c = chart(&scenario(false, 20));
        let hours: Vec<_> = c.points.iter().map(|p| p.hours).collect();
        let expected: Vec<_> = (0..=12).map(|k| Decimal::from(4 * k)).collect();
        assert_eq!(hours, expected, "20 is one of them, so no extra point");
        assert_eq!(
            c.points[0].aria_label.split(": ").next(),
            Some("0 hours a week")
        );
        assert!(c.points[0].aria_label.ends_with(", the same as now"));
        assert!(c.points[4].aria_label.contains("better off than now"));
        assert_eq!(c.table_rows().len(), 25);
        let row = &c.table_rows()[8];
        assert_eq!(row.hours, Decimal::from(16));
        // 16 hours at £12.71 is £203.36 a week gross.
        assert_eq!(row.pay, Money::pence(20336));
    }

    #[test]
    fn a_carer_crossing_the_earnings_limit_gets_a_labelled_cliff() {
        // With savings over £16,000 there is no UC to make up the lost Carer's Allowance,
        // so passing the earnings limit is a real drop.
        let mut s = scenario(true, 20);
        s.savings = Money::pounds(20_000);
        let c = chart(&s);
        assert_eq!(c.cliffs.len(), 1, "{:?}", c.cliffs);
        let cliff = &c.cliffs[0];
        assert_eq!(cliff.label, "Carer's Allowance stops");
        assert!(cliff.description.starts_with("Between "));
        assert!(cliff
            .description
            .contains("hours a week, Carer's Allowance stops: £"));
        let foot = c.points.iter().find(|p| p.is_cliff).expect("cliff point");
        assert!(foot
            .aria_label
            .ends_with(". Carer's Allowance stops just before this."));
        assert!(c.summary.contains(&cliff.description));
        // Scotland names its own benefit.
        assert_eq!(
            CliffCause::CarersAllowanceLimit.describe(Country::Scotland),
            "Carer Support Payment stops"
        );
    }

    #[test]
    fn a_family_losing_free_school_meals_gets_a_named_mark_and_every_label_fits_a_phone() {
        // England 2025-26: free school meals stop above £7,400 a year take-home, well
        // before 16 hours at the minimum wage.
        let mut s = single_social_renter()
            .tax_year(crate::better_off::params::TaxYear::Y2025_26)
            .no_pension()
            .hours(16)
            .build();
        s.children = vec![serde_json::from_str(r#"{"age": 8}"#).expect("a child")];
        let widths = [300.0, 330.0, 374.0, 640.0];
        for (c, width) in charts_at(&s, &widths).into_iter().zip(widths) {
            assert_eq!(c.width, width);
            let fsm = c
                .help_marks
                .iter()
                .find(|m| m.label == "Free school meals stop")
                .unwrap_or_else(|| panic!("{:?}", c.help_marks));
            assert!(fsm.description.contains("not money"), "{}", fsm.description);
            assert!(c.summary.contains(&fsm.description));
            let words = c.offer_words().expect("16 hours is on the chart");
            assert!(
                words.x >= 0.0 && words.x + text_width(&words.text) <= c.width,
                "{width}: {words:?}"
            );
            for m in c.cliffs.iter().chain(&c.help_marks) {
                let l = &m.label_at;
                assert!(
                    l.x >= 0.0 && l.x + text_width(&l.text) <= c.width,
                    "{width}: {l:?}"
                );
                assert!(l.y > c.plot.y && l.y < c.plot.y + c.plot.height, "{l:?}");
            }
            // Hours every 16 on a narrow chart, every 8 on a wide one.
            let every = if c.plot.width < NARROW_PLOT { 4 } else { 7 };
            assert_eq!(c.x_ticks.len(), every, "{width}");
        }
    }

    /// QA #8: on a phone, in Welsh (the longest words), a New Style ESA claimant with
    /// savings (ESA stops at 16 hours, nothing makes it up) and a family losing free school
    /// meals: no word on the chart overlaps another or the money up the side, each is inside
    /// the drawing, and the offer's words and the marks' labels keep off the line.
    #[test]
    fn no_words_on_the_chart_overlap_or_leave_it_at_a_phone_s_width_in_welsh() {
        use crate::better_off::scenario::{EsaAward, EsaGroup};
        let text = crate::i18n::source(crate::i18n::Lang::Cy);
        assert!(crate::i18n::use_translation(crate::i18n::Lang::Cy, text).is_empty());
        let mut esa = single_social_renter().no_pension().hours(16).build();
        esa.savings = Money::pounds(20_000);
        esa.adults[0].new_style_esa = Some(EsaAward {
            group: EsaGroup::Wrag,
            weekly_amount: None,
        });
        let mut family = single_social_renter()
            .tax_year(crate::better_off::params::TaxYear::Y2025_26)
            .no_pension()
            .hours(16)
            .build();
        family.children = vec![serde_json::from_str(r#"{"age": 8}"#).expect("a child")];
        for (name, s, mark) in [
            ("esa", &esa, "ESA yn dod i ben ar 16 awr"),
            ("family", &family, "Prydau ysgol am ddim yn dod i ben"),
        ] {
            // 280 (the narrowest), the embed at 300, phones of 360 and 390 (less the
            // page's margins), and wide.
            let widths = [280.0, 300.0, 328.0, 358.0, 640.0];
            for (c, width) in charts_at(s, &widths).into_iter().zip(widths) {
                let labels: Vec<&str> = c
                    .cliffs
                    .iter()
                    .chain(&c.help_marks)
                    .map(|m| m.label.as_str())
                    .collect();
                assert!(labels.contains(&mark), "{name}: {labels:?}");
                let boxes = c.text_boxes();
                // The money and hours along the axes come first; they are spaced by the
                // ticks (and narrower than these bold words), so only the placed words
                // are checked against them.
                let axis = axis_labels(&c).len();
                for (i, (a, ab)) in boxes.iter().enumerate() {
                    assert!(
                        ab.left >= 0.0
                            && ab.right <= c.width
                            && ab.top >= 0.0
                            && ab.bottom <= c.height,
                        "{name} at {width}: \"{a}\" {ab:?} leaves the chart"
                    );
                    for (b, bb) in &boxes[(i + 1).max(axis)..] {
                        assert!(
                            !ab.overlaps(bb),
                            "{name} at {width}: \"{a}\" {ab:?} is over \"{b}\" {bb:?}"
                        );
                    }
                }
                let line: Vec<(f64, f64)> = c
                    .in_work_path
                    .split(['M', 'L'])
                    .filter_map(|p| {
                        let (x, y) = p.trim().split_once(' ')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect();
                assert!(line.len() > 90, "{name}: {line:?}");
                let words = c.offer_words().expect("the offer is on the chart");
                // Narrower than a 360 px phone's chart, the longest Welsh label is nearly as
                // wide as the plot and cannot always miss the line.
                if width < 328.0 {
                    continue;
                }
                for l in c
                    .cliffs
                    .iter()
                    .chain(&c.help_marks)
                    .map(|m| &m.label_at)
                    .chain([&words])
                {
                    let b = TextBox::of(l);
                    assert!(
                        !line.windows(2).any(|w| b.crosses(w[0], w[1])),
                        "{name} at {width}: \"{}\" {b:?} is crossed by the line",
                        l.text
                    );
                }
            }
        }
        crate::i18n::use_translation(crate::i18n::Lang::EnGb, "");
    }

    /// Run natively in release: `cargo test --release --lib chart -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_the_chart() {
        let s = scenario(true, 20);
        let h = Household::prepare(&s).expect("valid");
        let runs = 200;
        let start = std::time::Instant::now();
        for _ in 0..runs {
            std::hint::black_box(Chart::build(&h, &s.offers[0]));
        }
        let each = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("chart: {each:.0} µs including the 121-point sweep");
    }

    #[test]
    fn an_offer_past_48_hours_widens_the_chart_to_56() {
        let c = chart(&scenario(false, 50));
        assert_eq!(c.x_ticks.last().map(|t| t.label.as_str()), Some("56 h"));
        assert!(c.offer.is_some());
        // Beyond that the offer is not drawn (the headline still gives it).
        let off = chart(&scenario(false, 70));
        assert!(off.offer.is_none());
        assert_eq!(off.x_ticks.last().map(|t| t.label.as_str()), Some("48 h"));
    }
}
