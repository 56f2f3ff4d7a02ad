//! The better-off calculator: is a person better off in a job than out of work, and by how much.
//!
//! Its calculation, inner layers first, each using only those before it:
//! - [`params`]: the rates for each tax year, read from `params/*.toml` at build time;
//! - [`scenario`]: the household and the job offers, as the engine takes them, with their checks;
//! - [`rules`]: one module per rule (a benefit, a tax, a threshold), each citing its regulation;
//! - [`engine`]: the household's money out of work and in each offer, explained.
//!
//! Its screen, kept out of the views so it is tested natively: the form as typed and its
//! checks, the choices and their stored texts, the guided questions, the state and its
//! actions, the better-or-worse verdict, chart and heat-map geometry, share links and scenario
//! files, and what it keeps on the device ([`kept`]). Nothing here touches the browser; the
//! Yew pages in `app::pages::better_off` only render it.
pub mod engine;
pub mod params;
pub mod rules;
pub mod scenario;

pub mod answer;
pub mod baseline;
pub mod chart;
pub mod choice;
pub mod file;
pub mod first_months;
pub mod form;
pub mod format;
pub mod guided;
pub mod heatmap;
pub mod kept;
pub mod person;
pub mod share;
pub mod state;
#[cfg(test)]
pub(crate) mod test_support;
pub mod verdict;
