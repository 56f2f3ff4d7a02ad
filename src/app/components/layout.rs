//! The frame around every page: skip link, header with navigation, main area, footer.
//! On a route change it sets the tab title and moves focus to the page's main area,
//! so screen reader and keyboard users land at the start of the new page.

use crate::app::components::update_banner::UpdateBanner;
use crate::app::{store, Route};
use yew::prelude::*;
use yew_router::prelude::*;

const APP_NAME: &str = "Work Steps";

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let main_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);

    {
        let main_ref = main_ref.clone();
        use_effect_with(route, move |route| {
            gloo::utils::document().set_title(&format!("{} – {APP_NAME}", route.title()));
            // Leave focus alone on first load; after that a route change is a new page.
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        });
    }

    // Embedded in another site's page: no app header or footer; the page has its own main.
    if route == Route::EmbedBetterOff {
        return props.children.clone();
    }

    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main(main_ref.clone())}>
                { "Skip to main content" }
            </a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a href={Route::Home.href()} class="site-name">
                        <img src="favicon.svg" alt="" width="32" height="32" />
                        <span>{ APP_NAME }</span>
                    </a>
                    <nav aria-label="Main">
                        <ul class="nav-list">
                            { for Route::NAV.iter().map(|&r| nav_item(r, r == route)) }
                        </ul>
                    </nav>
                    if store::lock_idle_minutes().is_some() {
                        <button type="button" class="lock-now" onclick={Callback::from(|_| store::lock_now())}>
                            { "Lock" }
                        </button>
                    }
                </div>
            </header>
            <UpdateBanner />
            <main id="main" tabindex="-1" ref={main_ref}>
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>
                    { "Everything you type stays on this device. Nothing is sent to us or anyone else." }
                </p>
                <ul class="footer-links">
                    { for Route::FOOTER.iter().map(|&r| nav_item(r, r == route)) }
                </ul>
            </footer>
        </>
    }
}

fn nav_item(route: Route, current: bool) -> Html {
    html! {
        <li>
            <a href={route.href()} class="nav-link" aria-current={current.then_some("page")}>
                { route.title() }
            </a>
        </li>
    }
}

/// The skip link's target is `#main`, but with hash routing a plain `href="#main"`
/// would be read as a route: focus the main area instead and keep the URL.
fn skip_to_main(main_ref: NodeRef) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = main_ref.cast::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    })
}
