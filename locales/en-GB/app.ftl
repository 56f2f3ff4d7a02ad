# The frame around every page: the app's name, navigation, footer, language and easy read.
# Comments above a message say where it shows, for translators.

-app-name = Work Steps
app-name = { -app-name }
# The browser tab: "Job steps – Work Steps".
page-title = { $page } – { -app-name }
skip-to-main = Skip to main content
nav-label = Main
footer-private = Everything you type stays on this device. Nothing is sent to us or anyone else.
footer-links-label = About your data
lock-now = Lock

route-home = Home
route-better-off = Better off in work?
route-tasks = Job steps
route-tracker = Learning tracker
route-your-data = Your data
route-privacy = Your privacy
route-embed = Better-off calculator
route-not-found = Page not found

# The language picker in the header. Each language's name is always written in itself.
language-label = Language
language-not-loaded = { $language } could not be loaded. Check your internet connection and try again.
easy-read-label = Easy read
easy-read-hint = Short sentences and pictures

# Shown in Welsh, Dutch and Swedish above the better-off calculator. (In English it is not
# shown.) Say plainly that the figures follow the rules of the United Kingdom.
uk-rules-notice = This calculator uses the benefit and tax rules of the United Kingdom. Amounts are in pounds (£).

# Hours of work, anywhere in the app.
hours-one = 1 hour
hours-many = { $hours } hours

# Read by screen readers before an error message beside a field.
error-prefix = Error:

## Inside another site's frame: every page but the embedded calculator
framed-title = Open { -app-name } in its own tab
framed-text = To keep your information safe, this page only opens in its own browser tab, not inside another website.
framed-open = Open { -app-name } in a new tab
