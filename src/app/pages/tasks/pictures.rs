//! Step pictures: a photo from the camera or a file, scaled down in the browser and kept
//! on this device (through the app's store), apart from the task data so a task stays small to save,
//! undo and export. A picture that is too big, or not a picture, gets a message.

use crate::app::local_storage;
use crate::store::picture_key;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement};

/// Longest side after scaling: sharp on a tablet, about 50–120 KB as JPEG.
const MAX_SIDE: f64 = 800.0;
/// A file bigger than this is refused before it is read (phone photos are 2–8 MB).
const MAX_FILE_BYTES: f64 = 25_000_000.0;

/// The stored picture (a data URL) for an id, if there is one.
pub fn load(id: &str) -> Option<String> {
    local_storage::get(&picture_key(id))
}

pub fn save(id: &str, data_url: &str) -> Result<(), String> {
    local_storage::set(&picture_key(id), data_url).map_err(|_| t!("task-picture-no-room"))
}

/// Reads a chosen image file, scales it so its longest side is at most 800 px and calls
/// `done` with a JPEG data URL, or with a message a person can act on.
pub fn scale(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    if !file.type_().starts_with("image/") {
        done(Err(t!("task-picture-not-picture")));
        return;
    }
    if file.size() > MAX_FILE_BYTES {
        done(Err(t!(
            "task-picture-too-big",
            size = (file.size() / 1_000_000.0).round() as i64,
            limit = (MAX_FILE_BYTES / 1_000_000.0) as i64
        )));
        return;
    }
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&file) else {
        done(Err(t!("task-picture-not-opened")));
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        done(Err(t!("task-picture-not-opened")));
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |result: Result<String, String>| {
            if let Some(f) = done.borrow_mut().take() {
                f(result);
            }
        }
    };
    let on_load = {
        let image = image.clone();
        let url = url.clone();
        let finish = finish.clone();
        EventListener::once(&image.clone(), "load", move |_| {
            let _ = web_sys::Url::revoke_object_url(&url);
            finish(draw_scaled(&image));
        })
    };
    let on_error = {
        let url = url.clone();
        EventListener::once(&image, "error", move |_| {
            let _ = web_sys::Url::revoke_object_url(&url);
            finish(Err(t!("task-picture-not-read")));
        })
    };
    // The listeners must live until the image loads or fails.
    on_load.forget();
    on_error.forget();
    image.set_src(&url);
}

fn draw_scaled(image: &HtmlImageElement) -> Result<String, String> {
    let (w, h) = (
        f64::from(image.natural_width()),
        f64::from(image.natural_height()),
    );
    if w == 0.0 || h == 0.0 {
        return Err(t!("task-picture-empty"));
    }
    let ratio = (MAX_SIDE / w.max(h)).min(1.0);
    let (tw, th) = ((w * ratio).round(), (h * ratio).round());
    let fail = || t!("task-picture-not-scaled");
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| fail())?
        .dyn_into()
        .map_err(|_| fail())?;
    canvas.set_width(tw as u32);
    canvas.set_height(th as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or_else(fail)?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, tw, th)
        .map_err(|_| fail())?;
    canvas
        .to_data_url_with_type_and_encoder_options(
            "image/jpeg",
            &wasm_bindgen::JsValue::from_f64(0.8),
        )
        .map_err(|_| fail())
}
