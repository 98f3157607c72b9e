"""The fast paths of unpacking, truth tests, == between instances and `obj.attr op= x`
must give the general paths' answers, including after a class changes."""


class Plain:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class WithBool:
    def __bool__(self):
        print("__bool__ called")
        return False


class Sub(Plain):
    pass


# Truth tests: plain instances are true; __len__/__bool__ are asked.
o = Plain()
print(bool(o), not o, "yes" if o else "no")
for n in (0, 3):
    w = WithLen(n)
    if w:
        print("WithLen", n, "true")
    else:
        print("WithLen", n, "false")
if not WithBool():
    print("WithBool false")

# A class that gains __bool__ (and a base that gains __len__) after instances exist.
s = Sub()
print("before", bool(s))
Plain.__len__ = lambda self: 0
print("base __len__ added", bool(s), bool(o))
del Plain.__len__
print("base __len__ removed", bool(s))
Sub.__bool__ = lambda self: False
print("__bool__ added", bool(s), bool(o))
del Sub.__bool__
print("__bool__ removed", bool(s))


class IntSub(int):
    pass


print(bool(IntSub(0)), bool(IntSub(5)))

# == and != between instances without __eq__: identity.
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p, p == 1, 1 != p)


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Eq.__eq__")
        return isinstance(other, Eq) and self.v == other.v


print(Eq(1) == Eq(1), Eq(1) != Eq(2), p == Eq(1), Eq(1) == p)


class Ne:
    def __ne__(self, other):
        print("Ne.__ne__")
        return False


print(Ne() != Ne(), Ne() == Ne())
Plain.__eq__ = lambda self, other: True
print("__eq__ added", p == q, p != q)
del Plain.__eq__
print("__eq__ removed", p == q, p != q)

# Unpacking: tuples, lists, nested and starred targets, attribute and item targets.
a, b = (1, 2)
print(a, b)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = (1, 2, 3)
print(first, rest)
*init, last = (1,)
print(init, last)
c, *d = (4, 5)
print(c, d)
box = Plain()
items = [0, 0]
box.u, items[1] = ("attr", "item")
print(box.u, items)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for m, n in [[1, 2], (3, 4)]:
    print(m, n)


def pair():
    return "p", "q"


g, h = pair()
print(g, h)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)


def unbound_after_fail():
    try:
        u, w = (1, 2, 3)
    except ValueError:
        pass
    return u


try:
    unbound_after_fail()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# obj.attr op= x: instance attributes, class attributes read through the instance,
# properties and __slots__.


class Counter:
    k = 10

    def __init__(self):
        self.n = 0


cnt = Counter()
cnt.n += 1
cnt.n += 2.5
cnt.k += 1
print(cnt.n, cnt.k, Counter.k)
cnt.s = "a"
cnt.s += "b"
cnt.l = [1]
alias = cnt.l
cnt.l += [2]
print(cnt.s, cnt.l, alias is cnt.l)


class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


pr = Prop()
pr.v += 5
print(pr._v)


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


sl = Slotted()
sl.a += 41
print(sl.a)
try:
    cnt.missing += 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    cnt.n += "x"
except TypeError as e:
    print("TypeError:", e)
big = 2**62
cnt.n = big
cnt.n += big
print(cnt.n)
total = 0
for j in range(5):
    total += j
total += 2**63
print(total)

# Parallel assignment from a tuple display, and int powers with and without a modulus.
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 0]
x[0], x[1] = x[1] + 5, a
print(x)
a, *b = 1, 2, 3
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
print(pow(3, 5, 7), pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(5, 0, 1), pow(5, 0, -1))
print(pow(0, 0, 7), pow(2**40, 3, 2**62 + 1), pow(7, 2**62, 10**18 + 9), pow(3, -1, 7))
print(pow(2, 10, -9223372036854775807), pow(True, 3, 5), pow(3, True, 5))
print(2**62, 2**63, (-2) ** 63, (-2) ** 64, 3**0, 0**0, 1**5000000000, (-1) ** 4000000001)
print(2**-1, 10**18, 10**19)
try:
    pow(3, 4, 0)
except ValueError as e:
    print("ValueError:", e)
