# Svaret "bättre med jobb": rubriken, tabellen, diagrammet, värmekartan, de första månaderna
# och förklaringen. Beloppen följer Storbritanniens regler.

result-name-carers-allowance = Carer's Allowance (bidrag för anhörigvårdare)
result-name-carer-support = Carer Support Payment (skotskt bidrag för anhörigvårdare)
result-name-pip = Personal Independence Payment (bidrag vid funktionsnedsättning)
result-name-adp = Adult Disability Payment (skotskt bidrag vid funktionsnedsättning)
result-name-dla = Disability Living Allowance (bidrag för barn med funktionsnedsättning)
result-name-winter-fuel = Winter Fuel Payment (bidrag till uppvärmning på vintern)
result-name-winter-heating = Pension Age Winter Heating Payment (skotskt bidrag till uppvärmning på vintern)
result-name-cdp = Child Disability Payment (skotskt bidrag för barn med funktionsnedsättning)

result-explain-earns = { $who ->
    [you] Du tjänar { $amount } i månaden före skatt.
    [other] { $name_start } tjänar { $amount } i månaden före skatt.
    [partner] Din partner tjänar { $amount } i månaden före skatt.
   *[second] Partnern tjänar { $amount } i månaden före skatt.
}
result-explain-no-tax = { $who ->
    [you] Du betalar ingen inkomstskatt: inkomsten är lägre än det skattefria beloppet (personal allowance).
    [other] { $name_start } betalar ingen inkomstskatt: inkomsten är lägre än det skattefria beloppet (personal allowance).
    [partner] Din partner betalar ingen inkomstskatt: inkomsten är lägre än det skattefria beloppet (personal allowance).
   *[second] Partnern betalar ingen inkomstskatt: inkomsten är lägre än det skattefria beloppet (personal allowance).
}
result-explain-tax = { $who ->
    [you] Du betalar { $amount } i månaden i inkomstskatt.
    [other] { $name_start } betalar { $amount } i månaden i inkomstskatt.
    [partner] Din partner betalar { $amount } i månaden i inkomstskatt.
   *[second] Partnern betalar { $amount } i månaden i inkomstskatt.
}
result-explain-tax-scottish = { $who ->
    [you] Du betalar { $amount } i månaden i inkomstskatt, med skotska skattesatser.
    [other] { $name_start } betalar { $amount } i månaden i inkomstskatt, med skotska skattesatser.
    [partner] Din partner betalar { $amount } i månaden i inkomstskatt, med skotska skattesatser.
   *[second] Partnern betalar { $amount } i månaden i inkomstskatt, med skotska skattesatser.
}
result-explain-no-ni = { $who ->
    [you] Du betalar ingen National Insurance (socialavgifter): lönen är under gränsen.
    [other] { $name_start } betalar ingen National Insurance (socialavgifter): lönen är under gränsen.
    [partner] Din partner betalar ingen National Insurance (socialavgifter): lönen är under gränsen.
   *[second] Partnern betalar ingen National Insurance (socialavgifter): lönen är under gränsen.
}
result-explain-ni = { $who ->
    [you] Du betalar { $amount } i månaden i National Insurance (socialavgifter).
    [other] { $name_start } betalar { $amount } i månaden i National Insurance (socialavgifter).
    [partner] Din partner betalar { $amount } i månaden i National Insurance (socialavgifter).
   *[second] Partnern betalar { $amount } i månaden i National Insurance (socialavgifter).
}
result-explain-pension = { $who ->
    [you] Du betalar { $amount } i månaden till en tjänstepension (arbetsgivaren och skatteavdraget lägger till mer).
    [other] { $name_start } betalar { $amount } i månaden till en tjänstepension (arbetsgivaren och skatteavdraget lägger till mer).
    [partner] Din partner betalar { $amount } i månaden till en tjänstepension (arbetsgivaren och skatteavdraget lägger till mer).
   *[second] Partnern betalar { $amount } i månaden till en tjänstepension (arbetsgivaren och skatteavdraget lägger till mer).
}
result-explain-marriage = { $who ->
    [you] Marriage Allowance (skatterabatt för par): din partners oanvända skattefria belopp tar bort { $amount } om året från din skatt.
    [other] Marriage Allowance (skatterabatt för par): partnerns oanvända skattefria belopp tar bort { $amount } om året från { $name }s skatt.
    [partner] Marriage Allowance (skatterabatt för par): ditt oanvända skattefria belopp tar bort { $amount } om året från din partners skatt.
   *[second] Marriage Allowance (skatterabatt för par): det oanvända skattefria beloppet för { $name } tar bort { $amount } om året från partnerns skatt.
}
result-explain-carer-gets-working = { $who ->
    [you] Du får { $benefit }: { $amount } i månaden (lönen efter avdrag är { $earnings } i veckan, under gränsen på { $limit }).
    [other] { $name_start } får { $benefit }: { $amount } i månaden (lönen efter avdrag är { $earnings } i veckan, under gränsen på { $limit }).
    [partner] Din partner får { $benefit }: { $amount } i månaden (lönen efter avdrag är { $earnings } i veckan, under gränsen på { $limit }).
   *[second] Partnern får { $benefit }: { $amount } i månaden (lönen efter avdrag är { $earnings } i veckan, under gränsen på { $limit }).
}
result-explain-carer-gets = { $who ->
    [you] Du får { $benefit }: { $amount } i månaden.
    [other] { $name_start } får { $benefit }: { $amount } i månaden.
    [partner] Din partner får { $benefit }: { $amount } i månaden.
   *[second] Partnern får { $benefit }: { $amount } i månaden.
}
result-explain-carer-loses = { $who ->
    [you] Du förlorar { $benefit }: lönen efter avdrag är { $earnings } i veckan, över gränsen på { $limit }. Även en penny för mycket stoppar allt.
    [other] { $name_start } förlorar { $benefit }: lönen efter avdrag är { $earnings } i veckan, över gränsen på { $limit }. Även en penny för mycket stoppar allt.
    [partner] Din partner förlorar { $benefit }: lönen efter avdrag är { $earnings } i veckan, över gränsen på { $limit }. Även en penny för mycket stoppar allt.
   *[second] Partnern förlorar { $benefit }: lönen efter avdrag är { $earnings } i veckan, över gränsen på { $limit }. Även en penny för mycket stoppar allt.
}
result-explain-carer-only-one = Bara en { $benefit } betalas för att vårda samma person.
result-explain-pip = { $who ->
    [you] Du får { $amount } i månaden i { $benefit }: det fortsätter när du jobbar och gör inte Universal Credit lägre.
    [other] { $name_start } får { $amount } i månaden i { $benefit }: det fortsätter i jobb och gör inte Universal Credit lägre.
    [partner] Din partner får { $amount } i månaden i { $benefit }: det fortsätter i jobb och gör inte Universal Credit lägre.
   *[second] Partnern får { $amount } i månaden i { $benefit }: det fortsätter i jobb och gör inte Universal Credit lägre.
}
result-explain-esa = { $who ->
    [you] Du får New Style ESA (ersättning vid sjukdom eller funktionsnedsättning): { $amount } i månaden, { $group }.
    [other] { $name_start } får New Style ESA (ersättning vid sjukdom eller funktionsnedsättning): { $amount } i månaden, { $group }.
    [partner] Din partner får New Style ESA (ersättning vid sjukdom eller funktionsnedsättning): { $amount } i månaden, { $group }.
   *[second] Partnern får New Style ESA (ersättning vid sjukdom eller funktionsnedsättning): { $amount } i månaden, { $group }.
}
result-esa-group-assessment = medan bedömningen pågår
result-esa-group-wrag = i gruppen som förbereder sig för jobb (work-related activity group)
result-esa-group-support = i gruppen utan krav på att förbereda sig för jobb (support group)
result-explain-esa-lower-limit = { $who ->
    [you] Du behåller New Style ESA på { $amount } i månaden: lönen efter skatt är { $earnings } i veckan, inom de 20 £ som du får tjäna hur många timmar du än jobbar.
    [other] { $name_start } behåller New Style ESA på { $amount } i månaden: lönen efter skatt är { $earnings } i veckan, inom de 20 £ som man får tjäna hur många timmar man än jobbar.
    [partner] Din partner behåller New Style ESA på { $amount } i månaden: lönen efter skatt är { $earnings } i veckan, inom de 20 £ som man får tjäna hur många timmar man än jobbar.
   *[second] Partnern behåller New Style ESA på { $amount } i månaden: lönen efter skatt är { $earnings } i veckan, inom de 20 £ som man får tjäna hur många timmar man än jobbar.
}
result-explain-esa-permitted = { $who ->
    [you] Du behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete (permitted work), under 16 timmar i veckan, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
    [other] { $name_start } behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete (permitted work), under 16 timmar i veckan, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
    [partner] Din partner behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete (permitted work), under 16 timmar i veckan, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
   *[second] Partnern behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete (permitted work), under 16 timmar i veckan, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
}
result-explain-esa-supported = { $who ->
    [you] Du behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete med stöd (supported permitted work), så antalet timmar spelar ingen roll, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
    [other] { $name_start } behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete med stöd (supported permitted work), så antalet timmar spelar ingen roll, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
    [partner] Din partner behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete med stöd (supported permitted work), så antalet timmar spelar ingen roll, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
   *[second] Partnern behåller New Style ESA på { $amount } i månaden: det här är tillåtet arbete med stöd (supported permitted work), så antalet timmar spelar ingen roll, och lönen efter skatt på { $earnings } i veckan är under gränsen på { $limit }.
}
result-explain-esa-stops-hours = { $who ->
    [you] Du förlorar New Style ESA: arbete på 16 timmar i veckan eller mer är inte tillåtet arbete (utom om det är arbete med stöd som ordnats för personer med funktionsnedsättning).
    [other] { $name_start } förlorar New Style ESA: arbete på 16 timmar i veckan eller mer är inte tillåtet arbete (utom om det är arbete med stöd som ordnats för personer med funktionsnedsättning).
    [partner] Din partner förlorar New Style ESA: arbete på 16 timmar i veckan eller mer är inte tillåtet arbete (utom om det är arbete med stöd som ordnats för personer med funktionsnedsättning).
   *[second] Partnern förlorar New Style ESA: arbete på 16 timmar i veckan eller mer är inte tillåtet arbete (utom om det är arbete med stöd som ordnats för personer med funktionsnedsättning).
}
result-explain-esa-stops-earnings = { $who ->
    [you] Du förlorar New Style ESA: lönen efter skatt på { $earnings } i veckan är över gränsen på { $limit } för tillåtet arbete (permitted work). Även en penny för mycket stoppar allt.
    [other] { $name_start } förlorar New Style ESA: lönen efter skatt på { $earnings } i veckan är över gränsen på { $limit } för tillåtet arbete (permitted work). Även en penny för mycket stoppar allt.
    [partner] Din partner förlorar New Style ESA: lönen efter skatt på { $earnings } i veckan är över gränsen på { $limit } för tillåtet arbete (permitted work). Även en penny för mycket stoppar allt.
   *[second] Partnern förlorar New Style ESA: lönen efter skatt på { $earnings } i veckan är över gränsen på { $limit } för tillåtet arbete (permitted work). Även en penny för mycket stoppar allt.
}
result-explain-jsa = { $who ->
    [you] Du får New Style JSA (ersättning för arbetssökande): { $amount } i månaden. Den varar i högst 6 månader.
    [other] { $name_start } får New Style JSA (ersättning för arbetssökande): { $amount } i månaden. Den varar i högst 6 månader.
    [partner] Din partner får New Style JSA (ersättning för arbetssökande): { $amount } i månaden. Den varar i högst 6 månader.
   *[second] Partnern får New Style JSA (ersättning för arbetssökande): { $amount } i månaden. Den varar i högst 6 månader.
}
result-explain-jsa-disregard = { $who ->
    [you] Du behåller hela din New Style JSA på { $amount } i månaden: lönen efter skatt på { $earnings } i veckan är inom de 5 £ som inte räknas.
    [other] { $name_start } behåller hela sin New Style JSA på { $amount } i månaden: lönen efter skatt på { $earnings } i veckan är inom de 5 £ som inte räknas.
    [partner] Din partner behåller hela sin New Style JSA på { $amount } i månaden: lönen efter skatt på { $earnings } i veckan är inom de 5 £ som inte räknas.
   *[second] Partnern behåller hela sin New Style JSA på { $amount } i månaden: lönen efter skatt på { $earnings } i veckan är inom de 5 £ som inte räknas.
}
result-explain-jsa-reduced = { $who ->
    [you] Din New Style JSA minskar till { $amount } i månaden: lönen efter skatt på { $earnings } i veckan, minus 5 £, dras av från den.
    [other] New Style JSA för { $name } minskar till { $amount } i månaden: lönen efter skatt på { $earnings } i veckan, minus 5 £, dras av från den.
    [partner] Din partners New Style JSA minskar till { $amount } i månaden: lönen efter skatt på { $earnings } i veckan, minus 5 £, dras av från den.
   *[second] Partnerns New Style JSA minskar till { $amount } i månaden: lönen efter skatt på { $earnings } i veckan, minus 5 £, dras av från den.
}
result-explain-jsa-earnings = { $who ->
    [you] Du förlorar New Style JSA: lönen efter skatt på { $earnings } i veckan, minus 5 £, är mer än hela ersättningen.
    [other] { $name_start } förlorar New Style JSA: lönen efter skatt på { $earnings } i veckan, minus 5 £, är mer än hela ersättningen.
    [partner] Din partner förlorar New Style JSA: lönen efter skatt på { $earnings } i veckan, minus 5 £, är mer än hela ersättningen.
   *[second] Partnern förlorar New Style JSA: lönen efter skatt på { $earnings } i veckan, minus 5 £, är mer än hela ersättningen.
}
result-explain-jsa-hours = { $who ->
    [you] Du förlorar New Style JSA: du kan inte få den när du jobbar 16 timmar i veckan eller mer.
    [other] { $name_start } förlorar New Style JSA: den betalas inte till den som jobbar 16 timmar i veckan eller mer.
    [partner] Din partner förlorar New Style JSA: den betalas inte till den som jobbar 16 timmar i veckan eller mer.
   *[second] Partnern förlorar New Style JSA: den betalas inte till den som jobbar 16 timmar i veckan eller mer.
}
result-explain-state-pension = { $who ->
    [you] Du får State Pension (brittisk allmän pension): { $amount } i månaden. Den räknas som inkomst när skatten räknas ut.
    [other] { $name_start } får State Pension (brittisk allmän pension): { $amount } i månaden. Den räknas som inkomst när skatten räknas ut.
    [partner] Din partner får State Pension (brittisk allmän pension): { $amount } i månaden. Den räknas som inkomst när skatten räknas ut.
   *[second] Partnern får State Pension (brittisk allmän pension): { $amount } i månaden. Den räknas som inkomst när skatten räknas ut.
}
result-explain-carer-overlapped = { $who ->
    [you] Du har rätt till { $benefit }, men det betalas inte ut, eftersom du redan får ett annat bidrag på samma belopp eller mer. Rätten till det räknas ändå för beloppen för anhörigvårdare i andra bidrag.
    [other] { $name_start } har rätt till { $benefit }, men det betalas inte ut, eftersom ett annat bidrag på samma belopp eller mer redan betalas ut. Rätten till det räknas ändå för beloppen för anhörigvårdare i andra bidrag.
    [partner] Din partner har rätt till { $benefit }, men det betalas inte ut, eftersom ett annat bidrag på samma belopp eller mer redan betalas ut. Rätten till det räknas ändå för beloppen för anhörigvårdare i andra bidrag.
   *[second] Partnern har rätt till { $benefit }, men det betalas inte ut, eftersom ett annat bidrag på samma belopp eller mer redan betalas ut. Rätten till det räknas ändå för beloppen för anhörigvårdare i andra bidrag.
}
result-explain-unearned-source = { $source ->
    [esa] New Style ESA på { $amount } i månaden dras från Universal Credit pund för pund.
    [jsa] New Style JSA på { $amount } i månaden dras från Universal Credit pund för pund.
    [state-pension] State Pension på { $amount } i månaden dras från Universal Credit pund för pund.
   *[carer] { $benefit } på { $amount } i månaden dras från Universal Credit pund för pund (beloppet för anhörigvårdare finns kvar).
}
result-explain-pension-age = { $household ->
    [couple] Ni är båda över brittisk pensionsålder, så ni ansöker om Pension Credit (tillägg för pensionärer med låg inkomst) och Housing Benefit (bostadsbidrag), inte Universal Credit.
    [couple-other] Båda vuxna är över brittisk pensionsålder, så de ansöker om Pension Credit (tillägg för pensionärer med låg inkomst) och Housing Benefit (bostadsbidrag), inte Universal Credit.
    [single-other] { $name_start } är över brittisk pensionsålder, så { $name } ansöker om Pension Credit (tillägg för pensionärer med låg inkomst) och Housing Benefit (bostadsbidrag), inte Universal Credit.
   *[single] Du är över brittisk pensionsålder, så du ansöker om Pension Credit (tillägg för pensionärer med låg inkomst) och Housing Benefit (bostadsbidrag), inte Universal Credit.
}
result-explain-pc-guarantee = { $person ->
    [other] Pension Credit fyller på inkomsten upp till { $amount } i veckan (den garanterade lägsta nivån).
   *[self] Pension Credit fyller på inkomsten upp till { $amount } i veckan (den lägsta nivå som du är garanterad).
}
result-explain-pc-disregard = De första { $amount } i veckan av lönen efter skatt räknas inte.
result-explain-pc = Pension Credit räknar en inkomst på { $income } i veckan och betalar resten: { $weekly } i veckan ({ $amount } i månaden).
result-explain-pc-nothing = Ingen Pension Credit: en inkomst på { $income } i veckan är mer än den garanterade nivån på { $guarantee }.
result-explain-hb-lha = Hyran på { $rent } i veckan är mer än Local Housing Allowance (högsta hyresstöd) på { $lha } i veckan, så Housing Benefit räknas ut på { $lha }.
result-explain-hb-passported = { $on ->
    [pension-credit] Housing Benefit betalar hela hyran på { $rent } i veckan ({ $amount } i månaden): så länge du får Pension Credit räknas inte din inkomst.
    [pension-credit-other] Housing Benefit betalar hela hyran på { $rent } i veckan ({ $amount } i månaden): så länge Pension Credit betalas räknas inte inkomsten.
    [universal-credit-other] Housing Benefit betalar hela hyran på { $rent } i veckan ({ $amount } i månaden): så länge Universal Credit betalas räknas inte inkomsten.
   *[universal-credit] Housing Benefit betalar hela hyran på { $rent } i veckan ({ $amount } i månaden): så länge du får Universal Credit räknas inte din inkomst.
}
result-explain-hb-savings = Ingen Housing Benefit: sparpengarna är över 16 000 £.
result-explain-hb-disregard = För Housing Benefit räknas inte { $amount } i veckan av lönen.
result-explain-hb-full = { $person ->
    [other] Housing Benefit betalar hela hyran på { $rent } i veckan: en inkomst på { $income } i veckan är inte mer än de { $needs } i veckan som enligt lagen behövs för att leva.
   *[self] Housing Benefit betalar hela hyran på { $rent } i veckan: en inkomst på { $income } i veckan är inte mer än de { $needs } i veckan som du enligt lagen behöver för att leva.
}
result-explain-hb-taper = { $person ->
    [other] Housing Benefit: en inkomst på { $income } i veckan är mer än de { $needs } i veckan som enligt lagen behövs för att leva. Därför dras 65 pence för varje 1 £ över det från hyran på { $rent } i veckan. Då blir det { $weekly } i veckan kvar.
   *[self] Housing Benefit: en inkomst på { $income } i veckan är mer än de { $needs } i veckan som du enligt lagen behöver för att leva. Därför dras 65 pence för varje 1 £ över det från hyran på { $rent } i veckan. Då blir det { $weekly } i veckan kvar.
}
result-explain-hb-none = { $person ->
    [other] Ingen Housing Benefit: en inkomst på { $income } i veckan är så mycket mer än de { $needs } i veckan som enligt lagen behövs, att 65 pence för varje 1 £ över det tar hela hyran på { $rent } i veckan.
   *[self] Ingen Housing Benefit: en inkomst på { $income } i veckan är så mycket mer än de { $needs } i veckan som du enligt lagen behöver, att 65 pence för varje 1 £ över det tar hela hyran på { $rent } i veckan.
}
result-explain-hb-october-2026 = { $person ->
    [other] Från den 5 oktober 2026 räknas mindre av lönen i stödboende eller tillfälligt boende: Housing Benefit är { $before } i veckan före det och { $after } i veckan efter. Över hela året blir det i genomsnitt { $average } i veckan.
   *[self] Från den 5 oktober 2026 räknas mindre av din lön i stödboende eller tillfälligt boende: Housing Benefit är { $before } i veckan före det och { $after } i veckan efter. Över hela året blir det i genomsnitt { $average } i veckan.
}
result-explain-hb = Housing Benefit: { $amount } i månaden.
result-explain-ctr-entered = { $person ->
    [other] Council tax (kommunal avgift): { $bill } om året. Council Tax Reduction (rabatt på council tax) som står i formuläret drar av { $amount } om året från den.
   *[self] Council tax (kommunal avgift): { $bill } om året. Council Tax Reduction (rabatt på council tax) som du skrev in drar av { $amount } om året från den.
}
result-explain-ctr-passported = { $person ->
    [other] Council Tax Reduction (rabatt på council tax) betalar hela council tax på { $bill } om året: så länge Pension Credit betalas räknas inte inkomsten.
   *[self] Council Tax Reduction (rabatt på council tax) betalar hela council tax på { $bill } om året: så länge du får Pension Credit räknas inte din inkomst.
}
result-explain-ctr-savings = Ingen Council Tax Reduction (rabatt på council tax): sparpengarna är över 16 000 £.
result-explain-ctr = { $scheme ->
    [pension] Council Tax Reduction (rabatt på council tax), reglerna för personer över brittisk pensionsålder: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som du behöver för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [pension-other] Council Tax Reduction (rabatt på council tax), reglerna för personer över brittisk pensionsålder: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som behövs för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [scotland] Council Tax Reduction (rabatt på council tax), Skottlands regler: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som du behöver för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [scotland-other] Council Tax Reduction (rabatt på council tax), Skottlands regler: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som behövs för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [wales-uc] Council Tax Reduction (rabatt på council tax), Wales regler med Universal Credit: inkomst och Universal Credit på { $income } i veckan, jämfört med din högsta Universal Credit på { $needs } i veckan. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [wales-uc-other] Council Tax Reduction (rabatt på council tax), Wales regler med Universal Credit: inkomst och Universal Credit på { $income } i veckan, jämfört med den högsta Universal Credit på { $needs } i veckan. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [wales] Council Tax Reduction (rabatt på council tax), Wales regler: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som du behöver för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [wales-other] Council Tax Reduction (rabatt på council tax), Wales regler: en inkomst på { $income } i veckan, jämfört med de { $needs } i veckan som behövs för att leva. Rabatten börjar med räkningen på { $bill }. För varje 1 £ över det dras 20 pence från rabatten. Rabatt: { $amount } om året.
    [estimate-other] Council Tax Reduction (rabatt på council tax) med jobb, uppskattad med standardreglerna: ungefär { $amount } om året av räkningen på { $bill }.
   *[estimate] Council Tax Reduction (rabatt på council tax) med jobb, uppskattad med standardreglerna: ungefär { $amount } om året av räkningen på { $bill }.
}
result-explain-winter-fuel = { $benefit }: { $amount } om året, betalas på vintern (här { $monthly } i månaden).
result-explain-winter-fuel-charge = Inkomsten är över 35 000 £, så { $benefit } på { $amount } tas tillbaka via skatten.
result-explain-standard = { $household ->
    [single-25] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för en ensamstående som är 25 år eller äldre: { $amount }.
    [single-25-other] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för en ensamstående som är 25 år eller äldre: { $amount }.
    [single-under-25] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för en ensamstående under 25 år: { $amount }.
    [single-under-25-other] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för en ensamstående under 25 år: { $amount }.
    [couple-25] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för ett par (en av er är 25 år eller äldre): { $amount }.
    [couple-25-other] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för ett par (en av dem är 25 år eller äldre): { $amount }.
    [couple-under-25-other] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för ett par under 25 år: { $amount }.
   *[couple-under-25] Universal Credit (brittiskt bidrag) börjar med grundbeloppet för ett par under 25 år: { $amount }.
}
result-explain-child-element = Belopp för barn (child element) för { $count ->
    [one] 1 barn
   *[other] { $count } barn
}: { $amount }.
result-explain-child-element-limited = Belopp för barn (child element) för { $count ->
    [one] 1 barn
   *[other] { $count } barn
}: { $amount } ({ $limited } barn till får inget belopp för barn på grund av tvåbarnsgränsen, som upphör den 6 april 2026).
result-explain-disabled-child = Tillägg för barn med funktionsnedsättning: { $amount }.
result-explain-disabled-child-higher = Tillägg för barn med funktionsnedsättning, högre nivå: { $amount }.
result-explain-lcwra = Belopp för hälsa (kan inte jobba eller förbereda sig för jobb på grund av hälsan): { $amount }.
result-explain-carer-element = Belopp för anhörigvårdare (carer element): { $amount }. Lönen påverkar det inte.
result-explain-carer-element-each = { $person ->
    [other] Belopp för anhörigvårdare (carer element) för var och en av dem: { $amount }. Lönen påverkar det inte.
   *[self] Belopp för anhörigvårdare (carer element) för var och en av er: { $amount }. Lönen påverkar det inte.
}
result-explain-housing-owner = Inget belopp för boende: Universal Credit hjälper inte ägare med bolån här.
result-explain-housing-none = { $person ->
    [other] Inget belopp för boende: ingen hyra betalas.
   *[self] Inget belopp för boende: du betalar ingen hyra.
}
result-explain-housing-family = { $person ->
    [other] Inget belopp för boende: Universal Credit betalar inte till hyra till en förälder eller annan nära släkting som { $name } bor hos.
   *[self] Inget belopp för boende: Universal Credit betalar inte till hyra som du betalar till en förälder eller annan nära släkting som du bor hos.
}
result-explain-housing-supported = Inget belopp för boende: Housing Benefit (bostadsbidrag) betalar hyran för stödboende eller tillfälligt boende.
result-explain-housing-social-spare = Boende: { $person ->
    [other] hyran
   *[self] din hyra
} på { $rent } i månaden, minus { $deduction } för { $count ->
    [one] 1 sovrum för mycket
   *[other] { $count } sovrum för mycket
} (avdrag för för stor bostad): { $amount }.
result-explain-housing-social = { $person ->
    [other] Boende: hyran på { $rent } i månaden betalas helt.
   *[self] Boende: din hyra på { $rent } i månaden betalas helt.
}
result-explain-housing-private-over = { $person ->
    [other] Boende: hyran är { $rent } i månaden, men Local Housing Allowance (högsta hyresstöd) i { $area } för { $rate } är { $lha }, så Universal Credit räknar { $amount }.
   *[self] Boende: din hyra är { $rent } i månaden, men Local Housing Allowance (högsta hyresstöd) i { $area } för { $rate } är { $lha }, så Universal Credit räknar { $amount }.
}
result-explain-housing-private = { $person ->
    [other] Boende: hyran på { $rent } i månaden ryms i Local Housing Allowance (högsta hyresstöd) i { $area } ({ $rate }: { $lha }), så den betalas helt.
   *[self] Boende: din hyra på { $rent } i månaden ryms i Local Housing Allowance (högsta hyresstöd) i { $area } ({ $rate }: { $lha }), så den betalas helt.
}
result-lha-rate-shared = beloppet för delat boende
result-lha-rate-1 = beloppet för ett sovrum
result-lha-rate-2 = beloppet för två sovrum
result-lha-rate-3 = beloppet för tre sovrum
result-lha-rate-4 = beloppet för fyra sovrum
result-explain-childcare = Barnomsorg: 85 % av de { $costs } { $person ->
    [other] som betalas
   *[self] du betalar
} = { $amount } (det högsta för { $children ->
    [one] ett barn
   *[more] två eller fler barn
} är { $cap }).
result-explain-childcare-too-old = Barnomsorg: ingen hjälp, eftersom inget barn är tillräckligt litet för beloppet för barnomsorg.
result-explain-childcare-couple = Barnomsorg: ingen hjälp, eftersom båda i ett par måste jobba (utom om en av er har svårt att jobba på grund av hälsan eller är anhörigvårdare).
result-explain-maximum = Högsta Universal Credit: { $amount }.
result-explain-taper-allowance = { $person ->
    [other] Lön efter skatt, National Insurance och pension: { $earned } i månaden. De första { $allowance } räknas inte (fribeloppet, work allowance). Universal Credit minskar med 55 pence för varje 1 £ av resten, { $rest }: { $amount }.
   *[self] Lön efter skatt, National Insurance och pension: { $earned } i månaden. De första { $allowance } räknas inte (ditt fribelopp, work allowance). Universal Credit minskar med 55 pence för varje 1 £ av resten, { $rest }: { $amount }.
}
result-explain-taper-lower-allowance = { $person ->
    [other] Lön efter skatt, National Insurance och pension: { $earned } i månaden. De första { $allowance } räknas inte (fribeloppet, work allowance; lägre eftersom Universal Credit hjälper med hyran). Universal Credit minskar med 55 pence för varje 1 £ av resten, { $rest }: { $amount }.
   *[self] Lön efter skatt, National Insurance och pension: { $earned } i månaden. De första { $allowance } räknas inte (ditt fribelopp, work allowance; lägre eftersom Universal Credit hjälper med hyran). Universal Credit minskar med 55 pence för varje 1 £ av resten, { $rest }: { $amount }.
}
result-explain-taper-no-allowance = { $person ->
    [other] Lön efter skatt, National Insurance och pension: { $earned } i månaden. Det finns inget fribelopp (work allowance), så Universal Credit minskar med 55 pence för varje 1 £: { $amount }.
   *[self] Lön efter skatt, National Insurance och pension: { $earned } i månaden. Du har inget fribelopp (work allowance), så Universal Credit minskar med 55 pence för varje 1 £: { $amount }.
}
result-explain-savings-over = Sparpengar på { $amount } är över gränsen på 16 000 £, så det blir ingen Universal Credit.
result-explain-savings-tariff = Sparpengar på { $amount } räknas som { $income } i inkomst i månaden (4,35 £ för varje 250 £ över 6 000 £).
result-explain-cap = Bidragstaket (benefit cap) begränsar Universal Credit och andra bidrag tillsammans till { $cap } i månaden, så Universal Credit minskar med { $amount }. Den som tjänar { $earnings } i månaden eller mer efter skatt, National Insurance och pensionsavgift slipper taket.
result-explain-cap-lifted = Bidragstaket (benefit cap) gäller inte: lönen efter skatt, National Insurance och pensionsavgift är minst { $earnings } i månaden.
result-explain-uc = Universal Credit: { $amount } i månaden.
result-explain-uc-nothing = Universal Credit: inget den här månaden; inkomsten är högre än det högsta beloppet.
result-explain-uc-deductions = Av det dras { $amount } i månaden för skulder eller ett förskott, så { $paid } betalas ut.
result-explain-help = { $kind ->
    [free-school-meals] Gratis skolmat: värd ungefär { $amount } om året. Det är hjälp, inte pengar.
    [free-school-meals-other] Gratis skolmat: värd ungefär { $amount } om året. Det är hjälp, inte pengar.
    [healthy-start] Healthy Start (stöd till nyttig mat): { $amount } om året på ett kort för mjölk, frukt och grönsaker.
    [healthy-start-other] Healthy Start (stöd till nyttig mat): { $amount } om året på ett kort för mjölk, frukt och grönsaker.
    [best-start-foods] Best Start Foods (skotskt stöd till nyttig mat): minst { $amount } om året på ett kort för nyttig mat.
    [best-start-foods-other] Best Start Foods (skotskt stöd till nyttig mat): minst { $amount } om året på ett kort för nyttig mat.
    [prescriptions] Gratis medicin på recept, tandvård och synundersökning inom NHS (brittisk sjukvård): bara medicinen är värd upp till { $amount } om året, om du behöver den.
    [prescriptions-other] Gratis medicin på recept, tandvård och synundersökning inom NHS (brittisk sjukvård): bara medicinen är värd upp till { $amount } om året, om den behövs.
    [sure-start] Sure Start Maternity Grant (bidrag när en bebis föds): { $amount } en gång, för ditt första barn.
    [sure-start-other] Sure Start Maternity Grant (bidrag när en bebis föds): { $amount } en gång, för det första barnet.
    [best-start-grant-other] Best Start Grant (skotskt bidrag när en bebis föds): minst { $amount } en gång, för den nya bebisen.
   *[best-start-grant] Best Start Grant (skotskt bidrag när en bebis föds): minst { $amount } en gång, för den nya bebisen.
}
result-explain-relative-loses = { $person ->
    [other] Familjen som { $name } bor hos får { $amount } mindre i månaden i hjälp med sin hyra, eftersom { $name } bor hos dem.
   *[self] Familjen som du bor hos får { $amount } mindre i månaden i hjälp med sin hyra, eftersom du bor hos dem.
}
result-explain-child-benefit = Child Benefit (barnbidrag): { $amount } i månaden. Det gör inte Universal Credit lägre.
result-explain-child-benefit-charge = High Income Child Benefit Charge (återbetalning vid hög inkomst): { $amount } i månaden betalas tillbaka via skatten.
result-explain-scp = { $person ->
    [other] Scottish Child Payment (skotskt barnbidrag): { $amount } i månaden, så länge hushållet får Universal Credit.
   *[self] Scottish Child Payment (skotskt barnbidrag): { $amount } i månaden, så länge du får Universal Credit.
}
result-explain-scp-none = Ingen Scottish Child Payment: för det krävs Universal Credit.
result-explain-dla = Disability Living Allowance för barn: { $amount } i månaden.
result-explain-net = Nettoinkomst: { $amount } i månaden ({ $weekly } i veckan).
result-explain-left = { $after ->
    [rent] Efter hyran: { $amount } i månaden att leva på.
    [rent-council] Efter hyran och council tax: { $amount } i månaden att leva på.
    [rent-costs] Efter hyran, barnomsorg och resor: { $amount } i månaden att leva på.
   *[all] Efter hyran, council tax, barnomsorg och resor: { $amount } i månaden att leva på.
}

result-warn-cap = Bidragstaket (benefit cap) gör Universal Credit { $amount } lägre i månaden. Den som tjänar { $earnings } i månaden eller mer efter skatt, National Insurance och pensionsavgift slipper taket.
result-warn-cap-hours = I det här jobbet gör bidragstaket (benefit cap) Universal Credit { $amount } lägre i månaden. Med den här timlönen ger { $hours } timmar i veckan { $earnings } i månaden efter skatt, National Insurance och pensionsavgift. Då gäller inte taket.
result-warn-cap-pension = { $person ->
    [other] I det här jobbet gör bidragstaket (benefit cap) Universal Credit { $amount } lägre i månaden. Det beror på att tjänstepensionen gör lönen lägre än { $earnings } i månaden. Över det beloppet gäller inte taket. Utan pensionen (opt out) gäller inte taket vid de här timmarna, och det blir { $gain } mer i månaden. Med pensionen fortsätter { $name } att spara till pension.
   *[self] I det här jobbet gör bidragstaket (benefit cap) Universal Credit { $amount } lägre i månaden. Det beror på att tjänstepensionen gör lönen lägre än { $earnings } i månaden. Över det beloppet gäller inte taket. Om du går ur pensionen (opt out) gäller inte taket vid de här timmarna, och du får { $gain } mer i månaden. Om du stannar kvar sparar du till din pension.
}
result-warn-cap-grace = { $person ->
    [other] För { $name } gäller en skyddsperiod (grace period) för bidragstaket (benefit cap): taket gäller inte under 9 månader efter att ett jobb som { $name } haft länge har tagit slut. Efter det skulle taket göra Universal Credit lägre, om inte { $name } tjänar { $earnings } i månaden eller mer efter skatt, National Insurance och pensionsavgift.
   *[self] Du är i en skyddsperiod (grace period) för bidragstaket (benefit cap): taket gäller inte under 9 månader efter att ett jobb som du haft länge har tagit slut. Efter det skulle taket göra Universal Credit lägre, om du inte tjänar { $earnings } i månaden eller mer efter skatt, National Insurance och pensionsavgift.
}
result-warn-carer-lost = { $benefit } upphör: lönen efter avdrag är { $earnings } i veckan, över gränsen på { $limit }. Hela { $lost } i veckan försvinner alltså. Universal Credit ersätter en del, och beloppet för anhörigvårdare finns kvar.
result-warn-carer-near = { $person ->
    [other] Lönen efter avdrag är { $earnings } i veckan, nära gränsen på { $limit } för { $benefit }. En löneökning eller en timme till kan stoppa allt. Kontrollera innan fler timmar bestäms. Vissa kostnader får dras från lönen (till exempel att betala någon som vårdar under arbetstiden, och hälften av pensionsavgiften).
   *[self] Lönen efter avdrag är { $earnings } i veckan, nära gränsen på { $limit } för { $benefit }. En löneökning eller en timme till kan stoppa allt. Kontrollera innan du går med på fler timmar. Vissa kostnader får dras från lönen (till exempel att betala någon som vårdar medan du jobbar, och hälften av pensionsavgiften).
}
result-warn-lha = { $person ->
    [other] Hyran är { $amount } i månaden högre än Local Housing Allowance (högsta hyresstöd). Universal Credit betalar inte den delen, med eller utan jobb. Kommunen (council) kan hjälpa en tid med en Discretionary Housing Payment.
   *[self] Din hyra är { $amount } i månaden högre än Local Housing Allowance (högsta hyresstöd). Universal Credit betalar inte den delen, med eller utan jobb. Kommunen (council) kan hjälpa en tid med en Discretionary Housing Payment.
}
result-warn-spare-bedrooms = Universal Credit betalar { $amount } mindre i månaden till hyran, eftersom bostaden har { $count ->
    [one] 1 sovrum
   *[other] { $count } sovrum
} mer än reglerna tillåter.
result-warn-childcare-arrears = { $person ->
    [other] Universal Credit betalar tillbaka { $amount } i månaden för barnomsorg först när den är betald och kvittot är inlämnat. Den första månaden betalas alltså utan hjälp. Fråga om Flexible Support Fund för hjälp i förväg.
   *[self] Universal Credit betalar tillbaka { $amount } i månaden för barnomsorg först när du har betalat och lämnat in kvittot. Den första månaden betalar du alltså själv. Fråga om Flexible Support Fund för hjälp i förväg.
}
result-warn-childcare-none = { $person ->
    [other] Barnomsorgen som betalas får ingen hjälp från Universal Credit här: båda i ett par måste jobba (utom om en av dem har svårt att jobba på grund av hälsan eller är anhörigvårdare), och barnet måste vara under 17 år.
   *[self] Barnomsorgen du betalar får ingen hjälp från Universal Credit här: båda i ett par måste jobba (utom om en av er har svårt att jobba på grund av hälsan eller är anhörigvårdare), och barnet måste vara under 17 år.
}
result-warn-savings = Med sparpengar över 16 000 £ blir det ingen Universal Credit alls.
result-warn-two-child = Tvåbarnsgränsen gör att { $count } barn inte får något belopp för barn 2025-26. Gränsen upphör den 6 april 2026.
result-warn-minimum-wage = { $wage } i timmen är lägre än den lagliga minimilönen på { $minimum } för den här åldern (utom för en lärlingsplats).
result-warn-council-tax = { $person ->
    [other] Council Tax Reduction (rabatt på council tax) är som den står i formuläret. Varje kommun (council) i England har sitt eget system, så fråga kommunen hur stor rabatten skulle bli.
   *[self] Council Tax Reduction (rabatt på council tax) är som du skrev in den. Varje kommun (council) i England har sitt eget system, så fråga kommunen hur stor rabatten skulle bli.
}
result-warn-council-tax-estimate = Council Tax Reduction (rabatt på council tax) med jobb är vår uppskattning med standardreglerna. Varje kommun (council) i England har sitt eget system, så fråga kommunen hur stor rabatten skulle bli.
result-warn-esa-time-limit = { $person ->
    [other] New Style ESA varar i högst ett år (365 dagar), utom om { $name } är i support group (gruppen utan krav på att förbereda sig för jobb). Efter det kan Universal Credit kanske betala mer i stället.
   *[self] New Style ESA varar i högst ett år (365 dagar), utom om du är i support group (gruppen utan krav på att förbereda sig för jobb). Efter det kan Universal Credit kanske betala mer i stället.
}
result-warn-jsa-time-limit = New Style JSA varar i högst 6 månader (182 dagar). Efter det kan Universal Credit kanske betala mer i stället.
result-warn-esa-lost = Det här jobbet stoppar New Style ESA på { $amount } i månaden: { $why ->
    [hours] 16 timmar i veckan eller mer är inte tillåtet arbete (permitted work). Med under 16 timmar och en lön efter skatt på högst { $limit } i veckan finns det kvar. Det gäller också arbete med stöd som ordnats för personer med funktionsnedsättning.
   *[pay] lönen efter skatt är över gränsen på { $limit } i veckan för tillåtet arbete (permitted work). Om lönen stannar under gränsen finns ESA kvar.
}
result-warn-esa-near = { $person ->
    [other] Lönen efter skatt på { $earnings } i veckan är nära gränsen på { $limit } för tillåtet arbete (permitted work). En löneökning eller en timme till kan stoppa hela New Style ESA. Kontrollera innan mer bestäms.
   *[self] Lönen efter skatt på { $earnings } i veckan är nära gränsen på { $limit } för tillåtet arbete (permitted work). En löneökning eller en timme till kan stoppa hela din New Style ESA. Kontrollera innan du går med på mer.
}
result-warn-pension-age-in-year = Brittisk pensionsålder nås den { $date }, under det här skatteåret. { $over ->
    [yes] Svaret räknar som om du är över den åldern hela året: från den dagen ersätter Pension Credit och Housing Benefit Universal Credit.
    [yes-other] Svaret räknar som om { $name } är över den åldern hela året: från den dagen ersätter Pension Credit och Housing Benefit Universal Credit.
    [no-other] Svaret räknar som om { $name } är under den åldern hela året: från den dagen kan Pension Credit och Housing Benefit ersätta Universal Credit.
   *[no] Svaret räknar som om du är under den åldern hela året: från den dagen kan Pension Credit och Housing Benefit ersätta Universal Credit.
}
result-warn-savings-credit = Den som nådde brittisk pensionsålder före den 6 april 2016 kan kanske också få Savings Credit. Det tar den här räknaren inte med.
result-warn-benefit-ignored = { $over ->
    [yes] New Style ESA och JSA upphör vid brittisk pensionsålder, så de finns inte med i det här svaret.
   *[no] State Pension börjar vid brittisk pensionsålder, så den finns inte med i det här svaret.
}
result-warn-tell-council = { $person ->
    [other] Housing Benefit (bostadsbidrag) kommer från kommunen (council), inte från Jobcentre. Berätta för kommunen om jobbet och lönen. Annars kan { $name } behöva betala tillbaka Housing Benefit senare.
   *[self] Housing Benefit (bostadsbidrag) kommer från kommunen (council), inte från Jobcentre. Berätta för kommunen om jobbet och din lön. Annars kan du behöva betala tillbaka Housing Benefit senare.
}
result-warn-tax-free-childcare = { $person ->
    [other] Med Tax-Free Childcare (skattefritt stöd till barnomsorg) kan { $name } få { $gain } mer i månaden än med Universal Credit här. Det skulle betala { $top_up } i månaden till barnomsorg, medan Universal Credit betalar { $element } i månaden. Ingen kan få båda, och med Tax-Free Childcare blir det ingen Universal Credit alls. Kontrollera därför innan ett byte.
   *[self] Med Tax-Free Childcare (skattefritt stöd till barnomsorg) kan du få { $gain } mer i månaden än med Universal Credit här. Det skulle betala { $top_up } i månaden till barnomsorg, medan Universal Credit betalar { $element } i månaden. Du kan inte få båda, och med Tax-Free Childcare får du ingen Universal Credit alls. Kontrollera därför innan du byter.
}
result-warn-funded-hours = { $person ->
    [other] I England kan föräldrar som jobbar få upp till 30 timmar gratis barnomsorg i veckan under skolterminerna, för barn från 9 månader tills de börjar skolan. Varje förälder måste då tjäna minst så mycket som 16 timmar i veckan med minimilön ger. Det finns inte med i de här siffrorna: fråga Family Information Service (informationstjänst för familjer) i kommunen (council).
   *[self] I England kan föräldrar som jobbar få upp till 30 timmar gratis barnomsorg i veckan under skolterminerna, för barn från 9 månader tills de börjar skolan. Varje förälder måste då tjäna minst så mycket som 16 timmar i veckan med minimilön ger. Det finns inte med i de här siffrorna: fråga Family Information Service (informationstjänst för familjer) i din kommun (council).
}
result-warn-relative-loses = { $person ->
    [other] Familjen som { $name } bor hos får { $amount } mindre i månaden i hjälp med sin hyra, eftersom { $name } tjänar mer: deras Housing Benefit eller Universal Credit drar då av mer. Hela hushållet tjänar alltså mindre på det än { $name }.
   *[self] Familjen som du bor hos får { $amount } mindre i månaden i hjälp med sin hyra, eftersom du tjänar mer: deras Housing Benefit eller Universal Credit drar av mer för dig. Hela hushållet tjänar alltså mindre på det än du.
}
result-warn-relative-carer = { $person ->
    [other] Om en släkting vårdar { $name } 35 timmar i veckan eller mer, kan den personen kanske få Carer's Allowance (bidrag för anhörigvårdare; i Skottland Carer Support Payment), eftersom { $name } får delen för vardagsliv i PIP.
   *[self] Om en släkting vårdar dig 35 timmar i veckan eller mer, kan den personen kanske få Carer's Allowance (bidrag för anhörigvårdare; i Skottland Carer Support Payment), eftersom du får delen för vardagsliv i PIP.
}

result-cliff-carer-support = upphör Carer Support Payment
result-cliff-carers-allowance = upphör Carer's Allowance
result-cliff-scp = upphör Universal Credit, och Scottish Child Payment med det
result-cliff-pension = börjar pensionsavgiften
result-cliff-marriage = upphör Marriage Allowance
result-cliff-child-benefit = tas mer Child Benefit tillbaka i skatt
result-cliff-esa = upphör New Style ESA (16 timmar eller mer, eller lön över gränsen för tillåtet arbete)
result-cliff-jsa = upphör New Style JSA vid 16 timmar i veckan
result-cliff-hb-means-tested = upphör Universal Credit, så Housing Benefit betalar inte längre hela hyran
result-cliff-pension-credit = upphör Pension Credit, och Housing Benefit betalar inte längre hela hyran
result-cliff-hb-ends = sjunker Housing Benefit under 50 pence i veckan och upphör
result-cliff-winter-fuel = går inkomsten över 35 000 £, så Winter Fuel Payment tas tillbaka i skatt
result-cliff-pound-for-pound-contributions = tar Pension Credit eller JSA tillbaka varje extra pund i lön, men räknar bara hälften av det som betalas till pension
result-cliff-other = upphör ett bidrag

result-error-no-offer = Det jobbet finns inte.
result-error-child-age = Skriv barnets ålder eller födelsedatum.
result-error-brma = Vi känner inte till det här hyresområdet (Broad Rental Market Area). Välj ett i listan.
result-error-job-start = Skriv ett riktigt datum för när jobbet börjar, till exempel 2026-03-02.
result-error-first-payday = Skriv ett riktigt datum för den första lönedagen, till exempel 2026-03-27.
result-error-assessment-period = Skriv ett riktigt datum för när en period (assessment period) börjar. Det står på beskedet om Universal Credit.
result-error-payday-before-start = Den första lönedagen kan inte vara innan jobbet börjar.
result-error-payday-too-late = Den första lönedagen ska vara inom tre månader från startdagen.
result-error-old-pay-date = Skriv ett riktigt datum för den sista lönen från det gamla jobbet.
result-error-old-pay-amount = Skriv den sista nettolönen från det gamla jobbet i pund, under 1 000 000 £.
result-error-old-pay-negative = Den sista lönen från det gamla jobbet kan inte vara mindre än ingenting.
result-error-which-adult = Välj vilken vuxen som tar jobbet.

result-fm-assume-tax = { $person ->
    [other] Inkomstskatten på varje lönedag räknas för sig, med en veckas eller en månads del av det skattefria beloppet (Week 1/Month 1-metoden). Vi vet inte vilken startförklaring { $name } kryssar i. För lön under det skattefria beloppet blir det ingen skatt på något av sätten.
   *[self] Inkomstskatten på varje lönedag räknas för sig, med en veckas eller en månads del av det skattefria beloppet (Week 1/Month 1-metoden). Vi vet inte vilken startförklaring du kryssar i. För lön under det skattefria beloppet blir det ingen skatt på något av sätten.
}
result-fm-assume-ni = National Insurance använder gränserna för varje löneperiod (en vecka, 4 veckor eller en månad), som lönekontoret gör.
result-fm-assume-rates = Hela tidslinjen använder det här skatteårets belopp, även för månader efter april.
result-fm-assume-uc = { $person ->
    [other] Universal Credit räknar nettolönen { $name } får i varje period. Allt annat är som med jobbet: hyra, barn, barnomsorg, andra bidrag och en partners lön.
   *[self] Universal Credit räknar nettolönen du får i varje period. Allt annat är som när du jobbar: hyra, barn, barnomsorg, andra bidrag och en partners lön.
}
result-fm-assume-carer-weeks = Veckor för Carer's Allowance går från måndag till söndag. Varje vecka räknas i den period där den slutar. Lön räknas för veckorna i sin löneperiod, från lönedagen.
result-fm-assume-restart = { $person ->
    [other] Om lönen stoppar Universal Credit en månad, räknar vi med att det börjar igen när lönen blir lägre. DWP (brittiska departementet) startar det igen inom 5 månader. Efter det måste { $name } ansöka igen.
   *[self] Om lönen stoppar Universal Credit en månad, räknar vi med att det börjar igen när lönen blir lägre. DWP (brittiska departementet) startar det igen inom 5 månader. Efter det ansöker du igen.
}
result-fm-assume-bank-holidays = Helgdagarna är de som gäller i England och Wales.

result-fm-no-wages = Ingen lön än: den första lönedagen kommer senare.
result-fm-no-wages-new-job = Ingen lön från det nya jobbet än: den första lönedagen kommer senare.
result-fm-extra-paydays = { $count ->
    [2] Två lönedagar i den här perioden.
    [3] Tre lönedagar i den här perioden.
    [4] Fyra lönedagar i den här perioden.
    [5] Fem lönedagar i den här perioden.
   *[other] Flera lönedagar i den här perioden.
}
result-fm-extra-paydays-lower = { $count ->
    [2] Två lönedagar i den här perioden, så Universal Credit blir lägre.
    [3] Tre lönedagar i den här perioden, så Universal Credit blir lägre.
    [4] Fyra lönedagar i den här perioden, så Universal Credit blir lägre.
    [5] Fem lönedagar i den här perioden, så Universal Credit blir lägre.
   *[other] Flera lönedagar i den här perioden, så Universal Credit blir lägre.
}
result-fm-old-job-pay = Den sista lönen från det gamla jobbet kommer i den här perioden, och Universal Credit räknar med den.
result-fm-nil-award = Universal Credit stoppas den här månaden (nollbeslut): lönen i den här perioden är för hög för en utbetalning.
result-fm-uc-starts-again = Universal Credit börjar igen.
result-fm-surplus = { $amount } av lönen i den här perioden är för mycket och räknas en gång till nästa månad.
result-fm-benefit-cap = Bidragstaket (benefit cap) gäller den här månaden: lönen i den här perioden är lägre än beloppet som tar bort taket.
result-fm-carer-stops = Carer's Allowance upphör de veckor som börjar { $weeks }: lönen är över gränsen.
result-fm-lower = { $person ->
    [other] Pengarna den här månaden är mindre än innan { $name } började jobba.
   *[self] Pengarna den här månaden är mindre än innan du började jobba.
}

result-fm-help-report = { $person ->
    [other] Anmäl det nya jobbet i Universal Credit-dagboken (journal) när { $name } börjar. Arbetsgivaren rapporterar lönen varje lönedag, så varje lönebesked behöver inte anmälas.
   *[self] Anmäl det nya jobbet i din Universal Credit-dagbok (journal) när du börjar. Din arbetsgivare rapporterar din lön varje lönedag, så du behöver inte anmäla varje lönebesked.
}
result-fm-help-budgeting-advance = { $person ->
    [other] { $name_start } kan be om ett Budgeting Advance (förskott) för kostnaderna när jobbet börjar. Det är ett lån: det dras senare från Universal Credit.
   *[self] Du kan be om ett Budgeting Advance (förskott) för kostnaderna när du börjar jobba. Det är ett lån: det dras senare från din Universal Credit.
}
result-fm-help-fsf-travel = { $person ->
    [other] Fråga arbetscoachen om Flexible Support Fund: den kan betala kostnader när jobbet börjar, till exempel resor till jobbet före den första lönedagen. Det behöver inte betalas tillbaka.
   *[self] Fråga din arbetscoach om Flexible Support Fund: den kan betala kostnader när du börjar jobba, till exempel resor till jobbet före din första lönedag. Du behöver inte betala tillbaka.
}
result-fm-help-fsf = { $person ->
    [other] Fråga arbetscoachen om Flexible Support Fund: den kan betala kostnader när jobbet börjar, till exempel resor eller arbetskläder före den första lönedagen. Det behöver inte betalas tillbaka.
   *[self] Fråga din arbetscoach om Flexible Support Fund: den kan betala kostnader när du börjar jobba, till exempel resor eller arbetskläder före din första lönedag. Du behöver inte betala tillbaka.
}
result-fm-help-keep-claim = { $person ->
    [other] Universal Credit kan stoppas en månad på grund av lönen. Ge inte upp. Om lönen blir lägre igen inom 5 månader börjar det igen. Efter det kan { $name } ansöka igen inom 6 månader och behålla samma datum.
   *[self] Universal Credit kan stoppas en månad på grund av din lön. Ge inte upp. Om din lön blir lägre igen inom 5 månader börjar det igen. Efter det kan du ansöka igen inom 6 månader och behålla samma datum.
}
result-fm-help-right-to-try = { $person ->
    [other] Om { $name } provar att jobba leder det inte i sig till en ny bedömning av hälsan för beloppet för hälsa i Universal Credit (regeringens "Right to Try"). Universal Credit minskar ändå när { $name } tjänar pengar, som det syns här.
   *[self] Att prova att jobba leder inte i sig till en ny bedömning av din hälsa för beloppet för hälsa i Universal Credit (regeringens "Right to Try"). Din Universal Credit minskar ändå när du tjänar pengar, som du ser här.
}

result-chart-now = Nu: { $amount } i veckan
result-chart-cliff = Mellan { $from } och { $to } timmar i veckan { $what }: { $amount } mindre i veckan.
result-chart-cliff-note = { $what } strax före detta.
result-chart-offer = { $hours }: { $amount } i veckan
result-chart-title = Kvar att leva på i veckan vid 0 till { $hours } timmars jobb för { $wage } i timmen
result-mark = { $what ->
    [esa-16] ESA upphör vid 16 timmar
    [esa] ESA upphör
    [jsa] JSA upphör
    [carer-support] Carer Support Payment upphör
    [carers-allowance] Carer's Allowance upphör
    [scp] Scottish Child Payment upphör
    [pension] Pensionsavgift börjar
    [marriage] Marriage Allowance upphör
    [child-benefit] Child Benefit betalas tillbaka
    [hb-means-tested] Housing Benefit sjunker
    [pension-credit] Pension Credit upphör
    [hb-ends] Housing Benefit upphör
    [winter-fuel] Vinterbidrag betalas tillbaka
    [pound-for-pound] Pensionsavgift kostar mer
    [free-school-meals] Gratis skolmat upphör
    [healthy-start] Healthy Start upphör
    [best-start-foods] Best Start Foods upphör
    [prescriptions] Gratis recept upphör
    [sure-start] Mammabidrag upphör
    [best-start-grant] Best Start Grant upphör
   *[other] Ett bidrag upphör
}
result-chart-help-lost = Mellan { $from } och { $to } timmar i veckan: { $what } (värt ungefär { $amount } om året, inte pengar).
result-chart-summary-now = Nu: { $amount } i veckan.
result-chart-summary-offer = Med det här jobbet, { $hours }: { $amount } i veckan, { $compared }.
result-chart-same = samma som nu
result-chart-worse = { $amount } sämre än nu
result-chart-better = { $amount } bättre än nu
result-chart-point = { $hours } i veckan: { $amount } i veckan, { $compared }
result-chart-point-offer = Det här jobbet, { $hours } i veckan: { $amount } i veckan, { $compared }

result-heat-hours = { $hours } h
result-heat-cell-same = { $hours } för { $wage }: ungefär samma som nu
result-heat-cell-worse = { $hours } för { $wage }: { $amount } sämre i veckan
result-heat-cell-better = { $hours } för { $wage }: { $amount } bättre i veckan
result-heat-band-worse = Sämre
result-heat-band-same = Ungefär samma som nu
result-heat-band-up-to = Upp till { $amount } bättre
result-heat-band-between = { $from } till { $to } bättre
result-heat-band-top = { $amount } eller mer bättre

result-fm-assumed-start = Vi har räknat med att jobbet börjar { $date }.
result-fm-assumed-payday = Vi har räknat med att den första lönedagen är { $date }.
result-fm-assumed-period = { $person ->
    [other] Vi har räknat med att en period i ansökan börjar { $date }.
   *[self] Vi har räknat med att en period i din ansökan börjar { $date }.
}
result-error-real-date = Skriv ett riktigt datum, till exempel 2026-03-02
result-error-old-pay-number = Skriv nettolönen som en siffra, till exempel 250
result-error-old-pay-when = Skriv datumet för den sista betalningen

result-headline-worse = { $person ->
   *[self] Du skulle få { $amount } mindre i veckan om du jobbar { $hours } timmar.
    [other] Med { $hours } timmars jobb skulle { $name } få { $amount } mindre i veckan.
}
result-headline-same = { $person ->
   *[self] Du skulle ha ungefär lika mycket pengar om du jobbar { $hours } timmar.
    [other] Med { $hours } timmars jobb skulle { $name } ha ungefär lika mycket pengar.
}
result-headline-better = { $person ->
   *[self] Du skulle få { $amount } mer i veckan om du jobbar { $hours } timmar.
    [other] Med { $hours } timmars jobb skulle { $name } få { $amount } mer i veckan.
}
result-headline-detail = Det är { $amount } i månaden, efter { $costs }. { $margin }
result-headline-detail-no-costs = Det är { $amount } i månaden. { $margin }
result-cost-rent = hyra
result-cost-council-tax = council tax
result-cost-childcare = barnomsorg
result-cost-travel = resor till jobbet
result-list-and = { $first } och { $last }
result-measure = Bättre betyder mer kvar att leva på varje vecka, efter { $costs }.
result-measure-no-costs = Bättre betyder mer pengar som kommer in varje vecka.
result-measure-statement = { $person ->
    [other] ”Nu” använder Universal Credit på beskedet ({ $amount } i månaden), inte vår egen siffra.
   *[self] ”Nu” använder Universal Credit på ditt besked ({ $amount } i månaden), inte vår egen siffra.
}
result-margin-keep = { $person ->
   *[self] För varje extra 1 £ du tjänar behåller du ungefär { $pence } pence.
    [other] För varje extra 1 £ { $name } tjänar blir ungefär { $pence } pence kvar.
}
result-margin-careful = { $person ->
   *[self] Se upp: om du jobbar lite mer än så här får du mindre pengar.
    [other] Se upp: med lite mer jobb än så här får { $name } mindre pengar.
}
result-pence = { $pence } pence
result-statement-same = { $person ->
    [other] Beskedet säger { $amount } i månaden i Universal Credit, samma som vi räknade fram.
   *[self] Ditt besked säger { $amount } i månaden i Universal Credit, samma som vi räknade fram.
}
result-statement-different = { $person ->
    [other] Beskedet säger { $amount } i månaden i Universal Credit. Vi räknade fram { $calculated }. Vi har använt beskedet för ”nu”. Skillnaden kan vara ett avdrag, en gammal ändring i situationen, eller ett svar här som inte stämmer med det Jobcentre vet.
   *[self] Ditt besked säger { $amount } i månaden i Universal Credit. Vi räknade fram { $calculated }. Vi har använt ditt besked för ”nu”. Skillnaden kan vara ett avdrag, en gammal ändring i din situation, eller ett svar här som inte stämmer med det Jobcentre vet.
}
result-now = Nu
result-column-job = { $job } ({ $hours } timmar)
result-in-this-job = Med det här jobbet
result-rates = Belopp för 6 april { $from } till 5 april { $to }.

result-row-pay = Lön före skatt
result-row-income-tax = Inkomstskatt
result-row-ni = National Insurance (socialavgifter)
result-row-pension = Tjänstepension
result-row-uc = Universal Credit
result-row-child-benefit = Child Benefit (barnbidrag)
result-row-child-benefit-charge = High Income Child Benefit Charge
result-row-carer-supplement = Carer supplement (skotskt tillägg för anhörigvårdare)
result-row-scp = Scottish Child Payment
result-row-money-in = Pengar som kommer in
result-row-rent = Hyra och avgifter
result-row-council-tax = Council tax (kommunal avgift)
result-row-childcare = Barnomsorg
result-row-travel = Resor till jobbet
result-row-left = Kvar att leva på
result-row-uc-deductions = Avdrag från Universal Credit för skulder eller ett förskott
result-row-esa = New Style ESA (ersättning vid sjukdom eller funktionsnedsättning)
result-row-jsa = New Style JSA (arbetslöshetsersättning)
result-row-state-pension = State Pension (statlig pension)
result-row-pension-credit = Pension Credit (tillägg till pensionen)
result-row-housing-benefit = Housing Benefit (bostadsbidrag)
result-row-winter-charge = Vinterbidrag tillbakabetalt i skatt
result-row-council-tax-reduction = Council Tax Reduction (rabatt på council tax)

result-help-title = Hjälp som inte är pengar
result-help-intro = { $person ->
    [other] Den här hjälpen är inte pengar som kommer in, så den finns inte i summorna ovan. Den visas här per vecka. Den kan upphöra när { $name } tjänar mer.
   *[self] Den här hjälpen är inte pengar som kommer in, så den finns inte i summorna ovan. Den visas här per vecka. Den kan upphöra när du tjänar mer.
}
result-help-name = { $kind ->
    [free-school-meals] Gratis skolmat
    [healthy-start] Healthy Start
    [best-start-foods] Best Start Foods
    [prescriptions] Gratis NHS-recept
    [sure-start] Sure Start Maternity Grant
   *[best-start-grant] Best Start Grant
}
result-help-worth = { $name }: värt { $amount } om året nu.
result-help-worth-estimate = { $name }: värt ungefär { $amount } om året nu (en uppskattning).
result-help-stops-above = Den här hjälpen upphör över { $limit } om året i lön efter skatt.
result-help-stops-part-above = En del av den här hjälpen upphör över { $limit } om året i lön efter skatt; resten upphör när Universal Credit upphör.
result-help-stops-with-benefit = Den här hjälpen upphör när Universal Credit eller Pension Credit upphör.
result-row-with-help = Kvar att leva på, med hjälp som inte är pengar
result-scroll-hint = Dra tabellen åt sidan för att se varje kolumn.

result-not-covered-self-employment = Eget företag, och den lägsta inkomst (minimum income floor) som hör till det.
result-not-covered-council-tax-england = I England har varje kommun egna regler för rabatten på council tax. Med jobb använder vi kommunens belopp om det är inskrivet, annars uppskattar vi det med de vanliga reglerna.
result-not-covered-students = Studenters inkomst, underhåll, och andra bidrag än de som nämns.
result-not-covered-mid-year = Ändringar mitt i skatteåret.

result-assumed-title = Det här räknade vi med
result-what-if-title = Ändra timmar eller lön
result-show-job = Visa jobbet
result-table-title = { $person ->
    [other] Hushållets pengar, i veckan
   *[self] Dina pengar, i veckan
}
result-table-label = { $person ->
    [other] Hushållets pengar, i veckan, tabell
   *[self] Dina pengar, i veckan, tabell
}
result-table-week = I veckan
result-table-hint = Beloppen räknas per månad, som Universal Credit, och visas per vecka (× 12 ÷ 52).
result-table-hint-pension = Beloppen räknas per månad och visas per vecka (× 12 ÷ 52).
result-explain-title = Så här räknade vi
result-explain-job = { $job }: { $hours } timmar
result-not-covered-title = Det här tar räknaren inte med
result-worked-out-on = Uträknat { $date }.
result-estimate = { $person ->
    [other] Det här är en uppskattning, inte ett råd. Prata med en arbetscoach eller en rådgivare om bidrag innan beslutet.
   *[self] Det här är en uppskattning, inte ett råd. Prata med din arbetscoach eller en rådgivare om bidrag innan du bestämmer dig.
}
result-print = Skriv ut eller spara som PDF
result-statement-hint = Har du ett besked om Universal Credit? Skriv beloppet under ”Council tax och sparpengar” för att jämföra.
result-things-to-know = Bra att veta
result-when = { $when }:
result-what-if-hours = Timmar i veckan: { $hours }
result-what-if-hours-value = { $hours } timmar i veckan
result-what-if-wage = Lön per timme: { $wage }
result-what-if-wage-value = { $wage } i timmen
result-what-if-hint = { $person ->
    [other] Prova andra timmar eller annan lön för { $name } här. Jobbet är kvar som du skrev det tills du väljer ”Använd de här timmarna”.
   *[self] Prova andra timmar eller annan lön här. Jobbet är kvar som du skrev det tills du väljer ”Använd de här timmarna”.
}
result-what-if-use = Använd de här timmarna
result-what-if-put-back = Tillbaka till jobbet som du skrev det
# Above the answer for the hours and pay tried on the sliders.
result-what-if-trying = { $person ->
    [other] Om { $name } provade de här timmarna och den här lönen:
   *[self] Med de timmar och den lön du provar:
}

result-chart-label = { $title }. { $summary } Använd piltangenterna vänster och höger för att läsa varje punkt.
result-chart-table-show = Visa diagrammet som en tabell
result-chart-table-label = Inkomst efter timmar, tabell
result-chart-col-hours = Timmar i veckan
result-chart-col-pay = Lön
result-chart-col-better = Bättre än nu

result-heat-title = Där jobbet lönar sig mest
result-heat-best = Varje ruta visar vad andra timmar och annan lön skulle ge, för att jämföra: det är inga jobb som erbjuds. Mest i den här tabellen: { $best }.
result-heat-this-job-is = { $person ->
    [other] Det här jobbet: { $job }.
   *[self] Ditt jobb: { $job }.
}
result-heat-caption = Bättre i veckan, efter timmar i veckan (åt höger) och lön per timme (nedåt)
result-heat-this-job-mark = (det här jobbet)
result-heat-best-mark = (bäst)
result-heat-this-job = Det här jobbet

result-fm-title = { $person ->
    [other] De första månaderna med jobb
   *[self] Dina första månader med jobb
}
result-fm-intro = Universal Credit räknas månad för månad, och räknar lönen i den månad den betalas ut. Därför kan de första månaderna gå upp och ner. Se varje månad, och den månad då pengarna är minst.
result-fm-show = { $person ->
    [other] Visa de första månaderna
   *[self] Visa mina första månader
}
result-fm-hide = Dölj de första månaderna
result-fm-start-label = När börjar jobbet?
result-fm-start-hint = Lämna tomt, så använder vi måndagen om två veckor.
result-fm-payday-label = När är den första lönedagen?
result-fm-payday-hint = { $person ->
    [other] Fråga arbetsgivaren. Många betalar en vecka eller en månad efter att { $name } har börjat.
   *[self] Fråga arbetsgivaren. Många betalar en vecka eller en månad efter att du har börjat.
}
result-fm-period-label = { $person ->
    [other] När börjar perioden (assessment period) för Universal Credit?
   *[self] När börjar din period (assessment period) för Universal Credit?
}
result-fm-period-hint = { $person ->
    [other] Vilket startdatum för en period som helst: det står på beskedet om Universal Credit.
   *[self] Vilket startdatum för en period som helst: det står på ditt besked om Universal Credit.
}
result-fm-old-job = Kommer det fortfarande lön från ett gammalt jobb?
result-fm-old-pay-label = Nettolön vid den sista betalningen
result-fm-old-date-label = Datum för den sista betalningen
result-fm-check-dates = { $person ->
    [other] Kontrollera datumen som är markerade ovan för att se de första månaderna.
   *[self] Kontrollera datumen som är markerade ovan för att se dina första månader.
}
result-fm-tightest = Pengarna är minst i månad { $month } ({ $start } till { $end }): { $amount } kommer in, { $less } mindre än nu.
result-fm-lowest = Ingen månad har mindre pengar än nu. Lägst är månad { $month } ({ $start } till { $end }): { $amount } kommer in.
result-fm-helps = Det här hjälper
result-fm-assumed-title = Det här räknade vi med för de första månaderna
result-fm-same = Samma
result-fm-less = { $amount } mindre
result-fm-more = { $amount } mer
result-fm-month = Månad { $month }: { $start } till { $end }
result-fm-tightest-badge = Månaden med minst pengar
result-fm-paydays = Lönedagar (netto)
result-fm-none = Inga
result-fm-payday = { $date }: { $amount }
result-fm-old-job-pay-label = Sista lönen från det gamla jobbet
result-fm-uc-paid = { $amount }, betalas { $date }
result-fm-money-in = Pengar in
result-fm-compared = Jämfört med nu

result-headline-worse--easy =
    { $person ->
       *[self] Du får mindre pengar med det här jobbet.
        [other] Med det här jobbet får { $name } mindre pengar.
    }
    { $person ->
       *[self] Du får { $amount } mindre varje vecka.
        [other] Det är { $amount } mindre varje vecka.
    }
    { $person ->
       *[self] Det gäller om du jobbar { $hours } timmar i veckan.
        [other] Det gäller för { $hours } timmars jobb i veckan.
    }
result-headline-same--easy =
    { $person ->
       *[self] Du får ungefär lika mycket pengar med det här jobbet.
        [other] Med det här jobbet får { $name } ungefär lika mycket pengar.
    }
    { $person ->
       *[self] Det gäller om du jobbar { $hours } timmar i veckan.
        [other] Det gäller för { $hours } timmars jobb i veckan.
    }
result-headline-better--easy =
    { $person ->
       *[self] Du får mer pengar med det här jobbet.
        [other] Med det här jobbet får { $name } mer pengar.
    }
    { $person ->
       *[self] Du får { $amount } mer varje vecka.
        [other] Det är { $amount } mer varje vecka.
    }
    { $person ->
       *[self] Det gäller om du jobbar { $hours } timmar i veckan.
        [other] Det gäller för { $hours } timmars jobb i veckan.
    }
result-headline-detail--easy =
    Det är { $amount } i månaden.
    Vi har redan dragit av { $costs }.
    { $margin }
result-headline-detail-no-costs--easy =
    Det är { $amount } i månaden.
    { $margin }
result-margin-keep--easy =
    { $person ->
       *[self] För varje extra 1 £ du tjänar behåller du ungefär { $pence } pence.
        [other] För varje extra 1 £ { $name } tjänar blir ungefär { $pence } pence kvar.
    }
result-margin-careful--easy =
    Se upp.
    { $person ->
       *[self] Om du jobbar lite mer kan du få mindre pengar.
        [other] Med lite mer jobb kan { $name } få mindre pengar.
    }
result-fm-intro--easy =
    Universal Credit räknas ut varje månad.
    { $person ->
       *[self] Lönen räknas i den månad du får den.
        [other] Lönen räknas i den månad den betalas.
    }
    { $person ->
       *[self] Därför kan dina pengar gå upp och ner de första månaderna.
        [other] Därför kan pengarna gå upp och ner de första månaderna.
    }
result-fm-tightest--easy =
    Månad { $month } har minst pengar.
    Den går från { $start } till { $end }.
    { $amount } kommer in.
    Det är { $less } mindre än nu.
result-fm-lowest--easy =
    Ingen månad har mindre pengar än nu.
    Månad { $month } har minst pengar.
    Den går från { $start } till { $end }.
    { $amount } kommer in.

result-easy-now = Pengar nu, utan jobbet: { $amount } i veckan
result-easy-in-work = Pengar med jobbet: { $amount } i veckan
result-easy-more = Skillnaden: { $amount } mer varje vecka
result-easy-less = Skillnaden: { $amount } mindre varje vecka
result-easy-same = Skillnaden: ungefär lika mycket pengar
result-easy-hours = Jobb: { $hours } i veckan

result-statement-same--easy =
    { $person ->
        [other] Beskedet säger { $amount } i månaden i Universal Credit.
       *[self] Ditt besked säger { $amount } i månaden i Universal Credit.
    }
    Vi räknade fram samma sak.
result-statement-different--easy =
    { $person ->
        [other] Beskedet säger { $amount } i månaden i Universal Credit.
       *[self] Ditt besked säger { $amount } i månaden i Universal Credit.
    }
    Vi räknade fram { $calculated }.
    { $person ->
        [other] Vi har använt beskedet för ”nu”.
       *[self] Vi har använt ditt besked för ”nu”.
    }
    Jobcentre kanske vet något som vi inte vet.
