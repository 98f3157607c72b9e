# Special methods added, replaced and deleted on a class (or on its base) after instances have
# used them: every operator sees the class as it is now.
class Base:
    pass


class Box(Base):
    def __init__(self, v):
        self.v = v


a, b = Box(1), Box(2)
print(bool(a), a == b, a != b)

Base.__bool__ = lambda self: self.v > 1
print(bool(a), bool(b))
Base.__eq__ = lambda self, o: isinstance(o, Box) and self.v % 2 == o.v % 2
print(a == b, a == Box(3), a != Box(3))
Box.__len__ = lambda self: self.v
print(len(b))
del Base.__bool__
print(bool(Box(0)), bool(a))      # __len__ decides now
Box.__add__ = lambda self, o: Box(self.v + o.v)
print((a + b).v)
try:
    a - b
except TypeError as e:
    print(e)
Box.__sub__ = lambda self, o: Box(self.v - o.v)
print((a - b).v)
Box.__iter__ = lambda self: iter(range(self.v))
print(list(b), sum(Box(4)))
Box.__hash__ = lambda self: 7
print(hash(a), len({a, b}))
del Box.__len__
print(bool(Box(0)))
Base.__lt__ = lambda self, o: self.v < o.v
print(sorted([Box(3), Box(1), Box(2)], key=lambda x: x)[0].v)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1       # a class attribute written at every construction

    def __bool__(self):
        return Counter.made % 2 == 0


total = 0
for i in range(1000):
    c = Counter()
    if c:
        total += 1
    if i == 500:
        del Counter.__bool__
print(total, Counter.made)
