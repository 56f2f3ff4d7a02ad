backup-on-date = ar { $date }
backup-no-date = heb ddyddiad

backup-other-tool-tasks = Cafodd y ffeil hon ei chadw o'r adeiladwr tasgau. Nid copi wrth gefn yw hi. Agorwch hi yn yr adeiladwr tasgau yn lle hynny.
backup-other-tool-tracker = Cafodd y ffeil hon ei chadw o'r traciwr. Nid copi wrth gefn yw hi. Agorwch hi yn y traciwr yn lle hynny.
backup-other-tool-calculator = Cafodd y ffeil hon ei chadw o'r gyfrifiannell well eich byd. Nid copi wrth gefn yw hi. Agorwch hi yn y gyfrifiannell well eich byd yn lle hynny.
backup-missing-scope = Dydy'r copi wrth gefn hwn ddim yn dweud data pwy sydd ynddo, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-people = Does dim rhestr o bobl yn y copi wrth gefn hwn, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-trackers = Does dim cofnodion addysgu yn y copi wrth gefn hwn, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-scenarios = Does dim rhestr o sefyllfaoedd wedi'u cadw yn y copi wrth gefn hwn, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-pictures = Does dim rhestr o luniau yn y copi wrth gefn hwn, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-date = Does dim dyddiad yn y copi wrth gefn hwn, felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-missing-part = Mae rhan ar goll o'r copi wrth gefn hwn ({ $part }), felly efallai bod rhywun wedi'i newid. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-unreadable = { $place }: { $problem } Efallai bod rhywun wedi newid y ffeil â llaw.
backup-unknown-part = Mae gan { $place } rywbeth nad yw { -app-name } yn ei adnabod, felly efallai bod y ffeil o fersiwn mwy newydd neu fod rhywun wedi'i newid â llaw. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
backup-invalid = { $problem } Efallai bod rhywun wedi newid y ffeil â llaw.
backup-at-file = Y ffeil
backup-at-scope = Y nodyn sy'n dweud data pwy sydd yn y ffeil
backup-at-date = Y dyddiad pan wnaed y copi wrth gefn
backup-at-people = Y rhestr o bobl
backup-at-trackers = Y cofnodion addysgu
backup-at-pictures = Y rhestr o luniau
backup-at-open = Y sesiwn heb ei gorffen
backup-at-scenario = Sefyllfa wedi'i chadw rhif { $number }
backup-at-scenario-named = Sefyllfa wedi'i chadw rhif { $number } (“{ $name }”)
backup-at-records = Y cofnodion addysgu rhif { $number } yn y ffeil
backup-at-records-for = Y cofnodion addysgu ar gyfer y dasg “{ $task }”
backup-at-session = { $records }, sesiwn { $number }
backup-part = { $field ->
    [label] enw'r person
    [title] enw'r dasg
    [workplace] y gweithle
    [instruction] geiriau'r cam
    [cue] y ciw
    [name] yr enw
    [note] y nodyn
    [date] y dyddiad
    [created] y dyddiad
    [id] y rhif adnabod
    [steps] y rhestr o gamau
    [sessions] y rhestr o sesiynau
    [records] y sgoriau
   *[other] rhywbeth
}
backup-wrong-kind = Mae { $part } yn { $got ->
    [number] rhif
    [words] eiriau
    [yes-no] ie neu na
    [list] rhestr
    [group] set o rannau
    [empty] wag
   *[other] y math anghywir o beth
    }, nid { $want ->
    [number] rhif
    [words] geiriau
    [yes-no] ie neu na
    [list] rhestr
    [group] set o rannau
   *[other] beth mae { -app-name } ei angen
    }.
backup-part-missing = Mae { $part } ar goll.
backup-unknown-choice = Mae { $part } yn ddewis nad yw { -app-name } yn ei adnabod.
backup-bad-value = Mae gan { $part } werth na all { -app-name } ei ddefnyddio.
backup-cannot-read = Does dim modd darllen { $part }.

backup-date-too-long = Mae'r dyddiad pan wnaed y copi wrth gefn hwn yn rhy hir.
backup-id-too-large = Mae gan y copi wrth gefn rif adnabod sy'n llawer rhy fawr.
backup-too-many-scenarios = Mae gan y copi wrth gefn { $count } o sefyllfaoedd wedi'u cadw. Mae { -app-name } yn cadw { $max } ar y mwyaf.
backup-scenario-no-name = Does dim enw gan sefyllfa wedi'i chadw rhif { $number }.
backup-scenario-spaces = Mae bylchau ychwanegol o gwmpas enw sefyllfa wedi'i chadw rhif { $number }.
backup-scenario-name-too-long = Mae enw sefyllfa wedi'i chadw rhif { $number } yn hirach na { $max } nod.
backup-scenario-same-name = Mae gan sefyllfa wedi'i chadw rhif { $number } (“{ $name }”) yr un enw â sefyllfa arall sydd wedi'i chadw.
backup-scenario-answer-too-long = Mae gan sefyllfa wedi'i chadw rhif { $number } (“{ $name }”) ateb sy'n hirach na { $max } nod.
backup-same-label = Mae dau berson yn y copi wrth gefn o'r enw “{ $person }”.
backup-scope-no-label = Mae'r copi wrth gefn yn dweud ei fod ar gyfer un person, ond dydy e ddim yn dweud pwy.
backup-scope-holds-nobody = Mae'r copi wrth gefn yn dweud ei fod ar gyfer “{ $person }”, ond does neb ynddo.
backup-scope-holds-other = Mae'r copi wrth gefn yn dweud ei fod ar gyfer “{ $person }”, ond mae “{ $other }” ynddo.
backup-scope-holds-people = Mae'r copi wrth gefn yn dweud ei fod ar gyfer “{ $person }”, ond mae { $count } o bobl ynddo.
backup-scope-scenarios = Mae'r copi wrth gefn yn dweud ei fod ar gyfer “{ $person }”, ond mae sefyllfaoedd wedi'u cadw ynddo hefyd.
backup-tracker-no-task = Mae'r cofnodion addysgu rhif { $number } yn y ffeil ar gyfer tasg sydd ddim yn y ffeil.
backup-open-no-task = Mae'r sesiwn heb ei gorffen { $date } ar gyfer tasg sydd ddim yn y copi wrth gefn hwn.
backup-session-no-version = { $kind ->
    [open] Cafodd y sesiwn heb ei gorffen { $date } ar gyfer y dasg “{ $task }” ei haddysgu ar fersiwn { $version }, ond dydy'r fersiwn honno ddim yn y dasg.
   *[done] Cafodd y sesiwn { $date } ar gyfer y dasg “{ $task }” ei haddysgu ar fersiwn { $version }, ond dydy'r fersiwn honno ddim yn y dasg.
}
backup-session-unknown-step = { $kind ->
    [open] Mae'r sesiwn heb ei gorffen { $date } ar gyfer y dasg “{ $task }” yn sôn am gam sydd ddim yn y dasg.
   *[done] Mae'r sesiwn { $date } ar gyfer y dasg “{ $task }” yn sôn am gam sydd ddim yn y dasg.
}
backup-session-step-twice = { $kind ->
    [open] Mae'r sesiwn heb ei gorffen { $date } ar gyfer y dasg “{ $task }” yn rhestru'r un cam ddwywaith.
   *[done] Mae'r sesiwn { $date } ar gyfer y dasg “{ $task }” yn rhestru'r un cam ddwywaith.
}
backup-too-many-pictures = Mae gan y copi wrth gefn { $count } o luniau. Mae { -app-name } yn cadw { $max } ar y mwyaf.
backup-picture-bad-name = Mae gan lun yn y copi wrth gefn enw na wnaeth { -app-name } ei greu.
backup-picture-too-big = Mae'r llun “{ $picture }” yn rhy fawr: 1 MB yw'r mwyaf.
backup-picture-not-picture = Dydy'r llun “{ $picture }” ddim yn llun y gall { -app-name } ei ddangos.

backup-left-out = { $problem } Cafodd ei chadael allan o'r copi wrth gefn.
backup-deleted-tasks-left-out = Cafodd cofnodion addysgu { $tasks ->
        [one] 1 dasg a gafodd ei dileu
       *[other] { $tasks } o dasgau a gafodd eu dileu
    } ({ $sessions ->
        [one] 1 sesiwn
       *[other] { $sessions } o sesiynau
    }) eu gadael allan o'r copi wrth gefn.
backup-open-task-deleted = Mae'r sesiwn heb ei gorffen { $date } ar gyfer tasg a gafodd ei dileu.
backup-pictures-missing = { $count ->
    [one] Mae 1 llun ar gyfer y dasg “{ $task }” ({ $person }) ar goll o'r copi wrth gefn, felly fydd y cam hwnnw ddim yn dangos llun.
   *[other] Mae { $count } o luniau ar gyfer y dasg “{ $task }” ({ $person }) ar goll o'r copi wrth gefn, felly fydd y camau hynny ddim yn dangos llun.
}
backup-may-not-open = Efallai na fydd y copi wrth gefn hwn yn agor ar ddyfais arall, oherwydd bod rhywbeth ar y ddyfais hon yn torri rheol: { $problem }

backup-replaced-everything = Mae popeth ar y ddyfais hon wedi'i newid am y copi wrth gefn a wnaed { $date }: { $people ->
        [zero] dim pobl
        [one] 1 person
       *[other] { $people } o bobl
    }, { $tasks ->
        [zero] dim tasgau
        [one] 1 dasg
       *[other] { $tasks } o dasgau
    }, { $sessions ->
        [zero] dim sesiynau addysgu
        [one] 1 sesiwn addysgu
       *[other] { $sessions } o sesiynau addysgu
    }, { $scenarios ->
        [zero] dim sefyllfaoedd wedi'u cadw
        [one] 1 sefyllfa wedi'i chadw
       *[other] { $scenarios } o sefyllfaoedd wedi'u cadw
    } a { $pictures ->
        [zero] dim lluniau
        [one] 1 llun
       *[other] { $pictures } o luniau
    }.
backup-before-gone = Mae'r hyn oedd ar y ddyfais hon o'r blaen wedi mynd.
backup-open-carry-on = Mae'r sesiwn heb ei gorffen yn y copi wrth gefn ar agor, felly gallwch barhau â hi.
backup-open-here-gone = Mae'r sesiwn heb ei gorffen ar gyfer “{ $person }” ar y ddyfais hon wedi mynd hefyd.
backup-replaced-person = Mae “{ $person }” wedi'i newid am y copi yn y copi wrth gefn, { $tasks ->
        [zero] sydd heb dasgau
        [one] sydd ag 1 dasg
       *[other] sydd â { $tasks } o dasgau
    }. Mae'r hyn oedd yma iddyn nhw o'r blaen ({ $old_tasks ->
        [zero] dim tasgau
        [one] 1 dasg
       *[other] { $old_tasks } o dasgau
    }, { $old_sessions ->
        [zero] dim sesiynau addysgu
        [one] 1 sesiwn addysgu
       *[other] { $old_sessions } o sesiynau addysgu
    }) wedi mynd.
backup-person-was-not-here = Doedd “{ $person }” ddim ar y ddyfais hon, felly cawson nhw eu hychwanegu gyda { $tasks ->
        [zero] dim tasgau
        [one] 1 dasg
       *[other] { $tasks } o dasgau
    }.
backup-no-room-people = Ddaeth “{ $person }” ddim i mewn: mae gan y ddyfais hon { $max } o bobl yn barod. Dyna'r mwyaf mae { -app-name } yn ei gadw.
backup-phases-differ = Mae'r dasg “{ $task }” ar gyfer “{ $person }” yma'n barod, ond mae ei chyfnodau addysgu yn wahanol yn y copi wrth gefn. Felly daeth y dasg o'r copi wrth gefn i mewn fel ail dasg, gyda'i sesiynau.
backup-added-person = Wedi ychwanegu “{ $person }” gyda { $tasks ->
        [zero] dim tasgau
        [one] 1 dasg
       *[other] { $tasks } o dasgau
    }.
backup-added-tasks = { $count ->
    [one] Wedi ychwanegu 1 dasg ar gyfer “{ $person }”, oedd ar y ddyfais hon yn barod.
   *[other] Wedi ychwanegu { $count } o dasgau ar gyfer “{ $person }”, oedd ar y ddyfais hon yn barod.
}
backup-tasks-here = { $count ->
    [one] Roedd 1 dasg ar gyfer “{ $person }” ar y ddyfais hon yn barod.
   *[other] Roedd { $count } o dasgau ar gyfer “{ $person }” ar y ddyfais hon yn barod.
}
backup-person-here = Roedd “{ $person }” ar y ddyfais hon yn barod.
backup-tasks-no-room = { $count ->
    [one] Ddaeth 1 dasg ar gyfer “{ $person }” ddim i mewn: gall person gael { $max } o dasgau ar y mwyaf.
   *[other] Ddaeth { $count } o dasgau ar gyfer “{ $person }” ddim i mewn: gall person gael { $max } o dasgau ar y mwyaf.
}
backup-phases-came-in = Daeth y cyfnodau addysgu ar ôl cyfnod { $from } ar gyfer “{ $task }” i mewn. Bydd y sesiwn nesaf yma yng nghyfnod { $phase }.
backup-tracker-differs = Mae'r lefelau annog, y rheolau neu'r llinell nod ar gyfer “{ $task }” yn wahanol yn y copi wrth gefn. Mae'r rhai ar y ddyfais hon yn cael eu cadw. Mae pob sesiwn yn cadw'r lefelau a gafodd eu cofnodi gyda hi.
backup-added-sessions = { $count ->
    [one] Wedi ychwanegu 1 sesiwn addysgu.
   *[other] Wedi ychwanegu { $count } o sesiynau addysgu.
}
backup-sessions-here = { $count ->
    [one] Roedd 1 sesiwn addysgu ar y ddyfais hon yn barod.
   *[other] Roedd { $count } o sesiynau addysgu ar y ddyfais hon yn barod.
}
backup-open-task-not-in = Mae gan y copi wrth gefn y sesiwn heb ei gorffen { $date } ar gyfer “{ $task }”. Ddaeth hi ddim i mewn, oherwydd ddaeth ei thasg ddim i mewn.
backup-open-here = Roedd y sesiwn heb ei gorffen { $date } ar gyfer “{ $task }” ar y ddyfais hon yn barod.
backup-open-busy = Mae gan y copi wrth gefn y sesiwn heb ei gorffen { $date } ar gyfer “{ $task }”, gyda sgôr i { $scored } o { $steps } cam. Ddaeth hi ddim i mewn, oherwydd bod sesiwn ar agor ar y ddyfais hon. Gorffennwch y sesiwn honno neu ei thaflu. Yna dewch â'r copi wrth gefn i mewn eto.
backup-open-added = Wedi ychwanegu'r sesiwn heb ei gorffen { $date } ar gyfer “{ $task }”. Gallwch barhau â hi.
backup-scenario-renamed = Daeth y sefyllfa “{ $name }” i mewn fel “{ $new_name }”, oherwydd bod gan sefyllfa wahanol yma yr enw hwnnw.
backup-added-scenarios = { $count ->
    [one] Wedi ychwanegu 1 sefyllfa wedi'i chadw.
   *[other] Wedi ychwanegu { $count } o sefyllfaoedd wedi'u cadw.
}
backup-scenarios-here = { $count ->
    [one] Roedd 1 sefyllfa wedi'i chadw ar y ddyfais hon yn barod.
   *[other] Roedd { $count } o sefyllfaoedd wedi'u cadw ar y ddyfais hon yn barod.
}
backup-scenarios-no-room = { $count ->
    [one] Ddaeth 1 sefyllfa wedi'i chadw ddim i mewn: mae { -app-name } yn cadw { $max } ar y mwyaf. Dilëwch rai, yna dewch â'r copi wrth gefn i mewn eto.
   *[other] Ddaeth { $count } o sefyllfaoedd wedi'u cadw ddim i mewn: mae { -app-name } yn cadw { $max } ar y mwyaf. Dilëwch rai, yna dewch â'r copi wrth gefn i mewn eto.
}
backup-added-pictures = { $count ->
    [one] Wedi ychwanegu 1 llun.
   *[other] Wedi ychwanegu { $count } o luniau.
}
backup-pictures-renamed = { $count ->
    [one] Daeth 1 llun i mewn o dan enw newydd, oherwydd bod gan lun gwahanol yma yr un enw.
   *[other] Daeth { $count } o luniau i mewn o dan enwau newydd, oherwydd bod gan luniau gwahanol yma yr un enwau.
}
backup-pictures-here = { $count ->
    [one] Roedd 1 llun ar y ddyfais hon yn barod.
   *[other] Roedd { $count } o luniau ar y ddyfais hon yn barod.
}
backup-empty = Mae'r copi wrth gefn yn wag.
