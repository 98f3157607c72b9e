import enum
from enum import Enum, IntEnum, StrEnum, auto


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Level(StrEnum):
    LOW = auto()
    HIGH = auto()


class Pair(tuple, Enum):
    A = (1, 2)
    B = (3, 4)


print(Color.RED, repr(Color.RED), f"{Color.RED}", str(Color.GREEN), format(Color.RED, ">12"))
print(Color.RED == "red", Color.RED.upper(), Color.RED.value, Color.RED.name, isinstance(Color.RED, str))
print({Color.RED: 1}.get("red"), "red" in {Color.RED: 1}, Color("green"), Color["RED"], len(Color.RED))
print(list(Color), Color.RED + "!", sorted([Color.RED, Color.GREEN]), Color.RED < "s")
print(Code.OK, repr(Code.OK), f"{Code.NOT_FOUND}", Code.OK + 1, Code.OK == 200, Code(404), int(Code.OK))
print(Code.OK < Code.NOT_FOUND, sorted([Code.NOT_FOUND, Code.OK]), hash(Code.OK) == hash(200), [0] * 3 + [Code.OK])
print(format(Code.OK, "05d"), "%d" % Code.OK, isinstance(Code.OK, int), type(Code.OK).__name__, Code.OK.name)
print(Level.LOW, repr(Level.HIGH), Level.LOW == "low", f"{Level.HIGH}", Level("high"))
print(Pair.A, Pair.A[0], Pair.A.value, repr(Pair.B), Pair((3, 4)))
try:
    Color("blue")
except ValueError as e:
    print("ValueError:", e)
try:
    Code(500)
except ValueError as e:
    print("ValueError:", e)
print([c.__name__ for c in Code.__mro__])
