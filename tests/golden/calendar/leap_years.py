# Leap years and counting them.
import calendar

for y in (1900, 2000, 2023, 2024, 2100, 2400):
    print(y, calendar.isleap(y), calendar.monthrange(y, 2))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(-10, 10))
print(calendar.leapdays(2024, 1900))
