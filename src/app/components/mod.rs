//! Small components shared by the pages.

pub mod download;
pub mod framed;
pub mod hooks;
pub mod layout;
pub mod lock;
pub mod progress;
pub mod remove_all;
pub mod text;
pub mod update_banner;
