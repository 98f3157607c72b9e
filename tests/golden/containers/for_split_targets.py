"""`for` loops and comprehensions whose target takes apart the items of enumerate, zip and
dict items: every kind of target, and the errors."""

import sys


class Point:
    def __init__(self):
        self.x = None
        self.y = None


class Strict:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        if val == "bad":
            raise ValueError("setter refused %r" % (val,))
        self._v = val


def plain():
    words = ["alpha", "beta", "gamma"]
    for i, w in enumerate(words):
        print(i, w)
    for i, w in enumerate(words, 10):
        print(i, w)
    for i, w in enumerate(words, start=-2):
        print(i, w)
    for i, w in enumerate(words, sys.maxsize - 1):
        print(i, w)
    for a, b, c in zip("xyz", range(3), words):
        print(a, b, c)
    for [a, b] in zip([1, 2], (3, 4)):
        print(a, b)
    d = {"one": 1, "two": 2, "three": 3}
    for k, v in d.items():
        print(k, v)
    for k, v in iter(d.items()):
        print("iter", k, v)
    # Nested targets: the part is unpacked as usual.
    for i, (a, b) in enumerate([(1, 2), [3, 4], "ab"]):
        print(i, a, b)
    for i, (a, *rest) in enumerate([(1, 2, 3), [4]]):
        print(i, a, rest)
    for (k, (x, y)) in {"p": (1, 2)}.items():
        print(k, x, y)
    # Other kinds of target.
    p = Point()
    for p.x, p.y in zip("ab", "cd"):
        print(p.x, p.y)
    slots = [0, 0]
    for slots[0], slots[1] in enumerate("hi"):
        print(slots)
    g = {}
    for g["i"], g["w"] in enumerate("ok"):
        pass
    print(sorted(g.items()))
    # The loop's else, break and continue.
    for i, w in enumerate(words):
        if i == 1:
            continue
        if w == "gamma":
            break
        print("body", i, w)
    else:
        print("not reached")
    for i, w in enumerate([]):
        print("not reached")
    else:
        print("else of an empty loop")
    for k, v in {}.items():
        print("not reached")
    for a, b in zip():
        print("not reached")
    print(i, w)


def comprehensions():
    words = ["alpha", "beta", "gamma"]
    print([i * 10 + len(w) for i, w in enumerate(words)])
    print({w: i for i, w in enumerate(words)})
    print(sorted({a + b for a, b in zip("abc", "xyz")}))
    d = {"a": 1, "b": 2}
    print({v: k for k, v in d.items()})
    print([(k, v) for k, v in d.items() if v > 1])
    print([(i, j, c) for i, w in enumerate(words) for j, c in enumerate(w) if c == "a"])
    print(list((i, w) for i, w in enumerate(words)))


def errors():
    # Too many and too few values in a nested target.
    for case in ([(1, 2, 3)], [(1,)], [5]):
        try:
            for i, (a, b) in enumerate(case):
                print("got", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    # A dict item split into three names.
    try:
        for a, b, c in {"k": "v"}.items():
            pass
    except ValueError as e:
        print("ValueError", e)
    # zip stops at the shortest; the item taken from the longer one is lost.
    it = iter([1, 2, 3])
    for a, b in zip(it, "x"):
        print(a, b)
    print(list(it))
    it = iter([1, 2, 3])
    for a, b in zip("x", it):
        print(a, b)
    print(list(it))
    # An iterator raising part way.
    def boom():
        yield 1
        raise KeyError("inner")
    try:
        for a, b in zip("ab", boom()):
            print(a, b)
    except KeyError as e:
        print("KeyError", e)
    # The dict changing size while its items are walked.
    d = {1: 1, 2: 2}
    try:
        for k, v in d.items():
            d[k + 10] = v
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        print({k: d.pop(k) for k, v in d.items()})
    except RuntimeError as e:
        print("RuntimeError", e)
    # A target that refuses its value: the earlier names are already set.
    s = Strict()
    x = "unset"
    try:
        for x, s.v in zip("pq", ["ok", "bad"]):
            print("stored", x, s.v)
    except ValueError as e:
        print("ValueError", e, x, s.v)
    # The enumerate object stepped from inside its own loop.
    e = enumerate("abcdef")
    for i, c in e:
        print(i, c, next(e))
    z = zip(range(6), "abcdef")
    for i, c in z:
        print(i, c, next(z, None))
    # The same enumerate object shared by two loops.
    e = enumerate("abc")
    for i, c in e:
        for j, d2 in e:
            print(i, c, j, d2)


class Items(dict):
    def items(self):
        return [("own", "items")]


def overrides():
    for k, v in Items(a=1).items():
        print(k, v)
    print([k for k, v in Items(a=1).items()])


plain()
comprehensions()
errors()
overrides()

# Finally an error escaping from such a loop: the traceback names the loop's line.
for i, (a, b) in enumerate([(1, 2), (3,)]):
    print(i, a, b)
