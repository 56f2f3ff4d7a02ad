//! The share link in the address: reading the household a link carries, and making a link.
//! (What the calculator keeps on this device is read and written by the app's tool
//! provider.)

/// The share payload after `?s=` in the address, removed from the address once read.
pub fn take_share_payload() -> Option<String> {
    let window = gloo::utils::window();
    let payload = share_payload()?;
    if let (Ok(history), Ok(hash)) = (window.history(), window.location().hash()) {
        let route = hash.split('?').next().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(route));
    }
    Some(payload)
}

/// The share payload after `?s=` in the address, if there is one, left where it is.
pub fn share_payload() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        .map(str::to_string)
}

/// The agency's page the calculator is embedded in (see [`crate::embed::Theme::page`]),
/// shared by the embed page: share links made in the calculator open there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbeddedIn(pub Option<String>);

/// A link that opens this household on any device with the app, carried in the part of
/// the address after `#`, which browsers never send to a server. Inside an agency's page,
/// the link opens that page, whose calculator opens the household.
pub fn share_link(payload: &str, embedded_in: &EmbeddedIn) -> String {
    if let Some(page) = &embedded_in.0 {
        return crate::embed::share_link_on_page(page, payload);
    }
    let location = gloo::utils::window().location();
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}#/better-off?s={payload}")
}
