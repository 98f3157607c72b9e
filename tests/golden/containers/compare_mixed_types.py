# Order comparisons between numbers and other types raise TypeError; user
# comparison methods and their reflections decide first, and their results are
# the value of the comparison.
import operator

OPS = [('<', operator.lt), ('<=', operator.le), ('>', operator.gt), ('>=', operator.ge)]


class Plain:
    pass


class Ordered:
    def __lt__(self, other):
        return 'Ordered.__lt__'

    def __le__(self, other):
        return 'Ordered.__le__'

    def __gt__(self, other):
        return 'Ordered.__gt__'

    def __ge__(self, other):
        return 'Ordered.__ge__'


class OnlyGt:
    def __gt__(self, other):
        print('  OnlyGt.__gt__ called')
        return NotImplemented


class Money(float):
    pass


pairs = [
    (1.0, 'a'), ('a', 1.0), (2.5, None), (None, 2.5), (1.0, []), ((), 2.0),
    (1.0, {}), (float('nan'), 'x'), (float('inf'), b'x'), (3, 'x'), (True, 'x'),
    (2 ** 70, 'x'), (1.0, Plain()), (Plain(), 1.0), (1.5, Ordered()), (Ordered(), 1.5),
    (1.5, OnlyGt()), (Money(2.0), 'x'), ('x', Money(1.0)),
]
for x, y in pairs:
    for sym, op in OPS:
        try:
            print(type(x).__name__, sym, type(y).__name__, '->', op(x, y))
        except TypeError as e:
            print(type(x).__name__, sym, type(y).__name__, '-> TypeError:', e)

# The same through the operators themselves, chained too.
try:
    1.0 < 'a'
except TypeError as e:
    print(e)
print(1.5 < Ordered(), Ordered() >= 2.0)
print(1 < 2.0 < Ordered())
print(0 < 1.0 > 2, 1.0 < 2 < 3.5)
print(Ordered() == 1.0, 1.0 != Ordered())
try:
    sorted([3.0, 'b', 1])
except TypeError as e:
    print('sorted:', e)
try:
    max(1.5, 'x')
except TypeError as e:
    print('max:', e)

# Arithmetic corners that must not crash.
print(-2 ** 63 / 1, (-2 ** 63) / -1, (-2 ** 63) // -1, (-2 ** 63) % -1)
print(0.0 ** float('-inf'), float('-inf') ** 1.5, float('-inf') ** -1.5)
for op in (operator.lshift, operator.and_, operator.xor):
    try:
        op(1.5, 2)
    except TypeError as e:
        print(e)
