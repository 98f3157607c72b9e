# A view of a 'u' array has format 'w', whose items CPython cannot read through the view.
from array import array

u = array("u", "ab")
m = memoryview(u)
print(m.format, m.itemsize, m.nbytes, m.tobytes())
for f in (lambda: m[0], lambda: m.tolist(), lambda: list(m)):
    try:
        f()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(m.cast("B").tolist())
print(array("u", "x").__reduce_ex__(2)[1])
