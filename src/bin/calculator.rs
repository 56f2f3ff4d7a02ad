//! The `calculator` bundle: the better-off calculator (also embedded on agencies' pages),
//! home and privacy. The start-up script starts it for every address but the tools' (see
//! `app::route`).

fn main() {
    supported_work::app::mount::<supported_work::app::CalculatorPages>();
}
