# The failure messages of assertEqual for each kind of value, printed one by one.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except AssertionError as e:
        print(f"--- {f.__name__}")
        print(e)
    else:
        print(f"--- {f.__name__}: passed")

show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 1.0)
show(t.assertEqual, "abc", "abd")
show(t.assertEqual, [1, 2, 3], [1, 2, 3, 4])
show(t.assertEqual, [1, 2, 3, 4], [1, 2])
show(t.assertEqual, (1, "a"), (1, "b"))
show(t.assertEqual, {"x": 1, "y": [1, 2]}, {"x": 1, "y": [1, 3], "z": 0})
show(t.assertEqual, {1, 2, 3}, {2, 3, 4})
show(t.assertEqual, "first line\nsecond line\nthird\n", "first line\nsecond  line\nthird\n")
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertEqual, list(range(30)), list(range(1, 31)))
show(t.assertNotEqual, 5, 5)
show(t.assertListEqual, [1], (1,))
show(t.assertTupleEqual, (1, 2), (1, 2))
show(t.assertSequenceEqual, "abc", "abx")
show(t.assertDictEqual, {"a": 1}, {"a": 1, "b": 2})
show(t.assertSetEqual, frozenset([1]), set())
show(t.assertEqual, 3, 4, "numbers differ")
