"""Unpacking a list into targets of every kind: locals, globals, attributes, subscripts,
nested targets and starred ones; wrong lengths raise CPython's errors; a list changed by
the assignment itself is unpacked as it was."""


class Box:
    pass


counter = 0


def locals_and_loops():
    rows = [[1, "a", 2.5], [2, "b", 3.5], [3, "c", 4.5]]
    total = 0
    names = []
    for n, name, w in rows:
        total += n
        names.append(name * n)
    print(total, names)
    pairs = [[i, i * i] for i in range(5)]
    acc = 0
    for i, sq in pairs:
        acc += i * sq
    print(acc)
    a, b = [10, 20]
    a, b = [b, a]
    print(a, b)
    (x, y), z = [[1, 2], 3]
    print(x, y, z)
    [p, q] = ["p", "q"]
    print(p, q)
    first, *rest = [1, 2, 3, 4]
    print(first, rest)
    *init, last = [1]
    print(init, last)
    e, = [None]
    print(e)
    empty = []
    [] = empty
    print("empty ok")


def other_targets():
    global counter
    box = Box()
    d = {}
    lst = [0, 0, 0]
    box.x, d["k"], lst[1] = [1, 2, 3]
    print(box.x, d, lst)
    counter, box.y = [41, 42]
    print(counter, box.y)
    # The list is read before any target is stored: the second target sees nothing new.
    src = ["old0", "old1"]
    src[1], second = src
    print(src, second)
    src = [1, 2]
    src[:], tail = [[7, 8, 9], src]
    print(src, tail)


def errors():
    cases = [
        "a, b = [1, 2, 3]",
        "a, b, c = [1, 2]",
        "a, b = []",
        "(a, b), c = [[1], 2]",
        "a, *b, c = [1]",
        "for a, b in [[1, 2], [3]]: pass",
        "for a, b in [[1, 2, 3]]: pass",
        "a, = []",
        "[] = [1]",
    ]
    for src in cases:
        try:
            exec(src, {})
        except ValueError as e:
            print(type(e).__name__, e)

    def inner():
        x, y = [1, 2, 3]

    try:
        inner()
    except ValueError as e:
        print("in a function:", e)


class Finalized:
    def __init__(self, target):
        self.target = target

    def __del__(self):
        self.target.append("changed")


def changed_by_del():
    lst = ["one", "two"]
    a = Finalized(lst)
    b = None
    a, b = lst
    print(a, b, lst)


locals_and_loops()
other_targets()
errors()
changed_by_del()
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("module level:", e)
a, b = [1, 2, 3]
