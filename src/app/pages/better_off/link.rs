//! The share link in the address: reading the household a link carries, and making a link.
//! (What the calculator keeps on this device is read and written by the app's tool
//! provider.)

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
