# The state pattern by changing an object's class: a connection that behaves differently
# once opened or closed.
class Connection:
    def __init__(self, name):
        self.name = name
        self.log = []

    def describe(self):
        return f"{self.name} is {type(self).__name__.lower()}"


class Closed(Connection):
    def open(self):
        self.log.append("open")
        self.__class__ = Opened

    def send(self, data):
        raise RuntimeError("not open")


class Opened(Connection):
    def send(self, data):
        self.log.append(f"send {data!r}")
        return len(data)

    def close(self):
        self.log.append("close")
        self.__class__ = Closed


c = Closed("db")
print(c.describe())
try:
    c.send("x")
except RuntimeError as e:
    print("error:", e)
c.open()
print(c.describe(), isinstance(c, Opened), isinstance(c, Closed))
print(c.send("hello"))
c.close()
print(c.describe(), type(c) is Closed, c.__class__ is Closed)
print(c.log, c.name)
# The instance keeps its attributes across the change.
c.open()
print(vars(c))

# A class with a metaclass, and classes with the same __slots__.
class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    def who(self):
        return "with meta"

class Plain:
    pass

p = Plain()
p.__class__ = WithMeta
print(p.who(), type(p).__name__)

class P:
    __slots__ = ("x", "y")

class Q:
    __slots__ = ("x", "y")
    def total(self):
        return self.x + self.y

o = P()
o.x, o.y = 2, 3
o.__class__ = Q
print(o.total())

# Subclasses of list keep their items.
class Stack(list):
    def peek(self):
        return self[-1]

class Queue(list):
    def peek(self):
        return self[0]

s = Stack([1, 2, 3])
print(s.peek())
s.__class__ = Queue
print(s.peek(), s, len(s))

# Method caches notice the change.
class A:
    def f(self):
        return "A"

class B:
    def f(self):
        return "B"

objs = [A() for _ in range(3)]
for i, o in enumerate(objs):
    if i == 1:
        o.__class__ = B
print([o.f() for o in objs])
