//! The `tools` bundle: job steps, the prompting tracker and your data, with home and
//! privacy. The start-up script starts it for their addresses (see `app::route`).

fn main() {
    // Only the tools use pictures, so only they remove the ones no step uses.
    supported_work::app::local_storage::tidy_on_open(supported_work::tasks::file::unused_pictures);
    supported_work::app::mount::<supported_work::app::ToolsPages>();
}
