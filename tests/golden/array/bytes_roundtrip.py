from array import array

a = array("h", [1, 256, -2])
data = a.tobytes()
print(data, bytes(a), len(data))
b = array("h")
b.frombytes(data)
print(b, b == a)
d = array("d", [1.5, -0.25])
print(d.tobytes())
e = array("d", d.tobytes())
print(e)
u = array("u", "héllo")
print(u.tobytes()[:8], u.tounicode(), array("u", u.tobytes()).tounicode() if False else "")
try:
    b.frombytes(b"abc")
except ValueError as e:
    print("ValueError:", e)
print(array("B", b"hello").tobytes().decode(), bytearray(array("B", [104, 105])))
print(bytearray(array("h", [1, 2])), bytearray(array("I", [1, 2])), bytes(array("d", [2.0])))
grow = bytearray(b"ab")
grow.extend(array("H", [0x4443]))
grow += array("b", [0x45])
print(grow)
