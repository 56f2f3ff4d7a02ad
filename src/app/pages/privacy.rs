//! `#/privacy`: what happens to what you type, in plain words.

use crate::app::Route;
use yew::prelude::*;

#[function_component(Privacy)]
pub fn privacy() -> Html {
    html! {
        <div class="page prose">
            <h1>{ "Your privacy" }</h1>
            <p class="lead">{ "What you type stays on this device. It is not sent to us or to anyone else." }</p>

            <h2>{ "What we do not do" }</h2>
            <ul>
                <li>{ "There is no account and no sign-in." }</li>
                <li>{ "Nothing you type is sent over the internet. The app works out every answer inside your web browser." }</li>
                <li>{ "There are no cookies, no adverts and nothing that tracks you." }</li>
                <li>{ "The app does not load anything from other websites: no fonts, no pictures, no scripts." }</li>
            </ul>

            <h2>{ "What is kept on this device" }</h2>
            <p>{ "So your work is still there next time, the app keeps it in this web browser on this device:" }</p>
            <ul>
                <li>{ "scenarios you save in the better-off calculator," }</li>
                <li>{ "people (by initials or a code), their job steps and pictures," }</li>
                <li>{ "teaching sessions in the learning tracker." }</li>
            </ul>
            <p>
                { "Anyone who uses this browser on this device can see it. On a shared tablet, turn on the passphrase lock on the " }
                <a href={Route::YourData.href()}>{ "Your data" }</a>
                { " page. Then the data is kept scrambled (encrypted) and locks itself when no one has used the app for a few minutes." }
            </p>

            <h2>{ "Sharing and files" }</h2>
            <ul>
                <li>{ "A share link holds the answers in the link itself, after the # sign. Browsers do not send that part to any website. Anyone you give the link to can see those answers." }</li>
                <li>{ "A backup or export file holds the data in plain text. Keep it somewhere safe, and delete it when you no longer need it." }</li>
            </ul>

            <h2>{ "Removing your data" }</h2>
            <p>
                { "You can remove everything the app keeps on the " }
                <a href={Route::YourData.href()}>{ "Your data" }</a>
                { " page. Clearing your browser’s data for this website removes it too." }
            </p>

            <h2>{ "If the app is on your organisation’s website" }</h2>
            <p>{ "The website that shows this app may have its own privacy notice about visiting its pages. This app still sends nothing anywhere." }</p>
        </div>
    }
}
