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
        let mut cliffs = cliff_marks(sweep, &points, &scale, country, shown);
        let mut help_marks = help_marks(sweep, &points, &scale, shown);
        place_mark_labels(&mut cliffs, &mut help_marks, &scale);

        let y_now = scale.y(now);
        let wage = super::format::format_pence(money(sweep.hourly_wage));
        Chart {
            width,
            height,
            plot,
            title: t!("result-chart-title", hours = shown, wage = wage),
            summary: summary(now, offer.as_ref(), &cliffs, &help_marks),
            x_ticks: hour_ticks(&scale, shown),
            y_ticks: money_ticks(&scale),
            in_work_path: path(points.iter().map(|p| (scale.x(p.hours), scale.y(p.income)))),
            out_of_work_path: path([(plot.x, y_now), (plot.x + plot.width, y_now)].into_iter()),
            out_of_work_label: Label {
                x: plot.x + plot.width - 4.0,
                // Above the line, inside the plot.
                y: (y_now - 6.0).max(plot.y + 14.0),
                text: t!("result-chart-now", amount = format_pounds(now)),
                anchor: "end",
            },
            offer: offer.as_ref().map(|o| Label {
                x: scale.x(o.hours),
                y: scale.y(o.income),
                text: t!(
                    "result-chart-offer",
                    hours = hours_phrase(o.hours),
                    amount = format_pounds(o.income)
                ),
                anchor: "start",
            }),
            points: data_points(&points, &cliffs, offer.as_ref(), &scale),
            rows: table(&points),
            cliffs: cliffs.into_iter().map(|(_, m)| m).collect(),
            help_marks,
        }
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

    /// Where the offer's words go, on the plot's first line: right of the job's line if
    /// they fit there, else left of it, else as far in as the chart allows.
    pub fn offer_words(&self) -> Option<Label> {
        let o = self.offer.as_ref()?;
        let wide = text_width(&o.text);
        let right = self.width - 4.0;
        let x = if o.x + 6.0 + wide <= right {
            o.x + 6.0
        } else if o.x - 6.0 - wide >= 4.0 {
            o.x - 6.0 - wide
        } else {
            (right - wide).max(4.0)
        };
        Some(Label {
            x: tenth(x),
            y: self.plot.y + 14.0,
            text: o.text.clone(),
            anchor: "start",
        })
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
        let x = scale.x(at.hours);
        let y = scale.y(at.income);
        CliffMark {
            x,
            y,
            label_at: Label {
                x,
                y,
                text: label.clone(),
                anchor: "start",
            },
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

/// Puts every mark's short label in a row near the top of the plot, above its mark, moved
/// in from the edges so it stays inside the chart, and on a lower row when it would run
/// into a label already placed.
fn place_mark_labels(cliffs: &mut [(Weekly, CliffMark)], help: &mut [CliffMark], scale: &Scale) {
    let plot = scale.plot;
    let right = plot.x + plot.width;
    let mut marks: Vec<&mut CliffMark> = cliffs
        .iter_mut()
        .map(|(_, m)| m)
        .chain(help.iter_mut())
        .collect();
    marks.sort_by(|a, b| a.x.total_cmp(&b.x));
    // The right-hand end of the last label on each row.
    let mut rows: Vec<f64> = Vec::new();
    for m in marks {
        let wide = text_width(&m.label);
        let x = tenth((m.x - wide / 2.0).clamp(4.0, (right - wide).max(4.0)));
        let row = rows
            .iter()
            .position(|end| *end + 8.0 <= x)
            .unwrap_or(rows.len());
        if row == rows.len() {
            rows.push(0.0);
        }
        rows[row] = x + wide;
        m.label_at = Label {
            x,
            // Below the offer's words, which sit on the plot's first line.
            y: plot.y + 32.0 + 16.0 * row as f64,
            text: m.label.clone(),
            anchor: "start",
        };
    }
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
        .filter(|p| p.hours % Decimal::from(POINT_EVERY) == Decimal::ZERO)
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
        .filter(|p| p.hours % Decimal::from(TABLE_EVERY) == Decimal::ZERO)
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
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklySweep {
    sweep: Sweep,
    points: Vec<Weekly>,
}

impl WeeklySweep {
    pub fn new(sweep: &Sweep) -> WeeklySweep {
        WeeklySweep {
            sweep: sweep.clone(),
            points: sweep.points.iter().map(Weekly::from_point).collect(),
        }
    }
}

/// One sweep point in weekly money.
#[derive(Debug, Clone, PartialEq)]
struct Weekly {
    hours: Decimal,
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
        Weekly {
            hours: Decimal::from_f64(p.hours)
                .unwrap_or_default()
                .round_dp(1)
                .normalize(),
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
        Scale {
            plot: Rect::plot(width, height, LEFT, TOP, RIGHT, BOTTOM),
            hours: f64::from(shown),
            axis: Axis::round(low, high),
        }
    }

    fn x(&self, hours: Decimal) -> f64 {
        let h = hours.to_f64().unwrap_or(0.0);
        tenth(self.plot.x + h / self.hours * self.plot.width)
    }

    fn y(&self, v: Money) -> f64 {
        let span = (self.axis.high.to_decimal() - self.axis.low.to_decimal())
            .to_f64()
            .unwrap_or(1.0);
        let above = (v.to_decimal() - self.axis.low.to_decimal())
            .to_f64()
            .unwrap_or(0.0);
        tenth(self.plot.y + self.plot.height * (1.0 - above / span))
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
        DataPoint {
            hours: p.hours,
            x: self.x(p.hours),
            y: self.y(p.income),
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

    fn first_point(d: &str) -> (f64, f64) {
        let mut parts = d.trim_start_matches('M').split(' ');
        let x = parts.next().and_then(|v| v.parse().ok()).expect("x");
        let y = parts.next().and_then(|v| v.parse().ok()).expect("y");
        (x, y)
    }

    #[test]
    fn a_sweep_kept_while_the_hours_change_draws_the_same_chart_as_starting_afresh() {
        // What the view does: one weekly sweep for the household, reused as the hours move,
        // including past 48 hours where the chart widens to 56.
        for carer in [false, true] {
            let first = scenario(carer, 16);
            let h = Household::prepare(&first).unwrap();
            let kept = WeeklySweep::new(&h.sweep(&first.offers[0]));
            for hours in [16, 17, 30, 50] {
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
        let h = Household::prepare(&s).expect("valid");
        let job = &s.offers[0];
        let sweep = WeeklySweep::new(&h.sweep(job));
        let now = Baseline::new(&h.out_of_work(), None);
        for width in [300.0, 330.0, 374.0, 640.0] {
            let c = Chart::from_weekly(
                &sweep,
                &now,
                job.hours_per_week,
                &h.in_work(job),
                h.country,
                width,
            );
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
