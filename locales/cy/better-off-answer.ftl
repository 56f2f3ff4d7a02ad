# Yr ateb "yn well eich byd": y pennawd, y tabl, y siart, y map gwres, y misoedd cyntaf a'r esboniad.

result-name-carers-allowance = Lwfans Gofalwr
result-name-carer-support = Taliad Cymorth Gofalwr (yr Alban)
result-name-pip = Taliad Annibyniaeth Personol
result-name-adp = Taliad Anabledd Oedolion (yr Alban)
result-name-dla = Lwfans Byw i'r Anabl
result-name-winter-fuel = Taliad Tanwydd Gaeaf
result-name-winter-heating = Taliad Gwresogi Gaeaf Oed Pensiwn (yr Alban)
result-name-cdp = Taliad Anabledd Plant (yr Alban)

result-explain-earns = { $who ->
    [you] Rydych chi'n ennill { $amount } y mis cyn treth.
    [other] Mae { $name } yn ennill { $amount } y mis cyn treth.
    [partner] Mae eich partner yn ennill { $amount } y mis cyn treth.
   *[second] Mae'r partner yn ennill { $amount } y mis cyn treth.
}
result-explain-no-tax = { $who ->
    [you] Dydych chi ddim yn talu Treth Incwm: mae'r incwm o fewn y lwfans personol.
    [other] Dydy { $name } ddim yn talu Treth Incwm: mae'r incwm o fewn y lwfans personol.
    [partner] Dydy eich partner ddim yn talu Treth Incwm: mae'r incwm o fewn y lwfans personol.
   *[second] Dydy'r partner ddim yn talu Treth Incwm: mae'r incwm o fewn y lwfans personol.
}
result-explain-tax = { $who ->
    [you] Rydych chi'n talu { $amount } y mis o Dreth Incwm.
    [other] Mae { $name } yn talu { $amount } y mis o Dreth Incwm.
    [partner] Mae eich partner yn talu { $amount } y mis o Dreth Incwm.
   *[second] Mae'r partner yn talu { $amount } y mis o Dreth Incwm.
}
result-explain-tax-scottish = { $who ->
    [you] Rydych chi'n talu { $amount } y mis o Dreth Incwm ar gyfraddau'r Alban.
    [other] Mae { $name } yn talu { $amount } y mis o Dreth Incwm ar gyfraddau'r Alban.
    [partner] Mae eich partner yn talu { $amount } y mis o Dreth Incwm ar gyfraddau'r Alban.
   *[second] Mae'r partner yn talu { $amount } y mis o Dreth Incwm ar gyfraddau'r Alban.
}
result-explain-no-ni = { $who ->
    [you] Dydych chi ddim yn talu Yswiriant Gwladol: mae'r cyflog o dan y trothwy.
    [other] Dydy { $name } ddim yn talu Yswiriant Gwladol: mae'r cyflog o dan y trothwy.
    [partner] Dydy eich partner ddim yn talu Yswiriant Gwladol: mae'r cyflog o dan y trothwy.
   *[second] Dydy'r partner ddim yn talu Yswiriant Gwladol: mae'r cyflog o dan y trothwy.
}
result-explain-ni = { $who ->
    [you] Rydych chi'n talu { $amount } y mis o Yswiriant Gwladol.
    [other] Mae { $name } yn talu { $amount } y mis o Yswiriant Gwladol.
    [partner] Mae eich partner yn talu { $amount } y mis o Yswiriant Gwladol.
   *[second] Mae'r partner yn talu { $amount } y mis o Yswiriant Gwladol.
}
result-explain-pension = { $who ->
    [you] Rydych chi'n talu { $amount } y mis i bensiwn gweithle (mae'r cyflogwr a rhyddhad treth yn ychwanegu mwy).
    [other] Mae { $name } yn talu { $amount } y mis i bensiwn gweithle (mae'r cyflogwr a rhyddhad treth yn ychwanegu mwy).
    [partner] Mae eich partner yn talu { $amount } y mis i bensiwn gweithle (mae'r cyflogwr a rhyddhad treth yn ychwanegu mwy).
   *[second] Mae'r partner yn talu { $amount } y mis i bensiwn gweithle (mae'r cyflogwr a rhyddhad treth yn ychwanegu mwy).
}
result-explain-marriage = { $who ->
    [you] Lwfans Priodasol: mae lwfans eich partner sydd heb ei ddefnyddio yn tynnu { $amount } y flwyddyn oddi ar eich treth.
    [other] Lwfans Priodasol: mae lwfans eu partner sydd heb ei ddefnyddio yn tynnu { $amount } y flwyddyn oddi ar dreth { $name }.
    [partner] Lwfans Priodasol: mae eich lwfans sydd heb ei ddefnyddio yn tynnu { $amount } y flwyddyn oddi ar dreth eich partner.
   *[second] Lwfans Priodasol: mae lwfans { $name } sydd heb ei ddefnyddio yn tynnu { $amount } y flwyddyn oddi ar dreth y partner.
}
result-explain-carer-gets-working = { $who ->
    [you] Rydych chi'n cael { $benefit } o { $amount } y mis (mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, o fewn y terfyn o { $limit }).
    [other] Mae { $name } yn cael { $benefit } o { $amount } y mis (mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, o fewn y terfyn o { $limit }).
    [partner] Mae eich partner yn cael { $benefit } o { $amount } y mis (mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, o fewn y terfyn o { $limit }).
   *[second] Mae'r partner yn cael { $benefit } o { $amount } y mis (mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, o fewn y terfyn o { $limit }).
}
result-explain-carer-gets = { $who ->
    [you] Rydych chi'n cael { $benefit } o { $amount } y mis.
    [other] Mae { $name } yn cael { $benefit } o { $amount } y mis.
    [partner] Mae eich partner yn cael { $benefit } o { $amount } y mis.
   *[second] Mae'r partner yn cael { $benefit } o { $amount } y mis.
}
result-explain-carer-loses = { $who ->
    [you] Rydych chi'n colli { $benefit }: mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, dros y terfyn o { $limit }. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
    [other] Mae { $name } yn colli { $benefit }: mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, dros y terfyn o { $limit }. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
    [partner] Mae eich partner yn colli { $benefit }: mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, dros y terfyn o { $limit }. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
   *[second] Mae'r partner yn colli { $benefit }: mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, dros y terfyn o { $limit }. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
}
result-explain-carer-only-one = Dim ond un { $benefit } sy'n cael ei dalu am ofalu am yr un person.
result-explain-pip = { $who ->
    [you] Rydych chi'n cael { $amount } y mis o { $benefit }: mae'n parhau pan fyddwch chi'n gweithio, a dydy e ddim yn lleihau Credyd Cynhwysol.
    [other] Mae { $name } yn cael { $amount } y mis o { $benefit }: mae'n parhau mewn gwaith, a dydy e ddim yn lleihau Credyd Cynhwysol.
    [partner] Mae eich partner yn cael { $amount } y mis o { $benefit }: mae'n parhau mewn gwaith, a dydy e ddim yn lleihau Credyd Cynhwysol.
   *[second] Mae'r partner yn cael { $amount } y mis o { $benefit }: mae'n parhau mewn gwaith, a dydy e ddim yn lleihau Credyd Cynhwysol.
}
result-explain-esa = { $who ->
    [you] Rydych chi'n cael ESA Dull Newydd o { $amount } y mis, { $group }.
    [other] Mae { $name } yn cael ESA Dull Newydd o { $amount } y mis, { $group }.
    [partner] Mae eich partner yn cael ESA Dull Newydd o { $amount } y mis, { $group }.
   *[second] Mae'r partner yn cael ESA Dull Newydd o { $amount } y mis, { $group }.
}
result-esa-group-assessment = tra bo'r asesiad yn mynd yn ei flaen
result-esa-group-wrag = yn y grŵp gweithgarwch sy'n gysylltiedig â gwaith
result-esa-group-support = yn y grŵp cymorth
result-explain-esa-lower-limit = { $who ->
    [you] Rydych chi'n cadw ESA Dull Newydd o { $amount } y mis: mae'r cyflog ar ôl treth yn { $earnings } yr wythnos, o fewn y terfyn o £20 sy'n cael ei ganiatáu am unrhyw nifer o oriau.
    [other] Mae { $name } yn cadw ESA Dull Newydd o { $amount } y mis: mae'r cyflog ar ôl treth yn { $earnings } yr wythnos, o fewn y terfyn o £20 sy'n cael ei ganiatáu am unrhyw nifer o oriau.
    [partner] Mae eich partner yn cadw ESA Dull Newydd o { $amount } y mis: mae'r cyflog ar ôl treth yn { $earnings } yr wythnos, o fewn y terfyn o £20 sy'n cael ei ganiatáu am unrhyw nifer o oriau.
   *[second] Mae'r partner yn cadw ESA Dull Newydd o { $amount } y mis: mae'r cyflog ar ôl treth yn { $earnings } yr wythnos, o fewn y terfyn o £20 sy'n cael ei ganiatáu am unrhyw nifer o oriau.
}
result-explain-esa-permitted = { $who ->
    [you] Rydych chi'n cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir yw hwn, o dan 16 awr yr wythnos, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
    [other] Mae { $name } yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir yw hwn, o dan 16 awr yr wythnos, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
    [partner] Mae eich partner yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir yw hwn, o dan 16 awr yr wythnos, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
   *[second] Mae'r partner yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir yw hwn, o dan 16 awr yr wythnos, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
}
result-explain-esa-supported = { $who ->
    [you] Rydych chi'n cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir gyda chymorth yw hwn, felly does dim ots faint o oriau, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
    [other] Mae { $name } yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir gyda chymorth yw hwn, felly does dim ots faint o oriau, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
    [partner] Mae eich partner yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir gyda chymorth yw hwn, felly does dim ots faint o oriau, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
   *[second] Mae'r partner yn cadw ESA Dull Newydd o { $amount } y mis: gwaith a ganiateir gyda chymorth yw hwn, felly does dim ots faint o oriau, ac mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y terfyn o { $limit }.
}
result-explain-esa-stops-hours = { $who ->
    [you] Rydych chi'n colli ESA Dull Newydd: dydy gwaith o 16 awr yr wythnos neu fwy ddim yn waith a ganiateir (oni bai ei fod yn waith gyda chymorth wedi'i drefnu ar gyfer pobl anabl).
    [other] Mae { $name } yn colli ESA Dull Newydd: dydy gwaith o 16 awr yr wythnos neu fwy ddim yn waith a ganiateir (oni bai ei fod yn waith gyda chymorth wedi'i drefnu ar gyfer pobl anabl).
    [partner] Mae eich partner yn colli ESA Dull Newydd: dydy gwaith o 16 awr yr wythnos neu fwy ddim yn waith a ganiateir (oni bai ei fod yn waith gyda chymorth wedi'i drefnu ar gyfer pobl anabl).
   *[second] Mae'r partner yn colli ESA Dull Newydd: dydy gwaith o 16 awr yr wythnos neu fwy ddim yn waith a ganiateir (oni bai ei fod yn waith gyda chymorth wedi'i drefnu ar gyfer pobl anabl).
}
result-explain-esa-stops-earnings = { $who ->
    [you] Rydych chi'n colli ESA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos dros y terfyn o { $limit } ar gyfer gwaith a ganiateir. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
    [other] Mae { $name } yn colli ESA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos dros y terfyn o { $limit } ar gyfer gwaith a ganiateir. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
    [partner] Mae eich partner yn colli ESA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos dros y terfyn o { $limit } ar gyfer gwaith a ganiateir. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
   *[second] Mae'r partner yn colli ESA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos dros y terfyn o { $limit } ar gyfer gwaith a ganiateir. Mae hyd yn oed ceiniog dros y terfyn yn atal y cyfan.
}
result-explain-jsa = { $who ->
    [you] Rydych chi'n cael JSA Dull Newydd o { $amount } y mis. Mae'n para hyd at 6 mis.
    [other] Mae { $name } yn cael JSA Dull Newydd o { $amount } y mis. Mae'n para hyd at 6 mis.
    [partner] Mae eich partner yn cael JSA Dull Newydd o { $amount } y mis. Mae'n para hyd at 6 mis.
   *[second] Mae'r partner yn cael JSA Dull Newydd o { $amount } y mis. Mae'n para hyd at 6 mis.
}
result-explain-jsa-disregard = { $who ->
    [you] Rydych chi'n cadw eich JSA Dull Newydd i gyd, sef { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y £5 sydd ddim yn cyfrif.
    [other] Mae { $name } yn cadw'r JSA Dull Newydd i gyd, sef { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y £5 sydd ddim yn cyfrif.
    [partner] Mae eich partner yn cadw'r JSA Dull Newydd i gyd, sef { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y £5 sydd ddim yn cyfrif.
   *[second] Mae'r partner yn cadw'r JSA Dull Newydd i gyd, sef { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos o fewn y £5 sydd ddim yn cyfrif.
}
result-explain-jsa-reduced = { $who ->
    [you] Mae eich JSA Dull Newydd yn mynd i lawr i { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn cael ei dynnu oddi arno.
    [other] Mae JSA Dull Newydd { $name } yn mynd i lawr i { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn cael ei dynnu oddi arno.
    [partner] Mae JSA Dull Newydd eich partner yn mynd i lawr i { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn cael ei dynnu oddi arno.
   *[second] Mae JSA Dull Newydd y partner yn mynd i lawr i { $amount } y mis: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn cael ei dynnu oddi arno.
}
result-explain-jsa-earnings = { $who ->
    [you] Rydych chi'n colli JSA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn fwy na'r cyfan ohono.
    [other] Mae { $name } yn colli JSA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn fwy na'r cyfan ohono.
    [partner] Mae eich partner yn colli JSA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn fwy na'r cyfan ohono.
   *[second] Mae'r partner yn colli JSA Dull Newydd: mae'r cyflog ar ôl treth o { $earnings } yr wythnos, llai £5, yn fwy na'r cyfan ohono.
}
result-explain-jsa-hours = { $who ->
    [you] Rydych chi'n colli JSA Dull Newydd: allwch chi ddim ei gael wrth weithio 16 awr yr wythnos neu fwy.
    [other] Mae { $name } yn colli JSA Dull Newydd: does dim modd ei gael wrth weithio 16 awr yr wythnos neu fwy.
    [partner] Mae eich partner yn colli JSA Dull Newydd: does dim modd ei gael wrth weithio 16 awr yr wythnos neu fwy.
   *[second] Mae'r partner yn colli JSA Dull Newydd: does dim modd ei gael wrth weithio 16 awr yr wythnos neu fwy.
}
result-explain-state-pension = { $who ->
    [you] Rydych chi'n cael Pensiwn y Wladwriaeth o { $amount } y mis. Mae'n cyfrif fel incwm ar gyfer treth.
    [other] Mae { $name } yn cael Pensiwn y Wladwriaeth o { $amount } y mis. Mae'n cyfrif fel incwm ar gyfer treth.
    [partner] Mae eich partner yn cael Pensiwn y Wladwriaeth o { $amount } y mis. Mae'n cyfrif fel incwm ar gyfer treth.
   *[second] Mae'r partner yn cael Pensiwn y Wladwriaeth o { $amount } y mis. Mae'n cyfrif fel incwm ar gyfer treth.
}
result-explain-carer-overlapped = { $who ->
    [you] Mae gennych chi hawl i gael { $benefit }, ond dydy e ddim yn cael ei dalu oherwydd eich bod chi'n cael budd-dal arall o'r un faint neu fwy. Mae'r hawl yn dal i gyfrif ar gyfer y symiau gofalwr mewn budd-daliadau eraill.
    [other] Mae gan { $name } hawl i gael { $benefit }, ond dydy e ddim yn cael ei dalu oherwydd bod budd-dal arall o'r un faint neu fwy yn cael ei dalu. Mae'r hawl yn dal i gyfrif ar gyfer y symiau gofalwr mewn budd-daliadau eraill.
    [partner] Mae gan eich partner hawl i gael { $benefit }, ond dydy e ddim yn cael ei dalu oherwydd bod budd-dal arall o'r un faint neu fwy yn cael ei dalu. Mae'r hawl yn dal i gyfrif ar gyfer y symiau gofalwr mewn budd-daliadau eraill.
   *[second] Mae gan y partner hawl i gael { $benefit }, ond dydy e ddim yn cael ei dalu oherwydd bod budd-dal arall o'r un faint neu fwy yn cael ei dalu. Mae'r hawl yn dal i gyfrif ar gyfer y symiau gofalwr mewn budd-daliadau eraill.
}
result-explain-unearned-source = { $source ->
    [esa] Mae ESA Dull Newydd o { $amount } y mis yn cael ei dynnu oddi ar Gredyd Cynhwysol bunt am bunt.
    [jsa] Mae JSA Dull Newydd o { $amount } y mis yn cael ei dynnu oddi ar Gredyd Cynhwysol bunt am bunt.
    [state-pension] Mae Pensiwn y Wladwriaeth o { $amount } y mis yn cael ei dynnu oddi ar Gredyd Cynhwysol bunt am bunt.
   *[carer] Mae { $benefit } o { $amount } y mis yn cael ei dynnu oddi ar Gredyd Cynhwysol bunt am bunt (mae'r elfen gofalwr yn aros).
}
result-explain-pension-age = { $household ->
    [couple] Rydych chi'ch dau dros oed Pensiwn y Wladwriaeth, felly rydych chi'n hawlio Credyd Pensiwn a Budd-dal Tai, nid Credyd Cynhwysol.
    [couple-other] Mae'r ddau oedolyn dros oed Pensiwn y Wladwriaeth, felly maen nhw'n hawlio Credyd Pensiwn a Budd-dal Tai, nid Credyd Cynhwysol.
    [single-other] Mae { $name } dros oed Pensiwn y Wladwriaeth, felly mae'n hawlio Credyd Pensiwn a Budd-dal Tai, nid Credyd Cynhwysol.
   *[single] Rydych chi dros oed Pensiwn y Wladwriaeth, felly rydych chi'n hawlio Credyd Pensiwn a Budd-dal Tai, nid Credyd Cynhwysol.
}
result-explain-pc-guarantee = { $person ->
    [other] Mae Credyd Pensiwn yn codi'r incwm i { $amount } yr wythnos (yr isafswm gwarantedig).
   *[self] Mae Credyd Pensiwn yn codi'r incwm i { $amount } yr wythnos (yr isafswm gwarantedig i chi).
}
result-explain-pc-disregard = Dydy'r { $amount } cyntaf yr wythnos o gyflog ar ôl treth ddim yn cyfrif.
result-explain-pc = Mae Credyd Pensiwn yn cyfrif incwm o { $income } yr wythnos ac yn talu'r gweddill: { $weekly } yr wythnos ({ $amount } y mis).
result-explain-pc-nothing = Dim Credyd Pensiwn: mae incwm o { $income } yr wythnos yn fwy na'r isafswm gwarantedig o { $guarantee }.
result-explain-hb-lha = Mae rhent o { $rent } yr wythnos yn fwy na'r Lwfans Tai Lleol o { $lha } yr wythnos, felly mae Budd-dal Tai yn cael ei gyfrifo ar { $lha }.
result-explain-hb-passported = { $on ->
    [pension-credit] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos ({ $amount } y mis): tra byddwch chi'n cael Credyd Pensiwn, dydy eich incwm ddim yn cyfrif.
    [pension-credit-other] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos ({ $amount } y mis): tra bo Credyd Pensiwn yn cael ei dalu, dydy'r incwm ddim yn cyfrif.
    [universal-credit-other] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos ({ $amount } y mis): tra bo Credyd Cynhwysol yn cael ei dalu, dydy'r incwm ddim yn cyfrif.
   *[universal-credit] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos ({ $amount } y mis): tra byddwch chi'n cael Credyd Cynhwysol, dydy eich incwm ddim yn cyfrif.
}
result-explain-hb-savings = Dim Budd-dal Tai: mae'r cynilion dros £16,000.
result-explain-hb-disregard = Ar gyfer Budd-dal Tai, dydy { $amount } yr wythnos o gyflog ddim yn cyfrif.
result-explain-hb-full = { $person ->
    [other] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos: mae incwm o { $income } yr wythnos o fewn y { $needs } yr wythnos sydd ei angen i fyw arno, yn ôl y gyfraith.
   *[self] Mae Budd-dal Tai yn talu'r rhent i gyd, sef { $rent } yr wythnos: mae incwm o { $income } yr wythnos o fewn y { $needs } yr wythnos sydd ei angen arnoch chi i fyw arno, yn ôl y gyfraith.
}
result-explain-hb-taper = { $person ->
    [other] Budd-dal Tai: mae incwm o { $income } yr wythnos yn fwy na'r { $needs } yr wythnos sydd ei angen i fyw arno, yn ôl y gyfraith, felly mae 65c o bob £1 dros hynny yn cael ei dynnu oddi ar y rhent o { $rent } yr wythnos. Mae hynny'n gadael { $weekly } yr wythnos.
   *[self] Budd-dal Tai: mae incwm o { $income } yr wythnos yn fwy na'r { $needs } yr wythnos sydd ei angen arnoch chi i fyw arno, yn ôl y gyfraith, felly mae 65c o bob £1 dros hynny yn cael ei dynnu oddi ar y rhent o { $rent } yr wythnos. Mae hynny'n gadael { $weekly } yr wythnos.
}
result-explain-hb-none = { $person ->
    [other] Dim Budd-dal Tai: mae incwm o { $income } yr wythnos mor bell dros y { $needs } yr wythnos sydd ei angen, yn ôl y gyfraith, fel bod 65c o bob £1 dros hynny yn cymryd y rhent i gyd, sef { $rent } yr wythnos.
   *[self] Dim Budd-dal Tai: mae incwm o { $income } yr wythnos mor bell dros y { $needs } yr wythnos sydd ei angen arnoch chi, yn ôl y gyfraith, fel bod 65c o bob £1 dros hynny yn cymryd y rhent i gyd, sef { $rent } yr wythnos.
}
result-explain-hb-october-2026 = { $person ->
    [other] O 5 Hydref 2026, mae llai o'r cyflog yn cyfrif mewn tai â chymorth neu dai dros dro: mae Budd-dal Tai yn { $before } yr wythnos cyn hynny ac yn { $after } yr wythnos wedyn. Dros y flwyddyn, mae hynny'n { $average } yr wythnos ar gyfartaledd.
   *[self] O 5 Hydref 2026, mae llai o'ch cyflog yn cyfrif mewn tai â chymorth neu dai dros dro: mae Budd-dal Tai yn { $before } yr wythnos cyn hynny ac yn { $after } yr wythnos wedyn. Dros y flwyddyn, mae hynny'n { $average } yr wythnos ar gyfartaledd.
}
result-explain-hb = Budd-dal Tai: { $amount } y mis.
result-explain-ctr-entered = { $person ->
    [other] Treth gyngor: { $bill } y flwyddyn. Mae'r Gostyngiad Treth Gyngor a roddwyd ar y ffurflen yn tynnu { $amount } y flwyddyn oddi arni.
   *[self] Treth gyngor: { $bill } y flwyddyn. Mae'r Gostyngiad Treth Gyngor y gwnaethoch chi ei roi yn tynnu { $amount } y flwyddyn oddi arni.
}
result-explain-ctr-passported = { $person ->
    [other] Mae Gostyngiad Treth Gyngor yn talu'r dreth gyngor i gyd, sef { $bill } y flwyddyn: tra bo Credyd Pensiwn yn cael ei dalu, dydy'r incwm ddim yn cyfrif.
   *[self] Mae Gostyngiad Treth Gyngor yn talu'r dreth gyngor i gyd, sef { $bill } y flwyddyn: tra byddwch chi'n cael Credyd Pensiwn, dydy eich incwm ddim yn cyfrif.
}
result-explain-ctr-savings = Dim Gostyngiad Treth Gyngor: mae'r cynilion dros £16,000.
result-explain-ctr = { $scheme ->
    [pension] Gostyngiad Treth Gyngor (y cynllun ar gyfer oed pensiwn): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen arnoch chi i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [pension-other] Gostyngiad Treth Gyngor (y cynllun ar gyfer oed pensiwn): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [scotland] Gostyngiad Treth Gyngor (cynllun yr Alban): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen arnoch chi i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [scotland-other] Gostyngiad Treth Gyngor (cynllun yr Alban): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [wales-uc] Gostyngiad Treth Gyngor (cynllun Cymru, gyda Chredyd Cynhwysol): incwm a Chredyd Cynhwysol o { $income } yr wythnos, o'i gymharu ag uchafswm eich Credyd Cynhwysol, sef { $needs } yr wythnos. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [wales-uc-other] Gostyngiad Treth Gyngor (cynllun Cymru, gyda Chredyd Cynhwysol): incwm a Chredyd Cynhwysol o { $income } yr wythnos, o'i gymharu ag uchafswm y Credyd Cynhwysol, sef { $needs } yr wythnos. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [wales] Gostyngiad Treth Gyngor (cynllun Cymru): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen arnoch chi i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [wales-other] Gostyngiad Treth Gyngor (cynllun Cymru): incwm o { $income } yr wythnos, o'i gymharu â'r { $needs } yr wythnos sydd ei angen i fyw arno. Mae'r gostyngiad yn dechrau o'r bil o { $bill }, ac mae 20c o bob £1 dros hynny yn cael ei dynnu oddi arno. Gostyngiad: { $amount } y flwyddyn.
    [estimate-other] Gostyngiad Treth Gyngor mewn gwaith, wedi'i amcangyfrif gyda'r rheolau safonol: tua { $amount } y flwyddyn oddi ar y bil o { $bill }.
   *[estimate] Gostyngiad Treth Gyngor mewn gwaith, wedi'i amcangyfrif gyda'r rheolau safonol: tua { $amount } y flwyddyn oddi ar y bil o { $bill }.
}
result-explain-winter-fuel = { $benefit }: { $amount } y flwyddyn, yn cael ei dalu yn y gaeaf ({ $monthly } y mis yma).
result-explain-winter-fuel-charge = Mae'r incwm dros £35,000, felly mae'r { $benefit } o { $amount } yn cael ei gymryd yn ôl drwy dreth.
result-explain-standard = { $household ->
    [single-25] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i berson sengl 25 oed neu hŷn: { $amount }.
    [single-25-other] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i berson sengl 25 oed neu hŷn: { $amount }.
    [single-under-25] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i berson sengl o dan 25 oed: { $amount }.
    [single-under-25-other] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i berson sengl o dan 25 oed: { $amount }.
    [couple-25] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i gwpl (mae un ohonoch chi'n 25 oed neu hŷn): { $amount }.
    [couple-25-other] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i gwpl (mae un ohonyn nhw'n 25 oed neu hŷn): { $amount }.
    [couple-under-25-other] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i gwpl o dan 25 oed: { $amount }.
   *[couple-under-25] Mae Credyd Cynhwysol yn dechrau o'r lwfans safonol i gwpl o dan 25 oed: { $amount }.
}
result-explain-child-element = Elfen plant am { $count ->
    [one] 1 plentyn
   *[other] { $count } o blant
}: { $amount }.
result-explain-child-element-limited = Elfen plant am { $count ->
    [one] 1 plentyn
   *[other] { $count } o blant
}: { $amount } ({ $limited ->
    [one] dydy 1 plentyn arall ddim yn cael
   *[other] dydy { $limited } o blant eraill ddim yn cael
} elfen plant oherwydd y terfyn dau blentyn, sy'n dod i ben ar 6 Ebrill 2026).
result-explain-disabled-child = Ychwanegiad plentyn anabl: { $amount }.
result-explain-disabled-child-higher = Ychwanegiad plentyn anabl ar y gyfradd uwch: { $amount }.
result-explain-lcwra = Elfen iechyd (gallu cyfyngedig i wneud gweithgarwch sy'n gysylltiedig â gwaith): { $amount }.
result-explain-carer-element = Elfen gofalwr: { $amount }. Dydy enillion ddim yn effeithio arni.
result-explain-carer-element-each = { $person ->
    [other] Elfen gofalwr i bob un ohonyn nhw: { $amount }. Dydy enillion ddim yn effeithio arni.
   *[self] Elfen gofalwr i bob un ohonoch chi: { $amount }. Dydy enillion ddim yn effeithio arni.
}
result-explain-housing-owner = Dim elfen costau tai: dydy Credyd Cynhwysol ddim yn helpu perchnogion sydd â morgais yma.
result-explain-housing-none = { $person ->
    [other] Dim elfen costau tai: does dim rhent yn cael ei dalu.
   *[self] Dim elfen costau tai: dydych chi ddim yn talu rhent.
}
result-explain-housing-family = { $person ->
    [other] Dim elfen costau tai: dydy Credyd Cynhwysol ddim yn talu at rent sy'n cael ei dalu i riant neu berthynas agos arall y mae { $name } yn byw gyda nhw.
   *[self] Dim elfen costau tai: dydy Credyd Cynhwysol ddim yn talu at rent rydych chi'n ei dalu i riant neu berthynas agos arall rydych chi'n byw gyda nhw.
}
result-explain-housing-supported = Dim elfen costau tai: mae Budd-dal Tai yn talu'r rhent am dai â chymorth neu dai dros dro.
result-explain-housing-social-spare = Costau tai: { $person ->
    [other] y rhent
   *[self] eich rhent
} o { $rent } y mis, llai { $deduction } am { $count ->
    [one] 1 ystafell wely sbâr
   *[other] { $count } o ystafelloedd gwely sbâr
} (y didyniad tan-feddiannu): { $amount }.
result-explain-housing-social = { $person ->
    [other] Costau tai: mae'r rhent o { $rent } y mis yn cael ei dalu'n llawn.
   *[self] Costau tai: mae eich rhent o { $rent } y mis yn cael ei dalu'n llawn.
}
result-explain-housing-private-over = { $person ->
    [other] Costau tai: y rhent yw { $rent } y mis, ond y Lwfans Tai Lleol yn { $area } ar { $rate } yw { $lha }, felly mae Credyd Cynhwysol yn cyfrif { $amount }.
   *[self] Costau tai: eich rhent yw { $rent } y mis, ond y Lwfans Tai Lleol yn { $area } ar { $rate } yw { $lha }, felly mae Credyd Cynhwysol yn cyfrif { $amount }.
}
result-explain-housing-private = { $person ->
    [other] Costau tai: mae'r rhent o { $rent } y mis o fewn y Lwfans Tai Lleol yn { $area } ({ $rate } o { $lha }), felly mae'n cael ei dalu'n llawn.
   *[self] Costau tai: mae eich rhent o { $rent } y mis o fewn y Lwfans Tai Lleol yn { $area } ({ $rate } o { $lha }), felly mae'n cael ei dalu'n llawn.
}
result-lha-rate-shared = y gyfradd llety a rennir
result-lha-rate-1 = y gyfradd un ystafell wely
result-lha-rate-2 = y gyfradd dwy ystafell wely
result-lha-rate-3 = y gyfradd tair ystafell wely
result-lha-rate-4 = y gyfradd pedair ystafell wely
result-explain-childcare = Gofal plant: 85% o'r { $costs } { $person ->
    [other] sy'n cael ei dalu
   *[self] rydych chi'n ei dalu
} = { $amount } (y mwyaf am { $children ->
    [one] un plentyn
   *[more] ddau blentyn neu fwy
} yw { $cap }).
result-explain-childcare-too-old = Gofal plant: dim help, gan nad oes plentyn sy'n ddigon ifanc i gael yr elfen gofal plant.
result-explain-childcare-couple = Gofal plant: dim help, oherwydd mewn cwpl mae'n rhaid i'r ddau weithio (oni bai bod gan un allu cyfyngedig i weithio neu ei fod yn ofalwr).
result-explain-maximum = Uchafswm Credyd Cynhwysol: { $amount }.
result-explain-taper-allowance = { $person ->
    [other] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Dydy'r { $allowance } cyntaf ddim yn cyfrif (y lwfans gwaith); mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 o'r { $rest } arall (y tapr): { $amount }.
   *[self] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Dydy'r { $allowance } cyntaf ddim yn cyfrif (eich lwfans gwaith); mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 o'r { $rest } arall (y tapr): { $amount }.
}
result-explain-taper-lower-allowance = { $person ->
    [other] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Dydy'r { $allowance } cyntaf ddim yn cyfrif (y lwfans gwaith, sy'n is oherwydd bod Credyd Cynhwysol yn helpu gyda rhent); mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 o'r { $rest } arall (y tapr): { $amount }.
   *[self] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Dydy'r { $allowance } cyntaf ddim yn cyfrif (eich lwfans gwaith, sy'n is oherwydd bod Credyd Cynhwysol yn helpu gyda rhent); mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 o'r { $rest } arall (y tapr): { $amount }.
}
result-explain-taper-no-allowance = { $person ->
    [other] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Does dim lwfans gwaith, felly mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 (y tapr): { $amount }.
   *[self] Enillion ar ôl treth, Yswiriant Gwladol a phensiwn: { $earned } y mis. Does gennych chi ddim lwfans gwaith, felly mae Credyd Cynhwysol yn mynd i lawr 55c am bob £1 (y tapr): { $amount }.
}
result-explain-savings-over = Mae cynilion o { $amount } dros y terfyn o £16,000, felly does dim Credyd Cynhwysol.
result-explain-savings-tariff = Mae cynilion o { $amount } yn cyfrif fel { $income } y mis o incwm (£4.35 am bob £250 dros £6,000).
result-explain-cap = Mae'r cap ar fudd-daliadau yn cyfyngu Credyd Cynhwysol a budd-daliadau eraill gyda'i gilydd i { $cap } y mis, felly mae Credyd Cynhwysol yn cael ei dorri { $amount }. Mae ennill { $earnings } y mis neu fwy ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn yn codi'r cap.
result-explain-cap-lifted = Dydy'r cap ar fudd-daliadau ddim yn berthnasol: mae'r enillion ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn yn { $earnings } y mis o leiaf.
result-explain-uc = Credyd Cynhwysol: { $amount } y mis.
result-explain-uc-nothing = Credyd Cynhwysol: dim byd y mis hwn; mae'r incwm dros yr uchafswm.
result-explain-uc-deductions = Mae { $amount } y mis yn cael ei dynnu oddi arno ar gyfer dyledion neu flaendaliad, felly mae { $paid } yn cael ei dalu.
result-explain-help = { $kind ->
    [free-school-meals] Prydau ysgol am ddim: gwerth tua { $amount } y flwyddyn. Help yw hwn, nid arian.
    [free-school-meals-other] Prydau ysgol am ddim: gwerth tua { $amount } y flwyddyn. Help yw hwn, nid arian.
    [healthy-start] Cychwyn Iach: { $amount } y flwyddyn ar gerdyn ar gyfer llaeth, ffrwythau a llysiau.
    [healthy-start-other] Cychwyn Iach: { $amount } y flwyddyn ar gerdyn ar gyfer llaeth, ffrwythau a llysiau.
    [best-start-foods] Best Start Foods: o leiaf { $amount } y flwyddyn ar gerdyn ar gyfer bwyd iach.
    [best-start-foods-other] Best Start Foods: o leiaf { $amount } y flwyddyn ar gerdyn ar gyfer bwyd iach.
    [prescriptions] Presgripsiynau'r GIG, triniaeth ddeintyddol a phrofion llygaid am ddim: mae'r presgripsiynau ar eu pennau eu hunain yn werth hyd at { $amount } y flwyddyn os oes eu hangen arnoch chi.
    [prescriptions-other] Presgripsiynau'r GIG, triniaeth ddeintyddol a phrofion llygaid am ddim: mae'r presgripsiynau ar eu pennau eu hunain yn werth hyd at { $amount } y flwyddyn os oes eu hangen.
    [sure-start] Grant Mamolaeth Cychwyn Cadarn: { $amount } unwaith, ar gyfer eich babi cyntaf.
    [sure-start-other] Grant Mamolaeth Cychwyn Cadarn: { $amount } unwaith, ar gyfer y babi cyntaf.
    [best-start-grant-other] Best Start Grant: o leiaf { $amount } unwaith, ar gyfer y babi newydd.
   *[best-start-grant] Best Start Grant: o leiaf { $amount } unwaith, ar gyfer y babi newydd.
}
result-explain-relative-loses = { $person ->
    [other] Mae'r teulu y mae { $name } yn byw gyda nhw yn cael { $amount } y mis yn llai o help gyda'u rhent oherwydd bod { $name } yn byw gyda nhw.
   *[self] Mae'r teulu rydych chi'n byw gyda nhw yn cael { $amount } y mis yn llai o help gyda'u rhent oherwydd eich bod chi'n byw gyda nhw.
}
result-explain-child-benefit = Budd-dal Plant: { $amount } y mis. Dydy e ddim yn lleihau Credyd Cynhwysol.
result-explain-child-benefit-charge = Tâl Treth Budd-dal Plant Incwm Uchel: mae { $amount } y mis yn cael ei dalu'n ôl drwy dreth.
result-explain-scp = { $person ->
    [other] Taliad Plant yr Alban: { $amount } y mis, yn cael ei dalu tra bo'r aelwyd yn cael Credyd Cynhwysol.
   *[self] Taliad Plant yr Alban: { $amount } y mis, yn cael ei dalu tra byddwch chi'n cael Credyd Cynhwysol.
}
result-explain-scp-none = Dim Taliad Plant yr Alban: mae angen dyfarniad Credyd Cynhwysol.
result-explain-dla = Lwfans Byw i'r Anabl i blant: { $amount } y mis.
result-explain-net = Incwm net: { $amount } y mis ({ $weekly } yr wythnos).
result-explain-left = { $after ->
    [rent] Ar ôl rhent: { $amount } y mis i fyw arno.
    [rent-council] Ar ôl rhent a threth gyngor: { $amount } y mis i fyw arno.
    [rent-costs] Ar ôl rhent, gofal plant a theithio: { $amount } y mis i fyw arno.
   *[all] Ar ôl rhent, treth gyngor, gofal plant a theithio: { $amount } y mis i fyw arno.
}

result-warn-cap = Mae'r cap ar fudd-daliadau yn torri { $amount } y mis oddi ar Gredyd Cynhwysol. Mae ennill { $earnings } y mis neu fwy ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn yn cael gwared ar y cap.
result-warn-cap-hours = Yn y swydd hon, mae'r cap ar fudd-daliadau yn torri { $amount } y mis oddi ar Gredyd Cynhwysol. Ar y cyflog hwn, byddai { $hours } awr yr wythnos yn ennill { $earnings } y mis ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn. Mae hynny'n codi'r cap.
result-warn-cap-pension = { $person ->
    [other] Yn y swydd hon, mae'r cap ar fudd-daliadau yn torri { $amount } y mis oddi ar Gredyd Cynhwysol, oherwydd bod y pensiwn gweithle yn mynd â'r cyflog o dan y { $earnings } y mis sy'n codi'r cap. Byddai optio allan o'r pensiwn yn codi'r cap ar yr oriau hyn, a byddai { $gain } y mis yn fwy. Mae aros yn y pensiwn yn golygu bod { $name } yn dal i gynilo ar gyfer pensiwn.
   *[self] Yn y swydd hon, mae'r cap ar fudd-daliadau yn torri { $amount } y mis oddi ar Gredyd Cynhwysol, oherwydd bod y pensiwn gweithle yn mynd â'r cyflog o dan y { $earnings } y mis sy'n codi'r cap. Byddai optio allan o'r pensiwn yn codi'r cap ar yr oriau hyn, a byddai gennych chi { $gain } y mis yn fwy. Mae aros yn y pensiwn yn cadw eich cynilion pensiwn.
}
result-warn-cap-grace = { $person ->
    [other] Mae { $name } mewn cyfnod gras o'r cap ar fudd-daliadau: dydy'r cap ddim yn berthnasol am 9 mis ar ôl i swydd gyson ddod i ben. Ar ôl hynny, byddai'n lleihau Credyd Cynhwysol oni bai bod { $name } yn ennill { $earnings } y mis neu fwy ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn.
   *[self] Rydych chi mewn cyfnod gras o'r cap ar fudd-daliadau: dydy'r cap ddim yn berthnasol am 9 mis ar ôl i swydd gyson ddod i ben. Ar ôl hynny, byddai'n lleihau Credyd Cynhwysol oni bai eich bod chi'n ennill { $earnings } y mis neu fwy ar ôl treth, Yswiriant Gwladol a chyfraniadau pensiwn.
}
result-warn-carer-lost = Mae { $benefit } yn dod i ben: mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, dros y terfyn o { $limit }, felly mae'r { $lost } yr wythnos i gyd yn cael ei golli. Mae Credyd Cynhwysol yn gwneud iawn am ran ohono, ac mae'r elfen gofalwr yn aros.
result-warn-carer-near = { $person ->
    [other] Mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, yn agos at y terfyn o { $limit } ar gyfer { $benefit }. Gallai codiad cyflog neu awr ychwanegol atal y cyfan; gwiriwch cyn cytuno i fwy o oriau. Gellir tynnu rhai costau oddi ar yr enillion (fel talu rhywun i ofalu tra byddan nhw'n gweithio, a hanner cyfraniadau pensiwn).
   *[self] Mae'r enillion ar ôl didyniadau yn { $earnings } yr wythnos, yn agos at y terfyn o { $limit } ar gyfer { $benefit }. Gallai codiad cyflog neu awr ychwanegol atal y cyfan; gwiriwch cyn cytuno i fwy o oriau. Gellir tynnu rhai costau oddi ar yr enillion (fel talu rhywun i ofalu tra byddwch chi'n gweithio, a hanner cyfraniadau pensiwn).
}
result-warn-lha = { $person ->
    [other] Mae'r rhent { $amount } y mis yn fwy na'r Lwfans Tai Lleol, felly fydd Credyd Cynhwysol ddim yn talu'r rhan honno, mewn gwaith neu allan o waith. Efallai y bydd y cyngor yn helpu am gyfnod gyda Thaliad Disgresiwn at Gostau Tai.
   *[self] Mae eich rhent { $amount } y mis yn fwy na'r Lwfans Tai Lleol, felly fydd Credyd Cynhwysol ddim yn talu'r rhan honno, mewn gwaith neu allan o waith. Efallai y bydd y cyngor yn helpu am gyfnod gyda Thaliad Disgresiwn at Gostau Tai.
}
result-warn-spare-bedrooms = Mae Credyd Cynhwysol yn talu { $amount } y mis yn llai at y rhent oherwydd bod gan y cartref { $count ->
    [one] 1 ystafell wely
   *[other] { $count } o ystafelloedd gwely
} yn fwy nag y mae'r rheolau'n ei ganiatáu.
result-warn-childcare-arrears = { $person ->
    [other] Dim ond ar ôl ei dalu a rhoi gwybod amdano gyda'r dderbynneb y mae Credyd Cynhwysol yn talu { $amount } y mis o ofal plant yn ôl, felly mae'r mis cyntaf yn cael ei dalu heb help. Gofynnwch am y Gronfa Cymorth Hyblyg i gael help ymlaen llaw.
   *[self] Dim ond ar ôl i chi ei dalu a'i roi gwybod gyda'r dderbynneb y mae Credyd Cynhwysol yn talu { $amount } y mis o ofal plant yn ôl, felly rydych chi'n talu'r mis cyntaf eich hun. Gofynnwch am y Gronfa Cymorth Hyblyg i gael help ymlaen llaw.
}
result-warn-childcare-none = { $person ->
    [other] Dydy'r gofal plant sy'n cael ei dalu ddim yn cael help gan Gredyd Cynhwysol yma: mewn cwpl mae'n rhaid i'r ddau weithio (oni bai bod gan un allu cyfyngedig i weithio neu ei fod yn ofalwr), ac mae'n rhaid i'r plentyn fod o dan 17 oed.
   *[self] Dydy'r gofal plant rydych chi'n ei dalu ddim yn cael help gan Gredyd Cynhwysol yma: mewn cwpl mae'n rhaid i'r ddau weithio (oni bai bod gan un allu cyfyngedig i weithio neu ei fod yn ofalwr), ac mae'n rhaid i'r plentyn fod o dan 17 oed.
}
result-warn-savings = Mae cynilion dros £16,000 yn golygu dim Credyd Cynhwysol o gwbl.
result-warn-two-child = Mae'r terfyn dau blentyn yn golygu { $count ->
    [one] nad yw 1 plentyn yn cael
   *[other] nad yw { $count } o blant yn cael
} elfen plant yn 2025-26. Mae'n dod i ben ar 6 Ebrill 2026.
result-warn-minimum-wage = Mae { $wage } yr awr o dan yr isafswm cyfreithiol o { $minimum } ar gyfer yr oed hwn (oni bai ei bod yn brentisiaeth).
result-warn-council-tax = { $person ->
    [other] Mae Gostyngiad Treth Gyngor fel y cafodd ei roi ar y ffurflen: mae pob cyngor yn Lloegr yn gosod ei gynllun ei hun, felly gofynnwch i'r cyngor beth fyddai'r gostyngiad.
   *[self] Mae Gostyngiad Treth Gyngor fel y gwnaethoch chi ei roi: mae pob cyngor yn Lloegr yn gosod ei gynllun ei hun, felly gofynnwch i'r cyngor beth fyddai'r gostyngiad.
}
result-warn-council-tax-estimate = Amcangyfrif yw Gostyngiad Treth Gyngor mewn gwaith: fe wnaethon ni ei gyfrifo gyda'r rheolau safonol. Mae pob cyngor yn Lloegr yn gosod ei gynllun ei hun, felly gofynnwch i'r cyngor beth fyddai'r gostyngiad.
result-warn-esa-time-limit = { $person ->
    [other] Mae ESA Dull Newydd yn para hyd at flwyddyn (365 diwrnod), oni bai bod { $name } yn y grŵp cymorth. Ar ôl hynny, efallai y bydd Credyd Cynhwysol yn talu mwy yn ei le.
   *[self] Mae ESA Dull Newydd yn para hyd at flwyddyn (365 diwrnod), oni bai eich bod chi yn y grŵp cymorth. Ar ôl hynny, efallai y bydd Credyd Cynhwysol yn talu mwy yn ei le.
}
result-warn-jsa-time-limit = Mae JSA Dull Newydd yn para hyd at 6 mis (182 diwrnod). Ar ôl hynny, efallai y bydd Credyd Cynhwysol yn talu mwy yn ei le.
result-warn-esa-lost = Mae'r swydd hon yn dod ag ESA Dull Newydd o { $amount } y mis i ben: { $why ->
    [hours] dydy 16 awr yr wythnos neu fwy ddim yn waith a ganiateir. Mae llai na 16 awr, gyda chyflog ar ôl treth hyd at { $limit } yr wythnos, yn ei gadw; felly hefyd gwaith gyda chymorth wedi'i drefnu ar gyfer pobl anabl.
   *[pay] mae'r cyflog ar ôl treth dros y terfyn o { $limit } yr wythnos ar gyfer gwaith a ganiateir. Mae cadw'r cyflog o dan y terfyn yn cadw ESA.
}
result-warn-esa-near = { $person ->
    [other] Mae cyflog ar ôl treth o { $earnings } yr wythnos yn agos at y terfyn o { $limit } ar gyfer gwaith a ganiateir. Gallai codiad cyflog neu awr ychwanegol atal yr ESA Dull Newydd i gyd; gwiriwch cyn cytuno i fwy.
   *[self] Mae cyflog ar ôl treth o { $earnings } yr wythnos yn agos at y terfyn o { $limit } ar gyfer gwaith a ganiateir. Gallai codiad cyflog neu awr ychwanegol atal eich ESA Dull Newydd i gyd; gwiriwch cyn cytuno i fwy.
}
result-warn-pension-age-in-year = Y dyddiad cyrraedd oed Pensiwn y Wladwriaeth yw { $date }, yn ystod y flwyddyn dreth hon. { $over ->
    [yes] Mae'r ateb yn eich trin chi fel rhywun dros yr oed hwnnw drwy'r flwyddyn: o hynny ymlaen, mae Credyd Pensiwn a Budd-dal Tai yn cymryd lle Credyd Cynhwysol.
    [yes-other] Mae'r ateb yn trin { $name } fel rhywun dros yr oed hwnnw drwy'r flwyddyn: o hynny ymlaen, mae Credyd Pensiwn a Budd-dal Tai yn cymryd lle Credyd Cynhwysol.
    [no-other] Mae'r ateb yn trin { $name } fel rhywun o dan yr oed hwnnw drwy'r flwyddyn: o hynny ymlaen, efallai y bydd Credyd Pensiwn a Budd-dal Tai yn cymryd lle Credyd Cynhwysol.
   *[no] Mae'r ateb yn eich trin chi fel rhywun o dan yr oed hwnnw drwy'r flwyddyn: o hynny ymlaen, efallai y bydd Credyd Pensiwn a Budd-dal Tai yn cymryd lle Credyd Cynhwysol.
}
result-warn-savings-credit = Efallai y bydd rhywun a gyrhaeddodd oed Pensiwn y Wladwriaeth cyn 6 Ebrill 2016 hefyd yn cael Credyd Cynilion, ond dydy'r gyfrifiannell hon ddim yn ei gyfrifo.
result-warn-benefit-ignored = { $over ->
    [yes] Mae ESA a JSA Dull Newydd yn dod i ben ar oed Pensiwn y Wladwriaeth, felly maen nhw wedi'u gadael allan o'r ateb hwn.
   *[no] Mae Pensiwn y Wladwriaeth yn dechrau ar oed Pensiwn y Wladwriaeth, felly mae wedi'i adael allan o'r ateb hwn.
}
result-warn-tell-council = { $person ->
    [other] Mae Budd-dal Tai yn dod gan y cyngor, nid y Ganolfan Byd Gwaith: rhowch wybod i'r cyngor am y swydd a'r cyflog, neu efallai y bydd { $name } yn gorfod talu Budd-dal Tai yn ôl wedyn.
   *[self] Mae Budd-dal Tai yn dod gan y cyngor, nid y Ganolfan Byd Gwaith: rhowch wybod i'r cyngor am y swydd a'ch cyflog, neu efallai y bydd rhaid i chi dalu Budd-dal Tai yn ôl wedyn.
}
result-warn-tax-free-childcare = { $person ->
    [other] Gyda Gofal Plant Di-dreth, gallai { $name } gael { $gain } y mis yn fwy na gyda Chredyd Cynhwysol yma: byddai'n talu { $top_up } y mis at ofal plant, tra bo Credyd Cynhwysol yn talu { $element } y mis. Does neb yn gallu cael y ddau, ac mae Gofal Plant Di-dreth yn golygu dim Credyd Cynhwysol o gwbl, felly gwiriwch cyn newid.
   *[self] Gallai Gofal Plant Di-dreth eich gadael chi { $gain } y mis yn well eich byd na Chredyd Cynhwysol yma: byddai'n talu { $top_up } y mis at ofal plant, tra bo Credyd Cynhwysol yn talu { $element } y mis. Allwch chi ddim cael y ddau, ac mae Gofal Plant Di-dreth yn golygu dim Credyd Cynhwysol o gwbl, felly gwiriwch cyn i chi newid.
}
result-warn-funded-hours = { $person ->
    [other] Yn Lloegr, gall rhieni sy'n gweithio gael hyd at 30 awr yr wythnos o ofal plant am ddim yn ystod y tymor ysgol, ar gyfer plant o 9 mis oed hyd at oed ysgol. Mae'n rhaid i bob rhiant ennill o leiaf y cyflog am 16 awr yr wythnos ar yr isafswm cyflog. Dydy hyn ddim yn y ffigurau yma: gofynnwch i Wasanaeth Gwybodaeth i Deuluoedd y cyngor.
   *[self] Yn Lloegr, gall rhieni sy'n gweithio gael hyd at 30 awr yr wythnos o ofal plant am ddim yn ystod y tymor ysgol, ar gyfer plant o 9 mis oed hyd at oed ysgol. Mae'n rhaid i bob rhiant ennill o leiaf yr hyn a gewch chi am 16 awr yr wythnos ar yr isafswm cyflog. Dydy hyn ddim yn y ffigurau yma: gofynnwch i Wasanaeth Gwybodaeth i Deuluoedd eich cyngor.
}
result-warn-relative-loses = { $person ->
    [other] Mae'r teulu mae { $name } yn byw gyda nhw yn cael { $amount } y mis yn llai o help gyda'u rhent oherwydd bod { $name } yn ennill mwy: mae eu Budd-dal Tai neu eu Credyd Cynhwysol yn tynnu mwy i ffwrdd oherwydd hynny. Felly mae'r cartref cyfan yn ennill llai nag y mae { $name } yn ei ennill.
   *[self] Mae'r teulu rydych chi'n byw gyda nhw yn cael { $amount } y mis yn llai o help gyda'u rhent oherwydd eich bod chi'n ennill mwy: mae eu Budd-dal Tai neu eu Credyd Cynhwysol yn tynnu mwy i ffwrdd amdanoch chi. Felly mae'r cartref cyfan ar ei ennill o lai na chi.
}
result-warn-relative-carer = { $person ->
    [other] Os yw perthynas yn gofalu am { $name } am 35 awr yr wythnos neu fwy, efallai y gallan nhw gael Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban), oherwydd bod { $name } yn cael rhan bywyd bob dydd PIP.
   *[self] Os yw perthynas yn gofalu amdanoch chi am 35 awr yr wythnos neu fwy, efallai y gallan nhw gael Lwfans Gofalwr (Taliad Cymorth Gofalwr yn yr Alban), oherwydd eich bod chi'n cael rhan bywyd bob dydd PIP.
}

result-cliff-carer-support = mae Taliad Cymorth Gofalwr yn dod i ben
result-cliff-carers-allowance = mae Lwfans Gofalwr yn dod i ben
result-cliff-scp = mae Credyd Cynhwysol yn dod i ben, a Thaliad Plant yr Alban gydag ef
result-cliff-pension = mae cyfraniadau pensiwn yn dechrau
result-cliff-marriage = mae Lwfans Priodasol yn dod i ben
result-cliff-child-benefit = mae mwy o Fudd-dal Plant yn cael ei gymryd yn ôl mewn treth
result-cliff-esa = mae ESA Dull Newydd yn dod i ben (16 awr neu fwy, neu gyflog dros y terfyn ar gyfer gwaith a ganiateir)
result-cliff-jsa = mae JSA Dull Newydd yn dod i ben ar 16 awr yr wythnos
result-cliff-hb-means-tested = mae Credyd Cynhwysol yn dod i ben, felly dydy Budd-dal Tai ddim yn talu'r rhent i gyd mwyach
result-cliff-pension-credit = mae Credyd Pensiwn yn dod i ben, a dydy Budd-dal Tai ddim yn talu'r rhent i gyd mwyach
result-cliff-hb-ends = mae Budd-dal Tai yn mynd o dan 50c yr wythnos ac yn dod i ben
result-cliff-winter-fuel = mae'r incwm yn mynd dros £35,000, felly mae'r Taliad Tanwydd Gaeaf yn cael ei gymryd yn ôl mewn treth
result-cliff-pound-for-pound-contributions = mae Credyd Pensiwn neu JSA yn cymryd pob punt ychwanegol o gyflog yn ôl, ond mae'n cyfrif hanner yn unig o'r hyn sy'n cael ei dalu i bensiwn
result-cliff-other = mae taliad yn dod i ben

result-error-no-offer = Does dim cynnig swydd o'r fath.
result-error-child-age = Rhowch oed y plentyn neu ei ddyddiad geni.
result-error-brma = Dydyn ni ddim yn adnabod yr Ardal Marchnad Rentu Eang hon; dewiswch un o'r rhestr.
result-error-job-start = Rhowch y dyddiad mae'r swydd yn dechrau fel dyddiad go iawn, er enghraifft 2026-03-02.
result-error-first-payday = Rhowch y diwrnod cyflog cyntaf fel dyddiad go iawn, er enghraifft 2026-03-27.
result-error-assessment-period = Rhowch ddyddiad go iawn ar gyfer dechrau cyfnod asesu. Mae ar y datganiad Credyd Cynhwysol.
result-error-payday-before-start = All y diwrnod cyflog cyntaf ddim bod cyn i'r swydd ddechrau.
result-error-payday-too-late = Dylai'r diwrnod cyflog cyntaf fod o fewn tri mis i'r dyddiad dechrau.
result-error-old-pay-date = Rhowch ddyddiad cyflog olaf yr hen swydd fel dyddiad go iawn.
result-error-old-pay-amount = Rhowch gyflog clir olaf yr hen swydd mewn punnoedd, o dan £1,000,000.
result-error-old-pay-negative = All cyflog olaf yr hen swydd ddim bod yn llai na dim.
result-error-which-adult = Dewiswch pa oedolyn sy'n cymryd y swydd.

result-fm-assume-tax = { $person ->
    [other] Mae Treth Incwm ar bob diwrnod cyflog yn cael ei chyfrifo ar ei phen ei hun, gyda chyfran wythnos neu fis o'r lwfans personol (y sail Wythnos 1/Mis 1). Dydyn ni ddim yn gwybod pa ddatganiad dechreuwr y mae { $name } yn ei ddewis. Ar gyfer cyflog o dan y lwfans, does dim treth y naill ffordd na'r llall.
   *[self] Mae Treth Incwm ar bob diwrnod cyflog yn cael ei chyfrifo ar ei phen ei hun, gyda chyfran wythnos neu fis o'r lwfans personol (y sail Wythnos 1/Mis 1). Dydyn ni ddim yn gwybod pa ddatganiad dechreuwr rydych chi'n ei ddewis. Ar gyfer cyflog o dan y lwfans, does dim treth y naill ffordd na'r llall.
}
result-fm-assume-ni = Mae Yswiriant Gwladol yn defnyddio'r terfynau ar gyfer pob cyfnod cyflog (wythnos, 4 wythnos neu fis), fel y mae'r gyflogres yn ei wneud.
result-fm-assume-rates = Mae'r llinell amser gyfan yn defnyddio cyfraddau'r flwyddyn dreth hon, hyd yn oed ar gyfer misoedd ar ôl mis Ebrill.
result-fm-assume-uc = { $person ->
    [other] Mae Credyd Cynhwysol yn cyfrif y cyflog clir y mae { $name } yn ei gael ym mhob cyfnod asesu. Mae popeth arall yn aros fel y mae mewn gwaith: rhent, plant, gofal plant, budd-daliadau eraill a chyflog partner.
   *[self] Mae Credyd Cynhwysol yn cyfrif y cyflog clir rydych chi'n ei gael ym mhob cyfnod asesu. Mae popeth arall yn aros fel y mae mewn gwaith: rhent, plant, gofal plant, budd-daliadau eraill a chyflog partner.
}
result-fm-assume-carer-weeks = Mae wythnosau Lwfans Gofalwr yn rhedeg o ddydd Llun i ddydd Sul. Mae pob wythnos yn cyfrif yn y cyfnod asesu y mae'n gorffen ynddo. Mae cyflog yn cyfrif ar gyfer wythnosau ei gyfnod cyflog, o'r diwrnod cyflog ymlaen.
result-fm-assume-restart = { $person ->
    [other] Os yw cyflog yn atal Credyd Cynhwysol am fis, rydyn ni'n tybio ei fod yn dechrau eto pan fydd y cyflog yn gostwng. Mae'r Adran Gwaith a Phensiynau yn ei ddechrau eto o fewn 5 mis. Ar ôl hynny, mae'n rhaid i { $name } hawlio eto.
   *[self] Os yw cyflog yn atal Credyd Cynhwysol am fis, rydyn ni'n tybio ei fod yn dechrau eto pan fydd y cyflog yn gostwng. Mae'r Adran Gwaith a Phensiynau yn ei ddechrau eto o fewn 5 mis. Ar ôl hynny, rydych chi'n hawlio eto.
}
result-fm-assume-bank-holidays = Gwyliau banc Cymru a Lloegr yw'r gwyliau banc.

result-fm-no-wages = Dim cyflog eto: mae'r diwrnod cyflog cyntaf yn dod yn nes ymlaen.
result-fm-no-wages-new-job = Dim cyflog o'r swydd newydd eto: mae'r diwrnod cyflog cyntaf yn dod yn nes ymlaen.
result-fm-extra-paydays = { $count ->
    [2] Dau ddiwrnod cyflog yn y cyfnod hwn.
    [3] Tri diwrnod cyflog yn y cyfnod hwn.
    [4] Pedwar diwrnod cyflog yn y cyfnod hwn.
    [5] Pum diwrnod cyflog yn y cyfnod hwn.
   *[other] Sawl diwrnod cyflog yn y cyfnod hwn.
}
result-fm-extra-paydays-lower = { $count ->
    [2] Dau ddiwrnod cyflog yn y cyfnod hwn, felly mae Credyd Cynhwysol yn is.
    [3] Tri diwrnod cyflog yn y cyfnod hwn, felly mae Credyd Cynhwysol yn is.
    [4] Pedwar diwrnod cyflog yn y cyfnod hwn, felly mae Credyd Cynhwysol yn is.
    [5] Pum diwrnod cyflog yn y cyfnod hwn, felly mae Credyd Cynhwysol yn is.
   *[other] Sawl diwrnod cyflog yn y cyfnod hwn, felly mae Credyd Cynhwysol yn is.
}
result-fm-old-job-pay = Mae'r cyflog olaf o'r hen swydd yn cyrraedd yn y cyfnod hwn, ac mae Credyd Cynhwysol yn ei gyfrif.
result-fm-nil-award = Mae Credyd Cynhwysol yn stopio y mis hwn (dyfarniad dim): mae'r cyflog yn y cyfnod hwn yn rhy uchel i gael taliad.
result-fm-uc-starts-again = Mae Credyd Cynhwysol yn dechrau eto.
result-fm-surplus = Mae { $amount } o enillion y cyfnod hwn yn enillion dros ben, ac maen nhw'n cyfrif eto y mis nesaf.
result-fm-benefit-cap = Mae'r cap ar fudd-daliadau yn berthnasol y mis hwn: mae'r enillion yn y cyfnod hwn o dan y swm sy'n ei godi.
result-fm-carer-stops = Mae Lwfans Gofalwr yn stopio yn yr wythnosau sy'n dechrau { $weeks }: mae'r enillion dros y terfyn.
result-fm-lower = { $person ->
    [other] Mae'r arian y mis hwn yn llai nag oedd cyn i { $name } ddechrau gweithio.
   *[self] Mae'r arian y mis hwn yn llai nag oedd cyn i chi ddechrau gweithio.
}

result-fm-help-report = { $person ->
    [other] Rhowch wybod am y swydd newydd yn y dyddlyfr Credyd Cynhwysol pan fydd { $name } yn dechrau. Mae'r cyflogwr yn rhoi gwybod am y cyflog bob diwrnod cyflog, felly does dim angen rhoi gwybod am bob slip cyflog.
   *[self] Rhowch wybod am y swydd newydd yn eich dyddlyfr Credyd Cynhwysol pan fyddwch chi'n dechrau. Mae eich cyflogwr yn rhoi gwybod am eich cyflog bob diwrnod cyflog, felly does dim angen i chi roi gwybod am bob slip cyflog.
}
result-fm-help-budgeting-advance = { $person ->
    [other] Gall { $name } ofyn am Flaendaliad Cyllidebu i helpu gyda chostau dechrau gwaith. Benthyciad yw e: mae'n cael ei gymryd yn ôl o daliadau Credyd Cynhwysol wedyn.
   *[self] Gallwch chi ofyn am Flaendaliad Cyllidebu i helpu gyda chostau dechrau gwaith. Benthyciad yw e: mae'n cael ei gymryd yn ôl o'ch taliadau Credyd Cynhwysol wedyn.
}
result-fm-help-fsf-travel = { $person ->
    [other] Gofynnwch i'r anogwr gwaith am y Gronfa Cymorth Hyblyg: gall dalu am gostau dechrau gwaith, fel teithio i'r gwaith cyn y diwrnod cyflog cyntaf. Does dim rhaid ei thalu'n ôl.
   *[self] Gofynnwch i'ch anogwr gwaith am y Gronfa Cymorth Hyblyg: gall dalu am gostau dechrau gwaith, fel teithio i'r gwaith cyn eich diwrnod cyflog cyntaf. Does dim rhaid ei thalu'n ôl.
}
result-fm-help-fsf = { $person ->
    [other] Gofynnwch i'r anogwr gwaith am y Gronfa Cymorth Hyblyg: gall dalu am gostau dechrau gwaith, fel teithio neu ddillad gwaith cyn y diwrnod cyflog cyntaf. Does dim rhaid ei thalu'n ôl.
   *[self] Gofynnwch i'ch anogwr gwaith am y Gronfa Cymorth Hyblyg: gall dalu am gostau dechrau gwaith, fel teithio neu ddillad gwaith cyn eich diwrnod cyflog cyntaf. Does dim rhaid ei thalu'n ôl.
}
result-fm-help-keep-claim = { $person ->
    [other] Gall Credyd Cynhwysol stopio am fis oherwydd y cyflog. Peidiwch â rhoi'r gorau iddo. Os yw'r cyflog yn gostwng eto o fewn 5 mis, mae'n dechrau eto. Ar ôl hynny, gall { $name } hawlio eto o fewn 6 mis a chadw'r un dyddiadau.
   *[self] Gall Credyd Cynhwysol stopio am fis oherwydd eich cyflog. Peidiwch â rhoi'r gorau iddo. Os yw eich cyflog yn gostwng eto o fewn 5 mis, mae'n dechrau eto. Ar ôl hynny, gallwch chi hawlio eto o fewn 6 mis a chadw'r un dyddiadau.
}
result-fm-help-right-to-try = { $person ->
    [other] Os yw { $name } yn rhoi cynnig ar waith, fydd hynny ddim ar ei ben ei hun yn arwain at ailasesu eu hiechyd ar gyfer elfen iechyd Credyd Cynhwysol (y "Right to Try" gan y llywodraeth). Mae Credyd Cynhwysol yn dal i fynd i lawr wrth i { $name } ennill, fel sydd i'w weld yma.
   *[self] Fydd rhoi cynnig ar waith ddim ar ei ben ei hun yn arwain at ailasesu eich iechyd ar gyfer elfen iechyd Credyd Cynhwysol (y "Right to Try" gan y llywodraeth). Mae eich Credyd Cynhwysol yn dal i fynd i lawr wrth i chi ennill, fel sydd i'w weld yma.
}

result-chart-now = Nawr: { $amount } yr wythnos
result-chart-cliff = Rhwng { $from } a { $to } awr yr wythnos, { $what }: { $amount } yr wythnos yn llai.
result-chart-cliff-note = { $what } ychydig cyn hyn.
result-chart-offer = { $hours }: { $amount } yr wythnos
result-chart-title = Ar ôl i fyw arno yr wythnos am 0 i { $hours } awr o waith ar { $wage } yr awr
result-mark = { $what ->
    [esa-16] ESA yn dod i ben ar 16 awr
    [esa] ESA yn dod i ben
    [jsa] JSA yn dod i ben
    [carer-support] Taliad Cymorth Gofalwr yn dod i ben
    [carers-allowance] Lwfans Gofalwr yn dod i ben
    [scp] Taliad Plant yr Alban yn dod i ben
    [pension] Taliadau pensiwn yn dechrau
    [marriage] Lwfans Priodasol yn dod i ben
    [child-benefit] Budd-dal Plant yn cael ei gymryd yn ôl
    [hb-means-tested] Budd-dal Tai yn gostwng
    [pension-credit] Credyd Pensiwn yn dod i ben
    [hb-ends] Budd-dal Tai yn dod i ben
    [winter-fuel] Taliad gaeaf yn cael ei gymryd yn ôl
    [pound-for-pound] Taliadau pensiwn yn costio mwy
    [free-school-meals] Prydau ysgol am ddim yn dod i ben
    [healthy-start] Cychwyn Iach yn dod i ben
    [best-start-foods] Best Start Foods yn dod i ben
    [prescriptions] Presgripsiynau am ddim yn dod i ben
    [sure-start] Grant mamolaeth yn dod i ben
    [best-start-grant] Best Start Grant yn dod i ben
   *[other] Taliad yn dod i ben
}
result-chart-help-lost = Rhwng { $from } a { $to } awr yr wythnos: { $what } (gwerth tua { $amount } y flwyddyn, nid arian).
result-chart-summary-now = Nawr: { $amount } yr wythnos.
result-chart-summary-offer = Gyda'r swydd hon, { $hours }: { $amount } yr wythnos, { $compared }.
result-chart-same = yr un fath â nawr
result-chart-worse = { $amount } yn waeth eich byd na nawr
result-chart-better = { $amount } yn well eich byd na nawr
result-chart-point = { $hours } yr wythnos: { $amount } yr wythnos, { $compared }
result-chart-point-offer = Y swydd hon, { $hours } yr wythnos: { $amount } yr wythnos, { $compared }

result-heat-hours = { $hours } awr
result-heat-cell-same = { $hours } ar { $wage }: tua'r un fath â nawr
result-heat-cell-worse = { $hours } ar { $wage }: { $amount } yr wythnos yn waeth eich byd
result-heat-cell-better = { $hours } ar { $wage }: { $amount } yr wythnos yn well eich byd
result-heat-band-worse = Yn waeth eich byd
result-heat-band-same = Tua'r un fath â nawr
result-heat-band-up-to = Hyd at { $amount } yn well eich byd
result-heat-band-between = { $from } i { $to } yn well eich byd
result-heat-band-top = { $amount } neu fwy yn well eich byd

result-fm-assumed-start = Rydyn ni wedi tybio bod y swydd yn dechrau ar { $date }.
result-fm-assumed-payday = Rydyn ni wedi tybio mai'r diwrnod cyflog cyntaf yw { $date }.
result-fm-assumed-period = { $person ->
    [other] Rydyn ni wedi tybio bod cyfnod asesu'r hawliad yn dechrau ar { $date }.
   *[self] Rydyn ni wedi tybio bod cyfnod asesu eich hawliad yn dechrau ar { $date }.
}
result-error-real-date = Rhowch ddyddiad go iawn, fel 2026-03-02
result-error-old-pay-number = Rhowch y cyflog clir fel rhif, fel 250
result-error-old-pay-when = Rhowch ddyddiad y taliad olaf

result-headline-worse = { $person ->
   *[self] Byddech chi { $amount } yr wythnos yn waeth eich byd yn gweithio { $hours } awr.
    [other] O weithio { $hours } awr, byddai { $name } yn cael { $amount } yn llai yr wythnos.
}
result-headline-same = { $person ->
   *[self] Byddai gennych chi tua'r un faint o arian yn gweithio { $hours } awr.
    [other] O weithio { $hours } awr, byddai { $name } yn cael tua'r un faint o arian.
}
result-headline-better = { $person ->
   *[self] Byddech chi { $amount } yr wythnos yn well eich byd yn gweithio { $hours } awr.
    [other] O weithio { $hours } awr, byddai { $name } yn cael { $amount } yn fwy yr wythnos.
}
result-headline-detail = Mae hynny'n { $amount } y mis, ar ôl { $costs }. { $margin }
result-headline-detail-no-costs = Mae hynny'n { $amount } y mis. { $margin }
result-cost-rent = rhent
result-cost-council-tax = treth gyngor
result-cost-childcare = gofal plant
result-cost-travel = teithio i'r gwaith
result-list-and = { $first } a { $last }
result-measure = Mae bod yn well eich byd yn golygu mwy ar ôl i fyw arno bob wythnos, ar ôl { $costs }.
result-measure-no-costs = Mae bod yn well eich byd yn golygu mwy o arian yn dod i mewn bob wythnos.
result-measure-statement = { $person ->
    [other] Mae “nawr” yn defnyddio'r Credyd Cynhwysol ar y datganiad ({ $amount } y mis), nid ein ffigur ni.
   *[self] Mae “nawr” yn defnyddio'r Credyd Cynhwysol ar eich datganiad ({ $amount } y mis), nid ein ffigur ni.
}
result-margin-keep = { $person ->
   *[self] Am bob £1 ychwanegol rydych chi'n ei ennill, rydych chi'n cadw tua { $pence }c.
    [other] Am bob £1 ychwanegol mae { $name } yn ei ennill, mae tua { $pence }c yn aros.
}
result-margin-careful = { $person ->
   *[self] Gofal: byddai gweithio ychydig yn fwy na hyn yn eich gadael yn waeth eich byd.
    [other] Gofal: byddai { $name } yn cael llai o arian o weithio ychydig yn fwy na hyn.
}
result-pence = { $pence }c
result-statement-same = { $person ->
    [other] Mae y datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol, yr un faint ag y gwnaethon ni ei gyfrifo.
   *[self] Mae eich datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol, yr un faint ag y gwnaethon ni ei gyfrifo.
}
result-statement-different = { $person ->
    [other] Mae y datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol. Fe wnaethon ni gyfrifo { $calculated }. Rydyn ni wedi defnyddio y datganiad ar gyfer “nawr”. Gall y gwahaniaeth fod yn ddidyniad, yn hen newid yn yr amgylchiadau, neu'n ateb yma nad yw'n cyd-fynd â'r hyn mae'r Ganolfan Byd Gwaith yn ei wybod.
   *[self] Mae eich datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol. Fe wnaethon ni gyfrifo { $calculated }. Rydyn ni wedi defnyddio eich datganiad ar gyfer “nawr”. Gall y gwahaniaeth fod yn ddidyniad, yn hen newid yn eich amgylchiadau, neu'n ateb yma nad yw'n cyd-fynd â'r hyn mae'r Ganolfan Byd Gwaith yn ei wybod.
}
result-now = Nawr
result-column-job = { $job } ({ $hours } awr)
result-in-this-job = Yn y swydd hon
result-rates = Cyfraddau ar gyfer 6 Ebrill { $from } i 5 Ebrill { $to }.

result-row-pay = Cyflog cyn treth
result-row-income-tax = Treth Incwm
result-row-ni = Yswiriant Gwladol
result-row-pension = Pensiwn gweithle
result-row-uc = Credyd Cynhwysol
result-row-child-benefit = Budd-dal Plant
result-row-child-benefit-charge = Tâl Treth Budd-dal Plant Incwm Uchel
result-row-carer-supplement = Atodiad Lwfans Gofalwr (yr Alban)
result-row-scp = Taliad Plant yr Alban
result-row-money-in = Arian yn dod i mewn
result-row-rent = Rhent a thaliadau gwasanaeth
result-row-council-tax = Treth gyngor
result-row-childcare = Gofal plant
result-row-travel = Teithio i'r gwaith
result-row-left = Ar ôl i fyw arno
result-row-uc-deductions = Wedi'i dynnu o'r Credyd Cynhwysol ar gyfer dyledion neu flaendaliad
result-row-esa = ESA Dull Newydd
result-row-jsa = JSA Dull Newydd
result-row-state-pension = Pensiwn y Wladwriaeth
result-row-pension-credit = Credyd Pensiwn
result-row-housing-benefit = Budd-dal Tai
result-row-winter-charge = Taliad gaeaf wedi'i dalu'n ôl mewn treth
result-row-council-tax-reduction = Gostyngiad Treth Gyngor

result-help-title = Help nad yw'n arian
result-help-intro = { $person ->
    [other] Dydy'r help hwn ddim yn arian yn dod i mewn, felly dydy e ddim yn y cyfansymiau uchod. Mae'n cael ei ddangos yma yr wythnos. Gall ddod i ben pan fydd { $name } yn ennill mwy.
   *[self] Dydy'r help hwn ddim yn arian yn dod i mewn, felly dydy e ddim yn y cyfansymiau uchod. Mae'n cael ei ddangos yma yr wythnos. Gall ddod i ben pan fyddwch chi'n ennill mwy.
}
result-help-name = { $kind ->
    [free-school-meals] Prydau ysgol am ddim
    [healthy-start] Cychwyn Iach
    [best-start-foods] Best Start Foods
    [prescriptions] Presgripsiynau GIG am ddim
    [sure-start] Grant Mamolaeth Cychwyn Cadarn
   *[best-start-grant] Best Start Grant
}
result-help-worth = { $name }: gwerth { $amount } y flwyddyn nawr.
result-help-worth-estimate = { $name }: gwerth tua { $amount } y flwyddyn nawr (amcangyfrif).
result-help-stops-above = Mae'r help hwn yn dod i ben dros { $limit } y flwyddyn o gyflog clir.
result-help-stops-part-above = Mae rhan o'r help hwn yn dod i ben dros { $limit } y flwyddyn o gyflog clir; mae'r gweddill yn dod i ben pan fydd Credyd Cynhwysol yn dod i ben.
result-help-stops-with-benefit = Mae'r help hwn yn dod i ben pan fydd Credyd Cynhwysol neu Gredyd Pensiwn yn dod i ben.
result-row-with-help = Ar ôl i fyw arno, gyda help nad yw'n arian
result-scroll-hint = Llithrwch y tabl i'r ochr i weld pob colofn.

result-not-covered-self-employment = Hunangyflogaeth, a'r isafswm incwm sy'n dod gyda hi.
result-not-covered-council-tax-england = Yn Lloegr mae pob cyngor yn gosod ei Ostyngiad Treth Gyngor ei hun. Mewn gwaith rydyn ni'n defnyddio ffigur y cyngor os yw wedi'i roi, neu'n ei amcangyfrif gyda'r rheolau safonol.
result-not-covered-students = Incwm myfyrwyr, cynhaliaeth, a budd-daliadau heblaw'r rhai sydd wedi'u rhestru.
result-not-covered-mid-year = Newidiadau yng nghanol y flwyddyn dreth.

result-assumed-title = Beth wnaethon ni ei dybio
result-what-if-title = Newid yr oriau neu'r cyflog
result-show-job = Dangos y swydd
result-table-title = { $person ->
    [other] Arian yr aelwyd, yr wythnos
   *[self] Eich arian, yr wythnos
}
result-table-label = { $person ->
    [other] Arian yr aelwyd, yr wythnos, tabl
   *[self] Eich arian, yr wythnos, tabl
}
result-table-week = Yr wythnos
result-table-hint = Mae'r symiau'n cael eu cyfrifo bob mis, fel Credyd Cynhwysol, ac yn cael eu dangos bob wythnos (× 12 ÷ 52).
result-table-hint-pension = Mae'r symiau'n cael eu cyfrifo bob mis ac yn cael eu dangos bob wythnos (× 12 ÷ 52).
result-explain-title = Sut wnaethon ni gyfrifo hyn
result-explain-job = { $job }: { $hours } awr
result-not-covered-title = Beth nad yw'r gyfrifiannell hon yn ei gynnwys
result-worked-out-on = Wedi'i gyfrifo ar { $date }.
result-estimate = { $person ->
    [other] Amcangyfrif yw hwn, nid cyngor: gwiriwch gydag anogwr gwaith neu gynghorydd hawliau lles cyn penderfynu.
   *[self] Amcangyfrif yw hwn, nid cyngor: gwiriwch gyda'ch anogwr gwaith neu gynghorydd hawliau lles cyn i chi benderfynu.
}
result-print = Argraffu neu gadw fel PDF
result-statement-hint = Oes gennych chi ddatganiad Credyd Cynhwysol? Rhowch y swm o dan “Treth gyngor a chynilion” i gymharu.
result-things-to-know = Pethau i'w gwybod
result-when = { $when }:
result-what-if-hours = Oriau'r wythnos: { $hours }
result-what-if-hours-value = { $hours } awr yr wythnos
result-what-if-wage = Cyflog am bob awr: { $wage }
result-what-if-wage-value = { $wage } yr awr
result-what-if-hint = { $person ->
    [other] Rhowch gynnig ar oriau neu gyflog eraill i { $name } yma. Mae'r swydd yn aros fel y gwnaethoch ei rhoi nes i chi ddewis “Defnyddio'r oriau hyn”.
   *[self] Rhowch gynnig ar oriau neu gyflog eraill yma. Mae'r swydd yn aros fel y gwnaethoch ei rhoi nes i chi ddewis “Defnyddio'r oriau hyn”.
}
result-what-if-use = Defnyddio'r oriau hyn
result-what-if-put-back = Yn ôl i'r swydd fel y'i rhoddwyd
# Above the answer for the hours and pay tried on the sliders.
result-what-if-trying = { $person ->
    [other] Pe bai { $name } yn rhoi cynnig ar yr oriau a'r cyflog hyn:
   *[self] Pe baech chi'n rhoi cynnig ar yr oriau a'r cyflog hyn:
}

result-chart-label = { $title }. { $summary } Defnyddiwch y bysellau saeth chwith a de i ddarllen pob pwynt.
result-chart-table-show = Dangos y siart fel tabl
result-chart-table-label = Incwm yn ôl oriau, tabl
result-chart-col-hours = Oriau'r wythnos
result-chart-col-pay = Cyflog
result-chart-col-better = Yn well eich byd na nawr

result-heat-title = Ble mae gwaith yn talu orau
result-heat-best = Mae pob sgwâr yn dangos beth fyddai oriau a chyflog eraill yn ei wneud, i gymharu: nid swyddi sy'n cael eu cynnig ydyn nhw. Y mwyaf ar y grid hwn: { $best }.
result-heat-this-job-is = { $person ->
    [other] Y swydd hon: { $job }.
   *[self] Eich swydd: { $job }.
}
result-heat-caption = Yn well eich byd yr wythnos, yn ôl oriau'r wythnos (ar draws) a chyflog am bob awr (i lawr)
result-heat-this-job-mark = (y swydd hon)
result-heat-best-mark = (y gorau)
result-heat-this-job = Y swydd hon

result-fm-title = { $person ->
    [other] Y misoedd cyntaf mewn gwaith
   *[self] Eich misoedd cyntaf mewn gwaith
}
result-fm-intro = Mae Credyd Cynhwysol yn cael ei gyfrifo fis wrth fis, ac mae'n cyfrif cyflog yn y mis y mae'n cael ei dalu. Felly gall y misoedd cyntaf fynd i fyny ac i lawr. Edrychwch ar bob mis, a'r un lle mae arian yn fwyaf tynn.
result-fm-show = { $person ->
    [other] Dangos y misoedd cyntaf
   *[self] Dangos fy misoedd cyntaf
}
result-fm-hide = Cuddio'r misoedd cyntaf
result-fm-start-label = Pryd mae'r swydd yn dechrau?
result-fm-start-hint = Gadewch yn wag a byddwn ni'n defnyddio'r dydd Llun ar ôl yr un nesaf.
result-fm-payday-label = Pryd mae'r diwrnod cyflog cyntaf?
result-fm-payday-hint = { $person ->
    [other] Gofynnwch i'r cyflogwr. Mae llawer yn talu wythnos neu fis ar ôl i { $name } ddechrau.
   *[self] Gofynnwch i'r cyflogwr. Mae llawer yn talu wythnos neu fis ar ôl i chi ddechrau.
}
result-fm-period-label = { $person ->
    [other] Pryd mae cyfnod asesu'r Credyd Cynhwysol yn dechrau?
   *[self] Pryd mae cyfnod asesu eich Credyd Cynhwysol yn dechrau?
}
result-fm-period-hint = { $person ->
    [other] Unrhyw ddyddiad dechrau cyfnod: mae ar y datganiad Credyd Cynhwysol.
   *[self] Unrhyw ddyddiad dechrau cyfnod: mae ar eich datganiad Credyd Cynhwysol.
}
result-fm-old-job = Oes cyflog yn dal i ddod o hen swydd?
result-fm-old-pay-label = Cyflog clir y taliad olaf
result-fm-old-date-label = Dyddiad y taliad olaf
result-fm-check-dates = { $person ->
    [other] Gwiriwch y dyddiadau sydd wedi'u marcio uchod i weld y misoedd cyntaf.
   *[self] Gwiriwch y dyddiadau sydd wedi'u marcio uchod i weld eich misoedd cyntaf.
}
result-fm-tightest = Mae arian yn fwyaf tynn ym mis { $month } ({ $start } i { $end }): mae { $amount } yn dod i mewn, { $less } yn llai na nawr.
result-fm-lowest = Does dim mis gyda llai o arian na nawr. Yr isaf yw mis { $month } ({ $start } i { $end }): mae { $amount } yn dod i mewn.
result-fm-helps = Beth sy'n helpu
result-fm-assumed-title = Beth wnaethon ni ei dybio am y misoedd cyntaf
result-fm-same = Yr un fath
result-fm-less = { $amount } yn llai
result-fm-more = { $amount } yn fwy
result-fm-month = Mis { $month }: { $start } i { $end }
result-fm-tightest-badge = Y mis mwyaf tynn
result-fm-paydays = Diwrnodau cyflog (cyflog clir)
result-fm-none = Dim
result-fm-payday = { $date }: { $amount }
result-fm-old-job-pay-label = Cyflog olaf o'r hen swydd
result-fm-uc-paid = { $amount }, yn cael ei dalu ar { $date }
result-fm-money-in = Arian i mewn
result-fm-compared = O'i gymharu â nawr

result-headline-worse--easy =
    { $person ->
       *[self] Byddai gennych chi lai o arian yn y swydd hon.
        [other] Yn y swydd hon, byddai { $name } yn cael llai o arian.
    }
    { $person ->
       *[self] Byddai gennych chi { $amount } yn llai bob wythnos.
        [other] Byddai hynny { $amount } yn llai bob wythnos.
    }
    { $person ->
       *[self] Mae hyn os ydych chi'n gweithio { $hours } awr yr wythnos.
        [other] Mae hyn am { $hours } awr o waith yr wythnos.
    }
result-headline-same--easy =
    { $person ->
       *[self] Byddai gennych chi tua'r un faint o arian yn y swydd hon.
        [other] Yn y swydd hon, byddai { $name } yn cael tua'r un faint o arian.
    }
    { $person ->
       *[self] Mae hyn os ydych chi'n gweithio { $hours } awr yr wythnos.
        [other] Mae hyn am { $hours } awr o waith yr wythnos.
    }
result-headline-better--easy =
    { $person ->
       *[self] Byddai gennych chi fwy o arian yn y swydd hon.
        [other] Yn y swydd hon, byddai { $name } yn cael mwy o arian.
    }
    { $person ->
       *[self] Byddai gennych chi { $amount } yn fwy bob wythnos.
        [other] Byddai hynny { $amount } yn fwy bob wythnos.
    }
    { $person ->
       *[self] Mae hyn os ydych chi'n gweithio { $hours } awr yr wythnos.
        [other] Mae hyn am { $hours } awr o waith yr wythnos.
    }
result-headline-detail--easy =
    Mae hynny'n { $amount } bob mis.
    Rydyn ni wedi tynnu { $costs }.
    { $margin }
result-headline-detail-no-costs--easy =
    Mae hynny'n { $amount } bob mis.
    { $margin }
result-margin-keep--easy =
    { $person ->
       *[self] Am bob £1 ychwanegol rydych chi'n ei ennill, rydych chi'n cadw tua { $pence }c.
        [other] Am bob £1 ychwanegol mae { $name } yn ei ennill, mae tua { $pence }c yn aros.
    }
result-margin-careful--easy =
    Byddwch yn ofalus.
    { $person ->
       *[self] Os ydych chi'n gweithio ychydig yn fwy, gallai fod gennych chi lai o arian.
        [other] Gallai { $name } gael llai o arian o weithio ychydig yn fwy.
    }
result-fm-intro--easy =
    Mae Credyd Cynhwysol yn cael ei gyfrifo bob mis.
    { $person ->
       *[self] Mae cyflog yn cyfrif yn y mis rydych chi'n ei gael.
        [other] Mae cyflog yn cyfrif yn y mis y mae'n cael ei dalu.
    }
    { $person ->
       *[self] Felly gall eich arian fynd i fyny ac i lawr yn y misoedd cyntaf.
        [other] Felly gall yr arian fynd i fyny ac i lawr yn y misoedd cyntaf.
    }
result-fm-tightest--easy =
    Mis { $month } sydd â'r lleiaf o arian.
    Mae'n rhedeg o { $start } i { $end }.
    Mae { $amount } yn dod i mewn.
    Mae hynny { $less } yn llai na nawr.
result-fm-lowest--easy =
    Does dim mis gyda llai o arian na nawr.
    Mis { $month } sydd â'r lleiaf o arian.
    Mae'n rhedeg o { $start } i { $end }.
    Mae { $amount } yn dod i mewn.

result-easy-now = Arian nawr, heb y swydd: { $amount } yr wythnos
result-easy-in-work = Arian gyda'r swydd: { $amount } yr wythnos
result-easy-more = Y gwahaniaeth: { $amount } yn fwy bob wythnos
result-easy-less = Y gwahaniaeth: { $amount } yn llai bob wythnos
result-easy-same = Y gwahaniaeth: tua'r un faint o arian
result-easy-hours = Gwaith: { $hours } yr wythnos

result-statement-same--easy =
    { $person ->
        [other] Mae y datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol.
       *[self] Mae eich datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol.
    }
    Fe wnaethon ni gyfrifo'r un faint.
result-statement-different--easy =
    { $person ->
        [other] Mae y datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol.
       *[self] Mae eich datganiad yn dweud { $amount } y mis o Gredyd Cynhwysol.
    }
    Fe wnaethon ni gyfrifo { $calculated }.
    { $person ->
        [other] Rydyn ni wedi defnyddio y datganiad ar gyfer “nawr”.
       *[self] Rydyn ni wedi defnyddio eich datganiad ar gyfer “nawr”.
    }
    Efallai bod y Ganolfan Byd Gwaith yn gwybod rhywbeth nad ydyn ni'n ei wybod.
