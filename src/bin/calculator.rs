//! The `calculator` bundle: the better-off calculator, home and privacy. The start-up script
//! starts it for every address but the tools' and the embed's (see `app::route`); the
//! calculator on an agency's page is the `embedded` bundle.

fn main() {
    supported_work::app::mount::<supported_work::app::CalculatorPages>();
}
