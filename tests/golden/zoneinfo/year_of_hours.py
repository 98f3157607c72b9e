# A year of hourly instants in several zones: local time, offset and name, checked both ways.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

zones = [ZoneInfo(k) for k in ("Europe/Lisbon", "Australia/Adelaide",
                               "America/Santiago")]
start = datetime(2023, 1, 1, tzinfo=timezone.utc)
for zone in zones:
    changes = []
    last = None
    mismatches = 0
    for hour in range(0, 24 * 365, 48):
        instant = start + timedelta(hours=hour)
        local = instant.astimezone(zone)
        if local.astimezone(timezone.utc) != instant:
            mismatches += 1
        state = (local.utcoffset(), local.tzname(), local.dst())
        if state != last:
            changes.append(f"{local.isoformat()} {local.tzname()} dst={local.dst()} fold={local.fold}")
            last = state
    print(zone, "mismatches:", mismatches)
    for line in changes:
        print("  ", line)
