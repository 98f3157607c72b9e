# When CPython hands back the very same bytes object.
b = b"immutable"
print(bytes(b) is b, b * 1 is b, 1 * b is b, b[:] is b, b.strip() is b, b.removeprefix(b"x") is b)
print(bytes(b) == b, b * 2 is b, (b + b"") == b)
parts = b"key=value".partition(bytearray(b"="))
print(parts, type(parts[1]).__name__)
print(bytearray(b"k=v").partition(b"="), b"a.b".rpartition(memoryview(b".")) [0])
ba = bytearray(b"copy")
print(bytearray(ba) is ba, ba[:] is ba, ba.copy() == ba)
