# maxDiff: a long diff is replaced by its length; None shows it whole. longMessage=False.
import unittest

class Long(unittest.TestCase):
    def runTest(self):
        pass

t = Long()
a = [f"item number {i}" for i in range(60)]
b = list(a)
b[30] = "changed"
for max_diff in (80 * 8, 50, None):
    t.maxDiff = max_diff
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        text = str(e)
        print(max_diff, len(text.splitlines()), text.splitlines()[-1])
t.maxDiff = 80 * 8
t.longMessage = False
try:
    t.assertEqual(1, 2, "only this")
except AssertionError as e:
    print(e)
try:
    t.assertEqual(1, 2)
except AssertionError as e:
    print(e)
t.longMessage = True
try:
    t.assertEqual({"k": "v"}, {"k": "w"}, "with mine")
except AssertionError as e:
    print(e)
