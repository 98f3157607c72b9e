# A view pins the size of its bytearray until it is released.
ba = bytearray(b"grow")
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
ba[0] = ord("G")
print(m.tobytes())
m.release()
m.release()
ba.extend(b"n")
print(ba)
for call in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.nbytes]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)
with memoryview(bytearray(b"ctx")) as v:
    print(v.tobytes(), v[0])
try:
    v.tolist()
except ValueError as e:
    print("ValueError:", e)
print(repr(v).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at"))
print(v == v)
