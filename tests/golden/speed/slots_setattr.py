# Attribute writes on instances of classes with __slots__: names in the slots, names not in
# them, inherited slots, and classes changed after their instances were written (a property
# or a data descriptor added later must take over the write).


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = float(i)
        self.y = x * 3
        self.z = (x * x) / 2

    def normalize(self):
        n = (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5
        self.x /= n
        self.y /= n
        self.z /= n


points = [Point(i) for i in range(1, 6)]
for p in points:
    p.normalize()
    print(round(p.x, 6), round(p.y, 6), round(p.z, 6))

p = Point(2)
try:
    p.w = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 7
print(p.y)


class Point4(Point):
    __slots__ = ("w",)

    def __init__(self, i):
        super().__init__(i)
        self.w = i


q = Point4(3)
q.x += 1
q.w *= 2
print(q.x, q.y, q.z, q.w)
try:
    q.v = 0
except AttributeError as e:
    print("AttributeError:", e)


class Free(Point):
    pass


f = Free(1)
f.v = "free"
f.x = "slot"
print(f.v, f.x, f.y)


class Logged:
    __slots__ = ("a", "b")


log = []
objs = [Logged() for _ in range(3)]
for i, o in enumerate(objs):
    o.a = i
    o.b = i * 2
print([(o.a, o.b) for o in objs])


def a_get(self):
    return ("property a", self._a_value())


def a_set(self, v):
    log.append(("set a", v))


Logged._a_value = lambda self: "hidden"
Logged.a = property(a_get, a_set)
for i, o in enumerate(objs):
    o.a = i + 100
print(log)
print(objs[0].a)
try:
    objs[0].b = 5
    print(objs[0].b)
    objs[0].c = 1
except AttributeError as e:
    print("AttributeError:", e)


class Validated:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return "descriptor value"

    def __set__(self, obj, value):
        log.append(("validated", self.name, value))


class Slotted:
    __slots__ = ("u",)


s = Slotted()
s.u = 1
d = Validated()
d.name = "u2"
Slotted.u2 = d
s.u = 2
print(s.u)
try:
    s.u2 = 3
except AttributeError as e:
    print("AttributeError:", e)
print(log[-1], s.u2)
del Slotted.u2
s.u = 4
print(s.u)
