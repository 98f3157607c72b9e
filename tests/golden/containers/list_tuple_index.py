"""`xs[i]` and `xs[i] = v` on lists and tuples: negative and boundary indices, bools and
`__index__` objects as indices, the errors, and an old item whose `__del__` uses the list."""


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Dropped:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        self.owner.append("dropped")
        print("del sees", len(self.owner), self.owner[0])


lst = list(range(5))
tup = tuple("abcde")
for i in [0, 4, -1, -5, 2, True, False, Idx(3), Idx(-2)]:
    print(lst[i], tup[i])
for i in [5, -6, 10 ** 20, -(10 ** 20), 1.0, "1", None]:
    for seq in (lst, tup):
        try:
            print(seq[i])
        except (IndexError, TypeError) as exc:
            print(type(exc).__name__, exc)
lst[0] = "first"
lst[-1] = "last"
lst[True] = "one"
lst[Idx(2)] = "two"
print(lst)
for i in [5, -6, 10 ** 20, 1.5]:
    try:
        lst[i] = 0
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    tup[0] = 1
except TypeError as exc:
    print("TypeError", exc)
owner = []
owner.append(Dropped(owner))
owner[0] = "replaced"
print(owner)
nested = [[1, 2], (3, [4, 5])]
nested[1][1][0] = 40
print(nested[0][-1], nested[1][1], nested[-1][0])
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, grid[2][2], grid[-1][-3])
mixed = [1, 2.5, "s", None, (1,), [2], {3: 4}, Idx(1), True, 10 ** 30]
tmixed = tuple(mixed)
for lo, hi, st in [(2, 8, None), (None, 3, None), (None, None, 2), (-3, None, None),
                   (8, 2, -2), (None, None, -1), (100, None, None), (Idx(1), Idx(4), None)]:
    part, tpart = mixed[lo:hi:st], tmixed[lo:hi:st]
    print(len(part), part[:2], tpart[-2:], part == list(tpart))
copy = mixed[:]
copy[5].append("shared")
print(mixed[5], copy is mixed, tmixed[:] is tmixed)
try:
    print(mixed[::0])
except ValueError as exc:
    print("ValueError", exc)
try:
    print(mixed[1.5:])
except TypeError as exc:
    print("TypeError", exc)
print(lst[len(lst)])
