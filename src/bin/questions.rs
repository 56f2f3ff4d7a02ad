//! The `questions` bundle: the calculator's questions alone, one at a time, with home and
//! privacy (issue 21: a first visit within 300 KB). The start-up script starts it for every
//! address but the tools' and the embed's until the device has needed the whole calculator;
//! then the page reloads into the `calculator` bundle (see `app::route`).

fn main() {
    supported_work::app::mount::<supported_work::app::QuestionsPages>();
}
