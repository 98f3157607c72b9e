# eval and exec take source as any bytes-like object.
from array import array

print(eval(b"1 + 1"), eval(bytearray(b"2 * 3")), eval(memoryview(b"10 - 4")))
print(eval(array("b", b"sum([1, 2, 3])")))
ns = {}
exec(bytearray(b"x = 5\ny = x * x"), ns)
print(ns["x"], ns["y"])
exec(memoryview(b"print('from a view')"))
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
