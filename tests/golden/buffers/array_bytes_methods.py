# frombytes, tobytes, byteswap and buffer_info on arrays of several types.
from array import array

a = array("i", [1, 2])
a.frombytes(b"\x03\x00\x00\x00")
a.frombytes(memoryview(b"\x04\x00\x00\x00"))
print(a, a.tobytes())
a.byteswap()
print(a)
a.byteswap()
addr, n = a.buffer_info()
print(type(addr).__name__, n, n * a.itemsize == len(a.tobytes()))
d = array("d", [0.5, -2.0])
print(d.tobytes(), array("d", d.tobytes()))
f = array("f", [1.1])
print(f, f.itemsize)
try:
    a.frombytes(b"abc")
except ValueError as e:
    print("ValueError:", e)
try:
    a.frombytes("text")
except TypeError as e:
    print("TypeError:", e)
u = array("u", "hé")
print(u.tobytes(), u.itemsize, u.tounicode())
