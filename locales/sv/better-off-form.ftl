# Frågorna i kalkylatorn "Får jag mer pengar om jag jobbar?", formuläret, kontrollerna och
# delen spara och dela. Reglerna är brittiska regler; namnen på bidragen är namn på brittiska
# system och står kvar på engelska.

## Stegen i frågorna en i taget

calc-step-place = { $person ->
   *[self] Var bor du?
    [other] Var bor { $name }?
}
calc-step-household = { $person ->
   *[self] Vem bor med dig?
    [other] Vem bor med { $name }?
}
calc-step-you = { $person ->
   *[self] Om dig
    [other] Om { $name }
}
calc-step-partner = { $person ->
   *[self] Om din partner
    [other] Om partnern
}
calc-step-children = { $person ->
   *[self] Om dina barn
    [other] Om barnen
}
calc-step-health = Hälsa och omsorg
calc-step-home = { $person ->
   *[self] Ditt hem
    [other] Hemmet
}
calc-step-costs = Council tax och sparpengar
calc-step-job = Jobbet
calc-step-answer = { $person ->
   *[self] Ditt svar
    [other] Svaret
}

## Regioner

calc-region-north-east = Nordöstra England
calc-region-north-west = Nordvästra England
calc-region-yorkshire = Yorkshire och Humber
calc-region-east-midlands = East Midlands
calc-region-west-midlands = West Midlands
calc-region-east-of-england = Östra England
calc-region-london = London
calc-region-south-east = Sydöstra England
calc-region-south-west = Sydvästra England
calc-region-wales = Wales
calc-region-scotland = Skottland

## Meddelanden bredvid en ruta

calc-err-region = { $person ->
   *[self] Välj var du bor
    [other] Välj var { $name } bor
}
calc-err-age-you = { $person ->
   *[self] Skriv din ålder
    [other] Skriv hur gammal { $name } är
}
calc-err-age-partner = { $person ->
   *[self] Skriv din partners ålder
    [other] Skriv partnerns ålder
}
calc-err-child-count = { $person ->
   *[self] Skriv hur många barn som bor med dig
    [other] Skriv hur många barn som bor med { $name }
}
calc-err-child-age = Skriv åldern på barn { $number }
calc-err-tenure = { $person ->
   *[self] Välj hur du betalar för ditt hem
    [other] Välj hur { $name } betalar för hemmet
}
calc-err-brma = { $person ->
   *[self] Välj ditt område i listan
    [other] Välj området i listan
}
calc-err-reduction-too-big = Council Tax Reduction kan inte vara mer än council tax
calc-err-wage-zero = Skriv en timlön som är mer än 0 £
calc-err-hours-empty = Skriv timmar i veckan, till exempel 16
calc-err-hours-positive = Timmarna måste vara fler än 0
calc-err-hours-not-number = Skriv timmarna som en siffra, till exempel 16 eller 22,5
calc-err-hours-too-many = Timmarna får vara högst 100 i veckan
calc-err-whole-range = Kontrollera { $what }: det måste vara mellan { $min } och { $max }
calc-err-whole-not-number = Skriv { $what } som ett heltal, till exempel { $example }
calc-err-money-too-big = Kontrollera { $what }: det får vara högst { $most }
calc-err-money-empty = Skriv { $what } i pund
calc-err-money-negative = { $what_start }: det får inte vara mindre än 0 £
calc-err-money-pence = Använd pund och pence, till exempel 12,50
calc-err-money-not-number = Skriv { $what } som en siffra, till exempel 120,50

calc-what-age = åldern
calc-what-child-count = antalet barn
calc-what-bedrooms = antalet sovrum
calc-what-partner-pay = { $person ->
   *[self] din partners lön
    [other] partnerns lön
}
calc-what-rent = { $person ->
   *[self] din hyra
    [other] hyran
}
calc-what-service-charges = serviceavgifterna
calc-what-council-tax = { $person ->
   *[self] din council tax
    [other] council tax
}
calc-what-council-tax-reduction = { $person ->
   *[self] din Council Tax Reduction
    [other] Council Tax Reduction
}
calc-what-savings = { $person ->
   *[self] dina sparpengar
    [other] sparpengarna
}
calc-what-uc-statement = { $person ->
   *[self] Universal Credit på ditt besked
    [other] Universal Credit på beskedet
}
calc-what-wage = timlönen
calc-what-childcare = kostnaden för barnomsorg
calc-what-travel = resekostnaden

calc-job-number = Jobb { $number }

## Vad vi har antagit

calc-assumed-lcwra-you = { $person ->
   *[self] Vi har antagit att du inte får hälsodelen av Universal Credit (limited capability for work-related activity). Titta på ditt besked om Universal Credit.
    [other] Vi har antagit att { $name } inte får hälsodelen av Universal Credit (limited capability for work-related activity). Titta på beskedet om Universal Credit.
}
calc-assumed-lcwra-partner = { $person ->
   *[self] Vi har antagit att din partner inte får hälsodelen av Universal Credit (limited capability for work-related activity). Titta på ditt besked om Universal Credit.
    [other] Vi har antagit att partnern inte får hälsodelen av Universal Credit (limited capability for work-related activity). Titta på beskedet om Universal Credit.
}
calc-assumed-pip-you = { $person ->
   *[self] Vi har antagit att du inte får Personal Independence Payment (eller Adult Disability Payment). Det ändras inte när du börjar jobba.
    [other] Vi har antagit att { $name } inte får Personal Independence Payment (eller Adult Disability Payment). Det ändras inte med ett jobb.
}
calc-assumed-pip-partner = { $person ->
   *[self] Vi har antagit att din partner inte får Personal Independence Payment (eller Adult Disability Payment). Det ändras inte när din partner börjar jobba.
    [other] Vi har antagit att partnern inte får Personal Independence Payment (eller Adult Disability Payment). Det ändras inte med ett jobb.
}
calc-assumed-carer-you = { $person ->
   *[self] Vi har antagit att du inte får Carer's Allowance.
    [other] Vi har antagit att { $name } inte får Carer's Allowance.
}
calc-assumed-carer-partner = { $person ->
   *[self] Vi har antagit att din partner inte får Carer's Allowance.
    [other] Vi har antagit att partnern inte får Carer's Allowance.
}
calc-assumed-rental-area = { $person ->
   *[self] Vi har använt Local Housing Allowance för huvudområdet i din region. Välj ditt eget område för en mer exakt siffra.
    [other] Vi har använt Local Housing Allowance för huvudområdet i regionen. Välj det rätta området för en mer exakt siffra.
}
calc-assumed-wage = Jobb { $number }: vi har använt den lagliga minimilönen för åldern du skrev, { $wage } i timmen.

## Problem med ett hushåll

calc-invalid-adults = Skriv en vuxen, eller två för ett par som ansöker tillsammans.
calc-invalid-age = Åldern måste vara mellan 16 och 120.
calc-invalid-earnings = Inkomsten måste vara noll eller mer, och under 10 miljoner £ om året.
calc-invalid-hours = Timmarna måste vara mellan 0 och 100 i veckan.
calc-invalid-pence = Använd pund och pence, med högst 2 siffror efter kommat.
calc-invalid-hours-places = Använd timmar med högst 2 siffror efter kommat, som 16,5.
calc-invalid-children = Skriv högst 12 barn.
calc-invalid-form-children = Den här räknaren tar högst { $count } barn.
calc-invalid-form-offers = Den här räknaren jämför högst { $count } jobb åt gången.
calc-invalid-child-age-missing = Skriv barnets ålder eller födelsedatum.
calc-invalid-birth-date = Skriv födelsedatumet som ÅÅÅÅ-MM-DD, till exempel 2019-08-31.
calc-invalid-child-too-old = Ett barn räknas här tills det är 19 (eller 20 om det studerar); skriv äldre personer som vuxna.
calc-invalid-birth-date-late = Födelsedatumet är efter början av skatteåret.
calc-invalid-rent = Hyran måste vara noll eller mer, och under 100 000 £.
calc-invalid-service-charges = Serviceavgifterna måste vara noll eller mer.
calc-invalid-bedrooms = Antalet sovrum måste vara mellan 1 och 20.
calc-invalid-brma-missing = Välj Broad Rental Market Area (området som kommunen använder för Local Housing Allowance).
calc-invalid-brma-unknown = Vi känner inte till det här Broad Rental Market Area; välj ett i listan.
calc-invalid-brma-country = Det här Broad Rental Market Area ligger i ett annat land än det du valde.
calc-invalid-council-tax = Council tax måste vara noll eller mer.
calc-invalid-council-tax-reduction = Council Tax Reduction måste vara mellan noll och council tax.
calc-invalid-savings = Sparpengarna måste vara noll eller mer.
calc-invalid-offer-adult = Jobbet måste tas av en av de vuxna i hushållet.
calc-invalid-wage-or-salary = Skriv antingen en timlön eller en årslön.
calc-invalid-wage = Timlönen måste vara noll eller mer, och under 10 000 £.
calc-invalid-salary = Årslönen måste vara noll eller mer, och under 10 miljoner £.
calc-invalid-salary-hours = Skriv hur många timmar i veckan lönen gäller.
calc-invalid-childcare = Kostnaden för barnomsorg måste vara noll eller mer.
calc-invalid-travel = Resekostnaden måste vara noll eller mer.
calc-invalid-pension-share = Pensionsdelen måste vara mellan 0 och 1 (0,05 är 5 %).
calc-invalid-esa-and-jsa = En person får New Style ESA eller New Style JSA, inte båda.
calc-invalid-award = Beloppet i veckan måste vara noll eller mer, och under 1 000 £.
calc-invalid-deductions = Avdragen måste vara noll eller mer, och under 10 000 £ i månaden.
calc-invalid-state-pension = State Pension måste vara noll eller mer, och under 1 000 £ i veckan.

## Meddelanden efter att spara, öppna, kopiera och ta bort

calc-status-problem = Det finns ett problem: titta på svaren som är markerade nedan.
calc-status-no-name = Ge situationen ett namn för att spara den.
calc-status-full-delete-one = Du har { $count } sparade situationer. Fler sparar vi inte. Ta bort en för att spara den här.
calc-status-full = Du har { $count } sparade situationer. Fler sparar vi inte.
calc-status-saved = Sparad som ”{ $name }” på den här enheten.
calc-status-opened = Öppnade ”{ $name }”.
calc-copy-name = { $name } (kopia)
calc-status-copied = Gjorde en kopia som heter ”{ $name }”.
calc-status-deleted = Tog bort ”{ $name }”.
calc-status-import-no-room = Filen har { $count } situationer men det finns bara plats för { $room }. Inget lades till; ta bort några först.
calc-status-imported = { $count ->
    [one] La till 1 situation från filen.
   *[other] La till { $count } situationer från filen.
}
calc-status-reset = Började om. Dina sparade situationer finns kvar.
calc-status-reset-undone = Dina svar är tillbaka.
calc-status-explore-used = Jobbet har nu de timmar och den lön du provade.

## Varför en fil inte togs emot

calc-file-foreign = Den här filen gjordes inte med { -app-name }. Välj en fil som gjordes med "Ladda ner sparade situationer som en fil".
calc-file-no-list = Listan med situationer saknas i filen, så den kan ha ändrats. Exportera den igen och försök igen.
calc-file-empty = Det finns inga situationer i den här filen.
calc-file-too-many = Den här filen har { $count } situationer; { -app-name } läser in högst { $most } åt gången. Dela upp den i mindre filer.
calc-file-item = Situation { $number }:
calc-file-item-named = Situation { $number } ("{ $name }"):
calc-file-item-no-name = den har inget namn. Ge varje situation ett namn.
calc-file-item-name-too-long = namnet är längre än { $most } tecken. Gör det kortare.
calc-file-item-unreadable = hushållet gick inte att läsa: en del saknas eller är av fel sort. Filen kan ha ändrats. Inget lästes in.
calc-file-item-invalid = den går inte att räkna ut: { $reasons } Inget lästes in.

## Varför en länk inte gick att öppna

calc-link-empty = Det finns inget hushåll i den här länken. Be om länken igen.
calc-link-too-long = Den här länken är mycket längre än en länk från { -app-name } kan vara. Kontrollera att du kopierade rätt länk.
calc-link-not-ours = Det här är inte en delningslänk från { -app-name }, eller så har den ändrats. Be om länken igen.
calc-link-truncated = Den här länken har blivit avklippt, troligen när den kopierades. Be om länken igen och kopiera hela.
calc-link-newer = Den här länken gjordes med en nyare version av { -app-name } (länkversion { $version }). Uppdatera appen och försök igen.
calc-link-unreadable = Hushållet i den här länken gick inte att läsa; den kan ha ändrats. Be om länken igen.
calc-link-invalid = Hushållet i den här länken går inte att räkna ut: { $reasons }

## Kalkylatorns sida

calc-title = Får jag mer pengar om jag jobbar?
calc-lead = Se hur mycket pengar du skulle ha om du tog ett jobb, jämfört med nu.
calc-mode-label = Hur du svarar
calc-mode-guided = En fråga i taget
calc-mode-compact = Allt på en sida (för jobbcoacher)
calc-form-label = Hushållet
calc-answer-label = Svaret
calc-boxes-to-fill = { $count ->
    [one] Fyll i formuläret för att se svaret. 1 ruta behöver fortfarande ett svar.
   *[other] Fyll i formuläret för att se svaret. { $count } rutor behöver fortfarande ett svar.
}
calc-add-job = Lägg till ett jobb till att jämföra
calc-remove-job = Ta bort jobb { $number }
calc-link-opened = Öppnade hushållet från den delade länken.
calc-link-not-opened = Den delade länken gick inte att öppna. { $reason }

## En fråga i taget

calc-progress = Fråga { $number } av { $total }
calc-error-summary-title = Det finns ett problem
calc-error-prefix = Fel:
calc-continue = Fortsätt
calc-show-answer = { $person ->
   *[self] Visa mitt svar
    [other] Visa svaret
}
calc-back = Tillbaka
calc-answers-need-checking = Några svar behöver kontrolleras innan vi kan räkna ut det här.
calc-change-heading = Ändra dina svar
calc-change = Ändra

## Frågorna

calc-yes = Ja
calc-no = Nej
calc-not-sure = Jag vet inte säkert
calc-suffix-years = år
calc-suffix-week = i veckan
calc-suffix-month = i månaden
calc-suffix-year = om året
calc-suffix-hour = i timmen
calc-suffix-hours-week = timmar i veckan

calc-region-label = { $person ->
   *[self] Var bor du?
    [other] Var bor { $name }?
}
calc-region-hint = En del regler är annorlunda i Skottland och Wales. Kalkylatorn gäller bara för Storbritannien.
calc-tax-year-label = Vilket års belopp?
calc-tax-year-hint = Använd årets, om du inte tittar bakåt.
calc-tax-year-option = April { $from } till april { $to }

calc-couple-legend = { $person ->
   *[self] Bor du med en partner?
    [other] Bor { $name } med en partner?
}
calc-couple-hint = { $person ->
   *[self] En man, fru, registrerad partner eller någon du bor med som ett par.
    [other] En man, fru, registrerad partner eller någon { $name } bor med som ett par.
}
calc-child-count-label = { $person ->
   *[self] Hur många barn bor med dig?
    [other] Hur många barn bor med { $name }?
}
calc-child-count-hint = { $person ->
   *[self] Barn som du har ansvar för, under 16 år, eller under 20 och i skolan.
    [other] Barn som { $name } har ansvar för, under 16 år, eller under 20 och i skolan.
}
calc-children-none = Inga
calc-married-legend = { $person ->
   *[self] Är du gift eller registrerad partner?
    [other] Är { $name } gift eller registrerad partner?
}
calc-married-hint = { $person ->
   *[self] Det här ändrar bara skatten du betalar (Marriage Allowance).
    [other] Det här ändrar bara skatten { $name } betalar (Marriage Allowance).
}

calc-age-you-label = { $person ->
   *[self] Hur gammal är du?
    [other] Hur gammal är { $name }?
}
calc-age-partner-label = { $person ->
   *[self] Hur gammal är din partner?
    [other] Hur gammal är partnern?
}
calc-partner-earnings-label = { $person ->
   *[self] Hur mycket tjänar din partner nu, före skatt?
    [other] Hur mycket tjänar partnern nu, före skatt?
}
calc-partner-earnings-hint = Lämna tomt om din partner inte jobbar. Det här är samma i båda svaren.

calc-child-heading = Barn { $number }
calc-child-age-label = Hur gammalt är barn { $number }?
calc-child-dla-legend = Får barn { $number } Disability Living Allowance (brittiskt bidrag för barn med funktionsnedsättning)?
calc-child-dla-hint = Eller Child Disability Payment i Skottland.
calc-child-dla-lowest = Ja, lägsta nivån för omsorg
calc-child-dla-middle = Ja, mellersta nivån för omsorg
calc-child-dla-highest = Ja, högsta nivån för omsorg, eller så är barnet registrerat som blint

calc-heading-you = Du
calc-heading-partner = { $person ->
   *[self] Din partner
    [other] Partnern
}
calc-lcwra-legend-you = { $person ->
   *[self] Får du hälsodelen av Universal Credit (brittiskt bidrag)?
    [other] Får { $name } hälsodelen av Universal Credit (brittiskt bidrag)?
}
calc-lcwra-legend-partner = { $person ->
   *[self] Får din partner hälsodelen av Universal Credit (brittiskt bidrag)?
    [other] Får partnern hälsodelen av Universal Credit (brittiskt bidrag)?
}
calc-lcwra-hint-you = { $person ->
   *[self] På ditt besked om Universal Credit står det då att du har begränsad förmåga att arbeta (limited capability for work and work-related activity, LCWRA).
    [other] På beskedet om Universal Credit står det då att { $name } har begränsad förmåga att arbeta (limited capability for work and work-related activity, LCWRA).
}
calc-lcwra-hint-partner = { $person ->
   *[self] På ditt besked om Universal Credit står det då att din partner har begränsad förmåga att arbeta (limited capability for work and work-related activity, LCWRA).
    [other] På beskedet om Universal Credit står det då att partnern har begränsad förmåga att arbeta (limited capability for work and work-related activity, LCWRA).
}
calc-lcwra-new-legend-you = { $person ->
   *[self] Började din hälsodel den 6 april 2026 eller senare?
    [other] Började hälsodelen för { $name } den 6 april 2026 eller senare?
}
calc-lcwra-new-legend-partner = { $person ->
   *[self] Började din partners hälsodel den 6 april 2026 eller senare?
    [other] Började partnerns hälsodel den 6 april 2026 eller senare?
}
calc-lcwra-new-hint = Nya beslut från april 2026 betalas med ett lägre belopp, om inte sjukdomen är svår eller dödlig.
calc-pip-daily-legend-you = { $person ->
   *[self] Får du delen för vardagsliv i PIP?
    [other] Får { $name } delen för vardagsliv i PIP?
}
calc-pip-daily-legend-partner = { $person ->
   *[self] Får din partner delen för vardagsliv i PIP?
    [other] Får partnern delen för vardagsliv i PIP?
}
calc-pip-daily-hint = { $person ->
   *[self] Personal Independence Payment (brittiskt bidrag vid funktionsnedsättning), eller Adult Disability Payment i Skottland. Det fortsätter när du jobbar.
    [other] Personal Independence Payment (brittiskt bidrag vid funktionsnedsättning), eller Adult Disability Payment i Skottland. Det fortsätter med ett jobb.
}
calc-pip-mobility-legend-you = { $person ->
   *[self] Får du delen för rörlighet i PIP?
    [other] Får { $name } delen för rörlighet i PIP?
}
calc-pip-mobility-legend-partner = { $person ->
   *[self] Får din partner delen för rörlighet i PIP?
    [other] Får partnern delen för rörlighet i PIP?
}
calc-pip-standard = Ja, vanliga nivån
calc-pip-enhanced = Ja, högre nivån
calc-carer-legend-you = { $person ->
   *[self] Tar du hand om någon 35 timmar i veckan eller mer?
    [other] Tar { $name } hand om någon 35 timmar i veckan eller mer?
}
calc-carer-legend-partner = { $person ->
   *[self] Tar din partner hand om någon 35 timmar i veckan eller mer?
    [other] Tar partnern hand om någon 35 timmar i veckan eller mer?
}
calc-carer-hint = { $person ->
   *[self] Om någon som får ett bidrag för funktionsnedsättning. Du kanske får Carer's Allowance (Carer Support Payment i Skottland).
    [other] Om någon som får ett bidrag för funktionsnedsättning. Den som vårdar kanske får Carer's Allowance (Carer Support Payment i Skottland).
}

calc-tenure-legend = { $person ->
   *[self] Hur betalar du för ditt hem?
    [other] Hur betalar { $name } för hemmet?
}
calc-tenure-social = { $person ->
   *[self] Jag hyr av kommunen eller ett bostadsföretag
    [other] Hyr av kommunen eller ett bostadsföretag
}
calc-tenure-private = { $person ->
   *[self] Jag hyr av en privat hyresvärd
    [other] Hyr av en privat hyresvärd
}
calc-tenure-owner = { $person ->
   *[self] Jag äger det eller betalar ett bolån
    [other] Äger det eller betalar ett bolån
}
calc-tenure-free = { $person ->
   *[self] Jag bor utan att betala hyra
    [other] Bor utan att betala hyra
}
calc-rent-label = { $person ->
   *[self] Hur mycket är din hyra?
    [other] Hur mycket är hyran?
}
calc-rent-hint = Hela hyran, även om Universal Credit betalar en del av den.
calc-rent-hint-hb = Hela hyran, även om Housing Benefit betalar en del av den.
calc-rent-period-legend = Är det i veckan, var fjärde vecka eller i månaden?
calc-rent-period-week = I veckan
calc-rent-period-four-weeks = Var 4:e vecka
calc-rent-period-month = I månaden
calc-service-charges-label = Serviceavgifter, om de kommer utöver hyran (frivilligt)
calc-service-charges-hint = Till exempel städning av delade utrymmen. Samma period som hyran.
calc-brma-label = { $person ->
   *[self] Vilket hyresområde bor du i?
    [other] Vilket hyresområde bor { $name } i?
}
calc-brma-hint = { $person ->
   *[self] Universal Credit betalar privat hyra upp till Local Housing Allowance (gränsen för hjälp med hyran) i ditt område.
    [other] Universal Credit betalar privat hyra upp till Local Housing Allowance (gränsen för hjälp med hyran) i området.
}
calc-brma-main-area = { $person ->
   *[self] Huvudområdet i min region
    [other] Huvudområdet i regionen
}
calc-bedrooms-label = { $person ->
   *[self] Hur många sovrum har ditt hem? (frivilligt)
    [other] Hur många sovrum har hemmet? (frivilligt)
}
calc-bedrooms-hint = { $person ->
   *[self] Lämna tomt om ditt hem har rätt storlek för dig. Extra sovrum ger mindre hjälp med hyran.
    [other] Lämna tomt om hemmet har rätt storlek. Extra sovrum ger mindre hjälp med hyran.
}

calc-council-tax-label = { $person ->
   *[self] Council tax (kommunal avgift) för året (frivilligt)
    [other] Council tax (kommunal avgift) för året för hemmet där { $name } bor (frivilligt)
}
calc-council-tax-hint = { $person ->
   *[self] Hela räkningen, från ditt brev om council tax.
    [other] Hela räkningen, från brevet om council tax.
}
calc-council-tax-reduction-label = Council Tax Reduction för året (frivilligt)
calc-council-tax-reduction-hint = { $person ->
   *[self] Hjälp du får med council tax. Varje kommun har sitt eget system, så vi använder det du skriver.
    [other] Hjälp { $name } får med council tax. Varje kommun har sitt eget system, så vi använder det du skriver.
}
calc-savings-label = { $person ->
   *[self] Sparpengar och investeringar (frivilligt)
    [other] Hur mycket har { $name } i sparpengar och investeringar? (frivilligt)
}
calc-savings-hint = Sparpengar över 6 000 £ ger mindre Universal Credit. Över 16 000 £ får du inget.
calc-uc-statement-label = { $person ->
   *[self] Universal Credit på ditt senaste besked (frivilligt)
    [other] Universal Credit på det senaste beskedet (frivilligt)
}
calc-uc-statement-hint = { $person ->
   *[self] Beloppet du får i månaden. Om du skriver det använder vi det för vad du får nu.
    [other] Beloppet { $name } får i månaden. Om du skriver det använder vi det för vad { $name } får nu.
}

calc-offer-who-legend = Vem skulle ta det här jobbet?
calc-offer-who-me = Jag
calc-offer-who-partner = { $person ->
   *[self] Min partner
    [other] Partnern
}
calc-hours-label = { $person ->
   *[self] Hur många timmar i veckan?
    [other] Hur många timmar i veckan skulle { $name } jobba?
}
calc-pay-frequency-legend = { $person ->
   *[self] Hur ofta skulle du få lön?
    [other] Hur ofta skulle { $name } få lön?
}
calc-pay-frequency-hint = { $person ->
   *[self] Det här ändrar när Universal Credit ser din lön de första månaderna.
    [other] Det här ändrar när Universal Credit ser lönen de första månaderna.
}
calc-pay-weekly = Varje vecka
calc-pay-fortnightly = Varannan vecka
calc-pay-four-weekly = Var 4:e vecka
calc-pay-monthly = Varje månad
calc-wage-label = Lön för varje timme, före skatt
calc-wage-hint = Lämna tomt för den lagliga minimilönen för åldern du skrev: { $wage } i timmen.
calc-wage-hint-no-age = Lämna tomt för den lagliga minimilönen.
calc-travel-label = Resor till jobbet (frivilligt)
calc-travel-hint = Biljetter för buss eller tåg, eller bränsle.
calc-childcare-label = { $person ->
   *[self] Barnomsorg du skulle betala när du jobbar (frivilligt)
    [other] Barnomsorg { $name } skulle betala under jobbet (frivilligt)
}
calc-childcare-hint = Universal Credit kan betala tillbaka upp till 85 % av den.
calc-pension-legend = { $person ->
   *[self] Skulle du betala in till en tjänstepension?
    [other] Skulle { $name } betala in till en tjänstepension?
}
calc-pension-hint = { $person ->
   *[self] De flesta som jobbar, är över 22 och tjänar över 10 000 £ om året kommer med automatiskt. Du kan välja att gå ur.
    [other] De flesta som jobbar, är över 22 och tjänar över 10 000 £ om året kommer med automatiskt. Det går att gå ur.
}

## Ersättningar, pensionsålder, stödboende, familj och kostnader

calc-expecting-legend = { $person ->
   *[self] Väntar någon i ditt hem barn?
    [other] Väntar någon i hemmet barn?
}
calc-expecting-hint = Det kan finnas hjälp med mat, mjölk och saker till barnet.
calc-birth-date-label-you = { $person ->
   *[self] Vilket är ditt födelsedatum? (frivilligt)
    [other] När är { $name } född? (frivilligt)
}
calc-birth-date-label-partner = { $person ->
   *[self] Vilket är din partners födelsedatum? (frivilligt)
    [other] När är partnern född? (frivilligt)
}
calc-birth-date-hint = Då vet vi när åldern för State Pension börjar. Utan datum använder vi åldern.
calc-state-pension-label-you = { $person ->
   *[self] Hur mycket State Pension får du?
    [other] Hur mycket State Pension får { $name }?
}
calc-state-pension-label-partner = { $person ->
   *[self] Hur mycket State Pension får din partner?
    [other] Hur mycket State Pension får partnern?
}
calc-state-pension-hint = { $person ->
   *[self] Beloppet i veckan, från ditt brev om State Pension. Skriv 0 om du inte får någon.
    [other] Beloppet i veckan, från brevet om State Pension. Skriv 0 om { $name } inte får någon.
}
calc-err-state-pension-you = { $person ->
   *[self] Skriv hur mycket State Pension du får i veckan, eller 0 om du inte får någon
    [other] Skriv hur mycket State Pension { $name } får i veckan, eller 0 om { $name } inte får någon
}
calc-err-state-pension-partner = { $person ->
   *[self] Skriv hur mycket State Pension din partner får i veckan, eller 0 om partnern inte får någon
    [other] Skriv hur mycket State Pension partnern får i veckan, eller 0 om partnern inte får någon
}
calc-warn-no-state-pension-you = { $person ->
   *[self] Ingen State Pension angiven: vi räknade med ingen. De flesta över State Pension-åldern får en. Skriv in den för ett rätt svar.
    [other] Ingen State Pension angiven för { $name }: vi räknade med ingen. De flesta över State Pension-åldern får en. Skriv in den för ett rätt svar.
}
calc-warn-no-state-pension-partner = { $person ->
   *[self] Ingen State Pension angiven för din partner: vi räknade med ingen. De flesta över State Pension-åldern får en. Skriv in den för ett rätt svar.
    [other] Ingen State Pension angiven för partnern: vi räknade med ingen. De flesta över State Pension-åldern får en. Skriv in den för ett rätt svar.
}
calc-assumed-no-state-pension-you = { $person ->
   *[self] Ingen State Pension för dig: beloppet lämnades tomt.
    [other] Ingen State Pension för { $name }: beloppet lämnades tomt.
}
calc-assumed-no-state-pension-partner = { $person ->
   *[self] Ingen State Pension för din partner: beloppet lämnades tomt.
    [other] Ingen State Pension för partnern: beloppet lämnades tomt.
}
# $number is 1, 2, 3…
calc-twin-legend = Är barn { $number } tvilling eller trilling med ett annat barn här?
calc-twin-hint = Tvillingar och trillingar kan ändra gränsen för två barn.
calc-new-style-legend-you = { $person ->
   *[self] Får du New Style ESA eller New Style JSA?
    [other] Får { $name } New Style ESA eller New Style JSA?
}
calc-new-style-legend-partner = { $person ->
   *[self] Får din partner New Style ESA eller New Style JSA?
    [other] Får partnern New Style ESA eller New Style JSA?
}
calc-new-style-hint = { $person ->
   *[self] New Style-ersättningar kommer från National Insurance som du betalade i tidigare jobb. Ditt beslutsbrev säger vilken.
    [other] New Style-ersättningar kommer från National Insurance som betalades i tidigare jobb. Beslutsbrevet säger vilken.
}
calc-new-style-esa = Ja, New Style ESA (ersättning vid sjukdom eller funktionsnedsättning)
calc-new-style-jsa = Ja, New Style JSA (ersättning för arbetssökande)
calc-esa-group-legend-you = { $person ->
   *[self] Vilken ESA-grupp är du i?
    [other] Vilken ESA-grupp är { $name } i?
}
calc-esa-group-legend-partner = { $person ->
   *[self] Vilken ESA-grupp är din partner i?
    [other] Vilken ESA-grupp är partnern i?
}
calc-esa-group-hint = { $person ->
   *[self] Det står i ditt ESA-brev. Innan bedömningen har beslutat är det bedömningsfasen.
    [other] Det står i ESA-brevet. Innan bedömningen har beslutat är det bedömningsfasen.
}
calc-esa-group-assessment = Inte beslutat än (bedömningsfasen)
calc-esa-group-wrag = Gruppen för arbetsinriktad aktivitet (work-related activity group)
calc-esa-group-support = Stödgruppen (support group)
calc-award-weekly-label = Hur mycket är det i veckan? (frivilligt)
calc-award-weekly-hint = Från beslutsbrevet. Lämna tomt så använder vi det vanliga beloppet.
calc-tenure-family = { $person ->
   *[self] Jag bor i min familjs hem
    [other] Bor i familjens hem
}
calc-supported-legend = Är det ett stödboende eller ett tillfälligt boende?
calc-supported-hint = Ett stödboende ger vård eller stöd, som ett härbärge eller ett skyddat boende. Kommunen ger tillfälligt boende till hemlösa. Housing Benefit betalar hyran där.
calc-supported-yes = Ja, ett stödboende
calc-temporary-yes = Ja, tillfälligt boende från kommunen
calc-family-contribution-label = { $person ->
   *[self] Vad betalar du din familj för hemmet? (frivilligt)
    [other] Vad betalar { $name } familjen för hemmet? (frivilligt)
}
calc-family-contribution-hint = { $person ->
   *[self] Pengar du ger dem varje månad till hyra eller räkningar.
    [other] Pengar { $name } ger dem varje månad till hyra eller räkningar.
}
calc-relative-legend = { $person ->
   *[self] Hur betalar din familj sin hyra?
    [other] Hur betalar familjen sin hyra?
}
calc-relative-hint = { $person ->
   *[self] Tänk på den som hyr hemmet, som din mamma eller pappa.
    [other] Tänk på den som hyr hemmet, som en mamma eller pappa.
}
calc-relative-uc = Universal Credit hjälper dem att betala den
calc-relative-hb = Housing Benefit hjälper dem att betala den
calc-relative-none = De äger hemmet, betalar allt själva, eller så vet jag inte
calc-relative-exempt-legend = Får de en ersättning för funktionsnedsättning, eller är de blinda?
calc-relative-exempt-hint = { $person ->
   *[self] PIP för dagligt liv, DLA för vård eller Attendance Allowance. Då minskar inte deras hjälp med hyran för att du bor där.
    [other] PIP för dagligt liv, DLA för vård eller Attendance Allowance. Då minskar inte deras hjälp med hyran för att { $name } bor där.
}
calc-ctr-in-work-legend = Vilken rabatt på council tax ska vi använda när du jobbar?
calc-ctr-in-work-hint = Varje kommun har egna regler. Om kommunen har sagt det till dig, använd deras belopp.
calc-ctr-estimate = Räkna ut det åt mig (en uppskattning)
calc-ctr-own = Beloppet som kommunen gav mig
calc-ctr-in-work-label = Rabatt på council tax när du jobbar, för året
calc-uc-deductions-label = { $person ->
   *[self] Pengar som dras från din Universal Credit varje månad (frivilligt)
    [other] Pengar som dras från Universal Credit varje månad (frivilligt)
}
calc-uc-deductions-hint = { $person ->
   *[self] Till exempel för att betala tillbaka ett förskott, hyresskuld eller en skuld. Det står på ditt besked. Det fortsätter när du jobbar.
    [other] Till exempel för att betala tillbaka ett förskott, hyresskuld eller en skuld. Det står på beskedet. Det fortsätter med ett jobb.
}
calc-grace-legend = { $person ->
   *[self] Slutade ett jobb som du haft i ett år eller mer under de senaste 9 månaderna?
    [other] Slutade ett jobb som { $name } haft i ett år eller mer under de senaste 9 månaderna?
}
calc-grace-hint = { $person ->
   *[self] Om du tjänade minst som 16 timmar i veckan med minimilön väntar bidragstaket 9 månader.
    [other] Om { $name } tjänade minst som 16 timmar i veckan med minimilön väntar bidragstaket 9 månader.
}
calc-supported-work-legend = Är det här jobbet arbete med stöd (supported permitted work)?
calc-supported-work-hint = Arbete med stöd från kommunen eller en organisation för personer med funktionsnedsättning. Då fortsätter ESA hur många timmar det än är.
calc-travel-period-legend = Är det i veckan eller i månaden?
calc-travel-period-week = I veckan
calc-travel-period-month = I månaden
calc-childcare-children-label = Hur många av barnen är barnomsorgen för?
calc-childcare-children-hint = Universal Credit betalar mer för två eller fler barn i barnomsorg.
# The first choice in the list: the childcare is for every child young enough.
calc-childcare-children-all = Alla
calc-err-birth-date = Skriv ett riktigt födelsedatum
calc-err-birth-date-age = Det här födelsedatumet passar inte med åldern du skrev
calc-err-esa-group = Välj ESA-grupp
calc-what-state-pension = din State Pension
calc-what-award = beloppet i veckan
calc-what-family-contribution = { $person ->
   *[self] det du betalar din familj
    [other] det { $name } betalar familjen
}
calc-what-council-tax-reduction-in-work = rabatten på council tax när du jobbar
calc-what-uc-deductions = pengarna som dras
calc-what-childcare-children = antal barn
calc-assumed-award-rate = Vi använde det vanliga beloppet i veckan för New Style ESA eller JSA. Skriv beloppet från beslutsbrevet för en bättre siffra.

## Spara och dela

calc-keep-heading = Spara och dela
calc-save-name-label = Namn på den här situationen
calc-save-name-hint = Till exempel initialer och jobbet: ”AB kafé 16 timmar”. Den sparas bara på den här enheten.
calc-save = Spara
calc-saved-heading = Sparade på den här enheten
calc-delete-confirm = Ta bort den för alltid?
calc-delete-yes = Ja, ta bort
calc-delete-keep = Behåll den
calc-open = Öppna
calc-copy = Kopiera
calc-delete = Ta bort
calc-share-heading = Dela en länk
calc-share-text = Länken har svaren i den del av adressen som kommer efter tecknet #. Webbläsare skickar aldrig den delen någonstans: hushållet hamnar bara där du klistrar in länken.
calc-share-make = Gör en delningslänk
calc-share-link-label = Länk till det här hushållet
calc-share-copy = Kopiera länken
calc-share-copy-yourself = Markera länken i rutan och kopiera den.
calc-link-copied = Länken är kopierad. Klistra in den i ett meddelande eller mejl.
calc-link-copy-refused = Webbläsaren lät oss inte kopiera länken. Markera länken i rutan och kopiera den själv.
calc-reset-heading = Börja om
calc-reset-text = Töm alla svar i formuläret. Sparade situationer finns kvar.
calc-reset = Töm formuläret
calc-reset-question = Tömma alla svar i formuläret?
calc-reset-yes = Ja, töm formuläret
calc-reset-no = Nej, behåll mina svar
calc-reset-cleared = Formuläret är tomt. Ångrat dig? Du kan ångra detta tills du skriver ett nytt svar.
calc-reset-undo = Ångra
calc-move-heading = Flytta till en annan enhet
calc-export = Ladda ner sparade situationer som en fil
calc-import-label = Lägg till situationer från en fil
calc-import-hint = En fil som du laddat ner från den här kalkylatorn. En fil som inte går att läsa tas inte emot, och inget ändras.
calc-export-nothing = Ingen av de sparade situationerna är klar, så det finns inget att ladda ner än.
calc-exported = { $count ->
    [one] Laddade ner 1 situation.
   *[other] Laddade ner { $count } situationer.
}
calc-exported-some = { $count ->
    [one] Laddade ner 1 situation. { $left_out } var inte klara och togs inte med.
   *[other] Laddade ner { $count } situationer. { $left_out } var inte klara och togs inte med.
}
calc-export-refused = Webbläsaren ville inte ladda ner filen.
calc-import-too-big = Den filen är för stor för att vara en fil med situationer (över 2 MB). Inget lades till.
calc-import-unreadable = Filen gick inte att läsa.
calc-import-refused = Filen lades inte till. { $reason }
calc-storage-unreadable = Den här versionen av appen kunde inte läsa dina sparade situationer. De finns kvar på enheten och inget har tagits bort. Men situationer du sparar nu finns bara kvar tills du stänger sidan.
calc-storage-unavailable = Den här webbläsaren låter oss inte spara på enheten, så sparade situationer försvinner när du stänger sidan. Allt annat fungerar. Du kan fortfarande exportera en fil.
calc-storage-full = Det finns inget utrymme kvar på enheten för att spara situationer, så den senaste ändringen finns bara kvar tills du stänger sidan. Ta bort en sparad situation eller några bilder, eller exportera en fil.

## Kalkylatorn på en organisations webbplats

calc-embed-private = Allt du skriver stannar på den här enheten. Inget skickas till oss, till den här webbplatsen eller till någon annan.
calc-embed-open-app = Öppna { -app-name } i en ny flik
calc-embed-heading = Kalkylator: bättre ekonomi med arbete, från { $name }

## Lättläst: kortare meningar, en tanke per rad

calc-lead--easy =
    Se hur mycket pengar du har med ett jobb.
    Jämför med vad du har nu.
calc-couple-hint--easy =
    En partner är en man, fru eller registrerad partner.
    { $person ->
       *[self] Eller någon du bor med som ett par.
        [other] Eller någon { $name } bor med som ett par.
    }
calc-child-count-hint--easy =
    { $person ->
       *[self] Barn som du tar hand om.
        [other] Barn som { $name } tar hand om.
    }
    Under 16 år. Eller under 20 och i skolan.
calc-lcwra-hint-you--easy =
    { $person ->
       *[self] Det är extra pengar för din hälsa.
        [other] Det är extra pengar för hälsan.
    }
    { $person ->
       *[self] På ditt besked om Universal Credit står det om du får det.
        [other] På beskedet om Universal Credit står det om { $name } får det.
    }
calc-lcwra-hint-partner--easy =
    { $person ->
       *[self] Det är extra pengar för din partners hälsa.
        [other] Det är extra pengar för partnerns hälsa.
    }
    { $person ->
       *[self] På ditt besked om Universal Credit står det om din partner får det.
        [other] På beskedet om Universal Credit står det om partnern får det.
    }
calc-lcwra-new-hint--easy =
    Nya beslut från april 2026 ger mindre pengar.
    Inte om sjukdomen är mycket svår.
calc-pip-daily-hint--easy =
    PIP är Personal Independence Payment.
    I Skottland heter det Adult Disability Payment.
    { $person ->
       *[self] Du behåller det när du jobbar.
        [other] Det fortsätter med ett jobb.
    }
calc-carer-hint--easy =
    { $person ->
       *[self] Du tar hand om någon som får bidrag för funktionsnedsättning.
        [other] Att ta hand om någon som får bidrag för funktionsnedsättning.
    }
    { $person ->
       *[self] Du kanske får Carer's Allowance.
        [other] Den som vårdar kanske får Carer's Allowance.
    }
calc-rent-hint--easy =
    Skriv hela hyran.
    Även om Universal Credit betalar en del.
calc-rent-hint-hb--easy =
    Skriv hela hyran.
    Även om Housing Benefit betalar en del av den.
calc-bedrooms-hint--easy =
    { $person ->
       *[self] Lämna tomt om ditt hem har rätt storlek.
        [other] Lämna tomt om hemmet har rätt storlek.
    }
    Ett extra sovrum ger mindre hjälp med hyran.
calc-council-tax-reduction-hint--easy =
    Det här är hjälp att betala council tax.
    Varje kommun har egna regler.
    Vi använder det du skriver.
calc-savings-hint--easy =
    Mer än 6 000 £ i sparpengar ger mindre Universal Credit.
    Mer än 16 000 £ ger ingen Universal Credit.
calc-uc-statement-hint--easy =
    { $person ->
       *[self] Universal Credit som du får varje månad.
        [other] Universal Credit som { $name } får varje månad.
    }
    { $person ->
       *[self] Vi använder det för vad du får nu.
        [other] Vi använder det för vad { $name } får nu.
    }
calc-pay-frequency-hint--easy =
    { $person ->
       *[self] Det här ändrar när Universal Credit ser din lön.
        [other] Det här ändrar när Universal Credit ser lönen.
    }
    Det spelar roll de första månaderna.
calc-pension-hint--easy =
    De flesta som jobbar kommer med i en pension.
    { $person ->
       *[self] Du kan säga nej.
        [other] Det går att säga nej.
    }
calc-share-text--easy =
    Länken har dina svar.
    De hamnar bara där du klistrar in länken.
    Inget skickas till oss.
calc-storage-unavailable--easy =
    Webbläsaren låter oss inte spara.
    Sparade situationer försvinner när du stänger sidan.
    Allt annat fungerar.
calc-new-style-hint--easy =
    { $person ->
       *[self] Du kan få det om du betalade National Insurance i tidigare jobb.
        [other] Det kommer från National Insurance som betalades i tidigare jobb.
    }
    { $person ->
       *[self] Ditt brev säger vilken du får.
        [other] Brevet säger vilken.
    }
calc-supported-hint--easy =
    { $person ->
       *[self] Ett stödboende ger dig vård eller stöd.
        [other] Ett stödboende ger vård eller stöd.
    }
    { $person ->
       *[self] Tillfälligt boende får du från kommunen när du inte har något hem.
        [other] Tillfälligt boende kommer från kommunen när någon inte har något hem.
    }
    Housing Benefit betalar hyran där.
calc-uc-deductions-hint--easy =
    Pengar som dras för att betala tillbaka en skuld.
    { $person ->
       *[self] Det står på ditt besked.
        [other] Det står på beskedet.
    }
    { $person ->
       *[self] Det fortsätter när du jobbar.
        [other] Det fortsätter med ett jobb.
    }
calc-grace-hint--easy =
    { $person ->
       *[self] Jobbade du 16 timmar i veckan eller mer?
        [other] Jobbade { $name } 16 timmar i veckan eller mer?
    }
    Då väntar bidragstaket 9 månader.
calc-supported-work-hint--easy =
    { $person ->
       *[self] Kommunen eller en organisation hjälper dig på jobbet.
        [other] Kommunen eller en organisation hjälper till på jobbet.
    }
    { $person ->
       *[self] Då behåller du ESA.
        [other] Då fortsätter ESA.
    }
calc-relative-exempt-hint--easy =
    Till exempel PIP eller Attendance Allowance.
    Då minskar inte deras hjälp med hyran.

## A share link, Keep and share, and whose name the tenancy is in
calc-change-answers = Ändra svaren
calc-keep-later = När det finns ett svar kan du spara och dela det här.
calc-tenancy-legend = Vem står på hyreskontraktet?
calc-tenancy-hint = { $person ->
   *[self] Hyreskontraktet är avtalet om att hyra bostaden.
    [other] Hyreskontraktet är avtalet om att hyra bostaden där { $name } bor.
}
calc-tenancy-mine = { $person ->
   *[self] Jag
    [other] Personen själv
}
calc-tenancy-relative = En förälder eller en annan släkting

## Vem formuläret gäller (issue 20)

calc-step-person = Vem gäller det?
calc-for-whom-legend = Vem fyller du i det här för?
calc-for-whom-hint = Frågorna använder då personens namn, inte ”du”.
calc-for-whom-myself = Mig själv
calc-for-whom-son = Min son
calc-for-whom-daughter = Min dotter
calc-for-whom-partner = Min partner
calc-for-whom-supported = Någon jag stöttar, som jobbcoach eller stödperson
calc-for-whom-someone = Någon annan
calc-person-name-label = Vad är personens förnamn?
calc-person-name-hint = Du kan lämna det tomt. Det stannar på den här enheten. Det finns inte i en delningslänk.
calc-person-you = du
calc-person-son = din son
calc-person-daughter = din dotter
calc-person-partner = din partner
calc-person-supported = personen du stöttar
calc-person-someone = den här personen
