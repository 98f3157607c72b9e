# How bytes and bytearray objects are written back.
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff",
           b"tab\tnew\nret\r", b"back\\slash", bytes(range(30, 40))]
for s in samples:
    print(repr(s), repr(bytearray(s)), str(s))
print([b"a", bytearray(b"b")], (b"x",), {b"k": bytearray(b"v")})
print(f"{b'fmt'!r} {b'fmt'}")
print(ascii(b"\xe9"), "%r" % b"pct", "{}".format(b"brace"))
