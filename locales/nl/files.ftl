file-tasks-too-large = Dit bestand is te groot voor een takenbestand van { -app-name } (de grens is { $limit } MB). Kijk of je het goede bestand hebt gekozen.
file-tasks-not-ours = Dit is geen takenbestand van { -app-name }. Kies een bestand dat je hebt bewaard vanuit de takenbouwer.
file-tasks-cut-off = Dit bestand houdt halverwege op. Misschien was het bewaren of kopiëren niet klaar. Bewaar het opnieuw en probeer het nog eens.
file-tasks-newer = Dit bestand is gemaakt met een nieuwere versie van { -app-name }. Werk de app bij en probeer het opnieuw.
file-tasks-bad-version = Het versienummer van dit bestand ontbreekt of klopt niet. Misschien is het bewerkt. Bewaar het opnieuw en probeer het nog eens.
file-tasks-repeated-name = In dit bestand staat dezelfde naam twee keer op één plek. Misschien is het bewerkt, en we weten niet welke juist is. Bewaar het opnieuw en probeer het nog eens.

file-tracker-too-large = Dit bestand is te groot voor een bestand van de leervolger van { -app-name } (de grens is { $limit } MB). Kijk of je het goede bestand hebt gekozen.
file-tracker-not-ours = Dit is geen bestand van de leervolger van { -app-name }. Kies een bestand dat je hebt bewaard vanuit de leervolger.
file-tracker-cut-off = Dit bestand houdt halverwege op. Misschien was het bewaren of kopiëren niet klaar. Bewaar het opnieuw en probeer het nog eens.
file-tracker-newer = Dit bestand is gemaakt met een nieuwere versie van { -app-name }. Werk de app bij en probeer het opnieuw.
file-tracker-bad-version = Het versienummer van dit bestand ontbreekt of klopt niet. Misschien is het bewerkt. Bewaar het opnieuw en probeer het nog eens.
file-tracker-repeated-name = In dit bestand staat dezelfde naam twee keer op één plek. Misschien is het bewerkt, en we weten niet welke juist is. Bewaar het opnieuw en probeer het nog eens.

file-scenarios-too-large = Dit bestand is te groot voor een situatiebestand van { -app-name } (de grens is { $limit } MB). Kijk of je het goede bestand hebt gekozen.
file-scenarios-not-ours = Dit is geen situatiebestand van { -app-name }. Kies een bestand dat je hebt gemaakt met "Bewaarde situaties downloaden als bestand".
file-scenarios-cut-off = Dit bestand houdt halverwege op. Misschien was het downloaden of kopiëren niet klaar. Exporteer het opnieuw en probeer het nog eens.
file-scenarios-newer = Dit bestand is gemaakt met een nieuwere versie van { -app-name }. Werk de app bij en probeer het opnieuw.
file-scenarios-bad-version = Het versienummer van dit bestand ontbreekt of klopt niet. Misschien is het bewerkt. Exporteer het opnieuw en probeer het nog eens.
file-scenarios-repeated-name = In dit bestand staat dezelfde naam twee keer op één plek. Misschien is het bewerkt, en we weten niet welke juist is. Exporteer het opnieuw en probeer het nog eens.

file-backup-too-large = Dit bestand is te groot voor een back-up van { -app-name } (de grens is { $limit } MB). Kijk of je het goede bestand hebt gekozen.
file-backup-not-ours = Dit is geen back-up van { -app-name }. Kies een back-upbestand dat met { -app-name } is gemaakt.
file-backup-cut-off = Dit bestand houdt halverwege op. Misschien was het bewaren of kopiëren niet klaar. Maak de back-up opnieuw en probeer het nog eens.
file-backup-newer = Deze back-up is gemaakt met een nieuwere versie van { -app-name }. Werk de app bij en probeer het opnieuw.
file-backup-bad-version = Het versienummer van deze back-up ontbreekt of klopt niet. Misschien is hij bewerkt. Maak de back-up opnieuw en probeer het nog eens.
file-backup-repeated-name = In deze back-up staat dezelfde naam twee keer op één plek. Misschien is hij bewerkt, en we weten niet welke juist is. Maak de back-up opnieuw en probeer het nog eens.
