# Zones written from scratch as TZif files, including the POSIX TZ rule at their end.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def tzif(transitions, types, names, footer, version=b"2"):
    """A TZif file: transitions [(utc seconds, type index)], types [(offset, isdst, name)]."""
    chars = b""
    index = {}
    for n in names:
        index[n] = len(chars)
        chars += n.encode() + b"\x00"
    def block(width):
        code = "l" if width == 4 else "q"
        header = b"TZif" + version + b"\x00" * 15 + struct.pack(
            ">6l", 0, 0, 0, len(transitions), len(types), len(chars))
        body = b"".join(struct.pack(">" + code, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b"".join(struct.pack(">lbb", off, dst, index[name]) for off, dst, name in types)
        return header + body + chars
    return block(4) + block(8) + b"\n" + footer + b"\n"


def show(zone, *stamps):
    for s in stamps:
        local = datetime.fromtimestamp(s, timezone.utc).astimezone(zone)
        print(" ", local.isoformat(), local.tzname(), local.dst(), local.fold)


base = datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()
rules = [
    b"EST5EDT,M3.2.0,M11.1.0",
    b"<+0330>-3:30<+0430>,J79/24,J263/24",
    b"IST-1GMT0,M10.5.0,M3.5.0/1",
    b"AEST-10AEDT,M10.1.0,M4.1.0/3",
    b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",
    b"NZST-12NZDT,M9.5.0,M4.1.0/3",
    b"WART4WARST,0/0,365/25",
    b"JST-9",
    b"<+14>-14",
]
for rule in rules:
    data = tzif([(int(base), 0)], [(0, 0, "LMT"), (0, 0, "XXX")], ["LMT", "XXX"], rule)
    zone = ZoneInfo.from_file(io.BytesIO(data), key=rule.decode())
    print(zone)
    for year in (2030, 2031):
        for month in (1, 4, 7, 10):
            dt = datetime(year, month, 15, 12, tzinfo=zone)
            print(" ", dt, dt.tzname(), dt.utcoffset(), dt.dst())
    show(zone, 1900000000, 1910000000, 1920000000, 1930000000)

for bad in [b"", b"EST5EDT", b"EST5EDT,M13.1.0,M11.1.0", b"XYZ5,M3.2.0,M11.1.0", b"5EST"]:
    data = tzif([], [(0, 0, "UTC")], ["UTC"], bad)
    try:
        zone = ZoneInfo.from_file(io.BytesIO(data))
        print(repr(bad), zone.utcoffset(datetime(2020, 1, 1)))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

try:
    ZoneInfo.from_file(io.BytesIO(b"not a zone file"))
except ValueError as e:
    print("ValueError:", e)
v1 = tzif([(0, 1)], [(3600, 0, "ONE"), (7200, 1, "TWO")], ["ONE", "TWO"], b"", version=b"\x00")
v1 = v1[:v1.index(b"TZif", 4)]
zone = ZoneInfo.from_file(io.BytesIO(v1))
for ts in (-10, 10):
    local = datetime.fromtimestamp(ts, timezone.utc).astimezone(zone)
    print(local, local.tzname(), local.dst())
