//! One module per route.

pub mod better_off;
pub mod data;
pub mod embed;
pub mod home;
pub mod not_found;
pub mod parts;
pub mod privacy;
pub mod tasks;
pub mod tracker;
