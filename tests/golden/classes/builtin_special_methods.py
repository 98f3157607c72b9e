# Special methods of the builtin types, named directly, as code that wraps or extends them does.
import operator
from collections import deque


class Money(int):
    """An int that keeps its type through arithmetic."""

    def __add__(self, other):
        r = super().__add__(other)
        return r if r is NotImplemented else Money(r)

    __radd__ = __add__

    def __repr__(self):
        return f"Money({int.__repr__(self)})"


print(Money(3) + 4, 4 + Money(3), Money(2) + Money(5))
print(Money(3) + 1.5)  # int.__add__ gives way to float
print(sum([Money(1), Money(2)], Money(0)))


class Counting(dict):
    def __init__(self):
        super().__init__()
        self.sets = 0

    def __setitem__(self, key, value):
        self.sets += 1
        super().__setitem__(key, value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


c = Counting()
c["a"] = 1
c["b"] = 2
print(c["A"], "B" in c, "z" in c, c.sets, len(c))


class Stack(list):
    def push(self, x):
        self.append(x)

    def __repr__(self):
        return "Stack" + super().__repr__()

    def __len__(self):
        return super().__len__() * 10


s = Stack([1, 2])
s.push(3)
print(s, len(s), list.__len__(s))

# NotImplemented when the other operand is not the type's own
print((1).__add__(2), (1).__add__(2.0), (1.0).__add__(2))
print((3).__eq__(3), (3).__eq__(3.0), (3.0).__eq__(3), (3).__lt__(4))
print([1].__eq__([1]), [1].__eq__((1,)), {1}.__eq__(frozenset({1})))
print("a".__lt__("b"), "a".__lt__(1), (1, 2).__add__((3,)))
print({1: 2}.__or__({3: 4}), {1: 2}.__or__([]))
print({1, 2}.__and__({2, 3}), {1}.__or__([1]))
print(True.__and__(False), True.__and__(2), (5).__rsub__(2), (7).__divmod__(2))
print((2).__pow__(10), (2).__pow__(10, 1000), (2.0).__rpow__(3))

# unary and conversions
print((-5).__abs__(), (5).__neg__(), (~5).__invert__(), (0).__bool__(), (2.5).__bool__())
print((3.7).__int__(), (3).__float__(), (3).__index__(), (1j).__complex__())
print((2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__(), (2.567).__round__(2), (2.5).__round__())
print((255).__format__("08b"), (1.5).__format__(".3f"), "x".__format__(">4"))
print((12).__repr__(), "q".__repr__(), "q".__str__(), None.__repr__(), None.__bool__())
print((1).__hash__() == hash(1), "abc".__hash__() == hash("abc"), (1, 2).__hash__() == hash((1, 2)))

# containers
xs = [3, 1, 2]
print(xs.__len__(), xs.__contains__(2), xs.__getitem__(0), xs.__getitem__(slice(1, None)))
xs.__setitem__(0, 9)
xs.__delitem__(1)
print(xs, list(xs.__reversed__()), list(xs.__iter__()))
print(xs.__iadd__([7]) is xs, xs, xs.__add__([0]), xs.__mul__(2))
d = {"k": 1}
print(d.__getitem__("k"), d.__len__(), d.__contains__("k"), list(d.__iter__()))
print(range(10).__len__(), range(10).__getitem__(3), range(10).__contains__(4), list(range(3).__reversed__()))
print(deque([1, 2]).__len__(), deque([1, 2]).__getitem__(-1))
print(b"ab".__add__(b"c"), b"ab".__getitem__(0), bytearray(b"x").__add__(b"y"))

# iterators
it = iter([1, 2])
print(it.__next__(), next(it), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("exhausted")
gen = (i * i for i in range(3))
print(gen.__next__(), gen.__next__(), list(gen))
print(iter("abc").__next__(), iter(range(5)).__next__(), enumerate("xy").__next__())

# the special methods as plain functions
print(list(map(int.__add__, [1, 2], [10, 20])))
print(list(map(str.__len__, ["a", "bcd"])), list(map(list.__len__, [[1], []])))
print(operator.add(1, 2), int.__mul__(6, 7), float.__truediv__(1.0, 4))
print(len.__call__([1, 2]), (lambda x: x + 1).__call__(4))

# errors as CPython words them
for f in [
    lambda: int.__add__("a", 1),
    lambda: float.__add__(1, 2),
    lambda: (1).__add__(),
    lambda: (1).__neg__(2),
    lambda: [1].__add__((2,)),
    lambda: "a".__add__(1),
    lambda: [1].__mul__(2.0),
    lambda: hash(Stack()),
    lambda: [].__hash__(),
]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

print(list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__ is not None)
print(int.__add__, str.__len__, dict.__getitem__, int.__format__)
print(repr((1).__add__).split(" at ")[0], repr([].append).split(" at ")[0])
print(hasattr(1, "__add__"), hasattr(1, "__len__"), hasattr([], "__add__"), hasattr({}, "__add__"))
