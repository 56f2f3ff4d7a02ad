//! The Yew front end: routes, pages and components. It renders state and sends
//! actions; money and rules live in the browser-free library beside it.

mod components;
mod pages;
mod route;

pub use pages::home::Home;
pub use route::Route;

use components::layout::Layout;
use yew::prelude::*;
use yew_router::prelude::*;

/// The whole app: hash routes, so it works from any sub-path of any static host.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <HashRouter>
            <Layout>
                <Switch<Route> render={route::switch} />
            </Layout>
        </HashRouter>
    }
}

/// Replaces the loading message in `#app` with the app. Falls back to `<body>`
/// if the host page has no `#app` element.
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
