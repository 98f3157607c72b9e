# Half, single and double precision floats: rounding, infinities, NaN.
import math
import struct

for x in [0.0, -0.0, 1.0, 0.1, 1.5, -2.75, 65504.0, 1e-5, 3.4e38, float("inf"), -float("inf")]:
    e = struct.unpack("<e", struct.pack("<e", x))[0] if abs(x) < 65520 or math.isinf(x) else None
    f = struct.unpack("<f", struct.pack("<f", x))[0]
    d = struct.unpack("<d", struct.pack("<d", x))[0]
    print(x, e, f, d)
print(struct.pack(">e", 1.0), struct.pack(">f", 1.0), struct.pack(">d", 1.0))
n = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(math.isnan(n), math.isnan(struct.unpack("<e", struct.pack("<e", float("nan")))[0]))
print(struct.pack("<f", 1e300))
try:
    struct.pack("<e", 70000.0)
except OverflowError as e:
    print(e)
print(struct.pack("<f", 3), struct.pack("<d", True))
try:
    struct.pack("<d", "1.0")
except struct.error as e:
    print(e)
