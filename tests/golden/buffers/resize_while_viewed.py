# An array cannot change size while a view of it lives; after release it can.
from array import array

a = array("i", [1, 2, 3])
m = memoryview(a)
for action, f in [
    ("append", lambda: a.append(4)),
    ("extend", lambda: a.extend([5])),
    ("pop", lambda: a.pop()),
    ("del", lambda: a.__delitem__(0)),
    ("frombytes", lambda: a.frombytes(bytes(4))),
    ("iadd", lambda: a.__iadd__(array("i", [9]))),
]:
    try:
        f()
        print(action, "ok", a)
    except BufferError as e:
        print(action, "BufferError:", e)
a[0] = 10  # same size: allowed
print(a, m[0])
m.release()
a.append(4)
print(a)
with memoryview(a) as m2:
    print(m2.tolist())
a.pop()
print(a)
