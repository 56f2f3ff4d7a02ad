# The privacy page (#/privacy). { $link } is a link to the "Your data" page.

privacy-lead = What you type stays on this device. It is not sent to us or to anyone else.
privacy-not-heading = What we do not do
privacy-no-account = There is no account and no sign-in.
privacy-nothing-sent = Nothing you type is sent over the internet. The app works out every answer inside your web browser.
privacy-no-tracking = There are no cookies, no adverts and nothing that tracks you.
privacy-no-other-sites = The app does not load anything from other websites: no fonts, no pictures, no scripts.
privacy-kept-heading = What is kept on this device
privacy-kept-intro = So your work is still there next time, the app keeps it in this web browser on this device:
privacy-kept-scenarios = scenarios you save in the better-off calculator,
privacy-kept-people = people (by initials or a code), their job steps and pictures,
privacy-kept-sessions = teaching sessions in the learning tracker,
privacy-kept-settings = your language and whether easy read is on.
privacy-lock-tip = Anyone who uses this browser on this device can see it. On a shared tablet, turn on the passphrase lock on the { $link } page. Then the data is kept scrambled (encrypted) and locks itself when no one has used the app for a few minutes.
privacy-sharing-heading = Sharing and files
privacy-share-link = A share link holds the answers in the link itself, after the # sign. Browsers do not send that part to any website. Anyone you give the link to can see those answers.
privacy-files = A backup or export file holds the data in plain text. Keep it somewhere safe, and delete it when you no longer need it.
privacy-removing-heading = Removing your data
privacy-removing = You can remove everything the app keeps on the { $link } page. Clearing your browser’s data for this website removes it too.
privacy-embedded-heading = If the app is on your organisation’s website
privacy-embedded = The website that shows this app may have its own privacy notice about visiting its pages. This app still sends nothing anywhere.
