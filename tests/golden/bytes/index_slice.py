# Indexing gives ints, slicing gives bytes.
b = b"\x10\x20\x30\x40\x50"
print(b[0], b[-1], b[1:3], b[::2], b[::-1], b[10:], b[-100:2], b[:], b[3:1])
print(type(b[0]).__name__, list(b), [hex(x) for x in b[1:4]], b[True])
ba = bytearray(b)
print(ba[0], ba[-2], ba[1:4], ba[::-2], type(ba[1:2]).__name__)
for x in b"hi":
    print(x, end=" ")
print()
print(sum(b), max(b), min(b), sorted(b"cab"), list(reversed(b"abc")), b"abc"[len(b"abc") - 1])
for call in [lambda: b[5], lambda: b["a"], lambda: ba[5], lambda: ba["x"], lambda: b[1.0]]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
