# Text from any buffer: str(buf, encoding), codecs, int() and float() of buffers.
from array import array

data = array("b", "héllo".encode("utf-8"))
print(str(data, "utf-8"))
print(str(memoryview(b"caf\xc3\xa9"), "utf-8"))
print(str(bytearray(b"\xff"), "latin-1"))
print(memoryview(b"abc").tobytes().decode("ascii"), bytes(memoryview(b"xyz")[1:]).decode())
print(int(array("b", b"42")), int(memoryview(b"-17")), int(bytearray(b" 9 ")))
print(int(bytearray(b"ff"), 16), float(array("b", b"2.5")), float(memoryview(b"1e3")))
print(int.from_bytes(array("B", [1, 2]), "big"), int.from_bytes(memoryview(b"\x01\x02"), "little"))
try:
    str(array("b", [-1]), "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    int(array("b", b"4x"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(memoryview(b"ff"), 16)
except TypeError as e:
    print("TypeError:", e)
