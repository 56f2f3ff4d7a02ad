# Dyddiadau. Mae $day a $year yn ddigidau; $month yw un o enwau'r misoedd isod.

result-date-long = { $day } { $month } { $year }
result-date-short = { $day } { $month }
result-month-1 = Ionawr
result-month-2 = Chwefror
result-month-3 = Mawrth
result-month-4 = Ebrill
result-month-5 = Mai
result-month-6 = Mehefin
result-month-7 = Gorffennaf
result-month-8 = Awst
result-month-9 = Medi
result-month-10 = Hydref
result-month-11 = Tachwedd
result-month-12 = Rhagfyr
