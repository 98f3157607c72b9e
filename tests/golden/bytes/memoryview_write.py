# Writing through a memoryview into the bytearray under it.
buf = bytearray(8)
view = memoryview(buf)
view[0] = 0xCA
view[1] = 0xFE
view[2:4] = b"\xbe\xef"
view[4:] = bytearray(b"\x01\x02\x03\x04")
print(buf.hex())
part = view[2:6]
part[0] = 0
print(buf.hex(), part.tobytes())
def set_at(v, i, x):
    v[i] = x


def delete(v, i):
    del v[i]


for call in [lambda: set_at(view, 0, 256), lambda: set_at(view, slice(0, 2), b"xyz"), lambda: delete(view, 0),
             lambda: set_at(memoryview(b"ro"), 0, 1), lambda: set_at(view, 0, b"a"), lambda: set_at(view, 9, 1)]:
    try:
        call()
        print(buf.hex())
    except Exception as e:
        print(type(e).__name__ + ":", e)
