//! Mounts the app into the page's `#app` element.

fn main() {
    supported_work::app::mount();
}
