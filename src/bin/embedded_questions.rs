//! The `embedded_questions` bundle: the embedded calculator's questions alone, one at a time
//! (issue 21: the embed's first load within 200 KB). Once the person needs more (the answer,
//! the coaches' form), the page reloads into the `embedded` bundle (see `app::route`).

fn main() {
    supported_work::app::embedded::mount::<supported_work::app::EmbeddedQuestionsPages>();
}
