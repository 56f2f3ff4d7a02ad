# Werkstappen: de taakanalyse, de werkhulp en de checklist.

task-chaining-forward = Voorwaarts koppelen
task-chaining-backward = Achterwaarts koppelen
task-chaining-total = Hele taak
task-chaining-forward-hint = Leer de eerste stap. Voeg de volgende stap toe als die geleerd is.
task-chaining-backward-hint = Leer eerst de laatste stap. Zo maakt de persoon de taak altijd af.
task-chaining-total-hint = Leer elke stap, elke keer.

task-error-label-empty = Schrijf initialen of een code voor de persoon.
task-error-label-long = Gebruik initialen of een korte code, tot { $limit } tekens. Een volledige naam is niet nodig.
task-error-title-empty = Geef de taak een naam, zoals “Een tafel in het café schoonmaken”.
task-error-title-long = Houd de naam van de taak op { $limit } tekens of minder; deze heeft er { $count }.
task-error-workplace-long = Houd de werkplek op { $limit } tekens of minder; deze heeft er { $count }.
task-error-step-empty = Schrijf wat de persoon doet in deze stap.
task-error-step-long = Houd een stap op { $limit } tekens of minder; deze heeft er { $count }. Maak er twee stappen van.
task-error-cue-long = Houd de aanwijzing op { $limit } tekens of minder; deze heeft er { $count }.
task-error-label-taken = Er heet al iemand “{ $label }”. Gebruik een andere code.
task-error-too-many-people = Je hebt { $limit } personen. Meer bewaart { -app-name } niet. Verwijder iemand die weg is om iemand toe te voegen.
task-error-too-many-tasks = “{ $label }” heeft { $limit } taken. Meer bewaart { -app-name } niet voor één persoon. Verwijder een taak om een nieuwe toe te voegen.
task-error-no-template = Die taak staat niet in de lijst met voorbeelden.
task-error-choose-template = Kies eerst een kant-en-klare taak.
task-error-choose-task = Kies eerst een taak.
task-error-too-many-steps = Een taak kan hoogstens { $limit } stappen hebben. Verdeel de taak in kleinere taken.
task-error-split-where = Zet de cursor tussen twee woorden van de stap om hem te splitsen.
task-error-join-last = Dit is de laatste stap. Er is geen volgende stap om hem mee samen te voegen.
task-error-join-too-long = Samen zouden deze stappen { $count } tekens hebben; het maximum is { $limit }. Maak er eerst een korter.
task-error-join-cues-too-long = Samen zouden de aanwijzingen van deze stappen { $count } tekens hebben; het maximum is { $limit }. Maak er eerst een korter.
task-error-already-first = Dit is al de eerste stap.
task-error-already-last = Dit is al de laatste stap.
task-error-paste-empty = Er was niets om toe te voegen. Plak één stap per regel.
task-error-paste-too-many = Dat zijn { $count } stappen. Een taakanalyse werkt het best met 5 tot 30; verdeel de taak in kleinere taken. Er is niets toegevoegd.
task-error-paste-over-limit = Dan zijn het { $count } stappen; een taak kan hoogstens { $limit } stappen hebben. Verdeel de taak in kleinere taken. Er is niets toegevoegd.
task-error-paste-line-long = Regel { $line } heeft { $count } tekens; een stap kan hoogstens { $limit } tekens hebben. Maak er twee stappen van. Er is niets toegevoegd.

task-undo-add-person = “{ $label }” toevoegen
task-undo-rename-person = Naam veranderen in “{ $label }”
task-undo-delete-person = “{ $label }” verwijderen
task-undo-add-task = De taak “{ $title }” toevoegen
task-undo-rename-task = Naam van de taak veranderd in “{ $title }”
task-undo-delete-task = De taak “{ $title }” verwijderen
task-undo-workplace = Werkplek veranderd
task-undo-chaining = Manier van leren veranderd in { $method }
task-undo-add-step = Stap { $number } toegevoegd
task-undo-change-step = Stap { $number } veranderd
task-undo-delete-step = Stap { $number } verwijderd
task-undo-split-step = Stap { $number } gesplitst in stap { $first } en { $second }
task-undo-join-steps = Stap { $first } en { $second } samengevoegd
task-undo-move-step = Stap { $from } verplaatst naar { $to } van { $count }
task-undo-add-picture = Foto toegevoegd aan stap { $number }
task-undo-remove-picture = Foto weggehaald bij stap { $number }
task-undo-paste-steps = { $count ->
    [one] 1 stap toegevoegd
   *[other] { $count } stappen toegevoegd
}

task-status-done = { $what }.
task-status-done-new-version = { $what }. Dit is nu versie { $number }; sessies op versie { $taught } houden hun stappen.
task-status-added-person = “{ $label }” toegevoegd.
task-status-renamed-person = Naam veranderd in “{ $label }”.
task-status-deleted-person = “{ $label }” en de taken verwijderd. Met Ongedaan maken komen ze terug.
task-status-added-task = De taak “{ $title }” toegevoegd.
task-status-deleted-task = De taak “{ $title }” verwijderd. Met Ongedaan maken komt hij terug.
task-status-nothing-to-undo = Er is niets om ongedaan te maken.
task-status-nothing-to-redo = Er is niets om opnieuw te doen.
task-status-undone = Ongedaan gemaakt: { $what }.
task-status-redone = Opnieuw gedaan: { $what }.

task-aid-speech-finished = Klaar. Goed gedaan.
task-aid-speech-step = Stap { $number }. { $instruction }
task-aid-speech-key-step = Stap { $number }. Belangrijke stap: doe het elke keer goed. { $instruction }

task-file-no-people = De lijst met personen ontbreekt in dit bestand. Misschien is het bestand veranderd. Bewaar het opnieuw en probeer het nog eens.
task-file-unreadable = Dit bestand kan niet worden gelezen: een deel ontbreekt, of is van de verkeerde soort. Misschien is het veranderd. Er is niets geladen.
task-file-invalid = { $problem } Er is niets geladen.
task-file-id-too-large = Een nummer in dit bestand is veel groter dan deze app ooit maakt. Misschien is het bestand veranderd.
task-file-too-many-people = Het bestand heeft { $count } personen; { -app-name } bewaart er hoogstens { $limit }.
task-file-at-person = Persoon { $number }
task-file-at-person-named = Persoon { $number } (“{ $label }”)
task-file-at-task = { $place }, taak { $number }
task-file-at-named = { $place } (“{ $name }”)
task-file-at-version = { $place }, versie { $number }
task-file-at-step = { $place }, stap { $number }
task-file-problem-at = { $place }: { $problem }
task-file-extra-spaces = { $place } heeft extra spaties.
task-file-same-id = { $place } heeft hetzelfde nummer als iets anders.
task-file-too-many-tasks = { $place } heeft { $count } taken; het maximum is { $limit }.
task-file-no-versions = { $place } heeft geen versies.
task-file-out-of-order = { $place } staat in de verkeerde volgorde.
task-file-too-many-steps = { $place } heeft { $count } stappen; het maximum is { $limit }.
task-file-bad-picture = { $place } verwijst naar een foto die niet van ons is.

task-page-title = Werkstappen
task-page-lead = Verdeel een taak op het werk in de stappen die iemand doet, in de goede volgorde. Kijk hoe de taak gedaan wordt. Laat de werknemer daarna één stap tegelijk zien.
task-page-load-failed = Deze versie van de app kan je bewaarde taken niet lezen ({ $problem }). Ze staan nog op dit apparaat en er is niets verwijderd. Maar wat je nu verandert, blijft alleen bewaard tot je de pagina sluit.
task-page-no-room = Er is geen ruimte meer op dit apparaat om de taken te bewaren. Haal wat foto's weg of exporteer de taken naar een bestand.
task-page-choose-task = Kies een taak, of maak een nieuwe.
task-page-add-person-first = Voeg de persoon toe die je begeleidt, met initialen of een code. Een naam is niet nodig.
task-error-prefix = Fout:
task-people-heading = Personen
task-people-count = { $count ->
    [one] { $count } taak
   *[other] { $count } taken
}
task-people-add-label = Persoon toevoegen
task-people-add-hint = Initialen of een code, zoals “AB” of “J7”.
task-people-add-button = Persoon toevoegen
task-list-heading = Taken van { $label }
task-list-steps = { $count ->
    [one] { $count } stap
   *[other] { $count } stappen
}
task-template-label = Begin met een kant-en-klare taak
task-template-choose = Kies een taak
task-template-button = Deze taak gebruiken
task-new-label = Of begin met niets
task-new-hint = Geef de taak een naam, zoals “De koelkast bijvullen”.
task-new-button = Taak maken
task-undo-button = Ongedaan maken
task-redo-button = Opnieuw
task-undo-what = : { $what }

task-editor-open-aid = Werkhulp openen
task-editor-checklist = Checklist om te printen
task-editor-title-label = Naam van de taak
task-editor-workplace-label = Werkplek (niet verplicht)
task-editor-chaining-legend = Hoe ga je het leren?
task-editor-version = Versie { $number }.
task-editor-version-taught = Er zijn sessies bewaard op deze versie. Als je een stap verandert, komt er een nieuwe versie. De sessies blijven bij deze versie.
task-editor-steps-heading = Stappen ({ $count })
task-editor-drag-hint = Sleep een stap aan het handvat om hem te verplaatsen, of gebruik Omhoog en Omlaag.
task-editor-drag-title = Slepen om te verplaatsen
task-step-number = Stap { $number }:
task-step-key = Belangrijke stap
task-step-cue = Aanwijzing:
task-step-picture-alt = Foto bij stap { $number }
task-step-move-up = Omhoog
task-step-move-down = Omlaag
task-step-edit = Bewerken
task-step-which = stap { $number }

task-form-label = Stap { $number } bewerken
task-form-instruction-label = Stap { $number }: wat de persoon doet
task-form-instruction-hint = Eén handeling, in gewone woorden. Wil je de stap in tweeën delen? Zet de cursor waar de tweede stap begint en kies Hier splitsen.
task-form-cue-label = Natuurlijke aanwijzing (niet verplicht)
task-form-cue-hint = Wat op het werk laat de persoon weten dat dit moet, zoals “het dienblad is vol”.
task-form-key-label = Belangrijke stap: die moet elke keer goed gaan (veiligheid of kwaliteit)
task-form-picture-label = Foto (niet verplicht)
task-form-picture-hint = Maak een foto of kies er een. De foto wordt kleiner gemaakt en blijft op dit apparaat.
task-form-picture-alt = De foto bij stap { $number }
task-form-picture-remove = Foto weghalen
task-form-save = Stap bewaren
task-form-cancel = Annuleren
task-form-split = Hier splitsen
task-form-join = Samenvoegen met de volgende stap
task-form-delete = Stap verwijderen

task-new-step-heading = Stap toevoegen
task-new-step-label = Wat de persoon daarna doet
task-new-step-button = Stap toevoegen
task-paste-summary = Veel stappen tegelijk plakken
task-paste-label = Eén stap op elke regel
task-paste-button = Deze stappen toevoegen

task-delete-ask = “{ $title }” verwijderen? Je kunt het ongedaan maken.
task-delete-yes = Ja, verwijder de taak
task-delete-keep = Bewaren
task-delete-button = Deze taak verwijderen

task-picture-no-room = Er is geen ruimte meer op dit apparaat voor de foto. Haal wat foto's weg en probeer het opnieuw. De stap zelf is bewaard.
task-picture-not-picture = Dat bestand is geen foto. Kies een foto (JPEG of PNG).
task-picture-too-big = Die foto is te groot ({ $size } MB). Kies er een kleiner dan { $limit } MB.
task-picture-not-opened = De foto kan niet worden geopend.
task-picture-not-read = Die foto kan niet worden gelezen. Probeer een andere.
task-picture-empty = Die foto is leeg.
task-picture-not-scaled = De foto kan niet kleiner worden gemaakt.

task-aid-finished = Klaar. Goed gedaan!
task-aid-restart = Opnieuw beginnen
task-aid-close-all = Werkhulp sluiten
task-aid-progress = Stap { $number } van { $count }
task-aid-when = Wanneer: { $cue }
task-aid-key = Belangrijke stap: doe het elke keer goed
task-aid-done = Klaar
task-aid-read = Voorlezen
task-aid-back = Terug
task-aid-close = Sluiten
task-aid-no-steps = Deze taak heeft nog geen stappen.
task-aid-back-to-task = Terug naar de taak

task-checklist-workplace = Werkplek: { $workplace }
task-checklist-print = Printen
task-checklist-caption = Checklist voor { $title }
task-checklist-step = Stap
task-checklist-what = Wat je doet
task-checklist-picture = Foto
task-checklist-done = Klaar
task-checklist-key = (belangrijke stap)
task-checklist-tick = Vakje om af te vinken

task-page-lead--easy = Verdeel een taak in kleine stappen.
    Zet de stappen in de goede volgorde.
    Laat de werknemer dan één stap tegelijk zien.
task-page-add-person-first--easy = Voeg eerst de persoon toe die je begeleidt.
    Gebruik initialen of een code.
    Een naam is niet nodig.
task-editor-version-taught--easy = Met deze versie is al geleerd.
    Verander je een stap? Dan komt er een nieuwe versie.
    Wat geleerd is, blijft bij deze versie.
task-form-instruction-hint--easy = Schrijf één ding om te doen.
    Gebruik makkelijke woorden.
