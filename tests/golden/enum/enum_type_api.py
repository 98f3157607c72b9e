# The EnumType metaclass: iteration, len, look-up by name and value, aliases, members that
# cannot be reassigned, the functional API, StrEnum/IntEnum, unique() and verify().
from enum import Enum, EnumMeta, EnumType, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS


class Status(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FINISHED = "done"  # an alias

    @property
    def active(self):
        return self in (Status.PENDING, Status.RUNNING)

    @classmethod
    def parse(cls, text):
        return cls(text.lower())


print(type(Status) is EnumType, EnumMeta is EnumType, isinstance(Status.DONE, Status))
print(list(Status), len(Status), list(reversed(Status)))
print(Status.FINISHED is Status.DONE, Status["FINISHED"], list(Status.__members__))
print(Status.parse("RUNNING"), Status.RUNNING.active, Status.DONE.active)
print(Status.DONE in Status, repr(Status), str(Status.DONE), f"{Status.DONE:>15}|")
try:
    Status("paused")
except ValueError as e:
    print("ValueError:", e)
try:
    Status.DONE = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Status["PAUSED"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(dir(Status)))
print({s: s.value for s in Status})


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30


print(Level.INFO < Level.WARNING, Level(20), Level.DEBUG + 5, repr(Level.WARNING), str(Level.INFO))
print(sorted([Level.WARNING, Level.DEBUG]), max(Level), Level["INFO"].value)


class Channel(StrEnum):
    STDOUT = auto()
    STDERR = auto()


print(Channel.STDOUT, repr(Channel.STDERR), Channel.STDOUT == "stdout", Channel.STDERR.upper())

Weekday = Enum("Weekday", "MON TUE WED")
print(list(Weekday), Weekday.TUE.value, repr(Weekday))
Http = IntEnum("Http", [("OK", 200), ("NOT_FOUND", 404)])
print(repr(Http.OK), Http(404).name)
Sizes = Enum("Sizes", {"S": 1, "M": 2}, module=__name__)
print(Sizes.M, Sizes.__module__)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE)
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(f"{Planet.EARTH.surface_gravity:.2f}", Planet.MERCURY.value)


class Ordered(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj

    LOW = "low"
    HIGH = "high"


print([(o.name, o.value, o.label) for o in Ordered], Ordered(2))
try:
    class More(Status):
        EXTRA = "extra"
except TypeError as e:
    print("TypeError:", e)
