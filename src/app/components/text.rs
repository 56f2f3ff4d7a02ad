//! Translated text with more in it than words: line breaks and links.

use yew::prelude::*;

/// Marks where a link goes in a message (`{ $link }`): a character no message contains.
pub const LINK: &str = "\u{1}";

/// A message's lines, each on its own line: easy-read messages put one idea on each.
pub fn lines(text: &str) -> Html {
    let mut parts = text.split('\n');
    let first = parts.next().unwrap_or_default().to_string();
    html! {
        <>
            { first }
            { for parts.map(|line| html! { <><br />{ line.to_string() }</> }) }
        </>
    }
}

/// A sentence with a link in it, wherever the language puts it: `text` is a message given
/// `link = LINK`, e.g. `t!("privacy-lock-tip", link = LINK)`.
pub fn with_link(text: &str, href: String, link_text: String) -> Html {
    let (before, after) = text.split_once(LINK).unwrap_or((text, ""));
    html! {
        <>
            { before.to_string() }
            <a {href}>{ link_text }</a>
            { after.to_string() }
        </>
    }
}
