# Failure messages of the comparison, identity, membership and type assertions.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
cases = [
    (t.assertTrue, 0), (t.assertFalse, "yes"), (t.assertIs, 1, None),
    (t.assertIsNot, None, None), (t.assertIsNone, 0), (t.assertIsNotNone, None),
    (t.assertIn, 4, [1, 2, 3]), (t.assertNotIn, "b", "abc"),
    (t.assertIsInstance, 3, str), (t.assertNotIsInstance, 3, int),
    (t.assertGreater, 1, 2), (t.assertGreaterEqual, 1, 2),
    (t.assertLess, 3, 2), (t.assertLessEqual, 3, 2),
    (t.assertIn, "key", {"other": 1}), (t.assertIsInstance, [], (dict, tuple)),
]
for f, *args in cases:
    try:
        f(*args)
    except AssertionError as e:
        print(f"{f.__name__}: {e}")
for f, *args in cases[:4]:
    try:
        f(*args, msg="custom")
    except AssertionError as e:
        print(f"{f.__name__} with msg: {e}")
try:
    t.fail("explicit failure")
except AssertionError as e:
    print("fail:", e)
try:
    t.fail()
except AssertionError as e:
    print("fail():", e.args)
