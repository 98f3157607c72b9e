# Bad months and weekdays raise CPython's errors.
import calendar

for m in (0, 13, -1):
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, calendar.error))
try:
    calendar.month(2024, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError:", e)
try:
    calendar.setfirstweekday(-1)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError:", e, e.weekday)
