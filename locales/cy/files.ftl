file-tasks-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil tasgau { -app-name } (yr uchafswm yw { $limit } MB). Gwiriwch eich bod wedi dewis y ffeil gywir.
file-tasks-not-ours = Nid ffeil tasgau { -app-name } yw hon. Dewiswch ffeil a gadwyd o'r adeiladwr tasgau.
file-tasks-cut-off = Mae'r ffeil hon yn stopio hanner ffordd, felly efallai na orffennodd gadw neu gopïo. Cadwch hi eto a rhowch gynnig arall arni.
file-tasks-newer = Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o { -app-name }. Diweddarwch yr ap a rhowch gynnig arall arni.
file-tasks-bad-version = Mae rhif fersiwn y ffeil hon ar goll neu'n anghywir, felly efallai ei bod wedi cael ei golygu. Cadwch hi eto a rhowch gynnig arall arni.
file-tasks-repeated-name = Mae gan y ffeil hon yr un enw ddwywaith mewn un lle, felly efallai ei bod wedi cael ei golygu ac ni allwn ddweud pa un sy'n gywir. Cadwch hi eto a rhowch gynnig arall arni.

file-tracker-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil traciwr { -app-name } (yr uchafswm yw { $limit } MB). Gwiriwch eich bod wedi dewis y ffeil gywir.
file-tracker-not-ours = Nid ffeil traciwr { -app-name } yw hon. Dewiswch ffeil a gadwyd o'r traciwr.
file-tracker-cut-off = Mae'r ffeil hon yn stopio hanner ffordd, felly efallai na orffennodd gadw neu gopïo. Cadwch hi eto a rhowch gynnig arall arni.
file-tracker-newer = Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o { -app-name }. Diweddarwch yr ap a rhowch gynnig arall arni.
file-tracker-bad-version = Mae rhif fersiwn y ffeil hon ar goll neu'n anghywir, felly efallai ei bod wedi cael ei golygu. Cadwch hi eto a rhowch gynnig arall arni.
file-tracker-repeated-name = Mae gan y ffeil hon yr un enw ddwywaith mewn un lle, felly efallai ei bod wedi cael ei golygu ac ni allwn ddweud pa un sy'n gywir. Cadwch hi eto a rhowch gynnig arall arni.

file-scenarios-too-large = Mae'r ffeil hon yn rhy fawr i fod yn ffeil sefyllfaoedd { -app-name } (yr uchafswm yw { $limit } MB). Gwiriwch eich bod wedi dewis y ffeil gywir.
file-scenarios-not-ours = Nid ffeil sefyllfaoedd { -app-name } yw hon. Dewiswch ffeil a wnaed gyda "Lawrlwytho sefyllfaoedd wedi'u cadw fel ffeil".
file-scenarios-cut-off = Mae'r ffeil hon yn stopio hanner ffordd, felly efallai na orffennodd lawrlwytho neu gopïo. Allforiwch hi eto a rhowch gynnig arall arni.
file-scenarios-newer = Cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o { -app-name }. Diweddarwch yr ap a rhowch gynnig arall arni.
file-scenarios-bad-version = Mae rhif fersiwn y ffeil hon ar goll neu'n anghywir, felly efallai ei bod wedi cael ei golygu. Allforiwch hi eto a rhowch gynnig arall arni.
file-scenarios-repeated-name = Mae gan y ffeil hon yr un enw ddwywaith mewn un lle, felly efallai ei bod wedi cael ei golygu ac ni allwn ddweud pa un sy'n gywir. Allforiwch hi eto a rhowch gynnig arall arni.

file-backup-too-large = Mae'r ffeil hon yn rhy fawr i fod yn gopi wrth gefn { -app-name } (yr uchafswm yw { $limit } MB). Gwiriwch eich bod wedi dewis y ffeil gywir.
file-backup-not-ours = Nid copi wrth gefn { -app-name } yw hwn. Dewiswch ffeil gopi wrth gefn a wnaed gyda { -app-name }.
file-backup-cut-off = Mae'r ffeil hon yn stopio hanner ffordd, felly efallai na orffennodd gadw neu gopïo. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
file-backup-newer = Cafodd y copi wrth gefn hwn ei wneud gan fersiwn mwy newydd o { -app-name }. Diweddarwch yr ap a rhowch gynnig arall arni.
file-backup-bad-version = Mae rhif fersiwn y copi wrth gefn hwn ar goll neu'n anghywir, felly efallai ei fod wedi cael ei olygu. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
file-backup-repeated-name = Mae gan y copi wrth gefn hwn yr un enw ddwywaith mewn un lle, felly efallai ei fod wedi cael ei olygu ac ni allwn ddweud pa un sy'n gywir. Gwnewch y copi wrth gefn eto a rhowch gynnig arall arni.
