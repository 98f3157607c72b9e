# Reinterpreting raw bytes as numbers with memoryview.cast.
raw = bytes(range(1, 17))
print(memoryview(raw).cast("H").tolist())
print(memoryview(raw).cast("I").tolist())
print(memoryview(raw).cast("Q").tolist())
print(memoryview(raw).cast("b")[:3].tolist(), memoryview(b"\xff\x80").cast("b").tolist())
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(b"\x01\x00").cast("?").tolist())
print(memoryview(b"xy").cast("c").tolist(), memoryview(b"xy").cast("c")[1])
words = memoryview(bytearray(8)).cast("I")
words[1] = 0xDEADBEEF
print(words.tolist(), words.obj.hex(), words.format, words.itemsize, words.nbytes, len(words))
print(words.cast("B").tolist())
def set_first(v, x):
    v[0] = x


for call in [lambda: memoryview(b"abc").cast("i"), lambda: memoryview(b"abcd").cast("q1"),
             lambda: memoryview(b"abcdabcd").cast("h").cast("i"),
             lambda: memoryview(b"abcdabcd")[::2].cast("h"), lambda: set_first(words, -1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
