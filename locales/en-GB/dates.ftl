# Dates, as the calculator and the tracker say them. $day and $year are digits; $month is
# one of the month names below.

result-date-long = { $day } { $month } { $year }
result-date-short = { $day } { $month }
result-month-1 = January
result-month-2 = February
result-month-3 = March
result-month-4 = April
result-month-5 = May
result-month-6 = June
result-month-7 = July
result-month-8 = August
result-month-9 = September
result-month-10 = October
result-month-11 = November
result-month-12 = December
