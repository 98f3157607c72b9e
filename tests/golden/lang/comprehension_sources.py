# Comprehensions over sources whose length is known up front (ranges, lists, tuples) and
# over the rest: the elements and their order do not depend on the source.
print([x for x in range(10, 0, -3)])
print([x for x in range(0, 10, 4)])
print([x for x in range(5, 5)], [x for x in range(5, 0)], [x for x in range(0, 5, -1)])
print([x for x in range(-(2**62), 2**62, 2**61)])
print([x for x in range(2**62, -(2**62), -(2**61))])
print({x: x * x for x in range(-2, 3)})
print({x % 3 for x in (1, 2, 3, 4)})
print([c for c in "héllo"], [b for b in b"ab"])
print([(k, v) for k, v in {"a": 1, "b": 2}.items()])

# The source shrinks while it is read: the list stops early.
items = [1, 2, 3, 4, 5, 6]
print([(items.pop(), x) for x in items])

# The source grows while it is read: it is read to its new end.
grow = [1, 2, 3]
print([grow.append(x + 10) or x for x in grow if len(grow) < 6])


def f(x):
    if x == 3:
        raise ValueError(x)
    return x


# A huge range whose elements raise early.
try:
    [f(x) for x in range(10**15)]
except ValueError as e:
    print("raised", e)
try:
    {x: f(x) for x in range(10**15)}
except ValueError as e:
    print("raised", e)

# Nested loops and conditions.
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 3 == 0])
