# memoryview over bytes and bytearray: slices share memory, readonly is enforced.
data = bytearray(b"hello world")
v = memoryview(data)
word = v[6:]
word[0] = ord("W")
print(data, bytes(word), word.nbytes, word.obj is data)
print(v[::2].tobytes(), v[::-1].tobytes(), v[-1], list(v[:3]))
ro = memoryview(b"fixed")
print(ro.readonly, ro.tolist(), ro[1:3].tobytes(), b"ix" in bytes(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    v[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    data.append(33)
except BufferError as e:
    print("BufferError:", e)
v.release()
word.release()
data.append(33)
print(data)
try:
    v[0]
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")))
print(hash(memoryview(b"ab")) == hash(b"ab"))
