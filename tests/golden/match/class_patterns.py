# Class patterns with __match_args__, keywords and attribute lookups.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r**2, 2)


def where(obj):
    match obj:
        case Point3(x, y, 0):
            return f"on the floor at {x},{y}"
        case Point3(z=z):
            return f"3d point at height {z}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return "on the diagonal"
        case Point():
            return "somewhere"
        case Circle(center=Point(0, 0), area=a):
            return f"centered circle of area {a}"
        case Circle(r=r, missing=m):
            return "never: no attribute 'missing'"
        case Circle():
            return "a circle"
        case object():
            return f"some {type(obj).__name__}"


for o in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(1, 2, 3), Circle(Point(0, 0), 2), Circle(Point(1, 0), 1), 12, "s"]:
    print(where(o))
