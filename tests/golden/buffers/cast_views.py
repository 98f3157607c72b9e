# Casting views of arrays and bytearrays between byte and typed formats.
from array import array

a = array("I", [1, 256, 65536])
raw = memoryview(a).cast("B")
print(len(raw), raw.format, raw.tolist()[:8])
raw[0] = 2
print(a)
back = raw.cast("I")
print(back.tolist(), back.format, back.itemsize)
buf = bytearray(b"\x01\x00\x02\x00\x03\x00")
shorts = memoryview(buf).cast("h")
print(shorts.tolist())
shorts[2] = -1
print(buf)
for bad in ("x", "hh"):
    try:
        memoryview(buf).cast(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    memoryview(bytearray(5)).cast("i")
except TypeError as e:
    print("TypeError:", e)
try:
    shorts.cast("i")
except TypeError as e:
    print("TypeError:", e)
