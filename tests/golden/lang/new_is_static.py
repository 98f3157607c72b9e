# __new__ defined in a class is a static method: called through an instance or a subclass it
# takes the class explicitly; object.__new__'s rules for extra arguments.
class Point:
    def __new__(cls, x=0, y=0):
        obj = super().__new__(cls)
        obj.made_by = cls.__name__
        return obj

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y}) via {self.made_by}"


p = Point(1, 2)
print(p)
q = Point.__new__(Point, 5, 6)
print(q.made_by, hasattr(q, "x"))
r = p.__new__(Point)
print(type(r).__name__, r.made_by)
print(type(Point.__dict__["__new__"]).__name__)
print(Point.__new__.__name__, Point.__new__.__qualname__)


class Point3(Point):
    pass


s = Point3.__new__(Point3)
print(type(s).__name__, s.made_by)


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]


a, b = Cached("k"), Cached("k")
print(a is b, a.__new__(Cached, "z") is Cached("z"))

# object.__new__ with extra arguments
class Plain:
    pass


try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(Plain)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)


class WithInit:
    def __init__(self, a):
        self.a = a


w = object.__new__(WithInit, 1)
print(type(w).__name__, hasattr(w, "a"))


class OwnNew:
    def __new__(cls, a):
        return super().__new__(cls, a)


try:
    OwnNew(1)
except TypeError as e:
    print("TypeError:", e)
