import datetime
from datetime import date, datetime as DT, timedelta, timezone, time

d = DT(2024, 1, 2, 3, 4, 5)
print(repr(d), str(d))
print(repr(DT(2024, 1, 2)), repr(DT(2024, 1, 2, 3, 4, 5, 6)))
print(repr(DT(2024, 1, 2, tzinfo=timezone.utc)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond)
print(d.isoformat(), d.isoformat(sep=" "), d.isoformat(timespec="minutes"))
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%a %A %b %B %j %p %I %y %%"))
print(f"{d:%d/%m/%Y}", format(d, "%H.%M"), "{:%Y}".format(d))
print(d.date(), repr(d.date()), d.time(), repr(d.time()))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple()[:6])
print(d.replace(year=2020), d.replace(hour=0, minute=0))

for td in [timedelta(seconds=5), timedelta(days=1, hours=2), timedelta(), timedelta(minutes=-1),
           timedelta(microseconds=1500), timedelta(weeks=2, milliseconds=3), timedelta(days=-3, seconds=30),
           timedelta(hours=1.5), timedelta(days=400)]:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)

td = timedelta(hours=1, minutes=30)
print(td * 2, td / 2, td // 3, 2 * td, td + td, td - timedelta(hours=2), -td, abs(-td), +td)
print(td / timedelta(minutes=1), td // timedelta(minutes=7), td % timedelta(minutes=7))
print(divmod(td, timedelta(minutes=7)))
print(td == timedelta(minutes=90), td < timedelta(hours=2), td > timedelta(0), bool(timedelta(0)))
print(hash(td) == hash(timedelta(seconds=5400)), {td: 1}[timedelta(minutes=90)])

d2 = DT(2024, 3, 1, 12)
print(d2 - d, repr(d2 - d), (d2 - d).total_seconds())
print(d + timedelta(days=30), d - timedelta(hours=4), timedelta(days=1) + d)
print(d < d2, d == DT(2024, 1, 2, 3, 4, 5), d != d2, max(d, d2), sorted([d2, d]))
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 12, 25) - date(2024, 1, 1), repr(date(2024, 1, 5)), str(date(2024, 1, 5)))
print(date(2024, 1, 5).isoformat(), date.fromisoformat("2023-07-04"), date(2024, 1, 5).strftime("%A %d %B"))
print(DT.fromisoformat("2024-03-04T05:06:07"), repr(DT.fromisoformat("2024-03-04 05:06:07.250000")))
print(repr(DT.fromisoformat("2024-03-04T05:06:07+02:00")))
print(DT.fromisoformat("2024-03-04T05:06:07+02:00").utcoffset())
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=2)), repr(timezone(timedelta(hours=-5), "EST")))
u = DT(2024, 1, 1, 12, tzinfo=timezone.utc)
print(u, u.isoformat(), u.tzname(), u.utcoffset(), u.astimezone(timezone(timedelta(hours=3))))
print(u.timestamp(), DT.fromtimestamp(0, timezone.utc), DT.fromtimestamp(86400.5, tz=timezone.utc))
print(u == DT(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2))))
print(datetime.MINYEAR, datetime.MAXYEAR, DT.min, DT.max, date.min, timedelta.max, timedelta.min, timedelta.resolution)
print(time(12, 30), repr(time(12, 30, 15, 100)), time(9, 5).isoformat(), time(23, 59, 59).strftime("%H-%M"))
print(DT.combine(date(2024, 5, 6), time(7, 8)))

now = DT.now()
print(type(now).__name__, isinstance(now, date), now > DT(2020, 1, 1), now.tzinfo)
today = date.today()
print(type(today).__name__, today.year >= 2024, (DT.now() - now) < timedelta(seconds=5))
utcnow = DT.now(timezone.utc)
print(utcnow.tzinfo, abs((utcnow - now.astimezone(timezone.utc)).total_seconds()) < 5)
print(abs(now.astimezone().utcoffset().total_seconds()) <= 14 * 3600)
print(isinstance(d, DT), isinstance(d, date), issubclass(DT, date), type(d - d2).__name__)
