# Months as lists of weeks: numbers, (day, weekday) pairs and dates.
import calendar

for row in calendar.monthcalendar(2024, 4):
    print(row)
cal = calendar.Calendar(firstweekday=6)
print(cal.monthdays2calendar(2024, 2)[0])
for week in cal.monthdatescalendar(2024, 3)[:2]:
    print([d.isoformat() for d in week])
print(list(cal.itermonthdays3(2024, 1))[:5])
print(list(cal.itermonthdays4(2024, 12))[-3:])
print(len(cal.yeardayscalendar(2024, 4)), [len(r) for r in cal.yeardays2calendar(2024, 5)])
