//! The three rules a coach sees and can change: when a step is mastered, when to fade help
//! (or give a little more back), and when progress has stalled. Each returns what it found
//! and a plain-words reason, so the coach can check the rule against the data.
//!
//! Defaults come from published practice, listed in [`REFERENCES`]; they are starting points
//! for the team to agree, not prescriptions.

use super::hierarchy::{PromptHierarchy, Response};
use super::progress::{score, AimLine, Measure};
use super::session::Session;
use crate::tasks::StepId;
#[cfg(test)]
use serde::Deserialize;
use serde::Serialize;

/// A source a default is based on, for the "Why this rule?" note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub rule: &'static str,
    pub title: &'static str,
    pub href: &'static str,
}

pub const REFERENCES: &[Reference] = &[
    Reference {
        rule: "mastery",
        title: "Fuller, J. L. & Fienup, D. M. (2018). A preliminary analysis of mastery criterion level: effects on response maintenance. Behavior Analysis in Practice, 11(1), 1\u{2013}8. Of 50%, 80% and 90% criteria, skills learned to 90% were kept best.",
        href: "https://doi.org/10.1007/s40617-017-0201-0",
    },
    Reference {
        rule: "mastery",
        title: "Longino, E., Richling, S. M., McDougale, C. B. & Palmier, J. M. (2022). The effects of mastery criteria on maintenance: a replication with most-to-least prompting. Behavior Analysis in Practice, 15(2), 397\u{2013}405. With 80%, 90% and 100% across three consecutive sessions, 90% and 100% were kept best; 80% fell away.",
        href: "https://doi.org/10.1007/s40617-021-00562-y",
    },
    Reference {
        rule: "mastery",
        title: "Richling, S. M., Williams, W. L. & Carr, J. E. (2019). The effects of different mastery criteria on the skill maintenance of children with developmental disabilities. Journal of Applied Behavior Analysis, 52(3), 701\u{2013}717. 80% across three sessions was often not kept.",
        href: "https://doi.org/10.1002/jaba.580",
    },
    Reference {
        rule: "mastery",
        title: "Love, J. R., Carr, J. E., Almason, S. M. & Petursdottir, A. I. (2009). Early and intensive behavioral intervention for autism: a survey of clinical practices. Research in Autism Spectrum Disorders, 3(2), 421\u{2013}428. Criteria across two or three sessions were the most common.",
        href: "https://doi.org/10.1016/j.rasd.2008.08.008",
    },
    Reference {
        rule: "fading",
        title: "Cengher, M., Budd, A., Farrell, N. & Fienup, D. M. (2018). A review of prompt-fading procedures: implications for effective and efficient skill acquisition. Journal of Developmental and Physical Disabilities, 30, 155\u{2013}173. Fading after a set number of correct prompted sessions, and stepping back after errors, are the usual decision rules.",
        href: "https://doi.org/10.1007/s10882-017-9575-8",
    },
    Reference {
        rule: "no progress",
        title: "National Center on Intensive Intervention: using progress monitoring data for decision making (the four-point rule: four points in a row below the goal line means change the plan).",
        href: "https://intensiveintervention.org/",
    },
    Reference {
        rule: "no progress",
        title: "Browder, D. M., Liberty, K., Heller, M. & D'Huyvetters, K. K. (1986). Self-management by teachers: improving instructional decision making. Professional School Psychology, 1(3), 165\u{2013}175 (data-based decision rules for task-analysed skills: change instruction when there is no progress).",
        href: "https://doi.org/10.1037/h0090509",
    },
];

/// A finding and why, in words the coach can check against the data.
#[derive(Debug, Clone, PartialEq)]
pub struct Explained<T> {
    pub value: T,
    pub why: String,
}

/// The criteria below this are kept less well (Fuller & Fienup 2018; Richling et al. 2019).
pub const WARN_BELOW_PERCENT: u32 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct MasteryRule {
    /// Look at this many sessions in a row in which the step was scored.
    pub sessions: u32,
    /// The share of them that must be independent (100 = every one).
    pub percent: u32,
}

impl Default for MasteryRule {
    fn default() -> MasteryRule {
        MasteryRule {
            sessions: 3,
            percent: 100,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MasteryStatus {
    NotStarted,
    Learning,
    Mastered,
}

impl MasteryStatus {
    pub fn label(self) -> String {
        match self {
            MasteryStatus::NotStarted => t!("track-status-not-started"),
            MasteryStatus::Learning => t!("track-status-learning"),
            MasteryStatus::Mastered => t!("track-status-mastered"),
        }
    }
}

/// The step's scored responses, oldest first (sessions where it was not applicable or not
/// recorded are skipped: they say nothing about what the person can do).
fn history(step: StepId, sessions: &[Session]) -> Vec<(&Session, Response)> {
    sessions
        .iter()
        .filter_map(|s| s.response(step).map(|r| (s, r)))
        .filter(|(_, r)| r.is_scored())
        .collect()
}

impl MasteryRule {
    pub fn problem(&self) -> Option<String> {
        if !(1..=20).contains(&self.sessions) {
            return Some(t!("track-rule-mastery-sessions-bad"));
        }
        if !(1..=100).contains(&self.percent) {
            return Some(t!("track-rule-mastery-percent-bad"));
        }
        None
    }

    /// Said beside the setting when the criterion is below 90%.
    pub fn warning(&self) -> Option<String> {
        (self.percent < WARN_BELOW_PERCENT).then(|| {
            t!(
                "track-rule-mastery-warning",
                percent = self.percent,
                below = WARN_BELOW_PERCENT
            )
        })
    }

    /// How many of the last `sessions` must be independent.
    fn needed(&self) -> usize {
        let n = self.sessions as usize;
        (n * self.percent as usize).div_ceil(100).clamp(1, n.max(1))
    }

    pub fn status(&self, step: StepId, sessions: &[Session]) -> Explained<MasteryStatus> {
        let h = history(step, sessions);
        let n = (self.sessions as usize).max(1);
        if h.is_empty() {
            return Explained {
                value: MasteryStatus::NotStarted,
                why: t!("track-mastery-none"),
            };
        }
        let window = &h[h.len().saturating_sub(n)..];
        let independent = window.iter().filter(|(_, r)| r.is_independent()).count();
        let needed = self.needed();
        if window.len() < n {
            return Explained {
                value: MasteryStatus::Learning,
                why: t!("track-mastery-few", count = window.len(), needed = n),
            };
        }
        if independent >= needed {
            Explained {
                value: MasteryStatus::Mastered,
                why: t!(
                    "track-mastery-met",
                    independent = independent,
                    count = n,
                    needed = needed
                ),
            }
        } else {
            Explained {
                value: MasteryStatus::Learning,
                why: t!(
                    "track-mastery-not-met",
                    independent = independent,
                    count = n,
                    needed = needed
                ),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct FadingRule {
    /// Sessions in a row at a level (or with less help) before suggesting less help.
    pub sessions_to_fade: u32,
    /// Sessions in a row with an error or no response before suggesting more help.
    pub errors_to_step_back: u32,
}

impl Default for FadingRule {
    fn default() -> FadingRule {
        FadingRule {
            sessions_to_fade: 2,
            errors_to_step_back: 2,
        }
    }
}

/// What the fading rule suggests for a step. Levels are indexes into the hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FadeSuggestion {
    /// Try the next less intrusive level.
    Fade { from: usize, to: usize },
    /// Go back one level (more help). `to` is `None` when no level was recorded before the
    /// errors, so the coach decides.
    StepBack {
        from: Option<usize>,
        to: Option<usize>,
    },
}

impl FadingRule {
    pub fn problem(&self) -> Option<String> {
        if !(1..=10).contains(&self.sessions_to_fade)
            || !(1..=10).contains(&self.errors_to_step_back)
        {
            return Some(t!("track-rule-fading-bad"));
        }
        None
    }

    pub fn suggest(
        &self,
        step: StepId,
        sessions: &[Session],
        hierarchy: &PromptHierarchy,
    ) -> Option<Explained<FadeSuggestion>> {
        let h = history(step, sessions);
        let name = |i: usize| {
            hierarchy
                .level(i)
                .map_or_else(
                    || t!("track-level-number", number = i + 1),
                    |l| l.shown_name(),
                )
                .to_lowercase()
        };
        let e = self.errors_to_step_back as usize;
        if e > 0
            && h.len() >= e
            && h[h.len() - e..]
                .iter()
                .all(|(_, r)| !matches!(r, Response::Level(_)))
        {
            let from = h[..h.len() - e].iter().rev().find_map(|(_, r)| match r {
                Response::Level(i) => Some(*i as usize),
                _ => None,
            });
            let last = hierarchy.len().saturating_sub(1);
            let to = from.map(|f| (f + 1).min(last));
            let why = match (from, to) {
                (Some(f), Some(t)) if t > f => {
                    t!("track-fade-back", count = e, from = name(f), to = name(t))
                }
                (Some(f), _) => t!("track-fade-back-most", count = e, level = name(f)),
                _ => t!("track-fade-back-unknown", count = e),
            };
            return Some(Explained {
                value: FadeSuggestion::StepBack { from, to },
                why,
            });
        }
        let n = self.sessions_to_fade as usize;
        if n == 0 || h.len() < n {
            return None;
        }
        let window = &h[h.len() - n..];
        let mut most = 0usize;
        for (_, r) in window {
            match r {
                Response::Level(i) => most = most.max(*i as usize),
                _ => return None,
            }
        }
        // The next level is one less help than the step's last score, never as much help as
        // it needed last time: a step last scored Independent has nothing left to fade.
        let last = match window.last() {
            Some((_, Response::Level(i))) => *i as usize,
            _ => return None,
        };
        if most == 0 || last == 0 {
            return None;
        }
        let to = (most - 1).min(last - 1);
        Some(Explained {
            value: FadeSuggestion::Fade { from: most, to },
            why: t!("track-fade", count = n, from = name(most), to = name(to)),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct NoProgressRule {
    /// Sessions in a row in which the score never rose above the first of them.
    pub flat_sessions: u32,
    /// Points in a row below the aim line.
    pub points_below_aim: u32,
}

impl Default for NoProgressRule {
    fn default() -> NoProgressRule {
        NoProgressRule {
            flat_sessions: 4,
            points_below_aim: 4,
        }
    }
}

/// The ways to improve performance offered when progress stalls (issue 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub enum ImprovementOption {
    CheckProcedure,
    SplitStep,
    ChangeProcedure,
    AnotherWay,
    JobAid,
    RedesignJob,
}

impl ImprovementOption {
    pub const ALL: [ImprovementOption; 6] = [
        ImprovementOption::CheckProcedure,
        ImprovementOption::SplitStep,
        ImprovementOption::ChangeProcedure,
        ImprovementOption::AnotherWay,
        ImprovementOption::JobAid,
        ImprovementOption::RedesignJob,
    ];

    pub fn label(self) -> String {
        match self {
            ImprovementOption::CheckProcedure => t!("track-option-check"),
            ImprovementOption::SplitStep => t!("track-option-split"),
            ImprovementOption::ChangeProcedure => t!("track-option-procedure"),
            ImprovementOption::AnotherWay => t!("track-option-another-way"),
            ImprovementOption::JobAid => t!("track-option-job-aid"),
            ImprovementOption::RedesignJob => t!("track-option-redesign"),
        }
    }

    pub fn hint(self) -> String {
        match self {
            ImprovementOption::CheckProcedure => t!("track-option-check-hint"),
            ImprovementOption::SplitStep => t!("track-option-split-hint"),
            ImprovementOption::ChangeProcedure => t!("track-option-procedure-hint"),
            ImprovementOption::AnotherWay => t!("track-option-another-way-hint"),
            ImprovementOption::JobAid => t!("track-option-job-aid-hint"),
            ImprovementOption::RedesignJob => t!("track-option-redesign-hint"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stall {
    /// No gain across the last sessions.
    Flat,
    /// The last points are all below the aim line.
    BelowAim,
}

/// A stall, and the options to choose from.
#[derive(Debug, Clone, PartialEq)]
pub struct NoProgressFlag {
    pub stall: Stall,
    pub options: Vec<ImprovementOption>,
}

impl NoProgressRule {
    pub fn problem(&self) -> Option<String> {
        if !(2..=20).contains(&self.flat_sessions) || !(1..=20).contains(&self.points_below_aim) {
            return Some(t!("track-rule-no-progress-bad"));
        }
        None
    }

    /// Check the sessions of the current phase (`positions` are their places on the chart,
    /// for the aim line). A fresh phase starts the count again.
    pub fn check(
        &self,
        phase_sessions: &[Session],
        positions: &[usize],
        aim: Option<&AimLine>,
    ) -> Option<Explained<NoProgressFlag>> {
        let measure = aim.map_or(Measure::PercentIndependent, |a| a.measure);
        let values: Vec<(usize, f64)> = phase_sessions
            .iter()
            .zip(positions)
            .filter_map(|(s, x)| score(s).map(|sc| (*x, measure.of(&sc))))
            .collect();
        let flag = |stall, why| {
            Some(Explained {
                value: NoProgressFlag {
                    stall,
                    options: ImprovementOption::ALL.to_vec(),
                },
                why,
            })
        };
        let p = self.points_below_aim as usize;
        if let Some(aim) = aim {
            if p > 0 && values.len() >= p {
                let last = &values[values.len() - p..];
                if last.iter().all(|(x, v)| aim.at(*x).is_some_and(|a| *v < a)) {
                    return flag(
                        Stall::BelowAim,
                        t!(
                            "track-stall-below-aim",
                            count = p,
                            values = list(last.iter().map(|(_, v)| *v))
                        ),
                    );
                }
            }
        }
        let n = self.flat_sessions as usize;
        if n >= 2 && values.len() >= n {
            let last = &values[values.len() - n..];
            let first = last[0].1;
            if first < 100.0 && last[1..].iter().all(|(_, v)| *v <= first) {
                return flag(
                    Stall::Flat,
                    t!(
                        "track-stall-flat",
                        count = n,
                        values = list(last.iter().map(|(_, v)| *v))
                    ),
                );
            }
        }
        None
    }
}

fn list(values: impl Iterator<Item = f64>) -> String {
    values.map(percent).collect::<Vec<_>>().join(", ")
}

/// A percent, rounded, written the language's way ("25%", "25 %").
pub fn percent(v: f64) -> String {
    let v = if v.is_finite() { v.round() } else { 0.0 };
    t!("track-percent", value = v as i64)
}

/// Every rule for one task, with the defaults above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(Deserialize))]
pub struct Rules {
    #[serde(default)]
    pub mastery: MasteryRule,
    #[serde(default)]
    pub fading: FadingRule,
    #[serde(default)]
    pub no_progress: NoProgressRule,
}

impl Rules {
    pub fn problem(&self) -> Option<String> {
        self.mastery
            .problem()
            .or_else(|| self.fading.problem())
            .or_else(|| self.no_progress.problem())
    }
}
