# isinstance/issubclass with objects that are not classes: __instancecheck__ and
# __subclasscheck__ on their class, and __bases__ tuples.
class HasMethods:
    """Matches any object having all the named methods (a structural check)."""

    def __init__(self, *names):
        self.names = names

    def __instancecheck__(self, obj):
        return all(callable(getattr(obj, n, None)) for n in self.names)

    def __subclasscheck__(self, cls):
        return all(callable(getattr(cls, n, None)) for n in self.names)

    def __repr__(self):
        return f"HasMethods{self.names}"


Closeable = HasMethods("close")
Sized = HasMethods("__len__")


class Resource:
    def close(self):
        pass


for obj in [Resource(), [1], "s", 3, open]:
    print(type(obj).__name__, isinstance(obj, Closeable), isinstance(obj, Sized),
          isinstance(obj, (int, Closeable)))
print(issubclass(Resource, Closeable), issubclass(list, Sized), issubclass(int, (Sized, str)))
print(issubclass([], Sized), issubclass(3, Closeable))


class Truthy:
    def __instancecheck__(self, obj):
        return 3


print(isinstance(None, Truthy()))


# objects acting as classes through __bases__
class Node:
    def __init__(self, name, *bases):
        self.name = name
        self.__bases__ = bases

    def __repr__(self):
        return self.name


class Thing:
    def __init__(self, kind):
        self.__class__ = kind if isinstance(kind, type) else type(self)
        self.kind = kind


base = Node("base")
mid = Node("mid", base)
leaf = Node("leaf", mid, Node("other"))
print(issubclass(leaf, base), issubclass(mid, leaf), issubclass(leaf, leaf), issubclass(base, mid))


class Proxy:
    def __init__(self, cls):
        self.__class__ = cls


class Fake:
    @property
    def __class__(self):
        return leaf


print(isinstance(Fake(), mid), isinstance(Fake(), Node("unrelated")))

for args in [(1, 2), (int, 3), (3, int), (int, Node("n"))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(1, 2), (1, (int, 2)), (1, Node("n"))]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = "beep"


print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(issubclass("x", Duck) if False else "skip")
