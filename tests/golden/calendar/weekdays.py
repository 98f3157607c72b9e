# Which day of the week a date falls on, and the names of days and months.
import calendar

for date in [(2024, 7, 4), (1969, 7, 20), (2000, 1, 1), (1, 1, 1), (9999, 12, 31)]:
    d = calendar.weekday(*date)
    print(date, d, calendar.day_name[d], calendar.day_abbr[d])
print(list(calendar.day_name))
print(list(calendar.month_name), len(calendar.month_name))
print(calendar.month_abbr[1:4], calendar.day_abbr[-1])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February)
