# De vragen van de rekenhulp "Heb ik meer geld als ik werk?", het formulier, de controles en
# het deel bewaren en delen. De regels zijn Britse regels; namen van uitkeringen zijn namen
# van Britse regelingen en blijven Engels.

## De stappen van de vragen één voor één

calc-step-place = { $person ->
   *[self] Waar woon je?
    [other] Waar woont { $name }?
}
calc-step-household = { $person ->
   *[self] Wie woont er bij je?
    [other] Wie woont er bij { $name }?
}
calc-step-you = { $person ->
   *[self] Over jou
    [other] Over { $name }
}
calc-step-partner = { $person ->
   *[self] Over je partner
    [other] Over de partner
}
calc-step-children = { $person ->
   *[self] Over je kinderen
    [other] Over de kinderen
}
calc-step-health = Gezondheid en zorg
calc-step-home = { $person ->
   *[self] Je woning
    [other] De woning
}
calc-step-costs = Council tax en spaargeld
calc-step-job = De baan
calc-step-answer = { $person ->
   *[self] Je antwoord
    [other] Het antwoord
}

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

calc-err-region = { $person ->
   *[self] Kies waar je woont
    [other] Kies waar { $name } woont
}
calc-err-age-you = { $person ->
   *[self] Vul je leeftijd in
    [other] Vul in hoe oud { $name } is
}
calc-err-age-partner = { $person ->
   *[self] Vul de leeftijd van je partner in
    [other] Vul de leeftijd van de partner in
}
calc-err-child-count = { $person ->
   *[self] Vul in hoeveel kinderen er bij je wonen
    [other] Vul in hoeveel kinderen er bij { $name } wonen
}
calc-err-child-age = Vul de leeftijd van kind { $number } in
calc-err-tenure = { $person ->
   *[self] Kies hoe je voor je woning betaalt
    [other] Kies hoe { $name } voor de woning betaalt
}
calc-err-brma = { $person ->
   *[self] Kies je gebied uit de lijst
    [other] Kies het gebied uit de lijst
}
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
calc-what-partner-pay = { $person ->
   *[self] het loon van je partner
    [other] het loon van de partner
}
calc-what-rent = { $person ->
   *[self] je huur
    [other] de huur
}
calc-what-service-charges = de servicekosten
calc-what-council-tax = { $person ->
   *[self] je council tax
    [other] de council tax
}
calc-what-council-tax-reduction = { $person ->
   *[self] je Council Tax Reduction
    [other] de Council Tax Reduction
}
calc-what-savings = { $person ->
   *[self] je spaargeld
    [other] het spaargeld
}
calc-what-uc-statement = { $person ->
   *[self] de Universal Credit op je overzicht
    [other] de Universal Credit op het overzicht
}
calc-what-wage = het uurloon
calc-what-childcare = de kosten voor kinderopvang
calc-what-travel = de reiskosten

calc-job-number = Baan { $number }

## Wat we hebben aangenomen

calc-assumed-lcwra-you = { $person ->
   *[self] We zijn ervan uitgegaan dat je het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op je overzicht van Universal Credit.
    [other] We zijn ervan uitgegaan dat { $name } het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op het overzicht van Universal Credit.
}
calc-assumed-lcwra-partner = { $person ->
   *[self] We zijn ervan uitgegaan dat je partner het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op je overzicht van Universal Credit.
    [other] We zijn ervan uitgegaan dat de partner het gezondheidsdeel van Universal Credit niet krijgt (limited capability for work-related activity). Kijk op het overzicht van Universal Credit.
}
calc-assumed-pip-you = { $person ->
   *[self] We zijn ervan uitgegaan dat je geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet als je gaat werken.
    [other] We zijn ervan uitgegaan dat { $name } geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet bij het begin van het werk.
}
calc-assumed-pip-partner = { $person ->
   *[self] We zijn ervan uitgegaan dat je partner geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet als je partner gaat werken.
    [other] We zijn ervan uitgegaan dat de partner geen Personal Independence Payment (of Adult Disability Payment) krijgt. Die verandert niet bij het begin van het werk.
}
calc-assumed-carer-you = { $person ->
   *[self] We zijn ervan uitgegaan dat je geen Carer's Allowance krijgt.
    [other] We zijn ervan uitgegaan dat { $name } geen Carer's Allowance krijgt.
}
calc-assumed-carer-partner = { $person ->
   *[self] We zijn ervan uitgegaan dat je partner geen Carer's Allowance krijgt.
    [other] We zijn ervan uitgegaan dat de partner geen Carer's Allowance krijgt.
}
calc-assumed-rental-area = { $person ->
   *[self] We hebben de Local Housing Allowance gebruikt voor het hoofdgebied van je regio. Kies je eigen gebied voor een preciezer bedrag.
    [other] We hebben de Local Housing Allowance gebruikt voor het hoofdgebied van de regio. Kies het eigen gebied voor een preciezer bedrag.
}
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
calc-file-item-unreadable = het huishouden kon niet gelezen worden: een deel ontbreekt, of is van de verkeerde soort. Misschien is het bestand veranderd. Er is niets ingelezen.
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
calc-show-answer = { $person ->
   *[self] Laat mijn antwoord zien
    [other] Laat het antwoord zien
}
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

calc-region-label = { $person ->
   *[self] Waar woon je?
    [other] Waar woont { $name }?
}
calc-region-hint = Sommige regels zijn anders in Schotland en Wales. Deze rekenhulp werkt alleen voor het Verenigd Koninkrijk.
calc-tax-year-label = Met de bedragen van welk jaar?
calc-tax-year-hint = Neem dit jaar, tenzij je terugkijkt.
calc-tax-year-option = April { $from } tot april { $to }

calc-couple-legend = { $person ->
   *[self] Woon je samen met een partner?
    [other] Woont { $name } samen met een partner?
}
calc-couple-hint = { $person ->
   *[self] Een man, vrouw, geregistreerd partner, of iemand met wie je samenwoont als stel.
    [other] Een man, vrouw, geregistreerd partner, of iemand met wie { $name } samenwoont als stel.
}
calc-child-count-label = { $person ->
   *[self] Hoeveel kinderen wonen er bij je?
    [other] Hoeveel kinderen wonen er bij { $name }?
}
calc-child-count-hint = { $person ->
   *[self] Kinderen voor wie je zorgt: jonger dan 16, of jonger dan 20 en op school of in een opleiding.
    [other] Kinderen voor wie { $name } zorgt: jonger dan 16, of jonger dan 20 en op school of in een opleiding.
}
calc-children-none = Geen
calc-married-legend = { $person ->
   *[self] Ben je getrouwd of heb je een geregistreerd partnerschap?
    [other] Is { $name } getrouwd of geregistreerd partner?
}
calc-married-hint = { $person ->
   *[self] Dit verandert alleen de belasting die je betaalt (Marriage Allowance).
    [other] Dit verandert alleen de belasting die { $name } betaalt (Marriage Allowance).
}

calc-age-you-label = { $person ->
   *[self] Hoe oud ben je?
    [other] Hoe oud is { $name }?
}
calc-age-partner-label = { $person ->
   *[self] Hoe oud is je partner?
    [other] Hoe oud is de partner?
}
calc-partner-earnings-label = { $person ->
   *[self] Hoeveel verdient je partner nu, voor belasting?
    [other] Hoeveel verdient de partner nu, voor belasting?
}
calc-partner-earnings-hint = Laat leeg als je partner niet werkt. Dit blijft hetzelfde in beide antwoorden.

calc-child-heading = Kind { $number }
calc-child-age-label = Hoe oud is kind { $number }?
calc-child-dla-legend = Krijgt kind { $number } Disability Living Allowance (Britse uitkering voor kinderen met een handicap)?
calc-child-dla-hint = Of Child Disability Payment in Schotland.
calc-child-dla-lowest = Ja, het laagste bedrag voor zorg
calc-child-dla-middle = Ja, het middelste bedrag voor zorg
calc-child-dla-highest = Ja, het hoogste bedrag voor zorg, of het kind is als blind geregistreerd

calc-heading-you = Jij
calc-heading-partner = { $person ->
   *[self] Je partner
    [other] De partner
}
calc-lcwra-legend-you = { $person ->
   *[self] Krijg je het gezondheidsdeel van Universal Credit (Britse uitkering)?
    [other] Krijgt { $name } het gezondheidsdeel van Universal Credit (Britse uitkering)?
}
calc-lcwra-legend-partner = { $person ->
   *[self] Krijgt je partner het gezondheidsdeel van Universal Credit (Britse uitkering)?
    [other] Krijgt de partner het gezondheidsdeel van Universal Credit (Britse uitkering)?
}
calc-lcwra-hint-you = { $person ->
   *[self] Op je overzicht van Universal Credit staat dan dat je beperkt kunt werken (limited capability for work and work-related activity, LCWRA).
    [other] Op het overzicht van Universal Credit staat dan dat { $name } beperkt kan werken (limited capability for work and work-related activity, LCWRA).
}
calc-lcwra-hint-partner = { $person ->
   *[self] Op je overzicht van Universal Credit staat dan dat je partner beperkt kan werken (limited capability for work and work-related activity, LCWRA).
    [other] Op het overzicht van Universal Credit staat dan dat de partner beperkt kan werken (limited capability for work and work-related activity, LCWRA).
}
calc-lcwra-new-legend-you = { $person ->
   *[self] Is je gezondheidsdeel begonnen op of na 6 april 2026?
    [other] Begon het gezondheidsdeel voor { $name } op of na 6 april 2026?
}
calc-lcwra-new-legend-partner = { $person ->
   *[self] Is het gezondheidsdeel van je partner begonnen op of na 6 april 2026?
    [other] Begon het gezondheidsdeel van de partner op of na 6 april 2026?
}
calc-lcwra-new-hint = Nieuwe toekenningen vanaf april 2026 krijgen een lager bedrag, behalve als de ziekte ernstig of terminaal is.
calc-pip-daily-legend-you = { $person ->
   *[self] Krijg je het deel voor dagelijks leven van PIP?
    [other] Krijgt { $name } het deel voor dagelijks leven van PIP?
}
calc-pip-daily-legend-partner = { $person ->
   *[self] Krijgt je partner het deel voor dagelijks leven van PIP?
    [other] Krijgt de partner het deel voor dagelijks leven van PIP?
}
calc-pip-daily-hint = { $person ->
   *[self] Personal Independence Payment (Britse uitkering bij een handicap), of Adult Disability Payment in Schotland. Die loopt door als je werkt.
    [other] Personal Independence Payment (Britse uitkering bij een handicap), of Adult Disability Payment in Schotland. Die loopt door bij werk.
}
calc-pip-mobility-legend-you = { $person ->
   *[self] Krijg je het deel voor mobiliteit van PIP?
    [other] Krijgt { $name } het deel voor mobiliteit van PIP?
}
calc-pip-mobility-legend-partner = { $person ->
   *[self] Krijgt je partner het deel voor mobiliteit van PIP?
    [other] Krijgt de partner het deel voor mobiliteit van PIP?
}
calc-pip-standard = Ja, het standaardbedrag
calc-pip-enhanced = Ja, het hogere bedrag
calc-carer-legend-you = { $person ->
   *[self] Zorg je 35 uur per week of meer voor iemand?
    [other] Zorgt { $name } 35 uur per week of meer voor iemand?
}
calc-carer-legend-partner = { $person ->
   *[self] Zorgt je partner 35 uur per week of meer voor iemand?
    [other] Zorgt de partner 35 uur per week of meer voor iemand?
}
calc-carer-hint = { $person ->
   *[self] Voor iemand die een uitkering voor een handicap krijgt. Misschien krijg je Carer's Allowance (Carer Support Payment in Schotland).
    [other] Voor iemand die een uitkering voor een handicap krijgt. Misschien krijgt de verzorger Carer's Allowance (Carer Support Payment in Schotland).
}

calc-tenure-legend = { $person ->
   *[self] Hoe betaal je voor je woning?
    [other] Hoe betaalt { $name } voor de woning?
}
calc-tenure-social = { $person ->
   *[self] Ik huur van de gemeente of een woningcorporatie
    [other] Huurt van de gemeente of een woningcorporatie
}
calc-tenure-private = { $person ->
   *[self] Ik huur van een particuliere verhuurder
    [other] Huurt van een particuliere verhuurder
}
calc-tenure-owner = { $person ->
   *[self] Het is mijn eigen huis of ik betaal een hypotheek
    [other] Is eigenaar of betaalt een hypotheek
}
calc-tenure-free = { $person ->
   *[self] Ik woon zonder huur te betalen
    [other] Woont zonder huur te betalen
}
calc-rent-label = { $person ->
   *[self] Hoeveel huur betaal je?
    [other] Hoeveel is de huur?
}
calc-rent-hint = De hele huur, ook als Universal Credit een deel ervan betaalt.
calc-rent-hint-hb = De hele huur, ook als Housing Benefit een deel ervan betaalt.
calc-rent-period-legend = Is dat per week, per vier weken of per maand?
calc-rent-period-week = Per week
calc-rent-period-four-weeks = Per 4 weken
calc-rent-period-month = Per maand
calc-service-charges-label = Servicekosten, als die bovenop de huur komen (niet verplicht)
calc-service-charges-hint = Bijvoorbeeld voor het schoonmaken van gedeelde ruimtes. Voor dezelfde periode als de huur.
calc-brma-label = { $person ->
   *[self] In welk huurgebied woon je?
    [other] In welk huurgebied woont { $name }?
}
calc-brma-hint = { $person ->
   *[self] Universal Credit betaalt particuliere huur tot de Local Housing Allowance (grens voor huurhulp) van je gebied.
    [other] Universal Credit betaalt particuliere huur tot de Local Housing Allowance (grens voor huurhulp) van het gebied.
}
calc-brma-main-area = { $person ->
   *[self] Het hoofdgebied van mijn regio
    [other] Het hoofdgebied van de regio
}
calc-bedrooms-label = { $person ->
   *[self] Hoeveel slaapkamers heeft je woning? (niet verplicht)
    [other] Hoeveel slaapkamers heeft de woning? (niet verplicht)
}
calc-bedrooms-hint = { $person ->
   *[self] Laat leeg als je woning de goede grootte heeft voor jou. Voor extra slaapkamers krijg je minder hulp bij de huur.
    [other] Laat leeg als de woning de goede grootte heeft. Voor extra slaapkamers is er minder hulp bij de huur.
}

calc-council-tax-label = { $person ->
   *[self] Council tax (gemeentebelasting) voor het jaar (niet verplicht)
    [other] Council tax (gemeentebelasting) voor het jaar, voor het huis waar { $name } woont (niet verplicht)
}
calc-council-tax-hint = { $person ->
   *[self] De hele rekening, uit je brief over de council tax.
    [other] De hele rekening, uit de brief over de council tax.
}
calc-council-tax-reduction-label = Council Tax Reduction voor het jaar (niet verplicht)
calc-council-tax-reduction-hint = { $person ->
   *[self] Hulp die je krijgt bij de council tax. Elke gemeente heeft een eigen regeling, dus we gebruiken wat jij invult.
    [other] Hulp die { $name } krijgt bij de council tax. Elke gemeente heeft een eigen regeling, dus we gebruiken wat jij invult.
}
calc-savings-label = { $person ->
   *[self] Spaargeld en beleggingen (niet verplicht)
    [other] Hoeveel heeft { $name } aan spaargeld en beleggingen? (niet verplicht)
}
calc-savings-hint = Met meer dan £ 6.000 spaargeld krijg je minder Universal Credit. Met meer dan £ 16.000 krijg je het niet meer.
calc-uc-statement-label = { $person ->
   *[self] Universal Credit op je laatste overzicht (niet verplicht)
    [other] Universal Credit op het laatste overzicht (niet verplicht)
}
calc-uc-statement-hint = { $person ->
   *[self] Het bedrag dat je per maand krijgt. Als je het invult, gebruiken we het voor wat je nu krijgt.
    [other] Het bedrag dat { $name } per maand krijgt. Als je het invult, gebruiken we het voor wat { $name } nu krijgt.
}

calc-offer-who-legend = Wie zou deze baan nemen?
calc-offer-who-me = Ik
calc-offer-who-partner = { $person ->
   *[self] Mijn partner
    [other] De partner
}
calc-hours-label = { $person ->
   *[self] Hoeveel uur per week?
    [other] Hoeveel uur per week zou { $name } werken?
}
calc-pay-frequency-legend = { $person ->
   *[self] Hoe vaak zou je betaald krijgen?
    [other] Hoe vaak zou { $name } betaald krijgen?
}
calc-pay-frequency-hint = { $person ->
   *[self] Dit verandert wanneer Universal Credit je loon ziet in de eerste maanden.
    [other] Dit verandert wanneer Universal Credit het loon ziet in de eerste maanden.
}
calc-pay-weekly = Elke week
calc-pay-fortnightly = Elke 2 weken
calc-pay-four-weekly = Elke 4 weken
calc-pay-monthly = Elke maand
calc-wage-label = Loon per uur, voor belasting
calc-wage-hint = Laat leeg voor het wettelijk minimum voor de leeftijd die je gaf: { $wage } per uur.
calc-wage-hint-no-age = Laat leeg voor het wettelijk minimumloon.
calc-travel-label = Reizen naar je werk (niet verplicht)
calc-travel-hint = Kaartjes voor bus of trein, of benzine.
calc-childcare-label = { $person ->
   *[self] Kinderopvang die je zou betalen als je werkt (niet verplicht)
    [other] Kinderopvang die { $name } zou betalen tijdens het werk (niet verplicht)
}
calc-childcare-hint = Universal Credit kan tot 85% daarvan terugbetalen.
calc-pension-legend = { $person ->
   *[self] Zou je meebetalen aan een pensioen via je werk?
    [other] Zou { $name } meebetalen aan een pensioen via het werk?
}
calc-pension-hint = { $person ->
   *[self] De meeste werknemers ouder dan 22 die meer dan £ 10.000 per jaar verdienen, doen automatisch mee. Je mag stoppen.
    [other] De meeste werknemers ouder dan 22 die meer dan £ 10.000 per jaar verdienen, doen automatisch mee. Stoppen mag.
}

## Uitkeringen, pensioenleeftijd, begeleid wonen, familie en kosten

calc-expecting-legend = { $person ->
   *[self] Verwacht iemand in je huis een baby?
    [other] Verwacht iemand in het huis een baby?
}
calc-expecting-hint = Er kan hulp zijn voor eten, melk en spullen voor de baby.
calc-birth-date-label-you = { $person ->
   *[self] Wat is je geboortedatum? (niet verplicht)
    [other] Wat is de geboortedatum van { $name }? (niet verplicht)
}
calc-birth-date-label-partner = { $person ->
   *[self] Wat is de geboortedatum van je partner? (niet verplicht)
    [other] Wat is de geboortedatum van de partner? (niet verplicht)
}
calc-birth-date-hint = Zo weten we wanneer de AOW-leeftijd van het VK (State Pension age) begint. Zonder datum gebruiken we de leeftijd.
calc-state-pension-label-you = { $person ->
   *[self] Hoeveel State Pension krijg je?
    [other] Hoeveel State Pension krijgt { $name }?
}
calc-state-pension-label-partner = { $person ->
   *[self] Hoeveel State Pension krijgt je partner?
    [other] Hoeveel State Pension krijgt de partner?
}
calc-state-pension-hint = { $person ->
   *[self] Het bedrag per week, uit je brief over het State Pension. Vul 0 in als je er geen krijgt.
    [other] Het bedrag per week, uit de brief over het State Pension. Vul 0 in als { $name } er geen krijgt.
}
calc-err-state-pension-you = { $person ->
   *[self] Vul in hoeveel State Pension je per week krijgt, of 0 als je er geen krijgt
    [other] Vul in hoeveel State Pension { $name } per week krijgt, of 0 als die er geen krijgt
}
calc-err-state-pension-partner = { $person ->
   *[self] Vul in hoeveel State Pension je partner per week krijgt, of 0 als die er geen krijgt
    [other] Vul in hoeveel State Pension de partner per week krijgt, of 0 als die er geen krijgt
}
calc-warn-no-state-pension-you = { $person ->
   *[self] Geen State Pension ingevuld: we hebben niets geteld. De meeste mensen boven de State Pension-leeftijd krijgen het. Vul het in voor een juist antwoord.
    [other] Geen State Pension ingevuld voor { $name }: we hebben niets geteld. De meeste mensen boven de State Pension-leeftijd krijgen het. Vul het in voor een juist antwoord.
}
calc-warn-no-state-pension-partner = { $person ->
   *[self] Geen State Pension ingevuld voor je partner: we hebben niets geteld. De meeste mensen boven de State Pension-leeftijd krijgen het. Vul het in voor een juist antwoord.
    [other] Geen State Pension ingevuld voor de partner: we hebben niets geteld. De meeste mensen boven de State Pension-leeftijd krijgen het. Vul het in voor een juist antwoord.
}
calc-assumed-no-state-pension-you = { $person ->
   *[self] Geen State Pension voor jou: het bedrag is leeg gelaten.
    [other] Geen State Pension voor { $name }: het bedrag is leeg gelaten.
}
calc-assumed-no-state-pension-partner = { $person ->
   *[self] Geen State Pension voor je partner: het bedrag is leeg gelaten.
    [other] Geen State Pension voor de partner: het bedrag is leeg gelaten.
}
# $number is 1, 2, 3…
calc-twin-legend = Is kind { $number } een tweeling of drieling met een ander kind hier?
calc-twin-hint = Bij een tweeling of drieling kan de grens van twee kinderen anders zijn.
calc-new-style-legend-you = { $person ->
   *[self] Krijg je New Style ESA of New Style JSA?
    [other] Krijgt { $name } New Style ESA of New Style JSA?
}
calc-new-style-legend-partner = { $person ->
   *[self] Krijgt je partner New Style ESA of New Style JSA?
    [other] Krijgt de partner New Style ESA of New Style JSA?
}
calc-new-style-hint = { $person ->
   *[self] New Style uitkeringen komen van National Insurance die je in vorige banen betaalde. Je toekenningsbrief zegt welke.
    [other] New Style uitkeringen komen van National Insurance die in vorige banen is betaald. De toekenningsbrief zegt welke.
}
calc-new-style-esa = Ja, New Style ESA (uitkering bij ziekte of handicap)
calc-new-style-jsa = Ja, New Style JSA (uitkering voor werkzoekenden)
calc-esa-group-legend-you = { $person ->
   *[self] In welke ESA-groep zit je?
    [other] In welke ESA-groep zit { $name }?
}
calc-esa-group-legend-partner = { $person ->
   *[self] In welke ESA-groep zit je partner?
    [other] In welke ESA-groep zit de partner?
}
calc-esa-group-hint = { $person ->
   *[self] Dat staat in je ESA-brief. Voordat de keuring beslist, is het de beoordelingsfase.
    [other] Dat staat in de ESA-brief. Voordat de keuring beslist, is het de beoordelingsfase.
}
calc-esa-group-assessment = Nog niet beslist (beoordelingsfase)
calc-esa-group-wrag = De groep voor werkgerichte activiteit (work-related activity group)
calc-esa-group-support = De ondersteuningsgroep (support group)
calc-award-weekly-label = Hoeveel is het per week? (niet verplicht)
calc-award-weekly-hint = Uit de toekenningsbrief. Laat het leeg en we gebruiken het gewone bedrag.
calc-tenure-family = { $person ->
   *[self] Ik woon in het huis van mijn familie
    [other] Woont in het huis van de familie
}
calc-supported-legend = Is het begeleid wonen of tijdelijke huisvesting?
calc-supported-hint = Begeleid wonen geeft zorg of steun, zoals een opvanghuis. De gemeente geeft tijdelijke huisvesting aan mensen zonder huis. Housing Benefit betaalt daar de huur.
calc-supported-yes = Ja, begeleid wonen
calc-temporary-yes = Ja, tijdelijke huisvesting van de gemeente
calc-family-contribution-label = { $person ->
   *[self] Wat betaal je je familie voor het huis? (niet verplicht)
    [other] Wat betaalt { $name } de familie voor de woning? (niet verplicht)
}
calc-family-contribution-hint = { $person ->
   *[self] Geld dat je ze elke maand geeft voor huur of rekeningen.
    [other] Geld dat { $name } hun elke maand geeft voor huur of rekeningen.
}
calc-relative-legend = { $person ->
   *[self] Hoe betaalt je familie hun huur?
    [other] Hoe betaalt de familie de huur?
}
calc-relative-hint = { $person ->
   *[self] Denk aan de persoon die het huis huurt, zoals je moeder of vader.
    [other] Denk aan de persoon die de woning huurt, zoals een moeder of vader.
}
calc-relative-uc = Universal Credit helpt ze die te betalen
calc-relative-hb = Housing Benefit helpt ze die te betalen
calc-relative-none = Het huis is van hen, ze betalen alles zelf, of ik weet het niet
calc-relative-exempt-legend = Krijgen ze een uitkering voor een handicap, of zijn ze blind?
calc-relative-exempt-hint = { $person ->
   *[self] PIP voor dagelijks leven, DLA voor zorg of Attendance Allowance. Dan wordt hun hulp bij de huur niet minder omdat jij daar woont.
    [other] PIP voor dagelijks leven, DLA voor zorg of Attendance Allowance. Dan wordt hun hulp bij de huur niet minder omdat { $name } daar woont.
}
calc-ctr-in-work-legend = Welke korting op de council tax gebruiken we als je werkt?
calc-ctr-in-work-hint = Elke gemeente heeft eigen regels. Heeft de gemeente het je gezegd, gebruik dan dat bedrag.
calc-ctr-estimate = Reken het voor me uit (een schatting)
calc-ctr-own = Het bedrag dat de gemeente me gaf
calc-ctr-in-work-label = Korting op de council tax als je werkt, per jaar
calc-uc-deductions-label = { $person ->
   *[self] Geld dat elke maand van je Universal Credit af gaat (niet verplicht)
    [other] Geld dat elke maand van de Universal Credit af gaat (niet verplicht)
}
calc-uc-deductions-hint = { $person ->
   *[self] Bijvoorbeeld om een voorschot, een huurschuld of een schuld terug te betalen. Het staat op je overzicht. Het gaat door als je werkt.
    [other] Bijvoorbeeld om een voorschot, een huurschuld of een schuld terug te betalen. Het staat op het overzicht. Het gaat door bij werk.
}
calc-grace-legend = { $person ->
   *[self] Is een baan van een jaar of langer in de laatste 9 maanden gestopt?
    [other] Is een baan die { $name } een jaar of langer had in de laatste 9 maanden gestopt?
}
calc-grace-hint = { $person ->
   *[self] Verdiende je minstens 16 uur per week tegen het minimumloon? Dan wacht het uitkeringsplafond 9 maanden.
    [other] Verdiende { $name } minstens 16 uur per week tegen het minimumloon? Dan wacht het uitkeringsplafond 9 maanden.
}
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
calc-what-family-contribution = { $person ->
   *[self] wat je je familie betaalt
    [other] wat { $name } de familie betaalt
}
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
    { $person ->
       *[self] Of iemand met wie je samenwoont als stel.
        [other] Of iemand met wie { $name } samenwoont als stel.
    }
calc-child-count-hint--easy =
    { $person ->
       *[self] Kinderen voor wie je zorgt.
        [other] Kinderen voor wie { $name } zorgt.
    }
    Jonger dan 16. Of jonger dan 20 en nog op school.
calc-lcwra-hint-you--easy =
    { $person ->
       *[self] Dit is extra geld voor je gezondheid.
        [other] Dit is extra geld voor de gezondheid.
    }
    { $person ->
       *[self] Op je overzicht van Universal Credit staat of je het krijgt.
        [other] Op het overzicht van Universal Credit staat of { $name } het krijgt.
    }
calc-lcwra-hint-partner--easy =
    { $person ->
       *[self] Dit is extra geld voor de gezondheid van je partner.
        [other] Dit is extra geld voor de gezondheid van de partner.
    }
    { $person ->
       *[self] Op je overzicht van Universal Credit staat of je partner het krijgt.
        [other] Op het overzicht van Universal Credit staat of de partner het krijgt.
    }
calc-lcwra-new-hint--easy =
    Nieuwe toekenningen vanaf april 2026 geven minder geld.
    Niet als de ziekte heel ernstig is.
calc-pip-daily-hint--easy =
    PIP is Personal Independence Payment.
    In Schotland heet het Adult Disability Payment.
    { $person ->
       *[self] Je houdt het als je werkt.
        [other] Het blijft bij werk.
    }
calc-carer-hint--easy =
    { $person ->
       *[self] Je zorgt voor iemand met een uitkering voor een handicap.
        [other] Zorgen voor iemand met een uitkering voor een handicap.
    }
    { $person ->
       *[self] Misschien krijg je Carer's Allowance.
        [other] Misschien krijgt de verzorger Carer's Allowance.
    }
calc-rent-hint--easy =
    Schrijf de hele huur op.
    Ook als Universal Credit een deel betaalt.
calc-rent-hint-hb--easy =
    Schrijf de hele huur op.
    Ook als Housing Benefit een deel betaalt.
calc-bedrooms-hint--easy =
    { $person ->
       *[self] Laat dit leeg als je woning de goede grootte heeft.
        [other] Laat dit leeg als de woning de goede grootte heeft.
    }
    Een extra slaapkamer betekent minder hulp bij de huur.
calc-council-tax-reduction-hint--easy =
    Dit is hulp bij het betalen van council tax.
    Elke gemeente heeft eigen regels.
    We gebruiken wat jij opschrijft.
calc-savings-hint--easy =
    Meer dan £ 6.000 spaargeld betekent minder Universal Credit.
    Meer dan £ 16.000 betekent geen Universal Credit.
calc-uc-statement-hint--easy =
    { $person ->
       *[self] De Universal Credit die je elke maand krijgt.
        [other] De Universal Credit die { $name } elke maand krijgt.
    }
    { $person ->
       *[self] We gebruiken het voor wat je nu krijgt.
        [other] We gebruiken het voor wat { $name } nu krijgt.
    }
calc-pay-frequency-hint--easy =
    { $person ->
       *[self] Dit verandert wanneer Universal Credit je loon ziet.
        [other] Dit verandert wanneer Universal Credit het loon ziet.
    }
    Dat is belangrijk in de eerste maanden.
calc-pension-hint--easy =
    De meeste werknemers doen mee met een pensioen.
    { $person ->
       *[self] Je mag nee zeggen.
        [other] Nee zeggen mag.
    }
calc-share-text--easy =
    De link bewaart je antwoorden.
    Ze gaan alleen naar de plek waar jij de link plakt.
    Er wordt niets naar ons gestuurd.
calc-storage-unavailable--easy =
    Deze browser laat ons niets bewaren.
    Bewaarde situaties zijn weg als je de pagina sluit.
    Al het andere werkt.
calc-new-style-hint--easy =
    { $person ->
       *[self] Je kunt dit krijgen als je National Insurance betaalde in vorige banen.
        [other] Dit komt van National Insurance die in vorige banen is betaald.
    }
    { $person ->
       *[self] Je brief zegt welke je krijgt.
        [other] De brief zegt welke.
    }
calc-supported-hint--easy =
    { $person ->
       *[self] Begeleid wonen geeft je zorg of steun.
        [other] Begeleid wonen geeft zorg of steun.
    }
    { $person ->
       *[self] Tijdelijke huisvesting krijg je van de gemeente als je geen huis hebt.
        [other] Tijdelijke huisvesting komt van de gemeente voor wie geen huis heeft.
    }
    Housing Benefit betaalt daar de huur.
calc-uc-deductions-hint--easy =
    Geld dat eraf gaat om een schuld terug te betalen.
    { $person ->
       *[self] Het staat op je overzicht.
        [other] Het staat op het overzicht.
    }
    { $person ->
       *[self] Het gaat door als je werkt.
        [other] Het gaat door bij werk.
    }
calc-grace-hint--easy =
    { $person ->
       *[self] Werkte je 16 uur per week of meer?
        [other] Werkte { $name } 16 uur per week of meer?
    }
    Dan wacht het uitkeringsplafond 9 maanden.
calc-supported-work-hint--easy =
    { $person ->
       *[self] De gemeente of een goed doel helpt je op je werk.
        [other] De gemeente of een goed doel helpt op het werk.
    }
    { $person ->
       *[self] Dan houd je ESA.
        [other] Dan blijft de ESA.
    }
calc-relative-exempt-hint--easy =
    Bijvoorbeeld PIP of Attendance Allowance.
    Dan wordt hun hulp bij de huur niet minder.

## A share link, Keep and share, and whose name the tenancy is in
calc-change-answers = De antwoorden wijzigen
calc-keep-later = Als er een antwoord is, kun je het hier bewaren en delen.
calc-tenancy-legend = Op wiens naam staat het huurcontract?
calc-tenancy-hint = { $person ->
   *[self] Het huurcontract is de afspraak om de woning te huren.
    [other] Het huurcontract is de afspraak om de woning te huren waar { $name } woont.
}
calc-tenancy-mine = { $person ->
   *[self] Op mijn naam
    [other] Op de eigen naam
}
calc-tenancy-relative = Op naam van een ouder of ander familielid

## Voor wie het formulier is (issue 20)

calc-step-person = Voor wie is dit?
calc-for-whom-legend = Voor wie vul je dit in?
calc-for-whom-hint = De vragen gebruiken dan de naam, niet “je”.
calc-for-whom-myself = Voor mezelf
calc-for-whom-son = Mijn zoon
calc-for-whom-daughter = Mijn dochter
calc-for-whom-partner = Mijn partner
calc-for-whom-supported = Iemand die ik begeleid, als jobcoach of begeleider
calc-for-whom-someone = Iemand anders
calc-person-name-label = Wat is de voornaam?
calc-person-name-hint = Je mag dit leeg laten. Het blijft op dit apparaat. Het staat niet in een deellink.
calc-person-you = je
calc-person-son = je zoon
calc-person-daughter = je dochter
calc-person-partner = je partner
calc-person-supported = de persoon die je begeleidt
calc-person-someone = deze persoon
