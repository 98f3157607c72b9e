"""`x in list` and `x in tuple` with ints, strs and None among other items: equality by value,
user `__eq__` called in order (and only as far as needed), a list changed by an `__eq__`."""


class Eq:
    calls = []

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls.append((self.v, other))
        return self.v == other

    __hash__ = None


class Grow:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(other)
        return False


class MyStr(str):
    pass


class MyInt(int):
    pass


big = 10 ** 20
nan = float("nan")
ints = list(range(10))
words = ["alpha", "beta", None, 3, "gamma"]
print(7 in ints, 11 in ints, -1 in ints, 0 in ints, 9 in tuple(ints))
print("beta" in words, "delta" in words, None in words, 3 in words, "3" in words)
print("gam" + "ma" in words, "gamma" in tuple(words))
print(True in [1, 2], False in (1, 2), 1 in [True], 1.0 in [0, 1], 2 in [0, 2.0])
print(big in [1, big], big + 1 in (1, big), 10 ** 20 in [10 ** 20])
print(nan in [nan], nan in (1, nan), 1 in [nan, 1])
print(MyStr("beta") in words, MyInt(3) in words, MyInt(4) in words)
print("x" in [], 1 in (), None in [None], None in [0, ""])
print(1 in [[1], (1,)], (1,) in [(1,), 2], [1] in [1, [1]])
Eq.calls.clear()
print(5 in [1, 2, Eq(5), Eq(6)], Eq.calls)
Eq.calls.clear()
print(5 in (1, "a", Eq(4), 3, Eq(6)), Eq.calls)
Eq.calls.clear()
print("s" in ["t", Eq("s"), "s"], Eq.calls)
target = [1, 2]
target.insert(1, Grow(target))
print(7 in target, len(target))
print(3 in target, len(target))
try:
    print(1 in 5)
except TypeError as exc:
    print("TypeError", exc)


class Boom:
    def __eq__(self, other):
        raise ValueError("no compare")


try:
    print(4 in [1, 2, Boom(), 4])
except ValueError as exc:
    print("ValueError", exc)
print(2 in [1, 2, Boom()])
print(4 in (1, 2, Boom(), 4))
