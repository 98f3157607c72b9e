# assertAlmostEqual and assertNotAlmostEqual: places, delta, and their messages.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
for args, kwargs in [((1.0, 1.00000001), {}), ((1.0, 1.1), {}), ((1.0, 1.1), {"places": 0}),
                     ((10, 12), {"delta": 1}), ((10, 10.5), {"delta": 1}),
                     ((0.1 + 0.2, 0.3), {}), ((1.5, 1.6), {"places": 2, "msg": "too far"})]:
    try:
        t.assertAlmostEqual(*args, **kwargs)
        print("almost equal:", args, kwargs)
    except AssertionError as e:
        print("AssertionError:", e)
for args, kwargs in [((1.0, 1.00000001), {}), ((1.0, 1.1), {}), ((5, 5), {"delta": 2}),
                     ((5, 6), {"delta": 2})]:
    try:
        t.assertNotAlmostEqual(*args, **kwargs)
        print("not almost equal:", args, kwargs)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError:", e)
