from array import array

a = array("i", [1, 2, 256])
a.byteswap()
print(a)
a.byteswap()
print(a)
h = array("H", [0x1234, 0xABCD])
h.byteswap()
print([hex(x) for x in h])
d = array("d", [1.0])
d.byteswap()
print(d.tobytes())
