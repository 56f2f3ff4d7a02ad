//! Saved scenarios on this device (localStorage), and the share link in the address.
//! If the browser will not store anything (private mode, full, blocked), the calculator
//! keeps working and says so.

use crate::calculator::state::Saved;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const KEY: &str = "work-steps/better-off/saved";

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    saved: Vec<Saved>,
}

const VERSION: u32 = 1;

/// The saved scenarios, or why they could not be read.
pub fn load() -> Result<Vec<Saved>, String> {
    let raw = match LocalStorage::raw().get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(Vec::new()),
        Err(_) => return Err(unavailable()),
    };
    // Through a JSON value, as files are read, so the WebAssembly holds one reader per type.
    let stored = serde_json::from_str(&raw).and_then(serde_json::from_value::<Stored>);
    match stored {
        Ok(stored) if stored.version <= VERSION => Ok(stored.saved),
        // Leave the stored copy untouched so a newer app can still read it.
        _ => Err(
            "Your saved scenarios could not be read by this version of the app. \
                  They are still on this device and nothing has been deleted, but scenarios \
                  you save now are kept only until you close the page."
                .into(),
        ),
    }
}

pub fn save(saved: &[Saved]) -> Result<(), String> {
    let stored = Stored {
        version: VERSION,
        saved: saved.to_vec(),
    };
    let text = serde_json::to_string(&stored).map_err(|e| e.to_string())?;
    LocalStorage::raw()
        .set_item(KEY, &text)
        .map_err(|_| unavailable())
}

fn unavailable() -> String {
    "This browser is not letting us save on this device, so saved scenarios will be lost \
     when you close the page. Everything else works. You can still export a file."
        .into()
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
