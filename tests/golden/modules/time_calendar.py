import time

g = time.gmtime(1700000000.7)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_zone, g.tm_gmtoff, g[0], g[-1], len(g), list(g)[:3])
print(time.strftime("%a %A %b %B|%d %e %H %I %j %m %M %p %S|%U %w %W %y %Y|%F %T %D %R|%G %V %u|%%|%C %g %h", g))
print(time.asctime(g), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.strftime("%Y-%m-%d %H:%M", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
print(time.gmtime(-1))
for day in ((2021, 1, 1), (2020, 12, 31), (2027, 1, 3), (2026, 12, 28)):
    t = time.gmtime(time.mktime(day + (12, 0, 0, 0, 0, 0)) - time.timezone)
    print(day, time.strftime("%G-W%V-%u %U %W %j", t))
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError:", e)
print(repr(time.strftime("")), time.strftime("%Q %"))
