# Signatures of methods (self left out), classes (their __init__) and callable objects.
import inspect


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def origin(cls, dims=2):
        pass

    @staticmethod
    def parse(text):
        pass


class Adder:
    def __call__(self, a, b):
        return a + b


class Empty:
    pass


p = Point(1)
print(inspect.signature(Point))
print(inspect.signature(p.move))
print(inspect.signature(Point.move))
print(inspect.signature(Point.origin))
print(inspect.signature(Point.parse))
print(inspect.signature(Adder()))
print(inspect.signature(Empty))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
