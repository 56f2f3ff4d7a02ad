//! The `tools` bundle: job steps, the prompting tracker and your data, with home and
//! privacy. The start-up script starts it for their addresses (see `app::route`).

fn main() {
    supported_work::app::mount::<supported_work::app::ToolsPages>();
}
