"""Unpacking a tuple or a list into local variables: values, repeated targets, old values
dropped after the stores, a list changed by a `__del__`, and the errors."""


class Noisy:
    def __init__(self, name, log, victim=None):
        self.name = name
        self.log = log
        self.victim = victim

    def __del__(self):
        self.log.append("del " + self.name)
        if self.victim is not None:
            # Changes the list being unpacked while its items are assigned.
            self.victim.append("extra")
            self.victim[0] = "changed"


def tuples():
    row = (1, "two", 3.0, None, [5], (6,), {7: 8}, True, 9 ** 30, "ten")
    a, b, c, d, e, f, g, h, i, j = row
    print(a, b, c, d, e, f, g, h, i, j)
    a, a, a = 1, 2, 3
    print(a)
    x, y = row[:2]
    y, x = x, y
    print(x, y)
    p = (1, 2)
    p, q = p
    print(p, q)
    for k, v in [(1, "a"), (2, "b")]:
        print(k, v)
    for n, (k, v) in enumerate([(1, "a"), (2, "b")]):
        print(n, k, v)


def lists():
    cells = list(range(10))
    a, b, c, d, e, f, g, h, i, j = cells
    print(a + b + c + d + e + f + g + h + i + j)
    w = ["w"]
    w, z = [w, "z"]
    print(w, z)
    rows = [[1, 2], [3, 4]]
    total = 0
    for r in rows:
        left, right = r
        total += left * right
    print(total)


def drops_after_stores():
    log = []
    victim = ["first", "second"]
    a = Noisy("old a", log, victim)
    b = Noisy("old b", log)
    a, b = victim
    # Both were stored from the list as it was before either old value went.
    print(a, b, victim, log)
    log.clear()
    c = Noisy("old c", log)
    d = Noisy("old d", log)
    c, d = (1, 2)
    print(c, d, log)
    many = [Noisy(str(k), log) for k in range(12)]
    log.clear()
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11 = many
    del many
    print(log)
    a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11 = range(12)
    print(log)


def errors():
    for value in [(1, 2, 3), [1, 2, 3], (1,), [1], (), [], 5, None, "ab", {1: 2}]:
        try:
            a, b = value
            print("ok", a, b)
        except (ValueError, TypeError) as exc:
            print(type(exc).__name__, exc)
    try:
        a, *b = ()
    except ValueError as exc:
        print(type(exc).__name__, exc)
    a, *b = (1, 2)
    print(a, b)
    *a, b = [1, 2]
    print(a, b)


glob_a = glob_b = None
glob_a, glob_b = (1, 2)
print(glob_a, glob_b)
glob_a, glob_b = [3, 4]
print(glob_a, glob_b)
tuples()
lists()
drops_after_stores()
errors()
a, b, c = [1, 2]
