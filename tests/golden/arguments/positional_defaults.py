"""Calls that leave trailing parameters to their defaults: values, a mutable default shared
between calls, methods, closures, and the errors."""


def f(a, b=1, c=[]):
    c.append(a)
    return a, b, len(c)


def g(a, b, c=3, d=4):
    return a + b + c + d


class K:
    def m(self, x, y=10, *, z=5):
        return x + y + z

    def n(self, x=1, y=2):
        return x * y


def outer(k):
    def inner(x, y=k, z=None):
        return x, y, z
    return inner


def main():
    print(f(1), f(2), f(3, 4), f(5, 6, []), f(7))
    print(g(1, 2), g(1, 2, 30), g(1, 2, 30, 40))
    k = K()
    print(k.m(1), k.m(1, 2), k.m(1, 2, z=3), k.n(), k.n(5), K.n(k, 3, 3))
    print(outer(8)(1), outer("s")(2, 3), outer(None)(0, 0, 0))
    print(g.__defaults__, g(1, 2, 3))
    for args in [(1,), (), (1, 2, 3, 4, 5)]:
        try:
            print(g(*args))
        except TypeError as exc:
            print("TypeError", exc)
    print(f(0, c=[1]), f(b=2, a=1))
    try:
        k.m()
    except TypeError as exc:
        print("TypeError", exc)
    print(g())


main()
