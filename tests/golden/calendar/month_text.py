# Printing a month as text, in the default layout and wider ones.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
calendar.prmonth(1999, 9)
calendar.prmonth(2026, 1, 4)
