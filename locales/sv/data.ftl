data-lead = Allt som { -app-name } sparar finns på den här enheten, i den här webbläsaren. Här kan du säkerhetskopiera, flytta till en annan enhet, låsa eller ta bort det.
data-kept-heading = Det här finns på enheten
data-people = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
data-tasks = { $count ->
    [one] 1 uppgift
   *[other] { $count } uppgifter
}
data-sessions = { $count ->
    [one] 1 träningstillfälle
   *[other] { $count } träningstillfällen
}
data-pictures = { $count ->
    [one] 1 bild
   *[other] { $count } bilder
}
data-scenarios = { $count ->
    [one] 1 sparad situation
   *[other] { $count } sparade situationer
}
data-saved-file = Säkerhetskopian { $name } är sparad. Förvara den säkert: alla som har filen kan läsa den.
data-not-saved = Webbläsaren ville inte spara filen.
data-choose-person-first = Välj en person först.
data-backup-heading = Säkerhetskopiera eller flytta till en annan enhet
data-backup-intro = Spara en fil med dina uppgifter. Öppna { -app-name } på den andra enheten, gå till den här sidan och hämta in filen.
data-save-everything = Spara en säkerhetskopia av allt
data-one-person = Eller bara en person
data-one-person-hint = Personens uppgifter, träningstillfällen och bilder, till exempel för att lämna över till en annan jobbcoach.
data-choose-person = Välj en person
data-save-person = Spara personens fil
data-backup-in = Säkerhetskopian är inläst.
data-backup-in-not-saved = Säkerhetskopian är inläst för stunden, men enheten ville inte spara den. Den försvinner när du stänger sidan.
data-import-heading = Läs in en säkerhetskopia
data-file-label = Säkerhetskopia
data-file-hint = En fil som sparats från den här sidan på valfri enhet. En fil som inte går att läsa avvisas, och ingenting här ändras.
data-how-legend = Vad ska hända med uppgifterna som redan finns här?
data-how-merge = Behåll dem och lägg till det som är nytt i filen
data-how-replace-everything = Ta bort dem och använd bara det som finns i filen
data-how-replace-person = Ersätt { $person } med kopian i filen (alla andra finns kvar)
data-bring-in = Läs in
data-cancel = Avbryt
data-describe-everything = En säkerhetskopia av allt, sparad { $date }: { $counts }.
data-describe-person = En säkerhetskopia av { $person }, sparad { $date }: { $counts }.
data-file-too-big = Filen är för stor för att vara en säkerhetskopia från { -app-name }. Ingenting har ändrats.
data-file-unreadable = Filen gick inte att läsa.
data-file-refused = { $reason } Ingenting har ändrats.
data-lock-heading = Lås med en lösenfras
data-lock-turned-on = Låset är på. Uppgifterna låses efter { $minutes } minuter utan användning, eller när du väljer Lås.
data-lock-turned-off = Låset är av. Uppgifterna på enheten är inte längre krypterade.
data-lock-is-on = Låset är på. Uppgifterna sparas krypterade på enheten och låses efter { $minutes } minuter utan användning.
data-lock-now = Lås nu
data-lock-off = Stäng av låset
data-lock-intro = För en surfplatta som flera personer använder. Uppgifterna sparas krypterade och låses när ingen har använt appen på en stund. Skriv lösenfrasen för att öppna dem.
data-lock-warning = Om du glömmer lösenfrasen kan ingen få tillbaka uppgifterna.
data-lock-warning-more = Inte du, inte din organisation och inte vi. Gör en säkerhetskopia först.
data-passphrase = Lösenfras
data-passphrase-hint = Minst 8 tecken. Några ord som du kommer ihåg är bäst.
data-passphrase-again = Skriv den igen
data-lock-after = Lås efter
data-lock-minutes = { $minutes } minuter utan användning
data-lock-turning-on = Låset slås på…
data-lock-turn-on = Slå på låset
data-removed = Allt som { -app-name } sparade på enheten har tagits bort.
data-remove-heading = Ta bort allt från enheten
data-remove-intro = Till exempel innan du ger surfplattan till någon annan. Gör en säkerhetskopia först om du behöver uppgifterna.
data-remove-button = Ta bort allt
