//! The browser side of languages and easy read: which language to start in, fetching a
//! translation from the app's own folder, remembering the choice, and telling the app to
//! draw itself again. The messages and their formatting are in the library ([`crate::i18n`]).
//!
//! The choice is kept in `work-steps-settings`, outside the data the lock seals (the unlock
//! screen must speak the person's language) and outside backups (it belongs to the device).
//! "Remove all data" removes it too.

use crate::i18n::{self, Lang};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

pub const SETTINGS_KEY: &str = "work-steps-settings";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    #[serde(default)]
    easy_read: bool,
}

thread_local! {
    static LISTENER: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
}

/// Called after the language or easy read changes (the app draws itself again).
pub fn subscribe(listener: Callback<()>) {
    LISTENER.with(|l| *l.borrow_mut() = Some(listener));
}

fn notify() {
    if let Some(listener) = LISTENER.with(|l| l.borrow().clone()) {
        listener.emit(());
    }
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn settings() -> Settings {
    storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save(settings: &Settings) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(settings)) {
        // A device that will not store this still shows the choice until the page closes.
        let _ = storage.set_item(SETTINGS_KEY, &text);
    }
}

/// The language to start in: one an embedding page asks for (`lang=` in the embed's
/// address), else the one this device picked, else the browser's.
fn starting_language() -> Lang {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if hash.starts_with("#/embed/") {
        if let Some(lang) = crate::embed::Theme::from_hash(&hash).lang {
            return lang;
        }
    }
    if let Some(lang) = settings().lang.as_deref().and_then(Lang::from_code) {
        return lang;
    }
    let wanted: Vec<String> = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    Lang::negotiate(&wanted)
}

/// Sets the language and easy read the page starts with; waits for the translation if one
/// is needed (from the app's folder, or its offline copy).
pub async fn start() {
    i18n::set_easy_read(settings().easy_read);
    let lang = starting_language();
    if lang != Lang::EnGb && load(lang).await.is_err() {
        i18n::use_catalog(None);
    }
    mark_page(i18n::lang());
}

/// Switches language and remembers it. If the translation cannot be fetched (offline before
/// the app's copy was kept), the page stays as it was and the error says so.
pub async fn choose(lang: Lang) -> Result<(), String> {
    load(lang).await?;
    save(&Settings {
        lang: Some(lang.code().to_string()),
        ..settings()
    });
    mark_page(lang);
    notify();
    Ok(())
}

pub fn set_easy_read(on: bool) {
    i18n::set_easy_read(on);
    save(&Settings {
        easy_read: on,
        ..settings()
    });
    mark_page(i18n::lang());
    notify();
}

/// Forgets the choices (with "Remove all data").
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(SETTINGS_KEY);
    }
}

async fn load(lang: Lang) -> Result<(), String> {
    if lang == Lang::EnGb {
        i18n::use_catalog(None);
        return Ok(());
    }
    let text = fetch_text(&format!("locales/{}.ftl", lang.code()))
        .await
        .map_err(|_| t!("language-not-loaded", language = lang.name()))?;
    // A line that cannot be read shows in English; tests/i18n.rs keeps that from shipping.
    let _ = i18n::use_translation(lang, &text);
    Ok(())
}

async fn fetch_text(url: &str) -> Result<String, wasm_bindgen::JsValue> {
    let init = web_sys::RequestInit::new();
    // Ask the server (or the offline copy) whether the file changed, not a stale HTTP cache.
    init.set_cache(web_sys::RequestCache::NoCache);
    let promise = gloo::utils::window().fetch_with_str_and_init(url, &init);
    let response: web_sys::Response = JsFuture::from(promise).await?.dyn_into()?;
    if !response.ok() {
        return Err(response.status().into());
    }
    let text = JsFuture::from(response.text()?).await?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// The page's `lang` (screen readers pick their voice from it) and the easy-read class.
fn mark_page(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
        let _ = root
            .class_list()
            .toggle_with_force("easy-read", i18n::easy_read());
    }
}
