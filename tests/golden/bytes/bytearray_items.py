# Item and slice assignment and deletion on a bytearray.
ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = ord("Z")
print(ba)
ba[1:3] = b"xy"
print(ba)
ba[1:3] = b"LONGER"
print(ba)
ba[2:8] = b""
print(ba)
ba[::2] = b"aaaaa"[: len(ba[::2])]
print(ba)
ba[0:0] = [1, 2]
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
del ba[1:3]
print(ba)
ba[len(ba):] = memoryview(b"tail")
print(ba)
def set_at(i, v):
    ba[i] = v


def delete(i):
    del ba[i]


for call in [lambda: set_at(0, 256), lambda: set_at(0, "a"), lambda: set_at(99, 1), lambda: delete(99),
             lambda: set_at(slice(None, None, 2), b"x"), lambda: set_at(slice(0, 1), 5),
             lambda: set_at(slice(0, 1), ["a"]), lambda: set_at("k", 1)]:
    try:
        call()
        print(ba)
    except Exception as e:
        print(type(e).__name__ + ":", e)
