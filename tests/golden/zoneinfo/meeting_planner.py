# Plan a meeting across offices: convert one UTC time to each office's local time.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

offices = {
    "New York": "America/New_York",
    "London": "Europe/London",
    "Kolkata": "Asia/Kolkata",
    "Sydney": "Australia/Sydney",
    "Kathmandu": "Asia/Kathmandu",
    "St. John's": "America/St_Johns",
}

for start in [datetime(2024, 1, 15, 14, 0, tzinfo=timezone.utc),
              datetime(2024, 7, 15, 14, 0, tzinfo=timezone.utc)]:
    print("Meeting at", start.isoformat())
    for city, key in offices.items():
        local = start.astimezone(ZoneInfo(key))
        flag = " (DST)" if local.dst() else ""
        print(f"  {city:10} {local:%Y-%m-%d %H:%M} {local.tzname():5} "
              f"UTC{local:%z}{flag}")

ny = ZoneInfo("America/New_York")
start = datetime(2024, 3, 9, 12, 0, tzinfo=ny)
for days in range(3):
    t = start + timedelta(days=days)
    print(t, t.tzname(), t.utcoffset(), (t.astimezone(timezone.utc) - start).total_seconds())
print(datetime(2024, 3, 10, 12, tzinfo=ny) - datetime(2024, 3, 9, 12, tzinfo=ny))
london = ZoneInfo("Europe/London")
a = datetime(2024, 6, 1, 9, tzinfo=london)
b = datetime(2024, 6, 1, 4, tzinfo=ny)
print(a == b, a - b, a < b)
print(sorted([datetime(2024, 6, 1, 10, tzinfo=london), datetime(2024, 6, 1, 4, 30, tzinfo=ny)]))
