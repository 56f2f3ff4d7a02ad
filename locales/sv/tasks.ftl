# Arbetsmoment: uppgiftsanalysen, arbetsstödet och checklistan.

task-chaining-forward = Framåtkedjning
task-chaining-backward = Bakåtkedjning
task-chaining-total = Hela uppgiften
task-chaining-forward-hint = Lär ut det första steget. Lägg till nästa steg när det är inlärt.
task-chaining-backward-hint = Lär ut det sista steget först. Då gör personen alltid klart uppgiften.
task-chaining-total-hint = Lär ut alla steg, varje gång.

task-error-label-empty = Skriv initialer eller en kod för personen.
task-error-label-long = Använd initialer eller en kort kod, högst { $limit } tecken. Du behöver inte skriva hela namnet.
task-error-title-empty = Ge uppgiften ett namn, till exempel “Torka ett bord på kaféet”.
task-error-title-long = Uppgiftens namn får ha högst { $limit } tecken; det här har { $count }.
task-error-workplace-long = Arbetsplatsen får ha högst { $limit } tecken; den här har { $count }.
task-error-step-empty = Skriv vad personen gör i det här steget.
task-error-step-long = Ett steg får ha högst { $limit } tecken; det här har { $count }. Dela upp det i två steg.
task-error-cue-long = Signalen får ha högst { $limit } tecken; den här har { $count }.
task-error-label-taken = Någon heter redan “{ $label }”. Använd en annan kod.
task-error-too-many-people = Du har { $limit } personer. Fler sparar inte { -app-name }. Ta bort någon som har slutat för att lägga till en ny.
task-error-too-many-tasks = “{ $label }” har { $limit } uppgifter. Fler sparar inte { -app-name } för en person. Ta bort en uppgift för att lägga till en ny.
task-error-no-template = Den uppgiften finns inte i listan med exempel.
task-error-choose-template = Välj en färdig uppgift först.
task-error-choose-task = Välj en uppgift först.
task-error-too-many-steps = En uppgift kan ha högst { $limit } steg. Dela upp den i mindre uppgifter.
task-error-split-where = Sätt markören mellan två ord i steget för att dela det.
task-error-join-last = Det här är sista steget. Det finns inget nästa steg att slå ihop det med.
task-error-join-too-long = Ihopslagna skulle stegen ha { $count } tecken; högst { $limit } går. Gör ett av dem kortare först.
task-error-join-cues-too-long = Ihopslagna skulle stegens signaler ha { $count } tecken; högst { $limit } går. Gör en av dem kortare först.
task-error-already-first = Det här är redan första steget.
task-error-already-last = Det här är redan sista steget.
task-error-paste-empty = Det fanns inget att lägga till. Klistra in ett steg på varje rad.
task-error-paste-too-many = Det är { $count } steg. En uppgiftsanalys fungerar bäst med 5 till 30; dela upp uppgiften i mindre uppgifter. Inget lades till.
task-error-paste-over-limit = Då blir det { $count } steg; en uppgift kan ha högst { $limit }. Dela upp uppgiften i mindre uppgifter. Inget lades till.
task-error-paste-line-long = Rad { $line } har { $count } tecken; ett steg kan ha högst { $limit }. Dela upp det i två steg. Inget lades till.

task-undo-add-person = Lägg till “{ $label }”
task-undo-rename-person = Byt namn till “{ $label }”
task-undo-delete-person = Ta bort “{ $label }”
task-undo-add-task = Lägg till uppgiften “{ $title }”
task-undo-rename-task = Bytte namn på uppgiften till “{ $title }”
task-undo-delete-task = Ta bort uppgiften “{ $title }”
task-undo-workplace = Ändrade arbetsplatsen
task-undo-chaining = Ändrade sättet att lära ut till { $method }
task-undo-add-step = Lade till steg { $number }
task-undo-change-step = Ändrade steg { $number }
task-undo-delete-step = Tog bort steg { $number }
task-undo-split-step = Delade steg { $number } i steg { $first } och { $second }
task-undo-join-steps = Slog ihop steg { $first } och { $second }
task-undo-move-step = Flyttade steg { $from } till { $to } av { $count }
task-undo-add-picture = Lade till en bild i steg { $number }
task-undo-remove-picture = Tog bort bilden från steg { $number }
task-undo-paste-steps = { $count ->
    [one] Lade till 1 steg
   *[other] Lade till { $count } steg
}

task-status-done = { $what }.
task-status-done-new-version = { $what }. Det här är nu version { $number }; träningstillfällen på version { $taught } behåller sina steg.
task-status-added-person = Lade till “{ $label }”.
task-status-renamed-person = Bytte namn till “{ $label }”.
task-status-deleted-person = Tog bort “{ $label }” och deras uppgifter. Ångra tar tillbaka dem.
task-status-added-task = Lade till uppgiften “{ $title }”.
task-status-deleted-task = Tog bort uppgiften “{ $title }”. Ångra tar tillbaka den.
task-status-nothing-to-undo = Det finns inget att ångra.
task-status-nothing-to-redo = Det finns inget att göra om.
task-status-undone = Ångrat: { $what }.
task-status-redone = Gjort om: { $what }.

task-aid-speech-finished = Klart. Bra jobbat.
task-aid-speech-step = Steg { $number }. { $instruction }
task-aid-speech-key-step = Steg { $number }. Viktigt steg: gör det rätt varje gång. { $instruction }

task-file-no-people = Listan med personer saknas i filen. Filen kan ha ändrats. Spara den igen och försök igen.
task-file-unreadable = Filen gick inte att läsa: en del saknas eller är av fel sort. Den kan ha ändrats. Inget lästes in.
task-file-invalid = { $problem } Inget lästes in.
task-file-id-too-large = Ett nummer i filen är mycket större än något som appen gör. Filen kan ha ändrats.
task-file-too-many-people = Filen har { $count } personer; { -app-name } sparar högst { $limit }.
task-file-at-person = Person { $number }
task-file-at-person-named = Person { $number } (“{ $label }”)
task-file-at-task = { $place }, uppgift { $number }
task-file-at-named = { $place } (“{ $name }”)
task-file-at-version = { $place }, version { $number }
task-file-at-step = { $place }, steg { $number }
task-file-problem-at = { $place }: { $problem }
task-file-extra-spaces = { $place } har extra mellanslag.
task-file-same-id = { $place } har samma nummer som något annat.
task-file-too-many-tasks = { $place } har { $count } uppgifter; högst { $limit } går.
task-file-no-versions = { $place } har inga versioner.
task-file-out-of-order = { $place } är i fel ordning.
task-file-too-many-steps = { $place } har { $count } steg; högst { $limit } går.
task-file-bad-picture = { $place } pekar på en bild som inte är vår.

task-page-title = Arbetsmoment
task-page-lead = Dela upp en uppgift på jobbet i de steg som en person gör, i rätt ordning, medan du ser den göras. Visa sedan arbetstagaren ett steg i taget.
task-page-load-failed = Den här versionen av appen kunde inte läsa dina sparade uppgifter ({ $problem }). De finns kvar på enheten och inget har tagits bort. Men det du ändrar nu sparas bara tills du stänger sidan.
task-page-no-room = Det finns inte plats kvar på enheten för att spara uppgifterna. Ta bort några bilder eller exportera uppgifterna till en fil.
task-page-choose-task = Välj en uppgift, eller gör en ny.
task-page-add-person-first = Lägg till personen du stöttar, med initialer eller en kod. Du behöver inte namnet.
task-error-prefix = Fel:
task-people-heading = Personer
task-people-count = { $count ->
    [one] { $count } uppgift
   *[other] { $count } uppgifter
}
task-people-add-label = Lägg till en person
task-people-add-hint = Initialer eller en kod, till exempel “AB” eller “J7”.
task-people-add-button = Lägg till person
task-list-heading = Uppgifter för { $label }
task-list-steps = { $count ->
    [one] { $count } steg
   *[other] { $count } steg
}
task-template-label = Börja med en färdig uppgift
task-template-choose = Välj en uppgift
task-template-button = Använd den här uppgiften
task-new-label = Eller börja från början
task-new-hint = Ge uppgiften ett namn, till exempel “Fyll på kylskåpet”.
task-new-button = Gör uppgift
task-undo-button = Ångra
task-redo-button = Gör om
task-undo-what = : { $what }

task-editor-open-aid = Öppna arbetsstödet
task-editor-checklist = Checklista att skriva ut
task-editor-title-label = Uppgiftens namn
task-editor-workplace-label = Arbetsplats (frivilligt)
task-editor-chaining-legend = Hur ska du lära ut den?
task-editor-version = Version { $number }.
task-editor-version-taught = Träningstillfällen sparades på den här versionen. Om du ändrar ett steg blir det en ny version, och träningstillfällena stannar kvar på den här.
task-editor-steps-heading = Steg ({ $count })
task-editor-drag-hint = Dra ett steg i handtaget för att flytta det, eller använd Flytta upp och Flytta ner.
task-editor-drag-title = Dra för att flytta
task-step-number = Steg { $number }:
task-step-key = Viktigt steg
task-step-cue = Signal:
task-step-picture-alt = Bild för steg { $number }
task-step-move-up = Flytta upp
task-step-move-down = Flytta ner
task-step-edit = Ändra
task-step-which = steg { $number }

task-form-label = Ändra steg { $number }
task-form-instruction-label = Steg { $number }: vad personen gör
task-form-instruction-hint = En sak, med enkla ord. Vill du dela steget i två? Sätt markören där det andra steget börjar och välj Dela här.
task-form-cue-label = Naturlig signal (frivilligt)
task-form-cue-hint = Det på jobbet som säger till personen att göra detta, till exempel “brickan är full”.
task-form-key-label = Viktigt steg: det måste bli rätt varje gång (säkerhet eller kvalitet)
task-form-picture-label = Bild (frivilligt)
task-form-picture-hint = Ta ett foto eller välj ett. Det görs mindre och sparas på den här enheten.
task-form-picture-alt = Bilden för steg { $number }
task-form-picture-remove = Ta bort bilden
task-form-save = Spara steget
task-form-cancel = Avbryt
task-form-split = Dela här
task-form-join = Slå ihop med nästa steg
task-form-delete = Ta bort steget

task-new-step-heading = Lägg till ett steg
task-new-step-label = Vad personen gör sedan
task-new-step-button = Lägg till steg
task-paste-summary = Klistra in många steg på en gång
task-paste-label = Ett steg på varje rad
task-paste-button = Lägg till de här stegen

task-delete-ask = Ta bort “{ $title }”? Du kan ångra det.
task-delete-yes = Ja, ta bort uppgiften
task-delete-keep = Behåll den
task-delete-button = Ta bort den här uppgiften

task-picture-no-room = Det finns inte plats kvar på enheten för bilden. Ta bort några bilder och försök igen. Själva steget är sparat.
task-picture-not-picture = Filen är inte en bild. Välj ett foto (JPEG eller PNG).
task-picture-too-big = Bilden är för stor ({ $size } MB). Välj en som är mindre än { $limit } MB.
task-picture-not-opened = Bilden gick inte att öppna.
task-picture-not-read = Bilden gick inte att läsa. Prova en annan.
task-picture-empty = Bilden är tom.
task-picture-not-scaled = Bilden gick inte att göra mindre.

task-aid-finished = Klart. Bra jobbat!
task-aid-restart = Börja om
task-aid-close-all = Stäng arbetsstödet
task-aid-progress = Steg { $number } av { $count }
task-aid-when = När: { $cue }
task-aid-key = Viktigt steg: gör det rätt varje gång
task-aid-done = Klart
task-aid-read = Läs upp
task-aid-back = Tillbaka
task-aid-close = Stäng
task-aid-no-steps = Den här uppgiften har inga steg än.
task-aid-back-to-task = Tillbaka till uppgiften

task-checklist-workplace = Arbetsplats: { $workplace }
task-checklist-print = Skriv ut
task-checklist-caption = Checklista för { $title }
task-checklist-step = Steg
task-checklist-what = Vad du gör
task-checklist-picture = Bild
task-checklist-done = Klart
task-checklist-key = (viktigt steg)
task-checklist-tick = Ruta att bocka i

task-page-lead--easy = Dela upp en uppgift i små steg.
    Sätt stegen i rätt ordning.
    Visa sedan arbetstagaren ett steg i taget.
task-page-add-person-first--easy = Lägg först till personen du stöttar.
    Använd initialer eller en kod.
    Du behöver inte namnet.
task-editor-version-taught--easy = Den här versionen har använts för att lära ut.
    Om du ändrar ett steg blir det en ny version.
    Det som lärdes ut stannar med den här.
task-form-instruction-hint--easy = Skriv en sak att göra.
    Använd lätta ord.
