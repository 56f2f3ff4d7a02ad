//! Browser tests: the app mounted in a real headless Chromium (wasm-bindgen-test).
//! Run by ./test.sh; on native targets this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use supported_work::app::{App, CalculatorPages, ToolsPages};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn home_page_names_the_three_tools_and_links_to_them() {
    gloo::utils::window().location().set_hash("#/").unwrap();
    let root = fresh_root();
    yew::Renderer::<App<CalculatorPages>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let h1 = root.query_selector("main h1").unwrap().expect("a heading");
    assert_eq!(
        h1.text_content().unwrap(),
        "Tools for finding and learning a job"
    );
    let cards = root.query_selector_all(".tool-card a").unwrap();
    let hrefs: Vec<String> = (0..cards.length())
        .map(|i| {
            let a: HtmlElement = wasm_bindgen::JsCast::unchecked_into(cards.get(i).unwrap());
            a.get_attribute("href").unwrap()
        })
        .collect();
    assert_eq!(hrefs, ["#/better-off", "#/tasks", "#/tracker"]);

    let current = root
        .query_selector("nav [aria-current=page]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap().trim(), "Home");
    assert!(gloo::utils::document().title().starts_with("Home"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_route_in_the_address_opens_that_tool() {
    gloo::utils::window()
        .location()
        .set_hash("#/tracker")
        .unwrap();
    let root = fresh_root();
    yew::Renderer::<App<ToolsPages>>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let h1 = root.query_selector("main h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "Learning tracker");
    let current = root
        .query_selector("nav [aria-current=page]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap().trim(), "Learning tracker");
    gloo::utils::window().location().set_hash("#/").unwrap();
    root.remove();
}
