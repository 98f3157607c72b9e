# Parses timestamps of several log formats, as a log-shipping script would, and reports the
# lines it cannot read with the parser's own message.
import time
from datetime import datetime, timezone

LINES = [
    ("2024-03-05T14:22:01.123456+0100", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("2024-03-05 14:22:01 -07:30", "%Y-%m-%d %H:%M:%S %z"),
    ("2024-03-05T14:22:01Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("05/Mar/2024:14:22:01 +0000", "%d/%b/%Y:%H:%M:%S %z"),
    ("Tue Mar  5 14:22:01 2024", "%c"),
    ("03/05/24", "%x"),
    ("14:22:01", "%X"),
    ("Tuesday, March 05, 2024 02:22 PM", "%A, %B %d, %Y %I:%M %p"),
    ("12:05 am", "%I:%M %p"),
    ("2024 10 2", "%Y %U %w"),
    ("2024 10 2", "%Y %W %w"),
    ("2024-W10-2", "%G-W%V-%u"),
    ("2024 065", "%Y %j"),
    ("2023 366", "%Y %j"),
    ("feb 29", "%b %d"),
    ("UTC 2024", "%Z %Y"),
    ("  2024   3  ", " %Y %m "),
    ("2024-03-05 extra", "%Y-%m-%d"),
    ("2024/03/05", "%Y-%m-%d"),
    ("2024-02-30", "%Y-%m-%d"),
    ("2024", "%Y %q"),
    ("2024", "%Y%"),
    ("2024", "%G"),
    ("10 2", "%V %u"),
    ("2024 10 2", "%Y %V %u"),
    ("2024 10 2 5", "%G %V %u %j"),
    ("+05:3000", "%z"),
    ("60", "%S"),
    ("5 %", "%d %%"),
    ("1.5 (x)", "%d.%m (x)"),
]

for text, fmt in LINES:
    try:
        t = time.strptime(text, fmt)
        print(f"{text!r:40} time  {tuple(t)} zone={t.tm_zone} off={t.tm_gmtoff}")
    except ValueError as e:
        print(f"{text!r:40} time  ValueError: {e}")
    try:
        d = datetime.strptime(text, fmt)
        print(f"{'':40} dt    {d!r}")
    except ValueError as e:
        print(f"{'':40} dt    ValueError: {e}")

print(time.strptime("Mon Jan  6 10:00:00 2020"))
print(datetime.strptime("2024-03-05 14:22", "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc))
for bad in [(1, "%Y"), ("2024", 5)]:
    try:
        time.strptime(*bad)
    except TypeError as e:
        print("time:", e)
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print("datetime:", e)
