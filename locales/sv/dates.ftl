# Datum. $day och $year är siffror; $month är ett av månadsnamnen nedan.

result-date-long = { $day } { $month } { $year }
result-date-short = { $day } { $month }
result-month-1 = januari
result-month-2 = februari
result-month-3 = mars
result-month-4 = april
result-month-5 = maj
result-month-6 = juni
result-month-7 = juli
result-month-8 = augusti
result-month-9 = september
result-month-10 = oktober
result-month-11 = november
result-month-12 = december
