# vars() of objects, classes and modules, and without an argument.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, vars(p))
print(vars(Point)["dims"], "dims" in vars(Point))


def f(a):
    b = a * 2
    return vars()


print(f(4))
try:
    vars(42)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
print(sorted(k for k in vars() if not k.startswith("__")))
