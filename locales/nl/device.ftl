store-unavailable = Deze browser laat de app niets bewaren op dit apparaat. Je werk is dus weg als je de pagina sluit. Al het andere werkt, en je kunt je gegevens exporteren naar een bestand.
store-full = Dit apparaat heeft geen ruimte meer voor de gegevens van de app. Je laatste wijzigingen blijven alleen bewaard tot je de pagina sluit. Exporteer je gegevens naar een bestand, of verwijder een paar foto's.
store-newer = Je gegevens op dit apparaat zijn bewaard door een nieuwere versie van { -app-name }. Er is niets aan veranderd. Tot je de app bijwerkt, blijft wat je nu doet alleen bewaard tot je de pagina sluit.
store-no-lock = De gegevens op dit apparaat zitten niet op slot.
store-cannot-unlock = Deze browser kan de gegevens niet ontgrendelen.
store-wrong-passphrase = Die wachtwoordzin klopt niet. Let op hoofdletters en probeer het opnieuw.
store-cannot-lock = Deze browser kan de gegevens niet op slot doen. Er is niets veranderd.
store-no-room-to-lock = Er is geen ruimte op dit apparaat om de gegevens op slot te doen. Er is niets veranderd.
store-no-room-to-lock-all = Er was geen ruimte om alles op slot te doen; het slot staat aan en er is niets kwijt.
store-no-room-to-unlock = Er is geen ruimte op dit apparaat om het slot uit te zetten. Het slot staat nog aan.
store-lock-not-off = Het slot kon niet uitgezet worden. Het staat nog aan.
store-unreadable-tasks = Deze versie van de app kon de taken op dit apparaat niet lezen, dus er is niets mee gedaan. Ze zijn niet veranderd.
store-unreadable-sessions = Deze versie van de app kon de sessies op dit apparaat niet lezen, dus er is niets mee gedaan. Ze zijn niet veranderd.
store-unreadable-scenarios = Deze versie van de app kon de bewaarde situaties op dit apparaat niet lezen, dus er is niets mee gedaan. Ze zijn niet veranderd.

lock-heading = De gegevens op dit apparaat zitten op slot
lock-intro = Iemand heeft een wachtwoordzin aangezet om de personen, taken en sessies op dit apparaat privé te houden. Typ hem om ze te openen.
lock-type-passphrase = Typ de wachtwoordzin.
lock-unlocking = Bezig met ontgrendelen…
lock-unlock = Ontgrendelen
lock-forgotten = Ik ben de wachtwoordzin vergeten
lock-forgotten-no-reset = Niemand kan de gegevens openen zonder de wachtwoordzin: jij niet, je organisatie niet en wij niet. Je kunt hem niet herstellen. Zo blijft alles privé als de tablet kwijtraakt.
lock-forgotten-backup = Heb je een back-upbestand? Dan kun je de vergrendelde gegevens verwijderen en de back-up opnieuw binnenhalen.
lock-remove-all = Alle gegevens van dit apparaat verwijderen
lock-damaged = Het slot op de gegevens van dit apparaat is beschadigd, dus de gegevens kunnen niet open. Er is niets gewist.
lock-weak = Het slot op de gegevens van dit apparaat is gemaakt op een manier die deze app niet meer vertrouwt, dus de app opent het niet. Er is niets gewist.
lock-too-short = Gebruik minstens { $min } tekens. Een paar woorden die je onthoudt, werken het best.
lock-too-long = Gebruik { $max } tekens of minder.
lock-different = De twee wachtwoordzinnen zijn niet hetzelfde. Typ hem nog een keer.

remove-all-warning = Dit verwijdert alles wat { -app-name } op dit apparaat bewaart: personen, taken, sessies, foto's en bewaarde situaties. Dit kan niet ongedaan worden gemaakt.
remove-all-yes = Ja, alles verwijderen
remove-all-no = Nee, houden

update-ready = Er is een nieuwe versie van { -app-name } klaar. Je bewaarde werk blijft op dit apparaat. Je kunt eerst afmaken waar je mee bezig bent.
update-use = Nieuwe versie gebruiken
