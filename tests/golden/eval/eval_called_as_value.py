# eval, exec, globals and locals passed around as values: they use the namespaces of the
# frame that is running when they are called, as in CPython.
import unittest

rate = 3
exprs = ["1 + 1", "rate * 2", "len('abc')"]
print(list(map(eval, exprs)))
evaluate = eval
print(evaluate("rate + 1"))
run = exec
run("made_here = rate * 10")
print(made_here)
g = globals
print(g()["rate"], g() is globals())


def inside():
    local_value = 7
    e = eval
    l = locals
    return e("local_value + rate"), sorted(l())


print(inside())
table = {"add": eval}
print(table["add"]("rate ** 2", {"rate": 5}))


class Checks(unittest.TestCase):
    def test_errors(self):
        self.assertRaises(TypeError, eval, "1 + 'a'")
        self.assertRaises(SyntaxError, exec, "1 +")
        self.assertEqual(eval("2 * 21"), 42)

    def test_as_callback(self):
        self.assertEqual(sorted(["3", "1", "2"], key=eval), ["1", "2", "3"])


unittest.main(exit=False, verbosity=2)
