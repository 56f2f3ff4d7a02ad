//! The `embedded` bundle: the better-off calculator alone, for an iframe on an agency's page
//! (`#/embed/better-off`, put there by `embed.js`). No router, no app navigation, no other
//! page (issue 21: the embed's first load downloads nothing of the rest of the app). The
//! start-up script starts it for that address on a device that has needed the whole
//! calculator; before that, `embedded_questions` (see `app::route`).

fn main() {
    supported_work::app::embedded::mount::<supported_work::app::EmbeddedPages>();
}
