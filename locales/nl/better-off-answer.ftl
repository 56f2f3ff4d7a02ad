# Het antwoord "beter af met werk": de kop, de tabel, de grafiek, de heatmap, de eerste maanden
# en de uitleg. De bedragen volgen de regels van het Verenigd Koninkrijk.

result-name-carers-allowance = Carer's Allowance (uitkering voor mantelzorgers)
result-name-carer-support = Carer Support Payment (Schotse uitkering voor mantelzorgers)
result-name-pip = Personal Independence Payment (uitkering bij een handicap)
result-name-adp = Adult Disability Payment (Schotse uitkering bij een handicap)
result-name-dla = Disability Living Allowance (uitkering voor een kind met een handicap)
result-name-winter-fuel = Winter Fuel Payment (geld voor de verwarming in de winter)
result-name-winter-heating = Pension Age Winter Heating Payment (Schots geld voor de verwarming in de winter)
result-name-cdp = Child Disability Payment (Schotse uitkering voor een kind met een handicap)

result-explain-earns = { $who ->
    [you] Je verdient { $amount } per maand vóór belasting.
    [other] { $name_start } verdient { $amount } per maand vóór belasting.
    [partner] Je partner verdient { $amount } per maand vóór belasting.
   *[second] De partner verdient { $amount } per maand vóór belasting.
}
result-explain-no-tax = { $who ->
    [you] Je betaalt geen inkomstenbelasting: het inkomen valt binnen de belastingvrije som (personal allowance).
    [other] { $name_start } betaalt geen inkomstenbelasting: het inkomen valt binnen de belastingvrije som (personal allowance).
    [partner] Je partner betaalt geen inkomstenbelasting: het inkomen valt binnen de belastingvrije som (personal allowance).
   *[second] De partner betaalt geen inkomstenbelasting: het inkomen valt binnen de belastingvrije som (personal allowance).
}
result-explain-tax = { $who ->
    [you] Je betaalt { $amount } per maand inkomstenbelasting.
    [other] { $name_start } betaalt { $amount } per maand inkomstenbelasting.
    [partner] Je partner betaalt { $amount } per maand inkomstenbelasting.
   *[second] De partner betaalt { $amount } per maand inkomstenbelasting.
}
result-explain-tax-scottish = { $who ->
    [you] Je betaalt { $amount } per maand inkomstenbelasting, tegen Schotse tarieven.
    [other] { $name_start } betaalt { $amount } per maand inkomstenbelasting, tegen Schotse tarieven.
    [partner] Je partner betaalt { $amount } per maand inkomstenbelasting, tegen Schotse tarieven.
   *[second] De partner betaalt { $amount } per maand inkomstenbelasting, tegen Schotse tarieven.
}
result-explain-no-ni = { $who ->
    [you] Je betaalt geen National Insurance (sociale premies): het loon is lager dan de grens.
    [other] { $name_start } betaalt geen National Insurance (sociale premies): het loon is lager dan de grens.
    [partner] Je partner betaalt geen National Insurance (sociale premies): het loon is lager dan de grens.
   *[second] De partner betaalt geen National Insurance (sociale premies): het loon is lager dan de grens.
}
result-explain-ni = { $who ->
    [you] Je betaalt { $amount } per maand National Insurance (sociale premies).
    [other] { $name_start } betaalt { $amount } per maand National Insurance (sociale premies).
    [partner] Je partner betaalt { $amount } per maand National Insurance (sociale premies).
   *[second] De partner betaalt { $amount } per maand National Insurance (sociale premies).
}
result-explain-pension = { $who ->
    [you] Je betaalt { $amount } per maand aan een pensioen via je werk (de werkgever en de belastingvoordelen doen er nog wat bij).
    [other] { $name_start } betaalt { $amount } per maand aan een pensioen via het werk (de werkgever en de belastingvoordelen doen er nog wat bij).
    [partner] Je partner betaalt { $amount } per maand aan een pensioen via het werk (de werkgever en de belastingvoordelen doen er nog wat bij).
   *[second] De partner betaalt { $amount } per maand aan een pensioen via het werk (de werkgever en de belastingvoordelen doen er nog wat bij).
}
result-explain-marriage = { $who ->
    [you] Marriage Allowance (belastingkorting voor stellen): het ongebruikte deel van de belastingvrije som van je partner haalt { $amount } per jaar van je belasting af.
    [other] Marriage Allowance (belastingkorting voor stellen): het ongebruikte deel van de belastingvrije som van de partner haalt { $amount } per jaar van de belasting van { $name } af.
    [partner] Marriage Allowance (belastingkorting voor stellen): het ongebruikte deel van je belastingvrije som haalt { $amount } per jaar van de belasting van je partner af.
   *[second] Marriage Allowance (belastingkorting voor stellen): het ongebruikte deel van de belastingvrije som van { $name } haalt { $amount } per jaar van de belasting van de partner af.
}
result-explain-carer-gets-working = { $who ->
    [you] Je krijgt { $benefit }: { $amount } per maand (het loon na aftrek is { $earnings } per week, onder de grens van { $limit }).
    [other] { $name_start } krijgt { $benefit }: { $amount } per maand (het loon na aftrek is { $earnings } per week, onder de grens van { $limit }).
    [partner] Je partner krijgt { $benefit }: { $amount } per maand (het loon na aftrek is { $earnings } per week, onder de grens van { $limit }).
   *[second] De partner krijgt { $benefit }: { $amount } per maand (het loon na aftrek is { $earnings } per week, onder de grens van { $limit }).
}
result-explain-carer-gets = { $who ->
    [you] Je krijgt { $benefit }: { $amount } per maand.
    [other] { $name_start } krijgt { $benefit }: { $amount } per maand.
    [partner] Je partner krijgt { $benefit }: { $amount } per maand.
   *[second] De partner krijgt { $benefit }: { $amount } per maand.
}
result-explain-carer-loses = { $who ->
    [you] Je verliest { $benefit }: het loon na aftrek is { $earnings } per week, boven de grens van { $limit }. Ook één penny te veel stopt alles.
    [other] { $name_start } verliest { $benefit }: het loon na aftrek is { $earnings } per week, boven de grens van { $limit }. Ook één penny te veel stopt alles.
    [partner] Je partner verliest { $benefit }: het loon na aftrek is { $earnings } per week, boven de grens van { $limit }. Ook één penny te veel stopt alles.
   *[second] De partner verliest { $benefit }: het loon na aftrek is { $earnings } per week, boven de grens van { $limit }. Ook één penny te veel stopt alles.
}
result-explain-carer-only-one = Voor de zorg voor dezelfde persoon wordt maar één { $benefit } betaald.
result-explain-pip = { $who ->
    [you] Je krijgt { $amount } per maand { $benefit }: dit gaat door als je werkt en maakt Universal Credit niet lager.
    [other] { $name_start } krijgt { $amount } per maand { $benefit }: dit gaat door bij werk en maakt Universal Credit niet lager.
    [partner] Je partner krijgt { $amount } per maand { $benefit }: dit gaat door bij werk en maakt Universal Credit niet lager.
   *[second] De partner krijgt { $amount } per maand { $benefit }: dit gaat door bij werk en maakt Universal Credit niet lager.
}
result-explain-esa = { $who ->
    [you] Je krijgt New Style ESA (uitkering bij ziekte of een handicap): { $amount } per maand, { $group }.
    [other] { $name_start } krijgt New Style ESA (uitkering bij ziekte of een handicap): { $amount } per maand, { $group }.
    [partner] Je partner krijgt New Style ESA (uitkering bij ziekte of een handicap): { $amount } per maand, { $group }.
   *[second] De partner krijgt New Style ESA (uitkering bij ziekte of een handicap): { $amount } per maand, { $group }.
}
result-esa-group-assessment = zolang de keuring loopt
result-esa-group-wrag = in de groep die zich voorbereidt op werk (work-related activity group)
result-esa-group-support = in de groep zonder werkverplichtingen (support group)
result-explain-esa-lower-limit = { $who ->
    [you] Je houdt New Style ESA van { $amount } per maand: het loon na belasting is { $earnings } per week, binnen de £ 20 die je bij elk aantal uren mag verdienen.
    [other] { $name_start } houdt New Style ESA van { $amount } per maand: het loon na belasting is { $earnings } per week, binnen de £ 20 die bij elk aantal uren verdiend mag worden.
    [partner] Je partner houdt New Style ESA van { $amount } per maand: het loon na belasting is { $earnings } per week, binnen de £ 20 die bij elk aantal uren verdiend mag worden.
   *[second] De partner houdt New Style ESA van { $amount } per maand: het loon na belasting is { $earnings } per week, binnen de £ 20 die bij elk aantal uren verdiend mag worden.
}
result-explain-esa-permitted = { $who ->
    [you] Je houdt New Style ESA van { $amount } per maand: dit is toegestaan werk (permitted work), minder dan 16 uur per week, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
    [other] { $name_start } houdt New Style ESA van { $amount } per maand: dit is toegestaan werk (permitted work), minder dan 16 uur per week, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
    [partner] Je partner houdt New Style ESA van { $amount } per maand: dit is toegestaan werk (permitted work), minder dan 16 uur per week, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
   *[second] De partner houdt New Style ESA van { $amount } per maand: dit is toegestaan werk (permitted work), minder dan 16 uur per week, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
}
result-explain-esa-supported = { $who ->
    [you] Je houdt New Style ESA van { $amount } per maand: dit is toegestaan werk met begeleiding (supported permitted work), dus het aantal uren maakt niet uit, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
    [other] { $name_start } houdt New Style ESA van { $amount } per maand: dit is toegestaan werk met begeleiding (supported permitted work), dus het aantal uren maakt niet uit, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
    [partner] Je partner houdt New Style ESA van { $amount } per maand: dit is toegestaan werk met begeleiding (supported permitted work), dus het aantal uren maakt niet uit, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
   *[second] De partner houdt New Style ESA van { $amount } per maand: dit is toegestaan werk met begeleiding (supported permitted work), dus het aantal uren maakt niet uit, en het loon na belasting van { $earnings } per week valt binnen de grens van { $limit }.
}
result-explain-esa-stops-hours = { $who ->
    [you] Je verliest New Style ESA: werk van 16 uur per week of meer is geen toegestaan werk (behalve als het werk met begeleiding is, geregeld voor mensen met een handicap).
    [other] { $name_start } verliest New Style ESA: werk van 16 uur per week of meer is geen toegestaan werk (behalve als het werk met begeleiding is, geregeld voor mensen met een handicap).
    [partner] Je partner verliest New Style ESA: werk van 16 uur per week of meer is geen toegestaan werk (behalve als het werk met begeleiding is, geregeld voor mensen met een handicap).
   *[second] De partner verliest New Style ESA: werk van 16 uur per week of meer is geen toegestaan werk (behalve als het werk met begeleiding is, geregeld voor mensen met een handicap).
}
result-explain-esa-stops-earnings = { $who ->
    [you] Je verliest New Style ESA: het loon na belasting van { $earnings } per week is boven de grens van { $limit } voor toegestaan werk (permitted work). Ook één penny te veel stopt alles.
    [other] { $name_start } verliest New Style ESA: het loon na belasting van { $earnings } per week is boven de grens van { $limit } voor toegestaan werk (permitted work). Ook één penny te veel stopt alles.
    [partner] Je partner verliest New Style ESA: het loon na belasting van { $earnings } per week is boven de grens van { $limit } voor toegestaan werk (permitted work). Ook één penny te veel stopt alles.
   *[second] De partner verliest New Style ESA: het loon na belasting van { $earnings } per week is boven de grens van { $limit } voor toegestaan werk (permitted work). Ook één penny te veel stopt alles.
}
result-explain-jsa = { $who ->
    [you] Je krijgt New Style JSA (werkloosheidsuitkering): { $amount } per maand. De uitkering duurt hooguit 6 maanden.
    [other] { $name_start } krijgt New Style JSA (werkloosheidsuitkering): { $amount } per maand. De uitkering duurt hooguit 6 maanden.
    [partner] Je partner krijgt New Style JSA (werkloosheidsuitkering): { $amount } per maand. De uitkering duurt hooguit 6 maanden.
   *[second] De partner krijgt New Style JSA (werkloosheidsuitkering): { $amount } per maand. De uitkering duurt hooguit 6 maanden.
}
result-explain-jsa-disregard = { $who ->
    [you] Je houdt je hele New Style JSA van { $amount } per maand: het loon na belasting van { $earnings } per week valt binnen de £ 5 die niet meetelt.
    [other] { $name_start } houdt de hele New Style JSA van { $amount } per maand: het loon na belasting van { $earnings } per week valt binnen de £ 5 die niet meetelt.
    [partner] Je partner houdt de hele New Style JSA van { $amount } per maand: het loon na belasting van { $earnings } per week valt binnen de £ 5 die niet meetelt.
   *[second] De partner houdt de hele New Style JSA van { $amount } per maand: het loon na belasting van { $earnings } per week valt binnen de £ 5 die niet meetelt.
}
result-explain-jsa-reduced = { $who ->
    [you] Je New Style JSA gaat omlaag naar { $amount } per maand: het loon na belasting van { $earnings } per week, min £ 5, gaat ervan af.
    [other] De New Style JSA van { $name } gaat omlaag naar { $amount } per maand: het loon na belasting van { $earnings } per week, min £ 5, gaat ervan af.
    [partner] De New Style JSA van je partner gaat omlaag naar { $amount } per maand: het loon na belasting van { $earnings } per week, min £ 5, gaat ervan af.
   *[second] De New Style JSA van de partner gaat omlaag naar { $amount } per maand: het loon na belasting van { $earnings } per week, min £ 5, gaat ervan af.
}
result-explain-jsa-earnings = { $who ->
    [you] Je verliest New Style JSA: het loon na belasting van { $earnings } per week, min £ 5, is meer dan de hele uitkering.
    [other] { $name_start } verliest New Style JSA: het loon na belasting van { $earnings } per week, min £ 5, is meer dan de hele uitkering.
    [partner] Je partner verliest New Style JSA: het loon na belasting van { $earnings } per week, min £ 5, is meer dan de hele uitkering.
   *[second] De partner verliest New Style JSA: het loon na belasting van { $earnings } per week, min £ 5, is meer dan de hele uitkering.
}
result-explain-jsa-hours = { $who ->
    [you] Je verliest New Style JSA: je kunt het niet krijgen als je 16 uur per week of meer werkt.
    [other] { $name_start } verliest New Style JSA: wie 16 uur per week of meer werkt, kan het niet krijgen.
    [partner] Je partner verliest New Style JSA: wie 16 uur per week of meer werkt, kan het niet krijgen.
   *[second] De partner verliest New Style JSA: wie 16 uur per week of meer werkt, kan het niet krijgen.
}
result-explain-state-pension = { $who ->
    [you] Je krijgt State Pension (Brits staatspensioen): { $amount } per maand. Het telt als inkomen voor de belasting.
    [other] { $name_start } krijgt State Pension (Brits staatspensioen): { $amount } per maand. Het telt als inkomen voor de belasting.
    [partner] Je partner krijgt State Pension (Brits staatspensioen): { $amount } per maand. Het telt als inkomen voor de belasting.
   *[second] De partner krijgt State Pension (Brits staatspensioen): { $amount } per maand. Het telt als inkomen voor de belasting.
}
result-explain-carer-overlapped = { $who ->
    [you] Je hebt recht op { $benefit }, maar het wordt niet betaald, omdat je al een andere uitkering krijgt van hetzelfde bedrag of meer. Het recht telt wel mee voor de bedragen voor mantelzorgers in andere uitkeringen.
    [other] { $name_start } heeft recht op { $benefit }, maar het wordt niet betaald, omdat er al een andere uitkering van hetzelfde bedrag of meer wordt betaald. Het recht telt wel mee voor de bedragen voor mantelzorgers in andere uitkeringen.
    [partner] Je partner heeft recht op { $benefit }, maar het wordt niet betaald, omdat er al een andere uitkering van hetzelfde bedrag of meer wordt betaald. Het recht telt wel mee voor de bedragen voor mantelzorgers in andere uitkeringen.
   *[second] De partner heeft recht op { $benefit }, maar het wordt niet betaald, omdat er al een andere uitkering van hetzelfde bedrag of meer wordt betaald. Het recht telt wel mee voor de bedragen voor mantelzorgers in andere uitkeringen.
}
result-explain-unearned-source = { $source ->
    [esa] New Style ESA van { $amount } per maand gaat pond voor pond van Universal Credit af.
    [jsa] New Style JSA van { $amount } per maand gaat pond voor pond van Universal Credit af.
    [state-pension] State Pension van { $amount } per maand gaat pond voor pond van Universal Credit af.
   *[carer] { $benefit } van { $amount } per maand gaat pond voor pond van Universal Credit af (het bedrag voor mantelzorgers blijft).
}
result-explain-pension-age = { $household ->
    [couple] Jullie zijn allebei boven de Britse AOW-leeftijd, dus jullie vragen Pension Credit (aanvulling voor gepensioneerden met een laag inkomen) en Housing Benefit (hulp bij de huur) aan, geen Universal Credit.
    [couple-other] Beide volwassenen zijn boven de Britse AOW-leeftijd, dus zij vragen Pension Credit (aanvulling voor gepensioneerden met een laag inkomen) en Housing Benefit (hulp bij de huur) aan, geen Universal Credit.
    [single-other] { $name_start } is boven de Britse AOW-leeftijd, dus { $name } vraagt Pension Credit (aanvulling voor gepensioneerden met een laag inkomen) en Housing Benefit (hulp bij de huur) aan, geen Universal Credit.
   *[single] Je bent boven de Britse AOW-leeftijd, dus je vraagt Pension Credit (aanvulling voor gepensioneerden met een laag inkomen) en Housing Benefit (hulp bij de huur) aan, geen Universal Credit.
}
result-explain-pc-guarantee = { $person ->
    [other] Pension Credit vult het inkomen aan tot { $amount } per week (het gegarandeerde minimum).
   *[self] Pension Credit vult het inkomen aan tot { $amount } per week (het minimum dat voor jou gegarandeerd is).
}
result-explain-pc-disregard = De eerste { $amount } per week van het loon na belasting telt niet mee.
result-explain-pc = Pension Credit telt een inkomen van { $income } per week en betaalt de rest: { $weekly } per week ({ $amount } per maand).
result-explain-pc-nothing = Geen Pension Credit: een inkomen van { $income } per week is meer dan het gegarandeerde minimum van { $guarantee }.
result-explain-hb-lha = De huur van { $rent } per week is meer dan de Local Housing Allowance (maximale huurhulp) van { $lha } per week, dus Housing Benefit wordt berekend op { $lha }.
result-explain-hb-passported = { $on ->
    [pension-credit] Housing Benefit betaalt de hele huur van { $rent } per week ({ $amount } per maand): zolang je Pension Credit krijgt, telt je inkomen niet mee.
    [pension-credit-other] Housing Benefit betaalt de hele huur van { $rent } per week ({ $amount } per maand): zolang Pension Credit betaald wordt, telt het inkomen niet mee.
    [universal-credit-other] Housing Benefit betaalt de hele huur van { $rent } per week ({ $amount } per maand): zolang Universal Credit betaald wordt, telt het inkomen niet mee.
   *[universal-credit] Housing Benefit betaalt de hele huur van { $rent } per week ({ $amount } per maand): zolang je Universal Credit krijgt, telt je inkomen niet mee.
}
result-explain-hb-savings = Geen Housing Benefit: het spaargeld is meer dan £ 16.000.
result-explain-hb-disregard = Voor Housing Benefit telt { $amount } per week van het loon niet mee.
result-explain-hb-full = { $person ->
    [other] Housing Benefit betaalt de hele huur van { $rent } per week: een inkomen van { $income } per week valt binnen de { $needs } per week die volgens de wet nodig is om van te leven.
   *[self] Housing Benefit betaalt de hele huur van { $rent } per week: een inkomen van { $income } per week valt binnen de { $needs } per week die je volgens de wet nodig hebt om van te leven.
}
result-explain-hb-taper = { $person ->
    [other] Housing Benefit: een inkomen van { $income } per week is meer dan de { $needs } per week die volgens de wet nodig is om van te leven. Daarom gaat 65 pence van elke £ 1 daarboven van de huur van { $rent } per week af. Er blijft { $weekly } per week over.
   *[self] Housing Benefit: een inkomen van { $income } per week is meer dan de { $needs } per week die je volgens de wet nodig hebt om van te leven. Daarom gaat 65 pence van elke £ 1 daarboven van de huur van { $rent } per week af. Er blijft { $weekly } per week over.
}
result-explain-hb-none = { $person ->
    [other] Geen Housing Benefit: een inkomen van { $income } per week ligt zo ver boven de { $needs } per week die volgens de wet nodig is, dat 65 pence van elke £ 1 daarboven de hele huur van { $rent } per week opmaakt.
   *[self] Geen Housing Benefit: een inkomen van { $income } per week ligt zo ver boven de { $needs } per week die je volgens de wet nodig hebt, dat 65 pence van elke £ 1 daarboven de hele huur van { $rent } per week opmaakt.
}
result-explain-hb-october-2026 = { $person ->
    [other] Vanaf 5 oktober 2026 telt minder van het loon mee in begeleid of tijdelijk wonen: Housing Benefit is { $before } per week tot dan en { $after } per week daarna. Over het hele jaar is dat gemiddeld { $average } per week.
   *[self] Vanaf 5 oktober 2026 telt minder van je loon mee in begeleid of tijdelijk wonen: Housing Benefit is { $before } per week tot dan en { $after } per week daarna. Over het hele jaar is dat gemiddeld { $average } per week.
}
result-explain-hb = Housing Benefit: { $amount } per maand.
result-explain-ctr-entered = { $person ->
    [other] Council tax (gemeentebelasting): { $bill } per jaar. De Council Tax Reduction (korting op de council tax) die op het formulier staat, haalt daar { $amount } per jaar af.
   *[self] Council tax (gemeentebelasting): { $bill } per jaar. De Council Tax Reduction (korting op de council tax) die je hebt ingevuld, haalt daar { $amount } per jaar af.
}
result-explain-ctr-passported = { $person ->
    [other] Council Tax Reduction (korting op de council tax) betaalt de hele council tax van { $bill } per jaar: zolang Pension Credit betaald wordt, telt het inkomen niet mee.
   *[self] Council Tax Reduction (korting op de council tax) betaalt de hele council tax van { $bill } per jaar: zolang je Pension Credit krijgt, telt je inkomen niet mee.
}
result-explain-ctr-savings = Geen Council Tax Reduction (korting op de council tax): het spaargeld is meer dan £ 16.000.
result-explain-ctr = { $scheme ->
    [pension] Council Tax Reduction (korting op de council tax), regeling voor mensen boven de Britse AOW-leeftijd: een inkomen van { $income } per week, vergeleken met de { $needs } per week die je nodig hebt om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [pension-other] Council Tax Reduction (korting op de council tax), regeling voor mensen boven de Britse AOW-leeftijd: een inkomen van { $income } per week, vergeleken met de { $needs } per week die nodig is om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [scotland] Council Tax Reduction (korting op de council tax), Schotse regeling: een inkomen van { $income } per week, vergeleken met de { $needs } per week die je nodig hebt om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [scotland-other] Council Tax Reduction (korting op de council tax), Schotse regeling: een inkomen van { $income } per week, vergeleken met de { $needs } per week die nodig is om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [wales-uc] Council Tax Reduction (korting op de council tax), regeling van Wales met Universal Credit: inkomen en Universal Credit samen zijn { $income } per week, vergeleken met je hoogste Universal Credit van { $needs } per week. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [wales-uc-other] Council Tax Reduction (korting op de council tax), regeling van Wales met Universal Credit: inkomen en Universal Credit samen zijn { $income } per week, vergeleken met de hoogste Universal Credit van { $needs } per week. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [wales] Council Tax Reduction (korting op de council tax), regeling van Wales: een inkomen van { $income } per week, vergeleken met de { $needs } per week die je nodig hebt om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [wales-other] Council Tax Reduction (korting op de council tax), regeling van Wales: een inkomen van { $income } per week, vergeleken met de { $needs } per week die nodig is om van te leven. De korting begint bij de rekening van { $bill }. Voor elke £ 1 daarboven gaat er 20 pence van de korting af. Korting: { $amount } per jaar.
    [estimate-other] Council Tax Reduction (korting op de council tax) met werk, geschat met de standaardregels: ongeveer { $amount } per jaar van de rekening van { $bill } af.
   *[estimate] Council Tax Reduction (korting op de council tax) met werk, geschat met de standaardregels: ongeveer { $amount } per jaar van de rekening van { $bill } af.
}
result-explain-winter-fuel = { $benefit }: { $amount } per jaar, betaald in de winter (hier { $monthly } per maand).
result-explain-winter-fuel-charge = Het inkomen is meer dan £ 35.000, dus de { $benefit } van { $amount } gaat terug via de belasting.
result-explain-standard = { $household ->
    [single-25] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een alleenstaande van 25 jaar of ouder: { $amount }.
    [single-25-other] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een alleenstaande van 25 jaar of ouder: { $amount }.
    [single-under-25] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een alleenstaande jonger dan 25: { $amount }.
    [single-under-25-other] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een alleenstaande jonger dan 25: { $amount }.
    [couple-25] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een stel (een van jullie is 25 jaar of ouder): { $amount }.
    [couple-25-other] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een stel (een van de twee is 25 jaar of ouder): { $amount }.
    [couple-under-25-other] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een stel jonger dan 25: { $amount }.
   *[couple-under-25] Universal Credit (Britse uitkering) begint bij het basisbedrag voor een stel jonger dan 25: { $amount }.
}
result-explain-child-element = Bedrag voor kinderen (child element) voor { $count ->
    [one] 1 kind
   *[other] { $count } kinderen
}: { $amount }.
result-explain-child-element-limited = Bedrag voor kinderen (child element) voor { $count ->
    [one] 1 kind
   *[other] { $count } kinderen
}: { $amount } ({ $limited ->
    [one] nog 1 kind krijgt
   *[other] nog { $limited } kinderen krijgen
} geen bedrag voor kinderen door de grens van twee kinderen, die stopt op 6 april 2026).
result-explain-disabled-child = Extra voor een kind met een handicap: { $amount }.
result-explain-disabled-child-higher = Extra voor een kind met een handicap, hoog bedrag: { $amount }.
result-explain-lcwra = Bedrag voor gezondheid (door de gezondheid niet kunnen werken of zich voorbereiden op werk): { $amount }.
result-explain-carer-element = Bedrag voor mantelzorgers (carer element): { $amount }. Loon heeft hier geen invloed op.
result-explain-carer-element-each = { $person ->
    [other] Bedrag voor mantelzorgers (carer element) voor ieder van de twee: { $amount }. Loon heeft hier geen invloed op.
   *[self] Bedrag voor mantelzorgers (carer element) voor ieder van jullie: { $amount }. Loon heeft hier geen invloed op.
}
result-explain-housing-owner = Geen bedrag voor woonkosten: Universal Credit helpt hier niet bij een hypotheek.
result-explain-housing-none = { $person ->
    [other] Geen bedrag voor woonkosten: er wordt geen huur betaald.
   *[self] Geen bedrag voor woonkosten: je betaalt geen huur.
}
result-explain-housing-family = { $person ->
    [other] Geen bedrag voor woonkosten: Universal Credit betaalt niet mee aan huur voor een ouder of ander naast familielid bij wie { $name } woont.
   *[self] Geen bedrag voor woonkosten: Universal Credit betaalt niet mee aan huur die je betaalt aan een ouder of ander naast familielid bij wie je woont.
}
result-explain-housing-supported = Geen bedrag voor woonkosten: Housing Benefit (hulp bij de huur) betaalt de huur voor begeleid of tijdelijk wonen.
result-explain-housing-social-spare = Woonkosten: { $person ->
    [other] de huur
   *[self] je huur
} van { $rent } per maand, min { $deduction } voor { $count ->
    [one] 1 slaapkamer te veel
   *[other] { $count } slaapkamers te veel
} (de korting voor onderbezetting): { $amount }.
result-explain-housing-social = { $person ->
    [other] Woonkosten: de huur van { $rent } per maand wordt helemaal betaald.
   *[self] Woonkosten: je huur van { $rent } per maand wordt helemaal betaald.
}
result-explain-housing-private-over = { $person ->
    [other] Woonkosten: de huur is { $rent } per maand, maar de Local Housing Allowance (maximale huurhulp) in { $area } voor { $rate } is { $lha }, dus Universal Credit telt { $amount }.
   *[self] Woonkosten: je huur is { $rent } per maand, maar de Local Housing Allowance (maximale huurhulp) in { $area } voor { $rate } is { $lha }, dus Universal Credit telt { $amount }.
}
result-explain-housing-private = { $person ->
    [other] Woonkosten: de huur van { $rent } per maand valt binnen de Local Housing Allowance (maximale huurhulp) in { $area } ({ $rate }: { $lha }), dus hij wordt helemaal betaald.
   *[self] Woonkosten: je huur van { $rent } per maand valt binnen de Local Housing Allowance (maximale huurhulp) in { $area } ({ $rate }: { $lha }), dus hij wordt helemaal betaald.
}
result-lha-rate-shared = het bedrag voor een gedeelde woning
result-lha-rate-1 = het bedrag voor één slaapkamer
result-lha-rate-2 = het bedrag voor twee slaapkamers
result-lha-rate-3 = het bedrag voor drie slaapkamers
result-lha-rate-4 = het bedrag voor vier slaapkamers
result-explain-childcare = Kinderopvang: 85% van de { $costs } { $person ->
    [other] die betaald wordt
   *[self] die je betaalt
} = { $amount } (het meeste voor { $children ->
    [one] één kind
   *[more] twee of meer kinderen
} is { $cap }).
result-explain-childcare-too-old = Kinderopvang: geen hulp, want geen kind is jong genoeg voor het bedrag voor kinderopvang.
result-explain-childcare-couple = Kinderopvang: geen hulp, want bij een stel moeten allebei werken (behalve als een van jullie door gezondheid minder kan werken of mantelzorger is).
result-explain-maximum = Hoogste Universal Credit: { $amount }.
result-explain-taper-allowance = { $person ->
    [other] Loon na belasting, National Insurance en pensioen: { $earned } per maand. De eerste { $allowance } telt niet mee (het vrije bedrag, de work allowance). Universal Credit gaat 55 pence omlaag voor elke £ 1 van de overige { $rest }: { $amount }.
   *[self] Loon na belasting, National Insurance en pensioen: { $earned } per maand. De eerste { $allowance } telt niet mee (je vrije bedrag, de work allowance). Universal Credit gaat 55 pence omlaag voor elke £ 1 van de overige { $rest }: { $amount }.
}
result-explain-taper-lower-allowance = { $person ->
    [other] Loon na belasting, National Insurance en pensioen: { $earned } per maand. De eerste { $allowance } telt niet mee (het vrije bedrag, de work allowance; lager omdat Universal Credit helpt met de huur). Universal Credit gaat 55 pence omlaag voor elke £ 1 van de overige { $rest }: { $amount }.
   *[self] Loon na belasting, National Insurance en pensioen: { $earned } per maand. De eerste { $allowance } telt niet mee (je vrije bedrag, de work allowance; lager omdat Universal Credit helpt met de huur). Universal Credit gaat 55 pence omlaag voor elke £ 1 van de overige { $rest }: { $amount }.
}
result-explain-taper-no-allowance = { $person ->
    [other] Loon na belasting, National Insurance en pensioen: { $earned } per maand. Er is geen vrij bedrag (work allowance), dus Universal Credit gaat 55 pence omlaag voor elke £ 1: { $amount }.
   *[self] Loon na belasting, National Insurance en pensioen: { $earned } per maand. Je hebt geen vrij bedrag (work allowance), dus Universal Credit gaat 55 pence omlaag voor elke £ 1: { $amount }.
}
result-explain-savings-over = Spaargeld van { $amount } is meer dan de grens van £ 16.000, dus er is geen Universal Credit.
result-explain-savings-tariff = Spaargeld van { $amount } telt als { $income } inkomen per maand (£ 4,35 voor elke £ 250 boven £ 6.000).
result-explain-cap = De uitkeringsgrens (benefit cap) houdt Universal Credit en andere uitkeringen samen op { $cap } per maand, dus Universal Credit gaat { $amount } omlaag. Wie { $earnings } per maand of meer verdient na belasting, National Insurance en pensioenbijdrage, heeft geen last meer van de grens.
result-explain-cap-lifted = De uitkeringsgrens (benefit cap) geldt niet: het loon na belasting, National Insurance en pensioenbijdrage is minstens { $earnings } per maand.
result-explain-uc = Universal Credit: { $amount } per maand.
result-explain-uc-nothing = Universal Credit: niets deze maand; het inkomen is hoger dan het hoogste bedrag.
result-explain-uc-deductions = Daar gaat { $amount } per maand af voor schulden of een voorschot, dus er wordt { $paid } betaald.
result-explain-help = { $kind ->
    [free-school-meals] Gratis schoolmaaltijden: ongeveer { $amount } per jaar waard. Dit is hulp, geen geld.
    [free-school-meals-other] Gratis schoolmaaltijden: ongeveer { $amount } per jaar waard. Dit is hulp, geen geld.
    [healthy-start] Healthy Start (hulp voor gezond eten): { $amount } per jaar op een kaart voor melk, fruit en groente.
    [healthy-start-other] Healthy Start (hulp voor gezond eten): { $amount } per jaar op een kaart voor melk, fruit en groente.
    [best-start-foods] Best Start Foods (Schotse hulp voor gezond eten): minstens { $amount } per jaar op een kaart voor gezond eten.
    [best-start-foods-other] Best Start Foods (Schotse hulp voor gezond eten): minstens { $amount } per jaar op een kaart voor gezond eten.
    [prescriptions] Gratis medicijnen op recept, tandarts en oogtest bij de NHS (Britse gezondheidszorg): alleen de medicijnen zijn al tot { $amount } per jaar waard, als je ze nodig hebt.
    [prescriptions-other] Gratis medicijnen op recept, tandarts en oogtest bij de NHS (Britse gezondheidszorg): alleen de medicijnen zijn al tot { $amount } per jaar waard, als ze nodig zijn.
    [sure-start] Sure Start Maternity Grant (geld bij de geboorte van een baby): één keer { $amount }, voor je eerste baby.
    [sure-start-other] Sure Start Maternity Grant (geld bij de geboorte van een baby): één keer { $amount }, voor de eerste baby.
    [best-start-grant-other] Best Start Grant (Schots geld bij de geboorte van een baby): één keer minstens { $amount }, voor de nieuwe baby.
   *[best-start-grant] Best Start Grant (Schots geld bij de geboorte van een baby): één keer minstens { $amount }, voor de nieuwe baby.
}
result-explain-relative-loses = { $person ->
    [other] De familie bij wie { $name } woont krijgt { $amount } per maand minder hulp bij hun huur, omdat { $name } bij hen woont.
   *[self] De familie bij wie je woont krijgt { $amount } per maand minder hulp bij hun huur, omdat jij bij hen woont.
}
result-explain-child-benefit = Child Benefit (kinderbijslag): { $amount } per maand. Het maakt Universal Credit niet lager.
result-explain-child-benefit-charge = High Income Child Benefit Charge (terugbetaling bij een hoog inkomen): { $amount } per maand wordt via de belasting terugbetaald.
result-explain-scp = { $person ->
    [other] Scottish Child Payment (Schotse uitkering voor kinderen): { $amount } per maand, zolang het huishouden Universal Credit krijgt.
   *[self] Scottish Child Payment (Schotse uitkering voor kinderen): { $amount } per maand, zolang je Universal Credit krijgt.
}
result-explain-scp-none = Geen Scottish Child Payment: daarvoor is Universal Credit nodig.
result-explain-dla = Disability Living Allowance voor kinderen: { $amount } per maand.
result-explain-net = Netto-inkomen: { $amount } per maand ({ $weekly } per week).
result-explain-left = { $after ->
    [rent] Na de huur: { $amount } per maand om van te leven.
    [rent-council] Na de huur en council tax: { $amount } per maand om van te leven.
    [rent-costs] Na de huur, kinderopvang en reizen: { $amount } per maand om van te leven.
   *[all] Na de huur, council tax, kinderopvang en reizen: { $amount } per maand om van te leven.
}

result-warn-cap = De uitkeringsgrens (benefit cap) maakt Universal Credit { $amount } per maand lager. Wie { $earnings } per maand of meer verdient na belasting, National Insurance en pensioenbijdrage, heeft geen last meer van de grens.
result-warn-cap-hours = In deze baan maakt de uitkeringsgrens (benefit cap) Universal Credit { $amount } per maand lager. Met dit uurloon levert { $hours } uur per week { $earnings } per maand op na belasting, National Insurance en pensioenbijdrage. Dan geldt de grens niet meer.
result-warn-cap-pension = { $person ->
    [other] In deze baan maakt de uitkeringsgrens (benefit cap) Universal Credit { $amount } per maand lager. Dat komt doordat het pensioen via het werk het loon onder de { $earnings } per maand brengt. Boven dat bedrag geldt de grens niet. Zonder het pensioen (opt out) geldt de grens bij deze uren niet meer en komt er { $gain } per maand meer binnen. Met het pensioen blijft { $name } wel sparen voor later.
   *[self] In deze baan maakt de uitkeringsgrens (benefit cap) Universal Credit { $amount } per maand lager. Dat komt doordat het pensioen via je werk je loon onder de { $earnings } per maand brengt. Boven dat bedrag geldt de grens niet. Als je uit het pensioen stapt (opt out), geldt de grens bij deze uren niet meer en heb je { $gain } per maand meer. Als je blijft, spaar je wel voor je pensioen.
}
result-warn-cap-grace = { $person ->
    [other] Voor { $name } geldt een overgangsperiode (grace period) voor de uitkeringsgrens (benefit cap): de grens geldt niet in de 9 maanden nadat een baan die { $name } lang had is gestopt. Daarna zou de grens Universal Credit lager maken, behalve als { $name } { $earnings } per maand of meer verdient na belasting, National Insurance en pensioenbijdrage.
   *[self] Je zit in een overgangsperiode (grace period) voor de uitkeringsgrens (benefit cap): de grens geldt niet in de 9 maanden nadat een baan die je lang had is gestopt. Daarna zou de grens Universal Credit lager maken, behalve als je { $earnings } per maand of meer verdient na belasting, National Insurance en pensioenbijdrage.
}
result-warn-carer-lost = { $benefit } stopt: het loon na aftrek is { $earnings } per week, boven de grens van { $limit }. Dus de hele { $lost } per week valt weg. Universal Credit vult een deel aan, en het bedrag voor mantelzorgers blijft.
result-warn-carer-near = { $person ->
    [other] Het loon na aftrek is { $earnings } per week, dicht bij de grens van { $limit } voor { $benefit }. Met meer loon of een uur extra kan alles stoppen. Kijk dit na voordat er meer uren worden afgesproken. Sommige kosten mogen van het loon af (zoals iemand betalen die zorgt tijdens het werk, en de helft van de pensioenbijdrage).
   *[self] Het loon na aftrek is { $earnings } per week, dicht bij de grens van { $limit } voor { $benefit }. Met meer loon of een uur extra kan alles stoppen. Kijk dit na voordat je meer uren afspreekt. Sommige kosten mogen van het loon af (zoals iemand betalen die zorgt terwijl jij werkt, en de helft van je pensioenbijdrage).
}
result-warn-lha = { $person ->
    [other] De huur is { $amount } per maand hoger dan de Local Housing Allowance (maximale huurhulp). Universal Credit betaalt dat deel niet, met of zonder werk. De gemeente (council) kan een tijdje helpen met een Discretionary Housing Payment.
   *[self] Je huur is { $amount } per maand hoger dan de Local Housing Allowance (maximale huurhulp). Universal Credit betaalt dat deel niet, met of zonder werk. De gemeente (council) kan een tijdje helpen met een Discretionary Housing Payment.
}
result-warn-spare-bedrooms = Universal Credit betaalt { $amount } per maand minder aan de huur, omdat de woning { $count ->
    [one] 1 slaapkamer
   *[other] { $count } slaapkamers
} meer heeft dan de regels toestaan.
result-warn-childcare-arrears = { $person ->
    [other] Universal Credit betaalt { $amount } per maand voor kinderopvang pas terug als het betaald is en het bonnetje is doorgegeven. De eerste maand wordt dus zonder hulp betaald. Vraag naar het Flexible Support Fund voor hulp vooraf.
   *[self] Universal Credit betaalt { $amount } per maand voor kinderopvang pas terug als je het betaald hebt en het bonnetje hebt doorgegeven. De eerste maand betaal je dus zelf. Vraag naar het Flexible Support Fund voor hulp vooraf.
}
result-warn-childcare-none = { $person ->
    [other] De kinderopvang die betaald wordt krijgt hier geen hulp van Universal Credit: bij een stel moeten allebei werken (behalve als een van de twee door gezondheid minder kan werken of mantelzorger is), en het kind moet jonger zijn dan 17.
   *[self] De kinderopvang die je betaalt krijgt hier geen hulp van Universal Credit: bij een stel moeten allebei werken (behalve als een van jullie door gezondheid minder kan werken of mantelzorger is), en het kind moet jonger zijn dan 17.
}
result-warn-savings = Met meer dan £ 16.000 spaargeld is er helemaal geen Universal Credit.
result-warn-two-child = Door de grens van twee kinderen { $count ->
    [one] krijgt 1 kind
   *[other] krijgen { $count } kinderen
} geen bedrag voor kinderen in 2025-26. Die grens stopt op 6 april 2026.
result-warn-minimum-wage = { $wage } per uur is minder dan het wettelijke minimum van { $minimum } voor deze leeftijd (behalve bij een leerbaan).
result-warn-council-tax = { $person ->
    [other] De Council Tax Reduction (korting op de council tax) is zoals die op het formulier staat. Elke gemeente (council) in Engeland heeft een eigen regeling, dus vraag de gemeente hoeveel de korting zou zijn.
   *[self] De Council Tax Reduction (korting op de council tax) is zoals je die hebt ingevuld. Elke gemeente (council) in Engeland heeft een eigen regeling, dus vraag de gemeente hoeveel de korting zou zijn.
}
result-warn-council-tax-estimate = De Council Tax Reduction (korting op de council tax) met werk is een schatting van ons, met de standaardregels. Elke gemeente (council) in Engeland heeft een eigen regeling, dus vraag de gemeente hoeveel de korting zou zijn.
result-warn-esa-time-limit = { $person ->
    [other] New Style ESA duurt hooguit een jaar (365 dagen), behalve als { $name } in de support group zit (de groep zonder werkverplichtingen). Daarna kan Universal Credit misschien meer betalen.
   *[self] New Style ESA duurt hooguit een jaar (365 dagen), behalve als je in de support group zit (de groep zonder werkverplichtingen). Daarna kan Universal Credit misschien meer betalen.
}
result-warn-jsa-time-limit = New Style JSA duurt hooguit 6 maanden (182 dagen). Daarna kan Universal Credit misschien meer betalen.
result-warn-esa-lost = Door deze baan stopt New Style ESA van { $amount } per maand: { $why ->
    [hours] 16 uur per week of meer is geen toegestaan werk (permitted work). Met minder dan 16 uur en een loon na belasting tot { $limit } per week blijft het. Dat geldt ook voor werk met begeleiding, geregeld voor mensen met een handicap.
   *[pay] het loon na belasting is boven de grens van { $limit } per week voor toegestaan werk (permitted work). Met loon onder de grens blijft ESA.
}
result-warn-esa-near = { $person ->
    [other] Het loon na belasting van { $earnings } per week is dicht bij de grens van { $limit } voor toegestaan werk (permitted work). Met meer loon of een uur extra kan de hele New Style ESA stoppen. Kijk dit na voordat er meer wordt afgesproken.
   *[self] Het loon na belasting van { $earnings } per week is dicht bij de grens van { $limit } voor toegestaan werk (permitted work). Met meer loon of een uur extra kan je hele New Style ESA stoppen. Kijk dit na voordat je meer afspreekt.
}
result-warn-pension-age-in-year = De Britse AOW-leeftijd wordt bereikt op { $date }, in dit belastingjaar. { $over ->
    [yes] Het antwoord rekent alsof je het hele jaar boven die leeftijd bent: vanaf dan komen Pension Credit en Housing Benefit in plaats van Universal Credit.
    [yes-other] Het antwoord rekent alsof { $name } het hele jaar boven die leeftijd is: vanaf dan komen Pension Credit en Housing Benefit in plaats van Universal Credit.
    [no-other] Het antwoord rekent alsof { $name } het hele jaar onder die leeftijd is: vanaf dan kunnen Pension Credit en Housing Benefit in plaats van Universal Credit komen.
   *[no] Het antwoord rekent alsof je het hele jaar onder die leeftijd bent: vanaf dan kunnen Pension Credit en Housing Benefit in plaats van Universal Credit komen.
}
result-warn-savings-credit = Wie de Britse AOW-leeftijd vóór 6 april 2016 bereikte, kan misschien ook Savings Credit krijgen. Deze rekenhulp berekent dat niet.
result-warn-benefit-ignored = { $over ->
    [yes] New Style ESA en JSA stoppen op de Britse AOW-leeftijd, dus ze staan niet in dit antwoord.
   *[no] State Pension begint op de Britse AOW-leeftijd, dus het staat niet in dit antwoord.
}
result-warn-tell-council = { $person ->
    [other] Housing Benefit (hulp bij de huur) komt van de gemeente (council), niet van het Jobcentre. Vertel de gemeente over de baan en het loon. Anders moet { $name } later misschien Housing Benefit terugbetalen.
   *[self] Housing Benefit (hulp bij de huur) komt van de gemeente (council), niet van het Jobcentre. Vertel de gemeente over de baan en je loon. Anders moet je later misschien Housing Benefit terugbetalen.
}
result-warn-tax-free-childcare = { $person ->
    [other] Met Tax-Free Childcare (belastingvrije hulp bij kinderopvang) is { $name } hier misschien { $gain } per maand beter af dan met Universal Credit. Het zou { $top_up } per maand aan kinderopvang betalen, terwijl Universal Credit { $element } per maand betaalt. Allebei krijgen kan niet, en met Tax-Free Childcare is er helemaal geen Universal Credit. Kijk dit dus na voor een overstap.
   *[self] Met Tax-Free Childcare (belastingvrije hulp bij kinderopvang) ben je hier misschien { $gain } per maand beter af dan met Universal Credit. Het zou { $top_up } per maand aan kinderopvang betalen, terwijl Universal Credit { $element } per maand betaalt. Je kunt niet allebei krijgen, en met Tax-Free Childcare krijg je helemaal geen Universal Credit. Kijk dit dus na voordat je overstapt.
}
result-warn-funded-hours = { $person ->
    [other] In Engeland kunnen werkende ouders van kinderen van 9 maanden tot de schoolleeftijd tot 30 uur per week gratis kinderopvang krijgen in de schoolweken. Elke ouder moet dan minstens verdienen wat 16 uur per week tegen het minimumloon oplevert. Dit zit niet in deze bedragen: vraag het aan de Family Information Service (informatiepunt voor gezinnen) van de gemeente (council).
   *[self] In Engeland kunnen werkende ouders van kinderen van 9 maanden tot de schoolleeftijd tot 30 uur per week gratis kinderopvang krijgen in de schoolweken. Elke ouder moet dan minstens verdienen wat 16 uur per week tegen het minimumloon oplevert. Dit zit niet in deze bedragen: vraag het aan de Family Information Service (informatiepunt voor gezinnen) van je gemeente (council).
}
result-warn-relative-loses = { $person ->
    [other] De familie bij wie { $name } woont krijgt { $amount } per maand minder hulp bij hun huur, omdat { $name } meer verdient: van hun Housing Benefit of Universal Credit gaat daardoor meer af. Het hele huishouden gaat er dus minder op vooruit dan { $name }.
   *[self] De familie bij wie je woont krijgt { $amount } per maand minder hulp bij hun huur, omdat jij meer verdient: van hun Housing Benefit of Universal Credit gaat meer af voor jou. Het hele huishouden gaat er dus minder op vooruit dan jij.
}
result-warn-relative-carer = { $person ->
    [other] Als een familielid 35 uur per week of meer voor { $name } zorgt, kan die misschien Carer's Allowance (uitkering voor mantelzorgers; in Schotland Carer Support Payment) krijgen, omdat { $name } het deel voor dagelijks leven van PIP krijgt.
   *[self] Als een familielid 35 uur per week of meer voor je zorgt, kan die misschien Carer's Allowance (uitkering voor mantelzorgers; in Schotland Carer Support Payment) krijgen, omdat jij het deel voor dagelijks leven van PIP krijgt.
}

result-cliff-carer-support = stopt Carer Support Payment
result-cliff-carers-allowance = stopt Carer's Allowance
result-cliff-scp = stopt Universal Credit, en daarmee ook Scottish Child Payment
result-cliff-pension = begint de pensioenbijdrage
result-cliff-marriage = stopt Marriage Allowance
result-cliff-child-benefit = gaat meer Child Benefit terug via de belasting
result-cliff-esa = stopt New Style ESA (16 uur of meer, of loon boven de grens voor toegestaan werk)
result-cliff-jsa = stopt New Style JSA bij 16 uur per week
result-cliff-hb-means-tested = stopt Universal Credit, dus betaalt Housing Benefit niet meer de hele huur
result-cliff-pension-credit = stopt Pension Credit, en betaalt Housing Benefit niet meer de hele huur
result-cliff-hb-ends = zakt Housing Benefit onder 50 pence per week en stopt
result-cliff-winter-fuel = gaat het inkomen boven £ 35.000, dus gaat de Winter Fuel Payment terug via de belasting
result-cliff-pound-for-pound-contributions = neemt Pension Credit of JSA elke extra pond loon terug, maar telt alleen de helft van wat aan pensioen betaald wordt
result-cliff-other = stopt een uitkering

result-error-no-offer = Deze baan bestaat niet.
result-error-child-age = Vul de leeftijd of de geboortedatum van het kind in.
result-error-brma = We kennen dit huurgebied (Broad Rental Market Area) niet. Kies er een uit de lijst.
result-error-job-start = Vul een echte datum in voor de start van de baan, bijvoorbeeld 2026-03-02.
result-error-first-payday = Vul een echte datum in voor de eerste betaaldag, bijvoorbeeld 2026-03-27.
result-error-assessment-period = Vul een echte datum in voor het begin van een periode (assessment period). Die staat op het overzicht van Universal Credit.
result-error-payday-before-start = De eerste betaaldag kan niet vóór de start van de baan zijn.
result-error-payday-too-late = De eerste betaaldag moet binnen drie maanden na de startdatum zijn.
result-error-old-pay-date = Vul een echte datum in voor het laatste loon van de oude baan.
result-error-old-pay-amount = Vul het laatste nettoloon van de oude baan in, in ponden, onder £ 1.000.000.
result-error-old-pay-negative = Het laatste loon van de oude baan kan niet minder dan niets zijn.
result-error-which-adult = Kies welke volwassene de baan neemt.

result-fm-assume-tax = { $person ->
    [other] De inkomstenbelasting op elke betaaldag wordt apart berekend, met het deel van de belastingvrije som voor een week of een maand (de Week 1/Month 1-methode). We weten niet welke startverklaring { $name } aankruist. Bij loon onder de belastingvrije som is er op beide manieren geen belasting.
   *[self] De inkomstenbelasting op elke betaaldag wordt apart berekend, met het deel van de belastingvrije som voor een week of een maand (de Week 1/Month 1-methode). We weten niet welke startverklaring je aankruist. Bij loon onder de belastingvrije som is er op beide manieren geen belasting.
}
result-fm-assume-ni = National Insurance gebruikt de grenzen voor elke loonperiode (een week, 4 weken of een maand), zoals de loonadministratie doet.
result-fm-assume-rates = De hele tijdlijn gebruikt de bedragen van dit belastingjaar, ook voor maanden na april.
result-fm-assume-uc = { $person ->
    [other] Universal Credit telt het nettoloon dat { $name } in elke periode krijgt. Al het andere blijft zoals het is met werk: huur, kinderen, kinderopvang, andere uitkeringen en het loon van een partner.
   *[self] Universal Credit telt het nettoloon dat je in elke periode krijgt. Al het andere blijft zoals het is met werk: huur, kinderen, kinderopvang, andere uitkeringen en het loon van een partner.
}
result-fm-assume-carer-weeks = Weken van Carer's Allowance lopen van maandag tot zondag. Elke week telt in de periode waarin hij eindigt. Loon telt voor de weken van de loonperiode, vanaf de betaaldag.
result-fm-assume-restart = { $person ->
    [other] Als het loon Universal Credit een maand stopt, gaan we ervan uit dat het weer begint als het loon lager wordt. DWP (het Britse ministerie) laat het binnen 5 maanden weer beginnen. Daarna moet { $name } het opnieuw aanvragen.
   *[self] Als het loon Universal Credit een maand stopt, gaan we ervan uit dat het weer begint als het loon lager wordt. DWP (het Britse ministerie) laat het binnen 5 maanden weer beginnen. Daarna vraag je het opnieuw aan.
}
result-fm-assume-bank-holidays = Feestdagen zijn die van Engeland en Wales.

result-fm-no-wages = Nog geen loon: de eerste betaaldag komt later.
result-fm-no-wages-new-job = Nog geen loon van de nieuwe baan: de eerste betaaldag komt later.
result-fm-extra-paydays = { $count ->
    [2] Twee betaaldagen in deze periode.
    [3] Drie betaaldagen in deze periode.
    [4] Vier betaaldagen in deze periode.
    [5] Vijf betaaldagen in deze periode.
   *[other] Meerdere betaaldagen in deze periode.
}
result-fm-extra-paydays-lower = { $count ->
    [2] Twee betaaldagen in deze periode, dus Universal Credit is lager.
    [3] Drie betaaldagen in deze periode, dus Universal Credit is lager.
    [4] Vier betaaldagen in deze periode, dus Universal Credit is lager.
    [5] Vijf betaaldagen in deze periode, dus Universal Credit is lager.
   *[other] Meerdere betaaldagen in deze periode, dus Universal Credit is lager.
}
result-fm-old-job-pay = Het laatste loon van de oude baan komt in deze periode, en Universal Credit telt het mee.
result-fm-nil-award = Universal Credit stopt deze maand (nul-uitkering): het loon in deze periode is te hoog voor een betaling.
result-fm-uc-starts-again = Universal Credit begint weer.
result-fm-surplus = { $amount } van het loon in deze periode is te veel en telt volgende maand nog een keer mee.
result-fm-benefit-cap = De uitkeringsgrens (benefit cap) geldt deze maand: het loon in deze periode is lager dan het bedrag dat de grens opheft.
result-fm-carer-stops = Carer's Allowance stopt in de weken die beginnen op { $weeks }: het loon is boven de grens.
result-fm-lower = { $person ->
    [other] Het geld deze maand is minder dan voordat { $name } begon met werken.
   *[self] Het geld deze maand is minder dan voordat je begon met werken.
}

result-fm-help-report = { $person ->
    [other] Meld de nieuwe baan in het Universal Credit-dagboek (journal) als { $name } begint. De werkgever geeft het loon elke betaaldag door, dus niet elk loonstrookje hoeft gemeld te worden.
   *[self] Meld de nieuwe baan in je Universal Credit-dagboek (journal) als je begint. Je werkgever geeft je loon elke betaaldag door, dus je hoeft niet elk loonstrookje te melden.
}
result-fm-help-budgeting-advance = { $person ->
    [other] { $name_start } kan een Budgeting Advance (voorschot) vragen voor de kosten van beginnen met werk. Het is een lening: het gaat later van de Universal Credit af.
   *[self] Je kunt een Budgeting Advance (voorschot) vragen voor de kosten van beginnen met werk. Het is een lening: het gaat later van je Universal Credit af.
}
result-fm-help-fsf-travel = { $person ->
    [other] Vraag de werkcoach naar het Flexible Support Fund: dat kan kosten van beginnen met werk betalen, zoals reizen naar het werk vóór de eerste betaaldag. Het hoeft niet terugbetaald te worden.
   *[self] Vraag je werkcoach naar het Flexible Support Fund: dat kan kosten van beginnen met werk betalen, zoals reizen naar je werk vóór je eerste betaaldag. Je hoeft het niet terug te betalen.
}
result-fm-help-fsf = { $person ->
    [other] Vraag de werkcoach naar het Flexible Support Fund: dat kan kosten van beginnen met werk betalen, zoals reizen of werkkleding vóór de eerste betaaldag. Het hoeft niet terugbetaald te worden.
   *[self] Vraag je werkcoach naar het Flexible Support Fund: dat kan kosten van beginnen met werk betalen, zoals reizen of werkkleding vóór je eerste betaaldag. Je hoeft het niet terug te betalen.
}
result-fm-help-keep-claim = { $person ->
    [other] Universal Credit kan een maand stoppen door het loon. Geef het niet op. Als het loon binnen 5 maanden weer lager wordt, begint het weer. Daarna kan { $name } het binnen 6 maanden opnieuw aanvragen en dezelfde data houden.
   *[self] Universal Credit kan een maand stoppen door je loon. Geef het niet op. Als je loon binnen 5 maanden weer lager wordt, begint het weer. Daarna kun je het binnen 6 maanden opnieuw aanvragen en dezelfde data houden.
}
result-fm-help-right-to-try = { $person ->
    [other] Als { $name } werk probeert, leidt dat niet vanzelf tot een nieuwe keuring van de gezondheid voor het bedrag voor gezondheid in Universal Credit (de "Right to Try" van de regering). Universal Credit gaat wel omlaag als { $name } verdient, zoals hier te zien is.
   *[self] Werk proberen leidt niet vanzelf tot een nieuwe keuring van je gezondheid voor het bedrag voor gezondheid in Universal Credit (de "Right to Try" van de regering). Je Universal Credit gaat wel omlaag als je verdient, zoals je hier ziet.
}

result-chart-now = Nu: { $amount } per week
result-chart-cliff = Tussen { $from } en { $to } uur per week { $what }: { $amount } per week minder.
result-chart-cliff-note = { $what } net hiervoor.
result-chart-offer = { $hours }: { $amount } per week
result-chart-title = Over om van te leven per week bij 0 tot { $hours } uur werk voor { $wage } per uur
result-mark = { $what ->
    [esa-16] ESA stopt bij 16 uur
    [esa] ESA stopt
    [jsa] JSA stopt
    [carer-support] Carer Support Payment stopt
    [carers-allowance] Carer's Allowance stopt
    [scp] Scottish Child Payment stopt
    [pension] Pensioenpremie begint
    [marriage] Marriage Allowance stopt
    [child-benefit] Child Benefit terugbetaald
    [hb-means-tested] Housing Benefit daalt
    [pension-credit] Pension Credit stopt
    [hb-ends] Housing Benefit stopt
    [winter-fuel] Wintergeld terugbetaald
    [pound-for-pound] Pensioenpremie kost meer
    [free-school-meals] Gratis schoolmaaltijden stoppen
    [healthy-start] Healthy Start stopt
    [best-start-foods] Best Start Foods stopt
    [prescriptions] Gratis recepten stoppen
    [sure-start] Zwangerschapsgeld stopt
    [best-start-grant] Best Start Grant stopt
   *[other] Een uitkering stopt
}
result-chart-help-lost = Tussen { $from } en { $to } uur per week: { $what } (ongeveer { $amount } per jaar waard, geen geld).
result-chart-summary-now = Nu: { $amount } per week.
result-chart-summary-offer = Met deze baan, { $hours }: { $amount } per week, { $compared }.
result-chart-same = hetzelfde als nu
result-chart-worse = { $amount } slechter af dan nu
result-chart-better = { $amount } beter af dan nu
result-chart-point = { $hours } per week: { $amount } per week, { $compared }
result-chart-point-offer = Deze baan, { $hours } per week: { $amount } per week, { $compared }

result-heat-hours = { $hours } u
result-heat-cell-same = { $hours } voor { $wage }: ongeveer hetzelfde als nu
result-heat-cell-worse = { $hours } voor { $wage }: { $amount } per week slechter af
result-heat-cell-better = { $hours } voor { $wage }: { $amount } per week beter af
result-heat-band-worse = Slechter af
result-heat-band-same = Ongeveer hetzelfde als nu
result-heat-band-up-to = Tot { $amount } beter af
result-heat-band-between = { $from } tot { $to } beter af
result-heat-band-top = { $amount } of meer beter af

result-fm-assumed-start = We gaan ervan uit dat de baan begint op { $date }.
result-fm-assumed-payday = We gaan ervan uit dat de eerste betaaldag { $date } is.
result-fm-assumed-period = { $person ->
    [other] We gaan ervan uit dat een periode van de aanvraag begint op { $date }.
   *[self] We gaan ervan uit dat een periode van je aanvraag begint op { $date }.
}
result-error-real-date = Vul een echte datum in, zoals 2026-03-02
result-error-old-pay-number = Vul het nettoloon in als getal, zoals 250
result-error-old-pay-when = Vul de datum van de laatste betaling in

result-headline-worse = { $person ->
   *[self] Je zou { $amount } per week slechter af zijn als je { $hours } uur werkt.
    [other] Met { $hours } uur werk zou { $name } { $amount } per week slechter af zijn.
}
result-headline-same = { $person ->
   *[self] Je zou ongeveer evenveel geld hebben als je { $hours } uur werkt.
    [other] Met { $hours } uur werk zou { $name } ongeveer evenveel geld hebben.
}
result-headline-better = { $person ->
   *[self] Je zou { $amount } per week beter af zijn als je { $hours } uur werkt.
    [other] Met { $hours } uur werk zou { $name } { $amount } per week beter af zijn.
}
result-headline-detail = Dat is { $amount } per maand, na { $costs }. { $margin }
result-headline-detail-no-costs = Dat is { $amount } per maand. { $margin }
result-cost-rent = huur
result-cost-council-tax = council tax
result-cost-childcare = kinderopvang
result-cost-travel = reizen naar het werk
result-list-and = { $first } en { $last }
result-measure = Beter af betekent: meer over om van te leven per week, na { $costs }.
result-measure-no-costs = Beter af betekent: meer geld dat per week binnenkomt.
result-measure-statement = { $person ->
    [other] „Nu” gebruikt de Universal Credit op het overzicht ({ $amount } per maand), niet ons eigen bedrag.
   *[self] „Nu” gebruikt de Universal Credit op je overzicht ({ $amount } per maand), niet ons eigen bedrag.
}
result-margin-keep = { $person ->
   *[self] Van elke £ 1 die je extra verdient, houd je ongeveer { $pence } pence over.
    [other] Van elke £ 1 die { $name } extra verdient, blijft ongeveer { $pence } pence over.
}
result-margin-careful = { $person ->
   *[self] Let op: als je iets meer werkt dan dit, ben je slechter af.
    [other] Let op: met iets meer werk dan dit is { $name } slechter af.
}
result-pence = { $pence } pence
result-statement-same = { $person ->
    [other] Op het overzicht staat { $amount } per maand Universal Credit, hetzelfde als wij hebben berekend.
   *[self] Op je overzicht staat { $amount } per maand Universal Credit, hetzelfde als wij hebben berekend.
}
result-statement-different = { $person ->
    [other] Op het overzicht staat { $amount } per maand Universal Credit. Wij hebben { $calculated } berekend. We gebruiken het overzicht voor „nu”. Het verschil kan komen door een inhouding, een oude verandering in de situatie, of een antwoord hier dat niet klopt met wat het Jobcentre weet.
   *[self] Op je overzicht staat { $amount } per maand Universal Credit. Wij hebben { $calculated } berekend. We gebruiken je overzicht voor „nu”. Het verschil kan komen door een inhouding, een oude verandering in je situatie, of een antwoord hier dat niet klopt met wat het Jobcentre weet.
}
result-now = Nu
result-column-job = { $job } ({ $hours } uur)
result-in-this-job = Met deze baan
result-rates = Bedragen voor 6 april { $from } tot 5 april { $to }.

result-row-pay = Loon vóór belasting
result-row-income-tax = Inkomstenbelasting
result-row-ni = National Insurance (sociale premies)
result-row-pension = Pensioen via werk
result-row-uc = Universal Credit
result-row-child-benefit = Child Benefit (kinderbijslag)
result-row-child-benefit-charge = High Income Child Benefit Charge
result-row-carer-supplement = Carer supplement (Schotse extra voor mantelzorgers)
result-row-scp = Scottish Child Payment
result-row-money-in = Geld dat binnenkomt
result-row-rent = Huur en servicekosten
result-row-council-tax = Council tax (gemeentebelasting)
result-row-childcare = Kinderopvang
result-row-travel = Reizen naar het werk
result-row-left = Over om van te leven
result-row-uc-deductions = Van Universal Credit af voor schulden of een voorschot
result-row-esa = New Style ESA (uitkering bij ziekte of handicap)
result-row-jsa = New Style JSA (werkloosheidsuitkering)
result-row-state-pension = State Pension (AOW)
result-row-pension-credit = Pension Credit (aanvulling op het pensioen)
result-row-housing-benefit = Housing Benefit (huurtoeslag)
result-row-winter-charge = Wintergeld terugbetaald via de belasting
result-row-council-tax-reduction = Council Tax Reduction (korting op de council tax)

result-help-title = Hulp die geen geld is
result-help-intro = { $person ->
    [other] Deze hulp is geen geld dat binnenkomt, dus het zit niet in de totalen hierboven. Het staat hier per week. Het kan stoppen als { $name } meer verdient.
   *[self] Deze hulp is geen geld dat binnenkomt, dus het zit niet in de totalen hierboven. Het staat hier per week. Het kan stoppen als je meer verdient.
}
result-help-name = { $kind ->
    [free-school-meals] Gratis schoolmaaltijden
    [healthy-start] Healthy Start
    [best-start-foods] Best Start Foods
    [prescriptions] Gratis NHS-recepten
    [sure-start] Sure Start Maternity Grant
   *[best-start-grant] Best Start Grant
}
result-help-worth = { $name }: nu { $amount } per jaar waard.
result-help-worth-estimate = { $name }: nu ongeveer { $amount } per jaar waard (een schatting).
result-help-stops-above = Deze hulp stopt boven { $limit } per jaar netto loon.
result-help-stops-part-above = Een deel van deze hulp stopt boven { $limit } per jaar netto loon; de rest stopt als Universal Credit stopt.
result-help-stops-with-benefit = Deze hulp stopt als Universal Credit of Pension Credit stopt.
result-row-with-help = Over om van te leven, met hulp die geen geld is
result-scroll-hint = Schuif de tabel opzij om elke kolom te zien.

result-not-covered-self-employment = Werken als zelfstandige, en het minimuminkomen (minimum income floor) dat daarbij hoort.
result-not-covered-council-tax-england = In Engeland heeft elke gemeente eigen regels voor de korting op council tax. Met werk gebruiken we het bedrag van de gemeente als dat is ingevuld, of we schatten het met de gewone regels.
result-not-covered-students = Inkomen van studenten, alimentatie, en andere uitkeringen dan de genoemde.
result-not-covered-mid-year = Veranderingen midden in het belastingjaar.

result-assumed-title = Wat we hebben aangenomen
result-what-if-title = Verander de uren of het loon
result-show-job = Toon de baan
result-table-title = { $person ->
    [other] Het geld van het huishouden, per week
   *[self] Je geld, per week
}
result-table-label = { $person ->
    [other] Het geld van het huishouden, per week, tabel
   *[self] Je geld, per week, tabel
}
result-table-week = Per week
result-table-hint = Bedragen worden per maand berekend, zoals Universal Credit, en per week getoond (× 12 ÷ 52).
result-table-hint-pension = Bedragen worden per maand berekend en per week getoond (× 12 ÷ 52).
result-explain-title = Zo hebben we het berekend
result-explain-job = { $job }: { $hours } uur
result-not-covered-title = Wat deze rekenhulp niet meeneemt
result-worked-out-on = Berekend op { $date }.
result-estimate = { $person ->
    [other] Dit is een schatting, geen advies. Overleg met een werkcoach of een adviseur over uitkeringen voor een beslissing.
   *[self] Dit is een schatting, geen advies. Overleg met je werkcoach of een adviseur over uitkeringen voordat je beslist.
}
result-print = Afdrukken of opslaan als pdf
result-statement-hint = Heb je een overzicht van Universal Credit? Vul het bedrag in bij „Council tax en spaargeld” om te vergelijken.
result-things-to-know = Goed om te weten
result-when = { $when }:
result-what-if-hours = Uren per week: { $hours }
result-what-if-hours-value = { $hours } uur per week
result-what-if-wage = Loon per uur: { $wage }
result-what-if-wage-value = { $wage } per uur
result-what-if-hint = { $person ->
    [other] Probeer hier andere uren of ander loon voor { $name }. De baan blijft zoals je hem invulde tot je “Deze uren gebruiken” kiest.
   *[self] Probeer hier andere uren of ander loon. De baan blijft zoals je hem invulde tot je “Deze uren gebruiken” kiest.
}
result-what-if-use = Deze uren gebruiken
result-what-if-put-back = Terug naar de baan zoals ingevuld
# Above the answer for the hours and pay tried on the sliders.
result-what-if-trying = { $person ->
    [other] Als { $name } deze uren en dit loon zou proberen:
   *[self] Met de uren en het loon die je probeert:
}

result-chart-label = { $title }. { $summary } Gebruik de pijltjestoetsen links en rechts om elk punt te lezen.
result-chart-table-show = Toon de grafiek als tabel
result-chart-table-label = Inkomen per aantal uren, tabel
result-chart-col-hours = Uren per week
result-chart-col-pay = Loon
result-chart-col-better = Beter af dan nu

result-heat-title = Waar werk het meest oplevert
result-heat-best = Elk vakje laat zien wat andere uren en ander loon zouden doen, om te vergelijken: het zijn geen banen die aangeboden worden. Het meeste in dit overzicht: { $best }.
result-heat-this-job-is = { $person ->
    [other] Deze baan: { $job }.
   *[self] Jouw baan: { $job }.
}
result-heat-caption = Beter af per week, per aantal uren (naar rechts) en loon per uur (naar beneden)
result-heat-this-job-mark = (deze baan)
result-heat-best-mark = (beste)
result-heat-this-job = Deze baan

result-fm-title = { $person ->
    [other] De eerste maanden met werk
   *[self] Je eerste maanden met werk
}
result-fm-intro = Universal Credit wordt per maand berekend, en telt loon in de maand waarin het betaald wordt. Daarom kunnen de eerste maanden op en neer gaan. Bekijk elke maand, en de maand waarin het geld het krapst is.
result-fm-show = { $person ->
    [other] Toon de eerste maanden
   *[self] Toon mijn eerste maanden
}
result-fm-hide = Verberg de eerste maanden
result-fm-start-label = Wanneer begint de baan?
result-fm-start-hint = Laat leeg, dan nemen we de maandag na volgende week.
result-fm-payday-label = Wanneer is de eerste betaaldag?
result-fm-payday-hint = { $person ->
    [other] Vraag het aan de werkgever. Veel werkgevers betalen een week of een maand nadat { $name } begint.
   *[self] Vraag het aan de werkgever. Veel werkgevers betalen een week of een maand nadat je begint.
}
result-fm-period-label = { $person ->
    [other] Wanneer begint de periode (assessment period) van Universal Credit?
   *[self] Wanneer begint je periode (assessment period) van Universal Credit?
}
result-fm-period-hint = { $person ->
    [other] Elke begindatum van een periode is goed: die staat op het overzicht van Universal Credit.
   *[self] Elke begindatum van een periode is goed: die staat op je overzicht van Universal Credit.
}
result-fm-old-job = Komt er nog loon van een oude baan?
result-fm-old-pay-label = Nettoloon van de laatste betaling
result-fm-old-date-label = Datum van de laatste betaling
result-fm-check-dates = { $person ->
    [other] Kijk de gemarkeerde data hierboven na om de eerste maanden te zien.
   *[self] Kijk de gemarkeerde data hierboven na om je eerste maanden te zien.
}
result-fm-tightest = Het geld is het krapst in maand { $month } ({ $start } tot { $end }): er komt { $amount } binnen, { $less } minder dan nu.
result-fm-lowest = Geen maand heeft minder geld dan nu. De laagste is maand { $month } ({ $start } tot { $end }): er komt { $amount } binnen.
result-fm-helps = Wat helpt
result-fm-assumed-title = Wat we hebben aangenomen voor de eerste maanden
result-fm-same = Hetzelfde
result-fm-less = { $amount } minder
result-fm-more = { $amount } meer
result-fm-month = Maand { $month }: { $start } tot { $end }
result-fm-tightest-badge = Krapste maand
result-fm-paydays = Betaaldagen (netto)
result-fm-none = Geen
result-fm-payday = { $date }: { $amount }
result-fm-old-job-pay-label = Laatste loon van de oude baan
result-fm-uc-paid = { $amount }, betaald op { $date }
result-fm-money-in = Geld binnen
result-fm-compared = Vergeleken met nu

result-headline-worse--easy =
    { $person ->
       *[self] Je hebt minder geld met deze baan.
        [other] Met deze baan heeft { $name } minder geld.
    }
    { $person ->
       *[self] Je hebt elke week { $amount } minder.
        [other] Dat is elke week { $amount } minder.
    }
    { $person ->
       *[self] Dat is als je { $hours } uur per week werkt.
        [other] Dat is bij { $hours } uur werk per week.
    }
result-headline-same--easy =
    { $person ->
       *[self] Je hebt ongeveer evenveel geld met deze baan.
        [other] Met deze baan heeft { $name } ongeveer evenveel geld.
    }
    { $person ->
       *[self] Dat is als je { $hours } uur per week werkt.
        [other] Dat is bij { $hours } uur werk per week.
    }
result-headline-better--easy =
    { $person ->
       *[self] Je hebt meer geld met deze baan.
        [other] Met deze baan heeft { $name } meer geld.
    }
    { $person ->
       *[self] Je hebt elke week { $amount } meer.
        [other] Dat is elke week { $amount } meer.
    }
    { $person ->
       *[self] Dat is als je { $hours } uur per week werkt.
        [other] Dat is bij { $hours } uur werk per week.
    }
result-headline-detail--easy =
    Dat is { $amount } per maand.
    We hebben { $costs } er al af gehaald.
    { $margin }
result-headline-detail-no-costs--easy =
    Dat is { $amount } per maand.
    { $margin }
result-margin-keep--easy =
    { $person ->
       *[self] Van elke £ 1 die je extra verdient, houd je ongeveer { $pence } pence over.
        [other] Van elke £ 1 die { $name } extra verdient, blijft ongeveer { $pence } pence over.
    }
result-margin-careful--easy =
    Let op.
    { $person ->
       *[self] Als je iets meer werkt, kun je minder geld hebben.
        [other] Met iets meer werk kan { $name } minder geld hebben.
    }
result-fm-intro--easy =
    Universal Credit wordt elke maand berekend.
    { $person ->
       *[self] Loon telt in de maand waarin je het krijgt.
        [other] Loon telt in de maand waarin het betaald wordt.
    }
    { $person ->
       *[self] Daarom kan je geld in de eerste maanden op en neer gaan.
        [other] Daarom kan het geld in de eerste maanden op en neer gaan.
    }
result-fm-tightest--easy =
    Maand { $month } heeft het minste geld.
    Die loopt van { $start } tot { $end }.
    Er komt { $amount } binnen.
    Dat is { $less } minder dan nu.
result-fm-lowest--easy =
    Geen maand heeft minder geld dan nu.
    Maand { $month } heeft het minste geld.
    Die loopt van { $start } tot { $end }.
    Er komt { $amount } binnen.

result-easy-now = Geld nu, zonder de baan: { $amount } per week
result-easy-in-work = Geld met de baan: { $amount } per week
result-easy-more = Het verschil: elke week { $amount } meer
result-easy-less = Het verschil: elke week { $amount } minder
result-easy-same = Het verschil: ongeveer evenveel geld
result-easy-hours = Werk: { $hours } per week

result-statement-same--easy =
    { $person ->
        [other] Op het overzicht staat { $amount } per maand Universal Credit.
       *[self] Op je overzicht staat { $amount } per maand Universal Credit.
    }
    Wij hebben hetzelfde berekend.
result-statement-different--easy =
    { $person ->
        [other] Op het overzicht staat { $amount } per maand Universal Credit.
       *[self] Op je overzicht staat { $amount } per maand Universal Credit.
    }
    Wij hebben { $calculated } berekend.
    { $person ->
        [other] We gebruiken het overzicht voor „nu”.
       *[self] We gebruiken je overzicht voor „nu”.
    }
    Misschien weet het Jobcentre iets wat wij niet weten.
