//! Saving a file the app made (JSON, CSV) to the device, through the browser's own download:
//! nothing leaves the device.

use wasm_bindgen::JsCast;

/// Offers `text` as a download called `name` of the given MIME type.
pub fn download_as(name: &str, mime: &str, text: &str) -> Result<(), ()> {
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    a.set_href(&url);
    a.set_download(name);
    let body = document.body().ok_or(())?;
    body.append_child(&a).map_err(|_| ())?;
    a.click();
    a.remove();
    // Revoking at once can cancel the download before the browser has read the blob.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A JSON file.
pub fn download(name: &str, text: &str) -> Result<(), ()> {
    download_as(name, "application/json", text)
}
