# Truth values and lengths of binary objects.
for obj in [b"", b"\x00", bytearray(), bytearray(1), memoryview(b""), memoryview(b"x")]:
    print(repr(obj)[:9], bool(obj), len(obj), "yes" if obj else "no")
buf = bytearray()
while len(buf) < 3:
    buf += b"+"
print(buf, not buf, not bytes())
