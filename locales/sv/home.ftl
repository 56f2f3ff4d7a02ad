home-title = Verktyg för att hitta och lära sig ett jobb
home-lead = Tre gratis verktyg för den som söker arbete, deras familjer och jobbcoacher. De fungerar i din webbläsare, även utan internet när de väl har laddats.
home-lead--easy =
    Tre gratis verktyg.
    För den som söker arbete, familjen och jobbcoacher.
    De fungerar i din webbläsare.
    De fungerar utan internet också.
home-better-off-heading = Får jag mer pengar om jag arbetar?
home-better-off-what = Se hur mycket pengar du skulle ha varje vecka med ett jobb, jämfört med vad du får nu. Den räknar med lön, skatt, Universal Credit och andra bidrag. Det är regler i Storbritannien.
home-better-off-what--easy =
    Se hur mycket pengar du har varje vecka med ett jobb.
    Se hur mycket du får nu.
    Den räknar med lön, skatt och bidrag.
home-better-off-who = För arbetssökande, familjer och jobbcoacher i England, Skottland och Wales.
home-tasks-heading = Dela upp ett jobb i steg
home-tasks-what = Skriv ner varje steg i en arbetsuppgift, i ordning, med det som visar personen när steget ska göras och en bild. Gör en enkel guide som personen kan följa.
home-tasks-what--easy =
    Skriv ner varje steg i en uppgift.
    Lägg till en bild för varje steg.
    Gör en enkel guide att följa.
home-tracker-heading = Följ inlärningen
home-tracker-what = Skriv ner hur mycket hjälp varje steg behövde vid varje träningstillfälle. Se framstegen, ge mindre hjälp med tiden och se tidigt när inlärningen har stannat av.
home-tracker-what--easy =
    Skriv ner hur mycket hjälp varje steg behövde.
    Se hur inlärningen går.
    Ge mindre hjälp med tiden.
home-for-coaches = För jobbcoacher.
home-private-heading = Dina uppgifter är privata
home-private = Du behöver inget konto. Det du skriver stannar på den här enheten. Det skickas inte till oss eller till någon annan.
home-private--easy =
    Du behöver inget konto.
    Det du skriver stannar på den här enheten.
    Ingen annan ser det.

notfound-text = Vi kunde inte hitta sidan. Länken kan vara fel eller gammal.
notfound-home = Till startsidan
