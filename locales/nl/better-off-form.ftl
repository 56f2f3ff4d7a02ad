# De vragen van de rekenhulp "Heb ik meer geld als ik werk?", het formulier, de controles en
# het deel bewaren en delen. De regels zijn Britse regels; namen van uitkeringen zijn namen
# van Britse regelingen en blijven Engels.

## De stappen van de vragen één voor één

calc-step-place = Waar woon je?
calc-step-household = Wie woont er bij je?
calc-step-you = Over jou
calc-step-partner = Over je partner
calc-step-children = Over je kinderen
calc-step-health = Gezondheid en zorg
calc-step-home = Je woning
calc-step-costs = Council tax en spaargeld
calc-step-job = De baan
calc-step-answer = Je antwoord

## Regio's

calc-region-north-east = Noordoost-Engeland
calc-region-north-west = Noordwest-Engeland
calc-region-yorkshire = Yorkshire en de Humber
calc-region-east-midlands = East Midlands
calc-region-west-midlands = West Midlands
calc-region-east-of-england = Oost-Engeland
calc-region-london = Londen
calc-region-south-east = Zuidoost-Engeland
calc-region-south-west = Zuidwest-Engeland
calc-region-wales = Wales
calc-region-scotland = Schotland

## Meldingen naast een vakje

calc-err-region = Kies waar je woont
calc-err-age-you = Vul je leeftijd in
calc-err-age-partner = Vul de leeftijd van je partner in
calc-err-child-count = Vul in hoeveel kinderen er bij je wonen
calc-err-child-age = Vul de leeftijd van kind { $number } in
calc-err-tenure = Kies hoe je voor je woning betaalt
calc-err-brma = Kies je gebied uit de lijst
calc-err-reduction-too-big = Council Tax Reduction kan niet meer zijn dan de council tax
calc-err-wage-zero = Vul een uurloon in van meer dan £ 0
calc-err-hours-empty = Vul de uren per week in, bijvoorbeeld 16
calc-err-hours-positive = Het aantal uren moet meer dan 0 zijn
calc-err-hours-not-number = Vul de uren in als getal, bijvoorbeeld 16 of 22,5
calc-err-hours-too-many = Het aantal uren mag niet meer zijn dan 100 per week
calc-err-whole-range = Controleer { $what }: dat moet tussen { $min } en { $max } liggen
calc-err-whole-not-number = Vul { $what } in als heel getal, bijvoorbeeld { $example }
calc-err-money-too-big = Controleer { $what }: dat mag niet meer zijn dan { $most }
calc-err-money-empty = Vul { $what } in, in ponden
calc-err-money-negative = { $what_start }: dit mag niet minder zijn dan £ 0
calc-err-money-pence = Gebruik ponden en pence, bijvoorbeeld 12,50
calc-err-money-not-number = Vul { $what } in als getal, bijvoorbeeld 120,50

calc-what-age = de leeftijd
calc-what-child-count = het aantal kinderen
calc-what-bedrooms = het aantal slaapkamers
calc-what-partner-pay = het loon van je partner
calc-what-rent = je huur
calc-what-service-charges = de servicekosten
calc-what-council-tax = je council tax
calc-what-council-tax-reduction = je Council Tax Reduction
calc-what-savings = je spaargeld
calc-what-uc-statement = de Universal Credit op je overzicht
calc-what-wage = het uurloon
calc-what-childcare = de kosten voor kinderopvang
calc-what-travel = de reiskosten

calc-job-number = Baan { $number }

## Wat we hebben aangenomen

calc-assumed-lcwra-you = We zijn ervan uitgegaan dat je het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op je overzicht van Universal Credit.
calc-assumed-lcwra-partner = We zijn ervan uitgegaan dat je partner het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op je overzicht van Universal Credit.
calc-assumed-pip-you = We zijn ervan uitgegaan dat je geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet als je gaat werken.
calc-assumed-pip-partner = We zijn ervan uitgegaan dat je partner geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet als je partner gaat werken.
calc-assumed-carer-you = We zijn ervan uitgegaan dat je geen Carer's Allowance krijgt.
calc-assumed-carer-partner = We zijn ervan uitgegaan dat je partner geen Carer's Allowance krijgt.
calc-assumed-rental-area = We hebben de Local Housing Allowance gebruikt voor het hoofdgebied van je regio. Kies je eigen gebied voor een preciezer bedrag.
calc-assumed-wage = Baan { $number }: we hebben het wettelijk minimumloon gebruikt voor de leeftijd die je gaf, { $wage } per uur.

## Problemen met een huishouden

calc-invalid-adults = Vul één volwassene in, of twee voor een stel dat samen aanvraagt.
calc-invalid-age = De leeftijd moet tussen 16 en 120 liggen.
calc-invalid-earnings = Het inkomen moet nul of meer zijn, en minder dan £ 10 miljoen per jaar.
calc-invalid-hours = Het aantal uren moet tussen 0 en 100 per week liggen.
calc-invalid-pence = Gebruik ponden en pence, met niet meer dan 2 cijfers na de komma.
calc-invalid-hours-places = Gebruik uren met niet meer dan 2 cijfers na de komma, zoals 16,5.
calc-invalid-children = Vul niet meer dan 12 kinderen in.
calc-invalid-form-children = Deze rekenhulp neemt niet meer dan { $count } kinderen.
calc-invalid-form-offers = Deze rekenhulp vergelijkt niet meer dan { $count } banen tegelijk.
calc-invalid-child-age-missing = Vul de leeftijd of de geboortedatum van het kind in.
calc-invalid-birth-date = Schrijf de geboortedatum als JJJJ-MM-DD, bijvoorbeeld 2019-08-31.
calc-invalid-child-too-old = Een kind telt hier mee tot 19 jaar (of 20 als het nog op school zit); vul oudere mensen in als volwassenen.
calc-invalid-birth-date-late = De geboortedatum ligt na het begin van het belastingjaar.
calc-invalid-rent = De huur moet nul of meer zijn, en minder dan £ 100.000.
calc-invalid-service-charges = De servicekosten moeten nul of meer zijn.
calc-invalid-bedrooms = Het aantal slaapkamers moet tussen 1 en 20 liggen.
calc-invalid-brma-missing = Kies de Broad Rental Market Area (het gebied dat de gemeente gebruikt voor de Local Housing Allowance).
calc-invalid-brma-unknown = We kennen deze Broad Rental Market Area niet; kies er een uit de lijst.
calc-invalid-brma-country = Deze Broad Rental Market Area ligt in een ander land dan het land dat je koos.
calc-invalid-council-tax = De council tax moet nul of meer zijn.
calc-invalid-council-tax-reduction = De Council Tax Reduction moet tussen nul en de council tax liggen.
calc-invalid-savings = Het spaargeld moet nul of meer zijn.
calc-invalid-offer-adult = De baan moet van een van de volwassenen in het huishouden zijn.
calc-invalid-wage-or-salary = Vul een uurloon of een jaarsalaris in, niet allebei.
calc-invalid-wage = Het uurloon moet nul of meer zijn, en minder dan £ 10.000.
calc-invalid-salary = Het salaris moet nul of meer zijn, en minder dan £ 10 miljoen.
calc-invalid-salary-hours = Vul in voor hoeveel uren per week het salaris is.
calc-invalid-childcare = De kosten voor kinderopvang moeten nul of meer zijn.
calc-invalid-travel = De reiskosten moeten nul of meer zijn.
calc-invalid-pension-share = Het deel voor pensioen moet tussen 0 en 1 liggen (0,05 is 5%).
calc-invalid-esa-and-jsa = Iemand krijgt New Style ESA of New Style JSA, niet allebei.
calc-invalid-award = Het bedrag per week moet nul of meer zijn, en minder dan £ 1.000.
calc-invalid-deductions = De inhoudingen moeten nul of meer zijn, en minder dan £ 10.000 per maand.
calc-invalid-state-pension = Het State Pension moet nul of meer zijn, en minder dan £ 1.000 per week.

## Meldingen na bewaren, openen, kopiëren en verwijderen

calc-status-problem = Er is een probleem: kijk naar de antwoorden die hieronder gemarkeerd zijn.
calc-status-no-name = Geef de situatie een naam om hem te bewaren.
calc-status-full-delete-one = Je hebt { $count } situaties bewaard, het maximum. Verwijder er een om deze te bewaren.
calc-status-full = Je hebt { $count } situaties bewaard, het maximum.
calc-status-saved = Bewaard als “{ $name }” op dit apparaat.
calc-status-opened = “{ $name }” is geopend.
calc-copy-name = { $name } (kopie)
calc-status-copied = Er is een kopie gemaakt met de naam “{ $name }”.
calc-status-deleted = “{ $name }” is verwijderd.
calc-status-import-no-room = Het bestand heeft { $count } situaties, maar er is ruimte voor { $room }. Er is niets toegevoegd; verwijder eerst een paar situaties.
calc-status-imported = { $count ->
    [one] 1 situatie uit het bestand toegevoegd.
   *[other] { $count } situaties uit het bestand toegevoegd.
}
calc-status-reset = Opnieuw begonnen. Je bewaarde situaties blijven bewaard.
calc-status-reset-undone = Je antwoorden zijn terug.
calc-status-explore-used = De baan heeft nu de uren en het loon die je hebt geprobeerd.

## Waarom een bestand is geweigerd

calc-file-foreign = Dit bestand is niet gemaakt met { -app-name }. Kies een bestand dat je gemaakt hebt met "Bewaarde situaties downloaden als bestand".
calc-file-no-list = De lijst met situaties ontbreekt in dit bestand. Misschien is het bestand veranderd. Exporteer het opnieuw en probeer het nog een keer.
calc-file-empty = Er staan geen situaties in dit bestand.
calc-file-too-many = Dit bestand heeft { $count } situaties; { -app-name } kan er maximaal { $most } tegelijk inlezen. Maak er kleinere bestanden van.
calc-file-item = Situatie { $number }:
calc-file-item-named = Situatie { $number } ("{ $name }"):
calc-file-item-no-name = die heeft geen naam. Geef elke situatie een naam.
calc-file-item-name-too-long = de naam is langer dan { $most } tekens. Maak hem korter.
calc-file-item-unreadable = het huishouden kon niet gelezen worden. Misschien is het bestand veranderd ({ $detail }). Er is niets ingelezen.
calc-file-item-invalid = die kan niet berekend worden: { $reasons } Er is niets ingelezen.

## Waarom een link niet kon worden geopend

calc-link-empty = Er staat geen huishouden in deze link. Vraag de link nog een keer.
calc-link-too-long = Deze link is veel langer dan een link van { -app-name } kan zijn. Kijk of je de goede link hebt gekopieerd.
calc-link-not-ours = Dit is geen deellink van { -app-name }, of de link is veranderd. Vraag de link nog een keer.
calc-link-truncated = Deze link is afgebroken, waarschijnlijk bij het kopiëren. Vraag de link nog een keer en kopieer hem helemaal.
calc-link-newer = Deze link is gemaakt met een nieuwere versie van { -app-name } (linkversie { $version }). Werk de app bij en probeer het nog een keer.
calc-link-unreadable = Het huishouden in deze link kon niet gelezen worden; misschien is de link veranderd. Vraag de link nog een keer.
calc-link-invalid = Het huishouden in deze link kan niet berekend worden: { $reasons }

## De pagina van de rekenhulp

calc-title = Heb ik meer geld als ik ga werken?
calc-lead = Kijk hoeveel geld je zou hebben als je een baan neemt, vergeleken met nu.
calc-mode-label = Hoe wil je antwoorden?
calc-mode-guided = Eén vraag tegelijk
calc-mode-compact = Alles op één pagina (voor jobcoaches)
calc-form-label = Het huishouden
calc-answer-label = Het antwoord
calc-boxes-to-fill = { $count ->
    [one] Vul het formulier in om het antwoord te zien. 1 vakje heeft nog een antwoord nodig.
   *[other] Vul het formulier in om het antwoord te zien. { $count } vakjes hebben nog een antwoord nodig.
}
calc-add-job = Nog een baan toevoegen om te vergelijken
calc-remove-job = Baan { $number } weghalen
calc-link-opened = Het huishouden uit de gedeelde link is geopend.
calc-link-not-opened = De gedeelde link kon niet worden geopend. { $reason }

## Eén vraag tegelijk

calc-progress = Vraag { $number } van { $total }
calc-error-summary-title = Er is een probleem
calc-error-prefix = Fout:
calc-continue = Verder
calc-show-answer = Laat mijn antwoord zien
calc-back = Terug
calc-answers-need-checking = Een paar antwoorden moeten eerst worden gecontroleerd voordat we dit kunnen uitrekenen.
calc-change-heading = Je antwoorden veranderen
calc-change = Veranderen

## De vragen

calc-yes = Ja
calc-no = Nee
calc-not-sure = Ik weet het niet zeker
calc-suffix-years = jaar
calc-suffix-week = per week
calc-suffix-month = per maand
calc-suffix-year = per jaar
calc-suffix-hour = per uur
calc-suffix-hours-week = uur per week

calc-region-label = Waar woon je?
calc-region-hint = Sommige regels zijn anders in Schotland en Wales. Deze rekenhulp werkt alleen voor het Verenigd Koninkrijk.
calc-tax-year-label = Met de bedragen van welk jaar?
calc-tax-year-hint = Neem dit jaar, tenzij je terugkijkt.
calc-tax-year-option = April { $from } tot april { $to }

calc-couple-legend = Woon je samen met een partner?
calc-couple-hint = Een man, vrouw, geregistreerd partner, of iemand met wie je samenwoont als stel.
calc-child-count-label = Hoeveel kinderen wonen er bij je?
calc-child-count-hint = Kinderen voor wie je zorgt: jonger dan 16, of jonger dan 20 en op school of in een opleiding.
calc-children-none = Geen
calc-married-legend = Ben je getrouwd of heb je een geregistreerd partnerschap?
calc-married-hint = Dit verandert alleen de belasting die je betaalt (Marriage Allowance).

calc-age-you-label = Hoe oud ben je?
calc-age-partner-label = Hoe oud is je partner?
calc-partner-earnings-label = Hoeveel verdient je partner nu, voor belasting?
calc-partner-earnings-hint = Laat leeg als je partner niet werkt. Dit blijft hetzelfde in beide antwoorden.

calc-child-heading = Kind { $number }
calc-child-age-label = Hoe oud is kind { $number }?
calc-child-dla-legend = Krijgt kind { $number } Disability Living Allowance (Britse uitkering voor kinderen met een handicap)?
calc-child-dla-hint = Of Child Disability Payment in Schotland.
calc-child-dla-lowest = Ja, het laagste bedrag voor zorg
calc-child-dla-middle = Ja, het middelste bedrag voor zorg
calc-child-dla-highest = Ja, het hoogste bedrag voor zorg, of het kind is als blind geregistreerd

calc-heading-you = Jij
calc-heading-partner = Je partner
calc-lcwra-legend-you = Krijg je het gezondheidsdeel van Universal Credit (Britse uitkering)?
calc-lcwra-legend-partner = Krijgt je partner het gezondheidsdeel van Universal Credit (Britse uitkering)?
calc-lcwra-hint-you = Op je overzicht van Universal Credit staat dan dat je beperkt kunt werken (limited capability for work and work-related activity, LCWRA).
calc-lcwra-hint-partner = Op je overzicht van Universal Credit staat dan dat je partner beperkt kan werken (limited capability for work and work-related activity, LCWRA).
calc-lcwra-new-legend-you = Is je gezondheidsdeel begonnen op of na 6 april 2026?
calc-lcwra-new-legend-partner = Is het gezondheidsdeel van je partner begonnen op of na 6 april 2026?
calc-lcwra-new-hint = Nieuwe toekenningen vanaf april 2026 krijgen een lager bedrag, behalve als de ziekte ernstig of terminaal is.
calc-pip-daily-legend-you = Krijg je het deel voor dagelijks leven van PIP?
calc-pip-daily-legend-partner = Krijgt je partner het deel voor dagelijks leven van PIP?
calc-pip-daily-hint = Personal Independence Payment (Britse uitkering bij een handicap), of Adult Disability Payment in Schotland. Die loopt door als je werkt.
calc-pip-mobility-legend-you = Krijg je het deel voor mobiliteit van PIP?
calc-pip-mobility-legend-partner = Krijgt je partner het deel voor mobiliteit van PIP?
calc-pip-standard = Ja, het standaardbedrag
calc-pip-enhanced = Ja, het hogere bedrag
calc-carer-legend-you = Zorg je 35 uur per week of meer voor iemand?
calc-carer-legend-partner = Zorgt je partner 35 uur per week of meer voor iemand?
calc-carer-hint = Voor iemand die een uitkering voor een handicap krijgt. Misschien krijg je Carer's Allowance (Carer Support Payment in Schotland).

calc-tenure-legend = Hoe betaal je voor je woning?
calc-tenure-social = Ik huur van de gemeente of een woningcorporatie
calc-tenure-private = Ik huur van een particuliere verhuurder
calc-tenure-owner = Het is mijn eigen huis of ik betaal een hypotheek
calc-tenure-free = Ik woon zonder huur te betalen
calc-rent-label = Hoeveel huur betaal je?
calc-rent-hint = De hele huur, ook als Universal Credit een deel ervan betaalt.
calc-rent-period-legend = Is dat per week, per vier weken of per maand?
calc-rent-period-week = Per week
calc-rent-period-four-weeks = Per 4 weken
calc-rent-period-month = Per maand
calc-service-charges-label = Servicekosten, als die bovenop de huur komen (niet verplicht)
calc-service-charges-hint = Bijvoorbeeld voor het schoonmaken van gedeelde ruimtes. Voor dezelfde periode als de huur.
calc-brma-label = In welk huurgebied woon je?
calc-brma-hint = Universal Credit betaalt particuliere huur tot de Local Housing Allowance (grens voor huurhulp) van je gebied.
calc-brma-main-area = Het hoofdgebied van mijn regio
calc-bedrooms-label = Hoeveel slaapkamers heeft je woning? (niet verplicht)
calc-bedrooms-hint = Laat leeg als je woning de goede grootte heeft voor jou. Voor extra slaapkamers krijg je minder hulp bij de huur.

calc-council-tax-label = Council tax (gemeentebelasting) voor het jaar (niet verplicht)
calc-council-tax-hint = De hele rekening, uit je brief over de council tax.
calc-council-tax-reduction-label = Council Tax Reduction voor het jaar (niet verplicht)
calc-council-tax-reduction-hint = Hulp die je krijgt bij de council tax. Elke gemeente heeft een eigen regeling, dus we gebruiken wat jij invult.
calc-savings-label = Spaargeld en beleggingen (niet verplicht)
calc-savings-hint = Met meer dan £ 6.000 spaargeld krijg je minder Universal Credit. Met meer dan £ 16.000 krijg je het niet meer.
calc-uc-statement-label = Universal Credit op je laatste overzicht (niet verplicht)
calc-uc-statement-hint = Het bedrag dat je per maand krijgt. Als je het invult, gebruiken we het voor wat je nu krijgt.

calc-offer-who-legend = Wie zou deze baan nemen?
calc-offer-who-me = Ik
calc-offer-who-partner = Mijn partner
calc-hours-label = Hoeveel uur per week?
calc-pay-frequency-legend = Hoe vaak zou je betaald krijgen?
calc-pay-frequency-hint = Dit verandert wanneer Universal Credit je loon ziet in de eerste maanden.
calc-pay-weekly = Elke week
calc-pay-fortnightly = Elke 2 weken
calc-pay-four-weekly = Elke 4 weken
calc-pay-monthly = Elke maand
calc-wage-label = Loon per uur, voor belasting
calc-wage-hint = Laat leeg voor het wettelijk minimum voor de leeftijd die je gaf: { $wage } per uur.
calc-wage-hint-no-age = Laat leeg voor het wettelijk minimumloon.
calc-travel-label = Reizen naar je werk (niet verplicht)
calc-travel-hint = Kaartjes voor bus of trein, of benzine.
calc-childcare-label = Kinderopvang die je zou betalen als je werkt (niet verplicht)
calc-childcare-hint = Universal Credit kan tot 85% daarvan terugbetalen.
calc-pension-legend = Zou je meebetalen aan een pensioen via je werk?
calc-pension-hint = De meeste werknemers ouder dan 22 die meer dan £ 10.000 per jaar verdienen, doen automatisch mee. Je mag stoppen.

## Uitkeringen, pensioenleeftijd, begeleid wonen, familie en kosten

calc-expecting-legend = Verwacht iemand in je huis een baby?
calc-expecting-hint = Er kan hulp zijn voor eten, melk en spullen voor de baby.
calc-birth-date-label-you = Wat is je geboortedatum? (niet verplicht)
calc-birth-date-label-partner = Wat is de geboortedatum van je partner? (niet verplicht)
calc-birth-date-hint = Zo weten we wanneer de AOW-leeftijd van het VK (State Pension age) begint. Zonder datum gebruiken we de leeftijd.
calc-state-pension-label-you = Hoeveel State Pension krijg je? (niet verplicht)
calc-state-pension-label-partner = Hoeveel State Pension krijgt je partner? (niet verplicht)
calc-state-pension-hint = Het bedrag per week, uit je brief over het State Pension.
# $number is 1, 2, 3…
calc-twin-legend = Is kind { $number } een tweeling of drieling met een ander kind hier?
calc-twin-hint = Bij een tweeling of drieling kan de grens van twee kinderen anders zijn.
calc-new-style-legend-you = Krijg je New Style ESA of New Style JSA?
calc-new-style-legend-partner = Krijgt je partner New Style ESA of New Style JSA?
calc-new-style-hint = New Style uitkeringen komen van National Insurance die je in vorige banen betaalde. Je toekenningsbrief zegt welke.
calc-new-style-esa = Ja, New Style ESA (uitkering bij ziekte of handicap)
calc-new-style-jsa = Ja, New Style JSA (uitkering voor werkzoekenden)
calc-esa-group-legend-you = In welke ESA-groep zit je?
calc-esa-group-legend-partner = In welke ESA-groep zit je partner?
calc-esa-group-hint = Dat staat in je ESA-brief. Voordat de keuring beslist, is het de beoordelingsfase.
calc-esa-group-assessment = Nog niet beslist (beoordelingsfase)
calc-esa-group-wrag = De groep voor werkgerichte activiteit (work-related activity group)
calc-esa-group-support = De ondersteuningsgroep (support group)
calc-award-weekly-label = Hoeveel is het per week? (niet verplicht)
calc-award-weekly-hint = Uit de toekenningsbrief. Laat het leeg en we gebruiken het gewone bedrag.
calc-tenure-family = Ik woon in het huis van mijn familie
calc-supported-legend = Is het begeleid wonen of tijdelijke huisvesting?
calc-supported-hint = Begeleid wonen geeft zorg of steun, zoals een opvanghuis. De gemeente geeft tijdelijke huisvesting aan mensen zonder huis. Housing Benefit betaalt daar de huur.
calc-supported-yes = Ja, begeleid wonen
calc-temporary-yes = Ja, tijdelijke huisvesting van de gemeente
calc-family-contribution-label = Wat betaal je je familie voor het huis? (niet verplicht)
calc-family-contribution-hint = Geld dat je ze elke maand geeft voor huur of rekeningen.
calc-relative-legend = Hoe betaalt je familie hun huur?
calc-relative-hint = Denk aan de persoon die het huis huurt, zoals je moeder of vader.
calc-relative-uc = Universal Credit helpt ze die te betalen
calc-relative-hb = Housing Benefit helpt ze die te betalen
calc-relative-none = Het huis is van hen, ze betalen alles zelf, of ik weet het niet
calc-relative-exempt-legend = Krijgen ze een uitkering voor een handicap, of zijn ze blind?
calc-relative-exempt-hint = PIP voor dagelijks leven, DLA voor zorg of Attendance Allowance. Dan wordt hun hulp bij de huur niet minder omdat jij daar woont.
calc-ctr-in-work-legend = Welke korting op de council tax gebruiken we als je werkt?
calc-ctr-in-work-hint = Elke gemeente heeft eigen regels. Heeft de gemeente het je gezegd, gebruik dan dat bedrag.
calc-ctr-estimate = Reken het voor me uit (een schatting)
calc-ctr-own = Het bedrag dat de gemeente me gaf
calc-ctr-in-work-label = Korting op de council tax als je werkt, per jaar
calc-uc-deductions-label = Geld dat elke maand van je Universal Credit af gaat (niet verplicht)
calc-uc-deductions-hint = Bijvoorbeeld om een voorschot, een huurschuld of een schuld terug te betalen. Het staat op je overzicht. Het gaat door als je werkt.
calc-grace-legend = Is een baan van een jaar of langer in de laatste 9 maanden gestopt?
calc-grace-hint = Verdiende je minstens 16 uur per week tegen het minimumloon? Dan wacht het uitkeringsplafond 9 maanden.
calc-supported-work-legend = Is deze baan werk met begeleiding (supported permitted work)?
calc-supported-work-hint = Werk met steun van de gemeente of een goed doel voor mensen met een handicap. Dan gaat ESA door bij elk aantal uren.
calc-travel-period-legend = Is dat per week of per maand?
calc-travel-period-week = Per week
calc-travel-period-month = Per maand
calc-childcare-children-label = Voor hoeveel van de kinderen is de kinderopvang?
calc-childcare-children-hint = Universal Credit betaalt meer voor twee of meer kinderen in de opvang.
# The first choice in the list: the childcare is for every child young enough.
calc-childcare-children-all = Voor allemaal
calc-err-birth-date = Vul een echte geboortedatum in
calc-err-birth-date-age = Deze geboortedatum past niet bij de leeftijd die je gaf
calc-err-esa-group = Kies de ESA-groep
calc-what-state-pension = het State Pension
calc-what-award = het bedrag per week
calc-what-family-contribution = wat je je familie betaalt
calc-what-council-tax-reduction-in-work = de korting op de council tax als je werkt
calc-what-uc-deductions = het geld dat eraf gaat
calc-what-childcare-children = aantal kinderen
calc-assumed-award-rate = We gebruikten het gewone bedrag per week van New Style ESA of JSA. Vul het bedrag uit de toekenningsbrief in voor een beter getal.

## Bewaren en delen

calc-keep-heading = Bewaren en delen
calc-save-name-label = Naam voor deze situatie
calc-save-name-hint = Bijvoorbeeld de eerste letters van een naam en de baan: “AB café 16 uur”. Alleen bewaard op dit apparaat.
calc-save = Bewaren
calc-saved-heading = Bewaard op dit apparaat
calc-delete-confirm = Voorgoed verwijderen?
calc-delete-yes = Ja, verwijderen
calc-delete-keep = Niet verwijderen
calc-open = Openen
calc-copy = Kopiëren
calc-delete = Verwijderen
calc-share-heading = Een link delen
calc-share-text = De link bewaart de antwoorden in het deel van het adres na het #-teken. Browsers sturen dat deel nooit ergens heen: het huishouden gaat alleen naar de plek waar jij de link plakt.
calc-share-make = Een deellink maken
calc-share-link-label = Link naar dit huishouden
calc-share-copy = Link kopiëren
calc-share-copy-yourself = Selecteer de link in het vakje en kopieer hem.
calc-link-copied = Link gekopieerd. Plak hem in een bericht of e-mail.
calc-link-copy-refused = Deze browser liet ons de link niet kopiëren. Selecteer de link in het vakje en kopieer hem zelf.
calc-reset-heading = Opnieuw beginnen
calc-reset-text = Alle antwoorden op het formulier wissen. Bewaarde situaties blijven bewaard.
calc-reset = Formulier wissen
calc-reset-question = Alle antwoorden op het formulier wissen?
calc-reset-yes = Ja, formulier wissen
calc-reset-no = Nee, antwoorden houden
calc-reset-cleared = Het formulier is leeg. Toch niet? Je kunt dit ongedaan maken tot je een nieuw antwoord typt.
calc-reset-undo = Ongedaan maken
calc-move-heading = Naar een ander apparaat
calc-export = Bewaarde situaties downloaden als bestand
calc-import-label = Situaties toevoegen uit een bestand
calc-import-hint = Een bestand dat je van deze rekenhulp hebt gedownload. Als een bestand niet gelezen kan worden, wordt het geweigerd en verandert er niets.
calc-export-nothing = Geen van de bewaarde situaties is af, dus er is nog niets om te downloaden.
calc-exported = { $count ->
    [one] 1 situatie gedownload.
   *[other] { $count } situaties gedownload.
}
calc-exported-some = { $count ->
    [one] 1 situatie gedownload. { $left_out } niet af en niet meegenomen.
   *[other] { $count } situaties gedownload. { $left_out } niet af en niet meegenomen.
}
calc-export-refused = De browser wilde het bestand niet downloaden.
calc-import-too-big = Dat bestand is te groot voor een bestand met situaties (meer dan 2 MB). Er is niets toegevoegd.
calc-import-unreadable = Het bestand kon niet gelezen worden.
calc-import-refused = Het bestand is niet toegevoegd. { $reason }
calc-storage-unreadable = Deze versie van de app kan je bewaarde situaties niet lezen. Ze staan nog op dit apparaat en er is niets verwijderd. Maar situaties die je nu bewaart, blijven alleen tot je de pagina sluit.
calc-storage-unavailable = Deze browser laat ons niets bewaren op dit apparaat. Bewaarde situaties zijn dus weg als je de pagina sluit. Al het andere werkt. Je kunt nog steeds een bestand exporteren.
calc-storage-full = Er is geen ruimte meer op dit apparaat om situaties te bewaren. De laatste wijziging blijft dus alleen tot je de pagina sluit. Verwijder een bewaarde situatie of wat foto's, of exporteer een bestand.

## De rekenhulp op de website van een organisatie

calc-embed-private = Alles wat je typt, blijft op dit apparaat. Er wordt niets gestuurd naar ons, naar deze website of naar iemand anders.
calc-embed-open-app = { -app-name } openen in een nieuw tabblad
calc-embed-heading = Rekenhulp beter af met werk van { $name }

## Makkelijk lezen: kortere zinnen, één idee per regel

calc-lead--easy =
    Kijk hoeveel geld je hebt met een baan.
    Vergelijk dat met wat je nu hebt.
calc-couple-hint--easy =
    Een partner is een man, vrouw of geregistreerd partner.
    Of iemand met wie je samenwoont als stel.
calc-child-count-hint--easy =
    Kinderen voor wie je zorgt.
    Jonger dan 16. Of jonger dan 20 en nog op school.
calc-lcwra-hint-you--easy =
    Dit is extra geld voor je gezondheid.
    Op je overzicht van Universal Credit staat of je het krijgt.
calc-lcwra-hint-partner--easy =
    Dit is extra geld voor de gezondheid van je partner.
    Op je overzicht van Universal Credit staat of je partner het krijgt.
calc-lcwra-new-hint--easy =
    Nieuwe toekenningen vanaf april 2026 geven minder geld.
    Niet als de ziekte heel ernstig is.
calc-pip-daily-hint--easy =
    PIP is Personal Independence Payment.
    In Schotland heet het Adult Disability Payment.
    Je houdt het als je werkt.
calc-carer-hint--easy =
    Je zorgt voor iemand met een uitkering voor een handicap.
    Misschien krijg je Carer's Allowance.
calc-rent-hint--easy =
    Schrijf de hele huur op.
    Ook als Universal Credit een deel betaalt.
calc-bedrooms-hint--easy =
    Laat dit leeg als je woning de goede grootte heeft.
    Een extra slaapkamer betekent minder hulp bij de huur.
calc-council-tax-reduction-hint--easy =
    Dit is hulp bij het betalen van council tax.
    Elke gemeente heeft eigen regels.
    We gebruiken wat jij opschrijft.
calc-savings-hint--easy =
    Meer dan £ 6.000 spaargeld betekent minder Universal Credit.
    Meer dan £ 16.000 betekent geen Universal Credit.
calc-uc-statement-hint--easy =
    De Universal Credit die je elke maand krijgt.
    We gebruiken het voor wat je nu krijgt.
calc-pay-frequency-hint--easy =
    Dit verandert wanneer Universal Credit je loon ziet.
    Dat is belangrijk in de eerste maanden.
calc-pension-hint--easy =
    De meeste werknemers doen mee met een pensioen.
    Je mag nee zeggen.
calc-share-text--easy =
    De link bewaart je antwoorden.
    Ze gaan alleen naar de plek waar jij de link plakt.
    Er wordt niets naar ons gestuurd.
calc-storage-unavailable--easy =
    Deze browser laat ons niets bewaren.
    Bewaarde situaties zijn weg als je de pagina sluit.
    Al het andere werkt.
calc-new-style-hint--easy =
    Je kunt dit krijgen als je National Insurance betaalde in vorige banen.
    Je brief zegt welke je krijgt.
calc-supported-hint--easy =
    Begeleid wonen geeft je zorg of steun.
    Tijdelijke huisvesting krijg je van de gemeente als je geen huis hebt.
    Housing Benefit betaalt daar de huur.
calc-uc-deductions-hint--easy =
    Geld dat eraf gaat om een schuld terug te betalen.
    Het staat op je overzicht.
    Het gaat door als je werkt.
calc-grace-hint--easy =
    Werkte je 16 uur per week of meer?
    Dan wacht het uitkeringsplafond 9 maanden.
calc-supported-work-hint--easy =
    De gemeente of een goed doel helpt je op je werk.
    Dan houd je ESA.
calc-relative-exempt-hint--easy =
    Bijvoorbeeld PIP of Attendance Allowance.
    Dan wordt hun hulp bij de huur niet minder.

## A share link, Keep and share, and whose name the tenancy is in
calc-change-answers = De antwoorden wijzigen
calc-keep-later = Als er een antwoord is, kun je het hier bewaren en delen.
calc-tenancy-legend = Op wiens naam staat het huurcontract?
calc-tenancy-hint = Het huurcontract is de afspraak om de woning te huren.
calc-tenancy-mine = Op mijn naam
calc-tenancy-relative = Op naam van een ouder of ander familielid
