//! Small components shared by the pages.

pub mod download;
pub mod framed;
pub mod hooks;
pub mod layout;
pub mod lock;
pub mod progress;
pub mod remove_all;
pub mod text;
pub mod update_banner;

/// Moves focus to the first of `ids` that is on the page and not disabled.
pub fn focus_first<S: AsRef<str>>(ids: &[S]) {
    let document = gloo::utils::document();
    for id in ids {
        let element = document
            .get_element_by_id(id.as_ref())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(element) = element.filter(|e| !e.has_attribute("disabled")) {
            let _ = element.focus();
            return;
        }
    }
}
