# object.__format__: str(self) for an empty spec, a TypeError naming the type otherwise; a user
# __format__ may fall back on it through super().
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if not spec:
            return super().__format__(spec)
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return f"({self.x:{spec}}, {self.y:{spec}})"


class Plain:
    def __repr__(self):
        return "Plain()"


class Strict(Point):
    def __format__(self, spec):
        return super(Point, self).__format__(spec)


p = Point(3, 4)
print(format(p), format(p, ".1f"), format(p, "polar"), f"{p:>3}|{p}|{p!r:.6}")
print(object().__format__("")[:8], object.__format__(12, ""), object.__format__(1.5, ""))
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), "{0!s:>9}".format(Plain()))
print(format(Strict(1, 2)), format(Strict(1, 2), ""))
print(object.__format__)
print(type(p).__format__ is Point.__format__, Plain.__format__ is object.__format__)

cases = [
    lambda: format(object(), "x"),
    lambda: object().__format__(">10"),
    lambda: format(Plain(), ">5"),
    lambda: f"{Plain():d}",
    lambda: "{:s}".format(Plain()),
    lambda: format(Strict(1, 2), ".2f"),
    lambda: object.__format__(1, "s"),
    lambda: object().__format__(1),
    lambda: object().__format__(),
    lambda: object.__format__(),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print("TypeError:", e)
