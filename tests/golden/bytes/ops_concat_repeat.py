# + and * between bytes, bytearray and memoryview.
a, ba = b"ab", bytearray(b"cd")
print(a + a, a + ba, ba + a, ba + ba, a + memoryview(b"m"), ba + memoryview(b"m"))
print(a * 3, 3 * a, ba * 2, 2 * ba, a * 0, a * -1, ba * 0)
print(type(a + ba).__name__, type(ba + a).__name__)
for call in [lambda: a + "x", lambda: a + 1, lambda: ba + "x", lambda: "x" + a, lambda: a * "x",
             lambda: a * 1.5, lambda: ba * "y"]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
