-app-name = Work Steps
app-name = { -app-name }
page-title = { $page } – { -app-name }
skip-to-main = Neidio i'r prif gynnwys
nav-label = Prif
footer-private = Mae popeth rydych chi'n ei deipio yn aros ar y ddyfais hon. Nid oes dim yn cael ei anfon atom ni nac at neb arall.
footer-links-label = Am eich data
lock-now = Cloi

route-home = Hafan
route-better-off = Yn well eich byd mewn gwaith?
route-tasks = Camau swydd
route-tracker = Traciwr dysgu
route-your-data = Eich data
route-privacy = Eich preifatrwydd
route-embed = Cyfrifiannell well eich byd
route-not-found = Heb ddod o hyd i'r dudalen

language-label = Iaith
language-not-loaded = Doedd dim modd llwytho { $language }. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni.
easy-read-label = Hawdd ei ddarllen
easy-read-hint = Brawddegau byr a lluniau

uk-rules-notice = Mae'r gyfrifiannell hon yn defnyddio rheolau budd-daliadau a threth y Deyrnas Unedig. Mae'r symiau mewn punnoedd (£).

hours-one = 1 awr
hours-many = { $hours } awr

error-prefix = Gwall:

## Inside another site's frame: every page but the embedded calculator
framed-title = Agorwch { -app-name } yn ei dab ei hun
framed-text = I gadw eich gwybodaeth yn ddiogel, dim ond yn ei dab porwr ei hun y mae'r dudalen hon yn agor, nid y tu mewn i wefan arall.
framed-open = Agor { -app-name } mewn tab newydd
