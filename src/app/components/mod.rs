//! Small components shared by the pages.

pub mod hooks;
pub mod layout;
