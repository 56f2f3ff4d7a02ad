//! Saved scenarios on this device (through the app's store), and the share link in the address.
//! If the browser will not store anything (private mode, full, blocked), the calculator
//! keeps working and says so.

use crate::app::store;
use crate::calculator::kept::ScenariosFile;
use crate::calculator::state::{Draft, Saved};
use crate::store::{Format, DRAFT_KEY, SCENARIOS_KEY};

/// The saved scenarios, or why they could not be read.
pub fn load() -> Result<Vec<Saved>, String> {
    let Some(raw) = store::get(SCENARIOS_KEY) else {
        return Ok(Vec::new());
    };
    match ScenariosFile::from_json(&raw) {
        Ok(file) => Ok(file.saved),
        // Leave the stored copy untouched so a newer app can still read it.
        Err(_) => Err(t!("calc-storage-unreadable")),
    }
}

pub fn save(saved: &[Saved]) -> Result<(), String> {
    let file = ScenariosFile {
        saved: saved.to_vec(),
    };
    store::set(SCENARIOS_KEY, &file.to_json()).map_err(|_| unavailable())
}

/// The household left in progress last time, if any.
pub fn load_draft() -> Option<Draft> {
    store::get(DRAFT_KEY).and_then(|text| Draft::from_json(&text).ok())
}

/// Keeps the household in progress. Failures are not repeated here: the saved scenarios'
/// message, and the app's own, already say the device is not saving.
pub fn save_draft(draft: &Draft) {
    let text = draft.to_json();
    if store::get(DRAFT_KEY).as_deref() != Some(text.as_str()) {
        let _ = store::set(DRAFT_KEY, &text);
    }
}

fn unavailable() -> String {
    t!("calc-storage-unavailable")
}

/// The share payload after `?s=` in the address, removed from the address once read.
pub fn take_share_payload() -> Option<String> {
    let window = gloo::utils::window();
    let hash = window.location().hash().ok()?;
    let (route, query) = hash.split_once('?')?;
    let payload = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))?
        .to_string();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(route));
    }
    Some(payload)
}

/// A link that opens this household on any device with the app, carried in the part of
/// the address after `#`, which browsers never send to a server.
pub fn share_link(payload: &str) -> String {
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}#/better-off?s={payload}")
}
