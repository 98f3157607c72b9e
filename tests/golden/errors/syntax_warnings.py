# Code that runs but is most likely a mistake: CPython warns of it before running anything,
# and corun gives the same SyntaxWarnings, in the same order.
x = 5
print(x is 5, x is 5)
if x is not "a":
    print("not a")
print(x is -1, x is (1, 2), x is (), x is None, x is ..., x is (1, x), x is f"{x}", x is 1 + 1)
print(x is True, x is not False, 1 is x, x == 5 is 5, x is b"a", x is 1.5, x is ~1)
assert (x, "never fails")
assert x, "a message is fine"


def f():
    return [(1, 2)
            (3, 4)]


try:
    f()
except TypeError as e:
    print("TypeError:", e)
for n in range(5):
    try:
        if n == 0:
            [1, 2](0)
        elif n == 1:
            None()
        elif n == 2:
            f"{x}"()
        elif n == 3:
            {1: 2}(0)
        else:
            (i for i in [])()
    except TypeError as e:
        print("TypeError:", e)

# A number run into a keyword.
print(1if x else 2, [0b1for _ in "ab"], 1e5or 2, 0b1and 1, 0o7is 7, 1_0in [10], 1not in [2])
print(1 if x else 2, 1.5if x else 0)

# A literal subscripted: not subscriptable, or a sequence indexed with a literal of another
# type. Not for a subscript that is assigned to, nor for an int, bool or slice index.
for n in range(9):
    try:
        if n == 0:
            print(5[0])
        elif n == 1:
            print([1, 2][3, 4])
        elif n == 2:
            print("abc"["x"])
        elif n == 3:
            print((1, 2)[1.5], f"{x}"[None])
        elif n == 4:
            print(True[0])
        elif n == 5:
            print({1}[0], (i for i in [])[0], (lambda: 1)[0])
        elif n == 6:
            print([i for i in [1]]["a"], b"ab"[[1]])
        elif n == 7:
            print(x[-1], "abc"[True], (1, 2)[0:1], {1: 2}["a" if 0 else 1], "ab"[1])
        else:
            [1, 2]["a"] = 3
    except TypeError as e:
        print("TypeError:", e)
