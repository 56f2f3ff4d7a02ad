//! The prompting and fading tracker, kept out of the views so it is tested natively: the
//! prompt hierarchy a coach uses for a task ([`hierarchy`]), a recorded teaching session
//! ([`session`]), what the sessions add up to ([`progress`]), how their chart is drawn
//! ([`chart`]), the aim line as typed ([`aim_form`]), the mastery, fading and no-progress
//! rules with their reasons and sources ([`rules`]), the reducer ([`state`]) and the file
//! format ([`file`]). Built on the task analyses of [`crate::tasks`]; no browser types.
pub mod aim_form;
pub mod chart;
pub mod file;
pub mod hierarchy;
pub mod progress;
pub(crate) mod read;
#[cfg(test)]
pub(crate) mod read_tests;
pub mod report;
pub mod rules;
pub mod session;
pub mod state;

pub use file::{TrackerError, TrackerFile, TrackerProblem};
pub use hierarchy::{Procedure, PromptHierarchy, PromptLevel, Prompter, Response};
pub use progress::{AimLine, Chart, Matrix, Measure, SessionScore};
pub use rules::{
    Explained, FadeSuggestion, FadingRule, ImprovementOption, MasteryRule, MasteryStatus,
    NoProgressFlag, NoProgressRule, Rules, Stall,
};
pub use session::{RecordPlan, Session, SessionId, StepRecord};
pub use state::{Action, Phase, TaskTracker, TrackerState};
