# Datums. $day en $year zijn cijfers; $month is een van de maandnamen hieronder.

result-date-long = { $day } { $month } { $year }
result-date-short = { $day } { $month }
result-month-1 = januari
result-month-2 = februari
result-month-3 = maart
result-month-4 = april
result-month-5 = mei
result-month-6 = juni
result-month-7 = juli
result-month-8 = augustus
result-month-9 = september
result-month-10 = oktober
result-month-11 = november
result-month-12 = december
