# Struct objects: made from str or bytes formats, reused, and their errors.
import struct

s = struct.Struct(">HH")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
b = struct.Struct(b"<q")
print(b.format, b.size, b.unpack(b.pack(-5)))
print(type(s).__name__, isinstance(s, struct.Struct))
print(list(s.iter_unpack(b"\x00\x01\x00\x02\x00\x03\x00\x04")))
for bad in [lambda: struct.Struct("y"), lambda: s.pack(1), lambda: s.unpack(b"abc"),
            lambda: struct.Struct(3)]:
    try:
        bad()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__name__)
