from datetime import datetime
from zoneinfo import ZoneInfo


class OfficeZone(ZoneInfo):
    def describe(self, dt):
        dt = dt.replace(tzinfo=self)
        return f"{self.key}: {dt.tzname()} {dt.utcoffset()}"


a = OfficeZone("Asia/Singapore")
b = OfficeZone("Asia/Singapore")
c = ZoneInfo("Asia/Singapore")
print(a is b, a is c, type(a).__name__, type(c).__name__)
print(repr(a), str(a))
print(a.describe(datetime(2020, 1, 1)))
print(a.utcoffset(datetime(1900, 1, 1)), a.tzname(datetime(1900, 1, 1)))
OfficeZone.clear_cache()
print(OfficeZone("Asia/Singapore") is a, ZoneInfo("Asia/Singapore") is c)
d = datetime(2021, 6, 1, 12, tzinfo=a)
e = datetime(2021, 6, 1, 12, tzinfo=c)
print(d == e, d - e, hash(d) == hash(e))
print(d.astimezone(ZoneInfo("Europe/Oslo")), d.astimezone(ZoneInfo("Europe/Oslo")).tzname())
print(datetime.now(ZoneInfo("UTC")).tzinfo)
print(datetime.fromtimestamp(0, ZoneInfo("Asia/Kolkata")))
print(datetime.fromisoformat("2024-02-29T12:00:00").replace(tzinfo=ZoneInfo("Europe/Kyiv")).isoformat())
print(datetime(2024, 2, 29, 12, tzinfo=ZoneInfo("Europe/Kyiv")).strftime("%Y-%m-%d %H:%M %Z %z"))
