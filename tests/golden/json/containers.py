# Which Python containers become JSON arrays and objects.
import json
from collections import OrderedDict, namedtuple, defaultdict, Counter
import enum

Point = namedtuple("Point", "x y")


class Color(str, enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps((1, (2, 3))))
print(json.dumps(Point(1, 2)))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps(Counter("abbccc")))
d = defaultdict(list)
d["x"].append(1)
print(json.dumps(d))
print(json.dumps({Color.RED: Level.HIGH, "list": [Color.RED]}))
print(json.dumps(MyList([1, MyDict(a=MyList())])))
print(json.dumps([[], {}, [[]], [{}]]))
for bad in [{1, 2}, frozenset([1]), iter([1]), range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
