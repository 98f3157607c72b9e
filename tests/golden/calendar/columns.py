# Formatting columns of text the way calendar lays out its months.
import calendar

calendar.format(["Jan", "Feb", "Mar"])
calendar.format(["a", "b"], 5, 2)
print(repr(calendar.formatstring(["x", "y", "z"], 3, 1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
t = calendar.TextCalendar()
print(repr(t.formatmonthname(2024, 3, 20)), repr(t.formatmonthname(2024, 3, 20, False)))
print(repr(t.formatday(0, 0, 3)), repr(t.formatday(7, 0, 3)))
t.prweek([(30, 0), (31, 1)], 2)
print()
