# array.array's constructor checks its argument count as CPython's C code does.
from array import array

samples = [(), ("i", [1, 2], "extra"), ("d", [1.5], None, 4)]
for args in samples:
    try:
        array(*args)
    except TypeError as e:
        print(len(args), "arguments:", e)

a = array("h", [1, 2, 3])
print(a, len(a))
