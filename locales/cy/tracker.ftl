# Traciwr dysgu (#/tracker). Cymraeg: "chi". cam = step, sesiwn = session, lefel help = prompt level.

track-title = Traciwr dysgu
track-lead = Nodwch faint o help oedd ei angen ar bob cam o dasg, sesiwn ar ôl sesiwn. Mae popeth yn cael ei gadw ar y ddyfais hon wrth i chi fynd.
track-lead--easy =
    Nodwch faint o help oedd ei angen ar bob cam.
    Gwnewch hyn bob tro rydych chi'n addysgu'r dasg.
    Mae'n cael ei gadw ar y ddyfais hon.

track-load-failed = Doedd y fersiwn hon o'r ap ddim yn gallu darllen eich sesiynau sydd wedi'u cadw ({ $problem }). Maen nhw dal ar y ddyfais hon a does dim wedi'i ddileu. Ond bydd beth rydych chi'n ei gofnodi nawr yn cael ei gadw dim ond tan i chi gau'r dudalen.
track-load-tasks-failed = Doedd y fersiwn hon o'r ap ddim yn gallu darllen eich tasgau sydd wedi'u cadw ({ $problem }). Does dim wedi'i ddileu.
track-lock-failed = Doedd dim modd nodi bod y dasg wedi'i haddysgu. Felly mae modd newid ei chamau o hyd yn yr adeiladwr tasgau.
track-save-full = Does dim lle ar ôl ar y ddyfais hon i gadw'r sesiynau. Tynnwch rai lluniau yn yr adeiladwr tasgau i wneud lle.

track-no-tasks-before = Does dim tasgau eto. Gwnewch un yn{" "}
track-no-tasks-link = Camau swydd
track-no-tasks-after = {" "}yn gyntaf. Yna dewch yn ôl yma i gofnodi faint o help sydd ei angen ar bob cam.
track-person = Person
track-tasks-count = { $count } tasg
track-tasks-for = Tasgau { $person }
track-person-no-tasks = Dim tasgau eto.
track-person-no-tasks-link = Gwnewch un yn Camau swydd
track-sessions-count = { $count } sesiwn
track-choose-task = Dewiswch dasg.
track-choose-person = Dewiswch y person rydych chi'n ei gefnogi.

track-task-empty = Does dim camau gan y dasg hon eto.
track-task-empty-link = Ychwanegwch ei chamau yn Camau swydd
track-task-summary = { $count } cam. Sut mae'n cael ei addysgu: { $chaining }.
track-start = Dechrau sesiwn
track-levels-heading = Lefelau help ar gyfer y dasg hon
track-aim-heading = Llinell nod

track-task-deleted = Tasg sydd wedi'i dileu
track-session-heading = Sesiwn: { $task }
track-date-time = { $date } am { $time }
track-session-meta = { $date } · Cyfnod { $phase }: { $procedure } · { $scored } o { $count } cam wedi'u sgorio
track-step-number = Cam { $number }
track-step-focus = Y cam sy'n cael ei addysgu nawr
track-step-already = Sgôr nawr: { $level }. Tapiwch fotwm i'w newid.
track-who = Pwy roddodd yr help
track-who-coach = Hyfforddwr swyddi
track-who-co-worker = Cydweithiwr
track-who-job-aid = Cymorth swydd
track-levels-group = Faint o help oedd ei angen ar y cam
track-others-group = Atebion eraill
track-undo = Dadwneud
track-steps-heading = Camau'r sesiwn hon
track-steps-hint = Tapiwch gam i'w sgorio eto.
track-step-words = Cam { $number }: { $words }
track-step-score = { $level } ({ $who })
track-not-scored = Heb ei sgorio eto
track-step-has-note = mae nodyn
track-step-being-taught = yn cael ei addysgu nawr
track-finish = Gorffen y sesiwn
track-discard = Taflu'r sesiwn
track-discard-yes = Ydw, taflwch y sesiwn hon
track-discard-no = Cadw hi
track-step-note-label = Nodyn ar gam
track-step-note-text = Beth ddigwyddodd
track-step-note-save = Cadw nodyn y cam
track-session-note-label = Nodyn ar y sesiwn
track-session-note-hint = Er enghraifft beth aeth yn dda, neu beth oedd yn wahanol heddiw.
track-session-note-save = Cadw nodyn y sesiwn
track-done-title = Mae sgôr gan bob cam.
track-done-hint = Tapiwch gam yn y rhestr i newid ei sgôr, neu gorffennwch y sesiwn.

track-level-independent = Annibynnol
track-level-independent-hint = Gwnaeth y cam heb help ar ôl y ciw naturiol.
track-level-independent-code = I
track-level-gesture = Ystum
track-level-gesture-hint = Roeddech chi'n pwyntio, yn nodio neu'n edrych ar beth i'w wneud nesaf.
track-level-gesture-code = G
track-level-verbal = Llafar
track-level-verbal-hint = Dywedoch chi beth i'w wneud nesaf.
track-level-verbal-code = V
track-level-model = Model
track-level-model-hint = Dangosoch chi'r cam, yna gwnaethon nhw fe.
track-level-model-code = M
track-level-partial = Corfforol rhannol
track-level-partial-hint = Rhoesoch chi gyffyrddiad ysgafn neu arwain rhan o'r symudiad.
track-level-partial-code = P
track-level-full = Corfforol llawn
track-level-full-hint = Arweinioch chi'r symudiad cyfan, llaw dros law.
track-level-full-code = F
track-level-number = Lefel { $number }

track-response-none = Dim ymateb
track-response-none-code = DY
track-response-error = Camgymeriad
track-response-error-code = C
track-response-na = Ddim yn berthnasol
track-response-na-code = DB

track-procedure-least = O'r lleiaf i'r mwyaf
track-procedure-least-hint = Arhoswch, yna rhowch y lleiaf o help sy'n gweithio. Rhowch fwy dim ond os oes angen.
track-procedure-most = O'r mwyaf i'r lleiaf
track-procedure-most-hint = Dechreuwch gyda digon o help i'w gael yn iawn. Yna rhowch lai wrth iddyn nhw ddysgu.
track-procedure-constant = Oedi amser cyson
track-procedure-constant-hint = Rhowch y ciw, arhoswch yr un ychydig eiliadau bob tro, yna helpwch.
track-procedure-progressive = Oedi amser cynyddol
track-procedure-progressive-hint = Ar y dechrau, rhowch y ciw a'r help ar unwaith. Yna arhoswch ychydig yn hirach bob sesiwn.
track-procedure-graduated = Arweiniad graddol
track-procedure-graduated-hint = Arweiniwch y symudiad a llacio'ch dwylo cyn gynted ag y maen nhw'n cymryd drosodd.

track-scored = Cam { $number }: { $level }.
track-rescored = Cam { $number }: wedi newid i { $level }.
track-undone = Wedi dadwneud: y sgôr ar gyfer cam { $number }.
track-step-note-saved = Wedi cadw'r nodyn.
track-session-note-saved = Wedi cadw nodyn y sesiwn.
track-discarded = Wedi taflu'r sesiwn.
track-session-started = Wedi dechrau sesiwn o { $count } cam.
track-session-saved = Wedi cadw'r sesiwn: { $independent } o { $count } cam yn annibynnol.
track-session-saved-empty = Wedi cadw'r sesiwn.
track-session-not-scored = { $count ->
    [one] Chafodd { $count } cam mo'i sgorio.
   *[other] Chafodd { $count } cam mo'u sgorio.
}
track-level-added = Wedi ychwanegu'r lefel.
track-level-changed = Wedi newid y lefel.
track-level-removed = Wedi tynnu'r lefel.
track-level-moved = Wedi symud y lefel.
track-levels-reset = Wedi rhoi'r chwe lefel arferol yn ôl.
track-levels-kept = Mae sesiynau sydd wedi'u cofnodi'n barod yn cadw'r lefelau oedd ganddyn nhw.
track-rules-saved = Wedi cadw'r rheolau.
track-aim-saved = Wedi cadw'r llinell nod.
track-aim-removed = Wedi tynnu'r llinell nod.
track-phase-started = Mae cyfnod { $number } yn dechrau gyda'r sesiwn nesaf: { $what }.
track-downloaded = Wedi llwytho { $file } i lawr.
track-download-failed = Wnaeth y porwr ddim llwytho'r ffeil i lawr.

track-session-already-open = Gorffennwch neu taflwch y sesiwn sydd ar agor yn gyntaf.
track-task-no-steps = Does dim camau gan y dasg hon eto. Ychwanegwch ei chamau yn yr adeiladwr tasgau yn gyntaf.
track-task-too-many-steps = Mae gan y dasg hon fwy o gamau nag y gall y traciwr eu cofnodi.
track-session-none = Dechreuwch sesiwn yn gyntaf.
track-finish-none = Does dim sesiwn i'w gorffen.
track-finish-empty = Sgoriwch o leiaf un cam, neu taflwch y sesiwn.
track-discard-none = Does dim sesiwn i'w thaflu.
track-all-scored = Mae pob cam wedi'i sgorio. Tapiwch gam i newid ei sgôr.
track-step-not-in-session = Dydy'r cam hwnnw ddim yn cael ei gofnodi yn y sesiwn hon.
track-response-not-in-list = Dydy'r lefel help honno ddim ar restr y dasg hon.
track-undo-nothing = Does dim i'w ddadwneud yn y sesiwn hon.
track-step-note-unscored = Sgoriwch y cam yn gyntaf, yna ychwanegwch nodyn ato.
track-note-long = Cadwch nodyn i { $max } nod neu lai. Mae gan hwn { $count }.
track-level-name-missing = Rhowch enw i'r lefel, fel “Llafar”.
track-level-name-long = Cadwch enw lefel i { $max } nod neu lai. Mae gan hwn { $count }.
track-level-code-bad = Rhaid i god y botwm fod yn un llythyren neu un rhif.
track-level-description-long = Cadwch ddisgrifiad lefel i { $max } nod neu lai. Mae gan hwn { $count }.
track-level-code-twice = Mae dwy lefel yn defnyddio cod botwm “{ $code }”. Rhowch ei llythyren ei hun i bob un.
track-levels-full = Mae { $max } lefel ar y mwyaf. Tynnwch un cyn ychwanegu un arall.
track-level-independent-first = Mae Annibynnol yn aros yn gyntaf: mae pob lefel arall yn rhoi mwy o help.
track-level-place-bad = Mae'r lle hwnnw ar ôl diwedd y rhestr.
track-level-not-found = Dydy'r lefel honno ddim yn y rhestr.
track-level-independent-stays = Does dim modd tynnu Annibynnol: dyna beth mae'r addysgu'n gweithio tuag ato.
track-levels-none = Does dim lefelau yn y rhestr lefelau help.
track-levels-too-many = Mae { $count } lefel yn y rhestr lefelau help. Y mwyaf yw { $max }.
track-level-problem = Lefel help “{ $name }”: { $problem }
track-code-one = Teipiwch un llythyren neu un rhif.
track-aim-percents = Mae dechrau a tharged y llinell nod yn ganrannau o 0 i 100.
track-aim-sessions = Dywedwch ym mhen sawl sesiwn (1 i 200) y dylai'r targed gael ei gyrraedd.
track-aim-percent-bad = Teipiwch ganran o 0 i 100.
track-whole-bad = Teipiwch rif cyfan o { $low } i { $high }.
track-rules-whole = Teipiwch rif cyfan ym mhob blwch rheol.
track-rule-mastery-sessions-bad = Dewiswch o 1 i 20 sesiwn ar gyfer meistroli.
track-rule-mastery-percent-bad = Dewiswch ganran meistroli o 1 i 100.
track-rule-fading-bad = Dewiswch o 1 i 10 sesiwn ar gyfer rhoi llai o help ac ar gyfer rhoi mwy o help.
track-rule-no-progress-bad = Dewiswch o 2 i 20 sesiwn heb gynnydd, ac o 1 i 20 pwynt o dan y llinell nod.

track-file-unreadable = Doedd dim modd darllen y ffeil hon: mae rhan ohoni ar goll, neu'r math anghywir o beth. Efallai bod rhywun wedi'i newid. Chafodd dim ei lwytho.
track-file-invalid = { $problem } Chafodd dim ei lwytho.
track-file-id-too-large = Mae rhif adnabod yn y ffeil hon yn llawer mwy nag unrhyw un mae'r ap hwn yn ei wneud, felly efallai bod rhywun wedi newid y ffeil.
track-file-task = y cofnodion addysgu rhif { $number } yn y ffeil
track-file-task-named = y cofnodion addysgu ar gyfer y dasg “{ $task }”
track-file-session = { $task }, sesiwn { $number }
track-file-open-session = Y sesiwn sydd ar agor
track-file-place-problem = { $place }: { $problem }
track-file-task-twice = Mae { $place } yno ddwywaith.
track-file-task-no-phase = Does dim cyfnod addysgu gan { $place }.
track-file-task-phase-order = Mae cyfnodau { $place } yn y drefn anghywir.
track-file-session-other-task = Mae { $place } ar gyfer tasg wahanol i'r cofnodion mae ynddyn nhw.
track-file-session-not-finished = Dydy { $place } ddim wedi gorffen, ond mae gyda'r sesiynau sydd wedi gorffen.
track-file-session-no-phase = Mae { $place } mewn cyfnod addysgu sydd ddim gan y dasg.
track-file-session-same-id = Mae gan { $place } yr un rhif adnabod â sesiwn arall.
track-file-session-steps = Does gan { $place } ddim camau, neu ormod.
track-file-session-note = Mae gan { $place } nodyn sy'n rhy hir.
track-file-session-cursor = Mae { $place } yn pwyntio heibio i'w cham olaf.
track-file-session-stray-score = Mae gan { $place } sgôr ar gyfer cam nad yw'n ei gofnodi.
track-file-session-level = Mae gan { $place } lefel help sydd ddim yn ei rhestr.
track-file-session-step-note = Mae gan { $place } nodyn cam sy'n rhy hir.
track-file-open-saved = Mae'r sesiwn sydd ar agor wedi'i chadw'n barod.

track-progress = Cynnydd
track-report-none = { $task }: dim sesiynau addysgu wedi'u cofnodi eto.
track-report-one = { $task }: 1 sesiwn addysgu, ar { $date }.
track-report-many = { $task }: { $count } sesiwn addysgu, o { $first } i { $last }.
track-report-many-one-day = { $task }: { $count } sesiwn addysgu, i gyd ar { $date }.
track-report-last = Yn y sesiwn olaf, cafodd { $independent } o { $count } cam eu gwneud heb help ({ $percent }).
track-report-more = Mae hynny { $points } pwynt yn fwy nag yn y sesiwn gyntaf.
track-report-less = Mae hynny { $points } pwynt yn llai nag yn y sesiwn gyntaf.
track-report-same = Mae hynny'r un fath ag yn y sesiwn gyntaf.
track-report-learned = Mae { $learned } o { $count } cam wedi'u dysgu.
track-report-fade = { $count ->
    [one] Mae { $count } cam yn barod am newid yn yr help sy'n cael ei roi.
   *[other] Mae { $count } cam yn barod am newid yn yr help sy'n cael ei roi.
}
track-report-stalled = Mae'r dysgu wedi stopio gwella: { $why }
track-print = Argraffu adroddiad cynnydd
track-download = Llwytho'r sesiynau i lawr (CSV)
track-csv-file = sesiynau
track-no-sessions = Dim sesiynau eto. Dechreuwch un i weld cynnydd yma.
track-percent = { $value }%
track-sessions-table = Sesiynau, tabl
track-sessions-caption = Sesiynau
track-col-session = Sesiwn
track-col-date = Dyddiad
track-col-phase = Cyfnod
track-col-alone = Camau heb help
track-col-weighted = Sgôr wedi'i phwysoli
track-alone-cell = { $percent } ({ $independent } o { $count })
track-weighted-hint = Mae'r sgôr wedi'i phwysoli yn rhoi marciau llawn am gam heb help, llai am bob lefel o help, a dim am y mwyaf o help, camgymeriad neu ddim ymateb.
track-weighted-hint--easy =
    Heb help: marciau llawn.
    Mwy o help: llai o farciau.
    Camgymeriad neu ddim ateb: dim marciau.
track-matrix-table = Pob cam, sesiwn ar ôl sesiwn, tabl
track-matrix-caption = Pob cam, sesiwn ar ôl sesiwn
track-col-step = Cam
track-col-learned = Wedi'i ddysgu?
track-not-recorded = heb ei gofnodi
track-key = Allwedd:
track-status-not-started = Heb ei addysgu eto
track-status-learning = Yn dysgu
track-status-mastered = Wedi'i feistroli
track-chart-alone = Camau heb help
track-chart-caption = { $what }, bob sesiwn
track-chart-summary = Siart o { $what } dros { $count } sesiwn: o { $first } yn y gyntaf i { $last } yn yr olaf.
track-chart-empty = Siart heb sesiynau eto.
track-measure-alone = Camau heb help (%)
track-measure-weighted = Sgôr annibyniaeth (%)

track-findings = Beth mae'r rheolau'n ei awgrymu
track-findings-none = Dim i'w newid am nawr.
track-mastery-none = Does dim sesiwn wedi sgorio'r cam hwn eto.
track-mastery-few = Wedi'i sgorio mewn { $count } sesiwn hyd yma. Mae meistroli'n cael ei farnu dros { $needed } yn olynol.
track-mastery-met = Annibynnol mewn { $independent } o'r { $count } sesiwn olaf (mae'r rheol yn gofyn am { $needed }).
track-mastery-not-met = Annibynnol mewn { $independent } o'r { $count } sesiwn olaf. Mae'r rheol yn gofyn am { $needed }.
track-fade = Wedi'i wneud gyda { $from } neu lai o help yn y { $count } sesiwn olaf. Rhowch gynnig ar { $to } nesaf.
track-fade-back = Camgymeriad neu ddim ymateb yn y { $count } sesiwn olaf. Ewch yn ôl un lefel, o { $from } i { $to }, yna rhowch lai o help eto.
track-fade-back-most = Camgymeriad neu ddim ymateb yn y { $count } sesiwn olaf, a hynny ar { $level } yn barod, y mwyaf o help ar y rhestr. Gwiriwch sut mae'r cam yn cael ei addysgu.
track-fade-back-unknown = Camgymeriad neu ddim ymateb yn y { $count } sesiwn olaf. Rhowch un lefel yn fwy o help nag a roesoch chi.
track-stall-below-aim = Roedd y { $count } sesiwn olaf ({ $values }) i gyd o dan y llinell nod.
track-stall-flat = Dim cynnydd dros y { $count } sesiwn olaf ({ $values }): aeth dim un yn uwch na'r gyntaf.
track-stall-title = Mae'r dysgu wedi stopio gwella
track-stall-hint = Siaradwch am hyn gyda'r person a'r tîm. Dewiswch un o'r rhain, a'i gofnodi isod fel cyfnod newydd:

track-option-check = Gwiriwch sut mae'r dull yn cael ei ddefnyddio
track-option-check-hint = Gwyliwch sesiwn: ydy'r ciw, yr aros a'r help yn cael eu rhoi yr un ffordd bob tro, gan bawb?
track-option-split = Rhannwch y cam yn gamau llai
track-option-split-hint = Yn aml mae cam sy'n aros yn anodd yn ddau neu dri cham.
track-option-procedure = Newidiwch y dull addysgu
track-option-procedure-hint = Er enghraifft o'r lleiaf i'r mwyaf i oedi amser, neu i o'r mwyaf i'r lleiaf os oes camgymeriadau o hyd.
track-option-another-way = Rhowch gynnig ar ffordd arall o wneud y dasg
track-option-another-way-hint = Efallai bydd trefn, teclyn neu ddull gwahanol yn well i'r person.
track-option-job-aid = Ychwanegwch neu newidiwch y cymorth swydd
track-option-job-aid-hint = Gall lluniau, rhestr wirio neu jig helpu gyda'r cam mae'r person yn ei golli o hyd.
track-option-redesign = Ailgynllunio'r swydd neu ofyn am addasiad rhesymol
track-option-redesign-hint = Cyfnewidiwch y dasg gyda chydweithiwr, neu newidiwch sut mae'n cael ei gwneud. O dan y Ddeddf Cydraddoldeb 2010, rhaid i'r cyflogwr feddwl am addasiadau rhesymol.

track-phase = Cyfnod { $number }
track-phase-label = Cyfnod { $number }: { $what }
track-phase-from = { $phase }, o { $date }
track-phases = Cyfnodau addysgu
track-phase-new = Dechrau cyfnod newydd
track-phase-procedure = Sut mae help yn cael ei roi
track-phase-agreed = Beth gytunodd y tîm i roi cynnig arno
track-phase-why = Pam
track-phase-no-stall = Dim arafu: dim ond dull newydd
track-phase-note = Nodyn (dewisol)
track-phase-start = Dechrau'r cyfnod newydd

track-rules = Rheolau
track-rules-intro = Mae'r traciwr yn defnyddio'r rhain i ddweud pryd mae cam wedi'i ddysgu, pryd i roi llai o help, a phryd mae'r dysgu wedi stopio. Mae'r rhifau'n dechrau o beth mae ymchwil yn ei awgrymu. Newidiwch nhw os yw'r tîm yn cytuno.
track-rules-intro--easy =
    Mae'r rheolau hyn yn dweud pryd mae cam wedi'i ddysgu.
    Maen nhw'n dweud pryd i roi llai o help.
    Maen nhw'n dweud pryd mae'r dysgu wedi stopio.
    Newidiwch y rhifau os yw'r tîm yn cytuno.
track-rules-mastery = 1. Pryd mae cam wedi'i ddysgu
track-rule-mastery-sessions = Sesiynau yn olynol i edrych arnyn nhw
track-rule-mastery-percent = Canran ohonyn nhw heb help
track-rules-fading = 2. Pryd i newid yr help
track-rule-fade = Sesiynau ar un lefel cyn rhoi llai o help
track-rule-step-back = Sesiynau gyda chamgymeriadau cyn rhoi mwy o help
track-rules-no-progress = 3. Pryd mae'r dysgu wedi stopio
track-rule-flat = Sesiynau heb gynnydd
track-rule-below-aim = Sesiynau o dan y llinell nod
track-usually = Fel arfer { $value }.
track-rules-save = Cadw'r rheolau
track-rule-mastery-warning = Dewisoch chi { $percent }%, sy'n is na { $below }%. Efallai bydd cam wedyn yn cael ei alw'n gam wedi'i ddysgu cyn iddo fod. Mewn astudiaethau, roedd sgiliau wedi'u dysgu i 80% neu lai yn cael eu hanghofio'n amlach na sgiliau wedi'u dysgu i 90% neu 100%.

track-levels-intro = Y lefelau help rydych chi'n cofnodi gyda nhw, o'r lleiaf o help i'r mwyaf. Mae Annibynnol yn aros yn gyntaf. Mae newidiadau'n cyfrif o'r sesiwn nesaf: mae sesiynau sydd wedi'u cofnodi'n barod yn cadw'r lefelau oedd ganddyn nhw.
track-levels-intro--easy =
    Y mathau o help rydych chi'n eu rhoi, o'r lleiaf o help i'r mwyaf.
    Mae Annibynnol bob amser yn gyntaf.
    Mae newid yn cyfrif o'r sesiwn nesaf.
track-level-button = botwm { $code }
track-level-up = Symud i fyny
track-level-down = Symud i lawr
track-level-rename = Ailenwi
track-level-remove = Tynnu
track-levels-reset-button = Yn ôl i'r chwe lefel arferol
track-levels-usual = Dyma'r chwe lefel arferol.
track-levels-reset-question = Rhoi { $levels } yn ôl? Bydd lefelau, enwau a chodau'r dasg hon yn mynd. Mae sesiynau sydd wedi'u cofnodi'n barod yn cadw'r lefelau oedd ganddyn nhw.
track-levels-reset-yes = Ydw, rhowch nhw yn ôl
track-cancel = Canslo
track-save = Cadw
track-level-rename-form = Ailenwi { $name }
track-level-name = Enw
track-level-code = Cod y botwm
track-level-code-hint = Un llythyren neu un rhif, ar y botwm cofnodi. Mae angen ei god ei hun ar bob lefel.
track-level-description = Beth rydych chi'n ei wneud ar y lefel hon (dewisol)
track-level-add-heading = Ychwanegu lefel
track-levels-used = { $count } o { $max } lefel ar y mwyaf.
track-level-where = Ble mae'n mynd
track-level-where-after = Ar ôl { $name }
track-level-where-last = Olaf, ar ôl { $name } (y mwyaf o help)
track-level-add = Ychwanegu'r lefel
track-levels-max = Mae { $max } lefel ar y mwyaf mewn tasg. Tynnwch un i ychwanegu un arall.

track-aim-intro = Mae'r llinell nod yn mynd o ble mae'r person nawr i ble rydych chi eisiau iddyn nhw fod. Pan fydd sesiynau'n aros oddi tani, mae'r traciwr yn dweud efallai bod y dysgu wedi stopio.
track-aim-intro--easy =
    Mae'r llinell nod yn dangos ble rydych chi eisiau i'r person gyrraedd.
    Os yw'r sesiynau'n aros o dan y llinell, efallai bod y dysgu wedi stopio.
track-aim-saved-line = Wedi'i chadw: o { $start }% yn sesiwn { $session } i { $target }% mewn { $count } sesiwn ({ $measure }).
track-aim-measure = Beth mae'r llinell yn ei fesur
track-measure-alone-hint = Y gyfran o'r camau sy'n cael eu gwneud heb help.
track-measure-weighted-hint = Marciau llawn am gam heb help, llai am bob lefel o help.
track-aim-start = Dechrau
track-aim-start-hint = Ble mae'r person nawr, o 0 i 100.
track-aim-target = Targed
track-aim-target-hint = Ble rydych chi eisiau iddyn nhw fod, o 0 i 100.
track-aim-over = Sesiynau i gyrraedd yno
track-aim-over-hint = Mewn sawl sesiwn, o 1 i 200.
track-aim-from = Yn dechrau yn sesiwn
track-aim-from-hint = Fel arfer y sesiwn olaf, cyn i'r addysgu newid.
track-aim-save = Cadw'r llinell nod
track-aim-remove = Tynnu'r llinell nod

track-csv-person = person
track-csv-task = tasg
track-csv-date = dyddiad
track-csv-session = sesiwn
track-csv-version = fersiwn
track-csv-phase = cyfnod
track-csv-procedure = dull
track-csv-step-number = rhif_cam
track-csv-step = cam
track-csv-response = ymateb
track-csv-who = pwy
track-csv-note = nodyn
track-csv-session-note = nodyn_sesiwn
