store-unavailable = Webbläsaren låter inte appen spara något på den här enheten, så ditt arbete försvinner när du stänger sidan. Allt annat fungerar, och du kan exportera dina uppgifter till en fil.
store-full = Enheten har inget utrymme kvar för appens uppgifter. Dina senaste ändringar sparas bara tills du stänger sidan. Exportera uppgifterna till en fil eller ta bort några bilder.
store-newer = Uppgifterna på enheten sparades av en nyare version av { -app-name }. De har inte ändrats. Tills du uppdaterar appen sparas det du gör nu bara tills du stänger sidan.
store-no-lock = Uppgifterna på enheten är inte låsta.
store-cannot-unlock = Webbläsaren kan inte låsa upp uppgifterna.
store-wrong-passphrase = Lösenfrasen stämmer inte. Kontrollera stora bokstäver och försök igen.
store-cannot-lock = Webbläsaren kan inte låsa uppgifterna. Ingenting har ändrats.
store-no-room-to-lock = Det finns inget utrymme på enheten för att låsa uppgifterna. Ingenting har ändrats.
store-no-room-to-lock-all = Det fanns inte utrymme att låsa allt; låset är på och inget har försvunnit.
store-no-room-to-unlock = Det finns inget utrymme på enheten för att stänga av låset. Låset är fortfarande på.
store-lock-not-off = Låset kunde inte stängas av. Det är fortfarande på.
store-unreadable-tasks = Den här versionen av appen kunde inte läsa uppgifterna på enheten, så ingenting gjordes med dem. De har inte ändrats.
store-unreadable-sessions = Den här versionen av appen kunde inte läsa träningstillfällena på enheten, så ingenting gjordes med dem. De har inte ändrats.
store-unreadable-scenarios = Den här versionen av appen kunde inte läsa de sparade situationerna på enheten, så ingenting gjordes med dem. De har inte ändrats.

lock-heading = Uppgifterna på enheten är låsta
lock-intro = Någon har slagit på en lösenfras för att hålla personerna, uppgifterna och träningstillfällena på enheten privata. Skriv den för att öppna dem.
lock-type-passphrase = Skriv lösenfrasen.
lock-unlocking = Låser upp…
lock-unlock = Lås upp
lock-forgotten = Jag har glömt lösenfrasen
lock-forgotten-no-reset = Ingen kan öppna uppgifterna utan lösenfrasen: inte du, inte din organisation och inte vi. Den går inte att återställa. Så förblir allt privat om surfplattan kommer bort.
lock-forgotten-backup = Om du har en säkerhetskopia kan du ta bort de låsta uppgifterna och läsa in säkerhetskopian igen.
lock-remove-all = Ta bort alla uppgifter från enheten
lock-damaged = Låset på enhetens uppgifter är skadat, så uppgifterna kan inte öppnas. Ingenting har raderats.
lock-weak = Låset på enhetens uppgifter gjordes på ett sätt som appen inte längre litar på, så den öppnar det inte. Ingenting har raderats.
lock-too-short = Använd minst { $min } tecken. Några ord som du kommer ihåg är bäst.
lock-too-long = Använd högst { $max } tecken.
lock-different = De två lösenfraserna är inte lika. Skriv den igen.

remove-all-warning = Det här tar bort allt som { -app-name } sparar på enheten: personer, uppgifter, träningstillfällen, bilder och sparade situationer. Det går inte att ångra.
remove-all-yes = Ja, ta bort allt
remove-all-no = Nej, behåll det

update-ready = En ny version av { -app-name } är klar. Ditt sparade arbete finns kvar på enheten. Du kan göra klart det du håller på med först.
update-use = Använd den nya versionen
