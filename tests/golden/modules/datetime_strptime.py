from datetime import datetime, timezone

cases = [
    ("2024-01-02", "%Y-%m-%d"),
    ("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
    ("02/01/24", "%d/%m/%y"),
    ("2024-1-2", "%Y-%m-%d"),
    ("20240105", "%Y%m%d"),
    ("Tue Jan  2 03:04:05 2024", "%a %b %d %H:%M:%S %Y"),
    ("March 5, 2023 7:30 PM", "%B %d, %Y %I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("2024-03-04T05:06:07.25", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-03-04 05:06:07 +0200", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-04 05:06:07 -05:30", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-04T05:06:07Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024 060", "%Y %j"),
    ("  2024-01-02", " %Y-%m-%d"),
    ("100%", "%d%%"),
    ("2024-13-01", "%Y-%m-%d"),
    ("2024-02-30", "%Y-%m-%d"),
    ("2024-01-02 extra", "%Y-%m-%d"),
    ("2024-01", "%Y-%m-%d"),
    ("abc", "%Y"),
    ("2024", "%Q"),
    ("JAN 5 2020", "%b %d %Y"),
]
for s, f in cases:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime.strptime(2024, "%Y")
except TypeError as e:
    print("TypeError:", e)
