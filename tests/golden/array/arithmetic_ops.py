from array import array

a = array("i", [1, 2])
b = array("i", [3])
print(a + b, a * 3, 2 * a, a * 0, a * -1)
a += b
a *= 2
print(a)
print(a == array("d", [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]), a != a, a < array("i", [1, 3]),
      array("i", [1, 2]) >= array("i", [1]), array("i") == array("d"))
for bad in ["a + array('d')", "a + [1]", "a * 1.5"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
try:
    a[0:1] = [1]
except TypeError as e:
    print("TypeError:", e)
