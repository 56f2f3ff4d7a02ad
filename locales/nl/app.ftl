-app-name = Work Steps
app-name = { -app-name }
page-title = { $page } – { -app-name }
skip-to-main = Naar de hoofdinhoud
nav-label = Hoofdmenu
footer-private = Alles wat je typt, blijft op dit apparaat. Er wordt niets naar ons of naar iemand anders gestuurd.
footer-links-label = Over je gegevens
lock-now = Vergrendelen

route-home = Start
route-better-off = Beter af met werk?
route-tasks = Werkstappen
route-tracker = Leervolger
route-your-data = Je gegevens
route-privacy = Je privacy
route-embed = Rekenhulp beter af met werk
route-not-found = Pagina niet gevonden

language-label = Taal
language-not-loaded = { $language } kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.
easy-read-label = Makkelijk lezen
easy-read-hint = Korte zinnen en plaatjes

uk-rules-notice = Deze rekenhulp gebruikt de regels voor uitkeringen en belasting van het Verenigd Koninkrijk. Bedragen zijn in Britse ponden (£).

hours-one = 1 uur
hours-many = { $hours } uur

error-prefix = Fout:

## Inside another site's frame: every page but the embedded calculator
framed-title = Open { -app-name } in een eigen tabblad
framed-text = Om je gegevens veilig te houden, opent deze pagina alleen in een eigen tabblad, niet binnen een andere website.
framed-open = Open { -app-name } in een nieuw tabblad
