# Slicing arrays: reading, assigning (same type code only) and deleting.
from array import array

a = array("l", range(10))
print(a[2:5], a[::3], a[::-4], a[-2:])
a[1:3] = array("l", [100, 200, 300])
print(a)
a[::2] = array("l", [0] * 6)
print(a)
del a[::3]
print(a)
del a[1:3]
print(a, len(a))
for bad in ([1, 2], array("i", [1])):
    try:
        a[0:1] = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    a[::2] = array("l", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[99] = 1
except IndexError as e:
    print("IndexError:", e)
