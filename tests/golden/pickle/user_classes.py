# Instances of user classes: their __dict__, slots, subclasses of builtin types.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Tagged(list):
    pass


class Counted(dict):
    pass


class Name(str):
    pass


class Level(int):
    pass


class Empty:
    pass


items = [Point(1, 2), [Point(3, 4), Point(5, 6)], Tagged([1, 2]), Counted(a=1), Name("bob"),
         Level(3), Empty()]
for v in items:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(back).__name__, repr(back), data)

for proto in range(2, 6):
    data = pickle.dumps(Slotted(), proto)
    back = pickle.loads(data)
    print(proto, data, back.a, hasattr(back, "b"))
for proto in (0, 1):
    try:
        pickle.dumps(Slotted(), proto)
    except TypeError as e:
        print(proto, "TypeError:", e)
