//! Small components shared by the pages.

pub mod download;
pub mod hooks;
pub mod layout;
pub mod progress;
