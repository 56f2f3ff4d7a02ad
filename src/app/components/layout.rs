//! The frame around every page: skip link, header with navigation, main area, footer.
//! On a route change it sets the tab title and moves focus to the page's main area,
//! so screen reader and keyboard users land at the start of the new page.

use crate::app::components::framed;
use crate::app::components::update_banner::UpdateBanner;
use crate::app::{i18n as app_i18n, local_storage, Route};
use crate::i18n::{self, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The page's route (`app::route::use_route`).
    pub route: Route,
    /// Whether a passphrase locks the data, so the header offers "Lock now". A prop, not
    /// read here: the app draws the layout again when it changes.
    pub lockable: bool,
    pub children: Html,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let route = props.route;
    let main_ref = use_node_ref();
    // A page loaded to change bundle (app::route) counts as a route change, not a first load.
    let first_render = use_mut_ref(|| !crate::app::route::moved_here());

    {
        let main_ref = main_ref.clone();
        use_effect_with(route, move |route| {
            gloo::utils::document().set_title(&t!("page-title", page = route.title()));
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
    // Any other page inside a frame shows only a link to open it in its own tab.
    if framed::framed() {
        return framed::notice();
    }

    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main(main_ref.clone())}>
                { t!("skip-to-main") }
            </a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a href={Route::Home.href()} class="site-name">
                        <img src="favicon.svg" alt="" width="32" height="32" />
                        <span>{ t!("app-name") }</span>
                    </a>
                    <nav aria-label={t!("nav-label")}>
                        <ul class="nav-list">
                            { for Route::NAV.iter().map(|&r| nav_item(r, r == route)) }
                        </ul>
                    </nav>
                    if props.lockable {
                        <button type="button" class="lock-now" onclick={Callback::from(|_| local_storage::lock_now())}>
                            { t!("lock-now") }
                        </button>
                    }
                    <Settings />
                </div>
            </header>
            <UpdateBanner />
            <main id="main" tabindex="-1" ref={main_ref}>
                if route == Route::BetterOff {
                    <UkRulesNotice />
                }
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ t!("footer-private") }</p>
                <ul class="footer-links" aria-label={t!("footer-links-label")}>
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

/// Says, in Welsh, Dutch and Swedish, that the calculator follows UK rules (in English it
/// goes without saying, so nothing is shown).
#[function_component(UkRulesNotice)]
pub fn uk_rules_notice() -> Html {
    if i18n::lang() == Lang::EnGb {
        return html! {};
    }
    html! {
        <p class="notice uk-rules" lang={i18n::lang().code()}>{ t!("uk-rules-notice") }</p>
    }
}

/// The language picker and the easy-read switch. Each language's name is written in itself
/// and marked with its own `lang`, so a screen reader says it in that language.
#[function_component(Settings)]
pub fn settings() -> Html {
    let error = use_state(|| None::<String>);
    let current = i18n::lang();
    let on_language = {
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let Some(lang) = Lang::from_code(&select.value()) else {
                return;
            };
            let (error, select) = (error.clone(), select.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match app_i18n::choose(lang).await {
                    Ok(()) => error.set(None),
                    Err(message) => {
                        select.set_value(i18n::lang().code());
                        error.set(Some(message));
                    }
                }
            });
        })
    };
    let on_easy = Callback::from(|e: Event| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            app_i18n::set_easy_read(input.checked());
        }
    });
    html! {
        <div class="page-settings">
            <div class="page-settings__item">
                <label for="language">{ t!("language-label") }</label>
                <select id="language" onchange={on_language}
                    aria-describedby={error.is_some().then_some("language-error")}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <option value={l.code()} lang={l.code()} selected={l == current}>{ l.name() }</option>
                    }) }
                </select>
            </div>
            <div class="page-settings__item page-settings__check">
                <input type="checkbox" id="easy-read" checked={i18n::easy_read()} onchange={on_easy}
                    aria-describedby="easy-read-hint" />
                <label for="easy-read">{ t!("easy-read-label") }</label>
                <span id="easy-read-hint" class="visually-hidden">{ t!("easy-read-hint") }</span>
            </div>
            if let Some(message) = &*error {
                <p id="language-error" class="field-error" role="alert">{ message }</p>
            }
        </div>
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
