//! Supported-work toolkit: a better-off calculator, a task analysis builder and a
//! prompting and fading tracker for job coaches and the people they support.
//!
//! The crate has two halves. Everything outside [`app`] is plain Rust that knows
//! nothing of the browser (money, UK rules, scenarios) and is tested natively with
//! `cargo test`. [`app`] is the thin Yew front end that renders state and sends
//! actions; it is the only module that may use `yew`, `web_sys` or `gloo`.

// First, so `t!` can be used in every module after it.
#[macro_use]
pub mod i18n;

// The three tools.
pub mod better_off;
pub mod tasks;
pub mod tracker;

// What they share.
pub mod backup;
pub mod base64url;
pub mod calendar;
pub mod embed;
pub mod money;
pub mod store;
pub mod svg;
pub mod tool;

// The browser front end.
pub mod app;
