import _py_abc
import abc


class Shape(metaclass=_py_abc.ABCMeta):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe())
print(isinstance(Square(1), Shape), issubclass(Square, Shape))


class External:
    def area(self):
        return 0


Shape.register(External)
print(isinstance(External(), Shape), issubclass(External, Shape))
print(isinstance(_py_abc.get_cache_token(), int) or _py_abc.get_cache_token() is not None)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
