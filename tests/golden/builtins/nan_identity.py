# NaNs made apart are different objects; one NaN is itself: containers compare identity
# first, so a list holding a NaN equals itself and finds it, but not another NaN.
import math

readings = [1.5, float("nan"), 2.0, float("nan")]
missing = [x for x in readings if math.isnan(x)]
print(len(missing), missing[0] is missing[1], missing[0] is readings[1])
print(readings[1] in readings, float("nan") in readings, readings.count(readings[1]))
print(readings.index(readings[3]), readings == list(readings), readings == [1.5, float("nan"), 2.0, float("nan")])

nan = float("nan")
same = nan
print(nan is same, nan is float("nan"), nan == nan, nan != same)
print([nan] == [nan], (nan,) == (nan,), {"k": nan} == {"k": nan}, [nan] == [float("nan")])
print(math.nan is math.nan, math.nan in [math.nan], float("inf") - float("inf") is nan)

# As dict keys and set members: found by identity only.
table = {nan: "first"}
table[float("nan")] = "second"
print(len(table), table[nan], nan in table)
print(len({nan, nan, same}), len({float("nan") for _ in range(3)}))

# Results of arithmetic are new objects.
print((nan + 0) is nan, (nan * 1) is nan, abs(nan) is nan, -nan is nan)
print(max(nan, 1.0) is nan, min([nan]) is nan, sorted([nan])[0] is nan)

# Written out as bytes, a NaN is CPython's.
import struct
print(struct.pack("<d", nan).hex(), struct.pack(">d", -nan).hex(), struct.pack("<f", nan).hex())
back = struct.unpack("<d", struct.pack("<d", nan))[0]
print(math.isnan(back), back is nan, repr(back))
