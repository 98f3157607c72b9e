# Weeks that start on Sunday, module-wide and per calendar.
import calendar

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.weekheader(3))
calendar.setfirstweekday(calendar.MONDAY)
t = calendar.TextCalendar(firstweekday=3)
print(list(t.iterweekdays()), t.getfirstweekday())
t.setfirstweekday(10)
print(t.firstweekday, list(t.iterweekdays()))
print(t.formatweekheader(9))
print(t.formatweekheader(1))
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
