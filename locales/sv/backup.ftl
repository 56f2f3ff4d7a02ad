backup-on-date = den { $date }
backup-no-date = utan datum

backup-other-tool-tasks = Den här filen sparades från uppgiftsverktyget. Den är ingen säkerhetskopia. Öppna den i uppgiftsverktyget i stället.
backup-other-tool-tracker = Den här filen sparades från inlärningsloggen. Den är ingen säkerhetskopia. Öppna den i inlärningsloggen i stället.
backup-other-tool-calculator = Den här filen sparades från kalkylatorn för bättre ekonomi med arbete. Den är ingen säkerhetskopia. Öppna den i kalkylatorn i stället.
backup-missing-scope = Den här säkerhetskopian säger inte vems uppgifter den har. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-people = Den här säkerhetskopian har ingen lista över personer. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-trackers = Den här säkerhetskopian har inga träningsanteckningar. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-scenarios = Den här säkerhetskopian har ingen lista över sparade situationer. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-pictures = Den här säkerhetskopian har ingen lista över bilder. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-date = Den här säkerhetskopian har inget datum. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-missing-part = En del saknas i den här säkerhetskopian ({ $part }). Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
backup-unreadable = { $place }: { $problem } Filen kan ha ändrats för hand.
backup-unknown-part = { $place } innehåller något som { -app-name } inte känner till. Filen kan komma från en nyare version eller ha ändrats för hand. Gör säkerhetskopian igen och försök en gång till.
backup-invalid = { $problem } Filen kan ha ändrats för hand.
backup-at-file = Filen
backup-at-scope = Anteckningen om vems uppgifter filen har
backup-at-date = Datumet då säkerhetskopian gjordes
backup-at-people = Listan över personer
backup-at-trackers = Träningsanteckningarna
backup-at-pictures = Listan över bilder
backup-at-open = Det oavslutade träningstillfället
backup-at-scenario = Sparad situation { $number }
backup-at-scenario-named = Sparad situation { $number } (“{ $name }”)
backup-at-records = Träningsanteckningarna med nummer { $number } i filen
backup-at-records-for = Träningsanteckningarna för uppgiften “{ $task }”
backup-at-session = { $records }, tillfälle { $number }
backup-part = { $field ->
    [label] personens namn
    [title] uppgiftens namn
    [workplace] arbetsplatsen
    [instruction] stegets ord
    [cue] signalen
    [name] namnet
    [note] anteckningen
    [date] datumet
    [created] datumet
    [id] id-numret
    [steps] listan över steg
    [sessions] listan över tillfällen
    [records] bedömningarna
   *[other] något
}
backup-wrong-kind = { $part } är { $got ->
    [number] ett tal
    [words] text
    [yes-no] ett ja eller nej
    [list] en lista
    [group] en grupp uppgifter
    [empty] tomt
   *[other] fel sorts uppgift
    }, inte { $want ->
    [number] ett tal
    [words] text
    [yes-no] ett ja eller nej
    [list] en lista
    [group] en grupp uppgifter
   *[other] det som { -app-name } behöver
    }.
backup-part-missing = { $part } saknas.
backup-unknown-choice = { $part } är ett val som { -app-name } inte känner till.
backup-bad-value = { $part } har ett värde som { -app-name } inte kan använda.
backup-cannot-read = { $part } går inte att läsa.

backup-date-too-long = Datumet då säkerhetskopian gjordes är för långt.
backup-id-too-large = Säkerhetskopian har ett id-nummer som är alldeles för stort.
backup-too-many-scenarios = Säkerhetskopian har { $count } sparade situationer. { -app-name } sparar högst { $max }.
backup-scenario-no-name = Sparad situation { $number } har inget namn.
backup-scenario-spaces = Sparad situation { $number } har extra mellanslag runt namnet.
backup-scenario-name-too-long = Sparad situation { $number } har ett namn som är längre än { $max } tecken.
backup-scenario-same-name = Sparad situation { $number } (”{ $name }”) har samma namn som en annan sparad situation.
backup-scenario-answer-too-long = Sparad situation { $number } (”{ $name }”) har ett svar som är längre än { $max } tecken.
backup-same-label = Två personer i säkerhetskopian heter ”{ $person }”.
backup-scope-no-label = Säkerhetskopian säger att den är för en person, men inte vem.
backup-scope-holds-nobody = Säkerhetskopian säger att den är för ”{ $person }”, men den har ingen person.
backup-scope-holds-other = Säkerhetskopian säger att den är för ”{ $person }”, men den har ”{ $other }”.
backup-scope-holds-people = Säkerhetskopian säger att den är för ”{ $person }”, men den har { $count } personer.
backup-scope-scenarios = Säkerhetskopian säger att den är för ”{ $person }”, men den har sparade situationer också.
backup-tracker-no-task = Träningsanteckningarna med nummer { $number } i filen gäller en uppgift som inte finns i filen.
backup-open-no-task = Det oavslutade träningstillfället { $date } gäller en uppgift som inte finns i säkerhetskopian.
backup-session-no-version = { $kind ->
    [open] Det oavslutade träningstillfället { $date } för uppgiften ”{ $task }” gjordes med version { $version }, men den versionen finns inte i uppgiften.
   *[done] Träningstillfället { $date } för uppgiften ”{ $task }” gjordes med version { $version }, men den versionen finns inte i uppgiften.
}
backup-session-unknown-step = { $kind ->
    [open] Det oavslutade träningstillfället { $date } för uppgiften ”{ $task }” nämner ett steg som inte finns i uppgiften.
   *[done] Träningstillfället { $date } för uppgiften ”{ $task }” nämner ett steg som inte finns i uppgiften.
}
backup-session-step-twice = { $kind ->
    [open] Det oavslutade träningstillfället { $date } för uppgiften ”{ $task }” har samma steg två gånger.
   *[done] Träningstillfället { $date } för uppgiften ”{ $task }” har samma steg två gånger.
}
backup-too-many-pictures = Säkerhetskopian har { $count } bilder. { -app-name } sparar högst { $max }.
backup-picture-bad-name = En bild i säkerhetskopian har ett namn som { -app-name } inte har gjort.
backup-picture-too-big = Bilden ”{ $picture }” är för stor: den får vara högst 1 MB.
backup-picture-not-picture = Bilden ”{ $picture }” är inte en bild som { -app-name } kan visa.

backup-left-out = { $problem } Det kom inte med i säkerhetskopian.
backup-deleted-tasks-left-out = Träningsanteckningarna för { $tasks ->
        [one] 1 uppgift som har tagits bort
       *[other] { $tasks } uppgifter som har tagits bort
    } ({ $sessions ->
        [one] 1 träningstillfälle
       *[other] { $sessions } träningstillfällen
    }) kom inte med i säkerhetskopian.
backup-open-task-deleted = Det oavslutade träningstillfället { $date } gäller en uppgift som har tagits bort.
backup-pictures-missing = { $count ->
    [one] En bild för uppgiften ”{ $task }” ({ $person }) finns inte i säkerhetskopian. Det steget visar därför ingen bild.
   *[other] { $count } bilder för uppgiften ”{ $task }” ({ $person }) finns inte i säkerhetskopian. De stegen visar därför ingen bild.
}
backup-may-not-open = Den här säkerhetskopian kanske inte går att öppna på en annan enhet, eftersom något på den här enheten bryter mot en regel: { $problem }

backup-replaced-everything = Allt på den här enheten har bytts ut mot säkerhetskopian som gjordes { $date }: { $people ->
        [one] 1 person
       *[other] { $people } personer
    }, { $tasks ->
        [one] 1 uppgift
       *[other] { $tasks } uppgifter
    }, { $sessions ->
        [one] 1 träningstillfälle
       *[other] { $sessions } träningstillfällen
    }, { $scenarios ->
        [one] 1 sparad situation
       *[other] { $scenarios } sparade situationer
    } och { $pictures ->
        [one] 1 bild
       *[other] { $pictures } bilder
    }.
backup-before-gone = Det som fanns på enheten innan är borta.
backup-open-carry-on = Det oavslutade träningstillfället i säkerhetskopian är öppet. Du kan fortsätta med det.
backup-open-here-gone = Det oavslutade träningstillfället för ”{ $person }” på den här enheten är också borta.
backup-replaced-person = ”{ $person }” har bytts ut mot kopian i säkerhetskopian, som har { $tasks ->
        [one] 1 uppgift
       *[other] { $tasks } uppgifter
    }. Det som fanns här för personen innan ({ $old_tasks ->
        [one] 1 uppgift
       *[other] { $old_tasks } uppgifter
    }, { $old_sessions ->
        [one] 1 träningstillfälle
       *[other] { $old_sessions } träningstillfällen
    }) är borta.
backup-person-was-not-here = ”{ $person }” fanns inte på den här enheten och har lagts till med { $tasks ->
        [one] 1 uppgift
       *[other] { $tasks } uppgifter
    }.
backup-no-room-people = ”{ $person }” kom inte med: den här enheten har redan { $max } personer. Fler sparar inte { -app-name }.
backup-phases-differ = Uppgiften ”{ $task }” för ”{ $person }” finns redan här, men träningsfaserna i säkerhetskopian är annorlunda. Därför kom uppgiften från säkerhetskopian in som en andra uppgift, med sina träningstillfällen.
backup-added-person = La till ”{ $person }” med { $tasks ->
        [one] 1 uppgift
       *[other] { $tasks } uppgifter
    }.
backup-added-tasks = { $count ->
    [one] La till 1 uppgift för ”{ $person }”, som redan fanns på den här enheten.
   *[other] La till { $count } uppgifter för ”{ $person }”, som redan fanns på den här enheten.
}
backup-tasks-here = { $count ->
    [one] 1 uppgift för ”{ $person }” fanns redan på den här enheten.
   *[other] { $count } uppgifter för ”{ $person }” fanns redan på den här enheten.
}
backup-person-here = ”{ $person }” fanns redan på den här enheten.
backup-tasks-no-room = { $count ->
    [one] 1 uppgift för ”{ $person }” kom inte med: en person kan ha högst { $max } uppgifter.
   *[other] { $count } uppgifter för ”{ $person }” kom inte med: en person kan ha högst { $max } uppgifter.
}
backup-phases-came-in = Träningsfaserna efter fas { $from } för ”{ $task }” kom in. Nästa träningstillfälle här är i fas { $phase }.
backup-tracker-differs = Hjälpnivåerna, reglerna eller mållinjen för ”{ $task }” är annorlunda i säkerhetskopian. De som finns på den här enheten behålls. Varje träningstillfälle behåller de nivåer som det sparades med.
backup-added-sessions = { $count ->
    [one] La till 1 träningstillfälle.
   *[other] La till { $count } träningstillfällen.
}
backup-sessions-here = { $count ->
    [one] 1 träningstillfälle fanns redan på den här enheten.
   *[other] { $count } träningstillfällen fanns redan på den här enheten.
}
backup-open-task-not-in = Säkerhetskopian har det oavslutade träningstillfället { $date } för ”{ $task }”. Det kom inte med, eftersom uppgiften inte kom med.
backup-open-here = Det oavslutade träningstillfället { $date } för ”{ $task }” fanns redan på den här enheten.
backup-open-busy = Säkerhetskopian har det oavslutade träningstillfället { $date } för ”{ $task }”, där { $scored } av { $steps } steg är bedömda. Det kom inte med, eftersom ett träningstillfälle är öppet på den här enheten. Avsluta det eller släng det. Läs sedan in säkerhetskopian igen.
backup-open-added = La till det oavslutade träningstillfället { $date } för ”{ $task }”. Du kan fortsätta med det.
backup-scenario-renamed = Situationen ”{ $name }” kom in som ”{ $new_name }”, eftersom en annan situation här har det namnet.
backup-added-scenarios = { $count ->
    [one] La till 1 sparad situation.
   *[other] La till { $count } sparade situationer.
}
backup-scenarios-here = { $count ->
    [one] 1 sparad situation fanns redan på den här enheten.
   *[other] { $count } sparade situationer fanns redan på den här enheten.
}
backup-scenarios-no-room = { $count ->
    [one] 1 sparad situation kom inte med: { -app-name } sparar högst { $max }. Ta bort några och läs sedan in säkerhetskopian igen.
   *[other] { $count } sparade situationer kom inte med: { -app-name } sparar högst { $max }. Ta bort några och läs sedan in säkerhetskopian igen.
}
backup-added-pictures = { $count ->
    [one] La till 1 bild.
   *[other] La till { $count } bilder.
}
backup-pictures-renamed = { $count ->
    [one] 1 bild kom in med ett nytt namn, eftersom en annan bild här har samma namn.
   *[other] { $count } bilder kom in med nya namn, eftersom andra bilder här har samma namn.
}
backup-pictures-here = { $count ->
    [one] 1 bild fanns redan på den här enheten.
   *[other] { $count } bilder fanns redan på den här enheten.
}
backup-empty = Säkerhetskopian är tom.
