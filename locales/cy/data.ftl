data-lead = Mae popeth mae { -app-name } yn ei gadw ar y ddyfais hon, yn y porwr gwe hwn. Yma gallwch wneud copi wrth gefn, ei symud i ddyfais arall, ei gloi neu ei dynnu.
data-kept-heading = Beth sydd ar y ddyfais hon
data-people = { $count ->
    [one] 1 person
   *[other] { $count } o bobl
}
data-tasks = { $count ->
    [one] 1 dasg
   *[other] { $count } o dasgau
}
data-sessions = { $count ->
    [one] 1 sesiwn addysgu
   *[other] { $count } o sesiynau addysgu
}
data-pictures = { $count ->
    [one] 1 llun
   *[other] { $count } o luniau
}
data-scenarios = { $count ->
    [one] 1 sefyllfa wedi'i chadw
   *[other] { $count } o sefyllfaoedd wedi'u cadw
}
data-saved-file = Wedi cadw ffeil gopi wrth gefn o'r enw { $name }. Cadwch hi'n rhywle diogel: gall unrhyw un sydd â'r ffeil ei darllen.
data-not-saved = Wnaeth y porwr hwn ddim cadw'r ffeil.
data-choose-person-first = Dewiswch berson yn gyntaf.
data-backup-heading = Gwneud copi wrth gefn, neu symud i ddyfais arall
data-backup-intro = Cadwch ffeil gyda'ch data. Ar ddyfais arall, agorwch { -app-name }, dewch i'r dudalen hon a dewch â'r ffeil i mewn.
data-save-everything = Cadw copi wrth gefn o bopeth
data-one-person = Neu un person yn unig
data-one-person-hint = Eu tasgau, eu sesiynau a'u lluniau, er enghraifft i'w rhoi i hyfforddwr swyddi arall.
data-choose-person = Dewiswch berson
data-save-person = Cadw ffeil y person hwn
data-backup-in = Mae'r copi wrth gefn i mewn.
data-backup-in-not-saved = Mae'r copi wrth gefn i mewn am nawr, ond wnaeth y ddyfais hon ddim ei gadw, felly bydd wedi mynd pan fyddwch yn cau'r dudalen.
data-import-heading = Dod â chopi wrth gefn i mewn
data-file-label = Ffeil gopi wrth gefn
data-file-hint = Ffeil a gadwyd o'r dudalen hon ar unrhyw ddyfais. Mae ffeil na ellir ei darllen yn cael ei gwrthod, a does dim byd yma'n newid.
data-how-legend = Beth ddylai ddigwydd i'r data sydd yma'n barod?
data-how-merge = Ei gadw, ac ychwanegu'r hyn sy'n newydd o'r ffeil
data-how-replace-everything = Ei dynnu, a defnyddio dim ond yr hyn sydd yn y ffeil
data-how-replace-person = Rhoi copi'r ffeil yn lle { $person } (mae pawb arall yn aros)
data-bring-in = Dod ag ef i mewn
data-cancel = Canslo
data-describe-everything = Copi wrth gefn o bopeth, wedi'i gadw { $date }: { $counts }.
data-describe-person = Copi wrth gefn o { $person }, wedi'i gadw { $date }: { $counts }.
data-file-too-big = Mae'r ffeil honno'n rhy fawr i fod yn gopi wrth gefn { -app-name }. Does dim byd wedi newid.
data-file-unreadable = Doedd dim modd darllen y ffeil.
data-file-refused = { $reason } Does dim byd wedi newid.
data-lock-heading = Cloi gyda chyfrinair
data-lock-turned-on = Mae'r clo ymlaen. Mae'r data'n cloi ei hun ar ôl { $minutes } munud heb ei ddefnyddio, neu pan fyddwch yn dewis Cloi.
data-lock-turned-off = Mae'r clo i ffwrdd. Nid yw'r data ar y ddyfais hon wedi'i sgramblo mwyach.
data-lock-is-on = Mae'r clo ymlaen. Mae'r data'n cael ei gadw wedi'i sgramblo ar y ddyfais hon ac yn cloi ei hun ar ôl { $minutes } munud heb ei ddefnyddio.
data-lock-now = Cloi nawr
data-lock-off = Diffodd y clo
data-lock-intro = Ar gyfer llechen mae sawl person yn ei defnyddio. Mae'r data'n cael ei gadw wedi'i sgramblo (wedi'i amgryptio) ac yn cloi ei hun pan nad oes neb wedi defnyddio'r ap am sbel. I'w agor, teipiwch y cyfrinair.
data-lock-warning = Os byddwch yn anghofio'r cyfrinair, all neb gael y data yn ôl.
data-lock-warning-more = Nid chi, nid eich sefydliad, nid ni. Gwnewch gopi wrth gefn yn gyntaf.
data-passphrase = Cyfrinair
data-passphrase-hint = O leiaf 8 nod. Ychydig eiriau y byddwch yn eu cofio sydd orau.
data-passphrase-again = Teipiwch ef eto
data-lock-after = Cloi ar ôl
data-lock-minutes = { $minutes } munud heb ei ddefnyddio
data-lock-turning-on = Yn troi'r clo ymlaen…
data-lock-turn-on = Troi'r clo ymlaen
data-removed = Mae popeth roedd { -app-name } yn ei gadw ar y ddyfais hon wedi cael ei dynnu.
data-remove-heading = Tynnu popeth o'r ddyfais hon
data-remove-intro = Er enghraifft cyn i chi roi'r llechen i rywun arall. Gwnewch gopi wrth gefn yn gyntaf os bydd angen y data arnoch.
data-remove-button = Tynnu popeth
