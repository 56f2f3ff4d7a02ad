home-title = Hulpmiddelen om werk te vinden en een baan te leren
home-lead = Drie gratis hulpmiddelen voor mensen die werk zoeken, hun familie en jobcoaches. Ze werken in je webbrowser, ook zonder internet als ze eenmaal geladen zijn.
home-lead--easy =
    Drie gratis hulpmiddelen.
    Voor mensen die werk zoeken, hun familie en jobcoaches.
    Ze werken in je webbrowser.
    Ze werken ook zonder internet.
home-better-off-heading = Heb ik meer geld als ik werk?
home-better-off-what = Zie hoeveel geld je elke week zou hebben met een baan, vergeleken met wat je nu krijgt. Het rekent met loon, belasting, Universal Credit en andere uitkeringen. Dit zijn regels van het Verenigd Koninkrijk.
home-better-off-what--easy =
    Zie hoeveel geld je elke week hebt met een baan.
    Zie hoeveel je nu krijgt.
    Het rekent met loon, belasting en uitkeringen.
home-better-off-who = Voor werkzoekenden, families en jobcoaches in Engeland, Schotland en Wales.
home-tasks-heading = Een taak opdelen in stappen
home-tasks-what = Schrijf elke stap van een taak op het werk op, op volgorde, met wat de persoon laat weten dat het tijd is, en een foto. Maak er een eenvoudige handleiding van die de werknemer kan volgen.
home-tasks-what--easy =
    Schrijf elke stap van een taak op.
    Zet bij elke stap een foto.
    Maak een eenvoudige handleiding.
home-tracker-heading = Leren volgen
home-tracker-what = Schrijf op hoeveel hulp elke stap nodig had in elke leersessie. Zie de vooruitgang, geef na verloop van tijd minder hulp en merk vroeg wanneer het leren stilstaat.
home-tracker-what--easy =
    Schrijf op hoeveel hulp elke stap nodig had.
    Zie hoe het leren gaat.
    Geef steeds minder hulp.
home-for-coaches = Voor jobcoaches.
home-private-heading = Je gegevens blijven privé
home-private = Je hebt geen account nodig. Wat je typt, blijft op dit apparaat. Het wordt niet naar ons of naar iemand anders gestuurd.
home-private--easy =
    Je hebt geen account nodig.
    Wat je typt, blijft op dit apparaat.
    Niemand anders ziet het.

notfound-text = We konden die pagina niet vinden. De link is misschien fout of verouderd.
notfound-home = Naar de startpagina
