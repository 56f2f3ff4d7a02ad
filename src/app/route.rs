//! The app's routes, which WebAssembly bundle holds each one's page, and the page itself.
//!
//! The app ships as five binaries of this crate (issue 21), so a visit downloads only the
//! code of what it opens: `calculator` (`src/bin/calculator.rs`: the better-off
//! calculator, home, privacy), `tools` (`src/bin/tools.rs`: job steps, the tracker, your data,
//! home, privacy) and `embedded` (`src/bin/embedded.rs`: the calculator alone, for an
//! agency's page, with no router and no app navigation; see `app::embedded`); and for a first
//! visit, `questions` and `embedded_questions`: the same pages with the calculator's questions
//! alone, one at a time, no answer (see [`WholeCalculator`]). Each root names only its own
//! pages ([`Pages`]), so link-time optimisation leaves the others out. The page's start-up
//! script (`scripts/start.template.js`) picks the bundle from the address and the device
//! with the same table as [`Route::bundle`] (a test below holds the two equal); a route the
//! running bundle does not hold reloads the page, and the start-up script then starts the
//! bundle that holds it.

use super::components::lock::LockScreen;
use super::pages::{
    better_off::{BetterOff, Questions},
    data::YourData,
    home::Home,
    not_found::NotFound,
    privacy::Privacy,
    tasks::Tasks,
    tracker::Tracker,
};
use crate::store::lock::LockError;
use gloo::events::EventListener;
use yew::prelude::*;

/// One of the app's WebAssembly binaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The better-off calculator, with home and privacy.
    Calculator,
    /// The calculator's questions alone, with home and privacy: a first visit's, until the
    /// person needs more of the calculator ([`WholeCalculator`]).
    Questions,
    /// Job steps, the tracker and your data, with home and privacy.
    Tools,
    /// The calculator alone, for an iframe on an agency's page (`#/embed/better-off`).
    Embedded,
    /// The embedded calculator's questions alone: a first visit's, as [`Bundle::Questions`].
    EmbeddedQuestions,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Calculator,
        Bundle::Questions,
        Bundle::Tools,
        Bundle::Embedded,
        Bundle::EmbeddedQuestions,
    ];

    /// The binary's name: `src/bin/<name>.rs`, and the start of its files' names in `dist/`
    /// (so no name is another's followed by `-`).
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Calculator => "calculator",
            Bundle::Questions => "questions",
            Bundle::Tools => "tools",
            // Not "embed": `embed.js`, the agencies' loader, is a file of its own in `dist/`.
            Bundle::Embedded => "embedded",
            Bundle::EmbeddedQuestions => "embedded_questions",
        }
    }
}

/// A page of the app, named by the part of the address after `#` (hash routing, so the app
/// works from any folder of any static host). The table is [`Route::to_path`]; reading an
/// address is [`Route::from_hash`], and [`use_route`] follows the address as it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    BetterOff,
    Tasks,
    Tracker,
    YourData,
    Privacy,
    /// The calculator alone, for an iframe on an agency's website (see `embed.js`), in the
    /// `embedded` bundle.
    EmbedBetterOff,
    /// Any address that names no page.
    NotFound,
}

impl Route {
    /// Every route.
    pub const ALL: [Route; 8] = [
        Route::Home,
        Route::BetterOff,
        Route::Tasks,
        Route::Tracker,
        Route::YourData,
        Route::Privacy,
        Route::EmbedBetterOff,
        Route::NotFound,
    ];

    /// The route's path: what follows `#` in its address.
    pub fn to_path(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::BetterOff => "/better-off",
            Route::Tasks => "/tasks",
            Route::Tracker => "/tracker",
            Route::YourData => "/your-data",
            Route::Privacy => "/privacy",
            Route::EmbedBetterOff => "/embed/better-off",
            Route::NotFound => "/404",
        }
    }

    /// The route an address's `#` part names (`#/tasks`; `#/embed/better-off?brand=…`: a
    /// query after `?` is the page's own to read). No `#` part, or `#` alone, is home; an
    /// address that names no page is [`Route::NotFound`].
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split('?').next().unwrap_or_default();
        if path.is_empty() {
            return Route::Home;
        }
        Route::ALL
            .into_iter()
            .find(|route| route.to_path() == path)
            .unwrap_or(Route::NotFound)
    }

    /// The bundle a page opened at this route starts (the start-up script's choice): for the
    /// calculator, its questions alone until this device has needed the `whole` of it.
    pub fn bundle(self, whole: bool) -> Bundle {
        match (self, whole) {
            (Route::Tasks | Route::Tracker | Route::YourData, _) => Bundle::Tools,
            (Route::EmbedBetterOff, true) => Bundle::Embedded,
            (Route::EmbedBetterOff, false) => Bundle::EmbeddedQuestions,
            (Route::Home | Route::BetterOff | Route::Privacy | Route::NotFound, true) => {
                Bundle::Calculator
            }
            (Route::Home | Route::BetterOff | Route::Privacy | Route::NotFound, false) => {
                Bundle::Questions
            }
        }
    }

    /// Whether `bundle` holds this route's page. Home, privacy and "not found" are in the
    /// calculator's bundles and the tools, so moving between them and a tool never loads
    /// another bundle; the embedded calculator's hold its own page only.
    pub fn in_bundle(self, bundle: Bundle) -> bool {
        let shared = matches!(self, Route::Home | Route::Privacy | Route::NotFound);
        match bundle {
            Bundle::Calculator | Bundle::Questions => shared || self == Route::BetterOff,
            Bundle::Tools => {
                shared || matches!(self, Route::Tasks | Route::Tracker | Route::YourData)
            }
            Bundle::Embedded | Bundle::EmbeddedQuestions => self == Route::EmbedBetterOff,
        }
    }

    /// The name a person sees in the navigation and the browser tab.
    pub fn title(self) -> String {
        match self {
            Route::Home => t!("route-home"),
            Route::BetterOff => t!("route-better-off"),
            Route::Tasks => t!("route-tasks"),
            Route::Tracker => t!("route-tracker"),
            Route::YourData => t!("route-your-data"),
            Route::Privacy => t!("route-privacy"),
            Route::EmbedBetterOff => t!("route-embed"),
            Route::NotFound => t!("route-not-found"),
        }
    }

    /// A link to this route under hash routing, e.g. `#/tasks`. Plain links keep
    /// "open in new tab" and the browser's own history working.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }

    /// The routes shown in the main navigation, in order.
    pub const NAV: [Route; 4] = [Route::Home, Route::BetterOff, Route::Tasks, Route::Tracker];

    /// The routes linked from the footer of every page.
    pub const FOOTER: [Route; 2] = [Route::YourData, Route::Privacy];
}

/// The route in the page's address now, and again each time it changes (a link, the back
/// button, a typed address). Our own few lines in place of a router crate: the app has eight
/// fixed paths and no parameters, and a router cost each bundle about 35 KB of code (issue 21).
#[hook]
pub fn use_route() -> Route {
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                route.set(current());
            });
            move || drop(listener)
        });
    }
    *route
}

/// The route in the page's address.
fn current() -> Route {
    Route::from_hash(&gloo::utils::window().location().hash().unwrap_or_default())
}

/// The pages one bundle holds: its binary's root passes one of these to [`super::mount`] or
/// [`super::embedded::mount`].
pub trait Pages: 'static {
    const BUNDLE: Bundle;
    /// The English messages this bundle carries (see [`crate::i18n::set_english`]).
    const ENGLISH: &'static str;
    /// The page for `route`, which [`Route::in_bundle`] says this bundle holds.
    fn page(route: Route) -> Html;
    /// What shows while a passphrase locks the data (or its lock record is `broken`): the
    /// unlock screen.
    fn locked(key: String, broken: Option<LockError>) -> Html {
        html! { <LockScreen {key} {broken} /> }
    }
}

/// The `calculator` binary's pages.
pub struct CalculatorPages;

impl Pages for CalculatorPages {
    const BUNDLE: Bundle = Bundle::Calculator;
    const ENGLISH: &'static str = crate::i18n::ENGLISH_CALCULATOR_FTL;
    fn page(route: Route) -> Html {
        match route {
            Route::BetterOff => html! { <BetterOff /> },
            other => shared_page(other),
        }
    }
}

/// The `questions` binary's pages: the calculator's questions alone. Locked data opens in the
/// whole calculator, which has the unlock screen.
pub struct QuestionsPages;

impl Pages for QuestionsPages {
    const BUNDLE: Bundle = Bundle::Questions;
    const ENGLISH: &'static str = crate::i18n::ENGLISH_QUESTIONS_FTL;
    fn page(route: Route) -> Html {
        match route {
            Route::BetterOff => html! { <Questions /> },
            other => shared_page(other),
        }
    }
    fn locked(_: String, _: Option<LockError>) -> Html {
        html! { <WholeCalculator /> }
    }
}

/// The `embedded` binary's page.
pub struct EmbeddedPages;

impl Pages for EmbeddedPages {
    const BUNDLE: Bundle = Bundle::Embedded;
    const ENGLISH: &'static str = crate::i18n::ENGLISH_CALCULATOR_FTL;
    fn page(_: Route) -> Html {
        html! { <BetterOff /> }
    }
}

/// The `embedded_questions` binary's page: the embedded calculator's questions alone.
pub struct EmbeddedQuestionsPages;

impl Pages for EmbeddedQuestionsPages {
    const BUNDLE: Bundle = Bundle::EmbeddedQuestions;
    const ENGLISH: &'static str = crate::i18n::ENGLISH_QUESTIONS_FTL;
    fn page(_: Route) -> Html {
        html! { <Questions /> }
    }
    fn locked(_: String, _: Option<LockError>) -> Html {
        html! { <WholeCalculator /> }
    }
}

/// The `tools` binary's pages.
pub struct ToolsPages;

impl Pages for ToolsPages {
    const BUNDLE: Bundle = Bundle::Tools;
    const ENGLISH: &'static str = crate::i18n::ENGLISH_TOOLS_FTL;
    fn page(route: Route) -> Html {
        match route {
            Route::Tasks => html! { <Tasks /> },
            Route::Tracker => html! { <Tracker /> },
            Route::YourData => html! { <YourData /> },
            other => shared_page(other),
        }
    }
}

/// The pages the calculator and the tools both hold; for any other route, the bundle that holds
/// it (see [`OtherBundle`]).
fn shared_page(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Privacy => html! { <Privacy /> },
        Route::NotFound => html! { <NotFound /> },
        _ => html! { <OtherBundle /> },
    }
}

/// What shows while the page reloads to start the bundle that holds the route in the address
/// (the start-up script picks it from there). Nothing but the page's own "loading" state:
/// the reload waits for sealed writes still on their way to the device, so none is lost.
#[function_component(OtherBundle)]
pub(crate) fn other_bundle() -> Html {
    use_effect_with((), |_| {
        super::local_storage::after_writes(|| {
            mark_moved();
            let _ = gloo::utils::window().location().reload();
        });
    });
    html! { <div class="page loading" aria-busy="true"></div> }
}

/// What the calculator's questions alone ([`Bundle::Questions`], [`Bundle::EmbeddedQuestions`])
/// show once the person needs more of the calculator: its answer, the coaches' form, the
/// households kept on the device, a share link or the unlock screen. The page reloads once
/// what is being kept has landed (the household being filled in is written as the page
/// goes), and the start-up script starts the whole calculator, which this device then starts
/// from the first question on ([`WHOLE_KEY`]).
#[function_component(WholeCalculator)]
pub(crate) fn whole_calculator() -> Html {
    use_effect_with((), |_| hand_over());
    html! { <div class="page loading" aria-busy="true"></div> }
}

/// Reloads into the whole calculator, as [`WholeCalculator`] does.
pub(crate) fn hand_over() {
    super::local_storage::after_writes(|| {
        note_whole_calculator();
        let _ = gloo::utils::window().location().reload();
    });
}

/// Where the device notes that it needs the whole calculator: in local storage, and in this
/// tab's session storage too in case local storage is full ([`note_in_tab`]). Not app data (no `work-steps:`
/// prefix): never locked, backed up or counted. The start-up script reads it.
pub const WHOLE_KEY: &str = "work-steps-whole-calculator";

fn note_whole_calculator() {
    if let Ok(Some(local)) = gloo::utils::window().local_storage() {
        let _ = local.set_item(WHOLE_KEY, "1");
    }
    note_in_tab(WHOLE_KEY, "1");
    note_in_tab(HANDED_OVER_KEY, "1");
}

/// Where this tab notes that the questions alone just handed over to the whole calculator.
const HANDED_OVER_KEY: &str = "work-steps-handed-over";

/// Whether this page was loaded as the questions alone handed over to the whole calculator
/// (and forgets it): then what the person asked for takes focus, as it would have without
/// the reload (the calculator's page decides what).
pub fn handed_over() -> bool {
    take_from_tab(HANDED_OVER_KEY).is_some()
}

/// Where this tab notes that it reloaded to change bundle (session storage: this tab only).
const MOVED_KEY: &str = "work-steps-moved";

fn mark_moved() {
    note_in_tab(MOVED_KEY, "1");
}

/// Whether this page was loaded to change bundle on the way to a new route (and forgets it):
/// then it is a route change to the person, and focus moves as on any other
/// (`components::layout`).
pub fn moved_here() -> bool {
    take_from_tab(MOVED_KEY).is_some()
}

/// Notes `value` under `key` for the page this tab loads next (session storage: this tab
/// only, not app data); whether the tab took it.
pub(crate) fn note_in_tab(key: &str, value: &str) -> bool {
    gloo::utils::window()
        .session_storage()
        .ok()
        .flatten()
        .is_some_and(|session| session.set_item(key, value).is_ok())
}

/// What an earlier page of this tab noted under `key` ([`note_in_tab`]), read once.
pub(crate) fn take_from_tab(key: &str) -> Option<String> {
    let session = gloo::utils::window().session_storage().ok()??;
    let value = session.get_item(key).ok()??;
    let _ = session.remove_item(key);
    Some(value)
}

/// The page for `route` in the bundle `P`, or the reload into the other one.
pub fn switch<P: Pages>(route: Route) -> Html {
    if route.in_bundle(P::BUNDLE) {
        P::page(route)
    } else {
        html! { <OtherBundle /> }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of the start-up script's tables (`scripts/start.template.js`): the paths that start
    /// the bundle `list` names. Every other address starts the calculator.
    fn loader_paths(list: &str) -> Vec<String> {
        let script = include_str!("../../scripts/start.template.js");
        let start = format!("const {list} = [");
        let line = script
            .lines()
            .find(|l| l.trim_start().starts_with(&start))
            .unwrap_or_else(|| panic!("start.template.js has a `{start}...]` line"));
        let inside = &line[line.find('[').unwrap() + 1..line.rfind(']').unwrap()];
        inside
            .split(',')
            .map(|p| p.trim().trim_matches('\'').to_string())
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// The routes whose page a first visit (`whole` false) or a device that has needed the
    /// whole calculator starts in `bundle`.
    fn rust_paths(bundle: Bundle, whole: bool) -> Vec<String> {
        Route::ALL
            .iter()
            .filter(|r| r.bundle(whole) == bundle)
            .map(|r| r.to_path().to_string())
            .collect()
    }

    #[test]
    fn an_address_names_its_route_and_a_query_or_an_unknown_path_does_not_confuse_it() {
        for route in Route::ALL {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#"), Route::Home);
        assert_eq!(Route::from_hash("#/"), Route::Home);
        assert_eq!(Route::from_hash("#/better-off?s=1.eyJ"), Route::BetterOff);
        assert_eq!(
            Route::from_hash("#/embed/better-off?brand=%23123456&origin=https://a.example"),
            Route::EmbedBetterOff
        );
        for unknown in [
            "#/nowhere",
            "#/tasks/",
            "#/TASKS",
            "#tasks",
            "#/embed",
            "#//tasks",
        ] {
            assert_eq!(Route::from_hash(unknown), Route::NotFound, "{unknown}");
        }
    }

    #[test]
    fn the_start_up_script_picks_each_route_s_bundle_as_rust_does() {
        for whole in [false, true] {
            assert_eq!(loader_paths("TOOLS"), rust_paths(Bundle::Tools, whole));
        }
        assert_eq!(loader_paths("EMBEDDED"), rust_paths(Bundle::Embedded, true));
        assert_eq!(
            loader_paths("EMBEDDED"),
            rust_paths(Bundle::EmbeddedQuestions, false)
        );
        // "Not found" is every other address's: the calculator's, in neither list.
        assert!(rust_paths(Bundle::Calculator, true).contains(&"/404".to_string()));
        assert!(rust_paths(Bundle::Questions, false).contains(&"/404".to_string()));
        assert!(rust_paths(Bundle::Calculator, false).is_empty());
        assert!(rust_paths(Bundle::Embedded, false).is_empty());
        // The script's names for the two kinds of start, and the device's note it reads.
        let script = include_str!("../../scripts/start.template.js");
        for bundle in Bundle::ALL {
            assert!(
                script.contains(&format!("'{}'", bundle.name())),
                "{bundle:?}"
            );
        }
        assert!(script.contains(&format!("'{WHOLE_KEY}'")));
    }

    #[test]
    fn every_route_is_in_the_bundle_that_starts_it_and_the_embed_only_in_its_own() {
        for route in Route::ALL {
            for whole in [false, true] {
                assert!(route.in_bundle(route.bundle(whole)), "{route:?}");
            }
        }
        for route in Route::ALL {
            let embedded = route == Route::EmbedBetterOff;
            for bundle in [Bundle::Embedded, Bundle::EmbeddedQuestions] {
                assert_eq!(route.in_bundle(bundle), embedded, "{route:?}");
            }
            // The questions alone hold the same pages as the whole calculator.
            assert_eq!(
                route.in_bundle(Bundle::Questions),
                route.in_bundle(Bundle::Calculator),
                "{route:?}"
            );
            if embedded {
                assert!(!route.in_bundle(Bundle::Tools));
            }
        }
        assert!(!Route::BetterOff.in_bundle(Bundle::Tools));
        for route in [Route::Tasks, Route::Tracker, Route::YourData] {
            assert!(!route.in_bundle(Bundle::Calculator), "{route:?}");
            assert!(!route.in_bundle(Bundle::Questions), "{route:?}");
        }
    }

    #[test]
    fn each_bundle_s_name_is_its_own_and_none_is_the_loader_s() {
        let names: Vec<&str> = Bundle::ALL.iter().map(|b| b.name()).collect();
        assert_eq!(
            names,
            [
                "calculator",
                "questions",
                "tools",
                "embedded",
                "embedded_questions"
            ]
        );
        // dist/embed.js is the agencies' loader, and the bundles' files are `<name>-<hash>.js`:
        // no name followed by `-` starts another's (scripts/check-size.sh and the e2e tests
        // tell the files apart by that).
        assert!(names.iter().all(|n| *n != "embed"));
        for a in &names {
            for b in &names {
                assert!(a == b || !b.starts_with(&format!("{a}-")), "{a} {b}");
            }
        }
    }
}
