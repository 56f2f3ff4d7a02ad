# The better-off calculator's questions, form, checks and keep-and-share section.
# Comments above a message say where it shows, for translators. Benefit names are the names
# of UK schemes.

## The steps of the guided questions (each is a page heading)

calc-step-place = { $person ->
   *[self] Where do you live?
    [other] Where does { $name } live?
}
calc-step-household = { $person ->
   *[self] Who lives with you?
    [other] Who lives with { $name }?
}
calc-step-you = { $person ->
   *[self] About you
    [other] About { $name }
}
calc-step-partner = { $person ->
   *[self] About your partner
    [other] About their partner
}
calc-step-children = { $person ->
   *[self] About your children
    [other] About the children
}
calc-step-health = Health and caring
calc-step-home = { $person ->
   *[self] Your home
    [other] The home
}
calc-step-costs = Council tax and savings
calc-step-job = The job
calc-step-answer = { $person ->
   *[self] Your answer
    [other] The answer
}

## Regions of the UK a person can choose

calc-region-north-east = North East England
calc-region-north-west = North West England
calc-region-yorkshire = Yorkshire and the Humber
calc-region-east-midlands = East Midlands
calc-region-west-midlands = West Midlands
calc-region-east-of-england = East of England
calc-region-london = London
calc-region-south-east = South East England
calc-region-south-west = South West England
calc-region-wales = Wales
calc-region-scotland = Scotland

## Messages beside a box that cannot be read

calc-err-region = { $person ->
   *[self] Choose where you live
    [other] Choose where { $name } lives
}
calc-err-age-you = { $person ->
   *[self] Enter your age
    [other] Enter how old { $name } is
}
calc-err-age-partner = { $person ->
   *[self] Enter your partner's age
    [other] Enter their partner's age
}
calc-err-child-count = { $person ->
   *[self] Enter how many children live with you
    [other] Enter how many children live with { $name }
}
# $number is 1, 2, 3…
calc-err-child-age = Enter the age of child { $number }
calc-err-tenure = { $person ->
   *[self] Choose how you pay for your home
    [other] Choose how { $name } pays for the home
}
calc-err-brma = { $person ->
   *[self] Choose your area from the list
    [other] Choose the area from the list
}
calc-err-reduction-too-big = Council tax reduction cannot be more than the council tax
calc-err-wage-zero = Enter an hourly wage of more than £0
calc-err-hours-empty = Enter the hours a week, like 16
calc-err-hours-positive = Hours must be more than 0
calc-err-hours-not-number = Enter the hours as a number, like 16 or 22.5
calc-err-hours-too-many = Hours must be 100 a week or fewer
# A whole number out of range. $what is one of the calc-what-… words below (age, number of
# children, number of bedrooms); $min and $max are numbers.
calc-err-whole-range = The { $what } must be between { $min } and { $max }
# $example is a number, like 32.
calc-err-whole-not-number = Enter the { $what } as a whole number, like { $example }
# Money boxes. $what is one of the calc-what-… phrases below ("your rent"). The message for a
# negative amount gets $what_start instead: the same with a capital first letter, to start a
# sentence. $most is an amount.
calc-err-money-too-big = Check { $what }: it must be { $most } or less
calc-err-money-empty = Enter { $what }, in pounds
calc-err-money-negative = { $what_start } cannot be less than £0
calc-err-money-pence = Use pounds and pence, like 12.50
calc-err-money-not-number = Enter { $what } as a number, like 120.50

# What a box is about, put into the messages above.
calc-what-age = age
calc-what-child-count = number of children
calc-what-bedrooms = number of bedrooms
calc-what-partner-pay = { $person ->
   *[self] your partner's pay
    [other] their partner's pay
}
calc-what-rent = { $person ->
   *[self] your rent
    [other] the rent
}
calc-what-service-charges = service charges
calc-what-council-tax = { $person ->
   *[self] your council tax
    [other] the council tax
}
calc-what-council-tax-reduction = { $person ->
   *[self] your council tax reduction
    [other] the council tax reduction
}
calc-what-savings = { $person ->
   *[self] your savings
    [other] the savings
}
calc-what-uc-statement = { $person ->
   *[self] the Universal Credit on your statement
    [other] the Universal Credit on the statement
}
calc-what-wage = the hourly wage
calc-what-childcare = childcare costs
calc-what-travel = travel costs

# The name of a job offer in the answer: "Job 1", "Job 2".
calc-job-number = Job { $number }

## What we assumed for an "I'm not sure" answer (shown with the answer)

calc-assumed-lcwra-you = { $person ->
   *[self] We assumed you do not get the Universal Credit health element (limited capability for work-related activity). Check your Universal Credit statement.
    [other] We assumed { $name } does not get the Universal Credit health element (limited capability for work-related activity). Check the Universal Credit statement.
}
calc-assumed-lcwra-partner = { $person ->
   *[self] We assumed your partner does not get the Universal Credit health element (limited capability for work-related activity). Check your Universal Credit statement.
    [other] We assumed their partner does not get the Universal Credit health element (limited capability for work-related activity). Check the Universal Credit statement.
}
calc-assumed-pip-you = { $person ->
   *[self] We assumed you do not get Personal Independence Payment (or Adult Disability Payment). It does not change when you start work.
    [other] We assumed { $name } does not get Personal Independence Payment (or Adult Disability Payment). It does not change when they start work.
}
calc-assumed-pip-partner = { $person ->
   *[self] We assumed your partner does not get Personal Independence Payment (or Adult Disability Payment). It does not change when you start work.
    [other] We assumed their partner does not get Personal Independence Payment (or Adult Disability Payment). It does not change when they start work.
}
calc-assumed-carer-you = { $person ->
   *[self] We assumed you do not get Carer's Allowance.
    [other] We assumed { $name } does not get Carer's Allowance.
}
calc-assumed-carer-partner = { $person ->
   *[self] We assumed your partner does not get Carer's Allowance.
    [other] We assumed their partner does not get Carer's Allowance.
}
calc-assumed-rental-area = { $person ->
   *[self] We used the Local Housing Allowance for the main area of your region. Choose your own area for a closer figure.
    [other] We used the Local Housing Allowance for the main area of the region. Choose their own area for a closer figure.
}
# $wage is an amount like £12.71.
calc-assumed-wage = Job { $number }: we used the legal minimum wage for the age given, { $wage } an hour.

## Problems the calculator finds in a household (beside a box, or in a file or link)

calc-invalid-adults = Enter one adult, or two for a couple who claim together.
calc-invalid-age = Age must be between 16 and 120.
calc-invalid-earnings = Earnings must be zero or more, and under £10 million a year.
calc-invalid-hours = Hours must be between 0 and 100 a week.
calc-invalid-pence = Use pounds and pence, with no more than 2 numbers after the point.
calc-invalid-hours-places = Use hours with no more than 2 numbers after the point, like 16.5.
calc-invalid-children = Enter at most 12 children.
calc-invalid-form-children = This calculator takes at most { $count } children.
calc-invalid-form-offers = This calculator compares at most { $count } jobs at a time.
calc-invalid-child-age-missing = Enter the child's age or date of birth.
calc-invalid-birth-date = Write the date of birth as YYYY-MM-DD, for example 2019-08-31.
calc-invalid-child-too-old = A child counts here until 19 (or 20 in education); enter older people as adults.
calc-invalid-birth-date-late = The date of birth is after the start of the tax year.
calc-invalid-rent = Rent must be zero or more and under £100,000.
calc-invalid-service-charges = Service charges must be zero or more.
calc-invalid-bedrooms = Bedrooms must be between 1 and 20.
calc-invalid-brma-missing = Choose the Broad Rental Market Area (the area the council uses for Local Housing Allowance).
calc-invalid-brma-unknown = We do not know this Broad Rental Market Area; choose one from the list.
calc-invalid-brma-country = This Broad Rental Market Area is in another country from the one chosen.
calc-invalid-council-tax = Council tax must be zero or more.
calc-invalid-council-tax-reduction = Council Tax Reduction must be between zero and the council tax.
calc-invalid-savings = Savings must be zero or more.
calc-invalid-offer-adult = The job must be taken by one of the adults in the household.
calc-invalid-wage-or-salary = Enter either an hourly wage or an annual salary.
calc-invalid-wage = The hourly wage must be zero or more, and under £10,000.
calc-invalid-salary = The salary must be zero or more, and under £10 million.
calc-invalid-salary-hours = Enter the hours a week the salary is for.
calc-invalid-childcare = Childcare costs must be zero or more.
calc-invalid-travel = Travel costs must be zero or more.
calc-invalid-pension-share = The pension share must be between 0 and 1 (0.05 is 5%).
calc-invalid-esa-and-jsa = A person gets New Style ESA or New Style JSA, not both.
calc-invalid-award = The weekly amount must be zero or more, and under £1,000.
calc-invalid-deductions = Deductions must be zero or more, and under £10,000 a month.
calc-invalid-state-pension = The State Pension must be zero or more, and under £1,000 a week.

## Status messages after saving, opening, copying and deleting scenarios

calc-status-problem = There is a problem: check the answers marked below.
calc-status-no-name = Give the scenario a name to save it.
# $count is the most scenarios we keep (50).
calc-status-full-delete-one = You have { $count } saved scenarios, the most we keep. Delete one to save this.
calc-status-full = You have { $count } saved scenarios, the most we keep.
# $name is the name the person gave the scenario.
calc-status-saved = Saved as “{ $name }” on this device.
calc-status-opened = Opened “{ $name }”.
# The name of a copy of a saved scenario.
calc-copy-name = { $name } (copy)
calc-status-copied = Made a copy called “{ $name }”.
calc-status-deleted = Deleted “{ $name }”.
calc-status-import-no-room = The file has { $count } scenarios but there is room for { $room }. Nothing was added; delete some first.
calc-status-imported = { $count ->
    [one] Added { $count } scenario from the file.
   *[other] Added { $count } scenarios from the file.
}
calc-status-reset = Started again. Your saved scenarios are kept.
calc-status-reset-undone = Your answers are back.
calc-status-explore-used = The job now has the hours and pay you tried.

## Why a scenarios file was refused

calc-file-foreign = This file was not made by { -app-name }. Choose a file made with "Download saved scenarios as a file".
calc-file-no-list = This file's list of scenarios is missing, so it may have been edited. Export it again and try again.
calc-file-empty = This file has no scenarios in it.
calc-file-too-many = This file has { $count } scenarios; { -app-name } imports at most { $most } at a time. Split it into smaller files.
# The start of a message about one scenario in a file: "Scenario 3:", then one of the
# calc-file-item-… messages below.
calc-file-item = Scenario { $number }:
calc-file-item-named = Scenario { $number } ("{ $name }"):
calc-file-item-no-name = it has no name. Give every scenario a name.
calc-file-item-name-too-long = its name is longer than { $most } characters. Shorten it.
calc-file-item-unreadable = its household could not be read: a part of it is missing, or is the wrong kind of thing. The file may have been changed by hand. Nothing was imported.
# $reasons is one or more of the calc-invalid-… sentences.
calc-file-item-invalid = it cannot be calculated: { $reasons } Nothing was imported.

## Why a share link could not be opened

calc-link-empty = This link has no household in it. Ask for the link again.
calc-link-too-long = This link is far longer than a { -app-name } link can be. Check that you copied the right link.
calc-link-not-ours = This is not a { -app-name } share link, or it has been changed. Ask for the link again.
calc-link-truncated = This link has been cut short, probably when it was copied. Ask for the link again and copy all of it.
# $version is a number.
calc-link-newer = This link was made by a newer version of { -app-name } (link version { $version }). Update the app and try again.
calc-link-unreadable = This link's household could not be read; it may have been changed. Ask for the link again.
calc-link-invalid = The household in this link cannot be calculated: { $reasons }

## The calculator page

calc-title = Will I be better off in work?
calc-lead = Find out how much money you would have if you took a job, compared with now.
# The two buttons that choose how to answer the questions.
calc-mode-label = How to answer
calc-mode-guided = One question at a time
calc-mode-compact = All on one page (for coaches)
# Names read by screen readers: the form, and the part of the page with the answer.
calc-form-label = The household
calc-answer-label = The answer
calc-boxes-to-fill = { $count ->
    [one] Fill in the form to see the answer. 1 box still needs an answer.
   *[other] Fill in the form to see the answer. { $count } boxes still need an answer.
}
calc-add-job = Add another job to compare
# $number is the number of the last job, e.g. "Remove job 2".
calc-remove-job = Remove job { $number }
calc-link-opened = Opened the household from the shared link.
# $reason is one of the calc-link-… messages.
calc-link-not-opened = The shared link could not be opened. { $reason }

## One question at a time

# $number is the question we are on, $total how many there are.
calc-progress = Question { $number } of { $total }
calc-error-summary-title = There is a problem
# Read by screen readers before a message beside a box.
calc-error-prefix = Error:
calc-continue = Continue
calc-show-answer = { $person ->
   *[self] Show my answer
    [other] Show the answer
}
calc-back = Back
calc-answers-need-checking = Some answers need checking before we can work this out.
calc-change-heading = Change your answers
# A button beside each question on the answer page; screen readers hear the question after it.
calc-change = Change

## The questions

calc-yes = Yes
calc-no = No
calc-not-sure = I'm not sure
# Words after a box.
calc-suffix-years = years
calc-suffix-week = a week
calc-suffix-month = a month
calc-suffix-year = a year
calc-suffix-hour = an hour
calc-suffix-hours-week = hours a week

calc-region-label = { $person ->
   *[self] Where do you live?
    [other] Where does { $name } live?
}
calc-region-hint = Rules for Scotland and Wales differ in places.
calc-tax-year-label = Which year's rates?
calc-tax-year-hint = Use this year's unless you are looking back.
# A UK tax year. $from and $to are years, like 2026 and 2027.
calc-tax-year-option = April { $from } to April { $to }

calc-couple-legend = { $person ->
   *[self] Do you live with a partner?
    [other] Does { $name } live with a partner?
}
calc-couple-hint = { $person ->
   *[self] A husband, wife, civil partner, or someone you live with as a couple.
    [other] A husband, wife, civil partner, or someone { $name } lives with as a couple.
}
calc-child-count-label = { $person ->
   *[self] How many children live with you?
    [other] How many children live with { $name }?
}
calc-child-count-hint = { $person ->
   *[self] Children you are responsible for, under 16, or under 20 and in school or college.
    [other] Children { $name } is responsible for, under 16, or under 20 and in school or college.
}
# In the list of how many children: 0.
calc-children-none = None
calc-married-legend = { $person ->
   *[self] Are you married or in a civil partnership?
    [other] Is { $name } married or in a civil partnership?
}
calc-married-hint = { $person ->
   *[self] This only changes the tax you pay (Marriage Allowance).
    [other] This only changes the tax { $name } pays (Marriage Allowance).
}

calc-age-you-label = { $person ->
   *[self] How old are you?
    [other] How old is { $name }?
}
calc-age-partner-label = { $person ->
   *[self] How old is your partner?
    [other] How old is their partner?
}
calc-partner-earnings-label = { $person ->
   *[self] What does your partner earn now, before tax?
    [other] What does their partner earn now, before tax?
}
calc-partner-earnings-hint = Leave empty if they do not work. This stays the same in both answers.

# $number is 1, 2, 3…
calc-child-heading = Child { $number }
calc-child-age-label = How old is child { $number }?
calc-child-dla-legend = Does child { $number } get Disability Living Allowance?
calc-child-dla-hint = Or Child Disability Payment in Scotland.
calc-child-dla-lowest = Yes, the lowest care rate
calc-child-dla-middle = Yes, the middle care rate
calc-child-dla-highest = Yes, the highest care rate, or they are registered blind

# Headings for a couple's health questions.
calc-heading-you = You
calc-heading-partner = { $person ->
   *[self] Your partner
    [other] Their partner
}
calc-lcwra-legend-you = { $person ->
   *[self] Do you get the health element of Universal Credit?
    [other] Does { $name } get the health element of Universal Credit?
}
calc-lcwra-legend-partner = { $person ->
   *[self] Does your partner get the health element of Universal Credit?
    [other] Does their partner get the health element of Universal Credit?
}
calc-lcwra-hint-you = { $person ->
   *[self] Your Universal Credit statement would say you have limited capability for work and work-related activity (LCWRA).
    [other] The Universal Credit statement would say { $name } has limited capability for work and work-related activity (LCWRA).
}
calc-lcwra-hint-partner = { $person ->
   *[self] Your Universal Credit statement would say your partner has limited capability for work and work-related activity (LCWRA).
    [other] The Universal Credit statement would say their partner has limited capability for work and work-related activity (LCWRA).
}
calc-lcwra-new-legend-you = { $person ->
   *[self] Did your health element start on or after 6 April 2026?
    [other] Did the health element for { $name } start on or after 6 April 2026?
}
calc-lcwra-new-legend-partner = { $person ->
   *[self] Did your partner's health element start on or after 6 April 2026?
    [other] Did their partner's health element start on or after 6 April 2026?
}
calc-lcwra-new-hint = New awards from April 2026 are paid at a lower rate, unless the condition is severe or terminal.
calc-pip-daily-legend-you = { $person ->
   *[self] Do you get the daily living part of PIP?
    [other] Does { $name } get the daily living part of PIP?
}
calc-pip-daily-legend-partner = { $person ->
   *[self] Does your partner get the daily living part of PIP?
    [other] Does their partner get the daily living part of PIP?
}
calc-pip-daily-hint = { $person ->
   *[self] Personal Independence Payment, or Adult Disability Payment in Scotland. It carries on in work.
    [other] Personal Independence Payment, or Adult Disability Payment in Scotland. It carries on in work.
}
calc-pip-mobility-legend-you = { $person ->
   *[self] Do you get the mobility part of PIP?
    [other] Does { $name } get the mobility part of PIP?
}
calc-pip-mobility-legend-partner = { $person ->
   *[self] Does your partner get the mobility part of PIP?
    [other] Does their partner get the mobility part of PIP?
}
calc-pip-standard = Yes, the standard rate
calc-pip-enhanced = Yes, the enhanced rate
calc-carer-legend-you = { $person ->
   *[self] Are you a carer for 35 hours a week or more?
    [other] Is { $name } a carer for 35 hours a week or more?
}
calc-carer-legend-partner = { $person ->
   *[self] Is your partner a carer for 35 hours a week or more?
    [other] Is their partner a carer for 35 hours a week or more?
}
calc-carer-hint = { $person ->
   *[self] For someone who gets a disability benefit. You may get Carer's Allowance (Carer Support Payment in Scotland).
    [other] For someone who gets a disability benefit. The carer may get Carer's Allowance (Carer Support Payment in Scotland).
}

calc-tenure-legend = { $person ->
   *[self] How do you pay for your home?
    [other] How does { $name } pay for their home?
}
calc-tenure-social = { $person ->
   *[self] I rent from the council or a housing association
    [other] Rents from the council or a housing association
}
calc-tenure-private = { $person ->
   *[self] I rent from a private landlord
    [other] Rents from a private landlord
}
calc-tenure-owner = { $person ->
   *[self] I own it or pay a mortgage
    [other] Owns it or pays a mortgage
}
calc-tenure-free = { $person ->
   *[self] I live rent-free
    [other] Lives rent-free
}
calc-rent-label = { $person ->
   *[self] How much is your rent?
    [other] How much is the rent?
}
calc-rent-hint = The full rent, even if Universal Credit pays some of it.
# Where Housing Benefit pays the rent: supported or temporary housing, or at pension age.
calc-rent-hint-hb = The full rent, even if Housing Benefit pays some of it.
calc-rent-period-legend = Is that a week, every four weeks or a month?
calc-rent-period-week = A week
calc-rent-period-four-weeks = Every 4 weeks
calc-rent-period-month = A month
calc-service-charges-label = Service charges, if they are on top of the rent (optional)
calc-service-charges-hint = For example cleaning of shared areas. Same period as the rent.
calc-brma-label = { $person ->
   *[self] Which rental area do you live in?
    [other] Which rental area does { $name } live in?
}
calc-brma-hint = { $person ->
   *[self] Universal Credit pays private rent up to the Local Housing Allowance for your area.
    [other] Universal Credit pays private rent up to the Local Housing Allowance for the area.
}
# The first choice in the list of rental areas.
calc-brma-main-area = { $person ->
   *[self] The main area of my region
    [other] The main area of the region
}
calc-bedrooms-label = { $person ->
   *[self] How many bedrooms does your home have? (optional)
    [other] How many bedrooms does the home have? (optional)
}
calc-bedrooms-hint = { $person ->
   *[self] Leave empty if your home is the right size for you. Spare bedrooms cut the help with rent.
    [other] Leave empty if the home is the right size. Spare bedrooms cut the help with rent.
}

calc-council-tax-label = { $person ->
   *[self] Council tax for the year (optional)
    [other] Council tax for the year on the home { $name } lives in (optional)
}
calc-council-tax-hint = { $person ->
   *[self] The full bill, from your council tax letter.
    [other] The full bill, from the council tax letter.
}
calc-council-tax-reduction-label = Council Tax Reduction for the year (optional)
calc-council-tax-reduction-hint = { $person ->
   *[self] Help you get with council tax. Each council has its own scheme, so we use what you enter.
    [other] Help { $name } gets with council tax. Each council has its own scheme, so we use what you enter.
}
calc-savings-label = { $person ->
   *[self] Savings and investments (optional)
    [other] How much does { $name } have in savings and investments? (optional)
}
calc-savings-hint = Savings over £6,000 lower Universal Credit. Over £16,000 stops it.
calc-uc-statement-label = { $person ->
   *[self] Universal Credit on your last statement (optional)
    [other] Universal Credit on the last statement (optional)
}
calc-uc-statement-hint = { $person ->
   *[self] The amount you get a month. If you give it, we use it for what you get now.
    [other] The amount { $name } gets a month. If you give it, we use it for what they get now.
}

calc-offer-who-legend = Who would take this job?
calc-offer-who-me = Me
calc-offer-who-partner = { $person ->
   *[self] My partner
    [other] Their partner
}
calc-hours-label = { $person ->
   *[self] How many hours a week?
    [other] How many hours a week would { $name } work?
}
calc-pay-frequency-legend = { $person ->
   *[self] How often would you be paid?
    [other] How often would { $name } be paid?
}
calc-pay-frequency-hint = { $person ->
   *[self] This changes when Universal Credit sees your wages in the first months.
    [other] This changes when Universal Credit sees the wages in the first months.
}
calc-pay-weekly = Every week
calc-pay-fortnightly = Every 2 weeks
calc-pay-four-weekly = Every 4 weeks
calc-pay-monthly = Every month
calc-wage-label = Pay for each hour, before tax
# $wage is an amount like £12.71.
calc-wage-hint = Leave empty for the legal minimum for the age given: { $wage } an hour.
calc-wage-hint-no-age = Leave empty for the legal minimum wage.
calc-travel-label = Travel to work (optional)
calc-travel-hint = Bus or train fares, or fuel.
calc-childcare-label = { $person ->
   *[self] Childcare you would pay while at work (optional)
    [other] Childcare { $name } would pay while at work (optional)
}
calc-childcare-hint = Universal Credit can pay back up to 85% of it.
calc-pension-legend = { $person ->
   *[self] Would you pay into a workplace pension?
    [other] Would { $name } pay into a workplace pension?
}
calc-pension-hint = { $person ->
   *[self] Most workers over 22 earning over £10,000 a year are put in one. You can opt out.
    [other] Most workers over 22 earning over £10,000 a year are put in one. They can opt out.
}

## Benefits, pension age, supported housing, family and costs

calc-expecting-legend = { $person ->
   *[self] Is anyone in your home expecting a baby?
    [other] Is anyone in the home expecting a baby?
}
calc-expecting-hint = There can be help with food, milk and things for the baby.
calc-birth-date-label-you = { $person ->
   *[self] What is your date of birth? (optional)
    [other] When was { $name } born? (optional)
}
calc-birth-date-label-partner = { $person ->
   *[self] What is your partner's date of birth? (optional)
    [other] When was their partner born? (optional)
}
calc-birth-date-hint = This tells us when State Pension age starts. Without it we use the age.
calc-state-pension-label-you = { $person ->
   *[self] How much State Pension do you get?
    [other] How much State Pension does { $name } get?
}
calc-state-pension-label-partner = { $person ->
   *[self] How much State Pension does your partner get?
    [other] How much State Pension does their partner get?
}
calc-state-pension-hint = { $person ->
   *[self] The amount a week, from your State Pension letter. Enter 0 if you get none.
    [other] The amount a week, from the State Pension letter. Enter 0 if { $name } gets none.
}
# One question at a time, over State Pension age, when the amount is left empty.
calc-err-state-pension-you = { $person ->
   *[self] Enter how much State Pension you get a week, or 0 if you get none
    [other] Enter how much State Pension { $name } gets a week, or 0 if they get none
}
calc-err-state-pension-partner = { $person ->
   *[self] Enter how much State Pension your partner gets a week, or 0 if they get none
    [other] Enter how much State Pension their partner gets a week, or 0 if they get none
}
# With the answer, when the amount is left empty over State Pension age (none is counted).
calc-warn-no-state-pension-you = { $person ->
   *[self] No State Pension entered: we counted none. Most people over State Pension age get one. Enter it for a right answer.
    [other] No State Pension entered for { $name }: we counted none. Most people over State Pension age get one. Enter it for a right answer.
}
calc-warn-no-state-pension-partner = { $person ->
   *[self] No State Pension entered for your partner: we counted none. Most people over State Pension age get one. Enter it for a right answer.
    [other] No State Pension entered for their partner: we counted none. Most people over State Pension age get one. Enter it for a right answer.
}
# In "What we assumed", for the same.
calc-assumed-no-state-pension-you = { $person ->
   *[self] No State Pension for you: the amount was left empty.
    [other] No State Pension for { $name }: the amount was left empty.
}
calc-assumed-no-state-pension-partner = { $person ->
   *[self] No State Pension for your partner: the amount was left empty.
    [other] No State Pension for their partner: the amount was left empty.
}
# $number is 1, 2, 3…
calc-twin-legend = Is child { $number } a twin or triplet of another child here?
calc-twin-hint = Twins and triplets can change the two-child limit.
calc-new-style-legend-you = { $person ->
   *[self] Do you get New Style ESA or New Style JSA?
    [other] Does { $name } get New Style ESA or New Style JSA?
}
calc-new-style-legend-partner = { $person ->
   *[self] Does your partner get New Style ESA or New Style JSA?
    [other] Does their partner get New Style ESA or New Style JSA?
}
calc-new-style-hint = { $person ->
   *[self] New Style benefits come from National Insurance paid in past jobs. Your award letter says which.
    [other] New Style benefits come from National Insurance paid in past jobs. The award letter says which.
}
calc-new-style-esa = Yes, New Style ESA (Employment and Support Allowance)
calc-new-style-jsa = Yes, New Style JSA (Jobseeker's Allowance)
calc-esa-group-legend-you = { $person ->
   *[self] Which ESA group are you in?
    [other] Which ESA group is { $name } in?
}
calc-esa-group-legend-partner = { $person ->
   *[self] Which ESA group is your partner in?
    [other] Which ESA group is their partner in?
}
calc-esa-group-hint = { $person ->
   *[self] Your ESA letter says. Before the health check decides, it is the assessment phase.
    [other] The ESA letter says. Before the health check decides, it is the assessment phase.
}
calc-esa-group-assessment = Not decided yet (assessment phase)
calc-esa-group-wrag = The work-related activity group
calc-esa-group-support = The support group
calc-award-weekly-label = How much is it a week? (optional)
calc-award-weekly-hint = From the award letter. Leave it empty and we use the usual rate.
calc-tenure-family = { $person ->
   *[self] I live in my family's home
    [other] Lives in their family's home
}
calc-supported-legend = Is it supported housing or temporary housing?
calc-supported-hint = Supported housing gives care or support, like a hostel or a refuge. The council gives temporary housing to people who are homeless. Housing Benefit pays the rent there.
calc-supported-yes = Yes, supported housing
calc-temporary-yes = Yes, temporary housing from the council
calc-family-contribution-label = { $person ->
   *[self] What do you pay your family towards the home? (optional)
    [other] What does { $name } pay the family towards the home? (optional)
}
calc-family-contribution-hint = { $person ->
   *[self] Money you give them each month for rent or bills.
    [other] Money { $name } gives them each month for rent or bills.
}
calc-relative-legend = { $person ->
   *[self] How does your family pay their rent?
    [other] How does the family pay their rent?
}
calc-relative-hint = { $person ->
   *[self] Think of the person who rents the home, like your mum or dad.
    [other] Think of the person who rents the home, like a mum or dad.
}
calc-relative-uc = Universal Credit helps them pay it
calc-relative-hb = Housing Benefit helps them pay it
calc-relative-none = They own the home, pay it all, or I don't know
calc-relative-exempt-legend = Do they get a disability benefit, or are they blind?
calc-relative-exempt-hint = { $person ->
   *[self] PIP daily living, DLA care or Attendance Allowance. Then their help with rent is not cut because you live there.
    [other] PIP daily living, DLA care or Attendance Allowance. Then their help with rent is not cut because { $name } lives there.
}
calc-ctr-in-work-legend = In work, which Council Tax Reduction should we use?
calc-ctr-in-work-hint = Each council has its own rules. If the council has told you, use its figure.
calc-ctr-estimate = Work it out for me (an estimate)
calc-ctr-own = The figure the council gave me
calc-ctr-in-work-label = Council Tax Reduction in work, for the year
calc-uc-deductions-label = { $person ->
   *[self] Money taken off your Universal Credit each month (optional)
    [other] Money taken off the Universal Credit each month (optional)
}
calc-uc-deductions-hint = { $person ->
   *[self] For example to pay back an advance, rent you owe or a debt. Your statement lists it. It carries on in work.
    [other] For example to pay back an advance, rent owed or a debt. The statement lists it. It carries on in work.
}
calc-grace-legend = { $person ->
   *[self] Did a job of a year or more end in the last 9 months?
    [other] Did a job { $name } had for a year or more end in the last 9 months?
}
calc-grace-hint = { $person ->
   *[self] If you earned at least 16 hours a week at the minimum wage, the benefit cap waits 9 months.
    [other] If { $name } earned at least 16 hours a week at the minimum wage, the benefit cap waits 9 months.
}
calc-supported-work-legend = Is this job supported permitted work?
calc-supported-work-hint = Work with support from the council or a charity for disabled people. Then ESA carries on at any hours.
calc-travel-period-legend = Is that a week or a month?
calc-travel-period-week = A week
calc-travel-period-month = A month
calc-childcare-children-label = How many of the children is the childcare for?
calc-childcare-children-hint = Universal Credit pays more for two or more children in childcare.
# The first choice in the list: the childcare is for every child young enough.
calc-childcare-children-all = All of them
calc-err-birth-date = Enter a real date of birth
calc-err-birth-date-age = This date of birth does not fit the age given
calc-err-esa-group = Choose the ESA group
calc-what-state-pension = the State Pension
calc-what-award = the weekly amount
calc-what-family-contribution = { $person ->
   *[self] what you pay your family
    [other] what { $name } pays the family
}
calc-what-council-tax-reduction-in-work = the council tax reduction in work
calc-what-uc-deductions = the money taken off
calc-what-childcare-children = number of children
calc-assumed-award-rate = We used the usual weekly rate of New Style ESA or JSA. Enter the amount on the award letter for a closer figure.

## Keep and share

calc-keep-heading = Keep and share
calc-save-name-label = Name for this scenario
calc-save-name-hint = For example initials and the job: “AB café 16 hours”. It is saved on this device only.
calc-save = Save
calc-saved-heading = Saved on this device
calc-delete-confirm = Delete it for good?
calc-delete-yes = Yes, delete
calc-delete-keep = Keep it
# Buttons beside a saved scenario; screen readers hear its name after the word.
calc-open = Open
calc-copy = Copy
calc-delete = Delete
calc-share-heading = Share a link
calc-share-text = The link holds the answers in the part of the address after the # sign. Browsers never send that part anywhere: the household goes only where you paste the link.
calc-share-make = Make a share link
calc-share-link-label = Link to this household
calc-share-copy = Copy link
calc-share-copy-yourself = Select the link in the box and copy it.
calc-link-copied = Link copied. Paste it into a message or email.
calc-link-copy-refused = This browser did not let us copy the link. Select the link in the box and copy it yourself.
calc-reset-heading = Start again
calc-reset-text = Clear every answer on the form. Saved scenarios are kept.
calc-reset = Clear the form
calc-reset-question = Clear every answer on the form?
calc-reset-yes = Yes, clear the form
calc-reset-no = No, keep my answers
calc-reset-cleared = The form is clear. Changed your mind? You can undo this until you type a new answer.
calc-reset-undo = Undo
calc-move-heading = Move to another device
calc-export = Download saved scenarios as a file
calc-import-label = Add scenarios from a file
calc-import-hint = A file downloaded from this calculator. A file that cannot be read is refused and nothing changes.
calc-export-nothing = None of the saved scenarios is finished, so there is nothing to download yet.
calc-exported = { $count ->
    [one] Downloaded { $count } scenario.
   *[other] Downloaded { $count } scenarios.
}
# $left_out is how many scenarios were not finished.
calc-exported-some = { $count ->
    [one] Downloaded { $count } scenario. { $left_out } not finished and left out.
   *[other] Downloaded { $count } scenarios. { $left_out } not finished and left out.
}
calc-export-refused = The browser would not download the file.
calc-import-too-big = That file is too big to be a scenarios file (over 2 MB). Nothing was added.
calc-import-unreadable = The file could not be read.
# $reason is one of the calc-file-… messages.
calc-import-refused = The file was not added. { $reason }
calc-storage-unreadable = Your saved scenarios could not be read by this version of the app. They are still on this device and nothing has been deleted, but scenarios you save now are kept only until you close the page.
calc-storage-unavailable = This browser is not letting us save on this device, so saved scenarios will be lost when you close the page. Everything else works. You can still export a file.
calc-storage-full = This device has no room left to save scenarios, so the latest change is kept only until you close the page. Delete a saved scenario or some pictures, or export a file.

## The calculator on an agency's website

calc-embed-private = Everything you type stays on this device. Nothing is sent to us, to this website or anyone else.
calc-embed-open-app = Open { -app-name } in a new tab
# At the top of the calculator on an agency's website. $name is the agency's name.
calc-embed-heading = Better-off calculator from { $name }

## Easy read: shorter sentences, one idea a line (shown when easy read is on)

calc-lead--easy =
    See how much money you would have in a job.
    Compare it with what you have now.
calc-couple-hint--easy =
    A partner is a husband, wife or civil partner.
    { $person ->
       *[self] Or someone you live with as a couple.
        [other] Or someone { $name } lives with as a couple.
    }
calc-child-count-hint--easy =
    { $person ->
       *[self] Children you look after.
        [other] Children { $name } looks after.
    }
    Under 16. Or under 20 and still at school or college.
calc-lcwra-hint-you--easy =
    { $person ->
       *[self] It is extra money for your health.
        [other] It is extra money for their health.
    }
    { $person ->
       *[self] Your Universal Credit statement says if you get it.
        [other] The Universal Credit statement says if { $name } gets it.
    }
calc-lcwra-hint-partner--easy =
    { $person ->
       *[self] It is extra money for your partner's health.
        [other] It is extra money for their partner's health.
    }
    { $person ->
       *[self] Your Universal Credit statement says if your partner gets it.
        [other] The Universal Credit statement says if their partner gets it.
    }
calc-lcwra-new-hint--easy =
    New awards from April 2026 pay less.
    Not if the illness is very bad.
calc-pip-daily-hint--easy =
    PIP is Personal Independence Payment.
    In Scotland it is Adult Disability Payment.
    { $person ->
       *[self] You keep it when you work.
        [other] They keep it when they work.
    }
calc-carer-hint--easy =
    { $person ->
       *[self] You look after someone who gets a disability benefit.
        [other] They look after someone who gets a disability benefit.
    }
    { $person ->
       *[self] You may get Carer's Allowance.
        [other] They may get Carer's Allowance.
    }
calc-rent-hint--easy =
    Write all of the rent.
    Even if Universal Credit pays some of it.
calc-rent-hint-hb--easy =
    Write all of the rent.
    Even if Housing Benefit pays some of it.
calc-bedrooms-hint--easy =
    { $person ->
       *[self] Leave this empty if your home is the right size.
        [other] Leave this empty if the home is the right size.
    }
    A spare bedroom means less help with rent.
calc-council-tax-reduction-hint--easy =
    This is help to pay council tax.
    Every council has its own rules.
    We use what you write.
calc-savings-hint--easy =
    Over £6,000 of savings means less Universal Credit.
    Over £16,000 means no Universal Credit.
calc-uc-statement-hint--easy =
    { $person ->
       *[self] The Universal Credit you get each month.
        [other] The Universal Credit { $name } gets each month.
    }
    { $person ->
       *[self] We use it for what you get now.
        [other] We use it for what they get now.
    }
calc-pay-frequency-hint--easy =
    { $person ->
       *[self] This changes when Universal Credit sees your pay.
        [other] This changes when Universal Credit sees the pay.
    }
    It matters in the first months.
calc-pension-hint--easy =
    Most workers are put in a pension.
    { $person ->
       *[self] You can say no.
        [other] They can say no.
    }
calc-share-text--easy =
    The link holds your answers.
    They go only where you paste the link.
    Nothing is sent to us.
calc-storage-unavailable--easy =
    This browser does not let us save.
    Saved scenarios go when you close the page.
    Everything else works.
calc-new-style-hint--easy =
    { $person ->
       *[self] You may get these if you paid National Insurance in past jobs.
        [other] They may get these if they paid National Insurance in past jobs.
    }
    { $person ->
       *[self] Your letter says which one you get.
        [other] The letter says which one they get.
    }
calc-supported-hint--easy =
    { $person ->
       *[self] Supported housing gives you care or support.
        [other] Supported housing gives care or support.
    }
    { $person ->
       *[self] Temporary housing is from the council when you have no home.
        [other] Temporary housing is from the council when a person has no home.
    }
    Housing Benefit pays the rent there.
calc-uc-deductions-hint--easy =
    Money taken off to pay back a debt.
    { $person ->
       *[self] Your statement shows it.
        [other] The statement shows it.
    }
    { $person ->
       *[self] It carries on when you work.
        [other] It carries on in work.
    }
calc-grace-hint--easy =
    { $person ->
       *[self] Did you work 16 hours a week or more?
        [other] Did { $name } work 16 hours a week or more?
    }
    Then the benefit cap waits 9 months.
calc-supported-work-hint--easy =
    { $person ->
       *[self] A council or charity helps you at work.
        [other] A council or charity helps them at work.
    }
    { $person ->
       *[self] Then you keep ESA.
        [other] Then they keep ESA.
    }
calc-relative-exempt-hint--easy =
    For example PIP or Attendance Allowance.
    Then their rent help is not cut.

## A share link, Keep and share, and whose name the tenancy is in
calc-change-answers = Change the answers
calc-keep-later = When there is an answer, you can keep it and share it here.
calc-tenancy-legend = Whose name is the tenancy in?
calc-tenancy-hint = { $person ->
   *[self] The tenancy is the agreement to rent the home.
    [other] The tenancy is the agreement to rent the home { $name } lives in.
}
calc-tenancy-mine = { $person ->
   *[self] My name
    [other] Their own name
}
calc-tenancy-relative = A parent's or another relative's name

## Whom the form is for (issue 20). A mother may answer for her grown-up son, or a support
## worker for the person they support. Messages that say "you" then take $person, "self" or
## "other", and $name: their first name ("Sam") or the words for them below ("your son").
## Word the [other] variants so that $name never needs a capital letter, a case ending or a
## word that agrees with it (it may be a name or a phrase).

calc-step-person = Who is this for?
calc-for-whom-legend = Who are you filling this in for?
calc-for-whom-hint = The questions then use their name, not “you”.
calc-for-whom-myself = Myself
calc-for-whom-son = My son
calc-for-whom-daughter = My daughter
calc-for-whom-partner = My partner
calc-for-whom-supported = Someone I support, as a job coach or support worker
calc-for-whom-someone = Someone else
calc-person-name-label = What is their first name?
calc-person-name-hint = You can leave this blank. It stays on this device. It is not in a share link.
# Words that stand for the person in the questions, after "How old is …?".
calc-person-you = you
calc-person-son = your son
calc-person-daughter = your daughter
calc-person-partner = your partner
calc-person-supported = the person you support
calc-person-someone = this person
