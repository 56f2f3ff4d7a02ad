# The better-off answer: the headline, the table, the chart, the heat map, the first months
# and the explanation. The figures follow the rules of the United Kingdom in every language.

## Names of UK benefits, used inside other sentences.
result-name-carers-allowance = Carer's Allowance
# The Scottish version of Carer's Allowance.
result-name-carer-support = Carer Support Payment
result-name-pip = Personal Independence Payment
# The Scottish version of Personal Independence Payment.
result-name-adp = Adult Disability Payment
result-name-dla = Disability Living Allowance
result-name-winter-fuel = Winter Fuel Payment
result-name-winter-heating = Pension Age Winter Heating Payment
# The Scottish version of Disability Living Allowance (for children).
result-name-cdp = Child Disability Payment

## The explanation: "How we worked this out", one sentence a line.
## $who is "you" (one adult filling it in), "other" (one adult it is filled in for: $name,
## or $name_start to start a sentence, are the words for them, like "Sam" or "your son"),
## In a couple, the person is "you" or "other" too, and their partner is "partner" (the form
## filled in by the person: "Your partner") or "second" (filled in for someone: "Their
## partner").
## $amount and the other money values are already written as money, like "£881.23".
## Lines about the household that say "you" have $person, "self" or "other" (the form is
## filled in for someone, $name or $name_start). A line that already selects on something
## ($household, $on, $scheme, $kind) is given its key with "-other" added instead, like
## "single-other": every key has an "-other" variant.
result-explain-earns = { $who ->
    [you] You earn { $amount } a month before tax.
    [other] { $name_start } earns { $amount } a month before tax.
    [partner] Your partner earns { $amount } a month before tax.
   *[second] Their partner earns { $amount } a month before tax.
}
result-explain-no-tax = { $who ->
    [you] You pay no income tax: the income is within the personal allowance.
    [other] { $name_start } pays no income tax: the income is within the personal allowance.
    [partner] Your partner pays no income tax: the income is within the personal allowance.
   *[second] Their partner pays no income tax: the income is within the personal allowance.
}
result-explain-tax = { $who ->
    [you] You pay { $amount } a month income tax.
    [other] { $name_start } pays { $amount } a month income tax.
    [partner] Your partner pays { $amount } a month income tax.
   *[second] Their partner pays { $amount } a month income tax.
}
result-explain-tax-scottish = { $who ->
    [you] You pay { $amount } a month income tax at Scottish rates.
    [other] { $name_start } pays { $amount } a month income tax at Scottish rates.
    [partner] Your partner pays { $amount } a month income tax at Scottish rates.
   *[second] Their partner pays { $amount } a month income tax at Scottish rates.
}
result-explain-no-ni = { $who ->
    [you] You pay no National Insurance: pay is below the threshold.
    [other] { $name_start } pays no National Insurance: pay is below the threshold.
    [partner] Your partner pays no National Insurance: pay is below the threshold.
   *[second] Their partner pays no National Insurance: pay is below the threshold.
}
result-explain-ni = { $who ->
    [you] You pay { $amount } a month National Insurance.
    [other] { $name_start } pays { $amount } a month National Insurance.
    [partner] Your partner pays { $amount } a month National Insurance.
   *[second] Their partner pays { $amount } a month National Insurance.
}
result-explain-pension = { $who ->
    [you] You pay { $amount } a month into a workplace pension (the employer and tax relief add more).
    [other] { $name_start } pays { $amount } a month into a workplace pension (the employer and tax relief add more).
    [partner] Your partner pays { $amount } a month into a workplace pension (the employer and tax relief add more).
   *[second] Their partner pays { $amount } a month into a workplace pension (the employer and tax relief add more).
}
# $amount is a year's figure.
result-explain-marriage = { $who ->
    [you] Marriage Allowance: your partner's unused allowance takes { $amount } a year off your tax.
    [other] Marriage Allowance: their partner's unused allowance takes { $amount } a year off { $name }'s tax.
    [partner] Marriage Allowance: your unused allowance takes { $amount } a year off your partner's tax.
   *[second] Marriage Allowance: { $name }'s unused allowance takes { $amount } a year off their partner's tax.
}
# $benefit is Carer's Allowance or Carer Support Payment. $earnings and $limit are a week.
result-explain-carer-gets-working = { $who ->
    [you] You get { $benefit } of { $amount } a month (earnings after deductions are { $earnings } a week, within the { $limit } limit).
    [other] { $name_start } gets { $benefit } of { $amount } a month (earnings after deductions are { $earnings } a week, within the { $limit } limit).
    [partner] Your partner gets { $benefit } of { $amount } a month (earnings after deductions are { $earnings } a week, within the { $limit } limit).
   *[second] Their partner gets { $benefit } of { $amount } a month (earnings after deductions are { $earnings } a week, within the { $limit } limit).
}
result-explain-carer-gets = { $who ->
    [you] You get { $benefit } of { $amount } a month.
    [other] { $name_start } gets { $benefit } of { $amount } a month.
    [partner] Your partner gets { $benefit } of { $amount } a month.
   *[second] Their partner gets { $benefit } of { $amount } a month.
}
result-explain-carer-loses = { $who ->
    [you] You lose { $benefit }: earnings after deductions are { $earnings } a week, over the { $limit } limit. Even a penny over stops all of it.
    [other] { $name_start } loses { $benefit }: earnings after deductions are { $earnings } a week, over the { $limit } limit. Even a penny over stops all of it.
    [partner] Your partner loses { $benefit }: earnings after deductions are { $earnings } a week, over the { $limit } limit. Even a penny over stops all of it.
   *[second] Their partner loses { $benefit }: earnings after deductions are { $earnings } a week, over the { $limit } limit. Even a penny over stops all of it.
}
result-explain-carer-only-one = Only one { $benefit } is paid for caring for the same person.
# $benefit is Personal Independence Payment or Adult Disability Payment.
result-explain-pip = { $who ->
    [you] You get { $amount } a month { $benefit }: it carries on in work and does not reduce Universal Credit.
    [other] { $name_start } gets { $amount } a month { $benefit }: it carries on in work and does not reduce Universal Credit.
    [partner] Your partner gets { $amount } a month { $benefit }: it carries on in work and does not reduce Universal Credit.
   *[second] Their partner gets { $amount } a month { $benefit }: it carries on in work and does not reduce Universal Credit.
}
# $group is one of the result-esa-group messages.
result-explain-esa = { $who ->
    [you] You get New Style ESA of { $amount } a month, { $group }.
    [other] { $name_start } gets New Style ESA of { $amount } a month, { $group }.
    [partner] Your partner gets New Style ESA of { $amount } a month, { $group }.
   *[second] Their partner gets New Style ESA of { $amount } a month, { $group }.
}
result-esa-group-assessment = while the assessment goes on
result-esa-group-wrag = in the work-related activity group
result-esa-group-support = in the support group
# $earnings is pay after tax a week.
result-explain-esa-lower-limit = { $who ->
    [you] You keep New Style ESA of { $amount } a month: pay after tax is { $earnings } a week, within the £20 you can earn doing any hours.
    [other] { $name_start } keeps New Style ESA of { $amount } a month: pay after tax is { $earnings } a week, within the £20 that can be earned doing any hours.
    [partner] Your partner keeps New Style ESA of { $amount } a month: pay after tax is { $earnings } a week, within the £20 that can be earned doing any hours.
   *[second] Their partner keeps New Style ESA of { $amount } a month: pay after tax is { $earnings } a week, within the £20 that can be earned doing any hours.
}
# $limit is the permitted work limit a week (£203.50 in 2026-27).
result-explain-esa-permitted = { $who ->
    [you] You keep New Style ESA of { $amount } a month: this is permitted work, under 16 hours a week, and pay after tax of { $earnings } a week is within the { $limit } limit.
    [other] { $name_start } keeps New Style ESA of { $amount } a month: this is permitted work, under 16 hours a week, and pay after tax of { $earnings } a week is within the { $limit } limit.
    [partner] Your partner keeps New Style ESA of { $amount } a month: this is permitted work, under 16 hours a week, and pay after tax of { $earnings } a week is within the { $limit } limit.
   *[second] Their partner keeps New Style ESA of { $amount } a month: this is permitted work, under 16 hours a week, and pay after tax of { $earnings } a week is within the { $limit } limit.
}
result-explain-esa-supported = { $who ->
    [you] You keep New Style ESA of { $amount } a month: this is supported permitted work, so the hours do not matter, and pay after tax of { $earnings } a week is within the { $limit } limit.
    [other] { $name_start } keeps New Style ESA of { $amount } a month: this is supported permitted work, so the hours do not matter, and pay after tax of { $earnings } a week is within the { $limit } limit.
    [partner] Your partner keeps New Style ESA of { $amount } a month: this is supported permitted work, so the hours do not matter, and pay after tax of { $earnings } a week is within the { $limit } limit.
   *[second] Their partner keeps New Style ESA of { $amount } a month: this is supported permitted work, so the hours do not matter, and pay after tax of { $earnings } a week is within the { $limit } limit.
}
result-explain-esa-stops-hours = { $who ->
    [you] You lose New Style ESA: work of 16 hours a week or more is not permitted work (unless it is supported work arranged for disabled people).
    [other] { $name_start } loses New Style ESA: work of 16 hours a week or more is not permitted work (unless it is supported work arranged for disabled people).
    [partner] Your partner loses New Style ESA: work of 16 hours a week or more is not permitted work (unless it is supported work arranged for disabled people).
   *[second] Their partner loses New Style ESA: work of 16 hours a week or more is not permitted work (unless it is supported work arranged for disabled people).
}
result-explain-esa-stops-earnings = { $who ->
    [you] You lose New Style ESA: pay after tax of { $earnings } a week is over the { $limit } permitted work limit. Even a penny over stops all of it.
    [other] { $name_start } loses New Style ESA: pay after tax of { $earnings } a week is over the { $limit } permitted work limit. Even a penny over stops all of it.
    [partner] Your partner loses New Style ESA: pay after tax of { $earnings } a week is over the { $limit } permitted work limit. Even a penny over stops all of it.
   *[second] Their partner loses New Style ESA: pay after tax of { $earnings } a week is over the { $limit } permitted work limit. Even a penny over stops all of it.
}
result-explain-jsa = { $who ->
    [you] You get New Style JSA of { $amount } a month. It lasts up to 6 months.
    [other] { $name_start } gets New Style JSA of { $amount } a month. It lasts up to 6 months.
    [partner] Your partner gets New Style JSA of { $amount } a month. It lasts up to 6 months.
   *[second] Their partner gets New Style JSA of { $amount } a month. It lasts up to 6 months.
}
result-explain-jsa-disregard = { $who ->
    [you] You keep all your New Style JSA of { $amount } a month: pay after tax of { $earnings } a week is within the £5 that is not counted.
    [other] { $name_start } keeps all their New Style JSA of { $amount } a month: pay after tax of { $earnings } a week is within the £5 that is not counted.
    [partner] Your partner keeps all their New Style JSA of { $amount } a month: pay after tax of { $earnings } a week is within the £5 that is not counted.
   *[second] Their partner keeps all their New Style JSA of { $amount } a month: pay after tax of { $earnings } a week is within the £5 that is not counted.
}
result-explain-jsa-reduced = { $who ->
    [you] Your New Style JSA goes down to { $amount } a month: pay after tax of { $earnings } a week, less £5, comes off it.
    [other] { $name_start }'s New Style JSA goes down to { $amount } a month: pay after tax of { $earnings } a week, less £5, comes off it.
    [partner] Your partner's New Style JSA goes down to { $amount } a month: pay after tax of { $earnings } a week, less £5, comes off it.
   *[second] Their partner's New Style JSA goes down to { $amount } a month: pay after tax of { $earnings } a week, less £5, comes off it.
}
result-explain-jsa-earnings = { $who ->
    [you] You lose New Style JSA: pay after tax of { $earnings } a week, less £5, is more than all of it.
    [other] { $name_start } loses New Style JSA: pay after tax of { $earnings } a week, less £5, is more than all of it.
    [partner] Your partner loses New Style JSA: pay after tax of { $earnings } a week, less £5, is more than all of it.
   *[second] Their partner loses New Style JSA: pay after tax of { $earnings } a week, less £5, is more than all of it.
}
result-explain-jsa-hours = { $who ->
    [you] You lose New Style JSA: you cannot get it while working 16 hours a week or more.
    [other] { $name_start } loses New Style JSA: they cannot get it while working 16 hours a week or more.
    [partner] Your partner loses New Style JSA: they cannot get it while working 16 hours a week or more.
   *[second] Their partner loses New Style JSA: they cannot get it while working 16 hours a week or more.
}
result-explain-state-pension = { $who ->
    [you] You get a State Pension of { $amount } a month. It is taxable income.
    [other] { $name_start } gets a State Pension of { $amount } a month. It is taxable income.
    [partner] Your partner gets a State Pension of { $amount } a month. It is taxable income.
   *[second] Their partner gets a State Pension of { $amount } a month. It is taxable income.
}
result-explain-carer-overlapped = { $who ->
    [you] You are entitled to { $benefit }, but it is not paid because you get another benefit of the same or more. The entitlement still counts for the carer amounts in other benefits.
    [other] { $name_start } is entitled to { $benefit }, but it is not paid because they get another benefit of the same or more. The entitlement still counts for the carer amounts in other benefits.
    [partner] Your partner is entitled to { $benefit }, but it is not paid because they get another benefit of the same or more. The entitlement still counts for the carer amounts in other benefits.
   *[second] Their partner is entitled to { $benefit }, but it is not paid because they get another benefit of the same or more. The entitlement still counts for the carer amounts in other benefits.
}
# $source is "carer", "esa", "jsa" or "state-pension"; $benefit names the carer's benefit.
result-explain-unearned-source = { $source ->
    [esa] New Style ESA of { $amount } a month is taken off Universal Credit pound for pound.
    [jsa] New Style JSA of { $amount } a month is taken off Universal Credit pound for pound.
    [state-pension] The State Pension of { $amount } a month is taken off Universal Credit pound for pound.
   *[carer] { $benefit } of { $amount } a month is taken off Universal Credit pound for pound (the carer element stays).
}
# $household is "single" or "couple".
result-explain-pension-age = { $household ->
    [couple] You are both over State Pension age, so you claim Pension Credit and Housing Benefit, not Universal Credit.
    [couple-other] Both adults are over State Pension age, so they claim Pension Credit and Housing Benefit, not Universal Credit.
    [single-other] { $name_start } is over State Pension age, so they claim Pension Credit and Housing Benefit, not Universal Credit.
   *[single] You are over State Pension age, so you claim Pension Credit and Housing Benefit, not Universal Credit.
}
result-explain-pc-guarantee = { $person ->
    [other] Pension Credit tops income up to { $amount } a week (the minimum guarantee).
   *[self] Pension Credit tops income up to { $amount } a week (the minimum guarantee for you).
}
result-explain-pc-disregard = The first { $amount } a week of pay after tax is not counted.
# $income is the income Pension Credit counts a week; $weekly the award a week.
result-explain-pc = Pension Credit counts income of { $income } a week and pays the rest: { $weekly } a week ({ $amount } a month).
result-explain-pc-nothing = No Pension Credit: income of { $income } a week is more than the { $guarantee } minimum guarantee.
# $rent is the actual rent a week, $lha the Local Housing Allowance a week.
result-explain-hb-lha = Rent of { $rent } a week is more than the Local Housing Allowance of { $lha } a week, so Housing Benefit is worked out on { $lha }.
# $on is "universal-credit" or "pension-credit".
result-explain-hb-passported = { $on ->
    [pension-credit] Housing Benefit pays all the rent of { $rent } a week ({ $amount } a month): while you get Pension Credit, your income is not counted.
    [pension-credit-other] Housing Benefit pays all the rent of { $rent } a week ({ $amount } a month): while Pension Credit is paid, income is not counted.
    [universal-credit-other] Housing Benefit pays all the rent of { $rent } a week ({ $amount } a month): while Universal Credit is paid, income is not counted.
   *[universal-credit] Housing Benefit pays all the rent of { $rent } a week ({ $amount } a month): while you get Universal Credit, your income is not counted.
}
result-explain-hb-savings = No Housing Benefit: savings are over £16,000.
result-explain-hb-disregard = For Housing Benefit, { $amount } a week of pay is not counted.
# $needs is the applicable amount: what the law says you need to live on, a week.
result-explain-hb-full = { $person ->
    [other] Housing Benefit pays all the rent of { $rent } a week: income of { $income } a week is within the { $needs } a week the law says is needed to live on.
   *[self] Housing Benefit pays all the rent of { $rent } a week: income of { $income } a week is within the { $needs } a week the law says you need to live on.
}
result-explain-hb-taper = { $person ->
    [other] Housing Benefit: income of { $income } a week is more than the { $needs } a week the law says is needed to live on, so 65p of each £1 over it comes off the rent of { $rent } a week. That leaves { $weekly } a week.
   *[self] Housing Benefit: income of { $income } a week is more than the { $needs } a week the law says you need to live on, so 65p of each £1 over it comes off the rent of { $rent } a week. That leaves { $weekly } a week.
}
result-explain-hb-none = { $person ->
    [other] No Housing Benefit: income of { $income } a week is so far over the { $needs } a week the law says is needed that 65p of each £1 over it takes all the rent of { $rent } a week.
   *[self] No Housing Benefit: income of { $income } a week is so far over the { $needs } a week the law says you need that 65p of each £1 over it takes all the rent of { $rent } a week.
}
result-explain-hb-october-2026 = { $person ->
    [other] From 5 October 2026 more of the pay is not counted in supported or temporary housing: Housing Benefit is { $before } a week before then and { $after } a week after. Over the year that is { $average } a week on average.
   *[self] From 5 October 2026 more of your pay is not counted in supported or temporary housing: Housing Benefit is { $before } a week before then and { $after } a week after. Over the year that is { $average } a week on average.
}
result-explain-hb = Housing Benefit: { $amount } a month.
result-explain-ctr-entered = { $person ->
    [other] Council tax: { $bill } a year. The Council Tax Reduction entered on the form takes { $amount } a year off it.
   *[self] Council tax: { $bill } a year. The Council Tax Reduction you entered takes { $amount } a year off it.
}
result-explain-ctr-passported = { $person ->
    [other] Council Tax Reduction pays all the council tax of { $bill } a year: while Pension Credit is paid, income is not counted.
   *[self] Council Tax Reduction pays all the council tax of { $bill } a year: while you get Pension Credit, your income is not counted.
}
result-explain-ctr-savings = No Council Tax Reduction: savings are over £16,000.
# $scheme is "pension", "scotland", "wales-uc", "wales" or "estimate"; $needs is what the scheme says you need to live on, a week.
result-explain-ctr = { $scheme ->
    [pension] Council Tax Reduction (the pension-age scheme): income of { $income } a week against { $needs } a week you need to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [pension-other] Council Tax Reduction (the pension-age scheme): income of { $income } a week against { $needs } a week needed to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [scotland] Council Tax Reduction (Scotland's scheme): income of { $income } a week against { $needs } a week you need to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [scotland-other] Council Tax Reduction (Scotland's scheme): income of { $income } a week against { $needs } a week needed to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [wales-uc] Council Tax Reduction (Wales's scheme, with Universal Credit): income and Universal Credit of { $income } a week against your Universal Credit maximum of { $needs } a week. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [wales-uc-other] Council Tax Reduction (Wales's scheme, with Universal Credit): income and Universal Credit of { $income } a week against the Universal Credit maximum of { $needs } a week. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [wales] Council Tax Reduction (Wales's scheme): income of { $income } a week against { $needs } a week you need to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [wales-other] Council Tax Reduction (Wales's scheme): income of { $income } a week against { $needs } a week needed to live on. The reduction is the whole { $bill } bill, less 20p for each £1 of income over that. Reduction: { $amount } a year.
    [estimate-other] Council Tax Reduction in work, estimated with the standard rules: about { $amount } a year off the { $bill } bill.
   *[estimate] Council Tax Reduction in work, estimated with the standard rules: about { $amount } a year off the { $bill } bill.
}
# $benefit is the Winter Fuel Payment or, in Scotland, the Pension Age Winter Heating Payment.
result-explain-winter-fuel = { $benefit }: { $amount } a year, paid in the winter ({ $monthly } a month here).
result-explain-winter-fuel-charge = Income is over £35,000, so the { $benefit } of { $amount } is taken back through tax.
result-explain-standard = { $household ->
    [single-25] Universal Credit starts from the standard allowance for a single person aged 25 or over: { $amount }.
    [single-25-other] Universal Credit starts from the standard allowance for a single person aged 25 or over: { $amount }.
    [single-under-25] Universal Credit starts from the standard allowance for a single person under 25: { $amount }.
    [single-under-25-other] Universal Credit starts from the standard allowance for a single person under 25: { $amount }.
    [couple-25] Universal Credit starts from the standard allowance for a couple (one of you is 25 or over): { $amount }.
    [couple-25-other] Universal Credit starts from the standard allowance for a couple (one of them is 25 or over): { $amount }.
    [couple-under-25-other] Universal Credit starts from the standard allowance for a couple under 25: { $amount }.
   *[couple-under-25] Universal Credit starts from the standard allowance for a couple under 25: { $amount }.
}
result-explain-child-element = Child element for { $count } { $count ->
    [one] child
   *[other] children
}: { $amount }.
# $limited children get nothing because of the two-child limit.
result-explain-child-element-limited = Child element for { $count } { $count ->
    [one] child
   *[other] children
}: { $amount } ({ $limited } more { $limited ->
    [one] child gets
   *[other] children get
} no child element because of the two-child limit, which ends on 6 April 2026).
result-explain-disabled-child = Disabled child addition: { $amount }.
result-explain-disabled-child-higher = Disabled child addition at the higher rate: { $amount }.
result-explain-lcwra = Health element (limited capability for work-related activity): { $amount }.
result-explain-carer-element = Carer element: { $amount }. It is not affected by earnings.
result-explain-carer-element-each = { $person ->
    [other] Carer element for each of them: { $amount }. It is not affected by earnings.
   *[self] Carer element for each of you: { $amount }. It is not affected by earnings.
}
result-explain-housing-owner = No housing costs element: Universal Credit does not help owners with a mortgage here.
result-explain-housing-none = { $person ->
    [other] No housing costs element: no rent is paid.
   *[self] No housing costs element: you pay no rent.
}
result-explain-housing-family = { $person ->
    [other] No housing costs element: Universal Credit does not pay towards rent paid to a parent or other close relative { $name } lives with.
   *[self] No housing costs element: Universal Credit does not pay towards rent paid to a parent or other close relative you live with.
}
result-explain-housing-supported = No housing costs element: Housing Benefit pays the rent for supported or temporary housing.
# $count is the number of spare bedrooms; $amount is what Universal Credit pays towards rent.
result-explain-housing-social-spare = Housing costs: { $person ->
    [other] the rent
   *[self] your rent
} of { $rent } a month less { $deduction } for { $count } spare { $count ->
    [one] bedroom
   *[other] bedrooms
} (the under-occupation deduction): { $amount }.
result-explain-housing-social = { $person ->
    [other] Housing costs: the rent of { $rent } a month is met in full.
   *[self] Housing costs: your rent of { $rent } a month is met in full.
}
# $area is the name of a rental area, like "Inner East London". $rate is one of the
# result-lha-rate messages. $lha is the Local Housing Allowance a month.
result-explain-housing-private-over = { $person ->
    [other] Housing costs: the rent is { $rent } a month, but the Local Housing Allowance in { $area } at { $rate } is { $lha }, so Universal Credit counts { $amount }.
   *[self] Housing costs: your rent is { $rent } a month, but the Local Housing Allowance in { $area } at { $rate } is { $lha }, so Universal Credit counts { $amount }.
}
result-explain-housing-private = { $person ->
    [other] Housing costs: the rent of { $rent } a month is within the Local Housing Allowance in { $area } ({ $rate } of { $lha }), so it is met in full.
   *[self] Housing costs: your rent of { $rent } a month is within the Local Housing Allowance in { $area } ({ $rate } of { $lha }), so it is met in full.
}
result-lha-rate-shared = the shared accommodation rate
result-lha-rate-1 = the one-bedroom rate
result-lha-rate-2 = the two-bedroom rate
result-lha-rate-3 = the three-bedroom rate
result-lha-rate-4 = the four-bedroom rate
# $costs is what the person pays for childcare; $cap the most Universal Credit pays.
# $children is "one" (one child) or "more".
result-explain-childcare = Childcare: 85% of the { $costs } { $person ->
    [other] paid
   *[self] you pay
} = { $amount } (the most for { $children ->
    [one] one child
   *[more] two or more children
} is { $cap }).
result-explain-childcare-too-old = Childcare: no help, as no child is young enough for the childcare element.
result-explain-childcare-couple = Childcare: no help, because in a couple both must work (unless one has limited capability for work or is a carer).
result-explain-maximum = Maximum Universal Credit: { $amount }.
# $earned is earnings a month; $allowance the work allowance; $rest the earnings above it;
# $amount what is taken off Universal Credit.
result-explain-taper-allowance = { $person ->
    [other] Earnings after tax, National Insurance and pension: { $earned } a month. The first { $allowance } is ignored (the work allowance); Universal Credit goes down by 55p for each £1 of the other { $rest }: { $amount }.
   *[self] Earnings after tax, National Insurance and pension: { $earned } a month. The first { $allowance } is ignored (your work allowance); Universal Credit goes down by 55p for each £1 of the other { $rest }: { $amount }.
}
result-explain-taper-lower-allowance = { $person ->
    [other] Earnings after tax, National Insurance and pension: { $earned } a month. The first { $allowance } is ignored (the work allowance, lower because UC helps with rent); Universal Credit goes down by 55p for each £1 of the other { $rest }: { $amount }.
   *[self] Earnings after tax, National Insurance and pension: { $earned } a month. The first { $allowance } is ignored (your work allowance, lower because UC helps with rent); Universal Credit goes down by 55p for each £1 of the other { $rest }: { $amount }.
}
result-explain-taper-no-allowance = { $person ->
    [other] Earnings after tax, National Insurance and pension: { $earned } a month. There is no work allowance, so Universal Credit goes down by 55p for each £1: { $amount }.
   *[self] Earnings after tax, National Insurance and pension: { $earned } a month. You have no work allowance, so Universal Credit goes down by 55p for each £1: { $amount }.
}
result-explain-savings-over = Savings of { $amount } are over the £16,000 limit, so there is no Universal Credit.
# $income is how much the savings count as, a month.
result-explain-savings-tariff = Savings of { $amount } count as { $income } a month of income (£4.35 for each £250 over £6,000).
# $earnings is what a person must earn a month after tax for the cap to stop.
result-explain-cap = The benefit cap limits Universal Credit and other benefits together to { $cap } a month, so Universal Credit is cut by { $amount }. Earning { $earnings } a month or more after tax, National Insurance and pension contributions lifts the cap.
result-explain-cap-lifted = The benefit cap does not apply: earnings after tax, National Insurance and pension contributions are at least { $earnings } a month.
result-explain-uc = Universal Credit: { $amount } a month.
result-explain-uc-nothing = Universal Credit: nothing this month; income is above the maximum.
result-explain-uc-deductions = { $amount } a month is taken off it for debts or an advance, so { $paid } is paid.
# $kind names the help; $amount is its value a year (most are estimates).
result-explain-help = { $kind ->
    [free-school-meals] Free school meals: worth about { $amount } a year. This is help in kind, not money.
    [free-school-meals-other] Free school meals: worth about { $amount } a year. This is help in kind, not money.
    [healthy-start] Healthy Start: { $amount } a year on a card for milk, fruit and vegetables.
    [healthy-start-other] Healthy Start: { $amount } a year on a card for milk, fruit and vegetables.
    [best-start-foods] Best Start Foods: at least { $amount } a year on a card for healthy food.
    [best-start-foods-other] Best Start Foods: at least { $amount } a year on a card for healthy food.
    [prescriptions] Free NHS prescriptions, dental treatment and sight tests: prescriptions alone are worth up to { $amount } a year if you need them.
    [prescriptions-other] Free NHS prescriptions, dental treatment and sight tests: prescriptions alone are worth up to { $amount } a year if they are needed.
    [sure-start] Sure Start Maternity Grant: { $amount } once, for your first baby.
    [sure-start-other] Sure Start Maternity Grant: { $amount } once, for the first baby.
    [best-start-grant-other] Best Start Grant: at least { $amount } once, for the new baby.
   *[best-start-grant] Best Start Grant: at least { $amount } once, for the new baby.
}
result-explain-relative-loses = { $person ->
    [other] The family { $name } lives with gets { $amount } a month less help with their rent because { $name } lives with them.
   *[self] The family you live with gets { $amount } a month less help with their rent because you live with them.
}
result-explain-child-benefit = Child Benefit: { $amount } a month. It does not reduce Universal Credit.
result-explain-child-benefit-charge = High Income Child Benefit Charge: { $amount } a month is paid back through tax.
result-explain-scp = { $person ->
    [other] Scottish Child Payment: { $amount } a month, paid while the household gets Universal Credit.
   *[self] Scottish Child Payment: { $amount } a month, paid while you get Universal Credit.
}
result-explain-scp-none = No Scottish Child Payment: it needs a Universal Credit award.
result-explain-dla = Disability Living Allowance for children: { $amount } a month.
result-explain-net = Net income: { $amount } a month ({ $weekly } a week).
# $after says which costs are taken off: "rent", "rent-council" (and council tax),
# "rent-costs" (and childcare and travel) or "all".
result-explain-left = { $after ->
    [rent] After rent: { $amount } a month left to live on.
    [rent-council] After rent, council tax: { $amount } a month left to live on.
    [rent-costs] After rent, childcare and travel: { $amount } a month left to live on.
   *[all] After rent, council tax, childcare and travel: { $amount } a month left to live on.
}

## "Things to know": warnings under the headline.
## Those that say "you" have $person, "self" or "other" (the form is filled in for someone),
## and $name, the words for them inside a sentence ("Sam", "your son").
# $earnings is what must be earned a month after tax for the cap to stop.
result-warn-cap = The benefit cap cuts Universal Credit by { $amount } a month. Earning { $earnings } a month or more after tax, National Insurance and pension contributions removes the cap.
# $hours is the hours a week at this job's pay that would lift the cap.
result-warn-cap-hours = The benefit cap cuts Universal Credit by { $amount } a month in this job. At this pay, { $hours } hours a week would earn the { $earnings } a month after tax, National Insurance and pension contributions that lifts the cap.
result-warn-cap-pension = { $person ->
    [other] The benefit cap cuts Universal Credit by { $amount } a month in this job, because the workplace pension takes pay below the { $earnings } a month that lifts the cap. Opting out of the pension would lift the cap at these hours and leave { $gain } a month more; staying in keeps { $name } saving for a pension.
   *[self] The benefit cap cuts Universal Credit by { $amount } a month in this job, because the workplace pension takes pay below the { $earnings } a month that lifts the cap. Opting out of the pension would lift the cap at these hours and leave { $gain } a month more; staying in keeps your pension savings.
}
result-warn-cap-grace = { $person ->
    [other] There is a benefit cap grace period for { $name }: the cap does not apply for 9 months after a steady job ends. After that it would cut Universal Credit unless { $name } earns { $earnings } a month or more after tax, National Insurance and pension contributions.
   *[self] You are in a benefit cap grace period: the cap does not apply for 9 months after a steady job ends. After that it would cut Universal Credit unless you earn { $earnings } a month or more after tax, National Insurance and pension contributions.
}
# $benefit is Carer's Allowance or Carer Support Payment; $earnings, $limit and $lost are a week.
result-warn-carer-lost = { $benefit } stops: earnings after deductions are { $earnings } a week, over the { $limit } limit, so the whole { $lost } a week is lost. Universal Credit makes up part of it, and the carer element stays.
result-warn-carer-near = { $person ->
    [other] Earnings after deductions are { $earnings } a week, close to the { $limit } limit for { $benefit }. A pay rise or an extra hour could stop all of it; check before agreeing to more hours. Some costs (such as paying someone to care while they work, and half of pension contributions) can be taken off the earnings.
   *[self] Earnings after deductions are { $earnings } a week, close to the { $limit } limit for { $benefit }. A pay rise or an extra hour could stop all of it; check before agreeing to more hours. Some costs (such as paying someone to care while you work, and half of pension contributions) can be taken off the earnings.
}
result-warn-lha = { $person ->
    [other] The rent is { $amount } a month more than the Local Housing Allowance, so Universal Credit will not cover that part, in or out of work. The council may help for a while with a Discretionary Housing Payment.
   *[self] Your rent is { $amount } a month more than the Local Housing Allowance, so Universal Credit will not cover that part, in or out of work. The council may help for a while with a Discretionary Housing Payment.
}
# $count is the number of spare bedrooms.
result-warn-spare-bedrooms = Universal Credit pays { $amount } a month less towards the rent because the home has { $count } more { $count ->
    [one] bedroom
   *[other] bedrooms
} than the rules allow.
result-warn-childcare-arrears = { $person ->
    [other] Universal Credit pays back { $amount } of childcare a month only after it has been paid and reported with the receipt, so the first month is paid without help. Ask about the Flexible Support Fund for help up front.
   *[self] Universal Credit pays back { $amount } of childcare a month only after you have paid it and reported it with the receipt, so you pay the first month yourself. Ask about the Flexible Support Fund for help up front.
}
result-warn-childcare-none = { $person ->
    [other] The childcare paid gets no help from Universal Credit here: in a couple both must work (unless one has limited capability for work or is a carer), and the child must be under 17.
   *[self] The childcare you pay gets no help from Universal Credit here: in a couple both must work (unless one has limited capability for work or is a carer), and the child must be under 17.
}
result-warn-savings = Savings over £16,000 mean no Universal Credit at all.
result-warn-two-child = The two-child limit means { $count } { $count ->
    [one] child gets
   *[other] children get
} no child element in 2025-26. It ends on 6 April 2026.
# $wage and $minimum are pay for one hour.
result-warn-minimum-wage = { $wage } an hour is below the legal minimum of { $minimum } for this age (unless it is an apprenticeship).
result-warn-council-tax = { $person ->
    [other] Council Tax Reduction is as entered on the form: each council in England sets its own scheme, so ask the council what it would be.
   *[self] Council Tax Reduction is as you entered it: each council in England sets its own scheme, so ask the council what it would be.
}
result-warn-council-tax-estimate = Council Tax Reduction in work is our estimate with the standard rules: each council in England sets its own scheme, so ask the council what it would be.
result-warn-esa-time-limit = { $person ->
    [other] New Style ESA lasts up to a year (365 days) unless { $name } is in the support group. After that, Universal Credit may pay more instead.
   *[self] New Style ESA lasts up to a year (365 days) unless you are in the support group. After that, Universal Credit may pay more instead.
}
result-warn-jsa-time-limit = New Style JSA lasts up to 6 months (182 days). After that, Universal Credit may pay more instead.
# $why is "hours" (16 hours or more) or "pay" (over $limit a week after tax).
result-warn-esa-lost = This job ends New Style ESA of { $amount } a month: { $why ->
    [hours] 16 hours a week or more is not permitted work. Under 16 hours, with pay after tax up to { $limit } a week, keeps it; so does supported work arranged for disabled people.
   *[pay] pay after tax is over the { $limit } a week permitted work limit. Keeping pay under it keeps ESA.
}
result-warn-esa-near = { $person ->
    [other] Pay after tax of { $earnings } a week is close to the { $limit } limit for permitted work. A pay rise or an extra hour could stop all the New Style ESA; check before agreeing to more.
   *[self] Pay after tax of { $earnings } a week is close to the { $limit } limit for permitted work. A pay rise or an extra hour could stop all of your New Style ESA; check before agreeing to more.
}
# $date is the day, $over is "yes" when the answer treats them as over State Pension age all
# year, else "no"; "yes-other" and "no-other" when the form is filled in for them ($name).
result-warn-pension-age-in-year = State Pension age is reached on { $date }, during this tax year. { $over ->
    [yes] The answer treats you as over it all year: from then on Pension Credit and Housing Benefit replace Universal Credit.
    [yes-other] The answer treats { $name } as over it all year: from then on Pension Credit and Housing Benefit replace Universal Credit.
    [no-other] The answer treats { $name } as under it all year: from then on Pension Credit and Housing Benefit may replace Universal Credit.
   *[no] The answer treats you as under it all year: from then on Pension Credit and Housing Benefit may replace Universal Credit.
}
result-warn-savings-credit = Someone who reached State Pension age before 6 April 2016 may also get Savings Credit, which this calculator does not work out.
result-warn-benefit-ignored = { $over ->
    [yes] New Style ESA and JSA stop at State Pension age, so they are left out of this answer.
   *[no] The State Pension starts at State Pension age, so it is left out of this answer.
}
result-warn-tell-council = { $person ->
    [other] Housing Benefit comes from the council, not the Jobcentre: tell the council about the job and the pay, or { $name } may have to pay back Housing Benefit later.
   *[self] Housing Benefit comes from the council, not the Jobcentre: tell the council about the job and your pay, or you may have to pay back Housing Benefit later.
}
# $top_up is Tax-Free Childcare a month; $element is UC's childcare element a month; $gain is how much better off, a month.
result-warn-tax-free-childcare = { $person ->
    [other] Tax-Free Childcare could leave { $name } { $gain } a month better off than Universal Credit here: it would pay { $top_up } a month towards childcare, where Universal Credit pays { $element } a month. Nobody can have both, and Tax-Free Childcare means no Universal Credit at all, so check before switching.
   *[self] Tax-Free Childcare could leave you { $gain } a month better off than Universal Credit here: it would pay { $top_up } a month towards childcare, where Universal Credit pays { $element } a month. You cannot have both, and Tax-Free Childcare means no Universal Credit at all, so check before you switch.
}
result-warn-funded-hours = { $person ->
    [other] In England, working parents of children from 9 months old to school age can get up to 30 hours a week of free childcare in term time (each parent must earn at least what 16 hours a week at the minimum wage pays). It is not in these figures: ask the council's Family Information Service.
   *[self] In England, working parents of children from 9 months old to school age can get up to 30 hours a week of free childcare in term time (each parent must earn at least what 16 hours a week at the minimum wage pays). It is not in these figures: ask your council's Family Information Service.
}
result-warn-relative-loses = { $person ->
    [other] The family { $name } lives with gets { $amount } a month less help with their rent because { $name } earns more: their Housing Benefit or Universal Credit takes off more for { $name }. So the whole household gains less than { $name } does.
   *[self] The family you live with gets { $amount } a month less help with their rent because you earn more: their Housing Benefit or Universal Credit takes off more for you. So the whole household gains less than you do.
}
result-warn-relative-carer = { $person ->
    [other] If a relative cares for { $name } 35 hours a week or more, they may be able to get Carer's Allowance (Carer Support Payment in Scotland), because { $name } gets the daily living part of PIP.
   *[self] If a relative cares for you 35 hours a week or more, they may be able to get Carer's Allowance (Carer Support Payment in Scotland), because you get the daily living part of PIP.
}

## Where more hours give less money. They finish the sentence
## "Between 16 and 16.5 hours a week, …", so they start with a small letter in English.
result-cliff-carer-support = Carer Support Payment stops
result-cliff-carers-allowance = Carer's Allowance stops
result-cliff-scp = Universal Credit ends, and Scottish Child Payment with it
result-cliff-pension = pension contributions start
result-cliff-marriage = Marriage Allowance ends
result-cliff-child-benefit = more Child Benefit is taken back in tax
result-cliff-esa = New Style ESA stops (16 hours or more, or pay over the permitted work limit)
result-cliff-jsa = New Style JSA stops at 16 hours a week
result-cliff-hb-means-tested = Universal Credit ends, so Housing Benefit no longer pays all the rent
result-cliff-pension-credit = Pension Credit ends, and Housing Benefit no longer pays all the rent
result-cliff-hb-ends = Housing Benefit falls below 50p a week and stops
result-cliff-winter-fuel = income goes over £35,000, so the Winter Fuel Payment is taken back in tax
result-cliff-pound-for-pound-contributions = Pension Credit or JSA takes back each extra pound of pay, but counts only half of what is paid into a pension
result-cliff-other = a payment stops

## Problems with the answers, shown beside a box.
result-error-no-offer = There is no such job offer.
result-error-child-age = Enter the child's age or date of birth.
# A Broad Rental Market Area is the area used for Local Housing Allowance.
result-error-brma = We do not know this Broad Rental Market Area; choose one from the list.
result-error-job-start = Enter the date the job starts as a real date, for example 2026-03-02.
result-error-first-payday = Enter the first payday as a real date, for example 2026-03-27.
result-error-assessment-period = Enter a real date for the start of an assessment period. It is on the Universal Credit statement.
result-error-payday-before-start = The first payday cannot be before the job starts.
result-error-payday-too-late = The first payday should be within three months of the start date.
result-error-old-pay-date = Enter the date of the old job's last pay as a real date.
result-error-old-pay-amount = Enter the old job's last take-home pay in pounds, under £1,000,000.
result-error-old-pay-negative = The old job's last pay cannot be less than nothing.
result-error-which-adult = Choose which adult takes the job.

## The first months in work: how the timeline is simplified ("What we assumed").
result-fm-assume-tax = { $person ->
    [other] Income tax on each payday is worked out on its own, with a week's or a month's share of the personal allowance (the Week 1/Month 1 basis). We do not know which starter statement { $name } ticks. For pay under the allowance, both ways give no tax.
   *[self] Income tax on each payday is worked out on its own, with a week's or a month's share of the personal allowance (the Week 1/Month 1 basis). We do not know which starter statement you tick. For pay under the allowance, both ways give no tax.
}
result-fm-assume-ni = National Insurance uses the limits for each pay period (a week, 4 weeks or a month), as payroll does.
result-fm-assume-rates = The whole timeline uses this tax year's rates, even for months after April.
result-fm-assume-uc = { $person ->
    [other] Universal Credit counts the take-home pay { $name } gets in each assessment period. Everything else stays as it is in work: rent, children, childcare, other benefits and a partner's pay.
   *[self] Universal Credit counts the take-home pay you get in each assessment period. Everything else stays as it is in work: rent, children, childcare, other benefits and a partner's pay.
}
result-fm-assume-carer-weeks = Carer's Allowance weeks run Monday to Sunday. Each week counts in the assessment period it ends in. Pay counts for the weeks of its pay period, from the payday on.
result-fm-assume-restart = { $person ->
    [other] If pay stops Universal Credit for a month, we assume it starts again when pay falls. DWP starts it again within 5 months. After that, { $name } must claim again.
   *[self] If pay stops Universal Credit for a month, we assume it starts again when pay falls. DWP starts it again within 5 months. After that, you claim again.
}
result-fm-assume-bank-holidays = Bank holidays are those of England and Wales.

## The first months: notes on one month.
result-fm-no-wages = No wages yet: the first payday comes later.
result-fm-no-wages-new-job = No wages from the new job yet: the first payday comes later.
# $count is 2 or more.
result-fm-extra-paydays = { $count ->
    [2] Two paydays in this period.
    [3] Three paydays in this period.
    [4] Four paydays in this period.
    [5] Five paydays in this period.
   *[other] Several paydays in this period.
}
result-fm-extra-paydays-lower = { $count ->
    [2] Two paydays in this period, so Universal Credit is lower.
    [3] Three paydays in this period, so Universal Credit is lower.
    [4] Four paydays in this period, so Universal Credit is lower.
    [5] Five paydays in this period, so Universal Credit is lower.
   *[other] Several paydays in this period, so Universal Credit is lower.
}
result-fm-old-job-pay = The last pay from the old job lands in this period, and Universal Credit counts it.
result-fm-nil-award = Universal Credit stops this month (nil award): the wages in this period are too high for a payment.
result-fm-uc-starts-again = Universal Credit starts again.
result-fm-surplus = { $amount } of this period's earnings are surplus and count again next month.
result-fm-benefit-cap = The benefit cap applies this month: the earnings in this period are below the amount that lifts it.
# $weeks is a list of dates, like "2 March, 9 March".
result-fm-carer-stops = Carer's Allowance stops in the weeks starting { $weeks }: earnings are over the limit.
result-fm-lower = { $person ->
    [other] The money this month is lower than before { $name } started work.
   *[self] The money this month is lower than before you started work.
}

## The first months: "What helps".
result-fm-help-report = { $person ->
    [other] Report the new job in the Universal Credit journal when { $name } starts. The employer reports the pay each payday, so there is no need to report each payslip.
   *[self] Report the new job in your Universal Credit journal when you start. Your employer reports your pay each payday, so you do not report each payslip.
}
result-fm-help-budgeting-advance = { $person ->
    [other] { $name_start } can ask for a Budgeting Advance to help with the costs of starting work. It is a loan: it is taken back from later Universal Credit payments.
   *[self] You can ask for a Budgeting Advance to help with the costs of starting work. It is a loan: it is taken back from your later Universal Credit payments.
}
result-fm-help-fsf-travel = { $person ->
    [other] Ask the work coach about the Flexible Support Fund: it can pay for costs of starting work such as travel to work before the first payday. It does not have to be paid back.
   *[self] Ask your work coach about the Flexible Support Fund: it can pay for costs of starting work such as travel to work before your first payday. It does not have to be paid back.
}
result-fm-help-fsf = { $person ->
    [other] Ask the work coach about the Flexible Support Fund: it can pay for costs of starting work such as travel or work clothes before the first payday. It does not have to be paid back.
   *[self] Ask your work coach about the Flexible Support Fund: it can pay for costs of starting work such as travel or work clothes before your first payday. It does not have to be paid back.
}
result-fm-help-keep-claim = { $person ->
    [other] Universal Credit may stop for a month because of the pay. Do not give up on it. If the pay falls again within 5 months, it starts again. After that, { $name } can claim again within 6 months and keep the same dates.
   *[self] Universal Credit may stop for a month because of your pay. Do not give up on it. If your pay falls again within 5 months, it starts again. After that, you can claim again within 6 months and keep the same dates.
}
result-fm-help-right-to-try = { $person ->
    [other] If { $name } tries work, that will not on its own lead to a new check of their health for the Universal Credit health element (the government's "Right to Try"). Universal Credit still goes down as { $name } earns, as shown here.
   *[self] Trying work will not on its own lead to a reassessment of your health for the Universal Credit health element (the government's "Right to Try"). Your Universal Credit still goes down as you earn, as shown here.
}

## The chart of money against hours of work. $amount is money a week, like "£312".
# The label on the flat line that shows the money now, without the job.
result-chart-now = Now: { $amount } a week
# $from and $to are hours; $what is one of the result-cliff messages.
result-chart-cliff = Between { $from } and { $to } hours a week, { $what }: { $amount } a week less.
# $what is one of the result-cliff messages, with a capital letter.
result-chart-cliff-note = { $what } just before this.
# $hours is like "16 hours".
result-chart-offer = { $hours }: { $amount } a week
# The chart's title. $hours is the most hours shown; $wage is pay for one hour.
result-chart-title = Left to live on a week at 0 to { $hours } hours of work at { $wage } an hour
# A short label beside a mark on the chart.
result-mark = { $what ->
    [esa-16] ESA stops at 16 hours
    [esa] ESA stops
    [jsa] JSA stops
    [carer-support] Carer Support Payment stops
    [carers-allowance] Carer's Allowance stops
    [scp] Scottish Child Payment stops
    [pension] Pension payments start
    [marriage] Marriage Allowance ends
    [child-benefit] Child Benefit taken back
    [hb-means-tested] Housing Benefit falls
    [pension-credit] Pension Credit stops
    [hb-ends] Housing Benefit stops
    [winter-fuel] Winter payment taken back
    [pound-for-pound] Pension payments cost more
    [free-school-meals] Free school meals stop
    [healthy-start] Healthy Start stops
    [best-start-foods] Best Start Foods stop
    [prescriptions] Free prescriptions stop
    [sure-start] Maternity grant stops
    [best-start-grant] Best Start Grant stops
   *[other] A payment stops
}
# Under the chart: $what is a result-mark; $amount the help's value a year.
result-chart-help-lost = Between { $from } and { $to } hours a week: { $what } (worth about { $amount } a year, not money).
result-chart-summary-now = Now: { $amount } a week.
# $compared is one of result-chart-same, -worse or -better.
result-chart-summary-offer = With this job, { $hours }: { $amount } a week, { $compared }.
result-chart-same = the same as now
result-chart-worse = { $amount } worse off than now
result-chart-better = { $amount } better off than now
# What a screen reader says for one point of the chart.
result-chart-point = { $hours } a week: { $amount } a week, { $compared }
result-chart-point-offer = This job, { $hours } a week: { $amount } a week, { $compared }

## The heat map: better off a week for each number of hours and pay for each hour.
# Hours a week, short: a column heading of the heat map and under the chart. $hours is a
# number, like "16".
result-heat-hours = { $hours } h
# One square. $hours is like "20 hours"; $wage is pay for one hour, like "£12.71".
result-heat-cell-same = { $hours } at { $wage }: about the same as now
result-heat-cell-worse = { $hours } at { $wage }: { $amount } a week worse off
result-heat-cell-better = { $hours } at { $wage }: { $amount } a week better off
# The key to the colours.
result-heat-band-worse = Worse off
result-heat-band-same = About the same as now
result-heat-band-up-to = Up to { $amount } better off
result-heat-band-between = { $from } to { $to } better off
result-heat-band-top = { $amount } or more better off

## The first months: dates we picked because a box was left empty. $date is like "3 March 2026".
result-fm-assumed-start = We assumed the job starts on { $date }.
result-fm-assumed-payday = We assumed the first payday is { $date }.
result-fm-assumed-period = { $person ->
    [other] We assumed an assessment period of the claim starts on { $date }.
   *[self] We assumed an assessment period of your claim starts on { $date }.
}
result-error-real-date = Enter a real date, like 2026-03-02
result-error-old-pay-number = Enter the take-home pay as a number, like 250
result-error-old-pay-when = Enter the date of the last payment

## The headline: the answer in one sentence for each job. $amount is money a week, like
## "£95"; $hours is a number of hours, like "16" or "17.5".
result-headline-worse = { $person ->
   *[self] You would be { $amount } a week worse off working { $hours } hours.
    [other] Working { $hours } hours, { $name } would be { $amount } a week worse off.
}
result-headline-same = { $person ->
   *[self] You would have about the same money working { $hours } hours.
    [other] Working { $hours } hours, { $name } would have about the same money.
}
result-headline-better = { $person ->
   *[self] You would be { $amount } a week better off working { $hours } hours.
    [other] Working { $hours } hours, { $name } would be { $amount } a week better off.
}
# Under the headline. $amount is the month's figure; $margin is result-margin-keep or
# result-margin-careful.
result-headline-detail = That is { $amount } a month, after { $costs }. { $margin }
result-headline-detail-no-costs = That is { $amount } a month. { $margin }
# The costs named in result-headline-detail and result-measure: only those the household has,
# joined by result-list-and.
result-cost-rent = rent
result-cost-council-tax = council tax
result-cost-childcare = childcare
result-cost-travel = travel to work
# $first is one or more costs joined by commas; $last the last one.
result-list-and = { $first } and { $last }
# Under the headline, the chart and the heat map: which figure "better off" is.
result-measure = Better off means more left to live on each week, after { $costs }.
result-measure-no-costs = Better off means more money coming in each week.
# With a Universal Credit statement: $amount is its figure a month.
result-measure-statement = { $person ->
    [other] “Now” uses the Universal Credit on the statement ({ $amount } a month), not our own figure.
   *[self] “Now” uses the Universal Credit on your statement ({ $amount } a month), not our own figure.
}
# $pence is a number from 0 to 100.
result-margin-keep = { $person ->
   *[self] For each extra £1 you earn, you keep about { $pence }p.
    [other] For each extra £1 { $name } earns, they keep about { $pence }p.
}
result-margin-careful = { $person ->
   *[self] Careful: working a little more than this would leave you worse off.
    [other] Careful: working a little more than this would leave { $name } worse off.
}
# An amount in pence, like "45p".
result-pence = { $pence }p
# The person's own Universal Credit statement against ours. Money is a month.
result-statement-same = { $person ->
    [other] The statement says { $amount } a month of Universal Credit, the same as we worked out.
   *[self] Your statement says { $amount } a month of Universal Credit, the same as we worked out.
}
result-statement-different = { $person ->
    [other] The statement says { $amount } a month of Universal Credit. We worked out { $calculated }. We have used the statement for “now”. The difference may be a deduction, an old change of circumstances, or an answer here that does not match what the Jobcentre knows.
   *[self] Your statement says { $amount } a month of Universal Credit. We worked out { $calculated }. We have used your statement for “now”. The difference may be a deduction, an old change of circumstances, or an answer here that does not match what the Jobcentre knows.
}
# The situation without the new job: a column heading and a label.
result-now = Now
# A column heading: $job is the job's name, like "Job 1"; $hours a number.
result-column-job = { $job } ({ $hours } hours)
# Before a warning that is about the job (when there is only one job).
result-in-this-job = In this job
# $from and $to are years: the tax year runs from 6 April to 5 April.
result-rates = Rates for 6 April { $from } to 5 April { $to }.

## The table "Your money, a week": one line each.
result-row-pay = Pay before tax
result-row-income-tax = Income tax
result-row-ni = National Insurance
result-row-pension = Workplace pension
result-row-uc = Universal Credit
result-row-child-benefit = Child Benefit
result-row-child-benefit-charge = High Income Child Benefit Charge
result-row-carer-supplement = Carer supplement
result-row-scp = Scottish Child Payment
result-row-money-in = Money coming in
result-row-rent = Rent and service charges
result-row-council-tax = Council tax
result-row-childcare = Childcare
result-row-travel = Travel to work
result-row-left = Left to live on
result-row-uc-deductions = Taken off Universal Credit for debts or an advance
result-row-esa = New Style ESA
result-row-jsa = New Style JSA
result-row-state-pension = State Pension
result-row-pension-credit = Pension Credit
result-row-housing-benefit = Housing Benefit
result-row-winter-charge = Winter payment paid back in tax
# Shown under the council tax bill: what the reduction takes off it.
result-row-council-tax-reduction = Council Tax Reduction

## Help in kind, apart from the money table.
result-help-title = Help that is not money
result-help-intro = { $person ->
    [other] This help is not money coming in, so it is not in the totals above. It is shown here a week. It can stop when { $name } earns more.
   *[self] This help is not money coming in, so it is not in the totals above. It is shown here a week. It can stop when you earn more.
}
result-help-name = { $kind ->
    [free-school-meals] Free school meals
    [healthy-start] Healthy Start
    [best-start-foods] Best Start Foods
    [prescriptions] Free NHS prescriptions
    [sure-start] Sure Start Maternity Grant
   *[best-start-grant] Best Start Grant
}
# $name is a result-help-name; $amount its value a year now.
result-help-worth = { $name }: worth { $amount } a year now.
result-help-worth-estimate = { $name }: worth about { $amount } a year now (an estimate).
# $limit is take-home pay a year, like "£7,400".
result-help-stops-above = This help stops above { $limit } a year of take-home pay.
result-help-stops-part-above = Part of this help stops above { $limit } a year of take-home pay; the rest stops when Universal Credit stops.
result-help-stops-with-benefit = This help stops when Universal Credit or Pension Credit stops.
result-row-with-help = Left to live on, with help in kind
# Shown on a phone above a table too wide for the screen.
result-scroll-hint = Slide the table sideways to see every column.

## What the calculator does not cover.
result-not-covered-self-employment = Self-employment, and the minimum income floor that comes with it.
result-not-covered-council-tax-england = In England each council sets its own Council Tax Reduction. In work we use the council's figure if it is entered, or estimate it with the standard rules.
result-not-covered-students = Student income, maintenance, and benefits other than those listed.
result-not-covered-mid-year = Changes in the middle of the tax year.

## The answer page: headings and short texts.
result-assumed-title = What we assumed
result-what-if-title = Change the hours or pay
# A choice between the jobs, when there are several.
result-show-job = Show the job
result-table-title = { $person ->
    [other] The household's money, a week
   *[self] Your money, a week
}
# The name of the table for screen readers.
result-table-label = { $person ->
    [other] The household's money, a week, table
   *[self] Your money, a week, table
}
# The first column heading of the table.
result-table-week = A week
result-table-hint = Amounts are worked out a month, as Universal Credit is, and shown a week (× 12 ÷ 52).
# At pension age (Pension Credit): the same, without naming Universal Credit.
result-table-hint-pension = Amounts are worked out a month and shown a week (× 12 ÷ 52).
result-explain-title = How we worked this out
# A heading in the explanation: $job is the job's name, like "Job 1"; $hours a number.
result-explain-job = { $job }: { $hours } hours
result-not-covered-title = What this calculator does not cover
# On paper. $date is today's date, like "24 November 2026".
result-worked-out-on = Worked out on { $date }.
result-estimate = { $person ->
    [other] This is an estimate, not advice: check with a work coach or a welfare rights adviser before deciding.
   *[self] This is an estimate, not advice: check with your work coach or a welfare rights adviser before you decide.
}
result-print = Print or save as PDF
result-statement-hint = Have a Universal Credit statement? Enter the amount under “Council tax and savings” to compare.
result-things-to-know = Things to know
# Before each warning: $when is "Now", "In this job" or a job's name.
result-when = { $when }:
# The sliders. $hours is a number, like "16"; $wage is money, like "£12.21".
result-what-if-hours = Hours a week: { $hours }
result-what-if-hours-value = { $hours } hours a week
result-what-if-wage = Pay for each hour: { $wage }
result-what-if-wage-value = { $wage } an hour
result-what-if-hint = { $person ->
    [other] Try other hours or pay for { $name } here. The job stays as you entered it until you choose “Use these hours”.
   *[self] Try other hours or pay here. The job stays as you entered it until you choose “Use these hours”.
}
result-what-if-use = Use these hours
result-what-if-put-back = Back to the job as entered
# Above the answer for the hours and pay tried on the sliders.
result-what-if-trying = { $person ->
    [other] If { $name } tried these hours and pay:
   *[self] If you tried these hours and pay:
}

## The chart, on the page.
# What a screen reader says for the whole chart. $title is result-chart-title; $summary the
# chart's figures in sentences.
result-chart-label = { $title }. { $summary } Use the left and right arrow keys to read each point.
result-chart-table-show = Show the chart as a table
result-chart-table-label = Income by hours, table
result-chart-col-hours = Hours a week
result-chart-col-pay = Pay
result-chart-col-better = Better off than now

## The heat map, on the page.
result-heat-title = Where work pays most
# $best is one square's description, like "20 hours at £12.71: £95 a week better off".
result-heat-best = Each square shows what other hours and pay would do, to compare: they are not jobs on offer. The most on this grid: { $best }.
# $job is the job's own square's description, the headline's figure.
result-heat-this-job-is = { $person ->
    [other] This job: { $job }.
   *[self] Your job: { $job }.
}
result-heat-caption = Better off a week, by hours a week (across) and pay for each hour (down)
# Said by screen readers after a square's figure.
result-heat-this-job-mark = (this job)
result-heat-best-mark = (best)
# In the key to the colours: the job's own square.
result-heat-this-job = This job

## The first months, on the page.
result-fm-title = { $person ->
    [other] The first months in work
   *[self] Your first months in work
}
result-fm-intro = Universal Credit is worked out month by month, and counts wages in the month they are paid. So the first months can go up and down. See each month, and the one where money is tightest.
result-fm-show = { $person ->
    [other] Show the first months
   *[self] Show my first months
}
result-fm-hide = Hide the first months
result-fm-start-label = When does the job start?
result-fm-start-hint = Leave empty and we use the Monday after next.
result-fm-payday-label = When is the first payday?
result-fm-payday-hint = { $person ->
    [other] Ask the employer. Many pay a week or a month after { $name } starts.
   *[self] Ask the employer. Many pay a week or a month after you start.
}
result-fm-period-label = { $person ->
    [other] When does the Universal Credit assessment period start?
   *[self] When does your Universal Credit assessment period start?
}
result-fm-period-hint = { $person ->
    [other] Any start date of a period: it is on the Universal Credit statement.
   *[self] Any start date of a period: it is on your Universal Credit statement.
}
result-fm-old-job = Still to be paid by an old job?
result-fm-old-pay-label = Take-home pay of the last payment
result-fm-old-date-label = Date of the last payment
result-fm-check-dates = { $person ->
    [other] Check the dates marked above to see the first months.
   *[self] Check the dates marked above to see your first months.
}
# $month is 1 to 6; $start and $end are dates like "3 March"; $amount the money that comes
# in that month; $less how much less than now.
result-fm-tightest = Money is tightest in month { $month } ({ $start } to { $end }): { $amount } comes in, { $less } less than now.
result-fm-lowest = No month has less money than now. The lowest is month { $month } ({ $start } to { $end }): { $amount } comes in.
result-fm-helps = What helps
result-fm-assumed-title = What we assumed for the first months
# Compared with now, in one month's card.
result-fm-same = The same
result-fm-less = { $amount } less
result-fm-more = { $amount } more
# The heading of one month's card.
result-fm-month = Month { $month }: { $start } to { $end }
result-fm-tightest-badge = Tightest month
result-fm-paydays = Paydays (take-home)
# No paydays in this month.
result-fm-none = None
# One payday: $date like "27 March", $amount the take-home pay.
result-fm-payday = { $date }: { $amount }
result-fm-old-job-pay-label = Last pay from the old job
# $amount is this month's Universal Credit; $date the day it is paid, like "3 April".
result-fm-uc-paid = { $amount }, paid on { $date }
result-fm-money-in = Money in
result-fm-compared = Compared with now

## Easy read: shorter sentences, one idea a line. Each line of a message shows on its own.
result-headline-worse--easy =
    { $person ->
       *[self] You would have less money if you take this job.
        [other] In this job, { $name } would have less money.
    }
    { $person ->
       *[self] You would have { $amount } less each week.
        [other] They would have { $amount } less each week.
    }
    { $person ->
       *[self] This is if you work { $hours } hours a week.
        [other] This is for { $hours } hours of work a week.
    }
result-headline-same--easy =
    { $person ->
       *[self] You would have about the same money if you take this job.
        [other] In this job, { $name } would have about the same money.
    }
    { $person ->
       *[self] This is if you work { $hours } hours a week.
        [other] This is for { $hours } hours of work a week.
    }
result-headline-better--easy =
    { $person ->
       *[self] You would have more money if you take this job.
        [other] In this job, { $name } would have more money.
    }
    { $person ->
       *[self] You would have { $amount } more each week.
        [other] They would have { $amount } more each week.
    }
    { $person ->
       *[self] This is if you work { $hours } hours a week.
        [other] This is for { $hours } hours of work a week.
    }
result-headline-detail--easy =
    That is { $amount } each month.
    We took off { $costs }.
    { $margin }
result-headline-detail-no-costs--easy =
    That is { $amount } each month.
    { $margin }
result-margin-keep--easy =
    { $person ->
       *[self] For each extra £1 you earn, you keep about { $pence }p.
        [other] For each extra £1 { $name } earns, they keep about { $pence }p.
    }
result-margin-careful--easy =
    Be careful.
    { $person ->
       *[self] If you work a bit more, you could have less money.
        [other] If { $name } works a bit more, they could have less money.
    }
result-fm-intro--easy =
    Universal Credit is worked out each month.
    { $person ->
       *[self] Pay counts in the month you get it.
        [other] Pay counts in the month it is paid.
    }
    { $person ->
       *[self] So your money can go up and down in the first months.
        [other] So the money can go up and down in the first months.
    }
result-fm-tightest--easy =
    Month { $month } has the least money.
    It runs from { $start } to { $end }.
    { $amount } comes in.
    That is { $less } less than now.
result-fm-lowest--easy =
    No month has less money than now.
    Month { $month } has the least money.
    It runs from { $start } to { $end }.
    { $amount } comes in.

## Easy read: the key figures, each beside a picture. Money is a week, like "£312".
result-easy-now = Money now, without the job: { $amount } a week
result-easy-in-work = Money with the job: { $amount } a week
result-easy-more = The difference: { $amount } more each week
result-easy-less = The difference: { $amount } less each week
result-easy-same = The difference: about the same money
# $hours is like "16 hours".
result-easy-hours = Work: { $hours } a week

result-statement-same--easy =
    { $person ->
        [other] The statement says { $amount } a month of Universal Credit.
       *[self] Your statement says { $amount } a month of Universal Credit.
    }
    We worked out the same.
result-statement-different--easy =
    { $person ->
        [other] The statement says { $amount } a month of Universal Credit.
       *[self] Your statement says { $amount } a month of Universal Credit.
    }
    We worked out { $calculated }.
    { $person ->
        [other] We used the statement for “now”.
       *[self] We used your statement for “now”.
    }
    The Jobcentre may know something we do not.
