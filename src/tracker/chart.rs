//! Geometry for a task's progress chart, worked out here so the view only copies numbers and
//! strings into `<svg>` (as [`crate::better_off::chart`] does for the better-off chart): the
//! plot area, the 0/50/100% lines, the line of the measure the team watches and its points,
//! the aim line, a line at each phase change, and the session numbers underneath.
//!
//! The data come from [`Chart`] (a task's sessions, aim line and phases); which figure is
//! drawn is the aim line's own [`Measure`], so the line and the aim compare like with like.

use super::progress::{Chart, ChartPoint, Measure};
use super::rules::percent;
pub use crate::svg::Rect;

/// The SVG's own units; it scales to its container.
pub const WIDTH: f64 = 600.0;
pub const HEIGHT: f64 = 260.0;
/// Room for "100%" on the left and the session numbers underneath.
const LEFT: f64 = 44.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;
const RIGHT: f64 = 16.0;
/// The percents with a line across the plot.
const Y_TICKS: [f64; 3] = [0.0, 50.0, 100.0];

/// Everything the view draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    /// `viewBox="0 0 {width} {height}"`.
    pub width: f64,
    pub height: f64,
    pub plot: Rect,
    /// What the line is ("Steps done alone" or the weighted score), for the caption.
    pub what: String,
    /// The chart in a sentence, for anyone who cannot see it.
    pub summary: String,
    /// A line across the plot at each of 0, 50 and 100%.
    pub y_ticks: Vec<YTick>,
    pub phase_lines: Vec<PhaseMark>,
    pub aim: Option<Segment>,
    /// `points` of the polyline through the sessions.
    pub line: String,
    /// A dot at each session.
    pub points: Vec<Point>,
    /// The session numbers under the plot.
    pub x_ticks: Vec<XTick>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub from: Point,
    pub to: Point,
}

/// A line across the plot at a percent, labelled at its left end.
#[derive(Debug, Clone, PartialEq)]
pub struct YTick {
    pub line: Segment,
    /// Where the label's right end is.
    pub at: Point,
    pub label: String,
}

/// A vertical line between the last session of one phase and the first of the next.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseMark {
    pub line: Segment,
    /// Where the label starts.
    pub at: Point,
    pub label: String,
}

/// A session's number, centred under its point.
#[derive(Debug, Clone, PartialEq)]
pub struct XTick {
    pub at: Point,
    pub label: String,
}

impl Drawing {
    /// The drawing of `chart`, plotting `measure`.
    pub fn new(chart: &Chart, measure: Measure) -> Drawing {
        let value = |p: &ChartPoint| match measure {
            Measure::PercentIndependent => p.percent_independent,
            Measure::Weighted => p.weighted,
        };
        let what = match measure {
            Measure::PercentIndependent => t!("track-chart-alone"),
            Measure::Weighted => t!("track-col-weighted"),
        };
        let scale = Scale::new(chart);
        let point = |p: &ChartPoint| Point {
            x: scale.x(p.x as f64),
            y: scale.y(value(p)),
        };
        let points: Vec<Point> = chart.points.iter().map(point).collect();
        Drawing {
            width: WIDTH,
            height: HEIGHT,
            plot: Rect::plot(WIDTH, HEIGHT, LEFT, TOP, RIGHT, BOTTOM),
            summary: summary(chart, &what, value),
            what,
            y_ticks: Y_TICKS.iter().map(|v| y_tick(&scale, *v)).collect(),
            phase_lines: chart
                .phase_lines
                .iter()
                .map(|p| phase_mark(&scale, p.x, p.phase))
                .collect(),
            aim: chart.aim.map(|((x1, y1), (x2, y2))| Segment {
                from: Point {
                    x: scale.x(x1),
                    y: scale.y(y1),
                },
                to: Point {
                    x: scale.x(x2),
                    y: scale.y(y2),
                },
            }),
            line: points
                .iter()
                .map(|p| format!("{:.1},{:.1}", p.x, p.y))
                .collect::<Vec<_>>()
                .join(" "),
            x_ticks: chart
                .points
                .iter()
                .zip(&points)
                .map(|(c, p)| XTick {
                    at: Point {
                        x: p.x,
                        y: HEIGHT - BOTTOM + 18.0,
                    },
                    label: (c.x + 1).to_string(),
                })
                .collect(),
            points,
        }
    }
}

/// From session positions and percents to the SVG's units.
struct Scale {
    /// The session position at the right-hand edge.
    last: f64,
}

impl Scale {
    fn new(chart: &Chart) -> Scale {
        // Wide enough for the aim line's end, which can lie beyond the sessions recorded so
        // far; and never narrower than two sessions, so one session is not divided by zero.
        let aim_end = chart.aim.map_or(0.0, |(_, (x2, _))| x2);
        Scale {
            last: (chart.points.len().max(2) as f64 - 1.0).max(aim_end),
        }
    }

    fn x(&self, position: f64) -> f64 {
        LEFT + position / self.last * (WIDTH - LEFT - RIGHT)
    }

    /// A percent, kept within 0 to 100.
    fn y(&self, value: f64) -> f64 {
        TOP + (100.0 - value.clamp(0.0, 100.0)) / 100.0 * (HEIGHT - TOP - BOTTOM)
    }
}

fn y_tick(scale: &Scale, value: f64) -> YTick {
    let y = scale.y(value);
    YTick {
        line: Segment {
            from: Point { x: LEFT, y },
            to: Point {
                x: WIDTH - RIGHT,
                y,
            },
        },
        at: Point {
            x: LEFT - 6.0,
            y: y + 4.0,
        },
        label: percent(value),
    }
}

fn phase_mark(scale: &Scale, position: f64, phase: u32) -> PhaseMark {
    let x = scale.x(position);
    PhaseMark {
        line: Segment {
            from: Point { x, y: TOP },
            to: Point {
                x,
                y: HEIGHT - BOTTOM,
            },
        },
        at: Point {
            x: x + 4.0,
            y: TOP + 12.0,
        },
        label: t!("track-phase", number = phase),
    }
}

/// "Steps done alone over 4 sessions: from 20% to 80%", or that there is nothing to draw.
fn summary(chart: &Chart, what: &str, value: impl Fn(&ChartPoint) -> f64) -> String {
    match (chart.points.first(), chart.points.last()) {
        (Some(first), Some(last)) => t!(
            "track-chart-summary",
            what = what.to_lowercase(),
            count = chart.points.len(),
            first = percent(value(first)),
            last = percent(value(last))
        ),
        _ => t!("track-chart-empty"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tracker::progress::PhaseLine;
    use crate::tracker::SessionId;

    fn point(x: usize, alone: f64, weighted: f64, phase: u32) -> ChartPoint {
        ChartPoint {
            x,
            session: SessionId(x as u64 + 1),
            date: String::new(),
            phase,
            percent_independent: alone,
            weighted,
            aim: None,
        }
    }

    fn chart() -> Chart {
        Chart {
            points: vec![
                point(0, 0.0, 40.0, 1),
                point(1, 50.0, 60.0, 1),
                point(2, 100.0, 120.0, 2),
            ],
            aim: None,
            phase_lines: vec![PhaseLine {
                x: 1.5,
                phase: 2,
                label: String::new(),
            }],
        }
    }

    #[test]
    fn sessions_run_across_the_plot_and_percents_up_it() {
        let d = Drawing::new(&chart(), Measure::PercentIndependent);
        assert_eq!((d.width, d.height), (WIDTH, HEIGHT));
        assert_eq!(d.plot.x, LEFT);
        assert_eq!(d.plot.x + d.plot.width, WIDTH - RIGHT);
        let bottom = d.plot.y + d.plot.height;
        let xs: Vec<f64> = d.points.iter().map(|p| p.x).collect();
        let ys: Vec<f64> = d.points.iter().map(|p| p.y).collect();
        // The first session at the left edge, the last at the right; 0% at the bottom.
        assert_eq!(xs, [LEFT, LEFT + 270.0, WIDTH - RIGHT]);
        assert_eq!(ys, [bottom, (TOP + bottom) / 2.0, TOP]);
        assert_eq!(d.line, "44.0,224.0 314.0,120.0 584.0,16.0");
        let labels: Vec<&str> = d.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3"]);
        assert!(d.x_ticks.iter().all(|t| t.at.y > bottom));
        // The phase line halfway between sessions 2 and 3, from top to bottom.
        let phase = &d.phase_lines[0];
        assert_eq!(phase.line.from, Point { x: 449.0, y: TOP });
        assert_eq!(
            phase.line.to,
            Point {
                x: 449.0,
                y: bottom
            }
        );
    }

    #[test]
    fn the_weighted_score_is_drawn_when_the_aim_is_on_it_and_kept_within_the_plot() {
        let d = Drawing::new(&chart(), Measure::Weighted);
        // 120% is drawn at 100%.
        assert_eq!(d.points[2].y, TOP);
        assert!(d.points[0].y < d.plot.y + d.plot.height);
        assert_ne!(
            d.what,
            Drawing::new(&chart(), Measure::PercentIndependent).what
        );
    }

    #[test]
    fn the_plot_is_wide_enough_for_the_aim_line_s_end() {
        let mut c = chart();
        c.aim = Some(((1.0, 20.0), (6.0, 80.0)));
        let d = Drawing::new(&c, Measure::PercentIndependent);
        let aim = d.aim.unwrap();
        assert_eq!(aim.to.x, WIDTH - RIGHT);
        assert_eq!(aim.from.x, LEFT + 540.0 / 6.0);
        // Sessions are spaced for six positions, not two.
        assert_eq!(d.points[2].x, LEFT + 2.0 * 540.0 / 6.0);
    }

    #[test]
    fn one_session_or_none_still_draws() {
        let mut c = chart();
        c.points.truncate(1);
        c.phase_lines.clear();
        let d = Drawing::new(&c, Measure::PercentIndependent);
        assert_eq!(d.points[0].x, LEFT);
        assert!(d.points[0].y.is_finite());
        let empty = Drawing::new(&Chart::default(), Measure::PercentIndependent);
        assert!(empty.points.is_empty() && empty.line.is_empty());
        assert_eq!(empty.y_ticks.len(), 3);
        assert_ne!(empty.summary, d.summary);
    }
}
