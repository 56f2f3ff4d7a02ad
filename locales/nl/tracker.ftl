# Leervolger (#/tracker). Nederlands: "je". stap = step, sessie = session, hulpniveau = prompt level.

track-title = Leervolger
track-lead = Schrijf op hoeveel hulp elke stap van een taak nodig had, sessie na sessie. Alles wordt meteen op dit apparaat bewaard.
track-lead--easy =
    Schrijf op hoeveel hulp elke stap nodig had.
    Doe dit elke keer dat je de taak aanleert.
    Het wordt bewaard op dit apparaat.

track-load-failed = Deze versie van de app kan je bewaarde sessies niet lezen ({ $problem }). Ze staan nog op dit apparaat en er is niets gewist. Maar wat je nu opschrijft, blijft alleen bewaard tot je de pagina sluit.
track-load-tasks-failed = Deze versie van de app kan je bewaarde taken niet lezen ({ $problem }). Er is niets gewist.
track-lock-failed = De taak kon niet als geoefend worden gemarkeerd. Je kunt de stappen dus nog veranderen in de takenmaker.
track-save-full = Er is geen ruimte meer op dit apparaat om de sessies te bewaren. Haal wat foto's weg in de takenmaker om ruimte te maken.

track-no-tasks-before = Er zijn nog geen taken. Maak er eerst een in{" "}
track-no-tasks-link = Werkstappen
track-no-tasks-after = . Kom daarna hier terug om op te schrijven hoeveel hulp elke stap nodig heeft.
track-person = Persoon
track-tasks-count = { $count ->
    [one] { $count } taak
   *[other] { $count } taken
}
track-tasks-for = Taken van { $person }
track-person-no-tasks = Nog geen taken.
track-person-no-tasks-link = Maak er een in Werkstappen
track-sessions-count = { $count ->
    [one] { $count } sessie
   *[other] { $count } sessies
}
track-choose-task = Kies een taak.
track-choose-person = Kies de persoon die je begeleidt.

track-task-empty = Deze taak heeft nog geen stappen.
track-task-empty-link = Voeg de stappen toe in Werkstappen
track-task-summary = { $count ->
    [one] { $count } stap. Zo wordt hij geleerd: { $chaining }.
   *[other] { $count } stappen. Zo wordt hij geleerd: { $chaining }.
}
track-start = Sessie starten
track-levels-heading = Hulpniveaus voor deze taak
track-aim-heading = Doellijn

track-task-deleted = Een taak die is gewist
track-session-heading = Sessie: { $task }
track-date-time = { $date } om { $time }
track-session-meta = { $count ->
    [one] { $date } · Fase { $phase }: { $procedure } · { $scored } van { $count } stap gescoord
   *[other] { $date } · Fase { $phase }: { $procedure } · { $scored } van { $count } stappen gescoord
}
track-step-number = Stap { $number }
track-step-focus = De stap die nu wordt geleerd
track-step-already = Nu gescoord: { $level }. Tik op een knop om het te veranderen.
track-who = Wie gaf de hulp
track-who-coach = Jobcoach
track-who-co-worker = Collega
track-who-job-aid = Hulpmiddel
track-levels-group = Hoeveel hulp de stap nodig had
track-others-group = Andere antwoorden
track-undo = Ongedaan maken
track-steps-heading = Stappen in deze sessie
track-steps-hint = Tik op een stap om die opnieuw te scoren.
track-step-words = Stap { $number }: { $words }
track-step-score = { $level } ({ $who })
track-not-scored = Nog niet gescoord
track-step-has-note = heeft een notitie
track-step-being-taught = wordt nu geleerd
track-finish = Sessie afronden
track-discard = Sessie weggooien
track-discard-yes = Ja, gooi deze sessie weg
track-discard-no = Bewaren
track-step-note-label = Notitie bij stap
track-step-note-text = Wat er gebeurde
track-step-note-save = Notitie bij stap bewaren
track-session-note-label = Notitie bij de sessie
track-session-note-hint = Bijvoorbeeld wat goed ging, of wat vandaag anders was.
track-session-note-save = Notitie bij sessie bewaren
track-done-title = Elke stap heeft een score.
track-done-hint = Tik op een stap in de lijst om de score te veranderen, of rond de sessie af.

track-level-independent = Zelfstandig
track-level-independent-hint = Deed de stap zonder hulp na de natuurlijke aanwijzing.
track-level-independent-code = Z
track-level-gesture = Gebaar
track-level-gesture-hint = Je wees, knikte of keek naar wat er nu moest gebeuren.
track-level-gesture-code = G
track-level-verbal = Verbaal
track-level-verbal-hint = Je zei wat er nu moest gebeuren.
track-level-verbal-code = V
track-level-model = Laten zien
track-level-model-hint = Je deed de stap voor, daarna deed de persoon het.
track-level-model-code = L
track-level-partial = Deels fysiek
track-level-partial-hint = Je gaf een lichte aanraking of stuurde een deel van de beweging.
track-level-partial-code = D
track-level-full = Helemaal fysiek
track-level-full-hint = Je stuurde de hele beweging, hand over hand.
track-level-full-code = H
track-level-number = Niveau { $number }

track-response-none = Geen reactie
track-response-none-code = GR
track-response-error = Fout
track-response-error-code = F
track-response-na = Niet van toepassing
track-response-na-code = NVT

track-procedure-least = Van minst naar meest
track-procedure-least-hint = Wacht, geef dan zo weinig hulp als werkt. Geef alleen meer als het nodig is.
track-procedure-most = Van meest naar minst
track-procedure-most-hint = Begin met genoeg hulp om het goed te doen. Geef daarna minder hulp als de persoon het leert.
track-procedure-constant = Vaste wachttijd
track-procedure-constant-hint = Geef de aanwijzing, wacht elke keer even lang (een paar seconden), en help dan.
track-procedure-progressive = Groeiende wachttijd
track-procedure-progressive-hint = Geef eerst de aanwijzing en meteen hulp. Wacht daarna elke sessie iets langer.
track-procedure-graduated = Geleidelijke begeleiding
track-procedure-graduated-hint = Stuur de beweging en haal je handen weg zodra de persoon het overneemt.

track-scored = Stap { $number }: { $level }.
track-rescored = Stap { $number }: veranderd in { $level }.
track-undone = Ongedaan gemaakt: de score van stap { $number }.
track-step-note-saved = De notitie is bewaard.
track-session-note-saved = De notitie bij de sessie is bewaard.
track-discarded = De sessie is weggegooid.
track-session-started = { $count ->
    [one] Sessie van { $count } stap gestart.
   *[other] Sessie van { $count } stappen gestart.
}
track-session-saved = Sessie bewaard: { $independent } van { $count } stappen zelfstandig.
track-session-saved-empty = Sessie bewaard.
track-session-not-scored = { $count ->
    [one] { $count } stap is niet gescoord.
   *[other] { $count } stappen zijn niet gescoord.
}
track-level-added = Het niveau is toegevoegd.
track-level-changed = Het niveau is veranderd.
track-level-removed = Het niveau is weggehaald.
track-level-moved = Het niveau is verplaatst.
track-levels-reset = De gewone zes niveaus zijn terug.
track-levels-kept = Sessies die al zijn opgeschreven, houden de niveaus waarmee ze zijn opgeschreven.
track-rules-saved = De regels zijn bewaard.
track-aim-saved = De doellijn is bewaard.
track-aim-removed = De doellijn is weggehaald.
track-phase-started = Fase { $number } begint bij de volgende sessie: { $what }.
track-downloaded = { $file } is gedownload.
track-download-failed = De browser wilde het bestand niet downloaden.

track-session-already-open = Rond eerst de open sessie af, of gooi hem weg.
track-task-no-steps = Deze taak heeft nog geen stappen. Voeg eerst de stappen toe in de takenmaker.
track-task-too-many-steps = Deze taak heeft meer stappen dan de leervolger kan opschrijven.
track-session-none = Start eerst een sessie.
track-finish-none = Er is geen sessie om af te ronden.
track-finish-empty = Scoor minstens één stap, of gooi de sessie weg.
track-discard-none = Er is geen sessie om weg te gooien.
track-all-scored = Elke stap is gescoord. Tik op een stap om de score te veranderen.
track-step-not-in-session = Die stap hoort niet bij deze sessie.
track-response-not-in-list = Dat hulpniveau staat niet in de lijst van deze taak.
track-undo-nothing = Er is niets om ongedaan te maken in deze sessie.
track-step-note-unscored = Scoor eerst de stap, en schrijf er dan een notitie bij.
track-note-long = Houd een notitie op { $max } tekens of minder. Deze heeft er { $count }.
track-level-name-missing = Geef het niveau een naam, zoals “Verbaal”.
track-level-name-long = Houd de naam van een niveau op { $max } tekens of minder. Deze heeft er { $count }.
track-level-code-bad = De knopcode moet één letter of cijfer zijn.
track-level-description-long = Houd de uitleg van een niveau op { $max } tekens of minder. Deze heeft er { $count }.
track-level-code-twice = Twee niveaus hebben de knopcode “{ $code }”. Geef elk niveau een eigen letter.
track-levels-full = Er zijn hoogstens { $max } niveaus. Haal er eerst een weg voor je een nieuw niveau toevoegt.
track-level-independent-first = Zelfstandig blijft bovenaan: elk ander niveau geeft meer hulp.
track-level-place-bad = Die plek ligt na het einde van de lijst.
track-level-not-found = Dat niveau staat niet in de lijst.
track-level-independent-stays = Zelfstandig kan niet weg: daar werkt het leren naartoe.
track-levels-none = De lijst met hulpniveaus is leeg.
track-levels-too-many = De lijst heeft { $count } hulpniveaus. Het hoogste aantal is { $max }.
track-level-problem = Hulpniveau “{ $name }”: { $problem }
track-code-one = Typ één letter of cijfer.
track-aim-percents = Het begin en het doel van de doellijn zijn procenten van 0 tot 100.
track-aim-sessions = Zeg in hoeveel sessies (1 tot 200) het doel bereikt moet zijn.
track-aim-percent-bad = Typ een percentage van 0 tot 100.
track-whole-bad = Typ een heel getal van { $low } tot { $high }.
track-rules-whole = Typ een heel getal in elk vak van de regels.
track-rule-mastery-sessions-bad = Kies 1 tot 20 sessies om te bepalen of een stap is geleerd.
track-rule-mastery-percent-bad = Kies een percentage van 1 tot 100 om te bepalen of een stap is geleerd.
track-rule-fading-bad = Kies 1 tot 10 sessies voor minder hulp en voor meer hulp.
track-rule-no-progress-bad = Kies 2 tot 20 sessies zonder vooruitgang, en 1 tot 20 punten onder de doellijn.

track-file-unreadable = Dit bestand kan niet worden gelezen: een deel ontbreekt, of is van de verkeerde soort. Misschien is het veranderd. Er is niets geladen.
track-file-invalid = { $problem } Er is niets geladen.
track-file-id-too-large = Een nummer in dit bestand is veel groter dan deze app ooit maakt. Misschien is het bestand veranderd.
track-file-task = De leergegevens met nummer { $number } in het bestand
track-file-task-named = De leergegevens voor de taak “{ $task }”
track-file-session = { $task }, sessie { $number }
track-file-open-session = De open sessie
track-file-place-problem = { $place }: { $problem }
track-file-task-twice = { $place } staat er twee keer in.
track-file-task-no-phase = { $place } heeft geen leerfase.
track-file-task-phase-order = { $place } heeft de fasen in de verkeerde volgorde.
track-file-session-other-task = { $place } hoort bij een andere taak dan de leergegevens waar de sessie in staat.
track-file-session-not-finished = { $place } is niet af, maar staat bij de afgeronde sessies.
track-file-session-no-phase = { $place } hoort bij een leerfase die de taak niet heeft.
track-file-session-same-id = { $place } heeft hetzelfde nummer als een andere sessie.
track-file-session-steps = { $place } heeft geen stappen of te veel stappen.
track-file-session-note = { $place } heeft een notitie die te lang is.
track-file-session-cursor = { $place } wijst voorbij de laatste stap.
track-file-session-stray-score = { $place } heeft een score voor een stap die er niet bij hoort.
track-file-session-level = { $place } heeft een hulpniveau dat niet in de lijst staat.
track-file-session-step-note = { $place } heeft een notitie bij een stap die te lang is.
track-file-open-saved = De open sessie is al bewaard.

track-progress = Vooruitgang
track-report-none = { $task }: nog geen sessies opgeschreven.
track-report-one = { $task }: 1 sessie, op { $date }.
track-report-many = { $task }: { $count } sessies, van { $first } tot { $last }.
track-report-many-one-day = { $task }: { $count } sessies, allemaal op { $date }.
track-report-last = In de laatste sessie werden { $independent } van de { $count } stappen zonder hulp gedaan ({ $percent }).
track-report-more = Dat is { $points } punten meer dan in de eerste sessie.
track-report-less = Dat is { $points } punten minder dan in de eerste sessie.
track-report-same = Dat is hetzelfde als in de eerste sessie.
track-report-learned = { $learned } van de { $count } stappen zijn geleerd.
track-report-fade = { $count ->
    [one] { $count } stap is klaar voor een verandering in de hulp.
   *[other] { $count } stappen zijn klaar voor een verandering in de hulp.
}
track-report-stalled = Het leren gaat niet meer vooruit: { $why }
track-print = Een verslag afdrukken
track-download = De sessies downloaden (CSV)
track-csv-file = sessies
track-no-sessions = Nog geen sessies. Start er een om hier de vooruitgang te zien.
track-percent = { $value }%
track-sessions-table = Sessies, tabel
track-sessions-caption = Sessies
track-col-session = Sessie
track-col-date = Datum
track-col-phase = Fase
track-col-alone = Stappen zelfstandig
track-col-weighted = Gewogen score
track-alone-cell = { $percent } ({ $independent } van { $count })
track-weighted-hint = De gewogen score geeft alle punten voor een stap zonder hulp, minder voor elk hulpniveau, en geen punten voor de meeste hulp, een fout of geen reactie.
track-weighted-hint--easy =
    Zonder hulp: alle punten.
    Meer hulp: minder punten.
    Een fout of geen reactie: geen punten.
track-matrix-table = Elke stap, sessie na sessie, tabel
track-matrix-caption = Elke stap, sessie na sessie
track-col-step = Stap
track-col-learned = Geleerd?
track-not-recorded = niet opgeschreven
track-key = Uitleg:
track-status-not-started = Nog niet geleerd
track-status-learning = Aan het leren
track-status-mastered = Geleerd
track-chart-alone = Stappen zelfstandig gedaan
track-chart-caption = { $what }, per sessie
track-chart-summary = { $count ->
    [one] Grafiek van { $what } over { $count } sessie: van { $first } in de eerste tot { $last } in de laatste.
   *[other] Grafiek van { $what } over { $count } sessies: van { $first } in de eerste tot { $last } in de laatste.
}
track-chart-empty = Grafiek zonder sessies.
track-measure-alone = Stappen zelfstandig gedaan (%)
track-measure-weighted = Zelfstandigheidsscore (%)

track-findings = Wat de regels voorstellen
track-findings-none = Nu niets te veranderen.
track-mastery-none = Deze stap is nog in geen enkele sessie gescoord.
track-mastery-few = { $count ->
    [one] Tot nu toe in { $count } sessie gescoord. Of de stap geleerd is, kijken we over { $needed } sessies na elkaar.
   *[other] Tot nu toe in { $count } sessies gescoord. Of de stap geleerd is, kijken we over { $needed } sessies na elkaar.
}
track-mastery-met = Zelfstandig in { $independent } van de laatste { $count } sessies (de regel vraagt { $needed }).
track-mastery-not-met = Zelfstandig in { $independent } van de laatste { $count } sessies. De regel vraagt { $needed }.
track-fade = { $count ->
    [one] Gedaan met { $from } of minder hulp in de laatste sessie. Probeer nu { $to }.
   *[other] Gedaan met { $from } of minder hulp in de laatste { $count } sessies. Probeer nu { $to }.
}
track-fade-back = Een fout of geen reactie in de laatste { $count } sessies. Ga een niveau terug, van { $from } naar { $to }, en geef daarna weer minder hulp.
track-fade-back-most = Een fout of geen reactie in de laatste { $count } sessies, terwijl je al op { $level } zat, de meeste hulp in de lijst. Kijk hoe de stap wordt aangeleerd.
track-fade-back-unknown = Een fout of geen reactie in de laatste { $count } sessies. Geef een niveau meer hulp dan je gaf.
track-stall-below-aim = De laatste { $count } sessies ({ $values }) lagen allemaal onder de doellijn.
track-stall-flat = Geen vooruitgang in de laatste { $count } sessies ({ $values }): geen enkele kwam boven de eerste uit.
track-stall-title = Het leren gaat niet meer vooruit
track-stall-hint = Praat erover met de persoon en het team. Kies een van deze dingen en schrijf het hieronder op als een nieuwe fase:

track-option-check = Kijk hoe de aanpak wordt gebruikt
track-option-check-hint = Kijk mee bij een sessie: krijgt de persoon de aanwijzing, de wachttijd en de hulp elke keer op dezelfde manier, van iedereen?
track-option-split = Verdeel de stap in kleinere stappen
track-option-split-hint = Een stap die moeilijk blijft, is vaak eigenlijk twee of drie stappen.
track-option-procedure = Verander de manier van aanleren
track-option-procedure-hint = Bijvoorbeeld van minst naar meest naar wachttijd, of naar van meest naar minst als er fouten blijven.
track-option-another-way = Probeer een andere manier om de taak te doen
track-option-another-way-hint = Een andere volgorde, een ander gereedschap of een andere manier past misschien beter bij de persoon.
track-option-job-aid = Voeg een hulpmiddel toe of verander het
track-option-job-aid-hint = Foto's, een lijstje of een mal kunnen helpen bij de stap die de persoon steeds mist.
track-option-redesign = Pas het werk aan of vraag om een redelijke aanpassing
track-option-redesign-hint = Ruil de taak met een collega, of verander hoe hij wordt gedaan. Volgens de Britse Equality Act 2010 moet de werkgever nadenken over redelijke aanpassingen.

track-phase = Fase { $number }
track-phase-label = Fase { $number }: { $what }
track-phase-from = { $phase }, vanaf { $date }
track-phases = Leerfasen
track-phase-new = Een nieuwe fase starten
track-phase-procedure = Hoe de hulp wordt gegeven
track-phase-agreed = Wat het team wil proberen
track-phase-why = Waarom
track-phase-no-stall = Geen stilstand: alleen een nieuwe aanpak
track-phase-note = Notitie (mag leeg blijven)
track-phase-start = De nieuwe fase starten

track-rules = Regels
track-rules-intro = De leervolger gebruikt deze regels om te zeggen wanneer een stap is geleerd, wanneer je minder hulp kunt geven en wanneer het leren stilstaat. De getallen komen uit onderzoek. Verander ze als het team het daarmee eens is.
track-rules-intro--easy =
    Deze regels zeggen wanneer een stap is geleerd.
    Ze zeggen wanneer je minder hulp geeft.
    Ze zeggen wanneer het leren stilstaat.
    Verander de getallen als het team het goed vindt.
track-rules-mastery = 1. Wanneer een stap is geleerd
track-rule-mastery-sessions = Aantal sessies na elkaar om naar te kijken
track-rule-mastery-percent = Percentage daarvan zonder hulp
track-rules-fading = 2. Wanneer je de hulp verandert
track-rule-fade = Sessies op een niveau voor je minder hulp probeert
track-rule-step-back = Sessies met fouten voor je meer hulp geeft
track-rules-no-progress = 3. Wanneer het leren stilstaat
track-rule-flat = Sessies zonder vooruitgang
track-rule-below-aim = Sessies onder de doellijn
track-usually = Meestal { $value }.
track-rules-save = De regels bewaren
track-rule-mastery-warning = Je koos { $percent }%, dat is lager dan { $below }%. Een stap kan dan geleerd heten voordat hij echt geleerd is. In onderzoek werden vaardigheden die tot 80% of minder waren geleerd vaker vergeten dan vaardigheden die tot 90% of 100% waren geleerd.

track-levels-intro = De hulpniveaus waarmee je opschrijft, van de minste hulp tot de meeste. Zelfstandig blijft bovenaan. Veranderingen tellen vanaf de volgende sessie: sessies die al zijn opgeschreven, houden hun eigen niveaus.
track-levels-intro--easy =
    De soorten hulp die je geeft, van weinig hulp naar veel hulp.
    Zelfstandig staat altijd bovenaan.
    Een verandering telt vanaf de volgende sessie.
track-level-button = knop { $code }
track-level-up = Omhoog
track-level-down = Omlaag
track-level-rename = Andere naam
track-level-remove = Weghalen
track-levels-reset-button = Terug naar de gewone zes niveaus
track-levels-usual = Dit zijn de gewone zes niveaus.
track-levels-reset-question = { $levels } terugzetten? De eigen niveaus, namen en codes van deze taak verdwijnen. Sessies die al zijn opgeschreven, houden hun eigen niveaus.
track-levels-reset-yes = Ja, zet ze terug
track-cancel = Annuleren
track-save = Bewaren
track-level-rename-form = Andere naam voor { $name }
track-level-name = Naam
track-level-code = Knopcode
track-level-code-hint = Eén letter of cijfer, op de knop om te scoren. Elk niveau heeft een eigen code nodig.
track-level-description = Wat je doet op dit niveau (mag leeg blijven)
track-level-add-heading = Een niveau toevoegen
track-levels-used = { $count } van hoogstens { $max } niveaus.
track-level-where = Waar het komt
track-level-where-after = Na { $name }
track-level-where-last = Laatste, na { $name } (de meeste hulp)
track-level-add = Het niveau toevoegen
track-levels-max = Een taak heeft hoogstens { $max } niveaus. Haal er een weg om een nieuw niveau toe te voegen.

track-aim-intro = De doellijn loopt van waar de persoon nu is naar waar je wilt dat de persoon komt. Als sessies eronder blijven, zegt de leervolger dat het leren misschien stilstaat.
track-aim-intro--easy =
    De doellijn laat zien waar je wilt dat de persoon komt.
    Blijven de sessies onder de lijn? Dan staat het leren misschien stil.
track-aim-saved-line = { $count ->
    [one] Bewaard: van { $start }% bij sessie { $session } naar { $target }% in { $count } sessie ({ $measure }).
   *[other] Bewaard: van { $start }% bij sessie { $session } naar { $target }% in { $count } sessies ({ $measure }).
}
track-aim-measure = Wat de lijn meet
track-measure-alone-hint = Het deel van de stappen dat zonder hulp is gedaan.
track-measure-weighted-hint = Alle punten voor een stap zonder hulp, minder voor elk hulpniveau.
track-aim-start = Begin
track-aim-start-hint = Waar de persoon nu is, van 0 tot 100.
track-aim-target = Doel
track-aim-target-hint = Waar je wilt dat de persoon komt, van 0 tot 100.
track-aim-over = Sessies om daar te komen
track-aim-over-hint = In hoeveel sessies, van 1 tot 200.
track-aim-from = Begint bij sessie
track-aim-from-hint = Meestal de laatste sessie, voordat het aanleren verandert.
track-aim-save = De doellijn bewaren
track-aim-remove = De doellijn weghalen

track-csv-person = persoon
track-csv-task = taak
track-csv-date = datum
track-csv-session = sessie
track-csv-version = versie
track-csv-phase = fase
track-csv-procedure = aanpak
track-csv-step-number = stapnummer
track-csv-step = stap
track-csv-response = antwoord
track-csv-who = wie
track-csv-note = notitie
track-csv-session-note = sessienotitie
