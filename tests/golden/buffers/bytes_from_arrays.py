# bytes, bytearray and the bytes operators take an array's machine bytes.
from array import array

a = array("h", [1, 2, 258])
print(bytes(a))
print(bytearray(a))
print(b"head:" + a)
print(bytearray(b"x") + array("b", [65, 66]))
ba = bytearray(b"ab")
ba += array("B", [99])
ba.extend(array("B", b"de"))
print(ba)
print(b"\x01\x00" == array("h", [1]), bytearray(b"\x01\x00") == array("h", [1]))
print(array("h", [1]) == bytearray(b"\x01\x00"), memoryview(b"\x05") == array("b", [5]))
print(b"-".join([array("b", b"ab"), memoryview(b"cd"), bytearray(b"ef")]))
print(b"abc".startswith(array("b", b"ab")), b"a,b,c".split(array("b", b",")))
print(b"%s and %b" % (array("b", b"x"), memoryview(b"y")))
print(array("B", b"hello").tobytes().hex(), memoryview(array("B", [1, 255])).hex())
