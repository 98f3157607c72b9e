# Immutable values, functions and classes are returned as they are.
import copy


def f():
    pass


class K:
    pass


for x in [1, 2.5, "s", None, True, (1, 2), frozenset([1]), f, K, len, range(3), ...]:
    print(repr(x)[:20], copy.copy(x) is x)
for x in [1, "s", (1, "a"), f, K, len, None]:
    print(repr(x)[:20], copy.deepcopy(x) is x)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t)
for x in [[1], {1: 2}, {1, 2}]:
    y = copy.copy(x)
    print(y, y is x, y == x)
