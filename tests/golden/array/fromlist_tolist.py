from array import array

a = array("l")
a.fromlist([1, 2, 3])
print(a, a.tolist(), type(a.tolist()))
try:
    a.fromlist((4, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    a.fromlist([4, "x"])
except TypeError as e:
    print("TypeError:", e)
print(a)
