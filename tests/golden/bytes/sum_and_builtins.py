# Builtins applied to binary data.
data = b"\x03\x01\x02"
print(sum(data), sorted(data), min(data), max(data), len(data), list(reversed(data)))
print(any(b""), all(bytearray(b"\x01")), list(zip(b"ab", b"cd")), list(map(bin, b"\x05\x0a")))
print(bytes(filter(lambda c: c != 0x20, b"a b c")), bytes(map(lambda c: c ^ 0x20, b"abc")))
print(ord(b"x"), ord(bytearray(b"\xff")), chr(b"A"[0]), str(b"x", "ascii"), str(bytearray(b"yz"), encoding="utf-8"))
try:
    sum([b"a", b"b"], b"")
except TypeError as e:
    print("TypeError:", e)
print(b"".join([b"a", b"b"]), isinstance(b"", (bytes, bytearray)), issubclass(bytes, object))
print(type(b"x"), type(bytearray()), type(memoryview(b"")), bytes, bytearray.__name__)
