data-lead = Alles wat { -app-name } bewaart, staat op dit apparaat, in deze webbrowser. Hier kun je een back-up maken, het naar een ander apparaat verhuizen, het op slot doen of het verwijderen.
data-kept-heading = Wat er op dit apparaat staat
data-people = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
data-tasks = { $count ->
    [one] 1 taak
   *[other] { $count } taken
}
data-sessions = { $count ->
    [one] 1 leersessie
   *[other] { $count } leersessies
}
data-pictures = { $count ->
    [one] 1 foto
   *[other] { $count } foto's
}
data-scenarios = { $count ->
    [one] 1 bewaarde situatie
   *[other] { $count } bewaarde situaties
}
data-saved-file = Back-upbestand { $name } is bewaard. Bewaar het op een veilige plek: iedereen met het bestand kan het lezen.
data-not-saved = Deze browser wilde het bestand niet bewaren.
data-choose-person-first = Kies eerst een persoon.
data-backup-heading = Back-up maken of verhuizen naar een ander apparaat
data-backup-intro = Bewaar een bestand met je gegevens. Open op een ander apparaat { -app-name }, ga naar deze pagina en haal het bestand binnen.
data-save-everything = Back-up van alles bewaren
data-one-person = Of maar één persoon
data-one-person-hint = Hun taken, sessies en foto's, bijvoorbeeld om ze door te geven aan een andere jobcoach.
data-choose-person = Kies een persoon
data-save-person = Bestand van deze persoon bewaren
data-backup-in = De back-up is binnengehaald.
data-backup-in-not-saved = De back-up is nu binnen, maar dit apparaat wilde hem niet bewaren. Hij is weg als je de pagina sluit.
data-import-heading = Een back-up binnenhalen
data-file-label = Back-upbestand
data-file-hint = Een bestand dat vanaf deze pagina is bewaard, op welk apparaat dan ook. Een bestand dat niet te lezen is, wordt geweigerd en er verandert hier niets.
data-how-legend = Wat moet er gebeuren met de gegevens die hier al staan?
data-how-merge = Houden, en toevoegen wat nieuw is in het bestand
data-how-replace-everything = Verwijderen, en alleen gebruiken wat in het bestand staat
data-how-replace-person = { $person } vervangen door de kopie uit het bestand (de rest blijft)
data-bring-in = Binnenhalen
data-cancel = Annuleren
data-describe-everything = Een back-up van alles, bewaard { $date }: { $counts }.
data-describe-person = Een back-up van { $person }, bewaard { $date }: { $counts }.
data-file-too-big = Dat bestand is te groot voor een back-up van { -app-name }. Er is niets veranderd.
data-file-unreadable = Het bestand kon niet gelezen worden.
data-file-refused = { $reason } Er is niets veranderd.
data-lock-heading = Op slot met een wachtwoordzin
data-lock-turned-on = Het slot staat aan. De gegevens gaan vanzelf op slot na { $minutes } minuten zonder gebruik, of als je Vergrendelen kiest.
data-lock-turned-off = Het slot staat uit. De gegevens op dit apparaat zijn niet meer versleuteld.
data-lock-is-on = Het slot staat aan. De gegevens worden versleuteld bewaard op dit apparaat en gaan vanzelf op slot na { $minutes } minuten zonder gebruik.
data-lock-now = Nu vergrendelen
data-lock-off = Slot uitzetten
data-lock-intro = Voor een tablet die door meer mensen wordt gebruikt. De gegevens worden versleuteld bewaard en gaan vanzelf op slot als niemand de app een tijdje gebruikt. Typ de wachtwoordzin om ze te openen.
data-lock-warning = Als je de wachtwoordzin vergeet, kan niemand de gegevens terughalen.
data-lock-warning-more = Jij niet, je organisatie niet en wij niet. Maak eerst een back-up.
data-passphrase = Wachtwoordzin
data-passphrase-hint = Minstens 8 tekens. Een paar woorden die je onthoudt, werken het best.
data-passphrase-again = Typ hem nog een keer
data-lock-after = Vergrendelen na
data-lock-minutes = { $minutes } minuten zonder gebruik
data-lock-turning-on = Slot wordt aangezet…
data-lock-turn-on = Slot aanzetten
data-removed = Alles wat { -app-name } op dit apparaat bewaarde, is verwijderd.
data-remove-heading = Alles verwijderen van dit apparaat
data-remove-intro = Bijvoorbeeld voordat je de tablet aan iemand anders geeft. Maak eerst een back-up als je de gegevens nog nodig hebt.
data-remove-button = Alles verwijderen
