//! What the sessions add up to: per session the percent of steps done independently and a
//! weighted independence score; a step-by-session matrix for the heat map; and the series,
//! aim line and phase-change lines for the line chart.
//!
//! The weighted score gives each level of help equal steps of credit, from full credit for
//! Independent to none for the most intrusive level (and none for an error or no response),
//! then averages over the steps scored. Scoring each step by the level of prompt it needed
//! is how task-analysis data are usually summarised in systematic instruction (Snell & Brown,
//! *Instruction of Students with Severe Disabilities*; Cooper, Heron & Heward, *Applied
//! Behavior Analysis*, 3rd ed., ch. 23 on chaining); equal steps are our choice, because the
//! distance between two levels is not measured anywhere, and we say so in the report. The
//! percent independent is the plain figure the mastery rule uses.

use super::hierarchy::Response;
use super::session::{Session, SessionId};
use crate::tasks::StepId;
#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq)]
pub struct SessionScore {
    pub session: SessionId,
    pub date: String,
    pub phase: u32,
    pub version: u32,
    /// Steps with a score other than "not applicable".
    pub scored: usize,
    pub independent: usize,
    /// 0 to 100.
    pub percent_independent: f64,
    /// 0 to 100.
    pub weighted: f64,
}

/// A session's scores, or `None` when no step was scored (nothing to draw).
pub fn score(session: &Session) -> Option<SessionScore> {
    let scored: Vec<Response> = session
        .records
        .iter()
        .map(|r| r.response)
        .filter(|r| r.is_scored())
        .collect();
    if scored.is_empty() {
        return None;
    }
    let independent = scored.iter().filter(|r| r.is_independent()).count();
    let credit: f64 = scored.iter().map(|r| credit(session, *r)).sum();
    let n = scored.len() as f64;
    Some(SessionScore {
        session: session.id,
        date: session.date.clone(),
        phase: session.phase,
        version: session.version,
        scored: scored.len(),
        independent,
        percent_independent: clamp(independent as f64 * 100.0 / n),
        weighted: clamp(credit * 100.0 / n),
    })
}

/// Credit for one response from 0 to 1 under the session's own hierarchy.
pub fn credit(session: &Session, response: Response) -> f64 {
    match response {
        Response::Level(i) => session.hierarchy.weight(i as usize).unwrap_or(0.0),
        _ => 0.0,
    }
}

fn clamp(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// Which figure a chart or an aim line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub enum Measure {
    #[default]
    PercentIndependent,
    Weighted,
}

impl Measure {
    pub fn of(self, s: &SessionScore) -> f64 {
        match self {
            Measure::PercentIndependent => s.percent_independent,
            Measure::Weighted => s.weighted,
        }
    }

    pub fn label(self) -> String {
        match self {
            Measure::PercentIndependent => t!("track-measure-alone"),
            Measure::Weighted => t!("track-measure-weighted"),
        }
    }
}

/// The line from where the person started to where the team aims to be, by a number of
/// sessions. Points are session positions (0 = the task's first finished session).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct AimLine {
    #[serde(default)]
    pub measure: Measure,
    /// The session the line starts at (usually the last baseline session).
    pub from_session: usize,
    pub baseline: f64,
    pub target: f64,
    /// Sessions from the start to reach the target; the line stays at the target after.
    pub over_sessions: u32,
}

impl AimLine {
    /// Where the line is at a session position, or `None` before it starts.
    pub fn at(&self, position: usize) -> Option<f64> {
        if position < self.from_session {
            return None;
        }
        if self.over_sessions == 0 {
            return Some(self.target);
        }
        let done = (position - self.from_session).min(self.over_sessions as usize) as f64;
        Some(self.baseline + (self.target - self.baseline) * done / self.over_sessions as f64)
    }

    pub fn problem(&self) -> Option<String> {
        let ok = |v: f64| v.is_finite() && (0.0..=100.0).contains(&v);
        if !ok(self.baseline) || !ok(self.target) {
            return Some(t!("track-aim-percents"));
        }
        if self.over_sessions == 0 || self.over_sessions > 200 {
            return Some(t!("track-aim-sessions"));
        }
        None
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// Session position (0 = first).
    pub x: usize,
    pub session: SessionId,
    pub date: String,
    pub phase: u32,
    pub percent_independent: f64,
    pub weighted: f64,
    /// Where the aim line is at this session, if it has started.
    pub aim: Option<f64>,
}

/// A vertical line between the last session of one phase and the first of the next.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseLine {
    /// Halfway between two session positions.
    pub x: f64,
    pub phase: u32,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chart {
    pub points: Vec<ChartPoint>,
    /// (x, y) at the start and the end of the aim line.
    pub aim: Option<((f64, f64), (f64, f64))>,
    pub phase_lines: Vec<PhaseLine>,
}

/// The chart's data for a task's finished sessions (oldest first); sessions with no scored
/// step are left out. `phase_label` names a phase for its line.
pub fn chart(
    sessions: &[Session],
    aim: Option<&AimLine>,
    phase_label: impl Fn(u32) -> String,
) -> Chart {
    let scores: Vec<SessionScore> = sessions.iter().filter_map(score).collect();
    let points: Vec<ChartPoint> = scores
        .iter()
        .enumerate()
        .map(|(x, s)| ChartPoint {
            x,
            session: s.session,
            date: s.date.clone(),
            phase: s.phase,
            percent_independent: s.percent_independent,
            weighted: s.weighted,
            aim: aim.and_then(|a| a.at(x)),
        })
        .collect();
    let phase_lines = points
        .windows(2)
        .filter(|w| w[0].phase != w[1].phase)
        .map(|w| PhaseLine {
            x: w[0].x as f64 + 0.5,
            phase: w[1].phase,
            label: phase_label(w[1].phase),
        })
        .collect();
    let aim = aim.map(|a| {
        let x0 = a.from_session as f64;
        ((x0, a.baseline), (x0 + a.over_sessions as f64, a.target))
    });
    Chart {
        points,
        aim,
        phase_lines,
    }
}

/// One cell of the heat map.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// `None` when the step was not recorded in that session.
    pub response: Option<Response>,
    /// The code to print in the cell ("V", "E", "NA", or empty).
    pub code: String,
    /// 0 to 1 for shading; `None` for not recorded or not applicable.
    pub credit: Option<f64>,
}

/// Rows are steps (in the order given), columns are sessions (oldest first).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    pub steps: Vec<StepId>,
    pub sessions: Vec<SessionId>,
    pub rows: Vec<Vec<Cell>>,
}

pub fn matrix(steps: &[StepId], sessions: &[Session]) -> Matrix {
    let rows = steps
        .iter()
        .map(|step| {
            sessions
                .iter()
                .map(|s| {
                    let response = s.response(*step);
                    Cell {
                        response,
                        code: response.map_or(String::new(), |r| r.code(&s.hierarchy)),
                        credit: response.filter(|r| r.is_scored()).map(|r| credit(s, r)),
                    }
                })
                .collect()
        })
        .collect();
    Matrix {
        steps: steps.to_vec(),
        sessions: sessions.iter().map(|s| s.id).collect(),
        rows,
    }
}

/// Whose sessions a CSV holds: the person's label and the task's title, in every row and
/// in the file's name, so one coach's files for several clients cannot be mixed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvFor<'a> {
    pub person: &'a str,
    pub task: &'a str,
}

impl CsvFor<'_> {
    /// `sessions-ab-wipe-tables-2026-05-01.csv`: the person, the task and the date, made
    /// safe for a file name on any system (letters and digits, words joined by "-").
    pub fn file_name(&self, date: &str) -> String {
        let parts = [
            t!("track-csv-file"),
            safe_name(self.person),
            safe_name(self.task),
        ];
        let mut name: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        name.push(safe_name(date));
        format!("{}.csv", name.join("-"))
    }
}

/// Letters and digits (in any alphabet), lower case, each run of anything else one "-",
/// at most 40 characters: no slash, colon, dot or quote a file system could trip on.
fn safe_name(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.chars().take(40).collect();
    out.trim_end_matches('-').to_string()
}

/// Every recorded response as CSV, one row per step per session, for a spreadsheet, each
/// row saying whose it is. `step_name` gives a step's words (the view looks them up in the
/// task's version).
pub fn csv(
    whose: CsvFor,
    sessions: &[Session],
    step_name: impl Fn(u32, StepId) -> String,
) -> String {
    fn field(text: &str) -> String {
        // Quote every field; a leading = + - @ (or a TAB or CR, which spreadsheets skip
        // before reading a formula) is prefixed so a spreadsheet never runs it.
        let text = match text.chars().next() {
            Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
            _ => text.to_string(),
        };
        format!("\"{}\"", text.replace('"', "\"\""))
    }
    let heading = [
        t!("track-csv-person"),
        t!("track-csv-task"),
        t!("track-csv-date"),
        t!("track-csv-session"),
        t!("track-csv-version"),
        t!("track-csv-phase"),
        t!("track-csv-procedure"),
        t!("track-csv-step-number"),
        t!("track-csv-step"),
        t!("track-csv-response"),
        t!("track-csv-who"),
        t!("track-csv-note"),
        t!("track-csv-session-note"),
    ];
    let mut out = heading.map(|h| field(&h)).join(",");
    out.push_str("\r\n");
    for s in sessions {
        for r in &s.records {
            let number = s.plan.number_of(r.step);
            let row = [
                field(whose.person),
                field(whose.task),
                field(&s.date),
                field(&s.id.to_string()),
                s.version.to_string(),
                s.phase.to_string(),
                field(&s.procedure.label()),
                number.to_string(),
                field(&step_name(s.version, r.step)),
                field(&r.response.label(&s.hierarchy)),
                field(&r.who.label()),
                field(&r.note),
                field(&s.note),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}
