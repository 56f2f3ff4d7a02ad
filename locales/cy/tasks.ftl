# Camau swydd: y dadansoddiad tasg, y cymorth swydd a'r rhestr wirio.

task-chaining-forward = Cadwyno ymlaen
task-chaining-backward = Cadwyno yn ôl
task-chaining-total = Tasg gyfan
task-chaining-forward-hint = Dysgwch y cam cyntaf, yna ychwanegwch y nesaf pan fydd wedi'i ddysgu.
task-chaining-backward-hint = Dysgwch y cam olaf yn gyntaf, fel bod y person bob amser yn gorffen y dasg.
task-chaining-total-hint = Dysgwch bob cam, bob tro.

task-error-label-empty = Ysgrifennwch lythrennau cyntaf neu god ar gyfer y person.
task-error-label-long = Defnyddiwch lythrennau cyntaf neu god byr, hyd at { $limit } nod. Does dim angen enw llawn.
task-error-title-empty = Rhowch enw i'r dasg, fel “Glanhau bwrdd caffi”.
task-error-title-long = Cadwch enw'r dasg i { $limit } nod neu lai; mae gan hwn { $count }.
task-error-workplace-long = Cadwch y gweithle i { $limit } nod neu lai; mae gan hwn { $count }.
task-error-step-empty = Ysgrifennwch beth mae'r person yn ei wneud yn y cam hwn.
task-error-step-long = Cadwch gam i { $limit } nod neu lai; mae gan hwn { $count }. Rhannwch ef yn ddau gam.
task-error-cue-long = Cadwch y ciw i { $limit } nod neu lai; mae gan hwn { $count }.
task-error-label-taken = Mae rhywun eisoes o'r enw “{ $label }”. Defnyddiwch god gwahanol.
task-error-too-many-people = Mae gennych { $limit } o bobl, y mwyaf mae { -app-name } yn ei gadw. Dilëwch rywun sydd wedi gadael i ychwanegu rhywun arall.
task-error-too-many-tasks = Mae gan “{ $label }” { $limit } tasg, y mwyaf mae { -app-name } yn ei gadw i un person. Dilëwch un i ychwanegu un arall.
task-error-no-template = Nid yw'r dasg honno yn y rhestr o enghreifftiau.
task-error-choose-template = Dewiswch dasg barod yn gyntaf.
task-error-choose-task = Dewiswch dasg yn gyntaf.
task-error-too-many-steps = Gall tasg gael { $limit } cam ar y mwyaf. Rhannwch hi yn dasgau llai.
task-error-split-where = I rannu cam, rhowch y cyrchwr rhwng dau o'i eiriau.
task-error-join-last = Dyma'r cam olaf, felly does dim cam nesaf i'w uno ag ef.
task-error-join-too-long = Wedi'u huno, byddai gan y camau hyn { $count } nod; y mwyaf yw { $limit }. Byrhewch un ohonyn nhw yn gyntaf.
task-error-join-cues-too-long = Wedi'u huno, byddai gan giwiau'r camau hyn { $count } nod; y mwyaf yw { $limit }. Byrhewch un ohonyn nhw yn gyntaf.
task-error-already-first = Dyma'r cam cyntaf yn barod.
task-error-already-last = Dyma'r cam olaf yn barod.
task-error-paste-empty = Doedd dim byd i'w ychwanegu. Gludwch un cam ar bob llinell.
task-error-paste-too-many = Dyna { $count } cam. Mae dadansoddiad tasg yn gweithio orau gyda 5 i 30; rhannwch y dasg yn dasgau llai. Ni ychwanegwyd dim.
task-error-paste-over-limit = Byddai hynny'n gwneud { $count } cam; gall tasg gael { $limit } ar y mwyaf. Rhannwch y dasg yn dasgau llai. Ni ychwanegwyd dim.
task-error-paste-line-long = Mae gan linell { $line } { $count } nod; gall cam gael { $limit } ar y mwyaf. Rhannwch ef yn ddau gam. Ni ychwanegwyd dim.

task-undo-add-person = Ychwanegu “{ $label }”
task-undo-rename-person = Ailenwi yn “{ $label }”
task-undo-delete-person = Dileu “{ $label }”
task-undo-add-task = Ychwanegu'r dasg “{ $title }”
task-undo-rename-task = Wedi ailenwi'r dasg yn “{ $title }”
task-undo-delete-task = Dileu'r dasg “{ $title }”
task-undo-workplace = Wedi newid y gweithle
task-undo-chaining = Wedi newid y ffordd o ddysgu i { $method }
task-undo-add-step = Wedi ychwanegu cam { $number }
task-undo-change-step = Wedi newid cam { $number }
task-undo-delete-step = Wedi dileu cam { $number }
task-undo-split-step = Wedi rhannu cam { $number } yn gamau { $first } a { $second }
task-undo-join-steps = Wedi uno camau { $first } a { $second }
task-undo-move-step = Wedi symud cam { $from } i { $to } o { $count }
task-undo-add-picture = Wedi ychwanegu llun at gam { $number }
task-undo-remove-picture = Wedi tynnu'r llun o gam { $number }
task-undo-paste-steps = { $count ->
    [one] Wedi ychwanegu 1 cam
   *[other] Wedi ychwanegu { $count } cam
}

task-status-done = { $what }.
task-status-done-new-version = { $what }. Dyma fersiwn { $number } nawr; mae sesiynau a gofnodwyd ar fersiwn { $taught } yn cadw ei chamau.
task-status-added-person = Wedi ychwanegu “{ $label }”.
task-status-renamed-person = Wedi ailenwi yn “{ $label }”.
task-status-deleted-person = Wedi dileu “{ $label }” a'u tasgau. Mae Dadwneud yn dod â nhw yn ôl.
task-status-added-task = Wedi ychwanegu'r dasg “{ $title }”.
task-status-deleted-task = Wedi dileu'r dasg “{ $title }”. Mae Dadwneud yn dod â hi yn ôl.
task-status-nothing-to-undo = Does dim byd i'w ddadwneud.
task-status-nothing-to-redo = Does dim byd i'w ailwneud.
task-status-undone = Wedi dadwneud: { $what }.
task-status-redone = Wedi ailwneud: { $what }.

task-aid-speech-finished = Wedi gorffen. Da iawn.
task-aid-speech-step = Cam { $number }. { $instruction }
task-aid-speech-key-step = Cam { $number }. Cam allweddol: gwnewch e'n iawn bob tro. { $instruction }

task-file-no-people = Mae rhestr pobl y ffeil hon ar goll, felly efallai bod rhywun wedi'i newid. Cadwch hi eto a rhowch gynnig arall arni.
task-file-unreadable = Doedd dim modd darllen y ffeil hon: mae rhan ohoni ar goll, neu'r math anghywir o beth. Efallai bod rhywun wedi'i newid. Ni lwythwyd dim.
task-file-invalid = { $problem } Ni lwythwyd dim.
task-file-id-too-large = Mae rhif adnabod yn y ffeil hon yn llawer mwy nag unrhyw un mae'r ap hwn yn ei wneud, felly efallai bod rhywun wedi newid y ffeil.
task-file-too-many-people = Mae gan y ffeil { $count } o bobl; mae { -app-name } yn cadw { $limit } ar y mwyaf.
task-file-at-person = Person { $number }
task-file-at-person-named = Person { $number } (“{ $label }”)
task-file-at-task = { $place }, tasg { $number }
task-file-at-named = { $place } (“{ $name }”)
task-file-at-version = { $place }, fersiwn { $number }
task-file-at-step = { $place }, cam { $number }
task-file-problem-at = { $place }: { $problem }
task-file-extra-spaces = Mae gan { $place } fylchau ychwanegol.
task-file-same-id = Mae gan { $place } yr un rhif adnabod â rhywbeth arall.
task-file-too-many-tasks = Mae gan { $place } { $count } tasg; y mwyaf yw { $limit }.
task-file-no-versions = Does gan { $place } ddim fersiynau.
task-file-out-of-order = Mae { $place } yn y drefn anghywir.
task-file-too-many-steps = Mae gan { $place } { $count } cam; y mwyaf yw { $limit }.
task-file-bad-picture = Mae gan { $place } gyfeiriad at lun nad yw'n un o'n rhai ni.

task-page-title = Camau swydd
task-page-lead = Rhannwch dasg yn y gwaith yn y camau mae person yn eu gwneud, yn eu trefn, wrth i chi wylio rhywun yn ei gwneud. Yna dangoswch un cam ar y tro i'r gweithiwr.
task-page-load-failed = Doedd dim modd i'r fersiwn hon o'r ap ddarllen eich tasgau sydd wedi'u cadw ({ $problem }). Maen nhw'n dal ar y ddyfais hon a does dim wedi'i ddileu, ond dim ond nes i chi gau'r dudalen y bydd newidiadau rydych chi'n eu gwneud nawr yn cael eu cadw.
task-page-no-room = Does dim lle ar ôl ar y ddyfais hon i gadw'r tasgau. Tynnwch rai lluniau neu allforiwch y tasgau i ffeil.
task-page-choose-task = Dewiswch dasg, neu gwnewch un newydd.
task-page-add-person-first = Ychwanegwch y person rydych chi'n ei gefnogi, gyda'i lythrennau cyntaf neu god. Does dim angen ei enw.
task-error-prefix = Gwall:
task-people-heading = Pobl
task-people-count = { $count ->
    [one] { $count } dasg
   *[other] { $count } tasg
}
task-people-add-label = Ychwanegu person
task-people-add-hint = Llythrennau cyntaf neu god, fel “AB” neu “J7”.
task-people-add-button = Ychwanegu person
task-list-heading = Tasgau { $label }
task-list-steps = { $count ->
    [one] { $count } cam
   *[other] { $count } cam
}
task-template-label = Dechrau o dasg barod
task-template-choose = Dewiswch dasg
task-template-button = Defnyddio'r dasg hon
task-new-label = Neu ddechrau o ddim
task-new-hint = Rhowch enw i'r dasg, fel “Llenwi'r oergell”.
task-new-button = Gwneud tasg
task-undo-button = Dadwneud
task-redo-button = Ailwneud
task-undo-what = : { $what }

task-editor-open-aid = Agor y cymorth swydd
task-editor-checklist = Rhestr wirio i'w hargraffu
task-editor-title-label = Enw'r dasg
task-editor-workplace-label = Gweithle (dewisol)
task-editor-chaining-legend = Sut byddwch chi'n ei dysgu?
task-editor-version = Fersiwn { $number }.
task-editor-version-taught = Cafodd sesiynau eu cofnodi ar y fersiwn hon. Os byddwch chi'n newid cam, bydd hynny'n gwneud fersiwn newydd, a bydd y sesiynau'n aros gyda'r un hon.
task-editor-steps-heading = Camau ({ $count })
task-editor-drag-hint = Llusgwch gam gerfydd ei ddolen i'w symud, neu defnyddiwch Symud i fyny a Symud i lawr.
task-editor-drag-title = Llusgo i symud
task-step-number = Cam { $number }:
task-step-key = Cam allweddol
task-step-cue = Ciw:
task-step-picture-alt = Llun ar gyfer cam { $number }
task-step-move-up = Symud i fyny
task-step-move-down = Symud i lawr
task-step-edit = Golygu
task-step-which = cam { $number }

task-form-label = Golygu cam { $number }
task-form-instruction-label = Cam { $number }: beth mae'r person yn ei wneud
task-form-instruction-hint = Un weithred, mewn geiriau syml. I'w rannu yn ddau, rhowch y cyrchwr lle mae'r ail gam yn dechrau a dewiswch Rhannu yma.
task-form-cue-label = Ciw naturiol (dewisol)
task-form-cue-hint = Beth yn y gwaith sy'n dweud wrth y person am wneud hyn, fel “mae'r hambwrdd yn llawn”.
task-form-key-label = Cam allweddol: rhaid iddo fod yn iawn bob tro (diogelwch neu ansawdd)
task-form-picture-label = Llun (dewisol)
task-form-picture-hint = Tynnwch lun neu dewiswch un. Caiff ei wneud yn llai a'i gadw ar y ddyfais hon.
task-form-picture-alt = Y llun ar gyfer cam { $number }
task-form-picture-remove = Tynnu'r llun
task-form-save = Cadw'r cam
task-form-cancel = Canslo
task-form-split = Rhannu yma
task-form-join = Uno â'r cam nesaf
task-form-delete = Dileu'r cam

task-new-step-heading = Ychwanegu cam
task-new-step-label = Beth mae'r person yn ei wneud nesaf
task-new-step-button = Ychwanegu cam
task-paste-summary = Gludo llawer o gamau ar unwaith
task-paste-label = Un cam ar bob llinell
task-paste-button = Ychwanegu'r camau hyn

task-delete-ask = Dileu “{ $title }”? Gallwch chi ei ddadwneud.
task-delete-yes = Ie, dileu'r dasg
task-delete-keep = Ei chadw
task-delete-button = Dileu'r dasg hon

task-picture-no-room = Does dim lle ar ôl ar y ddyfais hon i'r llun. Tynnwch rai lluniau a rhowch gynnig arall arni. Mae'r cam ei hun wedi'i gadw.
task-picture-not-picture = Nid llun yw'r ffeil honno. Dewiswch ffotograff (JPEG neu PNG).
task-picture-too-big = Mae'r llun hwnnw'n rhy fawr ({ $size } MB). Dewiswch un o dan { $limit } MB.
task-picture-not-opened = Doedd dim modd agor y llun.
task-picture-not-read = Doedd dim modd darllen y llun hwnnw. Rhowch gynnig ar un arall.
task-picture-empty = Mae'r llun hwnnw'n wag.
task-picture-not-scaled = Doedd dim modd gwneud y llun yn llai.

task-aid-finished = Wedi gorffen. Da iawn!
task-aid-restart = Dechrau eto
task-aid-close-all = Cau'r cymorth swydd
task-aid-progress = Cam { $number } o { $count }
task-aid-when = Pryd: { $cue }
task-aid-key = Cam allweddol: gwnewch e'n iawn bob tro
task-aid-done = Wedi gwneud
task-aid-read = Darllen yn uchel
task-aid-back = Yn ôl
task-aid-close = Cau
task-aid-no-steps = Does dim camau yn y dasg hon eto.
task-aid-back-to-task = Yn ôl i'r dasg

task-checklist-workplace = Gweithle: { $workplace }
task-checklist-print = Argraffu
task-checklist-caption = Rhestr wirio ar gyfer { $title }
task-checklist-step = Cam
task-checklist-what = Beth i'w wneud
task-checklist-picture = Llun
task-checklist-done = Wedi gwneud
task-checklist-key = (cam allweddol)
task-checklist-tick = Blwch ticio

task-page-lead--easy = Rhannwch swydd yn gamau bach.
    Rhowch y camau yn eu trefn.
    Yna dangoswch un cam ar y tro i'r gweithiwr.
task-page-add-person-first--easy = Yn gyntaf, ychwanegwch y person rydych chi'n ei gefnogi.
    Defnyddiwch ei lythrennau cyntaf neu god.
    Does dim angen ei enw.
task-editor-version-taught--easy = Cafodd y fersiwn hon ei defnyddio i ddysgu.
    Os byddwch chi'n newid cam, byddwch chi'n cael fersiwn newydd.
    Mae'r hyn a ddysgwyd yn aros gyda'r un hon.
task-form-instruction-hint--easy = Ysgrifennwch un peth i'w wneud.
    Defnyddiwch eiriau hawdd.
