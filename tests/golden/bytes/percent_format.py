# Building protocol lines with bytes % formatting (PEP 461).
print(b"%s %d %05.2f" % (b"GET", 200, 3.14159))
print(b"%x|%X|%o|%#x|%+d|%e" % (255, 255, 8, 255, 5, 12345.678))
print(b"%-6s|%6s|%.2s" % (b"ab", b"cd", b"efgh"))
print(b"%c%c%c" % (72, b"i", 33), b"%r" % "caf\xe9", b"%a" % [1, "x"], b"100%%" % ())
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(b"%s" % bytearray(b"ba"), b"%b" % memoryview(b"mv"), b"%*d|" % (5, 42))
print(bytearray(b"id=%d") % 7, b"single %s" % b"arg")


class Frame:
    def __bytes__(self):
        return b"<frame>"


print(b"data: %s" % Frame())
for fmt, args in [(b"%s", "str"), (b"%d", "x"), (b"%s %s", (b"a",)), (b"%d", (1, 2)),
                  (b"%c", 300), (b"%c", "a"), (b"%x", 1.5), (b"%", 1), (b"%z", 1), (b"%s", [1])]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
