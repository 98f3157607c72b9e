# ABCMeta.register: isinstance and issubclass see registered virtual subclasses; metaclasses
# with __instancecheck__ / __subclasscheck__ decide isinstance and issubclass.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square:
    def area(self):
        return 4


class Circle(Shape):
    def area(self):
        return 3


print(isinstance(Square(), Shape), issubclass(Square, Shape))
print(Shape.register(Square) is Square)
print(isinstance(Square(), Shape), issubclass(Square, Shape))
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), issubclass(Shape, Shape))
print(isinstance(1, Shape), issubclass(int, Shape), isinstance(Square(), (int, Shape)))


class SubSquare(Square):
    pass


print(issubclass(SubSquare, Shape), isinstance(SubSquare(), Shape))
print(Square.__mro__ == (Square, object))


# register used as a decorator, and registering a builtin type
@Shape.register
class Tri:
    pass


print(issubclass(Tri, Shape), Tri.__name__)
Shape.register(int)
print(isinstance(5, Shape), isinstance(True, Shape), isinstance("x", Shape))


# what a subclass of an ABC registers is a virtual subclass of the ABC too
class Polygon(Shape):
    pass


class Hexagon:
    pass


Polygon.register(Hexagon)
print(issubclass(Hexagon, Polygon), issubclass(Hexagon, Shape), issubclass(Hexagon, Circle))


# __subclasshook__
class HasLen(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))


# any metaclass's checks
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return obj == 42

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is float


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), isinstance(Answer(), Answer))
print(issubclass(float, Answer), issubclass(int, Answer), issubclass(Answer, Answer))
print(isinstance(42, (str, Answer)))


class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]

    def __subclasscheck__(cls, sub):
        return ""


class T(metaclass=Truthy):
    pass


print(isinstance(0, T), issubclass(int, T))


# bad input
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(lambda: Shape.register(5))
attempt(lambda: Circle.register(Shape))
attempt(lambda: issubclass(5, Shape))
attempt(lambda: isinstance(1, 5))


class Boom(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no check")


class B(metaclass=Boom):
    pass


attempt(lambda: isinstance(1, B))
print(isinstance(B(), B))
