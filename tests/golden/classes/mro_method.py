# type.mro(): the resolution order a class's __mro__ holds, as a list; SystemError exists.
class Shape:
    pass


class Polygon(Shape):
    pass


class Square(Polygon):
    pass


print(Square.mro())
print(type.mro(Polygon) == list(Polygon.__mro__))
print(int.mro(), bool.mro())
print(Square.mro is not None, "mro" in dir(type))
try:
    type.mro(5)
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemError("internal error")
except Exception as e:
    print(type(e).__name__, e, SystemError.__mro__)
