# Daylight saving time gaps and folds, and the fold attribute.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

cases = [
    ("America/New_York", datetime(2023, 3, 12, 2, 30)),    # in the spring gap
    ("America/New_York", datetime(2023, 11, 5, 1, 30)),    # in the autumn fold
    ("Europe/Berlin", datetime(2023, 3, 26, 2, 30)),
    ("Europe/Berlin", datetime(2023, 10, 29, 2, 30)),
    ("Australia/Lord_Howe", datetime(2023, 4, 2, 1, 45)),  # a half-hour change
    ("Australia/Lord_Howe", datetime(2023, 10, 1, 2, 15)),
    ("Europe/Dublin", datetime(2023, 1, 10, 12)),           # negative DST in winter
    ("Europe/Dublin", datetime(2023, 7, 10, 12)),
    ("Africa/Casablanca", datetime(2023, 4, 10, 12)),       # Ramadan change
]
for key, naive in cases:
    z = ZoneInfo(key)
    for fold in (0, 1):
        dt = naive.replace(tzinfo=z, fold=fold)
        print(f"{key:20} {dt} fold={fold} {dt.tzname():6} off={dt.utcoffset()} dst={dt.dst()}"
              f" utc={dt.astimezone(timezone.utc):%H:%M}")

ny = ZoneInfo("America/New_York")
utc = datetime(2023, 11, 5, 4, 0, tzinfo=timezone.utc)
for minutes in range(0, 181, 30):
    local = (utc + timedelta(minutes=minutes)).astimezone(ny)
    print(local, local.fold, local.tzname())

# A time far past the last transition in the file follows the POSIX rule at its end.
for year in (2050, 2100, 2400):
    for month in (1, 7):
        dt = datetime(year, month, 1, tzinfo=ZoneInfo("America/Chicago"))
        print(dt, dt.tzname(), dt.utcoffset())
# Before the first transition: local mean time.
early = datetime(1800, 1, 1, tzinfo=ZoneInfo("America/New_York"))
print(early.utcoffset(), early.tzname(), early.dst())
early = datetime(1800, 1, 1, tzinfo=ZoneInfo("Europe/Amsterdam"))
print(early.utcoffset(), early.tzname())
