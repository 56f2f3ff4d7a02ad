# Cwestiynau'r gyfrifiannell "gwell eich byd mewn gwaith", y ffurflen, y gwiriadau a'r adran
# cadw a rhannu. Rheolau'r Deyrnas Unedig yw'r rheolau; enwau cynlluniau'r DU yw enwau'r budd-daliadau.

## Camau'r cwestiynau fesul un

calc-step-place = { $person ->
   *[self] Ble rydych chi'n byw?
    [other] Ble mae { $name } yn byw?
}
calc-step-household = { $person ->
   *[self] Pwy sy'n byw gyda chi?
    [other] Pwy sy'n rhan o aelwyd { $name }?
}
calc-step-you = { $person ->
   *[self] Amdanoch chi
    [other] Am { $name }
}
calc-step-partner = { $person ->
   *[self] Am eich partner
    [other] Am y partner
}
calc-step-children = { $person ->
   *[self] Am eich plant
    [other] Am y plant
}
calc-step-health = Iechyd a gofalu
calc-step-home = { $person ->
   *[self] Eich cartref
    [other] Y cartref
}
calc-step-costs = Treth gyngor a chynilion
calc-step-job = Y swydd
calc-step-answer = { $person ->
   *[self] Eich ateb
    [other] Yr ateb
}

## Rhanbarthau

calc-region-north-east = Gogledd-ddwyrain Lloegr
calc-region-north-west = Gogledd-orllewin Lloegr
calc-region-yorkshire = Swydd Efrog a'r Humber
calc-region-east-midlands = Dwyrain Canolbarth Lloegr
calc-region-west-midlands = Gorllewin Canolbarth Lloegr
calc-region-east-of-england = Dwyrain Lloegr
calc-region-london = Llundain
calc-region-south-east = De-ddwyrain Lloegr
calc-region-south-west = De-orllewin Lloegr
calc-region-wales = Cymru
calc-region-scotland = Yr Alban

## Negeseuon wrth ymyl blwch

calc-err-region = { $person ->
   *[self] Dewiswch ble rydych chi'n byw
    [other] Dewiswch ble mae { $name } yn byw
}
calc-err-age-you = { $person ->
   *[self] Rhowch eich oed
    [other] Rhowch oed { $name }
}
calc-err-age-partner = { $person ->
   *[self] Rhowch oed eich partner
    [other] Rhowch oed y partner
}
calc-err-child-count = { $person ->
   *[self] Rhowch faint o blant sy'n byw gyda chi
    [other] Rhowch faint o blant sy'n rhan o aelwyd { $name }
}
calc-err-child-age = Rhowch oed plentyn { $number }
calc-err-tenure = { $person ->
   *[self] Dewiswch sut rydych chi'n talu am eich cartref
    [other] Dewiswch sut mae { $name } yn talu am y cartref
}
calc-err-brma = { $person ->
   *[self] Dewiswch eich ardal o'r rhestr
    [other] Dewiswch yr ardal o'r rhestr
}
calc-err-reduction-too-big = All Gostyngiad Treth Gyngor ddim bod yn fwy na'r dreth gyngor
calc-err-wage-zero = Rhowch gyflog yr awr sy'n fwy na £0
calc-err-hours-empty = Rhowch yr oriau bob wythnos, er enghraifft 16
calc-err-hours-positive = Rhaid i'r oriau fod yn fwy na 0
calc-err-hours-not-number = Rhowch yr oriau fel rhif, er enghraifft 16 neu 22.5
calc-err-hours-too-many = Rhaid i'r oriau fod yn 100 yr wythnos neu lai
calc-err-whole-range = Gwiriwch { $what }: rhaid iddo fod rhwng { $min } a { $max }
calc-err-whole-not-number = Rhowch { $what } fel rhif cyfan, er enghraifft { $example }
calc-err-money-too-big = Gwiriwch { $what }: rhaid iddo fod yn { $most } neu lai
calc-err-money-empty = Rhowch { $what }, mewn punnoedd
calc-err-money-negative = { $what_start }: rhaid iddo fod yn £0 neu fwy
calc-err-money-pence = Defnyddiwch bunnoedd a cheiniogau, er enghraifft 12.50
calc-err-money-not-number = Rhowch { $what } fel rhif, er enghraifft 120.50

calc-what-age = yr oed
calc-what-child-count = nifer y plant
calc-what-bedrooms = nifer yr ystafelloedd gwely
calc-what-partner-pay = { $person ->
   *[self] cyflog eich partner
    [other] cyflog y partner
}
calc-what-rent = { $person ->
   *[self] eich rhent
    [other] y rhent
}
calc-what-service-charges = y taliadau gwasanaeth
calc-what-council-tax = { $person ->
   *[self] eich treth gyngor
    [other] y dreth gyngor
}
calc-what-council-tax-reduction = { $person ->
   *[self] eich Gostyngiad Treth Gyngor
    [other] y Gostyngiad Treth Gyngor
}
calc-what-savings = { $person ->
   *[self] eich cynilion
    [other] y cynilion
}
calc-what-uc-statement = { $person ->
   *[self] y Credyd Cynhwysol ar eich datganiad
    [other] y Credyd Cynhwysol ar y datganiad
}
calc-what-wage = y cyflog yr awr
calc-what-childcare = costau gofal plant
calc-what-travel = costau teithio

calc-job-number = Swydd { $number }

## Beth wnaethon ni ei dybio

calc-assumed-lcwra-you = { $person ->
   *[self] Rydyn ni wedi tybio nad ydych chi'n cael elfen iechyd Credyd Cynhwysol (gallu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith). Gwiriwch eich datganiad Credyd Cynhwysol.
    [other] Rydyn ni wedi tybio nad yw { $name } yn cael elfen iechyd Credyd Cynhwysol (gallu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith). Gwiriwch y datganiad Credyd Cynhwysol.
}
calc-assumed-lcwra-partner = { $person ->
   *[self] Rydyn ni wedi tybio nad yw eich partner yn cael elfen iechyd Credyd Cynhwysol (gallu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith). Gwiriwch eich datganiad Credyd Cynhwysol.
    [other] Rydyn ni wedi tybio nad yw'r partner yn cael elfen iechyd Credyd Cynhwysol (gallu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith). Gwiriwch y datganiad Credyd Cynhwysol.
}
calc-assumed-pip-you = { $person ->
   *[self] Rydyn ni wedi tybio nad ydych chi'n cael Taliad Annibyniaeth Personol (neu Daliad Anabledd Oedolion). Dydy e ddim yn newid pan fyddwch chi'n dechrau gweithio.
    [other] Rydyn ni wedi tybio nad yw { $name } yn cael Taliad Annibyniaeth Personol (neu Daliad Anabledd Oedolion). Dydy e ddim yn newid wrth ddechrau gweithio.
}
calc-assumed-pip-partner = { $person ->
   *[self] Rydyn ni wedi tybio nad yw eich partner yn cael Taliad Annibyniaeth Personol (neu Daliad Anabledd Oedolion). Dydy e ddim yn newid pan fydd yn dechrau gweithio.
    [other] Rydyn ni wedi tybio nad yw'r partner yn cael Taliad Annibyniaeth Personol (neu Daliad Anabledd Oedolion). Dydy e ddim yn newid wrth ddechrau gweithio.
}
calc-assumed-carer-you = { $person ->
   *[self] Rydyn ni wedi tybio nad ydych chi'n cael Lwfans Gofalwr.
    [other] Rydyn ni wedi tybio nad yw { $name } yn cael Lwfans Gofalwr.
}
calc-assumed-carer-partner = { $person ->
   *[self] Rydyn ni wedi tybio nad yw eich partner yn cael Lwfans Gofalwr.
    [other] Rydyn ni wedi tybio nad yw'r partner yn cael Lwfans Gofalwr.
}
calc-assumed-rental-area = { $person ->
   *[self] Rydyn ni wedi defnyddio'r Lwfans Tai Lleol ar gyfer prif ardal eich rhanbarth. Dewiswch eich ardal eich hun i gael ffigur mwy cywir.
    [other] Rydyn ni wedi defnyddio'r Lwfans Tai Lleol ar gyfer prif ardal y rhanbarth. Dewiswch yr ardal iawn i gael ffigur mwy cywir.
}
calc-assumed-wage = Swydd { $number }: rydyn ni wedi defnyddio'r isafswm cyflog cyfreithiol ar gyfer yr oed a roddwyd, { $wage } yr awr.

## Problemau yn yr aelwyd

calc-invalid-adults = Rhowch un oedolyn, neu ddau ar gyfer cwpl sy'n hawlio gyda'i gilydd.
calc-invalid-age = Rhaid i'r oed fod rhwng 16 a 120.
calc-invalid-earnings = Rhaid i'r enillion fod yn sero neu fwy, ac o dan £10 miliwn y flwyddyn.
calc-invalid-hours = Rhaid i'r oriau fod rhwng 0 a 100 yr wythnos.
calc-invalid-pence = Defnyddiwch bunnoedd a cheiniogau, gyda dim mwy na 2 rif ar ôl y pwynt.
calc-invalid-hours-places = Defnyddiwch oriau gyda dim mwy na 2 rif ar ôl y pwynt, fel 16.5.
calc-invalid-children = Rhowch 12 o blant ar y mwyaf.
calc-invalid-form-children = Mae'r gyfrifiannell hon yn cymryd { $count } o blant ar y mwyaf.
calc-invalid-form-offers = Mae'r gyfrifiannell hon yn cymharu { $count } swydd ar y mwyaf ar y tro.
calc-invalid-child-age-missing = Rhowch oed y plentyn neu ei ddyddiad geni.
calc-invalid-birth-date = Ysgrifennwch y dyddiad geni fel BBBB-MM-DD, er enghraifft 2019-08-31.
calc-invalid-child-too-old = Mae plentyn yn cyfrif yma hyd at 19 oed (neu 20 mewn addysg); rhowch bobl hŷn fel oedolion.
calc-invalid-birth-date-late = Mae'r dyddiad geni ar ôl dechrau'r flwyddyn dreth.
calc-invalid-rent = Rhaid i'r rhent fod yn sero neu fwy, ac o dan £100,000.
calc-invalid-service-charges = Rhaid i'r taliadau gwasanaeth fod yn sero neu fwy.
calc-invalid-bedrooms = Rhaid i nifer yr ystafelloedd gwely fod rhwng 1 ac 20.
calc-invalid-brma-missing = Dewiswch yr Ardal Marchnad Rentu Eang (yr ardal mae'r cyngor yn ei defnyddio ar gyfer y Lwfans Tai Lleol).
calc-invalid-brma-unknown = Dydyn ni ddim yn adnabod yr Ardal Marchnad Rentu Eang hon; dewiswch un o'r rhestr.
calc-invalid-brma-country = Mae'r Ardal Marchnad Rentu Eang hon mewn gwlad wahanol i'r un a ddewiswyd.
calc-invalid-council-tax = Rhaid i'r dreth gyngor fod yn sero neu fwy.
calc-invalid-council-tax-reduction = Rhaid i Ostyngiad y Dreth Gyngor fod rhwng sero a'r dreth gyngor.
calc-invalid-savings = Rhaid i'r cynilion fod yn sero neu fwy.
calc-invalid-offer-adult = Rhaid i un o'r oedolion yn yr aelwyd gymryd y swydd.
calc-invalid-wage-or-salary = Rhowch naill ai gyflog yr awr neu gyflog blynyddol.
calc-invalid-wage = Rhaid i'r cyflog yr awr fod yn sero neu fwy, ac o dan £10,000.
calc-invalid-salary = Rhaid i'r cyflog blynyddol fod yn sero neu fwy, ac o dan £10 miliwn.
calc-invalid-salary-hours = Rhowch yr oriau bob wythnos mae'r cyflog ar eu cyfer.
calc-invalid-childcare = Rhaid i gostau gofal plant fod yn sero neu fwy.
calc-invalid-travel = Rhaid i gostau teithio fod yn sero neu fwy.
calc-invalid-pension-share = Rhaid i'r gyfran pensiwn fod rhwng 0 ac 1 (0.05 yw 5%).
calc-invalid-esa-and-jsa = Mae person yn cael ESA Dull Newydd neu JSA Dull Newydd, nid y ddau.
calc-invalid-award = Rhaid i'r swm wythnosol fod yn sero neu fwy, ac o dan £1,000.
calc-invalid-deductions = Rhaid i'r didyniadau fod yn sero neu fwy, ac o dan £10,000 y mis.
calc-invalid-state-pension = Rhaid i Bensiwn y Wladwriaeth fod yn sero neu fwy, ac o dan £1,000 yr wythnos.

## Negeseuon statws

calc-status-problem = Mae problem: gwiriwch yr atebion sydd wedi'u marcio isod.
calc-status-no-name = Rhowch enw i'r senario i'w gadw.
calc-status-full-delete-one = Mae gennych chi { $count } senario wedi'u cadw, y nifer mwyaf rydyn ni'n ei gadw. Dilëwch un i gadw hwn.
calc-status-full = Mae gennych chi { $count } senario wedi'u cadw, y nifer mwyaf rydyn ni'n ei gadw.
calc-status-saved = Wedi'i gadw fel “{ $name }” ar y ddyfais hon.
calc-status-opened = Wedi agor “{ $name }”.
calc-copy-name = { $name } (copi)
calc-status-copied = Wedi gwneud copi o'r enw “{ $name }”.
calc-status-deleted = Wedi dileu “{ $name }”.
calc-status-import-no-room = Mae { $count } senario yn y ffeil, ond dim ond lle i { $room } sydd. Does dim wedi'i ychwanegu; dilëwch rai yn gyntaf.
calc-status-imported = { $count ->
    [one] Wedi ychwanegu 1 senario o'r ffeil.
   *[other] Wedi ychwanegu { $count } senario o'r ffeil.
}
calc-status-reset = Wedi dechrau eto. Mae eich senarios sydd wedi'u cadw yn dal yma.
calc-status-reset-undone = Mae eich atebion yn ôl.
calc-status-explore-used = Mae gan y swydd yr oriau a'r cyflog y gwnaethoch chi roi cynnig arnyn nhw nawr.

## Pam cafodd ffeil ei gwrthod

calc-file-foreign = Nid { -app-name } wnaeth y ffeil hon. Dewiswch ffeil a wnaed gyda "Lawrlwytho'r senarios sydd wedi'u cadw fel ffeil".
calc-file-no-list = Mae rhestr senarios y ffeil hon ar goll, felly efallai fod rhywun wedi'i newid. Allforiwch hi eto a rhowch gynnig arall arni.
calc-file-empty = Does dim senarios yn y ffeil hon.
calc-file-too-many = Mae { $count } senario yn y ffeil hon; mae { -app-name } yn mewnforio { $most } ar y mwyaf ar y tro. Rhannwch hi'n ffeiliau llai.
calc-file-item = Senario { $number }:
calc-file-item-named = Senario { $number } ("{ $name }"):
calc-file-item-no-name = does dim enw arno. Rhowch enw i bob senario.
calc-file-item-name-too-long = mae ei enw yn hirach na { $most } nod. Gwnewch ef yn fyrrach.
calc-file-item-unreadable = doedd dim modd darllen yr aelwyd: mae rhan ohoni ar goll, neu'r math anghywir o beth. Efallai fod rhywun wedi newid y ffeil. Does dim wedi'i fewnforio.
calc-file-item-invalid = does dim modd ei gyfrifo: { $reasons } Does dim wedi'i fewnforio.

## Pam nad oedd modd agor dolen

calc-link-empty = Does dim aelwyd yn y ddolen hon. Gofynnwch am y ddolen eto.
calc-link-too-long = Mae'r ddolen hon yn llawer hirach nag y gall dolen { -app-name } fod. Gwiriwch eich bod wedi copïo'r ddolen iawn.
calc-link-not-ours = Nid dolen rannu { -app-name } yw hon, neu mae wedi cael ei newid. Gofynnwch am y ddolen eto.
calc-link-truncated = Mae'r ddolen hon wedi'i thorri'n fyr, efallai wrth ei chopïo. Gofynnwch am y ddolen eto a chopïwch y cyfan.
calc-link-newer = Cafodd y ddolen hon ei gwneud gan fersiwn mwy newydd o { -app-name } (fersiwn dolen { $version }). Diweddarwch yr ap a rhowch gynnig arall arni.
calc-link-unreadable = Doedd dim modd darllen yr aelwyd yn y ddolen hon; efallai ei bod wedi cael ei newid. Gofynnwch am y ddolen eto.
calc-link-invalid = Does dim modd cyfrifo'r aelwyd yn y ddolen hon: { $reasons }

## Tudalen y gyfrifiannell

calc-title = A fyddaf i'n well fy myd mewn gwaith?
calc-lead = Dewch i weld faint o arian fyddai gennych chi petaech chi'n cymryd swydd, o'i gymharu â nawr.
calc-mode-label = Sut i ateb
calc-mode-guided = Un cwestiwn ar y tro
calc-mode-compact = Popeth ar un dudalen (i hyfforddwyr)
calc-form-label = Yr aelwyd
calc-answer-label = Yr ateb
calc-boxes-to-fill = { $count ->
    [one] Llenwch y ffurflen i weld yr ateb. Mae angen ateb mewn 1 blwch o hyd.
   *[other] Llenwch y ffurflen i weld yr ateb. Mae angen ateb mewn { $count } blwch o hyd.
}
calc-add-job = Ychwanegu swydd arall i'w chymharu
calc-remove-job = Tynnu swydd { $number }
calc-link-opened = Wedi agor yr aelwyd o'r ddolen a rannwyd.
calc-link-not-opened = Doedd dim modd agor y ddolen a rannwyd. { $reason }

## Un cwestiwn ar y tro

calc-progress = Cwestiwn { $number } o { $total }
calc-error-summary-title = Mae problem
calc-error-prefix = Gwall:
calc-continue = Parhau
calc-show-answer = { $person ->
   *[self] Dangos fy ateb
    [other] Dangos yr ateb
}
calc-back = Yn ôl
calc-answers-need-checking = Mae angen gwirio rhai atebion cyn i ni allu cyfrifo hyn.
calc-change-heading = Newid eich atebion
calc-change = Newid

## Y cwestiynau

calc-yes = Ie
calc-no = Na
calc-not-sure = Dydw i ddim yn siŵr
calc-suffix-years = oed
calc-suffix-week = yr wythnos
calc-suffix-month = y mis
calc-suffix-year = y flwyddyn
calc-suffix-hour = yr awr
calc-suffix-hours-week = awr yr wythnos

calc-region-label = { $person ->
   *[self] Ble rydych chi'n byw?
    [other] Ble mae { $name } yn byw?
}
calc-region-hint = Mae rhai rheolau yn wahanol yn yr Alban ac yng Nghymru.
calc-tax-year-label = Cyfraddau pa flwyddyn?
calc-tax-year-hint = Defnyddiwch gyfraddau eleni oni bai eich bod yn edrych yn ôl.
calc-tax-year-option = Ebrill { $from } i Ebrill { $to }

calc-couple-legend = { $person ->
   *[self] Ydych chi'n byw gyda phartner?
    [other] Ydy { $name } yn byw gyda phartner?
}
calc-couple-hint = { $person ->
   *[self] Gŵr, gwraig, partner sifil, neu rywun rydych chi'n byw gyda nhw fel cwpl.
    [other] Gŵr, gwraig, partner sifil, neu rywun mae { $name } yn byw gyda nhw fel cwpl.
}
calc-child-count-label = { $person ->
   *[self] Faint o blant sy'n byw gyda chi?
    [other] Faint o blant sy'n rhan o aelwyd { $name }?
}
calc-child-count-hint = { $person ->
   *[self] Plant rydych chi'n gyfrifol amdanyn nhw, o dan 16, neu o dan 20 ac yn yr ysgol neu'r coleg.
    [other] Plant mae { $name } yn gyfrifol amdanyn nhw, o dan 16, neu o dan 20 ac yn yr ysgol neu'r coleg.
}
calc-children-none = Dim
calc-married-legend = { $person ->
   *[self] Ydych chi'n briod neu mewn partneriaeth sifil?
    [other] Ydy { $name } yn briod neu mewn partneriaeth sifil?
}
calc-married-hint = { $person ->
   *[self] Dim ond y dreth rydych chi'n ei thalu mae hyn yn ei newid (Lwfans Priodasol).
    [other] Dim ond y dreth mae { $name } yn ei thalu mae hyn yn ei newid (Lwfans Priodasol).
}

calc-age-you-label = { $person ->
   *[self] Faint yw eich oed chi?
    [other] Faint yw oed { $name }?
}
calc-age-partner-label = { $person ->
   *[self] Faint yw oed eich partner?
    [other] Faint yw oed y partner?
}
calc-partner-earnings-label = { $person ->
   *[self] Faint mae eich partner yn ei ennill nawr, cyn treth?
    [other] Faint mae'r partner yn ei ennill nawr, cyn treth?
}
calc-partner-earnings-hint = Gadewch yn wag os nad yw'n gweithio. Mae hyn yr un fath yn y ddau ateb.

calc-child-heading = Plentyn { $number }
calc-child-age-label = Faint yw oed plentyn { $number }?
calc-child-dla-legend = Ydy plentyn { $number } yn cael Lwfans Byw i'r Anabl?
calc-child-dla-hint = Neu Daliad Anabledd Plant yn yr Alban.
calc-child-dla-lowest = Ydy, y gyfradd ofal isaf
calc-child-dla-middle = Ydy, y gyfradd ofal ganol
calc-child-dla-highest = Ydy, y gyfradd ofal uchaf, neu mae wedi'i gofrestru'n ddall

calc-heading-you = Chi
calc-heading-partner = { $person ->
   *[self] Eich partner
    [other] Y partner
}
calc-lcwra-legend-you = { $person ->
   *[self] Ydych chi'n cael elfen iechyd Credyd Cynhwysol?
    [other] Ydy { $name } yn cael elfen iechyd Credyd Cynhwysol?
}
calc-lcwra-legend-partner = { $person ->
   *[self] Ydy eich partner yn cael elfen iechyd Credyd Cynhwysol?
    [other] Ydy'r partner yn cael elfen iechyd Credyd Cynhwysol?
}
calc-lcwra-hint-you = { $person ->
   *[self] Byddai eich datganiad Credyd Cynhwysol yn dweud bod gennych chi allu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith (LCWRA).
    [other] Byddai'r datganiad Credyd Cynhwysol yn dweud bod gan { $name } allu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith (LCWRA).
}
calc-lcwra-hint-partner = { $person ->
   *[self] Byddai eich datganiad Credyd Cynhwysol yn dweud bod gan eich partner allu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith (LCWRA).
    [other] Byddai'r datganiad Credyd Cynhwysol yn dweud bod gan y partner allu cyfyngedig i weithio ac i wneud gweithgarwch sy'n gysylltiedig â gwaith (LCWRA).
}
calc-lcwra-new-legend-you = { $person ->
   *[self] Wnaeth eich elfen iechyd chi ddechrau ar 6 Ebrill 2026 neu wedyn?
    [other] Wnaeth elfen iechyd { $name } ddechrau ar 6 Ebrill 2026 neu wedyn?
}
calc-lcwra-new-legend-partner = { $person ->
   *[self] Wnaeth elfen iechyd eich partner ddechrau ar 6 Ebrill 2026 neu wedyn?
    [other] Wnaeth elfen iechyd y partner ddechrau ar 6 Ebrill 2026 neu wedyn?
}
calc-lcwra-new-hint = Mae dyfarniadau newydd o Ebrill 2026 yn cael eu talu ar gyfradd is, oni bai bod y cyflwr yn ddifrifol neu'n derfynol.
calc-pip-daily-legend-you = { $person ->
   *[self] Ydych chi'n cael rhan bywyd bob dydd PIP?
    [other] Ydy { $name } yn cael rhan bywyd bob dydd PIP?
}
calc-pip-daily-legend-partner = { $person ->
   *[self] Ydy eich partner yn cael rhan bywyd bob dydd PIP?
    [other] Ydy'r partner yn cael rhan bywyd bob dydd PIP?
}
calc-pip-daily-hint = { $person ->
   *[self] Taliad Annibyniaeth Personol, neu Daliad Anabledd Oedolion yn yr Alban. Mae'n parhau pan fyddwch chi'n gweithio.
    [other] Taliad Annibyniaeth Personol, neu Daliad Anabledd Oedolion yn yr Alban. Mae'n parhau mewn gwaith.
}
calc-pip-mobility-legend-you = { $person ->
   *[self] Ydych chi'n cael rhan symudedd PIP?
    [other] Ydy { $name } yn cael rhan symudedd PIP?
}
calc-pip-mobility-legend-partner = { $person ->
   *[self] Ydy eich partner yn cael rhan symudedd PIP?
    [other] Ydy'r partner yn cael rhan symudedd PIP?
}
calc-pip-standard = Ie, y gyfradd safonol
calc-pip-enhanced = Ie, y gyfradd uwch
calc-carer-legend-you = { $person ->
   *[self] Ydych chi'n gofalu am rywun am 35 awr yr wythnos neu fwy?
    [other] Ydy { $name } yn gofalu am rywun am 35 awr yr wythnos neu fwy?
}
calc-carer-legend-partner = { $person ->
   *[self] Ydy eich partner yn gofalu am rywun am 35 awr yr wythnos neu fwy?
    [other] Ydy'r partner yn gofalu am rywun am 35 awr yr wythnos neu fwy?
}
calc-carer-hint = { $person ->
   *[self] Am rywun sy'n cael budd-dal anabledd. Efallai y byddwch chi'n cael Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban).
    [other] Am rywun sy'n cael budd-dal anabledd. Efallai y bydd y gofalwr yn cael Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban).
}

calc-tenure-legend = { $person ->
   *[self] Sut rydych chi'n talu am eich cartref?
    [other] Sut mae { $name } yn talu am y cartref?
}
calc-tenure-social = { $person ->
   *[self] Rwy'n rhentu gan y cyngor neu gymdeithas dai
    [other] Rhentu gan y cyngor neu gymdeithas dai
}
calc-tenure-private = { $person ->
   *[self] Rwy'n rhentu gan landlord preifat
    [other] Rhentu gan landlord preifat
}
calc-tenure-owner = { $person ->
   *[self] Fi sy'n berchen arno neu rwy'n talu morgais
    [other] Perchen arno neu'n talu morgais
}
calc-tenure-free = { $person ->
   *[self] Rwy'n byw heb dalu rhent
    [other] Byw heb dalu rhent
}
calc-rent-label = { $person ->
   *[self] Faint yw eich rhent?
    [other] Faint yw'r rhent?
}
calc-rent-hint = Y rhent llawn, hyd yn oed os yw Credyd Cynhwysol yn talu rhywfaint ohono.
calc-rent-hint-hb = Y rhent llawn, hyd yn oed os yw Budd-dal Tai yn talu rhywfaint ohono.
calc-rent-period-legend = Ai bob wythnos, bob pedair wythnos neu bob mis yw hynny?
calc-rent-period-week = Bob wythnos
calc-rent-period-four-weeks = Bob 4 wythnos
calc-rent-period-month = Bob mis
calc-service-charges-label = Taliadau gwasanaeth, os ydyn nhw ar ben y rhent (dewisol)
calc-service-charges-hint = Er enghraifft glanhau mannau a rennir. Yr un cyfnod â'r rhent.
calc-brma-label = { $person ->
   *[self] Ym mha ardal rentu rydych chi'n byw?
    [other] Ym mha ardal rentu mae { $name } yn byw?
}
calc-brma-hint = { $person ->
   *[self] Mae Credyd Cynhwysol yn talu rhent preifat hyd at y Lwfans Tai Lleol ar gyfer eich ardal.
    [other] Mae Credyd Cynhwysol yn talu rhent preifat hyd at y Lwfans Tai Lleol ar gyfer yr ardal.
}
calc-brma-main-area = { $person ->
   *[self] Prif ardal fy rhanbarth
    [other] Prif ardal y rhanbarth
}
calc-bedrooms-label = { $person ->
   *[self] Faint o ystafelloedd gwely sydd yn eich cartref? (dewisol)
    [other] Faint o ystafelloedd gwely sydd yn y cartref? (dewisol)
}
calc-bedrooms-hint = { $person ->
   *[self] Gadewch yn wag os yw eich cartref y maint iawn i chi. Mae ystafelloedd gwely sbâr yn torri'r help gyda rhent.
    [other] Gadewch yn wag os yw'r cartref y maint iawn. Mae ystafelloedd gwely sbâr yn torri'r help gyda rhent.
}

calc-council-tax-label = { $person ->
   *[self] Treth gyngor am y flwyddyn (dewisol)
    [other] Treth gyngor am y flwyddyn ar y cartref lle mae { $name } yn byw (dewisol)
}
calc-council-tax-hint = { $person ->
   *[self] Y bil llawn, o'ch llythyr treth gyngor.
    [other] Y bil llawn, o'r llythyr treth gyngor.
}
calc-council-tax-reduction-label = Gostyngiad Treth Gyngor am y flwyddyn (dewisol)
calc-council-tax-reduction-hint = { $person ->
   *[self] Help rydych chi'n ei gael gyda'r dreth gyngor. Mae gan bob cyngor ei gynllun ei hun, felly rydyn ni'n defnyddio beth rydych chi'n ei roi.
    [other] Help mae { $name } yn ei gael gyda'r dreth gyngor. Mae gan bob cyngor ei gynllun ei hun, felly rydyn ni'n defnyddio beth rydych chi'n ei roi.
}
calc-savings-label = { $person ->
   *[self] Cynilion a buddsoddiadau (dewisol)
    [other] Faint sydd gan { $name } mewn cynilion a buddsoddiadau? (dewisol)
}
calc-savings-hint = Mae cynilion dros £6,000 yn gostwng Credyd Cynhwysol. Dros £16,000 mae'n stopio.
calc-uc-statement-label = { $person ->
   *[self] Credyd Cynhwysol ar eich datganiad diwethaf (dewisol)
    [other] Credyd Cynhwysol ar y datganiad diwethaf (dewisol)
}
calc-uc-statement-hint = { $person ->
   *[self] Y swm rydych chi'n ei gael bob mis. Os ydych chi'n ei roi, rydyn ni'n ei ddefnyddio ar gyfer beth rydych chi'n ei gael nawr.
    [other] Y swm mae { $name } yn ei gael bob mis. Os ydych chi'n ei roi, rydyn ni'n ei ddefnyddio ar gyfer beth mae { $name } yn ei gael nawr.
}

calc-offer-who-legend = Pwy fyddai'n cymryd y swydd hon?
calc-offer-who-me = Fi
calc-offer-who-partner = { $person ->
   *[self] Fy mhartner
    [other] Y partner
}
calc-hours-label = { $person ->
   *[self] Faint o oriau'r wythnos?
    [other] Sawl awr yr wythnos fyddai { $name } yn gweithio?
}
calc-pay-frequency-legend = { $person ->
   *[self] Pa mor aml fyddech chi'n cael eich talu?
    [other] Pa mor aml fyddai { $name } yn cael cyflog?
}
calc-pay-frequency-hint = { $person ->
   *[self] Mae hyn yn newid pryd mae Credyd Cynhwysol yn gweld eich cyflog yn y misoedd cyntaf.
    [other] Mae hyn yn newid pryd mae Credyd Cynhwysol yn gweld y cyflog yn y misoedd cyntaf.
}
calc-pay-weekly = Bob wythnos
calc-pay-fortnightly = Bob 2 wythnos
calc-pay-four-weekly = Bob 4 wythnos
calc-pay-monthly = Bob mis
calc-wage-label = Cyflog am bob awr, cyn treth
calc-wage-hint = Gadewch yn wag i gael yr isafswm cyfreithiol ar gyfer yr oed a roddwyd: { $wage } yr awr.
calc-wage-hint-no-age = Gadewch yn wag i gael yr isafswm cyflog cyfreithiol.
calc-travel-label = Teithio i'r gwaith (dewisol)
calc-travel-hint = Prisiau bws neu drên, neu danwydd.
calc-childcare-label = { $person ->
   *[self] Gofal plant y byddech chi'n ei dalu tra yn y gwaith (dewisol)
    [other] Gofal plant y byddai { $name } yn ei dalu tra yn y gwaith (dewisol)
}
calc-childcare-hint = Gall Credyd Cynhwysol dalu hyd at 85% ohono yn ôl.
calc-pension-legend = { $person ->
   *[self] Fyddech chi'n talu i mewn i bensiwn gweithle?
    [other] Fyddai { $name } yn talu i mewn i bensiwn gweithle?
}
calc-pension-hint = { $person ->
   *[self] Mae'r rhan fwyaf o weithwyr dros 22 oed sy'n ennill dros £10,000 y flwyddyn yn cael eu rhoi mewn un. Gallwch chi ddewis peidio.
    [other] Mae'r rhan fwyaf o weithwyr dros 22 oed sy'n ennill dros £10,000 y flwyddyn yn cael eu rhoi mewn un. Mae modd dewis peidio.
}

## Budd-daliadau, oed pensiwn, tai â chymorth, teulu a chostau

calc-expecting-legend = { $person ->
   *[self] Oes rhywun yn eich cartref yn disgwyl babi?
    [other] Oes rhywun yn y cartref yn disgwyl babi?
}
calc-expecting-hint = Gall fod help gyda bwyd, llaeth a phethau i'r babi.
calc-birth-date-label-you = { $person ->
   *[self] Beth yw eich dyddiad geni? (dewisol)
    [other] Beth yw dyddiad geni { $name }? (dewisol)
}
calc-birth-date-label-partner = { $person ->
   *[self] Beth yw dyddiad geni eich partner? (dewisol)
    [other] Beth yw dyddiad geni'r partner? (dewisol)
}
calc-birth-date-hint = Mae hyn yn dweud wrthym pryd mae oed Pensiwn y Wladwriaeth yn dechrau. Hebddo rydyn ni'n defnyddio'r oed.
calc-state-pension-label-you = { $person ->
   *[self] Faint o Bensiwn y Wladwriaeth ydych chi'n ei gael?
    [other] Faint o Bensiwn y Wladwriaeth mae { $name } yn ei gael?
}
calc-state-pension-label-partner = { $person ->
   *[self] Faint o Bensiwn y Wladwriaeth mae eich partner yn ei gael?
    [other] Faint o Bensiwn y Wladwriaeth mae'r partner yn ei gael?
}
calc-state-pension-hint = { $person ->
   *[self] Y swm yr wythnos, o'ch llythyr Pensiwn y Wladwriaeth. Rhowch 0 os nad ydych chi'n cael un.
    [other] Y swm yr wythnos, o'r llythyr Pensiwn y Wladwriaeth. Rhowch 0 os nad yw { $name } yn cael un.
}
calc-err-state-pension-you = { $person ->
   *[self] Rhowch faint o Bensiwn y Wladwriaeth rydych chi'n ei gael yr wythnos, neu 0 os nad ydych chi'n cael un
    [other] Rhowch faint o Bensiwn y Wladwriaeth mae { $name } yn ei gael yr wythnos, neu 0 os nad yw'n cael un
}
calc-err-state-pension-partner = { $person ->
   *[self] Rhowch faint o Bensiwn y Wladwriaeth mae eich partner yn ei gael yr wythnos, neu 0 os nad yw'n cael un
    [other] Rhowch faint o Bensiwn y Wladwriaeth mae'r partner yn ei gael yr wythnos, neu 0 os nad yw'n cael un
}
calc-warn-no-state-pension-you = { $person ->
   *[self] Dim Pensiwn y Wladwriaeth wedi'i roi: fe wnaethom gyfrif dim. Mae'r rhan fwyaf o bobl dros oedran Pensiwn y Wladwriaeth yn cael un. Rhowch y swm i gael ateb cywir.
    [other] Dim Pensiwn y Wladwriaeth wedi'i roi ar gyfer { $name }: fe wnaethom gyfrif dim. Mae'r rhan fwyaf o bobl dros oedran Pensiwn y Wladwriaeth yn cael un. Rhowch y swm i gael ateb cywir.
}
calc-warn-no-state-pension-partner = { $person ->
   *[self] Dim Pensiwn y Wladwriaeth wedi'i roi ar gyfer eich partner: fe wnaethom gyfrif dim. Mae'r rhan fwyaf o bobl dros oedran Pensiwn y Wladwriaeth yn cael un. Rhowch y swm i gael ateb cywir.
    [other] Dim Pensiwn y Wladwriaeth wedi'i roi ar gyfer y partner: fe wnaethom gyfrif dim. Mae'r rhan fwyaf o bobl dros oedran Pensiwn y Wladwriaeth yn cael un. Rhowch y swm i gael ateb cywir.
}
calc-assumed-no-state-pension-you = { $person ->
   *[self] Dim Pensiwn y Wladwriaeth i chi: roedd y swm yn wag.
    [other] Dim Pensiwn y Wladwriaeth i { $name }: roedd y swm yn wag.
}
calc-assumed-no-state-pension-partner = { $person ->
   *[self] Dim Pensiwn y Wladwriaeth i'ch partner: roedd y swm yn wag.
    [other] Dim Pensiwn y Wladwriaeth i'r partner: roedd y swm yn wag.
}
# $number is 1, 2, 3…
calc-twin-legend = Ydy plentyn { $number } yn efaill neu'n dripled i blentyn arall yma?
calc-twin-hint = Gall gefeilliaid a thripledi newid y terfyn dau blentyn.
calc-new-style-legend-you = { $person ->
   *[self] Ydych chi'n cael ESA Dull Newydd neu JSA Dull Newydd?
    [other] Ydy { $name } yn cael ESA Dull Newydd neu JSA Dull Newydd?
}
calc-new-style-legend-partner = { $person ->
   *[self] Ydy eich partner yn cael ESA Dull Newydd neu JSA Dull Newydd?
    [other] Ydy'r partner yn cael ESA Dull Newydd neu JSA Dull Newydd?
}
calc-new-style-hint = { $person ->
   *[self] Mae budd-daliadau Dull Newydd yn dod o Yswiriant Gwladol a dalwyd mewn swyddi o'r blaen. Mae eich llythyr dyfarnu yn dweud pa un.
    [other] Mae budd-daliadau Dull Newydd yn dod o Yswiriant Gwladol a dalwyd mewn swyddi o'r blaen. Mae'r llythyr dyfarnu yn dweud pa un.
}
calc-new-style-esa = Ie, ESA Dull Newydd (Lwfans Cyflogaeth a Chymorth)
calc-new-style-jsa = Ie, JSA Dull Newydd (Lwfans Ceisio Gwaith)
calc-esa-group-legend-you = { $person ->
   *[self] Ym mha grŵp ESA ydych chi?
    [other] Ym mha grŵp ESA mae { $name }?
}
calc-esa-group-legend-partner = { $person ->
   *[self] Ym mha grŵp ESA mae eich partner?
    [other] Ym mha grŵp ESA mae'r partner?
}
calc-esa-group-hint = { $person ->
   *[self] Mae eich llythyr ESA yn dweud. Cyn i'r asesiad iechyd benderfynu, dyma'r cyfnod asesu.
    [other] Mae'r llythyr ESA yn dweud. Cyn i'r asesiad iechyd benderfynu, dyma'r cyfnod asesu.
}
calc-esa-group-assessment = Heb benderfynu eto (cyfnod asesu)
calc-esa-group-wrag = Y grŵp gweithgaredd sy'n gysylltiedig â gwaith
calc-esa-group-support = Y grŵp cymorth
calc-award-weekly-label = Faint yw e bob wythnos? (dewisol)
calc-award-weekly-hint = O'r llythyr dyfarnu. Gadewch yn wag a byddwn ni'n defnyddio'r gyfradd arferol.
calc-tenure-family = { $person ->
   *[self] Rwy'n byw yng nghartref fy nheulu
    [other] Byw yng nghartref y teulu
}
calc-supported-legend = Ai tai â chymorth neu dai dros dro yw e?
calc-supported-hint = Mae tai â chymorth yn rhoi gofal neu gymorth, fel hostel neu loches. Mae'r cyngor yn rhoi tai dros dro i bobl sy'n ddigartref. Budd-dal Tai sy'n talu'r rhent yno.
calc-supported-yes = Ie, tai â chymorth
calc-temporary-yes = Ie, tai dros dro gan y cyngor
calc-family-contribution-label = { $person ->
   *[self] Beth ydych chi'n ei dalu i'ch teulu at y cartref? (dewisol)
    [other] Beth mae { $name } yn ei dalu i'r teulu at y cartref? (dewisol)
}
calc-family-contribution-hint = { $person ->
   *[self] Arian rydych chi'n ei roi iddyn nhw bob mis at rent neu filiau.
    [other] Arian mae { $name } yn ei roi iddyn nhw bob mis at rent neu filiau.
}
calc-relative-legend = { $person ->
   *[self] Sut mae eich teulu'n talu eu rhent?
    [other] Sut mae'r teulu'n talu eu rhent?
}
calc-relative-hint = { $person ->
   *[self] Meddyliwch am y person sy'n rhentu'r cartref, fel eich mam neu eich tad.
    [other] Meddyliwch am y person sy'n rhentu'r cartref, fel mam neu dad.
}
calc-relative-uc = Mae Credyd Cynhwysol yn eu helpu i'w dalu
calc-relative-hb = Mae Budd-dal Tai yn eu helpu i'w dalu
calc-relative-none = Nhw sy'n berchen ar y cartref, maen nhw'n talu'r cyfan, neu dydw i ddim yn gwybod
calc-relative-exempt-legend = Ydyn nhw'n cael budd-dal anabledd, neu ydyn nhw'n ddall?
calc-relative-exempt-hint = { $person ->
   *[self] Byw bob dydd PIP, gofal DLA neu Lwfans Gweini. Yna dydy eu help gyda rhent ddim yn cael ei dorri am eich bod chi'n byw yno.
    [other] Byw bob dydd PIP, gofal DLA neu Lwfans Gweini. Yna dydy eu help gyda rhent ddim yn cael ei dorri am fod { $name } yn byw yno.
}
calc-ctr-in-work-legend = Mewn gwaith, pa Ostyngiad Treth Gyngor ddylen ni ei ddefnyddio?
calc-ctr-in-work-hint = Mae gan bob cyngor ei reolau ei hun. Os yw'r cyngor wedi dweud wrthych chi, defnyddiwch ei ffigur.
calc-ctr-estimate = Gweithiwch e allan i mi (amcangyfrif)
calc-ctr-own = Y ffigur a roddodd y cyngor i mi
calc-ctr-in-work-label = Gostyngiad Treth Gyngor mewn gwaith, am y flwyddyn
calc-uc-deductions-label = { $person ->
   *[self] Arian sy'n cael ei dynnu o'ch Credyd Cynhwysol bob mis (dewisol)
    [other] Arian sy'n cael ei dynnu o'r Credyd Cynhwysol bob mis (dewisol)
}
calc-uc-deductions-hint = { $person ->
   *[self] Er enghraifft i dalu taliad ymlaen llaw yn ôl, rhent sy'n ddyledus neu ddyled. Mae eich datganiad yn ei ddangos. Mae'n parhau mewn gwaith.
    [other] Er enghraifft i dalu taliad ymlaen llaw yn ôl, rhent sy'n ddyledus neu ddyled. Mae'r datganiad yn ei ddangos. Mae'n parhau mewn gwaith.
}
calc-grace-legend = { $person ->
   *[self] Ddaeth swydd o flwyddyn neu fwy i ben yn y 9 mis diwethaf?
    [other] Ddaeth swydd oedd gan { $name } am flwyddyn neu fwy i ben yn y 9 mis diwethaf?
}
calc-grace-hint = { $person ->
   *[self] Os oeddech chi'n ennill o leiaf 16 awr yr wythnos ar yr isafswm cyflog, mae'r cap ar fudd-daliadau yn aros 9 mis.
    [other] Os oedd { $name } yn ennill o leiaf 16 awr yr wythnos ar yr isafswm cyflog, mae'r cap ar fudd-daliadau yn aros 9 mis.
}
calc-supported-work-legend = Ai gwaith a ganiateir â chymorth yw'r swydd hon?
calc-supported-work-hint = Gwaith gyda chymorth gan y cyngor neu elusen i bobl anabl. Yna mae ESA yn parhau ar unrhyw oriau.
calc-travel-period-legend = Ai'r wythnos neu'r mis yw hynny?
calc-travel-period-week = Yr wythnos
calc-travel-period-month = Y mis
calc-childcare-children-label = I faint o'r plant mae'r gofal plant?
calc-childcare-children-hint = Mae Credyd Cynhwysol yn talu mwy am ddau blentyn neu fwy mewn gofal plant.
# The first choice in the list: the childcare is for every child young enough.
calc-childcare-children-all = Pob un ohonyn nhw
calc-err-birth-date = Rhowch ddyddiad geni go iawn
calc-err-birth-date-age = Dydy'r dyddiad geni hwn ddim yn cyd-fynd â'r oed a roddwyd
calc-err-esa-group = Dewiswch y grŵp ESA
calc-what-state-pension = Pensiwn y Wladwriaeth
calc-what-award = y swm wythnosol
calc-what-family-contribution = { $person ->
   *[self] beth rydych chi'n ei dalu i'ch teulu
    [other] beth mae { $name } yn ei dalu i'r teulu
}
calc-what-council-tax-reduction-in-work = y gostyngiad treth gyngor mewn gwaith
calc-what-uc-deductions = yr arian sy'n cael ei dynnu
calc-what-childcare-children = nifer y plant
calc-assumed-award-rate = Rydyn ni wedi defnyddio cyfradd wythnosol arferol ESA neu JSA Dull Newydd. Rhowch y swm ar y llythyr dyfarnu i gael ffigur agosach.

## Cadw a rhannu

calc-keep-heading = Cadw a rhannu
calc-save-name-label = Enw ar gyfer y senario hwn
calc-save-name-hint = Er enghraifft llythrennau cyntaf a'r swydd: “AB caffi 16 awr”. Mae'n cael ei gadw ar y ddyfais hon yn unig.
calc-save = Cadw
calc-saved-heading = Wedi'u cadw ar y ddyfais hon
calc-delete-confirm = Ei ddileu am byth?
calc-delete-yes = Ie, dileu
calc-delete-keep = Ei gadw
calc-open = Agor
calc-copy = Copïo
calc-delete = Dileu
calc-share-heading = Rhannu dolen
calc-share-text = Mae'r ddolen yn cadw'r atebion yn y rhan o'r cyfeiriad ar ôl yr arwydd #. Dydy porwyr byth yn anfon y rhan honno i unman: dim ond lle rydych chi'n gludo'r ddolen mae'r aelwyd yn mynd.
calc-share-make = Gwneud dolen rannu
calc-share-link-label = Dolen i'r aelwyd hon
calc-share-copy = Copïo'r ddolen
calc-share-copy-yourself = Dewiswch y ddolen yn y blwch a'i chopïo.
calc-link-copied = Wedi copïo'r ddolen. Gludwch hi mewn neges neu e-bost.
calc-link-copy-refused = Wnaeth y porwr hwn ddim gadael i ni gopïo'r ddolen. Dewiswch y ddolen yn y blwch a'i chopïo eich hun.
calc-reset-heading = Dechrau eto
calc-reset-text = Clirio pob ateb ar y ffurflen. Mae'r senarios sydd wedi'u cadw yn aros.
calc-reset = Clirio'r ffurflen
calc-reset-question = Clirio pob ateb ar y ffurflen?
calc-reset-yes = Ie, clirio'r ffurflen
calc-reset-no = Na, cadw fy atebion
calc-reset-cleared = Mae'r ffurflen yn glir. Wedi newid eich meddwl? Gallwch ddadwneud hyn nes i chi deipio ateb newydd.
calc-reset-undo = Dadwneud
calc-move-heading = Symud i ddyfais arall
calc-export = Lawrlwytho'r senarios sydd wedi'u cadw fel ffeil
calc-import-label = Ychwanegu senarios o ffeil
calc-import-hint = Ffeil a lawrlwythwyd o'r gyfrifiannell hon. Os nad oes modd darllen ffeil, mae'n cael ei gwrthod a does dim yn newid.
calc-export-nothing = Does dim un o'r senarios sydd wedi'u cadw wedi'i orffen, felly does dim i'w lawrlwytho eto.
calc-exported = { $count ->
    [one] Wedi lawrlwytho 1 senario.
   *[other] Wedi lawrlwytho { $count } senario.
}
calc-exported-some = Wedi lawrlwytho { $count } senario. Doedd { $left_out } ddim wedi'u gorffen, felly maen nhw wedi'u gadael allan.
calc-export-refused = Wnaeth y porwr ddim lawrlwytho'r ffeil.
calc-import-too-big = Mae'r ffeil honno'n rhy fawr i fod yn ffeil senarios (dros 2 MB). Does dim wedi'i ychwanegu.
calc-import-unreadable = Doedd dim modd darllen y ffeil.
calc-import-refused = Chafodd y ffeil mo'i hychwanegu. { $reason }
calc-storage-unreadable = Doedd y fersiwn hwn o'r ap ddim yn gallu darllen eich senarios sydd wedi'u cadw. Maen nhw'n dal ar y ddyfais hon a does dim wedi'i ddileu, ond bydd senarios rydych chi'n eu cadw nawr yn cael eu cadw dim ond nes i chi gau'r dudalen.
calc-storage-unavailable = Dydy'r porwr hwn ddim yn gadael i ni gadw ar y ddyfais hon, felly bydd senarios sydd wedi'u cadw yn cael eu colli pan fyddwch chi'n cau'r dudalen. Mae popeth arall yn gweithio. Gallwch chi allforio ffeil o hyd.
calc-storage-full = Does dim lle ar ôl ar y ddyfais hon i gadw senarios, felly dim ond nes i chi gau'r dudalen y bydd y newid diweddaraf yn cael ei gadw. Dilëwch senario sydd wedi'i gadw neu rai lluniau, neu allforiwch ffeil.

## Y gyfrifiannell ar wefan asiantaeth

calc-embed-private = Mae popeth rydych chi'n ei deipio yn aros ar y ddyfais hon. Does dim yn cael ei anfon atom ni, at y wefan hon nac at unrhyw un arall.
calc-embed-open-app = Agor { -app-name } mewn tab newydd
calc-embed-heading = Cyfrifiannell well eich byd gan { $name }

## Hawdd ei ddarllen: brawddegau byrrach, un syniad ar bob llinell

calc-lead--easy =
    Gwelwch faint o arian fyddai gennych chi mewn swydd.
    Cymharwch hynny â beth sydd gennych chi nawr.
calc-couple-hint--easy =
    Partner yw gŵr, gwraig neu bartner sifil.
    { $person ->
       *[self] Neu rywun rydych chi'n byw gyda nhw fel cwpl.
        [other] Neu rywun mae { $name } yn byw gyda nhw fel cwpl.
    }
calc-child-count-hint--easy =
    { $person ->
       *[self] Plant rydych chi'n gofalu amdanyn nhw.
        [other] Plant mae { $name } yn gofalu amdanyn nhw.
    }
    O dan 16. Neu o dan 20 ac yn yr ysgol neu'r coleg.
calc-lcwra-hint-you--easy =
    { $person ->
       *[self] Arian ychwanegol ar gyfer eich iechyd yw hwn.
        [other] Arian ychwanegol ar gyfer iechyd yw hwn.
    }
    { $person ->
       *[self] Mae eich datganiad Credyd Cynhwysol yn dweud a ydych chi'n ei gael.
        [other] Mae'r datganiad Credyd Cynhwysol yn dweud a yw { $name } yn ei gael.
    }
calc-lcwra-hint-partner--easy =
    { $person ->
       *[self] Arian ychwanegol ar gyfer iechyd eich partner yw hwn.
        [other] Arian ychwanegol ar gyfer iechyd y partner yw hwn.
    }
    { $person ->
       *[self] Mae eich datganiad Credyd Cynhwysol yn dweud a yw eich partner yn ei gael.
        [other] Mae'r datganiad Credyd Cynhwysol yn dweud a yw'r partner yn ei gael.
    }
calc-lcwra-new-hint--easy =
    Mae dyfarniadau newydd o Ebrill 2026 yn talu llai.
    Nid os yw'r salwch yn ddrwg iawn.
calc-pip-daily-hint--easy =
    PIP yw Taliad Annibyniaeth Personol.
    Yn yr Alban, Taliad Anabledd Oedolion yw e.
    { $person ->
       *[self] Rydych chi'n ei gadw pan fyddwch chi'n gweithio.
        [other] Mae'n parhau mewn gwaith.
    }
calc-carer-hint--easy =
    { $person ->
       *[self] Rydych chi'n gofalu am rywun sy'n cael budd-dal anabledd.
        [other] Gofalu am rywun sy'n cael budd-dal anabledd.
    }
    { $person ->
       *[self] Efallai y byddwch chi'n cael Lwfans Gofalwr.
        [other] Efallai y bydd y gofalwr yn cael Lwfans Gofalwr.
    }
calc-rent-hint--easy =
    Ysgrifennwch y rhent i gyd.
    Hyd yn oed os yw Credyd Cynhwysol yn talu rhywfaint ohono.
calc-rent-hint-hb--easy =
    Ysgrifennwch y rhent i gyd.
    Hyd yn oed os yw Budd-dal Tai yn talu rhywfaint ohono.
calc-bedrooms-hint--easy =
    { $person ->
       *[self] Gadewch hwn yn wag os yw eich cartref y maint iawn.
        [other] Gadewch hwn yn wag os yw'r cartref y maint iawn.
    }
    Mae ystafell wely sbâr yn golygu llai o help gyda rhent.
calc-council-tax-reduction-hint--easy =
    Help i dalu'r dreth gyngor yw hwn.
    Mae gan bob cyngor ei reolau ei hun.
    Rydyn ni'n defnyddio beth rydych chi'n ei ysgrifennu.
calc-savings-hint--easy =
    Mae dros £6,000 o gynilion yn golygu llai o Gredyd Cynhwysol.
    Mae dros £16,000 yn golygu dim Credyd Cynhwysol.
calc-uc-statement-hint--easy =
    { $person ->
       *[self] Y Credyd Cynhwysol rydych chi'n ei gael bob mis.
        [other] Y Credyd Cynhwysol mae { $name } yn ei gael bob mis.
    }
    { $person ->
       *[self] Rydyn ni'n ei ddefnyddio ar gyfer beth rydych chi'n ei gael nawr.
        [other] Rydyn ni'n ei ddefnyddio ar gyfer beth mae { $name } yn ei gael nawr.
    }
calc-pay-frequency-hint--easy =
    { $person ->
       *[self] Mae hyn yn newid pryd mae Credyd Cynhwysol yn gweld eich cyflog.
        [other] Mae hyn yn newid pryd mae Credyd Cynhwysol yn gweld y cyflog.
    }
    Mae'n bwysig yn y misoedd cyntaf.
calc-pension-hint--easy =
    Mae'r rhan fwyaf o weithwyr yn cael eu rhoi mewn pensiwn.
    { $person ->
       *[self] Gallwch chi ddweud na.
        [other] Mae modd dweud na.
    }
calc-share-text--easy =
    Mae'r ddolen yn cadw eich atebion.
    Maen nhw'n mynd dim ond lle rydych chi'n gludo'r ddolen.
    Does dim yn cael ei anfon atom ni.
calc-storage-unavailable--easy =
    Dydy'r porwr hwn ddim yn gadael i ni gadw.
    Bydd senarios wedi'u cadw yn mynd pan fyddwch chi'n cau'r dudalen.
    Mae popeth arall yn gweithio.
calc-new-style-hint--easy =
    { $person ->
       *[self] Efallai y cewch chi'r rhain os talwch chi Yswiriant Gwladol mewn swyddi o'r blaen.
        [other] Mae'r rhain yn dod o Yswiriant Gwladol a dalwyd mewn swyddi o'r blaen.
    }
    { $person ->
       *[self] Mae eich llythyr yn dweud pa un rydych chi'n ei gael.
        [other] Mae'r llythyr yn dweud pa un.
    }
calc-supported-hint--easy =
    { $person ->
       *[self] Mae tai â chymorth yn rhoi gofal neu gymorth i chi.
        [other] Mae tai â chymorth yn rhoi gofal neu gymorth.
    }
    { $person ->
       *[self] Mae tai dros dro gan y cyngor pan nad oes gennych chi gartref.
        [other] Mae tai dros dro gan y cyngor pan nad oes gan rywun gartref.
    }
    Budd-dal Tai sy'n talu'r rhent yno.
calc-uc-deductions-hint--easy =
    Arian sy'n cael ei dynnu i dalu dyled yn ôl.
    { $person ->
       *[self] Mae eich datganiad yn ei ddangos.
        [other] Mae'r datganiad yn ei ddangos.
    }
    { $person ->
       *[self] Mae'n parhau pan fyddwch chi'n gweithio.
        [other] Mae'n parhau mewn gwaith.
    }
calc-grace-hint--easy =
    { $person ->
       *[self] Oeddech chi'n gweithio 16 awr yr wythnos neu fwy?
        [other] Oedd { $name } yn gweithio 16 awr yr wythnos neu fwy?
    }
    Yna mae'r cap ar fudd-daliadau yn aros 9 mis.
calc-supported-work-hint--easy =
    { $person ->
       *[self] Mae cyngor neu elusen yn eich helpu yn y gwaith.
        [other] Mae cyngor neu elusen yn helpu yn y gwaith.
    }
    { $person ->
       *[self] Yna rydych chi'n cadw ESA.
        [other] Yna mae'r ESA yn parhau.
    }
calc-relative-exempt-hint--easy =
    Er enghraifft PIP neu Lwfans Gweini.
    Yna dydy eu help gyda rhent ddim yn cael ei dorri.

## A share link, Keep and share, and whose name the tenancy is in
calc-change-answers = Newid yr atebion
calc-keep-later = Pan fydd ateb, gallwch ei gadw a'i rannu yma.
calc-tenancy-legend = Yn enw pwy mae'r denantiaeth?
calc-tenancy-hint = { $person ->
   *[self] Y denantiaeth yw'r cytundeb i rentu'r cartref.
    [other] Y denantiaeth yw'r cytundeb i rentu'r cartref lle mae { $name } yn byw.
}
calc-tenancy-mine = { $person ->
   *[self] Fy enw i
    [other] Enw'r person ei hun
}
calc-tenancy-relative = Enw rhiant neu berthynas arall

## Ar gyfer pwy mae'r ffurflen (issue 20)

calc-step-person = Ar gyfer pwy mae hyn?
calc-for-whom-legend = Ar gyfer pwy rydych chi'n llenwi hwn?
calc-for-whom-hint = Yna mae'r cwestiynau'n defnyddio eu henw, nid “chi”.
calc-for-whom-myself = Fi fy hun
calc-for-whom-son = Fy mab
calc-for-whom-daughter = Fy merch
calc-for-whom-partner = Fy mhartner
calc-for-whom-supported = Rhywun rwy'n ei gefnogi, fel hyfforddwr swyddi neu weithiwr cymorth
calc-for-whom-someone = Rhywun arall
calc-person-name-label = Beth yw eu henw cyntaf?
calc-person-name-hint = Gallwch chi adael hwn yn wag. Mae'n aros ar y ddyfais hon. Dydy e ddim mewn dolen rannu.
calc-person-you = chi
calc-person-son = eich mab
calc-person-daughter = eich merch
calc-person-partner = eich partner
calc-person-supported = y person rydych chi'n ei gefnogi
calc-person-someone = y person hwn
