# Arrays compare item by item, by value, across type codes.
from array import array

nan = float("nan")
a = array("d", [nan])
print(a == a, a != a, a < a, a == array("d", [nan]))
print(array("b", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1, 2]) < array("b", [1, 3]))
print(array("i", [1, 2]) < array("i", [1, 2, 0]), array("i") <= array("i"), array("H", [5]) > array("b", [4]))
print(array("b", [1]) == [1], array("b", [1]) != (1,))
try:
    array("b") < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(array("b"))
except TypeError as e:
    print("TypeError:", e)
print(sorted([array("b", [3]), array("b", [1, 5]), array("b", [1])]))
