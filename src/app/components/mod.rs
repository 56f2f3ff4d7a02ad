//! Small components shared by the pages.

pub mod coming_soon;
pub mod layout;
pub mod hooks;
