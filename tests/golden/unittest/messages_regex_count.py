# assertRegex, assertNotRegex, assertCountEqual and assertMultiLineEqual messages.
import re
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def show(f, *args):
    try:
        f(*args)
        print(f.__name__, "passed")
    except AssertionError as e:
        print(f"{f.__name__}: {e}")

show(t.assertRegex, "hello world", r"wor.d")
show(t.assertRegex, "hello world", r"^world")
show(t.assertRegex, "abc123", re.compile(r"\d{4}"))
show(t.assertNotRegex, "abc123", r"\d+")
show(t.assertNotRegex, "abc", r"\d")
show(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
show(t.assertCountEqual, [1, 2, 2, 3], [1, 2, 3, 3])
show(t.assertCountEqual, "aab", "abb")
show(t.assertCountEqual, [[1], [2]], [[2], [1], [1]])
show(t.assertMultiLineEqual, "a\nb\nc", "a\nB\nc")
show(t.assertMultiLineEqual, "one\n", "one\ntwo\n")
