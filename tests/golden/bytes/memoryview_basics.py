# Looking at a buffer through a memoryview, without copying.
data = bytearray(b"abcdefgh")
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], bytes(m[2:5]))
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m.obj is data, m.c_contiguous, m[::2].tobytes(), len(m[::2]), m[::-1].tobytes())
print(list(m[:3]), 98 in m, m == data, m == b"abcdefgh", m[1:3] == b"bc")
ro = memoryview(b"fixed")
print(ro.readonly, ro.toreadonly().readonly, memoryview(m).tobytes(), m.hex(), m[:2].hex(":"))
print(hash(ro) == hash(b"fixed"))
for call in [lambda: m[8], lambda: m["a"], lambda: memoryview("text"), lambda: hash(m)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
