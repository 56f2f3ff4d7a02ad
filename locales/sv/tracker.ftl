# Inlärningsloggen (#/tracker). Svenska: "du". steg = step, tillfälle = session, hjälpnivå = prompt level.

track-title = Inlärningsloggen
track-lead = Skriv upp hur mycket hjälp varje steg i en uppgift behövde, tillfälle för tillfälle. Allt sparas på den här enheten medan du arbetar.
track-lead--easy =
    Skriv upp hur mycket hjälp varje steg behövde.
    Gör det varje gång du tränar uppgiften.
    Det sparas på den här enheten.

track-load-failed = Den här versionen av appen kan inte läsa dina sparade tillfällen ({ $problem }). De finns kvar på enheten och inget har raderats. Men det du skriver upp nu sparas bara tills du stänger sidan.
track-load-tasks-failed = Den här versionen av appen kan inte läsa dina sparade uppgifter ({ $problem }). Inget har raderats.
track-lock-failed = Uppgiften kunde inte märkas som tränad. Därför går det fortfarande att ändra stegen i uppgiftsverktyget.
track-save-full = Det finns ingen plats kvar på enheten för att spara tillfällena. Ta bort några bilder i uppgiftsverktyget för att få plats.

track-no-tasks-before = Det finns inga uppgifter än. Gör en i{" "}
track-no-tasks-link = Arbetsmoment
track-no-tasks-after = {" "}först. Kom sedan tillbaka hit och skriv upp hur mycket hjälp varje steg behöver.
track-person = Person
track-tasks-count = { $count ->
    [one] { $count } uppgift
   *[other] { $count } uppgifter
}
track-tasks-for = Uppgifter för { $person }
track-person-no-tasks = Inga uppgifter än.
track-person-no-tasks-link = Gör en i Arbetsmoment
track-sessions-count = { $count ->
    [one] { $count } tillfälle
   *[other] { $count } tillfällen
}
track-choose-task = Välj en uppgift.
track-choose-person = Välj personen du stöttar.

track-task-empty = Uppgiften har inga steg än.
track-task-empty-link = Lägg till stegen i Arbetsmoment
track-task-summary = { $count ->
    [one] { $count } steg. Så tränas den: { $chaining }.
   *[other] { $count } steg. Så tränas den: { $chaining }.
}
track-start = Starta tillfälle
track-levels-heading = Hjälpnivåer för uppgiften
track-aim-heading = Mållinje

track-task-deleted = En uppgift som har tagits bort
track-session-heading = Tillfälle: { $task }
track-date-time = { $date } kl. { $time }
track-session-meta = { $date } · Fas { $phase }: { $procedure } · { $scored } av { $count } steg bedömda
track-step-number = Steg { $number }
track-step-focus = Steget som tränas nu
track-step-already = Bedömt nu: { $level }. Tryck på en knapp för att ändra.
track-who = Vem gav hjälpen
track-who-coach = Jobbcoach
track-who-co-worker = Kollega
track-who-job-aid = Hjälpmedel
track-levels-group = Hur mycket hjälp steget behövde
track-others-group = Andra svar
track-undo = Ångra
track-steps-heading = Steg vid det här tillfället
track-steps-hint = Tryck på ett steg för att bedöma det igen.
track-step-words = Steg { $number }: { $words }
track-step-score = { $level } ({ $who })
track-not-scored = Inte bedömt än
track-step-has-note = har en anteckning
track-step-being-taught = tränas nu
track-finish = Avsluta tillfället
track-discard = Släng tillfället
track-discard-yes = Ja, släng det här tillfället
track-discard-no = Behåll det
track-step-note-label = Anteckning om steg
track-step-note-text = Vad som hände
track-step-note-save = Spara anteckningen om steget
track-session-note-label = Anteckning om tillfället
track-session-note-hint = Till exempel vad som gick bra, eller vad som var annorlunda i dag.
track-session-note-save = Spara anteckningen om tillfället
track-done-title = Alla steg är bedömda.
track-done-hint = Tryck på ett steg i listan för att ändra bedömningen, eller avsluta tillfället.

track-level-independent = Självständigt
track-level-independent-hint = Gjorde steget utan hjälp efter den naturliga signalen.
track-level-independent-code = I
track-level-gesture = Gest
track-level-gesture-hint = Du pekade, nickade eller tittade på det som skulle göras.
track-level-gesture-code = G
track-level-verbal = Verbal
track-level-verbal-hint = Du sa vad som skulle göras.
track-level-verbal-code = V
track-level-model = Visa hur
track-level-model-hint = Du visade steget, sedan gjorde personen det.
track-level-model-code = M
track-level-partial = Delvis fysisk
track-level-partial-hint = Du gav en lätt beröring eller styrde en del av rörelsen.
track-level-partial-code = P
track-level-full = Helt fysisk
track-level-full-hint = Du styrde hela rörelsen, hand över hand.
track-level-full-code = F
track-level-number = Nivå { $number }

track-response-none = Ingen reaktion
track-response-none-code = IR
track-response-error = Fel
track-response-error-code = FEL
track-response-na = Inte aktuellt
track-response-na-code = IA

track-procedure-least = Från minst till mest
track-procedure-least-hint = Vänta, ge sedan så lite hjälp som fungerar. Ge mer bara om det behövs.
track-procedure-most = Från mest till minst
track-procedure-most-hint = Börja med så mycket hjälp att det blir rätt. Ge sedan mindre hjälp när personen lär sig.
track-procedure-constant = Fast väntetid
track-procedure-constant-hint = Ge signalen, vänta lika många sekunder varje gång, och hjälp sedan.
track-procedure-progressive = Ökande väntetid
track-procedure-progressive-hint = Ge först signalen och hjälp direkt. Vänta sedan lite längre vid varje tillfälle.
track-procedure-graduated = Gradvis vägledning
track-procedure-graduated-hint = Styr rörelsen och släpp med händerna så fort personen tar över.

track-scored = Steg { $number }: { $level }.
track-rescored = Steg { $number }: ändrat till { $level }.
track-undone = Ångrat: bedömningen av steg { $number }.
track-step-note-saved = Anteckningen är sparad.
track-session-note-saved = Anteckningen om tillfället är sparad.
track-discarded = Tillfället är slängt.
track-session-started = Startade ett tillfälle med { $count } steg.
track-session-saved = Tillfället är sparat: { $independent } av { $count } steg självständigt.
track-session-saved-empty = Tillfället är sparat.
track-session-not-scored = { $count ->
    [one] { $count } steg bedömdes inte.
   *[other] { $count } steg bedömdes inte.
}
track-level-added = Nivån är tillagd.
track-level-changed = Nivån är ändrad.
track-level-removed = Nivån är borttagen.
track-level-moved = Nivån är flyttad.
track-levels-reset = De vanliga sex nivåerna är tillbaka.
track-levels-kept = Tillfällen som redan är sparade behåller sina nivåer.
track-rules-saved = Reglerna är sparade.
track-aim-saved = Mållinjen är sparad.
track-aim-removed = Mållinjen är borttagen.
track-phase-started = Fas { $number } börjar vid nästa tillfälle: { $what }.
track-downloaded = { $file } är nedladdad.
track-download-failed = Webbläsaren ville inte ladda ner filen.

track-session-already-open = Avsluta eller släng det öppna tillfället först.
track-task-no-steps = Uppgiften har inga steg än. Lägg till stegen i uppgiftsverktyget först.
track-task-too-many-steps = Uppgiften har fler steg än loggen kan skriva upp.
track-session-none = Starta ett tillfälle först.
track-finish-none = Det finns inget tillfälle att avsluta.
track-finish-empty = Bedöm minst ett steg, eller släng tillfället.
track-discard-none = Det finns inget tillfälle att slänga.
track-all-scored = Alla steg är bedömda. Tryck på ett steg för att ändra bedömningen.
track-step-not-in-session = Det steget skrivs inte upp vid det här tillfället.
track-response-not-in-list = Den hjälpnivån finns inte i uppgiftens lista.
track-undo-nothing = Det finns inget att ångra vid det här tillfället.
track-step-note-unscored = Bedöm steget först, och skriv sedan en anteckning.
track-note-long = En anteckning får ha högst { $max } tecken. Den här har { $count }.
track-level-name-missing = Ge nivån ett namn, till exempel ”Verbal”.
track-level-name-long = En nivås namn får ha högst { $max } tecken. Det här har { $count }.
track-level-code-bad = Knappkoden måste vara en bokstav eller siffra.
track-level-description-long = En nivås beskrivning får ha högst { $max } tecken. Den här har { $count }.
track-level-code-twice = Två nivåer har knappkoden ”{ $code }”. Ge varje nivå en egen bokstav.
track-levels-full = Det får finnas högst { $max } nivåer. Ta bort en innan du lägger till en ny.
track-level-independent-first = Självständigt står alltid först: alla andra nivåer ger mer hjälp.
track-level-place-bad = Den platsen ligger efter slutet av listan.
track-level-not-found = Den nivån finns inte i listan.
track-level-independent-stays = Självständigt kan inte tas bort: det är målet med träningen.
track-levels-none = Listan med hjälpnivåer är tom.
track-levels-too-many = Listan har { $count } hjälpnivåer. Det högsta antalet är { $max }.
track-level-problem = Hjälpnivå ”{ $name }”: { $problem }
track-code-one = Skriv en bokstav eller siffra.
track-aim-percents = Mållinjens start och mål är procent från 0 till 100.
track-aim-sessions = Skriv på hur många tillfällen (1 till 200) målet ska nås.
track-aim-percent-bad = Skriv en procentsats från 0 till 100.
track-whole-bad = Skriv ett heltal från { $low } till { $high }.
track-rules-whole = Skriv ett heltal i varje ruta för reglerna.
track-rule-mastery-sessions-bad = Välj 1 till 20 tillfällen för när ett steg är inlärt.
track-rule-mastery-percent-bad = Välj en procentsats från 1 till 100 för när ett steg är inlärt.
track-rule-fading-bad = Välj 1 till 10 tillfällen för mindre hjälp och för mer hjälp.
track-rule-no-progress-bad = Välj 2 till 20 tillfällen utan framsteg, och 1 till 20 punkter under mållinjen.

track-file-unreadable = Filen gick inte att läsa: en del saknas eller är av fel sort. Den kan ha ändrats. Inget lästes in.
track-file-invalid = { $problem } Inget lästes in.
track-file-id-too-large = Ett nummer i filen är mycket större än något som appen gör. Filen kan ha ändrats.
track-file-task = Träningsanteckningarna med nummer { $number } i filen
track-file-task-named = Träningsanteckningarna för uppgiften “{ $task }”
track-file-session = { $task }, tillfälle { $number }
track-file-open-session = Det öppna tillfället
track-file-place-problem = { $place }: { $problem }
track-file-task-twice = { $place } finns med två gånger.
track-file-task-no-phase = { $place } har ingen träningsfas.
track-file-task-phase-order = { $place } har faserna i fel ordning.
track-file-session-other-task = { $place } gäller en annan uppgift än anteckningarna det ligger i.
track-file-session-not-finished = { $place } är inte avslutat men ligger bland de avslutade tillfällena.
track-file-session-no-phase = { $place } hör till en träningsfas som uppgiften inte har.
track-file-session-same-id = { $place } har samma nummer som ett annat tillfälle.
track-file-session-steps = { $place } har inga steg eller för många steg.
track-file-session-note = { $place } har en för lång anteckning.
track-file-session-cursor = { $place } pekar förbi sitt sista steg.
track-file-session-stray-score = { $place } har en bedömning för ett steg som inte hör dit.
track-file-session-level = { $place } har en hjälpnivå som inte finns i listan.
track-file-session-step-note = { $place } har en för lång anteckning om ett steg.
track-file-open-saved = Det öppna tillfället är redan sparat.

track-progress = Framsteg
track-report-none = { $task }: inga träningstillfällen sparade än.
track-report-one = { $task }: 1 träningstillfälle, den { $date }.
track-report-many = { $task }: { $count } träningstillfällen, från { $first } till { $last }.
track-report-many-one-day = { $task }: { $count } träningstillfällen, alla den { $date }.
track-report-last = Vid det senaste tillfället gjordes { $independent } av { $count } steg utan hjälp ({ $percent }).
track-report-more = Det är { $points } procentenheter mer än vid det första tillfället.
track-report-less = Det är { $points } procentenheter mindre än vid det första tillfället.
track-report-same = Det är lika mycket som vid det första tillfället.
track-report-learned = { $learned } av { $count } steg är inlärda.
track-report-fade = { $count ->
    [one] { $count } steg är redo för en ändring av hjälpen.
   *[other] { $count } steg är redo för en ändring av hjälpen.
}
track-report-stalled = Inlärningen går inte framåt längre: { $why }
track-print = Skriv ut en rapport
track-download = Ladda ner tillfällena (CSV)
track-csv-file = tillfallen
track-no-sessions = Inga tillfällen än. Starta ett för att se framstegen här.
track-percent = { $value } %
track-sessions-table = Tillfällen, tabell
track-sessions-caption = Tillfällen
track-col-session = Tillfälle
track-col-date = Datum
track-col-phase = Fas
track-col-alone = Steg utan hjälp
track-col-weighted = Viktat resultat
track-alone-cell = { $percent } ({ $independent } av { $count })
track-weighted-hint = Det viktade resultatet ger full poäng för ett steg utan hjälp, mindre för varje hjälpnivå och ingen poäng för mest hjälp, fel eller ingen reaktion.
track-weighted-hint--easy =
    Utan hjälp: full poäng.
    Mer hjälp: färre poäng.
    Fel eller inget svar: ingen poäng.
track-matrix-table = Varje steg, tillfälle för tillfälle, tabell
track-matrix-caption = Varje steg, tillfälle för tillfälle
track-col-step = Steg
track-col-learned = Inlärt?
track-not-recorded = inte skrivet
track-key = Förklaring:
track-status-not-started = Inte tränat än
track-status-learning = Lär sig
track-status-mastered = Inlärt
track-chart-alone = Steg gjorda utan hjälp
track-chart-caption = { $what }, varje tillfälle
track-chart-summary = { $count ->
    [one] Diagram över { $what } under { $count } tillfälle: från { $first } det första till { $last } det senaste.
   *[other] Diagram över { $what } under { $count } tillfällen: från { $first } det första till { $last } det senaste.
}
track-chart-empty = Diagram utan tillfällen än.
track-measure-alone = Steg gjorda självständigt (%)
track-measure-weighted = Självständighetsresultat (%)

track-findings = Vad reglerna föreslår
track-findings-none = Inget att ändra just nu.
track-mastery-none = Inget tillfälle har bedömt det här steget än.
track-mastery-few = { $count ->
    [one] Bedömt vid { $count } tillfälle hittills. Om steget är inlärt avgörs över { $needed } tillfällen i rad.
   *[other] Bedömt vid { $count } tillfällen hittills. Om steget är inlärt avgörs över { $needed } tillfällen i rad.
}
track-mastery-met = Självständigt vid { $independent } av de senaste { $count } tillfällena (regeln kräver { $needed }).
track-mastery-not-met = Självständigt vid { $independent } av de senaste { $count } tillfällena. Regeln kräver { $needed }.
track-fade = { $count ->
    [one] Gjort med { $from } eller mindre hjälp vid det senaste tillfället. Prova { $to } nu.
   *[other] Gjort med { $from } eller mindre hjälp vid de senaste { $count } tillfällena. Prova { $to } nu.
}
track-fade-back = Fel eller ingen reaktion vid de senaste { $count } tillfällena. Gå tillbaka en nivå, från { $from } till { $to }, och minska sedan hjälpen igen.
track-fade-back-most = Fel eller ingen reaktion vid de senaste { $count } tillfällena, redan på { $level }, den mesta hjälpen i listan. Titta på hur steget lärs ut.
track-fade-back-unknown = Fel eller ingen reaktion vid de senaste { $count } tillfällena. Ge en nivå mer hjälp än du gav.
track-stall-below-aim = De senaste { $count } tillfällena ({ $values }) låg alla under mållinjen.
track-stall-flat = Inga framsteg under de senaste { $count } tillfällena ({ $values }): inget blev bättre än det första.
track-stall-title = Inlärningen går inte framåt längre
track-stall-hint = Prata med personen och teamet. Välj en av de här sakerna och skriv upp den nedan som en ny fas:

track-option-check = Kontrollera hur metoden används
track-option-check-hint = Titta på ett tillfälle: ges signalen, väntan och hjälpen på samma sätt varje gång, av alla?
track-option-split = Dela steget i mindre steg
track-option-split-hint = Ett steg som fortsätter att vara svårt är ofta två eller tre steg.
track-option-procedure = Byt sätt att lära ut
track-option-procedure-hint = Till exempel från minst till mest till väntetid, eller till mest till minst om felen fortsätter.
track-option-another-way = Prova ett annat sätt att göra uppgiften
track-option-another-way-hint = En annan ordning, ett annat verktyg eller en annan metod kan passa personen bättre.
track-option-job-aid = Lägg till eller ändra hjälpmedlet
track-option-job-aid-hint = Bilder, en checklista eller en mall kan hjälpa med steget som personen ofta missar.
track-option-redesign = Ändra arbetet eller be om en rimlig anpassning
track-option-redesign-hint = Byt uppgift med en kollega, eller ändra hur den görs. Enligt den brittiska lagen Equality Act 2010 måste arbetsgivaren tänka på rimliga anpassningar.

track-phase = Fas { $number }
track-phase-label = Fas { $number }: { $what }
track-phase-from = { $phase }, från { $date }
track-phases = Träningsfaser
track-phase-new = Starta en ny fas
track-phase-procedure = Hur hjälpen ges
track-phase-agreed = Vad teamet bestämde att prova
track-phase-why = Varför
track-phase-no-stall = Inget stopp: bara ett nytt sätt
track-phase-note = Anteckning (frivillig)
track-phase-start = Starta den nya fasen

track-rules = Regler
track-rules-intro = Loggen använder de här reglerna för att säga när ett steg är inlärt, när du kan ge mindre hjälp och när inlärningen har stannat. Talen bygger på forskning. Ändra dem om teamet är överens.
track-rules-intro--easy =
    Reglerna säger när ett steg är inlärt.
    De säger när du ska ge mindre hjälp.
    De säger när inlärningen har stannat.
    Ändra talen om teamet tycker det.
track-rules-mastery = 1. När ett steg är inlärt
track-rule-mastery-sessions = Tillfällen i rad att titta på
track-rule-mastery-percent = Procent av dem utan hjälp
track-rules-fading = 2. När hjälpen ska ändras
track-rule-fade = Tillfällen på en nivå innan du provar mindre hjälp
track-rule-step-back = Tillfällen med fel innan du ger mer hjälp
track-rules-no-progress = 3. När inlärningen har stannat
track-rule-flat = Tillfällen utan framsteg
track-rule-below-aim = Tillfällen under mållinjen
track-usually = Oftast { $value }.
track-rules-save = Spara reglerna
track-rule-mastery-warning = Du valde { $percent } %, vilket är under { $below } %. Då kan ett steg kallas inlärt innan det är det. I studier glömdes färdigheter som lärts in till 80 % eller mindre oftare än färdigheter som lärts in till 90 % eller 100 %.

track-levels-intro = Hjälpnivåerna du skriver upp med, från minst hjälp till mest. Självständigt står alltid först. Ändringar gäller från nästa tillfälle: tillfällen som redan är sparade behåller sina nivåer.
track-levels-intro--easy =
    Sorterna av hjälp du ger, från minst hjälp till mest hjälp.
    Självständigt står alltid först.
    En ändring gäller från nästa tillfälle.
track-level-button = knapp { $code }
track-level-up = Flytta upp
track-level-down = Flytta ner
track-level-rename = Byt namn
track-level-remove = Ta bort
track-levels-reset-button = Tillbaka till de vanliga sex nivåerna
track-levels-usual = Det här är de vanliga sex nivåerna.
track-levels-reset-question = Sätta tillbaka { $levels }? Uppgiftens egna nivåer, namn och koder försvinner. Tillfällen som redan är sparade behåller sina nivåer.
track-levels-reset-yes = Ja, sätt tillbaka dem
track-cancel = Avbryt
track-save = Spara
track-level-rename-form = Byt namn på { $name }
track-level-name = Namn
track-level-code = Knappkod
track-level-code-hint = En bokstav eller siffra som syns på knappen. Varje nivå behöver en egen.
track-level-description = Vad du gör på den här nivån (frivilligt)
track-level-add-heading = Lägg till en nivå
track-levels-used = { $count } av högst { $max } nivåer.
track-level-where = Var den ska stå
track-level-where-after = Efter { $name }
track-level-where-last = Sist, efter { $name } (mest hjälp)
track-level-add = Lägg till nivån
track-levels-max = En uppgift har högst { $max } nivåer. Ta bort en för att lägga till en ny.

track-aim-intro = Mållinjen går från där personen är nu till där du vill att personen ska vara. Om tillfällena ligger under den säger loggen att inlärningen kanske har stannat.
track-aim-intro--easy =
    Mållinjen visar vart du vill att personen ska komma.
    Om tillfällena ligger under linjen kanske inlärningen har stannat.
track-aim-saved-line = { $count ->
    [one] Sparad: från { $start } % vid tillfälle { $session } till { $target } % på { $count } tillfälle ({ $measure }).
   *[other] Sparad: från { $start } % vid tillfälle { $session } till { $target } % på { $count } tillfällen ({ $measure }).
}
track-aim-measure = Vad linjen mäter
track-measure-alone-hint = Andelen steg som görs utan hjälp.
track-measure-weighted-hint = Full poäng för ett steg utan hjälp, mindre för varje hjälpnivå.
track-aim-start = Start
track-aim-start-hint = Där personen är nu, från 0 till 100.
track-aim-target = Mål
track-aim-target-hint = Där du vill att personen ska vara, från 0 till 100.
track-aim-over = Tillfällen för att nå dit
track-aim-over-hint = På hur många tillfällen, från 1 till 200.
track-aim-from = Börjar vid tillfälle
track-aim-from-hint = Oftast det senaste tillfället, innan träningen ändras.
track-aim-save = Spara mållinjen
track-aim-remove = Ta bort mållinjen

track-csv-person = person
track-csv-task = uppgift
track-csv-date = datum
track-csv-session = tillfalle
track-csv-version = version
track-csv-phase = fas
track-csv-procedure = metod
track-csv-step-number = stegnummer
track-csv-step = steg
track-csv-response = svar
track-csv-who = vem
track-csv-note = anteckning
track-csv-session-note = anteckning_tillfalle
