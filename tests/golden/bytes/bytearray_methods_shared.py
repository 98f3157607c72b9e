# bytearray answers every bytes method, returning bytearrays.
ba = bytearray(b"  Hello, World  ")
for name in ["strip", "lstrip", "rstrip", "upper", "lower", "swapcase", "title", "capitalize"]:
    r = getattr(ba, name)()
    print(name, r, type(r).__name__)
print(ba.split(), ba.split(b","), ba.rsplit(None, 1), ba.splitlines())
print(ba.replace(b"l", b"L"), ba.find(b"World"), ba.count(b"l"), ba.startswith(b"  H"), ba.endswith(b"  "))
print(ba.center(20, b"."), ba.ljust(18, b"<"), ba.rjust(18, b">"), bytearray(b"5").zfill(3))
print(ba.partition(b","), ba.rpartition(b" "), ba.decode().strip(), ba.hex()[:8])
print(ba.isalpha(), bytearray(b"abc").isalpha(), bytearray(b"ABC").isupper(), ba.isascii())
print(bytearray(b"a\tb").expandtabs(2), bytearray(b"x").join([b"1", b"2"]), ba.removesuffix(b"  "))
print(bytearray(b"%s-%d") % (b"a", 1), bytearray(b"abc").translate(None, b"b"))
