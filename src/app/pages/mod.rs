//! One module per route.

pub mod better_off;
pub mod embed;
pub mod home;
pub mod not_found;
pub mod tasks;
pub mod tracker;
