from array import array

print(array("i", [1, 2, 3]), array("d", (0.5, 1.5)), array("b", range(-2, 3)))
print(array("B", b"\x00\x7f\xff"), array("u", "abc"), array("h", array("b", [1, -1])))
print(array("d", [1, True, 2.5]), array("f", [0.1, 1e300, -1e-50]), array("q", iter([7, 8])))
for args in [("z",), ("ii",), ("i", "ab"), ("i", 5), ("u", [1]), ("u", ["ab"]), ("i", [1.5]),
             ("d", ["x"]), ("i", array("u", "x")), ("d", [None])]:
    try:
        print(array(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
