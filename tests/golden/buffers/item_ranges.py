# Values outside a type code's range are refused with CPython's messages.
from array import array

cases = [("b", 128), ("b", -129), ("b", 40000), ("B", -1), ("B", 256), ("h", 1 << 15),
         ("H", -1), ("H", 1 << 40), ("i", 1 << 31), ("I", -1), ("I", 1 << 32), ("I", 1 << 70),
         ("l", 1 << 63), ("L", -1), ("L", 1 << 64), ("q", -(1 << 63) - 1), ("Q", -1),
         ("Q", 1 << 64)]
for tc, v in cases:
    try:
        array(tc, [v])
        print(tc, v, "ok")
    except OverflowError as e:
        print(tc, v, "OverflowError:", e)
for tc, v in [("i", 1.5), ("i", "3"), ("d", "x"), ("u", 1), ("u", "ab")]:
    try:
        array(tc, [v])
    except TypeError as e:
        print(tc, repr(v), "TypeError:", e)
print(array("Q", [(1 << 64) - 1]), array("q", [-(1 << 63)]), array("d", [True, 3]))
