//! Native view tests: pages rendered to HTML on the server side (first render only).

use supported_work::app::Home;
use yew::LocalServerRenderer;

#[tokio::test]
async fn home_page_has_one_heading_and_links_to_every_tool() {
    let html = LocalServerRenderer::<Home>::new().render().await;
    assert_eq!(html.matches("<h1").count(), 1, "{html}");
    for route in ["#/better-off", "#/tasks", "#/tracker"] {
        assert!(
            html.contains(&format!("href=\"{route}\"")),
            "no link to {route}: {html}"
        );
    }
    assert!(
        html.contains("stays on this device"),
        "privacy promise missing: {html}"
    );
}
