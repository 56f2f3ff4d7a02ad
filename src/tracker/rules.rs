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
use serde::{Deserialize, Serialize};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    pub fn label(self) -> &'static str {
        match self {
            MasteryStatus::NotStarted => "Not taught yet",
            MasteryStatus::Learning => "Learning",
            MasteryStatus::Mastered => "Mastered",
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
            return Some("Choose from 1 to 20 sessions for mastery.".into());
        }
        if !(1..=100).contains(&self.percent) {
            return Some("Choose a mastery percent from 1 to 100.".into());
        }
        None
    }

    /// Said beside the setting when the criterion is below 90%.
    pub fn warning(&self) -> Option<String> {
        (self.percent < WARN_BELOW_PERCENT).then(|| {
            format!(
                "You chose {}%, which is below {WARN_BELOW_PERCENT}%. A step may then be called learned before it is. In studies, skills learned to 80% or less were forgotten more often than skills learned to 90% or 100%.",
                self.percent
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
                why: "No session has scored this step yet.".into(),
            };
        }
        let window = &h[h.len().saturating_sub(n)..];
        let independent = window.iter().filter(|(_, r)| r.is_independent()).count();
        let needed = self.needed();
        if window.len() < n {
            return Explained {
                value: MasteryStatus::Learning,
                why: format!(
                    "Scored in {} session{} so far; mastery is judged over {n} in a row.",
                    window.len(),
                    plural(window.len())
                ),
            };
        }
        if independent >= needed {
            Explained {
                value: MasteryStatus::Mastered,
                why: format!(
                    "Independent in {independent} of the last {n} sessions (the rule asks for {needed})."
                ),
            }
        } else {
            Explained {
                value: MasteryStatus::Learning,
                why: format!(
                    "Independent in {independent} of the last {n} sessions; the rule asks for {needed}."
                ),
            }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
            return Some("Choose from 1 to 10 sessions for fading and for stepping back.".into());
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
                .map_or_else(|| format!("level {}", i + 1), |l| l.name.to_lowercase())
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
                (Some(f), Some(t)) if t > f => format!(
                    "An error or no response in the last {e} sessions. Go back one level, from {} to {}, then fade again.",
                    name(f), name(t)
                ),
                (Some(f), _) => format!(
                    "An error or no response in the last {e} sessions, already at {}, the most help on the list. Check how the step is taught.",
                    name(f)
                ),
                _ => format!(
                    "An error or no response in the last {e} sessions. Give one level more help than you used."
                ),
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
        if most == 0 {
            return None;
        }
        Some(Explained {
            value: FadeSuggestion::Fade {
                from: most,
                to: most - 1,
            },
            why: format!(
                "Done with {} or less help in the last {n} session{}. Try {} next.",
                name(most),
                plural(n),
                name(most - 1)
            ),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

    pub fn label(self) -> &'static str {
        match self {
            ImprovementOption::CheckProcedure => "Check how the procedure is being applied",
            ImprovementOption::SplitStep => "Split the step into smaller steps",
            ImprovementOption::ChangeProcedure => "Change the teaching procedure",
            ImprovementOption::AnotherWay => "Try another way of doing the task",
            ImprovementOption::JobAid => "Add or change the job aid",
            ImprovementOption::RedesignJob => "Redesign the job or ask for a reasonable adjustment",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            ImprovementOption::CheckProcedure => "Watch a session: is the cue, the wait and the prompt given the same way each time, by everyone?",
            ImprovementOption::SplitStep => "A step that stays hard is often two or three steps.",
            ImprovementOption::ChangeProcedure => "For example from least-to-most to time delay, or to most-to-least if errors persist.",
            ImprovementOption::AnotherWay => "A different order, tool or method may suit the person better.",
            ImprovementOption::JobAid => "Pictures, a checklist or a jig can carry the step the person keeps missing.",
            ImprovementOption::RedesignJob => "Swap the task with a co-worker, or change how it is done. Under the Equality Act 2010, the employer must think about reasonable adjustments.",
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
            return Some(
                "Choose from 2 to 20 sessions for no gain, and 1 to 20 points below the aim line."
                    .into(),
            );
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
                        format!(
                            "The last {p} sessions ({}) were all below the aim line.",
                            list(last.iter().map(|(_, v)| *v))
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
                    format!(
                        "No gain across the last {n} sessions ({}): none rose above the first.",
                        list(last.iter().map(|(_, v)| *v))
                    ),
                );
            }
        }
        None
    }
}

fn list(values: impl Iterator<Item = f64>) -> String {
    values
        .map(|v| format!("{}%", v.round()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every rule for one task, with the defaults above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
