backup-on-date = op { $date }
backup-no-date = zonder datum

backup-other-tool-tasks = Dit bestand is bewaard vanuit de takenbouwer. Het is geen back-up. Open het in de takenbouwer.
backup-other-tool-tracker = Dit bestand is bewaard vanuit de leervolger. Het is geen back-up. Open het in de leervolger.
backup-other-tool-calculator = Dit bestand is bewaard vanuit de rekenhulp beter af met werk. Het is geen back-up. Open het in de rekenhulp.
backup-missing-scope = In deze back-up staat niet van wie de gegevens zijn. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-people = In deze back-up staat geen lijst met personen. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-trackers = In deze back-up staan geen leergegevens. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-scenarios = In deze back-up staat geen lijst met bewaarde situaties. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-pictures = In deze back-up staat geen lijst met foto's. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-date = In deze back-up staat geen datum. Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-missing-part = In deze back-up ontbreekt een deel ({ $part }). Misschien is het bestand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-unreadable = { $place }: { $problem } Misschien is het bestand met de hand veranderd.
backup-unknown-part = { $place } bevat iets dat { -app-name } niet kent. Misschien komt het bestand uit een nieuwere versie of is het met de hand veranderd. Maak de back-up opnieuw en probeer het nog eens.
backup-invalid = { $problem } Misschien is het bestand met de hand veranderd.
backup-at-file = Het bestand
backup-at-scope = De notitie over wiens gegevens in het bestand staan
backup-at-date = De datum waarop de back-up is gemaakt
backup-at-people = De lijst met personen
backup-at-trackers = De leergegevens
backup-at-pictures = De lijst met foto's
backup-at-open = De onafgemaakte sessie
backup-at-scenario = Bewaarde situatie { $number }
backup-at-scenario-named = Bewaarde situatie { $number } (“{ $name }”)
backup-at-records = De leergegevens met nummer { $number } in het bestand
backup-at-records-for = De leergegevens voor de taak “{ $task }”
backup-at-session = { $records }, sessie { $number }
backup-part = { $field ->
    [label] de naam van de persoon
    [title] de naam van de taak
    [workplace] de werkplek
    [instruction] de tekst van de stap
    [cue] de aanwijzing
    [name] de naam
    [note] de notitie
    [date] de datum
    [created] de datum
    [id] het id-nummer
    [steps] de lijst met stappen
    [sessions] de lijst met sessies
    [records] de lijst met scores
   *[other] iets
}
backup-wrong-kind = { $part } is { $got ->
    [number] een getal
    [words] tekst
    [yes-no] een ja of nee
    [list] een lijst
    [group] een groep gegevens
    [empty] leeg
   *[other] het verkeerde soort gegevens
    }, { $want ->
    [number] geen getal
    [words] geen tekst
    [yes-no] geen ja of nee
    [list] geen lijst
    [group] geen groep gegevens
   *[other] niet wat { -app-name } nodig heeft
    }.
backup-part-missing = { $part } ontbreekt.
backup-unknown-choice = { $part } is een keuze die { -app-name } niet kent.
backup-bad-value = { $part } heeft een waarde die { -app-name } niet kan gebruiken.
backup-cannot-read = { $part } kan niet worden gelezen.

backup-date-too-long = De datum waarop deze back-up is gemaakt, is te lang.
backup-id-too-large = In de back-up staat een id-nummer dat veel te groot is.
backup-too-many-scenarios = De back-up heeft { $count } bewaarde situaties. { -app-name } bewaart er hoogstens { $max }.
backup-scenario-no-name = Bewaarde situatie { $number } heeft geen naam.
backup-scenario-spaces = Bewaarde situatie { $number } heeft extra spaties rond de naam.
backup-scenario-name-too-long = Bewaarde situatie { $number } heeft een naam van meer dan { $max } tekens.
backup-scenario-same-name = Bewaarde situatie { $number } (“{ $name }”) heeft dezelfde naam als een andere bewaarde situatie.
backup-scenario-answer-too-long = Bewaarde situatie { $number } (“{ $name }”) heeft een antwoord van meer dan { $max } tekens.
backup-same-label = Er zijn twee personen in de back-up met de naam “{ $person }”.
backup-scope-no-label = Volgens de back-up is die voor één persoon, maar er staat niet in voor wie.
backup-scope-holds-nobody = Volgens de back-up is die voor “{ $person }”, maar er staat niemand in.
backup-scope-holds-other = Volgens de back-up is die voor “{ $person }”, maar er staat “{ $other }” in.
backup-scope-holds-people = Volgens de back-up is die voor “{ $person }”, maar er staan { $count } personen in.
backup-scope-scenarios = Volgens de back-up is die voor “{ $person }”, maar er staan ook bewaarde situaties in.
backup-tracker-no-task = De leergegevens met nummer { $number } in het bestand horen bij een taak die niet in het bestand staat.
backup-open-no-task = De onafgemaakte sessie { $date } hoort bij een taak die niet in deze back-up staat.
backup-session-no-version = { $kind ->
    [open] De onafgemaakte sessie { $date } voor de taak “{ $task }” is geoefend met versie { $version }, maar die versie staat niet in de taak.
   *[done] De sessie { $date } voor de taak “{ $task }” is geoefend met versie { $version }, maar die versie staat niet in de taak.
}
backup-session-unknown-step = { $kind ->
    [open] De onafgemaakte sessie { $date } voor de taak “{ $task }” noemt een stap die niet in de taak staat.
   *[done] De sessie { $date } voor de taak “{ $task }” noemt een stap die niet in de taak staat.
}
backup-session-step-twice = { $kind ->
    [open] De onafgemaakte sessie { $date } voor de taak “{ $task }” noemt dezelfde stap twee keer.
   *[done] De sessie { $date } voor de taak “{ $task }” noemt dezelfde stap twee keer.
}
backup-too-many-pictures = De back-up heeft { $count } foto's. { -app-name } bewaart er hoogstens { $max }.
backup-picture-bad-name = Een foto in de back-up heeft een naam die { -app-name } niet heeft gemaakt.
backup-picture-too-big = De foto “{ $picture }” is te groot: hoogstens 1 MB mag.
backup-picture-not-picture = De foto “{ $picture }” is geen foto die { -app-name } kan laten zien.

backup-left-out = { $problem } Die sessie staat niet in de back-up.
backup-deleted-tasks-left-out = De leergegevens van { $tasks ->
        [one] 1 taak die is verwijderd
       *[other] { $tasks } taken die zijn verwijderd
    } ({ $sessions ->
        [one] 1 sessie
       *[other] { $sessions } sessies
    }) staan niet in de back-up.
backup-open-task-deleted = De onafgemaakte sessie { $date } hoort bij een taak die is verwijderd.
backup-pictures-missing = { $count ->
    [one] Een foto voor de taak “{ $task }” ({ $person }) staat niet in de back-up. Die stap laat dus geen foto zien.
   *[other] { $count } foto's voor de taak “{ $task }” ({ $person }) staan niet in de back-up. Die stappen laten dus geen foto zien.
}
backup-may-not-open = Deze back-up gaat misschien niet open op een ander apparaat, omdat iets op dit apparaat een regel breekt: { $problem }

backup-replaced-everything = Alles op dit apparaat is vervangen door de back-up gemaakt { $date }: { $people ->
        [one] 1 persoon
       *[other] { $people } personen
    }, { $tasks ->
        [one] 1 taak
       *[other] { $tasks } taken
    }, { $sessions ->
        [one] 1 leersessie
       *[other] { $sessions } leersessies
    }, { $scenarios ->
        [one] 1 bewaarde situatie
       *[other] { $scenarios } bewaarde situaties
    } en { $pictures ->
        [one] 1 foto
       *[other] { $pictures } foto's
    }.
backup-before-gone = Wat eerst op dit apparaat stond, is weg.
backup-open-carry-on = De onafgemaakte sessie uit de back-up staat open. Je kunt ermee verdergaan.
backup-open-here-gone = De onafgemaakte sessie voor “{ $person }” op dit apparaat is ook weg.
backup-replaced-person = “{ $person }” is vervangen door de kopie uit de back-up, met { $tasks ->
        [one] 1 taak
       *[other] { $tasks } taken
    }. Wat hier eerst voor deze persoon stond ({ $old_tasks ->
        [one] 1 taak
       *[other] { $old_tasks } taken
    }, { $old_sessions ->
        [one] 1 leersessie
       *[other] { $old_sessions } leersessies
    }), is weg.
backup-person-was-not-here = “{ $person }” stond niet op dit apparaat en is toegevoegd met { $tasks ->
        [one] 1 taak
       *[other] { $tasks } taken
    }.
backup-no-room-people = “{ $person }” is niet toegevoegd: dit apparaat heeft al { $max } personen. Meer bewaart { -app-name } niet.
backup-phases-differ = De taak “{ $task }” voor “{ $person }” staat hier al, maar de leerfases in de back-up zijn anders. Daarom is de taak uit de back-up toegevoegd als tweede taak, met de sessies erbij.
backup-added-person = “{ $person }” is toegevoegd met { $tasks ->
        [one] 1 taak
       *[other] { $tasks } taken
    }.
backup-added-tasks = { $count ->
    [one] 1 taak toegevoegd voor “{ $person }”, die al op dit apparaat stond.
   *[other] { $count } taken toegevoegd voor “{ $person }”, die al op dit apparaat stond.
}
backup-tasks-here = { $count ->
    [one] 1 taak voor “{ $person }” stond al op dit apparaat.
   *[other] { $count } taken voor “{ $person }” stonden al op dit apparaat.
}
backup-person-here = “{ $person }” stond al op dit apparaat.
backup-tasks-no-room = { $count ->
    [one] 1 taak voor “{ $person }” is niet toegevoegd: iemand kan hoogstens { $max } taken hebben.
   *[other] { $count } taken voor “{ $person }” zijn niet toegevoegd: iemand kan hoogstens { $max } taken hebben.
}
backup-phases-came-in = De leerfases na fase { $from } voor “{ $task }” zijn toegevoegd. De volgende sessie hier is in fase { $phase }.
backup-tracker-differs = De hulpniveaus, regels of doellijn voor “{ $task }” zijn anders in de back-up. Die op dit apparaat blijven. Elke sessie houdt de niveaus waarmee ze is vastgelegd.
backup-added-sessions = { $count ->
    [one] 1 leersessie toegevoegd.
   *[other] { $count } leersessies toegevoegd.
}
backup-sessions-here = { $count ->
    [one] 1 leersessie stond al op dit apparaat.
   *[other] { $count } leersessies stonden al op dit apparaat.
}
backup-open-task-not-in = De back-up heeft de onafgemaakte sessie { $date } voor “{ $task }”. Die is niet toegevoegd, omdat de taak ook niet is toegevoegd.
backup-open-here = De onafgemaakte sessie { $date } voor “{ $task }” stond al op dit apparaat.
backup-open-busy = De back-up heeft de onafgemaakte sessie { $date } voor “{ $task }”, met { $scored } van de { $steps } stappen gescoord. Die is niet toegevoegd, omdat er op dit apparaat al een sessie open staat. Maak die sessie af of gooi die weg. Haal daarna de back-up opnieuw binnen.
backup-open-added = De onafgemaakte sessie { $date } voor “{ $task }” is toegevoegd. Je kunt ermee verdergaan.
backup-scenario-renamed = De situatie “{ $name }” is toegevoegd als “{ $new_name }”, omdat een andere situatie hier die naam al heeft.
backup-added-scenarios = { $count ->
    [one] 1 bewaarde situatie toegevoegd.
   *[other] { $count } bewaarde situaties toegevoegd.
}
backup-scenarios-here = { $count ->
    [one] 1 bewaarde situatie stond al op dit apparaat.
   *[other] { $count } bewaarde situaties stonden al op dit apparaat.
}
backup-scenarios-no-room = { $count ->
    [one] 1 bewaarde situatie is niet toegevoegd: { -app-name } bewaart er hoogstens { $max }. Verwijder er een paar en haal de back-up daarna opnieuw binnen.
   *[other] { $count } bewaarde situaties zijn niet toegevoegd: { -app-name } bewaart er hoogstens { $max }. Verwijder er een paar en haal de back-up daarna opnieuw binnen.
}
backup-added-pictures = { $count ->
    [one] 1 foto toegevoegd.
   *[other] { $count } foto's toegevoegd.
}
backup-pictures-renamed = { $count ->
    [one] 1 foto is toegevoegd met een nieuwe naam, omdat een andere foto hier dezelfde naam heeft.
   *[other] { $count } foto's zijn toegevoegd met een nieuwe naam, omdat andere foto's hier dezelfde namen hebben.
}
backup-pictures-here = { $count ->
    [one] 1 foto stond al op dit apparaat.
   *[other] { $count } foto's stonden al op dit apparaat.
}
backup-empty = De back-up is leeg.
