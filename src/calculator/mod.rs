//! The better-off calculator's screen logic, kept out of the views so it is tested
//! natively: the form as typed and its checks, the choices and their stored texts, the
//! guided questions, the state and its actions, the better-or-worse verdict, chart and
//! heat-map geometry, share links and scenario files, and what it keeps on the device
//! ([`kept`]). Nothing here touches the browser; the Yew pages in `app::pages::better_off`
//! only render it.
pub mod answer;
pub mod chart;
pub mod choice;
pub mod file;
pub mod first_months;
pub mod form;
pub mod format;
pub mod guided;
pub mod heatmap;
pub mod kept;
pub mod share;
pub mod state;
#[cfg(test)]
pub(crate) mod test_support;
pub mod verdict;
