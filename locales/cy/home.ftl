home-title = Offer i ddod o hyd i swydd a dysgu swydd
home-lead = Tri offeryn am ddim i bobl sy'n chwilio am waith, eu teuluoedd a hyfforddwyr swyddi. Maen nhw'n gweithio yn eich porwr gwe, hyd yn oed heb gysylltiad â'r rhyngrwyd ar ôl eu llwytho.
home-lead--easy =
    Tri offeryn am ddim.
    I bobl sy'n chwilio am waith, eu teuluoedd a hyfforddwyr swyddi.
    Maen nhw'n gweithio yn eich porwr gwe.
    Maen nhw'n gweithio heb y rhyngrwyd hefyd.
home-better-off-heading = Fyddwn i'n well fy myd mewn gwaith?
home-better-off-what = Gwelwch faint o arian fyddai gennych bob wythnos petaech yn cymryd swydd, o'i gymharu â'r hyn a gewch nawr. Mae'n cyfrif cyflog, treth, Credyd Cynhwysol a budd-daliadau eraill.
home-better-off-what--easy =
    Gwelwch faint o arian fyddai gennych bob wythnos mewn swydd.
    Gwelwch faint a gewch nawr.
    Mae'n cyfrif cyflog, treth a budd-daliadau.
home-better-off-who = I geiswyr gwaith, teuluoedd a hyfforddwyr swyddi yng Nghymru, Lloegr a'r Alban.
home-tasks-heading = Rhannu swydd yn gamau
home-tasks-what = Ysgrifennwch bob cam o dasg yn y gwaith, yn eu trefn, gyda'r hyn sy'n dweud wrth y person am ei wneud a llun. Trowch hyn yn ganllaw syml y gall y gweithiwr ei ddilyn.
home-tasks-what--easy =
    Ysgrifennwch bob cam o swydd.
    Ychwanegwch lun at bob cam.
    Gwnewch ganllaw syml i'w ddilyn.
home-tracker-heading = Dilyn y dysgu
home-tracker-what = Ysgrifennwch faint o help oedd ei angen ar bob cam ym mhob sesiwn addysgu. Gwelwch y cynnydd, rhowch lai o help dros amser, a sylwch yn gynnar pan fydd y dysgu wedi stopio.
home-tracker-what--easy =
    Ysgrifennwch faint o help oedd ei angen ar bob cam.
    Gwelwch sut mae'r dysgu'n mynd.
    Rhowch lai o help dros amser.
home-for-coaches = I hyfforddwyr swyddi.
home-private-heading = Mae eich gwybodaeth yn breifat
home-private = Does dim angen cyfrif arnoch. Mae'r hyn rydych chi'n ei deipio yn aros ar y ddyfais hon. Nid yw'n cael ei anfon atom ni nac at neb arall.
home-private--easy =
    Does dim angen cyfrif arnoch.
    Mae'r hyn rydych chi'n ei deipio yn aros ar y ddyfais hon.
    Does neb arall yn ei weld.

notfound-text = Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Efallai fod y ddolen yn anghywir neu'n hen.
notfound-home = Mynd i'r hafan
