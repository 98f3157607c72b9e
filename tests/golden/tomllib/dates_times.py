# Offset date-times, local date-times, local dates and local times become datetime objects.
import tomllib
from datetime import timedelta

doc = """
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 2021-01-01t12:00:00+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ldt3 = 1979-05-27T00:32:00.1234567891
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 00:32:00.5
leap = 2024-02-29
"""
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, repr(v))
    print("   ", v.isoformat(), type(v).__name__)
print(data["odt1"] == data["odt2"])
print(data["odt2"].utcoffset() == timedelta(hours=-7))
print(data["odt5"].tzinfo)
print(data["odt2"].tzinfo is tomllib.loads("x = 2000-01-01T00:00:00-07:00")["x"].tzinfo
      or "distinct tz objects")
print(sorted([data["ld1"], data["leap"]]))
for bad in ("x = 2023-02-29", "x = 2023-13-01", "x = 1979-05-27T25:00:00",
            "x = 1979-05-27T07:32", "x = 07:32", "x = 1979-05-27T07:32:00+25:00"):
    try:
        print(bad, "->", tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(bad, "-> error:", e, "| cause:", type(e.__cause__).__name__)
