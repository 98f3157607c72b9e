# Iterating over bytes and bytearray gives ints; a bytearray iterator sees changes.
for value in b"AZ":
    print(value, chr(value))
print(list(enumerate(b"xy")), dict(zip(b"ab", b"AB")), [b for b in b"\x00\x10" if b])
ba = bytearray(b"ab")
it = iter(ba)
print(next(it))
ba.append(ord("c"))
print(list(it))
print(list(map(hex, bytearray(b"\x0a\x0b"))), any(b"\x00\x00"), all(b"\x01\x02"), tuple(b"hi"))
print(ord(b"A"), ord(bytearray(b"z")) if False else ord(b"z"), len(b"abc"))
print(b"%d items" % len(list(b"abc")), bytes(reversed(b"abc")), bytearray(sorted(b"cba")))
