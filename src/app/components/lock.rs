//! The lock for shared tablets, as the person sees it: the unlock screen shown instead of the
//! app while the data is locked, and the idle timer that locks it again.

use crate::app::components::hooks::use_text;
use crate::app::components::layout::Settings;
use crate::app::components::remove_all::RemoveAll;
use crate::app::local_storage;
use crate::store::lock::LockError;
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LockScreenProps {
    /// Set when the lock record cannot be used at all.
    pub broken: Option<LockError>,
}

/// "This device's data is locked": a passphrase box, and the honest way out for a forgotten one.
#[function_component(LockScreen)]
pub fn lock_screen(props: &LockScreenProps) -> Html {
    let (passphrase, on_passphrase) = use_text(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let input_ref = use_node_ref();

    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        });
    }

    let on_submit = {
        let passphrase = passphrase.clone();
        let error = error.clone();
        let busy = busy.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let text = (*passphrase).clone();
            if text.is_empty() {
                error.set(Some(t!("lock-type-passphrase")));
                return;
            }
            busy.set(true);
            let (error, busy, input_ref) = (error.clone(), busy.clone(), input_ref.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // On success the app re-renders without this screen.
                if let Err(message) = local_storage::unlock(&text).await {
                    error.set(Some(message));
                    busy.set(false);
                    if let Some(input) = input_ref.cast::<web_sys::HtmlElement>() {
                        let _ = input.focus();
                    }
                }
            });
        })
    };

    let invalid = error.is_some();
    html! {
        <main id="main" class="page lock-screen" tabindex="-1">
            // No header here: the person must still be able to pick their language.
            <div class="lock-screen__settings"><Settings /></div>
            <h1>{ t!("lock-heading") }</h1>
            if let Some(broken) = props.broken {
                <div class="notice notice--warning" role="alert"><p>{ broken.to_string() }</p></div>
            } else {
                <p>{ t!("lock-intro") }</p>
                <form class="lock-form" onsubmit={on_submit} novalidate=true>
                    <div class={classes!("field", invalid.then_some("field--error"))}>
                        <label class="field-label" for="unlock-passphrase">{ t!("data-passphrase") }</label>
                        if let Some(message) = &*error {
                            <p class="field-error" id="unlock-passphrase-error" role="alert">
                                <span class="visually-hidden">{ t!("error-prefix") }</span>{ message }
                            </p>
                        }
                        <input id="unlock-passphrase" class="input w-20" type="password"
                            autocomplete="current-password" ref={input_ref}
                            aria-invalid={invalid.then_some("true")}
                            aria-describedby={invalid.then_some("unlock-passphrase-error")}
                            value={(*passphrase).clone()} oninput={on_passphrase} />
                    </div>
                    <button type="submit" class="button" disabled={*busy}>
                        { if *busy { t!("lock-unlocking") } else { t!("lock-unlock") } }
                    </button>
                </form>
            }
            <details class="forgot">
                <summary>{ t!("lock-forgotten") }</summary>
                <p>{ t!("lock-forgotten-no-reset") }</p>
                <p>{ t!("lock-forgotten-backup") }</p>
                <RemoveAll label={t!("lock-remove-all")} />
            </details>
        </main>
    }
}

/// While the lock is on and the data is open, locks it after `idle_minutes` without a touch,
/// click or key press.
#[hook]
pub fn use_idle_lock(idle_minutes: Option<u32>) {
    use_effect_with(idle_minutes, move |minutes| {
        let mut guards: Option<(Vec<EventListener>, Interval)> = None;
        if let Some(minutes) = *minutes {
            let now = crate::app::clock::millis;
            let last = Rc::new(Cell::new(now()));
            let window = gloo::utils::window();
            let listeners = ["pointerdown", "keydown", "wheel", "touchstart"]
                .into_iter()
                .map(|kind| {
                    let last = last.clone();
                    EventListener::new(&window, kind, move |_| last.set(now()))
                })
                .collect();
            let limit = f64::from(minutes) * 60_000.0;
            let interval = Interval::new(5_000, move || {
                // Idle here locks here: another tab may be in use.
                if now() - last.get() >= limit {
                    local_storage::lock_here();
                }
            });
            guards = Some((listeners, interval));
        }
        move || drop(guards)
    });
}
