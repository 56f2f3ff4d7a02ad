-app-name = Work Steps
app-name = { -app-name }
page-title = { $page } – { -app-name }
skip-to-main = Hoppa till huvudinnehållet
nav-label = Huvudmeny
footer-private = Allt du skriver stannar på den här enheten. Ingenting skickas till oss eller någon annan.
footer-links-label = Om dina uppgifter
lock-now = Lås

route-home = Start
route-better-off = Bättre ekonomi med arbete?
route-tasks = Arbetsmoment
route-tracker = Inlärningsloggen
route-your-data = Dina uppgifter
route-privacy = Din integritet
route-embed = Kalkylator: bättre ekonomi med arbete
route-not-found = Sidan hittades inte

language-label = Språk
language-not-loaded = Det gick inte att ladda { $language }. Kontrollera internetanslutningen och försök igen.
easy-read-label = Lättläst
easy-read-hint = Korta meningar och bilder

uk-rules-notice = Kalkylatorn använder Storbritanniens regler för bidrag och skatt. Beloppen är i brittiska pund (£).

hours-one = 1 timme
hours-many = { $hours } timmar

error-prefix = Fel:

## Inside another site's frame: every page but the embedded calculator
framed-title = Öppna { -app-name } i en egen flik
framed-text = För att hålla dina uppgifter säkra öppnas den här sidan bara i en egen flik, inte inuti en annan webbplats.
framed-open = Öppna { -app-name } i en ny flik
