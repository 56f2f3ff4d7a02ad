file-tasks-too-large = Filen är för stor för att vara en uppgiftsfil från { -app-name } (gränsen är { $limit } MB). Kontrollera att du valde rätt fil.
file-tasks-not-ours = Det här är ingen uppgiftsfil från { -app-name }. Välj en fil som du har sparat från uppgiftsverktyget.
file-tasks-cut-off = Filen tar slut för tidigt. Den blev kanske inte klar när den sparades eller kopierades. Spara den igen och försök en gång till.
file-tasks-newer = Filen är gjord med en nyare version av { -app-name }. Uppdatera appen och försök igen.
file-tasks-bad-version = Filens versionsnummer saknas eller är fel. Den kan ha ändrats. Spara den igen och försök en gång till.
file-tasks-repeated-name = Filen har samma namn två gånger på ett ställe. Den kan ha ändrats, och vi kan inte veta vilket som är rätt. Spara den igen och försök en gång till.

file-tracker-too-large = Filen är för stor för att vara en fil från inlärningsloggen i { -app-name } (gränsen är { $limit } MB). Kontrollera att du valde rätt fil.
file-tracker-not-ours = Det här är ingen fil från inlärningsloggen i { -app-name }. Välj en fil som du har sparat från inlärningsloggen.
file-tracker-cut-off = Filen tar slut för tidigt. Den blev kanske inte klar när den sparades eller kopierades. Spara den igen och försök en gång till.
file-tracker-newer = Filen är gjord med en nyare version av { -app-name }. Uppdatera appen och försök igen.
file-tracker-bad-version = Filens versionsnummer saknas eller är fel. Den kan ha ändrats. Spara den igen och försök en gång till.
file-tracker-repeated-name = Filen har samma namn två gånger på ett ställe. Den kan ha ändrats, och vi kan inte veta vilket som är rätt. Spara den igen och försök en gång till.

file-scenarios-too-large = Filen är för stor för att vara en fil med situationer från { -app-name } (gränsen är { $limit } MB). Kontrollera att du valde rätt fil.
file-scenarios-not-ours = Det här är ingen fil med situationer från { -app-name }. Välj en fil som du har gjort med "Ladda ner sparade situationer som fil".
file-scenarios-cut-off = Filen tar slut för tidigt. Den blev kanske inte klar när den laddades ner eller kopierades. Exportera den igen och försök en gång till.
file-scenarios-newer = Filen är gjord med en nyare version av { -app-name }. Uppdatera appen och försök igen.
file-scenarios-bad-version = Filens versionsnummer saknas eller är fel. Den kan ha ändrats. Exportera den igen och försök en gång till.
file-scenarios-repeated-name = Filen har samma namn två gånger på ett ställe. Den kan ha ändrats, och vi kan inte veta vilket som är rätt. Exportera den igen och försök en gång till.

file-backup-too-large = Filen är för stor för att vara en säkerhetskopia från { -app-name } (gränsen är { $limit } MB). Kontrollera att du valde rätt fil.
file-backup-not-ours = Det här är ingen säkerhetskopia från { -app-name }. Välj en säkerhetskopia som är gjord med { -app-name }.
file-backup-cut-off = Filen tar slut för tidigt. Den blev kanske inte klar när den sparades eller kopierades. Gör säkerhetskopian igen och försök en gång till.
file-backup-newer = Säkerhetskopian är gjord med en nyare version av { -app-name }. Uppdatera appen och försök igen.
file-backup-bad-version = Säkerhetskopians versionsnummer saknas eller är fel. Den kan ha ändrats. Gör säkerhetskopian igen och försök en gång till.
file-backup-repeated-name = Säkerhetskopian har samma namn två gånger på ett ställe. Den kan ha ändrats, och vi kan inte veta vilket som är rätt. Gör säkerhetskopian igen och försök en gång till.
