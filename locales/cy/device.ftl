store-unavailable = Nid yw'r porwr hwn yn gadael i'r ap gadw dim ar y ddyfais hon, felly bydd eich gwaith yn cael ei golli pan fyddwch yn cau'r dudalen. Mae popeth arall yn gweithio, a gallwch allforio eich data i ffeil.
store-full = Does dim lle ar ôl ar y ddyfais hon ar gyfer data'r ap, felly dim ond nes i chi gau'r dudalen y bydd eich newidiadau diweddaraf yn cael eu cadw. Allforiwch eich data i ffeil, neu tynnwch rai lluniau.
store-newer = Cafodd eich data ar y ddyfais hon ei gadw gan fersiwn mwy newydd o { -app-name }. Dydy e ddim wedi newid. Nes i chi ddiweddaru'r ap, dim ond nes i chi gau'r dudalen y bydd yr hyn rydych yn ei wneud nawr yn cael ei gadw.
store-no-lock = Does dim clo ar ddata'r ddyfais hon.
store-cannot-unlock = All y porwr hwn ddim datgloi'r data.
store-wrong-passphrase = Nid yw'r cyfrinair yna'n iawn. Gwiriwch am briflythrennau a rhowch gynnig arall arni.
store-cannot-lock = All y porwr hwn ddim cloi'r data. Does dim byd wedi newid.
store-no-room-to-lock = Does dim lle ar y ddyfais hon i gloi'r data. Does dim byd wedi newid.
store-no-room-to-lock-all = Doedd dim lle i gloi pob eitem; mae'r clo ymlaen a does dim byd wedi'i golli.
store-no-room-to-unlock = Does dim lle ar y ddyfais hon i dynnu'r clo. Mae'r clo ymlaen o hyd.
store-lock-not-off = Doedd dim modd tynnu'r clo. Mae ymlaen o hyd.
store-unreadable-tasks = Doedd y fersiwn hon o'r ap ddim yn gallu darllen y tasgau ar y ddyfais hon, felly wnaethon ni ddim byd gyda nhw. Dydyn nhw ddim wedi newid.
store-unreadable-sessions = Doedd y fersiwn hon o'r ap ddim yn gallu darllen y sesiynau ar y ddyfais hon, felly wnaethon ni ddim byd gyda nhw. Dydyn nhw ddim wedi newid.
store-unreadable-scenarios = Doedd y fersiwn hon o'r ap ddim yn gallu darllen y sefyllfaoedd wedi'u cadw ar y ddyfais hon, felly wnaethon ni ddim byd gyda nhw. Dydyn nhw ddim wedi newid.

lock-heading = Mae data'r ddyfais hon wedi'i gloi
lock-intro = Mae rhywun wedi troi cyfrinair ymlaen i gadw'r bobl, y tasgau a'r sesiynau ar y ddyfais hon yn breifat. Teipiwch ef i'w hagor.
lock-type-passphrase = Teipiwch y cyfrinair.
lock-unlocking = Yn datgloi…
lock-unlock = Datgloi
lock-forgotten = Rydw i wedi anghofio'r cyfrinair
lock-forgotten-no-reset = All neb agor y data heb y cyfrinair: nid chi, nid eich sefydliad, nid ni. Does dim modd ei ailosod. Mae hyn yn ei gadw'n breifat os bydd y llechen yn mynd ar goll.
lock-forgotten-backup = Os oes gennych ffeil gopi wrth gefn, gallwch dynnu'r data sydd wedi'i gloi a dod â'r copi wrth gefn i mewn eto.
lock-remove-all = Tynnu'r holl ddata o'r ddyfais hon
lock-damaged = Mae'r clo ar ddata'r ddyfais hon wedi'i ddifrodi, felly does dim modd agor y data. Does dim byd wedi cael ei ddileu.
lock-weak = Cafodd y clo ar ddata'r ddyfais hon ei wneud mewn ffordd nad yw'r ap hwn yn ymddiried ynddi mwyach, felly wnaiff e ddim ei agor. Does dim byd wedi cael ei ddileu.
lock-too-short = Defnyddiwch o leiaf { $min } nod. Ychydig eiriau y byddwch yn eu cofio sydd orau.
lock-too-long = Defnyddiwch { $max } nod neu lai.
lock-different = Nid yw'r ddau gyfrinair yr un fath. Teipiwch ef eto.

remove-all-warning = Mae hyn yn tynnu popeth mae { -app-name } yn ei gadw ar y ddyfais hon: pobl, tasgau, sesiynau, lluniau a sefyllfaoedd wedi'u cadw. Does dim modd ei ddadwneud.
remove-all-yes = Ydw, tynnu popeth
remove-all-no = Na, ei gadw

update-ready = Mae fersiwn newydd o { -app-name } yn barod. Mae eich gwaith wedi'i gadw yn aros ar y ddyfais hon. Gallwch orffen yr hyn rydych yn ei wneud yn gyntaf.
update-use = Defnyddio'r fersiwn newydd
