import os
import pickle
from datetime import datetime, time, timezone
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

z = ZoneInfo("Europe/Paris")
print(repr(z), str(z), z.key)
print(ZoneInfo("Europe/Paris") is z)
fresh = ZoneInfo.no_cache("Europe/Paris")
print(fresh is z, fresh.key, fresh.utcoffset(datetime(2020, 7, 1)))
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print(ZoneInfo("Europe/Paris") is z)
ZoneInfo.clear_cache()
print(isinstance(z, zoneinfo.ZoneInfo), issubclass(ZoneInfo, __import__("datetime").tzinfo))

utc = ZoneInfo("UTC")
print(utc.utcoffset(None), utc.tzname(None), utc.dst(None))
print(z.utcoffset(None), z.tzname(None), z.dst(None))
print(utc.utcoffset(datetime(2020, 1, 1)), utc.tzname(datetime(2020, 1, 1)))
print(ZoneInfo("Etc/GMT+5").utcoffset(None), ZoneInfo("Etc/GMT-14").tzname(None))
print(time(12, 0, tzinfo=z).utcoffset(), time(12, 0, tzinfo=utc).utcoffset())

with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    tokyo = ZoneInfo.from_file(f, key="Tokyo/Custom")
print(repr(tokyo), tokyo.utcoffset(datetime(2020, 1, 1)))
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    anon = ZoneInfo.from_file(f)
print(str(anon).startswith("zoneinfo.ZoneInfo.from_file(<_io.BufferedReader"), anon.key)
try:
    pickle.dumps(anon)
except pickle.PicklingError as e:
    print("PicklingError:", e)

back = pickle.loads(pickle.dumps(z))
print(back is ZoneInfo("Europe/Paris"), back.key)
dt = datetime(2021, 5, 5, 12, tzinfo=z)
print(pickle.loads(pickle.dumps(dt)) == dt)

for key in ["Mars/Olympus_Mons", "/etc/passwd", "../secret", "a/../b", "", "Europe//Paris"]:
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e, isinstance(e, KeyError))
    except ValueError as e:
        print("ValueError", e)

try:
    z.fromutc(datetime(2020, 1, 1))
except ValueError as e:
    print("ValueError", e)
try:
    z.fromutc("2020")
except TypeError as e:
    print("TypeError", e)
print(z.fromutc(datetime(2020, 1, 1, tzinfo=z)))

zones = zoneinfo.available_timezones()
print(len(zones) > 300, "Europe/Paris" in zones, "posixrules" in zones,
      any(k.startswith("right/") for k in zones), "UTC" in zones)
print(zoneinfo.TZPATH)
saved = zoneinfo.TZPATH
zoneinfo.reset_tzpath(["/nonexistent/zones"])
print(zoneinfo.TZPATH)
try:
    ZoneInfo.no_cache("Europe/Rome")
except ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
for bad in ["relative/path", ("x",)]:
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
zoneinfo.reset_tzpath(saved)
print(ZoneInfo.no_cache("Europe/Rome").key)
