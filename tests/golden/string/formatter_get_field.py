from string import Formatter


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


f = Formatter()
args = (Point(1, 2), [["a", "b"], ["c"]])
kwargs = {"cfg": {"db": {"host": "localhost"}}, "n": 7}
for name in ["0.x", "0.y", "1[0][1]", "1[1][0]", "cfg[db]", "n"]:
    print(name, f.get_field(name, args, kwargs))
print(f.get_value(0, ("first",), {}), f.get_value("k", (), {"k": "v"}))
for name in ["2", "missing", "0.z", "1[5]", "cfg[nope]", "0.", "1[0"]:
    try:
        f.get_field(name, args, kwargs)
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(name, type(e).__name__, e)
