# timegm is the inverse of time.gmtime.
import calendar
import time

for stamp in (0, 86399, 951782400, 1700000000, -86400):
    tm = time.gmtime(stamp)
    print(stamp, calendar.timegm(tm), calendar.timegm(tm) == stamp)
print(calendar.timegm((2024, 1, 1, 12, 30, 5)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.EPOCH, calendar.mdays)
